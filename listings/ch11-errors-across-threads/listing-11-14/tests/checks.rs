use listing_11_14 as exercise;
include!("shared/checks.rs");

use listing_08_14 as exercise;
include!("shared/checks.rs");

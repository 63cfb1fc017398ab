use listing_13_09 as exercise;
include!("shared/checks.rs");

use listing_04_12 as exercise;
include!("shared/checks.rs");

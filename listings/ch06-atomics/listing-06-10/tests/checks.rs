use listing_06_10 as exercise;
include!("shared/checks.rs");

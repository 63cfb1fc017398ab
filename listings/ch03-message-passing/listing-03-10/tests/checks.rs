use listing_03_10 as exercise;
include!("shared/checks.rs");

use listing_07_10 as exercise;
include!("shared/checks.rs");

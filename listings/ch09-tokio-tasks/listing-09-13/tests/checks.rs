use listing_09_13 as exercise;
include!("shared/checks.rs");

use listing_01_10 as exercise;
include!("shared/checks.rs");

use listing_01_11 as exercise;
include!("shared/checks.rs");

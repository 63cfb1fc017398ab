use listing_01_13 as exercise;
include!("shared/checks.rs");

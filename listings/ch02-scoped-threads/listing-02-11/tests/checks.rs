use listing_02_11 as exercise;
include!("shared/checks.rs");

use listing_02_10 as exercise;
include!("shared/checks.rs");

use listing_10_17 as exercise;
include!("shared/checks.rs");

use listing_12_06 as exercise;
include!("shared/checks.rs");

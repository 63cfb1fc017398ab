use listing_05_09 as exercise;
include!("shared/checks.rs");

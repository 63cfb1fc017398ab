use listing_12_07 as exercise;
include!("../../listing-12-06/tests/shared/checks.rs");

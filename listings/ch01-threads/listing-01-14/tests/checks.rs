use listing_01_14 as exercise;
include!("../../listing-01-13/tests/shared/checks.rs");

use listing_09_14 as exercise;
include!("../../listing-09-13/tests/shared/checks.rs");

use listing_06_11 as exercise;
include!("../../listing-06-10/tests/shared/checks.rs");

use listing_03_11 as exercise;
include!("../../listing-03-10/tests/shared/checks.rs");

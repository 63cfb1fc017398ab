use listing_07_11 as exercise;
include!("../../listing-07-10/tests/shared/checks.rs");

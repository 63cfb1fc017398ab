use listing_13_10 as exercise;
include!("../../listing-13-09/tests/shared/checks.rs");

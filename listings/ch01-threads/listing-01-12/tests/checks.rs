use listing_01_12 as exercise;
include!("../../listing-01-11/tests/shared/checks.rs");

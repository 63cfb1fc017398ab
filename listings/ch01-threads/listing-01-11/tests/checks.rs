use listing_01_11 as exercise;
include!("../../listing-01-10/tests/shared/checks.rs");

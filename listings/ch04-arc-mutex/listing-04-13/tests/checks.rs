use listing_04_13 as exercise;
include!("../../listing-04-12/tests/shared/checks.rs");

use listing_05_10 as exercise;
include!("../../listing-05-09/tests/shared/checks.rs");

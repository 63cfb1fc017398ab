use listing_02_12 as exercise;
include!("../../listing-02-11/tests/shared/checks.rs");

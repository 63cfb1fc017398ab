use listing_02_11 as exercise;
include!("../../listing-02-10/tests/shared/checks.rs");

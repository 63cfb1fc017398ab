use listing_11_15 as exercise;
include!("../../listing-11-14/tests/shared/checks.rs");

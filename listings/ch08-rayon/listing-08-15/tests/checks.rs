use listing_08_15 as exercise;
include!("../../listing-08-14/tests/shared/checks.rs");

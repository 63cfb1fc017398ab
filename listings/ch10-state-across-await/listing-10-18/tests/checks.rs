use listing_10_18 as exercise;
include!("../../listing-10-17/tests/shared/checks.rs");

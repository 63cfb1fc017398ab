//! Empty on purpose: this package exists for its dependencies, whose binaries
//! (mdbook, mdbook-admonish, mdbook-linkcheck2) the xtask builds from its
//! committed `Cargo.lock`. See `Cargo.toml` beside this folder.

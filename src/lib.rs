//! lavastack: plan, apply and run multi-node Lavalink clusters from one HCL stack file.
//!
//! The modules follow the data: [`stack`] (what is wanted) -> [`plan`] (what to change,
//! against [`state`], what was done) -> [`apply`] (doing it through a [`provider`]).
//! [`diag`] carries user-facing errors with source spans. The `lavastack` binary in
//! `src/main.rs` and [`cli`] only parse flags, call these, and print.

pub mod apply;
pub mod cli;
pub mod credentials;
pub mod diag;
pub mod emulator;
pub mod files;
pub mod health;
pub mod load;
pub mod logging;
pub mod model;
pub mod numfmt;
pub mod ops;
pub mod plan;
pub mod policy;
pub mod provider;
pub mod render;
pub mod router;
pub mod secret_store;
pub mod stack;
pub mod state;
pub mod task;
pub mod templates;
pub mod tls;

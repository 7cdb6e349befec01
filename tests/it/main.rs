//! Every integration test in one binary: sixteen binaries each linked wasmtime, three AWS SDKs
//! and russh, and linking them took longer than running them. Each file is a module named after
//! what it tests, so `cargo test --test it ssh_provider::` runs one group.

mod common;

mod bot_example;
mod cli_lifecycle;
mod containers;
mod ec2_provider;
mod emulator_conformance;
mod emulator_protocol;
mod lavalink_client;
mod load;
mod local_cluster;
mod observability;
mod operations;
mod plan_fixtures;
mod policy_examples;
mod policy_host;
mod policy_sdk;
mod pr_workflow;
mod render_configs;
mod robustness;
mod router;
mod s3_state;
mod ssh_provider;
mod stack_fixtures;
mod tls;

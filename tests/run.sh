#!/usr/bin/env bash
# Installs what the tests need (idempotently), then runs every check CI runs:
# rustfmt, clippy with warnings as errors, and the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\n==> %s\n' "$*"; }

# Debian packages the integration tests drive for real (curl: SSH hosts download jars; sudo:
# a non-root SSH login;
# systemd-analyze, cloud-init and docker-compose read the rendered unit, user data and
# compose file), as "command:package".
# Each is installed only when its command is missing.
APT_NEEDS=(node:nodejs npm:npm haproxy:haproxy promtool:prometheus prometheus-alertmanager:prometheus-alertmanager amtool:prometheus-alertmanager dot:graphviz sshd:openssh-server ssh-keygen:openssh-client curl:curl sudo:sudo openssl:openssl systemd-analyze:systemd cloud-init:cloud-init docker-compose:docker-compose)
missing=()
for pair in "${APT_NEEDS[@]}"; do
  cmd="${pair%%:*}"
  command -v "$cmd" >/dev/null 2>&1 || [ -x "/usr/sbin/$cmd" ] || missing+=("${pair##*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "installing ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

# A login user that is not root, with passwordless sudo: the ssh provider's `sudo` is tested
# by logging in as it (tests/it/ssh_provider.rs). Only when this runs as root (CI does).
if [ "$(id -u)" = 0 ]; then
  if ! id lavastack-ci >/dev/null 2>&1; then
    log "user lavastack-ci (a non-root SSH login for the sudo test)"
    useradd --create-home --shell /bin/sh lavastack-ci
  fi
  # '*': no password, but not locked (sshd without PAM refuses a locked account's keys).
  usermod --password '*' lavastack-ci
  if [ ! -f /etc/sudoers.d/lavastack-ci ]; then
    printf 'lavastack-ci ALL=(root) NOPASSWD: ALL\n' > /etc/sudoers.d/lavastack-ci.tmp
    chmod 0440 /etc/sudoers.d/lavastack-ci.tmp
    mv /etc/sudoers.d/lavastack-ci.tmp /etc/sudoers.d/lavastack-ci
  fi
fi

if ! command -v moto_server >/dev/null 2>&1; then
  log "moto (EC2 and S3 for the provider and state backend tests)"
  python3 -m pip install --quiet 'moto[server]>=5.2.1'
fi

if ! python3 -c 'import wavelink, lavalink' >/dev/null 2>&1; then
  log "wavelink and Lavalink.py (Python Lavalink clients the emulator must satisfy)"
  python3 -m pip install --quiet 'wavelink==3.5.2' 'lavalink==5.9.0'
fi

log "npm packages for the client tests (lavalink-client, poru in tests/node) and the bot example (examples/bot)"
(cd tests/node && npm ci --no-audit --no-fund --loglevel=error)
(cd examples/bot && npm ci --no-audit --no-fund --loglevel=error)

log "example policies for wasm32-unknown-unknown (falls back to the checked-in .wat)"
if timeout 120 rustup target add wasm32-unknown-unknown >/dev/null 2>&1 \
   && dir=$(policies/build.sh 2>/tmp/lavastack-policies.log | tail -n 1) && [ -d "$dir" ]; then
  export LAVASTACK_POLICY_DIR="$dir"
  echo "built into $dir"
else
  echo "cannot build wasm32 guests here; tests use policies/*/*.wat"
  tail -n 5 /tmp/lavastack-policies.log 2>/dev/null || true
fi

log "cargo fmt --check"
cargo fmt --all -- --check

log "cargo clippy --all-targets -D warnings"
cargo clippy --all-targets --locked -- -D warnings

log "cargo test"
cargo test --locked

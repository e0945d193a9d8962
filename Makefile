# Fieldbook's two entry points, each installing what it needs on a fresh Debian/Ubuntu machine:
#   make run    set up, then start Fieldbook (for now: a demo portfolio in the `fieldbook` CLI)
#   make test   set up, then run every test
# Other targets: `make bench` runs the benchmarks recorded in BENCHMARKS.md.

APT_PACKAGES := build-essential pkg-config libssl-dev \
	libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -ec
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_DATA_DIR := target/fieldbook-demo

.PHONY: run test bench setup system-packages ui

run: setup
	cargo build --release -p fieldbook-cli
	@if [ ! -f $(DEMO_DATA_DIR)/portfolio.sqlite ]; then \
		target/release/fieldbook --data-dir $(DEMO_DATA_DIR) init --name "Demo Manager" --region CN && \
		target/release/fieldbook --data-dir $(DEMO_DATA_DIR) demo --clients 200; \
	fi
	target/release/fieldbook --data-dir $(DEMO_DATA_DIR) client list --tier A
	@echo "Try: target/release/fieldbook --data-dir $(DEMO_DATA_DIR) --help"

test: setup
	npm --prefix ui test
	npm --prefix tests/interop ci
	mkdir -p target
	cargo test --workspace 2>&1 | tee target/cargo-test.log
	@awk '/^test result:/ { passed += $$4; failed += $$6 } \
		END { printf "cargo: %d passed, %d failed\n", passed, failed }' target/cargo-test.log

bench: setup
	cargo bench -p fieldbook-replica --bench portfolio

setup: system-packages ui

system-packages:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); }

# The desktop shell embeds the built UI, so it is built before any cargo build of the workspace.
ui:
	npm --prefix ui ci
	npm --prefix ui run build

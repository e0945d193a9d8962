# Fieldbook's two entry points, each installing what it needs on a fresh Debian/Ubuntu machine:
#   make run    set up, build the UI, then start the Fieldbook desktop app (needs a display)
#   make test   set up, then run every test: vitest, the browser tests in Chromium, the
#               Rust workspace, and the real-window tests of the desktop app under Xvfb
# Other targets: `make bench` runs the benchmarks recorded in BENCHMARKS.md;
# `make screenshots` refreshes docs/screenshots from the real app under Xvfb.

APT_PACKAGES := build-essential pkg-config libssl-dev \
	libwebkit2gtk-4.1-dev libayatana-appindicator3-dev librsvg2-dev libxdo-dev \
	chromium xvfb xauth webkit2gtk-driver fonts-noto-cjk fonts-dejavu-core poppler-utils dbus dunst
SHELL := /bin/bash
.SHELLFLAGS := -o pipefail -ec
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# The real-window tests run the debug build of the app under a virtual display; the
# notification tests start their own D-Bus session bus and dunst on it, and prepare
# portfolios with the CLI and sync them through the sync server.
XVFB := xvfb-run -a --server-args="-screen 0 1280x800x24"

.PHONY: run test bench screenshots setup system-packages tauri-driver ui

run: setup
	cargo run -p fieldbook-desktop

# Every build of the workspace takes the desktop shell's `bridge` feature, which adds the
# `desk-bridge` binary the UI's Vitest and Chromium tests run the real shell through.
WORKSPACE := --workspace --features fieldbook-desktop/bridge

test: setup tauri-driver
	cargo fmt --all --check
	cargo clippy $(WORKSPACE) --all-targets -- -D warnings
	# The core alone, as no other crate's features reach it: it builds without chrono's clock.
	cargo check -p fieldbook-core --lib
	cargo build $(WORKSPACE)
	npm --prefix ui test
	npm --prefix ui run test:browser
	npm --prefix tests/interop ci
	mkdir -p target
	cargo test $(WORKSPACE) 2>&1 | tee target/cargo-test.log
	$(XVFB) npm --prefix ui run test:e2e
	@awk '/^test result:/ { passed += $$4; failed += $$6 } \
		END { printf "cargo: %d passed, %d failed\n", passed, failed }' target/cargo-test.log

# The sync benchmarks run the release `fieldbook-sync` and, for comparison, the npm
# @automerge/automerge-repo-sync-server; LOAD_CLIENTS and LOAD_EDITS set the load.
LOAD_CLIENTS ?= 200
LOAD_EDITS ?= 30
bench: setup tauri-driver
	cargo bench -p fieldbook-replica --bench portfolio
	cargo bench -p fieldbook-core --bench agenda
	cargo bench -p fieldbook-core --bench search
	cargo bench -p fieldbook-core --bench first_screen
	cargo bench -p fieldbook-planner --bench planner
	cargo build --release -p fieldbook-sync
	cargo bench -p fieldbook-tests --bench reconnect
	npm --prefix tests/js-sync-server ci
	cargo run --release -p fieldbook-tests --bin sync-load -- --server fieldbook --clients $(LOAD_CLIENTS) --edits $(LOAD_EDITS)
	cargo run --release -p fieldbook-tests --bin sync-load -- --server js --clients $(LOAD_CLIENTS) --edits $(LOAD_EDITS)
	cargo build -p fieldbook-desktop -p fieldbook-cli
	$(XVFB) npm --prefix ui run bench:e2e

screenshots: setup tauri-driver
	cargo build -p fieldbook-desktop -p fieldbook-cli -p fieldbook-sync
	mkdir -p docs/screenshots
	FIELDBOOK_SCREENSHOTS=$(CURDIR)/docs/screenshots $(XVFB) npm --prefix ui run test:e2e

setup: system-packages ui

system-packages:
	@dpkg -s $(APT_PACKAGES) >/dev/null 2>&1 || { \
		$(SUDO) apt-get update && \
		$(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); }

# The WebDriver server for the real-window tests; installed once.
tauri-driver:
	@command -v tauri-driver >/dev/null || cargo install tauri-driver --version ^2 --locked

# The desktop shell embeds the built UI, so it is built before any cargo build of the workspace.
ui:
	npm --prefix ui ci
	npm --prefix ui run build

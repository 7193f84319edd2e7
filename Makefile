# ARDesk front door. Two commands matter:
#   make run   installs what is missing, builds (Release), creates a demo company file on first
#              run and opens ARDesk on it
#   make test  installs what is missing, builds (warnings as errors, as CI) and runs the whole
#              test suite
# Also: make bench (performance against baselines), make format, make screenshots,
#       make test-asan (the whole suite under AddressSanitizer + UBSan, in build-asan),
#       make test-asan-quick (its core and cli labels only; meant for CI once it has run clean).
#       make torture (the fault harness), make fuzz (libFuzzer targets, FUZZ_SECONDS each).
#       make package (the Debian package, build/ardesk_VERSION_amd64.deb), make test-package
#       (installs it into a fresh Debian 12 root and runs it there; root and network).

BUILD_DIR ?= build
DATA_HOME ?= $(if $(XDG_DATA_HOME),$(XDG_DATA_HOME),$(HOME)/.local/share)
DEMO_FILE ?= $(DATA_HOME)/ARDesk/demo.ardesk
DEMO_CLIENTS ?= 200
# The demo opens as one of its clerks, so the Today queue shows her accounts.
DEMO_USER ?= dana.ortiz
JOBS ?= $(shell nproc)
# Warnings are errors in `make test` (what CI runs: .ci/run), not in `make run`: a newer
# compiler's new warning must not stop anyone from running ARDesk. Override with WERROR=OFF|ON.
WERROR ?= OFF

.PHONY: all setup configure build run test bench format screenshots clean torture fuzz \
	package test-package

all: build

setup:
	@bash scripts/setup.sh

configure: setup
	@cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DARDESK_WERROR=$(WERROR) >/dev/null

build: configure
	@cmake --build $(BUILD_DIR) -j $(JOBS)

$(DEMO_FILE):
	@mkdir -p "$(dir $(DEMO_FILE))"
	@$(BUILD_DIR)/bin/ardesk-cli --db "$(DEMO_FILE)" demo --clients $(DEMO_CLIENTS) --seed 1

run: build
	@test -f "$(DEMO_FILE)" || $(MAKE) --no-print-directory "$(DEMO_FILE)"
	@$(BUILD_DIR)/bin/ardesk --user "$(DEMO_USER)" "$(DEMO_FILE)"

test: WERROR = ON
test: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

# The .deb from the install rules (packaging/CMakeLists.txt, docs/packaging.md), and lintian's
# verdict on it: errors fail, warnings are listed in docs/packaging.md.
package: build
	@cmake --build $(BUILD_DIR) --target package
	@lintian --fail-on error $(BUILD_DIR)/ardesk_*_amd64.deb

# The `package` label: the .deb installed with apt into a fresh debootstrapped Debian 12 root,
# then ardesk-cli and the window run there (tests/package/install-test.sh).
test-package: build
	@cd $(BUILD_DIR) && ctest --output-on-failure -L '^package$$'

bench: build
	@mkdir -p $(BUILD_DIR)/bench-data
	@$(BUILD_DIR)/bin/ardesk-bench --data $(BUILD_DIR)/bench-data --out $(BUILD_DIR)/bench-results.md

# The fault harness (docs/reliability.md): >= 500 kill -9s during note saves, imports, outbox
# sends and reminder runs, the injection corpus, the damaged-file corpus and the tamper sweep;
# prints its table and fails unless every count is 0. TORTURE_ARGS e.g. --seed 42 --kills 1000.
torture: build
	@$(BUILD_DIR)/bin/ardesk-torture $(TORTURE_ARGS)

# libFuzzer (clang, ASan + UBSan) in build-fuzz: each target FUZZ_SECONDS (60); fails on a crash.
FUZZ_SECONDS ?= 60
fuzz:
	@FUZZ_SECONDS=$(FUZZ_SECONDS) JOBS=$(JOBS) bash scripts/fuzz.sh

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

screenshots: build
	@mkdir -p docs/screenshots
	@ARDESK_SCREENSHOT_DIR=$(CURDIR)/docs/screenshots xvfb-run -a -s "-screen 0 1600x1000x24" \
		env QT_QPA_PLATFORM=xcb sh -c '$(BUILD_DIR)/tests/tst_mainwindow && $(BUILD_DIR)/tests/tst_importdialog && $(BUILD_DIR)/tests/tst_clientedit && $(BUILD_DIR)/tests/tst_ledgerdialogs && $(BUILD_DIR)/tests/tst_notespane && $(BUILD_DIR)/tests/tst_mailgui && $(BUILD_DIR)/tests/tst_todaygui && $(BUILD_DIR)/tests/tst_nolostwork && $(BUILD_DIR)/tests/tst_audittrail && $(BUILD_DIR)/tests/tst_exportgui && $(BUILD_DIR)/tests/tst_dialogs && $(BUILD_DIR)/tests/tst_help && $(BUILD_DIR)/tests/tst_teamgui screenshots && $(BUILD_DIR)/tests/tst_liveupdates' 

clean:
	@rm -rf $(BUILD_DIR)

# The whole suite built with AddressSanitizer + UndefinedBehaviorSanitizer in its own folder.
# tests/sanitizers/run-test.sh sets the options and fails a test on any report from it or from a
# process it starts. test-asan-quick builds and runs only the `core` and `cli` labels: what
# .ci/run can afford after `make test` once it has run clean (docs/reliability.md, "Sanitizers").
ASAN_BUILD_DIR ?= build-asan
.PHONY: configure-asan test-asan test-asan-quick
configure-asan: setup
	@cmake -S . -B $(ASAN_BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DARDESK_SANITIZE=ON \
		-DARDESK_BUILD_BENCH=OFF >/dev/null

test-asan: configure-asan
	@cmake --build $(ASAN_BUILD_DIR) -j $(JOBS)
	@cd $(ASAN_BUILD_DIR) && ctest --output-on-failure -j $(JOBS)

test-asan-quick: configure-asan
	@cmake --build $(ASAN_BUILD_DIR) -j $(JOBS) --target tests-core-cli
	@cd $(ASAN_BUILD_DIR) && ctest --output-on-failure -j $(JOBS) -L '^(core|cli)$$'

# Offprint: the two set-up commands are `make run` and `make test` (see README.md).
BUILD_DIR ?= build
ASAN_DIR  ?= build-asan
JOBS      ?= $(shell nproc)
CMAKE_ARGS ?=
FUZZ_DIR  ?= build-fuzz
FUZZ_SECONDS ?= 300
FUZZ_CI_SECONDS ?= 60
FUZZ_CI_RUNS ?= 3000
# Warnings are errors in CI (CI=true, set by .ci/run and by most CI services) for the builds it runs:
# test (when it configures BUILD_DIR), test-asan and fuzz-build. WERROR=ON/OFF overrides it.
WERROR ?= $(if $(filter true 1 yes,$(CI)),ON,OFF)

.PHONY: run test deps configure build test-asan fuzz fuzz-ci fuzz-build bench clean

run: build
	$(BUILD_DIR)/app/gui/offprint $(ARGS)

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure --no-tests=error -j $(JOBS)

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DOFFPRINT_WERROR=$(WERROR) $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

test-asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DOFFPRINT_SANITIZE=ON -DOFFPRINT_WERROR=$(WERROR) $(CMAKE_ARGS)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$(CURDIR)/fuzz/lsan.supp:print_suppressions=0 \
		UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ctest --output-on-failure --no-tests=error -j $(JOBS)

# libFuzzer targets (clang, ASan+UBSan): `make fuzz` runs each FUZZ_SECONDS, `make fuzz-ci` briefly.
fuzz-build: deps
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_C_COMPILER=clang \
		"-DCMAKE_CXX_FLAGS_RELEASE=-O1 -gline-tables-only" "-DCMAKE_C_FLAGS_RELEASE=-O1 -gline-tables-only" \
		-DCMAKE_CXX_COMPILER=clang++ -DOFFPRINT_FUZZ=ON -DOFFPRINT_BUILD_TESTS=OFF -DOFFPRINT_BUILD_GUI=OFF \
		-DOFFPRINT_WERROR=$(WERROR) $(CMAKE_ARGS)
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz-all

fuzz: fuzz-build
	fuzz/run.sh $(FUZZ_DIR) $(FUZZ_SECONDS)

# CI: a fixed seed and a fixed number of inputs per target, so that a CI run fuzzes exactly the inputs that
# passed here (a time budget alone would explore further on a faster machine); FUZZ_CI_SECONDS caps each.
fuzz-ci: fuzz-build
	FUZZ_ARGS="-seed=1 -runs=$(FUZZ_CI_RUNS)" fuzz/run.sh $(FUZZ_DIR) $(FUZZ_CI_SECONDS)

bench: build
	$(BUILD_DIR)/app/cli/offprint-cli bench $(ARGS)

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(FUZZ_DIR)

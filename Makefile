# Thin wrapper over CMake/ctest. `make demo` and `make test` each install what is missing first.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=

.PHONY: all deps configure build test demo bench fuzz format format-check clean

all: build

deps:
	@scripts/install-deps.sh

configure:
	@if [ ! -f $(BUILD)/build.ninja ]; then cmake -S . -B $(BUILD) -G Ninja $(CMAKE_FLAGS); fi

build: configure
	cmake --build $(BUILD) -j$(JOBS)

test: deps
	$(MAKE) build
	cd $(BUILD) && ctest --output-on-failure -j$(JOBS)

demo: deps
	$(MAKE) build
	@scripts/demo.sh $(BUILD)

bench: deps
	$(MAKE) build
	@scripts/bench.sh $(BUILD)

fuzz: deps
	@scripts/fuzz.sh

FORMAT_FILES = $(shell git ls-files '*.cpp' '*.hpp' '*.h' | grep -v '^tests/fuzz/corpus/')

format:
	clang-format -i $(FORMAT_FILES)

format-check:
	clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD)

# PartnerMap — `make demo` runs the main job on the bundled sample; `make test` runs every test.
SWIFT ?= swift
SAMPLE ?= samples/quebec-npi
OUT ?= output

.PHONY: demo test build release deps clean

# Graphviz's C library (libgvc + libcgraph) is linked in-process; install it when missing.
deps:
	@if ! pkg-config --exists libgvc 2>/dev/null; then \
	  if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	    echo "Installing libgraphviz-dev (Graphviz C library)…"; \
	    apt-get update -qq && apt-get install -y -qq libgraphviz-dev pkg-config >/dev/null; \
	  else \
	    echo "PartnerMap needs Graphviz's C library: run  sudo apt-get install -y libgraphviz-dev pkg-config"; \
	    exit 1; \
	  fi; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

demo: release
	@mkdir -p $(OUT)
	$$($(SWIFT) build -c release --show-bin-path)/partnermap summary $(SAMPLE)
	$$($(SWIFT) build -c release --show-bin-path)/partnermap report $(SAMPLE) --out $(OUT)/report

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

clean:
	rm -rf .build $(OUT)/*

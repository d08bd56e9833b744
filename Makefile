# PartnerMap — `make demo` runs the main job on the bundled sample; `make test` runs every test.
SWIFT ?= swift
SAMPLE ?= samples/quebec-npi
OUT ?= output

.PHONY: demo test build release deps clean test-interop test-browser fuzz

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
	@$(MAKE) --no-print-directory test-interop
	@$(MAKE) --no-print-directory test-browser

# networkx reads our GraphML, GEXF and JSON, and we read its files (Tests/interop). Runs when
# python3 is present; installs networkx with pip when it is missing.
test-interop:
	@if command -v python3 >/dev/null 2>&1; then \
	  if ! python3 -c "import networkx" 2>/dev/null; then \
	    echo "Installing networkx (pip)…"; \
	    python3 -m pip install --quiet networkx 2>/dev/null \
	      || python3 -m pip install --quiet --break-system-packages networkx \
	      || { echo "networkx is needed for the interoperability test: python3 -m pip install networkx"; exit 1; }; \
	  fi; \
	  $(SWIFT) build --product partnermap >/dev/null && \
	  python3 Tests/interop/test_networkx_interop.py "$$($(SWIFT) build --show-bin-path)/partnermap" $(SAMPLE); \
	else \
	  echo "python3 not found: the networkx interoperability test (Tests/interop) is skipped"; \
	fi

# The HTML report opened in a real headless Chromium (Tests/browser): pages load without console
# errors, maps and charts show, links resolve, hostile names stay text. Runs when chromium is
# installed (CI installs it: apt-get install chromium).
test-browser:
	@if command -v chromium >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then \
	  $(SWIFT) build --product partnermap >/dev/null && \
	  python3 Tests/browser/check_report.py --binary "$$($(SWIFT) build --show-bin-path)/partnermap"; \
	else \
	  echo "chromium not found: the browser test of the report (Tests/browser) is skipped"; \
	fi

clean:
	rm -rf .build $(OUT)/*

# libFuzzer targets (Fuzz/, a package of its own) built with -sanitize=fuzzer,address into .build-fuzz
# and run one after the other, FUZZ_SECONDS each (default 600), seeded from Tests/Fixtures.
# FUZZ_TARGETS picks some: make fuzz FUZZ_TARGETS="FuzzCSV FuzzJSON" FUZZ_SECONDS=60
FUZZ_SECONDS ?= 600
FUZZ_TARGETS ?= FuzzCSV FuzzGraphML FuzzGEXF FuzzJSON FuzzDOT
fuzz: deps
	FUZZ_SECONDS=$(FUZZ_SECONDS) FUZZ_TARGETS="$(FUZZ_TARGETS)" sh Fuzz/run.sh

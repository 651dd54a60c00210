# Otzvuk — two commands do everything on a fresh Debian 12: `make run` and `make test`.
SHELL := /bin/bash
# A release is a tag vX.Y.Z; between releases the version is 0.1.0+g<commit> (valid for Debian too).
ifeq ($(origin VERSION), undefined)
VERSION := $(shell v=$$(git describe --tags --match 'v[0-9]*' --dirty 2>/dev/null | sed 's/^v//; s/-\([0-9]*\)-g/+\1.g/; s/-dirty/.dirty/'); \
	[ -n "$$v" ] || v="0.1.0+g$$(git rev-parse --short HEAD 2>/dev/null || echo unknown)$$(git diff --quiet HEAD 2>/dev/null || echo .dirty)"; echo $$v)
endif
# Computed once: sub-makes (test → dist-test) must name the same files even if a build touches the tree.
export VERSION
LDFLAGS := -X main.version=$(VERSION)
GO ?= go
BIN := build/bin/otzvuk
DEV_BIN := build/bin/otzvuk-dev
DB ?=
# What the Go binary embeds besides Go code: migrations, catalogue, profiles, export templates and scripts.
GO_DEPS := $(shell find . -name '*.go' -not -path './frontend/*') $(shell find analytics profiles -type f -not -path '*/testdata/*' -not -name '*.go') go.mod go.sum
FRONTEND_SRC := $(shell find frontend/src frontend/index.html frontend/vite.config.ts frontend/vite.offline.config.ts -type f 2>/dev/null)
# The script of exported pages, built from the window's chart code (frontend/src/charts/offline).
# Committed, because Go embeds it and must compile on a clean clone; a Vitest fails when it is stale.
OFFLINE_JS := analytics/export/assets/offline.js

.PHONY: bindings run test build deps deps-test deps-dist frontend go-test frontend-test e2e bench bench-go clean help \
	dist dist-windows dist-linux dist-test vendor-echarts reference fuzz

help:
	@echo "make run    build and start the desktop app (demo data on first start)"
	@echo "make test   install what is missing and run every test"
	@echo "make bench  the benchmark table (BENCHMARKS.md); make bench-go the Go benchmarks"
	@echo "make dist   Windows exe + NSIS installer and a .deb, under dist/ (make dist-test checks them)"

# Rewrites the generated reference section of docs/mapping-profiles.md (otzvuk reference --format md).
reference:
	OTZVUK_WRITE_REFERENCE=1 $(GO) test ./cli/ -run '^TestReferenceSectionOfMappingProfilesIsCurrent$$' -count=1

# Regenerates frontend/src/wailsjs after a bound Go type changes (committed; builds do not need the CLI).
bindings:
	PATH="$$PATH:$$($(GO) env GOPATH)/bin" wails generate module
	chmod 644 frontend/src/wailsjs/runtime/*

deps:
	@scripts/install-deps.sh run

deps-test:
	@scripts/install-deps.sh test

deps-dist:
	@scripts/install-deps.sh dist

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SRC)
	cd frontend && npm run build

$(OFFLINE_JS): frontend/node_modules/.package-lock.json $(FRONTEND_SRC)
	cd frontend && npm run build:offline

frontend: frontend/dist/index.html $(OFFLINE_JS)

$(BIN): frontend/dist/index.html $(GO_DEPS)
	CGO_ENABLED=1 $(GO) build -tags desktop,production -ldflags "$(LDFLAGS)" -o $@ .

$(DEV_BIN): frontend/dist/index.html $(GO_DEPS)
	CGO_ENABLED=1 $(GO) build -tags dev -ldflags "$(LDFLAGS)" -o $@ .

build: deps $(BIN)

run: build
	./$(BIN) $(if $(DB),--db $(DB))

go-test: frontend/dist/index.html $(OFFLINE_JS)
	$(GO) vet ./...
	$(GO) test -count=1 ./...

frontend-test: frontend/node_modules/.package-lock.json
	cd frontend && npx vue-tsc --noEmit && npx vitest run

# The catalogue on ClickHouse (chDB, embedded): three demo municipalities → Parquet packages →
# every indicator translated and run on chDB, compared with DuckDB's values. The check lives beside
# the dialect it proves, in analytics/pool/clickhouse/chdb.
.PHONY: chdb-test
CHDB_DIR := analytics/pool/clickhouse/chdb
CHDB_RUN := $(or $(TMPDIR),/tmp)/otzvuk-chdb-test
# npm install, not npm ci: chdb 3.4.0 names optional libraries for macOS and Linux arm64 that the
# registry does not have, so its lock file can never list them and npm ci refuses it.
$(CHDB_DIR)/node_modules/.package-lock.json: $(CHDB_DIR)/package-lock.json $(CHDB_DIR)/package.json
	cd $(CHDB_DIR) && npm install --no-audit --no-fund
	@touch $@

chdb-test: $(BIN) $(CHDB_DIR)/node_modules/.package-lock.json
	rm -rf $(CHDB_RUN) && mkdir -p $(CHDB_RUN)
	./$(BIN) demo --pooled --out $(CHDB_RUN)/demo
	./$(BIN) catalog-sql --engine clickhouse --db $(CHDB_RUN)/demo/pooled.duckdb --as-of 2026-11-15 \
		--out $(CHDB_RUN)/catalog.json $(CHDB_RUN)/demo/packages/*
	cd $(CHDB_DIR) && OTZVUK_CATALOG_SQL=$(CHDB_RUN)/catalog.json OTZVUK_CHDB_SUMMARY=$(CHDB_RUN)/summary.json node --test

e2e: $(BIN) $(DEV_BIN)
	cd frontend && node --test --test-concurrency=1 e2e/

# make test runs the distribution smoke tests too when their tools are there (deps-test installs them).
HAVE_DIST_TOOLS = $(shell command -v x86_64-w64-mingw32-gcc-posix >/dev/null && command -v makensis >/dev/null && command -v wine >/dev/null && echo yes)

test: deps-test
	$(MAKE) go-test frontend-test chdb-test e2e
	@if [ "$(HAVE_DIST_TOOLS)" = yes ]; then $(MAKE) dist-test; else echo "dist-test skipped: mingw-w64, nsis or wine missing"; fi

dist: dist-windows dist-linux

dist-windows: deps-dist frontend/dist/index.html $(OFFLINE_JS)
	VERSION=$(VERSION) GO=$(GO) scripts/dist-windows.sh

dist-linux: deps frontend/dist/index.html $(OFFLINE_JS)
	VERSION=$(VERSION) GO=$(GO) scripts/dist-linux.sh

dist-test: dist
	VERSION=$(VERSION) scripts/dist-test.sh

# Each fuzz target of the repository for FUZZTIME (60 s) each.
FUZZTIME ?= 60s
fuzz:
	@set -e; grep -rl --include='*_test.go' --exclude-dir=node_modules --exclude-dir=frontend '^func Fuzz' . | while read -r f; do \
		for name in $$(sed -n 's/^func \(Fuzz[A-Za-z0-9_]*\)(.*/\1/p' "$$f"); do \
			echo "$$name ($$(dirname $$f))"; \
			$(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME) "./$$(dirname $${f#./})"; \
		done; \
	done

# make bench: the one table of issue #16 (scripts/bench), written to BENCHMARKS.md and printed.
# Installs Debian's python3-pandas for the pandas baseline when missing and run as root (make test does not).
# BENCH_SCALE=0.05 for a quick smoke run, BENCH_10M=1 adds 10M records, BENCH_NOTE="…" a line under the machine,
# BENCH_ONLY=window the headless window walk alone (BENCH_WINDOW_RUNS starts, default 5).
BENCH_OUT ?= BENCHMARKS.md
# The window walk's rows start the production binary (scripts/bench/window.go): it is built first.
bench: $(BIN)
	@if ! /usr/bin/python3 -c 'import pandas' 2>/dev/null; then \
		if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then DEBIAN_FRONTEND=noninteractive apt-get install -y python3-pandas || true; \
		else echo "python3-pandas missing (not root): the pandas row is left out"; fi; fi
	$(GO) run ./scripts/bench > $(BENCH_OUT).tmp && mv $(BENCH_OUT).tmp $(BENCH_OUT) && cat $(BENCH_OUT)

# The Go benchmarks of the packages, one by one (the figures behind the table, with -benchmem).
bench-go: frontend/dist/index.html $(OFFLINE_JS)
	$(GO) test -run '^$$' -bench . -benchmem ./...

# The exported pages inline the same ECharts the window bundles (a Go test compares the versions).
vendor-echarts: frontend/node_modules/.package-lock.json
	cp frontend/node_modules/echarts/dist/echarts.min.js analytics/export/assets/echarts.min.js

clean:
	rm -rf build/bin build/screenshots build/deb dist frontend/dist/assets frontend/dist/index.html

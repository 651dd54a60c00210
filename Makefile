# Otzvuk — two commands do everything on a fresh Debian 12: `make run` and `make test`.
SHELL := /bin/bash
VERSION ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
LDFLAGS := -X main.version=$(VERSION)
GO ?= go
BIN := build/bin/otzvuk
DEV_BIN := build/bin/otzvuk-dev
DB ?=
FRONTEND_SRC := $(shell find frontend/src frontend/index.html frontend/vite.config.ts -type f 2>/dev/null)

.PHONY: run test build deps deps-test frontend go-test frontend-test e2e bench clean help

help:
	@echo "make run    build and start the desktop app (demo data on first start)"
	@echo "make test   install what is missing and run every test"
	@echo "make bench  run the benchmarks"

deps:
	@scripts/install-deps.sh run

deps-test:
	@scripts/install-deps.sh test

frontend/node_modules/.package-lock.json: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch $@

frontend/dist/index.html: frontend/node_modules/.package-lock.json $(FRONTEND_SRC)
	cd frontend && npm run build

frontend: frontend/dist/index.html

$(BIN): frontend/dist/index.html $(shell find . -name '*.go' -not -path './frontend/*') $(shell find analytics -name '*.sql' -o -name '*.yaml') go.mod go.sum
	CGO_ENABLED=1 $(GO) build -tags desktop,production -ldflags "$(LDFLAGS)" -o $@ .

$(DEV_BIN): frontend/dist/index.html $(shell find . -name '*.go' -not -path './frontend/*') $(shell find analytics -name '*.sql' -o -name '*.yaml') go.mod go.sum
	CGO_ENABLED=1 $(GO) build -tags dev -ldflags "$(LDFLAGS)" -o $@ .

build: deps $(BIN)

run: build
	./$(BIN) $(if $(DB),--db $(DB))

go-test: frontend/dist/index.html
	$(GO) vet ./...
	$(GO) test -count=1 ./...

frontend-test: frontend/node_modules/.package-lock.json
	cd frontend && npx vue-tsc --noEmit && npx vitest run

e2e: $(BIN) $(DEV_BIN)
	cd frontend && node --test --test-concurrency=1 e2e/

test: deps-test
	$(MAKE) go-test frontend-test e2e

bench: frontend/dist/index.html
	$(GO) test -run '^$$' -bench . -benchmem ./...

clean:
	rm -rf build/bin build/screenshots frontend/dist/assets frontend/dist/index.html

#!/usr/bin/env bash
# The whole test suite: types, lint, regular-expression safety, then every test file (core, store
# on PGlite and PostgreSQL, ingestion, CLI) through node's test runner.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "── type check"; npx tsc --noEmit -p tsconfig.json
echo "── lint"; npx eslint --max-warnings 0 .
if [ -f scripts/check-regex.ts ]; then echo "── regular expressions"; node --import tsx scripts/check-regex.ts; fi

mapfile -t files < <(find src bench scripts -name '*.test.ts' | sort)
echo "── tests (${#files[@]} files)"
# One file at a time: the fuzz test holds each input to a one-second budget, which other test
# files running beside it on a two-core machine would eat into.
bash scripts/with-postgres.sh node --import tsx --test --test-concurrency=1 "${files[@]}"

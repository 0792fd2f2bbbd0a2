# The two Quick-start commands are `make serve` and `make test`; the rest are documented in the README.
.PHONY: serve test dist bench profile fuzz screenshots

serve: ## Build and serve the explainer on http://127.0.0.1:8080
	scripts/setup.sh build
	. scripts/env.sh && trunk serve --offline

test: ## Every check and test layer; non-zero on any failure
	scripts/test.sh

dist: ## The release static folder dist/, ready for any static host
	scripts/setup.sh build
	. scripts/env.sh && trunk build --release --offline

bench: ## Timings against their budgets (criterion + headless Chromium); updates the README table
	scripts/bench.sh

profile: ## CPU profile of 1,000 sandbox slider inputs, by function (a named copy of the release wasm)
	scripts/profile.sh

fuzz: ## The long URL fuzz: 100,000 cases per state-URL property (release build)
	. scripts/env.sh && PROPTEST_CASES=100000 cargo test --release --test state_props

screenshots: dist ## Screenshots of dist/ to look at, in tests/e2e/screenshots/ (not committed)
	scripts/screenshots.sh

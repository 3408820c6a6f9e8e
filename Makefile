# MLResume: `make run` sets up and opens the editor; `make test` sets up and runs every test.
.PHONY: run test lint bench screenshots package clean train-reader accuracy

export LANG := C.UTF-8

run:
	@scripts/setup.sh run
	@.venv/bin/python -m mlresume_gui $(FILE)

test:
	@scripts/setup.sh test
	@.venv/bin/python -m ruff check .
	@.venv/bin/lint-imports --no-cache
	@QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest

lint:
	@.venv/bin/python -m ruff check .
	@.venv/bin/lint-imports --no-cache

bench:
	@scripts/setup.sh test
	@for b in bench/*.py; do echo "== $$b"; QT_QPA_PLATFORM=offscreen .venv/bin/python $$b || exit 1; done

train-reader:
	@scripts/setup.sh test
	@.venv/bin/python scripts/train_reader.py

accuracy:
	@scripts/setup.sh test
	@.venv/bin/python scripts/import_accuracy.py

screenshots:
	@scripts/setup.sh test
	@for s in screenshots panel_screenshots preview_screenshots template_screenshots job_screenshots; do \
		QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/$$s.py || exit 1; done

package:
	@scripts/setup.sh test
	@scripts/package.sh

clean:
	rm -rf build dist .pytest_cache

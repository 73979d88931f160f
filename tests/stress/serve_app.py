"""Serve the API over an on-disk store with uvicorn, for tests that need a real server process.

    python tests/stress/serve_app.py STORE_DIR PORT [LOG_LEVEL]

The write token comes from ``TREATYGRAPH_TEST_TOKEN`` (not argv, which ``ps`` shows); the query
timeout from ``TREATYGRAPH_TEST_TIMEOUT``; ``TREATYGRAPH_TEST_WORKERS=0`` runs queries in threads
instead of worker processes (to measure what the workers cost). Access logs are on, so tests
can check what a real deployment would write to its logs.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import uvicorn

from api.app import create_app
from api.config import ApiConfig
from graph import EmbeddedStore


def main() -> None:
    store_dir, port = Path(sys.argv[1]), int(sys.argv[2])
    log_level = sys.argv[3] if len(sys.argv) > 3 else "warning"
    workers = os.environ.get("TREATYGRAPH_TEST_WORKERS")
    store = EmbeddedStore(store_dir, query_workers=None if workers is None else int(workers))
    config = ApiConfig(
        write_token=os.environ.get("TREATYGRAPH_TEST_TOKEN") or None,
        query_timeout=float(os.environ.get("TREATYGRAPH_TEST_TIMEOUT", "30")),
    )
    try:
        uvicorn.run(
            create_app(config, store), host="127.0.0.1", port=port, log_level=log_level, access_log=True
        )
    finally:
        store.close()


if __name__ == "__main__":
    main()

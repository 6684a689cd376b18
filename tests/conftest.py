"""Shared fixtures: real database files and a local mirror of the sample sites on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from aggregator.mirror import MirrorServer, fixture_routes

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def db_path(tmp_path) -> str:
    return str(tmp_path / "news.db")


@pytest.fixture
def mirror():
    """Every site's sample pages, served at their real URLs' paths (see aggregator/mirror.py)."""
    with MirrorServer(fixture_routes()) as server:
        yield server


def run_kenews(*args, env=None, timeout=180) -> subprocess.CompletedProcess:
    """Run the real `kenews` command in a subprocess (Scrapy's reactor runs once per process)."""
    return subprocess.run(
        [sys.executable, "-m", "aggregator.cli", *args], cwd=REPO, capture_output=True, text=True,
        timeout=timeout, env={**os.environ, **(env or {})},
    )

"""The writer process (aggregator/writer.py): the same database as pipelines in the crawl's
own process, every outcome counted in the crawl, and a writer that dies fails the run loudly."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from scrapy.settings import Settings

from aggregator.items import Article, PageFailure
from aggregator.sites import all_sites
from aggregator.pipelines import MissingField, PageFailed
from aggregator.writer import CountingStats, close_pipelines, open_pipelines, raise_dropped, run_pipelines
from storage.schema import open_db
from storage.writes import sync_sources
from tests.conftest import REPO, run_kenews
from tests.faultsite import FaultSite

# Columns that differ between two crawls of the same pages whatever stores them.
TIMES = {"first_seen_at", "changed_at", "crawled_at", "last_seen_at", "stored_at", "at", "started_at", "finished_at"}


def table(db_path: str, sql: str) -> list[dict]:
    connection = sqlite3.connect(db_path)
    connection.row_factory = sqlite3.Row
    try:
        return [{k: v for k, v in dict(row).items() if k not in TIMES} for row in connection.execute(sql)]
    finally:
        connection.close()


def test_the_writer_process_stores_what_the_pipelines_in_the_crawl_store(tmp_path):
    databases = {}
    for mode in ("1", "0"):
        databases[mode] = str(tmp_path / f"writer-{mode}.db")
        result = run_kenews("crawl", "--demo", "--db", databases[mode], env={"KENEWS_WRITER_PROCESS": mode})
        assert result.returncode == 0, result.stderr[-3000:]
    queries = [
        "SELECT * FROM stories ORDER BY id",
        "SELECT story_id, url, source FROM story_urls ORDER BY url",
        "SELECT * FROM story_tags ORDER BY story_id, tag_id",
        "SELECT url, source, reason, kind FROM failures ORDER BY url",
        "SELECT source, requests, stored, updated, unchanged, duplicates, failed, skipped, discovery_failed,"
        " parsed_by_layout, parsed_by_fallback, missing_title, missing_date, missing_author, missing_body"
        " FROM crawl_run_sites ORDER BY source",
    ]
    for sql in queries:
        in_process, in_crawl = table(databases["1"], sql), table(databases["0"], sql)
        assert in_process == in_crawl, sql
    assert len(table(databases["1"], "SELECT id FROM stories")) >= 20
    assert len(table(databases["1"], "SELECT url FROM failures")) >= 1  # skipped pages came back as drops


def chain(tmp_path) -> tuple[list, CountingStats]:
    settings = Settings()
    settings.setmodule("aggregator.settings")
    settings.set("KENEWS_DB", str(tmp_path / "news.db"))
    db = open_db(settings.get("KENEWS_DB"))
    sync_sources(db, all_sites().values())
    db.close()
    stats = CountingStats()
    return open_pipelines(settings, stats), stats


def article(**fields) -> Article:
    values = dict(url="https://www.the-star.co.ke/news/2026-11-24-a-story/", source="star", title="A story",
                  body="The county assembly passed the budget on Tuesday after a long debate.\n\n"
                       "Members said the new allocation would reach every ward.")
    return Article(**{**values, **fields})


def test_run_pipelines_reports_stats_item_and_drops(tmp_path):
    pipelines, stats = chain(tmp_path)
    try:
        stored = run_pipelines(pipelines, stats, article(), timed=True)
        assert stored.error is None and stored.dropped is None
        assert stored.item.story_id and stored.item.content_hash
        keys = [key for key, _ in stored.counted]
        assert "kenews/stored/new" in keys and "kenews/stage/store/cpu" in keys

        empty = run_pipelines(pipelines, stats, article(url="https://www.the-star.co.ke/news/2", body=" "))
        assert empty.item is None and empty.dropped[0] == "aggregator.pipelines.MissingField"
        with pytest.raises(MissingField):
            raise_dropped(empty.dropped)

        failure = PageFailure(url="https://www.the-star.co.ke/news/3", source="star", reason="HTTP 500")
        failed = run_pipelines(pipelines, stats, failure)
        assert ("kenews/failures/failed", 1) in failed.counted
        with pytest.raises(PageFailed):
            raise_dropped(failed.dropped)
    finally:
        close_pipelines(pipelines)


def test_an_error_in_a_pipeline_comes_back_as_text_not_as_a_crash(tmp_path):
    pipelines, stats = chain(tmp_path)
    try:
        broken = run_pipelines(pipelines, stats, {"not": "an article"})
        assert broken.item is None and broken.dropped is None and "Traceback" in broken.error
    finally:
        close_pipelines(pipelines)


def writer_pid(crawl_pid: int, deadline: float = 30) -> int:
    """The crawl's writer: its only child process."""
    give_up = time.monotonic() + deadline
    while time.monotonic() < give_up:
        children = Path(f"/proc/{crawl_pid}/task/{crawl_pid}/children").read_text().split()
        if children:
            return int(children[0])
        time.sleep(0.05)
    raise AssertionError("the crawl started no writer process")


def stories(db_path: str) -> int:
    if not os.path.exists(db_path):
        return 0
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        return connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def test_a_writer_that_dies_fails_the_run_and_the_next_run_stores_the_rest(tmp_path):
    db_path = str(tmp_path / "news.db")
    total = 20
    with FaultSite(healthy=total, faults=False, delay=0.3) as site:
        sites_file = tmp_path / "sites.toml"
        sites_file.write_text(site.sites_toml())
        env = {**os.environ, "KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "5"}
        crawl = subprocess.Popen([sys.executable, "-m", "aggregator.cli", "crawl", "faultnews", "--mirror", site.url,
                                  "--db", db_path], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True)
        writer = writer_pid(crawl.pid)
        give_up = time.monotonic() + 60
        while stories(db_path) < 5:
            assert crawl.poll() is None and time.monotonic() < give_up, "the crawl ended before 5 stories"
            time.sleep(0.02)
        os.kill(writer, signal.SIGKILL)
        out, err = crawl.communicate(timeout=120)
        assert crawl.returncode != 0, out
        assert "writer process died" in err
        run = table(db_path, "SELECT status FROM crawl_runs")[-1]
        assert run["status"] in ("failed", "partial")
        assert stories(db_path) < total

        again = run_kenews("crawl", "faultnews", "--mirror", site.url, "--db", db_path,
                           env={"KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "5"})
        assert again.returncode == 0, again.stderr[-3000:]
    assert stories(db_path) == total
    assert {row["url"] for row in table(db_path, "SELECT url FROM stories")} == {s.url for s in site.stories.values()}


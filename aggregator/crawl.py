"""run_crawl(): one `kenews crawl`, every named site in one Scrapy process, recorded as one run."""

from __future__ import annotations

import fcntl
import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from aggregator.extensions import run_status
from aggregator.sites import all_sites, get_site
from aggregator.writer import GC_THRESHOLD, WriterError, close_writer, open_writer
from storage.schema import open_db
from storage.writes import close_interrupted_runs, finish_run, start_run, sync_sources

EXIT_OK, EXIT_FAILED, EXIT_PARTIAL, EXIT_LOCKED = 0, 1, 3, 75
EXIT_CODES = {"ok": EXIT_OK, "partial": EXIT_PARTIAL, "failed": EXIT_FAILED}


class CrawlLocked(Exception):
    """Another crawl holds the database's lock file."""


@dataclass
class CrawlResult:
    run: dict
    sites: list[dict]

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.run["status"]]

    def summary(self) -> str:
        run = self.run
        return (f"kenews crawl: {run['status']} — {run['stored']} new, {run['updated']} updated, "
                f"{run['unchanged']} unchanged, {run['duplicates']} duplicates, {run['failed']} failed, "
                f"{run['skipped']} skipped (run {run['id']}, {len(self.sites)} sites)")


def crawl_settings(db_path: str, mirror: str | None = None, overrides: dict | None = None) -> Settings:
    settings = Settings()
    settings.setmodule("aggregator.settings", priority="project")
    settings.set("KENEWS_DB", db_path, priority="cmdline")
    if mirror:
        # A mirror is a local copy, not the site: no politeness delays against it.
        settings.setdict({
            "KENEWS_MIRROR": mirror, "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False,
            "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        }, priority="cmdline")
    settings.setdict(overrides or {}, priority="cmdline")
    return settings


@contextmanager
def crawl_lock(db_path: str):
    """Hold `<db>.lock` for the crawl; a second crawl on the same database fails at once."""
    path = os.path.abspath(db_path) + ".lock"
    with open(path, "a+") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            raise CrawlLocked(f"another kenews crawl (pid {holder}) is running on {db_path}") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        try:
            yield
        finally:
            handle.seek(0)
            handle.truncate()
            fcntl.flock(handle, fcntl.LOCK_UN)


def uses_writer(settings) -> bool:
    return "aggregator.writer.WriterPipeline" in settings.getdict("ITEM_PIPELINES")


@contextmanager
def crawl_gc_thresholds():
    """Fewer garbage-collector passes during the crawl: every page allocates tens of thousands
    of short-lived objects, and full passes over the long-lived ones cost 8 % of its CPU."""
    before = gc.get_threshold()
    gc.set_threshold(*GC_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def run_crawl(sites: list[str] | None = None, db_path: str = "news.db", mirror: str | None = None,
              overrides: dict | None = None) -> CrawlResult:
    """Crawl the named sites (all enabled ones when none) into the database at `db_path`."""
    spiders = [get_site(name) for name in sites] if sites else list(all_sites().values())
    names = [spider.name for spider in spiders]
    with crawl_lock(db_path):
        db = open_db(db_path)
        sync_sources(db, spiders)
        close_interrupted_runs(db)
        run_id = start_run(db, names)
        db.close()
        settings = crawl_settings(db_path, mirror, {**(overrides or {}), "KENEWS_RUN_ID": run_id})
        writer_failed = None
        with crawl_gc_thresholds():
            # The writer process is forked now, before the reactor starts any thread.
            writer = uses_writer(settings) and open_writer(settings)
            try:
                process = CrawlerProcess(settings)
                for spider in spiders:
                    process.crawl(spider)
                process.start()
            finally:
                if writer:
                    try:
                        close_writer(settings)
                    except WriterError as error:
                        writer_failed = str(error)
        db = open_db(db_path)
        try:
            site_rows = list(db.query("SELECT * FROM crawl_run_sites WHERE run_id = ? ORDER BY source", [run_id]))
            recorded = {row["source"] for row in site_rows}
            # A site with no row never closed cleanly: the run cannot call it a success.
            missing = [{"source": name, "finish_reason": "did not finish"} for name in names if name not in recorded]
            if writer_failed:
                missing.append({"source": "(writer)", "finish_reason": writer_failed})
            run = finish_run(db, run_id, run_status(site_rows + missing))
        finally:
            db.close()
    return CrawlResult(run=run, sites=site_rows)

"""CrawlRunRecorder: writes each site's figures for a run into `crawl_run_sites`.

Besides what was stored and what failed, it counts how many articles the
site's own layout parsed against fallbacks, and how many lacked a title,
date, author or body: the figures `kenews health` watches for layout drift.
"""

from __future__ import annotations

from collections import Counter

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

from aggregator.items import Article
from storage.schema import open_db
from storage.writes import finish_run, save_run_site, start_run, sync_sources, utc_now


class CrawlRunRecorder:
    def __init__(self, crawler, db_path: str, run_id: int | None):
        self.crawler = crawler
        self.db_path = db_path
        self.run_id = run_id
        self.own_run = run_id is None  # `scrapy crawl SITE` has no `kenews crawl` run around it
        self.health: Counter = Counter()
        self.started_at = utc_now()

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("KENEWS_DB")
        if not db_path:
            raise NotConfigured("KENEWS_DB is not set")
        run_id = crawler.settings.getint("KENEWS_RUN_ID") or None
        recorder = cls(crawler, db_path, run_id)
        crawler.signals.connect(recorder.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(recorder.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(recorder.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(recorder.item_dropped, signal=signals.item_dropped)
        return recorder

    def spider_opened(self, spider):
        db = open_db(self.db_path)
        try:
            # `scrapy crawl SITE` has no `kenews crawl` around it to register the site.
            sync_sources(db, [type(spider)])
            if self.own_run:
                self.run_id = start_run(db, [spider.name])
        finally:
            db.close()

    def item_scraped(self, item, spider):
        self._count(item)

    def item_dropped(self, item, exception, spider):
        self._count(item)

    def _count(self, item):
        if isinstance(item, Article):
            self.health.update(health_columns(item))

    def spider_closed(self, spider, reason):
        stats = self.crawler.stats
        counts = {
            "started_at": self.started_at,
            "finished_at": utc_now(),
            "finish_reason": reason,
            "requests": stats.get_value("downloader/request_count", 0),
            "responses": stats.get_value("downloader/response_count", 0),
            "stored": stats.get_value("kenews/stored/new", 0),
            "updated": stats.get_value("kenews/stored/updated", 0),
            "unchanged": stats.get_value("kenews/stored/unchanged", 0),
            "duplicates": stats.get_value("kenews/stored/duplicate", 0),
            "failed": stats.get_value("kenews/failures/failed", 0),
            "skipped": stats.get_value("kenews/failures/skipped", 0),
            "discovery_failed": stats.get_value("kenews/failures/discovery", 0),
            **{key: self.health[key] for key in (
                "parsed_by_layout", "parsed_by_fallback", "missing_title", "missing_date",
                "missing_author", "missing_body")},
        }
        db = open_db(self.db_path)
        try:
            save_run_site(db, self.run_id, spider.name, counts)
            if self.own_run:
                finish_run(db, self.run_id, run_status([counts]))
        finally:
            db.close()


def health_columns(article) -> list[str]:
    """The `crawl_run_sites` drift columns one article adds to: layout or fallback, and each missing field."""
    article = ItemAdapter(article)
    columns = ["parsed_by_layout" if article["layout"] else "parsed_by_fallback"]
    for field, column in (("title", "missing_title"), ("published_at", "missing_date"),
                          ("authors", "missing_author"), ("body", "missing_body")):
        if not article[field]:
            columns.append(column)
    return columns


# What an item's pipeline outcome adds to, in `crawl_run_sites` (`kenews ingest` records runs this way).
OUTCOME_COLUMNS = {"new": "stored", "updated": "updated", "unchanged": "unchanged", "duplicate": "duplicates",
                   "failed": "failed", "skipped": "skipped", "discovery": "discovery_failed"}


class RunTally:
    """Per-site counts of a run made of items rather than of a Scrapy crawl (`kenews ingest`)."""

    def __init__(self):
        self.started_at = utc_now()
        self.sites: dict[str, Counter] = {}

    def add(self, item, outcome: str) -> None:
        counts = self.sites.setdefault(item.source, Counter())
        if outcome in OUTCOME_COLUMNS:
            counts[OUTCOME_COLUMNS[outcome]] += 1
        if isinstance(item, Article):
            counts.update(health_columns(item))

    def record(self, db) -> dict | None:
        """Write the run and its per-site rows; returns the run row (None when nothing came in)."""
        if not self.sites:
            return None
        run_id = start_run(db, sorted(self.sites), now=self.started_at)
        rows = []
        for source, counts in self.sites.items():
            row = {"started_at": self.started_at, "finished_at": utc_now(), "finish_reason": "finished", **counts}
            save_run_site(db, run_id, source, row)
            rows.append(row)
        return finish_run(db, run_id, run_status(rows))


def site_status(counts: dict) -> str:
    """"ok": finished with no failure; "failed": stopped early, or failures and nothing stored; else "partial"."""
    outcomes = sum(counts.get(k, 0) for k in ("stored", "updated", "unchanged", "duplicates"))
    failures = counts.get("failed", 0) + counts.get("discovery_failed", 0)
    if counts.get("finish_reason") != "finished" or (failures and not outcomes):
        return "failed"
    return "partial" if failures else "ok"


def run_status(site_counts: list[dict]) -> str:
    """A run is "ok" when every site is, "failed" when every site failed, else "partial"."""
    states = {site_status(counts) for counts in site_counts}
    if states == {"ok"}:
        return "ok"
    if states == {"failed"} or not states:
        return "failed"
    return "partial"

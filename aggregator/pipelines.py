"""Item pipelines: validate → clean → dedupe → tag → store, one job each.

Each class is a thin Scrapy wrapper: `from_crawler` reads settings and
`process_item` calls one plain function. Drops are `DropItem` subclasses named
for the reason, so Scrapy's stats count each reason by itself.
"""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from aggregator.cleaning import clean_text
from aggregator.dedupe import content_hash
from aggregator.fields import clean_title, word_count
from aggregator.items import PageFailure, PageUnchanged
from aggregator.story_index import WINDOW_DAYS, close_story_index, open_story_index
from aggregator.tagging import tag_story
from storage.schema import open_db
from storage.writes import new_story_id, record_failure, save_story, touch_url


class PageFailed(DropItem):
    """The page could not be fetched or parsed; it is in `failures` and will be retried."""


class NotAnArticle(DropItem):
    """A video, gallery, sponsored or author page: recorded, never retried."""


class DiscoveryFailed(DropItem):
    """A feed, sitemap or listing page could not be read."""


class NotModified(DropItem):
    """A stored page seen again with nothing new: only its last-seen time moves."""


class MissingField(DropItem):
    """An article without URL, title or body."""


def validate_article(article: dict) -> str | None:
    """Why an article cannot be stored, or None when it can."""
    for name in ("url", "title", "body"):
        if not (article.get(name) or "").strip():
            return f"missing {name}"
    return None


class _DatabasePipeline:
    """Opens the crawl's database for the pipeline's lifetime."""

    def __init__(self, db_path: str, stats=None):
        self.db_path = db_path
        self.stats = stats
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("KENEWS_DB"), crawler.stats)

    def open_spider(self):
        self.db = open_db(self.db_path)

    def close_spider(self):
        self.db.close()

    def count(self, key: str) -> None:
        if self.stats is not None:
            self.stats.inc_value(key)


class ValidatePipeline(_DatabasePipeline):
    """Only complete articles pass; failures and incomplete articles are recorded with their reason."""

    def process_item(self, item):
        if isinstance(item, PageUnchanged):
            touch_url(self.db, item.url)
            self.count("kenews/stored/unchanged")
            raise NotModified(f"unchanged {item.url}", log_level="DEBUG")
        if isinstance(item, PageFailure):
            record_failure(self.db, item.url, item.source, item.reason, item.kind)
            self.count(f"kenews/failures/{item.kind}")
            drop = {"failed": PageFailed, "skipped": NotAnArticle, "discovery": DiscoveryFailed}[item.kind]
            level = "INFO" if item.kind == "skipped" else "WARNING"
            raise drop(f"{item.kind} {item.url}: {item.reason}", log_level=level)
        article = ItemAdapter(item)
        problem = validate_article(article.asdict())
        if problem:
            record_failure(self.db, article["url"] or "(no url)", article["source"], problem)
            self.count("kenews/failures/failed")
            raise MissingField(f"{problem}: {article['url']}")
        return item


def clean_article(article: dict) -> dict:
    """Clean title, lead and body (idempotent: extraction already did), then count and hash."""
    article["title"] = clean_title(article["title"])
    article["lead"] = clean_text(article.get("lead") or "").replace("\n\n", " ")
    article["body"] = clean_text(article["body"])
    article["word_count"] = word_count(article["body"])
    article["content_hash"] = content_hash(article["body"])
    return article


class CleanPipeline:
    def process_item(self, item):
        article = ItemAdapter(item)
        for key, value in clean_article(article.asdict()).items():
            article[key] = value
        if not article["body"]:
            raise MissingField(f"nothing left after cleaning: {article['url']}")
        return item


class DedupePipeline(_DatabasePipeline):
    """Finds the story an article is: the same page again, or a copy of a stored story's text
    (exact, near-duplicate or teaser); a new story also gets its same-event cluster."""

    def __init__(self, db_path: str, stats=None, window_days: float = WINDOW_DAYS):
        super().__init__(db_path, stats)
        self.window_days = window_days
        self.index = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("KENEWS_DB"), crawler.stats,
                   crawler.settings.getfloat("KENEWS_DEDUPE_DAYS", WINDOW_DAYS))

    def open_spider(self):
        super().open_spider()
        self.index = open_story_index(self.db_path, self.db, self.window_days)

    def close_spider(self):
        close_story_index(self.db_path)
        super().close_spider()

    def process_item(self, item):
        article = ItemAdapter(item)
        data = article.asdict()
        decision = self.index.decide(self.db, data, new_story_id(data.get("canonical_url") or data["url"]))
        article["story_id"] = decision.story_id
        article["cluster_id"] = decision.cluster_id or ""
        self.count(f"kenews/dedupe/{decision.kind.replace(' ', '_')}")
        return item


class TagPipeline:
    def process_item(self, item):
        article = ItemAdapter(item)
        article["tags"] = tag_story(article["title"], article.get("lead") or "", article["body"],
                                    section=article.get("section") or "", site_tags=article.get("site_tags") or (),
                                    language=article.get("language") or "en")
        return item


class StorePipeline(_DatabasePipeline):
    """Writes the story, its URLs and tags in one transaction; counts new/updated/unchanged/duplicate."""

    def process_item(self, item):
        article = ItemAdapter(item)
        row = article.asdict()
        outcome = save_story(self.db, row)
        article["story_id"] = row["story_id"]
        self.count(f"kenews/stored/{outcome}")
        return item

"""`kenews import`: items from JSON Lines through the same pipelines as a crawl.

This is how items from other tools and from distributed workers come in. Each
line is one article in the form `kenews export --format jsonl` writes; `url`,
`title` and `body` are required. A bad line is reported with its number and
skipped; the rest are imported.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, fields
from datetime import datetime, timezone

from scrapy.settings import Settings

from aggregator.dates import parse_published_at
from aggregator.items import Article
from aggregator.writer import CountingStats, close_pipelines, open_pipelines, run_pipelines

ARTICLE_FIELDS = {f.name for f in fields(Article)}
REQUIRED = ("url", "title", "body")
STORED = ("new", "updated", "unchanged", "duplicate")


@dataclass
class ImportResult:
    lines: int = 0
    outcomes: Counter = field(default_factory=Counter)  # new / updated / unchanged / duplicate / dropped
    bad_lines: list[tuple[int, str]] = field(default_factory=list)

    def summary(self) -> str:
        o = self.outcomes
        return (f"kenews import: {self.lines} lines — {o['new']} new, {o['updated']} updated, {o['unchanged']} unchanged, "
                f"{o['duplicate']} duplicates, {o['dropped']} dropped, {len(self.bad_lines)} bad lines")


def article_from_json(data, now: str) -> Article:
    """One JSON object → Article; raises ValueError saying what is wrong."""
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    missing = [key for key in REQUIRED if not str(data.get(key) or "").strip()]
    if missing:
        raise ValueError(f"missing {', '.join(missing)}")
    values = {key: value for key, value in data.items() if key in ARTICLE_FIELDS}
    # Exports carry story-level keys too (id, urls, tags as objects): the pipelines recompute those.
    for key in ("story_id", "tags", "content_hash", "word_count", "extraction"):
        values.pop(key, None)
    for key in ("authors", "site_tags"):
        value = values.get(key) or []
        values[key] = [value] if isinstance(value, str) else [str(v) for v in value]
    for key in ("published_at", "updated_at"):
        if values.get(key):
            values[key] = parse_published_at(values[key])
    values.setdefault("source", data.get("source") or "import")
    values.setdefault("canonical_url", values["url"])
    values["crawled_at"] = values.get("crawled_at") or now
    values["extraction"] = {"body": "import"}
    return Article(**values)


def pipeline_chain(db_path: str, stats: CountingStats) -> list:
    """The crawl's storage pipelines (KENEWS_PIPELINES), in their configured order, opened on `db_path`."""
    settings = Settings()
    settings.setmodule("aggregator.settings", priority="project")
    settings.set("KENEWS_DB", db_path, priority="cmdline")
    return open_pipelines(settings, stats)


class NotStored(RuntimeError):
    """A pipeline failed on the item (not a drop): the last line of its traceback."""


def run_chain(chain: list, stats: CountingStats, item) -> str:
    """Send one item through the pipelines; what became of it: the last part of the
    `kenews/stored/` or `kenews/failures/` counter it moved (new, updated, unchanged, duplicate, failed, skipped,
    discovery), else "dropped". Raises NotStored when a pipeline failed."""
    outcome = run_pipelines(chain, stats, item)
    if outcome.error:
        raise NotStored(outcome.error.strip().splitlines()[-1])
    # Failures and unchanged pages are recorded, then dropped: their counter says which.
    moved = [key for key, _ in outcome.counted if key.startswith(("kenews/stored/", "kenews/failures/"))]
    return moved[0].rsplit("/", 1)[1] if moved else "dropped"


close_chain = close_pipelines


def import_jsonl(lines, db_path: str, progress=None) -> ImportResult:
    """Run every line through validate → clean → dedupe → tag → store; never stops on a bad line."""
    from storage.schema import open_db
    from storage.writes import sync_sources
    from aggregator.sites import all_sites

    db = open_db(db_path)
    sync_sources(db, all_sites().values())
    db.close()
    stats = CountingStats()
    chain = pipeline_chain(db_path, stats)
    result = ImportResult()
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    known_sources = set(all_sites())
    try:
        for number, line in enumerate(lines, start=1):
            result.lines = number
            if progress:
                progress(number)
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except ValueError as error:
                result.bad_lines.append((number, f"invalid JSON: {error}"))
                continue
            try:
                item = article_from_json(data, now)
            except (ValueError, TypeError) as error:
                result.bad_lines.append((number, str(error)))
                continue
            if item.source not in known_sources:
                add_source(db_path, item.source)
                known_sources.add(item.source)
            try:
                outcome = run_chain(chain, stats, item)
            except Exception as error:  # one item that cannot be stored must not stop the import
                result.bad_lines.append((number, f"could not store: {error}"))
                continue
            result.outcomes[outcome if outcome in STORED else "dropped"] += 1
    finally:
        close_chain(chain)
    return result


def add_source(db_path: str, source: str) -> None:
    """Items from a source no spider crawls (another tool's) get a `sources` row of their own."""
    from storage.schema import open_db
    from storage.writes import write_transaction

    db = open_db(db_path)
    with write_transaction(db):
        db["sources"].insert({"id": source, "name": source, "home_url": "", "language": "en", "discovery": "[]"},
                             pk="id", ignore=True)
    db.close()

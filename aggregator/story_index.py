"""The dedupe stage's memory: which stored story a new text is, and which event it covers.

`StoryIndex` holds a `DedupeIndex` (exact and near duplicates, teasers) and a
`ClusterIndex` (same-event clusters) for one database, over a rolling window
(KENEWS_DEDUPE_DAYS, 14 by default), so memory stays bounded as the archive
grows. It is saved next to the database (`news.db.dedupe.npz`) when a crawl
ends and loaded at the next start; when that file is missing or stale it is
rebuilt from the stories in the window.

Every crawler in a process (one per site in `kenews crawl`) shares one index
per database: agency copy running on two outlets in the same crawl is one
story.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from aggregator.dedupe import ClusterIndex, DedupeIndex
from aggregator.shared import PerDatabase
from storage.queries import stories_in_window
from storage.writes import find_story_by_urls

WINDOW_DAYS = 14


def index_path(db_path: str) -> str:
    return os.path.abspath(db_path) + ".dedupe.npz"


@dataclass
class Decision:
    story_id: str  # the story the article belongs to (a new id when it is a new story)
    kind: str  # "known url", "new", or the dedupe match: "exact", "near", "teaser", "contains"
    cluster_id: str | None = None  # for new stories: the same-event cluster, None when alone


class StoryIndex:
    def __init__(self, db_path: str, window_days: float = WINDOW_DAYS):
        self.db_path = db_path
        self.window = timedelta(days=window_days)
        self.dedupe = DedupeIndex()
        self.clusters = ClusterIndex()

    def since(self) -> str:
        return (datetime.now(timezone.utc) - self.window).strftime("%Y-%m-%dT%H:%M:%SZ")

    def load(self, db) -> None:
        """The saved index if it matches the database, else a rebuild from the window's stories."""
        rows = list(stories_in_window(db, self.since()))
        path = index_path(self.db_path)
        try:
            self.dedupe = DedupeIndex.load(path)
            if any(row["story_id"] not in self.dedupe for row in rows[-50:]):
                raise ValueError("the saved index is older than the database")
        except (OSError, ValueError, KeyError):
            self.dedupe = DedupeIndex.from_rows({"story_id": r["story_id"], "text": r["body"], "when": r["when"]}
                                                for r in rows)
        self.clusters = ClusterIndex.from_rows(
            {**row, "when": row["published_at"] or row["when"], "cluster_id": row["cluster_id"] or row["story_id"]}
            for row in rows)
        self.prune()

    def save(self) -> None:
        path = index_path(self.db_path)
        temporary = path[: -len(".npz")] + ".tmp.npz"
        self.dedupe.save(temporary)
        os.replace(temporary, path)  # a crash mid-save leaves the previous file whole

    def prune(self) -> None:
        before = self.since()
        self.dedupe.prune(before)
        self.clusters.prune(before)  # clusters keep their own, shorter window when comparing

    def decide(self, db, article: dict, new_id: str) -> Decision:
        """Which story `article` is; indexes it so later copies find it."""
        urls = [u for u in (article.get("canonical_url"), article["url"]) if u]
        known = find_story_by_urls(db, urls)
        # The dedupe window runs on first-seen time (a 2020 story republished today is today's
        # business); clusters on publication time (same event, same days).
        when = article.get("crawled_at") or None
        published = article.get("published_at") or when
        if known:
            # The same page again: storage decides whether it changed; keep the index on its text.
            self.dedupe.add(known, article["body"], when)
            return Decision(known, "known url")
        match = self.dedupe.find(article["body"])
        if match and _story_exists(db, match.story_id):
            if match.fuller:
                self.dedupe.add(match.story_id, article["body"], when)
            return Decision(match.story_id, match.kind)
        self.dedupe.add(new_id, article["body"], when)
        cluster = self.clusters.assign(new_id, article["title"], article.get("lead") or "", article["body"],
                                       published, article["source"])
        return Decision(new_id, "new", None if cluster == new_id else cluster)


def _story_exists(db, story_id: str) -> bool:
    return db.execute("SELECT 1 FROM stories WHERE id = ?", [story_id]).fetchone() is not None


def _save_and_close(index: StoryIndex) -> None:
    index.prune()
    index.save()


# One index per database per process, shared by every crawler's dedupe stage.
_indexes: PerDatabase[StoryIndex] = PerDatabase(_save_and_close)


def open_story_index(db_path: str, db, window_days: float = WINDOW_DAYS) -> StoryIndex:
    def load() -> StoryIndex:
        index = StoryIndex(db_path, window_days)
        index.load(db)
        return index

    return _indexes.acquire(db_path, load)


def close_story_index(db_path: str) -> None:
    """The last user saves the index for the next run."""
    _indexes.release(db_path)

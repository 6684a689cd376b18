"""Read-only queries the CLI, the crawler and tests share."""

from __future__ import annotations

from sqlite_utils import Database


def source_counts(db: Database) -> list[dict]:
    """Per source: stories stored, URLs seen, open failures, newest story."""
    return list(db.query(
        """
        SELECT sources.id AS source, sources.name,
               (SELECT count(*) FROM stories WHERE stories.source = sources.id) AS stories,
               (SELECT count(*) FROM story_urls WHERE story_urls.source = sources.id) AS urls,
               (SELECT count(*) FROM failures WHERE failures.source = sources.id AND kind = 'failed') AS failures,
               (SELECT max(published_at) FROM stories WHERE stories.source = sources.id) AS newest
        FROM sources ORDER BY sources.id
        """))


def recent_runs(db: Database, limit: int = 5) -> list[dict]:
    return list(db.query("SELECT * FROM crawl_runs ORDER BY id DESC LIMIT ?", [limit]))


def failed_urls(db: Database, source: str, max_attempts: int = 5) -> list[str]:
    """Pages of a source that failed and are worth another try."""
    return [row["url"] for row in db.query(
        "SELECT url FROM failures WHERE source = ? AND kind = 'failed' AND attempts < ? ORDER BY last_failed_at",
        [source, max_attempts])]


def story(db: Database, story_id: str) -> dict | None:
    rows = list(db.query("SELECT * FROM stories WHERE id = ?", [story_id]))
    return rows[0] if rows else None


def story_urls(db: Database, story_id: str) -> list[dict]:
    return list(db.query("SELECT * FROM story_urls WHERE story_id = ? ORDER BY first_seen_at, url", [story_id]))


# Search ranks only this many of a query's matches, the most recently stored. FTS5 scores
# every match to order them by rank, so a name in a third of a 1M-story archive took 400 ms
# and a common word over a second; reading matches newest first (rowid order) stops here.
# A rare name still finds its oldest story: a query with fewer matches ranks them all.
SEARCH_RANKED_MATCHES = 5000


def search_stories(db: Database, query: str, limit: int = 20) -> list[dict]:
    """Full-text search over title, lead and body, best match first among the
    SEARCH_RANKED_MATCHES most recently stored matches."""
    return list(db.query(
        """
        SELECT stories.id, stories.source, stories.title, stories.published_at, stories.url
        FROM stories_fts JOIN stories ON stories.rowid = stories_fts.rowid
        WHERE stories_fts MATCH :query AND stories_fts.rowid >= (
            SELECT min(rowid) FROM (SELECT rowid FROM stories_fts WHERE stories_fts MATCH :query
                                    ORDER BY rowid DESC LIMIT :newest))
        ORDER BY rank LIMIT :limit
        """, {"query": db.quote_fts(query), "newest": SEARCH_RANKED_MATCHES, "limit": limit}))


def story_by_content_hash(db: Database, content_hash: str) -> str | None:
    """The story whose stored text has exactly this hash."""
    row = db.execute("SELECT id FROM stories WHERE content_hash = ? LIMIT 1", [content_hash]).fetchone()
    return row[0] if row else None


def site_run_history(db: Database, runs: int = 5) -> dict[str, list[dict]]:
    """Per source, its `crawl_run_sites` rows for its last `runs` runs, newest first."""
    history: dict[str, list[dict]] = {}
    for row in db.query("SELECT * FROM crawl_run_sites ORDER BY source, run_id DESC"):
        rows = history.setdefault(row["source"], [])
        if len(rows) < runs:
            rows.append(row)
    return history


def known_page(db: Database, url: str) -> dict | None:
    """What we hold for a page (by its URL or any variant of it): the story's dates and the page's validators."""
    from aggregator.urls import canonical_url

    rows = list(db.query(
        """
        SELECT story_urls.url, story_urls.etag, story_urls.last_modified, stories.published_at, stories.first_seen_at
        FROM story_urls JOIN stories ON stories.id = story_urls.story_id
        WHERE story_urls.url_key = ? ORDER BY story_urls.url = ? DESC LIMIT 1
        """, [canonical_url(url), url]))
    return rows[0] if rows else None


def stories_to_tag(db: Database, batch_size: int = 500):
    """Every story's taggable fields, in batches, in id order (keyset paging: flat cost per batch)."""
    last = ""
    while True:
        batch = list(db.query(
            "SELECT id, title, lead, body, section, site_tags, language FROM stories WHERE id > ? ORDER BY id LIMIT ?",
            [last, batch_size]))
        if not batch:
            return
        yield batch
        last = batch[-1]["id"]


def stories_in_window(db: Database, since: str):
    """Stories first seen since `since`, oldest first: what the dedupe stage indexes at start."""
    return db.query(
        """
        SELECT id AS story_id, title, lead, body, source, cluster_id, published_at, first_seen_at AS "when"
        FROM stories WHERE first_seen_at >= ? ORDER BY first_seen_at, id
        """, [since])

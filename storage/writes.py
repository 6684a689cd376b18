"""Every write to the database. Each function is one transaction.

A story is written whole or not at all (`write_transaction(db)`), so a crash
mid-crawl leaves a consistent database; writing the same article twice changes
nothing but the `last_seen_at` of its URLs.
"""

from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from datetime import datetime, timezone

from sqlite_utils import Database

from aggregator.urls import canonical_url

@contextmanager
def write_transaction(db: Database):
    """One write transaction, begun IMMEDIATE: it takes the write lock first and waits for
    it (busy timeout). A deferred one that read first could not take the lock after another
    connection wrote (the crawl and its writer process both write) and would fail at once
    with "database is locked". Inside a transaction already, it is a savepoint."""
    if db.conn.in_transaction:
        with db.atomic():
            yield db
        return
    db.conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


# The story columns an article fills; a re-crawl that changes none of them is "unchanged".
CONTENT_COLUMNS = (
    "title", "lead", "body", "authors", "published_at", "updated_at", "section", "site_tags",
    "image_url", "language", "paywalled",
)


# Every column of a new `stories` row, in `story_row`'s order; spelled out so each
# statement is a fixed string with parameters (no SQL built from data).
STORY_COLUMNS = (
    "id", "source", "url", "title", "lead", "body", "authors", "published_at", "published_day", "updated_at",
    "section", "site_tags", "image_url", "language", "paywalled", "word_count", "content_hash", "layout",
    "extraction", "cluster_id", "first_seen_at", "changed_at",
)
INSERT_STORY = (
    "INSERT INTO stories (id, source, url, title, lead, body, authors, published_at, published_day, updated_at,"
    " section, site_tags, image_url, language, paywalled, word_count, content_hash, layout, extraction,"
    " cluster_id, first_seen_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
# A changed story gets all its text columns written at once (the unchanged ones with their own values).
UPDATED_COLUMNS = CONTENT_COLUMNS + ("word_count", "content_hash", "published_day", "extraction", "changed_at")
UPDATE_STORY_TEXT = (
    "UPDATE stories SET title = ?, lead = ?, body = ?, authors = ?, published_at = ?, updated_at = ?, section = ?,"
    " site_tags = ?, image_url = ?, language = ?, paywalled = ?, word_count = ?, content_hash = ?,"
    " published_day = ?, extraction = ?, changed_at = ? WHERE id = ?"
)

EMPTY = (None, "", "[]")


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_story_id(url: str) -> str:
    """Stable across rebuilds: the same first URL (or any variant of it) always gives the same id."""
    return "ks" + hashlib.sha256(canonical_url(url).encode("utf-8")).hexdigest()[:14]


def sync_sources(db: Database, sites) -> None:
    """Write one `sources` row per site class (id, name, home URL, language, discovery URLs)."""
    rows = [{
        "id": site.name, "name": site.site_name, "home_url": site.home_url, "language": site.language,
        "discovery": json.dumps([url for url, _ in site.discovery_urls(site)]),
    } for site in sites]
    with write_transaction(db):
        db["sources"].upsert_all(rows, pk="id")


def story_row(article: dict, story_id: str, now: str) -> dict:
    published_at = article.get("published_at")
    return {
        "id": story_id,
        "source": article["source"],
        "url": article.get("canonical_url") or article["url"],
        "title": article["title"],
        "lead": article.get("lead") or "",
        "body": article["body"],
        "authors": json.dumps(article.get("authors") or [], ensure_ascii=False),
        "published_at": published_at,
        "published_day": published_at[:10] if published_at else None,
        "updated_at": article.get("updated_at"),
        "section": article.get("section") or "",
        "site_tags": json.dumps(article.get("site_tags") or [], ensure_ascii=False),
        "image_url": article.get("image_url") or "",
        "language": article.get("language") or "en",
        "paywalled": int(bool(article.get("paywalled"))),
        "word_count": article.get("word_count") or 0,
        "content_hash": article["content_hash"],
        "layout": article.get("layout") or "",
        "extraction": json.dumps(article.get("extraction") or {}, sort_keys=True),
        "cluster_id": article.get("cluster_id") or None,
        "first_seen_at": now,
        "changed_at": now,
    }


def find_story_by_urls(db: Database, urls) -> str | None:
    """The story any of these URLs, or a variant of them (AMP, utm_*, www …), belongs to."""
    keys = sorted({canonical_url(url) for url in urls})
    placeholders = ", ".join("?" for _ in keys)
    row = db.execute(f"SELECT story_id FROM story_urls WHERE url_key IN ({placeholders}) LIMIT 1", keys).fetchone()
    return row[0] if row else None


def save_story(db: Database, article: dict) -> str:
    """Store an article; returns "new", "updated", "unchanged" or "duplicate".

    A story that any of the article's URLs (or their variants) already belongs
    to is this page again. Otherwise `article["story_id"]`, when set by the
    dedupe stage, names the story the article is a copy of; else a new story
    is made. A copy that is fuller than the stored text replaces it,
    so a story keeps the fullest text and remembers every URL.
    """
    now = article.get("crawled_at") or utc_now()
    urls = list(dict.fromkeys(u for u in (article.get("canonical_url"), article["url"]) if u))
    with write_transaction(db):
        known_by_url = find_story_by_urls(db, urls)
        story_id = known_by_url or article.get("story_id")
        existing = _story(db, story_id) if story_id else None
        if existing is None:
            story_id = story_id or new_story_id(urls[0])
            row = story_row(article, story_id, now)
            db.execute(INSERT_STORY, [row[column] for column in STORY_COLUMNS])
            outcome, changed = "new", {"body": True}
            if article.get("cluster_id"):
                # The story that started the cluster joins it by name too.
                db.execute("UPDATE stories SET cluster_id = ? WHERE id = ? AND cluster_id IS NULL",
                           [article["cluster_id"], article["cluster_id"]])
        else:
            fresh = story_row(article, story_id, now)
            # A copy that lacks a field (no date, no authors) does not erase what is stored.
            changed = {c: fresh[c] for c in CONTENT_COLUMNS if fresh[c] != existing[c] and fresh[c] not in EMPTY}
            if known_by_url == story_id:
                # The same page again: a correction or update on the site, or nothing.
                outcome = "updated" if changed else "unchanged"
            else:
                # Another copy of a stored story: keep whichever text is fuller.
                outcome = "duplicate"
                if len(fresh["body"]) <= len(existing["body"]):
                    changed = {}
            if changed:
                changed.update(
                    word_count=fresh["word_count"], content_hash=fresh["content_hash"],
                    published_day=fresh["published_day"], extraction=fresh["extraction"], changed_at=now,
                )
                updated = {**existing, **changed}
                db.execute(UPDATE_STORY_TEXT, [updated[column] for column in UPDATED_COLUMNS] + [story_id])
        _remember_urls(db, story_id, article["source"], urls, now, fetched=article)
        if changed:
            # Tags follow the stored text: a copy that did not replace it leaves them alone.
            save_story_tags(db, story_id, article.get("tags") or [], log=outcome != "new")
        db.execute(f"DELETE FROM failures WHERE url IN ({', '.join('?' for _ in urls)})", urls)
    article["story_id"] = story_id
    return outcome


# Plain statements, not sqlite-utils' insert/update/upsert/query: those read the table's
# schema (or open a savepoint) on every call, which cost more than the writes themselves.

def _dicts(cursor) -> list[dict]:
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def _story(db: Database, story_id: str) -> dict | None:
    rows = _dicts(db.execute("SELECT * FROM stories WHERE id = ?", [story_id]))
    return rows[0] if rows else None


def _remember_urls(db: Database, story_id: str, source: str, urls, now: str, fetched: dict | None = None) -> None:
    """Add or refresh each URL's row; the URL actually fetched also keeps its HTTP validators."""
    fetched = fetched or {}
    for url in urls:
        validators = (fetched.get("etag") or "", fetched.get("last_modified") or "") if url == fetched.get("url") else ("", "")
        db.execute(
            "INSERT INTO story_urls (url, url_key, story_id, source, first_seen_at, last_seen_at, etag, last_modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET last_seen_at = excluded.last_seen_at,"
            " etag = CASE WHEN excluded.etag != '' THEN excluded.etag ELSE story_urls.etag END,"
            " last_modified = CASE WHEN excluded.last_modified != '' THEN excluded.last_modified"
            " ELSE story_urls.last_modified END",
            [url, canonical_url(url), story_id, source, now, now, *validators],
        )


def touch_url(db: Database, url: str, now: str | None = None) -> None:
    """A stored page seen again unchanged: only its `last_seen_at` moves."""
    with write_transaction(db):
        db.execute("UPDATE story_urls SET last_seen_at = ? WHERE url = ?", [now or utc_now(), url])


def sync_tag_vocabulary(db: Database, tags: list[dict]) -> None:
    """Write every tag of the vocabulary (code, kind, label, description) to `tags`."""
    with write_transaction(db):
        db["tags"].upsert_all(
            [{"id": t["code"], "kind": t["kind"], "label": t["label"], "description": t.get("description", "")}
             for t in tags], pk="id")


def save_story_tags(db: Database, story_id: str, tags: list[dict], log: bool = True,
                    known_vocabulary: bool = False) -> bool:
    """Replace a story's tags; returns whether they changed.

    The tag vocabulary rows are added as they are first used, unless the
    caller already wrote them (`known_vocabulary`). A change feeds would show
    is logged as "retagged" unless `log` is false (a new story's first tags
    are part of its "new" change).
    """
    if tags and not known_vocabulary:
        db.conn.executemany(
            "INSERT INTO tags (id, kind, label, description) VALUES (?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET"
            " kind = excluded.kind, label = excluded.label, description = excluded.description"
            " WHERE (tags.kind, tags.label, tags.description) IS NOT (excluded.kind, excluded.label, excluded.description)",
            [(t["code"], t["kind"], t["label"], t.get("description", "")) for t in tags])
    current = {row["tag_id"]: row for row in _dicts(
        db.execute("SELECT tag_id, rank, score, reason FROM story_tags WHERE story_id = ?", [story_id]))}
    wanted = {t["code"]: {"tag_id": t["code"], "rank": rank, "score": float(t.get("score", 1.0)),
                          "reason": t.get("reason", "")} for rank, t in enumerate(tags)}
    if current == wanted:
        return False
    db.execute("DELETE FROM story_tags WHERE story_id = ?", [story_id])
    if wanted:
        db.conn.executemany("INSERT INTO story_tags (story_id, tag_id, rank, score, reason) VALUES (?, ?, ?, ?, ?)",
                            [(story_id, code, row["rank"], row["score"], row["reason"]) for code, row in wanted.items()])
    # Feeds show the tags in rank order; a new score or reason alone is not news to them.
    if log and sorted(current, key=lambda code: current[code]["rank"]) != list(wanted):
        db.execute("INSERT INTO changes (story_id, kind) VALUES (?, 'retagged')", [story_id])
    return True


def record_failure(db: Database, url: str, source: str, reason: str, kind: str = "failed",
                   now: str | None = None) -> None:
    """Remember a page that could not be stored, so that it can be retried; counts attempts."""
    now = now or utc_now()
    if kind == "skipped":
        # Not an article: one row says so; seeing the link again changes nothing.
        with write_transaction(db):
            db.execute("INSERT OR IGNORE INTO failures (url, source, kind, reason, first_failed_at, last_failed_at)"
                       " VALUES (?, ?, ?, ?, ?, ?)", [url, source, kind, reason, now, now])
        return
    with write_transaction(db):
        db.execute(
            "INSERT INTO failures (url, source, kind, reason, first_failed_at, last_failed_at, attempts)"
            " VALUES (?, ?, ?, ?, ?, ?, 1)"
            " ON CONFLICT(url) DO UPDATE SET reason = excluded.reason, kind = excluded.kind,"
            " last_failed_at = excluded.last_failed_at, attempts = failures.attempts + 1",
            [url, source, kind, reason, now, now],
        )


def close_interrupted_runs(db: Database) -> None:
    """Runs still "running" were killed (SIGKILL, power loss): the caller holds the crawl lock."""
    with write_transaction(db):
        db.execute("UPDATE crawl_runs SET status = 'interrupted' WHERE status = 'running'")


def start_run(db: Database, sites: list[str], now: str | None = None) -> int:
    with write_transaction(db):
        return db["crawl_runs"].insert(
            {"started_at": now or utc_now(), "status": "running", "sites": json.dumps(sites)}).last_pk


def save_run_site(db: Database, run_id: int, source: str, counts: dict) -> None:
    with write_transaction(db):
        db["crawl_run_sites"].upsert({"run_id": run_id, "source": source, **counts}, pk=("run_id", "source"))


def finish_run(db: Database, run_id: int, status: str, now: str | None = None) -> dict:
    """Close a run: totals from its per-site rows, its status and end time. Returns the row."""
    totals = db.execute(
        "SELECT coalesce(sum(stored),0), coalesce(sum(updated),0), coalesce(sum(unchanged),0),"
        " coalesce(sum(duplicates),0), coalesce(sum(failed),0), coalesce(sum(skipped),0)"
        " FROM crawl_run_sites WHERE run_id = ?", [run_id]).fetchone()
    row = dict(zip(("stored", "updated", "unchanged", "duplicates", "failed", "skipped"), totals))
    with write_transaction(db):
        db["crawl_runs"].update(run_id, {**row, "status": status, "finished_at": now or utc_now()})
    return db["crawl_runs"].get(run_id)

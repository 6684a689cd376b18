"""The SQLite schema, as a set of migrations (each runs once, in a transaction).

README.md's "Schema" section documents every table and column here; a test
checks that the two agree. Add a migration to change the schema; never edit
an applied one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("kenews")


@migrations()
def m001_initial(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            home_url TEXT NOT NULL,
            language TEXT NOT NULL,
            discovery TEXT NOT NULL DEFAULT '[]'
        );

        CREATE TABLE stories (
            id TEXT PRIMARY KEY,
            source TEXT NOT NULL REFERENCES sources(id),
            url TEXT NOT NULL,
            title TEXT NOT NULL,
            lead TEXT NOT NULL DEFAULT '',
            body TEXT NOT NULL,
            authors TEXT NOT NULL DEFAULT '[]',
            published_at TEXT,
            published_day TEXT,
            updated_at TEXT,
            section TEXT NOT NULL DEFAULT '',
            site_tags TEXT NOT NULL DEFAULT '[]',
            image_url TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT 'en',
            paywalled INTEGER NOT NULL DEFAULT 0,
            word_count INTEGER NOT NULL DEFAULT 0,
            content_hash TEXT NOT NULL,
            layout TEXT NOT NULL DEFAULT '',
            extraction TEXT NOT NULL DEFAULT '{}',
            cluster_id TEXT,
            first_seen_at TEXT NOT NULL,
            changed_at TEXT NOT NULL
        );
        CREATE INDEX stories_published_at ON stories(published_at);
        CREATE INDEX stories_source_day ON stories(source, published_day);
        CREATE INDEX stories_content_hash ON stories(content_hash);
        CREATE INDEX stories_cluster_id ON stories(cluster_id);

        CREATE TABLE story_urls (
            url TEXT PRIMARY KEY,
            url_key TEXT NOT NULL,
            story_id TEXT NOT NULL REFERENCES stories(id),
            source TEXT NOT NULL REFERENCES sources(id),
            first_seen_at TEXT NOT NULL,
            last_seen_at TEXT NOT NULL
        );
        CREATE INDEX story_urls_story_id ON story_urls(story_id);
        CREATE INDEX story_urls_url_key ON story_urls(url_key);

        CREATE TABLE tags (
            id TEXT PRIMARY KEY,
            kind TEXT NOT NULL,
            label TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE story_tags (
            story_id TEXT NOT NULL REFERENCES stories(id),
            tag_id TEXT NOT NULL REFERENCES tags(id),
            rank INTEGER NOT NULL DEFAULT 0,
            score REAL NOT NULL DEFAULT 1.0,
            reason TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (story_id, tag_id)
        );
        CREATE INDEX story_tags_tag_id ON story_tags(tag_id);

        CREATE TABLE crawl_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            sites TEXT NOT NULL DEFAULT '[]',
            stored INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE crawl_run_sites (
            run_id INTEGER NOT NULL REFERENCES crawl_runs(id),
            source TEXT NOT NULL REFERENCES sources(id),
            started_at TEXT NOT NULL,
            finished_at TEXT,
            finish_reason TEXT,
            requests INTEGER NOT NULL DEFAULT 0,
            responses INTEGER NOT NULL DEFAULT 0,
            stored INTEGER NOT NULL DEFAULT 0,
            updated INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            duplicates INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0,
            discovery_failed INTEGER NOT NULL DEFAULT 0,
            parsed_by_layout INTEGER NOT NULL DEFAULT 0,
            parsed_by_fallback INTEGER NOT NULL DEFAULT 0,
            missing_title INTEGER NOT NULL DEFAULT 0,
            missing_date INTEGER NOT NULL DEFAULT 0,
            missing_author INTEGER NOT NULL DEFAULT 0,
            missing_body INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (run_id, source)
        );

        CREATE TABLE failures (
            url TEXT PRIMARY KEY,
            source TEXT NOT NULL,
            kind TEXT NOT NULL DEFAULT 'failed',
            reason TEXT NOT NULL,
            first_failed_at TEXT NOT NULL,
            last_failed_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX failures_source_kind ON failures(source, kind);
        """
    )
    db["stories"].enable_fts(["title", "lead", "body"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations()
def m003_conditional_requests(db: Database) -> None:
    # A page's ETag and Last-Modified, so the next crawl can ask "changed since?".
    db.execute("ALTER TABLE story_urls ADD COLUMN etag TEXT NOT NULL DEFAULT ''")
    db.execute("ALTER TABLE story_urls ADD COLUMN last_modified TEXT NOT NULL DEFAULT ''")


@migrations()
def m010_analyst_views(db: Database) -> None:
    # Views for Datasette (`kenews serve`): facets need a story's tags as JSON arrays
    # (`_facet_array`), and a cluster is a GROUP BY nobody should have to retype.
    # A story the clusterer has not seen yet is a cluster of its own.
    db.executescript(
        """
        CREATE VIEW IF NOT EXISTS story_index AS
        SELECT
            stories.rowid AS rowid,
            stories.id,
            stories.published_at,
            stories.published_day,
            stories.source,
            stories.section,
            stories.language,
            stories.title,
            (SELECT tags.label FROM story_tags JOIN tags ON tags.id = story_tags.tag_id
             WHERE story_tags.story_id = stories.id AND tags.kind = 'subject'
             ORDER BY story_tags.rank LIMIT 1) AS primary_subject,
            (SELECT json_group_array(label) FROM (
                SELECT tags.label FROM story_tags JOIN tags ON tags.id = story_tags.tag_id
                WHERE story_tags.story_id = stories.id AND tags.kind = 'subject' ORDER BY story_tags.rank)) AS subjects,
            (SELECT json_group_array(label) FROM (
                SELECT tags.label FROM story_tags JOIN tags ON tags.id = story_tags.tag_id
                WHERE story_tags.story_id = stories.id AND tags.kind = 'county' ORDER BY story_tags.rank)) AS counties,
            (SELECT json_group_array(label) FROM (
                SELECT tags.label FROM story_tags JOIN tags ON tags.id = story_tags.tag_id
                WHERE story_tags.story_id = stories.id AND tags.kind = 'organisation' ORDER BY story_tags.rank)) AS organisations,
            (SELECT json_group_array(label) FROM (
                SELECT tags.label FROM story_tags JOIN tags ON tags.id = story_tags.tag_id
                WHERE story_tags.story_id = stories.id AND tags.kind = 'person' ORDER BY story_tags.rank)) AS people,
            (SELECT json_group_array(source) FROM (
                SELECT DISTINCT story_urls.source FROM story_urls
                WHERE story_urls.story_id = stories.id ORDER BY story_urls.source)) AS outlets,
            coalesce(stories.cluster_id, stories.id) AS cluster_id,
            stories.word_count,
            stories.paywalled,
            stories.url
        FROM stories;

        CREATE VIEW IF NOT EXISTS clusters AS
        SELECT
            cluster_id,
            max(CASE WHEN position = 1 THEN title END) AS title,
            count(DISTINCT story_id) AS stories,
            count(DISTINCT outlet) AS outlet_count,
            json_group_array(DISTINCT outlet) AS outlets,
            count(DISTINCT url) AS urls,
            min(published_at) AS first_published,
            max(published_at) AS last_published
        FROM (
            SELECT members.*, story_urls.source AS outlet, story_urls.url
            FROM (
                SELECT coalesce(cluster_id, id) AS cluster_id, id AS story_id, title, published_at,
                       row_number() OVER (PARTITION BY coalesce(cluster_id, id) ORDER BY published_at, id) AS position
                FROM stories
            ) AS members
            JOIN story_urls ON story_urls.story_id = members.story_id
            ORDER BY members.cluster_id, story_urls.source
        )
        GROUP BY cluster_id;
        """
    )


def ensure_schema(db: Database) -> None:
    migrations.apply(db)


def open_db(path: str, read_only: bool = False) -> Database:
    """Open (creating and migrating when needed) the database at `path`.

    WAL lets Datasette and other readers query while a crawl writes; the busy
    timeout makes a second writer wait instead of failing at once.
    """
    import sqlite3

    if read_only:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
        return Database(conn)
    db = Database(sqlite3.connect(path, timeout=30))
    db.execute("PRAGMA busy_timeout = 30000")
    db.enable_wal()
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db

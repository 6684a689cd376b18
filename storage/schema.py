"""The SQLite schema, as a set of migrations (each runs once, in a transaction).

README.md's "Schema" section documents every table and column here; a test
checks that the two agree. Add a migration to change the schema; never edit
an applied one.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from storage.writes import write_transaction

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


@migrations()
def m002_change_log_and_versions(db: Database) -> None:
    # Exports read what changed from `changes`, never from timestamps: a clock can
    # repeat or go back, a sequence cannot. Triggers write it (and keep the earlier
    # versions of a story's text), so every path that writes stories feeds it. Tags
    # are the exception: a retag replaces rows one by one, so `save_story_tags`
    # logs it once instead of a trigger logging every row.
    db.executescript(
        """
        -- No AUTOINCREMENT needed: rows are never deleted, so a seq is never reused.
        CREATE TABLE changes (
            seq INTEGER PRIMARY KEY,
            story_id TEXT NOT NULL,
            kind TEXT NOT NULL,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
        );
        CREATE TRIGGER changes_no_update BEFORE UPDATE ON changes
        BEGIN SELECT RAISE(ABORT, 'changes is append-only'); END;
        CREATE TRIGGER changes_no_delete BEFORE DELETE ON changes
        BEGIN SELECT RAISE(ABORT, 'changes is append-only'); END;

        CREATE TABLE story_versions (
            story_id TEXT NOT NULL REFERENCES stories(id),
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            lead TEXT NOT NULL,
            body TEXT NOT NULL,
            authors TEXT NOT NULL,
            published_at TEXT,
            updated_at TEXT,
            word_count INTEGER NOT NULL,
            content_hash TEXT NOT NULL,
            stored_at TEXT NOT NULL,
            replaced_at TEXT NOT NULL,
            PRIMARY KEY (story_id, version)
        );

        CREATE TRIGGER stories_log_new AFTER INSERT ON stories
        BEGIN INSERT INTO changes (story_id, kind) VALUES (NEW.id, 'new'); END;

        -- Only columns an export shows: a new cluster_id or extraction record is not news to a reader.
        CREATE TRIGGER stories_log_update AFTER UPDATE ON stories
        WHEN OLD.url IS NOT NEW.url OR OLD.source IS NOT NEW.source OR OLD.title IS NOT NEW.title
          OR OLD.lead IS NOT NEW.lead OR OLD.body IS NOT NEW.body OR OLD.authors IS NOT NEW.authors
          OR OLD.published_at IS NOT NEW.published_at OR OLD.updated_at IS NOT NEW.updated_at
          OR OLD.section IS NOT NEW.section OR OLD.site_tags IS NOT NEW.site_tags
          OR OLD.image_url IS NOT NEW.image_url OR OLD.language IS NOT NEW.language
          OR OLD.paywalled IS NOT NEW.paywalled
        BEGIN INSERT INTO changes (story_id, kind) VALUES (NEW.id, 'updated'); END;

        CREATE TRIGGER stories_keep_version AFTER UPDATE OF title, lead, body ON stories
        WHEN OLD.title IS NOT NEW.title OR OLD.lead IS NOT NEW.lead OR OLD.body IS NOT NEW.body
        BEGIN
            INSERT INTO story_versions (story_id, version, title, lead, body, authors, published_at, updated_at,
                                        word_count, content_hash, stored_at, replaced_at)
            VALUES (OLD.id, (SELECT count(*) + 1 FROM story_versions WHERE story_id = OLD.id),
                    OLD.title, OLD.lead, OLD.body, OLD.authors, OLD.published_at, OLD.updated_at,
                    OLD.word_count, OLD.content_hash, OLD.changed_at, NEW.changed_at);
        END;

        -- A page whose canonical form the story did not have yet: another outlet's copy, or a
        -- new address. Variants of a known page (?utm_source, AMP) add no row, and neither does
        -- a story's first address.
        CREATE TRIGGER story_urls_log_merge AFTER INSERT ON story_urls
        WHEN NOT EXISTS (SELECT 1 FROM story_urls WHERE story_id = NEW.story_id AND url_key = NEW.url_key
                         AND url != NEW.url)
         AND EXISTS (SELECT 1 FROM story_urls WHERE story_id = NEW.story_id AND url_key != NEW.url_key)
        BEGIN INSERT INTO changes (story_id, kind) VALUES (NEW.story_id, 'merged'); END;

        -- Stories stored before the log existed count as new, in the order they were first seen.
        INSERT INTO changes (story_id, kind, at)
        SELECT id, 'new', first_seen_at FROM stories ORDER BY first_seen_at, rowid;
        """
    )


@migrations()
def m011_analyst_indexes(db: Database) -> None:
    # The canned queries of `kenews serve` at 1M stories. A stories row holds the whole body
    # before published_at, so reading a story's date from its row reads its body: a tag's
    # newest stories come instead from story_tags, which keeps its story's published_at (two
    # triggers keep it in step), and whether a story was seen on another outlet from an index
    # on story_urls alone. Each new index replaces the one on its first column.
    db.executescript(
        """
        ALTER TABLE story_tags ADD COLUMN published_at TEXT;
        UPDATE story_tags SET published_at = (SELECT published_at FROM stories WHERE id = story_tags.story_id);
        DROP INDEX story_tags_tag_id;
        CREATE INDEX story_tags_tag_published ON story_tags(tag_id, published_at);

        CREATE TRIGGER story_tags_published_at AFTER INSERT ON story_tags
        BEGIN
            UPDATE story_tags SET published_at = (SELECT published_at FROM stories WHERE id = NEW.story_id)
            WHERE rowid = NEW.rowid;
        END;

        CREATE TRIGGER stories_published_at_to_tags AFTER UPDATE OF published_at ON stories
        WHEN OLD.published_at IS NOT NEW.published_at
        BEGIN UPDATE story_tags SET published_at = NEW.published_at WHERE story_id = NEW.id; END;

        DROP INDEX story_urls_story_id;
        CREATE INDEX story_urls_story_source ON story_urls(story_id, source);
        """
    )


def ensure_schema(db: Database) -> None:
    """Apply the migrations not yet applied.

    Two processes can open a new database at once (`scrapy crawl` forks its writer while
    the crawl records its run). Each would see every migration pending and the second
    would fail re-recording the first's. So they are applied under the write lock, taken
    first (BEGIN IMMEDIATE): the process that waited for it finds nothing left to do."""
    if not migrations.pending(db):
        return
    with write_transaction(db):
        migrations.apply(db)  # each migration a savepoint inside this transaction


def enable_wal(db: Database, timeout: float = 30.0) -> None:
    """Switch the database to WAL, waiting while another connection is in the way.

    A new file starts in rollback-journal mode, and the switch needs the file to
    itself: when two processes create the database at once, SQLite reports "database
    is locked" straight away instead of waiting out the busy timeout."""
    import sqlite3
    import time

    deadline = time.monotonic() + timeout
    while True:
        try:
            db.enable_wal()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


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
    enable_wal(db)
    db.execute("PRAGMA synchronous = NORMAL")
    db.execute("PRAGMA foreign_keys = ON")
    ensure_schema(db)
    return db

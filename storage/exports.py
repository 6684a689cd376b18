"""Exports: stories as JSON Lines, CSV, Atom, RSS or JSON Feed, whole or only what changed since a cursor.

A cursor is the `seq` of the last `changes` row an export covered. `export(...,
since=CURSOR)` writes every story with a change logged after CURSOR, once, in
its current state, and returns the new cursor; a consumer that passes each
cursor to its next export sees every change exactly once. Text is stored plain:
it is escaped for each format and never passed through as markup.
"""

from __future__ import annotations

import csv
import html
import json
import re
from datetime import datetime, timezone
from email.utils import format_datetime
from xml.sax.saxutils import XMLGenerator

from sqlite_utils import Database

from aggregator.urls import canonical_url

FORMATS = ("jsonl", "csv", "atom", "rss", "jsonfeed")
# Feed readers expect the newest entry first; JSON Lines and CSV read like the log, oldest first.
NEWEST_FIRST = {"atom", "rss", "jsonfeed"}
HOME_URL = "https://github.com/kenews/kenews"
ATOM_NS = "http://www.w3.org/2005/Atom"
KENEWS_NS = "urn:kenews"
BATCH = 500
# Excel shows at most this many characters in a cell and breaks the row on longer ones.
SPREADSHEET_CELL_LIMIT = 32767
CSV_COLUMNS = (
    "id", "url", "urls", "source", "title", "lead", "body", "authors", "published_at", "updated_at", "section",
    "site_tags", "image_url", "language", "paywalled", "word_count", "tags", "tag_ids", "first_seen_at",
    "changed_at", "version", "change", "change_at",
)
# Characters XML 1.0 cannot carry at all (control characters survive in some crawled text).
NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def export(db: Database, format: str, out, since=None, source: str | None = None, tag: str | None = None,
           progress=None) -> str:
    """Write the stories changed after `since` (all when None) to the text stream `out`; returns the new cursor.

    `source` keeps stories seen on that site (any of their URLs), `tag` those
    with that tag id. `progress(stories, total)`, when given, wraps the stream
    of stories (the CLI draws a progress bar with it).
    """
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")
    # One read transaction: the cursor and the stories come from the same snapshot.
    with db.atomic():
        cursor = db.execute("SELECT coalesce(max(seq), 0) FROM changes").fetchone()[0]
        after = _cursor_value(since, cursor)
        feed = _feed(db, source, tag, cursor)
        changed = changed_stories(db, after, cursor, source, tag, newest_first=format in NEWEST_FIRST)
        feed["updated"] = utc_time(max((row["at"] for row in changed), default=None)) or _now()
        stories = story_records(db, changed)
        if progress:
            stories = progress(stories, len(changed))
        WRITERS[format](out, stories, feed)
    return str(cursor)


def _cursor_value(since, cursor: int) -> int:
    if since is None:
        return 0
    try:
        value = int(since)
    except ValueError:
        raise ValueError(f"cursor {since!r} is not a number: pass the cursor an earlier export printed") from None
    if value < 0:
        raise ValueError(f"cursor {since!r} is negative")
    if value > cursor:
        # Only another (or a rebuilt) database's log can be behind it: its changes are not this one's.
        raise ValueError(f"cursor {value} is ahead of this database's change log (latest {cursor}); "
                         "was it printed by an export of another database?")
    return value


def _feed(db: Database, source: str | None, tag: str | None, cursor: int) -> dict:
    """What a feed says about itself: id, title, home page, cursor."""
    feed = {"id": "urn:kenews:feed", "title": "kenews", "home_url": HOME_URL, "cursor": str(cursor),
            "description": "Kenyan news stories, deduplicated and tagged by kenews"}
    if source:
        row = db.execute("SELECT name, home_url FROM sources WHERE id = ?", [source]).fetchone()
        if row is None:
            raise ValueError(f"unknown source {source!r}; see `kenews sites`")
        feed.update(id=f"{feed['id']}:source:{source}", title=f"{feed['title']}: {row[0]}", home_url=row[1])
    if tag:
        row = db.execute("SELECT label FROM tags WHERE id = ?", [tag]).fetchone()
        feed.update(id=f"{feed['id']}:tag:{tag}", title=f"{feed['title']}: {row[0] if row else tag}")
    return feed


def changed_stories(db: Database, after: int, cursor: int, source: str | None = None, tag: str | None = None,
                    newest_first: bool = False) -> list[dict]:
    """Each story with a change in (after, cursor]: its latest change's seq and time, and what changed.

    What changed is the weightiest kind in the window (new, updated, merged,
    then retagged): a story made and then corrected between two polls is new
    to whoever reads them.
    """
    # SQLite has one writer at a time, so seqs become visible in order: a row
    # committed later can never land at or below a cursor already handed out.
    # (Bare columns beside max()/min() come from the row that has the max or min.)
    return list(db.query(
        f"""
        WITH recent AS (SELECT * FROM changes WHERE seq > :after AND seq <= :cursor),
        latest AS (SELECT story_id, max(seq) AS seq, at FROM recent GROUP BY story_id),
        weightiest AS (
            SELECT story_id, kind,
                   min(CASE kind WHEN 'new' THEN 0 WHEN 'updated' THEN 1 WHEN 'merged' THEN 2 ELSE 3 END)
            FROM recent GROUP BY story_id
        )
        SELECT latest.story_id, latest.seq, latest.at, weightiest.kind
        FROM latest JOIN weightiest USING (story_id) JOIN stories ON stories.id = latest.story_id
        WHERE (:source IS NULL OR EXISTS (
                SELECT 1 FROM story_urls WHERE story_urls.story_id = stories.id AND story_urls.source = :source))
          AND (:tag IS NULL OR EXISTS (
                SELECT 1 FROM story_tags WHERE story_tags.story_id = stories.id AND story_tags.tag_id = :tag))
        ORDER BY latest.seq {"DESC" if newest_first else "ASC"}
        """, {"after": after, "cursor": cursor, "source": source, "tag": tag}))


def story_records(db: Database, changed: list[dict]):
    """Yield one plain dict per changed story, the shape every format is written from, in batches."""
    for start in range(0, len(changed), BATCH):
        batch = changed[start:start + BATCH]
        ids = [row["story_id"] for row in batch]
        marks = ", ".join("?" for _ in ids)
        stories = {row["id"]: row for row in db.query(f"SELECT * FROM stories WHERE id IN ({marks})", ids)}
        urls, tags, versions = {}, {}, {}
        for row in db.query(f"SELECT story_id, url, url_key FROM story_urls WHERE story_id IN ({marks})"
                            " ORDER BY first_seen_at, url", ids):
            urls.setdefault(row["story_id"], []).append(row)
        for row in db.query(f"SELECT story_tags.story_id, tags.id, tags.kind, tags.label FROM story_tags"
                            f" JOIN tags ON tags.id = story_tags.tag_id WHERE story_id IN ({marks})"
                            " ORDER BY story_tags.rank", ids):
            tags.setdefault(row["story_id"], []).append({"code": row["id"], "kind": row["kind"], "label": row["label"]})
        for row in db.query(f"SELECT story_id, count(*) AS n FROM story_versions WHERE story_id IN ({marks})"
                            " GROUP BY story_id", ids):
            versions[row["story_id"]] = row["n"]
        for change in batch:
            story_id = change["story_id"]
            yield _record(stories[story_id], urls.get(story_id, []), tags.get(story_id, []),
                          versions.get(story_id, 0) + 1, change)


def _record(story: dict, url_rows: list[dict], tags: list[dict], version: int, change: dict) -> dict:
    """Field names are `kenews import`'s (url, title, body, source, published_at, …), so a line imports as it is."""
    return {
        "id": story["id"],
        "url": story["url"],
        "urls": _distinct_pages(story["url"], url_rows),
        "source": story["source"],
        "title": story["title"],
        "lead": story["lead"],
        "body": story["body"],
        "authors": json.loads(story["authors"]),
        "published_at": utc_time(story["published_at"]),
        "updated_at": utc_time(story["updated_at"]),
        "section": story["section"],
        "site_tags": json.loads(story["site_tags"]),
        "image_url": story["image_url"],
        "language": story["language"],
        "paywalled": bool(story["paywalled"]),
        "word_count": story["word_count"],
        "tags": tags,
        "first_seen_at": utc_time(story["first_seen_at"]),
        "changed_at": utc_time(story["changed_at"]),
        "version": version,
        "change": change["kind"],
        "change_at": utc_time(change["at"]),
    }


def _distinct_pages(story_url: str, url_rows: list[dict]) -> list[str]:
    """One URL per page: the story's own first, then each other page as first seen; tracking and AMP variants drop out."""
    own_key = next((row["url_key"] for row in url_rows if row["url"] == story_url), None)
    pages = {own_key or canonical_url(story_url): story_url}
    for row in url_rows:
        pages.setdefault(row["url_key"], row["url"])
    return list(pages.values())


def utc_time(value: str | None) -> str | None:
    """A stored time as RFC 3339 UTC with its zone (`2026-04-01T06:00:00Z`); None when absent or unreadable."""
    when = _datetime(value)
    return when.strftime("%Y-%m-%dT%H:%M:%SZ") if when else None


def _datetime(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    # Stored times are UTC; one without a zone is read as such.
    return when.replace(tzinfo=timezone.utc) if when.tzinfo is None else when.astimezone(timezone.utc)


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def body_html(body: str) -> str:
    """Plain text as HTML: each paragraph escaped and wrapped in <p>; nothing in the text becomes markup."""
    paragraphs = [p.strip() for p in body.split("\n\n") if p.strip()]
    return "\n".join("<p>" + html.escape(p, quote=False).replace("\n", "<br>") + "</p>" for p in paragraphs)


def json_text(value) -> str:
    # "<" and ">" as \u escapes: the same JSON, but it cannot close a <script> it is pasted into.
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e")


def write_jsonl(out, stories, feed: dict) -> None:
    """One JSON object per line; the cursor goes to the caller, not into the stream (a footer line would break readers)."""
    for story in stories:
        out.write(json_text(story) + "\n")


def write_csv(out, stories, feed: dict) -> None:
    """One row per story, UTF-8 with a byte-order mark so spreadsheets read it as UTF-8. Open `out` with newline=""."""
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for story in stories:
        row = {**story, "urls": " ".join(story["urls"]), "authors": "; ".join(story["authors"]),
               "site_tags": "; ".join(story["site_tags"]), "tags": "; ".join(t["label"] for t in story["tags"]),
               "tag_ids": " ".join(t["code"] for t in story["tags"]), "paywalled": int(story["paywalled"])}
        writer.writerow([spreadsheet_cell(row[column]) for column in CSV_COLUMNS])


def spreadsheet_cell(value):
    """Text a spreadsheet shows as it is: never run as a formula, never cut mid-row."""
    if not isinstance(value, str):
        return "" if value is None else value
    # A cell starting with = + - @ is a formula to Excel and LibreOffice (and a way to run one).
    if value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        value = "'" + value
    if len(value) > SPREADSHEET_CELL_LIMIT:
        value = value[:SPREADSHEET_CELL_LIMIT - 1] + "…"
    return value


def xml_text(value: str) -> str:
    return NOT_XML.sub("", value)


def _element(xml: XMLGenerator, name: str, text: str | None = None, attrs: dict | None = None) -> None:
    xml.startElement(name, attrs or {})
    if text:
        xml.characters(xml_text(text))
    xml.endElement(name)
    xml.ignorableWhitespace("\n")


def _atom_author(xml: XMLGenerator, name: str) -> None:
    xml.startElement("author", {})
    _element(xml, "name", name)
    xml.endElement("author")
    xml.ignorableWhitespace("\n")


def write_atom(out, stories, feed: dict) -> None:
    """Atom 1.0: titles and summaries as text, the body as escaped HTML, every page as a link, tags as categories."""
    xml = XMLGenerator(out, "utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement("feed", {"xmlns": ATOM_NS, "xmlns:kenews": KENEWS_NS})
    xml.ignorableWhitespace("\n")
    _element(xml, "id", feed["id"])
    _element(xml, "title", feed["title"], {"type": "text"})
    _element(xml, "subtitle", feed["description"], {"type": "text"})
    _element(xml, "updated", feed["updated"])
    _element(xml, "link", attrs={"rel": "alternate", "href": feed["home_url"]})
    _atom_author(xml, "kenews")
    _element(xml, "generator", "kenews", {"uri": HOME_URL})
    _element(xml, "kenews:cursor", feed["cursor"])
    for story in stories:
        xml.startElement("entry", {})
        xml.ignorableWhitespace("\n")
        _element(xml, "id", f"urn:kenews:{story['id']}")
        _element(xml, "title", story["title"], {"type": "text"})
        _element(xml, "updated", story["change_at"])
        if story["published_at"]:
            _element(xml, "published", story["published_at"])
        for url in story["urls"]:
            _element(xml, "link", attrs={"rel": "alternate" if url == story["url"] else "related", "href": url})
        for name in story["authors"]:
            _atom_author(xml, name)
        for tag in story["tags"]:
            _element(xml, "category", attrs={"term": tag["code"], "label": tag["label"],
                                             "scheme": f"urn:kenews:{tag['kind']}"})
        if story["lead"]:
            _element(xml, "summary", story["lead"], {"type": "text"})
        _element(xml, "content", body_html(story["body"]), {"type": "html"})
        xml.endElement("entry")
        xml.ignorableWhitespace("\n")
    xml.endElement("feed")
    xml.endDocument()
    out.write("\n")


def rss_text(value: str) -> str:
    """RSS never said whether a title is text or HTML, and readers guess (feedparser: HTML when it looks like it).
    Text with a "<" goes out HTML-escaped, so readers of either kind show it and none runs it."""
    return html.escape(value, quote=False) if "<" in value else value


def rss_time(value: str) -> str:
    return format_datetime(_datetime(value), usegmt=True)


def write_rss(out, stories, feed: dict) -> None:
    """RSS 2.0: the title as text, the description as escaped HTML, authors as dc:creator, tags as categories."""
    xml = XMLGenerator(out, "utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement("rss", {"version": "2.0", "xmlns:dc": "http://purl.org/dc/elements/1.1/",
                             "xmlns:atom": ATOM_NS, "xmlns:kenews": KENEWS_NS})
    xml.startElement("channel", {})
    xml.ignorableWhitespace("\n")
    _element(xml, "title", feed["title"])
    _element(xml, "link", feed["home_url"])
    _element(xml, "description", feed["description"])
    _element(xml, "lastBuildDate", rss_time(feed["updated"]))
    _element(xml, "generator", "kenews")
    _element(xml, "kenews:cursor", feed["cursor"])
    for story in stories:
        xml.startElement("item", {})
        xml.ignorableWhitespace("\n")
        _element(xml, "title", rss_text(story["title"]))
        _element(xml, "link", story["url"])
        _element(xml, "guid", story["id"], {"isPermaLink": "false"})
        if story["published_at"]:
            _element(xml, "pubDate", rss_time(story["published_at"]))
        for name in story["authors"]:
            _element(xml, "dc:creator", rss_text(name))
        for tag in story["tags"]:
            _element(xml, "category", rss_text(tag["label"]), {"domain": f"urn:kenews:{tag['kind']}"})
        lead = f"<p>{html.escape(story['lead'], quote=False)}</p>\n" if story["lead"] else ""
        _element(xml, "description", lead + body_html(story["body"]))
        xml.endElement("item")
        xml.ignorableWhitespace("\n")
    xml.endElement("channel")
    xml.endElement("rss")
    xml.endDocument()
    out.write("\n")


def jsonfeed_item(story: dict) -> dict:
    item = {"id": story["id"], "url": story["url"], "title": story["title"],
            "content_html": body_html(story["body"]), "content_text": story["body"]}
    if story["lead"]:
        item["summary"] = story["lead"]
    if story["image_url"]:
        item["image"] = story["image_url"]
    if story["published_at"]:
        item["date_published"] = story["published_at"]
    item["date_modified"] = story["change_at"]
    if story["authors"]:
        item["authors"] = [{"name": name} for name in story["authors"]]
    if story["tags"]:
        item["tags"] = [tag["label"] for tag in story["tags"]]
    item["language"] = story["language"]
    # JSON Feed's own fields cannot say these; "_" names are its extension mechanism.
    item["_kenews"] = {key: story[key] for key in (
        "source", "urls", "tags", "section", "site_tags", "paywalled", "version", "change", "first_seen_at",
        "changed_at")}
    return item


def write_jsonfeed(out, stories, feed: dict) -> None:
    """JSON Feed 1.1, written item by item so a large export is never held in memory whole."""
    head = {"version": "https://jsonfeed.org/version/1.1", "title": feed["title"], "home_page_url": feed["home_url"],
            "description": feed["description"], "_kenews": {"cursor": feed["cursor"]}}
    out.write(json_text(head)[:-1] + ', "items": [')
    for position, story in enumerate(stories):
        out.write(("," if position else "") + "\n" + json_text(jsonfeed_item(story)))
    out.write("\n]}\n")


WRITERS = {"jsonl": write_jsonl, "csv": write_csv, "atom": write_atom, "rss": write_rss, "jsonfeed": write_jsonfeed}

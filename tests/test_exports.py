"""Exports on real database files: every format read back by a real parser, cursors, versions, escaping.

The stories are invented; `hostile` carries what crawled text must never smuggle
into a feed (script, event handlers, control characters) and what a
spreadsheet must survive (commas, quotes, newlines, a leading "=").
"""

from __future__ import annotations

import csv
import io
import json
import os
import pty
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

import feedparser
import jsonschema
import pytest
import sqlite_utils
from click.testing import CliRunner

from aggregator.cli import cli
from storage.exports import FORMATS, export
from storage.schema import migrations, open_db
from storage.writes import save_story, save_story_tags
from tests.conftest import REPO, run_kenews

ATOM = "{http://www.w3.org/2005/Atom}"

# JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a JSON Schema, written from the spec:
# required keys, types, "at least one of content_html/content_text", and "_" extensions only.
EXTENSIONS = {"^_[a-zA-Z]": {"type": "object"}}
AUTHOR = {"type": "object", "minProperties": 1, "additionalProperties": False, "patternProperties": EXTENSIONS,
          "properties": {"name": {"type": "string"}, "url": {"type": "string"}, "avatar": {"type": "string"}}}
ITEM = {
    "type": "object", "required": ["id"], "additionalProperties": False, "patternProperties": EXTENSIONS,
    "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
    "properties": {
        "id": {"type": "string"}, "url": {"type": "string"}, "external_url": {"type": "string"},
        "title": {"type": "string"}, "content_html": {"type": "string"}, "content_text": {"type": "string"},
        "summary": {"type": "string"}, "image": {"type": "string"}, "banner_image": {"type": "string"},
        "date_published": {"type": "string", "format": "date-time"},
        "date_modified": {"type": "string", "format": "date-time"},
        "authors": {"type": "array", "items": AUTHOR}, "tags": {"type": "array", "items": {"type": "string"}},
        "language": {"type": "string"},
        "attachments": {"type": "array", "items": {
            "type": "object", "required": ["url", "mime_type"],
            "properties": {"url": {"type": "string"}, "mime_type": {"type": "string"}, "title": {"type": "string"},
                           "size_in_bytes": {"type": "number"}, "duration_in_seconds": {"type": "number"}}}},
    },
}
JSON_FEED_1_1 = {
    "type": "object", "required": ["version", "title", "items"], "additionalProperties": False,
    "patternProperties": EXTENSIONS,
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"}, "title": {"type": "string"},
        "home_page_url": {"type": "string"}, "feed_url": {"type": "string"}, "description": {"type": "string"},
        "user_comment": {"type": "string"}, "next_url": {"type": "string"}, "icon": {"type": "string"},
        "favicon": {"type": "string"}, "authors": {"type": "array", "items": AUTHOR}, "language": {"type": "string"},
        "expired": {"type": "boolean"},
        "hubs": {"type": "array", "items": {"type": "object", "required": ["type", "url"]}},
        "items": {"type": "array", "items": ITEM},
    },
}
JSON_FEED_VALIDATOR = jsonschema.Draft202012Validator(
    JSON_FEED_1_1, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)

GARISSA = "ke-county:007"
KISUMU = {"code": "ke-county:042", "kind": "county", "label": "Kisumu", "reason": "text", "score": 1.0}
TRANSPORT = {"code": "medtop:20000816", "kind": "subject", "label": "transport", "reason": "section", "score": 0.8}
NAKURU = {"code": "ke-county:032", "kind": "county", "label": "Nakuru", "reason": "text", "score": 1.0}


def article(**changes) -> dict:
    base = {
        "url": "https://www.tuko.co.ke/kenya/601001-kisumu-ferry-resumes-mbita-crossings/?utm_source=rss",
        "canonical_url": "https://www.tuko.co.ke/kenya/601001-kisumu-ferry-resumes-mbita-crossings/",
        "source": "tuko", "title": "Kisumu ferry resumes Mbita crossings after repairs",
        "lead": "The vessel was out of service for three weeks.",
        "body": "The ferry linking Kisumu and Mbita is back on the lake after repairs to its engine.\n\n"
                "Traders at Kisumu pier said prices of fish had gone up while it was away.",
        "authors": ["Akinyi Otieno"], "published_at": "2026-04-02T05:30:00Z", "updated_at": None,
        "section": "Kenya", "site_tags": ["Transport"], "image_url": "https://cdn.tuko.co.ke/images/ferry.jpg",
        "language": "en", "paywalled": False, "word_count": 28, "content_hash": "ferry1", "layout": "2026",
        "extraction": {"title": "ld"}, "crawled_at": "2026-04-02T06:00:00Z", "story_id": "",
        "tags": [KISUMU, TRANSPORT],
    }
    return {**base, **changes}


def hostile(**changes) -> dict:
    return article(**{
        "url": "https://www.standardmedia.co.ke/nakuru/article/2001500001/mcas-reject-budget",
        "canonical_url": "", "source": "standard",
        "title": '=SUM(1) Nakuru MCAs reject "Sh1.2bn, no questions" budget <b onmouseover=alert(2)>again</b>',
        "lead": "Ward reps, clerks & the public\nwalked out.",
        "body": 'Members said the plan "had no line, no figure, no answer".\n\n'
                'One shouted <script>alert("b")</script> and <img src=x onerror=alert(1)> at the\x0b clerk.\n\n'
                "The assembly will sit again on Tuesday, they said; the speaker agreed.",
        "authors": ["Wanjiru Kamau", "Otieno, Paul"], "published_at": "2026-04-02T09:00:00+03:00",
        "section": "Counties", "site_tags": ["Budget", "Nakuru"], "image_url": "", "content_hash": "budget1",
        "tags": [NAKURU], **changes})


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    database["sources"].insert_all([
        {"id": "tuko", "name": "Tuko", "home_url": "https://www.tuko.co.ke/", "language": "en"},
        {"id": "standard", "name": "The Standard", "home_url": "https://www.standardmedia.co.ke/", "language": "en"},
        {"id": "star", "name": "The Star", "home_url": "https://www.the-star.co.ke/", "language": "en"},
    ])
    yield database
    database.close()


def exported(db, format: str, **options) -> tuple[str, str]:
    out = io.StringIO(newline="")
    cursor = export(db, format, out, **options)
    return out.getvalue(), cursor


def jsonl_stories(db, **options) -> tuple[list[dict], str]:
    text, cursor = exported(db, "jsonl", **options)
    return [json.loads(line) for line in text.splitlines()], cursor


def csv_rows(text: str) -> list[dict]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:], newline="")))


def parsed_ids(format: str, text: str) -> list[str]:
    """The story ids a real reader of each format finds."""
    if format == "jsonl":
        return [json.loads(line)["id"] for line in text.splitlines()]
    if format == "csv":
        return [row["id"] for row in csv_rows(text)]
    if format in ("atom", "rss"):
        ET.fromstring(text.encode("utf-8"))  # expat: strict XML 1.0, no control characters
        feed = feedparser.parse(text)
        assert feed.bozo == 0, feed.get("bozo_exception")
        assert feed.version == ("atom10" if format == "atom" else "rss20")
        return [entry.id.removeprefix("urn:kenews:") for entry in feed.entries]
    feed = json.loads(text)
    JSON_FEED_VALIDATOR.validate(feed)
    return [item["id"] for item in feed["items"]]


@pytest.mark.parametrize("format", FORMATS)
def test_every_format_reads_back_with_the_same_story_ids(db, format):
    save_story(db, article())
    save_story(db, hostile())
    ids = {row["id"] for row in db["stories"].rows}
    text, cursor = exported(db, format)
    assert sorted(parsed_ids(format, text)) == sorted(ids)
    assert cursor == str(db.execute("SELECT max(seq) FROM changes").fetchone()[0])


def test_the_json_feed_schema_checks_times():
    # The date-time checks need rfc3339-validator; without it they would pass anything.
    assert not JSON_FEED_VALIDATOR.is_valid(
        {"version": "https://jsonfeed.org/version/1.1", "title": "t",
         "items": [{"id": "a", "content_text": "b", "date_published": "2 April 2026"}]})


def test_jsonl_lines_carry_tags_every_page_and_zoned_times(db):
    save_story(db, article())
    copy = article(url="https://www.the-star.co.ke/counties/2026-04-02-ferry-back-on-lake/", canonical_url="",
                   source="star", story_id=new_id(db), content_hash="ferry-star")
    save_story(db, copy)
    [story], _ = jsonl_stories(db)
    assert story["urls"] == [  # one per page: the ?utm_source variant is the same page
        "https://www.tuko.co.ke/kenya/601001-kisumu-ferry-resumes-mbita-crossings/",
        "https://www.the-star.co.ke/counties/2026-04-02-ferry-back-on-lake/"]
    assert [t["code"] for t in story["tags"]] == ["ke-county:042", "medtop:20000816"]
    assert story["tags"][0] == {"code": "ke-county:042", "kind": "county", "label": "Kisumu"}
    assert story["published_at"] == "2026-04-02T05:30:00Z" and story["first_seen_at"] == "2026-04-02T06:00:00Z"
    assert story["change_at"].endswith("Z")
    # What `kenews import` reads, at the top level of the line.
    assert story["url"] == "https://www.tuko.co.ke/kenya/601001-kisumu-ferry-resumes-mbita-crossings/"
    assert (story["title"], story["source"], story["authors"]) == (
        "Kisumu ferry resumes Mbita crossings after repairs", "tuko", ["Akinyi Otieno"])
    assert story["body"].startswith("The ferry linking Kisumu") and story["paywalled"] is False


def new_id(db) -> str:
    return next(db["stories"].rows)["id"]


def test_a_time_with_another_zone_is_exported_in_utc(db):
    save_story(db, hostile())
    [story], _ = jsonl_stories(db)
    assert story["published_at"] == "2026-04-02T06:00:00Z"


def test_csv_is_one_row_per_story_and_survives_commas_quotes_and_newlines(db, tmp_path):
    save_story(db, article())
    save_story(db, hostile())
    path = tmp_path / "stories.csv"
    with open(path, "w", encoding="utf-8", newline="") as out:
        export(db, "csv", out)
    with open(path, encoding="utf-8-sig", newline="") as handle:
        rows = {row["source"]: row for row in csv.DictReader(handle)}
    assert len(rows) == 2
    row = rows["standard"]
    stored = next(db["stories"].rows_where("source = 'standard'"))
    assert row["body"] == stored["body"] and row["lead"] == stored["lead"]
    assert row["title"] == "'" + stored["title"]  # a leading "=" would be a formula
    assert row["authors"] == "Wanjiru Kamau; Otieno, Paul"
    assert rows["tuko"]["tags"] == "Kisumu; transport"
    assert rows["tuko"]["tag_ids"] == "ke-county:042 medtop:20000816"
    assert path.read_bytes().count(b"\r\n") == 3  # the header and two rows end in CRLF; text newlines stay \n


def test_csv_cuts_a_cell_to_what_a_spreadsheet_holds_and_jsonl_keeps_it_whole(db):
    long_body = "\n\n".join(f"Paragraph {n} of the Auditor-General's report on county spending." for n in range(600))
    save_story(db, article(body=long_body))
    [row] = csv_rows(exported(db, "csv")[0])
    assert len(row["body"]) == 32767 and row["body"].endswith("…")
    [story], _ = jsonl_stories(db)
    assert story["body"] == long_body


def rendered_html(format: str, text: str) -> list[str]:
    """The HTML strings a reader of each feed would render: where active markup could hide."""
    if format == "jsonfeed":
        return [item["content_html"] for item in json.loads(text)["items"]]
    feed = feedparser.parse(text, sanitize_html=False)  # see what was sent, not what feedparser cleans up
    strings = []
    for entry in feed.entries:
        details = [entry.title_detail, *(entry.get("content") or []), entry.get("summary_detail")]
        strings += [detail.value for detail in details if detail and detail.type == "text/html"]
    return strings


@pytest.mark.parametrize("format", ["atom", "rss", "jsonfeed"])
def test_markup_in_crawled_text_is_escaped_text_in_feeds(db, format):
    save_story(db, hostile())
    text, _ = exported(db, format)
    assert not re.search("<(script|img|b )", text, re.I)
    html_strings = rendered_html(format, text)
    body = next(s for s in html_strings if "clerk" in s)
    assert "&lt;script&gt;alert" in body and "&lt;img src=x onerror=alert(1)&gt;" in body
    for html in html_strings:  # the only tags a reader renders are the paragraphs the export made
        assert set(re.findall(r"<(\w+)", html)) <= {"p", "br"}, html


def test_atom_titles_are_plain_text(db):
    save_story(db, hostile())
    text, _ = exported(db, "atom")
    entry = feedparser.parse(text, sanitize_html=False).entries[0]
    assert entry.title_detail.type == "text/plain"
    assert entry.title == '=SUM(1) Nakuru MCAs reject "Sh1.2bn, no questions" budget <b onmouseover=alert(2)>again</b>'
    content = ET.fromstring(text.encode()).find(f"{ATOM}entry/{ATOM}content")
    assert content.get("type") == "html" and content.text.startswith("<p>Members said")


def test_a_json_feed_cannot_close_a_script_it_is_pasted_into(db):
    save_story(db, hostile())
    text, _ = exported(db, "jsonfeed")
    assert "</script" not in text
    assert json.loads(text)["items"][0]["content_text"].startswith('Members said the plan "had no line')
    assert '<script>alert("b")</script>' in json.loads(text)["items"][0]["content_text"]


def test_since_returns_each_change_exactly_once(db):
    save_story(db, article())
    save_story(db, hostile())
    first, cursor = jsonl_stories(db)
    assert [(s["source"], s["change"]) for s in first] == [("tuko", "new"), ("standard", "new")]
    ferry, budget = first[0]["id"], first[1]["id"]

    def poll():
        nonlocal cursor
        stories, cursor = jsonl_stories(db, since=cursor)
        return [(s["id"], s["change"]) for s in stories]

    assert poll() == []
    save_story(db, article(crawled_at="2026-04-02T07:00:00Z"))  # seen again, unchanged
    assert poll() == []
    save_story(db, article(body="The ferry linking Kisumu and Mbita resumed trips on Thursday.",
                           content_hash="ferry2", crawled_at="2026-04-02T08:00:00Z"))
    assert poll() == [(ferry, "updated")]
    save_story(db, hostile(url="https://www.the-star.co.ke/counties/2026-04-02-nakuru-budget/", source="star",
                           story_id=budget, body="Nakuru MCAs rejected the budget.", content_hash="budget-star"))
    assert poll() == [(budget, "merged")]  # a shorter copy: the text stays, the page joins the story
    save_story_tags(db, ferry, [KISUMU])
    assert poll() == [(ferry, "retagged")]
    save_story(db, article(url="https://www.tuko.co.ke/kenya/601002-lake-victoria-hyacinth/", canonical_url="",
                           title="Hyacinth returns to Lake Victoria beaches", content_hash="hyacinth"))
    save_story(db, article(body="The ferry linking Kisumu and Mbita resumed trips on Thursday morning.",
                           content_hash="ferry3", crawled_at="2026-04-02T09:00:00Z"))
    stories = poll()
    assert [kind for _, kind in stories] == ["new", "updated"] and stories[1][0] == ferry
    assert poll() == []


def test_a_story_made_and_changed_between_polls_comes_once_as_new(db):
    save_story(db, article())
    save_story(db, article(body="The ferry is back.", content_hash="ferry2", crawled_at="2026-04-02T08:00:00Z"))
    stories, _ = jsonl_stories(db, since=0)
    assert [(s["change"], s["body"], s["version"]) for s in stories] == [("new", "The ferry is back.", 2)]


def test_a_correction_keeps_the_id_and_stores_the_earlier_version(db):
    save_story(db, article())
    story_id = new_id(db)
    _, cursor = jsonl_stories(db)
    corrected = "The ferry linking Kisumu and Mbita is back on the lake after repairs to its two engines."
    assert save_story(db, article(body=corrected, content_hash="ferry2", crawled_at="2026-04-03T06:00:00Z")) == "updated"
    assert [row["id"] for row in db["stories"].rows] == [story_id]
    [version] = db["story_versions"].rows
    assert (version["story_id"], version["version"], version["content_hash"]) == (story_id, 1, "ferry1")
    assert version["body"] == article()["body"] and version["title"] == article()["title"]
    assert (version["stored_at"], version["replaced_at"]) == ("2026-04-02T06:00:00Z", "2026-04-03T06:00:00Z")
    for format in FORMATS:
        text, _ = exported(db, format, since=cursor)
        assert parsed_ids(format, text) == [story_id], format
        assert "two engines" in text, format
    [story], _ = jsonl_stories(db, since=cursor)
    assert (story["version"], story["change"], story["changed_at"]) == (2, "updated", "2026-04-03T06:00:00Z")


def test_a_fuller_copy_replaces_the_text_and_keeps_the_earlier_one(db):
    save_story(db, article())
    story_id = new_id(db)
    fuller = article(url="https://www.the-star.co.ke/counties/2026-04-02-ferry-back-on-lake/", canonical_url="",
                     source="star", story_id=story_id, content_hash="ferry-star",
                     body=article()["body"] + "\n\nThe county said a second ferry would join it by June.")
    assert save_story(db, fuller) == "duplicate"
    assert [row["content_hash"] for row in db["story_versions"].rows] == ["ferry1"]
    kinds = [row["kind"] for row in db.query("SELECT kind FROM changes WHERE story_id = ? ORDER BY seq", [story_id])]
    assert kinds == ["new", "updated", "merged"]


def test_only_what_feeds_show_is_logged(db):
    save_story(db, article())
    story_id = new_id(db)
    before = db["changes"].count
    db["stories"].update(story_id, {"cluster_id": "c1", "extraction": "{}"})
    save_story_tags(db, story_id, [{**KISUMU, "score": 0.5}, TRANSPORT])  # same tags, new score
    assert db["changes"].count == before


def test_source_and_tag_choose_stories(db):
    save_story(db, article())
    save_story(db, hostile())
    copy = hostile(url="https://www.tuko.co.ke/counties/601003-nakuru-budget/", source="tuko",
                   story_id=next(db["stories"].rows_where("source = 'standard'"))["id"], content_hash="budget-tuko")
    save_story(db, copy)
    by_source = {source: [s["title"][:12] for s in jsonl_stories(db, source=source)[0]] for source in ("tuko", "standard")}
    assert by_source == {"tuko": ["Kisumu ferry", "=SUM(1) Naku"], "standard": ["=SUM(1) Naku"]}
    assert [s["source"] for s in jsonl_stories(db, tag="ke-county:032")[0]] == ["standard"]
    assert jsonl_stories(db, tag=GARISSA)[0] == []
    feed = feedparser.parse(exported(db, "atom", source="standard")[0])
    assert feed.feed.title == "kenews: The Standard" and feed.feed.id == "urn:kenews:feed:source:standard"


@pytest.mark.parametrize("since,message", [("abc", "not a number"), ("-1", "negative"), ("999", "ahead of")])
def test_a_cursor_that_is_not_this_databases_is_refused(db, since, message):
    save_story(db, article())
    with pytest.raises(ValueError, match=message):
        exported(db, "jsonl", since=since)


def test_an_unknown_source_is_refused(db):
    with pytest.raises(ValueError, match="unknown source"):
        exported(db, "jsonl", source="daily-planet")


def test_the_change_log_is_append_only(db):
    save_story(db, article())
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("DELETE FROM changes")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        db.execute("UPDATE changes SET seq = 100")


def test_stories_stored_before_the_log_existed_count_as_new(db_path):
    database = sqlite_utils.Database(db_path)
    migrations.apply(database, stop_before="m002_change_log_and_versions")
    database["sources"].insert({"id": "tuko", "name": "Tuko", "home_url": "https://www.tuko.co.ke/", "language": "en"})
    for n, day in ((2, "2026-04-03"), (1, "2026-04-01")):
        database["stories"].insert({"id": f"ks{n}", "source": "tuko", "url": f"https://www.tuko.co.ke/{n}/",
                                    "title": f"Story {n}", "body": "Text.", "content_hash": f"h{n}",
                                    "first_seen_at": f"{day}T06:00:00Z", "changed_at": f"{day}T06:00:00Z"})
    database.close()
    database = open_db(db_path)
    stories, cursor = jsonl_stories(database)
    assert [(s["id"], s["change"], s["change_at"]) for s in stories] == [
        ("ks1", "new", "2026-04-01T06:00:00Z"), ("ks2", "new", "2026-04-03T06:00:00Z")]
    assert cursor == "2"
    database.close()


# Three sites' sample pages are enough to export, and keep the two crawls short.
DEMO_SITES = ("tuko", "standard", "nation")


def kenews(*args):
    """`kenews` in this process (CliRunner): export and import need no Scrapy reactor."""
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """A demo crawl through the real `kenews` command, and a jsonl export of it."""
    folder = tmp_path_factory.mktemp("export")
    db_path = str(folder / "news.db")
    crawl = run_kenews("crawl", "--demo", *DEMO_SITES, "--db", db_path)
    assert crawl.returncode == 0, crawl.stderr[-3000:]
    first = kenews("export", "--db", db_path, "--cursor-file", str(folder / "cursor"))
    return {"folder": folder, "db_path": db_path, "first": first}


def test_export_writes_clean_stdout_and_the_cursor_to_its_file(crawled):
    result = crawled["first"]
    assert result.exit_code == 0, result.stderr
    stories = [json.loads(line) for line in result.stdout.splitlines()]
    db = sqlite_utils.Database(crawled["db_path"])
    assert sorted(s["id"] for s in stories) == sorted(row["id"] for row in db["stories"].rows)
    cursor = str(db.execute("SELECT max(seq) FROM changes").fetchone()[0])
    # Not on a terminal: no progress bar; and the cursor went to its file, not to stderr.
    assert result.stderr == ""
    assert (crawled["folder"] / "cursor").read_text() == cursor + "\n"


def test_a_second_identical_crawl_gives_the_poller_nothing(crawled):
    cursor = (crawled["folder"] / "cursor").read_text().strip()
    again = run_kenews("crawl", "--demo", *DEMO_SITES, "--db", crawled["db_path"])
    assert again.returncode == 0, again.stderr[-3000:]
    result = kenews("export", "--db", crawled["db_path"], "--since", cursor, "--format", "jsonl")
    assert (result.exit_code, result.stdout, result.stderr) == (0, "", cursor + "\n")


@pytest.mark.parametrize("format", FORMATS)
def test_export_to_a_file_in_every_format(crawled, format):
    out = crawled["folder"] / f"stories.{format}"
    result = kenews("export", "--db", crawled["db_path"], "--format", format, "--out", str(out))
    assert result.exit_code == 0 and result.stdout == "", result.stderr
    stdout_ids = [json.loads(line)["id"] for line in crawled["first"].stdout.splitlines()]
    text = out.read_bytes().decode("utf-8")
    assert sorted(parsed_ids(format, text)) == sorted(stdout_ids)


def test_exported_jsonl_imports_into_a_new_database_with_the_same_ids(crawled):
    lines = crawled["folder"] / "exported.jsonl"
    lines.write_text(crawled["first"].stdout, encoding="utf-8")
    copy_path = str(crawled["folder"] / "copy.db")
    result = kenews("import", str(lines), "--db", copy_path)
    assert result.exit_code == 0, result.stdout + result.stderr
    original = sqlite_utils.Database(crawled["db_path"])
    copy = sqlite_utils.Database(copy_path)
    columns = "id, url, title, published_at, source"
    assert list(copy.query(f"SELECT {columns} FROM stories ORDER BY id")) == list(
        original.query(f"SELECT {columns} FROM stories ORDER BY id"))


def test_export_errors_are_one_line(crawled, tmp_path):
    result = kenews("export", "--db", crawled["db_path"], "--source", "daily-planet")
    assert result.exit_code == 1 and result.stderr.startswith("Error: unknown source 'daily-planet'")
    missing = kenews("export", "--db", str(tmp_path / "none.db"))
    assert missing.exit_code == 1 and "no database at" in missing.stderr


def test_export_shows_progress_on_a_terminal(crawled):
    leader, follower = pty.openpty()
    try:
        result = subprocess.run(
            [sys.executable, "-m", "aggregator.cli", "export", "--db", crawled["db_path"], "--out", os.devnull],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=follower, timeout=60)
        os.close(follower)
        shown = b""
        while chunk := _read(leader):
            shown += chunk
    finally:
        os.close(leader)
    assert result.returncode == 0
    assert b"kenews export" in shown and b"100%" in shown


def _read(fd: int) -> bytes:
    try:
        return os.read(fd, 65536)
    except OSError:  # the terminal's other end is closed: everything has been read
        return b""

"""Search and the canned queries of `kenews serve` where a demo crawl cannot take them: more matches
than search ranks, a tag on more stories than a page lists, clusters older than the window.

The canned queries run as Datasette runs them (its escape_fts) on a real database file.
"""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
from datasette.utils import escape_fts

from aggregator.serve import DUPLICATE_DAYS, QUERIES
from aggregator.tagging import all_tags
from storage.queries import SEARCH_RANKED_MATCHES, search_stories
from storage.schema import open_db

NEWEST = datetime(2026, 6, 30, 12, 0, tzinfo=timezone.utc)


def stamp(when: datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


def add_story(db, story_id: str, title: str, body: str, published_at: str, source: str = "tuko",
              cluster_id: str | None = None, outlets=("tuko",)) -> None:
    db.execute(
        "INSERT INTO stories (id, source, url, title, body, published_at, published_day, content_hash, cluster_id,"
        " first_seen_at, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [story_id, source, f"https://{source}.example/{story_id}", title, body, published_at, published_at[:10],
         story_id, cluster_id, published_at, published_at])
    for outlet in outlets:
        url = f"https://{outlet}.example/{story_id}"
        db.execute("INSERT INTO story_urls (url, url_key, story_id, source, first_seen_at, last_seen_at)"
                   " VALUES (?, ?, ?, ?, ?, ?)", [url, url, story_id, outlet, published_at, published_at])


def new_archive(path: str):
    db = open_db(path)
    for site in ("tuko", "nation", "star"):
        db.execute("INSERT INTO sources (id, name, home_url, language) VALUES (?, ?, ?, 'en')",
                   [site, site, f"https://{site}.example/"])
    return db


def run(path: str, name: str, **params) -> list[dict]:
    """A canned query, as Datasette runs it on its read-only connection."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    connection.row_factory = sqlite3.Row
    connection.create_function("escape_fts", 1, escape_fts)
    try:
        return [dict(row) for row in connection.execute(QUERIES[name]["sql"], params)]
    finally:
        connection.close()


# --- search: only the newest matches are ranked ------------------------------------------------

@pytest.fixture(scope="module")
def floods(tmp_path_factory):
    """One more story about floods than search ranks. The oldest is the best match for "floods"
    and the only one naming Lokichoggio; one recent story says floods three times."""
    path = str(tmp_path_factory.mktemp("search") / "news.db")
    db = new_archive(path)
    with db.atomic():
        add_story(db, "oldest", "Floods floods floods", "Floods in Lokichoggio. Floods again.", "2020-01-01T00:00:00Z")
        for number in range(1, SEARCH_RANKED_MATCHES + 1):
            repeats = "Floods floods floods" if number == 4321 else f"Floods in ward {number}"
            add_story(db, f"s{number}", repeats, f"Residents of ward {number} counted the damage.",
                      stamp(NEWEST - timedelta(minutes=SEARCH_RANKED_MATCHES - number)))
    db.close()
    return path


def test_a_match_older_than_the_ranked_ones_is_not_returned(floods):
    assert "oldest" not in {row["story_id"] for row in run(floods, "search", q="floods")}
    db = open_db(floods)
    assert "oldest" not in {row["id"] for row in search_stories(db, "floods", limit=SEARCH_RANKED_MATCHES)}
    db.close()


def test_the_best_ranked_recent_match_comes_first(floods):
    assert run(floods, "search", q="floods")[0]["story_id"] == "s4321"
    db = open_db(floods)
    assert search_stories(db, "floods")[0]["id"] == "s4321"
    db.close()


def test_a_rare_word_still_finds_its_old_story(floods):
    assert [row["story_id"] for row in run(floods, "search", q="Lokichoggio")] == ["oldest"]
    assert [row["story_id"] for row in run(floods, "search", q="floods Lokichoggio")] == ["oldest"]
    db = open_db(floods)
    assert [row["id"] for row in search_stories(db, "Lokichoggio")] == ["oldest"]
    db.close()


# --- by county and subject: the newest 500 ----------------------------------------------------

@pytest.fixture(scope="module")
def tagged(tmp_path_factory):
    """700 stories about Kisumu and agriculture, stored in an order unlike their publication order."""
    path = str(tmp_path_factory.mktemp("tags") / "news.db")
    db = new_archive(path)
    with db.atomic():
        db.execute("INSERT INTO tags (id, kind, label) VALUES ('ke-county:042', 'county', 'Kisumu'),"
                   " ('ke-subject:agriculture', 'subject', 'agriculture'), ('ke-county:001', 'county', 'Mombasa')")
        for number in range(700):
            published = stamp(NEWEST - timedelta(hours=(number * 7919) % 700))  # a shuffle of 700 hours
            add_story(db, f"k{number}", f"Kisumu story {number}", "Lake Victoria.", published)
            db.execute("INSERT INTO story_tags (story_id, tag_id, rank) VALUES (?, 'ke-county:042', 1),"
                       " (?, 'ke-subject:agriculture', 0)", [f"k{number}", f"k{number}"])
    db.close()
    return path


@pytest.mark.parametrize("query, params, tag", [
    ("by_county", {"county": "KISUMU"}, "ke-county:042"),
    ("by_subject", {"subject": "Agriculture"}, "ke-subject:agriculture"),
])
def test_a_tag_lists_its_newest_500_stories_newest_first(tagged, query, params, tag):
    rows = run(tagged, query, **params)
    with sqlite3.connect(tagged) as db:
        newest = [row[0] for row in db.execute(
            "SELECT stories.id FROM stories JOIN story_tags ON story_tags.story_id = stories.id"
            " WHERE story_tags.tag_id = ? ORDER BY stories.published_at DESC LIMIT 500", [tag])]
    assert [row["story_id"] for row in rows] == newest
    assert json.loads(rows[0]["counties"]) == ["Kisumu"] and rows[0]["primary_subject"] == "agriculture"


def test_a_tag_on_no_story_lists_nothing(tagged):
    assert run(tagged, "by_county", county="Mombasa") == []
    assert run(tagged, "by_county", county="Atlantis") == []


def test_tag_labels_are_unique_within_a_kind():
    # by_county and by_subject look a label up as one tag id.
    labels = [(tag["kind"], tag["label"].casefold()) for tag in all_tags()]
    assert len(labels) == len(set(labels))


# --- duplicate clusters: the window ----------------------------------------------------------

@pytest.fixture(scope="module")
def clustered(tmp_path_factory):
    path = str(tmp_path_factory.mktemp("clusters") / "news.db")
    db = new_archive(path)

    def day(days_ago: int) -> str:
        return stamp(NEWEST - timedelta(days=days_ago))

    with db.atomic():
        add_story(db, "newest", "The newest story", "Alone.", day(0))
        # Began before the window, and a story in it: listed with both.
        add_story(db, "a1", "Budget row begins", "Budget.", day(DUPLICATE_DAYS + 3), cluster_id="a1")
        add_story(db, "a2", "Budget row goes on", "Budget.", day(1), source="nation", cluster_id="a1",
                  outlets=("nation", "star"))
        # Every story before the window: left out.
        add_story(db, "b1", "Old strike", "Strike.", day(DUPLICATE_DAYS + 9), cluster_id="b1")
        add_story(db, "b2", "Old strike ends", "Strike.", day(DUPLICATE_DAYS + 8), source="star", cluster_id="b1")
        # One story, found on two outlets: listed.
        add_story(db, "c", "Syndicated story", "Copy.", day(2), outlets=("tuko", "nation"))
        # One story on one outlet: not a duplicate.
        add_story(db, "e", "Lone story", "Alone.", day(3))
    db.close()
    return path


def test_duplicate_clusters_lists_the_window_with_every_story_of_each_cluster(clustered):
    rows = run(clustered, "duplicate_clusters")
    assert [row["cluster_id"] for row in rows] == ["a1", "c"]
    with sqlite3.connect(clustered) as db:
        db.row_factory = sqlite3.Row
        view = {row["cluster_id"]: dict(row) for row in db.execute("SELECT * FROM clusters")}
    assert rows == [view["a1"], view["c"]]
    assert (rows[0]["title"], rows[0]["stories"], json.loads(rows[0]["outlets"])) == (
        "Budget row begins", 2, ["nation", "star", "tuko"])


# --- plans: no canned query reads a whole table --------------------------------------------------

@pytest.mark.parametrize("name", ["search", "by_subject", "by_county", "duplicate_clusters"])
def test_canned_queries_read_no_whole_table(floods, name):
    with sqlite3.connect(floods) as db:
        db.create_function("escape_fts", 1, escape_fts)
        params = {"q": "floods", "subject": "agriculture", "county": "Kisumu"}
        plan = [row[3] for row in db.execute("EXPLAIN QUERY PLAN " + QUERIES[name]["sql"], params)]
    assert not [step for step in plan if re.match(r"SCAN (stories|story_tags|story_urls)\b", step)], plan

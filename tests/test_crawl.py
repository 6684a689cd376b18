"""Real crawls: `kenews crawl` over HTTP on 127.0.0.1 against the sample sites, then the stored rows."""

from __future__ import annotations

import fcntl
import json
import os

import pytest
import sqlite_utils

from aggregator.mirror import MirrorServer, fixture_routes, route_key
from tests.conftest import run_kenews
from tests.sitefixtures import expected_item, layout_pages, site_urls

# Stored story columns that come straight from an item field, and how the item spells them.
STORY_COLUMNS = {
    "source": "source", "title": "title", "lead": "lead", "body": "body", "published_at": "published_at",
    "updated_at": "updated_at", "section": "section", "image_url": "image_url", "language": "language",
    "word_count": "word_count", "layout": "layout", "url": "canonical_url",
}


def demo_pages():
    """(site, layout) for every article sample the demo feeds or sitemaps lead to."""
    return [(site, layout) for site, layout in layout_pages() if f"{layout}.html" in site_urls(site)]


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """One crawl of every site through the mirror, then a second identical one."""
    db_path = str(tmp_path_factory.mktemp("crawl") / "news.db")
    with MirrorServer(fixture_routes()) as server:
        first = run_kenews("crawl", "--mirror", server.url, "--db", db_path)
        db = sqlite_utils.Database(db_path)
        snapshot = {table: list(db[table].rows) for table in ("stories", "story_urls", "story_tags", "tags")}
        db.close()
        second = run_kenews("crawl", "--mirror", server.url, "--db", db_path)
    return {"db_path": db_path, "first": first, "second": second, "snapshot": snapshot}


def stored_story(db, url: str) -> dict:
    rows = list(db.query(
        "SELECT stories.* FROM stories JOIN story_urls ON story_urls.story_id = stories.id WHERE story_urls.url = ?",
        [url]))
    assert rows, f"no story stored for {url}"
    return rows[0]


def test_first_crawl_succeeds(crawled):
    result = crawled["first"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert result.stdout.startswith("kenews crawl: ok")


@pytest.mark.parametrize("site,layout", demo_pages())
def test_stored_story_matches_its_expected_item(crawled, site, layout):
    expected = expected_item(site, layout)
    db = sqlite_utils.Database(crawled["db_path"])
    story = stored_story(db, expected["url"])
    for column, field in STORY_COLUMNS.items():
        assert story[column] == expected[field], column
    assert json.loads(story["authors"]) == expected["authors"]
    assert json.loads(story["site_tags"]) == expected["site_tags"]
    assert bool(story["paywalled"]) == expected["paywalled"]
    assert json.loads(story["extraction"]) == expected["extraction"]
    assert story["published_day"] == expected["published_at"][:10]
    assert len(story["content_hash"]) >= 16
    urls = {row["url"] for row in db.query("SELECT url FROM story_urls WHERE story_id = ?", [story["id"]])}
    assert expected["canonical_url"] in urls


def test_every_site_recorded_in_the_run(crawled):
    db = sqlite_utils.Database(crawled["db_path"])
    run = db["crawl_runs"].get(1)
    assert run["status"] == "ok"
    assert run["stored"] == db["stories"].count
    assert run["stored"] >= len({expected_item(s, layout)["canonical_url"] for s, layout in demo_pages()})
    sites = {row["source"]: row for row in db["crawl_run_sites"].rows_where("run_id = 1")}
    assert set(sites) == set(json.loads(run["sites"]))
    for row in sites.values():
        assert row["finish_reason"] == "finished"
        assert row["parsed_by_fallback"] == 0 and row["missing_title"] == 0 and row["missing_body"] == 0


def test_non_articles_are_skipped_with_a_reason(crawled):
    db = sqlite_utils.Database(crawled["db_path"])
    skipped = {row["url"]: row["reason"] for row in db["failures"].rows_where("kind = 'skipped'")}
    assert skipped["https://www.tuko.co.ke/video/612350-hailstones-pile-up-kibwezi/"] == "not an article: video page"
    assert skipped["https://www.kenyans.co.ke/featured/104513-top-tips-choosing-family-car-2024"] == (
        "not an article: sponsored content")
    assert not list(db["failures"].rows_where("kind = 'failed'"))


def test_second_crawl_adds_nothing_and_rewrites_nothing(crawled):
    result = crawled["second"]
    assert result.returncode == 0, result.stderr[-3000:]
    assert " 0 new, 0 updated" in result.stdout
    db = sqlite_utils.Database(crawled["db_path"])
    before = crawled["snapshot"]
    assert list(db["stories"].rows) == before["stories"]
    assert list(db["story_tags"].rows) == before["story_tags"]
    assert list(db["tags"].rows) == before["tags"]
    after_urls = list(db["story_urls"].rows)
    assert [(r["url"], r["story_id"], r["first_seen_at"]) for r in after_urls] == [
        (r["url"], r["story_id"], r["first_seen_at"]) for r in before["story_urls"]]
    assert db["crawl_runs"].get(2)["unchanged"] == len(before["stories"])


def test_full_text_search_finds_stored_stories(crawled):
    from storage.queries import search_stories

    db = sqlite_utils.Database(crawled["db_path"])
    hits = search_stories(db, "hailstorm Kibwezi")
    assert [hit["source"] for hit in hits] == ["tuko"]


TUKO_ARTICLE = "https://www.tuko.co.ke/kenya/612345-makueni-farmers-count-losses-freak-hailstorm-flattens-crops/"


def test_a_failed_page_is_recorded_then_retried_next_run(db_path):
    routes = fixture_routes(["tuko"])
    missing = {key: path for key, path in routes.items() if key != route_key(TUKO_ARTICLE)}
    with MirrorServer(missing) as server:
        result = run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
    assert result.returncode == 1, result.stdout  # nothing stored, a page failed: the run failed
    db = sqlite_utils.Database(db_path)
    failure = next(db["failures"].rows_where("kind = 'failed'"))
    assert failure["url"].startswith(TUKO_ARTICLE) and failure["reason"] == "HTTP 404"
    assert failure["attempts"] == 1
    db.close()
    with MirrorServer(routes) as server:
        result = run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
    assert result.returncode == 0, result.stderr[-2000:]
    db = sqlite_utils.Database(db_path)
    assert db["stories"].count == 1
    assert not list(db["failures"].rows_where("kind = 'failed'"))


def test_listing_pages_are_the_fallback_when_the_feed_fails(db_path):
    routes = {key: path for key, path in fixture_routes(["tuko"]).items() if "rss" not in key}
    with MirrorServer(routes) as server:
        result = run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
    assert result.returncode == 3, result.stdout  # stored from the listing, but the feed failed: partial
    db = sqlite_utils.Database(db_path)
    assert db["stories"].count == 1
    discovery = next(db["failures"].rows_where("kind = 'discovery'"))
    assert discovery["url"] == "https://www.tuko.co.ke/rss/all.rss" and discovery["reason"] == "HTTP 404"


def test_a_second_crawl_on_the_same_database_exits_at_once(db_path):
    with open(os.path.abspath(db_path) + ".lock", "a+") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        lock.write("12345")
        lock.flush()
        result = run_kenews("crawl", "tuko", "--db", db_path)
    assert result.returncode == 75
    assert "another kenews crawl (pid 12345) is running" in result.stderr


def test_demo_needs_no_network_and_fills_the_database(tmp_path):
    db_path = str(tmp_path / "demo.db")
    result = run_kenews("crawl", "--demo", "--db", db_path)
    assert result.returncode == 0, result.stderr[-3000:]
    db = sqlite_utils.Database(db_path)
    sources_with_stories = {row["source"] for row in db.query("SELECT DISTINCT source FROM stories")}
    assert sources_with_stories == {row["id"] for row in db["sources"].rows}
    again = run_kenews("crawl", "--demo", "--db", db_path)
    assert again.returncode == 0 and " 0 new, 0 updated" in again.stdout


def test_stored_pages_are_not_fetched_again_past_the_refetch_window(db_path):
    with MirrorServer(fixture_routes(["tuko"])) as server:
        run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
        again = run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
    assert again.returncode == 0, again.stderr[-2000:]
    db = sqlite_utils.Database(db_path)
    first, second = (db["crawl_run_sites"].get((run, "tuko")) for run in (1, 2))
    assert second["unchanged"] == 1 and second["stored"] == 0
    # robots.txt and the feed only: the article itself was not requested again.
    assert second["requests"] == first["requests"] - 1


def test_young_stories_are_refetched_conditionally(db_path):
    with MirrorServer(fixture_routes(["tuko"])) as server:
        run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path)
        db = sqlite_utils.Database(db_path)
        stored = next(db["story_urls"].rows_where("etag != ''"))
        assert stored["etag"].startswith('"')
        env = {"KENEWS_REFETCH_HOURS": "1000000"}
        again = run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path, env=env)
    assert again.returncode == 0, again.stderr[-2000:]
    second = db["crawl_run_sites"].get((2, "tuko"))
    assert second["unchanged"] == 1 and second["responses"] == db["crawl_run_sites"].get((1, "tuko"))["responses"]


def test_scrapy_list_and_scrapy_crawl_work_from_the_repository_root(db_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    scrapy = [sys.executable, "-m", "scrapy.cmdline"]
    listed = subprocess.run([*scrapy, "list"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert {"tuko", "standard", "kenyans"} <= set(listed.stdout.split())
    with MirrorServer(fixture_routes(["tuko"])) as server:
        env = {**os.environ, "KENEWS_DB": db_path, "KENEWS_MIRROR": server.url}
        crawled = subprocess.run([*scrapy, "crawl", "tuko", "-s", "LOG_LEVEL=WARNING"], cwd=REPO, env=env,
                                 capture_output=True, text=True, timeout=180)
    assert crawled.returncode == 0, crawled.stderr[-2000:]
    db = sqlite_utils.Database(db_path)
    assert db["stories"].count == 1
    assert db["crawl_runs"].get(1)["status"] == "ok"

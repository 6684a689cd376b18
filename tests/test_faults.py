"""A crawl that meets every kind of bad input keeps working, loses nothing, and says what happened.

One real `kenews crawl` of the fault site (tests/faultsite.py), then the site
heals its transient faults and a second crawl runs, as cron would.
"""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest
import sqlite_utils

from tests.conftest import run_kenews
from tests.faultsite import CHARSET_PARAGRAPH, SITE, FaultSite

STORED_AT_ONCE = [
    "healthy-1", "healthy-2", "healthy-3", "healthy-4", "flaky-500", "flaky-503", "cut-html", "cp1252-as-utf8",
    "utf8-as-cp1252", "no-charset", "moved-here", "refreshed-here", "bad-feed-date", "ld-broken", "ld-future", "ld-epoch", "ld-odd",
    "broken-feed-only", "sitemap-only",
]
HEALED = ["down", "slow", "reset", "cut-transfer"]  # failed on the first run, stored on the second
# page → (kind, what its reason says)
FAILURES = {
    "/news/down/": ("failed", "HTTP 500"),
    "/news/slow/": ("failed", "DownloadTimeoutError"),
    "/news/reset/": ("failed", "ConnectionLost"),
    "/news/cut-transfer/": ("failed", "the connection closed before the whole page arrived"),
    "/news/gzip-bomb/": ("failed", "exceeded DOWNLOAD_MAXSIZE"),
    "/news/huge/": ("failed", "larger than download max size"),
    "/news/huge-stream/": ("failed", "larger than DOWNLOAD_MAXSIZE"),
    "/news/loop-a/": ("failed", "redirect loop"),
    "/news/loop-b/": ("failed", "redirect loop"),
    "/news/offsite-redirect/": ("failed", "redirected off the site, to https://elsewhere.example/"),
    "/news/empty/": ("failed", "no article body found"),
    "/news/not-html/": ("skipped", "not an article: image/png"),
    "/private/hidden-story/": ("skipped", "disallowed by robots.txt"),
    "/sitemap-bomb.xml": ("discovery", "exceeded DOWNLOAD_MAXSIZE"),
    "/sitemap-junk.xml": ("discovery", "unreadable sitemap: <html> document"),
}


@pytest.fixture(scope="module")
def crawls(tmp_path_factory):
    folder = tmp_path_factory.mktemp("faults")
    db_path = str(folder / "news.db")
    with FaultSite() as site:
        sites_file = folder / "sites.toml"
        sites_file.write_text(site.sites_toml())
        env = {"KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "1"}
        args = ("crawl", "faultnews", "--mirror", site.url, "--db", db_path)
        first = run_kenews(*args, env=env)
        db = sqlite_utils.Database(db_path)
        failures = {row["url"]: row for row in db["failures"].rows}
        stories = {row["url"]: row for row in db["stories"].rows}
        db.close()
        site.heal()
        second = run_kenews(*args, env=env)
    return SimpleNamespace(site=site, db_path=db_path, first=first, second=second, failures=failures,
                           stories=stories)


def test_nothing_crashes_and_the_run_is_partial(crawls):
    for result in (crawls.first, crawls.second):
        assert result.returncode == 3, result.stderr[-3000:]
        assert result.stdout.startswith("kenews crawl: partial")
        assert "Traceback" not in result.stderr, result.stderr[-3000:]
    db = sqlite_utils.Database(crawls.db_path)
    assert [row["finish_reason"] for row in db["crawl_run_sites"].rows] == ["finished", "finished"]


@pytest.mark.parametrize("slug", STORED_AT_ONCE)
def test_every_healthy_page_is_stored_on_the_first_run(crawls, slug):
    expected = crawls.site.stories[f"/news/{slug}/"]
    story = crawls.stories.get(expected.url)
    assert story, f"{slug} was not stored"
    assert story["title"] == expected.title
    assert story["body"].startswith(expected.paragraphs[0])


@pytest.mark.parametrize("path", FAILURES)
def test_every_failed_page_is_in_failures_with_its_reason(crawls, path):
    kind, reason = FAILURES[path]
    failure = crawls.failures[SITE + path]
    assert failure["kind"] == kind
    assert reason in failure["reason"]


def test_the_run_counts_what_failed(crawls):
    db = sqlite_utils.Database(crawls.db_path)
    run = db["crawl_run_sites"].get((1, "faultnews"))
    kinds = [row["kind"] for row in crawls.failures.values()]
    assert run["stored"] == len(crawls.stories) == len(STORED_AT_ONCE)
    assert run["failed"] == kinds.count("failed")
    assert run["skipped"] == kinds.count("skipped")
    assert run["discovery_failed"] == kinds.count("discovery") == 2


@pytest.mark.parametrize("slug", HEALED)
def test_failed_pages_are_retried_and_stored_once_healed(crawls, slug):
    db = sqlite_utils.Database(crawls.db_path)
    url = crawls.site.stories[f"/news/{slug}/"].url
    assert url in crawls.failures
    assert db["stories"].count_where("url = ?", [url]) == 1
    assert not db["failures"].count_where("url = ?", [url])


def test_pages_still_failing_were_tried_again(crawls):
    db = sqlite_utils.Database(crawls.db_path)
    still = {row["url"]: row for row in db["failures"].rows_where("kind = 'failed'")}
    assert set(still) == {url for url, row in crawls.failures.items() if row["kind"] == "failed"} - {
        crawls.site.stories[f"/news/{slug}/"].url for slug in HEALED}
    assert {row["attempts"] for row in still.values()} == {2}
    assert " 4 new, 0 updated, 19 unchanged" in crawls.second.stdout


def test_disallowed_and_offsite_pages_are_never_requested(crawls):
    assert crawls.site.hits_for("/private/hidden-story/") == 0
    assert crawls.site.offsite_hits() == 0


@pytest.mark.parametrize("slug", ["cp1252-as-utf8", "utf8-as-cp1252", "no-charset"])
def test_a_wrong_or_missing_charset_is_read_right(crawls, slug):
    story = crawls.stories[f"{SITE}/news/{slug}/"]
    assert CHARSET_PARAGRAPH in story["body"].split("\n\n")
    assert story["title"].endswith(" – café owners’ view")


@pytest.mark.parametrize("slug,published_at,source", [
    ("ld-future", "2026-10-14T05:30:00Z", "meta"),  # JSON-LD says 2099
    ("ld-epoch", "2026-10-13T15:00:00Z", "feed"),  # JSON-LD says 1970-01-01, the page nothing else
    ("ld-broken", "2026-10-14T05:30:00Z", "meta"),  # JSON-LD is not JSON
    ("ld-odd", "2026-10-14T05:30:00Z", "meta"),  # JSON-LD datePublished is a list
    ("bad-feed-date", None, None),  # the only date is the feed's "2025-13-45T25:00:00"
])
def test_lying_or_unreadable_dates_fall_back_to_the_next_source(crawls, slug, published_at, source):
    story = crawls.stories[f"{SITE}/news/{slug}/"]
    assert story["published_at"] == published_at
    assert json.loads(story["extraction"]).get("published_at") == source


def test_a_truncated_page_keeps_what_arrived(crawls):
    story = crawls.stories[f"{SITE}/news/cut-html/"]
    first = crawls.site.stories["/news/cut-html/"].paragraphs[0]
    assert story["body"] == f"{first}\n\nThe county assembly will deb"

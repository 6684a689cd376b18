"""`kenews serve` as an analyst meets it: a real crawl, the real server over HTTP, pages in headless Chromium."""

from __future__ import annotations

import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest

from aggregator.serve import DASHBOARDS, QUERIES
from tests.conftest import REPO, run_kenews

# What a hostile page could put in a headline; the UI must show it as text.
HOSTILE_TITLE = 'Flood alert <script>alert("x")</script><img src=x onerror="alert(1)">'


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str, data: bytes | None = None, headers: dict | None = None) -> tuple[int, str]:
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """One demo crawl, then `kenews serve` on it in a subprocess until the module ends."""
    db_path = str(tmp_path_factory.mktemp("serve") / "news.db")
    crawl = run_kenews("crawl", "--demo", "--db", db_path)
    assert crawl.returncode in (0, 3), crawl.stderr[-3000:]  # 3: some demo page failed; stories were stored
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "aggregator.cli", "serve", "--db", db_path, "--port", str(port)],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if fetch(base + "/-/versions.json")[0] == 200:
                break
        except OSError:
            pass
        assert process.poll() is None, process.communicate()[1][-3000:]
        assert time.monotonic() < deadline, "kenews serve did not answer within 30s"
        time.sleep(0.2)
    yield {"base": base, "db_path": db_path}
    process.terminate()
    process.wait(timeout=10)


def get_json(server, path: str, **params) -> dict:
    query = ("&" if "?" in path else "?") + urllib.parse.urlencode(params) if params else ""
    status, body = fetch(server["base"] + path + query)
    assert status == 200, body[:2000]
    return json.loads(body)


def rows_of(server, sql: str, params=()) -> list[tuple]:
    with sqlite3.connect(server["db_path"]) as db:
        return db.execute(sql, params).fetchall()


def test_every_table_view_and_column_has_a_title_and_description(server):
    metadata = get_json(server, "/-/metadata.json")["databases"]["news"]["tables"]
    names = [name for (name,) in rows_of(server, "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
             if not name.startswith(("stories_fts", "_sqlite", "sqlite_"))]
    assert {"story_index", "clusters"} <= set(names)
    for name in names:
        assert metadata.get(name, {}).get("title") and metadata[name].get("description"), name
        columns = [column for _, column, *_ in rows_of(server, f"PRAGMA table_info({name})")]
        undescribed = [column for column in columns if not metadata[name]["columns"].get(column)]
        assert not undescribed, f"{name}: no description for {undescribed}"


def test_stories_are_listed_newest_first(server):
    for table in ("stories", "story_index"):
        rows = get_json(server, f"/news/{table}.json", _shape="objects")["rows"]
        published = [row["published_at"] for row in rows]
        assert len(published) == rows_of(server, "SELECT count(*) FROM stories")[0][0]
        assert published == sorted(published, reverse=True), table


def test_full_text_search_over_http(server):
    for table in ("stories", "story_index"):
        rows = get_json(server, f"/news/{table}.json", _search="hailstorm Kibwezi", _shape="objects")["rows"]
        assert [row["source"] for row in rows] == ["tuko"], table
    # Quotes and brackets are searched for, not parsed as FTS syntax.
    assert get_json(server, "/news/story_index.json", _search='"unbalanced (quote', _shape="objects")["rows"] == []


def test_facets_count_outlets_sections_subjects_counties_languages_and_days(server):
    facets = get_json(server, "/news/story_index.json", _size="0")["facet_results"]
    assert set(facets) == {"source", "section", "subjects", "counties", "language", "published_day"}

    def counts(facet):
        return {item["value"]: item["count"] for item in facets[facet]["results"]}

    def tagged(kind):
        return dict(rows_of(server, "SELECT tags.label, count(DISTINCT story_id) FROM story_tags JOIN tags "
                                    "ON tags.id = story_tags.tag_id WHERE tags.kind = ? GROUP BY 1", [kind]))

    assert counts("source") == dict(rows_of(server, "SELECT source, count(*) FROM stories GROUP BY 1"))
    assert counts("language") == dict(rows_of(server, "SELECT language, count(*) FROM stories GROUP BY 1"))
    assert counts("subjects") == tagged("subject")
    assert counts("counties") == tagged("county")
    county = max(tagged("county").items(), key=lambda item: item[1])[0]
    rows = get_json(server, "/news/story_index.json", counties__arraycontains=county, _shape="objects")["rows"]
    assert len(rows) == tagged("county")[county] and all(county in json.loads(row["counties"]) for row in rows)


def test_a_story_links_to_its_urls_tags_and_cluster(server):
    story_id, cluster_id = rows_of(server, "SELECT id, coalesce(cluster_id, id) FROM stories LIMIT 1")[0]
    status, listing = fetch(server["base"] + "/news/story_index?" + urllib.parse.urlencode({"id": story_id}))
    assert status == 200
    assert f'href="/news/stories/{story_id}"' in listing
    assert f'href="/news/story_index?cluster_id={cluster_id}"' in listing
    status, page = fetch(server["base"] + f"/news/stories/{story_id}")
    assert status == 200
    assert f'href="/news/story_urls?story_id={story_id}"' in page
    assert f'href="/news/story_tags?story_id={story_id}"' in page


def test_canned_queries_answer(server):
    stories = rows_of(server, "SELECT count(*) FROM stories")[0][0]
    latest = get_json(server, "/news/latest_stories.json", _shape="objects")["rows"]
    assert len(latest) == min(stories, 100)
    assert [row["published_at"] for row in latest] == sorted((row["published_at"] for row in latest), reverse=True)

    hits = get_json(server, "/news/search.json", q="hailstorm Kibwezi", _shape="objects")["rows"]
    assert [hit["source"] for hit in hits] == ["tuko"] and "[hailstorm]" in hits[0]["excerpt"].lower()

    for query, param, kind in (("by_subject", "subject", "subject"), ("by_county", "county", "county")):
        label, expected = rows_of(server, "SELECT tags.label, group_concat(story_id) FROM story_tags JOIN tags "
                                          "ON tags.id = story_tags.tag_id WHERE kind = ? GROUP BY 1 "
                                          "ORDER BY count(*) DESC LIMIT 1", [kind])[0]
        rows = get_json(server, f"/news/{query}.json", _shape="objects", **{param: label.upper()})["rows"]
        assert {row["story_id"] for row in rows} == set(expected.split(",")), query

    source, day, story_id = rows_of(server, "SELECT source, published_day, id FROM stories LIMIT 1")[0]
    rows = get_json(server, "/news/by_outlet_and_day.json", outlet=source, day=day, _shape="objects")["rows"]
    assert story_id in {row["story_id"] for row in rows}
    assert {(row["source"], row["published_at"][:10]) for row in rows} == {(source, day)}

    health = get_json(server, "/news/crawl_health.json", _shape="objects")["rows"]
    sources = [source for (source,) in rows_of(server, "SELECT id FROM sources ORDER BY id")]
    assert [row["source"] for row in health] == sources
    last_run = rows_of(server, "SELECT max(id) FROM crawl_runs")[0][0]
    assert {row["last_run"] for row in health} == {last_run}

    assert get_json(server, "/news/duplicate_clusters.json")["ok"]
    assert set(QUERIES) == {"latest_stories", "search", "by_subject", "by_county", "by_outlet_and_day",
                            "duplicate_clusters", "crawl_health"}


def test_a_writer_is_not_blocked_and_the_server_sees_what_it_commits(server):
    # What the clusterer does when two outlets cover one event: same cluster_id. The newest story
    # and another outlet's newest: duplicate_clusters lists clusters with a story in its last days.
    # A one-second timeout: if the server held a lock, this write would fail.
    (first, first_source), (second, second_source) = rows_of(
        server, "SELECT id, source FROM stories AS story WHERE id = (SELECT id FROM stories WHERE source = story.source"
                " ORDER BY published_at DESC LIMIT 1) ORDER BY published_at DESC LIMIT 2")
    with sqlite3.connect(server["db_path"], timeout=1) as db:
        db.execute("UPDATE stories SET cluster_id = ? WHERE id IN (?, ?)", [first, first, second])
    clusters = get_json(server, "/news/duplicate_clusters.json", _shape="objects")["rows"]
    cluster = next(row for row in clusters if row["cluster_id"] == first)
    assert cluster["stories"] == 2 and json.loads(cluster["outlets"]) == sorted([first_source, second_source])
    members = get_json(server, "/news/story_index.json", cluster_id=first, _shape="objects")["rows"]
    assert {row["id"] for row in members} == {first, second}


def test_the_web_cannot_write(server):
    base = server["base"]
    before = rows_of(server, "SELECT id, title, cluster_id FROM stories ORDER BY id")
    queries = get_json(server, "/-/metadata.json")["databases"]["news"]["queries"]
    assert not any(query.get("write") for query in queries.values())
    status, body = fetch(base + "/news.json?" + urllib.parse.urlencode({"sql": "UPDATE stories SET title = 'x'"}))
    assert status == 400 and "must be a SELECT" in body
    attempts = [
        ("/news/latest_stories", b"sql=DELETE FROM stories", {"Content-Type": "application/x-www-form-urlencoded"}),
        ("/news/stories/-/insert", b'{"row": {"id": "x"}}', {"Content-Type": "application/json"}),
        ("/news/-/create", b'{"table": "x", "row": {"id": 1}}', {"Content-Type": "application/json"}),
        ("/news", b"sql=DROP TABLE stories", {"Content-Type": "application/x-www-form-urlencoded"}),
    ]
    for path, data, headers in attempts:
        assert fetch(base + path, data=data, headers=headers)[0] == 405, path
    assert rows_of(server, "SELECT id, title, cluster_id FROM stories ORDER BY id") == before


def test_crawled_markup_is_shown_as_text(server):
    story_id = rows_of(server, "SELECT id FROM stories WHERE source = 'tuko' LIMIT 1")[0][0]
    with sqlite3.connect(server["db_path"], timeout=1) as db:
        db.execute("UPDATE stories SET title = ? WHERE id = ?", [HOSTILE_TITLE, story_id])
    for path in ("/news/story_index?_search=flood+alert", f"/news/stories/{story_id}", "/news/search?q=flood+alert",
                 "/news/latest_stories"):
        status, page = fetch(server["base"] + path)
        assert status == 200 and "Flood alert" in page, path
        assert "<script>alert" not in page and "<img src=x" not in page, path
        assert "&lt;script&gt;" in page, path


def chart_sql(chart: dict) -> str:
    # As datasette-dashboards does with a filter left empty: drop its [[ … ]] clause.
    return re.sub(r"\[\[.*?\]\]", "", chart["query"])


def test_chart_queries_count_every_story_in_their_days(server):
    charts = DASHBOARDS["stories"]["charts"]
    days = {"date_start": "2000-01-01", "date_end": "2099-12-31"}
    dated = rows_of(server, "SELECT count(*) FROM stories WHERE published_day IS NOT NULL")[0][0]
    for name in ("by-outlet", "by-subject", "per-outlet"):
        rows = get_json(server, "/news.json", sql=chart_sql(charts[name]), _shape="objects", **days)["rows"]
        assert sum(row["stories"] for row in rows) == dated, name
    by_outlet = get_json(server, "/news.json", sql=chart_sql(charts["by-outlet"]), _shape="objects", **days)["rows"]
    assert {(row["day"], row["outlet"]) for row in by_outlet} == set(
        rows_of(server, "SELECT DISTINCT published_day, source FROM stories WHERE published_day IS NOT NULL"))
    # With no filter, the charts show the last days up to the newest story.
    default = get_json(server, "/news.json", sql=chart_sql(charts["total"]), _shape="objects")["rows"]
    newest_day = rows_of(server, "SELECT published_day FROM stories ORDER BY published_day DESC LIMIT 1")[0][0]
    assert default[0]["stories"] >= 1
    assert default[0]["stories"] == rows_of(
        server, "SELECT count(*) FROM stories WHERE published_day > date(?, '-60 days')", [newest_day])[0][0]


def chromium(*args, user_data_dir) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={user_data_dir}", *args],
        capture_output=True, text=True, timeout=90)


def png_size(path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return int.from_bytes(header[16:20], "big"), int.from_bytes(header[20:24], "big")


@pytest.mark.skipif(shutil.which("chromium") is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_pages_in_headless_chromium(server, tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    profile = tmp_path_factory.mktemp("chromium-profile")
    print(f"screenshots: {folder}")
    story_id = rows_of(server, "SELECT id FROM stories WHERE source = 'star' LIMIT 1")[0][0]
    pages = {  # name → (path, window height)
        "story_index": ("/news/story_index?_search=county", 900),
        "story": (f"/news/stories/{story_id}", 900),
        "duplicate_clusters": ("/news/duplicate_clusters", 900),
        "crawl_health": ("/news/crawl_health", 900),
        "charts": ("/-/dashboards/stories?date_start=2024-01-01&date_end=2026-12-31", 1700),
    }
    # The charts are drawn by scripts after the page loads: give them (virtual) time.
    wait_for_scripts = {"charts": ["--virtual-time-budget=5000"]}
    for name, (path, height) in pages.items():
        shot = folder / f"{name}.png"
        result = chromium(f"--screenshot={shot}", f"--window-size=1280,{height}", *wait_for_scripts.get(name, []),
                          server["base"] + path, user_data_dir=profile)
        assert shot.exists(), result.stderr[-2000:]
        assert png_size(shot) == (1280, height) and shot.stat().st_size > 20_000, name
    # They are drawn from JSON by scripts the server bundles (no CDN: this works offline).
    dom = chromium("--dump-dom", *wait_for_scripts["charts"], server["base"] + pages["charts"][0],
                   user_data_dir=profile).stdout
    assert dom.count('class="marks"') == 3, "the three vega-lite charts did not render"


def test_serve_without_a_database_says_so(tmp_path):
    result = run_kenews("serve", "--db", str(tmp_path / "missing.db"))
    assert result.returncode == 1
    assert "no database at" in result.stderr and "kenews crawl" in result.stderr
    assert not (tmp_path / "missing.db").exists()

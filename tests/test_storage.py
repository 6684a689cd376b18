"""Storage on real database files: save_story outcomes, failures, runs, the documented schema."""

import re
from pathlib import Path

import pytest

from storage.queries import failed_urls, search_stories, story_urls
from storage.schema import open_db
from storage.writes import finish_run, record_failure, save_run_site, save_story, start_run, sync_sources


class FakeSite:
    name, site_name, home_url, language = "tuko", "Tuko", "https://www.tuko.co.ke/", "en"
    feeds, news_sitemaps, listings = ("https://www.tuko.co.ke/rss/all.rss",), (), ()

    def discovery_urls(self):
        return [(u, "feed") for u in self.feeds]


def article(**changes) -> dict:
    base = {
        "url": "https://www.tuko.co.ke/kenya/600001-garissa-floods/?utm_source=rss",
        "canonical_url": "https://www.tuko.co.ke/kenya/600001-garissa-floods/",
        "source": "tuko", "title": "Garissa floods cut off villages", "lead": "Roads are impassable.",
        "body": "Floods have cut off villages in Garissa.\n\nResidents are using boats.", "authors": ["Hassan Ali"],
        "published_at": "2026-04-01T06:00:00Z", "updated_at": None, "section": "Kenya", "site_tags": ["Floods"],
        "image_url": "", "language": "en", "paywalled": False, "word_count": 12, "content_hash": "h1",
        "layout": "2026", "extraction": {"title": "ld"}, "crawled_at": "2026-04-01T07:00:00Z", "story_id": "",
        "tags": [{"code": "ke-county:007", "kind": "county", "label": "Garissa", "reason": "text", "score": 1.0}],
    }
    return {**base, **changes}


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    sync_sources(database, [FakeSite])
    yield database
    database.close()


def test_a_new_story_remembers_every_url(db):
    assert save_story(db, article()) == "new"
    story = next(db["stories"].rows)
    assert story["url"] == "https://www.tuko.co.ke/kenya/600001-garissa-floods/"
    assert story["published_day"] == "2026-04-01"
    assert {row["url"] for row in story_urls(db, story["id"])} == {
        "https://www.tuko.co.ke/kenya/600001-garissa-floods/",
        "https://www.tuko.co.ke/kenya/600001-garissa-floods/?utm_source=rss"}
    assert [row["tag_id"] for row in db["story_tags"].rows] == ["ke-county:007"]


def test_the_same_article_again_is_unchanged(db):
    save_story(db, article())
    before = list(db["stories"].rows)
    assert save_story(db, article(crawled_at="2026-04-01T08:00:00Z")) == "unchanged"
    assert list(db["stories"].rows) == before
    assert db["story_urls"].count == 2


def test_a_variant_url_finds_the_same_story(db):
    save_story(db, article())
    amp = article(url="https://tuko.co.ke/kenya/600001-garissa-floods?fbclid=abc", canonical_url="")
    assert save_story(db, amp) == "unchanged"
    assert db["stories"].count == 1 and db["story_urls"].count == 3


def test_a_correction_updates_the_story_and_keeps_its_id(db):
    save_story(db, article())
    story_id = next(db["stories"].rows)["id"]
    outcome = save_story(db, article(body="Floods have cut off six villages in Garissa.", content_hash="h2",
                                     crawled_at="2026-04-02T07:00:00Z"))
    assert outcome == "updated"
    story = db["stories"].get(story_id)
    assert story["body"] == "Floods have cut off six villages in Garissa." and story["changed_at"] == "2026-04-02T07:00:00Z"
    assert story["first_seen_at"] == "2026-04-01T07:00:00Z"


def test_a_copy_elsewhere_joins_the_story_and_the_fuller_text_wins(db):
    save_story(db, article())
    story_id = next(db["stories"].rows)["id"]
    copy = article(url="https://www.standardmedia.co.ke/article/2001/garissa", canonical_url="", story_id=story_id,
                   body="Floods have cut off villages in Garissa.\n\nResidents are using boats.\n\nA third paragraph.",
                   content_hash="h3")
    assert save_story(db, copy) == "duplicate"
    assert db["stories"].count == 1
    assert db["stories"].get(story_id)["body"].endswith("A third paragraph.")
    shorter = article(url="https://www.the-star.co.ke/news/2026-04-01-garissa", canonical_url="", story_id=story_id,
                      body="Floods have cut off villages.", content_hash="h4")
    assert save_story(db, shorter) == "duplicate"
    assert db["stories"].get(story_id)["body"].endswith("A third paragraph.")
    assert len(story_urls(db, story_id)) == 4


def test_storing_a_page_clears_its_failure(db):
    record_failure(db, article()["url"], "tuko", "HTTP 503")
    record_failure(db, article()["url"], "tuko", "HTTP 503")
    assert db["failures"].get(article()["url"])["attempts"] == 2
    assert failed_urls(db, "tuko") == [article()["url"]]
    save_story(db, article())
    assert db["failures"].count == 0


def test_skipped_pages_are_recorded_once(db):
    record_failure(db, "https://www.tuko.co.ke/video/1-x/", "tuko", "not an article: video page", kind="skipped")
    record_failure(db, "https://www.tuko.co.ke/video/1-x/", "tuko", "not an article: video page", kind="skipped")
    row = db["failures"].get("https://www.tuko.co.ke/video/1-x/")
    assert row["attempts"] == 1
    assert failed_urls(db, "tuko") == []


def test_runs_total_their_sites(db):
    run_id = start_run(db, ["tuko"], now="2026-04-01T07:00:00Z")
    save_run_site(db, run_id, "tuko", {"started_at": "2026-04-01T07:00:00Z", "stored": 3, "failed": 1})
    run = finish_run(db, run_id, "partial", now="2026-04-01T07:01:00Z")
    assert (run["stored"], run["failed"], run["status"]) == (3, 1, "partial")


def test_full_text_search(db):
    save_story(db, article())
    assert [row["title"] for row in search_stories(db, "boats")] == ["Garissa floods cut off villages"]
    assert search_stories(db, 'quotes " and (brackets') == []


def test_story_tags_keep_their_storys_publication_time(db):
    # by_county and by_subject list a tag's newest stories from story_tags alone.
    save_story(db, article())
    assert [row["published_at"] for row in db["story_tags"].rows] == ["2026-04-01T06:00:00Z"]
    save_story(db, article(published_at="2026-04-02T06:00:00Z", crawled_at="2026-04-02T07:00:00Z"))
    assert [row["published_at"] for row in db["story_tags"].rows] == ["2026-04-02T06:00:00Z"]


def test_migrations_run_once(db_path):
    open_db(db_path).close()
    db = open_db(db_path)
    assert db["_sqlite_migrations"].count == len(list(db["_sqlite_migrations"].rows))
    assert db.journal_mode == "wal"


def test_readme_documents_every_table_and_column(db):
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    schema = readme.split("## Schema", 1)[1].split("\n## ", 1)[0]
    for table in db.table_names():
        if table.startswith(("stories_fts", "_sqlite")):
            continue
        section = re.search(rf"### `{table}`\n(.*?)(?=\n### |\Z)", schema, re.S)
        assert section, f"README's schema section does not document table {table}"
        for column in db[table].columns_dict:
            assert f"`{column}`" in section.group(1), f"README does not document {table}.{column}"


def _open_at_once(path, barrier):
    barrier.wait()
    open_db(path).close()


def test_processes_opening_a_new_database_at_once_all_get_its_schema(tmp_path):
    # `scrapy crawl` forks its writer while the crawl records its run: both create the database.
    import multiprocessing

    context = multiprocessing.get_context("fork")
    path = str(tmp_path / "news.db")
    barrier = context.Barrier(4)
    processes = [context.Process(target=_open_at_once, args=(path, barrier)) for _ in range(4)]
    for process in processes:
        process.start()
    for process in processes:
        process.join(60)
    assert [process.exitcode for process in processes] == [0, 0, 0, 0]
    db = open_db(path)
    names = [row["name"] for row in db.query("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) > 0

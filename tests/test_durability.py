"""The database survives a crawler killed mid-run, and readers never wait on a crawl.

The tests crawl a healthy but slow site (tests/faultsite.py, `faults=False`)
with the real `kenews crawl` in a subprocess. A crawl is two processes, the crawl
and its writer (aggregator/writer.py): killing both at once is a power cut or
the OOM killer taking the process group; killing the crawl alone leaves the
writer to store what it already holds and release the lock.
"""

from __future__ import annotations

import fcntl
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import sqlite_utils

from storage.schema import open_db
from tests.conftest import REPO, run_kenews
from tests.faultsite import FaultSite

STORIES = 30


def start_crawl(site: FaultSite, db_path: str, sites_file) -> subprocess.Popen:
    env = {**os.environ, "KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "5"}
    return subprocess.Popen([sys.executable, "-m", "aggregator.cli", "crawl", "faultnews", "--mirror", site.url,
                             "--db", db_path], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            start_new_session=True)


def read_only(db_path: str, timeout: float = 5.0) -> sqlite3.Connection:
    """A connection the way Datasette opens one: read-only URI, sqlite3's default busy timeout."""
    return sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=timeout, check_same_thread=False)


def count(db_path: str, sql: str) -> int:
    if not os.path.exists(db_path):
        return 0
    connection = read_only(db_path)
    try:
        return connection.execute(sql).fetchone()[0]
    except sqlite3.OperationalError:  # no such table: the crawl has not made the schema yet
        return 0
    finally:
        connection.close()


def kill_when(process: subprocess.Popen, ready, group: bool = True, deadline: float = 60) -> None:
    """SIGKILL the crawl as soon as `ready()` is true (polled every 10 ms): with its writer
    process (`group`), or the crawl process alone."""
    give_up = time.monotonic() + deadline
    while not ready():
        assert process.poll() is None, "the crawl finished before the kill point"
        assert time.monotonic() < give_up, "the kill point never came"
        time.sleep(0.01)
    if group:
        os.killpg(process.pid, signal.SIGKILL)
    else:
        process.send_signal(signal.SIGKILL)
    process.wait()
    process.stdout.close()
    process.stderr.close()


def wait_for_lock_release(db_path: str, deadline: float = 60) -> float:
    """Seconds until no process holds the crawl's lock file (a writer left running finishes first)."""
    started = time.monotonic()
    with open(db_path + ".lock", "a+") as handle:
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                assert time.monotonic() - started < deadline, "the lock was never released"
                time.sleep(0.05)
                continue
            fcntl.flock(handle, fcntl.LOCK_UN)
            return time.monotonic() - started


def check_consistent(db_path: str) -> int:
    """Assert the database is whole; return how many stories it holds."""
    connection = sqlite3.connect(db_path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        connection.execute("INSERT INTO stories_fts(stories_fts) VALUES ('integrity-check')")
        checks = {
            "two stories at one URL": "SELECT count(*) FROM (SELECT url FROM stories GROUP BY url HAVING count(*) > 1)",
            "one page in two stories": "SELECT count(*) FROM (SELECT url_key FROM story_urls GROUP BY url_key"
                                       " HAVING count(DISTINCT story_id) > 1)",
            "story_urls pointing nowhere": "SELECT count(*) FROM story_urls WHERE story_id NOT IN (SELECT id FROM stories)",
            "story_tags pointing nowhere": "SELECT count(*) FROM story_tags WHERE story_id NOT IN (SELECT id FROM stories)",
            "stories without a URL row": "SELECT count(*) FROM stories WHERE id NOT IN (SELECT story_id FROM story_urls)",
            "stories half written": "SELECT count(*) FROM stories WHERE title = '' OR body = '' OR content_hash = ''",
            "stories not indexed": "SELECT (SELECT count(*) FROM stories) - (SELECT count(*) FROM stories_fts)",
        }
        for problem, sql in checks.items():
            assert connection.execute(sql).fetchone()[0] == 0, problem
        return connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    finally:
        connection.close()


def test_a_crawl_killed_at_any_point_loses_nothing(tmp_path):
    db_path = str(tmp_path / "news.db")
    kill_points = [  # (when, the writer killed too)
        (lambda: count(db_path, "SELECT count(*) FROM crawl_runs") >= 1, True),  # while starting up
        (lambda: count(db_path, "SELECT count(*) FROM stories") >= 5, True),
        (lambda: count(db_path, "SELECT count(*) FROM stories") >= 12, False),
        (lambda: count(db_path, "SELECT count(*) FROM stories") >= 20, True),
    ]
    with FaultSite(healthy=STORIES, faults=False, delay=0.3) as site:
        sites_file = tmp_path / "sites.toml"
        sites_file.write_text(site.sites_toml())
        stored = []
        for ready, group in kill_points:
            kill_when(start_crawl(site, db_path, sites_file), ready, group)
            wait_for_lock_release(db_path)
            stored.append(check_consistent(db_path))
        result = run_kenews("crawl", "faultnews", "--mirror", site.url, "--db", db_path,
                            env={"KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "5"})
    assert stored == sorted(stored) and stored[-1] < STORIES, stored  # each kill came mid-crawl
    assert result.returncode == 0, result.stderr[-3000:]
    assert check_consistent(db_path) == STORIES
    db = sqlite_utils.Database(db_path)
    assert {row["url"] for row in db["stories"].rows} == {story.url for story in site.stories.values()}
    assert [row["status"] for row in db["crawl_runs"].rows] == ["interrupted"] * len(kill_points) + ["ok"]
    assert not db["failures"].count


def test_readers_never_see_a_locked_database_during_a_crawl(tmp_path):
    db_path = str(tmp_path / "news.db")
    open_db(db_path).close()  # the database Datasette is serving when cron starts a crawl
    queries = [
        "SELECT count(*) FROM stories",
        "SELECT id, title, published_at FROM stories ORDER BY published_at DESC LIMIT 20",
        "SELECT source, count(*) FROM stories GROUP BY source",
        "SELECT stories.title FROM stories_fts JOIN stories ON stories.rowid = stories_fts.rowid"
        " WHERE stories_fts MATCH 'county' LIMIT 10",
        "SELECT tags.label, count(*) FROM story_tags JOIN tags ON tags.id = story_tags.tag_id GROUP BY tags.label",
        "SELECT * FROM story_urls ORDER BY last_seen_at DESC LIMIT 20",
        "SELECT * FROM failures",
        "SELECT * FROM crawl_runs ORDER BY id DESC",
    ]
    errors: list[str] = []
    seen_counts: set[int] = set()
    ran = [0]
    crawling = threading.Event()

    def reader(fresh_every: int):
        # Datasette keeps a connection per thread; one reader here also reconnects often. A reader
        # waits at most 1 s for a lock (Datasette: 5 s): under a loaded CI machine a WAL checkpoint
        # can hold one for milliseconds, which is not what this test is about.
        connection, done = read_only(db_path, timeout=1), 0
        while crawling.is_set():
            for sql in queries:
                try:
                    rows = connection.execute(sql).fetchall()
                except sqlite3.OperationalError as error:
                    errors.append(str(error))
                    continue
                if sql == queries[0]:
                    seen_counts.add(rows[0][0])
                done += 1
            if done % fresh_every == 0:
                connection.close()
                connection = read_only(db_path, timeout=1)
        connection.close()
        ran[0] += done

    with FaultSite(healthy=STORIES, faults=False, delay=0.2) as site:
        sites_file = tmp_path / "sites.toml"
        sites_file.write_text(site.sites_toml())
        crawling.set()
        readers = [threading.Thread(target=reader, args=(every,)) for every in (10**9, len(queries))]
        for thread in readers:
            thread.start()
        result = run_kenews("crawl", "faultnews", "--mirror", site.url, "--db", db_path,
                            env={"KENEWS_SITES": str(sites_file), "KENEWS_DOWNLOAD_TIMEOUT": "5"})
        crawling.clear()
        for thread in readers:
            thread.join()
    assert result.returncode == 0, result.stderr[-3000:]
    assert errors == []
    assert len(seen_counts) > 5 and max(seen_counts) == STORIES  # the readers read while the crawl wrote
    print(f"{ran[0]} read-only queries during the crawl, {len(errors)} errors")

"""Distributed crawling on a real Redis: `kenews crawl --redis` workers, `kenews ingest` as the one writer.

The site is a configured one (KENEWS_SITES) with 200 invented article pages
listed in a news sitemap, served through `--mirror` by a local server that logs
every request, so "fetched once" means the server saw the request once.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
import redis
import sqlite_utils
from click.testing import CliRunner

from aggregator.cli import cli
from aggregator.distributed import (BAD_KEY, ITEMS_KEY, PROCESSING_KEY, STORED_KEY, cycle_key, failed_key,
                                    item_to_json)
from aggregator.items import Article, PageFailure
from tests.conftest import REPO
from tests.redisserver import redis_server  # noqa: F401 (a fixture)

HOST = "www.mtaanitimes.example"
SITES_TOML = f"""
[site.mtaani]
name = "Mtaani Times"
home_url = "https://{HOST}/"
allowed_domains = ["{HOST}"]
news_sitemaps = ["https://{HOST}/sitemap.xml"]
article_urls = ['^/news/\\d+-']
"""

PLACES = ["Githurai", "Kariobangi", "Nyalenda", "Kondele", "Mlolongo", "Kitengela", "Ruiru", "Juja", "Kibera",
          "Kawangware", "Bamburi", "Likoni", "Kisauni", "Mumias", "Eldama Ravine", "Nanyuki", "Isiolo", "Voi"]
PEOPLE = ["Grace Wanjiru", "Peter Otieno", "Amina Hassan", "Joseph Kiprono", "Mercy Achieng", "David Mwangi",
          "Halima Abdi", "Samuel Njoroge", "Faith Chebet", "Brian Omondi", "Zawadi Mutua", "Hassan Juma"]
COUNTIES = ["Kisumu", "Mombasa", "Nakuru", "Kiambu", "Machakos", "Kajiado", "Kakamega", "Bungoma", "Nyeri",
            "Meru", "Kilifi", "Turkana", "Garissa", "Uasin Gishu"]
ORGS = ["Kenya Power", "the Kenya Red Cross", "the county water company", "the Ministry of Education",
        "the Kenya Urban Roads Authority", "the National Irrigation Authority", "the county assembly"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
SENTENCES = [
    "Residents of {place} said the new footbridge had been delayed for {n} months.",
    "{person}, a trader at the {place} market, said the price of sukuma wiki had risen by {n} per cent.",
    "The county government of {county} said it would set aside {n} million shillings for the work.",
    "Officials from {org} visited {place} on {day} to inspect the stalled project.",
    "Boda boda riders in {place} met on {day} to discuss the new parking rules.",
    "{person} told reporters that families in {place} had waited long enough for help.",
    "{org} said {n} families had been displaced by the floods in {county}.",
    "Pupils at {place} Primary School walked {n} kilometres to class during the week.",
    "A spokesperson for {org} said talks with the residents would continue on {day}.",
    "Farmers in {county} expect a better maize harvest after the short rains, {person} said.",
    "The ward representative for {place} asked the assembly for {n} million shillings for roads.",
    "{person} said the water kiosk at {place} had been dry since {day} last week.",
    "Police in {county} said {n} suspects were arrested after the incident in {place}.",
    "Traders at the {place} stage said business had slowed since the matatu strike began.",
    "{org} plans to plant {n} thousand seedlings across {county} before the long rains.",
    "Health workers in {place} said the dispensary needs at least {n} more nurses.",
    "Youth groups in {place} spent {day} clearing drainage channels ahead of the rains.",
    "{person} urged the national government to finish the dam that has stalled in {county}.",
    "Electricity returned to {place} on {day} after a blackout that lasted {n} hours.",
    "Bus operators between {place} and Nairobi raised fares by {n} shillings this month.",
]


def article_html(number: int) -> bytes:
    pick = random.Random(number)
    fill = {"place": pick.choice(PLACES), "county": pick.choice(COUNTIES), "org": pick.choice(ORGS),
            "person": pick.choice(PEOPLE), "day": pick.choice(DAYS)}
    paragraphs = [sentence.format(n=pick.randint(2, 90), **fill) for sentence in pick.sample(SENTENCES, 6)]
    paragraphs.append(f"This is report number {number} in our series from {fill['county']} County.")
    title = f"{fill['place']} residents count the cost as {fill['county']} waits for help ({number})"
    body = "".join(f"<p>{paragraph}</p>\n" for paragraph in paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title} - Mtaani Times</title>
<meta property="og:title" content="{title}">
<meta name="author" content="{fill['person']}">
<meta property="article:published_time" content="2025-06-{1 + number % 28:02d}T08:00:00+03:00">
</head><body><nav><a href="/">Home</a></nav>
<article><h1>{title}</h1><div class="entry-content">
{body}</div></article><footer>Mtaani Times</footer></body></html>""".encode()


def article_path(number: int) -> str:
    return f"/news/{number}-residents-count-the-cost/"


class NewsSite:
    """The mirror of the site: `/HOST/PATH` for `https://HOST/PATH`, every request logged.

    The sitemap is answered once `opened` is set, so that every worker of a
    test is up before there is work (a late starter would find none).
    """

    def __init__(self, pages: int, page_delay: float = 0.0):
        self.pages = pages
        self.page_delay = page_delay
        self.opened = threading.Event()
        self.log: list[tuple[float, str]] = []  # (time, path) of every request, in arrival order
        lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                with lock:
                    site.log.append((time.monotonic(), self.path))
                body = site.answer(self.path)
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def answer(self, path: str) -> bytes | None:
        prefix = f"/{HOST}"
        if path == f"{prefix}/sitemap.xml":
            self.opened.wait(timeout=120)
            urls = "".join(f"<url><loc>https://{HOST}{article_path(n)}</loc></url>" for n in range(1, self.pages + 1))
            return f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'.encode()
        match = re.fullmatch(rf"{re.escape(prefix)}/news/(\d+)-residents-count-the-cost/", path)
        if match and 1 <= int(match.group(1)) <= self.pages:
            time.sleep(self.page_delay)
            return article_html(int(match.group(1)))
        return None

    def article_fetches(self, since: int = 0) -> Counter:
        """Fetches per article path, from the `since`-th logged request on."""
        return Counter(path.removeprefix(f"/{HOST}") for _, path in self.log[since:] if "/news/" in path)

    def stop(self):
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def sites_env(tmp_path):
    sites_file = tmp_path / "sites.toml"
    sites_file.write_text(SITES_TOML)
    return {"KENEWS_SITES": str(sites_file)}


def start_workers(count: int, redis_url: str, site: NewsSite, env: dict, log_dir, cycle: str = "c1") -> list:
    """`count` workers of one cycle; returns once each has opened its spider, and lets the site answer."""
    log_dir.mkdir(exist_ok=True)
    workers, logs = [], []
    for _ in range(count):
        logs.append(log_dir / f"worker-{time.monotonic_ns()}.log")
        workers.append(subprocess.Popen(
            [sys.executable, "-m", "aggregator.cli", "crawl", "mtaani", "--redis", redis_url, "--cycle", cycle,
             "--mirror", site.url, "--log-level", "INFO"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=open(logs[-1], "w"), text=True, env={**os.environ, **env}))
    deadline = time.monotonic() + 120
    while not all("Spider opened" in log.read_text() for log in logs) and time.monotonic() < deadline:
        time.sleep(0.1)
    site.opened.set()
    return workers


def finish(worker: subprocess.Popen) -> tuple[int, str]:
    out, _ = worker.communicate(timeout=120)
    return worker.returncode, out


def pages_fetched(summary: str) -> int:
    return int(re.search(r"(\d+) pages fetched", summary).group(1))


def items_queued(summary: str) -> int:
    return int(re.search(r"(\d+) items queued", summary).group(1))


def ingest(redis_url: str, db_path: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "aggregator.cli", "ingest", "--redis", redis_url, "--db", db_path],
                          cwd=REPO, capture_output=True, text=True, timeout=120, env={**os.environ, **env})


def stored_paths(db_path: str) -> Counter:
    db = sqlite_utils.Database(db_path)
    return Counter(row["url"].removeprefix(f"https://{HOST}") for row in db["stories"].rows)


def test_two_workers_fetch_every_page_once_and_ingest_stores_every_story_once(redis_server, sites_env, tmp_path):
    site = NewsSite(200)
    try:
        results = [finish(worker) for worker in start_workers(2, redis_server.url, site, sites_env, tmp_path / "logs")]
    finally:
        site.stop()
    for code, summary in results:
        assert code == 0, summary
    fetches = site.article_fetches()
    assert len(fetches) == 200 and set(fetches.values()) == {1}, fetches.most_common(3)
    assert [path for _, path in site.log].count(f"/{HOST}/sitemap.xml") == 1  # seeded by one worker only
    assert sum(pages_fetched(summary) for _, summary in results) == len(site.log)  # robots.txt: one each
    split = [items_queued(summary) for _, summary in results]
    assert all(split) and sum(split) == 200, split  # both workers took articles from the one queue

    db_path = str(tmp_path / "news.db")
    result = ingest(redis_server.url, db_path, sites_env)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "200 items — 200 new, 0 updated" in result.stdout
    assert set(stored_paths(db_path).values()) == {1} and len(stored_paths(db_path)) == 200
    server = redis.Redis.from_url(redis_server.url)
    assert server.llen(ITEMS_KEY) == 0 and server.llen(PROCESSING_KEY) == 0
    assert server.hlen(STORED_KEY) == 200  # what the next cycle's workers will not fetch again
    again = ingest(redis_server.url, db_path, sites_env)
    assert "kenews ingest: 0 items" in again.stdout


def test_a_killed_workers_pages_are_fetched_in_the_next_cycle_and_nothing_else_is(redis_server, sites_env, tmp_path):
    site = NewsSite(200, page_delay=0.03)
    db_path = str(tmp_path / "news.db")
    server = redis.Redis.from_url(redis_server.url)
    try:
        killed, survivor = start_workers(2, redis_server.url, site, sites_env, tmp_path / "logs")
        deadline = time.monotonic() + 60
        while len(site.article_fetches()) < 60 and time.monotonic() < deadline:
            time.sleep(0.02)
        killed.send_signal(signal.SIGKILL)
        killed.wait()
        code, summary = finish(survivor)
        assert code == 0, summary
        assert server.llen(cycle_key("c1", "mtaani", "requests")) == 0  # the survivor finished the queue
        first_cycle = len(site.log)
        assert ingest(redis_server.url, db_path, sites_env).returncode == 0
        after_kill = stored_paths(db_path)
        # What the killed worker had popped but not fetched, or fetched but not yet queued.
        lost = {article_path(n) for n in range(1, 201)} - set(after_kill)
        assert lost

        (next_cycle,) = start_workers(1, redis_server.url, site, sites_env, tmp_path / "logs", cycle="c2")
        code, summary = finish(next_cycle)
        assert code == 0, summary
        assert f"{len(lost) + 2} pages fetched, {200 - len(lost)} stored pages not fetched again" in summary
        second = ingest(redis_server.url, db_path, sites_env)
        assert second.returncode == 0, second.stderr[-3000:]
    finally:
        site.stop()
    assert set(site.article_fetches(since=first_cycle)) == lost  # only the lost pages, each once
    assert set(site.article_fetches(since=first_cycle).values()) == {1}
    stored = stored_paths(db_path)
    assert len(stored) == 200 and set(stored.values()) == {1}
    assert f"{len(lost)} new, 0 updated, {200 - len(lost)} unchanged" in second.stdout


def test_workers_together_keep_the_shared_delay_between_requests_to_a_site(redis_server, sites_env, tmp_path):
    site = NewsSite(20)
    env = {**sites_env, "KENEWS_SHARED_DELAY": "0.2"}
    try:
        results = [finish(worker) for worker in start_workers(2, redis_server.url, site, env, tmp_path / "logs")]
    finally:
        site.stop()
    assert all(items_queued(summary) for _, summary in results), results  # both workers fetched articles
    times = [moment for moment, _ in site.log]
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    assert len(times) == 20 + 3  # the articles, the sitemap and each worker's robots.txt
    # Turns are granted 0.2 s apart. A worker busy parsing a page may send its request a
    # little after its turn, so one gap at the server can shrink while the next one grows.
    assert sum(gaps) >= 0.2 * len(gaps) * 0.98, sum(gaps)
    assert min(gaps) >= 0.1, sorted(gaps)[:3]


def test_ingest_first_stores_what_a_stopped_ingest_left_and_sets_bad_items_aside(redis_server, db_path):
    server = redis.Redis.from_url(redis_server.url, decode_responses=True)
    story = {"source": "star", "title": "Kisumu port reopens after repairs", "published_at": "2026-05-01T07:00:00Z",
             "body": "The port of Kisumu reopened on Monday after three months of repairs.\n\n"
                     "Ships will resume trips to Jinja and Mwanza this week, the ports authority said."}
    left_behind = item_to_json(Article(url="https://www.the-star.co.ke/news/kisumu-port-reopens/", **story))
    queued = item_to_json(Article(url="https://www.the-star.co.ke/news/kisumu-port-ships/",
                                  **{**story, "title": "Ships return to Kisumu",
                                     # another story, not a near copy: the dedupe stage would merge those
                                     "body": "Three cargo ships docked at Kisumu on Tuesday, the first since the "
                                             "port reopened.\n\nTraders said the cost of moving maize to "
                                             "Uganda by lake had halved compared with the road."}))
    server.rpush(PROCESSING_KEY, left_behind)
    server.rpush(ITEMS_KEY, queued, '{"type": "Article", "item": {"title": "no url"}}')
    result = CliRunner().invoke(cli, ["ingest", "--redis", redis_server.url, "--db", db_path])
    assert result.exit_code == 3, result.output
    assert "3 items — 2 new" in result.output and "1 bad" in result.output
    assert server.llen(PROCESSING_KEY) == 0 and server.llen(ITEMS_KEY) == 0
    assert server.lrange(BAD_KEY, 0, -1) == ['{"type": "Article", "item": {"title": "no url"}}']
    assert sqlite_utils.Database(db_path)["stories"].count == 2


def test_ingest_tells_workers_which_failed_pages_to_retry(redis_server, db_path):
    server = redis.Redis.from_url(redis_server.url, decode_responses=True)
    server.rpush(ITEMS_KEY, item_to_json(PageFailure(url="https://www.tuko.co.ke/kenya/1-gone/", source="tuko",
                                                     reason="HTTP 503")))
    result = CliRunner().invoke(cli, ["ingest", "--redis", redis_server.url, "--db", db_path])
    assert result.exit_code == 0, result.output
    assert "1 failed" in result.output
    assert server.smembers(failed_key("tuko")) == {"https://www.tuko.co.ke/kenya/1-gone/"}


def test_ingest_follow_stores_items_as_they_come(redis_server, db_path):
    server = redis.Redis.from_url(redis_server.url, decode_responses=True)
    follower = subprocess.Popen([sys.executable, "-m", "aggregator.cli", "ingest", "--follow", "--db", db_path],
                                cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**os.environ, "KENEWS_REDIS_URL": redis_server.url})
    try:
        time.sleep(0.5)
        server.rpush(ITEMS_KEY, item_to_json(Article(
            url="https://www.the-star.co.ke/news/nyeri-milk-prices/", source="star", title="Nyeri milk prices rise",
            body="Dairy farmers in Nyeri will be paid more for each litre from next month.")))
        deadline = time.monotonic() + 60
        while server.llen(ITEMS_KEY) + server.llen(PROCESSING_KEY) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert follower.poll() is None  # still following
    finally:
        follower.send_signal(signal.SIGINT)
        follower.communicate(timeout=30)
    assert sqlite_utils.Database(db_path)["stories"].count == 1


def test_the_redis_url_comes_from_the_option_or_the_environment(monkeypatch):
    monkeypatch.delenv("KENEWS_REDIS_URL", raising=False)
    missing = CliRunner().invoke(cli, ["ingest", "--redis"])
    assert missing.exit_code == 2 and "KENEWS_REDIS_URL" in missing.output
    site_as_url = CliRunner().invoke(cli, ["crawl", "--redis", "tuko"])
    assert site_as_url.exit_code == 2 and "write --redis after the site names" in site_as_url.output
    assert CliRunner().invoke(cli, ["crawl", "tuko", "--cycle", "c1"]).exit_code == 2  # --cycle needs --redis
    monkeypatch.setenv("KENEWS_REDIS_URL", "redis://127.0.0.1:1/0")
    unreachable = CliRunner().invoke(cli, ["ingest", "--redis", "--db", "unused.db"])
    assert unreachable.exit_code == 1 and "cannot reach Redis at 127.0.0.1:1" in unreachable.output


def test_each_ingest_is_a_crawl_run_that_stats_and_health_see(redis_server, db_path):
    server = redis.Redis.from_url(redis_server.url, decode_responses=True)
    server.rpush(ITEMS_KEY, item_to_json(Article(
        url="https://www.the-star.co.ke/news/2026-05-01-nyeri-milk-prices/", source="star", layout="2025",
        title="Nyeri dairy farmers to earn more per litre", published_at="2026-05-01T07:00:00Z",
        authors=["Wanjiru Maina"],
        body="Dairy farmers in Nyeri will be paid more for each litre of milk from next month, the county said.\n\n"
             "The cooperative said the new price follows a rise in demand from processors in Nairobi.")))
    server.rpush(ITEMS_KEY, item_to_json(PageFailure(url="https://www.tuko.co.ke/kenya/1-gone/", source="tuko",
                                                     reason="HTTP 503")))
    result = CliRunner().invoke(cli, ["ingest", "--redis", redis_server.url, "--db", db_path])
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    (run,) = db["crawl_runs"].rows
    assert (run["status"], run["stored"], run["failed"]) == ("partial", 1, 1)
    sites = {row["source"]: row for row in db["crawl_run_sites"].rows}
    assert sites["star"]["stored"] == 1 and sites["star"]["parsed_by_layout"] == 1
    assert sites["tuko"]["failed"] == 1
    health = CliRunner().invoke(cli, ["health", "--db", db_path])
    assert "star" in health.output

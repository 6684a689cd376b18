"""Distributed crawling on Redis: `kenews crawl --redis URL` workers and the `kenews ingest` writer.

Workers on any number of machines share, per site and per crawl cycle, one
request queue and one seen-set (scrapy-redis's scheduler and dupefilter), so no
URL is fetched twice in a cycle. They push every item as JSON to one Redis
list; `kenews ingest` moves each item to a processing list, runs it through the
crawl's own pipelines into SQLite (the single writer) and only then removes it,
so a crashed ingest loses nothing.

- **Seeding once.** The first worker to claim a site in a cycle (`SET NX`) reads
  its feeds, sitemaps and listings and keeps those requests in its own local
  queue (NewsSpider counts its discovery documents, so they must stay in one
  process); article requests go to the shared queue. The other workers wait
  until there is work, then pop.
- **Recovery by re-seeding.** A killed worker loses the requests it had popped.
  The next cycle has a fresh seen-set, so discovery lists those pages again;
  pages already stored are skipped because `kenews ingest` publishes what is
  stored (`STORED_KEY`) and workers consult it like `IncrementalFetch` consults
  SQLite. Failed pages are retried the same way (`failed_key`).
- **Politeness across workers.** Before a request goes out, a worker waits for
  `SET kenews:polite:<host> NX PX <delay>`: one request per delay per host, all
  workers together.

Queue entries are pickled by scrapy-redis: whoever can write to Redis can run
code on the workers. Protect Redis (password or ACL, private network, TLS).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import socket
import time
from collections import Counter, deque
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import redis
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from scrapy.exceptions import DontCloseSpider, NotConfigured
from scrapy.utils.misc import load_object
from scrapy_redis import scheduler
from twisted.internet.task import LoopingCall

from aggregator.extensions import RunTally
from aggregator.crawl import EXIT_CODES, crawl_lock, crawl_settings
from aggregator.items import Article, PageFailure, PageUnchanged
from aggregator.middlewares import IncrementalFetch, MirrorDownloadHandler, RetryFailedPages
from aggregator.urls import canonical_url

logger = logging.getLogger(__name__)

URL_SCHEMES = ("redis://", "rediss://", "unix://")
ITEMS_KEY = "kenews:items"  # workers RPUSH, ingest pops
PROCESSING_KEY = "kenews:items:processing"  # popped by ingest, not yet stored
BAD_KEY = "kenews:items:bad"  # items ingest could not read or store, kept for a person to look at
STORED_KEY = "kenews:stored"  # hash: canonical URL → what SQLite holds for the page (see known_page)
KEEP_SECONDS = 24 * 3600  # a cycle's queue, seen-set and claims are dropped a day after its last activity
BUSY_SECONDS = 5  # a worker that stops refreshing its busy mark (killed) is taken as gone after this
BEAT_SECONDS = 1.0
BLOCK_SECONDS = 5  # ingest --follow blocks this long per pop; the socket timeout must exceed it
CYCLE_MINUTES = 30


class RedisUnavailable(Exception):
    """Redis did not answer."""


def redis_url(value: str | None) -> str:
    """The Redis URL from `--redis URL`, or from KENEWS_REDIS_URL when `--redis` came without one."""
    url = value or os.environ.get("KENEWS_REDIS_URL", "")
    if not url:
        raise ValueError("no Redis URL: give --redis URL or set KENEWS_REDIS_URL")
    if not url.startswith(URL_SCHEMES):
        raise ValueError(f"--redis takes a URL starting with redis://, rediss:// or unix:// (got {url!r}); "
                         "with the URL in KENEWS_REDIS_URL, write --redis after the site names")
    return url


@lru_cache(maxsize=None)  # one connection pool per process, shared by every site's components
def connect(url: str) -> redis.Redis:
    # redis-py 8 defaults to a 5 s socket timeout, shorter than a blocking pop may wait.
    return redis.Redis.from_url(url, decode_responses=True, socket_timeout=BLOCK_SECONDS + 25,
                                socket_connect_timeout=10, health_check_interval=30)


def ping(server: redis.Redis) -> None:
    try:
        server.ping()
    except redis.RedisError as error:
        where = server.connection_pool.connection_kwargs
        raise RedisUnavailable(f"cannot reach Redis at {where.get('host') or where.get('path')}:"
                               f"{where.get('port', '')}: {error}") from None


def current_cycle(now: float | None = None) -> str:
    """The crawl cycle a worker started now belongs to: its 30-minute UTC slot, e.g. 20261124T1030Z."""
    slot = int((now or time.time()) // (CYCLE_MINUTES * 60) * (CYCLE_MINUTES * 60))
    return time.strftime("%Y%m%dT%H%MZ", time.gmtime(slot))


def check_cycle(cycle: str) -> str:
    if not re.fullmatch(r"[A-Za-z0-9_.-]{1,64}", cycle):
        raise ValueError(f"a cycle id is letters, digits, '_', '.' and '-' (got {cycle!r})")
    return cycle


def cycle_key(cycle: str, site: str, part: str) -> str:
    return f"kenews:cycle:{cycle}:{site}:{part}"


def failed_key(site: str) -> str:
    return f"kenews:failed:{site}"


def worker_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


# --- items on the wire -------------------------------------------------------------------------

ITEM_TYPES = {cls.__name__: cls for cls in (Article, PageFailure, PageUnchanged)}


def item_to_json(item) -> str:
    return json.dumps({"type": type(item).__name__, "item": asdict(item)}, ensure_ascii=False)


def item_from_json(raw: str):
    """An item pushed by `item_to_json`; raises ValueError when it is not one."""
    try:
        data = json.loads(raw)
        return ITEM_TYPES[data["type"]](**data["item"])
    except (ValueError, KeyError, TypeError) as error:
        raise ValueError(f"not a kenews item: {error!r}") from None


# --- worker side -------------------------------------------------------------------------------

def worker_settings(settings, url: str, cycle: str) -> None:
    """Turn a crawl's settings into a worker's: shared queue and seen-set, items to Redis, no SQLite."""
    components = {
        "DOWNLOADER_MIDDLEWARES": {"aggregator.middlewares.IncrementalFetch": None,
                                   "aggregator.distributed.IncrementalFetchFromRedis": 120},
        "SPIDER_MIDDLEWARES": {"aggregator.middlewares.RetryFailedPages": None,
                               "aggregator.distributed.RetryFailedPagesFromRedis": 100,
                               "aggregator.distributed.SharedCrawl": 50},
        "EXTENSIONS": {"aggregator.extensions.CrawlRunRecorder": None},  # run records need SQLite
    }
    settings.setdict({name: {**settings.getdict(name), **extra} for name, extra in components.items()},
                     priority="cmdline")
    settings.setdict({
        "KENEWS_DB": "", "KENEWS_REDIS_URL": url, "KENEWS_CYCLE": cycle, "KENEWS_WORKER": worker_id(),
        "REDIS_URL": url,
        "SCHEDULER": "aggregator.distributed.SharedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # With several workers the default (False) lets the first to finish wipe the shared queue.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": cycle_key(cycle, "%(spider)s", "requests"),
        "SCHEDULER_DUPEFILTER_KEY": cycle_key(cycle, "%(spider)s", "seen"),
        "ITEM_PIPELINES": {"aggregator.distributed.PushItems": 100},
        "DOWNLOAD_HANDLERS": {"http": "aggregator.distributed.PoliteDownloadHandler",
                              "https": "aggregator.distributed.PoliteDownloadHandler"},
    }, priority="cmdline")


@dataclass
class WorkerResult:
    worker: str
    cycle: str
    sites: dict[str, dict]  # site → finish_reason, fetched, not_refetched, queued

    @property
    def status(self) -> str:
        finished = [site for site, figures in self.sites.items() if figures["finish_reason"] == "finished"]
        return "ok" if len(finished) == len(self.sites) else "failed" if not finished else "partial"

    @property
    def exit_code(self) -> int:
        return EXIT_CODES[self.status]

    def summary(self) -> str:
        total = Counter()
        for figures in self.sites.values():
            total.update({key: value for key, value in figures.items() if key != "finish_reason"})
        return (f"kenews crawl: {self.status} — worker {self.worker}, cycle {self.cycle}: {total['fetched']} pages "
                f"fetched, {total['not_refetched']} stored pages not fetched again, {total['queued']} items queued "
                f"for `kenews ingest` ({len(self.sites)} sites)")


def run_worker(sites: list[str] | None, url: str, cycle: str | None = None, mirror: str | None = None,
               overrides: dict | None = None) -> WorkerResult:
    """Crawl the named sites (all enabled ones when none) as one worker of a shared crawl."""
    from aggregator.sites import all_sites, get_site

    spiders = [get_site(name) for name in sites] if sites else list(all_sites().values())
    cycle = check_cycle(cycle or current_cycle())
    ping(connect(url))  # fail before Scrapy starts
    settings = crawl_settings("", mirror, overrides)
    worker_settings(settings, url, cycle)
    process = CrawlerProcess(settings)
    crawlers = [process.create_crawler(spider) for spider in spiders]
    for crawler in crawlers:
        process.crawl(crawler)
    process.start()
    figures = {}
    for spider, crawler in zip(spiders, crawlers):
        stats = crawler.stats.get_stats()
        not_refetched = stats.get("kenews/incremental/not_refetched", 0)  # answered by IncrementalFetch, not the site
        figures[spider.name] = {"finish_reason": stats.get("finish_reason", "did not finish"),
                                "fetched": stats.get("downloader/response_count", 0) - not_refetched,
                                "not_refetched": not_refetched,
                                "queued": stats.get("kenews/redis/items_pushed", 0)}
    return WorkerResult(worker=settings.get("KENEWS_WORKER"), cycle=cycle, sites=figures)


def is_discovery(request) -> bool:
    return "kenews_kind" in request.meta  # set by NewsSpider on feed, sitemap and listing requests


class SharedScheduler(scheduler.Scheduler):
    """scrapy-redis's scheduler without the calls Scrapy 2.19 deprecates, plus a local queue.

    Discovery requests stay in the worker that seeded the site: NewsSpider
    counts a site's feeds and sitemaps to decide when to fall back to listing
    pages, and that count lives in one process. Article requests are shared.
    """

    def open(self, spider):
        self.spider = spider
        self.local = deque()
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider,
                                                 key=self.queue_key % {"spider": spider.name},
                                                 serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if len(self.queue):
            spider.logger.info("joining a crawl with %d requests queued", len(self.queue))

    def __len__(self):
        return len(self.local) + len(self.queue)

    def has_pending_requests(self):
        return bool(self.local) or len(self.queue) > 0

    def enqueue_request(self, request):
        if is_discovery(request):
            self.local.append(request)
            return True
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        if self.local:
            return self.local.popleft()
        request = self.queue.pop()
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


class SharedCrawl:
    """Spider middleware of a worker: one worker seeds each site per cycle, none leaves while work remains.

    A worker is "busy" on a site while it has requests in flight or queued
    locally; it says so with a key that expires BUSY_SECONDS after its last
    heartbeat, so a killed worker stops counting. A worker closes its site when
    the shared queue is empty and no other worker is busy on it.
    """

    def __init__(self, crawler, server: redis.Redis, cycle: str, worker: str):
        self.crawler = crawler
        self.server = server
        self.cycle = cycle
        self.worker = worker
        self.waiting = False  # waiting in start() for the seeding worker's first requests: not busy
        self.heartbeat = LoopingCall(self.beat)

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("KENEWS_REDIS_URL")
        if not url:
            raise NotConfigured("not a distributed crawl")
        middleware = cls(crawler, connect(url), crawler.settings.get("KENEWS_CYCLE"),
                         crawler.settings.get("KENEWS_WORKER"))
        crawler.signals.connect(middleware.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(middleware.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def key(self, part: str) -> str:
        return cycle_key(self.cycle, self.crawler.spider.name, part)

    async def process_start(self, start):
        self.mark_busy()  # before claiming, so a worker that loses the claim sees the winner busy
        if self.server.set(self.key("seeder"), self.worker, nx=True, ex=KEEP_SECONDS):
            self.crawler.spider.logger.info("seeding %s for cycle %s", self.crawler.spider.name, self.cycle)
            async for item_or_request in start:
                yield item_or_request
            return
        self.waiting = True
        self.server.delete(self.key(f"busy:{self.worker}"))
        while not self.queued() and self.others_busy():
            await asyncio.sleep(0.2)
        self.waiting = False

    def mark_busy(self) -> None:
        self.server.set(self.key(f"busy:{self.worker}"), 1, ex=BUSY_SECONDS)

    def queued(self) -> int:
        return self.server.llen(self.key("requests"))

    def others_busy(self) -> bool:
        mine = self.key(f"busy:{self.worker}")
        return any(key != mine for key in self.server.scan_iter(match=self.key("busy:*"), count=100))

    def beat(self) -> None:
        if self.waiting or self.crawler.engine.spider_is_idle():
            self.server.delete(self.key(f"busy:{self.worker}"))
        else:
            self.mark_busy()
        with self.server.pipeline() as pipe:
            for part in ("requests", "seen", "seeder"):
                pipe.expire(self.key(part), KEEP_SECONDS)
            pipe.execute()

    def spider_opened(self, spider):
        self.heartbeat.start(BEAT_SECONDS, now=False)

    def spider_idle(self, spider):
        # Another worker may still push requests (its pages in flight, its discovery), and a
        # momentarily empty queue is no reason to leave; the engine asks again every 5 s.
        if self.queued() or self.others_busy():
            raise DontCloseSpider

    def spider_closed(self, spider, reason):
        if self.heartbeat.running:
            self.heartbeat.stop()
        self.server.delete(self.key(f"busy:{self.worker}"))


class RetryFailedPagesFromRedis(RetryFailedPages):
    """RetryFailedPages for workers: the pages to retry are the ones `kenews ingest` published."""

    def __init__(self, server: redis.Redis, max_attempts: int):
        super().__init__("", max_attempts)  # ingest leaves out pages past max_attempts when it publishes
        self.server = server

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("KENEWS_REDIS_URL")
        if not url or not crawler.settings.getbool("KENEWS_RETRY_FAILED", True):
            raise NotConfigured("not a distributed crawl")
        middleware = cls(connect(url), crawler.settings.getint("KENEWS_MAX_ATTEMPTS", 5))
        middleware.crawler = crawler
        return middleware

    def _failed_urls(self, source: str) -> list[str]:
        return sorted(self.server.smembers(failed_key(source)))


class IncrementalFetchFromRedis(IncrementalFetch):
    """IncrementalFetch for workers: what is stored comes from `kenews ingest` (STORED_KEY), not SQLite."""

    def __init__(self, server: redis.Redis, refetch_hours: float, stats=None):
        super().__init__("", refetch_hours, stats)
        self.server = server

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("KENEWS_REDIS_URL")
        if not url or not crawler.settings.getbool("KENEWS_INCREMENTAL", True):
            raise NotConfigured("not a distributed crawl, or incremental crawling is off")
        return cls(connect(url), crawler.settings.getfloat("KENEWS_REFETCH_HOURS", 48), crawler.stats)

    def _known(self, url: str) -> dict | None:
        known = self.server.hget(STORED_KEY, canonical_url(url))
        return json.loads(known) if known else None


def shared_delay(settings) -> float:
    """Seconds between two requests to one host from all workers together."""
    value = settings.get("KENEWS_SHARED_DELAY")
    return float(value) if value not in (None, "") else settings.getfloat("DOWNLOAD_DELAY")


class PoliteDownloadHandler(MirrorDownloadHandler):
    """The crawl's download handler, waiting its turn per host across all workers.

    The turn is taken here, when the request really goes out, not in a
    middleware: a request that passed a middleware may still wait in Scrapy's
    slot, and two workers would then send closer together than the delay.
    """

    def __init__(self, crawler):
        super().__init__(crawler)
        self.delay_ms = int(shared_delay(crawler.settings) * 1000)
        self.server = connect(crawler.settings.get("KENEWS_REDIS_URL")) if self.delay_ms else None
        self.worker = crawler.settings.get("KENEWS_WORKER")

    async def download_request(self, request):
        if self.delay_ms:
            await self.wait_turn((urlsplit(request.url).hostname or "").lower())
        return await super().download_request(request)

    async def wait_turn(self, host: str) -> None:
        key = f"kenews:polite:{host}"
        while not self.server.set(key, self.worker, nx=True, px=self.delay_ms):
            await asyncio.sleep(max(self.server.pttl(key), 1) / 1000)


class PushItems:
    """The workers' only item pipeline: each item to the Redis list `kenews ingest` drains."""

    def __init__(self, server: redis.Redis, stats=None):
        self.server = server
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(connect(crawler.settings.get("KENEWS_REDIS_URL")), crawler.stats)

    def process_item(self, item):
        self.server.rpush(ITEMS_KEY, item_to_json(item))
        self.stats.inc_value("kenews/redis/items_pushed")
        return item


# --- the single writer -------------------------------------------------------------------------

@dataclass
class IngestResult:
    items: int = 0
    outcomes: Counter = field(default_factory=Counter)  # new / updated / … / failed / skipped / discovery
    bad: int = 0

    def summary(self) -> str:
        o = self.outcomes
        return (f"kenews ingest: {self.items} items — {o['new']} new, {o['updated']} updated, "
                f"{o['unchanged']} unchanged, {o['duplicate']} duplicates, {o['failed'] + o['discovery']} failed, "
                f"{o['skipped']} skipped, {self.bad} bad")


def ingest(url: str, db_path: str, follow: bool = False) -> IngestResult:
    """Store the items workers queued, through the crawl's pipelines; with `follow`, never stop.

    Holds the database's crawl lock (one writer). An item leaves Redis only
    once stored: items a stopped ingest left in the processing list are stored
    first. Publishes what is stored and what failed, for the workers' next cycle.
    """
    from aggregator.importer import STORED, add_source, close_chain, pipeline_chain, run_chain
    from aggregator.writer import CountingStats
    from aggregator.sites import all_sites
    from storage.schema import open_db
    from storage.writes import sync_sources

    server = connect(url)
    ping(server)
    result = IngestResult()
    with crawl_lock(db_path):
        reader = open_db(db_path)
        sync_sources(reader, all_sites().values())
        known_sources = {row["id"] for row in reader["sources"].rows}
        publish_stored(server, reader)
        stats = CountingStats()
        chain = pipeline_chain(db_path, stats)
        # Each batch ingested is a `crawl_runs` row with per-site figures, so `kenews stats`
        # and `kenews health` see distributed crawls too.
        tally = RunTally()
        try:
            for raw in pending_items(server, follow):
                if raw is None:  # --follow found the list empty for a while
                    publish_failures(server, reader)
                    tally.record(reader)
                    tally = RunTally()
                    continue
                result.items += 1
                try:
                    item = item_from_json(raw)
                    if item.source not in known_sources:
                        add_source(db_path, item.source)
                        known_sources.add(item.source)
                    outcome = run_chain(chain, stats, item)
                except Exception as error:  # kept aside, not lost, and not retried forever either
                    logger.error("item set aside in %s: %s", BAD_KEY, error)
                    result.bad += 1
                    with server.pipeline() as pipe:
                        pipe.rpush(BAD_KEY, raw).lrem(PROCESSING_KEY, 1, raw).execute()
                    continue
                result.outcomes[outcome] += 1
                tally.add(item, outcome)
                if isinstance(item, Article) and outcome in STORED:  # validators may have changed too
                    publish_pages(server, reader, [item.url, item.canonical_url])
                server.lrem(PROCESSING_KEY, 1, raw)
            publish_failures(server, reader)
        finally:
            close_chain(chain)
            tally.record(reader)
            reader.close()
    return result


def pending_items(server: redis.Redis, follow: bool):
    """Items to store: first those a stopped ingest left unacknowledged, then new ones as they come.

    Each new item is moved atomically to the processing list, where it stays
    until stored. With `follow`, yields None whenever the list stayed empty
    for BLOCK_SECONDS.
    """
    yield from server.lrange(PROCESSING_KEY, 0, -1)
    while True:
        if follow:
            raw = server.blmove(ITEMS_KEY, PROCESSING_KEY, BLOCK_SECONDS, "LEFT", "RIGHT")
        else:
            raw = server.lmove(ITEMS_KEY, PROCESSING_KEY, "LEFT", "RIGHT")
            if raw is None:
                return
        yield raw


def publish_pages(server: redis.Redis, db, urls) -> None:
    from storage.queries import known_page

    for page_url in dict.fromkeys(u for u in urls if u):
        known = known_page(db, page_url)
        if known:
            server.hset(STORED_KEY, canonical_url(page_url), json.dumps(known))


def publish_stored(server: redis.Redis, db) -> None:
    """Rebuild STORED_KEY from SQLite, so that workers never skip a page the database lacks."""
    from storage.queries import known_page

    building = STORED_KEY + ":building"
    server.delete(building)
    keys = {canonical_url(row["url"]): row["url"] for row in db["story_urls"].rows}
    with server.pipeline(transaction=False) as pipe:
        for number, (key, page_url) in enumerate(keys.items(), start=1):
            pipe.hset(building, key, json.dumps(known_page(db, page_url)))
            if number % 1000 == 0:
                pipe.execute()
        pipe.execute()
    if keys:
        server.rename(building, STORED_KEY)
    else:
        server.delete(STORED_KEY)


def publish_failures(server: redis.Redis, db) -> None:
    """Each site's failed pages still worth a retry, for the seeding worker of the next cycle."""
    from aggregator import settings
    from storage.queries import failed_urls

    with server.pipeline() as pipe:
        for row in db["sources"].rows:
            pipe.delete(failed_key(row["id"]))
            urls = failed_urls(db, row["id"], settings.KENEWS_MAX_ATTEMPTS)
            if urls:
                pipe.sadd(failed_key(row["id"]), *urls)
        pipe.execute()

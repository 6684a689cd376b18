"""The writer: runs the storage pipelines (KENEWS_PIPELINES) for a crawl, in a process of its own.

Fetching, parsing and extraction keep one core busy; validation, cleaning,
dedupe, tagging and storage keep about as much work again. `WriterPipeline` is
the crawl's only Scrapy item pipeline: it hands each item to a writer process
(one per database, shared by every crawler of the `kenews crawl`) that runs the
configured pipelines in order, and waits for the outcome without blocking the
reactor, so the two halves run side by side on two cores. The outcome comes back
whole: the stats each pipeline counted (`kenews/stored/new`, …), the item with the
fields the pipelines set (story_id, tags, …), or the `DropItem` it raised, which is
raised again here, so signals, stats and `crawl_run_sites` see exactly what they
would see with the pipelines in this process. `KENEWS_WRITER_PROCESS = False` runs
them here, in order, the same way (a one-core machine, a debugger).

The writer process is the only one that writes stories, so SQLite never has two
story writers. It holds the crawl's lock file (inherited with the fork): when the
crawl process dies, the writer stores what it has already received, saves the dedupe
index and exits, and no new crawl starts on the database before it has.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
import queue
import signal
import threading
import time
import traceback
from dataclasses import dataclass, field

from scrapy.exceptions import DropItem
from scrapy.utils.misc import load_object

from aggregator.shared import PerDatabase

logger = logging.getLogger(__name__)

# The writer's garbage collector runs gen-0 passes every GC_THRESHOLD allocations rather
# than 700: an item allocates tens of thousands of short-lived objects, and full passes
# over the dedupe index's long-lived ones were 8 % of the crawl's CPU.
GC_THRESHOLD = (100_000, 50, 50)


class WriterError(RuntimeError):
    """The writer process failed an item, or died."""


class CountingStats:
    """Just enough of Scrapy's StatsCollector for a pipeline: it notes each count, to be sent back."""

    def __init__(self):
        self.counted: list[tuple[str, float]] = []

    def inc_value(self, key, count=1, start=0):
        self.counted.append((key, count))


@dataclass
class Outcome:
    """What the pipelines made of one item."""

    item: object = None  # the item as the last pipeline returned it; None when dropped or failed
    counted: list = field(default_factory=list)  # (stats key, amount), in order
    dropped: tuple[str, str, object] | None = None  # DropItem class path, message, log level
    error: str | None = None  # the traceback of anything else a pipeline raised


class _Crawler:
    """What a pipeline's `from_crawler` reads: settings and stats."""

    def __init__(self, settings, stats):
        self.settings = settings
        self.stats = stats


def open_pipelines(settings, stats) -> list:
    """KENEWS_PIPELINES built in priority order and opened, as Scrapy would build ITEM_PIPELINES."""
    order = sorted(settings.getdict("KENEWS_PIPELINES").items(), key=lambda pair: pair[1])
    chain = []
    for path, priority in order:
        if priority is None:
            continue
        cls = load_object(path)
        pipeline = cls.from_crawler(_Crawler(settings, stats)) if hasattr(cls, "from_crawler") else cls()
        if hasattr(pipeline, "open_spider"):
            pipeline.open_spider()
        chain.append(pipeline)
    return chain


def close_pipelines(chain: list) -> None:
    for pipeline in chain:
        if hasattr(pipeline, "close_spider"):
            pipeline.close_spider()


def stage_name(pipeline) -> str:
    """`CleanPipeline` → "clean": the stage it is timed as (aggregator/stagetimes.py)."""
    return type(pipeline).__name__.removesuffix("Pipeline").lower()


def run_pipelines(chain: list, stats: CountingStats, item, timed: bool = False) -> Outcome:
    """One item through every pipeline; never raises. With `timed`, each pipeline's CPU and wall
    seconds are counted as `kenews/stage/<stage>/cpu` and `/wall`."""
    stats.counted = []
    outcome = Outcome()
    try:
        for pipeline in chain:
            if timed:
                cpu, wall = time.thread_time(), time.perf_counter()
                try:
                    item = pipeline.process_item(item)
                finally:
                    stats.inc_value(f"kenews/stage/{stage_name(pipeline)}/cpu", time.thread_time() - cpu)
                    stats.inc_value(f"kenews/stage/{stage_name(pipeline)}/wall", time.perf_counter() - wall)
            else:
                item = pipeline.process_item(item)
        outcome.item = item
    except DropItem as drop:
        kind = type(drop)
        outcome.dropped = (f"{kind.__module__}.{kind.__qualname__}", str(drop), getattr(drop, "log_level", None))
    except Exception:  # noqa: BLE001 - any failure goes back to the crawl, which reports it
        outcome.error = traceback.format_exc()
    outcome.counted = stats.counted
    return outcome


def raise_dropped(dropped: tuple[str, str, object]):
    path, message, level = dropped
    kind = load_object(path)
    raise kind(message, log_level=level) if level else kind(message)


# --- the writer process -----------------------------------------------------------

_CLOSE = "close"


def serve(connection, crawl_end, settings) -> None:
    """The writer process: (number, item) in, (number, Outcome) out, until "close" or the crawl is gone."""
    # The fork copied the crawl's end of the pipe too: while this process held it open,
    # the crawl's death would never read as the end of the pipe here.
    crawl_end.close()
    # Ctrl-C reaches the whole process group; the crawl shuts down gracefully and then
    # closes the writer, so the writer must not stop at the first one.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    gc.set_threshold(*GC_THRESHOLD)
    timed = bool(settings.get("KENEWS_STAGE_TIMES"))
    stats = CountingStats()
    chain = open_pipelines(settings, stats)
    try:
        while True:
            try:
                message = connection.recv()
            except (EOFError, OSError):
                logger.error("the crawl process is gone: the writer stored what it had received and stops")
                break
            if message == _CLOSE:
                break
            number, item = message
            connection.send((number, run_pipelines(chain, stats, item, timed)))
    finally:
        close_pipelines(chain)
    try:
        connection.send((_CLOSE, os.getpid()))
    except OSError:
        pass


class WriterProcess:
    """The crawl's side of one writer process: `submit(item)` returns a future of its Outcome."""

    def __init__(self, settings):
        context = multiprocessing.get_context("fork")
        # Objects from before the fork are shared with the writer page by page until either
        # process writes to one; a collection writes to every object it visits, and so
        # would copy them all. Frozen, the collector leaves them alone in both processes;
        # garbage is collected first, or it would be frozen for good.
        gc.collect()
        gc.freeze()
        self._connection, child_end = context.Pipe()
        self.process = context.Process(target=serve, args=(child_end, self._connection, settings),
                                       name="kenews-writer")
        self.process.start()
        child_end.close()
        self._pending: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Future]] = {}
        self._lock = threading.Lock()
        self._numbers = iter(range(1, 1 << 62))
        self.failure: str | None = None
        # A sender thread, because a full pipe would block the reactor while the writer works
        # on an item; a receiver thread, because an outcome may arrive at any time.
        self._outbox: queue.SimpleQueue = queue.SimpleQueue()
        self._closed = threading.Event()
        self._sender = threading.Thread(target=self._send_loop, name="kenews-writer-send", daemon=True)
        self._receiver = threading.Thread(target=self._receive_loop, name="kenews-writer-receive", daemon=True)
        self._sender.start()
        self._receiver.start()

    def submit(self, item) -> asyncio.Future:
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._lock:
            if self.failure:
                future.set_exception(WriterError(self.failure))
                return future
            number = next(self._numbers)
            self._pending[number] = (loop, future)
        self._outbox.put((number, item))
        return future

    def close(self, timeout: float | None = None) -> None:
        """Let the writer finish every item it has, close its pipelines and exit."""
        self._outbox.put(_CLOSE)
        self._sender.join()
        self._closed.wait(timeout)
        self.process.join(timeout)
        if self.process.exitcode != 0:
            raise WriterError(f"the writer process exited with status {self.process.exitcode}")

    def _send_loop(self) -> None:
        while True:
            message = self._outbox.get()
            try:
                self._connection.send(message)
            except (OSError, ValueError) as error:
                self._fail(f"the writer process cannot be reached: {error}")
                return
            if message == _CLOSE:
                return

    def _receive_loop(self) -> None:
        while True:
            try:
                number, outcome = self._connection.recv()
            except (EOFError, OSError):
                self.process.join(5)
                self._fail(f"the writer process died (exit status {self.process.exitcode})")
                return
            if number == _CLOSE:
                self._closed.set()
                return
            with self._lock:
                loop, future = self._pending.pop(number)
            loop.call_soon_threadsafe(_settle, future, outcome)

    def _fail(self, reason: str) -> None:
        with self._lock:
            if self.failure is None:
                self.failure = reason
            pending, self._pending = self._pending, {}
        for loop, future in pending.values():
            loop.call_soon_threadsafe(_settle_error, future, reason)
        self._closed.set()


def _settle(future: asyncio.Future, outcome: Outcome) -> None:
    if not future.done():
        future.set_result(outcome)


def _settle_error(future: asyncio.Future, reason: str) -> None:
    if not future.done():
        future.set_exception(WriterError(reason))


class InlineWriter:
    """KENEWS_WRITER_PROCESS = False: the same pipelines, run in this process as items come."""

    def __init__(self, settings):
        self.stats = CountingStats()
        self.timed = bool(settings.get("KENEWS_STAGE_TIMES"))
        self.chain = open_pipelines(settings, self.stats)
        self.failure = None

    def submit(self, item) -> asyncio.Future:
        future = asyncio.get_running_loop().create_future()
        future.set_result(run_pipelines(self.chain, self.stats, item, self.timed))
        return future

    def close(self, timeout: float | None = None) -> None:
        close_pipelines(self.chain)


# One writer per database per process, shared by every crawler of the crawl; the last
# crawler to close waits for it to finish.
_writers: PerDatabase[WriterProcess | InlineWriter] = PerDatabase(lambda writer: writer.close())


def open_writer(settings) -> WriterProcess | InlineWriter:
    def start():
        return WriterProcess(settings) if settings.getbool("KENEWS_WRITER_PROCESS") else InlineWriter(settings)

    return _writers.acquire(settings.get("KENEWS_DB"), start)


def close_writer(settings) -> None:
    _writers.release(settings.get("KENEWS_DB"))


class WriterPipeline:
    """The crawl's item pipeline: every item through KENEWS_PIPELINES in the writer (see the module docstring)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.settings = crawler.settings
        self.stats = crawler.stats
        self.writer = None
        self.stopping = False

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.writer = open_writer(self.settings)

    async def process_item(self, item):
        try:
            outcome = await self.writer.submit(item)
        except WriterError:
            self._stop(self.writer.failure)
            raise
        for key, amount in outcome.counted:
            self.stats.inc_value(key, amount)
        if outcome.error:
            raise WriterError(f"the pipelines failed on {getattr(item, 'url', item)!r}:\n{outcome.error}")
        if outcome.dropped:
            raise_dropped(outcome.dropped)
        return outcome.item

    def close_spider(self):
        close_writer(self.settings)

    def _stop(self, reason: str) -> None:
        """Nothing more can be stored: end the crawl, which then cannot finish as a success."""
        engine = self.crawler.engine
        if self.stopping or engine is None or not engine.running:
            return
        self.stopping = True
        logger.error("%s: closing the spider", reason)
        asyncio.ensure_future(_close_spider(engine))


async def _close_spider(engine) -> None:
    try:
        await engine.close_spider_async(reason="writer failed")
    except Exception:  # noqa: BLE001 - the engine may be closing already; not worth a second traceback
        logger.debug("closing the spider after a writer failure", exc_info=True)

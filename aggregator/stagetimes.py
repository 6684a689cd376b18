"""Time spent per crawl stage, for bench/crawl_bench.py: off unless KENEWS_STAGE_TIMES names a file.

A spider middleware next to the spider times its callbacks (article pages are the
extraction stage, feeds, sitemaps and listings the discovery stage), and at
spider_opened it wraps each item pipeline's `process_item`, the stage being the
pipeline's name (`CleanPipeline` → `clean`); pipelines in the writer process
are timed there (aggregator/writer.py). CPU seconds of this thread and wall
seconds go into the stats as `kenews/stage/<stage>/cpu` and `/wall`. When the spider
closes they are appended to the file as one JSON line, with the number of articles
and the process's CPU time and peak RSS so far.

It is not in the default settings: bench/crawl_bench.py adds it to SPIDER_MIDDLEWARES
(at 1100, inside Scrapy's own) and sets KENEWS_STAGE_TIMES. Without that setting it
raises NotConfigured and costs nothing.
"""

from __future__ import annotations

import inspect
import json
import resource
import time

from scrapy import signals
from scrapy.exceptions import NotConfigured

from aggregator.items import Article
from aggregator.writer import stage_name


class StageTimes:
    def __init__(self, crawler, path: str):
        self.crawler = crawler
        self.stats = crawler.stats
        self.path = path

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("KENEWS_STAGE_TIMES")
        if not path:
            raise NotConfigured("KENEWS_STAGE_TIMES is not set")
        timer = cls(crawler, path)
        crawler.signals.connect(timer.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(timer.spider_closed, signal=signals.spider_closed)
        return timer

    def add(self, stage: str, cpu: float, wall: float) -> None:
        self.stats.inc_value(f"kenews/stage/{stage}/cpu", cpu)
        self.stats.inc_value(f"kenews/stage/{stage}/wall", wall)

    async def process_spider_output(self, response, result):
        stage = "extraction" if "kenews_hints" in response.meta else "discovery"
        iterator = result.__aiter__()
        while True:
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                output = await iterator.__anext__()
            except StopAsyncIteration:
                self.add(stage, time.thread_time() - cpu, time.perf_counter() - wall)
                return
            self.add(stage, time.thread_time() - cpu, time.perf_counter() - wall)
            if isinstance(output, Article):
                self.stats.inc_value("kenews/stage/articles")
            yield output

    def spider_opened(self, spider):
        methods = self.crawler.engine.scraper.itemproc.methods["process_item"]
        for position, method in enumerate(methods):
            # The writer's pipelines time themselves where they run and count the
            # same stats keys (aggregator/writer.py); only those run here are wrapped.
            if method is not None and not inspect.iscoroutinefunction(method):
                methods[position] = self._timed(method)

    def _timed(self, method):
        stage = stage_name(method.__self__)

        def process_item(item):
            cpu, wall = time.thread_time(), time.perf_counter()
            try:
                return method(item)
            finally:
                self.add(stage, time.thread_time() - cpu, time.perf_counter() - wall)

        return process_item

    def spider_closed(self, spider, reason):
        usage = resource.getrusage(resource.RUSAGE_SELF)
        figures = {key.removeprefix("kenews/stage/"): value for key, value in self.stats.get_stats().items()
                   if key.startswith("kenews/stage/")}
        line = {"site": spider.name, "stages": figures, "items": self.stats.get_value("item_scraped_count", 0),
                "process_cpu": usage.ru_utime + usage.ru_stime, "peak_rss_kb": usage.ru_maxrss}
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(line) + "\n")

"""Scrapy settings: wiring only. `kenews crawl` and `scrapy crawl` both load this module."""

import os

BOT_NAME = "kenews"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# --- where things go ------------------------------------------------------
KENEWS_DB = os.environ.get("KENEWS_DB", "news.db")
KENEWS_MIRROR = os.environ.get("KENEWS_MIRROR", "")  # see aggregator/middlewares.py
KENEWS_RUN_ID = 0  # set by `kenews crawl`; 0 means each spider records its own run
KENEWS_DISCOVERY = "fallback"  # or "all": read every feed, sitemap and listing a site declares
KENEWS_MAX_ATTEMPTS = 5  # a failed page is retried on this many runs, then left in `failures`
KENEWS_INCREMENTAL = True  # skip stored pages past the re-fetch window; ask the rest "changed since?"
KENEWS_DEDUPE_DAYS = 14  # copies are matched against stories first seen this recently (memory stays bounded)
KENEWS_REFETCH_HOURS = float(os.environ.get("KENEWS_REFETCH_HOURS", 48))  # a stored story is re-fetched for corrections while younger than this

# --- politeness -----------------------------------------------------------
USER_AGENT = "kenews/0.1 (+https://github.com/kenews/kenews; open Kenyan news aggregator)"
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
# Scrapy starts CONCURRENT_ITEMS tasks (100 by default) for every response's output; our
# pipelines never wait (SQLite is synchronous), so more than one buys nothing and the tasks
# cost a tenth of the crawl's CPU.
CONCURRENT_ITEMS = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
# With `kenews crawl --redis` only: seconds between two requests to one host from all workers
# together (aggregator/distributed.py); empty means DOWNLOAD_DELAY, which is 0 with --mirror.
KENEWS_SHARED_DELAY = os.environ.get("KENEWS_SHARED_DELAY", "")
DOWNLOAD_TIMEOUT = float(os.environ.get("KENEWS_DOWNLOAD_TIMEOUT", 30))  # seconds per page; tests set 1
RETRY_TIMES = 2
DOWNLOAD_MAXSIZE = 10 * 1024 * 1024
# Every site is a crawler of its own in one process, and each lets this many bytes of pages
# wait for their parse before it stops fetching. Scrapy's 5 MB, times twenty sites, held
# ~100 MB of pages when fetching outran parsing; 1 MB is still ~9 pages a site in hand.
SCRAPER_SLOT_MAX_ACTIVE_SIZE = 1_000_000
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

# --- wiring ---------------------------------------------------------------
DOWNLOAD_HANDLERS = {
    "http": "aggregator.middlewares.MirrorDownloadHandler",
    "https": "aggregator.middlewares.MirrorDownloadHandler",
}
DOWNLOADER_MIDDLEWARES = {
    "aggregator.middlewares.IncrementalFetch": 120,
    "scrapy.downloadermiddlewares.redirect.RedirectMiddleware": None,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "aggregator.middlewares.MetaRefresh": 580,
    "aggregator.middlewares.CheckedRedirects": 600,
}
SPIDER_MIDDLEWARES = {
    "aggregator.middlewares.RetryFailedPages": 100,
}
EXTENSIONS = {
    "aggregator.extensions.CrawlRunRecorder": 500,
}
# Scrapy runs one pipeline, the writer; the writer runs KENEWS_PIPELINES in a process of its
# own (aggregator/writer.py), so that storage works on one core while fetching and
# extraction use the other. KENEWS_WRITER_PROCESS = False runs them in the crawl's process.
ITEM_PIPELINES = {"aggregator.writer.WriterPipeline": 100}
KENEWS_WRITER_PROCESS = os.environ.get("KENEWS_WRITER_PROCESS", "1") != "0"
KENEWS_PIPELINES = {
    "aggregator.pipelines.ValidatePipeline": 100,
    "aggregator.pipelines.CleanPipeline": 200,
    "aggregator.pipelines.DedupePipeline": 300,
    "aggregator.pipelines.TagPipeline": 400,
    "aggregator.pipelines.StorePipeline": 500,
}

FEED_EXPORT_ENCODING = "utf-8"

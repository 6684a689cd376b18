"""Downloader plumbing: the --mirror download handler and the retry of failed pages.

With a mirror, every request for `https://HOST/PATH?QUERY` is fetched from
`MIRROR/HOST/PATH?QUERY`, and the response is handed back under the original
URL. The rewrite happens only at the transport, so spiders, the dupefilter,
the offsite filter, robots.txt and stored URLs all see the real site.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import urlsplit

from scrapy import Request, signals
from scrapy.http import Response
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured


def mirrored_url(mirror: str, url: str) -> str:
    parts = urlsplit(url)
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{mirror.rstrip('/')}/{parts.netloc}{path}{query}"


def unmirrored_url(mirror: str, url: str) -> str | None:
    """The original URL a mirror URL stands for (for redirects inside the mirror)."""
    prefix = mirror.rstrip("/") + "/"
    if not url.startswith(prefix):
        return None
    return "https://" + url[len(prefix):]


class MirrorDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP handler, fetching from KENEWS_MIRROR when that setting is set."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.mirror = crawler.settings.get("KENEWS_MIRROR") or ""

    async def download_request(self, request: Request):
        if not self.mirror:
            return await super().download_request(request)
        response = await super().download_request(request.replace(url=mirrored_url(self.mirror, request.url)))
        headers = response.headers.copy()
        location = headers.get("Location")
        if location:
            original = unmirrored_url(self.mirror, location.decode("latin-1"))
            if original:
                headers["Location"] = original
        return response.replace(url=request.url, request=request, headers=headers)


class CheckedRedirects(RedirectMiddleware):
    """Scrapy's redirects, failing a page that is sent off the site or round in a loop.

    Scrapy follows an off-site redirect of a request that skips its filters
    (retries and discovery documents are `dont_filter`), and drops a redirect
    to a URL already requested as a duplicate, silently: a page caught in a
    loop would vanish without a `failures` row. Here an off-site or looping
    redirect raises, so the spider's errback records the page with the reason,
    and every other hop is followed even when its target was fetched already.
    (`_redirect` is private to Scrapy, which is pinned.)
    """

    def _redirect(self, redirected: Request, request: Request, reason) -> Request:
        target = redirected.url
        is_allowed = getattr(self.crawler.spider, "is_allowed", None)
        if is_allowed and not is_allowed(target):
            raise IgnoreRequest(f"redirected off the site, to {target}")
        if target in (*request.meta.get("redirect_urls", ()), request.url):
            raise IgnoreRequest(f"redirect loop, back to {target}")
        redirected = super()._redirect(redirected, request, reason)
        redirected.dont_filter = True
        return redirected


class MetaRefresh(MetaRefreshMiddleware):
    """Scrapy's meta-refresh redirects, looked for only in pages that mention "refresh" early on.

    Scrapy reads the tag from `response.text`, which decodes the whole page and keeps that
    copy on the response for as long as it waits to be parsed: about twice the memory of every
    page in the queue, for a tag hardly any article page has. Scrapy looks at the first 4,096
    characters, which lie within the first 16 KiB of bytes; pages in UTF-16 or UTF-32 (a BOM
    or NUL bytes up front) cannot be searched as bytes and go to Scrapy's check as before.
    """

    WINDOW = 4 * 4096

    def process_response(self, request, response, *args, **kwargs):
        head = response.body[: self.WINDOW]
        wide = b"\x00" in head[:4] or head.startswith((b"\xff\xfe", b"\xfe\xff"))
        if b"refresh" not in head.lower() and not wide:
            return response
        return super().process_response(request, response, *args, **kwargs)


class RetryFailedPages:
    """Spider middleware: after a site's own discovery, re-request its pages that failed before.

    A page that failed (HTTP error, timeout, parse error) sits in `failures`
    until it is stored; each run tries it again, up to KENEWS_MAX_ATTEMPTS.
    """

    def __init__(self, db_path: str, max_attempts: int):
        self.db_path = db_path
        self.max_attempts = max_attempts

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("KENEWS_DB")
        if not db_path or not crawler.settings.getbool("KENEWS_RETRY_FAILED", True):
            raise NotConfigured("no database to read failures from")
        middleware = cls(db_path, crawler.settings.getint("KENEWS_MAX_ATTEMPTS", 5))
        middleware.crawler = crawler
        return middleware

    async def process_start(self, start):
        async for item_or_request in start:
            yield item_or_request
        spider = self.crawler.spider
        for url in self._failed_urls(spider.name):
            yield spider.article_request(url)

    def _failed_urls(self, source: str) -> list[str]:
        from storage.queries import failed_urls
        from storage.schema import open_db

        db = open_db(self.db_path)
        try:
            return failed_urls(db, source, self.max_attempts)
        finally:
            db.close()


class IncrementalFetch:
    """Downloader middleware: do not fetch again what is stored and settled.

    An article page already stored is fetched again only while its story is
    younger than KENEWS_REFETCH_HOURS (corrections and updates happen early),
    and then conditionally (If-None-Match / If-Modified-Since). Older pages get
    a synthetic 304 without touching the network, so the spider records them as
    seen and unchanged. Feeds, sitemaps and listings are always fetched.
    """

    def __init__(self, db_path: str, refetch_hours: float, stats=None):
        self.db_path = db_path
        self.refetch = timedelta(hours=refetch_hours)
        self.stats = stats
        self.db = None

    @classmethod
    def from_crawler(cls, crawler):
        db_path = crawler.settings.get("KENEWS_DB")
        if not db_path or not crawler.settings.getbool("KENEWS_INCREMENTAL", True):
            raise NotConfigured("incremental crawling is off")
        middleware = cls(db_path, crawler.settings.getfloat("KENEWS_REFETCH_HOURS", 48), crawler.stats)
        crawler.signals.connect(middleware.spider_closed, signal=signals.spider_closed)
        return middleware

    def process_request(self, request, spider=None):
        if "kenews_hints" not in request.meta:  # not an article page
            return None
        known = self._known(request.url)
        if known is None:
            return None
        if self._settled(known):
            self.stats.inc_value("kenews/incremental/not_refetched")
            return Response(url=request.url, status=304, request=request)
        headers = {"If-None-Match": known["etag"], "If-Modified-Since": known["last_modified"]}
        for name, value in headers.items():
            if value and name not in request.headers:
                request.headers[name] = value
        return None

    def _known(self, url: str) -> dict | None:
        from storage.queries import known_page
        from storage.schema import open_db

        if self.db is None:
            self.db = open_db(self.db_path)
        return known_page(self.db, url)

    def _settled(self, known: dict) -> bool:
        when = known["published_at"] or known["first_seen_at"]
        try:
            moment = datetime.strptime(when, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
        except (TypeError, ValueError):
            return False
        return datetime.now(timezone.utc) - moment > self.refetch

    def spider_closed(self, spider):
        if self.db is not None:
            self.db.close()

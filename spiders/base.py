"""NewsSpider: turns a site's declarations into requests and items.

A site module declares what to crawl (feeds, sitemaps, listings, article URL
patterns) and how its pages look (`Layout` subclasses); this class does the
crawling. Every feed and sitemap is read; listing pages
are the fallback when those fail or list nothing. Every page ends as an `Article` or a `PageFailure`, never silence.
"""

from __future__ import annotations

import codecs
import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse

from aggregator.discovery import Entry, UnreadableDocument, links_matching, read_feed, read_sitemap
from aggregator.extraction import Layout, extract_article
from aggregator.items import Article, PageFailure, PageUnchanged

__all__ = ["NewsSpider", "Layout"]


def utc_now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


class NewsSpider(scrapy.Spider):
    # --- what a site module declares ---------------------------------------
    name = ""
    site_name = ""
    home_url = ""
    language = "en"
    allowed_domains: list[str] = []
    feeds: tuple[str, ...] = ()  # RSS / Atom
    news_sitemaps: tuple[str, ...] = ()  # Google-news sitemaps (and plain sitemaps)
    listings: tuple[str, ...] = ()  # section pages whose links lead to articles
    listing_pages = 2  # how many pages of each listing to follow
    listing_next = 'a[rel="next"], link[rel="next"], .pagination a.next, li.pager__item--next a'
    article_urls: tuple[str, ...] = ()  # regexes over the URL path
    skip_urls: dict[str, str] = {}  # path regex → why such a page is not an article
    sitemap_follow: tuple[str, ...] = ()  # regexes for child sitemaps of an index; all when empty
    layouts: tuple[type[Layout], ...] = ()  # newest first
    enabled = True

    # --- discovery ---------------------------------------------------------
    def discovery_urls(self) -> list[tuple[str, str]]:
        """(url, kind) for every discovery document the site declares."""
        return ([(u, "feed") for u in self.feeds] + [(u, "sitemap") for u in self.news_sitemaps]
                + [(u, "listing") for u in self.listings])

    def _discovery_request(self, url: str, kind: str, page: int = 1) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_discovery, errback=self.discovery_failed,
                              meta={"kenews_kind": kind, "kenews_page": page}, dont_filter=True, priority=10)

    async def start(self):
        # Feeds and sitemaps are cheap and machine-readable: all are read. Listing
        # pages are the fallback, read once every feed and sitemap has failed or
        # listed nothing (or always, with KENEWS_DISCOVERY=all, or when a site has
        # nothing else, like The Star).
        self._pending = 0
        self._found = 0
        self._listings_started = False
        machine_readable = [(u, k) for u, k in self.discovery_urls() if k != "listing"]
        read_all = self.settings.get("KENEWS_DISCOVERY", "fallback") == "all"
        for url, kind in machine_readable:
            self._pending += 1
            yield self._discovery_request(url, kind)
        if read_all or not machine_readable:
            for request in self._listing_requests():
                yield request

    def _listing_requests(self):
        if self._listings_started:
            return []
        self._listings_started = True
        return [self._discovery_request(url, "listing") for url in self.listings]

    def _document_done(self, kind: str, found: int):
        """Count a finished feed or sitemap; start the listings if none of them listed an article."""
        self._found += found
        if kind == "listing":
            return []
        self._pending -= 1
        if self._pending == 0 and self._found == 0:
            if self.listings:
                self.logger.warning("no feed or sitemap listed an article; falling back to listing pages")
            return self._listing_requests()
        return []

    def parse_discovery(self, response):
        kind = response.meta["kenews_kind"]
        found = 0
        if kind == "listing":
            hrefs = response.css("a::attr(href)").getall()
            entries = [Entry(url) for url in links_matching(hrefs, response.url, self.article_urls)]
            page = response.meta["kenews_page"]
            next_href = response.css(self.listing_next).xpath("@href").get()
            if next_href and page < self.listing_pages and self.is_allowed(response.urljoin(next_href)):
                yield self._discovery_request(response.urljoin(next_href), kind, page + 1)
        else:
            try:
                entries = (read_feed if kind == "feed" else read_sitemap)(response.body, response.url)
            except UnreadableDocument as error:
                yield PageFailure(url=response.url, source=self.name, reason=f"unreadable {kind}: {error}",
                                  kind="discovery")
                yield from self._document_done(kind, 0)
                return
        for entry in entries:
            if entry.is_sitemap:
                if not self.is_allowed(entry.url):
                    continue
                if not self.sitemap_follow or any(re.search(p, entry.url) for p in self.sitemap_follow):
                    self._pending += 1
                    yield self._discovery_request(entry.url, kind)
                continue
            hints = {"title": entry.title, "published_at": entry.published_at, "authors": entry.authors}
            for item in self._article_requests([entry.url], hints):
                found += 1
                yield item
        self.crawler.stats.inc_value(f"kenews/discovery/{kind}/links", found)
        if not found and not any(e.is_sitemap for e in entries):
            self.logger.warning("%s lists no article", response.url)
        yield from self._document_done(kind, found)

    def discovery_failed(self, failure):
        request = failure.request
        kind = request.meta.get("kenews_kind")
        reason = _failure_reason(failure)
        self.logger.warning("discovery %s failed: %s", request.url, reason)
        yield PageFailure(url=request.url, source=self.name, reason=reason, kind="discovery")
        yield from self._document_done(kind, 0)

    def _article_requests(self, urls, hints: dict):
        for url in urls:
            if not self.is_allowed(url):
                continue
            path = urlsplit(url).path
            skip = next((why for pattern, why in self.skip_urls.items() if re.search(pattern, path)), None)
            if skip:
                yield PageFailure(url=url, source=self.name, reason=f"not an article: {skip}", kind="skipped")
            elif any(re.search(pattern, path) for pattern in self.article_urls):
                yield self.article_request(url, hints)

    def article_request(self, url: str, hints: dict | None = None) -> scrapy.Request:
        # 304 reaches parse_article: a stored page that has not changed.
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                              meta={"kenews_hints": hints or {}, "handle_httpstatus_list": [304]})

    def is_allowed(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    # --- articles ----------------------------------------------------------
    def parse_article(self, response):
        if response.status == 304:
            yield PageUnchanged(url=response.url, source=self.name)
            return
        if not isinstance(response, TextResponse):
            content_type = _header(response, "Content-Type") or "no Content-Type"
            yield PageFailure(url=response.url, source=self.name, reason=f"not an article: {content_type}",
                              kind="skipped")
            return
        try:
            data = extract_article(page_text(response), response.url, site=type(self),
                                   hints=response.meta.get("kenews_hints"))
        except Exception as error:  # a page that breaks the parser is kept for retry, not lost
            self.logger.exception("could not parse %s", response.url)
            yield PageFailure(url=response.url, source=self.name, reason=f"parse error: {error!r}")
            return
        problem = data.pop("problem")
        if problem:
            kind = "failed" if problem == "no article body found" else "skipped"
            yield PageFailure(url=response.url, source=self.name, reason=problem, kind=kind)
            return
        yield Article(source=self.name, crawled_at=utc_now(), etag=_header(response, "ETag"),
                      last_modified=_header(response, "Last-Modified"), **data)

    def article_failed(self, failure):
        # The URL we meant to fetch, not where its redirects led: that is what the next run retries.
        url = (failure.request.meta.get("redirect_urls") or [failure.request.url])[0]
        reason = _failure_reason(failure)
        if reason == "Forbidden by robots.txt":
            # Not ours to fetch: recorded once, not retried, and not a failure of the run.
            yield PageFailure(url=url, source=self.name, reason="disallowed by robots.txt", kind="skipped")
            return
        yield PageFailure(url=url, source=self.name, reason=reason)


def _header(response, name: str) -> str:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else ""


# Labels sites get wrong in both directions; any other declared encoding is trusted.
_MISLABELLED = {"utf-8", "cp1252", "iso8859-1", "ascii"}


def page_text(response: TextResponse) -> str:
    """The page as text, believing its bytes over a wrong charset label.

    Sites serve windows-1252 bytes labelled UTF-8 (every curly quote would
    become U+FFFD) and UTF-8 labelled windows-1252 (every ’ would become â€™).
    Bytes that read as UTF-8 are UTF-8, even with a few broken sequences (a
    page cut mid-character); bytes that mostly do not are windows-1252.
    """
    if codecs.lookup(response.encoding).name not in _MISLABELLED:
        return response.text
    text = response.body.decode("utf-8", "replace")
    broken = text.count("\ufffd")
    if broken and sum(char > "\x7f" for char in text) <= 2 * broken:
        text = response.body.decode("cp1252", "replace")
    return text.removeprefix("\ufeff")


# Scrapy raises these without a message.
_UNEXPLAINED = {
    "DownloadCancelledError": "download cancelled: larger than DOWNLOAD_MAXSIZE",
    "ResponseDataLossError": "the connection closed before the whole page arrived",
}


def _failure_reason(failure) -> str:
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    name, message = failure.type.__name__, failure.getErrorMessage()
    if not message:
        return _UNEXPLAINED.get(name, name)
    if failure.check(IgnoreRequest):  # robots.txt, redirects, size limits: the message is the reason
        return message[:500]
    return f"{name}: {message}"[:500]

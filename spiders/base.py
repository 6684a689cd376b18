"""NewsSpider: turns a site's declarations into requests and items.

A site module declares what to crawl (feeds, sitemaps, listings, article URL
patterns) and how its pages look (`Layout` subclasses); this class does the
crawling. Discovery documents are tried in the order declared, falling back to
the next when one fails or lists no article (set KENEWS_DISCOVERY=all to read
every one). Every page ends as an `Article` or a `PageFailure`, never silence.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from urllib.parse import urlsplit

import scrapy

from aggregator.discovery import links_matching, read_feed, read_sitemap
from aggregator.extraction import Layout, extract_article
from aggregator.items import Article, PageFailure

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
        """(url, kind) in the order they are tried."""
        return ([(u, "feed") for u in self.feeds] + [(u, "sitemap") for u in self.news_sitemaps]
                + [(u, "listing") for u in self.listings])

    def _discovery_request(self, position: int) -> scrapy.Request | None:
        paths = self.discovery_urls()
        if position >= len(paths):
            return None
        url, kind = paths[position]
        return scrapy.Request(url, callback=self.parse_discovery, errback=self.discovery_failed,
                              meta={"kenews_discovery": position, "kenews_kind": kind, "kenews_page": 1},
                              dont_filter=True, priority=10)

    def _read_all_paths(self) -> bool:
        return self.settings.get("KENEWS_DISCOVERY", "fallback") == "all"

    async def start(self):
        if self._read_all_paths():
            for position in range(len(self.discovery_urls())):
                yield self._discovery_request(position)
        else:
            request = self._discovery_request(0)
            if request:
                yield request

    def _next_path(self, response_or_request, found_articles: bool):
        position = response_or_request.meta["kenews_discovery"]
        if found_articles or self._read_all_paths():
            return None
        return self._discovery_request(position + 1)

    def parse_discovery(self, response):
        kind = response.meta["kenews_kind"]
        found = 0
        if kind == "feed":
            entries = read_feed(response.body, response.url)
        elif kind == "sitemap":
            entries = read_sitemap(response.body, response.url)
        else:
            entries = []
        for entry in entries:
            if entry.is_sitemap:
                if not self.sitemap_follow or any(re.search(p, entry.url) for p in self.sitemap_follow):
                    found += 1
                    yield response.follow(entry.url, callback=self.parse_discovery, errback=self.discovery_failed,
                                          meta=dict(response.meta), priority=5)
                continue
            hints = {"title": entry.title, "published_at": entry.published_at, "authors": entry.authors}
            for item in self._article_requests([entry.url], hints):
                found += 1
                yield item
        if kind == "listing":
            hrefs = response.css("a::attr(href)").getall()
            for item in self._article_requests(links_matching(hrefs, response.url, self.article_urls), {}):
                found += 1
                yield item
            page = response.meta["kenews_page"]
            next_href = response.css(self.listing_next).xpath("@href").get()
            if next_href and page < self.listing_pages:
                yield response.follow(next_href, callback=self.parse_discovery, errback=self.discovery_failed,
                                      meta={**response.meta, "kenews_page": page + 1}, priority=10)
        self.crawler.stats.inc_value(f"kenews/discovery/{kind}/links", found)
        if not found:
            self.logger.warning("%s lists no article; trying the next discovery path", response.url)
        next_request = self._next_path(response, found > 0)
        if next_request:
            yield next_request

    def discovery_failed(self, failure):
        request = failure.request
        reason = _failure_reason(failure)
        self.logger.warning("discovery %s failed: %s", request.url, reason)
        self.crawler.stats.inc_value(f"kenews/discovery/{request.meta.get('kenews_kind')}/failed")
        yield PageFailure(url=request.url, source=self.name, reason=reason, kind="discovery")
        next_request = self._next_path(request, False)
        if next_request:
            yield next_request

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
        return scrapy.Request(url, callback=self.parse_article, errback=self.article_failed,
                              meta={"kenews_hints": hints or {}})

    def is_allowed(self, url: str) -> bool:
        host = (urlsplit(url).hostname or "").lower()
        return any(host == d or host.endswith("." + d) for d in self.allowed_domains)

    # --- articles ----------------------------------------------------------
    def parse_article(self, response):
        try:
            data = extract_article(response.text, response.url, site=type(self),
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
        yield Article(source=self.name, crawled_at=utc_now(), **data)

    def article_failed(self, failure):
        request = failure.request
        yield PageFailure(url=request.url, source=self.name, reason=_failure_reason(failure))


def _failure_reason(failure) -> str:
    response = getattr(failure.value, "response", None)
    if response is not None:
        return f"HTTP {response.status}"
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"[:500]

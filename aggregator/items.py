"""The items a crawl produces.

An `Article` is one fetched news page; `PageFailure` is a page we could not
turn into an article, kept so that it can be retried. Both travel through the
item pipelines (storage writes both), so SQLite keeps a single writer.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    url: str  # the URL fetched
    source: str  # site id, e.g. "tuko"
    title: str = ""
    body: str = ""  # paragraphs separated by blank lines
    canonical_url: str = ""
    lead: str = ""
    authors: list[str] = field(default_factory=list)
    published_at: str | None = None  # ISO-8601, UTC, e.g. 2026-08-30T17:17:50Z
    updated_at: str | None = None
    section: str = ""
    site_tags: list[str] = field(default_factory=list)
    image_url: str = ""
    language: str = "en"
    paywalled: bool = False
    word_count: int = 0
    content_hash: str = ""
    crawled_at: str = ""
    # HTTP validators of the fetched page, sent back next time (If-None-Match / If-Modified-Since).
    etag: str = ""
    last_modified: str = ""
    # which path produced each field: "ld", "meta", "site:<layout>", "generic", "feed"
    extraction: dict[str, str] = field(default_factory=dict)
    layout: str = ""  # the site layout that matched, "" when the generic path was used
    # Set by later stages: the story this article belongs to and its tags.
    story_id: str = ""
    cluster_id: str = ""  # the same-event cluster (another outlet's story on the same event)
    tags: list[dict] = field(default_factory=list)


@dataclass
class PageUnchanged:
    """A stored page seen again without a new version: it answered 304, or it is
    past the re-fetch window and was not fetched at all."""

    url: str
    source: str


@dataclass
class PageFailure:
    url: str
    source: str
    reason: str
    # "failed" pages are retried on the next run; "skipped" ones (not an
    # article: video, gallery, sponsored) are recorded but never retried.
    kind: str = "failed"

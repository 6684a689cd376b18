"""Reading discovery documents: RSS/Atom feeds, (news) sitemaps, listing pages.

Each reader takes the raw bytes and returns `Entry` rows; malformed XML is
read as far as it goes (lxml's recover mode). A document that is no feed or
sitemap at all (an HTML error page, an empty body, a gzip bomb) raises
`UnreadableDocument`, so that the crawl records it instead of finding nothing.
"""

from __future__ import annotations

import gzip
import io
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

# Feeds and sitemaps get no larger than this once decompressed (gzip bombs).
MAX_XML_BYTES = 50 * 1024 * 1024


class UnreadableDocument(ValueError):
    """Not a feed or sitemap: not XML, the wrong root element, or too large once unpacked."""


@dataclass
class Entry:
    url: str
    title: str = ""
    published_at: str = ""  # as the document prints it; parsed later
    authors: list[str] = field(default_factory=list)
    is_sitemap: bool = False  # a child sitemap of a sitemap index


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml_root(body: bytes, roots: set[str]):
    """The document's root element, which must be one of `roots`."""
    if body[:2] == b"\x1f\x8b":
        try:
            with gzip.GzipFile(fileobj=io.BytesIO(body)) as stream:
                body = stream.read(MAX_XML_BYTES + 1)
        except (OSError, EOFError) as error:
            raise UnreadableDocument(f"broken gzip ({error})") from None
        if len(body) > MAX_XML_BYTES:
            raise UnreadableDocument(f"larger than {MAX_XML_BYTES // 2**20} MB unpacked")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(body.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise UnreadableDocument("not XML")
    if _local(root.tag) not in roots:
        raise UnreadableDocument(f"<{_local(root.tag)}> document")
    return root


def _child_text(element, *names: str) -> str:
    for child in element.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return " ".join(child.text.split())
    return ""


def read_feed(body: bytes, base_url: str = "") -> list[Entry]:
    """RSS 2.0, RSS 1.0 (RDF) and Atom items, in document order."""
    root = _xml_root(body, {"rss", "rdf", "feed"})
    entries = []
    for item in root.iter():
        if _local(item.tag) not in {"item", "entry"}:
            continue
        url = ""
        for child in item:
            name = _local(child.tag)
            if name == "link":
                href = child.get("href")
                if href and child.get("rel", "alternate") == "alternate":
                    url = href
                elif (child.text or "").strip():
                    url = child.text.strip()
                if url:
                    break
        if not url:
            guid = _child_text(item, "guid", "id")
            url = guid if guid.startswith("http") else ""
        if not url:
            continue
        authors = [a for a in (_child_text(item, "creator"), _child_text(item, "name")) if a]
        entries.append(Entry(
            url=urljoin(base_url, url),
            title=_child_text(item, "title"),
            published_at=_child_text(item, "pubdate", "published", "date", "updated"),
            authors=authors[:1],
        ))
    return entries


def read_sitemap(body: bytes, base_url: str = "") -> list[Entry]:
    """A sitemap's URLs (with Google-news title and date when present), or an index's child sitemaps."""
    root = _xml_root(body, {"urlset", "sitemapindex"})
    is_index = _local(root.tag) == "sitemapindex"
    entries = []
    for element in root:
        if _local(element.tag) not in {"url", "sitemap"}:
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        entries.append(Entry(
            url=urljoin(base_url, loc),
            title=_child_text(element, "title"),
            published_at=_child_text(element, "publication_date") or _child_text(element, "lastmod"),
            is_sitemap=is_index,
        ))
    return entries


def links_matching(hrefs, base_url: str, patterns) -> list[str]:
    """Absolute URLs of the hrefs whose path matches one of the regex patterns, first occurrence only."""
    seen, found = set(), []
    for href in hrefs:
        url = urljoin(base_url, (href or "").strip()).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme not in {"http", "https"} or url in seen:
            continue
        if any(re.search(pattern, parts.path) for pattern in patterns):
            seen.add(url)
            found.append(url)
    return found

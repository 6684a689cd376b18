"""Reading discovery documents: RSS/Atom feeds, (news) sitemaps, listing pages.

Each reader takes the raw bytes and returns `Entry` rows; malformed XML is
read as far as it goes (lxml's recover mode), never raised.
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from lxml import etree

# Feeds and sitemaps get no larger than this once decompressed (gzip bombs).
MAX_XML_BYTES = 50 * 1024 * 1024


@dataclass
class Entry:
    url: str
    title: str = ""
    published_at: str = ""  # as the document prints it; parsed later
    authors: list[str] = field(default_factory=list)
    is_sitemap: bool = False  # a child sitemap of a sitemap index


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _xml_root(body: bytes):
    if body[:2] == b"\x1f\x8b":
        with gzip.GzipFile(fileobj=__import__("io").BytesIO(body)) as stream:
            body = stream.read(MAX_XML_BYTES + 1)
        if len(body) > MAX_XML_BYTES:
            return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(body.strip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _child_text(element, *names: str) -> str:
    for child in element.iter():
        if _local(child.tag) in names and (child.text or "").strip():
            return " ".join(child.text.split())
    return ""


def read_feed(body: bytes, base_url: str = "") -> list[Entry]:
    """RSS 2.0, RSS 1.0 (RDF) and Atom items, in document order."""
    root = _xml_root(body)
    if root is None:
        return []
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
    root = _xml_root(body)
    if root is None:
        return []
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

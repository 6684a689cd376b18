"""The generic extractor: article body and metadata for a page no site layout covers.

trafilatura finds the main text. Around it we fix what it gets wrong on news pages,
each fix for a reason that holds on any site:
- inline `<span>`s inside a paragraph are unwrapped first, so trafilatura's class-name
  pruning cannot cut words out of the middle of a sentence (`<span class="link">`);
- a leading paragraph that repeats the headline is dropped (the title is its own field);
- a paragraph that is only a link, or a link behind a short label ("ALSO READ: …",
  "… [VIDEO]"), is dropped: it is a related-story teaser, not story text.

Both functions take arbitrary input and never raise: a page that cannot be parsed
gives "" (body) or empty fields (metadata).
"""

from __future__ import annotations

import re

import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata
from trafilatura.utils import load_html

# Tags of trafilatura's output tree that end a paragraph.
_BREAK_TAGS = frozenset({"body", "p", "head", "item", "list", "row", "quote", "table", "lb", "code", "div"})
# A span with one of these marks is hidden or holds a caption: unwrapping it would put
# that text into the sentence.
_KEEP_SPAN = re.compile(
    r"hidden|sr-only|screen-reader|visually|caption|credit|display:\s*none", re.IGNORECASE
)
# How many words may stand beside a link for the paragraph to still count as a link.
_LABEL_WORDS = 2
# <title> often carries the site name after one of these.
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:»]\s+")
_WORD = re.compile(r"\w+")

# Meta tags that hold the publication time as the site wrote it, best first.
_DATE_META = (
    "article:published_time", "og:article:published_time", "datepublished",
    "publishdate", "pubdate", "date", "dc.date.issued", "dc.date", "dcterms.date",
    "sailthru.date", "parsely-pub-date",
)


def generic_body(html, url: str | None = None) -> str:
    """The article body as plain text, paragraphs separated by a blank line; "" if none."""
    tree = _parse(html)
    if tree is None:
        return ""
    try:
        links = _link_texts(tree)
        titles = _title_texts(tree)
        _unwrap_inline_spans(tree)
        doc = trafilatura.bare_extraction(
            tree, url=url, favor_precision=True, include_comments=False, include_tables=True
        )
    except Exception:  # broken markup fails in many ways inside lxml and trafilatura: never crash a crawl
        return ""
    if doc is None or doc.body is None:
        return ""
    paragraphs = _paragraphs(doc.body)
    while paragraphs and _norm(paragraphs[0]) in titles:
        paragraphs.pop(0)
    paragraphs = [p for p in paragraphs if not _is_link(p, links)]
    return "\n\n".join(paragraphs)


def generic_metadata(html, url: str | None = None) -> dict:
    """Title, authors, published (raw string), description, image_url, site_name, language."""
    empty = {
        "title": None, "authors": [], "published": None, "description": None,
        "image_url": None, "site_name": None, "language": None,
    }
    tree = _parse(html)
    if tree is None:
        return empty
    try:
        language = _language(tree)
        published = _raw_published(tree)
        meta = extract_metadata(tree, default_url=url)
    except Exception:  # same reason as in generic_body
        return empty
    authors = [a.strip() for a in (meta.author or "").split(";") if a.strip()]
    return {
        "title": meta.title or None,
        "authors": authors,
        # the site's own string keeps time and zone; trafilatura's is a bare date
        "published": published or meta.date or None,
        "description": meta.description or None,
        "image_url": meta.image or None,
        "site_name": meta.sitename or None,
        "language": language,
    }


def _parse(html):
    if isinstance(html, (bytes, bytearray)):
        html = bytes(html)
    elif not isinstance(html, str):
        return None
    if not html.strip():
        return None
    try:
        return load_html(html)
    except Exception:  # lxml raises on some junk (e.g. a lone XML declaration)
        return None


def _norm(text: str | None) -> str:
    return " ".join(_WORD.findall(text or "")).lower()


def _paragraphs(body) -> list[str]:
    """Text of trafilatura's output tree, one string per block (table rows cell by cell)."""
    parts = []
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start":
            if element.tag in _BREAK_TAGS:
                parts.append("\n")
            elif element.tag == "cell":
                parts.append(" ")
            parts.append(element.text or "")
        else:
            if element.tag in _BREAK_TAGS:
                parts.append("\n")
            if element is not body:
                parts.append(element.tail or "")
    lines = (" ".join(line.split()) for line in "".join(parts).split("\n"))
    return [line for line in lines if line]


def _link_texts(tree) -> set[str]:
    texts = (_norm(a.text_content()) for a in tree.iter("a") if not _in_page(a.get("href")))
    return {t for t in texts if t}


def _in_page(href: str | None) -> bool:
    # "#repairs" is a table-of-contents entry: its text is the article's own
    # subheading. A bare "#" is a script-driven link like any other.
    return bool(href) and href.startswith("#") and len(href) > 1


def _is_link(paragraph: str, links: set[str]) -> bool:
    words = _norm(paragraph).split()
    if " ".join(words) in links:
        return True
    # A label before or after the link: "Also read: <link>", "<link> [VIDEO]".
    # The link itself must be a few words long, so a short linked phrase in a
    # short sentence does not make the sentence a link.
    for n in range(1, _LABEL_WORDS + 1):
        if len(words) - n < 3:
            break
        if " ".join(words[n:]) in links or " ".join(words[:-n]) in links:
            return True
    return False


def _title_texts(tree) -> set[str]:
    """Every form of the headline the page carries: h1, og/twitter title, <title> parts."""
    texts = {_norm(h1.text_content()) for h1 in tree.iter("h1")}
    for meta in tree.iter("meta"):
        if (meta.get("property") or meta.get("name") or "").lower() in ("og:title", "twitter:title"):
            texts.add(_norm(meta.get("content")))
    title = tree.find(".//title")
    if title is not None:
        full = title.text_content()
        texts.add(_norm(full))
        texts.update(_norm(part) for part in _TITLE_SEPARATOR.split(full))
    texts.discard("")
    return texts


def _unwrap_inline_spans(tree) -> None:
    for span in list(tree.iterfind(".//p//span")):
        marks = " ".join(span.get(name, "") for name in ("class", "id", "style"))
        if (
            _KEEP_SPAN.search(marks)
            or span.get("hidden") is not None
            or span.get("aria-hidden") == "true"
            or span.find(".//img") is not None  # an inline figure, not words
        ):
            continue
        span.drop_tag()


def _raw_published(tree) -> str | None:
    found = {}
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key in _DATE_META and content and key not in found:
            found[key] = content
    for key in _DATE_META:
        if key in found:
            return found[key]
    for element in tree.iterfind(".//*[@itemprop='datePublished']"):
        value = (element.get("datetime") or element.get("content") or element.text_content()).strip()
        if value:
            return value
    return None


def _language(tree) -> str | None:
    lang = tree.get("lang") or tree.get("xml:lang")
    if not lang:
        for meta in tree.iter("meta"):
            key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
            if key in ("content-language", "og:locale", "language") and meta.get("content"):
                lang = meta.get("content")
                break
    if not lang:
        return None
    # "en-KE", "en_US", "sw" -> "en", "en", "sw"
    return re.split(r"[-_]", lang.strip())[0].lower() or None

"""The one extraction path: JSON-LD / meta first, the site's layout second, generic last.

A page is parsed once into a `Page` (lxml tree, JSON-LD article, meta tags);
then each field is taken from the first place that has it, and the place is
remembered in `extraction` ("ld", "meta", "site:<layout>", "generic", "feed",
"url") so that `kenews health` can see a site drifting to fallbacks.

Site modules only declare `Layout` subclasses; nothing here knows a site.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import lxml.html
from lxml import etree

from aggregator.cleaning import GENERIC_FURNITURE, clean_text, css_selector, remove_furniture
from aggregator.dates import parse_published_at
from aggregator.fields import clean_authors, clean_title, first_image, language_code, word_count

ARTICLE_TYPES = {
    "NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "BlogPosting", "Report", "ReviewNewsArticle", "LiveBlogPosting",
}
# JSON-LD types that mean the page is not an article at all.
NOT_ARTICLE_TYPES = {"VideoObject": "video page", "ImageGallery": "gallery page", "ProfilePage": "author page",
                     "CollectionPage": "listing page"}

BLOCK_TAGS = {
    "p", "div", "section", "article", "header", "footer", "main", "h1", "h2", "h3", "h4", "h5", "h6",
    "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "table", "tr", "figure", "br", "hr",
}


class Layout:
    """One layout version of a site's article page; site modules subclass it.

    Every selector is CSS. `marker` is present only on pages of this layout;
    the newest layout whose marker matches is used. A newer layout subclasses
    the older one and overrides what changed.
    """

    name = ""
    marker = ""
    title = ""
    lead = ""
    body = ""  # the element(s) holding the story; their text is read in order
    authors = ""
    published_at = ""  # value taken from @datetime/@content when present, else the text
    updated_at = ""
    section = ""
    site_tags = ""
    image = ""
    premium = ""  # present only when the article is behind the paywall or marked premium
    furniture: tuple[str, ...] = ()  # in-body devices to remove: related links, promos, captions
    language = ""  # when the layout's pages are in another language than the site's
    dateline = False  # the first paragraph opens with the date and a dash ("Monday, 03 January 2022 – "): drop it


@dataclass
class Page:
    """A page parsed once; every field reads from here (fundus's `Precomputed`)."""

    url: str
    html: str
    doc: lxml.html.HtmlElement
    ld: dict = field(default_factory=dict)
    ld_types: set = field(default_factory=set)
    meta: dict = field(default_factory=dict)

    def css(self, selector: str) -> list:
        return css_selector(selector)(self.doc) if selector else []

    def first_text(self, selector: str) -> str:
        for element in self.css(selector):
            text = " ".join(element.text_content().split())
            if text:
                return text
        return ""


def parse_page(html: str, url: str) -> Page:
    doc = _parse_html(html)
    ld, ld_types = _article_ld(doc)
    return Page(url=url, html=html, doc=doc, ld=ld, ld_types=ld_types, meta=_meta_tags(doc))


# lxml parses UTF-8 bytes a third faster than a str with non-ASCII text in it (it
# converts the str's wide characters first), into the same tree.
_UTF8_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def _parse_html(html: str) -> lxml.html.HtmlElement:
    if isinstance(html, bytes):
        html = html.decode("utf-8", "replace")
    # lxml refuses str input that carries an XML encoding declaration.
    html = re.sub(r"^\s*<\?xml[^>]*>", "", html or "")
    try:
        data, parser = html.encode("utf-8") or b"<html></html>", _UTF8_PARSER
    except UnicodeEncodeError:  # a lone surrogate: only the str parser takes it
        data, parser = html, None
    try:
        doc = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError):
        doc = lxml.html.document_fromstring("<html></html>")
    return doc


def _load_json(text: str):
    text = (text or "").strip().rstrip(";")
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        pass
    # Citizen escapes its JSON-LD as HTML entities (&quot;) inside the script tag.
    try:
        return json.loads(html_lib.unescape(text))
    except (ValueError, RecursionError):  # RecursionError: nested thousands deep
        return None


def _ld_objects(value):
    if isinstance(value, list):
        for entry in value:
            yield from _ld_objects(entry)
    elif isinstance(value, dict):
        yield value
        if "@graph" in value:
            yield from _ld_objects(value["@graph"])


def _types(obj: dict) -> set:
    value = obj.get("@type", [])
    # Only names count: a page may nest lists or objects in @type.
    return {v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str)}


def _article_ld(doc) -> tuple[dict, set]:
    """The page's first article-like JSON-LD object, and every @type the page declares."""
    article: dict = {}
    seen_types: set = set()
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        for obj in _ld_objects(_load_json(script.text or "")):
            types = _types(obj)
            seen_types |= types
            if not article and types & ARTICLE_TYPES:
                article = obj
    return article, seen_types


def _meta_tags(doc) -> dict:
    meta = {}
    for element in doc.xpath("//meta[@content]"):
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        if key and key not in meta:
            meta[key] = element.get("content").strip()
    for link in doc.xpath('//link[@rel="canonical"][@href]'):
        meta.setdefault("canonical", link.get("href").strip())
    return meta


def _ld_name(value) -> list[str]:
    """JSON-LD author: a string, a Person, a list, or Citizen's nested {"name": {"name": …}}."""
    if isinstance(value, list):
        return [name for entry in value for name in _ld_name(entry)]
    if isinstance(value, dict):
        if "Organization" in _types(value):
            return []
        return _ld_name(value.get("name"))
    return [str(value)] if value else []


def _ld_text(value) -> str:
    if isinstance(value, list):
        return ", ".join(_ld_text(v) for v in value if v)
    if isinstance(value, dict):
        return _ld_text(value.get("name"))
    return " ".join(str(value or "").split())


def _first(candidates) -> tuple[object, str]:
    """The first (value, source) whose value is not empty."""
    for value, source in candidates:
        if value:
            return value, source
    return "", ""


def paragraphs(element) -> list[str]:
    """The text of an element as paragraphs: block elements and <br> break lines."""
    out: list[str] = []
    current: list[str] = []

    def flush():
        text = " ".join("".join(current).split())
        if text:
            out.append(text)
        current.clear()

    def walk(node):
        tag = node.tag if isinstance(node.tag, str) else None
        is_block = tag in BLOCK_TAGS
        if is_block:
            flush()
        if tag and node.text:
            current.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                current.append(child.tail)
        if is_block:
            flush()

    walk(element)
    flush()
    return out


def _outermost(elements: list) -> list:
    """Drop elements nested inside another selected one, so no text is read twice."""
    chosen = set(elements)
    return [e for e in elements if not any(a in chosen for a in e.iterancestors())]


def _selected_value(page: Page, selector: str) -> str:
    for element in page.css(selector):
        value = element.get("datetime") or element.get("content") or element.text_content()
        value = " ".join((value or "").split())
        if value:
            return value
    return ""


def choose_layout(page: Page, layouts) -> type[Layout] | None:
    """The first layout (newest first) whose marker is on the page."""
    for layout in layouts:
        if layout.marker and page.css(layout.marker):
            return layout
    return None


def _body_from_layout(page: Page, layout: type[Layout]) -> str:
    containers = _outermost(page.css(layout.body))
    if not containers:
        return ""
    for container in containers:
        remove_furniture(container, list(layout.furniture) + GENERIC_FURNITURE)
    lines = [line for container in containers for line in paragraphs(container)]
    return "\n\n".join(lines)


# "Monday, 03 January 2022 – " or "Sunday, January 14, 2018 – ": a short prefix ending in a year, then a dash.
_DATELINE = re.compile(r"^([^\n–—]{6,40}?\d{4})\s*[–—-]\s+")


def _drop_dateline(body: str, layout) -> str:
    """The body without its opening dateline, for layouts that declare one; the date itself must parse."""
    first, _, rest = body.partition("\n\n")
    match = _DATELINE.match(first) if layout.dateline else None
    if not match or not parse_published_at(match.group(1)):
        return body
    return "\n\n".join(part for part in (first[match.end():], rest) if part)


def _date_from_url(url: str) -> str:
    """The Star and Mpasho put YYYY-MM-DD in the path: a date, not a time."""
    match = re.search(r"/(\d{4}-\d{2}-\d{2})-", urlsplit(url).path)
    return match.group(1) if match else ""


def extract_article(html: str, url: str, site=None, hints: dict | None = None) -> dict:
    """Extract one article from a page; never raises.

    `site` is a spider class (its `layouts`, `language`, `site_name`); when
    None the site is looked up from the URL's domain and an unknown site uses
    the generic path. `hints` are values a feed or sitemap gave for this URL
    (title, published_at, authors), used when the page lacks them.

    Returns the item fields plus `extraction` (field → source), `layout`, and
    `problem`: None for an article, else why the page is not one.
    """
    if site is None:
        from aggregator.sites import site_for_url

        site = site_for_url(url)
    hints = hints or {}
    page = parse_page(html, url)
    layouts = getattr(site, "layouts", ()) if site else ()
    layout = choose_layout(page, layouts)
    site_tag = f"site:{layout.name}" if layout else ""
    ld, meta = page.ld, page.meta
    sources: dict[str, str] = {}

    def pick(name, candidates):
        value, source = _first(candidates)
        if value:
            sources[name] = source
        return value

    def from_layout(selector_name, reader=None):
        selector = getattr(layout, selector_name, "") if layout else ""
        if not selector:
            return ""
        return (reader or page.first_text)(selector)

    generic_meta = _lazy_generic_metadata(html, url)
    site_names = tuple(n for n in (getattr(site, "site_name", ""), _domain_label(url)) if n)

    title = pick("title", _resolve([
        (lambda: _ld_text(ld.get("headline")), "ld"),
        (lambda: meta.get("og:title") or meta.get("twitter:title"), "meta"),
        (lambda: from_layout("title"), site_tag),
        (lambda: hints.get("title"), "feed"),
        (lambda: generic_meta().get("title"), "generic"),
    ]))
    lead = pick("lead", _resolve([
        (lambda: _ld_text(ld.get("description")), "ld"),
        (lambda: meta.get("og:description") or meta.get("description"), "meta"),
        (lambda: from_layout("lead"), site_tag),
    ]))
    authors = pick("authors", _resolve([
        (lambda: clean_authors(_ld_name(ld.get("author"))), "ld"),
        (lambda: clean_authors(meta.get("author") or meta.get("article:author") or ""), "meta"),
        (lambda: clean_authors([" ".join(e.text_content().split()) for e in page.css(layout.authors)])
            if layout and layout.authors else [], site_tag),
        (lambda: clean_authors(hints.get("authors") or []), "feed"),
        (lambda: clean_authors(generic_meta().get("authors") or []), "generic"),
    ])) or []
    published_at = pick("published_at", _resolve([
        (lambda: parse_published_at(_ld_text(ld.get("datePublished"))), "ld"),
        (lambda: parse_published_at(meta.get("article:published_time") or meta.get("og:article:published_time")
                                    or meta.get("article:published") or meta.get("datepublished")), "meta"),
        (lambda: parse_published_at(from_layout("published_at", lambda s: _selected_value(page, s))), site_tag),
        (lambda: parse_published_at(hints.get("published_at")), "feed"),
        (lambda: parse_published_at(_date_from_url(url)), "url"),
        (lambda: parse_published_at(generic_meta().get("published")), "generic"),
    ]))
    updated_at = pick("updated_at", _resolve([
        (lambda: parse_published_at(_ld_text(ld.get("dateModified"))), "ld"),
        (lambda: parse_published_at(meta.get("article:modified_time") or meta.get("og:updated_time")), "meta"),
        (lambda: parse_published_at(from_layout("updated_at", lambda s: _selected_value(page, s))), site_tag),
    ]))
    section = pick("section", _resolve([
        (lambda: _ld_text(ld.get("articleSection")), "ld"),
        (lambda: meta.get("article:section"), "meta"),
        (lambda: from_layout("section"), site_tag),
    ]))
    site_tags = pick("site_tags", _resolve([
        (lambda: _keywords(ld.get("keywords")), "ld"),
        (lambda: _keywords(meta.get("news_keywords") or meta.get("keywords") or meta.get("article:tag")), "meta"),
        (lambda: [" ".join(e.text_content().split()) for e in page.css(layout.site_tags)]
            if layout and layout.site_tags else [], site_tag),
    ])) or []
    image_url = pick("image_url", _resolve([
        (lambda: first_image(ld.get("image")), "ld"),
        (lambda: meta.get("og:image") or meta.get("twitter:image"), "meta"),
        (lambda: _image_from_layout(page, layout), site_tag),
    ]))
    language = pick("language", _resolve([
        (lambda: language_code(_ld_text(ld.get("inLanguage"))), "ld"),
        (lambda: layout.language if layout else "", site_tag),
        (lambda: getattr(site, "language", ""), "site"),
        (lambda: language_code(page.doc.get("lang")), "meta"),
    ])) or "en"
    canonical_url = pick("canonical_url", _resolve([
        (lambda: meta.get("canonical"), "meta"),
        (lambda: meta.get("og:url"), "meta"),
    ]))
    paywalled = _is_paywalled(page, layout)
    # The body comes from the page's DOM before JSON-LD articleBody: that field
    # loses paragraph breaks, carries in-body furniture as plain text and is
    # often a cut-off excerpt (on the extraction benchmark it lowered F1).
    body = pick("body", _resolve([
        (lambda: _drop_dateline(clean_text(_body_from_layout(page, layout)), layout)
            if layout and layout.body else "", site_tag),
        (lambda: clean_text(_generic_body(html, url)), "generic"),
        (lambda: clean_text(str(ld.get("articleBody") or "")), "ld"),
    ]))
    if lead:
        lead = clean_text(lead).replace("\n\n", " ")

    problem = _not_an_article(page, body)
    return {
        "url": url,
        "canonical_url": _web_url(url, canonical_url) or url,
        "title": clean_title(title, site_names),
        "lead": lead,
        "body": body,
        "authors": authors,
        "published_at": published_at or None,
        "updated_at": updated_at or None,
        "section": " ".join(str(section).split()),
        "site_tags": site_tags,
        "image_url": _web_url(url, image_url),
        "language": language,
        "paywalled": paywalled,
        "word_count": word_count(body),
        "extraction": sources,
        "layout": layout.name if layout else "",
        "problem": problem,
    }


def _resolve(candidates):
    """Evaluate lazily: later sources are only computed when earlier ones are empty."""
    for getter, source in candidates:
        if not source:
            continue
        yield getter(), source


def _web_url(base: str, value) -> str:
    """`value` made absolute against `base` when it is an http(s) URL, else "" (never `javascript:` or `data:`)."""
    try:
        absolute = urljoin(base, str(value or "").strip())
        parts = urlsplit(absolute)
        parts.port  # reading it raises ValueError for "host:abc"
    except ValueError:  # "http://[oops" (a bad IPv6 host), "http://host:abc/"
        return ""
    return absolute if value and parts.scheme in ("http", "https") and parts.hostname else ""


def _keywords(value) -> list[str]:
    if isinstance(value, str):
        value = value.split(",")
    return [" ".join(str(v).split()) for v in value or [] if str(v).strip()]


def _image_from_layout(page: Page, layout) -> str:
    if not layout or not layout.image:
        return ""
    for element in page.css(layout.image):
        for attribute in ("data-src", "data-original", "src", "content"):
            if element.get(attribute):
                return element.get(attribute)
    return ""


def _is_paywalled(page: Page, layout) -> bool:
    free = page.ld.get("isAccessibleForFree")
    # Kenyans.co.ke writes the boolean as a string ("True").
    if isinstance(free, str):
        free = free.strip().lower() not in {"false", "no", "0"}
    if free is False:
        return True
    return bool(layout and layout.premium and page.css(layout.premium))


def _not_an_article(page: Page, body: str) -> str | None:
    for ld_type, reason in NOT_ARTICLE_TYPES.items():
        if ld_type in page.ld_types and not page.ld:
            return reason
    if not body:
        return "no article body found"
    return None


def _domain_label(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _generic_body(html: str, url: str) -> str:
    from aggregator.generic import generic_body

    return generic_body(html, url)


def _lazy_generic_metadata(html: str, url: str):
    """Generic metadata is costly: computed once, only if a field needs it."""
    cache: dict = {}

    def get() -> dict:
        if "value" not in cache:
            from aggregator.generic import generic_metadata

            cache["value"] = generic_metadata(html, url) or {}
        return cache["value"]

    return get


def article_text(html: str, url: str | None = None) -> str:
    """The cleaned body of any news page (the benchmark scorer's entry point)."""
    return extract_article(html, url or "")["body"]

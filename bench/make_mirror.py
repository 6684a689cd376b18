"""Generate a local mirror of news pages for bench/crawl_bench.py: every site's real layouts, many stories.

The templates are the sample pages the sites ship (`spiders/fixtures/<site>/<layout>.html`
with their expected item `<layout>.json`). Each generated page is a template with a new
headline, lead, URL (new id and slug) and new story paragraphs: every paragraph of the
template's expected body gets invented words of the same length, spread over the same
text nodes, so the markup, furniture and boilerplate devices stay the site's own and
dedupe has no reason to merge two pages. Around it goes page chrome of a realistic size
(menus, teaser lists, footer, inline scripts and styles: real article pages weigh about
100 KB, the samples a few KB).

Every feed and sitemap a site declares lists all of the site's pages (cloned from the
sample feed's own first item, so the site's feed format is kept); a site with neither
(The Star, Mpasho) gets listing pages, two per declared listing, as the spider reads them.

Layout on disk, as `kenews crawl --mirror` expects: OUT/HOST/PATH (OUT/HOST/PATH/index.html
for a path ending in "/"), plus OUT/pages.jsonl (url, file, site, layout per page) and
OUT/manifest.json. With --check (the default) one page per template is extracted and
compared field by field with the template's expected item.

Usage: python bench/make_mirror.py --pages 20000 [--out bench/out/mirror-20000] [--seed 1]
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import html as html_lib
import json
import random
import re
import shutil
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
from lxml import etree

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "spiders" / "fixtures"
DATA = REPO / "aggregator" / "data"
sys.path.insert(0, str(REPO))

MARKER = re.compile(r"@@(\w+)@@")
WORD = re.compile(r"\S+")


@dataclass
class Template:
    site: type
    layout: str
    url: str
    skeleton: list  # literal text and marker names, alternating
    paragraphs: list[tuple[int, list[int]]]  # per replaced paragraph: its place in the body, words per text node
    expected: dict


# --- invented text ---------------------------------------------------------------------

def _load_names():
    counties = json.loads((DATA / "counties.json").read_text(encoding="utf-8"))["counties"]
    places = [c["label"] for c in counties] + [t for c in counties for t in c["towns"]]
    organisations = [o["aliases"][0] if o.get("aliases") else o["label"]
                     for o in json.loads((DATA / "organisations.json").read_text(encoding="utf-8"))]
    people = [p["label"] for p in json.loads((DATA / "people.json").read_text(encoding="utf-8"))]
    return places, [c["label"] for c in counties], organisations, people


PLACES, COUNTIES, ORGANISATIONS, PEOPLE = _load_names()
FIRST = ("Wanjiru Kamau Otieno Achieng Kiprop Chebet Mutua Njeri Ochieng Wafula Akinyi Kiprotich Nyambura "
         "Omondi Wambui Kibet Auma Mwende Barasa Jepkosgei Karanja Atieno Kilonzo Nafula Maina Adhiambo Korir "
         "Wairimu Odhiambo Muthoni Rotich Nekesa Kioko Moraa Onyango Wangari Simiyu Cherono Musyoka").split()
LAST = ("Mwangi Oduor Kiptoo Wekesa Njoroge Ouma Langat Mutiso Kariuki Owino Chepkemoi Ndirangu Okoth Kimani "
        "Wanyama Koech Muriuki Achola Ruto Gitau Nyongesa Kosgei Macharia Anyango Mbugua Kemboi Omollo "
        "Kiplagat Waweru Opiyo Nduta Kirui Makokha Muema Awuor Gachanja").split()
ROLES = ("county commissioner", "ward representative", "agriculture officer", "health executive",
         "police commander", "school principal", "trader", "farmer", "chairperson", "fisherman", "nurse",
         "engineer", "teacher", "boda boda rider", "women's leader", "youth leader", "MP", "senator",
         "governor", "county secretary", "area chief", "economist", "hospital superintendent")
NOUNS = ("levy", "borehole", "dispensary", "bursary fund", "tarmac road", "maize flour", "fertiliser subsidy",
         "milk cooler", "market stalls", "water project", "classroom block", "health centre", "footbridge",
         "cattle dip", "irrigation scheme", "feeder road", "landing beach", "bus park", "sewer line",
         "tea bonus", "coffee payments", "school fees", "parking fees", "relief food", "title deeds",
         "housing levy", "power connection", "fuel prices", "vaccination drive", "ward budget", "jua kali shed",
         "avocado exports", "fish prices", "miraa trade", "solar lamps", "county tender", "road contract",
         "hospital wing", "textbooks", "youth fund", "sand harvesting", "charcoal ban", "flood dyke",
         "cereal board depot", "dairy cooperative", "grain store", "ferry service", "bypass", "rescue centre")
VERBS = ("defended", "criticised", "launched", "suspended", "opened", "inspected", "rejected", "approved",
         "questioned", "welcomed", "promised", "delayed", "cancelled", "funded", "reviewed", "blamed",
         "audited", "expanded", "relocated", "repaired", "handed over", "halted", "announced", "resumed")
ADJECTIVES = ("new", "stalled", "delayed", "costly", "long-awaited", "disputed", "ambitious", "controversial",
              "popular", "troubled", "overdue", "expanded", "temporary", "revised", "proposed", "abandoned",
              "second", "final", "modest", "larger", "cheaper", "planned")
WHEN = ("on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday", "on Saturday", "on Sunday",
        "last week", "this week", "earlier this month", "last month", "in January", "in March", "in June",
        "in August", "in October", "in December", "over the weekend", "on Friday evening")
SENTENCES = (
    "{Person}, the {role} in {place}, said {when} that the {adj} {noun} would reach {n} households.",
    "Residents of {place} {verb} the {noun} {when}, saying it had cost them Sh{n} million.",
    "The {org} {verb} the {adj} {noun} in {place} after {n} complaints from {place2} residents.",
    "{Person} told reporters in {place} that {n} families were still waiting for the {noun}.",
    "According to the {role}, {n} people in {place} have benefited from the {adj} {noun} since {month}.",
    "Traders at the {place} market {verb} the {noun} {when}, warning that prices could rise by {n} per cent.",
    "In {place}, the {org} said the {noun} had been {verb} because of a shortage of funds.",
    "{Person}, a {role} from {place2}, said the {adj} {noun} was {n} kilometres from the nearest town.",
    "Officials {verb} the {noun} {when} and asked {Person} to explain why {n} workers had not been paid.",
    "The {adj} {noun} in {place} will cost about Sh{n} million, {Person} said.",
    "Farmers in {place} said they sold {n} bags of maize to the {noun} {when}.",
    "{Person} urged the {org} to finish the {noun} in {place} before the {month} rains.",
    "Police in {place2} said {n} suspects were arrested {when} over the {noun}.",
    "A report tabled {when} showed that {place} spent Sh{n} million on the {noun}.",
)
SENTENCES_SW = (
    "Wakazi wa {place} wamelalamikia {noun} {when_sw} wakisema imewagharimu Sh{n} milioni.",
    "{Person}, afisa wa {place}, alisema {when_sw} kwamba familia {n} zitanufaika na mradi huo.",
    "Wafanyabiashara katika soko la {place} walisema bei ya unga imepanda kwa Sh{n}.",
    "Serikali ya kaunti ya {county} imetenga Sh{n} milioni kwa ajili ya {noun_sw}.",
    "{Person} aliwataka viongozi wa {place2} kukamilisha {noun_sw} kabla ya mvua za {month_sw}.",
    "Polisi mjini {place} walisema washukiwa {n} walikamatwa {when_sw}.",
    "Wakulima wa {place} waliuza magunia {n} ya mahindi {when_sw}, akasema {Person}.",
    "Ripoti iliyowasilishwa {when_sw} ilionyesha kwamba {county} ilitumia Sh{n} milioni.",
)
NOUNS_SW = ("mradi wa maji", "barabara mpya", "zahanati", "soko la samaki", "shule ya msingi", "bei ya mbolea",
            "hazina ya vijana", "daraja la waenda kwa miguu", "kisima", "ujenzi wa madarasa", "ada za maegesho")
WHEN_SW = ("Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "wiki iliyopita", "mwezi uliopita")
MONTHS = ("January", "March", "April", "June", "August", "October", "November")
MONTHS_SW = ("Machi", "Aprili", "Oktoba", "Novemba", "Desemba")
TITLES = (
    "{place} residents protest {adj} {noun}",
    "{org} {verb} {noun} in {place}",
    "{Person} {verb} {adj} {noun} as {place} waits",
    "{place} traders count losses over {noun}",
    "Why {place} farmers want the {noun} reviewed",
    "{n} families in {place} miss out on {noun}",
    "{place} county to spend Sh{n}m on {noun}",
)
TITLES_SW = ("Wakazi wa {place} walalamikia {noun_sw}", "{Person} aahidi {noun_sw} kwa {place}",
             "Kaunti ya {county} kutumia Sh{n}m kwa {noun_sw}")


class TextMaker:
    """Invented news-style sentences whose slots come from large pools, so two pages share few word triples."""

    def __init__(self, rng: random.Random, language: str):
        self.rng = rng
        self.sentences = SENTENCES_SW if language == "sw" else SENTENCES
        self.titles = TITLES_SW if language == "sw" else TITLES

    def _fill(self, pattern: str) -> str:
        r = self.rng
        person = r.choice(PEOPLE) if r.random() < 0.2 else f"{r.choice(FIRST)} {r.choice(LAST)}"
        text = pattern.format(
            Person=person, role=r.choice(ROLES), place=r.choice(PLACES), place2=r.choice(PLACES),
            county=r.choice(COUNTIES), org=r.choice(ORGANISATIONS), noun=r.choice(NOUNS), adj=r.choice(ADJECTIVES),
            verb=r.choice(VERBS), when=r.choice(WHEN), month=r.choice(MONTHS), n=r.randint(3, 4800),
            noun_sw=r.choice(NOUNS_SW), when_sw=r.choice(WHEN_SW), month_sw=r.choice(MONTHS_SW),
        )
        # Nothing that needs escaping: the words go into text, attributes and JSON-LD alike.
        return text.replace("&", "and").translate({ord(c): None for c in '"<>\\'})

    def words(self, count: int) -> list[str]:
        """Exactly `count` words of running sentences, ending with a full stop."""
        out: list[str] = []
        while len(out) < count:
            out.extend(self._fill(self.rng.choice(self.sentences)).split())
        out = out[:count]
        if out and not out[-1].endswith((".", "?", "!")):
            out[-1] = out[-1].rstrip(",;:") + "."
        return out

    def sentence(self) -> str:
        return self._fill(self.rng.choice(self.sentences))

    def title(self) -> str:
        text = self._fill(self.rng.choice(self.titles))
        return text[0].upper() + text[1:]


# --- templates -------------------------------------------------------------------------

def _norm(text: str) -> str:
    return " ".join((text or "").split())


def _text_nodes(element) -> list[tuple]:
    """(node, attribute) for every text of an element's subtree: its .text and its descendants' .text and .tail."""
    nodes = [(element, "text")]
    for child in element.iterdescendants():
        if not isinstance(child.tag, str):
            continue
        nodes += [(child, "text"), (child, "tail")]
    return nodes


def _mark_paragraphs(doc, selector: str, expected_paragraphs: list[str]) -> list[tuple[int, list[int]]]:
    """Put a marker in each text node of the body paragraphs the expected item has.

    Returns, per marked paragraph, its place in the expected body and the word count of each of its text
    nodes. A paragraph the page spreads over <br>s, or opens with a dateline, is left as it is."""
    wanted = {text: place for place, text in reversed(list(enumerate(expected_paragraphs)))}
    counts: list[tuple[int, list[int]]] = []
    done: set = set()
    for container in doc.cssselect(selector):
        for element in container.iter():
            if not isinstance(element.tag, str) or element in done or element.tag in ("script", "style"):
                continue
            if _norm(element.text_content()) not in wanted:
                continue
            # The innermost element holding the whole paragraph: its text nodes are the paragraph's.
            if any(_norm(child.text_content()) == _norm(element.text_content()) for child in element
                   if isinstance(child.tag, str)):
                continue
            place = wanted[_norm(element.text_content())]
            index = len(counts)
            words = []
            for node, attribute in _text_nodes(element):
                value = getattr(node, attribute) or ""
                n = len(WORD.findall(value))
                if not n:
                    continue
                lead = value[: len(value) - len(value.lstrip())]
                trail = value[len(value.rstrip()):]
                setattr(node, attribute, f"{lead}@@P{index}_{len(words)}@@{trail}")
                words.append(n)
            counts.append((place, words))
            done.update(element.iter())
        # Paragraphs separated by <br> (The Standard) are text nodes of their own.
        for element in container.iter():
            if not isinstance(element.tag, str) or element in done:
                continue
            for attribute in ("text", "tail"):
                value = getattr(element, attribute) or ""
                if _norm(value) not in wanted or (attribute == "tail" and element is container):
                    continue
                lead = value[: len(value) - len(value.lstrip())]
                trail = value[len(value.rstrip()):]
                setattr(element, attribute, f"{lead}@@P{len(counts)}_0@@{trail}")
                counts.append((wanted[_norm(value)], [len(WORD.findall(value))]))
    return counts


def load_template(site, layout: str, url: str, page: Path, expected: dict) -> Template:
    layouts = {lay.name: lay for lay in site.layouts}
    doc = lxml.html.document_fromstring(page.read_text(encoding="utf-8"))
    selector = layouts[layout].body if layout in layouts and layouts[layout].body else "body"
    paragraphs = _mark_paragraphs(doc, selector, expected["body"].split("\n\n"))
    text = etree.tostring(doc.getroottree(), method="html", encoding="unicode", doctype="<!DOCTYPE html>")
    for key, value in (("TITLE", expected.get("title")), ("LEAD", expected.get("lead"))):
        for form in _forms(value):
            text = text.replace(form, f"@@{key}@@")
    path = urlsplit(url).path.rstrip("/")
    text = text.replace(path, "@@PATH@@")
    return Template(site=site, layout=layout, url=url, skeleton=MARKER.split(text), paragraphs=paragraphs,
                    expected=expected)


def _forms(value: str | None) -> list[str]:
    if not value or len(value) < 12:
        return []
    forms = {value, html_lib.escape(value), html_lib.escape(value, quote=False), json.dumps(value)[1:-1],
             json.dumps(value, ensure_ascii=False)[1:-1]}
    return sorted(forms, key=len, reverse=True)


def templates(sites: dict) -> list[Template]:
    found = []
    for name, site in sites.items():
        folder = FIXTURES / name
        meta_file = folder / "meta.json"
        if not meta_file.is_file():
            continue
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
        for filename, url in meta.items():
            page = folder / filename
            expected_file = page.with_suffix(".json")
            if page.suffix != ".html" or not expected_file.is_file():
                continue
            expected = json.loads(expected_file.read_text(encoding="utf-8"))
            found.append(load_template(site, page.stem, url, page, expected))
    return found


# --- URLs ------------------------------------------------------------------------------

def slug(title: str, words: int = 9) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", title.lower())[:words])


def new_path(template_path: str, serial: int, new_slug: str) -> str:
    """The template's path with every id (a run of 5+ digits, maybe after one letter) moved on by `serial`
    and the words of its last segment replaced by `new_slug`; dates (short digit runs) are kept."""
    trailing = "/" if template_path.endswith("/") else ""
    segments = template_path.strip("/").split("/")
    out = []
    for position, segment in enumerate(segments):
        last = position == len(segments) - 1
        tokens, replaced_words = [], False
        for token in segment.split("-"):
            ident = re.fullmatch(r"([a-z]?)(\d{5,})", token)
            if ident:
                tokens.append(f"{ident.group(1)}{int(ident.group(2)) + serial}")
            elif last and not token.isdigit():
                if not replaced_words:
                    tokens.append(new_slug)
                    replaced_words = True
            else:
                tokens.append(token)
        out.append("-".join(tokens))
    return "/" + "/".join(out) + trailing


def article_url_ok(site, url: str) -> bool:
    path = urlsplit(url).path
    return (site.is_allowed(site, url) and not any(re.search(p, path) for p in site.skip_urls)
            and any(re.search(p, path) for p in site.article_urls))


def file_for(out: Path, url: str) -> Path:
    parts = urlsplit(url)
    path = parts.path or "/"
    if path.endswith("/"):
        path += "index.html"
    return out / parts.netloc / path.lstrip("/")


# --- page chrome -----------------------------------------------------------------------

SECTIONS = ("News", "Politics", "Business", "Counties", "Sports", "Entertainment", "Opinion", "Health",
            "Education", "Technology", "Lifestyle", "Africa", "World", "Video", "Podcasts", "Jobs")


def chrome(host: str, rng: random.Random, teasers: list[tuple[str, str]]) -> tuple[str, str, str]:
    """(head, top, bottom): styles, scripts, menus, teaser lists and footer of about 95 KB, like a real page.

    Class names are neutral ("kn-…"), and no meta tag is added: chrome must not change what extraction reads."""
    css = "\n".join(f".kn-c{i} {{ margin: {i % 7}px {i % 5}px; color: #{rng.randrange(16**6):06x}; "
                    f"font-size: {12 + i % 9}px; line-height: 1.{i % 8}; }}" for i in range(260))
    config = {"site": host, "ads": [{"slot": f"div-gpt-ad-{i}", "sizes": [[300, 250], [728, 90]],
                                     "targeting": {"section": SECTIONS[i % len(SECTIONS)], "pos": i}}
                                    for i in range(120)],
              "menu": [{"label": s, "href": f"/{s.lower()}/", "children": [f"/{s.lower()}/{j}/" for j in range(12)]}
                       for s in SECTIONS]}
    head = (f'<link rel="preconnect" href="https://cdn.{host}"><link rel="stylesheet" href="/assets/app.css">\n'
            f"<style>{css}</style>\n<script>window.__SITE_CONFIG__ = {json.dumps(config)};</script>\n")
    menu = "".join(
        f'<li class="kn-menu-item"><a href="/{s.lower()}/">{s}</a><ul class="kn-submenu">'
        + "".join(f'<li><a href="/{s.lower()}/topic-{j}/">{s} topic {j}</a></li>' for j in range(14))
        + "</ul></li>" for s in SECTIONS)
    top = (f'<div class="kn-topbar"><a class="kn-logo" href="/">{host}</a>'
           '<form class="kn-search" action="/search"><input name="q" placeholder="Search"></form>'
           '<a class="kn-subscribe" href="/subscribe">Subscribe</a></div>'
           f'<header class="kn-site-header"><nav class="kn-mega-menu"><ul>{menu}</ul></nav></header>\n')

    def cards(kind: str, count: int) -> str:
        chosen = [teasers[rng.randrange(len(teasers))] for _ in range(count)] if teasers else []
        return "".join(
            f'<div class="kn-card kn-{kind}"><a href="{href}"><img src="https://cdn.{host}/thumbs/{i}.jpg" '
            f'alt="" loading="lazy"><span class="kn-card-title">{html_lib.escape(title)}</span></a>'
            f'<span class="kn-card-time">{i + 1} hours ago</span></div>' for i, (href, title) in enumerate(chosen))

    footer_links = "".join(f'<li><a href="/{s.lower()}/page-{j}/">{s} archive {j}</a></li>'
                           for s in SECTIONS for j in range(6))
    tracker = "".join(f"window.dataLayer.push({{event: 'view', slot: {i}, value: '{rng.randrange(16**12):012x}'}});\n"
                      for i in range(420))
    bottom = (f'<aside class="kn-trending"><div class="kn-heading">Trending</div>{cards("trending", 20)}</aside>'
              f'<section class="kn-more"><div class="kn-heading">More stories</div>{cards("more", 30)}</section>'
              f'<div class="kn-share">' + "".join(f'<a class="kn-share-{n}" href="#">{n}</a>'
                                                  for n in ("facebook", "x", "whatsapp", "telegram", "email")) + "</div>"
              f'<footer class="kn-site-footer"><ul>{footer_links}</ul><div class="kn-copy">© {host}</div></footer>'
              f"<script>window.dataLayer = window.dataLayer || [];\n{tracker}</script>\n")
    return head, top, bottom


def dress(page: str, head: str, top: str, bottom: str) -> str:
    page = page.replace("</head>", head + "</head>", 1)
    page = re.sub(r"(<body[^>]*>)", lambda m: m.group(1) + top, page, count=1)
    index = page.rfind("</body>")
    return page[:index] + bottom + page[index:] if index >= 0 else page + bottom


# --- discovery documents ---------------------------------------------------------------

def _first_item(root):
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.rsplit("}", 1)[-1].lower() in ("item", "entry", "url"):
            return element
    return None


def discovery_document(template_file: Path | None, pages: list[dict], kind: str) -> bytes:
    """A feed or sitemap listing `pages` (url, title), in the format of the site's own sample when there is one."""
    if template_file is not None:
        root = etree.fromstring(template_file.read_bytes())
        item = _first_item(root)
        if item is not None:
            from aggregator.discovery import read_feed, read_sitemap

            sample = (read_feed if kind == "feed" else read_sitemap)(template_file.read_bytes())[0]
            parent = item.getparent()
            for child in list(parent):
                if child.tag == item.tag:
                    parent.remove(child)
            text = etree.tostring(item, encoding="unicode")
            for page in pages:
                copy = text.replace(html_lib.escape(sample.url), page["url"]).replace(sample.url, page["url"])
                if sample.title:
                    copy = copy.replace(html_lib.escape(sample.title, quote=False), html_lib.escape(page["title"], quote=False))
                parent.append(etree.fromstring(copy))
            return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    if kind == "feed":
        items = "".join(f"<item><title>{html_lib.escape(p['title'])}</title><link>{html_lib.escape(p['url'])}</link></item>"
                        for p in pages)
        return f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>{items}</channel></rss>'.encode()
    urls = "".join(f"<url><loc>{html_lib.escape(p['url'])}</loc></url>" for p in pages)
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"{urls}</urlset>").encode()


def listing_pages(url: str, pages: list[dict], count: int) -> dict[str, bytes]:
    """`count` listing pages from `url`, each linking a share of `pages` and the next one (rel=next)."""
    base = url if url.endswith("/") else url + "/"
    urls = [url] + [f"{base}page/{n}/" for n in range(2, count + 1)]
    out = {}
    for n, page_url in enumerate(urls):
        share = pages[n::count]
        links = "".join(f'<li><a href="{html_lib.escape(p["url"])}">{html_lib.escape(p["title"])}</a></li>'
                        for p in share)
        next_link = f'<a rel="next" href="{urls[n + 1]}">Next</a>' if n + 1 < len(urls) else ""
        out[page_url] = (f"<!DOCTYPE html><html><head><title>Latest</title></head><body><ul class=\"kn-list\">"
                         f"{links}</ul>{next_link}</body></html>").encode()
    return out


# --- the mirror ------------------------------------------------------------------------

def generate(out: Path, count: int, seed: int) -> dict:
    from aggregator.sites import all_sites

    started = time.perf_counter()
    sites = all_sites()
    chosen = templates(sites)
    rng = random.Random(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    # Every page first (URL and title), so that teaser lists and feeds can point at real pages.
    pages: list[dict] = []
    used: set[str] = set()
    for i in range(count):
        template = chosen[i % len(chosen)]
        maker = TextMaker(rng, template.expected.get("language") or template.site.language)
        serial = 1 + i // len(chosen)
        while True:
            title = maker.title()
            parts = urlsplit(template.url)
            url = f"{parts.scheme}://{parts.netloc}{new_path(parts.path, serial, slug(title))}"
            if url not in used:
                break
        used.add(url)
        if not article_url_ok(template.site, url):
            raise SystemExit(f"generated URL {url} is not an article URL of {template.site.name}")
        pages.append({"url": url, "title": title, "template": template, "site": template.site.name})

    by_site: dict[str, list[dict]] = {}
    for page in pages:
        by_site.setdefault(page["site"], []).append(page)
    dressing = {}
    for name, site_pages in by_site.items():
        host = urlsplit(site_pages[0]["url"]).hostname
        teasers = [(urlsplit(p["url"]).path, p["title"]) for p in site_pages[:200]]
        dressing[name] = chrome(host, rng, teasers)

    total_bytes = 0
    with open(out / "pages.jsonl", "w", encoding="utf-8") as index:
        for page in pages:
            template = page["template"]
            maker = TextMaker(rng, template.expected.get("language") or template.site.language)
            values = {"TITLE": html_lib.escape(page["title"], quote=False).replace('"', "&quot;"),
                      "LEAD": html_lib.escape(maker.sentence()),
                      "PATH": urlsplit(page["url"]).path.rstrip("/")}
            body = template.expected["body"].split("\n\n")
            for number, (place, nodes) in enumerate(template.paragraphs):
                words = maker.words(sum(nodes))
                body[place] = " ".join(words)
                start = 0
                for j, n in enumerate(nodes):
                    values[f"P{number}_{j}"] = html_lib.escape(" ".join(words[start:start + n]), quote=False)
                    start += n
            text = "".join(part if k % 2 == 0 else values[part] for k, part in enumerate(template.skeleton))
            text = dress(text, *dressing[page["site"]])
            path = file_for(out, page["url"])
            path.parent.mkdir(parents=True, exist_ok=True)
            data = text.encode("utf-8")
            path.write_bytes(data)
            total_bytes += len(data)
            index.write(json.dumps({"url": page["url"], "file": str(path.relative_to(out)), "site": page["site"],
                                    "layout": template.layout, "title": page["title"], "body": "\n\n".join(body)})
                        + "\n")

    documents = 0
    for name, site_pages in by_site.items():
        site = sites[name]
        meta = json.loads((FIXTURES / name / "meta.json").read_text(encoding="utf-8"))
        sample_for = {url: FIXTURES / name / filename for filename, url in meta.items()}
        machine = [(u, k) for u, k in site.discovery_urls(site) if k != "listing"]
        docs: dict[str, bytes] = {}
        for url, kind in machine:
            docs[url] = discovery_document(sample_for.get(url), site_pages, kind)
        if not machine:
            for n, url in enumerate(site.listings):
                docs.update(listing_pages(url, site_pages[n::len(site.listings)], site.listing_pages))
        for url, data in docs.items():
            path = file_for(out, url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            documents += 1

    manifest = {
        "pages": count, "seed": seed, "documents": documents, "bytes": total_bytes,
        "sites": {name: len(p) for name, p in sorted(by_site.items())},
        "templates": [f"{t.site.name}/{t.layout}" for t in chosen],
        "seconds": round(time.perf_counter() - started, 1),
    }
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return manifest


def check(out: Path) -> list[str]:
    """Extract the first page of every template and compare it with the template's expected item."""
    from aggregator.extraction import extract_article
    from aggregator.sites import all_sites

    sites = all_sites()
    expected_items = {}
    for template in templates(sites):
        expected_items[(template.site.name, template.layout)] = template.expected
    problems, seen = [], set()
    for line in open(out / "pages.jsonl", encoding="utf-8"):
        page = json.loads(line)
        key = (page["site"], page["layout"])
        if key in seen:
            continue
        seen.add(key)
        expected = expected_items[key]
        html = (out / page["file"]).read_text(encoding="utf-8")
        got = extract_article(html, page["url"], site=sites[page["site"]])
        if got["title"] != page["title"]:
            problems.append(f"{key}: title {got['title']!r}, generated {page['title']!r}")
        if got["body"] != page["body"]:
            problems.append(f"{key}: body differs from the generated paragraphs")
        for name in ("authors", "published_at", "section", "site_tags", "image_url", "language", "paywalled",
                     "layout", "extraction"):
            if got[name] != expected.get(name, got[name]):
                problems.append(f"{key}: {name} {got[name]!r}, template {expected.get(name)!r}")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20000)
    parser.add_argument("--out", type=Path, help="default: bench/out/mirror-PAGES")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-check", action="store_true", help="skip the field-by-field check")
    args = parser.parse_args(argv)
    out = args.out or REPO / "bench" / "out" / f"mirror-{args.pages}"
    manifest = generate(out, args.pages, args.seed)
    problems = [] if args.no_check else check(out)
    print(f"{'site':<14} {'pages':>6}")
    for name, n in manifest["sites"].items():
        print(f"{name:<14} {n:>6}")
    print(f"{manifest['pages']} pages from {len(manifest['templates'])} templates, {manifest['documents']} feeds/"
          f"sitemaps/listings, {manifest['bytes'] / manifest['pages'] / 1024:.0f} KB a page, "
          f"{manifest['seconds']} s → {out}")
    for problem in problems:
        print("check:", problem)
    print(json.dumps({"bench": "make_mirror", "out": str(out), "check_problems": len(problems),
                      **{k: v for k, v in manifest.items() if k != "templates"}}))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

"""A news site that misbehaves in every way a real one does, served on 127.0.0.1 for crawl tests.

`FaultSite` stands for https://faultnews.example/ (site id `faultnews`). It is
crawled the way an operator would crawl it: declared in a sites file
(`site.sites_toml()`, passed as KENEWS_SITES) and fetched by the real
`kenews crawl faultnews --mirror URL`, so it answers `GET /HOST/PATH` like any
mirror. Every request is counted in `site.hits` ("HOST/PATH" → requests).

With `faults=True` the site serves, under https://faultnews.example:

Discovery
  /robots.txt            Disallow: /private/
  /feed/                 RSS of every article below, the robots-disallowed one and an off-site link;
                         some items print dates nobody can read ("2025-13-45T25:00:00")
  /feed-broken/          RSS cut off mid-item: the item before the cut (broken-feed-only) must be read
  /sitemap-news.xml      news sitemap with a raw "&", a "0000-00-00" date and no closing tag; lists
                         sitemap-only, which nothing else lists
  /sitemap-bomb.xml      Content-Encoding: gzip, inflating to 64 MB (past DOWNLOAD_MAXSIZE)
  /sitemap-junk.xml      an HTML error page served as 200
  /sitemap-index.xml     a sitemap index whose children are all off the site: none may be requested

Articles, /news/<slug>/ (pages where nothing is said are ordinary)
  healthy-1 … healthy-N  ordinary pages
  flaky-500, flaky-503   500 / 503 on the first request, then the page (Scrapy's retry fetches it)
  down                   500 every time, until `heal()`
  slow                   no answer within the download timeout, until `heal()`
  reset                  TCP reset before any byte, until `heal()`
  cut-transfer           Content-Length promises twice what is sent, then the socket closes, until `heal()`
  cut-html               a complete response whose HTML stops mid-paragraph, no closing tags
  cp1252-as-utf8         windows-1252 bytes, header and meta say utf-8
  utf8-as-cp1252         UTF-8 bytes, header and meta say windows-1252
  no-charset             windows-1252 bytes, no charset anywhere
  gzip-bomb              Content-Encoding: gzip, inflating to 64 MB
  huge                   a 20 MB page with its Content-Length
  huge-stream            a 20 MB page without Content-Length (it ends when the socket closes)
  not-html               a PNG image at an article URL
  loop-a, loop-b         redirect to each other forever
  moved                  301 to moved-here, an ordinary page nothing else links to
  refreshed              an old page whose <meta http-equiv="Refresh"> sends readers on to refreshed-here
  offsite-redirect       302 to https://elsewhere.example/news/grabbed/
  bad-feed-date          no date on the page; the feed's date is "2025-13-45T25:00:00"
  ld-broken              JSON-LD that is not JSON; the meta tags carry title and date
  ld-future              JSON-LD datePublished in 2099; the meta tag has the real date
  ld-epoch               JSON-LD datePublished 1970-01-01; the feed has the real date
  ld-odd                 JSON-LD of odd shapes: nested @type lists, numbers for names, objects for text
  empty                  the page template with no story in it
  /private/hidden-story/ listed in the feed, disallowed by robots.txt: must never be requested

With `faults=False` it serves only robots.txt, /feed/ and healthy pages (for
crash and concurrency tests). `delay` seconds pass before every article page.
Any other host or path is a 404.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import zlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HOST = "faultnews.example"
SITE = f"https://{HOST}"
OFFSITE = "https://elsewhere.example/news/grabbed/"
OFFSITE_INDEX = (b'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                 b"<sitemap><loc>https://elsewhere.example/sitemap.xml</loc></sitemap>"
                 b"<sitemap><loc>https://faultnews.example.elsewhere.example/sitemap.xml</loc></sitemap>"
                 b"</sitemapindex>")
SLOW_SECONDS = 4  # longer than the download timeout the tests set (1 s)
BIG = 20 * 1024 * 1024
BOMB = 64 * 1024 * 1024

# Invented story material: every story takes one sentence from each pool, chosen
# so that no two stories share more than one, and its own town.
TOWNS = [
    ("Ahero", "Kisumu"), ("Molo", "Nakuru"), ("Kangundo", "Machakos"), ("Malava", "Kakamega"),
    ("Othaya", "Nyeri"), ("Mariakani", "Kilifi"), ("Dadaab", "Garissa"), ("Litein", "Kericho"),
    ("Webuye", "Bungoma"), ("Maua", "Meru"), ("Runyenjes", "Embu"), ("Lodwar", "Turkana"),
    ("Mwingi", "Kitui"), ("Kilgoris", "Narok"), ("Luanda", "Vihiga"), ("Mbita", "Homa Bay"),
    ("Malaba", "Busia"), ("Nanyuki", "Laikipia"), ("Kapsabet", "Nandi"), ("Msambweni", "Kwale"),
    ("Voi", "Taita Taveta"), ("Merti", "Isiolo"), ("Moyale", "Marsabit"), ("Habaswein", "Wajir"),
    ("Elwak", "Mandera"), ("Hola", "Tana River"), ("Mpeketoni", "Lamu"), ("Kitale", "Trans Nzoia"),
    ("Iten", "Elgeyo Marakwet"), ("Kabarnet", "Baringo"), ("Maralal", "Samburu"), ("Ol Kalou", "Nyandarua"),
    ("Kangema", "Murang'a"), ("Kerugoya", "Kirinyaga"), ("Thika", "Kiambu"), ("Kitengela", "Kajiado"),
]
NAMES = ["Grace Atieno", "Peter Kiprono", "Mary Wanjiku", "Hassan Abdi", "Joseph Mutua", "Faith Chebet"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
TITLES = [
    "{town} residents without water after pipeline bursts",
    "{county} sets aside Sh{n}m for maternity wing in {town}",
    "{town} traders protest new market levy",
    "Gang raids M-Pesa shops in {town}",
    "Late rains delay planting around {town}",
    "Storm blows roofs off {town} classrooms",
]
OPENINGS = [
    "Residents of {town} in {county} County woke up on {weekday} to find that the main water pipeline had burst "
    "overnight, leaving hundreds of homes without supply.",
    "The {county} County government has set aside Sh{n} million for a new maternity wing at the {town} "
    "sub-county hospital, officials said on {weekday}.",
    "Traders at the {town} open-air market in {county} County staged a sit-in on {weekday} over a daily levy "
    "the county introduced without warning.",
    "Police in {county} County are looking for a gang that broke into three M-Pesa shops in {town} on "
    "{weekday} night and escaped with cash and phones.",
    "Farmers around {town} in {county} County say the late rains have pushed planting back by nearly a month, "
    "and many fear a poor harvest.",
    "Learners at a day school in {town} were sent home on {weekday} after a storm blew the roofs off four "
    "classrooms, {county} County education officials said.",
]
MIDDLES = [
    '"We have raised this with the ward administrator many times and nobody has come," said {name}, who has '
    "lived in the area for {n} years.",
    "{name}, who chairs the local development committee, said {n} families had been affected and asked the "
    "national government to step in.",
    "Officials said the work would take about {n} weeks and that the contractor had already moved machinery "
    "to the site near the bus park.",
    "The area police commander, {name}, told reporters that night patrols had been stepped up and that {n} "
    "people were being questioned.",
    "Figures from the agriculture office show that only {share} per cent of the expected acreage had been "
    "planted by the end of the month, said {name}.",
    "{name}, a teacher at the school, said pupils would study in a church hall until repairs costing about "
    "Sh{n},000 are finished.",
]
CLOSINGS = [
    "The county executive in charge is expected to appear before the assembly next week to explain the delay.",
    "Residents have been urged to report anything suspicious to the nearest police station or the toll-free line.",
    "Similar complaints have come from neighbouring wards, where projects started two years ago remain unfinished.",
    "The Kenya Meteorological Department has forecast more rain in the region over the coming days.",
    "Members of the county assembly have promised to table a motion on the matter when the house resumes.",
    "Local leaders said they would hold a public meeting on Saturday to agree on what to do next.",
]

# For the charset pages: curly quotes, an en dash and an accent, all in windows-1252.
CHARSET_PARAGRAPH = ("“We are ready to open by December,” said Ann Wairimu, who runs a café near the "
                     "Murang’a bus park – the first in the town to take card payments.")


@dataclass
class Story:
    slug: str
    title: str
    paragraphs: list[str]
    published_at: str = "2026-10-14T08:30:00+03:00"  # weeks old: a second crawl does not re-fetch it
    feed_date: str = "Wed, 14 Oct 2026 08:30:00 +0300"
    ld: dict | str | None = None  # None: a normal NewsArticle object; a str is written out as it is
    meta_date: bool = True
    path: str = ""

    def __post_init__(self):
        self.path = self.path or f"/news/{self.slug}/"

    @property
    def url(self) -> str:
        return SITE + self.path


def story(number: int, slug: str, **overrides) -> Story:
    """The invented story `number` (0–35), at /news/<slug>/."""
    a, b = number % 6, (number // 6) % 6
    c = (a + b) % 6
    town, county = TOWNS[number]
    slots = {"town": town, "county": county, "n": 12 + 7 * number, "share": 20 + number, "name": NAMES[b],
             "weekday": WEEKDAYS[c]}
    paragraphs = [OPENINGS[a].format(**slots), MIDDLES[b].format(**slots), CLOSINGS[c].format(**slots)]
    return Story(slug=slug, title=TITLES[a].format(**slots), paragraphs=paragraphs, **overrides)


def article_html(item: Story, charset: str | None = "utf-8", cut: bool = False) -> str:
    ld = item.ld
    if ld is None:
        ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": item.title,
              "datePublished": item.published_at, "author": {"@type": "Person", "name": "Fault News Reporter"}}
    ld_text = ld if isinstance(ld, str) else json.dumps(ld, ensure_ascii=False)
    head = [f'<meta charset="{charset}">' if charset else "", f"<title>{item.title} - Fault News</title>",
            f'<meta property="og:title" content="{item.title}">',
            f'<script type="application/ld+json">{ld_text}</script>']
    if item.meta_date:
        head.append(f'<meta property="article:published_time" content="{item.published_at}">')
    paragraphs = "".join(f"<p>{text}</p>" for text in item.paragraphs)
    page = (f'<!DOCTYPE html><html lang="en"><head>{"".join(head)}</head><body>'
            f'<nav><a href="/">Home</a> <a href="/news/">News</a></nav>'
            f'<article><h1>{item.title}</h1><div class="story-body">{paragraphs}</div></article>'
            f"<footer>Fault News is an invented outlet for tests.</footer></body></html>")
    if cut:
        return page[:page.index("</p>", page.index("story-body")) + len("</p>")] + "<p>The county assembly will deb"
    return page


@lru_cache(maxsize=1)
def gzip_bomb() -> bytes:
    """64 MB of zeros, gzip-compressed to about 64 kB."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1024 * 1024)
    return b"".join([*(compressor.compress(chunk) for _ in range(BOMB // len(chunk))), compressor.flush()])


class FaultSite:
    """The site, served from a background thread; use it as a context manager."""

    def __init__(self, healthy: int = 4, faults: bool = True, delay: float = 0.0):
        self.healthy = healthy
        self.faults = faults
        self.delay = delay
        self.hits: Counter = Counter()
        self.healed = threading.Event()
        self.stopping = threading.Event()
        self.lock = threading.Lock()
        self.stories = self._stories()
        handler = type("FaultHandler", (_Handler,), {"site": self})
        self.httpd = _Server(("127.0.0.1", 0), handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def _stories(self) -> dict[str, Story]:
        stories = [story(n, f"healthy-{n + 1}") for n in range(self.healthy)]
        if self.faults:
            number = iter(range(self.healthy, 36))
            plain = ["flaky-500", "flaky-503", "down", "slow", "reset", "cut-transfer", "cut-html", "gzip-bomb",
                     "huge", "huge-stream", "not-html", "loop-a", "loop-b", "moved", "moved-here", "refreshed", "refreshed-here",
                     "offsite-redirect", "empty", "broken-feed-only", "sitemap-only"]
            stories += [story(next(number), slug) for slug in plain]
            for slug in ("cp1252-as-utf8", "utf8-as-cp1252", "no-charset"):
                item = story(next(number), slug)
                item.paragraphs.insert(1, CHARSET_PARAGRAPH)
                item.title += " – café owners’ view"
                stories.append(item)
            stories += [
                story(next(number), "bad-feed-date", feed_date="2025-13-45T25:00:00", ld={}, meta_date=False),
                story(next(number), "ld-broken", ld='{"@type": "NewsArticle", "headline": "x",, "datePublished"'),
                story(next(number), "ld-future", ld={"@type": "NewsArticle", "datePublished": "2099-01-01T00:00:00Z"}),
                story(next(number), "ld-epoch", meta_date=False, feed_date="Tue, 13 Oct 2026 18:00:00 +0300",
                      ld={"@type": "NewsArticle", "datePublished": "1970-01-01T00:00:00Z"}),
                story(next(number), "ld-odd", ld={"@type": [["NewsArticle"]], "headline": {"text": 7},
                                                  "author": [3, {"name": {"name": None}}], "image": {"url": 5},
                                                  "datePublished": ["yesterday", 0], "keywords": 12}),
            ]
            stories.append(story(next(number), "hidden-story", path="/private/hidden-story/"))
        return {item.path: item for item in stories}

    # --- what the tests read ---------------------------------------------
    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def hits_for(self, path: str, host: str = HOST) -> int:
        with self.lock:
            return self.hits[host + path]

    def offsite_hits(self) -> int:
        with self.lock:
            return sum(count for key, count in self.hits.items() if not key.startswith(HOST + "/"))

    def sites_toml(self) -> str:
        feeds = [f"{SITE}/feed/"] + ([f"{SITE}/feed-broken/"] if self.faults else [])
        sitemaps = [f"{SITE}/sitemap-news.xml", f"{SITE}/sitemap-bomb.xml", f"{SITE}/sitemap-junk.xml",
                    f"{SITE}/sitemap-index.xml"]
        return "\n".join([
            "[site.faultnews]", 'name = "Fault News"', f'home_url = "{SITE}/"', f'allowed_domains = ["{HOST}"]',
            f"feeds = {json.dumps(feeds)}", f"news_sitemaps = {json.dumps(sitemaps if self.faults else [])}",
            "article_urls = ['^/(news|private)/']", "", "[site.faultnews.selectors]", 'body = ".story-body"', "",
        ])

    def __enter__(self) -> "FaultSite":
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stopping.set()  # frees handlers still sleeping (slow, delay)
        self.httpd.shutdown()
        self.httpd.server_close()

    def heal(self) -> None:
        """From now on down, slow, reset and cut-transfer answer with their page."""
        self.healed.set()

    # --- documents -------------------------------------------------------
    def feed(self) -> bytes:
        listed = [s for s in self.stories.values() if s.slug not in ("broken-feed-only", "sitemap-only", "moved-here", "refreshed-here")]
        items = "".join(f"<item><title>{s.title}</title><link>{s.url}</link><pubDate>{s.feed_date}</pubDate></item>"
                        for s in listed)
        items += f"<item><title>Off-site story</title><link>{OFFSITE}</link></item>"
        return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fault News</title>{items}</channel></rss>'.encode()

    def broken_feed(self) -> bytes:
        only = self.stories["/news/broken-feed-only/"]
        return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Fault News & more</title>'
                f"<item><title>{only.title}</title><link>{only.url}</link><pubDate>{only.feed_date}</pubDate></item>"
                f"<item><title>Cut off here</title><link>{SITE}/news/never-fini").encode()

    def broken_sitemap(self) -> bytes:
        only = self.stories["/news/sitemap-only/"]
        first = self.stories["/news/healthy-1/"]
        return ('<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
                f"<url><loc>{first.url}</loc><news:news><news:title>Water & power cuts</news:title>"
                "<news:publication_date>0000-00-00</news:publication_date></news:news></url>"
                f"<url><loc>{only.url}</loc><news:news><news:title>{only.title}</news:title>"
                "<news:publication_date>yesterday-ish</news:publication_date></news:news></url>"
                "<url><loc>").encode()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # A crawl opens a dozen connections at once; the default backlog of 5 drops SYNs,
    # and a dropped SYN costs a second, the whole download timeout the tests allow.
    request_queue_size = 128


class _Handler(BaseHTTPRequestHandler):
    site: FaultSite

    def do_GET(self):
        host, _, rest = self.path.lstrip("/").partition("/")
        path = "/" + rest.split("?", 1)[0]
        with self.site.lock:
            self.site.hits[host + path] += 1
            hits = self.site.hits[host + path]
        if host != HOST:
            return self.send_error(404)
        documents = {"/robots.txt": (b"User-agent: *\nDisallow: /private/\n", "text/plain"),
                     "/feed/": (self.site.feed(), "application/rss+xml; charset=utf-8")}
        if self.site.faults:
            documents.update({
                "/feed-broken/": (self.site.broken_feed(), "application/rss+xml; charset=utf-8"),
                "/sitemap-news.xml": (self.site.broken_sitemap(), "application/xml; charset=utf-8"),
                "/sitemap-junk.xml": (b"<html><body><h1>Error establishing a database connection</h1></body></html>",
                                      "text/html; charset=utf-8"),
                "/sitemap-index.xml": (OFFSITE_INDEX, "application/xml; charset=utf-8"),
            })
        if path in documents:
            return self.answer(200, *documents[path])
        if path == "/sitemap-bomb.xml" and self.site.faults:
            return self.answer(200, gzip_bomb(), "application/xml", ("Content-Encoding", "gzip"))
        item = self.site.stories.get(path)
        if item is None:
            return self.send_error(404)
        if self.site.delay:
            self.site.stopping.wait(self.site.delay)
        self.article(item, hits)

    def article(self, item: Story, hits: int):
        slug, healed = item.slug, self.site.healed.is_set()
        page = article_html(item).encode()
        if slug == "flaky-500" and hits == 1 or slug == "flaky-503" and hits == 1:
            return self.answer(int(slug[-3:]), b"<h1>Service unavailable, try again</h1>")
        if slug == "down" and not healed:
            return self.answer(500, b"<h1>Internal server error</h1>")
        if slug == "slow" and not healed:
            self.site.stopping.wait(SLOW_SECONDS)
        if slug == "reset" and not healed:
            return self.reset()
        if slug == "cut-transfer" and not healed:
            return self.answer(200, page, length=len(page) * 2)
        if slug == "cut-html":
            return self.answer(200, article_html(item, cut=True).encode())
        if slug == "cp1252-as-utf8":
            return self.answer(200, article_html(item).encode("cp1252"))
        if slug == "utf8-as-cp1252":
            return self.answer(200, article_html(item, charset="windows-1252").encode(),
                               "text/html; charset=windows-1252")
        if slug == "no-charset":
            return self.answer(200, article_html(item, charset=None).encode("cp1252"), "text/html")
        if slug == "gzip-bomb":
            return self.answer(200, gzip_bomb(), "text/html; charset=utf-8", ("Content-Encoding", "gzip"))
        if slug in ("huge", "huge-stream"):
            return self.huge(page, with_length=slug == "huge")
        if slug == "not-html":
            return self.answer(200, b"\x89PNG\r\n\x1a\n" + bytes(2048), "image/png")
        redirects = {"loop-a": f"{SITE}/news/loop-b/", "loop-b": f"{SITE}/news/loop-a/",
                     "moved": f"{SITE}/news/moved-here/", "offsite-redirect": OFFSITE}
        if slug in redirects:
            return self.answer(301 if slug == "moved" else 302, b"", headers=("Location", redirects[slug]))
        if slug == "refreshed":
            target = f"{SITE}/news/refreshed-here/"
            return self.answer(200, (f'<!DOCTYPE html><html><head><title>{item.title}</title>'
                                     f'<META HTTP-EQUIV="Refresh" CONTENT="0; URL={target}"></head>'
                                     f'<body><p>This story has moved: <a href="{target}">read it here</a>.</p>'
                                     "</body></html>").encode())
        if slug == "empty":
            item = Story(slug=slug, title=item.title, paragraphs=[])
            page = article_html(item).encode()
        self.answer(200, page)

    def answer(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8", headers=(),
               length: int | None = None):
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body) if length is None else length))
            if headers:
                self.send_header(*headers)
            self.end_headers()
            self.wfile.write(body)
        except OSError:  # the crawler gave up first (timeout, size limit)
            self.close_connection = True

    def reset(self):
        # SO_LINGER with a zero timeout turns close() into a TCP RST.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def huge(self, page: bytes, with_length: bool):
        padding = b"<p>" + b"Filler text. " * 80 + b"</p>\n"
        self.close_connection = True
        try:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            if with_length:
                self.send_header("Content-Length", str(BIG + len(page)))
            self.end_headers()
            sent = 0
            while sent < BIG:
                self.wfile.write(padding * 64)
                sent += len(padding) * 64
            self.wfile.write(page)
        except OSError:  # the crawler cancels at DOWNLOAD_MAXSIZE
            pass

    def log_message(self, format, *args):
        pass



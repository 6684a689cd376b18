"""Citizen's overlapping layout markers, and where The Star and Mpasho get their dates and links."""

import re
from urllib.parse import urlsplit

import lxml.html
import pytest

from aggregator.discovery import links_matching
from aggregator.extraction import choose_layout, extract_article, parse_page
from spiders.citizen import Citizen2022, CitizenSpider
from spiders.mpasho import MpashoSpider
from spiders.star import StarSpider
from tests.sitefixtures import FIXTURES, site_urls


def fixture_page(site: str, name: str) -> tuple[str, str]:
    return (FIXTURES / site / f"{name}.html").read_text(encoding="utf-8"), site_urls(site)[f"{name}.html"]


def test_citizen_2026_pages_also_match_the_2022_marker_so_2026_is_tried_first():
    html, url = fixture_page("citizen", "2026")
    page = parse_page(html, url)
    assert page.css(Citizen2022.marker)
    assert choose_layout(page, CitizenSpider.layouts).name == "2026"


def test_star_time_comes_from_the_page_and_the_url_gives_only_the_day():
    html, url = fixture_page("star", "2025")
    assert extract_article(html, url, site=StarSpider)["published_at"] == "2025-12-27T01:55:00Z"
    undated = re.sub(r'<small class="text-wrap text-center">[^<]*</small>', "", html)
    # Midnight EAT on the URL's day.
    assert extract_article(undated, url, site=StarSpider)["published_at"] == "2025-12-26T21:00:00Z"


def test_arena_meta_date_is_utc_and_agrees_with_the_visible_eat_time():
    html, url = fixture_page("star", "2022")
    without_meta = re.sub(r'<meta property="article:published"[^>]*>', "", html)
    assert without_meta != html
    with_meta = extract_article(html, url, site=StarSpider)
    visible_only = extract_article(without_meta, url, site=StarSpider)
    assert with_meta["extraction"]["published_at"] == "meta"
    assert visible_only["extraction"]["published_at"] == "site:2022"
    assert with_meta["published_at"] == visible_only["published_at"] == "2022-08-15T07:30:00Z"


@pytest.mark.parametrize("spider,path,is_article", [
    (StarSpider, "/news/realtime/2025-03-21-court-private-entities-must-account-for-public-funds", True),
    (StarSpider, "/business/kenya/2025-12-26-shilling-steady-against-dollar/", True),
    (StarSpider, "/video/2025-12-27-watch-ganze-parents", False),
    (StarSpider, "/news/", False),
    (StarSpider, "/authors/star-editor/", False),
    (CitizenSpider, "/article/kisumu-fishermen-down-tools-n390214", True),
    (CitizenSpider, "/news/meru-farmers-turn-to-avocado-n336418", True),
    (CitizenSpider, "/article/kisumu-fishermen-down-tools", False),
    (CitizenSpider, "/news", False),
    (MpashoSpider, "/entertainment/2025-11-08-nyambura-to-headline-festival", True),
    (MpashoSpider, "/entertainment/", False),
])
def test_article_url_patterns(spider, path, is_article):
    assert bool(links_matching([path], spider.home_url, spider.article_urls)) == is_article


@pytest.mark.parametrize("spider", [StarSpider, MpashoSpider])
def test_listing_samples_lead_to_the_sample_stories(spider):
    """Cards link the stories; video, cartoon and section links are not crawled as articles."""
    urls = site_urls(spider.name)
    stories, skipped = set(), set()
    for filename, url in urls.items():
        if not filename.startswith("listing"):
            continue
        doc = lxml.html.fromstring((FIXTURES / spider.name / filename).read_bytes())
        for link in links_matching(doc.xpath("//a/@href"), url, spider.article_urls):
            path = urlsplit(link).path
            (skipped if any(re.search(p, path) for p in spider.skip_urls) else stories).add(link)
    assert stories == {url for filename, url in urls.items() if not filename.startswith("listing")}
    assert all(re.search(r"/videos?/", link) for link in skipped)

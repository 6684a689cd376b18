"""The WordPress-family outlets beyond their fixture pages: theme selectors, URL rules, AMP copies, datelines."""

import re

import pytest

from aggregator.extraction import extract_article
from aggregator.sites import get_site
from aggregator.urls import canonical_url
from spiders.kenyanpost import KenyanPost2022
from tests.sitefixtures import FIXTURES, expected_item, site_urls

# Pages whose JSON-LD and meta tags are only assumed: the theme's own markup must carry the page alone.
THEME_PAGES = [("capitalfm", "2025"), ("capitalfm", "2026"), ("kbc", "2023"), ("kenyanpost", "2022"),
               ("kahawatungu", "2026"), ("steshanews", "2025"), ("nairobileo", "2024"), ("peopledaily", "2024")]


def page(site: str, layout: str) -> tuple[str, str]:
    return (FIXTURES / site / f"{layout}.html").read_text(encoding="utf-8"), site_urls(site)[f"{layout}.html"]


def without_metadata(html: str) -> str:
    html = re.sub(r'<script type="application/ld\+json".*?</script>', "", html, flags=re.DOTALL)
    return re.sub(r"<meta [^>]*>", "", html)


@pytest.mark.parametrize("site,layout", THEME_PAGES)
def test_theme_selectors_alone_give_the_fields(site, layout):
    html, url = page(site, layout)
    item = extract_article(without_metadata(html), url, site=get_site(site))
    expected = expected_item(site, layout)
    assert item["layout"] == layout
    for field in ("title", "body", "authors", "section", "site_tags"):
        assert item[field] == expected[field], field
    if site != "capitalfm":  # Zox prints only the day: see the next test
        assert item["published_at"] == expected["published_at"]


def test_zox_date_without_meta_is_the_day_only():
    """The hour is only in article:published_time; `time.post-date` gives midnight in Nairobi."""
    html, url = page("capitalfm", "2025")
    item = extract_article(without_metadata(html), url, site=get_site("capitalfm"))
    assert item["published_at"] == "2025-03-13T21:00:00Z"


def test_people_daily_amp_copy_is_not_a_second_story():
    story = site_urls("peopledaily")["2024.html"]
    amp = story + "/amp"
    spider = get_site("peopledaily")()
    assert list(spider._article_requests([amp], {})) == []
    html, _ = page("peopledaily", "2024")
    fetched_as_amp = extract_article(html, amp, site=get_site("peopledaily"))
    assert fetched_as_amp["canonical_url"] == story
    assert canonical_url(amp) == canonical_url(story)


@pytest.mark.parametrize("site,path,is_story", [
    ("capitalfm", "/news/2025/03/kisumu-port-handles-record-cargo/", True),
    ("capitalfm", "/business/2026/05/tea-prices-hold/", True),
    ("capitalfm", "/nyeri-farmers-switch-to-avocado/", True),
    ("capitalfm", "/news/", False),
    ("capitalfm", "/news/feed/", False),
    ("capitalfm", "/campus/tag/leadership/", False),
    ("kbc", "/meru-dairy-farmers-get-new-coolers/", True),
    ("kbc", "/kbc-live/", False),
    ("kbc", "/category/news/page/2", False),
    ("kahawatungu", "/author/kahawatungu/page/786", False),
    ("steshanews", "/category/counties/", False),
    ("kenyanpost", "/2022/01/see-city-residents-leaving-the-village-%EF%BF%BC/", True),
    ("kenyanpost", "/2018/01/uhuru-speaks-on-ruto.html", False),
    ("peopledaily", "/insights/what-is-a-police-clearance-certificate", True),
    ("peopledaily", "/tag/william-ruto", False),
    ("peopledaily", "/category/business", False),
    ("nairobileo", "/news/article/16751/national-assembly-vetting-committee-approves-19", True),
    ("nairobileo", "/news", False),
])
def test_story_urls(site, path, is_story):
    spider = get_site(site)
    host = spider.allowed_domains[0]
    assert bool(list(spider()._article_requests([f"https://{host}{path}"], {}))) == is_story


def test_capital_fm_reads_both_domains():
    spider = get_site("capitalfm")()
    assert spider.is_allowed("https://www.capitalfm.co.ke/news/2025/03/a-b-c-d/")
    assert spider.is_allowed("https://capitalfm.africa/a-b-c-d/")


def kenyan_post_body(first_paragraph: str, layout) -> str:
    html, url = page("kenyanpost", "2022")
    html = re.sub(r"<p><strong>Wednesday.*?</p>", f"<p>{first_paragraph}</p>", html, count=1)

    class Site(get_site("kenyanpost")):
        layouts = (layout,)

    return extract_article(html, url, site=Site)["body"].split("\n\n")[0]


class NoDateline(KenyanPost2022):
    dateline = False


@pytest.mark.parametrize("first,expected", [
    ("Wednesday, 09 March 2022 – A rider returned the money.", "A rider returned the money."),
    # The Blogger-era dateline
    ("Sunday, January 14, 2018 – A rider returned the money.", "A rider returned the money."),
    # A dash after a year that is not a date stays story text.
    ("Police in 2022 – and again this year – arrested him.", "Police in 2022 – and again this year – arrested him."),
])
def test_dateline_is_dropped(first, expected):
    assert kenyan_post_body(first, KenyanPost2022) == expected


def test_dateline_is_kept_where_the_layout_does_not_declare_one():
    first = "Wednesday, 09 March 2022 – A rider returned the money."
    assert kenyan_post_body(first, NoDateline) == first

"""Nation Media Group outlets: the premium flag, the NMG selectors without JSON-LD, and which links are stories."""

import re

import pytest

from aggregator.discovery import links_matching
from aggregator.extraction import extract_article
from spiders.nation import NationSpider
from spiders.taifaleo import TaifaLeoSpider
from tests.sitefixtures import FIXTURES, expected_item, site_urls

FREE_URL = site_urls("nation")["nmg.html"]
PREMIUM_URL = site_urls("nation")["extra/premium.html"]


def nation_page(name: str) -> str:
    return (FIXTURES / "nation" / name).read_text(encoding="utf-8")


def test_premium_badge_marks_the_story_paywalled():
    item = extract_article(nation_page("extra/premium.html"), PREMIUM_URL, site=NationSpider)
    assert item["paywalled"] is True
    assert item["title"] == "Why tea farmers are still waiting for their bonus"
    # Nation ships the whole story in the page even when it is premium.
    assert len(item["body"].split("\n\n")) == 4


@pytest.mark.parametrize("paywall,paywalled", [
    ('<aside id="paywall" class="hidden">', False),
    ('<aside id="paywall" hidden>', False),
    ('<aside id="paywall">', True),
    ('<aside id="paywall" class="paywall-active">', True),
])
def test_only_a_shown_paywall_counts(paywall, paywalled):
    html = nation_page("nmg.html").replace('<aside id="paywall" class="hidden">', paywall)
    assert extract_article(html, FREE_URL, site=NationSpider)["paywalled"] is paywalled


def test_nmg_selectors_agree_with_json_ld():
    """With the JSON-LD gone, the layout's own selectors must give the same fields."""
    html = re.sub(r'<script type="application/ld\+json">.*?</script>', "", nation_page("nmg.html"), flags=re.S)
    html = re.sub(r'<meta property="og:[^>]*>', "", html)
    item = extract_article(html, FREE_URL, site=NationSpider)
    expected = expected_item("nation", "nmg")
    for field in ("title", "authors", "published_at", "section", "body", "image_url"):
        assert item[field] == expected[field], field
        assert item["extraction"][field] == "site:nmg", field


def test_nation_listing_leads_to_stories_not_galleries():
    listing = nation_page("listing-news.html")
    hrefs = re.findall(r'href="([^"]+)"', listing)
    stories = links_matching(hrefs, site_urls("nation")["listing-news.html"], NationSpider.article_urls)
    assert stories == [PREMIUM_URL, FREE_URL]


def test_taifaleo_site_pages_are_not_stories():
    listing_url = site_urls("taifaleo")["listing-habari.html"]
    hrefs = re.findall(r'href="([^"]+)"', (FIXTURES / "taifaleo" / "listing-habari.html").read_text(encoding="utf-8"))
    stories = links_matching(hrefs, listing_url, TaifaLeoSpider.article_urls)
    assert stories == [site_urls("taifaleo")["2023.html"], site_urls("taifaleo")["2022.html"]]
    assert links_matching(["/wp-admin/", "/contact-us/", "/privacy-policy/"], listing_url,
                          TaifaLeoSpider.article_urls) == []

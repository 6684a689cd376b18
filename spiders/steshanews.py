"""Stesha News (steshanews.co.ke).

No evidence: the site appears in no stored code, page, document or feed list
(searched 2026 for "steshanews" and "Stesha News"). It is modelled as a
typical Kenyan WordPress news blog: a `/feed/` feed, flat `/<slug>/`
permalinks, Yoast's JSON-LD, the common `.entry-content` theme markup and
Jetpack's share bar and related posts. Every selector and URL here is an
assumption to check against the live site.
"""

from spiders.base import NewsSpider
from spiders.wordpress import EntryContent


class Stesha2025(EntryContent):
    """Assumed: a generic WordPress theme; nothing of this site's markup has been seen."""

    name = "2025"


class SteshaNewsSpider(NewsSpider):
    name = "steshanews"
    site_name = "Stesha News"
    home_url = "https://steshanews.co.ke/"
    language = "en"
    allowed_domains = ["steshanews.co.ke"]
    feeds = ("https://steshanews.co.ke/feed/",)
    listings = ("https://steshanews.co.ke/",)
    # Flat slugs; four words or more keeps section and static pages out.
    article_urls = (r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$",)
    layouts = (Stesha2025,)

"""Capital FM (capitalfm.co.ke, since mid-2026 capitalfm.africa): WordPress with the ZoxNews theme.

Seen: both feeds; story URLs `www.capitalfm.co.ke/<section>/YYYY/MM/<slug>/`
(2014 to May 2026) and flat `capitalfm.africa/<slug>/` (June 2026 on);
capitalfm.co.ke answering 301 to the new domain (2026-09); one `<article>`
per story page with og:image; the Zox listing classes (2022-23).
Assumed: the Zox article classes come from the theme's own templates and
other Zox sites, not from a Capital FM page, and the JSON-LD on the new
domain is Yoast's usual graph (none is assumed on the old one).
"""

from spiders.base import NewsSpider
from spiders.wordpress import ZoxNews


class CapitalFM2025(ZoxNews):
    """www.capitalfm.co.ke until May 2026: the theme's og tags and `article:published_time`, no JSON-LD."""

    name = "2025"


class CapitalFM2026(CapitalFM2025):
    """capitalfm.africa: the same theme on the new domain, told apart by its canonical link."""

    name = "2026"
    marker = "link[rel='canonical'][href*='capitalfm.africa/']"


class CapitalFMSpider(NewsSpider):
    name = "capitalfm"
    site_name = "Capital FM"
    home_url = "https://capitalfm.africa/"
    language = "en"
    allowed_domains = ["capitalfm.africa", "capitalfm.co.ke"]
    # The old feed still answers (through the redirect) and its links are the old URLs.
    feeds = ("https://capitalfm.africa/news/feed/", "https://www.capitalfm.co.ke/news/feed")
    listings = ("https://capitalfm.africa/news/",)
    article_urls = (
        r"^/[a-z-]+/\d{4}/\d{2}/[a-z0-9][a-z0-9-]*/?$",  # capitalfm.co.ke
        # capitalfm.africa's flat slugs; four words or more keeps section pages (`/news/`) out.
        r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$",
    )
    layouts = (CapitalFM2026, CapitalFM2025)

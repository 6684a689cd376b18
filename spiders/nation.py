"""Daily Nation (nation.africa), Nation Media Group: the NMG platform layout, RSS first."""

from spiders.base import NewsSpider
from spiders.nmg import NmgLayout


class NationSpider(NewsSpider):
    name = "nation"
    site_name = "Nation"
    home_url = "https://nation.africa/kenya/"
    language = "en"
    allowed_domains = ["nation.africa"]
    feeds = ("https://nation.africa/kenya/rss.xml",)
    # A guess by analogy with Business Daily's /bd/sitemap.xml; no scraper confirms it.
    news_sitemaps = ("https://nation.africa/kenya/sitemap.xml",)
    # Pages are numbered (?page=N); declaring them saves hunting for a "next" link.
    listings = ("https://nation.africa/kenya/news/?page=1", "https://nation.africa/kenya/news/?page=2")
    listing_pages = 1
    article_urls = (
        r"^/kenya/(?:news|counties|business|sports|life-and-style|health|weekly-review|blogs-opinion)/.+-\d+/?$",
    )
    skip_urls = {
        r"^/kenya/blogs-opinion/cartoons/": "cartoon, a drawing with no story",
        r"^/kenya/photos/": "gallery page",
        r"^/kenya/author-profiles/": "author page",
    }
    layouts = (NmgLayout,)

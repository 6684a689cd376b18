"""The EastAfrican (theeastafrican.co.ke), Nation Media Group: an older template and the NMG platform layout."""

from spiders.base import Layout, NewsSpider
from spiders.nmg import NmgLayout


class EastAfrican2024(Layout):
    """Seen 2024-09: NMG's older template, no JSON-LD; the date in `header > h6` is free text.

    The byline box sits inside the body section, so only the section's own
    paragraphs are read.
    """

    name = "2024"
    marker = "section.body-copy"
    title = "header > h2"
    lead = "section.summary"
    body = "section.body-copy > p"
    authors = "section.author strong"
    published_at = "header > h6"
    image = "header img.photo_article"


class EastAfricanSpider(NewsSpider):
    name = "eastafrican"
    site_name = "The EastAfrican"
    home_url = "https://www.theeastafrican.co.ke/"
    language = "en"
    allowed_domains = ["theeastafrican.co.ke"]
    feeds = ("https://www.theeastafrican.co.ke/rss.xml",)
    news_sitemaps = ("https://www.theeastafrican.co.ke/sitemap.xml",)
    listings = ("https://www.theeastafrican.co.ke/tea/news",)
    article_urls = (r"^/tea/(?:[\w-]+/)+[\w-]+-\d+/?$",)
    skip_urls = {r"^/tea/author-profiles/": "author page"}
    layouts = (NmgLayout, EastAfrican2024)

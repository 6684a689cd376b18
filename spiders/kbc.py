"""KBC (kbc.co.ke), the Kenya Broadcasting Corporation: WordPress with tagDiv's "Newspaper" theme.

Seen: the feed (checked live 2026-10), listings `/category/news/page/<N>`
whose story links are `div.td-ss-main-content h3.entry-title a`, the category
in `li.entry-category`, and Yoast's `post-sitemap<N>.xml` (2022-23 scraper).
Assumed: flat `/<slug>/` permalinks (swahili.kbc.co.ke uses flat slugs) and
the tagDiv single-post classes from the theme's templates.

The Yoast post sitemaps are not read: they list every post since the site
began, a thousand to a file, which is a backfill and not a daily crawl.
"""

from spiders.base import NewsSpider
from spiders.wordpress import TagDivNewspaper


class Kbc2023(TagDivNewspaper):
    """Seen 2022-23 (listings and categories); the article page is the classic tagDiv template."""

    name = "2023"


class KbcSpider(NewsSpider):
    name = "kbc"
    site_name = "KBC"
    home_url = "https://www.kbc.co.ke/"
    language = "en"
    allowed_domains = ["kbc.co.ke"]
    feeds = ("https://www.kbc.co.ke/feed/",)
    listings = ("https://www.kbc.co.ke/category/news/",)
    listing_next = ".page-nav a[aria-label='next-page'], a[rel='next']"  # tagDiv's arrow link, assumed
    # Flat slugs; four words or more keeps pages such as `/kbc-live/` out.
    article_urls = (r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$",)
    layouts = (Kbc2023,)

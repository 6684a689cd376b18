"""Nairobi Leo (nairobileo.co.ke): a Laravel news CMS, not WordPress.

Seen: the `/feed` URL in feed lists; story URLs
`/<category>/article/<id>/<slug>` (2024), which match the CMS's own
permalink route (category slug, post id, slug); images under Laravel's
public storage `/storage/uploads/YYYY/MM/<name>-<unix time>.jpg`; a related
posts block (three posts sharing a tag) and a share bar in that CMS.
Assumed: every class name below and the og/article meta tags; no article
page has been seen.
"""

from spiders.base import Layout, NewsSpider


class NairobiLeo2024(Layout):
    """Assumed markup (a Bootstrap article template); only the URL and image shapes are seen."""

    name = "2024"
    marker = "article.single-post .post-content"
    title = "article.single-post h1.post-title"
    body = "article.single-post .post-content"
    authors = ".post-meta .post-author a"
    published_at = ".post-meta time"
    section = ".post-meta .post-category a"
    site_tags = ".post-tags a"
    image = ".post-featured-image img"


class NairobiLeoSpider(NewsSpider):
    name = "nairobileo"
    site_name = "Nairobi Leo"
    home_url = "https://nairobileo.co.ke/"
    language = "en"
    allowed_domains = ["nairobileo.co.ke"]
    feeds = ("https://nairobileo.co.ke/feed",)
    listings = ("https://nairobileo.co.ke/",)
    article_urls = (r"^/[a-z0-9-]+/article/\d+/[a-z0-9-]+/?$",)
    layouts = (NairobiLeo2024,)

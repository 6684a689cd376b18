"""Kenyans.co.ke: Drupal; `/featured/` pages are sponsored content."""

from spiders.base import Layout, NewsSpider


class Kenyans2024(Layout):
    """Seen 2024-07: JSON-LD with a `+0300` offset and `isAccessibleForFree` as the string "True"."""

    name = "2024"
    marker = "article.node--type-news"
    title = "h1.page-title"
    body = ".block-field-blocknodenewsbody .field--name-body"
    authors = ".node__meta .field--name-uid a, .author-name"
    published_at = ".node__meta time"
    image = ".field--name-field-image img"
    premium = ".page-title .premium, .node--type-news [class*=paywall]"
    furniture = (".field--name-field-related-articles", ".block-inline-ad", ".social-share")


class KenyansSpider(NewsSpider):
    name = "kenyans"
    site_name = "Kenyans.co.ke"
    home_url = "https://www.kenyans.co.ke/"
    language = "en"
    allowed_domains = ["kenyans.co.ke"]
    feeds = ("https://www.kenyans.co.ke/feeds/news",)
    listings = ("https://www.kenyans.co.ke/news",)
    listing_next = "li.pager__item--next a"
    article_urls = (r"^/news/\d+-[a-z0-9][a-z0-9-]*/?$",)
    skip_urls = {r"^/featured/": "sponsored content"}
    layouts = (Kenyans2024,)

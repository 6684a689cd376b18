"""Tuko (tuko.co.ke): Legit Media's Genesis platform, shared with legit.ng and yen.com.gh."""

from spiders.base import Layout, NewsSpider


class Tuko2026(Layout):
    """Seen 2026-08: JSON-LD with a `+03:00` date; promos and "Read also" sit inside `.post__content`."""

    name = "2026"
    marker = "article.post__main"
    title = "header.post__header h1"
    body = ".post__content"
    authors = ".c-article-info__authors span a"
    published_at = ".c-article-info__time"
    section = ".c-breadcrumbs a:last-child"
    image = ".article-image__wrapper img"
    premium = ".post__header [class*=premium]"
    furniture = (".call_to_action", ".post__read-also", ".c-adv", ".article-image__button", "[dir^='auto']")


class TukoSpider(NewsSpider):
    name = "tuko"
    site_name = "Tuko"
    home_url = "https://www.tuko.co.ke/"
    language = "en"
    allowed_domains = ["tuko.co.ke"]
    feeds = ("https://www.tuko.co.ke/rss/all.rss",)
    listings = ("https://www.tuko.co.ke/kenya/", "https://www.tuko.co.ke/politics/")
    article_urls = (r"^/(?:[a-z0-9-]+/){1,3}\d{5,}-[^/]+/?$", r"^/\d{5,}-[^/]+\.html$")
    skip_urls = {r"^/video/": "video page", r"^/photos?/": "gallery page"}
    layouts = (Tuko2026,)

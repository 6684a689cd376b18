"""The Standard (standardmedia.co.ke), Standard Group: PHP RSS feeds and a Google-news sitemap."""

from spiders.base import Layout, NewsSpider


class Standard2020(Layout):
    """Seen 2020-08: the prose is bare text nodes inside `.content`, with "SEE ALSO" links between them."""

    name = "2020"
    marker = ".standard-content .content"
    title = "h1.article-title"
    body = ".standard-content .content"
    # The byline sits in a hidden div; the visible one repeats the date.
    authors = ".io-hidden-author"
    published_at = ".article-meta time"
    section = ".article-meta .category"
    furniture = ("p > a.seealso", ".list-group", ".row", ".advertisement")


class StandardEvewoman(Layout):
    """Evewoman and lifestyle pages: `p.text` paragraphs, an "ALSO READ:" paragraph after every seventh."""

    name = "evewoman"
    marker = ".article-body p.text-default"
    title = "h1.article-title"
    body = ".article-body"
    authors = ".article-meta .author"
    published_at = ".article-meta time"
    site_tags = ".tagscont .badge a"
    furniture = (".related-stories", ".tagscont", ".read-more-by", ".telegram-follow", ".fb-comments")


class StandardSpider(NewsSpider):
    name = "standard"
    site_name = "The Standard"
    home_url = "https://www.standardmedia.co.ke/"
    language = "en"
    allowed_domains = ["standardmedia.co.ke"]
    feeds = ("https://www.standardmedia.co.ke/rss/headlines.php",)
    news_sitemaps = ("https://www.standardmedia.co.ke/sitemaps/googlenews.php",)
    listings = ("https://www.standardmedia.co.ke/category/1/national",)
    article_urls = (r"^/(?:[^/]+/)?article/\d+/[^/]+/?$",)
    skip_urls = {r"^/(?:[^/]+/)?(?:video|gallery|author)/": "video, gallery or author page"}
    layouts = (StandardEvewoman, Standard2020)

"""Citizen Digital (citizen.digital, formerly citizentv.co.ke), Royal Media Services.

No RSS: Google-news sitemaps only. The JSON-LD is HTML-escaped inside its
script tag, nests the byline as author.name.name and prints a naive EAT date;
the shared extraction reads all three. Every story URL ends `-n<digits>`.
"""

from spiders.base import Layout, NewsSpider


class Citizen2022(Layout):
    """Seen 2022-2025: paragraphs nested one div deep, `.the-content > div > p`."""

    name = "2022"
    marker = ".article-content .the-content"
    title = ".article-content h1"
    body = ".article-content .the-content"


class CitizenAugust(Citizen2022):
    """The "August" layout (2025 or 2026, the snapshot does not say): the body moved to `.js-article-body`."""

    name = "august"
    marker = ".article-content .js-article-body"
    body = ".article-content .js-article-body"


class Citizen2026(Citizen2022):
    """Seen 2026-03. The new wrapper still sits inside `.article-content`, so the
    2022 marker matches these pages too: this layout must be tried first."""

    name = "2026"
    marker = ".article-content-wrapper .the-content"
    body = ".article-content-wrapper .the-content"


class CitizenSpider(NewsSpider):
    name = "citizen"
    site_name = "Citizen Digital"
    home_url = "https://www.citizen.digital/"
    language = "en"
    allowed_domains = ["citizen.digital"]
    news_sitemaps = ("https://www.citizen.digital/sitemap-news.xml", "https://citizen.digital/sitemap.xml")
    listings = ("https://www.citizen.digital/", "https://www.citizen.digital/news")
    # `/article/` since about 2025, `/news/` and the other sections before; the id always follows "-n".
    article_urls = (r"^/(?:article|news|business|sports|entertainment|lifestyle|opinion|wananchi|health)/"
                    r"[^/]+-n\d+/?$",)
    skip_urls = {r"^/videos?/": "video page", r"^/(?:gallery|photos)/": "gallery page"}
    layouts = (Citizen2026, CitizenAugust, Citizen2022)

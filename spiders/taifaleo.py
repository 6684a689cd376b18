"""Taifa Leo (taifaleo.nation.co.ke), Nation Media Group's Kiswahili daily: WordPress, two templates."""

from spiders.base import Layout, NewsSpider


class TaifaLeo2022(Layout):
    """Seen 2022-10: the headline is an h2 (the page's h1 is empty) and the post meta shows "By Admin".

    The reporter is the first paragraph, "NA <NAME>" ("na" is "by"): it is read
    as the author, then removed from the body as furniture.
    """

    name = "2022"
    marker = ".news-details-layout1"
    title = "h2.title-semibold-dark"
    body = ".news-details-layout1"
    authors = ".news-details-layout1 > p:first-of-type"
    # Day precision only ("October 12, 2022"): midnight in Nairobi.
    published_at = "ul.post-info-dark li:has(.fa-calendar)"
    image = ".news-details-layout1 figure img"
    furniture = ("h2.title-semibold-dark", "ul.post-info-dark", ".news-details-layout1 > p:first-of-type",
                 "aside.related-posts")


class TaifaLeo2023(Layout):
    """The newer template: the date is only in `og:article:published_time`, which extraction reads as meta."""

    name = "2023"
    marker = ".article-content__content"
    title = "h1"
    body = ".article-content__content"
    authors = ".meta-author"
    furniture = (".incontent-ad", "[class^=mobile-ad]", ".content-capt", "figure")


class TaifaLeoSpider(NewsSpider):
    name = "taifaleo"
    site_name = "Taifa Leo"
    home_url = "https://taifaleo.nation.co.ke/"
    # The pages say lang="en-US"; the stories are in Kiswahili.
    language = "sw"
    allowed_domains = ["taifaleo.nation.co.ke"]
    feeds = ("https://taifaleo.nation.co.ke/feed",)
    # "sehemu" is "section"; /sehemu/maoni/ is seen, /sehemu/habari/ follows its pattern.
    listings = ("https://taifaleo.nation.co.ke/sehemu/habari/", "https://taifaleo.nation.co.ke/sehemu/maoni/")
    # Stories are /<slug>/ or /YYYY/MM/DD/<slug>/ with a hyphenated slug; the
    # site's own hyphenated pages (about-us, wp-admin …) are not stories.
    article_urls = (
        r"^/(?:\d{4}/\d{2}/\d{2}/)?(?!(?:about-us|contact-us|privacy-policy|terms-and-conditions)/|wp-)"
        r"[a-z0-9]+(?:-[a-z0-9]+)+/?$",
    )
    layouts = (TaifaLeo2023, TaifaLeo2022)

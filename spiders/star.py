"""The Star (the-star.co.ke), Radio Africa Group: no feed and no sitemap, so the homepage and section pages."""

from spiders.base import NewsSpider
from spiders.radioafrica import DATED_PATH, RadioAfrica2022, RadioAfrica2025


class StarSpider(NewsSpider):
    name = "star"
    site_name = "The Star"
    home_url = "https://www.the-star.co.ke/"
    language = "en"
    allowed_domains = ["the-star.co.ke"]
    # The Star dropped RSS and publishes no news sitemap (404s in 2025-26).
    listings = ("https://www.the-star.co.ke/", "https://www.the-star.co.ke/news/")
    article_urls = (r"^/(?:news|counties|business|sports|health|sasa|siasa|opinion|climate-change)/" + DATED_PATH,)
    skip_urls = {r"/video/": "video page", r"/classifieds/": "classified advert", r"/cartoon/": "cartoon"}
    layouts = (RadioAfrica2025, RadioAfrica2022)

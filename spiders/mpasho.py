"""Mpasho (mpasho.co.ke), Radio Africa Group's entertainment site, on the Star's platform.

Evidence is thin: 2022 pages carry the Star's Arena markup ("•" summary
bullets, "Image:" credits, `.article-title` cards), and 2026 registries list
no working feed. No current article page was found, so the 2025 layout is
the Star's, assumed rather than seen.
"""

from spiders.base import NewsSpider
from spiders.radioafrica import DATED_PATH, RadioAfrica2022, RadioAfrica2025


class MpashoSpider(NewsSpider):
    name = "mpasho"
    site_name = "Mpasho"
    home_url = "https://www.mpasho.co.ke/"
    language = "en"
    allowed_domains = ["mpasho.co.ke"]
    listings = ("https://www.mpasho.co.ke/", "https://www.mpasho.co.ke/entertainment/")
    # Section names are not all known, so any section path before the date is accepted.
    article_urls = (r"^/[a-z0-9-]+/" + DATED_PATH,)
    skip_urls = {r"^/videos?/": "video page", r"^/(?:photos|gallery)/": "gallery page"}
    layouts = (RadioAfrica2025, RadioAfrica2022)

"""Kahawa Tungu (kahawatungu.com): an independent Nairobi news blog on WordPress.

Seen: the feed (listed as "verified RSS" in 2026), flat story URLs
`kahawatungu.com/<slug>/` (2026), `/author/<name>/page/<N>` archives with
"Read More" teasers, the house byline "KahawaTungu Reporter", and in story
text (2017-21) inline "Read: <headline>" links, the appeal "Do you have a
story you want told? … Email Editor@Kahawatungu.com", and tweets that fall
back to their bare status URL.
Assumed: the theme, so the common `.entry-content` markup, and Yoast's JSON-LD.
"""

from spiders.base import NewsSpider
from spiders.wordpress import EntryContent


class Kahawatungu2026(EntryContent):
    """Assumed theme markup; the devices inside the story are the ones seen in its text."""

    name = "2026"


class KahawatunguSpider(NewsSpider):
    name = "kahawatungu"
    site_name = "Kahawa Tungu"
    home_url = "https://kahawatungu.com/"
    language = "en"
    allowed_domains = ["kahawatungu.com"]
    feeds = ("https://www.kahawatungu.com/feed/",)
    listings = ("https://kahawatungu.com/",)
    # Flat slugs; four words or more keeps section and static pages out.
    article_urls = (r"^/[a-z0-9]+(?:-[a-z0-9]+){3,}/?$",)
    layouts = (Kahawatungu2026,)

"""Kenyan Post (kenyan-post.com): a Blogger blog until about 2018, WordPress with tagDiv's "Newspaper" theme since 2022.

Seen: WordPress permalinks `/YYYY/MM/<slug>/` and Jetpack images
(`i0.wp.com/kenyan-post.com/wp-content/uploads/…`) in 2021-22 posts, the
homepage's tagDiv blocks, and the text of posts: a first line "Download our
blog’s APP from Google Playstore using the link here>>>", then the story
opening with a dateline "Monday, 03 January 2022 – ", then the sign-off
"The Kenyan DAILY POST.". The app line and the sign-off are removed by the
text cleaner; the dateline by the layout's `dateline`.
Assumed: the `/feed/` URL, the tagDiv single-post classes, Yoast's JSON-LD,
and a house byline ("Kenyan Post") rather than a reporter's name.
"""

from spiders.base import NewsSpider
from spiders.wordpress import TagDivNewspaper


class KenyanPost2022(TagDivNewspaper):
    """WordPress since about 2022; Jetpack appends its share bar and related posts inside the story."""

    name = "2022"
    dateline = True


class KenyanPostSpider(NewsSpider):
    name = "kenyanpost"
    site_name = "Kenyan Post"
    home_url = "https://kenyan-post.com/"
    language = "en"
    allowed_domains = ["kenyan-post.com"]
    feeds = ("https://kenyan-post.com/feed/",)
    listings = ("https://kenyan-post.com/",)
    # WordPress posts only: Blogger-era `/YYYY/MM/<slug>.html` pages are years old.
    article_urls = (r"^/\d{4}/\d{2}/[^/]+(?<!\.html)/?$",)
    layouts = (KenyanPost2022,)

"""People Daily (peopledaily.digital; pd.co.ke until 2024/25), MediaMax: WordPress behind a custom theme.

Seen (a 2024-25 scraper and links to the site): stories at `/<section>/<slug>`
with an `/amp` copy of each, listings at `/<section>` and `/category/<section>`
that end in "Click for more" and then "Next", the date in
`span.content--date--date-time` as `Tuesday 14th July, 2024 12:00 AM`
(naive EAT), and block-editor subheads `h2.wp-block-heading` in the story.
Assumed: the other `content--…` class names (named after the date's), and no
JSON-LD or date meta. `https://www.pd.co.ke/feed/` is historical.
"""

from spiders.base import Layout, NewsSpider


class PeopleDaily2024(Layout):
    """Seen 2024-25: the date span (naive EAT) and the subheads; the rest of the markup is assumed."""

    name = "2024"
    marker = "span.content--date--date-time"
    title = "h1.content--title"
    body = ".content--body"
    authors = ".content--author a"
    published_at = "span.content--date--date-time"
    section = ".content--category a"
    site_tags = ".content--tags a"
    image = ".content--image img"


class PeopleDailySpider(NewsSpider):
    name = "peopledaily"
    site_name = "People Daily"
    home_url = "https://peopledaily.digital/"
    language = "en"
    allowed_domains = ["peopledaily.digital", "pd.co.ke"]
    feeds = ("https://peopledaily.digital/feed",)
    listings = ("https://peopledaily.digital/news", "https://peopledaily.digital/business",
                "https://peopledaily.digital/insights")
    # The first page of a listing links on with "Click for more", later pages with
    # "Next" (assumed to be WordPress's `a.next.page-numbers`: matching the word
    # would also match headlines).
    listing_next = 'a[rel="next"], a:contains("Click for more"), a.next.page-numbers'
    # `/amp` copies are left out: fetched, one would be a second, poorer copy of
    # the story (its canonical link and URL key fold it into the same story).
    article_urls = (r"^/(?!(?:category|tag|author|page)/)[a-z-]+/[a-z0-9]+(?:-[a-z0-9]+)+/?$",)
    layouts = (PeopleDaily2024,)

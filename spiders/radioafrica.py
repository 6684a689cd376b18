"""Radio Africa Group's article layouts, shared by The Star and Mpasho.

Both titles ran on the Arena platform (the classes of dispatchlive.co.za) until
about 2023 and then moved to a Next.js front end. Neither has a feed or a
sitemap, and both put the day in the URL: `/<section>/YYYY-MM-DD-<slug>`.
"""

from spiders.base import Layout

# Radio Africa URLs: a section, optional sub-sections, then the date and slug.
DATED_PATH = r"(?:[^/]+/)*\d{4}-\d{2}-\d{2}-[^/]+/?$"


class RadioAfrica2025(Layout):
    """Seen 2025-12: no JSON-LD and no date meta, only og:title and a visible `27 December 2025 - 04:55`.

    That visible time (naive EAT) is the only source of the hour: the URL gives
    the day alone. The byline's class is not known, but bylines link to
    `/authors/<slug>`, so that link is selected; the `.section` label is a guess.
    """

    name = "2025"
    marker = "div.story-content"
    title = ".story-header h1"
    body = ".story-content"
    authors = ".story-header a[href^='/authors/']"
    published_at = "small.text-wrap.text-center"
    section = ".story-header .section"
    image = ".story-content img"
    premium = ".story-header .premium"


class RadioAfrica2022(Layout):
    """Seen 2022-23 (Arena): the story is split into `.article-widget-text` blocks between image,
    related-article and ad widgets, so only the text widgets are read.

    The `article:published` meta ends in `Z` and is read as UTC; the visible
    `15 August 2022 - 10:30` is the same moment in EAT and is the fallback.
    """

    name = "2022"
    marker = ".article-widgets"
    title = ".header-primary-title .article-title"
    # `.article-intro` is a list of "•" bullet points, a summary and not the lead paragraph;
    # og:description is read before it.
    lead = ".article-intro"
    body = ".article-widgets .article-widget-text"
    authors = ".article-body .mobile-display .author-name span"
    published_at = ".article-body .article-published"
    section = ".header-primary-title .article-section"
    image = ".article-widgets .wrap img"

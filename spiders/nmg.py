"""Nation Media Group's shared article layout: nation.africa, Business Daily and The EastAfrican.

Not a site: the outlet modules (`nation.py`, `businessdaily.py`, `eastafrican.py`) use it.
"""

from spiders.base import Layout


class NmgLayout(Layout):
    """Seen 2021-24 on nation.africa (also monitor.co.ug): JSON-LD `NewsArticle` with UTC `Z` dates.

    The story is one `div.paragraph-wrapper` per paragraph; Nation's "also read"
    device, `a.related-in-content`, sits between the wrappers, so reading only
    the wrappers leaves it out.
    """

    name = "nmg"
    marker = ".article-content .paragraph-wrapper"
    title = ".article-header h1.title-large, .article-header h1.title-medium"
    lead = ".article-content_summary .text-block"
    body = ".article-content .paragraph-wrapper"
    authors = ".article-authors_texts .article-authors_authors, p.article-authors_authors > a"
    published_at = ".article-header time.date"
    section = "span.sub-nav_section-title-desktop"
    image = "figure.article-picture img"
    # Every page, free ones too, ships the paywall as `aside#paywall.hidden`:
    # only a shown paywall or the premium badge before the headline counts.
    premium = "#paywall:not(.hidden):not([hidden]), .article-header svg.premium"

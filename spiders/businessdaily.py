"""Business Daily Africa (businessdailyafrica.com), Nation Media Group: the NMG platform layout."""

from spiders.base import NewsSpider
from spiders.nmg import NmgLayout


class BusinessDailySpider(NewsSpider):
    name = "businessdaily"
    site_name = "Business Daily"
    home_url = "https://www.businessdailyafrica.com/"
    language = "en"
    allowed_domains = ["businessdailyafrica.com"]
    feeds = ("https://www.businessdailyafrica.com/bd/rss.xml",)
    # The news sitemap marks every story news:access=Subscription, but the full
    # body is in the page and the paywall is drawn by script: `paywalled` comes
    # from the page's own premium marks, never from the sitemap.
    news_sitemaps = ("https://www.businessdailyafrica.com/bd/sitemap.xml",)
    listings = ("https://www.businessdailyafrica.com/bd/economy",)
    article_urls = (r"^/bd/(?:[\w-]+/)+[\w-]+-\d+/?$",)
    skip_urls = {r"^/bd/author-profiles/": "author page", r"^/bd/videos?/": "video page"}
    layouts = (NmgLayout,)

"""A site added by configuration: no code, crawled through the generic extraction path."""

import pytest
import sqlite_utils

from aggregator.mirror import MirrorServer
from spiders.configured import SiteConfigError, spider_from_config
from tests.conftest import run_kenews

SITES_TOML = """
[site.nairobinews]
name = "Nairobi News"
home_url = "https://nairobinews.nation.africa/"
allowed_domains = ["nairobinews.nation.africa"]
feeds = ["https://nairobinews.nation.africa/feed/"]
article_urls = ['^/[a-z0-9-]+/?$']
"""

FEED = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>Nairobi News</title>
<item><title>Matatu crews strike over new Thika Road stage</title>
<link>https://nairobinews.nation.africa/matatu-crews-strike-over-new-thika-road-stage/</link>
<pubDate>Mon, 02 Mar 2026 09:15:00 +0300</pubDate></item>
<item><title>Off-site link</title><link>https://elsewhere.example/story/</link></item>
</channel></rss>"""

ARTICLE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Matatu crews strike over new Thika Road stage - Nairobi News</title>
<meta property="og:title" content="Matatu crews strike over new Thika Road stage">
<meta name="author" content="Kevin Mutiso">
</head><body><nav><a href="/">Home</a><a href="/news/">News</a></nav>
<article><h1 class="entry-title">Matatu crews strike over new Thika Road stage</h1>
<div class="entry-content">
<p>Matatu crews on the Githurai route kept their vehicles off the road on Monday morning to protest a new stage the county has set up near Roysambu.</p>
<p>Hundreds of commuters walked to the city centre or paid double fares to the few boda boda riders who were working.</p>
<p>"We were not consulted. The new stage is far from where our passengers live," said Peter Njuguna, a route manager.</p>
<p>County transport officials said talks with the operators would begin on Tuesday and urged the crews to return to work.</p>
</div>
<div class="sharedaddy">Share this: Twitter Facebook</div></article>
<footer>Copyright Nation Media Group</footer></body></html>"""

ROUTES = {
    "nairobinews.nation.africa/feed/": FEED,
    "nairobinews.nation.africa/matatu-crews-strike-over-new-thika-road-stage/": ARTICLE,
}


def test_a_configured_site_is_listed_and_crawled(tmp_path, db_path):
    sites_file = tmp_path / "sites.toml"
    sites_file.write_text(SITES_TOML)
    env = {"KENEWS_SITES": str(sites_file)}
    listing = run_kenews("sites", env=env)
    assert "nairobinews" in listing.stdout and "https://nairobinews.nation.africa/feed/" in listing.stdout
    with MirrorServer(ROUTES) as server:
        result = run_kenews("crawl", "nairobinews", "--mirror", server.url, "--db", db_path, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    story = next(sqlite_utils.Database(db_path)["stories"].rows)
    assert story["title"] == "Matatu crews strike over new Thika Road stage"
    assert story["published_at"] == "2026-03-02T06:15:00Z"
    assert story["layout"] == ""
    assert story["body"].startswith("Matatu crews on the Githurai route")
    assert story["body"].endswith("urged the crews to return to work.")
    assert "Share this" not in story["body"] and "Home" not in story["body"]


@pytest.mark.parametrize("config,message", [
    ({"home_url": "https://x.co.ke/", "allowed_domains": ["x.co.ke"], "feeds": ["f"]}, "missing 'name'"),
    ({"name": "X", "home_url": "https://x.co.ke/", "allowed_domains": ["x.co.ke"]}, "at least one of feeds"),
    ({"name": "X", "home_url": "h", "allowed_domains": ["x"], "listings": ["l"]}, "listings need article_urls"),
    ({"name": "X", "home_url": "h", "allowed_domains": ["x"], "feeds": ["f"], "feed": ["typo"]}, "unknown keys"),
    ({"name": "X", "home_url": "h", "allowed_domains": ["x"], "feeds": ["f"], "selectors": {"title": "h1"}},
     "'body' is required"),
])
def test_config_errors_say_what_is_wrong(config, message):
    with pytest.raises(SiteConfigError, match=message):
        spider_from_config("x", config, "sites.toml")


def test_selectors_become_a_layout():
    spider = spider_from_config("x", {"name": "X", "home_url": "h", "allowed_domains": ["x.co.ke"], "feeds": ["f"],
                                      "selectors": {"body": ".entry-content", "furniture": [".share"]}})
    (layout,) = spider.layouts
    assert (layout.name, layout.marker, layout.body, layout.furniture) == ("config", ".entry-content", ".entry-content",
                                                                           (".share",))

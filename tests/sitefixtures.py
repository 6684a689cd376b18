"""Reading the per-site fixtures in spiders/fixtures/<site>/ (shared by tests and `tests/make_expected.py`)."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from scrapy.http import HtmlResponse, Request

from aggregator.items import Article, PageFailure
from aggregator.sites import all_sites

FIXTURES = Path(__file__).resolve().parent.parent / "spiders" / "fixtures"
# Fields that depend on when, where or how the item is processed, not on the page.
UNSTABLE_FIELDS = {"crawled_at", "story_id", "cluster_id", "tags", "content_hash", "etag", "last_modified"}


def site_urls(site: str) -> dict[str, str]:
    return json.loads((FIXTURES / site / "meta.json").read_text(encoding="utf-8"))


def layout_files(site: str) -> list[Path]:
    """A site's article pages, one per layout (`listing-*.html` samples are discovery pages)."""
    return sorted(p for p in (FIXTURES / site).glob("*.html") if not p.stem.startswith("listing"))


def layout_pages() -> list[tuple[str, str]]:
    """(site, layout) for every `<layout>.html` page fixture."""
    return [(site, page.stem) for site in sorted(all_sites()) for page in layout_files(site)]


def parse_fixture(site: str, layout: str) -> Article | PageFailure:
    """Run the site's real `parse_article` over its stored page."""
    spider_class = all_sites()[site]
    url = site_urls(site)[f"{layout}.html"]
    body = (FIXTURES / site / f"{layout}.html").read_bytes()
    hints_file = FIXTURES / site / "hints.json"
    hints = json.loads(hints_file.read_text()).get(url, {}) if hints_file.exists() else {}
    request = Request(url, meta={"kenews_hints": hints})
    response = HtmlResponse(url=url, body=body, encoding="utf-8", request=request)
    return next(iter(spider_class().parse_article(response)))


def stable_fields(item) -> dict:
    data = asdict(item)
    return {key: value for key, value in sorted(data.items()) if key not in UNSTABLE_FIELDS}


def expected_item(site: str, layout: str) -> dict:
    return json.loads((FIXTURES / site / f"{layout}.json").read_text(encoding="utf-8"))

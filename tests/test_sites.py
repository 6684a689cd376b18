"""Each site's parser against its stored pages: one test per site × layout × field."""

import json

import pytest

from aggregator.items import Article
from aggregator.sites import all_sites
from tests.sitefixtures import FIXTURES, expected_item, layout_files, layout_pages, parse_fixture, site_urls, stable_fields

CASES = [(site, layout, field) for site, layout in layout_pages() for field in sorted(expected_item(site, layout))]


@pytest.fixture(scope="module")
def parsed():
    cache = {}

    def get(site, layout):
        if (site, layout) not in cache:
            cache[site, layout] = parse_fixture(site, layout)
        return cache[site, layout]

    return get


@pytest.mark.parametrize("site,layout,field", CASES, ids=[f"{s}-{layout}-{f}" for s, layout, f in CASES])
def test_field(parsed, site, layout, field):
    item = parsed(site, layout)
    assert isinstance(item, Article), f"{site}/{layout}.html did not parse as an article: {item}"
    assert stable_fields(item)[field] == expected_item(site, layout)[field]


@pytest.mark.parametrize("site,layout", layout_pages())
def test_expected_item_is_complete(parsed, site, layout):
    """The expected JSON names every stable field, with keys sorted, and the page used its own layout."""
    expected = expected_item(site, layout)
    assert set(expected) == set(stable_fields(parsed(site, layout)))
    assert list(expected) == sorted(expected)
    assert expected["layout"] == layout
    for field in ("url", "title", "body", "published_at"):
        assert expected[field], f"{site}/{layout}.json has an empty {field}"


@pytest.mark.parametrize("site", sorted(all_sites()))
def test_every_layout_has_a_fixture_and_every_fixture_a_layout(site):
    spider = all_sites()[site]
    declared = {layout.name for layout in spider.layouts}
    pages = {path.stem for path in layout_files(site)}
    assert declared == pages
    assert len(declared) == len(spider.layouts), "two layouts share a name"


@pytest.mark.parametrize("site", sorted(all_sites()))
def test_every_discovery_document_has_a_sample(site):
    """The demo crawls every feed and sitemap a site declares, so each needs a stored copy."""
    spider = all_sites()[site]
    stored = set(site_urls(site).values())
    machine_readable = [url for url, kind in spider.discovery_urls(spider) if kind != "listing"]
    assert machine_readable or spider.listings
    for url in machine_readable or spider.listings[:1]:
        assert url in stored, f"{site}: no sample of {url} in meta.json"


@pytest.mark.parametrize("site", sorted(all_sites()))
def test_sample_pages_are_article_urls(site):
    spider = all_sites()[site]()
    for filename, url in site_urls(site).items():
        if filename.endswith(".html") and not filename.startswith("listing"):
            requests = list(spider._article_requests([url], {}))
            assert requests and not hasattr(requests[0], "reason"), f"{url} is not matched by article_urls"


def test_expected_files_are_valid_json():
    for path in FIXTURES.glob("*/*.json"):
        json.loads(path.read_text(encoding="utf-8"))

"""Layout drift: a site whose page changes layout is flagged by `kenews health`."""

import json

from aggregator.health import site_health
from aggregator.mirror import MirrorServer, fixture_routes, route_key
from tests.conftest import run_kenews
from tests.sitefixtures import FIXTURES

TUKO_ARTICLE = "https://www.tuko.co.ke/kenya/612345-makueni-farmers-count-losses-freak-hailstorm-flattens-crops/"


def redesigned_tuko_page() -> bytes:
    """The 2026 sample as if Tuko shipped a redesign: new class names, no JSON-LD."""
    page = (FIXTURES / "tuko" / "2026.html").read_text(encoding="utf-8")
    start = page.index('<script type="application/ld+json">')
    page = page[:start] + page[page.index("</script>", start) + len("</script>"):]
    for old, new in (("post__main", "story-v3"), ("post__content", "story-v3__text"), ("post__header", "story-v3__head"),
                     ("c-article-info", "story-v3__meta")):
        page = page.replace(old, new)
    return page.encode("utf-8")


def test_a_changed_layout_is_flagged(db_path):
    routes = fixture_routes(["tuko"])
    with MirrorServer(routes) as server:
        assert run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path).returncode == 0
    healthy = run_kenews("health", "--db", db_path)
    assert healthy.returncode == 0, healthy.stdout
    routes[route_key(TUKO_ARTICLE)] = redesigned_tuko_page()
    with MirrorServer(routes) as server:
        # Re-fetch the stored article (it is older than the default window) to meet the new layout.
        run_kenews("crawl", "tuko", "--mirror", server.url, "--db", db_path, "--refetch-hours", "1000000")
    report = run_kenews("health", "--db", db_path, "--json")
    assert report.returncode == 1
    tuko = json.loads(report.stdout.splitlines()[0])
    assert tuko["source"] == "tuko" and tuko["flagged"]
    assert "parsed by the site's own layout: 0% now, 100% before" in tuko["problems"]
    table = run_kenews("health", "--db", db_path)
    assert "tuko" in table.stdout and "DRIFT" in table.stdout


def run_row(layout=10, fallback=0, title=0, date=0, author=0, body=0, discovery=0):
    return {"parsed_by_layout": layout, "parsed_by_fallback": fallback, "missing_title": title,
            "missing_date": date, "missing_author": author, "missing_body": body, "discovery_failed": discovery,
            "stored": layout + fallback, "updated": 0, "unchanged": 0, "duplicates": 0}


def test_small_wobbles_are_not_drift():
    assert not site_health("x", [run_row(layout=9, fallback=1), run_row(), run_row()]).flagged


def test_missing_authors_are_drift():
    report = site_health("x", [run_row(author=6), run_row(author=1), run_row()])
    assert report.problems == ["articles with an author: 40% now, 95% before"]


def test_a_first_run_has_nothing_to_compare():
    assert not site_health("x", [run_row(layout=0, fallback=5)]).flagged


def test_a_failed_feed_is_reported():
    assert site_health("x", [run_row(discovery=1), run_row()]).problems == ["1 feed/sitemap/listing failed"]

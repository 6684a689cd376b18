"""Security: parameterised SQL everywhere, and a hostile page crawled for real ends up inert in the
database, every export format and the Datasette UI, which takes no writes.
"""

from __future__ import annotations

import ast
import asyncio
import io
import json
import re
import xml.etree.ElementTree as ET

import lxml.html
import pytest
import sqlite_utils

from aggregator.mirror import MirrorServer
from aggregator.serve import build_datasette
from storage.exports import export
from tests.conftest import REPO, run_kenews

SQL_METHODS = {"execute", "executemany", "executescript", "query", "rows_where", "count_where", "delete_where"}
# Receivers that are SQLite: sqlite3 / sqlite-utils connections and their tables (not Redis or MinHash LSH).
SQL_RECEIVER = re.compile(r"(^|\.)(db|conn|connection|cursor)$|^db\[")


def _is_placeholders(node) -> bool:
    """`", ".join("?" for _ in values)`: one "?" per value, no value in the text."""
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
            and isinstance(node.func.value, ast.Constant) and len(node.args) == 1
            and isinstance(node.args[0], (ast.GeneratorExp, ast.ListComp))
            and isinstance(node.args[0].elt, ast.Constant) and node.args[0].elt.value == "?")


def _static(node, names: dict) -> bool:
    """SQL text that no runtime value can reach: literals, constants and placeholder lists."""
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return all(isinstance(part, ast.Constant) or _static(part.value, names) for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _static(node.left, names) and _static(node.right, names)
    if isinstance(node, ast.IfExp):  # "DESC" if newest_first else "ASC"
        return _static(node.body, names) and _static(node.orelse, names)
    if isinstance(node, ast.Name):
        return node.id in names and (_is_placeholders(names[node.id]) or _static(names[node.id], {}))
    return _is_placeholders(node)


def sql_statements():
    """(file:line, SQL argument node, names assigned in the module) for every SQL call in the project."""
    files = sorted(file for folder in ("aggregator", "storage", "spiders") for file in (REPO / folder).glob("*.py"))
    for file in files:
        tree = ast.parse(file.read_text(encoding="utf-8"))
        names = {target.id: node.value for node in ast.walk(tree) if isinstance(node, ast.Assign)
                 for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_METHODS and node.args
                    and SQL_RECEIVER.search(ast.unparse(node.func.value))):
                yield f"{file.relative_to(REPO)}:{node.lineno}", node.args[0], names


def test_the_audit_sees_the_sql():
    found = [where for where, _, _ in sql_statements()]
    assert len(found) > 30 and any(where.startswith("storage/writes.py") for where in found)


def test_every_sql_statement_is_parameterised():
    dynamic = [where for where, sql, names in sql_statements() if not _static(sql, names)]
    assert dynamic == []


SITES_TOML = """
[site.hostilenews]
name = "Hostile News"
home_url = "https://hostile.example/"
allowed_domains = ["hostile.example"]
feeds = ["https://hostile.example/feed/"]

[site.hostilenews.selectors]
body = ".story-body"
"""
URL = "https://hostile.example/news/nakuru-budget-row/"
FEED = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile News</title>
<item><title>Nakuru budget row</title><link>{URL}</link></item></channel></rss>""".encode()
# Every way a page could try to smuggle active markup: DOM scripts and handlers, javascript: URLs,
# and markup written as text (which stays text, escaped wherever it is shown).
PAGE = b"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>x</title>
<meta property="og:title" content="Nakuru budget row &lt;script&gt;alert(1)&lt;/script&gt;">
<meta property="og:image" content="javascript:alert(6)">
<link rel="canonical" href="javascript:alert(7)">
<meta property="article:published_time" content="2026-10-20T09:00:00+03:00">
<script>alert(0)</script></head><body onload="alert(8)"><div class="story-body">
<p onclick="alert(3)">Nakuru MCAs on Tuesday rejected the county's Sh14 billion budget, saying the executive had
not explained a Sh600 million allocation for road works in the new financial year.</p>
<script>document.write('<p>alert(2)</p>')</script>
<p>An assembly clerk said members wanted the plan written as &lt;img src=x onerror=alert(4)&gt; in plain words,
and that the vote would be taken again next week after the finance committee meets.</p>
<p>The governor's office said it would <a href="javascript:alert(5)">publish the figures</a> on Friday.
<img src="x" onerror="alert(9)"><iframe src="https://evil.example/frame"></iframe></p>
</div></body></html>"""
# The page's active parts: none may survive anywhere (alert(1) and alert(4) are text, and stay text).
ACTIVE = re.compile(r'alert\((0|2|3|5|6|7|8|9)\)|javascript:|evil\.example|on(error|click|load)="alert')


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "sites.toml").write_text(SITES_TOML)
    db_path = str(folder / "news.db")
    routes = {"hostile.example/feed/": FEED, "hostile.example/news/nakuru-budget-row/": PAGE}
    with MirrorServer(routes) as server:
        result = run_kenews("crawl", "hostilenews", "--mirror", server.url, "--db", db_path,
                            env={"KENEWS_SITES": str(folder / "sites.toml")})
    assert result.returncode == 0, result.stderr[-3000:]
    return db_path


def test_a_hostile_page_is_stored_as_plain_text(crawled):
    story = next(sqlite_utils.Database(crawled)["stories"].rows)
    assert story["title"] == "Nakuru budget row <script>alert(1)</script>"  # what the page shows, as text
    assert story["url"] == URL and story["image_url"] == ""  # javascript: canonical and image refused
    assert "<img src=x onerror=alert(4)> in plain words" in story["body"]
    assert "publish the figures on Friday" in story["body"]
    for value in story.values():
        assert not ACTIVE.search(str(value)), value


def feed_html(format: str, text: str) -> list[str]:
    """The HTML strings a feed reader renders from an export."""
    if format == "jsonfeed":
        return [item.get("content_html", "") for item in json.loads(text)["items"]]
    root = ET.fromstring(text.encode())
    if format == "atom":
        return [e.text or "" for e in root.iter("{http://www.w3.org/2005/Atom}content") if e.get("type") == "html"]
    return [e.text or "" for e in root.iter("description")]


@pytest.mark.parametrize("format", ["jsonl", "csv", "atom", "rss", "jsonfeed"])
def test_exports_carry_no_active_markup(crawled, format):
    out = io.StringIO()
    export(sqlite_utils.Database(crawled), format, out)
    text = out.getvalue()
    assert "Nakuru MCAs" in text and not ACTIVE.search(text)
    if format in ("atom", "rss", "jsonfeed"):
        rendered = feed_html(format, text)
        assert any("&lt;img src=x onerror=alert(4)&gt;" in html for html in rendered)
        for html in rendered:  # the only elements a reader renders are the export's own paragraphs
            elements = lxml.html.fragments_fromstring(html) if html.strip() else []
            tags = {element.tag for root in elements if not isinstance(root, str) for element in root.iter()}
            assert tags <= {"p", "br"}, html


def datasette_pages(db_path: str, requests: list[tuple[str, str]]) -> list[tuple[int, str]]:
    async def run():
        datasette = build_datasette(db_path)
        await datasette.invoke_startup()
        answers = []
        for method, path in requests:
            response = await datasette.client.request(method, path)
            answers.append((response.status_code, response.text))
        return answers

    return asyncio.run(run())


def test_the_datasette_ui_shows_crawled_markup_as_text(crawled):
    story_id = next(sqlite_utils.Database(crawled)["stories"].rows)["id"]
    paths = [f"/news/stories/{story_id}", "/news/stories", "/news/story_index?_search=Nakuru",
             "/news/search?q=Nakuru", "/news/latest_stories"]
    for path, (status, page) in zip(paths, datasette_pages(crawled, [("GET", path) for path in paths])):
        assert status == 200 and "Nakuru budget row" in page, path
        assert "<script>alert" not in page and "<img src=x" not in page and not ACTIVE.search(page), path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page, path


def test_kenews_serve_takes_no_writes(crawled):
    before = list(sqlite_utils.Database(crawled)["stories"].rows)
    paths = ["/news", "/news/-/query", "/news/stories", "/news/stories/-/insert", "/news/stories/-/upsert",
             "/news/stories/-/drop", "/news/-/create", "/news/latest_stories", "/-/messages", "/-/permissions"]
    requests = [(method, path) for path in paths for method in ("POST", "PUT", "PATCH", "DELETE")]
    answers = datasette_pages(crawled, requests)
    assert {status for status, _ in answers} == {405}, [r for r, a in zip(requests, answers) if a[0] != 405]
    assert list(sqlite_utils.Database(crawled)["stories"].rows) == before

"""`kenews serve`: Datasette on the database, read-only to the web.

Datasette opens the file with `mode=ro` (never `immutable`: a crawl may be
writing to it, and WAL lets both go on); no canned query here writes, and
`asgi_wrapper` refuses every request but GET and HEAD, so the web can read and
never write. Everything an analyst sees besides the rows is in
`datasette_metadata()`: titles and descriptions, default sorts and facets,
full-text search, canned queries and the charts (datasette-dashboards). The
hooks at the end (links, CSS, the read-only guard) are a plugin of this process.
"""

from __future__ import annotations

import asyncio
import sys
from urllib.parse import urlencode

import uvicorn
from datasette import hookimpl
from datasette.app import Datasette
from datasette.database import Database
from datasette.plugins import pm
from datasette.utils import tilde_encode, to_css_class
from datasette.utils.asgi import Response
from markupsafe import Markup

from storage.queries import SEARCH_RANKED_MATCHES
from storage.schema import open_db

# The URL name of the database (`/news/stories`), whatever the file is called.
DATABASE = "news"

# Days of stories the charts show unless their filters say otherwise: enough to
# see a trend, few enough that per-day-per-outlet rows stay under the row limit.
CHART_DAYS = 60

# Datasette 0.65 lists column descriptions one per line above the rows, which
# pushes a wide table's rows below the fold: two columns per line, smaller. A
# row page (one story) reads better as one field per line, named, than as 22
# squeezed columns; the names come from `row_labels_css()`.
CSS = """
dl.column-descriptions { display: grid; grid-template-columns: repeat(2, max-content minmax(0, 1fr));
                         gap: 0.15em 1em; font-size: 0.8rem; }
dl.column-descriptions dt, dl.column-descriptions dd { margin: 0; padding: 0; }
body.row table.rows-and-columns, body.row .rows-and-columns tbody, body.row .rows-and-columns tr { display: block; }
body.row .rows-and-columns thead { display: none; }
body.row .rows-and-columns td { display: grid; grid-template-columns: 10rem minmax(0, 1fr); border: none;
                                border-bottom: 1px solid #eee; }
body.row .rows-and-columns td:before { font-weight: bold; margin-left: 0; }
"""

# table or view → (title, description, {column: description}). A test checks
# that every table and column of a migrated database has an entry here.
TABLES = {
    "story_index": ("Stories, tagged", "One row per story with its tags as lists: search it, facet it by outlet, "
                    "section, subject, county, language and day. Open a story's id for its text, URLs and tags.", {
        "rowid": "the story's row number in stories (full-text search uses it)",
        "id": "stable story id; links to the story",
        "published_at": "when the outlet published it (UTC)",
        "published_day": "the UTC day of published_at",
        "source": "outlet (site id) of the first copy seen",
        "section": "the outlet's own section",
        "language": "en or sw",
        "title": "headline",
        "primary_subject": "the story's main subject (its lowest-ranked subject tag)",
        "subjects": "every subject tag, main one first (JSON list)",
        "counties": "counties the story is about (JSON list)",
        "organisations": "organisations named (JSON list)",
        "people": "people named (JSON list)",
        "outlets": "every outlet the same text was found on (JSON list)",
        "cluster_id": "the same-event cluster; links to every story in it",
        "word_count": "words in the body",
        "paywalled": "1 when the outlet marks it premium",
        "url": "the story's canonical URL",
    }),
    "clusters": ("Clusters", "Stories about the same event, as one row: how many stories, which outlets, when. "
                 "A story not matched with any other is a cluster of its own.", {
        "cluster_id": "cluster id (the id of its first story); links to its stories",
        "title": "headline of its earliest story",
        "stories": "separate stories in the cluster",
        "outlet_count": "outlets that carried it",
        "outlets": "those outlets (JSON list)",
        "urls": "URLs at which its stories were seen",
        "first_published": "earliest publication time (UTC)",
        "last_published": "latest publication time (UTC)",
    }),
    "stories": ("Stories", "One row per story: cleaned text and where each field came from. "
                "Copies elsewhere are rows in story_urls; tags are rows in story_tags.", {
        "id": "stable story id (ks + 14 hex digits of the SHA-256 of its first URL's canonical form)",
        "source": "outlet (site id) of the first copy seen",
        "url": "canonical URL",
        "title": "headline",
        "lead": "standfirst or summary",
        "body": "cleaned text, paragraphs separated by blank lines",
        "authors": "JSON list of names",
        "published_at": "when the outlet published it (UTC)",
        "published_day": "the UTC day of published_at",
        "updated_at": "when the outlet says it last updated it (UTC)",
        "section": "the outlet's own section",
        "site_tags": "the outlet's own tags (JSON list)",
        "image_url": "lead image",
        "language": "en or sw",
        "paywalled": "1 when the outlet marks it premium or behind its paywall",
        "word_count": "words in the body",
        "content_hash": "hash of the normalised body, for exact-duplicate detection",
        "layout": "the outlet layout that parsed it, empty when the generic extractor did",
        "extraction": "where each field came from: ld, meta, site:<layout>, generic, feed, url (JSON)",
        "cluster_id": "the same-event cluster; links to every story in it",
        "first_seen_at": "when it was first stored (UTC)",
        "changed_at": "when its stored text last changed (UTC)",
    }),
    "story_urls": ("Story URLs", "Every URL at which a story was seen, on its own outlet or another.", {
        "url": "the URL as fetched or declared canonical",
        "url_key": "its canonical form, used to match variants (tracking parameters, AMP, www.)",
        "story_id": "the story",
        "source": "outlet the URL belongs to",
        "first_seen_at": "first crawl that saw it (UTC)",
        "last_seen_at": "latest crawl that saw it (UTC)",
        "etag": "the page's ETag when last fetched",
        "last_modified": "the page's Last-Modified when last fetched",
    }),
    "changes": ("Changes", "Every change to the stories, in order: new, updated (its text or details changed) "
                "or merged (found at another outlet or address). Exports read it.", {
        "seq": "position in the log; never reused",
        "story_id": "the story",
        "kind": "new, updated or merged",
        "at": "when it was logged (UTC)",
    }),
    "story_versions": ("Story versions", "Earlier texts of stories that were corrected or rewritten.", {
        "story_id": "the story",
        "version": "1 for its first text, then 2, …",
        "title": "headline then",
        "lead": "lead then",
        "body": "body then",
        "authors": "authors then (JSON list)",
        "published_at": "publication time then (UTC)",
        "updated_at": "the outlet's update time then (UTC)",
        "word_count": "words in that body",
        "content_hash": "hash of that body",
        "stored_at": "when that text was stored (UTC)",
        "replaced_at": "when a newer text replaced it (UTC)",
    }),
    "tags": ("Tags", "The tag vocabulary: subjects (IPTC media topics), counties, organisations and people.", {
        "id": "stable code (ke-county:047, medtop:11000000)",
        "kind": "subject, county, organisation or person",
        "label": "display name",
        "description": "what the tag covers",
    }),
    "story_tags": ("Story tags", "Which tags each story has, in order; the lowest-ranked subject is its main one.", {
        "story_id": "the story",
        "tag_id": "the tag",
        "rank": "order on the story",
        "score": "confidence of the assignment",
        "reason": "the rule or evidence that assigned it",
        "published_at": "the story's publication time (UTC), kept here so a tag's newest stories come from an index",
    }),
    "sources": ("Outlets", "One row per supported site.", {
        "id": "site id (tuko), the spider's name",
        "name": "display name",
        "home_url": "home page",
        "language": "main language (en, sw)",
        "discovery": "feeds, sitemaps and listing pages the crawler reads (JSON list)",
    }),
    "crawl_runs": ("Crawl runs", "One row per `kenews crawl`.", {
        "id": "run number",
        "started_at": "start (UTC)",
        "finished_at": "end (UTC), empty while running",
        "status": "running, ok, partial or failed",
        "sites": "site ids crawled (JSON list)",
        "stored": "new stories",
        "updated": "stories whose text changed",
        "unchanged": "stories seen again unchanged",
        "duplicates": "copies of known stories",
        "failed": "pages that failed (retried next run)",
        "skipped": "pages that are not articles",
    }),
    "crawl_run_sites": ("Crawl runs per site", "One row per site per run: what the crawl health query and "
                        "`kenews health` read.", {
        "run_id": "the run",
        "source": "the site",
        "started_at": "start (UTC)",
        "finished_at": "end (UTC)",
        "finish_reason": "Scrapy's finish reason (finished, shutdown, …)",
        "requests": "HTTP requests sent",
        "responses": "HTTP responses received",
        "stored": "new stories",
        "updated": "stories whose text changed",
        "unchanged": "stories seen again unchanged",
        "duplicates": "copies of known stories",
        "failed": "pages that failed",
        "skipped": "pages that are not articles",
        "discovery_failed": "feeds, sitemaps or listings that could not be read",
        "parsed_by_layout": "articles parsed by the site's own layout",
        "parsed_by_fallback": "articles parsed by the generic extractor",
        "missing_title": "articles without a title",
        "missing_date": "articles without a date",
        "missing_author": "articles without an author",
        "missing_body": "articles without a body",
    }),
    "failures": ("Failures", "Pages that could not be stored, kept so they can be retried.", {
        "url": "the page",
        "source": "its site",
        "kind": "failed (retried next run), skipped (not an article) or discovery (a feed, sitemap or listing)",
        "reason": "why (HTTP 404, no article body found, not an article: video page, …)",
        "first_failed_at": "first failure (UTC)",
        "last_failed_at": "latest failure (UTC)",
        "attempts": "tries so far",
    }),
}

# Newest first: the order people read news in.
SORT_DESC = {
    "story_index": "published_at", "clusters": "last_published", "stories": "published_at",
    "story_urls": "last_seen_at", "changes": "seq", "story_versions": "replaced_at", "crawl_runs": "id",
    "crawl_run_sites": "run_id", "failures": "last_failed_at",
}

FACETS = {
    "story_index": ["source", "section", {"array": "subjects"}, {"array": "counties"}, "language", "published_day"],
    "stories": ["source", "section", "language", "published_day"],
    "story_urls": ["source"],
    "tags": ["kind"],
    "changes": ["kind"],
    "crawl_runs": ["status"],
    "crawl_run_sites": ["source"],
    "failures": ["source", "kind"],
}

STORY_COLUMNS = ("story_index.id AS story_id, story_index.published_at, story_index.source, story_index.title, "
                 "story_index.primary_subject, story_index.counties, story_index.outlets, story_index.cluster_id")

# Days of stories duplicate_clusters looks through, up to the newest story: a week of coverage to
# compare, and a bound on the work (every story in the window is checked for copies elsewhere).
DUPLICATE_DAYS = 7


def stories_tagged(kind: str, parameter: str) -> str:
    """The newest 500 stories with the tag of this kind whose label is `:parameter`.

    The ids come first, newest first, from story_tags' (tag_id, published_at) index, so the
    view's per-story tag and outlet lists are built for those 500 only, not for every story with
    the tag. Labels are unique within a kind (a test checks the vocabulary), so one tag id.
    """
    return f"""SELECT {STORY_COLUMNS} FROM story_index WHERE story_index.rowid IN (
    SELECT stories.rowid FROM story_tags JOIN stories ON stories.id = story_tags.story_id
    WHERE story_tags.tag_id = (SELECT id FROM tags WHERE kind = '{kind}' AND label = :{parameter} COLLATE NOCASE)
    ORDER BY story_tags.published_at DESC LIMIT 500)
ORDER BY story_index.published_at DESC"""


# The clusters view, for the clusters that have a story in the last DUPLICATE_DAYS days: their
# ids first (in the window, newest first, at most 500), then every story and URL of those
# clusters only; the view itself groups the whole archive (10 s at 1M stories). A story without
# a cluster_id is a cluster of its own, a duplicate when another outlet's copy joined it.
# INDEXED BY: in an archive with no clusters yet, ANALYZE rates stories_cluster_id useless.
DUPLICATE_CLUSTERS = f"""WITH recent AS (
    SELECT coalesce(stories.cluster_id, stories.id) AS cluster_id, stories.id AS story_id,
           stories.cluster_id IS NULL AS alone, stories.title, stories.published_at
    FROM stories
    WHERE stories.published_at >= (SELECT date(max(published_at), '-{DUPLICATE_DAYS - 1} days') FROM stories)
      AND (stories.cluster_id IS NOT NULL OR EXISTS (
           SELECT 1 FROM story_urls WHERE story_urls.story_id = stories.id AND story_urls.source != stories.source))
),
latest AS (
    SELECT cluster_id FROM recent GROUP BY cluster_id ORDER BY max(published_at) DESC LIMIT 500
),
members AS (
    SELECT cluster_id, story_id, title, published_at FROM recent
    WHERE alone AND cluster_id IN (SELECT cluster_id FROM latest)
    UNION ALL
    SELECT cluster_id, id, title, published_at FROM stories INDEXED BY stories_cluster_id
    WHERE cluster_id IN (SELECT cluster_id FROM latest)
),
ranked AS (
    SELECT members.*, row_number() OVER (PARTITION BY cluster_id ORDER BY published_at, story_id) AS position
    FROM members
)
SELECT cluster_id,
       max(CASE WHEN position = 1 THEN title END) AS title,
       count(DISTINCT story_id) AS stories,
       count(DISTINCT outlet) AS outlet_count,
       json_group_array(DISTINCT outlet) AS outlets,
       count(DISTINCT url) AS urls,
       min(published_at) AS first_published,
       max(published_at) AS last_published
FROM (SELECT ranked.*, story_urls.source AS outlet, story_urls.url
      FROM ranked JOIN story_urls ON story_urls.story_id = ranked.story_id
      ORDER BY ranked.cluster_id, story_urls.source)
GROUP BY cluster_id
HAVING count(DISTINCT story_id) > 1 OR count(DISTINCT outlet) > 1
ORDER BY last_published DESC"""

QUERIES = {
    "latest_stories": {
        "title": "Latest stories",
        "description": "The 100 most recently published stories.",
        "sql": f"SELECT {STORY_COLUMNS} FROM story_index ORDER BY story_index.published_at DESC LIMIT 100",
    },
    "search": {
        "title": "Search stories",
        "description": f"Full-text search of titles, leads and bodies, best match first among the "
                       f"{SEARCH_RANKED_MATCHES:,} most recently stored matches, so a word found in more stories "
                       "than that finds recent ones: add words to reach older stories. Words are matched whole; put "
                       "a phrase in double quotes.",
        # Ranking is limited to the newest matches: see SEARCH_RANKED_MATCHES.
        "sql": f"""SELECT story_index.id AS story_id, story_index.published_at, story_index.source, story_index.title,
       snippet(stories_fts, 2, '[', ']', ' … ', 16) AS excerpt, story_index.primary_subject, story_index.cluster_id
FROM stories_fts JOIN story_index ON story_index.rowid = stories_fts.rowid
WHERE stories_fts MATCH escape_fts(:q) AND stories_fts.rowid >= (
    SELECT min(rowid) FROM (SELECT rowid FROM stories_fts WHERE stories_fts MATCH escape_fts(:q)
                            ORDER BY rowid DESC LIMIT {SEARCH_RANKED_MATCHES}))
ORDER BY stories_fts.rank LIMIT 100""",
    },
    "by_subject": {
        "title": "Stories by subject",
        "description": "The 500 newest stories tagged with a subject (its label, e.g. agriculture; see the tags "
                       "table), newest first.",
        "sql": stories_tagged("subject", "subject"),
    },
    "by_county": {
        "title": "Stories by county",
        "description": "The 500 newest stories about a county (e.g. Kisumu), newest first.",
        "sql": stories_tagged("county", "county"),
    },
    "by_outlet_and_day": {
        "title": "Stories by outlet and day",
        "description": "One outlet's stories on one UTC day (YYYY-MM-DD); leave either empty for all.",
        "sql": f"SELECT {STORY_COLUMNS} FROM story_index "
               "WHERE (:outlet = '' OR story_index.source = :outlet) "
               "AND (:day = '' OR story_index.published_day = :day) "
               "ORDER BY story_index.published_at DESC LIMIT 500",
    },
    "duplicate_clusters": {
        "title": "Duplicate clusters",
        "description": "Events covered more than once: clusters of several stories, or a story found on several "
                       f"outlets, with those outlets; most recent first. Only clusters with a story in the last "
                       f"{DUPLICATE_DAYS} days up to the newest story, at most 500.",
        "sql": DUPLICATE_CLUSTERS,
    },
    "crawl_health": {
        "title": "Crawl health per site",
        "description": "Each site's latest crawl: requests, what it stored, how much its own layout parsed "
                       "(a falling share means the site changed its markup), fields missing, open failures.",
        "sql": "SELECT sources.id AS source, site.run_id AS last_run, site.started_at, site.finish_reason, "
               "site.requests, site.responses, site.stored, site.updated, site.unchanged, site.duplicates, "
               "site.failed, site.skipped, site.discovery_failed, "
               "round(100.0 * site.parsed_by_layout / nullif(site.parsed_by_layout + site.parsed_by_fallback, 0)) "
               "AS layout_percent, site.missing_title, site.missing_date, site.missing_author, site.missing_body, "
               "(SELECT count(*) FROM failures WHERE failures.source = sources.id AND failures.kind = 'failed') "
               "AS open_failures, "
               "(SELECT max(published_at) FROM stories WHERE stories.source = sources.id) AS newest_story "
               "FROM sources LEFT JOIN crawl_run_sites AS site ON site.source = sources.id AND site.run_id = ("
               "SELECT max(run_id) FROM crawl_run_sites WHERE crawl_run_sites.source = sources.id) "
               "ORDER BY sources.id",
    },
}

# Chart rows: the filters' days, or the last CHART_DAYS days up to the newest story.
CHART_WHERE = (
    f"published_day >= coalesce(nullif(:date_start, ''), (SELECT date(max(published_day), '-{CHART_DAYS - 1} days') "
    "FROM stories)) AND published_day <= coalesce(nullif(:date_end, ''), '9999-12-31') "
    "[[ AND source = :outlet ]]"
)


def per_day_chart(title: str, column: str, legend: str) -> dict:
    """Stacked bars: stories per day, coloured by `column` of story_index."""
    return {
        "title": title,
        "db": DATABASE,
        "library": "vega-lite",
        "query": f"SELECT published_day AS day, coalesce({column}, '(none)') AS {legend}, count(*) AS stories "
                 f"FROM story_index WHERE {CHART_WHERE} GROUP BY 1, 2 ORDER BY 1",
        "display": {
            # Bars a few pixels wide, not one day wide: still visible when the days span years.
            "mark": {"type": "bar", "tooltip": True, "continuousBandSize": 6},
            "encoding": {
                "x": {"field": "day", "type": "temporal", "title": "day (UTC)"},
                "y": {"field": "stories", "type": "quantitative", "aggregate": "sum", "title": "stories",
                      "axis": {"tickMinStep": 1}},
                # Twenty colours: one each for a score of outlets or subjects.
                "color": {"field": legend, "type": "nominal", "title": legend, "scale": {"scheme": "category20"}},
            },
        },
    }


DASHBOARDS = {
    "stories": {
        "title": "Stories over time",
        "description": f"Stories per day by outlet and by main subject: the last {CHART_DAYS} days up to the newest "
                       "story unless the filters say otherwise.",
        "filters": {
            "date_start": {"name": "From", "type": "date"},
            "date_end": {"name": "To", "type": "date"},
            "outlet": {"name": "Outlet", "type": "select", "db": DATABASE,
                       "query": "SELECT id FROM sources ORDER BY id"},
        },
        "layout": [["by-outlet", "by-outlet"], ["by-subject", "by-subject"], ["total", "per-outlet"]],
        "charts": {
            "total": {
                "title": "Stories",
                "db": DATABASE,
                "library": "metric",
                "query": f"SELECT count(*) AS stories FROM stories WHERE {CHART_WHERE}",
                "display": {"field": "stories"},
            },
            "per-outlet": {
                "title": "Stories per outlet",
                "db": DATABASE,
                "library": "vega-lite",
                "query": f"SELECT source AS outlet, count(*) AS stories FROM stories WHERE {CHART_WHERE} "
                         "GROUP BY 1 ORDER BY 2 DESC",
                "display": {
                    "mark": {"type": "bar", "tooltip": True},
                    "encoding": {
                        "y": {"field": "outlet", "type": "nominal", "sort": "-x"},
                        "x": {"field": "stories", "type": "quantitative", "axis": {"tickMinStep": 1}},
                    },
                },
            },
            "by-outlet": per_day_chart("Stories per day by outlet", "source", "outlet"),
            "by-subject": per_day_chart("Stories per day by main subject", "primary_subject", "subject"),
        },
    },
}


def datasette_metadata() -> dict:
    """Datasette's metadata for the kenews database: descriptions, sorts, facets, search, queries, charts."""
    tables = {}
    for name, (title, description, columns) in TABLES.items():
        table = {"title": title, "description": description, "columns": columns}
        if name in SORT_DESC:
            table["sort_desc"] = SORT_DESC[name]
        if name in FACETS:
            table["facets"] = FACETS[name]
        tables[name] = table
    # A view has no FTS index of its own: search story_index through the stories' one.
    tables["story_index"].update(fts_table="stories_fts", fts_pk="rowid")
    tables["sources"]["label_column"] = "name"
    tables["tags"]["label_column"] = "label"
    tables["_sqlite_migrations"] = {"hidden": True}
    return {
        "title": "kenews: Kenyan news",
        "description": "Stories crawled from Kenyan news sites, cleaned, deduplicated and tagged. "
                       "Start with Stories, tagged; the charts are under Dashboards in the menu.",
        "databases": {DATABASE: {"tables": tables, "queries": QUERIES}},
        "plugins": {"datasette-dashboards": DASHBOARDS},
    }


def datasette_settings() -> dict:
    return {
        # Facets over tag lists read every story's tags; the default 200ms gives up too soon.
        "facet_time_limit_ms": 1000,
        "suggest_facets": False,
        # A chart's rows: CHART_DAYS days × a few dozen outlets or subjects.
        "max_returned_rows": 5000,
        # List pages show the start of a body, its row page all of it.
        "truncate_cells_html": 300,
    }


def build_datasette(db_path: str) -> Datasette:
    """A Datasette app serving `db_path` read-only as the `news` database."""
    if not pm.is_registered(sys.modules[__name__]):
        pm.register(sys.modules[__name__], name="kenews")
    datasette = Datasette(metadata=datasette_metadata(), settings=datasette_settings())
    datasette.remove_database("_memory")
    # is_mutable: read connections use mode=ro and see what a crawl commits, where
    # immutable=1 would assume the file never changes (and skip the WAL).
    datasette.add_database(Database(datasette, path=db_path, is_mutable=True), name=DATABASE)
    return datasette


def serve(db_path: str, port: int = 8001, host: str = "127.0.0.1") -> None:
    """Serve `db_path` until interrupted; the schema is brought up to date first."""
    open_db(db_path).close()
    datasette = build_datasette(db_path)
    asyncio.run(datasette.invoke_startup())
    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning")


@hookimpl
def render_cell(value, column, table, database, datasette):
    """Link a story id to the story (its text, URLs and tags) and a cluster id to the cluster's stories."""
    if database != DATABASE or not value or not isinstance(value, str):
        return None
    if column == "story_id" or (column == "id" and table == "story_index"):
        href = datasette.urls.row(DATABASE, "stories", tilde_encode(value))
    elif column == "cluster_id":
        href = datasette.urls.table(DATABASE, "story_index") + "?" + urlencode({"cluster_id": value})
    else:
        return None
    # Markup.format escapes both arguments: a crawled value never becomes markup.
    return Markup('<a href="{}">{}</a>').format(href, value)


def row_labels_css() -> str:
    """Each column's name before its value on a row page."""
    columns = sorted({column for _, _, descriptions in TABLES.values() for column in descriptions})
    return "".join(f'body.row td.col-{to_css_class(column)}:before {{ content: "{column}"; }}\n' for column in columns)


@hookimpl
def register_routes():
    css = CSS + row_labels_css()
    return [(r"^/-/kenews\.css$", lambda: Response(css, content_type="text/css; charset=utf-8"))]


@hookimpl
def extra_css_urls(datasette):
    return [datasette.urls.path("/-/kenews.css")]


@hookimpl
def asgi_wrapper():
    """Answer only reads: no canned query, plugin or future Datasette endpoint can write through the web."""
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope["method"] not in ("GET", "HEAD"):
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"allow", b"GET, HEAD"), (b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"kenews serve is read-only\n"})
                return
            await app(scope, receive, send)
        return read_only
    return wrap

"""The analyst side at scale: full-text search and the canned queries on a generated 1M-story database.

`make_archive()` writes an archive of invented stories straight into a kenews database
(the real schema, its triggers and FTS index included) with bulk inserts: bodies of
15-25 sentences drawn from a pool, whose place, person, organisation and topic words
follow a Zipf law (a few names in many stories, most in few, as in real news),
tags, URLs, publication times over about three years, 17 outlets. growth_bench.py
uses it too.

Timed, each run on a warm connection (p50/p95/max over --repeat runs of every query):
  search      the `search` canned query of `kenews serve` (rank order among the newest
              SEARCH_RANKED_MATCHES matches, snippet) and storage.queries.search_stories
              (*_stories), over a mix of terms: mid-frequency and rare names, head names,
              two-word AND queries and phrases; `broad` is the most common words alone
  *_full      for comparison, the search query as it was before: ranking every match
  canned      every other canned query in aggregator/serve.py's metadata; the tag
              queries for a mid-frequency tag and for the most common one
The connection is read-only (as Datasette's), with Datasette's escape_fts function.

Usage: python bench/analyst_bench.py [--stories 1000000] [--db PATH] [--repeat 5]
The database is kept in bench/out/archive-N.db and reused when it is there.
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sqlite3
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "bench" / "out"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

TARGET_SEARCH_P95_MS = 100
SOURCES = ("businessdaily", "capitalfm", "citizen", "eastafrican", "kahawatungu", "kbc", "kenyanpost", "kenyans",
           "mpasho", "nairobileo", "nation", "peopledaily", "standard", "star", "steshanews", "taifaleo", "tuko")
HOSTS = {name: f"www.{name}.example" for name in SOURCES}
STORIES_PER_DAY = 1000


# --- invented archive ------------------------------------------------------------------

class Zipf:
    """Draw from `values` with probability falling as 1/rank: the first few are everywhere."""

    def __init__(self, rng: random.Random, values):
        self.rng = rng
        self.values = list(values)
        weights = [1 / (rank + 1) for rank in range(len(self.values))]
        total = sum(weights)
        self.cumulative = []
        running = 0.0
        for weight in weights:
            running += weight / total
            self.cumulative.append(running)

    def __call__(self):
        return self.rng.choices(self.values, cum_weights=self.cumulative)[0]


def sentence_frames(rng: random.Random, size: int) -> list[str]:
    """Invented sentences (make_mirror's grammar) with the story's names left as {place}, {place2},
    {Person}, {org} and {noun} slots, and everything else filled in."""
    import make_mirror as m

    frames = []
    for _ in range(size):
        pattern = rng.choice(m.SENTENCES).replace("{county}", "{place2}")
        frames.append(pattern.format(
            Person="{Person}", place="{place}", place2="{place2}", org="{org}", noun="{noun}",
            role=rng.choice(m.ROLES), adj=rng.choice(m.ADJECTIVES), verb=rng.choice(m.VERBS),
            when=rng.choice(m.WHEN), month=rng.choice(m.MONTHS), n=rng.randint(3, 4800)))
    return frames


class StoryWords:
    """The names one story is about: two places, two people, an organisation, two topics, each drawn
    by a Zipf law, so that a few names are in many stories and most in few, as in real news."""

    def __init__(self, rng: random.Random):
        import make_mirror as m

        self.rng = rng
        self.places = Zipf(rng, m.PLACES)
        self.people = Zipf(rng, m.PEOPLE + [f"{first} {last}" for first in m.FIRST for last in m.LAST])
        self.organisations = Zipf(rng, m.ORGANISATIONS)
        self.nouns = Zipf(rng, m.NOUNS)

    def __call__(self) -> list[dict]:
        places, people, nouns = ([draw(), draw()] for draw in (self.places, self.people, self.nouns))
        organisation = self.organisations()
        return [{"place": places[i % 2], "place2": places[(i + 1) % 2], "Person": people[i % 2],
                 "org": organisation, "noun": nouns[i % 2]} for i in range(2)]


def tag_vocabulary() -> list[tuple[str, str, str]]:
    data = REPO / "aggregator" / "data"
    tags = [(s["code"], "subject", s["label"]) for s in json.loads((data / "subjects.json").read_text())]
    tags += [(c["code"], "county", c["label"])
             for c in json.loads((data / "counties.json").read_text())["counties"]]
    tags += [(o["code"], "organisation", o["label"]) for o in json.loads((data / "organisations.json").read_text())]
    tags += [(p["code"], "person", p["label"]) for p in json.loads((data / "people.json").read_text())]
    return tags


def make_archive(db_path: Path, stories: int, seed: int = 1, batch: int = 5000, progress=None) -> dict:
    """Write `stories` invented stories (URLs, tags, FTS) into a new kenews database at `db_path`."""
    from aggregator.dedupe import content_hash
    from aggregator.sites import all_sites
    from aggregator.urls import canonical_url
    from storage.schema import open_db
    from storage.writes import sync_sources

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm", ".dedupe.npz"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
    db = open_db(str(db_path))
    sync_sources(db, list(all_sites().values()))
    known_sources = {row[0] for row in db.execute("SELECT id FROM sources")}
    rng = random.Random(seed)
    frames = sentence_frames(rng, 50000)
    story_words = StoryWords(rng)
    tags = tag_vocabulary()
    subjects = [t for t in tags if t[1] == "subject"]
    entities = Zipf(rng, [t for t in tags if t[1] != "subject"])
    with db.atomic():
        db.conn.executemany("INSERT OR IGNORE INTO tags (id, kind, label, description) VALUES (?, ?, ?, '')", tags)
    now = datetime.now(timezone.utc)
    columns = ("id", "source", "url", "title", "lead", "body", "authors", "published_at", "published_day",
               "section", "site_tags", "language", "word_count", "content_hash", "layout", "extraction",
               "first_seen_at", "changed_at")
    insert_story = f"INSERT INTO stories ({', '.join(columns)}) VALUES ({', '.join('?' for _ in columns)})"
    insert_url = ("INSERT INTO story_urls (url, url_key, story_id, source, first_seen_at, last_seen_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)")
    insert_tag = "INSERT OR IGNORE INTO story_tags (story_id, tag_id, rank, score, reason) VALUES (?, ?, ?, ?, '')"
    # The oldest first, one day per STORIES_PER_DAY stories, ending now.
    start = now - timedelta(days=stories / STORIES_PER_DAY)
    for first in range(0, stories, batch):
        story_rows, url_rows, tag_rows = [], [], []
        for number in range(first, min(first + batch, stories)):
            source = SOURCES[number % len(SOURCES)]
            if source not in known_sources:
                source = sorted(known_sources)[number % len(known_sources)]
            when = start + timedelta(seconds=number * 86400 / STORIES_PER_DAY)
            stamp = when.strftime("%Y-%m-%dT%H:%M:%SZ")
            words = story_words()
            sentences = [frames[rng.randrange(len(frames))].format(**words[i % 2]) for i in range(rng.randint(15, 25))]
            title = sentences[0].rstrip(".")[:90]
            body = "\n\n".join(" ".join(sentences[i:i + 3]) for i in range(1, len(sentences), 3))
            body += f" Reference {number}."
            story_id = "ks" + hashlib.sha256(f"archive-{seed}-{number}".encode()).hexdigest()[:14]
            url = f"https://{HOSTS[SOURCES[number % len(SOURCES)]]}/news/{number}-{story_id[2:10]}"
            story_rows.append((story_id, source, url, title, sentences[1], body, "[]", stamp, stamp[:10], "News",
                               "[]", "en", len(body.split()), content_hash(body), "", "{}", stamp, stamp))
            url_rows.append((url, canonical_url(url), story_id, source, stamp, stamp))
            story_tags = [rng.choice(subjects)] + [entities() for _ in range(rng.randint(2, 6))]
            tag_rows += [(story_id, tag[0], rank, 1.0) for rank, tag in enumerate(dict.fromkeys(story_tags))]
        with db.atomic():
            db.conn.executemany(insert_story, story_rows)
            db.conn.executemany(insert_url, url_rows)
            db.conn.executemany(insert_tag, tag_rows)
        if progress:
            progress(min(first + batch, stories))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("ANALYZE")
    db.close()
    return {"stories": stories, "seconds": round(time.perf_counter() - started, 1),
            "bytes": Path(db_path).stat().st_size}


# --- queries ---------------------------------------------------------------------------

def search_terms(rng: random.Random) -> list[tuple[str, str]]:
    """(kind, query): the most common words, names from the head, middle and tail of the Zipf
    laws, two-word AND queries and quoted phrases."""
    import make_mirror as m

    places, people = m.PLACES, m.PEOPLE + [f"{f} {last}" for f in m.FIRST[:6] for last in m.LAST[:6]]
    queries = [("head name", name) for name in places[:4] + m.ORGANISATIONS[:2]]
    queries += [("middle name", rng.choice(places[20:120])) for _ in range(6)]
    queries += [("tail name", rng.choice(places[150:])) for _ in range(6)]
    queries += [("person", rng.choice(people)) for _ in range(4)]
    queries += [("two words", f"{rng.choice(places[:60])} {rng.choice(m.NOUNS).split()[0]}") for _ in range(6)]
    queries += [("phrase", f'"{rng.choice(m.NOUNS)}"') for _ in range(4)]
    return queries


# Words in most stories: what no analyst searches for alone, timed apart from the mix.
BROAD_TERMS = ("county", "residents", "million")


# Parameters for the canned queries that take some: the first set is timed under the query's
# name, any other under the name and its value. Kisumu is on 1.7 % of the stories, agriculture
# on 2.7 %, Mombasa (the head of the county Zipf law) on half.
CANNED_PARAMETERS = {
    "by_subject": [{"subject": "agriculture"}],
    "by_county": [{"county": "Kisumu"}, {"county": "Mombasa"}],
    "by_outlet_and_day": [{"outlet": "tuko", "day": ""}],
    "search": [{"q": "Kisumu"}],
}


def canned_queries() -> dict[str, tuple[str, dict]]:
    """name → (sql, parameters) for each canned query of `kenews serve`, with realistic parameters."""
    try:
        from aggregator.serve import QUERIES
    except ImportError:  # datasette not installed: the queries are still in the module's source
        return {}
    queries = {}
    for name, query in QUERIES.items():
        for number, parameters in enumerate(CANNED_PARAMETERS.get(name, [{}])):
            label = name if number == 0 else f"{name} {' '.join(parameters.values())}"
            queries[label] = (query["sql"], parameters)
    return queries


# The search canned query before issue #9, timed for comparison: FTS5 scores every match to
# order them by rank, so its cost follows the number of matches.
FULL_RANK_SEARCH = (
    "SELECT story_index.id AS story_id, story_index.published_at, story_index.source, story_index.title, "
    "snippet(stories_fts, 2, '[', ']', ' … ', 16) AS excerpt, story_index.primary_subject, "
    "story_index.cluster_id FROM stories_fts JOIN story_index ON story_index.rowid = stories_fts.rowid "
    "WHERE stories_fts MATCH escape_fts(:q) ORDER BY stories_fts.rank LIMIT 100")


def bring_up_to_date(db_path: Path) -> dict | None:
    """Apply pending migrations first, as `kenews serve` does: their names and the seconds they
    took, or None when there were none."""
    from sqlite_utils import Database
    from storage.schema import migrations, open_db

    database = Database(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True))
    pending = [migration.name for migration in migrations.pending(database)]
    database.close()
    if not pending:
        return None
    print(f"applying {', '.join(pending)} to {db_path} …", file=sys.stderr, flush=True)
    started = time.perf_counter()
    open_db(str(db_path)).close()
    return {"migrations": pending, "seconds": round(time.perf_counter() - started, 1)}


def connect(db_path: Path) -> sqlite3.Connection:
    """Read-only, as Datasette opens it, with Datasette's escape_fts()."""
    connection = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, check_same_thread=False)
    try:
        from datasette.utils import escape_fts
    except ImportError:
        def escape_fts(query):
            return " ".join('"' + part.replace('"', '""') + '"' for part in query.split() if part)
    connection.create_function("escape_fts", 1, escape_fts)
    return connection


def timed(connection, sql: str, parameters, repeat: int) -> list[float]:
    """Milliseconds per run, after one untimed run: the pages it reads are then in the page cache,
    as for a server answering such queries all day (a first, cold run can take seconds)."""
    connection.execute(sql, parameters).fetchall()
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        connection.execute(sql, parameters).fetchall()
        times.append((time.perf_counter() - started) * 1000)
    return times


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stories", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="default: bench/out/archive-STORIES.db (made when missing)")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each query (default 5)")
    args = parser.parse_args(argv)

    db_path = args.db or OUT / f"archive-{args.stories}.db"
    made = None
    if not db_path.is_file():
        OUT.mkdir(parents=True, exist_ok=True)
        print(f"writing {args.stories} stories to {db_path} …", file=sys.stderr, flush=True)
        made = make_archive(db_path, args.stories, progress=lambda n: n % 100000 == 0 and print(
            f"  {n}", file=sys.stderr, flush=True))
    migrated = bring_up_to_date(db_path)
    connection = connect(db_path)
    stories = connection.execute("SELECT count(*) FROM stories").fetchone()[0]
    from storage.queries import search_stories
    from sqlite_utils import Database

    rng = random.Random(7)
    queries = canned_queries()
    search_sql = queries.pop("search", (None, None))[0]
    rows = []  # (group, name, matches, times)
    for kind, term in search_terms(rng) + [("broad", term) for term in BROAD_TERMS]:
        group = "broad" if kind == "broad" else "search"
        matches = connection.execute("SELECT count(*) FROM stories_fts WHERE stories_fts MATCH escape_fts(?)",
                                     [term]).fetchone()[0]
        if search_sql:
            rows.append((group, f"{kind}: {term}", matches, timed(connection, search_sql, {"q": term}, args.repeat)))
        rows.append((f"{group}_full", f"{kind}: {term}", matches,
                     timed(connection, FULL_RANK_SEARCH, {"q": term}, args.repeat)))
        database = Database(connection)
        times = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            search_stories(database, term)
            times.append((time.perf_counter() - started) * 1000)
        rows.append((f"{group}_stories", f"{kind}: {term}", matches, times))
    for name, (sql, parameters) in queries.items():
        rows.append(("canned", name, None, timed(connection, sql, parameters, args.repeat)))

    print(f"{stories} stories, {db_path.stat().st_size / 2**30:.2f} GB"
          + (f" (written in {made['seconds']} s)" if made else ""))
    if migrated:
        print(f"migrations {', '.join(migrated['migrations'])} applied in {migrated['seconds']} s")
    print(f"{'query':<52} {'matches':>8} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}")
    for group, name, matches, times in rows:
        print(f"{group + ' ' + name:<52.52} {matches if matches is not None else '':>8} "
              f"{statistics.median(times):>8.1f} {p95(times):>8.1f} {max(times):>8.1f}")
    summary_groups = {}
    for group in ("search", "search_stories", "search_full", "broad", "broad_stories", "broad_full", "canned"):
        times = [t for g, _, _, ts in rows if g == group for t in ts]
        if times:
            summary_groups[group] = {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(p95(times), 1),
                                     "max_ms": round(max(times), 1), "runs": len(times)}
    canned = {name: round(p95(times), 1) for group, name, _, times in rows if group == "canned"}
    canned_p50 = {name: round(statistics.median(times), 1) for group, name, _, times in rows if group == "canned"}
    search_p95 = summary_groups.get("search", summary_groups.get("search_stories", {})).get("p95_ms")
    met = search_p95 is not None and search_p95 < TARGET_SEARCH_P95_MS
    print()
    for group, figures in summary_groups.items():
        print(f"{group:<16} p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, max {figures['max_ms']:.1f} ms "
              f"({figures['runs']} runs)")
    print(f"target search p95 < {TARGET_SEARCH_P95_MS} ms at {stories} stories: {'met' if met else 'NOT met'}")
    print(json.dumps({"bench": "analyst", "stories": stories, "db_bytes": db_path.stat().st_size,
                      "target_search_p95_ms": TARGET_SEARCH_P95_MS, "search_p95_met": met, **summary_groups,
                      "canned_p50_ms": canned_p50, "canned_p95_ms": canned, "made": made, "migrated": migrated}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

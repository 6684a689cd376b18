"""How long `kenews retag` takes on a large database.

Builds a database of N stories (default 100,000) by bulk-inserting copies of
the bundled sample stories with varied ids, then times `aggregator.retag.retag`
over all of them (tags computed and written, first run and an idempotent second
run). Prints a table and a final JSON line.

    python bench/retag_bench.py [--stories 100000]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.retag import retag  # noqa: E402
from storage.schema import open_db  # noqa: E402
from storage.writes import INSERT_STORY, STORY_COLUMNS, story_row, sync_sources  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "spiders" / "fixtures"


def sample_articles() -> list[dict]:
    articles = []
    for expected in sorted(FIXTURES.glob("*/*.json")):
        if expected.name in ("meta.json", "hints.json"):
            continue
        articles.append(json.loads(expected.read_text(encoding="utf-8")))
    return articles


def build(db_path: str, count: int) -> None:
    from aggregator.sites import all_sites

    db = open_db(db_path)
    sync_sources(db, all_sites().values())
    samples = sample_articles()
    rows = []
    for number in range(count):
        article = dict(samples[number % len(samples)])
        article.update(content_hash=f"h{number}", crawled_at="2026-11-01T00:00:00Z", cluster_id="")
        row = story_row(article, f"ks{number:014d}", "2026-11-01T00:00:00Z")
        rows.append([row[column] for column in STORY_COLUMNS])
    with db.atomic():
        db.conn.executemany(INSERT_STORY, rows)
    db.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stories", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db_path = str(Path(folder) / "news.db")
        started = time.perf_counter()
        build(db_path, args.stories)
        built = time.perf_counter() - started
        timings = {}
        for run in ("first", "second"):
            started, cpu = time.perf_counter(), time.process_time()
            result = retag(db_path)
            timings[run] = (time.perf_counter() - started, time.process_time() - cpu, result.changed)
    print(f"database of {args.stories:,} stories built in {built:.1f} s")
    print(f"{'run':<8} {'wall s':>8} {'cpu s':>8} {'stories/s':>10} {'changed':>9}")
    for run, (wall, cpu, changed) in timings.items():
        print(f"{run:<8} {wall:>8.1f} {cpu:>8.1f} {args.stories / wall:>10,.0f} {changed:>9,}")
    print(json.dumps({"bench": "retag", "stories": args.stories,
                      **{f"{run}_wall_s": round(wall, 1) for run, (wall, _, _) in timings.items()},
                      **{f"{run}_stories_per_s": round(args.stories / wall) for run, (wall, _, _) in timings.items()}}))


if __name__ == "__main__":
    main()

"""Does a crawl cost more as the archive grows? The same crawl over databases already holding 1k, 10k, 100k stories.

Each database is written by analyst_bench.make_archive (invented stories, a thousand a
day up to now, with URLs, tags and the FTS index); the dedupe stage's saved index is
then built as the previous crawl would have left it (aggregator/story_index.py: the
last KENEWS_DEDUPE_DAYS days of stories). Then crawl_bench's crawl of the mirror runs
into it, in a child process, and the cost per stored article is compared: the whole
process's CPU per article, and the dedupe and storage stages' own.

Target (issue 9): CPU per article with 100k stories stored within 20 % of that with 1k.

Usage: python bench/growth_bench.py [--pages 20000] [--sizes 1000,10000,100000] [--server nginx|python]
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from analyst_bench import make_archive  # noqa: E402
from crawl_bench import OUT, StaticServer, crawl, database_figures, mirror_dir, stage_cpu  # noqa: E402

TARGET_RATIO = 1.20


def warm_dedupe_index(db_path: Path) -> bool:
    """Leave the dedupe stage's saved index next to the database, as a previous crawl would."""
    try:
        from aggregator.story_index import close_story_index, open_story_index
    except ImportError:  # a checkout without the saved index: every crawl rebuilds it
        return False
    from storage.schema import open_db

    db = open_db(str(db_path))
    try:
        open_story_index(str(db_path), db)
        close_story_index(str(db_path))
    finally:
        db.close()
    return True


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=20000, help="pages in the mirror (default 20000)")
    parser.add_argument("--sizes", default="1000,10000,100000", help="stories already stored, comma-separated")
    parser.add_argument("--server", choices=("auto", "nginx", "python"), default="auto")
    parser.add_argument("--keep", action="store_true", help="keep the databases in bench/out")
    args = parser.parse_args(argv)
    sizes = [int(size) for size in args.sizes.split(",")]

    mirror = mirror_dir(args.pages)
    work = Path(tempfile.mkdtemp(prefix="kenews-growth-", dir=OUT))
    rows = []
    try:
        with StaticServer(mirror, args.server) as server:
            for size in sizes:
                db = work / f"growth-{size}.db"
                print(f"archive of {size} stories …", file=sys.stderr, flush=True)
                archive = make_archive(db, size)
                warmed = warm_dedupe_index(db)
                before = database_figures(db)["bytes"]
                result = crawl(db, server.url)
                after = database_figures(db)
                stored = result["run"]["stored"]
                stages = stage_cpu(result)
                rows.append({
                    "archive": size, "archive_seconds": archive["seconds"], "index_warmed": warmed,
                    "stored": stored, "duplicates": result["run"]["duplicates"], "wall": round(result["wall"], 1),
                    "cpu": round(result["cpu"], 1), "articles_per_s": round(stored / result["wall"], 1),
                    "cpu_ms_per_article": round(1000 * result["cpu"] / max(stored, 1), 3),
                    "dedupe_ms": round(1000 * stages["dedupe"], 3), "storage_ms": round(1000 * stages["storage"], 3),
                    "peak_rss_mb": round(result["peak_rss_mb"]), "peak_pss_mb": round(result["peak_pss_mb"]),
                    "db_bytes_per_1000_new": round((after["bytes"] - before) / max(stored, 1) * 1000),
                })
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"{'stored before':>13} {'new':>6} {'dup':>4} {'wall s':>7} {'CPU s':>7} {'art/s':>6} {'CPU ms/art':>10} "
          f"{'dedupe ms':>9} {'storage ms':>10} {'RSS MB':>6} {'PSS MB':>6} {'KB/new story':>12}")
    for row in rows:
        print(f"{row['archive']:>13} {row['stored']:>6} {row['duplicates']:>4} {row['wall']:>7.1f} {row['cpu']:>7.1f} "
              f"{row['articles_per_s']:>6.1f} {row['cpu_ms_per_article']:>10.2f} {row['dedupe_ms']:>9.3f} "
              f"{row['storage_ms']:>10.3f} {row['peak_rss_mb']:>6} {row['peak_pss_mb']:>6} {row['db_bytes_per_1000_new'] / 1000 / 1024:>12.1f}")
    first, last = rows[0], rows[-1]
    ratio = last["cpu_ms_per_article"] / first["cpu_ms_per_article"]
    dedupe_storage = ((last["dedupe_ms"] + last["storage_ms"]) / max(first["dedupe_ms"] + first["storage_ms"], 1e-9))
    met = ratio <= TARGET_RATIO
    print()
    print(f"CPU per article at {last['archive']} stored / at {first['archive']}: {ratio:.2f} "
          f"(target ≤ {TARGET_RATIO}): {'met' if met else 'NOT met'}; dedupe + storage alone: {dedupe_storage:.2f}")
    print(json.dumps({"bench": "growth", "pages": args.pages, "server": server.kind, "target_ratio": TARGET_RATIO,
                      "cpu_per_article_ratio": round(ratio, 3), "dedupe_storage_ratio": round(dedupe_storage, 3),
                      "met": met, "runs": rows}))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Measure tag_story on the invented dev set: precision and recall per tag kind, primary subject, speed.

    python bench/make_tagging_devset.py   # when the set's source changes
    python bench/tagging_bench.py [--show-errors]

Prints one table per split (dev: the set the rules were tuned on; heldout:
other templates, only measured), the speed on one core, and a final JSON line.
Targets: primary subject >= 90 %, county and organisation precision >= 98 %
and recall >= 95 %, >= 1,000 stories/s.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.tagging import tag_story, vocabulary  # noqa: E402

DEVSET = Path(__file__).parent / "data" / "tagging_devset.jsonl"
KINDS = {"subject": "subjects", "county": "counties", "organisation": "organisations", "person": "people"}


def load(path: Path = DEVSET) -> list[dict]:
    with path.open(encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def tags_for(record: dict) -> list[dict]:
    return tag_story(record["title"], record["lead"], record["body"], section=record["section"],
                     site_tags=record["site_tags"], language=record["language"])


def score(records: list[dict]) -> tuple[dict, list[str]]:
    """Micro precision/recall per kind and primary-subject accuracy, plus one line per error."""
    counts = {kind: {"tp": 0, "fp": 0, "fn": 0} for kind in KINDS}
    primary_right = 0
    errors = []
    for record in records:
        tags = tags_for(record)
        expected = record["expected"]
        subjects = [t["code"] for t in tags if t["kind"] == "subject"]
        if subjects and subjects[0] == expected["primary"]:
            primary_right += 1
        else:
            errors.append(f"{record['id']} primary: got {subjects[:1]} want {expected['primary']}")
        for kind, key in KINDS.items():
            got = {t["code"] for t in tags if t["kind"] == kind}
            want = set(expected[key])
            counts[kind]["tp"] += len(got & want)
            counts[kind]["fp"] += len(got - want)
            counts[kind]["fn"] += len(want - got)
            if kind != "subject" and got != want:
                errors.append(f"{record['id']} {kind}: extra {sorted(got - want)} missing {sorted(want - got)}")
    result = {"stories": len(records), "primary_accuracy": primary_right / len(records) if records else 0.0}
    for kind, c in counts.items():
        result[f"{kind}_precision"] = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        result[f"{kind}_recall"] = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
    return result, errors


def stories_per_second(records: list[dict], seconds: float = 2.0) -> float:
    vocabulary()  # built once per process; not part of the per-story cost
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for record in records:
            tags_for(record)
        done += len(records)
    return done / (time.perf_counter() - start)


def print_table(name: str, result: dict) -> None:
    print(f"\n{name}: {result['stories']} stories, primary subject {result['primary_accuracy']:.1%}")
    print(f"{'kind':<14}{'precision':>10}{'recall':>9}")
    for kind in KINDS:
        print(f"{kind:<14}{result[kind + '_precision']:>10.1%}{result[kind + '_recall']:>9.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-errors", action="store_true", help="list every wrong or missing tag")
    args = parser.parse_args()

    records = load()
    results = {}
    for split in ("dev", "heldout", "all"):
        chosen = [r for r in records if split == "all" or r["split"] == split]
        results[split], errors = score(chosen)
        print_table(split, results[split])
        if args.show_errors and split != "all":
            for line in errors:
                print("  " + line)
    speed = stories_per_second(records)
    words = sum(len((r["title"] + " " + r["lead"] + " " + r["body"]).split()) for r in records) / len(records)
    print(f"\nspeed: {speed:,.0f} stories/s on one core (mean story {words:.0f} words)")
    # Real stories run to 500-800 words: time one that long too.
    long_story = dict(records[0], body=" ".join(r["body"] for r in records[:12]))
    long_speed = stories_per_second([long_story], seconds=1.0)
    long_words = len(long_story["body"].split())
    print(f"speed: {long_speed:,.0f} stories/s for a {long_words}-word story")

    summary = {
        "bench": "tagging",
        "stories": len(records),
        **{f"{split}_{key}": round(value, 4) for split in results for key, value in results[split].items()
           if key != "stories"},
        "stories_per_second": round(speed),
        "long_story_words": long_words,
        "long_stories_per_second": round(long_speed),
    }
    print(json.dumps(summary))


if __name__ == "__main__":
    main()

"""Measure clean_text on the labelled dev set: boilerplate removed, story kept, speed.

Reads bench/data/cleaning_devset.jsonl.gz (made by bench/make_cleaning_devset.py).
Prints the share of boilerplate lines removed and of story lines kept per
family, outlet and language over the tuned records (dev and the held-out
groups already used for fixes, which are therefore no longer held out), the
same per family for the "unseen" groups (never tuned against), totals per
group beside each held-out group's first-run figures, the throughput on one
core (articles per CPU second of this process, so that other load on the
machine does not count), then one JSON line.

When /work/shared/extraction-benchmark is present it also runs clean_text over
those 91 real article bodies (other publishers' text, boilerplate removed by
hand) and lists every line it would drop, for a human to judge.

Targets, on the tuned records: >= 99 % boilerplate removed, >= 99.5 % story
kept; >= 2,000 articles/s. The unseen group is reported, not targeted.

Usage: python bench/cleaning_bench.py [--devset PATH] [--seconds 3] [--misses]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.cleaning import clean_text  # noqa: E402
from bench.make_cleaning_devset import FIRST_RUN  # noqa: E402

DEVSET = Path(__file__).parent / "data" / "cleaning_devset.jsonl.gz"
# Held-out groups written apart from the rules, by someone who never read them
# (bench/make_cleaning_heldout.py): measured with the dev set unless --devset says otherwise.
HELDOUT = sorted((Path(__file__).parent / "data").glob("cleaning_heldout_*.jsonl.gz"))
REAL_BODIES = Path("/work/shared/extraction-benchmark/ground-truth.json")
# Zero-width characters: a line made of them is blank, to the bench as to clean_text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
TARGETS = {"boilerplate_removed": 0.99, "story_kept": 0.995, "articles_per_s": 2000}
HEADER = f"  {'':<28}{'boilerplate removed':<18}  {'story kept':<16}"
TOTALS_HEADER = HEADER + f"  {'status':<8}  first run (removed / kept)"


def load(path: Path) -> list[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def kept_lines(record: dict, cleaned: str) -> list[bool]:
    """For each labelled line, whether it survives in `cleaned` (in order)."""
    paragraphs = cleaned.split("\n\n") if cleaned else []
    position = 0
    kept = []
    for line in record["lines"]:
        if position < len(paragraphs) and paragraphs[position] == " ".join(line["text"].split()):
            kept.append(True)
            position += 1
        else:
            kept.append(False)
    if position != len(paragraphs):
        raise SystemExit(f"{record['id']}: clean_text rewrote or reordered a line: {paragraphs[position]!r}")
    return kept


class Tally:
    """Boilerplate lines removed and story lines kept, under any number of keys."""

    def __init__(self):
        self.counts = defaultdict(lambda: [0, 0, 0, 0])  # removed, boilerplate, kept, story

    def add(self, keys, line: dict, kept: bool) -> None:
        for key in keys:
            count = self.counts[key]
            if line["label"] == "drop":
                count[0] += not kept
                count[1] += 1
            else:
                count[2] += kept
                count[3] += 1

    def shares(self, key) -> tuple[float | None, float | None]:
        removed, boilerplate, kept, story = self.counts[key]
        return (removed / boilerplate if boilerplate else None, kept / story if story else None)

    def row(self, key, label: str) -> str:
        removed, boilerplate, kept, story = self.counts[key]
        drop_share, keep_share = self.shares(key)
        removed_cell = f"{drop_share:8.2%} of {boilerplate:<5}" if boilerplate else " " * 16
        kept_cell = f"{keep_share:8.2%} of {story:<5}" if story else ""
        return f"  {label:<28}{removed_cell}  {kept_cell}"

    def table(self, title: str, scope: str, facet: str) -> None:
        print(title)
        print(HEADER)
        for key in sorted(k for k in self.counts if isinstance(k, tuple) and k[:2] == (scope, facet)):
            print(self.row(key, key[2]))
        print()


def measure_quality(records: list[dict]) -> tuple[Tally, list[tuple[str, dict]]]:
    tally = Tally()
    misses = []
    for record in records:
        scope = "tuned" if record["tuned"] else "unseen"
        for line, kept in zip(record["lines"], kept_lines(record, clean_text(record["text"]))):
            family = "story (hard negatives)" if line["hard"] else line["family"]
            keys = [scope, record["group"], (scope, "family", family), (scope, "outlet", record["outlet"]),
                    (scope, "language", record["language"])]
            tally.add(keys, line, kept)
            if kept != (line["label"] == "keep"):
                misses.append((record["id"], line))
    return tally, misses


def measure_speed(records: list[dict], seconds: float) -> tuple[float, float]:
    """Articles per CPU second and per wall-clock second: medians of repeated full passes.

    CPU time (time.process_time) is the one-core figure: on a shared machine
    other processes stretch the wall clock but not this process's CPU time.
    """
    texts = [record["text"] for record in records]
    cpu_rates, wall_rates = [], []
    started = time.process_time()
    while time.process_time() - started < seconds or len(cpu_rates) < 5:
        cpu, wall = time.process_time(), time.perf_counter()
        for text in texts:
            clean_text(text)
        cpu_rates.append(len(texts) / (time.process_time() - cpu))
        wall_rates.append(len(texts) / (time.perf_counter() - wall))
    return statistics.median(cpu_rates), statistics.median(wall_rates)


def measure_real_bodies(path: Path) -> tuple[int, list[str]]:
    """Lines of real, hand-cleaned article bodies, and those clean_text drops."""
    bodies = [page["articleBody"] for page in json.loads(path.read_text(encoding="utf-8")).values()]
    total = 0
    dropped = []
    for body in bodies:
        lines = [" ".join(line.split()) for line in body.translate(INVISIBLE).splitlines() if line.strip()]
        kept = set(clean_text(body).split("\n\n"))
        total += len(lines)
        dropped += [line for line in lines if line not in kept]
    return total, dropped


def share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, action="append",
                        help=f"a labelled set (repeatable; default {DEVSET.name} and the held-out files)")
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time spent measuring speed")
    parser.add_argument("--misses", action="store_true", help="print every misclassified line")
    args = parser.parse_args()

    sets = args.devset or [DEVSET, *HELDOUT]
    records = [record for path in sets for record in load(path)]
    tally, misses = measure_quality(records)
    rate, wall_rate = measure_speed(records, args.seconds)
    groups = sorted({record["group"] for record in records}, key=lambda group: (group != "dev", group))
    unseen_groups = sorted({record["group"] for record in records if not record["tuned"]})
    tuned_groups = [group for group in groups if group not in unseen_groups]

    print(f"clean_text on {len(records)} articles ({', '.join(path.name for path in sets)})\n")
    tally.table(f"tuned set (dev, and {', '.join(group for group in tuned_groups if group != 'dev')}: held out once,"
                " tuned on since, so no longer held out), by family", "tuned", "family")
    tally.table("tuned set, by outlet", "tuned", "outlet")
    tally.table("tuned set, by language", "tuned", "language")
    if unseen_groups:
        tally.table(f"unseen ({', '.join(unseen_groups)}: never tuned against), by family", "unseen", "family")
    print("totals")
    print(TOTALS_HEADER)
    for key in groups:
        first = FIRST_RUN.get(key)
        first_cell = f"{first[0]:.2%} / {first[1]:.2%}" if first else ""
        print(tally.row(key, key).ljust(len(HEADER)) + f"  {'unseen' if key in unseen_groups else 'tuned':<8}  "
              + first_cell)
    for key in ["tuned", "unseen"]:
        if tally.counts.get(key):
            print(tally.row(key, key))
    print(f"\nthroughput: {rate:,.0f} articles per CPU second on one core ({wall_rate:,.0f}/s by the wall clock;"
          f" medians of repeated passes over all {len(records)})")

    result = {"articles": len(records),
              "boilerplate_removed": share(tally.shares("tuned")[0]),
              "story_kept": share(tally.shares("tuned")[1]),
              "unseen_boilerplate_removed": share(tally.shares("unseen")[0]),
              "unseen_story_kept": share(tally.shares("unseen")[1])}
    for group in groups:
        removed, kept = tally.shares(group)
        result[f"{group}_boilerplate_removed"] = share(removed)
        result[f"{group}_story_kept"] = share(kept)
    result["articles_per_s"] = round(rate)
    result["articles_per_wall_s"] = round(wall_rate)
    if REAL_BODIES.exists():
        total, dropped = measure_real_bodies(REAL_BODIES)
        print(f"real bodies (extraction benchmark): {total - len(dropped)} of {total} lines kept"
              f" ({(total - len(dropped)) / total:.2%}); dropped:")
        for line in dropped:
            print(f"  {line[:110]!r}")
        result["real_body_lines_kept"] = round((total - len(dropped)) / total, 4)
    if args.misses:
        print("\nmisclassified lines")
        for record_id, line in misses:
            print(f"  {record_id:<26} {line['label']:<5} {line['family']:<16} {line['text'].strip()[:100]!r}")
    else:
        print(f"\n{len(misses)} misclassified lines (--misses lists them)")
    result["targets_met"] = (result["boilerplate_removed"] >= TARGETS["boilerplate_removed"]
                             and result["story_kept"] >= TARGETS["story_kept"]
                             and result["articles_per_s"] >= TARGETS["articles_per_s"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()

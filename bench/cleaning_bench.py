"""Measure clean_text on the labelled dev set: boilerplate removed, story kept, speed.

Reads bench/data/cleaning_devset.jsonl (make it with bench/make_cleaning_devset.py)
and prints, per family, per outlet and per group (dev and the held-out groups), the share of
boilerplate lines removed and of story lines kept, then the throughput on one
core, then one JSON line. When /work/shared/extraction-benchmark is present it
also runs clean_text over those 91 real article bodies (other publishers' text,
boilerplate already removed by hand) and reports how many lines it would drop.

Targets: >= 99 % boilerplate removed, >= 99.5 % story kept, >= 2,000 articles/s.

Usage: python bench/cleaning_bench.py [--devset PATH] [--seconds 3] [--misses]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aggregator.cleaning import clean_text  # noqa: E402

DEVSET = Path(__file__).parent / "data" / "cleaning_devset.jsonl"
REAL_BODIES = Path("/work/shared/extraction-benchmark/ground-truth.json")
# Zero-width characters: a line made of them is blank, to the bench as to clean_text.
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))
TARGETS = {"boilerplate_removed": 0.99, "story_kept": 0.995, "articles_per_s": 2000}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
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
        cell = lambda share, n: f"{share:8.2%} of {n:<5}" if share is not None else " " * 16  # noqa: E731
        return f"  {label:<28}{cell(drop_share, boilerplate)}  {cell(keep_share, story)}"


def measure_quality(records: list[dict]) -> tuple[Tally, list[tuple[str, dict]]]:
    tally = Tally()
    misses = []
    for record in records:
        for line, kept in zip(record["lines"], kept_lines(record, clean_text(record["text"]))):
            family = "story (hard negatives)" if line["hard"] else line["family"]
            keys = ["all", record["group"], ("family", family), ("outlet", record["outlet"]),
                    ("language", record["language"]), (record["group"], "family", line["family"])]
            tally.add(keys, line, kept)
            if kept != (line["label"] == "keep"):
                misses.append((record["id"], line))
    return tally, misses


def measure_speed(records: list[dict], seconds: float) -> float:
    """Articles per second on one core: the median of repeated full passes."""
    texts = [record["text"] for record in records]
    rates = []
    started = time.perf_counter()
    while time.perf_counter() - started < seconds or len(rates) < 5:
        begin = time.perf_counter()
        for text in texts:
            clean_text(text)
        rates.append(len(texts) / (time.perf_counter() - begin))
    return statistics.median(rates)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--seconds", type=float, default=3.0, help="minimum time spent measuring speed")
    parser.add_argument("--misses", action="store_true", help="print every misclassified line")
    args = parser.parse_args()

    records = load(args.devset)
    tally, misses = measure_quality(records)
    rate = measure_speed(records, args.seconds)

    header = f"  {'':<28}{'boilerplate removed':<18}  {'story kept':<16}"
    print(f"clean_text on {len(records)} articles ({args.devset.name})\n")
    for title, prefix in (("by family", "family"), ("by outlet", "outlet"), ("by language", "language")):
        print(title)
        print(header)
        for key in sorted(k for k in tally.counts if isinstance(k, tuple) and k[0] == prefix):
            print(tally.row(key, key[1]))
        print()
    groups = sorted({record["group"] for record in records})
    for group in groups:
        if group == "dev":
            continue
        print(f"{group} (held-out phrasings), by family")
        print(header)
        for key in sorted(k for k in tally.counts if isinstance(k, tuple) and k[0] == group):
            print(tally.row(key, key[2]))
        print()
    print("totals")
    print(header)
    for key in groups + ["all"]:
        print(tally.row(key, key))
    print(f"\nthroughput: {rate:,.0f} articles/s (one core, median of repeated passes)")

    result = {"articles": len(records),
              "boilerplate_removed": round(tally.shares("all")[0], 4),
              "story_kept": round(tally.shares("all")[1], 4)}
    for group in groups:
        removed, kept = tally.shares(group)
        result[f"{group}_boilerplate_removed"] = round(removed, 4)
        result[f"{group}_story_kept"] = round(kept, 4)
    result["articles_per_s"] = round(rate)
    if REAL_BODIES.exists():
        total, dropped = measure_real_bodies(REAL_BODIES)
        print(f"real bodies (extraction benchmark): {total - len(dropped)} of {total} lines kept"
              f" ({(total - len(dropped)) / total:.2%})")
        for line in dropped:
            print(f"  dropped: {line[:100]!r}")
        result["real_body_lines_kept"] = round((total - len(dropped)) / total, 4)
    if args.misses:
        print("\nmisclassified lines")
        for record_id, line in misses:
            print(f"  {record_id:<22} {line['label']:<5} {line['family']:<16} {line['text'].strip()[:110]!r}")
    else:
        print(f"\n{len(misses)} misclassified lines (--misses lists them)")
    result["targets_met"] = (result["boilerplate_removed"] >= TARGETS["boilerplate_removed"]
                             and result["story_kept"] >= TARGETS["story_kept"]
                             and result["articles_per_s"] >= TARGETS["articles_per_s"])
    print(json.dumps(result))


if __name__ == "__main__":
    main()

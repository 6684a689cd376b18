"""Measure deduplication: URL canonicalisation, merge decisions, event clusters and speed.

Runs the labelled stream from `make_dedupe_set.py` through `DedupeIndex` the way
the pipeline does (find; add when new; re-add when the new text is fuller), then
through `ClusterIndex` for every new story, and compares with the labels:

  - merge precision / recall / F1 over item pairs (same story or not), recall per
    variant kind, and how many near misses (write-ups, same-topic articles,
    follow-ups) were merged into another story: that must be 0;
  - cluster precision / recall over story pairs (same event or not), plus how many
    same-topic and follow-up stories landed in their neighbour's cluster;
  - canonical URLs: variants that reach their article's canonical URL, and distinct
    articles that collide;
  - find+add time per item with 1k, 10k and 100k stories already indexed, save/load
    time and peak memory.

Prints tables, then one JSON line.

    python bench/dedupe_bench.py                  # full run, a few minutes
    python bench/dedupe_bench.py --sizes 1000     # quick look
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from collections import Counter, defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.dirname(__file__))

from aggregator.dedupe import ClusterIndex, DedupeIndex  # noqa: E402
from aggregator.urls import canonical_url  # noqa: E402
from make_dedupe_set import background_articles, make_set, url_cases  # noqa: E402

NEAR_MISSES = ("writeup", "same_topic", "follow_up", "recurring")


def run_stream(items: list[dict], index: DedupeIndex, clusters: ClusterIndex | None = None) -> tuple[dict, dict, Counter]:
    """Feed items in order; returns item id -> predicted story, story id -> cluster, match kinds."""
    predicted, cluster_of, kinds = {}, {}, Counter()
    for item in items:
        match = index.find(item["body"])
        if match is None:
            index.add(item["id"], item["body"], item["when"])
            predicted[item["id"]] = item["id"]
            kinds["new"] += 1
            if clusters is not None:
                cluster_of[item["id"]] = clusters.assign(
                    item["id"], item["title"], item["lead"], item["body"], item["when"], item["source"]
                )
            continue
        predicted[item["id"]] = match.story_id
        kinds[match.kind] += 1
        if match.fuller:
            index.add(match.story_id, item["body"], item["when"])
    return predicted, cluster_of, kinds


def pair_scores(truth: dict, predicted: dict) -> tuple[float, float, float]:
    """Pairwise precision, recall and F1 of two partitions given as key -> group."""
    def pairs(groups: dict) -> set:
        members = defaultdict(list)
        for key, group in groups.items():
            members[group].append(key)
        return {tuple(sorted(pair)) for keys in members.values() for pair in itertools.combinations(keys, 2)}

    true_pairs, found_pairs = pairs(truth), pairs(predicted)
    hits = len(true_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def quality(seed: int, events: int, warm: int) -> dict:
    items = make_set(seed, events)
    # A crawl meets new items with months of stories already indexed: start warm.
    index, clusters = DedupeIndex(), ClusterIndex()
    for number, (_, body, when) in enumerate(background_articles(seed + 3000, warm)):
        index.add(f"warm{number}", body, when)
    started = time.perf_counter()
    predicted, cluster_of, kinds = run_stream(items, index, clusters)
    elapsed = time.perf_counter() - started
    story_of = {item["id"]: item["story"] for item in items}
    precision, recall, f1 = pair_scores(story_of, predicted)
    # A match with a warm-up story is a false merge too.
    story_of.update({story: story for story in set(predicted.values()) if story.startswith("warm")})

    first_of_story = {}
    for item in items:
        first_of_story.setdefault(item["story"], item["id"])
    per_kind = defaultdict(lambda: [0, 0])
    false_merges = Counter()
    for item in items:
        first = first_of_story[item["story"]]
        got = predicted[item["id"]]
        if item["id"] != first:
            # Recalled only if it joined the story its first item started (a split story is a miss).
            per_kind[item["kind"]][0] += got == predicted[first]
            per_kind[item["kind"]][1] += 1
        if story_of[got] != item["story"]:
            false_merges[item["kind"]] += 1

    print(f"merge decisions: {len(items)} items on {warm} indexed stories, {len(first_of_story)} true stories, "
          f"{len(set(predicted.values()))} found, {elapsed / len(items) * 1000:.2f} ms/item")
    print(f"  match kinds: {dict(kinds)}")
    print(f"  {'variant kind':<20}{'merged':>8}{'of':>6}{'recall':>9}")
    for kind, (hit, total) in sorted(per_kind.items()):
        print(f"  {kind:<20}{hit:>8}{total:>6}{hit / total:>9.3f}")
    print(f"  pairwise precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}")
    negatives_merged = sum(count for kind, count in false_merges.items() if kind.startswith(NEAR_MISSES))
    print(f"  merged into another story: {sum(false_merges.values())} {dict(false_merges)}; "
          f"of them near misses: {negatives_merged}")

    # Clusters, over the stories the index kept (one per predicted story).
    event_of = {item["id"]: item["event"] for item in items}
    truth = {story: event_of[story] for story in cluster_of}
    c_precision, c_recall, c_f1 = pair_scores(truth, cluster_of)
    by_id = {item["id"]: item for item in items}
    related_story = {}
    for item in items:
        if item["id"] in cluster_of and item["kind"] in ("same_topic", "follow_up", "recurring"):
            related_story[item["id"]] = first_of_story[item["related"]]
    clustered_near = Counter(
        by_id[story]["kind"] for story, related in related_story.items()
        if related in cluster_of and cluster_of[story] == cluster_of[related]
    )
    print(f"event clusters: {len(cluster_of)} stories, {len(set(truth.values()))} true events, "
          f"{len(set(cluster_of.values()))} clusters")
    print(f"  pairwise precision {c_precision:.4f}  recall {c_recall:.4f}  F1 {c_f1:.4f}")
    print(f"  near misses clustered with their neighbour: {dict(clustered_near)} "
          f"of {dict(Counter(by_id[s]['kind'] for s in related_story))}")
    return {
        "items": len(items),
        "merge_precision": round(precision, 4), "merge_recall": round(recall, 4), "merge_f1": round(f1, 4),
        "recall_by_kind": {kind: round(hit / total, 4) for kind, (hit, total) in sorted(per_kind.items())},
        "negatives_merged": negatives_merged, "false_merges": sum(false_merges.values()),
        "cluster_precision": round(c_precision, 4), "cluster_recall": round(c_recall, 4), "cluster_f1": round(c_f1, 4),
        "near_misses_clustered": sum(clustered_near.values()),
    }


def urls(seed: int, count: int) -> dict:
    cases = url_cases(seed, count)
    canonical = [canonical_url(url) for url, _ in cases]
    variants = [(key, variant) for key, (_, found) in zip(canonical, cases) for variant in found]
    reached = sum(canonical_url(variant) == key for key, variant in variants)
    collisions = len(canonical) - len(set(canonical))
    print(f"canonical URLs: {reached}/{len(variants)} variants reach their article's key, "
          f"{collisions} collisions among {len(canonical)} articles")
    return {"url_variant_recall": round(reached / len(variants), 4), "url_collisions": collisions}


def speed(seed: int, sizes: list[int], probe_events: int) -> dict:
    """find+add per item with `size` stories already indexed, on a probe stream of fresh items and variants.

    CPU time of this process is the figure that counts (one core; the machine may be
    shared), wall time is printed beside it.
    """
    index = DedupeIndex()
    fill = background_articles(seed + 1000, max(sizes))
    filled, fill_cpu, results = 0, 0.0, {}
    print(f"speed: probe stream of ~{probe_events * 7} items per size")
    print(f"  {'indexed':>9}{'fill add/s':>12}{'probe items/s':>15}{'cpu ms/item':>13}{'wall ms/item':>14}")
    for step, size in enumerate(sizes):
        for _, body, when in itertools.islice(fill, size - filled):
            started = time.process_time()
            index.add(f"bg{filled}", body, when)
            fill_cpu += time.process_time() - started
            filled += 1
        probes = make_set(seed + 2000 + step, probe_events)
        for item in probes:
            item["id"] = f"p{step}-{item['id']}"
        cpu, wall = time.process_time(), time.perf_counter()
        run_stream(probes, index)
        cpu = (time.process_time() - cpu) / len(probes)
        wall = (time.perf_counter() - wall) / len(probes)
        results[size] = 1 / cpu
        print(f"  {size:>9}{filled / fill_cpu:>12.0f}{1 / cpu:>15.0f}{cpu * 1000:>13.2f}{wall * 1000:>14.2f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "dedupe.npz")
        started = time.perf_counter()
        index.save(path)
        saved = time.perf_counter() - started
        megabytes = os.path.getsize(path) / 1e6
        del index
        started = time.perf_counter()
        loaded = DedupeIndex.load(path)
        load_time = time.perf_counter() - started
    print(f"  save {saved:.1f} s, load {load_time:.1f} s ({len(loaded)} stories, {megabytes:.0f} MB file); "
          f"peak memory with the largest index {peak:.0f} MB")
    out = {f"items_per_s_{size // 1000}k": round(rate) for size, rate in results.items()}
    out.update({"save_s": round(saved, 2), "load_s": round(load_time, 2), "index_file_mb": round(megabytes, 1),
                "peak_rss_mb": round(peak)})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--events", type=int, default=400, help="base events in the labelled stream")
    parser.add_argument("--sizes", default="1000,10000,100000", help="index sizes to time find+add at")
    parser.add_argument("--probe-events", type=int, default=160)
    parser.add_argument("--warm", type=int, default=10000, help="stories indexed before the labelled stream")
    args = parser.parse_args()
    result = {"seed": args.seed}
    result.update(urls(args.seed, 500))
    result.update(quality(args.seed, args.events, args.warm))
    result.update(speed(args.seed, [int(size) for size in args.sizes.split(",")], args.probe_events))
    print(json.dumps(result))


if __name__ == "__main__":
    main()

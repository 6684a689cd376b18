"""Article-body quality on the shared extraction benchmark, every extractor in one run.

Rows: plain trafilatura (the baseline), our generic extractor, the generic extractor
followed by clean_text (does cleaning cost F1?), and extract_article's body when
aggregator.extraction provides `article_text`. The scorer and the 91 pages live in
../shared (tools/extraction_eval.py, extraction-benchmark/); without them this
prints why and exits 0.

Usage: python bench/extraction_bench.py [--repeat N]
Prints a table, then one JSON line.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TOOLS = REPO.parent / "shared" / "tools"
DATA = REPO.parent / "shared" / "extraction-benchmark"
# The bar for the generic extractor, from issue 4.
TARGET_F1 = 0.970

sys.path.insert(0, str(REPO))


def generic_then_clean(html: str, url: str | None) -> str:
    from aggregator.cleaning import clean_text
    from aggregator.generic import generic_body

    return clean_text(generic_body(html, url))


def extractor_rows() -> list[tuple[str, str | None]]:
    """(row name, scorer spec); spec None when the extractor cannot be imported."""
    rows = [
        ("trafilatura", "trafilatura"),
        ("generic_body", "aggregator.generic:generic_body"),
        ("generic_body+clean_text", f"{Path(__file__).resolve()}:generic_then_clean"),
    ]
    try:
        extraction = importlib.import_module("aggregator.extraction")
        spec = "aggregator.extraction:article_text" if hasattr(extraction, "article_text") else None
    except Exception:  # the module may not exist yet or may fail on import; the row says so
        spec = None
    rows.append(("extraction.article_text", spec))
    return rows


def score(scorer, spec: str, repeat: int) -> dict:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        scorer.main([spec, "--data", str(DATA), "--subset", "all", "--path", str(REPO),
                     "--repeat", str(repeat), "--quiet"])
    return json.loads(out.getvalue().strip().splitlines()[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="timing rounds per extractor (default 1)")
    args = parser.parse_args(argv)

    missing = [p for p in (TOOLS / "extraction_eval.py", DATA / "ground-truth.json") if not p.is_file()]
    if missing:
        print(f"extraction benchmark not found ({', '.join(map(str, missing))}); nothing to measure")
        return 0
    sys.path.insert(0, str(TOOLS))
    scorer = importlib.import_module("extraction_eval")

    results = {}
    n_docs = 0
    print(f"{'extractor':<26} {'precision':>9} {'recall':>7} {'F1':>7} {'F1 std':>7} "
          f"{'accuracy':>8} {'docs/s':>7}")
    for name, spec in extractor_rows():
        if spec is None:
            print(f"{name:<26} not available")
            results[name] = None
            continue
        r = score(scorer, spec, args.repeat)
        n_docs = r["n_docs"]
        results[name] = {key: r.get(key) for key in
                         ("precision", "recall", "f1", "f1_std", "accuracy", "pages_per_second", "errors")}
        print(f"{name:<26} {r['precision']:>9.4f} {r['recall']:>7.4f} {r['f1']:>7.4f} {r['f1_std']:>7.4f} "
              f"{r['accuracy']:>8.4f} {r['pages_per_second']:>7.1f}")

    baseline = results["trafilatura"]["f1"]
    generic = results["generic_body"]["f1"]
    cleaned = results["generic_body+clean_text"]["f1"]
    summary = {
        "bench": "extraction",
        "n_docs": n_docs,
        "target_f1": TARGET_F1,
        "generic_minus_trafilatura_f1": round(generic - baseline, 4),
        "clean_text_f1_change": round(cleaned - generic, 4),
        "generic_meets_target": generic >= TARGET_F1 and generic >= baseline,
        "results": results,
    }
    print()
    print(f"generic_body F1 {generic:.4f} vs trafilatura {baseline:.4f} "
          f"({summary['generic_minus_trafilatura_f1']:+.4f}); target {TARGET_F1}: "
          f"{'met' if summary['generic_meets_target'] else 'NOT met'}")
    print(f"clean_text changes generic_body F1 by {summary['clean_text_f1_change']:+.4f}")
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Layout-drift detection: is a site's latest crawl worse than its own recent past?

A site that changes its markup rarely breaks loudly: its pages still parse,
through fallbacks, with fields missing. Each run records per site how many
articles the site's own layout parsed and how many lacked a title, date,
author or body (`crawl_run_sites`); this module compares the latest run with
the site's earlier runs and says what got worse.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# A share must move at least this much (and past the floor) to be flagged:
# one odd page in a small run should not page the operator.
SHARE_WORSENED_BY = 0.2
MIN_ARTICLES = 1

FIGURES = {
    "layout": "parsed by the site's own layout",
    "title": "articles with a title",
    "date": "articles with a date",
    "author": "articles with an author",
    "body": "articles with a body",
}


@dataclass
class SiteHealth:
    source: str
    runs: int
    latest: dict  # figure → share in the latest run (None when it parsed no article)
    baseline: dict  # figure → share over the earlier runs
    problems: list[str] = field(default_factory=list)

    @property
    def flagged(self) -> bool:
        return bool(self.problems)


def shares(row: dict) -> dict:
    """Figure → share of the run's articles (None when the run parsed none)."""
    articles = row["parsed_by_layout"] + row["parsed_by_fallback"]
    if articles < MIN_ARTICLES:
        return {name: None for name in FIGURES}
    return {
        "layout": row["parsed_by_layout"] / articles,
        "title": 1 - row["missing_title"] / articles,
        "date": 1 - row["missing_date"] / articles,
        "author": 1 - row["missing_author"] / articles,
        "body": 1 - row["missing_body"] / articles,
    }


def site_health(source: str, runs: list[dict]) -> SiteHealth:
    """`runs`: the site's `crawl_run_sites` rows, newest first."""
    latest_row, earlier = runs[0], runs[1:]
    latest = shares(latest_row)
    totals = {key: sum(row[key] for row in earlier) for key in (
        "parsed_by_layout", "parsed_by_fallback", "missing_title", "missing_date", "missing_author", "missing_body")}
    baseline = shares(totals) if earlier else {name: None for name in FIGURES}
    health = SiteHealth(source=source, runs=len(runs), latest=latest, baseline=baseline)
    for name, description in FIGURES.items():
        now, before = latest[name], baseline[name]
        if now is not None and before is not None and before - now >= SHARE_WORSENED_BY:
            health.problems.append(f"{description}: {now:.0%} now, {before:.0%} before")
    if latest_row["discovery_failed"]:
        health.problems.append(f"{latest_row['discovery_failed']} feed/sitemap/listing failed")
    return health

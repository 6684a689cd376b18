"""`kenews import`: JSON Lines through the crawl's own pipelines."""

import json

import sqlite_utils

from tests.conftest import run_kenews

STORY = {
    "url": "https://www.the-star.co.ke/news/2026-05-01-kisumu-port-reopens/",
    "title": "Kisumu port reopens after repairs",
    "body": "The port of Kisumu reopened on Monday after three months of repairs.\n\n"
            "Ships will resume trips to Jinja and Mwanza this week, the ports authority said.\n\n"
            "ALSO READ: Lake Victoria ferry fares drop",
    "source": "star", "published_at": "2026-05-01 10:00:00", "authors": ["Jane Atieno"], "section": "News",
}


def write_lines(path, lines):
    path.write_text("\n".join(line if isinstance(line, str) else json.dumps(line) for line in lines) + "\n")


def test_import_runs_the_pipelines_and_reports_bad_lines(tmp_path, db_path):
    source = tmp_path / "items.jsonl"
    write_lines(source, [
        STORY,
        "{not json",
        {"url": "https://example.org/x", "body": "no title"},
        {**STORY, "url": STORY["url"] + "?utm_source=twitter"},
        {"url": "https://wire.example/kisumu", "title": "Kisumu port reopens", "body": STORY["body"], "source": "wire"},
    ])
    result = run_kenews("import", str(source), "--db", db_path)
    assert result.returncode == 3
    assert "line 2: invalid JSON" in result.stderr
    assert "line 3: missing title" in result.stderr
    assert "1 new, 0 updated, 1 unchanged, 1 duplicates" in result.stdout
    db = sqlite_utils.Database(db_path)
    (story,) = db["stories"].rows
    assert story["published_at"] == "2026-05-01T07:00:00Z"  # naive → EAT → UTC
    assert "ALSO READ" not in story["body"]  # cleaned like a crawled page
    assert json.loads(story["authors"]) == ["Jane Atieno"]
    assert {row["source"] for row in db["story_urls"].rows} == {"star", "wire"}
    assert db["sources"].get("wire")["name"] == "wire"


def test_import_from_stdin(db_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    result = subprocess.run([sys.executable, "-m", "aggregator.cli", "import", "-", "--db", db_path], cwd=REPO,
                            input=json.dumps(STORY) + "\n", capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert sqlite_utils.Database(db_path)["stories"].count == 1

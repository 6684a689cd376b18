"""`kenews retag`: stories stored under older rules get the current tags."""

import sqlite_utils

from tests.conftest import run_kenews


def test_retag_restores_tags_and_reports_changes(tmp_path):
    db_path = str(tmp_path / "news.db")
    assert run_kenews("crawl", "--demo", "tuko", "standard", "kenyans", "--db", db_path).returncode == 0
    db = sqlite_utils.Database(db_path)
    tagged = {(row["story_id"], row["tag_id"]) for row in db["story_tags"].rows}
    assert tagged, "the crawl tagged nothing"
    # Stories tagged by an older, poorer rule set: here, no tags at all.
    db.execute("DELETE FROM story_tags")
    db.conn.commit()
    result = run_kenews("retag", "--db", db_path)
    assert result.returncode == 0, result.stderr
    stories = db["stories"].count
    assert result.stdout.strip() == f"kenews retag: {stories} stories, {stories} with new tags"
    assert {(row["story_id"], row["tag_id"]) for row in db["story_tags"].rows} == tagged
    # The whole vocabulary is documented in `tags`, used or not: all 47 counties.
    assert db.execute("SELECT count(*) FROM tags WHERE kind = 'county'").fetchone()[0] == 47
    again = run_kenews("retag", "--db", db_path)
    assert again.stdout.strip() == f"kenews retag: {stories} stories, 0 with new tags"

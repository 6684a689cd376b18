"""`kenews retag`: apply the current tagging rules to every stored story.

Rules improve; stories stored under older rules must benefit. Stories are
read in id order in batches and each batch is written in one transaction, so
a stopped retag leaves every story either with its old tags or its new ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from aggregator.tagging import all_tags, tag_story
from storage.queries import stories_to_tag
from storage.schema import open_db
from storage.writes import save_story_tags, sync_tag_vocabulary, write_transaction


@dataclass
class RetagResult:
    stories: int = 0
    changed: int = 0

    def summary(self) -> str:
        return f"kenews retag: {self.stories} stories, {self.changed} with new tags"


def retag(db_path: str, progress=None, batch_size: int = 500) -> RetagResult:
    db = open_db(db_path)
    result = RetagResult()
    try:
        sync_tag_vocabulary(db, all_tags())
        for batch in stories_to_tag(db, batch_size):
            with write_transaction(db):
                for story in batch:
                    tags = tag_story(story["title"], story["lead"], story["body"], section=story["section"],
                                     site_tags=json.loads(story["site_tags"] or "[]"), language=story["language"])
                    if save_story_tags(db, story["id"], tags, known_vocabulary=True):
                        result.changed += 1
            result.stories += len(batch)
            if progress:
                progress(result.stories)
    finally:
        db.close()
    return result

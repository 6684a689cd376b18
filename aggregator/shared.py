"""One object per database per process, opened by its first user and closed by its last.

Every crawler of a `kenews crawl` (one per site) runs its own pipelines in the same
process; the dedupe index and the writer process must still be one per database.
"""

from __future__ import annotations

import os
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class PerDatabase(Generic[T]):
    def __init__(self, close: Callable[[T], None]):
        self._close = close
        self._open: dict[str, tuple[T, int]] = {}

    def acquire(self, db_path: str, make: Callable[[], T]) -> T:
        """The database's object, made by `make()` for its first user."""
        key = os.path.abspath(db_path)
        if key in self._open:
            thing, users = self._open[key]
            self._open[key] = (thing, users + 1)
            return thing
        thing = make()
        self._open[key] = (thing, 1)
        return thing

    def release(self, db_path: str) -> None:
        """The last user closes it."""
        key = os.path.abspath(db_path)
        thing, users = self._open[key]
        if users > 1:
            self._open[key] = (thing, users - 1)
            return
        del self._open[key]
        self._close(thing)

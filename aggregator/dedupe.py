"""Story deduplication: count each story once, remember everywhere it appeared.

Plain library code; the pipelines call it and storage keeps the rows. Nothing here
touches SQLite: an index is rebuilt from rows the caller passes in, or saved to a file.

Text helpers
    `normalise_text(text)`  quotes, dashes, whitespace and case folded, one line.
    `content_hash(text)`    sha256 hex of the normalised text: the exact-duplicate key.

`DedupeIndex` finds the story a new text duplicates. Pass it the cleaned body
text (not the headline, which republishers change):

    index = DedupeIndex()
    match = index.find(text)            # Match or None
    if match is None:
        index.add(story_id, text, when)
    elif match.fuller:                  # storage keeps the fullest text...
        index.add(match.story_id, text, when)   # ...and the index follows it

`Match.kind` says how the text relates to the stored story:
    "exact"     the same normalised text;
    "near"      the same article edited: other boilerplate, ~10 % of words changed,
                a paragraph added or cut (MinHash over word 3-shingles: each text
                mostly inside the other);
    "teaser"    the new text is the opening of the stored story (a feed teaser);
    "contains"  the stored story is the opening of the new text (teaser stored first).
`Match.similarity` is the estimated Jaccard for "near", the containment for
"teaser"/"contains" and 1.0 for "exact". `Match.fuller` is True when the new text
is longer than the stored one (for "near", by more than FULLER_RATIO).

A teaser's shingles are a small part of the full article, so whole-text sketches
cannot find it: each story also keeps the exact shingles of its opening, and a
sketch of its first LEAD_WORDS words sits in a second LSH index. Near misses that read
almost alike (next month's price review, a rival lede with another death toll) are
told apart by their figures.

Shingles that many stories share (stock phrases, furniture that cleaning missed)
are left out of the sketches, so unrelated stories do not meet in the LSH buckets
and the cost per item stays about flat as the index grows.

The index holds a rolling window: `prune(before)` drops stories whose `when`
(published or first-seen time, ISO-8601) is older; stories added without `when`
stay until removed. It takes ~4.7 KB per story (sketches, openings, hashes and LSH
keys): ~0.25 GB for a 30-day window of 50k stories. `save(path)` / `DedupeIndex.load(path)` keep it across runs
(an .npz file, no pickle); `DedupeIndex.from_rows(rows)` rebuilds it from stored
rows when no file is at hand, at the cost of re-hashing every text.

`ClusterIndex` groups different write-ups of the same event by different outlets
under one cluster id (they stay separate stories); see its docstring.
"""

from __future__ import annotations

import hashlib
import math
import re
import sys
import unicodedata
import zlib
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import numpy as np

SHINGLE_WORDS = 3
NUM_PERM = 128
# A teaser's first OPENING_WORDS words (a lede and more: a WordPress feed excerpt is
# 55) must lie, word for word, in the first 2 * OPENING_WORDS words of its article,
# which leaves room for boilerplate in front of either.
OPENING_WORDS = 60
# The part of it sketched for the teaser LSH: short enough that a one-sentence
# teaser covers most of it (Jaccard ~0.7).
LEAD_WORDS = 20
# Below this many words a text is too short to call a near duplicate or a teaser
# (a headline-sized teaser would be "contained" in every article on its subject).
MIN_WORDS = 14

# Bands x rows of the two LSH indexes. Whole texts: 20 x 2 finds Jaccard 0.4 (10 %
# of words edited, common shingles left out) 97 % of the time, while two unrelated
# texts (Jaccard ~0.01) share a band once in ~5000 pairs. Openings: a teaser covers
# most of its article's, so 16 x 3 suffices and keeps formulaic ledes apart. Every
# band costs ~2 MB per 100k stories (20 bytes a story). Candidates are then checked on all NUM_PERM
# values and, for teasers, on the exact opening.
FULL_LSH_BANDS = (20, 2)
LEAD_LSH_BANDS = (16, 3)

# Shingles in more than this share of the stories indexed so far (and in at least
# COMMON_MIN_DOCS of them) are left out of the MinHash sketches: stock phrases and
# furniture that cleaning missed say nothing about which story a text is, and they
# make unrelated stories share LSH buckets, which is what would make the cost per
# item grow with the index. Openings are more formulaic ("The High Court on Monday
# suspended..."), so their limit is lower. Counts live in a fixed array of hashed
# buckets. Leaving out too much hurts: the words an editor changed then weigh more.
COMMON_SHARE = 0.02
COMMON_LEAD_SHARE = 0.005
COMMON_MIN_DOCS = 50
COUNT_BUCKETS = 1 << 22

# Each text this much inside the other (estimated). Copies edited by 10 % keep ~0.55
# after common shingles are left out; other write-ups of the event share < 0.25.
NEAR_CONTAINMENT = 0.4
# A teaser is its article's opening word for word, plus at most a "Read more" or a
# cut-off word: two shingles. One other word (a different town) costs three.
TEASER_FOREIGN_SHINGLES = 2
TEASER_CONTAINMENT = 0.75  # a teaser longer than the opening: the rest inside too (estimated)
# Permutations whose minimum a true teaser may own alone, for its "Read more" (a
# Poisson count with mean ~1); an unrelated text of teaser length owns ~8.
TEASER_FOREIGN_SAMPLES = 4
# A near duplicate must have this many more words to count as fuller, so that
# copies of about the same length do not replace each other back and forth.
FULLER_RATIO = 1.05

_FORMAT_VERSION = 5
_SEED = 1

_QUOTES = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
})
_WORD = re.compile(r"\w+")
# A figure with its inner punctuation: "2,400", "5,000m", "2:09:39", "3.5".
_FIGURE = re.compile(r"\d+(?:[.,:/]\d+)*\w*")


def normalise_text(text: str) -> str:
    """Fold unicode forms, quotes, dashes, case and whitespace: one line of text."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    return " ".join(text.split())


def content_hash(text: str) -> str:
    """sha256 hex of `normalise_text(text)`: equal for texts that differ only in typography."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def parse_when(when: str | None) -> datetime | None:
    """An aware datetime from an ISO-8601 string (naive means UTC); None stays None."""
    if not when:
        return None
    moment = datetime.fromisoformat(when)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


@dataclass(frozen=True)
class Match:
    story_id: str
    kind: str  # "exact" | "near" | "teaser" | "contains"
    similarity: float
    fuller: bool  # the new text is longer than the stored one: keep the new text


@dataclass
class _Sketch:
    hash: str
    words: int
    shingles: int  # distinct shingles in the whole text, common ones left out
    full: np.ndarray  # NUM_PERM uint32 MinHash values over those shingles
    opening: np.ndarray  # shingles of the first 2 * OPENING_WORDS words, in text order, all of them
    figures: np.ndarray  # sorted hashes of the figures in the text ("2,400", "sh30", "2:09:39")


# The _Sketch fields of varying length, in field order, as save() and load() store them.
_RAGGED = ("opening", "figures")


@dataclass
class _Entry:
    sketch: _Sketch
    hashes: set[str]  # this text's hash and those of texts it replaced
    when: datetime | None


def _affine_permutations(count: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """The `count` permutations h -> a * h + b (mod 2^32, odd a) that datasketch 2.0's
    MinHash(seed=seed, scheme="affine32") draws: its values, without its import.

    `import datasketch` loads scipy for its LSH tuning, ~50 MB in the crawl and its
    writer for the dozen lines used here; tests check the values against datasketch's."""
    generator = np.random.RandomState(seed)  # numpy keeps RandomState's stream fixed
    a = generator.randint(0, 1 << 31, count, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = generator.randint(0, 1 << 32, count, dtype=np.uint32)
    return a, b


def _fmix32(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finaliser, as datasketch mixes inputs before permuting them."""
    values = values ^ (values >> np.uint32(16))
    values = values * np.uint32(0x85EBCA6B)
    values = values ^ (values >> np.uint32(13))
    values = values * np.uint32(0xC2B2AE35)
    return values ^ (values >> np.uint32(16))


_PERMUTATION_A, _PERMUTATION_B = _affine_permutations(NUM_PERM, _SEED)
_EMPTY_MINHASH = np.full(NUM_PERM, 0xFFFFFFFF, dtype=np.uint32)
_word_hashes: dict[str, int] = {}


def _word_hash(word: str) -> int:
    # A per-process cache: news vocabulary is small and crc32 per call is the slow part.
    value = _word_hashes.get(word)
    if value is None:
        if len(_word_hashes) > 500_000:
            _word_hashes.clear()
        value = _word_hashes[word] = zlib.crc32(word.encode("utf-8"))
    return value


def _shingle_hashes(words: list[str]) -> np.ndarray:
    """uint32 hashes of every run of SHINGLE_WORDS words, in order (one hash of the whole text if shorter)."""
    if len(words) < SHINGLE_WORDS:
        return np.array([zlib.crc32(" ".join(words).encode("utf-8"))] if words else [], dtype=np.uint32)
    cache = _word_hashes
    hashes = np.array([cache[w] if w in cache else _word_hash(w) for w in words], dtype=np.uint64)
    count = len(words) - SHINGLE_WORDS + 1
    mixed = np.zeros(count, dtype=np.uint64)
    # Different odd multipliers per position keep "a b c" and "c b a" apart.
    for position, multiplier in enumerate((0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9)):
        mixed ^= hashes[position : position + count] * np.uint64(multiplier)
    return ((mixed >> np.uint64(32)) ^ (mixed & np.uint64(0xFFFFFFFF))).astype(np.uint32)


def _minhash(shingles: np.ndarray) -> np.ndarray:
    """NUM_PERM uint32 MinHash values of a set of uint32 shingle hashes."""
    if not len(shingles):
        return _EMPTY_MINHASH.copy()
    mixed = _fmix32(shingles.astype(np.uint32, copy=False))[:, np.newaxis]
    return (mixed * _PERMUTATION_A + _PERMUTATION_B).min(axis=0)


def _figure_hashes(text: str) -> np.ndarray:
    return np.unique(np.array([_word_hash(figure) for figure in _FIGURE.findall(text)], dtype=np.uint32))


def _sketch(text: str, common) -> tuple[_Sketch, np.ndarray]:
    """The sketch of `text` and its distinct shingles; `common(shingles, share)` masks the ones to leave out."""
    normalised = normalise_text(text)
    words = _WORD.findall(normalised)
    sequence = _shingle_hashes(words)
    shingles = np.unique(sequence)
    kept = shingles[~common(shingles, COMMON_SHARE)]
    sketch = _Sketch(
        hash=hashlib.sha256(normalised.encode("utf-8")).hexdigest(),
        words=len(words),
        shingles=len(kept),
        full=_minhash(kept),
        opening=sequence[: 2 * OPENING_WORDS - SHINGLE_WORDS + 1],
        # Read from the text, not from words: "2:09:39" is one figure.
        figures=_figure_hashes(normalised),
    )
    return sketch, shingles


def _minhash_counts(new: np.ndarray, old: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """For one new sketch against a stack of stored ones: how many permutations have
    the union's minimum in both texts, in the new text only, in the stored text only.

    Divided by NUM_PERM they estimate |A∩B|, |A∖B| and |B∖A| over |A∪B|, which
    gives Jaccard and both containments without knowing the sets.
    """
    equal = np.count_nonzero(old == new, axis=1)
    new_only = np.count_nonzero(new < old, axis=1)
    return equal, new_only, NUM_PERM - equal - new_only


def _share(part: np.ndarray, rest: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        return np.nan_to_num(part / (part + rest))


def _shared(a: np.ndarray, b: np.ndarray) -> int:
    return len(np.intersect1d(a, b, assume_unique=True))


def _figures_agree(new: _Sketch, old: _Sketch) -> bool:
    """False when most figures of the text with fewer figures are missing from the other.

    Next month's fuel-price review reads almost like this month's, and a rival
    lede may differ only in the death toll: the figures tell them apart. Copies
    keep most of theirs; a dateline, a cut paragraph or an edit moves only a few.
    """
    fewer = min(len(new.figures), len(old.figures))
    return not fewer or _shared(new.figures, old.figures) > 0.5 * fewer


def _rank(match: Match) -> tuple[bool, float]:
    # A near duplicate beats a teaser relation; then the closer one wins.
    return match.kind == "near", match.similarity


# Odd 64-bit multipliers, one per row of a band, mixing a band's values into one key.
_ROW_MIXERS = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9, 0xD6E8FEB86659FD93],
                       dtype=np.uint64)


class _Bands:
    """LSH banding over MinHash values: texts whose values agree on every row of some band
    are candidates, as with datasketch's MinHashLSH. A band is one 64-bit key: its rows
    mixed, then its band's salt, so that one sorted array holds every band's keys (a rare
    false collision only adds a candidate, which the exact checks then reject).

    The keys live in numpy arrays, ~0.7 KB a story where a dict per band took ~2.7 KB:
    every story's keys by row (`_keys`), and those of the stories merged so far sorted,
    each beside its row (`_merged`, `_merged_rows`). Stories added since the last merge,
    at most MERGE_EVERY, are compared key by key; then they are merged in. A removed
    story's row is forgotten at once and leaves the arrays at the next merge."""

    MERGE_EVERY = 2048

    def __init__(self, bands: int, rows: int):
        self.bands, self.rows = bands, rows
        self._salts = np.arange(1, bands + 1, dtype=np.uint64) * np.uint64(0xD1B54A32D192ED03)
        self._ids: list[str | None] = []  # row -> story id; None once removed
        self._row_of: dict[str, int] = {}
        self._keys = np.empty((self.MERGE_EVERY, bands), dtype=np.uint64)
        self._merged = np.empty(0, dtype=np.uint64)
        self._merged_rows = np.empty(0, dtype=np.int32)
        self._merged_upto = 0  # rows below this are in _merged
        self._removed = 0  # rows forgotten since the last merge

    def keys(self, hashvalues: np.ndarray) -> np.ndarray:
        values = hashvalues[: self.bands * self.rows].astype(np.uint64).reshape(self.bands, self.rows)
        mixed = values * _ROW_MIXERS[: self.rows]
        return np.bitwise_xor.reduce(mixed, axis=1) ^ self._salts

    def insert(self, story_id: str, hashvalues: np.ndarray) -> None:
        self.remove(story_id)
        row = len(self._ids)
        if row == len(self._keys):
            grown = np.empty((2 * len(self._keys), self.bands), dtype=np.uint64)
            grown[:row] = self._keys[:row]
            self._keys = grown
        self._keys[row] = self.keys(hashvalues)
        self._ids.append(story_id)
        self._row_of[story_id] = row
        if len(self._ids) - self._merged_upto >= self.MERGE_EVERY:
            self._merge()

    def query(self, hashvalues: np.ndarray) -> set[str]:
        wanted = self.keys(hashvalues)
        rows = []
        if len(self._merged):
            first = np.searchsorted(self._merged, wanted, side="left")
            last = np.searchsorted(self._merged, wanted, side="right")
            found = last > first
            for start, stop in zip(first[found].tolist(), last[found].tolist()):
                rows.extend(self._merged_rows[start:stop].tolist())
        recent = self._keys[self._merged_upto : len(self._ids)]
        if len(recent):
            rows.extend((np.flatnonzero((recent == wanted).any(axis=1)) + self._merged_upto).tolist())
        ids = self._ids
        return {ids[row] for row in rows if ids[row] is not None}

    def remove(self, story_id: str) -> None:
        row = self._row_of.pop(story_id, None)
        if row is None:
            return
        self._ids[row] = None
        self._removed += 1
        if self._removed >= max(self.MERGE_EVERY, len(self._ids) // 4):
            self._merge()

    def _merge(self) -> None:
        """Move the recent rows' keys into `_merged`; after removals, rebuild it from live rows."""
        if self._removed:
            live = [row for row, story_id in enumerate(self._ids) if story_id is not None]
            self._ids = [self._ids[row] for row in live]
            self._row_of = {story_id: row for row, story_id in enumerate(self._ids)}
            keys = np.empty((len(live) + self.MERGE_EVERY, self.bands), dtype=np.uint64)
            keys[: len(live)] = self._keys[live]
            self._keys = keys
            self._merged = np.empty(0, dtype=np.uint64)
            self._merged_rows = np.empty(0, dtype=np.int32)
            self._merged_upto = 0
            self._removed = 0
        # Sorting only the new keys and inserting them costs a copy of the merged arrays,
        # not a sort of them: loading or filling 100k stories stays linear.
        start, stop = self._merged_upto, len(self._ids)
        new = self._keys[start:stop].ravel()
        order = np.argsort(new, kind="stable")
        new_keys, new_rows = new[order], (order // self.bands + start).astype(np.int32)
        at = np.searchsorted(self._merged, new_keys, side="right")
        self._merged = np.insert(self._merged, at, new_keys)
        self._merged_rows = np.insert(self._merged_rows, at, new_rows)
        self._merged_upto = stop


class DedupeIndex:
    """Exact and near-duplicate lookup over a rolling window of stories (see the module docstring)."""

    def __init__(self):
        self._entries: dict[str, _Entry] = {}
        self._by_hash: dict[str, str] = {}
        self._full = _Bands(*FULL_LSH_BANDS)
        self._lead = _Bands(*LEAD_LSH_BANDS)
        # How many indexed stories hold each (hashed) shingle; see COMMON_SHARE.
        self._counts = np.zeros(COUNT_BUCKETS, dtype=np.uint32)
        self._counted = 0
        # find() then add() of the same text is the common path: sketch it once.
        self._last: tuple[str, _Sketch, np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, story_id: str) -> bool:
        return story_id in self._entries

    def find(self, text: str) -> Match | None:
        """The stored story `text` duplicates, or None if it is a new story."""
        sketch, _ = self._sketch(text)
        story_id = self._by_hash.get(sketch.hash)
        if story_id is not None:
            return Match(story_id, "exact", 1.0, sketch.words > self._entries[story_id].sketch.words)
        if sketch.words < MIN_WORDS:
            return None
        candidates = self._full.query(sketch.full) if sketch.shingles else set()
        lead = self._lead_minhash(sketch.opening)
        if lead is not None:
            candidates.update(self._lead.query(lead))
        best = None
        for match in self._compare(sketch, list(candidates)):
            if best is None or _rank(match) > _rank(best):
                best = match
        return best

    def add(self, story_id: str, text: str, when: str | None = None) -> None:
        """Index `text` as `story_id`. Adding a known id replaces its text; its old hashes still find it."""
        sketch, shingles = self._sketch(text)
        moment = parse_when(when)
        hashes = {sketch.hash}
        previous = self._entries.get(story_id)
        if previous is None:
            np.add.at(self._counts, shingles & (COUNT_BUCKETS - 1), 1)
            self._counted += 1
        else:
            hashes |= previous.hashes
            if previous.when and (moment is None or previous.when > moment):
                # A story still being republished stays in the window.
                moment = previous.when
            self.remove(story_id)
        self._insert(story_id, _Entry(sketch, hashes, moment))

    def remove(self, story_id: str) -> None:
        """Forget a story (no error if it is unknown). Its shingles stay counted."""
        entry = self._entries.pop(story_id, None)
        if entry is None:
            return
        for value in entry.hashes:
            if self._by_hash.get(value) == story_id:
                del self._by_hash[value]
        self._full.remove(story_id)
        self._lead.remove(story_id)

    def prune(self, before: str) -> int:
        """Drop stories whose `when` is older than `before` (ISO-8601); returns how many."""
        cutoff = parse_when(before)
        old = [story_id for story_id, entry in self._entries.items() if entry.when and entry.when < cutoff]
        for story_id in old:
            self.remove(story_id)
        return len(old)

    def save(self, path) -> None:
        """Write the index to an .npz file (arrays and strings only, no pickle)."""
        ids = list(self._entries)
        entries = [self._entries[story_id] for story_id in ids]
        sketches = [entry.sketch for entry in entries]
        hash_rows = [(row, value) for row, entry in enumerate(entries) for value in sorted(entry.hashes)]
        np.savez(
            path,
            settings=np.array(_settings()),
            counts=self._counts,
            counted=np.array(self._counted),
            ids=np.array(ids, dtype=str),
            when=np.array([entry.when.isoformat() if entry.when else "" for entry in entries], dtype=str),
            # Hex digests as bytes: a quarter of the size of numpy's unicode strings.
            hash=np.array([sketch.hash for sketch in sketches], dtype="S64"),
            words=np.array([sketch.words for sketch in sketches], dtype=np.int64),
            shingles=np.array([sketch.shingles for sketch in sketches], dtype=np.int64),
            full=np.array([sketch.full for sketch in sketches], dtype=np.uint32).reshape(-1, NUM_PERM),
            # Ragged arrays are stored flat, with each row's length.
            **{name: np.concatenate([getattr(sketch, name) for sketch in sketches] or [np.empty(0, np.uint32)])
               for name in _RAGGED},
            **{name + "_lengths": np.array([len(getattr(sketch, name)) for sketch in sketches], dtype=np.int64)
               for name in _RAGGED},
            hash_rows=np.array([row for row, _ in hash_rows], dtype=np.int64),
            hash_values=np.array([value for _, value in hash_rows], dtype="S64"),
        )

    @classmethod
    def load(cls, path) -> DedupeIndex:
        """Read an index written by `save`; raises ValueError if it was built with other settings."""
        with np.load(path, allow_pickle=False) as data:
            # An NpzFile reads an array from disk on every access: take each one once.
            arrays = {name: data[name] for name in data.files}
        if arrays["settings"].tolist() != _settings():
            raise ValueError(f"dedupe index {path} was built with other settings: {arrays['settings'].tolist()}")
        index = cls()
        index._counts = arrays["counts"]
        index._counted = int(arrays["counted"])
        hashes = [set() for _ in range(len(arrays["ids"]))]
        for row, value in zip(arrays["hash_rows"].tolist(), arrays["hash_values"].tolist()):
            hashes[row].add(value.decode("ascii"))
        ragged = [np.split(arrays[name], np.cumsum(arrays[name + "_lengths"])[:-1]) for name in _RAGGED]
        columns = zip(
            arrays["ids"].tolist(), arrays["when"].tolist(), hashes, np.char.decode(arrays["hash"], "ascii").tolist(),
            arrays["words"].tolist(), arrays["shingles"].tolist(), arrays["full"], *ragged,
        )
        for story_id, when, known, *fields in columns:
            index._insert(story_id, _Entry(_Sketch(*fields), known, parse_when(when)))
        return index

    @classmethod
    def from_rows(cls, rows) -> DedupeIndex:
        """Rebuild from stored rows, oldest first: dicts (or sqlite rows) with story_id, text and when."""
        index = cls()
        for row in rows:
            index.add(row["story_id"], row["text"], row["when"])
        return index

    def _common(self, shingles: np.ndarray, share: float) -> np.ndarray:
        limit = max(COMMON_MIN_DOCS, share * self._counted)
        return self._counts[shingles & (COUNT_BUCKETS - 1)] >= limit

    def _sketch(self, text: str) -> tuple[_Sketch, np.ndarray]:
        if self._last is None or self._last[0] != text:
            self._last = (text, *_sketch(text, self._common))
        return self._last[1], self._last[2]

    def _lead_minhash(self, opening: np.ndarray) -> np.ndarray | None:
        """MinHash values of the opening's first LEAD_WORDS words, common shingles left out."""
        lead = np.unique(opening[: LEAD_WORDS - SHINGLE_WORDS + 1])
        kept = lead[~self._common(lead, COMMON_LEAD_SHARE)]
        return _minhash(kept) if len(kept) else None

    def _insert(self, story_id: str, entry: _Entry) -> None:
        self._entries[story_id] = entry
        for value in entry.hashes:
            self._by_hash.setdefault(value, story_id)
        # Short texts are found by their hash only: a sketch of a few words matches too much.
        if entry.sketch.words < MIN_WORDS:
            return
        if entry.sketch.shingles:
            self._full.insert(story_id, entry.sketch.full)
        lead = self._lead_minhash(entry.sketch.opening)
        if lead is not None:
            self._lead.insert(story_id, lead)

    def _compare(self, sketch: _Sketch, candidates: list[str]):
        """The matches among `candidates`: cheap estimates for all of them first, exact checks for the few left."""
        if not candidates:
            return
        stored = [self._entries[story_id].sketch for story_id in candidates]
        equal, new_only, old_only = _minhash_counts(sketch.full, np.stack([other.full for other in stored]))
        new_in_old, old_in_new = _share(equal, new_only), _share(equal, old_only)
        near = np.minimum(new_in_old, old_in_new) >= NEAR_CONTAINMENT
        words = np.array([other.words for other in stored])
        fuller = sketch.words > words
        # A teaser is its article's opening, word for word; a longer one must also lie
        # (by estimate) inside the other text. A shorter text that owns the union's
        # minimum for several permutations has words the other lacks: that rules out
        # most candidates before the exact check.
        inside = np.where(fuller, old_in_new, new_in_old)
        shorter_only = np.where(fuller, old_only, new_only)
        maybe_teaser = (
            ((np.minimum(words, sketch.words) <= OPENING_WORDS) | (inside >= TEASER_CONTAINMENT))
            & (shorter_only <= TEASER_FOREIGN_SAMPLES + 0.25 * (equal + shorter_only))
        )
        for row in np.flatnonzero(near | maybe_teaser):
            other = stored[row]
            if not near[row]:
                shorter, longer = (other, sketch) if fuller[row] else (sketch, other)
                opening = np.unique(shorter.opening[: OPENING_WORDS - SHINGLE_WORDS + 1])
                if len(opening) - _shared(opening, np.unique(longer.opening)) > TEASER_FOREIGN_SHINGLES:
                    continue
            if not _figures_agree(sketch, other):
                continue
            if near[row]:
                jaccard = equal[row] / NUM_PERM
                yield Match(candidates[row], "near", float(jaccard), bool(sketch.words > FULLER_RATIO * other.words))
            else:
                kind = "contains" if fuller[row] else "teaser"
                yield Match(candidates[row], kind, float(inside[row]), bool(fuller[row]))


def _settings() -> list[int]:
    return [_FORMAT_VERSION, NUM_PERM, SHINGLE_WORDS, OPENING_WORDS, LEAD_WORDS, COUNT_BUCKETS, _SEED]


# --- same-event clusters --------------------------------------------------

CLUSTER_WINDOW_HOURS = 48
# Score = weighted cosines of names, figures and other words, times a time factor
# that falls from 1 to 1 - CLUSTER_TIME_DECAY across the window. Names and figures
# say *which* event; words mostly say what kind. Tuned on a development seed of
# bench/make_dedupe_set.py, reported on another.
CLUSTER_WEIGHTS = {"ent": 0.55, "num": 0.3, "word": 0.15}
CLUSTER_TIME_DECAY = 0.6
CLUSTER_THRESHOLD = 0.3
# How many of a story's rarest terms are used to look up candidates.
CLUSTER_LOOKUP_TERMS = 15
# A candidate must share this many of those terms: one shared name is at most a few
# hundredths of a score that must reach CLUSTER_THRESHOLD, and scoring every story that
# shares one term is what made clustering grow with the index.
CLUSTER_MIN_SHARED_LOOKUP = 2
# Only the stories sharing the most lookup terms are scored: the same event shares most
# of its rare names and figures, and a popular name must not make every story a candidate.
CLUSTER_MAX_CANDIDATES = 128
# A stored story's term norms are reused until the index has grown by this share.
NORMS_STALE = 0.05

_STOPWORDS = frozenset("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has have
having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
only or other our ours out over own same she should so some such than that the their theirs them then there these
they this those through to too under until up very was we were what when where which while who whom why will with
would you your yours said says say told tells according per cent percent mr ms mrs dr new one two three also
monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
september october november december week weeks day days year years month months yesterday today""".split())
_TOKEN = re.compile(r"[^\W_][\w'\u2019-]*")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?:19|20)\d\d")


def _stem(word: str) -> str:
    # Crude suffix folding: "protests", "protested", "protesting" -> "protest"; "levies" -> "levy".
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    for suffix in ("ing", "ed", "es", "s", "e"):
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


def event_terms(title: str, lead: str, body: str) -> set[str]:
    """Terms that describe a story's event: "ent:kamau", "num:2400" or a stemmed word.

    Read from the headline, the standfirst and the first two paragraphs: that is where
    every write-up states who did what, where, and how much. Capitalised words that
    are not function words count as names, figures of two digits or more (not
    years) as numbers.
    """
    paragraphs = [p for p in body.split("\n\n") if p.strip()][:2]
    terms = set()
    # A Title Case Headline Capitalises Every Word, so its capitals say nothing about names.
    title_words = title.split()
    title_cased = bool(title_words) and sum(w[:1].isupper() for w in title_words) > 0.6 * len(title_words)
    for part, names_allowed in ((title, not title_cased), (lead, True), *((p, True) for p in paragraphs)):
        for number in _NUMBER.findall(part):
            value = number.replace(",", "").rstrip(".")
            if len(value) > 1 and not _YEAR.fullmatch(value):
                terms.add("num:" + value)
        for token in _TOKEN.findall(part):
            word = token.replace("\u2019", "'").lower()
            if word.endswith("'s"):
                word = word[:-2]
            if word in _STOPWORDS or len(word) < 3 or word[0].isdigit():
                continue
            terms.add("ent:" + word if names_allowed and token[0].isupper() else _stem(word))
    # One string per term for the whole index, however many stories hold it.
    return {sys.intern(term) for term in terms}


def _kind(term: str) -> str:
    return term[:3] if term[3:4] == ":" else "word"


@dataclass
class _EventStory:
    terms: tuple[str, ...]  # a tuple takes a fifth of a set's memory; only the new story's terms need a set
    when: datetime | None
    source: str
    cluster_id: str


class ClusterIndex:
    """Same-event clusters over a rolling window of stories.

    `assign(story_id, title, lead, body, when, source)` returns the cluster id of a
    new story: the cluster of the best-scoring story from *another* outlet within
    `window_hours`, if the score reaches CLUSTER_THRESHOLD, else a new cluster named
    after the story itself. The score compares `event_terms` kind by kind (names,
    figures, other words), each term weighted by how rare it is among the stories in
    the index, so a shared county or president counts for less than a shared
    village, surname or figure; it shrinks as the two stories lie further apart in
    time, because follow-ups come a day or two later. Pass only new stories (not
    duplicates the DedupeIndex matched): a cluster groups separate stories.

    Stories from the same outlet are never evidence for each other: an outlet's second
    piece on a subject is usually a follow-up, not the same write-up.

    Call `prune(before)` as time moves on to keep memory bounded; rebuild after a
    restart with `ClusterIndex.from_rows(rows)` (rows with story_id, title, lead,
    body, when, source and cluster_id), which is cheap for a few days of stories.
    """

    def __init__(self, window_hours: float = CLUSTER_WINDOW_HOURS):
        self.window = timedelta(hours=window_hours)
        self._stories: dict[str, _EventStory] = {}
        # Term → the stories holding it, oldest first. Lists, not sets: a third of the memory,
        # and pruning removes the oldest stories, which sit at the front.
        self._postings: dict[str, list[str]] = {}
        self._norms: dict[str, tuple[int, dict[str, float]]] = {}  # story id → (index size then, norms)

    def __len__(self) -> int:
        return len(self._stories)

    def assign(self, story_id: str, title: str, lead: str, body: str, when: str | None, source: str) -> str:
        """The cluster id for a new story (see the class docstring); the story is added to the index."""
        terms = event_terms(title, lead, body)
        moment = parse_when(when)
        best_score, cluster_id = 0.0, story_id
        for candidate, score in self._scores(terms, moment, source):
            if score >= CLUSTER_THRESHOLD and score > best_score:
                best_score, cluster_id = score, self._stories[candidate].cluster_id
        self._insert(story_id, _EventStory(tuple(terms), moment, source, cluster_id))
        return cluster_id

    def add(self, story_id: str, title: str, lead: str, body: str, when: str | None, source: str, cluster_id: str) -> None:
        """Index a story whose cluster is already known (when rebuilding from stored rows)."""
        self.remove(story_id)
        terms = tuple(event_terms(title, lead, body))
        self._insert(story_id, _EventStory(terms, parse_when(when), source, cluster_id))

    def remove(self, story_id: str) -> None:
        story = self._stories.pop(story_id, None)
        if story is None:
            return
        self._norms.pop(story_id, None)
        for term in story.terms:
            posting = self._postings[term]
            posting.remove(story_id)
            if not posting:
                del self._postings[term]

    def prune(self, before: str) -> int:
        """Drop stories whose `when` is older than `before`; returns how many."""
        cutoff = parse_when(before)
        old = [story_id for story_id, story in self._stories.items() if story.when and story.when < cutoff]
        for story_id in old:
            self.remove(story_id)
        return len(old)

    @classmethod
    def from_rows(cls, rows, window_hours: float = CLUSTER_WINDOW_HOURS) -> ClusterIndex:
        index = cls(window_hours)
        for row in rows:
            index.add(row["story_id"], row["title"], row["lead"], row["body"], row["when"], row["source"], row["cluster_id"])
        return index

    def _insert(self, story_id: str, story: _EventStory) -> None:
        self._stories[story_id] = story
        for term in story.terms:
            self._postings.setdefault(term, []).append(story_id)

    def _scores(self, terms: set[str], moment: datetime | None, source: str):
        """(story id, score) for stories from other outlets in the window that share a rare term."""
        count = len(self._stories) + 1
        rarity = {}

        def weight(term: str) -> float:
            if term not in rarity:
                rarity[term] = math.log(1 + count / (1 + len(self._postings.get(term, ()))))
            return rarity[term]

        def norms(story_terms) -> dict[str, float]:
            totals = dict.fromkeys(CLUSTER_WEIGHTS, 0.0)
            for term in story_terms:
                totals[_kind(term)] += weight(term) ** 2
            return {kind: math.sqrt(total) for kind, total in totals.items()}

        def cached_norms(story_id: str, story: _EventStory) -> dict[str, float]:
            # A stored story's norms change only as the index grows (rarer or commoner terms):
            # recomputed when it has grown by NORMS_STALE since, not for every comparison.
            cached = self._norms.get(story_id)
            if cached is None or cached[0] * (1 + NORMS_STALE) < count:
                cached = self._norms[story_id] = (count, norms(story.terms))
            return cached[1]

        mine = norms(terms)
        lookup = sorted((term for term in terms if term in self._postings), key=weight, reverse=True)
        lookup = lookup[:CLUSTER_LOOKUP_TERMS]
        shared_lookup = Counter()
        for term in lookup:
            shared_lookup.update(self._postings[term])
        for candidate, shared_terms in shared_lookup.most_common(CLUSTER_MAX_CANDIDATES):
            if shared_terms < CLUSTER_MIN_SHARED_LOOKUP:
                break
            story = self._stories[candidate]
            if story.source == source:
                continue
            gap = abs(story.when - moment) / self.window if moment and story.when else 0.0
            if gap > 1:
                continue
            theirs = cached_norms(candidate, story)
            shared = dict.fromkeys(CLUSTER_WEIGHTS, 0.0)
            for term in terms.intersection(story.terms):
                shared[_kind(term)] += weight(term) ** 2
            score = sum(
                CLUSTER_WEIGHTS[kind] * shared[kind] / (mine[kind] * theirs[kind])
                for kind in CLUSTER_WEIGHTS if shared[kind]
            )
            yield candidate, score * (1 - CLUSTER_TIME_DECAY * gap)

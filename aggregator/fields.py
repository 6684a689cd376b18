"""Normalisers for single item fields: titles, author names, images, languages."""

from __future__ import annotations

import re

# What bylines wrap around names: "By", Kiswahili "Na" ("by"), roles, outlets.
_BYLINE_PREFIX = re.compile(r"^\s*(?:by|na|written by|imeandikwa na|reported by|story by)\s*[:\-]?\s+", re.IGNORECASE)
_SPLIT_AUTHORS = re.compile(r"\s*(?:,|;|&|\band\b|\bna\b|\|)\s*", re.IGNORECASE)
_DATE_IN_BYLINE = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4}|\w+\s+\d{1,2},\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}:\d{2}\s*(?:am|pm)?)\b.*$",
    re.IGNORECASE,
)
_ROLE_WORDS = {
    "reporter", "correspondent", "editor", "writer", "journalist", "contributor", "staff",
    "senior", "political", "business", "sports", "news", "digital", "desk", "team",
    "mwandishi", "wetu",
}
_OUTLET_WORDS = {
    "nation", "standard", "star", "citizen", "tuko", "kenyans", "capital", "fm", "kbc", "bd",
    "business daily", "the eastafrican", "people daily", "taifa leo", "nmg", "nation media group",
    "standard digital", "kenya news agency", "kna", "admin", "reuters", "afp", "ap", "xinhua",
    "standard reporter", "star reporter", "tuko.co.ke", "kenyans.co.ke", "capital fm",
    "kahawatungu", "kahawa tungu", "kenyan post", "nairobi leo",
}


def clean_title(title: str | None, site_names: tuple[str, ...] = ()) -> str:
    """Collapse whitespace and drop a trailing " | Site" or " - Site" that og:title adds."""
    title = " ".join((title or "").split())
    for name in site_names:
        for separator in (" | ", " - ", " – ", " — "):
            suffix = f"{separator}{name}"
            if name and title.lower().endswith(suffix.lower()):
                title = title[: -len(suffix)].rstrip()
    return title


def clean_authors(values) -> list[str]:
    """Bylines → clean person names: no "By"/"NA", dates, roles or outlet names; several split."""
    if isinstance(values, str):
        values = [values]
    names: list[str] = []
    for value in values or []:
        text = " ".join(str(value).split())
        text = _DATE_IN_BYLINE.sub("", text)
        text = _BYLINE_PREFIX.sub("", text)
        for part in _SPLIT_AUTHORS.split(text):
            name = _clean_name(part)
            if name and name.lower() not in {n.lower() for n in names}:
                names.append(name)
    return names


def _clean_name(part: str) -> str:
    part = _BYLINE_PREFIX.sub("", part).strip(" .:-–—|@")
    if "@" in part or not part:
        return ""
    lowered = part.lower()
    if lowered in _OUTLET_WORDS:
        return ""
    words = part.split()
    # "Jane Doe, Political Reporter" is split already; a part made of role words goes.
    if all(word.lower().strip(".") in _ROLE_WORDS | _OUTLET_WORDS for word in words):
        return ""
    if len(words) > 5 or not any(ch.isalpha() for ch in part):
        return ""
    if part.isupper():
        # Bylines in capitals ("WANDERI KAMAU") become "Wanderi Kamau".
        part = " ".join(word.capitalize() for word in words)
    return part


def first_image(value) -> str:
    """JSON-LD `image` may be a URL, an ImageObject or a list of either."""
    if isinstance(value, list):
        value = value[0] if value else ""
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or ""
    return str(value or "").strip()


def language_code(value: str | None) -> str:
    """"en-US" → "en", "sw-KE" → "sw"."""
    value = (value or "").strip().lower().replace("_", "-")
    return value.split("-")[0] if value else ""


def word_count(text: str) -> int:
    return len(re.findall(r"\w+", text))

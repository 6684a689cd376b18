"""Dates as Kenyan sites print them, turned into ISO-8601 UTC.

Kenya keeps East Africa Time (UTC+3, no daylight saving), and many sites print
a naive local time or the zone name "EAT" that general parsers do not know.
Every date in the database goes through `parse_published_at`.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

EAT = timezone(timedelta(hours=3), "EAT")

# No Kenyan news site was online before 1990: an earlier date is a CMS default
# (the epoch, 0001-01-01), not a publication date.
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
# A site's clock or zone may be a little off; a date further ahead than this is
# not a publication date (an event's date, a placeholder 2099).
FUTURE_TOLERANCE = timedelta(days=1)

# Zone names Kenyan pages print that Python does not know.
_ZONE_NAMES = {"EAT": "+0300", "UTC": "+0000", "GMT": "+0000", "Z": "+0000"}

_ISO = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$"
)
_ORDINAL = re.compile(r"\b(\d{1,2})(st|nd|rd|th)\b", re.IGNORECASE)
_TRAILING_ZONE = re.compile(r"\s+(EAT|UTC|GMT)$")

# Kiswahili month and day names, for Taifa Leo and kiswahili.tuko.co.ke.
_SWAHILI = {
    "januari": "January", "februari": "February", "machi": "March", "aprili": "April",
    "mei": "May", "juni": "June", "julai": "July", "agosti": "August",
    "septemba": "September", "oktoba": "October", "novemba": "November", "desemba": "December",
    "jumatatu": "Monday", "jumanne": "Tuesday", "jumatano": "Wednesday", "alhamisi": "Thursday",
    "ijumaa": "Friday", "jumamosi": "Saturday", "jumapili": "Sunday",
}
_SWAHILI_WORD = re.compile(r"\b(" + "|".join(_SWAHILI) + r")\b", re.IGNORECASE)


def to_utc_iso(moment: datetime) -> str:
    """A datetime as `YYYY-MM-DDTHH:MM:SSZ`; naive times are taken as EAT."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=EAT)
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse_iso(text: str) -> datetime | None:
    match = _ISO.match(text)
    if not match:
        return None
    year, month, day, hour, minute, second, zone = match.groups()
    try:
        moment = datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0))
    except ValueError:  # "2025-13-45T25:00:00"
        return None
    if zone:
        if zone == "Z":
            return moment.replace(tzinfo=timezone.utc)
        sign = 1 if zone[0] == "+" else -1
        digits = zone[1:].replace(":", "")
        offset = timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return moment.replace(tzinfo=timezone(sign * offset))
    return moment


def _parse_rfc822(text: str) -> datetime | None:
    text = _TRAILING_ZONE.sub(lambda m: " " + _ZONE_NAMES[m.group(1)], text)
    try:
        return parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None


def _parse_free_text(text: str, now: datetime | None) -> datetime | None:
    import dateparser  # imported late: it takes a second to load its locale data

    text = _ORDINAL.sub(r"\1", text)
    text = _SWAHILI_WORD.sub(lambda m: _SWAHILI[m.group(1).lower()], text)
    # "27 December 2025 - 04:55" (The Star): the dash separates date and time.
    text = re.sub(r"(\d{4})\s+[-–—|]\s+(\d{1,2}:\d{2})", r"\1 \2", text)
    settings = {
        "TIMEZONE": "Africa/Nairobi",
        "RETURN_AS_TIMEZONE_AWARE": True,
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
    }
    if now is not None:
        settings["RELATIVE_BASE"] = now.astimezone(EAT).replace(tzinfo=None)
    return dateparser.parse(text, languages=["en"], settings=settings)


def parse_published_at(value, now: datetime | None = None) -> str | None:
    """Any date a Kenyan site prints → `YYYY-MM-DDTHH:MM:SSZ`, or None when unreadable or implausible.

    Handles ISO with `Z`, `+03:00` or `+0300`, naive ISO (taken as EAT),
    RFC-822 (`Thu, 13 Aug 2020 00:00:00 EAT`), and free text through
    dateparser: `27 December 2025 - 04:55`, `Tuesday 14th July, 2024 12:00 AM`,
    Kiswahili month names, and relative times ("2 hours ago", against `now`).

    A date before 1990 or more than a day after `now` (default: the clock) is
    None too, so that extraction falls back to the page's next date source.
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        text = " ".join(str(value).split())
        if not text:
            return None
        moment = _parse_iso(text) or _parse_rfc822(text) or _parse_free_text(text, now)
        if moment is None:
            return None
    latest = (now.astimezone(timezone.utc) if now else datetime.now(timezone.utc)) + FUTURE_TOLERANCE
    try:
        moment = (moment if moment.tzinfo else moment.replace(tzinfo=EAT)).astimezone(timezone.utc)
    except (OverflowError, ValueError):  # year 1 in EAT is before year 1 in UTC
        return None
    if not EARLIEST <= moment <= latest:
        return None
    return to_utc_iso(moment)

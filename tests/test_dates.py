from datetime import datetime, timezone

import pytest

from aggregator.dates import parse_published_at

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("printed,utc", [
    ("2026-08-30T20:17:50+03:00", "2026-08-30T17:17:50Z"),  # Tuko
    ("2024-07-24T19:52:40+0300", "2024-07-24T16:52:40Z"),  # Kenyans: offset without a colon
    ("2023-09-14T04:19:30Z", "2023-09-14T04:19:30Z"),  # Nation: UTC
    ("2026-03-03 21:15:05", "2026-03-03T18:15:05Z"),  # Citizen: naive, EAT
    ("2022-10-12T09:30:00.000Z", "2022-10-12T09:30:00Z"),  # Star 2022 meta
    ("Thu, 13 Aug 2020 00:00:00 EAT", "2020-08-12T21:00:00Z"),  # Standard 2020 JSON-LD
    ("Sun, 30 Aug 2026 20:17:50 +0300", "2026-08-30T17:17:50Z"),  # RSS
    ("27 December 2025 - 04:55", "2025-12-27T01:55:00Z"),  # The Star 2025
    ("Tuesday 14th July, 2024 12:00 AM", "2024-07-13T21:00:00Z"),  # People Daily
    ("October 12, 2022", "2022-10-11T21:00:00Z"),  # Taifa Leo legacy: a day, midnight EAT
    ("Jumanne, 14 Julai 2024 10:30", "2024-07-14T07:30:00Z"),  # Kiswahili
    ("12 Oktoba 2022", "2022-10-11T21:00:00Z"),
    ("2 hours ago", "2026-11-24T10:00:00Z"),  # listings
])
def test_kenyan_date_formats(printed, utc):
    assert parse_published_at(printed, now=NOW) == utc


@pytest.mark.parametrize("junk", [None, "", "   ", "not a date", "32/13/2020 99:99"])
def test_unreadable_dates_are_none(junk):
    assert parse_published_at(junk, now=NOW) is None


def test_datetime_objects_are_accepted():
    assert parse_published_at(datetime(2026, 1, 1, 3, 0)) == "2026-01-01T00:00:00Z"

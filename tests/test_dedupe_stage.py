"""The dedupe stage inside the pipelines: one story per article, every URL kept, clusters across outlets.

Items go in through `kenews import`, which runs the crawl's own pipelines.
"""

import json

import sqlite_utils

from tests.conftest import run_kenews

ORIGINAL = (
    "The Kenya Meteorological Department has warned of heavy rain in Kisumu, Siaya and Busia counties over the "
    "next five days, with floods likely along the Nyando and Yala rivers.\n\n"
    "Director David Gikungu said residents of Budalang'i and Kano plains should move to higher ground before "
    "Thursday, when the heaviest rain of 120 millimetres is expected.\n\n"
    "The Kenya Red Cross said it had pre-positioned 4,000 tents and food for 12,000 families in Kisumu and Busia.\n\n"
    "Schools in the affected areas will stay open, but the Ministry of Education told head teachers to watch "
    "river levels and send pupils home early if water rises.\n\n"
    "Last year floods along the Nyando river displaced more than 9,000 people and destroyed 2,300 acres of rice.")

# The same article on another outlet: new headline, its own furniture, a few words changed, last paragraph cut.
COPY = ("NAIROBI, Kenya — " + ORIGINAL.replace("has warned of heavy rain", "warned of heavy rains")
        .replace("residents of", "people living in").rsplit("\n\n", 1)[0]
        + "\n\nDo you have a story? Reach us on WhatsApp.")

TEASER = ORIGINAL.split("\n\n")[0]

# Another outlet's own write-up of the same warning: same event, different text.
SAME_EVENT = (
    "Families in Budalang'i and the Kano plains have been told to move to higher ground before Thursday as the "
    "Kenya Meteorological Department forecast 120 millimetres of rain in Kisumu, Siaya and Busia.\n\n"
    "Meteorological director David Gikungu said the Nyando and Yala rivers were likely to burst their banks.\n\n"
    "In Kisumu, county officials opened two evacuation centres at schools in Ahero and Kano, and said boats "
    "had been sent to Budalang'i.\n\n"
    "The Kenya Red Cross said 4,000 tents were ready for families forced from their homes.")

# Same topic, same places and people, a different story: must never merge.
OTHER_STORY = (
    "Rice farmers in the Kano plains say they are still waiting for compensation for crops destroyed by last "
    "year's floods along the Nyando river.\n\n"
    "The farmers, who lost 2,300 acres of rice, accused the National Irrigation Authority of delaying payments "
    "promised after the disaster.\n\n"
    "Kisumu county agriculture officer Jane Akinyi said the list of 1,800 farmers had been sent to Nairobi in "
    "March and the county was following up.\n\n"
    "The Kenya Meteorological Department director David Gikungu has warned that this season could bring more "
    "floods, and the farmers want the dykes repaired first.")


def item(url, source, title, body, published="2026-04-20T06:00:00Z"):
    return {"url": url, "source": source, "title": title, "body": body, "published_at": published}


def test_copies_merge_and_same_event_stories_cluster(tmp_path, db_path):
    lines = [
        item("https://www.tuko.co.ke/kenya/600100-met-warns-floods-kisumu/", "tuko",
             "Met Department Warns of Floods in Kisumu, Siaya and Busia", ORIGINAL),
        item("https://www.standardmedia.co.ke/article/2001500100/heavy-rains-warning", "standard",
             "Heavy rains: residents of Budalang'i told to move", COPY, "2026-04-20T07:10:00Z"),
        item("https://www.kenyans.co.ke/news/110100-floods-warning", "kenyans", "Floods warning", TEASER),
        item("https://www.the-star.co.ke/news/2026-04-20-budalangi-families-told-to-move/", "star",
             "Budalang'i families told to move before Thursday rains", SAME_EVENT, "2026-04-20T09:00:00Z"),
        item("https://nation.africa/kenya/counties/kisumu/kano-rice-farmers-wait-for-pay-5200100", "nation",
             "Kano rice farmers still waiting for flood compensation", OTHER_STORY, "2026-04-20T10:00:00Z"),
    ]
    source = tmp_path / "items.jsonl"
    source.write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    result = run_kenews("import", str(source), "--db", db_path)
    assert result.returncode == 0, result.stderr
    assert "3 new, 0 updated, 0 unchanged, 2 duplicates" in result.stdout

    db = sqlite_utils.Database(db_path)
    urls = {row["url"]: row["story_id"] for row in db["story_urls"].rows}
    original = urls[lines[0]["url"]]
    assert urls[lines[1]["url"]] == original  # near copy on another outlet
    assert urls[lines[2]["url"]] == original  # feed teaser
    assert len({urls[line["url"]] for line in lines}) == 3
    story = db["stories"].get(original)
    assert story["body"].startswith("The Kenya Meteorological Department has warned")  # the fullest text kept
    assert {row["source"] for row in db["story_urls"].rows_where("story_id = ?", [original])} == {
        "tuko", "standard", "kenyans"}

    same_event = db["stories"].get(urls[lines[3]["url"]])
    other = db["stories"].get(urls[lines[4]["url"]])
    assert same_event["cluster_id"] == original and story["cluster_id"] == original
    assert other["cluster_id"] != original

    cluster = next(db.query("SELECT * FROM clusters WHERE cluster_id = ?", [original]))
    assert cluster["stories"] == 2 and set(json.loads(cluster["outlets"])) == {"tuko", "standard", "kenyans", "star"}


def test_the_index_survives_a_restart(tmp_path, db_path):
    first = tmp_path / "first.jsonl"
    first.write_text(json.dumps(item("https://www.tuko.co.ke/kenya/600100-a/", "tuko", "Floods", ORIGINAL)) + "\n")
    assert run_kenews("import", str(first), "--db", db_path).returncode == 0
    second = tmp_path / "second.jsonl"
    second.write_text(json.dumps(item("https://www.standardmedia.co.ke/article/1/b", "standard", "Rains", COPY)) + "\n")
    result = run_kenews("import", str(second), "--db", db_path)
    assert "0 new, 0 updated, 0 unchanged, 1 duplicates" in result.stdout, result.stdout

"""tag_story: one test per judgement in aggregator/tagging.py, plus the dev-set quality floor."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from aggregator.tagging import all_tags, tag_story

ROOT = Path(__file__).resolve().parent.parent


def codes(tags, kind=None):
    return {t["code"] for t in tags if kind is None or t["kind"] == kind}


def tagged(body, title="", lead="", **kwargs):
    return codes(tag_story(title, lead, body, **kwargs))


def load_bench_module(name):
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# The shape other code relies on


def test_tag_dicts_have_exactly_the_agreed_keys():
    tags = tag_story("IEBC sets date for Kisumu by-election", "", "Voters in Kisumu will go to the polls.")
    assert tags
    for tag in tags:
        assert set(tag) == {"code", "kind", "label", "reason", "score"}
        assert tag["kind"] in {"subject", "county", "organisation", "person"}
        assert tag["reason"] and tag["score"] > 0


def test_subjects_come_first_and_the_primary_is_a_top_level_subject():
    tags = tag_story(
        "Raila, Ruto allies clash over IEBC reforms", "ODM and UDA MPs differed on the electoral law.",
        "The National Assembly will debate the IEBC bill. Voters in Kisumu and Nakuru were polled.",
        section="Politics",
    )
    kinds = [t["kind"] for t in tags]
    assert kinds == sorted(kinds, key=["subject", "county", "organisation", "person"].index)
    assert tags[0]["code"] == "medtop:11000000"
    assert tags[1]["code"] == "ke-subject:elections"
    assert tags[0]["reason"].startswith('section "Politics"')


def test_all_tags_lists_the_whole_vocabulary():
    tags = all_tags()
    by_code = {t["code"]: t for t in tags}
    assert len(by_code) == len(tags)
    top_level = [c for c in by_code if c.startswith("medtop:")]
    assert sorted(top_level) == [f"medtop:{n:02d}000000" for n in range(1, 18)]
    counties = sorted(c for c in by_code if c.startswith("ke-county:"))
    assert counties == [f"ke-county:{n:03d}" for n in range(1, 48)]
    assert by_code["ke-county:047"]["label"] == "Nairobi"
    assert by_code["ke-county:021"]["label"] == "Murang'a"
    for tag in tags:
        assert set(tag) == {"code", "kind", "label", "description"}
        if tag["kind"] in ("organisation", "person"):
            assert tag["description"]
    assert {"ke-org:odm", "ke-org:iebc", "ke-person:william-ruto"} <= set(by_code)


# A mention must be a whole word


@pytest.mark.parametrize("body", [
    "Analyst Peter Goodman said bread prices would rise.",
    "The modem restarted every few hours.",
    "Shipments from Ukraine and France slowed.",
    "Waandalizi wamesema muda wa kuingia ni saa kumi na mbili.",
])
def test_acronyms_inside_other_words_are_not_mentions(body):
    assert not codes(tag_story("", "", body), "organisation")


def test_acronyms_count_only_in_capitals():
    assert "ke-org:odm" in tagged("ODM officials met in Kisumu.")
    assert "ke-org:odm" not in tagged("the odm file format")


def test_embu_inside_kiembu_is_not_a_county():
    assert "ke-county:014" not in tagged("A gospel singer who performs in Kiembu won an award.")
    assert "ke-county:014" in tagged("Embu residents queued for water.")


# Counties


@pytest.mark.parametrize("written, code", [
    ("Murang'a", "ke-county:021"), ("Muranga", "ke-county:021"), ("Murang\u2019a", "ke-county:021"),
    ("Homa Bay", "ke-county:043"), ("Homabay", "ke-county:043"), ("Tharaka-Nithi", "ke-county:013"),
    ("Tharaka Nithi", "ke-county:013"), ("Elgeyo Marakwet", "ke-county:028"), ("Taita Taveta", "ke-county:006"),
    ("Trans-Nzoia", "ke-county:026"), ("Uasin Gishu", "ke-county:027"), ("Pokot Magharibi", "ke-county:024"),
])
def test_county_spellings(written, code):
    assert code in tagged(f"Residents of {written} county queued for relief food.")


def test_a_dateline_is_a_county_mention():
    tags = tag_story("Prices rise", "NAIROBI, Kenya \u2014 Fuel prices rose on Monday.", "")
    nairobi = next(t for t in tags if t["code"] == "ke-county:047")
    assert nairobi["reason"] == 'dateline "NAIROBI"'


def test_an_unambiguous_town_counts_for_its_county_and_says_so():
    tags = tag_story("", "", "Athletes trained in Eldoret all week.")
    county = next(t for t in tags if t["kind"] == "county")
    assert county["code"] == "ke-county:027"
    assert "Eldoret" in county["reason"] and "town in Uasin Gishu" in county["reason"]


def test_wote_is_a_kiswahili_word_not_makuenis_headquarters():
    assert not codes(tag_story("", "", "Wote walikubaliana na uamuzi huo.", language="sw"), "county")


@pytest.mark.parametrize("body", [
    "Shares rose at the Nairobi Securities Exchange on Tuesday.",
    "Kakamega Homeboyz won 2-0 on Sunday.",
    "Traffic stalled on Mombasa Road for hours.",
    "Boda boda riders blocked Thika Road.",
    "Students at the Kisumu National Polytechnic boycotted classes.",
    "Lecturers at the University of Nairobi elected new officials.",
    "The body was taken to the Nairobi Hospital mortuary.",
    "Murang'a SEAL beat Kisumu All Stars.",
    "Fishermen on Lake Turkana count losses.",
    "He died while climbing Mount Meru in Tanzania.",
    "Hawkers were moved off Ngong Road.",
])
def test_a_place_inside_another_name_is_not_a_county(body):
    assert not codes(tag_story("", "", body), "county")


def test_both_ends_of_a_highway_name_are_not_counties_but_the_crash_site_is():
    found = codes(tag_story("", "", "A bus crashed near Naivasha on the Nairobi-Nakuru highway."), "county")
    assert found == {"ke-county:032"}


def test_a_kiswahili_road_name_is_not_a_county():
    body = "Basi liligongana na trela karibu na Mtito Andei kwenye barabara kuu ya Nairobi-Mombasa."
    assert codes(tag_story("", "", body, language="sw"), "county") == {"ke-county:017"}


def test_the_nse_is_an_organisation():
    assert "ke-org:nse" in tagged("Shares rose at the Nairobi Securities Exchange on Tuesday.")


# People


def test_ruto_alone_is_the_president():
    assert "ke-person:william-ruto" in tagged("Ruto told the rally the economy was recovering.")


def test_other_rutos_are_not_the_president():
    assert tagged("First Lady Rachel Ruto planted trees.") & {"ke-person:william-ruto"} == set()
    assert "ke-person:rachel-ruto" in tagged("First Lady Rachel Ruto planted trees.")
    assert not codes(tag_story("", "", "Nick Ruto was not at the meeting."), "person")


def test_a_bare_surname_is_void_when_a_namesake_is_named_in_full():
    found = codes(tag_story("Isaac Ruto backs opposition", "", "Mr Ruto said the region had been ignored."),
                  "person")
    assert found == {"ke-person:isaac-ruto"}


def test_odinga_needs_a_first_name_or_a_title():
    assert not codes(tag_story("", "", "Odinga spoke at the funeral."), "person")
    assert "ke-person:raila-odinga" in tagged("Mr Odinga spoke at the funeral.")
    assert codes(tag_story("", "", "Winnie Odinga spoke at the funeral."), "person") == {
        "ke-person:winnie-odinga"}
    assert not codes(tag_story("", "", "Raila Odinga Junior attended."), "person")


def test_a_person_inside_a_place_name_is_not_mentioned():
    for body in ("The Raila Odinga Stadium in Homa Bay hosted the trials.",
                 "Traders left Oginga Odinga Street in Kisumu.",
                 "Flights left Jomo Kenyatta International Airport late.",
                 "Athletes gathered at Kipchoge Keino Stadium.",
                 "Omanyala will run at the Kip Keino Classic."):
        assert codes(tag_story("", "", body), "person") <= {"ke-person:ferdinand-omanyala"}, body


def test_uhuru_is_the_former_president_in_english_but_not_in_place_names():
    assert "ke-person:uhuru-kenyatta" in tagged("Uhuru told Jubilee officials to prepare.")
    assert not codes(tag_story("", "", "Thousands gathered at Uhuru Park."), "person")


def test_uhuru_in_kiswahili_needs_a_title_or_kenyatta():
    assert not codes(tag_story("", "", "Sherehe za Siku ya Uhuru zimekamilika.", language="sw"), "person")
    assert not codes(tag_story("", "", "Walitetea Uhuru wa vyombo vya habari.", language="sw"), "person")
    assert "ke-person:uhuru-kenyatta" in tagged("Rais mstaafu Uhuru alihudhuria.", language="sw")


# Organisations


def test_wiper_the_car_part_is_not_the_party():
    assert "ke-org:wiper" not in tagged("Wiper blades sell out as rains begin. A rear wiper costs Sh1,500.")
    assert "ke-org:wiper" in tagged("The Wiper party will field a candidate.")


def test_jubilee_the_company_or_the_anniversary_is_not_the_party():
    assert "ke-org:jubilee" not in tagged("Jubilee Insurance shares rose. The school marked its golden jubilee.")
    assert "ke-org:jubilee" not in tagged("Waumini waliadhimisha Mwaka wa Jubilee.", language="sw")
    assert "ke-org:jubilee" in tagged("Jubilee Party officials met in Nairobi.")


def test_anc_is_not_south_africas_party_or_antenatal_care():
    assert "ke-org:anc" not in tagged("South Africa's ANC lost control of several councils.")
    assert "ke-org:anc" not in tagged("Fewer mothers attended ANC clinics this year.")
    assert "ke-org:anc" in tagged("ANC leader Musalia Mudavadi addressed delegates.")


def test_azimio_as_a_resolution_is_not_the_coalition():
    assert "ke-org:azimio" not in tagged("Azimio hilo liliungwa mkono na wawakilishi 32.", language="sw")
    assert "ke-org:azimio" in tagged("Azimio la Umoja leaders met in Nairobi.")


@pytest.mark.parametrize("body", [
    "Uganda's Parliament passed the law on Tuesday.",
    "Members of the US Senate questioned the funding.",
    "The Supreme Court of Uganda dismissed the petition.",
    "Bunge la Tanzania lilipitisha sheria hiyo.",
])
def test_a_foreign_institution_is_not_kenyas(body):
    assert not codes(tag_story("", "", body), "organisation")


def test_a_generic_institution_needs_a_story_about_kenya():
    wire = "The Senate will vote on the bill next week, and the Supreme Court may have the last word."
    assert not codes(tag_story("Senate to vote on spending bill", "", wire), "organisation")
    assert "ke-org:senate" in tagged(wire + " Senators from Kisumu and Nakuru spoke.")


def test_kenyan_institutions_by_their_plain_names():
    found = tagged("Parliament and the Senate disagreed; the Supreme Court will rule. Kenya's National Assembly met.")
    assert {"ke-org:parliament", "ke-org:senate", "ke-org:supreme-court", "ke-org:national-assembly"} <= found


def test_police_in_lower_case_is_not_the_police_service():
    assert "ke-org:police" not in tagged("police said the driver fled.")
    assert "ke-org:police" in tagged("The National Police Service recruited 10,000 officers.")


def test_odm_kenya_is_not_odm():
    assert "ke-org:odm" not in tagged("Kalonzo ran on an ODM-Kenya ticket in 2007.")


# Subjects and evidence


def test_kiswahili_section_and_text():
    tags = tag_story("Gor Mahia yaicharaza AFC Leopards", "", "Mshambuliaji alifunga bao la ushindi.",
                     section="Michezo", language="sw")
    assert [t["code"] for t in tags[:2]] == ["medtop:15000000", "ke-subject:football"]
    assert {"ke-org:gor-mahia", "ke-org:afc-leopards"} <= codes(tags)


def test_a_site_tag_is_evidence_and_is_named_in_the_reason():
    tags = tag_story("Leaders mourn", "", "Mourners filled the stadium.", site_tags=["Raila Odinga", "Politics"])
    raila = next(t for t in tags if t["code"] == "ke-person:raila-odinga")
    assert raila["reason"] == 'site tag "Raila Odinga"'
    assert tags[0]["code"] == "medtop:11000000"
    assert 'site tag "Politics"' in tags[0]["reason"]


def test_a_story_with_no_evidence_gets_no_subject():
    assert not codes(tag_story("Untitled", "", "Lorem ipsum dolor sit amet."), "subject")


# Measured quality


def test_dev_set_file_is_what_the_generator_writes():
    generator = load_bench_module("make_tagging_devset")
    with generator.OUTPUT.open(encoding="utf-8") as lines:
        written = [json.loads(line) for line in lines]
    assert written == generator.build()


def test_quality_on_the_dev_set():
    bench = load_bench_module("tagging_bench")
    result, errors = bench.score(bench.load())
    assert result["stories"] >= 150
    assert result["primary_accuracy"] >= 0.90, errors
    for kind in ("county", "organisation"):
        assert result[f"{kind}_precision"] >= 0.98, errors
        assert result[f"{kind}_recall"] >= 0.95, errors


def test_counties_file_matches_the_kenya_data_package():
    pytest.importorskip("kenya_data")
    spec = importlib.util.spec_from_file_location("make_counties", ROOT / "aggregator" / "data" / "make_counties.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    stored = json.loads(module.OUTPUT.read_text(encoding="utf-8"))["counties"]
    assert stored == module.county_entries()

"""DedupeIndex and ClusterIndex on invented Kenyan stories: each variant kind, each near miss."""

import numpy as np
import pytest

from aggregator.dedupe import ClusterIndex, DedupeIndex, content_hash, normalise_text

# The story every variant below is made from (Nation, Tuesday 3 March 2026).
EVICTION = """The Environment and Land Court in Nakuru on Tuesday stopped the planned eviction of 240 families from a 50-acre parcel in Njoro, pending the hearing of a petition filed by their elders.

Justice Grace Wambui said the families, some of whom have lived on the land since 1994, had shown that their removal would cause harm that money could not repair. She directed the Nakuru County Commissioner not to deploy officers to the farm until the case is decided.

The land is claimed by Kilimo Heritage Ltd, which says it bought the parcel from a cooperative society in 2011 and holds a valid title. The company's lawyer, Peter Kiprono, told the court that the families were squatters who had ignored three notices to vacate.

Elder Samuel Kiptoo, who led the petitioners, said the cooperative had no right to sell land that its members were still farming. "We have buried our parents on this land and we are not going anywhere until the court hears us," he told reporters outside the courtroom.

The families say they were never paid for the land and only learnt of the sale when surveyors arrived with police in January. A similar dispute over 30 acres in neighbouring Mau Narok was settled out of court last year.

The case will be mentioned on March 24, when the company is expected to file its response."""

# The same event as told by another outlet (The Star): shares the facts and the quote, not the words.
EVICTION_WRITEUP = """Two hundred and forty families living on a disputed farm in Njoro will stay put for now after a Nakuru court barred their eviction on Tuesday.

Environment and Land Court judge Grace Wambui issued the order after elders petitioned against Kilimo Heritage Ltd, a firm that says it acquired the 50 acres in 2011. The judge said evicting the residents before the dispute is heard would expose them to irreparable loss.

"We have buried our parents on this land and we are not going anywhere until the court hears us," elder Samuel Kiptoo said after the ruling.

Residents told the Star that surveyors escorted by police first came to the farm in January, marking boundaries across maize fields and homesteads. Many say they have title documents issued by the cooperative that once owned the land.

Lawyer Peter Kiprono, for the firm, argued that the occupants had been served with notices and had refused to move. The matter returns to court on March 24."""

# The same people and place, another case: must stay a separate story and event.
SCHOOL_LAND = """Justice Grace Wambui of the Environment and Land Court in Nakuru has ordered a private developer to stop building on land claimed by Njoro Boys Primary School.

The school's board of management says four acres of its playing field were hived off in 2019 and sold to Pambazuko Homes, which has since put up a perimeter wall. The board chairman, Samuel Kiptoo, told the court the land was set aside for the school in 1972.

In a ruling delivered on Wednesday, the judge said the developer had not explained how a public school's land ended up in private hands. She ordered the National Land Commission to produce the original allocation records within 14 days.

Parents have held demonstrations at the gate twice this year, saying pupils no longer have space for games. The developer's lawyer said the company bought the land in good faith and would comply with the order.

Nakuru County education officials said they would audit all public school land in Njoro and Molo after complaints from three other schools."""

# A later story on the eviction case that repeats one quote: a follow-up, not the same story.
EVICTION_FOLLOW_UP = """Families facing eviction from a 50-acre farm in Njoro on Friday marched to the Nakuru County offices, demanding that the county government buy the land and settle them permanently.

The residents, who won a temporary reprieve from the Environment and Land Court earlier this week, said a court order alone would not protect them from the company claiming the parcel. They presented a petition signed by more than 900 people to the county executive for lands, Ruth Chebet.

Ms Chebet said the county had no budget to buy land this financial year but would raise the matter with the National Land Commission. "We cannot promise what we do not have, but we will not allow anyone to be thrown out in the cold," she said.

Elder Samuel Kiptoo repeated the words he had spoken outside the courtroom on Tuesday: "We have buried our parents on this land and we are not going anywhere until the court hears us."

Police kept watch as the group dispersed peacefully in the afternoon. Kilimo Heritage Ltd has not commented on the demand."""

# A monthly report: next month's edition reads the same with other figures.
FUEL_MARCH = """The Energy and Petroleum Regulatory Authority has raised the price of super petrol by Sh2.40 to Sh189.84 a litre in Nairobi for the month to April 14.

Diesel will retail at Sh171.47, up Sh1.10, while kerosene rises by Sh0.85 to Sh161.75 a litre, the regulator said in its monthly review on Friday evening.

The authority said the average landed cost of imported super petrol rose by 3.1 per cent in February, while diesel rose by 2.2 per cent. Motorists in Mombasa will pay slightly less than those in Nairobi because of lower transport costs from the port.

Matatu owners warned that fares could go up if the prices keep rising. Transporters have asked the Treasury to cut the taxes charged on fuel, which they say make up about a third of the pump price."""

FUEL_APRIL = """The Energy and Petroleum Regulatory Authority has raised the price of super petrol by Sh3.15 to Sh192.99 a litre in Nairobi for the month to May 14.

Diesel will retail at Sh173.02, up Sh1.55, while kerosene rises by Sh0.60 to Sh162.35 a litre, the regulator said in its monthly review on Monday evening.

The authority said the average landed cost of imported super petrol rose by 2.7 per cent in March, while diesel rose by 1.9 per cent. Motorists in Mombasa will pay slightly less than those in Nairobi because of lower transport costs from the port.

Matatu owners warned that fares could go up if the prices keep rising. Transporters have asked the Treasury to cut the taxes charged on fuel, which they say make up about a third of the pump price."""

UNRELATED = """Kakamega Homeboyz came from a goal down to beat Shabana 2-1 in a Premier League match at Bukhungu Stadium on Sunday, lifting them to fourth on the table.

Shabana took the lead in the 17th minute through a header from a corner, but Homeboyz levelled before the break when their striker turned in a low cross at the near post.

The winner came ten minutes from time, a long-range shot that dipped over the Shabana goalkeeper. Homeboyz coach Dennis Wekesa said his players had shown character after a poor first half.

Shabana, who have lost three of their last four matches, host Bandari next weekend. About 6,000 fans watched the match despite heavy rain in the afternoon."""


def paragraphs(text):
    return text.split("\n\n")


def edit_every(text, step, word="reportedly"):
    """Swap every `step`-th word for another: scattered edits, the hard case for shingles."""
    words = text.split(" ")
    return " ".join(word if number % step == step - 1 else w for number, w in enumerate(words))


@pytest.fixture
def index():
    index = DedupeIndex()
    index.add("eviction", EVICTION, "2026-03-03T09:00:00Z")
    index.add("fuel-march", FUEL_MARCH, "2026-03-13T17:00:00Z")
    index.add("football", UNRELATED, "2026-03-01T18:00:00Z")
    return index


def test_normalise_text_folds_typography():
    assert normalise_text("\u201cWe\u2019re  here\u201d \u2013 KENYA\n\nToday") == "\"we're here\" - kenya today"


def test_content_hash_ignores_quotes_dashes_spacing_and_case():
    assert content_hash("Elder Samuel Kiptoo said \u201cno\u201d \u2014 twice.") == content_hash(
        'elder  samuel kiptoo said "no" - twice.'
    )
    assert content_hash("Sh189.84 a litre") != content_hash("Sh192.99 a litre")
    assert len(content_hash("x")) == 64


def test_exact_copy_with_other_typography(index):
    copy = EVICTION.replace('"', "\u201c", 1).replace("company's", "company\u2019s").replace("\n\n", "\n \n")
    match = index.find(copy)
    assert (match.story_id, match.kind, match.fuller) == ("eviction", "exact", False)


def test_copy_with_boilerplate_around_and_inside(index):
    parts = paragraphs(EVICTION)
    wrapped = "\n\n".join(
        ["PAY ATTENTION: Join our WhatsApp channel for the latest news from across the country."]
        + parts[:3]
        + ["ALSO READ: Nakuru traders protest new market levy"]
        + parts[3:]
        + ["Do you have a story you would like us to publish? Reach our news desk.", "Source: Original"]
    )
    match = index.find(wrapped)
    assert (match.story_id, match.kind) == ("eviction", "near")


def test_copy_with_dateline(index):
    match = index.find("NAKURU, Kenya, Mar 3 \u2013 " + EVICTION)
    assert (match.story_id, match.kind) == ("eviction", "near")


def test_copy_with_a_tenth_of_the_words_changed(index):
    match = index.find(edit_every(EVICTION, 10))
    assert (match.story_id, match.kind) == ("eviction", "near")


def test_copy_with_a_paragraph_added_is_fuller(index):
    parts = paragraphs(EVICTION)
    extra = "Local leaders, among them the area MCA, asked the national government to survey the land afresh and settle the dispute once and for all."
    match = index.find("\n\n".join(parts[:4] + [extra] + parts[4:]))
    assert (match.story_id, match.kind, match.fuller) == ("eviction", "near", True)


def test_copy_with_a_paragraph_cut(index):
    parts = paragraphs(EVICTION)
    match = index.find("\n\n".join(parts[:2] + parts[3:]))
    assert (match.story_id, match.kind, match.fuller) == ("eviction", "near", False)


@pytest.mark.parametrize("teaser", [
    paragraphs(EVICTION)[0],
    "\n\n".join(paragraphs(EVICTION)[:2]),
    paragraphs(EVICTION)[0] + "\n\nRead More",
    " ".join(EVICTION.split()[:55]) + " [\u2026]",
])
def test_feed_teaser_is_found(index, teaser):
    match = index.find(teaser)
    assert (match.story_id, match.kind, match.fuller) == ("eviction", "teaser", False)


def test_full_article_after_its_teaser_contains_it():
    index = DedupeIndex()
    index.add("teaser", paragraphs(EVICTION)[0], "2026-03-03T08:40:00Z")
    match = index.find(EVICTION)
    assert (match.story_id, match.kind, match.fuller) == ("teaser", "contains", True)


def test_fuller_text_replaces_the_stored_one_and_old_texts_still_find_it():
    index = DedupeIndex()
    teaser = paragraphs(EVICTION)[0]
    index.add("story", teaser, "2026-03-03T08:40:00Z")
    index.add("story", "PAY ATTENTION: Join our WhatsApp channel for the latest news.\n\n" + EVICTION)
    assert len(index) == 1
    assert index.find(teaser).kind == "exact"
    # A clean copy's teaser still finds the story, though the stored text now opens with boilerplate.
    assert index.find("\n\n".join(paragraphs(EVICTION)[:2])).story_id == "story"
    assert index.find(edit_every(EVICTION, 10)).kind == "near"


def test_short_teaser_is_left_alone(index):
    assert index.find("Nakuru court stops eviction of 240 families in Njoro") is None


def test_other_outlets_write_up_is_not_merged(index):
    assert index.find(EVICTION_WRITEUP) is None


def test_same_people_and_place_other_case_is_not_merged(index):
    assert index.find(SCHOOL_LAND) is None


def test_follow_up_sharing_a_quote_is_not_merged(index):
    assert index.find(EVICTION_FOLLOW_UP) is None
    assert index.find(paragraphs(EVICTION_FOLLOW_UP)[0]) is None


def test_next_months_report_is_not_merged(index):
    assert index.find(FUEL_APRIL) is None
    assert index.find(paragraphs(FUEL_APRIL)[0]) is None


def test_teaser_that_differs_in_one_word_is_not_merged(index):
    rival = paragraphs(EVICTION)[0].replace("Njoro", "Molo")
    assert index.find(rival) is None


def test_furniture_shared_by_many_stories_does_not_make_them_duplicates():
    # Site furniture that cleaning missed: the same promo block under every story.
    furniture = (
        "Get the latest news delivered to your phone every morning when you subscribe to our daily newsletter. "
        "Download our free app from the Google Playstore and follow us on all our social media pages for "
        "breaking news, live updates, exclusive interviews, photos and videos from across all the 47 counties."
    )
    index = DedupeIndex()
    for number in range(60):
        index.add(f"s{number}", f"Story number {number} is about topic {number * 7} in ward {number * 13}. {furniture}")
    first = f"Police in Molo are looking for two men who stole a motorbike from a boda boda rider on Monday night. {furniture}"
    index.add("first", first)
    second = f"Farmers in Kuresoi want the county to build a cold store for their potatoes before the harvest. {furniture}"
    assert index.find(second) is None
    assert index.find(first).story_id == "first"


def test_remove_forgets_a_story(index):
    index.remove("eviction")
    index.remove("never-added")
    assert "eviction" not in index
    assert index.find(EVICTION) is None
    assert len(index) == 2


def test_prune_drops_stories_older_than_the_window(index):
    index.add("undated", SCHOOL_LAND)
    assert index.prune("2026-03-05T00:00:00Z") == 2
    assert sorted(["fuel-march", "undated"]) == sorted(s for s in ("eviction", "fuel-march", "football", "undated") if s in index)
    assert index.find(EVICTION) is None
    assert index.find(edit_every(FUEL_MARCH, 10)).story_id == "fuel-march"


def test_save_and_load_round_trip(index, tmp_path):
    path = tmp_path / "dedupe.npz"
    index.add("teaser-then-full", paragraphs(SCHOOL_LAND)[0])
    index.add("teaser-then-full", SCHOOL_LAND)
    index.save(path)
    loaded = DedupeIndex.load(path)
    assert len(loaded) == len(index) == 4
    for text in (EVICTION, edit_every(EVICTION, 10), paragraphs(EVICTION)[0], paragraphs(SCHOOL_LAND)[0], FUEL_APRIL):
        assert loaded.find(text) == index.find(text)
    assert loaded.prune("2026-03-05T00:00:00Z") == 2


def test_load_refuses_an_index_built_with_other_settings(index, tmp_path):
    path = tmp_path / "dedupe.npz"
    index.save(path)
    with np.load(path) as data:
        arrays = dict(data)
    arrays["settings"] = arrays["settings"] + 1
    np.savez(path, **arrays)
    with pytest.raises(ValueError, match="other settings"):
        DedupeIndex.load(path)


def test_from_rows_rebuilds_the_index():
    rows = [
        {"story_id": "eviction", "text": EVICTION, "when": "2026-03-03T09:00:00Z"},
        {"story_id": "fuel-march", "text": FUEL_MARCH, "when": None},
    ]
    index = DedupeIndex.from_rows(rows)
    assert index.find(edit_every(EVICTION, 10)).story_id == "eviction"
    assert index.find(FUEL_APRIL) is None


# --- clusters ---------------------------------------------------------------

def assign(clusters, story_id, text, when, source, title):
    return clusters.assign(story_id, title, "", text, when, source)


@pytest.fixture
def clusters():
    clusters = ClusterIndex()
    assign(clusters, "eviction", EVICTION, "2026-03-03T09:00:00Z", "nation",
           "Court stops eviction of 240 families from Njoro farm")
    assign(clusters, "football", UNRELATED, "2026-03-02T18:00:00Z", "nation", "Homeboyz beat Shabana at Bukhungu")
    return clusters


def test_other_outlets_write_up_joins_the_cluster(clusters):
    cluster = assign(clusters, "writeup", EVICTION_WRITEUP, "2026-03-03T14:30:00Z", "star",
                     "Njoro Families Win Reprieve As Court Halts Eviction")
    assert cluster == "eviction"


def test_same_people_other_case_gets_its_own_cluster(clusters):
    cluster = assign(clusters, "school", SCHOOL_LAND, "2026-03-04T11:00:00Z", "standard",
                     "Judge stops developer from building on Njoro school land")
    assert cluster == "school"


def test_follow_up_days_later_gets_its_own_cluster(clusters):
    cluster = assign(clusters, "march", EVICTION_FOLLOW_UP, "2026-03-06T15:00:00Z", "citizen",
                     "Njoro families march to county offices, demand land purchase")
    assert cluster == "march"


def test_same_outlet_is_no_evidence(clusters):
    cluster = assign(clusters, "nation-again", EVICTION_WRITEUP, "2026-03-03T14:30:00Z", "nation",
                     "Njoro families win reprieve as court halts eviction")
    assert cluster == "nation-again"


def test_write_up_outside_the_window_gets_its_own_cluster(clusters):
    cluster = assign(clusters, "late", EVICTION_WRITEUP, "2026-03-06T10:00:00Z", "star",
                     "Njoro families win reprieve as court halts eviction")
    assert cluster == "late"


def test_cluster_index_prunes_and_rebuilds_from_rows(clusters):
    assert clusters.prune("2026-03-03T00:00:00Z") == 1
    assert len(clusters) == 1
    rows = [{"story_id": "eviction", "title": "Court stops eviction of 240 families from Njoro farm", "lead": "",
             "body": EVICTION, "when": "2026-03-03T09:00:00Z", "source": "nation", "cluster_id": "c-17"}]
    rebuilt = ClusterIndex.from_rows(rows)
    assert assign(rebuilt, "writeup", EVICTION_WRITEUP, "2026-03-03T14:30:00Z", "star",
                  "Njoro families win reprieve as court halts eviction") == "c-17"


@pytest.mark.parametrize("count", [0, 1, 7, 350, 2500])
def test_minhash_values_are_datasketchs(count):
    # The sketches stored in saved indexes were datasketch's; ours must stay bit for bit the same.
    datasketch = pytest.importorskip("datasketch")
    from aggregator.dedupe import NUM_PERM, _minhash

    shingles = np.unique(np.random.default_rng(count).integers(0, 2**32, count, dtype=np.uint64).astype(np.uint32))
    reference = datasketch.MinHash(num_perm=NUM_PERM, hashfunc=lambda value: value, scheme="affine32",
                                   permutations=datasketch.MinHash(num_perm=NUM_PERM, seed=1).permutations)
    reference.update_batch(shingles.tolist())
    ours = _minhash(shingles)
    assert ours.dtype == reference.hashvalues.dtype
    assert ours.tolist() == reference.hashvalues.tolist()


def test_lsh_bands_find_what_a_plain_scan_finds_across_merges_and_removals(monkeypatch):
    # Few rows per merge, so that the sorted arrays, the recent rows and removals all take part.
    from aggregator import dedupe

    monkeypatch.setattr(dedupe._Bands, "MERGE_EVERY", 8)
    bands = dedupe._Bands(4, 2)
    rng = np.random.default_rng(7)
    # Values from a small alphabet, so that stories share bands often.
    values = {f"s{n}": rng.integers(0, 3, 8).astype(np.uint32) for n in range(120)}
    live = {}
    for n, (story_id, hashvalues) in enumerate(values.items()):
        bands.insert(story_id, hashvalues)
        live[story_id] = hashvalues
        if n % 3 == 2:
            gone = f"s{n - 1}"
            bands.remove(gone)
            live.pop(gone)
        if n % 10 == 0:  # re-inserting a story replaces its keys
            bands.insert(story_id, hashvalues[::-1].copy())
            live[story_id] = hashvalues[::-1].copy()
        for probe in (hashvalues, values["s0"]):
            expected = {other for other, theirs in live.items()
                        if (probe.reshape(4, 2) == theirs.reshape(4, 2)).all(axis=1).any()}
            assert bands.query(probe) == expected

"""Topic tags for a story: subjects, counties, organisations and people.

`tag_story(...)` returns one dict per tag, `{"code", "kind", "label", "reason",
"score"}`: subjects first (the primary subject first), then counties,
organisations and people, each by score. `all_tags()` lists the vocabulary.

The vocabulary lives in `aggregator/data/`: `subjects.json` (the 17 IPTC Media
Topics top-level subjects, `medtop:` codes, plus Kenyan subtopics `ke-subject:`
under them), `counties.json` (generated from the kenya-data package by
`data/make_counties.py`), `organisations.json` and `people.json`.

Every name and keyword goes into one regular expression, built as a prefix
tree, so a story is read once per field however large the vocabulary grows.

Evidence and scores. Each hit counts by where it is: title 3, lead 2, body 1,
a site tag 3, a dateline 3. A subject also gets 8 when the outlet's section is
one of its section names. A weak keyword counts 0.4 of that, and one keyword
adds at most 6 to a subject. A subtopic's score flows up to its top-level
subject (a top-level tag's score includes its subtopics'); the primary
subject is the top-level subject with the highest score. An organisation
adds its hits to the subject it stands for (IEBC: elections), a person a
quarter of them. An entity's score is the sum of its hits.

What counts as a mention (the judgements):
- A name must stand as a whole word: "ODM" in "Goodman", "KRA" in "Ukraine",
  "UDA" in "muda" (Kiswahili: time), "Embu" in "Kiembu" never count.
- Acronyms (ODM, UDA, IEBC, CoG) count only as written (or in capitals);
  other names need a capital letter, so "wiper blades", "the jubilee year",
  "uhuru" (freedom) and "azimio" (a resolution) in lower case never count.
- The longest name wins: "Nairobi Securities Exchange" is the NSE, not
  Nairobi; "Kakamega Homeboyz" is the club, not Kakamega; "Isaac Ruto" and
  "Rachel Ruto" are not William Ruto; "Raila Odinga Junior" is not Raila.
- A county or town named inside the name of a road, club, company, school,
  university, hospital or treaty is not a mention of the county: "Mombasa
  Road" (it is in Nairobi), "Kisumu Polytechnic", "Murang'a SEAL", "Nairobi
  Hospital", "University of Nairobi", "Nairobi Convention", and both ends of
  "the Nairobi-Nakuru highway" or "barabara kuu ya Nairobi-Mombasa". The
  story usually names the real place too.
- A dateline ("NAIROBI, Kenya -", "KISUMU, Oct 3 -") is a mention, and its
  reason says so. So are "X County", "in X" and "X town".
- Towns count for their county only where the town lies in one county and
  its name is nothing else (see `data/make_counties.py` for what was left out:
  "Wote" is Kiswahili for "all", "Mbale" is also in Uganda).
- "Lake Turkana" and "Mount Meru" are not the counties.
- A person's name inside the name of a place, institution or event is not a
  mention of the person: "Raila Odinga Stadium", "Oginga Odinga Street",
  "Jomo Kenyatta International Airport", "the Kip Keino Classic".
- A bare surname counts only for people whose surname is unambiguous in
  Kenyan news ("Ruto", "Gachagua", "Mudavadi"), and not when another given
  name stands right before it ("Nick Ruto"). Shared surnames need a first name
  or a title: "Odinga" alone could be Raila, Oburu, Winnie or Jaramogi, so only
  "Mr Odinga" / "former Prime Minister Odinga" count for Raila; "Kenyatta"
  needs a title for Uhuru and "Mzee" for Jomo.
- "Uhuru" alone is Uhuru Kenyatta in English, but not in "Uhuru Park",
  "Uhuru Gardens" or "Siku ya Uhuru"; in Kiswahili text, where it means
  freedom, it needs "Kenyatta" or a title ("Rais mstaafu Uhuru").
- "Wiper" is the party unless it sits next to car words ("Wiper blades",
  "rear wiper"); "Jubilee" is the party unless it is "Jubilee Insurance" or a
  "golden jubilee"; "Azimio" followed by "hilo"/"la ..." is a resolution.
- "ANC" is Mudavadi's party unless the story is about South Africa or
  antenatal care ("ANC clinic").
- Generic institution names (Parliament, Senate, National Assembly, Supreme
  Court, Judiciary, Treasury, Central Bank, Bunge) are Kenya's unless another
  country qualifies them ("Uganda's Parliament", "the US Senate", "Supreme
  Court of Uganda", "Bunge la Tanzania"), and only in a story that is about
  Kenya: one that says "Kenya", names a county (even inside another name,
  as in "University of Nairobi"), or another Kenyan body or person. A wire
  story on "the Senate" in Washington tags nothing.
- "police" in lower case is not the National Police Service: it is in almost
  every crime story and says nothing an analyst can filter on. Its names
  ("National Police Service", "Kenya Police", "Inspector-General of Police")
  are.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, Sequence

DATA = Path(__file__).with_name("data")

FIELD_WEIGHTS = {"title": 3.0, "lead": 2.0, "body": 1.0, "tags": 3.0}
DATELINE_WEIGHT = 3.0
SECTION_WEIGHT = 8.0
WEAK_WEIGHT = 0.4
KEYWORD_CAP = 6.0  # one keyword repeated all through a story is still one idea
MIN_SUBJECT = 2.0  # one title keyword, or two in the body
SECONDARY_SHARE = 0.5  # another top-level subject needs half the primary's score
MIN_SUBTOPIC = 2.0
# An organisation is evidence for its subject (IEBC for elections); a person
# less so, as politicians turn up in stories on every subject.
HINT_WEIGHTS = {"organisation": 1.0, "person": 0.25}

KIND_ORDER = {"subject": 0, "county": 1, "organisation": 2, "person": 3}

# A county or town name followed by one of these is part of another name.
# Road words are matched in any case ("Mombasa road"); the rest as written.
_PLACE_SUFFIX = re.compile(
    r"(?:\s*[-\u2013\u2014/]\s*[A-Z][\w'\u2019]*(?:\s[A-Z][\w'\u2019]*)?)*\s+"
    r"(?:(?i:road|rd|highway|superhighway|bypass|street|avenue)"
    r"|Securities\sExchange|Stock\sExchange|Homeboyz|City\sStars|All\s?Stars|Stars|United|Queens"
    r"|Bullets|SEAL|Seal|Elite|FC|Polytechnic|National\sPolytechnic|Technical\sTraining\sInstitute"
    r"|University|Golf\sClub|Club|Hospital|Declaration|Convention|Accord|Agreement|Process)\b"
)
# Kiswahili puts the road first: "barabara (kuu) ya Nairobi-Mombasa".
_PLACE_PREFIX = re.compile(
    r"(?:\bUniversity\s+of|\b(?i:barabara)(?:\s+kuu)?\s+ya)\s+(?:[A-Z][\w'\u2019]*\s*[-\u2013\u2014]\s*)*$"
)
# A person's name followed by one of these names a place or an institution.
_NAMED_AFTER = re.compile(
    r"\s+(?:Stadium|Street|Road|Avenue|Way|Highway|University|International\sAirport|Airport|Hospital"
    r"|Teaching|Foundation|Gardens|Park|Sports\sComplex|School|Primary|Secondary|High\sSchool|Library"
    r"|Mausoleum|Memorial|Classic|Marathon|Cup|Trophy)\b"
)

_FOREIGN = (
    r"(?:Uganda|Ugandan|Tanzania|Tanzanian|Rwanda|Rwandan|Burundi|Ethiopia|Ethiopian|Somalia|Somali"
    r"|South\sSudan|Sudan|Nigeria|Nigerian|Ghana|Ghanaian|South\sAfrica|South\sAfrican|US|U\.S\.|American"
    r"|America|UK|British|Britain|European|EU|India|Indian|China|Chinese|Zambia|Zambian|Malawi|Congo"
    r"|Congolese|DRC|Marekani|Uingereza)"
)
_FOREIGN_BEFORE = re.compile(_FOREIGN + r"(?:'s|\u2019s)?\s+(?:[a-z]\w*\s+)?$")
_FOREIGN_AFTER = re.compile(r"\s+(?:of|wa|la|ya)\s+(?!Kenya\b)[A-Z]")

_TITLES = (
    r"President|Deputy\sPresident|former\sPresident|retired\sPresident|Prime\sCabinet\sSecretary"
    r"|Cabinet\sSecretary|CS|DP|Mr|Mrs|Ms|Dr|Prof|Hon|Governor|Gov|Senator|Sen|Speaker|Chief\sJustice"
    r"|CJ|Inspector-General|Inspector\sGeneral|IG|MP|Rais|Naibu\sRais|Rais\smstaafu|Rais\swa\szamani"
    r"|Bw|Bi|Gavana|Seneta|Mbunge|Waziri|Spika|Jaji\sMkuu|Mheshimiwa|Mhe"
)
# Capitalised words that may stand right before a bare surname without being
# another given name: titles, and words that open a sentence.
_NOT_GIVEN_NAMES = frozenset(
    "President Deputy Former Mr Mrs Ms Dr Prof Hon Governor Gov Senator Sen Speaker Justice "
    "Secretary Minister Leader Chairman MP CS DP Mzee Mama Rais Naibu Bw Bi Gavana Seneta Mbunge "
    "Waziri Spika Jaji Mheshimiwa Mhe Kinara Marehemu Mstaafu "
    "The A An On In At But And When As Yesterday Today However Meanwhile Also Then If While After "
    "Before Since Although Later Earlier Now So Still Even Why How What Where Speaking Addressing "
    "Jana Leo Hata Lakini Na Pia Wakati Baada Kabla Hapo Kwa Kesho Tayari Hivyo Aidha Ni Je Kama "
    "Huku Akizungumza Akihutubia Alisema".split()
)
_PREVIOUS_WORD = re.compile(r"([\w'\u2019.-]+)\s+$")
_NEXT_WORD = re.compile(r"\s+([\w'\u2019.-]+)")
_ADJACENT_CAPITALISED = re.compile(r"(?<![\w'\u2019.-])([A-Z][a-z'\u2019]+)\s+$")
_DATELINE_END = re.compile(r"\s*(?:,|\(|\s[-\u2013\u2014])")
_SHORTHAND = re.compile(r"^(.*)\((\w+)\)$")

# Recognised, then dropped: names that contain one of ours but mean something else.
BLOCKED = ["ODM-Kenya", "Mwaka wa Jubilee"]


@dataclass(frozen=True)
class Term:
    """One way of writing one tag."""

    code: str
    kind: str
    surface: str
    rule: str  # keyword | acronym | name | bare | titled
    weight: float = 1.0
    town: str = ""
    not_before: frozenset = frozenset()
    not_after: frozenset = frozenset()
    unless_story_has: tuple = ()
    generic: bool = False
    titles: re.Pattern | None = None
    sw_titled: bool = False


class Hit(NamedTuple):
    field: str  # title | lead | body | tags
    written: str  # as the story wrote it
    weight: float
    keyword: str  # the vocabulary form, lower-cased
    town: str
    dateline: bool
    rule: str


@dataclass
class Vocabulary:
    tags: dict  # code -> {"code", "kind", "label", "description", "parent", "subject"}
    terms: dict  # lower-cased surface -> [Term]
    generic: frozenset  # codes of institutions with a name any country could use
    pattern: re.Pattern  # every surface, lower-cased; run over lower-cased text
    pattern_any_case: re.Pattern  # for the rare text whose length changes when lower-cased
    sections: dict  # lower-cased section name -> [subject code]


def _load(name: str):
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _expand(surface: str) -> list[str]:
    """'farmer(s)' -> farmer, farmers."""
    shorthand = _SHORTHAND.match(surface)
    if shorthand:
        return [shorthand[1], shorthand[1] + shorthand[2]]
    return [surface]


def _spellings(surface: str, kind: str) -> set[str]:
    """The forms a name is printed in: curly apostrophes, hyphen or space, no apostrophe."""
    forms = {surface}
    if "-" in surface:
        forms |= {surface.replace("-", " "), surface.replace("-", "\u2013")}
    if kind == "county" and " " in surface:
        forms.add(surface.replace(" ", "-"))
    for form in list(forms):
        if "'" in form:
            forms.add(form.replace("'", "\u2019"))
            if kind != "subject":
                forms.add(form.replace("'", ""))
    return forms


def _is_acronym(surface: str) -> bool:
    """ODM, IEBC, CoG, K'Ogalo: one word with two capitals or more."""
    if " " in surface or "-" in surface:
        return False
    return sum(c.isupper() for c in surface) >= 2


def _prefix_tree_regex(words) -> str:
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        # A greedy optional tail tries the longer name first, then falls back.
        return f"(?:{body})?" if "" in node else body

    return emit(trie)


def _subject_terms(subjects: list[dict]) -> list[Term]:
    by_parent = defaultdict(set)
    for subject in subjects:
        if subject["parent"]:
            by_parent[subject["parent"]] |= {k.lower() for k in subject["keywords"] + subject["weak"]}
    terms = []
    for subject in subjects:
        # A keyword a subtopic lists belongs to the subtopic; its score flows up anyway.
        owned_by_child = by_parent.get(subject["code"], set())
        for weight, keywords in ((1.0, subject["keywords"]), (WEAK_WEIGHT, subject["weak"])):
            for keyword in keywords:
                if keyword.lower() in owned_by_child:
                    continue
                for surface in _expand(keyword):
                    for form in _spellings(surface, "subject"):
                        terms.append(Term(subject["code"], "subject", form, "keyword", weight))
    return terms


def _county_terms(counties: list[dict]) -> list[Term]:
    terms = []
    for county in counties:
        not_after = frozenset(w.lower() for w in county["not_after"])
        names = [(name, "") for name in [county["label"], *county["variants"]]]
        names += [(town, town) for town in county["towns"]]
        for name, town in names:
            for form in _spellings(name, "county"):
                terms.append(Term(county["code"], "county", form, "name", town=town, not_after=not_after))
    return terms


def _organisation_terms(organisations: list[dict]) -> list[Term]:
    terms = []
    for org in organisations:
        for alias in org["aliases"]:
            for form in _spellings(alias, "organisation"):
                terms.append(Term(
                    org["code"], "organisation", form, "acronym" if _is_acronym(alias) else "name",
                    not_before=frozenset(w.lower() for w in org.get("not_before", [])),
                    not_after=frozenset(w.lower() for w in org.get("not_after", [])),
                    unless_story_has=tuple(p.lower() for p in org.get("unless_story_has", [])),
                    generic=org.get("generic", False),
                ))
    return terms


def _title_pattern(titles: Sequence[str]) -> re.Pattern:
    alternatives = "|".join(re.escape(t).replace(r"\ ", r"\s") for t in titles)
    return re.compile(rf"(?:^|[^\w])(?:{alternatives})\.?\s+$", re.IGNORECASE)


def _person_terms(people: list[dict]) -> list[Term]:
    default_titles = re.compile(rf"(?:^|[^\w])(?:{_TITLES})\.?\s+$", re.IGNORECASE)
    terms = []
    for person in people:
        titles = _title_pattern(person["titles"]) if "titles" in person else default_titles
        context = dict(
            not_before=frozenset(w.lower() for w in person.get("not_before", [])),
            not_after=frozenset(w.lower() for w in person.get("not_after", [])),
            titles=titles,
        )
        for rule in ("names", "bare", "titled"):
            for alias in person.get(rule, []):
                for form in _spellings(alias, "person"):
                    terms.append(Term(
                        person["code"], "person", form, {"names": "name"}.get(rule, rule),
                        sw_titled=alias in person.get("sw_titled", []), **context,
                    ))
    return terms


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    subjects = _load("subjects.json")
    counties = _load("counties.json")["counties"]
    organisations = _load("organisations.json")
    people = _load("people.json")

    tags = {}
    for subject in subjects:
        parent = subject["parent"]
        description = (
            f"Kenyan subtopic of {next(s['label'] for s in subjects if s['code'] == parent)}"
            if parent else "IPTC Media Topics top-level subject"
        )
        tags[subject["code"]] = {"code": subject["code"], "kind": "subject", "label": subject["label"],
                                 "description": description, "parent": parent, "subject": None}
    for county in counties:
        tags[county["code"]] = {"code": county["code"], "kind": "county", "label": county["label"],
                                "description": f"County {county['number']}; headquarters {county['capital']}",
                                "parent": None, "subject": None}
    for kind, entries in (("organisation", organisations), ("person", people)):
        for entry in entries:
            tags[entry["code"]] = {"code": entry["code"], "kind": kind, "label": entry["label"],
                                   "description": entry["description"], "parent": None,
                                   "subject": entry.get("subject")}

    terms = defaultdict(list)
    for term in (_subject_terms(subjects) + _county_terms(counties)
                 + _organisation_terms(organisations) + _person_terms(people)):
        terms[term.surface.lower()].append(term)
    for surface in BLOCKED:
        terms[surface.lower()] = []

    sections = defaultdict(list)
    children = {s["parent"] for s in subjects if s["parent"]}
    child_sections = defaultdict(set)
    for subject in subjects:
        if subject["parent"]:
            child_sections[subject["parent"]] |= set(subject["sections"])
    for subject in subjects:
        for name in subject["sections"]:
            if subject["code"] in children and name in child_sections[subject["code"]]:
                continue
            sections[name.lower()].append(subject["code"])

    regex = r"(?<!\w)" + _prefix_tree_regex(sorted(terms)) + r"(?!\w)"
    generic = frozenset(org["code"] for org in organisations if org.get("generic"))
    return Vocabulary(tags, dict(terms), generic, re.compile(regex), re.compile(regex, re.IGNORECASE),
                      dict(sections))


def all_tags() -> list[dict]:
    """Every tag in the vocabulary: code, kind, label, description (for the tags table)."""
    return [
        {key: tag[key] for key in ("code", "kind", "label", "description")}
        for tag in sorted(vocabulary().tags.values(), key=lambda t: (KIND_ORDER[t["kind"]], t["code"]))
    ]


def _case_fits(term: Term, written: str) -> bool:
    if term.rule == "keyword":
        return True
    if term.rule == "acronym":
        return written == term.surface or written == term.surface.upper()
    # A name starts with a capital; the rest may follow a headline's or a
    # sentence's casing ("Wiper Party", "the Wiper party", "NAIROBI").
    return written[0].isupper() or not term.surface[0].isupper()


def _accepts(term: Term, text: str, start: int, end: int, story: "_Story") -> bool:
    before = text[max(0, start - 40):start]
    if term.not_after:
        previous = _PREVIOUS_WORD.search(before)
        if previous and previous[1].rstrip(".").lower() in term.not_after:
            return False
    if term.not_before:
        following = _NEXT_WORD.match(text, end)
        if following and following[1].rstrip(".").lower() in term.not_before:
            return False
    if term.unless_story_has and any(p in story.lowered for p in term.unless_story_has):
        return False
    if term.generic and (_FOREIGN_BEFORE.search(before) or _FOREIGN_AFTER.match(text, end)):
        return False
    if term.kind == "county":
        return not (_PLACE_SUFFIX.match(text, end) or _PLACE_PREFIX.search(before))
    if term.kind == "person":
        if _NAMED_AFTER.match(text, end):
            return False
        if term.rule == "titled" or (term.sw_titled and story.language == "sw"):
            return bool(term.titles.search(before))
        if term.rule == "bare":
            given = _ADJACENT_CAPITALISED.search(before)
            return not given or given[1] in _NOT_GIVEN_NAMES
    return True


class _Story:
    """Hits gathered from one story's fields."""

    def __init__(self, fields: dict, language: str):
        self.language = language
        self.lowered = " ".join(fields.values()).lower()
        self.hits = defaultdict(list)  # code -> [Hit]
        self.names_a_kenyan_place = False

    def read(self, field: str, text: str) -> None:
        vocab = vocabulary()
        # Matching lower-cased text is three times faster than IGNORECASE;
        # the offsets hold as long as lower-casing keeps the length.
        lowered = text.lower()
        if len(lowered) == len(text):
            matches = vocab.pattern.finditer(lowered)
        else:
            matches = vocab.pattern_any_case.finditer(text)
        for match in matches:
            written = text[match.start():match.end()]
            counted = set()
            for term in vocab.terms.get(written.lower(), ()):
                if term.code in counted or not _case_fits(term, written):
                    continue
                if not _accepts(term, text, match.start(), match.end(), self):
                    self.names_a_kenyan_place |= term.kind == "county"
                    continue
                counted.add(term.code)
                dateline = (term.kind == "county" and field in ("lead", "body") and match.start() < 3
                            and written.isupper() and bool(_DATELINE_END.match(text, match.end())))
                weight = DATELINE_WEIGHT if dateline else FIELD_WEIGHTS[field]
                self.hits[term.code].append(Hit(
                    field, written, weight * term.weight, term.surface.lower(), term.town, dateline, term.rule))

    def drop_shared_surnames(self) -> None:
        """A bare or titled surname is void when someone else of that surname is named in full.

        In a story about Isaac Ruto, "Mr Ruto" is Isaac, not the President.
        """
        vocab = vocabulary()
        named = defaultdict(set)  # last word of a full name -> person codes
        for code, hits in self.hits.items():
            if vocab.tags[code]["kind"] == "person":
                for hit in hits:
                    if hit.rule == "name":
                        named[hit.keyword.split()[-1]].add(code)
        for code, hits in list(self.hits.items()):
            if vocab.tags[code]["kind"] != "person" or any(h.rule == "name" for h in hits):
                continue
            kept = [h for h in hits if not named.get(h.keyword, set()) - {code}]
            if kept:
                self.hits[code] = kept
            else:
                del self.hits[code]

    def drop_generic_institutions_abroad(self) -> None:
        """'The Senate' is Kenya's only in a story that shows it is about Kenya."""
        vocab = vocabulary()
        entities = [c for c in self.hits if vocab.tags[c]["kind"] != "subject"]
        if (self.names_a_kenyan_place or "kenya" in self.lowered
                or any(c not in vocab.generic for c in entities)):
            return
        for code in entities:
            del self.hits[code]


def _count_phrases(hits) -> str:
    counts: dict = {}
    for hit in hits:
        counts[hit.written] = counts.get(hit.written, 0) + 1
    return ", ".join(f'"{w}" \u00d7{n}' for w, n in sorted(counts.items(), key=lambda x: -x[1])[:3])


def _entity_tag(code: str, hits, tag: dict) -> dict:
    reasons = []
    datelines = [h for h in hits if h.dateline]
    if datelines:
        reasons.append(f'dateline "{datelines[0].written}"')
    reasons += [f'site tag "{h.written}"' for h in hits if h.field == "tags"]
    text_hits = [h for h in hits if h.field != "tags" and not h.dateline]
    if text_hits:
        fields = [f for f in ("title", "lead", "body") if any(h.field == f for h in text_hits)]
        reason = f"text: {_count_phrases(text_hits)} in {', '.join(fields)}"
        towns = sorted({h.town for h in text_hits if h.town})
        if towns:
            reason += f" ({', '.join(towns)}: town in {tag['label']})"
        reasons.append(reason)
    return {"code": code, "kind": tag["kind"], "label": tag["label"], "reason": "; ".join(reasons),
            "score": round(sum(h.weight for h in hits), 2)}


def _subject_scores(story: _Story, section: str, section_tags: list[str]):
    vocab = vocabulary()
    scores = defaultdict(float)
    evidence = defaultdict(list)
    for part in _section_parts(section):
        for code in vocab.sections.get(part, ()):
            if not any(e.startswith("section") for e in evidence[code]):
                scores[code] += SECTION_WEIGHT
                evidence[code].append(f'section "{section}"')
    for site_tag in section_tags:
        for code in vocab.sections.get(site_tag.lower(), ()):
            scores[code] += FIELD_WEIGHTS["tags"]
            evidence[code].append(f'site tag "{site_tag}"')
    for code, hits in story.hits.items():
        tag = vocab.tags[code]
        if tag["kind"] == "subject":
            by_keyword = defaultdict(list)
            for hit in hits:
                by_keyword[hit.keyword].append(hit)
            for keyword_hits in by_keyword.values():
                scores[code] += min(KEYWORD_CAP, sum(h.weight for h in keyword_hits))
            evidence[code].append(f"text: {_count_phrases(hits)}")
        elif tag["subject"]:
            scores[tag["subject"]] += min(KEYWORD_CAP, HINT_WEIGHTS[tag["kind"]] * sum(h.weight for h in hits))
            evidence[tag["subject"]].append(f"{tag['kind']}: {_count_phrases(hits)}")
    return scores, evidence


def _section_parts(section: str) -> list[str]:
    section = section.strip().lower()
    if not section:
        return []
    parts = [p.strip() for p in re.split(r"[/>|\u00bb,]", section) if p.strip()]
    return list(dict.fromkeys([section, *parts, *(p.replace("-", " ") for p in parts)]))


def _subject_tags(story: _Story, section: str, section_tags: list[str]) -> list[dict]:
    vocab = vocabulary()
    scores, evidence = _subject_scores(story, section, section_tags)
    totals = defaultdict(float)
    for code, score in scores.items():
        totals[vocab.tags[code]["parent"] or code] += score
    ranked = sorted((t for t in totals.items() if t[1] >= MIN_SUBJECT), key=lambda t: (-t[1], t[0]))
    if not ranked:
        return []
    floor = max(MIN_SUBJECT, SECONDARY_SHARE * ranked[0][1])
    tags = []
    for top, total in ranked:
        if tags and total < floor:
            break
        subtopics = sorted(
            (c for c, s in scores.items() if vocab.tags[c]["parent"] == top and s >= MIN_SUBTOPIC),
            key=lambda c: (-scores[c], c),
        )
        reasons = list(evidence.get(top, []))
        reasons += [f"via {vocab.tags[c]['label']}" for c in subtopics]
        tags.append(_subject_dict(top, "; ".join(reasons), total))
        tags += [_subject_dict(c, "; ".join(evidence[c]), scores[c]) for c in subtopics]
    return tags


def _subject_dict(code: str, reason: str, score: float) -> dict:
    tag = vocabulary().tags[code]
    return {"code": code, "kind": "subject", "label": tag["label"], "reason": reason, "score": round(score, 2)}


def tag_story(title: str, lead: str, body: str, section: str = "", site_tags: Sequence[str] = (),
              language: str = "en") -> list[dict]:
    """Tag one story; subjects first (primary first), then counties, organisations, people."""
    vocab = vocabulary()
    # A site tag that is a section name ("Politics") is subject evidence; any
    # other ("Raila Odinga", "Kisumu County") is read like text.
    site_tags = [t.strip() for t in site_tags or () if t and t.strip()]
    section_tags = [t for t in site_tags if t.lower() in vocab.sections]
    other_tags = [t for t in site_tags if t.lower() not in vocab.sections]
    fields = {"title": title or "", "lead": lead or "", "body": body or ""}
    story = _Story(fields, language)
    for field, text in fields.items():
        story.read(field, text)
    for site_tag in other_tags:
        story.read("tags", site_tag)
    story.drop_shared_surnames()
    story.drop_generic_institutions_abroad()

    entities = [
        _entity_tag(code, hits, vocab.tags[code])
        for code, hits in story.hits.items() if vocab.tags[code]["kind"] != "subject"
    ]
    entities.sort(key=lambda t: (KIND_ORDER[t["kind"]], -t["score"], t["code"]))
    return _subject_tags(story, section or "", section_tags) + entities

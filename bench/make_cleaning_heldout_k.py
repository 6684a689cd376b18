"""Write heldout_k: a third held-out set of labelled articles for the text cleaner.

What it is: about 90 synthetic Kenyan news articles (English and Kiswahili,
spread over eleven outlets), every non-blank line labelled keep or drop, for
measuring `aggregator.cleaning.clean_text` on wording its author has never
seen. Boilerplate comes in all eight device families (read-also blocks and
one-line read-also forms, promos and calls to action, credits and captions,
paywall prompts, newsletter and social prompts, comment-box text and leaked
page chrome), at the top, middle and end of articles, in varied letter case
and punctuation. Story lines include a large share of hard negatives: story
sentences that contain trigger words ("read", "photo", "source", WhatsApp,
subscribers, "soma", "picha", "habari nyingine" ...) or are shaped like a
device (crossheads, the story's own fixtures, timelines, rankings and lists).

How it was written: independently of the cleaner. Its author read only the
task brief, issue 4 (`issues show 4`), /work/shared/research/kenyan-sites.md
(public notes on the real sites' devices), /work/shared/seed-article.txt (for
the shape of an inline "Also Read" block only; none of its prose is used) and
bench/cleaning_bench.py (only to see how records are loaded and scored). The
author did NOT open, read or grep aggregator/cleaning.py,
aggregator/extraction.py, tests/test_cleaning.py, bench/make_cleaning_devset.py,
bench/make_cleaning_heldout.py, bench/make_cleaning_heldout_j.py, anything
under bench/data/, or README.md's cleaning section, and did not run the
cleaner or the cleaning bench. All people, headlines, story text and device
wording were invented for this file.

How to use it: measure it once, before any tuning against it, and record that
first run; after that leave it untouched as the standing figure for unseen
wording (records carry "tuned": false). Tuning the cleaner on its misses would
turn it into development data.

First run (2026-11-24, clean_text at 03256a8, after the heldout_j round): 89.82 %
of 619 boilerplate lines removed, 99.86 % of 1,448 story lines kept (hard
negatives 99.60 % of 497). By family, removed: read-also blocks 98.17 % of 109,
read-also lines 97.06 % of 68, social 94.44 % of 72, comments 94.12 % of 68,
chrome 86.02 % of 93, promo 85.51 % of 69, paywall 83.02 % of 53, credit
78.16 % of 87. Left untuned at first, as the bench's figure for unseen wording.
It then became development data ("tuned": true) for the round that followed,
which added, by shape and position: page chrome made only of a date and its
clock, only of counters ("views", "shares") or only of interface words ("Open
in app", "Link copied", "Report abuse", "Accept cookies"), a cookie notice
(cookies, their use or policy, and consent), a section path of two at the
page's edges, bylines with their outlet, handle or editor's label, and "5h
ago"; captions that open with their credit in brackets or with what the
picture is ("A file photo of ..."), notes that a picture only illustrates, a
scene followed by "[Photographer, Outlet]", and captions beside a credit placed
by a Kiswahili locative or, short and closed by a full stop, by a common noun;
members-only lines that do not narrate, calls to pay a price to read, "Read the
full story in ...", "Soma makala kamili kwa ..."; calls to advertise, to text
a word to a short code for the news, scarcity and "a chance to win" as a
promo's evidence, "take part", "don't miss" and "post" as calls; "Sign me up",
a call to share this story, Kiswahili comment cues and a comment box's
disclaimer; an arrow before a read-also label, a tags heading in read-also
words ("Related Topics") over headlines. A stamp's word must now be followed by
its time ("Updated figures" is a subhead) and a line over items that carry
their own read-also label stays (two story lines were lost to these). 100 %
removed, 100 % kept on it after that round, the other groups unchanged. It is
no longer held out.

Record format (gzip JSON Lines, bench/data/cleaning_heldout_k.jsonl.gz, one
record per article):
    {"id": "<outlet>-heldout_k-NN", "outlet": "nation" | "standard" | "star" |
     "citizen" | "tuko" | "kenyans" | "capitalfm" | "businessdaily" |
     "taifaleo" | "kbc" | "people_daily", "language": "en" | "sw",
     "group": "heldout_k", "tuned": false,
     "text": the raw article text as clean_text receives it (paragraphs
             joined with "\\n", "\\n\\n" or "\\r\\n", with whitespace noise),
     "lines": [{"text": a non-blank line of "text", whitespace collapsed,
                "label": "keep" | "drop",
                "family": "read_also_block" | "read_also_line" | "promo" |
                          "credit" | "paywall" | "social" | "comments" |
                          "chrome" | "story",
                "hard": true for a story line with a trigger word or a
                        device-like shape}, ...]}
The non-blank lines of "text" map one-to-one, in order, onto "lines".

Standalone, standard library only, deterministic (fixed random seed).

Usage: python bench/make_cleaning_heldout_k.py
"""

from __future__ import annotations

import gzip
import json
import random
import re
import string
from pathlib import Path

SEED = 4417_2026
GROUP = "heldout_k"
OUT = Path(__file__).parent / "data" / "cleaning_heldout_k.jsonl.gz"

# ---------------------------------------------------------------------------
# People, places, numbers
# ---------------------------------------------------------------------------

FIRST = ("Wanjiru Achieng Kiprono Mutua Njeri Otieno Chebet Wekesa Nyambura Odhiambo Jeruto Kamau "
         "Atieno Mwende Barasa Kipkemboi Auma Wairimu Makena Onyango Nafula Kiptoo Moraa Nyaboke "
         "Juma Halima Abdi Fatuma Lokol Naserian Saitoti Mwangi Grace Peter Mercy Dennis Faith Brian "
         "Esther Collins Lydia Josphat Beatrice Evans Purity Geoffrey Caroline Hassan Zainabu Amina "
         "Rehema Salim Kerubo Nekesa Cherono Wambua Ndinda Lemayian Ekiru Tabitha Wycliffe Kevin "
         "Sharon Emmanuel Gladys Nicholas Jackline Cyrus Winnie Job Priscilla Omar Mariam").split()
LAST = ("Kiprotich Wambui Ochieng Mutiso Kariuki Njoroge Omondi Wafula Chepkoech Mwangangi Nyamweya "
        "Kibet Oduor Muthoni Kilonzo Simiyu Rotich Gitau Owino Mugo Lagat Korir Ngugi Nduta Opiyo "
        "Mbugua Keter Lemaiyan Ekai Guyo Dida Bakari Mwinyi Shikuku Makokha Nyakundi Obure Wanyama "
        "Chelimo Kirui Ndungu Muriuki Akinyi Odera Langat Mosoti Nyaga Kimani Kanini Jillo Abdullahi "
        "Mohamud Anyango Wasike Kemboi Kithinji Murithi Ongeri Maina Waweru Ombati Sang Tanui Ruto_").split()
LAST = [name for name in LAST if not name.endswith("_")]
TOWNS = ("Nakuru Kisumu Eldoret Machakos Kitui Nyeri Meru Embu Garissa Kakamega Bungoma Kericho Bomet "
         "Narok Kajiado Kilifi Malindi Lamu Voi Thika Nanyuki Isiolo Marsabit Lodwar Kitale Busia "
         "Migori Kisii Nyamira Naivasha Kapsabet Iten Wajir Mandera Kwale Ukunda Mwingi Maralal "
         "Kerugoya Ol-Kalou Siaya Bondo Mumias Webuye Chuka Maua Kangundo Kabarnet Litein").split()
COUNTIES = ("Nakuru Kisumu Uasin-Gishu Machakos Kitui Nyeri Meru Embu Garissa Kakamega Bungoma Kericho "
            "Bomet Narok Kajiado Kilifi Lamu Taita-Taveta Kiambu Laikipia Isiolo Marsabit Turkana "
            "Trans-Nzoia Busia Migori Kisii Nyamira Nandi Elgeyo-Marakwet Wajir Mandera Kwale Samburu "
            "Kirinyaga Nyandarua Siaya Makueni Baringo Vihiga Tharaka-Nithi").split()
COUNTIES = [county.replace("-", " ") if county not in ("Taita-Taveta", "Uasin-Gishu", "Elgeyo-Marakwet",
                                                        "Tharaka-Nithi", "Trans-Nzoia") else county
            for county in COUNTIES]
TEAMS = ["Gor Mahia", "AFC Leopards", "Tusker", "Kakamega Homeboyz", "Bandari", "Shabana", "Kariobangi Sharks",
         "Posta Rangers", "Police FC", "Nzoia Sugar", "Murang'a Seal", "Mathare United", "Ulinzi Stars",
         "KCB", "Sofapaka", "Bidco United", "Kenya Police Bullets", "Naivas Ladies"]
VENUES = ["Kasarani", "Nyayo Stadium", "Bukhungu", "Kenyatta Stadium, Machakos", "Mumias Sports Complex",
          "Sudi Stadium", "Dandora", "Ruaraka", "Moi Stadium, Kisumu", "Gusii Stadium", "Kinoru"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_SW = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
             "Oktoba", "Novemba", "Desemba"]
SCHOOLS = ["Kapsabet Boys", "Moi Girls Eldoret", "Kisii School", "Maranda High", "Alliance Girls",
           "Kagumo High", "Bahati Girls", "Friends School Kamusinga", "Chogoria Girls", "Mang'u High",
           "St Brigid's Kiminini", "Kanga School", "Tenwek High", "Butere Girls", "Kakamega School",
           "Sacho High", "Ng'iya Girls", "Nyambaria High", "Mama Ngina Girls", "Kathiani Boys"]
ARTISTS = ["Nyota Wa Pwani", "DJ Kibuyu", "Mamake Bobo", "Sauti Tamu", "Kabaka Jr", "Lady Nekesa",
           "Wamaitha Soul", "Otis Kalenjin", "Bahati Njeri", "Mc Mtoto", "Shiro Ngoma", "Odongo Swagg"]
SONGS = ["Pole Pole", "Maisha Ni Safari", "Nairobi Nights", "Kanairo", "Dunda", "Nakupenda Bado",
         "Sukari", "Mtaa Wetu", "Boda Boda", "Tuko Pamoja", "Ndoto", "Shamba Boy"]


def person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return f"{first} {last}", first, last


def money(rng: random.Random, lang: str = "en") -> str:
    kind = rng.random()
    if lang == "sw":
        if kind < 0.4:
            return f"Sh{rng.randint(2, 95)},{rng.randint(0, 999):03d}"
        if kind < 0.8:
            return f"Sh milioni {rng.randint(2, 480)}"
        return f"Sh bilioni {rng.randint(1, 9)}.{rng.randint(1, 9)}"
    if kind < 0.35:
        return f"Sh{rng.randint(2, 95)},{rng.randint(0, 999):03d}"
    if kind < 0.75:
        return rng.choice(["Sh", "Sh", "KSh ", "Ksh"]) + f"{rng.randint(2, 480)} million"
    return rng.choice(["Sh", "Sh"]) + f"{rng.randint(1, 9)}.{rng.randint(1, 9)} billion"


class Filler(dict):
    """Slot values for str.format_map: fixed names per article, fresh numbers per call."""

    def __init__(self, rng: random.Random, lang: str, fixed: dict):
        super().__init__(fixed)
        self.rng = rng
        self.lang = lang

    def __missing__(self, key):
        rng = self.rng
        sw = self.lang == "sw"
        if key == "N":
            return str(rng.randint(3, 48))
        if key == "NN":
            return str(rng.randint(60, 940))
        if key == "NNN":
            return f"{rng.randint(1, 48)},{rng.randint(100, 999)}"
        if key == "K":
            return money(rng, self.lang)
        if key == "PCT":
            return f"{rng.randint(3, 74)}"
        if key == "D":
            return rng.choice(DAYS_SW if sw else DAYS_EN)
        if key == "M":
            return rng.choice(MONTHS_SW if sw else MONTHS_EN)
        if key == "Y":
            return str(rng.choice([2019, 2020, 2021, 2022, 2023, 2024, 2025]))
        if key == "DATE":
            month = rng.choice(MONTHS_SW if sw else MONTHS_EN)
            return f"{month} {rng.randint(1, 28)}" if sw else f"{rng.randint(1, 28)} {month}"
        if key == "TIME":
            return f"{rng.randint(1, 12)}.{rng.choice(['00', '15', '30', '45'])}{rng.choice(['am', 'pm'])}"
        if key == "X":
            return person(rng)[0]
        if key == "TEAMX":
            return rng.choice(TEAMS)
        if key == "TX":
            return rng.choice(TOWNS)
        if key == "COX":
            return rng.choice(COUNTIES)
        raise KeyError(key)


def make_cast(rng: random.Random, lang: str) -> dict:
    a, b, c = person(rng), person(rng), person(rng)
    while b[2] == a[2]:
        b = person(rng)
    while c[2] in (a[2], b[2]):
        c = person(rng)
    towns = rng.sample(TOWNS, 3)
    teams = rng.sample(TEAMS, 2)
    return {"A": a[0], "fa": a[1], "a": a[2], "B": b[0], "fb": b[1], "b": b[2], "C": c[0], "fc": c[1],
            "c": c[2], "T": towns[0], "T2": towns[1], "T3": towns[2], "CO": rng.choice(COUNTIES),
            "TEAM": teams[0], "TEAM2": teams[1], "SCHOOL": rng.choice(SCHOOLS),
            "ART": rng.choice(ARTISTS), "SONG": rng.choice(SONGS), "VENUE": rng.choice(VENUES)}


def fill(template: str, filler: Filler) -> str:
    return template.format_map(filler)


# ---------------------------------------------------------------------------
# Headlines of other stories (what read-also devices point to)
# ---------------------------------------------------------------------------

HEADLINES_EN = [
    "{A} Breaks Silence After Being Dropped From {CO} Cabinet",
    "Police Launch Manhunt for Gang That Robbed M-Pesa Shop in {T}",
    "Why Tea Farmers in {CO} Are Uprooting Their Bushes",
    "KCSE Results: Top 10 Schools in {CO} Named",
    "Court Freezes {K} Linked to Former County Finance Officer",
    "{A}: Nairobi Hawker Who Turned Mitumba Into a Thriving Business",
    "Photos: Inside {A}'s Colourful Traditional Wedding in {T}",
    "Weather Alert: Heavy Rains Expected in 14 Counties This Week",
    "EPRA Reviews Pump Prices as Diesel Crosses Sh190 Mark",
    "Man Arrested for Defrauding Job Seekers {K} in Fake Recruitment",
    "{A} Wins Frankfurt Marathon in Course Record",
    "Landlords in {T} Protest New Rental Income Tax Rules",
    "Video: Moment Matatu Plunged Into River Near {T}",
    "MCAs Reject Governor {a}'s Nominee for Health Docket",
    "Kenyans React After CBK Unveils Redesigned Coins",
    "5 Things to Know About the New Hospital Claims Rules",
    "Mother of Three Recounts Ordeal While Working in the Gulf",
    "Lamu Fishermen Count Losses as Strong Winds Persist",
    "Teachers' Union Threatens Strike Over Delayed Promotions",
    "{TEAMX} Coach Sacked After Five Straight Defeats",
    "Student Leader Found Dead in Hostel Room, Police Probe Death",
    "Bomet Woman Who Sold Tea Now Runs Chain of Hotels",
    "Senate Summons {a} Over Stalled {T} Stadium Works",
    "Traffic Police Officer Filmed Taking Bribe Interdicted",
    "How {A} Lost Sh2.3 Million to SIM-Swap Fraudsters",
    "Elephants Invade Farms in {CO}, Destroy Crops Worth Millions",
    "KPLC Announces Planned Outages in Six Counties on {D}",
    "Over 300 Families Displaced as River {a} Bursts Its Banks",
    "Catholic Bishops Criticise Rising Cost of Living",
    "University Lecturers Down Tools Over 2021 CBA Arrears",
    "DCI Warns Public Against Fake Online Loan Apps",
    "Harambee Stars Name Squad for World Cup Qualifiers",
    "Boda Boda Riders Block {T} Highway After Colleague's Death",
    "Auditor Flags {K} Spent on Unbuilt Dispensaries",
    "Nurses in {CO} Begin Go-Slow Over Unpaid Allowances",
    "Ex-Minister {A} Laid to Rest in {T}",
    "Government Lifts Ban on Logging in Selected Forests",
    "Court Orders Release of Bodies Held by Private Hospital Over Bill",
    "Diaspora Remittances Hit Record High in {M}",
    "Tourist Arrivals at Coast Rise Ahead of Festive Season",
    "Nairobi Expressway Toll Charges to Go Up from Next Month",
    "NSSF Deductions: What the New Rates Mean for Your Payslip",
    "Gospel Singer {A} Opens Up About Depression",
    "Pastor Arrested Over Death of Congregant During Fasting Ritual",
    "Kericho Farmer Earns Big From Avocado Exports",
    "Nakuru MCAs impeach deputy speaker over absenteeism",
    "Hustler Fund defaulters to be listed with CRB, says PS",
    "Two killed, dozens injured as bus overturns on Nairobi-Mombasa highway",
    "Kenya Airways resumes direct flights to Kinshasa",
    "Maize prices drop as farmers harvest bumper crop in North Rift",
    "Teen who scored A plain needs help to join university",
    "{TEAMX} unveil new signings ahead of premier league kickoff",
    "Women's rugby team books ticket to Olympics qualifiers",
    "KNEC flags 2,000 candidates over exam irregularities",
    "Kisumu port handles record cargo volume in third quarter",
    "Parliament approves {K} supplementary budget",
    "Wildfire razes 200 acres of Mt Kenya forest",
    "'I was left with nothing': Trader recounts fire at Gikomba",
    "Opinion: Devolution needs more than money to work",
    "EXCLUSIVE: Inside the deal that sank the county's health scheme",
    "LIVE: Budget reading updates from Parliament",
    "PHOTOS: Scenes as thousands throng Kasarani for crusade",
    "Explainer: Why your electricity bill went up this month",
    "Grade 9 transition: What parents need to know",
    "Drought: {CO} herders migrate in search of pasture",
    "Kenyan sprinter {A} clinches gold in Nairobi Grand Prix",
    "NTSA suspends 30 matatus for flouting safety rules",
    "Safaricom, Airtel Clash Over Mobile Money Interoperability",
    "Pupils learn under trees as classrooms collapse in {T}",
    "Court declines to stop recruitment of new police constables",
]

HEADLINES_SW = [
    "Mahakama yazuia ujenzi wa soko jipya la {T}",
    "Wakulima wa chai {CO} walalamikia malipo duni ya bonasi",
    "Polisi wamsaka mshukiwa wa mauaji ya mfanyabiashara {T}",
    "KCSE: Shule bora kaunti ya {CO} zatajwa",
    "Mvua kubwa yatarajiwa katika kaunti 15 wiki hii",
    "Harambee Stars yaanza maandalizi ya mechi za kufuzu",
    "Gavana {a} akana madai ya ufisadi katika kaunti",
    "Mama wa watoto watatu asimulia mateso aliyopitia Uarabuni",
    "Bei ya mafuta yapanda tena, wahudumu wa matatu walalama",
    "Wanafunzi 20 walazwa hospitalini baada ya kula chakula kilichoharibika",
    "Wakazi wa {T} waandamana kulalamikia ukosefu wa maji",
    "{A} ashinda mbio za nyika mjini {T}",
    "Tembo wavamia mashamba {CO}, waharibu mimea",
    "Walimu watishia kugoma kuhusu nyongeza ya mishahara",
    "Msanii {ART} azindua albamu mpya jijini Nairobi",
    "Serikali yaondoa marufuku ya ukataji miti",
    "Jamaa akamatwa kwa kuwatapeli wanaotafuta ajira",
    "Wauguzi {CO} waanza mgomo baridi",
    "Mafuriko: Familia 300 zakosa makao {T}",
    "Bei ya mahindi yashuka wakulima wakivuna",
    "MCA {a} atimuliwa kwa utovu wa nidhamu",
    "Mwanamuziki {ART} ajibu wakosoaji wake",
    "Watu wawili wafariki katika ajali ya barabarani {T}",
    "Chama cha ODM chaandaa kura za mchujo {CO}",
    "PICHA: Maelfu wajitokeza kwa tamasha la utamaduni {T}",
    "Wazazi walalamikia karo ya juu katika shule za kitaifa",
    "Bodaboda wafunga barabara baada ya mwenzao kuuawa",
    "Mchungaji akamatwa kwa kuwapotosha waumini",
    "Kenya yashinda medali tatu za dhahabu Ulaya",
    "Wafanyabiashara wa {T} walia kuhusu ushuru mpya",
]

HEADLINE_PREFIXES = ["", "", "", "", "- ", "- ", "• ", "* ", "» ", "> ", "– ", "→ "]

# ---------------------------------------------------------------------------
# Outlets
# ---------------------------------------------------------------------------

OUTLETS = {
    "nation": {"names": ["Nation", "Nation.Africa", "NMG", "Daily Nation"], "site": "nation.africa",
               "handle": "dailynation", "email": "newsdesk@ke.nationmedia.com"},
    "standard": {"names": ["The Standard", "Standard Digital", "Standard Group"], "site": "standardmedia.co.ke",
                 "handle": "StandardKenya", "email": "editorial@standardmedia.co.ke"},
    "star": {"names": ["The Star", "the-star.co.ke", "Star"], "site": "the-star.co.ke",
             "handle": "TheStarKenya", "email": "newsroom@the-star.co.ke"},
    "citizen": {"names": ["Citizen Digital", "Citizen TV", "Citizen"], "site": "citizen.digital",
                "handle": "citizentvkenya", "email": "news@citizen.digital"},
    "tuko": {"names": ["TUKO.co.ke", "Tuko News", "TUKO"], "site": "tuko.co.ke",
             "handle": "Tuko_co_ke", "email": "news@tuko.co.ke"},
    "kenyans": {"names": ["Kenyans.co.ke", "Kenyans"], "site": "kenyans.co.ke",
                "handle": "Kenyans", "email": "tips@kenyans.co.ke"},
    "capitalfm": {"names": ["Capital FM", "Capital News", "CapitalFM"], "site": "capitalfm.co.ke",
                  "handle": "CapitalFMKenya", "email": "news@capitalfm.co.ke"},
    "businessdaily": {"names": ["Business Daily", "BD", "Business Daily Africa"], "site": "businessdailyafrica.com",
                      "handle": "BD_Africa", "email": "bd@ke.nationmedia.com"},
    "taifaleo": {"names": ["Taifa Leo", "TL"], "site": "taifaleo.nation.co.ke",
                 "handle": "TaifaLeo", "email": "taifaleo@ke.nationmedia.com"},
    "kbc": {"names": ["KBC", "KBC Digital", "KBC Channel 1"], "site": "kbc.co.ke",
            "handle": "KBCChannel1", "email": "news@kbc.co.ke"},
    "people_daily": {"names": ["People Daily", "PD", "People Daily Digital"], "site": "peopledaily.digital",
                     "handle": "PeopleDailyKe", "email": "editor@peopledaily.digital"},
}


def phone(rng: random.Random) -> str:
    return rng.choice(["07", "07", "01", "+254 7", "+2547"]) + "".join(rng.choice(string.digits) for _ in range(8))


def headline(rng: random.Random, lang: str) -> str:
    fresh = Filler(rng, lang, make_cast(rng, lang))
    pool = HEADLINES_SW if lang == "sw" else HEADLINES_EN
    return fill(rng.choice(pool), fresh)


def recase(rng: random.Random, text: str, p: float = 0.22) -> str:
    roll = rng.random()
    if roll < p * 0.45:
        return text.upper()
    if roll < p * 0.75:
        return text.lower()
    if roll < p:
        return string.capwords(text)
    return text


# ---------------------------------------------------------------------------
# Devices: each returns the list of lines one device occupies
# ---------------------------------------------------------------------------

BLOCK_HEADINGS_EN = [
    "Also Read", "ALSO READ", "Also read:", "READ ALSO", "Read Also", "Read more", "READ MORE:", "Related",
    "Related Articles", "RELATED STORIES", "Related Stories", "Related coverage", "Recommended",
    "Recommended for you", "RECOMMENDED STORIES", "You may also like", "You might also like",
    "YOU MAY ALSO LIKE:", "More from {OUT}", "More from this author", "More in Counties", "MORE STORIES",
    "Keep reading", "Keep Reading", "Trending Now", "Most Read", "MOST POPULAR", "Top Stories", "Don't Miss",
    "Editor's Picks", "Latest Stories", "Further reading", "More on this story", "Stories you might have missed",
    "What to read next", "People are also reading", "Read Next", "UP NEXT", "Popular Stories",
    "In case you missed it", "More news", "Related Topics", "ALSO READ >>", "Also on {OUT}", "Related news:",
    "Read these next", "Continue reading", "More like this",
]
BLOCK_HEADINGS_SW = [
    "SOMA PIA", "Soma Pia", "Soma pia:", "Habari Nyingine", "HABARI NYINGINE", "Habari Zinazohusiana",
    "HABARI ZAIDI", "Habari Motomoto", "Usikose Kusoma", "Zinazosomwa Zaidi", "Makala Zinazohusiana",
    "Pia Soma", "Habari Zinazovuma", "SOMA ZAIDI", "Habari nyingine:", "Zaidi kutoka {OUT}",
]


def dev_read_also_block(rng, f, lang, outlet):
    name = rng.choice(OUTLETS[outlet]["names"])
    sw = lang == "sw" and rng.random() < 0.85
    heading = rng.choice(BLOCK_HEADINGS_SW if sw else BLOCK_HEADINGS_EN).replace("{OUT}", name)
    if rng.random() < 0.15:
        heading = heading.upper()
    if rng.random() < 0.15 and not heading.endswith((":", ">")):
        heading += rng.choice([":", " »", " ↓", "..."])
    count = rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5])
    prefix = rng.choice(HEADLINE_PREFIXES)
    numbered = rng.random() < 0.1
    tail = rng.choice([""] * 8 + [" - {OUT}", " | {OUT}", " ({N} hours ago)", " [VIDEO]"]) if rng.random() < 0.3 else ""
    seen, lines = set(), [heading]
    while len(lines) <= count:
        text = headline(rng, "sw" if sw else "en")
        if text in seen:
            continue
        seen.add(text)
        lead = f"{len(lines)}. " if numbered else prefix
        extra = tail.replace("{OUT}", name).replace("{N}", str(rng.randint(1, 11)))
        lines.append(lead + text + extra)
    return lines


LINE_FORMS_EN = [
    "ALSO READ: {H}", "Also Read: {H}", "SEE ALSO: {H}", "See also - {H}", "READ: {H}", "Read: {H}",
    "RELATED: {H}", "Related: {H}", "MORE: {H}", "READ>>> {H}", "READ >> {H}", "Read also {H}",
    "Read Also | {H}", "READ MORE: {H}", "Read more » {H}", "[ALSO READ] {H}", "ALSO READ – {H}",
    "Related story: {H}", "Related Content: {H}", "ICYMI: {H}", "Don't miss: {H}", "Also on {OUT}: {H}",
    "RECOMMENDED: {H}", "WATCH: {H}", "Must read: {H}", "ALSO READ▶ {H}", "Also read>>{H}",
    "Read More Here: {H}", "You might also like: {H}", "READ ALSO {H}", "Related News: {H}",
    "→ Also read: {H}", "*ALSO READ: {H}*", "SEE ALSO: {H} [VIDEO]", "Also Read: {H} - {OUT}",
    "ALSO SEE: {H}", "READ ALSO:{H}", "Also read — {H}", "LISTEN: {H}", "Read next: {H}",
    "ALSO READ... {H}", "(READ: {H})", "Related >> {H}", "Trending: {H}",
]
LINE_FORMS_SW = [
    "SOMA PIA: {H}", "Soma pia: {H}", "Soma Pia - {H}", "SOMA: {H}", "HABARI NYINGINE: {H}",
    "Habari nyingine - {H}", "SOMA ZAIDI: {H}", "Pia soma: {H}", "TAZAMA: {H}", "USIKOSE: {H}",
    "Soma pia>>> {H}", "Habari Zinazohusiana: {H}", "SOMA PIA | {H}", "Soma: {H}", "Soma pia {H}",
]


def dev_read_also_line(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.85
    form = rng.choice(LINE_FORMS_SW if sw else LINE_FORMS_EN)
    head = headline(rng, "sw" if sw else "en")
    return [form.replace("{H}", head).replace("{OUT}", rng.choice(OUTLETS[outlet]["names"]))]


def expand(rng, f, outlet, template):
    """Fill device slots ({OUT}, {PHONE} ...) and the usual story slots."""
    info = OUTLETS[outlet]
    name = person(rng)[0]
    values = {"OUT": rng.choice(info["names"]), "SITE": rng.choice([info["site"], "www." + info["site"]]),
              "PHONE": phone(rng), "EMAIL": info["email"], "HANDLE": info["handle"], "NAME": name,
              "NAMEUP": name.upper(), "NAME2": person(rng)[0], "SHORT": str(rng.randint(20000, 22999))}
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return fill(template, f)


PROMOS_EN = [
    "PAY ATTENTION: Join {OUT}'s Telegram channel and never miss a breaking story!",
    "PAY ATTENTION: Our WhatsApp channel is live. Tap follow and get the day's top stories every evening.",
    "Pay Attention: Voting for this year's readers' choice awards closes on {DATE}. Cast your vote now!",
    "PAY ATTENTION: Check the 'For You' tab on our homepage and get news picked just for you.",
    "Do you have a story you want the world to hear? Reach us on WhatsApp: {PHONE} or email {EMAIL}.",
    "Got a news tip? WhatsApp the {OUT} newsroom on {PHONE}.",
    "Have a story or a tip-off? Send it to our team via WhatsApp on {PHONE}; we will keep your identity safe.",
    "Share your story with us. Call or WhatsApp {PHONE}.",
    "Witnessed something newsworthy? Send us photos and videos on WhatsApp ({PHONE}).",
    "Download the {OUT} app on Google Play and the App Store for breaking news alerts.",
    "Get the {OUT} app: faster news, less data. Download now.",
    "For more stories like this, visit our blog at {SITE}.",
    "Visit {SITE} for more updates on this and other stories.",
    "Sponsored: Earn up to 13% a year on your savings with the Hazina Money Market Fund. Terms apply.",
    "SPONSORED CONTENT",
    "Advertorial: Why more Kenyan SMEs are moving their books to the cloud",
    "We're hiring! {OUT} is looking for digital reporting interns. Apply by {DATE}.",
    "Vacancy: Sales executives needed in Nairobi and {TX}. Send your CV to jobs@{SITE}.",
    "Enrol now for a Certificate in Digital Marketing. Classes start on {DATE}. Call {PHONE}.",
    "Learn data journalism online with the {OUT} Academy. Enroll today and get 20% off!",
    "Education changes lives! Study online at your own pace. Sign up for a free trial class now.",
    "Join us at the {OUT} Business Breakfast on {DATE} at a Nairobi hotel. Register now, seats are limited.",
    "Tickets for the Coast Food Festival are now on sale. Book yours at {SITE}/events.",
    "Listen to our podcast 'The Morning Brief' every weekday on Spotify and Apple Podcasts.",
    "Watch {OUT} live on YouTube every evening at 7pm.",
    "Advertise with us: call {PHONE} or email sales@{SITE}.",
    "Click here to get breaking news alerts straight to your phone.",
    "Get more from {OUT}: turn on notifications and be the first to know.",
    "SMS the word NEWS to {SHORT} to receive daily headlines (Sh10 per SMS).",
    "Take part in our reader survey and stand a chance to win Sh5,000 in airtime.",
    "Partner content: How a Thika family turned a quarter acre into a dairy business",
    "NEW: Try our e-paper free for seven days. Read today's edition on any device.",
    "Looking for a job? Check out the latest vacancies on our careers page.",
    "Want your business seen by millions of Kenyans? Advertise on {OUT} today.",
    "Promoted: Book your holiday at the coast from Sh4,999 per night, breakfast included.",
    "Don't miss the {OUT} Town Hall on the Finance Bill, live on our channels this {D} at 8pm.",
    "Is your business hiring? Post your job ad with us for free this month.",
    "Got a tip? Email us at {EMAIL}",
    "Short course alert: Diploma in Procurement, evening and weekend classes. Intake ongoing. Call {PHONE}.",
    "PAY ATTENTION: Get the latest election results on our live results page, updated every 10 minutes.",
    "Send us your story: WhatsApp {PHONE} | Email {EMAIL}",
    "This story is brought to you in partnership with a local bank.",
    "Become a contributor: we are looking for opinion writers from every county. Pitch to {EMAIL}.",
    "Want more stories like this? Get our app.",
]
PROMOS_SW = [
    "Una habari ambayo ungependa tuichapishe? Tutumie kupitia WhatsApp {PHONE}.",
    "Pakua programu ya {OUT} kwenye Google Play upate habari papo hapo.",
    "ZINGATIA: Jiunge na chaneli yetu ya Telegram upate habari mpya kila siku!",
    "Tangaza nasi: piga simu {PHONE} au tuma barua pepe kwa {EMAIL}.",
    "Jisajili kwa kozi ya uandishi wa habari mtandaoni. Nafasi ni chache!",
    "Tuma neno HABARI kwa {SHORT} kupokea habari kila siku (Sh10 kwa kila ujumbe).",
    "Tazama {OUT} moja kwa moja kwenye YouTube kila siku saa moja usiku.",
    "TAHADHARI: Fuata chaneli yetu ya WhatsApp upate habari zilizothibitishwa.",
    "Una habari motomoto? Tupigie au tutumie ujumbe kwa {PHONE}.",
    "Nafasi za kazi: Tunatafuta waandishi wa habari wa kujitegemea katika kila kaunti. Tuma maombi kwa {EMAIL}.",
    "Soma gazeti la {OUT} kidijitali kwa Sh20 tu kwa siku. Jiunge leo!",
    "Matangazo: Pata mkopo wa kilimo kwa riba nafuu. Piga {PHONE}.",
]


def dev_promo(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.7
    return [recase(rng, expand(rng, f, outlet, rng.choice(PROMOS_SW if sw else PROMOS_EN)), 0.12)]


CAPTIONS_EN = [
    "Residents of {TX} queue for relief food on {D}",
    "Police officers patrol the streets of {TX} after the protests",
    "{X} addresses the press at his office in {TX} on {D}",
    "Traders count their losses after the fire at {TX} market",
    "Pupils of a primary school in {TX} during a lesson",
    "A section of the flooded road between {TX} and {T}",
    "Farmers deliver green leaf to a buying centre in {COX}",
    "Supporters cheer as the team arrives at the airport",
    "The accident scene along the highway near {TX}",
    "Health workers attend to patients at the {TX} County Referral Hospital",
    "Goats and cattle at the {TX} livestock market",
    "{X} (left) with officials during the launch",
    "Workers on site at the stalled project",
    "An aerial view of the estate",
    "Mourners at the burial in {TX} on {D}",
]
CAPTIONS_SW = [
    "Wakazi wa {TX} wakipanga foleni kupokea chakula cha msaada",
    "{X} akihutubia wanahabari afisini mwake {TX}",
    "Wafanyabiashara wakikagua hasara baada ya moto katika soko la {TX}",
    "Sehemu ya barabara iliyoharibiwa na mafuriko eneo la {TX}",
    "Wakulima wakiwasilisha majani chai katika kituo cha ununuzi {COX}",
    "Wanafunzi wa shule ya msingi {TX} wakiwa darasani",
    "Waombolezaji katika mazishi kijijini {TX}",
]
CAPTION_TAILS_EN = [
    ". PHOTO | {NAMEUP} | NMG", ". Photo: {NAME}", " Photo: {NAME}/Standard", ". [{NAME}, Standard]",
    " (Photo: {NAME}/KNA)", ". Image: {OUT}", ". Photo/File", ". PHOTO/COURTESY", " | Photo: Courtesy",
    ". Photo credit: {NAME} | {OUT}", ". (Image: File)", ". PHOTO: {OUT} | {NAME}", ". Source: Twitter",
    ". Picture: {NAME}", " - Photo by {NAME}", ". FILE PHOTO", ". Credit: Getty Images", " [Photo: {OUT}]",
]
CAPTION_TAILS_SW = [". PICHA | {NAMEUP}", ". PICHA: HISANI", ". PICHA | MAKTABA", " (Picha: {NAME})",
                    ". PICHA/{NAMEUP}", ". Picha: Hisani"]
CREDITS_EN = [
    "Source: Facebook", "Source: Twitter", "Source: UGC", "Source: Original", "Source: Getty Images",
    "Source: X/@{HANDLE}", "Source: Instagram", "Source: YouTube", "SOURCE: FACEBOOK",
    "Photo: Courtesy", "PHOTO: COURTESY", "Photo: File", "Photo credit: {NAME} | {OUT}",
    "PHOTO | {NAMEUP} | NMG", "Image: Courtesy", "Image: {OUT}", "Picture: {NAME}", "Credit: Getty Images",
    "(Photo: KNA)", "FILE PHOTO", "File image", "Photo/Courtesy", "Photo | File", "[Photo: State House Kenya]",
    "Photo by {NAME}", "Pic: {NAME}", "Image credit: Shutterstock", "Photo: Reuters", "Images: Screengrabs",
    "By {NAME}", "BY {NAMEUP}", "By {NAME}, {OUT}", "{NAME} | {OUT} Reporter", "By {NAME} @{HANDLE}",
    "Reporting by {NAME}; Editing by {NAME2}", "Additional reporting by {NAME}", "Edited by {NAME}",
    "Written by {NAME}", "Compiled by {NAME}", "Story by {NAME}", "— Additional reporting by {NAME} and {NAME2}",
    "Writer: {NAME}", "Additional reporting: {OUT} correspondents", "Editing by {NAME2}",
    "{NAME}, {TX}", "Reported by {NAME} and {NAME2}", "(Additional reporting by KNA)", "Contributed by {NAME}",
    "Edited by {NAME2} | {OUT}", "Video credit: {NAME}", "Graphic: {OUT}",
]
CREDITS_SW = [
    "NA {NAMEUP}", "Na {NAME}", "NA {NAMEUP}, {TX}", "PICHA: HISANI", "PICHA | MAKTABA", "Picha: {NAME}",
    "Chanzo: {OUT}", "Chanzo: Facebook", "Chanzo: Twitter", "Imeandikwa na {NAME}", "Imetafsiriwa na {NAME}",
    "Mhariri: {NAME}", "Taarifa ya ziada na {NAME}", "PICHA/HISANI", "Picha | Maktaba", "Habari na {NAME}",
    "Imehaririwa na {NAME2}", "NA MWANDISHI WETU",
]


def dev_credit(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.8
    roll = rng.random()
    if roll < 0.35:
        caption = fill(rng.choice(CAPTIONS_SW if sw else CAPTIONS_EN), f)
        tail = rng.choice(CAPTION_TAILS_SW if sw else CAPTION_TAILS_EN)
        lines = [expand(rng, f, outlet, caption + tail)]
        if rng.random() < 0.25:  # Tuko-style: caption, then a lone credit line
            lines = [expand(rng, f, outlet, caption + "."), expand(rng, f, outlet, rng.choice(CREDITS_EN[:9]))]
        return lines
    if roll < 0.45 and not sw:
        return [expand(rng, f, outlet, rng.choice([
            "A file photo of {TX} market.", "File photo of the {TX} law courts.",
            "(File photo) Police officers at a past protest in {TX}.", "Photo used for illustration purposes only.",
            "Image for illustration.", "Representational image.", "The photo above is for illustration.",
        ]))]
    return [recase(rng, expand(rng, f, outlet, rng.choice(CREDITS_SW if sw else CREDITS_EN)), 0.1)]


PAYWALL_EN = [
    "Subscribe to continue reading", "This article is for subscribers only.", "Already a subscriber? Log in",
    "Already have an account? Sign in here", "Unlock unlimited access for as little as Sh{NN} a week.",
    "Create a free account to keep reading.", "You've reached your limit of free articles this month.",
    "Your premium access has run out. Renew today to keep reading our in-depth stories.",
    "Become a Premium member to read this story in full.", "PREMIUM", "Premium content", "Subscriber exclusive",
    "Get the full story with a {OUT} digital subscription.", "Continue reading with a subscription from Sh{NN} a month.",
    "Register for free to read the rest of this article.", "Log in or subscribe to read more.",
    "Exclusive to subscribers: this analysis is part of our premium offering.",
    "Subscribe now and save 50% on your first three months.",
    "Your subscription expires in 3 days. Renew now to avoid interruption.",
    "Pay Sh{N} via M-Pesa to unlock this story.", "Read the full article in today's {OUT} ePaper.",
    "Support independent journalism. Subscribe today.", "Want to keep reading? Choose a plan that works for you.",
    "Sign in to continue", "This content is locked", "To read the full story, subscribe to {OUT}.",
    "Subscribe for full access", "Already subscribed? Sign in to continue reading.",
    "You are reading a free preview of a premium article.", "Get unlimited access. Cancel anytime.",
    "Only subscribers can read this story. Subscribe from Sh{NN}.", "Unlock this article",
    "Join {OUT} Premium to read the rest of this story and get our weekly newsletter.",
    "Your free trial has ended. Subscribe to continue enjoying unlimited stories.",
    "Enjoy this story? Get full access to all premium articles for Sh1 in your first month.",
    "Log in to read the full article",
]
PAYWALL_SW = [
    "Jisajili ili kuendelea kusoma habari hii.", "Tayari una akaunti? Ingia hapa.", "Habari hii ni ya wanachama pekee.",
    "Lipia Sh{N} kupitia M-Pesa kusoma makala kamili.", "Jiunge na huduma ya kulipia kusoma habari zote.",
    "Ingia ili uendelee kusoma", "Soma makala kamili kwa kujiunga na {OUT} Premium.",
]


def dev_paywall(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.7
    lines = [recase(rng, expand(rng, f, outlet, rng.choice(PAYWALL_SW if sw else PAYWALL_EN)), 0.1)]
    if rng.random() < 0.3:
        extra = rng.choice(PAYWALL_SW if sw else PAYWALL_EN)
        lines.append(expand(rng, f, outlet, extra))
    return lines if len(set(lines)) == len(lines) else lines[:1]


SOCIAL_EN = [
    "Share this:", "Share this article", "SHARE", "Share on Facebook", "Share via WhatsApp", "Tweet",
    "Follow us on X @{HANDLE}", "Follow {OUT} on Facebook, X and Instagram for the latest updates.",
    "Subscribe to our newsletter", "Sign up for our daily newsletter and get the top stories in your inbox.",
    "Get the morning brief delivered to your inbox every weekday.", "Join our WhatsApp channel for verified news updates.",
    "Follow our WhatsApp Channel", "Subscribe to our YouTube channel for more videos.", "Like our page on Facebook",
    "Follow us on Google News", "Stay connected: follow us on TikTok @{HANDLE}", "Click here to follow us on Telegram",
    "Enter your email address to subscribe", "Copy link", "Link copied!",
    "Share your thoughts with us on social media using #{HANDLE}Talks",
    "Never miss a story: sign up for {OUT} alerts.", "Follow @{HANDLE} for live updates.",
    "Did you find this article useful? Share it with a friend.", "SHARE THIS STORY", "Share:",
    "Join the {OUT} community on Instagram", "Follow us on X (formerly Twitter) and Threads.",
    "Get our weekly newsletter. No spam, unsubscribe anytime.", "Email Address", "Subscribe",
    "Thanks for subscribing! Check your inbox to confirm.", "Follow the author on X: @{HANDLE}",
    "Be our fan on Facebook and follow us on X for more.", "Follow us for more: Facebook | X | Instagram | YouTube",
]
SOCIAL_BAR_EN = ["Facebook", "X", "Twitter", "WhatsApp", "LinkedIn", "Email", "Telegram", "Print", "Copy Link"]
SOCIAL_SW = [
    "Shiriki habari hii", "Tufuate kwenye Facebook na X", "Jiandikishe kupokea jarida letu", "Jiunge nasi kwenye WhatsApp",
    "Sambaza habari hii kwa marafiki", "Tufuatilie kwenye mitandao ya kijamii @{HANDLE}", "Jiunge na jarida la {OUT}",
    "Tufuate kwenye chaneli yetu ya WhatsApp", "Shiriki:",
]


def dev_social(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.7
    if rng.random() < 0.2 and not sw:
        head = rng.choice(["Share this:", "Share", "SHARE THIS ARTICLE", "Share on:", "Share this story"])
        return [head] + rng.sample(SOCIAL_BAR_EN, rng.randint(2, 4))
    if rng.random() < 0.12 and not sw:
        return ["Subscribe to our newsletter", "Email Address", rng.choice(["Subscribe", "Sign up", "Sign Me Up"])]
    return [recase(rng, expand(rng, f, outlet, rng.choice(SOCIAL_SW if sw else SOCIAL_EN)), 0.12)]


COMMENT_FORMS = [
    ["Leave a Reply", "Your email address will not be published. Required fields are marked *", "Comment *",
     "Name *", "Email *", "Website", "Save my name, email, and website in this browser for the next time I comment.",
     "Post Comment"],
    ["Leave a Comment", "Cancel reply", "Your email address will not be published.", "Submit Comment"],
    ["Leave a Reply Cancel reply", "You must be logged in to post a comment."],
    ["{N} Comments", "Sort by: Newest", "Add a comment..."],
    ["Comments", "Loading comments..."],
    ["Join the conversation", "Sign in to comment"],
    ["0 Comments", "Be the first to comment on this story"],
]
COMMENT_LINES = [
    "Be the first to comment", "Show comments", "View Comments ({N})", "Log in to comment",
    "Sign in to join the discussion", "Comments are moderated and will appear after approval.",
    "We welcome your comments. Please keep them civil and on topic.",
    "What do you think? Tell us in the comments below.", "Have your say in the comments section.",
    "Comments ({N})", "COMMENTS", "Disclaimer: comments are the views of readers, not of {OUT}.",
    "Read {N} comments", "Reply", "Report abuse", "Discussion", "Click here to comment",
    "Let us know your thoughts in the comments.", "Post a comment", "Comment policy: no hate speech or personal attacks.",
]
COMMENTS_SW = [
    ["Maoni"], ["Toa maoni yako"], ["Andika maoni"], ["Maoni {N}"], ["Barua pepe yako haitachapishwa."],
    ["Acha Jibu", "Barua pepe yako haitachapishwa. Sehemu zinazohitajika zimewekwa alama *", "Maoni *", "Jina *"],
    ["Una maoni gani? Tuandikie hapa chini."], ["Kuwa wa kwanza kutoa maoni"],
]


def dev_comments(rng, f, lang, outlet):
    if lang == "sw" and rng.random() < 0.7:
        lines = rng.choice(COMMENTS_SW)
    elif rng.random() < 0.45:
        lines = rng.choice(COMMENT_FORMS)
    else:
        lines = [rng.choice(COMMENT_LINES)]
    return [recase(rng, expand(rng, f, outlet, line), 0.08) for line in lines]


CHROME_EN = [
    "ADVERTISEMENT", "Advertisement", "- Advertisement -", "Advertisement - Scroll to continue",
    "SCROLL TO CONTINUE WITH CONTENT", "Exit mobile version", "Back to top", "Back To Top ↑", "Skip to content",
    "Skip to main content", "We use cookies to give you the best experience. By continuing, you agree to our cookie policy.",
    "This website uses cookies to improve your experience. Accept | Read More", "Accept Cookies", "Got it!",
    "Updated {N} hours ago", "Updated: {DATE}, {Y2}", "Published {DATE} {Y2}", "{N} min read", "Reading time: 4 minutes",
    "{NN} Shares", "{NNN} views", "Previous article", "Next article", "Previous Post", "Next Post", "Print this article",
    "Listen to this article", "Listen 00:00", "Font Size A+ A-", "Loading...", "Copyright © {Y2} {OUT}. All rights reserved.",
    "Sign in", "Menu", "Search", "Click to enlarge", "Last updated on {DATE} {Y2}", "{D} {DATE} {Y2} - {TIME}",
    "{NDAY} {M} {Y2} - {HHMM}", "Posted on {DATE} {Y2}", "Trending", "AD", "Sponsored Links",
    "Report an error", "Home", "Close", "{N}h ago", "Yesterday", "Breaking News", "Watch Live",
    "© {OUT} {Y2}", "Terms of Use | Privacy Policy", "Download PDF", "Open in app",
]
CHROME_SW = [
    "Tangazo", "TANGAZO", "Rudi juu", "Imesasishwa saa {N} zilizopita", "Dakika {N} za kusoma",
    "Makala iliyotangulia", "Makala inayofuata", "Haki zote zimehifadhiwa © {Y2} {OUT}", "Nyumbani",
    "Tafuta", "Ilichapishwa {DATE}, {Y2}", "Pakua zaidi", "Zaidi kutoka kwa mwandishi", "Sasisho: {D}",
]
BREADCRUMB_SECTIONS = ["News", "Kenya", "Politics", "Counties", "Business", "Markets", "Sports", "Football",
                       "Health", "Education", "Entertainment", "Lifestyle", "Opinion", "Agriculture", "Crime"]
BREADCRUMB_SW = ["Habari", "Kitaifa", "Kaunti", "Siasa", "Michezo", "Biashara", "Makala", "Maoni", "Burudani"]
TAG_WORDS = ["Politics", "Floods", "Agriculture", "Courts", "Education", "Health", "Football", "Athletics",
             "Devolution", "Corruption", "Budget", "Police", "Drought", "Tea", "Music"]


def dev_chrome(rng, f, lang, outlet):
    sw = lang == "sw" and rng.random() < 0.65
    roll = rng.random()
    extra = {"Y2": str(rng.choice([2025, 2026])), "NDAY": str(rng.randint(1, 28)),
             "HHMM": f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"}
    if roll < 0.17:
        pool = BREADCRUMB_SW if sw else BREADCRUMB_SECTIONS
        parts = [rng.choice(["Home", "Nyumbani"] if sw else ["Home", "HOME", "Kenya"])] + rng.sample(pool, rng.randint(1, 3))
        sep = rng.choice([" > ", " / ", " » ", " › ", " | "])
        return [sep.join(parts)]
    if roll < 0.3:
        tags = rng.sample(TAG_WORDS, rng.randint(2, 4)) + [f.get("CO", "Nairobi")]
        if rng.random() < 0.5:
            return [rng.choice(["Tags:", "TAGS", "Tags", "Topics:", "Vitambulisho:"]), *tags]
        return [rng.choice(["Tags: ", "TAGS: ", "Topics: ", "Related Topics: "]) + rng.choice([", ", " | ", " "]).join(tags)]
    template = rng.choice(CHROME_SW if sw else CHROME_EN)
    for key, value in extra.items():
        template = template.replace("{" + key + "}", value)
    return [recase(rng, expand(rng, f, outlet, template), 0.08)]


DEVICES = {"read_also_block": dev_read_also_block, "read_also_line": dev_read_also_line, "promo": dev_promo,
           "credit": dev_credit, "paywall": dev_paywall, "social": dev_social, "comments": dev_comments,
           "chrome": dev_chrome}
# Where each family tends to sit: (top, middle, end)
POSITIONS = {"read_also_block": (0.1, 0.7, 0.2), "read_also_line": (0.1, 0.75, 0.15), "promo": (0.2, 0.4, 0.4),
             "credit": (0.3, 0.45, 0.25), "paywall": (0.15, 0.5, 0.35), "social": (0.25, 0.2, 0.55),
             "comments": (0.04, 0.08, 0.88), "chrome": (0.35, 0.3, 0.35)}


# ---------------------------------------------------------------------------
# Story text: topics (lede sentences first, then body sentences)
# ---------------------------------------------------------------------------

TOPICS_EN = [
    {"domain": "politics", "lede": [
        "Members of the {CO} County Assembly on {D} rejected the executive's {K} budget estimates, setting the stage for a fresh standoff with Governor {A}.",
        "A row over development funds has paralysed business at the {CO} County Assembly, with MCAs vowing not to pass the budget until ward projects are restored."],
     "body": [
        "The ward representatives accused the executive of cutting allocations for roads and water while increasing spending on hospitality and travel.",
        "Majority leader {B} said the assembly would not be a rubber stamp for decisions made in the governor's office.",
        "\"We cannot pass a budget that gives Sh40 million to foreign trips and nothing to the dispensary in my ward,\" said {b}.",
        "Governor {a} has defended the estimates, saying the cuts were forced on the county by delays in disbursements from the Treasury.",
        "County Finance executive {C} told the budget committee that the county was owed {K} in arrears by the national government.",
        "Under the law, the assembly must approve the budget before the end of June or the county risks a shutdown of services.",
        "Contractors who worked on county projects in the last financial year are still waiting for payment, according to a list tabled in the House.",
        "The standoff comes barely a year after the same assembly attempted to impeach the deputy governor.",
        "Residents who spoke to this writer said they were tired of the wrangles and wanted services delivered.",
        "Speaker {B} adjourned the sitting after MCAs from the two camps exchanged insults across the floor.",
        "The Controller of Budget has in the past faulted the county for spending less than a third of its development budget.",
        "Civil society groups in {T} have called for a public audit of all stalled projects before any new money is approved.",
        "{b}, who chairs the budget committee, said the panel would hold public hearings in all wards next week.",
        "The executive has until Friday to submit revised estimates, the Speaker ruled.",
     ]},
    {"domain": "politics", "lede": [
        "Campaigns for the {T} by-election have entered the final week, with five candidates crisscrossing the constituency in search of votes.",
        "Voters in {T} constituency go to the polls on {D} to elect a new MP following the death of the area lawmaker in {M}."],
     "body": [
        "The seat fell vacant after the MP, who had served two terms, died in a road accident on the {T}-{T2} highway.",
        "{A}, the ruling party candidate, has promised to complete a stalled technical college and tarmac feeder roads.",
        "Her main rival, {B}, is running on an independent ticket after losing the party nominations in a disputed exercise.",
        "The electoral commission has gazetted {NN} polling stations and says {NNN} voters are registered in the constituency.",
        "Police have deployed extra officers to the area after clashes between rival supporters at a market in {T2} on Sunday.",
        "Returning officer {C} warned candidates against bribing voters, saying the commission had received several complaints.",
        "\"This seat belongs to the people of {T}, not to any party headquarters,\" {b} told a rally at the stadium.",
        "Analysts say turnout is likely to be low because the by-election falls in the middle of the planting season.",
        "Senior politicians from both sides of the divide have camped in the constituency, turning the contest into a test of strength.",
        "Two candidates have already stepped down and endorsed {a}, citing the need to unite the vote.",
        "Campaigns officially end at 6pm on the eve of the vote, according to the election timetable.",
        "Residents listed water, roads and jobs for young people as their main concerns.",
        "The results are expected to be declared at the constituency tallying centre by {D} morning.",
     ]},
    {"domain": "politics", "lede": [
        "Cracks have emerged in the ruling coalition in {CO} after a group of MCAs accused their party leadership of sidelining them in county appointments.",
        "A faction of party officials in {CO} has announced plans to hold parallel elections, deepening a leadership crisis that has simmered for months."],
     "body": [
        "The rebels, led by {A}, said they would no longer attend party meetings chaired by the current county chairman.",
        "\"Decisions are being made by three people in a hotel room in Nairobi,\" {a} said at a press conference in {T}.",
        "Party chairman {B} dismissed the group as a small number of disgruntled members who lost out on positions.",
        "The party's national secretariat has summoned both factions to a meeting at its headquarters next week.",
        "The dispute centres on the nomination of members to the county public service board, which the rebels say was skewed.",
        "{b} said the party's constitution allowed members to petition the disciplinary committee rather than go to the press.",
        "Political observers say the split could hurt the party's chances in the next general election.",
        "Several MCAs allied to {a} have been stripped of committee positions in the assembly.",
        "Youth leaders in {T2} have backed the rebels, saying the party has ignored the concerns of young members.",
        "The county commissioner warned that police would not allow rallies that threatened public order.",
        "{C}, a former MP, said the split was the result of poor communication rather than ideology.",
        "The party last held grassroots elections in {Y}, and members say the terms of most officials have expired.",
     ]},
    {"domain": "courts", "lede": [
        "A former land registrar and four others have been charged with fraudulently transferring a {NN}-acre parcel in {T} worth {K}.",
        "The High Court in {T} has frozen the transfer of a prime parcel of land at the centre of a fraud case involving senior officials at the lands office."],
     "body": [
        "The accused, including former registrar {A}, denied the charges before Chief Magistrate {B} and were released on bond.",
        "Prosecutors say the suspects forged a title deed and transfer documents to sell the land to a private developer.",
        "The land belongs to the family of the late {C}, who bought it from a settlement scheme in the 1970s.",
        "The family told the court they discovered the fraud when surveyors arrived to fence off the property.",
        "Each accused was released on a bond of {K} with a surety of a similar amount.",
        "The Ethics and Anti-Corruption Commission said its officers traced the payments to accounts held by relatives of the registrar.",
        "Defence lawyer {b} told the court that his client had only stamped documents presented to him by his juniors.",
        "The magistrate directed the prosecution to supply the defence with witness statements within 14 days.",
        "Detectives seized the original green card from the lands registry as an exhibit.",
        "The developer, who had started putting up a perimeter wall, has been barred from the site pending the hearing.",
        "The prosecution intends to call {N} witnesses, including handwriting experts from the DCI forensic laboratory.",
        "Outside the court, the family's spokesperson {C} said they had spent years fighting to keep their land.",
        "The case will be mentioned on {DATE} for pre-trial directions.",
     ]},
    {"domain": "crime", "lede": [
        "Police in {T} have arrested three suspects linked to a string of night-time robberies targeting shops and M-Pesa agents in the town.",
        "Detectives have recovered two pistols and {N} rounds of ammunition after a shootout with a gang that has terrorised traders in {T}."],
     "body": [
        "{CO} police commander {A} said the suspects were cornered at a rented house in the {T2} area on {D} night.",
        "A fourth suspect escaped on foot and officers have launched a manhunt, the commander said.",
        "The gang is believed to have robbed at least {N} businesses in the last two months, often striking just before closing time.",
        "Traders said the attacks had forced many of them to close early, hurting business.",
        "\"They come with guns and demand the day's takings. One of my attendants was shot in the leg,\" said {B}, who runs a hardware shop.",
        "Officers recovered mobile phones, cash and a motorcycle believed to have been used in the robberies.",
        "The suspects will be arraigned on {D} as police seek more time to complete investigations.",
        "{a} urged residents to report suspicious people in their neighbourhoods to the nearest police station.",
        "Residents said the arrests had restored some calm in the town, where business premises now close as early as 7pm.",
        "Police say the gang sold the stolen goods to dealers in the neighbouring county.",
        "A boda boda rider who allegedly ferried the gang to its targets is being held for questioning.",
        "The county security committee has approved the installation of street lights in the affected market centres.",
        "Business owners have also hired private guards and installed alarm systems.",
     ]},
    {"domain": "courts", "lede": [
        "A businessman accused of killing his wife at their home in {T} will remain in custody until his trial ends, the High Court has ruled.",
        "The murder trial of a {T} man accused of killing his business partner opened on {D} with the testimony of a neighbour who heard gunshots."],
     "body": [
        "Justice {B} said the accused was likely to interfere with witnesses, most of whom are his employees.",
        "The prosecution told the court that {A} had threatened a witness while out on police cash bail.",
        "The deceased, a 34-year-old teacher, was found dead in the couple's bedroom on the morning of {DATE}.",
        "A post-mortem examination showed she died from head injuries caused by a blunt object.",
        "Through his lawyer, {C}, the accused has denied the charge and said he was away on a business trip at the time.",
        "The lawyer argued that his client had a fixed abode and had attended all court sessions.",
        "The judge said the right to bail was not absolute and could be denied where there were compelling reasons.",
        "Family members of the deceased wept in the courtroom as the ruling was delivered.",
        "The first witness, a house help, told the court she heard shouting from the bedroom at around midnight.",
        "She said she was too frightened to leave her room until the next morning.",
        "The hearing continues on {DATE} when the investigating officer is expected to testify.",
        "Women's rights groups held a peaceful demonstration outside the court, calling for justice.",
     ]},
    {"domain": "business", "lede": [
        "Tea farmers in {CO} will receive a lower bonus this year after prices at the Mombasa auction fell for the third straight month.",
        "Smallholder tea growers have protested against low payments, blocking the entrance to a factory in {T} for several hours on {D}."],
     "body": [
        "The average price of a kilo of made tea dropped to $2.{N} last week, according to data from the East African Tea Trade Association.",
        "Factory director {A} said farmers would be paid Sh{N} per kilo of green leaf delivered, down from last year's rate.",
        "Farmers blamed the low prices on high production costs and delays in paying for their deliveries.",
        "\"We use fertiliser that costs Sh6,000 a bag and we are being paid peanuts,\" said {B}, a farmer with two acres.",
        "The Kenya Tea Development Agency has attributed the fall to oversupply in the global market and weak demand from key buyers.",
        "Pakistan, Egypt and the United Kingdom remain the biggest buyers of Kenyan tea.",
        "Agriculture PS {C} said the government was working with factories to cut electricity costs, the biggest expense in processing.",
        "Some farmers in {T2} have started uprooting their tea bushes to plant avocado and macadamia.",
        "Economists warn that the drop in earnings will reduce spending in rural towns that depend on tea money.",
        "The factory board has promised to audit its expenses and cut allowances paid to directors.",
        "Tea is one of Kenya's top foreign exchange earners alongside tourism and diaspora remittances.",
        "The growers have given management two weeks to explain the deductions on their payslips.",
     ]},
    {"domain": "business", "lede": [
        "Hundreds of members of a collapsed savings and credit cooperative in {T} have petitioned the regulator to help them recover {K} in deposits.",
        "Officials of a {T} sacco are under investigation after members failed to access their savings for more than a year."],
     "body": [
        "The members, most of them teachers and civil servants, say the sacco stopped paying dividends and processing loans in {Y}.",
        "{A}, who chairs the members' association, said some depositors had died before getting their money back.",
        "The Sacco Societies Regulatory Authority said it had placed the cooperative under statutory management.",
        "An inspection report found that loans worth {K} had been advanced to board members without security.",
        "\"I saved for fifteen years to educate my children, and now I cannot pay fees,\" said {B}, a retired headteacher.",
        "The former chief executive, {C}, has denied any wrongdoing and says the sacco was hit by defaulters.",
        "The county cooperatives officer said the sacco's books had not been audited for three years.",
        "Members want the directors' property attached to recover the lost savings.",
        "The cooperative had more than {NNN} members at its peak, with branches in three counties.",
        "The regulator has warned other saccos against lending to officials in violation of the law.",
        "A meeting to elect an interim board has been called for the end of the month.",
        "{a} said the members would go to court if the matter was not resolved by {M}.",
     ]},
    {"domain": "business", "lede": [
        "Motorists will pay more for fuel from midnight after the energy regulator raised pump prices by up to Sh{N} a litre.",
        "The cost of transport and food is expected to rise after the latest review of fuel prices, which took effect at midnight on {D}."],
     "body": [
        "In Nairobi, a litre of super petrol will now cost just under Sh200, the regulator said in its monthly review.",
        "Diesel, which is used by most public service vehicles and trucks, recorded the highest increase.",
        "The regulator attributed the rise to higher landing costs and a weaker shilling against the dollar.",
        "Matatu owners said they would have no option but to raise fares on most routes.",
        "{A}, who chairs a matatu owners' group in {T}, said operators were already struggling with high insurance and licence costs.",
        "Manufacturers warned that the increase would push up the cost of production and consumer goods.",
        "Economist {B} said the rise would add to inflation, which has stayed within the central bank's target for several months.",
        "The Treasury has ruled out using the stabilisation fund to cushion consumers, citing budget constraints.",
        "Kerosene prices were left unchanged, a relief to low-income households that use it for lighting and cooking.",
        "Consumer lobby groups called for a review of taxes on fuel, which account for about 40 per cent of the pump price.",
        "Farmers said higher diesel prices would raise the cost of ploughing ahead of the short rains.",
        "The next review is due on the 14th of next month.",
     ]},
    {"domain": "business", "lede": [
        "A Nairobi-based agritech start-up has raised {K} in fresh funding to expand its cold storage service for smallholder farmers.",
        "A young entrepreneur from {T} is among the founders of a logistics company that has just closed its first major funding round."],
     "body": [
        "The firm, founded by {A} and {B} in {Y}, rents solar-powered cold rooms to farmers and traders at open-air markets.",
        "Investors in the round include a Dutch impact fund and two local angel investors, the company said.",
        "{a} said the money would be used to open {N} new sites in western Kenya and hire more staff.",
        "Post-harvest losses cost Kenyan farmers billions of shillings every year, with tomatoes and mangoes among the worst hit.",
        "\"A farmer who can store produce for a week can wait for a better price instead of selling at a loss,\" {a} said.",
        "The company charges traders a daily fee per crate, payable through mobile money.",
        "It currently serves about {NNN} farmers and traders in five counties.",
        "Start-up funding in Kenya fell last year as global investors became more cautious.",
        "Analysts say firms with clear revenue, rather than rapid growth alone, are now more attractive to investors.",
        "{b}, the chief operating officer, said the firm broke even in two of its oldest markets last year.",
        "The company plans to partner with county governments to install cold rooms at new markets.",
        "It employs {NN} people, most of them young graduates from the regions it serves.",
     ]},
    {"domain": "sport", "lede": [
        "{TEAM} moved within two points of the summit after a hard-fought 2-1 win over {TEAM2} at {VENUE} on {D}.",
        "A late goal from substitute {A} earned {TEAM} a share of the spoils against {TEAM2} in a tense league encounter on {D}."],
     "body": [
        "The hosts took the lead in the 23rd minute when {B} headed home a corner from the right.",
        "{TEAM2} equalised three minutes after the break through a penalty converted by their captain.",
        "{a} then struck the winner with eight minutes left, curling the ball into the top corner from outside the box.",
        "Coach {C} praised his players for their character, saying they had been poor in the first half.",
        "\"We spoke at half-time and the boys responded. This is a team that never gives up,\" said {c}.",
        "The visitors finished the match with ten men after their central defender was sent off for a second bookable offence.",
        "{TEAM2} have now gone four matches without a win and sit in the bottom half of the table.",
        "Attendance at the stadium was low, with fewer than 2,000 fans turning up for the afternoon kick-off.",
        "The league has been hit by fixture delays after several stadiums were closed for renovation.",
        "{TEAM} will be without their top scorer for the next two matches after he picked up a hamstring injury.",
        "The club's chairman said the team was on course to qualify for continental football next season.",
        "Match officials were escorted out of the stadium by police after angry fans protested against the penalty decision.",
     ]},
    {"domain": "sport", "lede": [
        "{A} stormed to victory in the women's race of the {T} Half Marathon on {D}, smashing the course record by almost a minute.",
        "Kenyan runners swept the podium at the {T} City Marathon, with {A} clocking the fastest time ever run on the course."],
     "body": [
        "The 24-year-old broke away from the leading pack at the 15-kilometre mark and never looked back.",
        "She crossed the finish line in 1:06:{N}, ahead of compatriot {B} and an Ethiopian runner.",
        "\"I trained very hard in Iten for this race. I wanted to show I am ready for the big marathons,\" said {fa}.",
        "In the men's race, {C} outsprinted two rivals in the final 200 metres to win in a personal best.",
        "The race attracted more than {NNN} participants, including amateur runners and wheelchair athletes.",
        "Organisers said this year's prize money had been increased to attract a stronger field.",
        "{a}'s coach said the plan was to take her to one of the major city marathons in spring.",
        "Athletics Kenya officials were at the venue to carry out random drug tests on top finishers.",
        "The event raised funds for a children's cancer ward at the {T} County Referral Hospital.",
        "Runners complained about the humid conditions, which saw several amateurs treated for dehydration.",
        "The course record had stood for six years.",
        "{fa}, who took up running while in secondary school, is trained by her elder brother.",
     ]},
    {"domain": "sport", "lede": [
        "The national women's volleyball team have begun residential training in {T} ahead of the continental championship next month.",
        "Kenya's sevens rugby team will face two top-tier sides in the group stage after the draw for the next leg of the series was made."],
     "body": [
        "Head coach {A} named a provisional squad of {N} players, including four newcomers from the university league.",
        "The team will play two friendly matches against a visiting club side before the final squad is picked.",
        "Captain {B} said the players were determined to improve on last year's fourth-place finish.",
        "The federation says it has secured funds for air tickets and allowances, ending weeks of uncertainty.",
        "Players had threatened to boycott training over unpaid allowances from the last tournament.",
        "{c}, the federation's secretary general, said the ministry had released {K} for the team's preparations.",
        "The squad includes veteran setter {C}, who returns after a year out with a knee injury.",
        "The team's fitness coach said the players would work on speed and endurance at altitude.",
        "The championship will bring together twelve teams from across the continent.",
        "Only the top two finishers qualify for the world championship.",
        "Fans have been invited to watch the team's open training session on Saturday morning.",
        "The coach said the newcomers had impressed him with their hunger to learn.",
     ]},
    {"domain": "health", "lede": [
        "Health officials in {CO} have confirmed {N} new cholera cases in the last week, bringing the total since the outbreak began to {NN}.",
        "A cholera outbreak has claimed three lives in {T}, prompting the county to ban the sale of cooked food in open-air markets."],
     "body": [
        "County health executive {A} said most of the cases were recorded in informal settlements with poor sanitation.",
        "Patients are being treated at an isolation centre set up at the {T} County Referral Hospital.",
        "{a} urged residents to boil drinking water and wash their hands with soap after visiting the toilet.",
        "Public health officers have been deployed to inspect eateries and close those that do not meet hygiene standards.",
        "The outbreak has been linked to a contaminated borehole that supplies water to several villages.",
        "\"We have sent water treatment tablets to every household in the affected area,\" said {B}, the county's disease surveillance coordinator.",
        "The Ministry of Health has sent a team of experts to support the county's response.",
        "Schools in the affected wards have been asked to provide clean water and handwashing points.",
        "Doctors say cholera can kill within hours if a patient is not rehydrated.",
        "Traders selling food in the market said the ban would hurt their livelihoods.",
        "The county has also suspended the issuance of permits for funerals with more than 100 mourners.",
        "Officials say the situation is under control but warned that the coming rains could spread the disease.",
     ]},
    {"domain": "health", "lede": [
        "Services at public hospitals in {CO} have been paralysed after doctors and nurses downed their tools over delayed salaries.",
        "Patients were turned away at the {T} County Referral Hospital on {D} as a strike by health workers entered its second week."],
     "body": [
        "The health workers say they have not been paid for two months and that promotions promised in {Y} have not been effected.",
        "Union official {A} said the strike would continue until the county government paid the arrears in full.",
        "At the referral hospital, the outpatient department was deserted, and a handful of patients waited in the wards.",
        "\"I brought my child here at dawn but there is nobody to attend to us,\" said {B}, a mother of three.",
        "Patients who can afford it have been forced to seek treatment at private hospitals in {T2}.",
        "County health executive {C} said the delay was caused by late disbursement of funds from the National Treasury.",
        "{c} said the county would pay one month's salary by the end of the week.",
        "The union has rejected the offer, saying it has heard similar promises before.",
        "Clinical officers and laboratory staff have joined the strike, leaving only a few interns at work.",
        "The Kenya Medical Practitioners and Dentists Council has urged both sides to resume talks.",
        "Expectant mothers have been the worst hit, with several forced to deliver at home.",
        "Governor {X} is expected to meet union leaders on Monday.",
     ]},
    {"domain": "education", "lede": [
        "{SCHOOL} emerged the top school in {CO} in this year's KCSE examination, posting a mean score of 9.{N}.",
        "Candidates in {CO} recorded an improvement in the KCSE results released on {D}, with more students qualifying for university."],
     "body": [
        "The school's principal, {A}, attributed the performance to teamwork between teachers, students and parents.",
        "\"We started revision early and our teachers gave extra tuition during the holidays,\" {a} said.",
        "Of the school's {NN} candidates, {N} scored a straight A, while the rest attained the minimum university entry grade.",
        "The county director of education, {B}, said the number of candidates with a mean grade of C+ and above had risen.",
        "Girls outperformed boys in languages, while boys did better in mathematics and the sciences.",
        "Parents and teachers danced in the school compound after the results were announced.",
        "{C}, the top student in the county, wants to study medicine at university.",
        "She scored an A in all subjects apart from Kiswahili, in which she got an A minus.",
        "Her mother, a vegetable vendor in {T}, said she had struggled to raise fees for her daughter.",
        "The results were released by the Education Cabinet Secretary at a ceremony in Nairobi.",
        "Cases of exam irregularities dropped compared to the previous year, the council said.",
        "Several day schools in the county also posted impressive results, the director said.",
     ]},
    {"domain": "education", "lede": [
        "Parents in {CO} have protested against a proposal to raise fees in public boarding schools by up to Sh{N},000 a year.",
        "Students at a public university in {T} have been sent home after a protest over increased fees turned violent."],
     "body": [
        "The parents say the increase will force many families to withdraw their children from school.",
        "{A}, who chairs the parents' association, said schools were already charging illegal levies for development projects.",
        "Principals say capitation from the government has not kept pace with the rising cost of food and fuel.",
        "\"A sack of beans now costs almost double what it did two years ago,\" said {B}, a principal in {T}.",
        "The Ministry of Education has warned heads against charging fees above the approved guidelines.",
        "Some schools are said to be holding back report forms for students with fee balances.",
        "Under the law, no child should be sent home because of unpaid fees in public schools.",
        "{C}, a mother of four, said she had sold two cows to pay fees for her son in Form Three.",
        "University management said the students had destroyed property worth millions of shillings.",
        "The students say the new funding model has left many of them without enough support.",
        "A committee has been formed to look into the students' grievances and report back in two weeks.",
        "Lecturers at the institution have also threatened to strike over pay arrears.",
     ]},
    {"domain": "environment", "lede": [
        "Herders in {CO} have lost more than {NNN} animals to drought, with pasture and water points drying up across the county.",
        "Families in northern {CO} are walking up to 20 kilometres in search of water as the drought worsens."],
     "body": [
        "The National Drought Management Authority has placed the county in the alarm phase.",
        "{A}, a pastoralist from {T}, said he had lost 30 of his 50 goats in the last two months.",
        "\"The animals are too weak to walk to the market, and when they get there nobody wants to buy them,\" {a} said.",
        "Livestock prices have crashed, with a cow that sold for Sh40,000 last year now going for less than Sh10,000.",
        "County officials said they had started a livestock offtake programme to buy weak animals from herders.",
        "Schools in the area have reported falling attendance as children join their parents in search of pasture.",
        "The Red Cross has started distributing food and cash transfers to the most affected households.",
        "{B}, the county drought coordinator, said at least {NN},000 people needed food aid.",
        "Conflicts over water and pasture have been reported along the border with the neighbouring county.",
        "The weatherman has predicted below-normal rainfall in the coming season.",
        "Leaders have called on the national government to declare the drought a national disaster.",
        "Water trucking has been stepped up to serve schools and health centres.",
     ]},
    {"domain": "environment", "lede": [
        "At least {N} people have died and hundreds of families have been displaced after heavy rains caused flooding in parts of {CO}.",
        "Residents of {T} spent the night on rooftops after a river burst its banks following a downpour that lasted more than six hours."],
     "body": [
        "The Kenya Red Cross said more than {NNN} households had been affected in {T} and {T2}.",
        "{A}, a resident, said the water rose so fast that families had no time to save their belongings.",
        "\"We lost everything: our beds, our food and the school books of our children,\" said {B}.",
        "Several roads were cut off, making it hard for rescue teams to reach the worst-hit villages.",
        "Police said the body of a boda boda rider who was swept away while crossing a bridge had been recovered.",
        "The county has set up camps in schools and churches to host displaced families.",
        "County commissioner {C} urged residents living in low-lying areas to move to higher ground.",
        "The Meteorological Department has warned that heavy rains will continue for the rest of the week.",
        "Farmers said acres of maize, beans and vegetables had been destroyed.",
        "A disaster response team from the national government is expected in the area on {D}.",
        "Health officials fear an outbreak of waterborne diseases in the camps.",
        "Learning was disrupted in at least {N} schools after classrooms were flooded.",
     ]},
    {"domain": "crime", "lede": [
        "{N} people died on the spot and several others were seriously injured when a matatu collided head-on with a lorry on the {T}-{T2} road on {D}.",
        "A night of grief descended on {T} after a bus carrying mourners overturned at a notorious black spot, killing several passengers."],
     "body": [
        "{CO} traffic commander {A} said the matatu driver lost control while trying to overtake on a sharp bend.",
        "The injured were rushed to the {T} County Referral Hospital, where some are in critical condition.",
        "Witnesses said the bus was speeding down the hill when the driver appeared to lose control.",
        "\"I heard a loud bang and found people trapped inside the wreckage,\" said {B}, who runs a kiosk nearby.",
        "Residents helped to pull passengers out of the wreckage before police and ambulances arrived.",
        "The bodies were taken to the {T} mortuary awaiting identification by relatives.",
        "The stretch has claimed dozens of lives in the last five years, according to police records.",
        "Residents want the National Transport and Safety Authority to erect bumps and warning signs.",
        "The driver of the lorry, who survived with minor injuries, is in police custody.",
        "{C}, whose sister was among the passengers, said the family was still in shock.",
        "Police warned motorists against speeding and overloading during the festive season.",
        "The wreckage was towed to the {T} police station.",
     ]},
    {"domain": "business", "lede": [
        "Construction of the {K} {T}-{T2} dual carriageway has stalled for the second time in a year, leaving motorists stuck on a dusty detour.",
        "Residents of {T} have urged the government to pay a contractor who abandoned the upgrading of a key road in the area."],
     "body": [
        "The contractor moved heavy machinery from the site in {M}, citing unpaid certificates worth {K}.",
        "The road was meant to be completed within 24 months, but only about {PCT} per cent of the work has been done.",
        "{A}, a transporter, said the poor state of the detour had doubled his vehicle maintenance costs.",
        "Traders along the route say business has slumped because customers avoid the dusty stretch.",
        "The Kenya National Highways Authority said the government was processing the pending payments.",
        "Area MP {B} said he had raised the matter in Parliament and was promised that works would resume soon.",
        "The project is funded through a loan from a development bank, with the government contributing a share.",
        "Engineers say the unfinished sections are being damaged by heavy rains.",
        "\"We were promised a modern road before the last election,\" said {C}, a resident.",
        "A Senate committee is expected to visit the project next month.",
        "Residents whose land was acquired for the project say they have not been fully compensated.",
        "The contractor said it would return to the site once at least half of the arrears were cleared.",
     ]},
    {"domain": "entertainment", "lede": [
        "Gengetone star {ART} has released a new album, ending a two-year break that fans had started to think was permanent.",
        "Musician {ART} has opened up about the struggles that nearly ended his career, in an interview ahead of a sold-out show in Nairobi."],
     "body": [
        "The twelve-track project features collaborations with artists from Tanzania and Uganda.",
        "The lead single, '{SONG}', has been played more than a million times since its release.",
        "The artist, whose real name is {A}, grew up in {T} and started performing at school functions.",
        "\"I was broke, I had lost my manager and I did not know what to do next,\" the singer said.",
        "The musician credited his mother and a small group of friends for helping him through the difficult period.",
        "Producer {B} said the album had been recorded over eight months in Nairobi and Dar es Salaam.",
        "Fans have praised the album's mix of Swahili, Sheng and the singer's mother tongue.",
        "Some critics, however, said the project lacked the energy of the artist's earlier hits.",
        "The singer will perform at a concert in {T} on {DATE}, his first show in his home town in three years.",
        "He said part of the proceeds from the concert would go to a children's home.",
        "The album is available on major streaming platforms.",
        "{fb} described the singer as one of the most hardworking artists in the industry.",
     ]},
    {"domain": "human", "lede": [
        "A retired teacher in {T} has turned her home into a free community library that now serves more than {NN} children every weekend.",
        "When {A} retired after 32 years in the classroom, she did not want to stop teaching. Today her living room is a busy learning centre."],
     "body": [
        "{fa}, 67, started with a box of old textbooks and storybooks donated by former colleagues.",
        "Today the library has more than 2,000 books, most of them donated by well-wishers.",
        "Children from the neighbourhood arrive as early as 8am on Saturday mornings.",
        "\"Many of these children have no books at home. Here they find a quiet place to learn,\" said {fa}.",
        "Parents say their children's performance in school has improved since they started visiting the library.",
        "{B}, a mother of two, said her son now spends his weekends learning instead of loitering in the village.",
        "The retired teacher also runs free tuition sessions for children in upper primary.",
        "She relies on her pension and small contributions from parents to pay for electricity and snacks.",
        "A local bank recently donated shelves, tables and chairs to the library.",
        "{fa} hopes to put up a bigger room and stock more books in Kiswahili and mother-tongue languages.",
        "The area chief, {C}, described her as a gift to the community.",
        "Her own children, now adults, help run the library during school holidays.",
     ]},
    {"domain": "business", "lede": [
        "Millions of mobile money users were unable to send money or pay for goods for several hours on {D} after a system outage.",
        "Customers and merchants counted losses on {D} after a service disruption hit mobile banking and money transfer services across the country."],
     "body": [
        "The disruption began at about 10am and lasted until mid-afternoon, according to users who took to social media to complain.",
        "The company said the outage was caused by a technical fault during a routine system upgrade.",
        "Its chief executive, {A}, apologised to customers and said the problem had been fixed.",
        "Supermarkets reported long queues as customers who rely on mobile payments were unable to pay for their shopping.",
        "\"I had to turn away customers because they had no cash,\" said {B}, who runs a shop in {T}.",
        "Matatu conductors in Nairobi insisted on cash, leaving some passengers stranded.",
        "The Communications Authority said it would seek a detailed report on the cause of the outage.",
        "Analysts said the disruption showed how dependent the economy had become on a few digital platforms.",
        "Banks that rely on the platform for mobile loans also reported delays in processing transactions.",
        "The company said transactions that failed during the outage would be reversed automatically.",
        "Consumer rights activist {C} called for compensation for traders who lost business.",
        "It was the second major outage this year.",
     ]},
    {"domain": "environment", "lede": [
        "Residents of villages bordering the national park in {CO} have protested against frequent attacks by elephants that destroy crops and homes.",
        "A farmer in {T} was trampled to death by an elephant on {D} morning, the third such death in the area this year."],
     "body": [
        "The residents blocked the road to the park gate for several hours, demanding compensation and an electric fence.",
        "{A}, a farmer, said elephants had destroyed his three-acre maize farm in one night.",
        "\"We plant, we weed, and then the elephants come and eat everything in a few hours,\" said {B}.",
        "The Kenya Wildlife Service said rangers had been deployed to drive the animals back into the park.",
        "KWS senior warden {C} said the fence had been damaged in several places and repairs were under way.",
        "Victims of wildlife attacks say compensation claims filed years ago have not been paid.",
        "The government has set aside funds to settle outstanding claims, according to the ministry.",
        "Farmers have resorted to lighting fires and beating drums at night to scare the animals away.",
        "Conservationists say the conflict is growing as human settlements expand into wildlife corridors.",
        "The dead farmer's family said he had gone to check on his cattle when he was attacked.",
        "Local leaders want the government to relocate some of the elephants to other parks.",
        "Chilli fences and beehive fences have been tried in some villages with some success.",
     ]},
]

TOPICS_SW = [
    {"domain": "politics", "lede": [
        "Madiwani wa Kaunti ya {CO} wamekataa makadirio ya bajeti ya {K} yaliyowasilishwa na serikali ya Gavana {A}.",
        "Mvutano kati ya bunge la kaunti ya {CO} na afisi ya gavana umeongezeka kufuatia mgao wa fedha za maendeleo."],
     "body": [
        "Madiwani hao walidai kuwa bajeti hiyo ilipunguza fedha za barabara na maji huku ikiongeza matumizi ya safari za maafisa.",
        "Kiongozi wa wengi {B} alisema bunge hilo halitakubali kuidhinisha bajeti ambayo haiwajali wakazi wa mashinani.",
        "\"Hatuwezi kupitisha bajeti inayotenga mamilioni kwa safari za nje na kusahau zahanati za vijijini,\" alisema {b}.",
        "Gavana {a} alitetea makadirio hayo akisema serikali yake imekuwa ikipokea fedha kwa kuchelewa kutoka Hazina ya Kitaifa.",
        "Afisa mkuu wa fedha katika kaunti hiyo, {C}, alisema kaunti inadai serikali kuu zaidi ya {K}.",
        "Kwa mujibu wa sheria, bajeti hiyo inapaswa kupitishwa kabla ya mwisho wa mwezi Juni.",
        "Wanakandarasi waliotekeleza miradi mwaka uliopita bado hawajalipwa, kwa mujibu wa orodha iliyowasilishwa bungeni.",
        "Spika {B} aliahirisha kikao hicho baada ya madiwani wa pande mbili kurushiana maneno makali.",
        "Wakazi wa {T} walisema wamechoshwa na malumbano ya viongozi na wanataka huduma.",
        "Kamati ya bajeti itaandaa vikao vya umma katika wadi zote wiki ijayo.",
        "Mwaka jana, madiwani hao hao walijaribu kumng'oa mamlakani naibu gavana.",
        "Mashirika ya kijamii yametaka ukaguzi wa miradi yote iliyokwama kabla ya fedha mpya kutolewa.",
     ]},
    {"domain": "crime", "lede": [
        "Polisi katika kaunti ya {CO} wamewakamata washukiwa watatu wa wizi wa mifugo baada ya msako uliodumu wiki mbili.",
        "Wakazi wa kijiji cha {T} wanaishi kwa hofu kufuatia msururu wa visa vya wizi wa mifugo nyakati za usiku."],
     "body": [
        "Kamanda wa polisi wa kaunti hiyo, {A}, alisema washukiwa hao walinaswa wakiwa na ng'ombe {N} walioibwa.",
        "Mshukiwa mmoja alifanikiwa kutoroka na polisi wameanzisha msako mkali kumtafuta.",
        "\"Tumepoteza mifugo yetu yote. Hatuna tena cha kutegemea,\" alisema {B}, mkulima wa eneo hilo.",
        "Wezi hao wanadaiwa kuwauzia wafanyabiashara wa nyama katika kaunti jirani.",
        "Washukiwa hao watafikishwa mahakamani {D} kujibu mashtaka ya wizi wa mifugo.",
        "Wakazi walisema wizi huo umewalazimisha kulala zizini ili kulinda mifugo yao.",
        "{a} aliwataka wakazi kushirikiana na maafisa wa usalama kwa kutoa taarifa kuhusu watu wanaotiliwa shaka.",
        "Kamati ya usalama ya kaunti imeidhinisha kuongezwa kwa maafisa wa polisi katika eneo hilo.",
        "Mzee wa kijiji, {C}, alisema visa hivyo vimeongezeka tangu mwanzo wa mwaka.",
        "Baadhi ya ng'ombe walioibwa walipatikana katika soko la mifugo la {T2}.",
        "Polisi pia walipata pikipiki mbili zinazoaminika kutumiwa na genge hilo.",
        "Wakazi wameomba serikali kujenga kituo cha polisi karibu na kijiji hicho.",
     ]},
    {"domain": "education", "lede": [
        "Shule ya {SCHOOL} imeibuka bora katika kaunti ya {CO} kwenye matokeo ya mtihani wa KCSE yaliyotangazwa {D}.",
        "Watahiniwa wa kaunti ya {CO} wameandikisha matokeo bora zaidi katika mtihani wa kidato cha nne mwaka huu."],
     "body": [
        "Mwalimu mkuu wa shule hiyo, {A}, alihusisha matokeo hayo na ushirikiano kati ya walimu, wanafunzi na wazazi.",
        "\"Tulianza marudio mapema na walimu walijitolea hata wakati wa likizo,\" alisema {a}.",
        "Kati ya watahiniwa {NN} wa shule hiyo, {N} walipata alama ya A.",
        "Mkurugenzi wa elimu katika kaunti hiyo, {B}, alisema idadi ya wanafunzi waliopata alama ya C+ na zaidi imeongezeka.",
        "Wazazi na walimu walisherehekea kwa nyimbo na densi katika uwanja wa shule.",
        "Mwanafunzi bora katika kaunti, {C}, anataka kusomea udaktari katika chuo kikuu.",
        "Mamake, ambaye ni mchuuzi wa mboga mjini {T}, alisema alihangaika sana kulipa karo.",
        "Wasichana waliwashinda wavulana katika masomo ya lugha huku wavulana wakifanya vyema katika hisabati.",
        "Visa vya udanganyifu katika mtihani vilipungua ikilinganishwa na mwaka uliopita.",
        "Shule kadhaa za kutwa katika kaunti hiyo pia zilifanya vyema, mkurugenzi alisema.",
        "Matokeo hayo yalitangazwa na Waziri wa Elimu katika hafla iliyofanyika jijini Nairobi.",
     ]},
    {"domain": "business", "lede": [
        "Bei ya mahindi imeshuka katika masoko ya {CO} huku wakulima wakianza kuvuna mavuno mengi ya msimu huu.",
        "Wakulima wa mahindi katika eneo la {T} wamelalamikia bei duni inayotolewa na wafanyabiashara wa kati."],
     "body": [
        "Gunia la kilo 90 sasa linauzwa kwa {K}, kutoka bei ya juu iliyoshuhudiwa miezi mitatu iliyopita.",
        "Mkulima {A} alisema gharama ya mbolea na vibarua imepanda na bei ya sasa haitoshi kulipia hasara.",
        "\"Tunalazimika kuuza kwa bei hii kwa sababu hatuna mahali pa kuhifadhi mahindi,\" alisema {a}.",
        "Halmashauri ya Nafaka na Mazao imetangaza kuwa itaanza kununua mahindi kutoka kwa wakulima mwezi ujao.",
        "Mkurugenzi wa kilimo wa kaunti, {B}, aliwashauri wakulima kukausha mahindi yao vizuri ili kuepuka sumu kuvu.",
        "Wafanyabiashara wa kati wanadaiwa kutumia mizani isiyo sahihi kuwapunja wakulima.",
        "Wakazi wa mijini wamefurahia kushuka kwa bei ya unga katika maduka ya jumla.",
        "{C}, mfanyabiashara wa nafaka mjini {T2}, alisema mahitaji yamepungua kutokana na mavuno mengi.",
        "Wakulima wameitaka serikali kujenga maghala ya kuhifadhi nafaka katika kila wadi.",
        "Mvua ya kutosha iliyonyesha msimu huu ilichangia ongezeko la mavuno.",
        "Bei ya maharagwe nayo imeshuka kwa kiwango kidogo.",
        "Maafisa wa kilimo wanatarajia mavuno kuongezeka kwa asilimia {PCT} ikilinganishwa na mwaka jana.",
     ]},
    {"domain": "health", "lede": [
        "Watu {N} wamefariki na wengine {NN} kulazwa hospitalini kufuatia mlipuko wa kipindupindu katika kaunti ya {CO}.",
        "Maafisa wa afya katika kaunti ya {CO} wamethibitisha visa vipya vya kipindupindu katika mitaa ya mabanda ya {T}."],
     "body": [
        "Afisa mkuu wa afya katika kaunti hiyo, {A}, alisema visa vingi vimeripotiwa katika maeneo yenye usafi duni.",
        "Wagonjwa wanahudumiwa katika kituo maalum kilichotengwa katika hospitali ya rufaa ya {T}.",
        "{a} aliwataka wakazi kuchemsha maji ya kunywa na kunawa mikono kwa sabuni.",
        "Maafisa wa afya ya umma wametumwa kukagua hoteli na vibanda vya chakula.",
        "Mlipuko huo umehusishwa na kisima kimoja kilichochafuliwa ambacho hutumiwa na vijiji kadhaa.",
        "\"Tumesambaza dawa za kutibu maji katika kila boma,\" alisema {B}, mratibu wa ufuatiliaji wa magonjwa.",
        "Wizara ya Afya imetuma kikosi cha wataalamu kusaidia kaunti kukabiliana na hali hiyo.",
        "Uuzaji wa vyakula vilivyopikwa katika masoko ya wazi umepigwa marufuku kwa muda.",
        "Wachuuzi wa vyakula walilalamika kuwa marufuku hiyo itaathiri mapato yao.",
        "Shule katika maeneo yaliyoathirika zimetakiwa kuweka vituo vya kunawa mikono.",
        "Madaktari wanaonya kuwa kipindupindu kinaweza kuua kwa saa chache iwapo mgonjwa hatapewa maji mwilini.",
        "Maafisa wanasema hali imedhibitiwa lakini mvua inayotarajiwa huenda ikaeneza ugonjwa huo.",
     ]},
    {"domain": "sport", "lede": [
        "{TEAM} ilipanda hadi nafasi ya pili kwenye jedwali la ligi baada ya kuilaza {TEAM2} mabao 2-1 uwanjani {VENUE} {D}.",
        "Bao la dakika za lala salama lilitosha kuipa {TEAM} ushindi muhimu dhidi ya {TEAM2} katika mechi ya ligi kuu."],
     "body": [
        "Wenyeji walitangulia kufunga katika dakika ya 23 kupitia kwa {B} aliyefunga kwa kichwa.",
        "{TEAM2} walisawazisha dakika tatu baada ya mapumziko kupitia mkwaju wa penalti.",
        "{A} alifunga bao la ushindi zikiwa zimesalia dakika nane mechi kukamilika.",
        "Kocha {C} aliwapongeza wachezaji wake kwa kujituma, akisema walicheza vibaya kipindi cha kwanza.",
        "\"Tuliongea wakati wa mapumziko na vijana wakabadilika. Hii ni timu isiyokata tamaa,\" alisema {c}.",
        "Wageni walimaliza mechi wakiwa wachezaji kumi baada ya beki wao kuonyeshwa kadi nyekundu.",
        "{TEAM2} sasa imecheza mechi nne bila ushindi.",
        "Idadi ya mashabiki uwanjani ilikuwa ndogo, chini ya elfu mbili.",
        "Mshambulizi tegemeo wa {TEAM} atakosa mechi mbili zijazo kutokana na jeraha la mguu.",
        "Mwenyekiti wa klabu alisema timu iko mbioni kufuzu kwa mashindano ya bara Afrika msimu ujao.",
        "Waamuzi walisindikizwa na polisi kutoka uwanjani baada ya mashabiki kulalamikia uamuzi wa penalti.",
     ]},
    {"domain": "environment", "lede": [
        "Watu {N} wamefariki na mamia ya familia kuachwa bila makao baada ya mvua kubwa kusababisha mafuriko katika kaunti ya {CO}.",
        "Wakazi wa {T} walilazimika kulala juu ya paa za nyumba baada ya mto kuvunja kingo zake kufuatia mvua kubwa."],
     "body": [
        "Shirika la Msalaba Mwekundu lilisema zaidi ya familia {NNN} zimeathirika katika maeneo ya {T} na {T2}.",
        "{A}, mkazi wa eneo hilo, alisema maji yalipanda kwa kasi na hawakuwa na muda wa kuokoa mali yao.",
        "\"Tumepoteza kila kitu: vitanda, chakula na vitabu vya watoto wetu,\" alisema {B}.",
        "Barabara kadhaa zimekatika na kufanya iwe vigumu kwa waokoaji kufika vijiji vilivyoathirika zaidi.",
        "Mwili wa mhudumu wa bodaboda aliyesombwa na maji akivuka daraja ulipatikana {D}.",
        "Kaunti imeweka kambi katika shule na makanisa kuwahifadhi waathiriwa.",
        "Kamishna wa kaunti, {C}, aliwataka wakazi wanaoishi maeneo ya chini kuhamia maeneo salama.",
        "Idara ya Utabiri wa Hali ya Hewa imeonya kuwa mvua kubwa itaendelea kunyesha wiki hii.",
        "Wakulima walisema ekari nyingi za mahindi na maharagwe zimeharibiwa.",
        "Maafisa wa afya wanahofia kuzuka kwa magonjwa yanayosababishwa na maji machafu kambini.",
        "Masomo yametatizika katika shule {N} baada ya madarasa kujaa maji.",
     ]},
    {"domain": "entertainment", "lede": [
        "Mwanamuziki {ART} amezindua albamu mpya baada ya kimya cha miaka miwili.",
        "Msanii {ART} amefunguka kuhusu changamoto alizopitia kabla ya kurejea jukwaani kwa kishindo."],
     "body": [
        "Albamu hiyo yenye nyimbo kumi na mbili inawashirikisha wasanii kutoka Tanzania na Uganda.",
        "Wimbo wake mkuu, '{SONG}', umechezwa zaidi ya mara milioni moja tangu uzinduliwe.",
        "Msanii huyo, ambaye jina lake halisi ni {A}, alikulia mjini {T} na alianza kuimba akiwa shuleni.",
        "\"Nilikuwa sina pesa, nilikuwa nimempoteza meneja wangu na sikujua nianzie wapi,\" alisema.",
        "Mtayarishaji {B} alisema albamu hiyo ilirekodiwa kwa miezi minane jijini Nairobi na Dar es Salaam.",
        "Mashabiki wamesifu mchanganyiko wa Kiswahili, Sheng na lugha ya mama katika nyimbo hizo.",
        "Hata hivyo, baadhi ya wakosoaji walisema albamu hiyo haina ladha ya nyimbo zake za awali.",
        "Atatumbuiza katika tamasha mjini {T} mnamo {DATE}, onyesho lake la kwanza nyumbani kwa miaka mitatu.",
        "Alisema sehemu ya mapato ya tamasha hilo itapelekwa kwa makao ya watoto yatima.",
        "{fb} alimtaja kuwa mmoja wa wasanii wanaofanya kazi kwa bidii zaidi katika tasnia.",
     ]},
    {"domain": "business", "lede": [
        "Wafanyabiashara katika soko la {T} wamegoma kulalamikia ushuru mpya uliotangazwa na serikali ya kaunti ya {CO}.",
        "Shughuli za kibiashara zilikwama katika mji wa {T} {D} baada ya wachuuzi kufunga vibanda vyao kupinga ada mpya."],
     "body": [
        "Wachuuzi hao wanasema ada ya kila siku imepandishwa kutoka Sh30 hadi Sh{NN} bila kushirikishwa.",
        "Mwenyekiti wa chama cha wafanyabiashara, {A}, alisema hawatalipa ada hiyo hadi mazungumzo yafanyike.",
        "\"Biashara ni duni na sasa wanataka tulipe zaidi. Tutakula nini?\" aliuliza {B}, muuzaji wa mboga.",
        "Afisa wa fedha wa kaunti, {C}, alisema ada hiyo mpya ilipitishwa na bunge la kaunti kwa mujibu wa sheria.",
        "Alisema fedha hizo zitatumika kuboresha usafi na kujenga vyoo sokoni.",
        "Maafisa wa kaunti walikabiliana na wachuuzi waliokataa kuondoka barabarani.",
        "Wateja walilazimika kusafiri hadi {T2} kununua bidhaa muhimu.",
        "Wafanyabiashara hao pia wanalalamikia ukosefu wa maji na taa katika soko hilo.",
        "Mbunge wa eneo hilo ameahidi kukutana na pande zote mbili kutafuta suluhu.",
        "Soko hilo lina zaidi ya wafanyabiashara {NNN}, wengi wao wakiwa wanawake.",
     ]},
    {"domain": "human", "lede": [
        "Mwalimu mstaafu mjini {T} amegeuza nyumba yake kuwa maktaba ya bure inayohudumia watoto zaidi ya {NN} kila wikendi.",
        "Baada ya kustaafu kufuatia miaka 32 ya kufundisha, {A} hakutaka kuacha kazi ya kuelimisha watoto."],
     "body": [
        "{fa}, 67, alianza na sanduku la vitabu vya zamani alivyopewa na walimu wenzake.",
        "Leo maktaba hiyo ina zaidi ya vitabu elfu mbili, vingi vikiwa vimetolewa na wahisani.",
        "Watoto kutoka mtaani hufika mapema saa mbili asubuhi kila Jumamosi.",
        "\"Watoto wengi hawana vitabu nyumbani. Hapa wanapata mahali tulivu pa kujifunza,\" alisema {fa}.",
        "Wazazi wanasema matokeo ya watoto wao shuleni yameimarika tangu waanze kutembelea maktaba hiyo.",
        "{B}, mama wa watoto wawili, alisema mwanawe sasa hutumia wikendi kujifunza badala ya kuzurura.",
        "Mwalimu huyo pia hutoa masomo ya ziada bure kwa wanafunzi wa madarasa ya juu.",
        "Hutegemea pensheni yake na michango midogo ya wazazi kulipia umeme na vitafunio.",
        "Benki moja ya eneo hilo hivi karibuni ilitoa rafu, meza na viti kwa maktaba hiyo.",
        "Chifu wa eneo hilo, {C}, alimtaja kama zawadi kwa jamii.",
     ]},
]


# ---------------------------------------------------------------------------
# Hard negatives: story lines with trigger words or device-like shapes
# ---------------------------------------------------------------------------

HARD_EN = [
    "{A} also read the statement on behalf of the absent governor, saying the county would not be intimidated.",
    "\"Read the Bible and pray for this nation,\" Bishop {C} told the congregation in {T}.",
    "Read together, the two reports paint a worrying picture of the county's finances.",
    "The clerk read out the names of the {N} successful applicants before the meeting broke up.",
    "Related charges against two other officials were withdrawn for lack of evidence.",
    "Also present were {C}, the county commissioner, and officials from the National Treasury.",
    "Also arrested was a 24-year-old boda boda rider who allegedly ferried the suspects.",
    "A source at the ministry, who asked not to be named because he is not allowed to speak to the media, said the list had been altered.",
    "Sources at the hospital said the patient was stable by {D} evening.",
    "The source of the fire is yet to be established, {b} said.",
    "A photo of the suspect circulated widely on social media before his arrest.",
    "Photos shared by residents showed vehicles submerged up to their windows.",
    "Screenshots of WhatsApp messages between the two officers were produced in court as evidence.",
    "The group coordinated its activities through a WhatsApp group with more than 200 members, detectives said.",
    "Leaked papers were sold on Telegram channels for as little as Sh500, the examinations council said.",
    "Safaricom said the number of M-Pesa subscribers rose to {N} million in the period under review.",
    "Pay-TV operators have lost subscribers for three consecutive quarters as viewers move to streaming.",
    "Members who fail to pay the monthly subscription will be struck off the register, the chairman warned.",
    "He declined to comment on the matter, saying it was before the courts.",
    "Attempts to reach the county secretary for comment were unsuccessful.",
    "In comments made at a funeral in {T2} on Saturday, {b} accused his rivals of sponsoring chaos.",
    "Police followed the suspects from {T} to {T2}, where they were arrested at a roadblock.",
    "The post was shared more than 10,000 times before it was pulled down.",
    "Shareholders will receive a dividend of Sh{N} per share, up from last year's payout.",
    "The advertisement for the tender appeared in two dailies on {D}, according to the documents.",
    "Farmers will be required to fit their cattle with ear tags under the new traceability rules.",
    "The updated voter register will be published before the end of {M}, the commission said.",
    "Residents can download the forms from the county website or collect them at ward offices.",
    "Applicants must log in to the eCitizen portal and upload a copy of their ID, the directorate said.",
    "\"Pay attention to the warning signs,\" {b} said, urging parents to take children for screening early.",
    "The bill, sponsored by {C}, seeks to cap interest rates on digital loans.",
    "The image of the county has been dented by the scandal, {b} conceded.",
    "\"Keep reading, keep asking questions,\" she told the graduating class.",
    "More than {NN} families have been affected, according to the Red Cross.",
    "The school's newsletter, which is sent to parents every term, carried the notice.",
    "Officers recovered a laptop, two phones and a camera containing photographs of the building.",
    "Back in {T}, traders said business had slowed to a trickle.",
    "Tags on the recovered goods showed they had been stolen from a supermarket in {T2}.",
    "\"Follow the money and you will find the people behind this,\" {b} told the committee.",
    "Share prices at the Nairobi Securities Exchange fell for a third day running.",
    "\"Subscribe to the values of this party or leave,\" {b} told the rebels.",
    "\"Read my lips: there will be no new taxes this year,\" the Cabinet Secretary told MPs.",
    "Relatedly, the same firm had been blacklisted by another county in {Y}.",
    "In a video shared on TikTok, the singer thanked fans for their support.",
    "Sign-ups for the programme opened on Monday and will close in two weeks.",
    "The comments section of the county's Facebook page was flooded with complaints.",
    "The magazine's cover photo, taken by a Nairobi photographer, has since gone viral.",
    "Placards carried by the protesters read 'Justice for {fa}'.",
    "Updated figures from the ministry show {NN} confirmed cases.",
    "Reporting to work late has become common in the department, the audit found.",
    "Edited footage of the incident was played in court, the defence said.",
    "Additional reporting requirements for lenders will take effect in {M}.",
    "Source documents for the payments could not be traced, the auditor said.",
    "Photo evidence presented by the prosecution showed the accused at the scene.",
    "Home to more than 40,000 people, {T} has only one public hospital.",
    "Next week, the team travels to {T2} for the return leg.",
    "Print media owners said the new tax would push some titles out of business.",
    "Comments by the Cabinet Secretary drew an angry reaction from MPs.",
    "Search operations resumed on {D} morning after heavy rain stopped the rescue effort.",
    "Trending on social media since Sunday, the clip shows officers beating a hawker.",
    "Loading of the relief food began at the depot at dawn.",
    "Exit polls conducted by a research firm show the two leading candidates neck and neck.",
    "Sponsored by the county, the tournament attracted {N} teams from across the region.",
    "Download speeds on the new network reached 300 Mbps in tests, the regulator said.",
    "Advertising revenue fell by 18 per cent, the media company said in its results.",
    "Premium tea from the region fetched an average of $3.20 a kilo at the auction.",
    "\"Join the queue early,\" officials told applicants, adding that the centre closes at 5pm.",
    "Follow-up checks on the remaining {N} facilities are due next month.",
    "\"Watch out for fake officers,\" police warned after the gang impersonated detectives.",
    "\"Listen to the farmers before imposing new levies,\" {b} told county officials.",
    "Like many other traders, {fb} lost stock worth thousands in the fire.",
    "Leave days for health workers were frozen during the outbreak.",
    "\"Be the first to report any suspicious activity,\" the chief told residents at a baraza.",
    "\"Your email address and phone number may have been exposed,\" the notice sent to customers read.",
    "Share of revenue to counties will rise under the proposal, the commission said.",
    "\"Credit goes to the teachers,\" {b} said of the results.",
    "Picture this: a farmer in {T} wakes up at four to milk her cows before walking to the collection centre.",
    "\"Share this message with everyone in your village,\" the chief said of the polio drive.",
    "\"Tell us what you need,\" the governor said at the public participation forum.",
    "Subscription-based lending apps were singled out in the regulator's report.",
    "Readers of the report will notice that the figures do not add up, {b} said.",
    "Pupils who cannot read fluently by Grade 3 struggle for the rest of their schooling, the study found.",
    "The meter reading showed the household had used water worth Sh9,000 in a single month.",
    "Sources close to the family said the couple had been living apart for months.",
    "Credit card use in Kenya has grown, but mobile loans remain far more popular.",
    "The photographer who took the famous picture of the protest has been honoured.",
    "{fa} said he learnt of the decision from a WhatsApp message sent late at night.",
    "The scheme's subscribers will continue to receive services at accredited facilities, the authority said.",
    "Comment from the contractor could not be obtained by the time of going to press.",
    "Following the ruling, the family said they would appeal.",
    "He shared the stage with {C} at a rally in {T2}, where both called for calm.",
    "More details are expected when the report is tabled in Parliament.",
    "Also on the agenda is a proposal to merge the two wards.",
    "Updated guidelines on school trips were issued after the accident.",
    "The source for those figures is a 2023 survey by the statistics bureau, which found one in five households without piped water.",
    "Photos of the classrooms, shared with this publication by a parent, show cracked walls and leaking roofs.",
    "The pastor told mourners to read Psalm 23 and find comfort in their faith.",
    "Read more widely, the author told the students; stories are how we understand one another.",
    "She also read law at the University of Nairobi before joining politics.",
    "Subscribers to the county's SMS alert system received warnings hours before the floods.",
    "The WhatsApp voice note, in which the MCA is heard threatening a rival, is now part of the police file.",
    "The advert, which promised jobs in Canada, was posted on Facebook and Telegram.",
    "The committee said the next article of the agreement deals with payment timelines.",
]

HARD_SW = [
    "{A} alisoma taarifa hiyo kwa niaba ya gavana ambaye hakuwepo.",
    "\"Soma Biblia na uombee taifa hili,\" Askofu {C} aliwaambia waumini mjini {T}.",
    "Wanafunzi wengi katika eneo hilo hawawezi kusoma wala kuandika, ripoti hiyo ilionyesha.",
    "Picha zilizosambazwa mitandaoni zilionyesha magari yakiwa yamezama majini.",
    "Picha ya mshukiwa ilisambazwa na polisi wakiomba umma kusaidia kumtafuta.",
    "Habari nyingine njema kwa wakulima ni kwamba bei ya mbolea imeshuka.",
    "Chanzo cha moto huo bado hakijabainika, afisa huyo alisema.",
    "Chanzo kimoja katika wizara kilisema orodha hiyo ilikuwa imebadilishwa.",
    "Washukiwa walikuwa wakiwasiliana kupitia kundi la WhatsApp, polisi walisema.",
    "Alikataa kutoa maoni akisema suala hilo liko mahakamani.",
    "Katika maoni yake, {b} alisema serikali imeshindwa kuwajibika.",
    "Polisi waliwafuata washukiwa hadi {T2} ambako walikamatwa kwenye kizuizi cha barabarani.",
    "Malori yalianza kupakua magunia ya mbolea katika bohari la {T} alfajiri.",
    "Tangazo la zabuni hiyo lilichapishwa katika magazeti mawili, nyaraka zinaonyesha.",
    "\"Jiunge na wenzako mpande miti,\" gavana aliwahimiza vijana.",
    "\"Tazama jinsi maji yalivyoharibu shamba langu,\" mkulima mmoja alisema.",
    "\"Soma kwa bidii, usikate tamaa,\" mwalimu mkuu aliwaambia wanafunzi wa kidato cha nne.",
    "Usomaji wa vitabu umeshuka miongoni mwa vijana, utafiti mpya unaonyesha.",
    "Mpiga picha wa gazeti hili alishuhudia maafisa wakiwatawanya waandamanaji.",
    "Habari za kifo chake zilienea haraka kijijini.",
    "Wakazi walishiriki katika zoezi la kusafisha mji siku ya Jumamosi.",
    "Maoni ya wananchi yalikusanywa katika vikao vya hadhara kabla ya mswada kuwasilishwa.",
    "Alifuatilia kesi hiyo kwa miaka mitano hadi hukumu ilipotolewa.",
    "Zaidi ya familia {NN} zimeathirika, kwa mujibu wa Shirika la Msalaba Mwekundu.",
    "Soma alilelewa na nyanyake katika kijiji cha {T}.",
    "\"Soma, soma, soma! Elimu ndiyo urithi pekee,\" mzee huyo aliwaambia wajukuu wake.",
    "Picha ya pamoja ilipigwa baada ya hafla hiyo ya kuwatuza walimu.",
    "Idadi ya wanaojisajili kwa huduma za M-Pesa imeongezeka hadi milioni {N}, kampuni ilisema.",
    "Wanachama ambao hawatalipa ada ya kila mwezi wataondolewa kwenye sajili, mwenyekiti alionya.",
    "Jumbe za WhatsApp kati ya maafisa hao wawili ziliwasilishwa mahakamani kama ushahidi.",
    "Karatasi za mtihani zilizovuja ziliuzwa kwenye Telegram kwa Sh500, baraza la mitihani lilisema.",
    "Pia waliohudhuria ni {C}, kamishna wa kaunti, na maafisa kutoka Hazina ya Kitaifa.",
    "Pia aliyekamatwa ni mhudumu wa bodaboda anayedaiwa kuwasafirisha washukiwa.",
    "Chanzo cha mzozo huo ni ardhi ya ekari tano inayodaiwa na familia mbili.",
    "Alisoma sheria katika Chuo Kikuu cha Nairobi kabla ya kujiunga na siasa.",
    "Zaidi ya hayo, mahakama iliagiza mali ya washukiwa kuzuiliwa.",
    "Wakazi walipakua video hiyo na kuisambaza kwa kasi.",
    "Picha hizo zilipigwa na mkazi mmoja aliyekuwa akipita karibu na eneo la ajali.",
    "Habari zaidi zinatarajiwa ripoti hiyo itakapowasilishwa bungeni.",
    "Alichapisha ujumbe kwenye Facebook akiwashukuru mashabiki wake.",
    "\"Tufuate nyayo za waliotutangulia,\" askofu alisema katika mahubiri yake.",
    "Mchungaji aliwataka waombolezaji kusoma Zaburi 23 na kupata faraja.",
    "Ushuru wa matangazo ya biashara umepandishwa na kaunti, wafanyabiashara walilalamika.",
    "Tangazo la serikali lilitolewa kupitia gazeti rasmi la serikali.",
    "Wazazi walitakiwa kujiandikisha katika afisi za elimu za kaunti ndogo.",
    "Kitabu chake kipya kinasomwa sana na wanafunzi wa vyuo vikuu.",
]

CROSSHEADS_EN = [
    "A long wait", "Mixed reactions", "Court battle", "What next for farmers?", "Rising costs", "The missing millions",
    "Why it matters", "Calls for calm", "Tough season ahead", "Police statement", "Related cases", "More trouble ahead",
    "The bigger picture", "A reading culture", "Back to the drawing board", "Reading between the lines",
    "Photo finish", "Source of the problem", "Sharing the burden", "Follow the money", "Comments from the floor",
    "Next steps", "Updated rules", "The fine print", "Free access for all?", "Subscribers left in the dark",
    "Share of the cake", "Keep reading, keep learning", "Recommended changes", "More questions than answers",
]
CROSSHEADS_SW = [
    "Hasara kubwa", "Hatua zinazofuata", "Chanzo cha tatizo", "Maoni ya wakazi", "Picha kamili", "Habari njema",
    "Wito wa utulivu", "Safari ndefu", "Matumaini mapya", "Historia ya mzozo", "Soma na ujifunze", "Zaidi ya pesa",
]


def story_list(rng, f, lang, domain):
    """A list that belongs to the story: intro line (may be absent) and 3-6 items."""
    if lang == "sw":
        kind = rng.choice(["fixtures", "budget", "demands", "timeline", "ranking", "requirements"])
        n = rng.randint(3, 5)
        if kind == "fixtures":
            intro = rng.choice(["Ratiba ya wikendi hii:", "Mechi za Jumamosi na Jumapili:", "Ratiba kamili ni kama ifuatavyo:"])
            days = ["Jumamosi", "Jumapili"]
            teams = rng.sample(TEAMS, 2 * n)
            items = [f"{rng.choice(days)}: {teams[2 * i]} dhidi ya {teams[2 * i + 1]} ({rng.choice(VENUES)}, saa "
                     f"{rng.choice(['nane', 'tisa', 'kumi'])})" for i in range(n)]
        elif kind == "budget":
            intro = rng.choice(["Bajeti hiyo imetenga:", "Mgao wa fedha ni kama ifuatavyo:"])
            sectors = rng.sample(["Afya", "Elimu", "Barabara", "Maji", "Kilimo", "Biashara", "Michezo", "Usafi"], n)
            items = [f"- {s}: Sh{rng.choice(['milioni ', 'bilioni '])}{rng.randint(2, 900)}" for s in sectors]
        elif kind == "demands":
            intro = rng.choice(["Madai yao ni pamoja na:", "Wanataka yafuatayo:"])
            items = [f"• {x}" for x in rng.sample(["Kulipwa malimbikizo ya mishahara", "Kupandishwa vyeo walivyoahidiwa",
                                                   "Bima ya afya kwa wafanyakazi wote", "Kuajiriwa kwa wahudumu zaidi",
                                                   "Vifaa vya kutosha hospitalini", "Mazingira salama ya kazi"], n)]
        elif kind == "timeline":
            intro = rng.choice(["Jinsi sakata ilivyoanza:", "Matukio muhimu:"])
            events = ["Mkataba watiwa saini", "Malipo ya kwanza yatolewa", "Mwanakandarasi aondoka eneo la kazi",
                      "Mkaguzi Mkuu aibua maswali", "Tume ya maadili yaanza uchunguzi", "Washukiwa wafikishwa mahakamani"]
            years = sorted(rng.sample(range(2018, 2026), n))
            items = [f"{rng.choice(MONTHS_SW)} {y}: {e}" for y, e in zip(years, events)]
        elif kind == "ranking":
            intro = rng.choice(["Shule tano bora katika kaunti hiyo ni:", "Orodha ya shule bora:"])
            items = [f"{i + 1}. {s} – alama {rng.randint(7, 10)}.{rng.randint(0, 99):02d}" for i, s in enumerate(rng.sample(SCHOOLS, n))]
        else:
            intro = rng.choice(["Waombaji watahitajika kuwa na:", "Stakabadhi zinazohitajika ni:"])
            items = [f"- {x}" for x in rng.sample(["Nakala ya kitambulisho", "Picha mbili za pasipoti", "Barua kutoka kwa chifu",
                                                   "Cheti cha kuzaliwa", "Nambari ya KRA PIN", "Barua ya udahili"], n)]
        return ([intro] if rng.random() < 0.85 else []) + items
    kinds = ["timeline", "budget", "demands", "recommendations", "requirements", "steps", "prices", "casualties"]
    if domain == "sport":
        kinds = ["fixtures", "results", "squad", "fixtures"]
    elif domain == "education":
        kinds = ["ranking", "requirements", "steps", "ranking"]
    elif domain == "entertainment":
        kinds = ["nominees", "tour", "nominees"]
    kind = rng.choice(kinds)
    n = rng.randint(3, 6)
    if kind == "fixtures":
        intro = rng.choice(["This weekend's fixtures:", "Fixtures (Saturday and Sunday):", "The full programme for the weekend is as follows:", "Upcoming matches"])
        teams = rng.sample(TEAMS, 2 * n)
        items = [f"{rng.choice(['Saturday', 'Sunday'])}: {teams[2 * i]} v {teams[2 * i + 1]} ({rng.choice(VENUES)}, {rng.choice(['1pm', '3pm', '4pm'])})" for i in range(n)]
    elif kind == "results":
        intro = rng.choice(["Other results:", "Results from the weekend:", "How the other matches ended"])
        teams = rng.sample(TEAMS, 2 * n)
        items = [f"{teams[2 * i]} {rng.randint(0, 3)}-{rng.randint(0, 3)} {teams[2 * i + 1]}" for i in range(n)]
    elif kind == "squad":
        intro = rng.choice(["The provisional squad:", "Squad:", "Players called up:"])
        items = [f"{pos}: " + ", ".join(person(rng)[0] for _ in range(rng.randint(2, 3)))
                 for pos in rng.sample(["Goalkeepers", "Defenders", "Midfielders", "Forwards", "Setters", "Liberos"], n if n <= 6 else 6)]
    elif kind == "timeline":
        intro = rng.choice(["How the saga unfolded:", "Timeline", "Key dates:", "How we got here"])
        events = ["Contract signed with the contractor", "First payment of {K} released", "Works stall as the contractor leaves the site",
                  "Auditor-General flags the project", "Anti-graft agency opens investigations", "Suspects charged in court"]
        years = sorted(rng.sample(range(2017, 2026), n))
        items = [fill(f"{rng.choice(MONTHS_EN)} {y}: {e}", f) for y, e in zip(years, events)]
    elif kind == "budget":
        intro = rng.choice(["The budget allocates:", "Key allocations:", "Where the money goes"])
        sectors = rng.sample(["Health", "Education", "Roads", "Water", "Agriculture", "Trade", "Youth and sports", "Environment"], n)
        items = [f"- {s}: Sh{rng.randint(1, 9)}.{rng.randint(1, 9)} billion" for s in sectors]
    elif kind == "demands":
        intro = rng.choice(["Their demands include:", "The union wants:", "Among the grievances:"])
        items = [f"• {x}" for x in rng.sample(["Payment of salary arrears dating back two years", "Promotions promised in the last agreement",
                                               "Comprehensive medical cover for all staff", "Hiring of more nurses and clinical officers",
                                               "Adequate supplies in all health centres", "A safe working environment",
                                               "Timely remittance of pension deductions", "Risk allowance for staff in isolation wards",
                                               "An end to forced transfers", "Confirmation of interns on permanent terms",
                                               "Implementation of the return-to-work formula", "Payment of uniform allowances"], n)]
    elif kind == "recommendations":
        intro = rng.choice(["The committee recommended that:", "The report recommends that:"])
        items = [f"({'abcdef'[i]}) {x}" for i, x in enumerate(rng.sample(["the contractor be blacklisted", "officers who approved the payments be surcharged",
                                                                          "the anti-graft agency investigates the tender", "works resume within 90 days",
                                                                          "the county publishes all pending bills", "residents be compensated"], n))]
    elif kind == "requirements":
        intro = rng.choice(["Applicants will need:", "Requirements:", "Candidates must submit the following"])
        items = [f"- {x}" for x in rng.sample(["A copy of the national ID card", "A KRA PIN certificate", "Two recent passport-size photos",
                                               "A letter from the area chief", "A certificate of good conduct", "Copies of academic certificates"], n)]
    elif kind == "steps":
        intro = rng.choice(["To apply:", "How to apply", "The process is as follows:"])
        steps = [rng.choice(["Log in to the eCitizen portal with your ID number", "Sign in to the county's online portal",
                             "Create an account on the fund's website", "Visit the nearest Huduma Centre"]),
                 rng.choice(["Select 'Bursary application' and fill in the form", "Fill in the application form in full",
                             "Choose the programme and enter your school details"]),
                 rng.choice(["Upload scanned copies of the documents", "Attach copies of your fee structure and report form",
                             "Upload a passport photo and a copy of your ID"]),
                 rng.choice(["Pay the Sh100 processing fee via M-Pesa", "Pay the application fee through the paybill number provided",
                             "Submit the form before the deadline"]),
                 rng.choice(["Print the confirmation slip and present it at the ward office", "Keep the reference number for follow-up"]),
                 rng.choice(["Wait for an SMS confirming the award", "Successful applicants will be notified by text message"])]
        items = [f"{i + 1}. {x}" for i, x in enumerate(steps[:n])]
    elif kind == "prices":
        intro = rng.choice([fill("Prices at {T} market on {D}:", f), "What shoppers paid this week"])
        goods = ["Maize (90kg bag)", "Beans (90kg bag)", "Sukuma wiki (bunch)", "Tomatoes (crate)", "Onions (net)", "Potatoes (50kg bag)"]
        items = [f"{g}: Sh{rng.randint(1, 12)},{rng.randint(0, 9)}00" for g in rng.sample(goods, n)]
    elif kind == "casualties":
        intro = rng.choice(["Deaths reported by county:", "Most affected counties"])
        items = [f"{c}: {rng.randint(1, 19)}" for c in rng.sample(COUNTIES, n)]
    elif kind == "ranking":
        intro = rng.choice(["The top schools in the county were:", "Top five schools", "How the schools ranked:"])
        items = [f"{i + 1}. {s} – mean score {rng.randint(7, 10)}.{rng.randint(0, 99):02d}" for i, s in enumerate(rng.sample(SCHOOLS, n))]
    elif kind == "nominees":
        intro = rng.choice(["The nominees for Song of the Year are:", "Nominees, Best Male Artist"])
        items = [f"{a} – '{s}'" for a, s in zip(rng.sample(ARTISTS, n), rng.sample(SONGS, n))]
    else:  # tour
        intro = rng.choice(["Tour dates:", "The singer will perform in:"])
        items = [f"{rng.randint(1, 28)} {rng.choice(MONTHS_EN)}: {t}" for t in rng.sample(TOWNS, n)]
    return ([intro] if rng.random() < 0.85 else []) + items


# ---------------------------------------------------------------------------
# Assembly
# ---------------------------------------------------------------------------

TRIGGERS = re.compile(
    r"\b(read|reads|reading|related|photo\w*|pictures?|images?|sources?|credit|whatsapp|telegram|subscri\w*|"
    r"newsletter|follow\w*|shar(?:e|ed|es|ing)|comments?|advert\w*|sponsor\w*|download\w*|apps?|tags?|updated?|"
    r"premium|log in|sign\w*|register\w*|tiktok|facebook|twitter|youtube|instagram|recommend\w*|trending|"
    r"exclusive|soma|kusoma|alisoma|picha|habari nyingine|chanzo|maoni|tangazo|pakua|jiunge|fuata|shiriki|tazama)\b",
    re.IGNORECASE)
FAMILY_TARGETS = {"read_also_block": 100, "read_also_line": 80, "promo": 85, "credit": 95, "paywall": 55,
                  "social": 70, "comments": 65, "chrome": 105}
PLAN = ([("taifaleo", "sw")] * 13 + [("tuko", "sw")] * 4 + [("citizen", "sw")] * 3 + [("tuko", "en")] * 8
        + [("citizen", "en")] * 7 + [("nation", "en")] * 7 + [("standard", "en")] * 7 + [("star", "en")] * 7
        + [("kenyans", "en")] * 7 + [("capitalfm", "en")] * 7 + [("businessdaily", "en")] * 7
        + [("kbc", "en")] * 6 + [("people_daily", "en")] * 7)


def collapse(text: str) -> str:
    return " ".join(text.split())


def story_unit(lines, kind, hard=None):
    flags = [bool(TRIGGERS.search(line)) for line in lines] if hard is None else [hard] * len(lines)
    return {"kind": kind, "lines": lines, "hard": flags}


def build_story(rng, lang, topic, filler):
    units = [story_unit([fill(rng.choice(topic["lede"]), filler)], "sentence")]
    body = rng.sample(topic["body"], min(len(topic["body"]), rng.randint(10, 13)))
    hard_pool = HARD_SW if lang == "sw" else HARD_EN
    hard = [fill(t, filler) for t in rng.sample(hard_pool, rng.randint(2, 4))]
    body = [fill(t, filler) for t in body]
    rest = []
    while body:
        if len(body) >= 2 and rng.random() < 0.1:
            rest.append(story_unit([body.pop() + " " + body.pop()], "sentence"))
        else:
            rest.append(story_unit([body.pop()], "sentence"))
    for sentence in hard:
        if rest and rng.random() < 0.25:
            donor = rng.choice([u for u in rest if u["kind"] == "sentence"])
            text = donor["lines"][0]
            donor["lines"][0] = (text + " " + sentence) if rng.random() < 0.5 else (sentence + " " + text)
            donor["hard"][0] = True
        else:
            rest.append(story_unit([sentence], "sentence", True))
    rng.shuffle(rest)
    if rng.random() < (0.42 if lang == "en" else 0.4):
        items = story_list(rng, filler, lang, topic["domain"])
        rest.insert(rng.randint(1, len(rest)), story_unit(items, "list", True))
    for _ in range(rng.choice([0, 1, 1, 2]) if rng.random() < 0.5 else 0):
        head = rng.choice(CROSSHEADS_SW if lang == "sw" else CROSSHEADS_EN)
        rest.insert(rng.randint(2, len(rest)), story_unit([head], "crosshead", True))
    return units + rest


def choose_family(rng, produced):
    weights = [max(FAMILY_TARGETS[f] - produced[f], 4) for f in FAMILY_TARGETS]
    return rng.choices(list(FAMILY_TARGETS), weights)[0]


def place_devices(rng, units, devices):
    """Return the article as a list of (line, label, family, hard), devices placed top/middle/end."""
    top, end, middle = [], [], {}
    for family, lines in devices:
        where = rng.choices(["top", "middle", "end"], POSITIONS[family])[0]
        if where == "top":
            top.append((family, lines))
        elif where == "end":
            end.append((family, lines))
        else:
            # a gap after unit i (1..len-1); after a read-also block, the next story unit is a plain sentence
            gaps = list(range(1, len(units)))
            if family == "read_also_block":
                gaps = [i for i in gaps if units[i]["kind"] == "sentence"] or gaps
            middle.setdefault(rng.choice(gaps), []).append((family, lines))
    out = []

    def emit(group):
        for family, lines in group:
            out.extend((line, "drop", family, False) for line in lines)

    emit(top)
    for i, unit in enumerate(units):
        if i in middle:
            emit(middle[i])
        out.extend((line, "keep", "story", flag) for line, flag in zip(unit["lines"], unit["hard"]))
    emit(end)
    return out


def noisy(rng, line: str) -> str:
    words = line.split(" ")
    if len(words) > 2 and rng.random() < 0.3:
        i = rng.randrange(1, len(words))
        words[i] = rng.choice(["", "\xa0", "\t"]) + words[i] if rng.random() < 0.5 else " " + words[i]
    text = " ".join(words)
    if rng.random() < 0.12:
        text = text.replace(" ", "\xa0", 1)
    if rng.random() < 0.1:
        text = rng.choice(["  ", "\t", "\xa0", " "]) + text
    if rng.random() < 0.15:
        text += rng.choice([" ", "  ", "\t", "\xa0", " \xa0"])
    return text


def join_lines(rng, lines):
    style = rng.choice(["\n", "\n\n", "\r\n", "mixed", "\n\n", "mixed"])
    blanks = ["   ", "\t", "\xa0", " \xa0 ", " "]
    newline = "\r\n" if style == "\r\n" else "\n"
    parts = []
    if rng.random() < 0.3:
        parts.append(rng.choice(["", "  ", "\xa0"]) + newline)
    for i, line in enumerate(lines):
        parts.append(line)
        if i == len(lines) - 1:
            break
        gap = style if style != "mixed" else rng.choice(["\n", "\n\n", "\n\n", "\n \n"])
        if rng.random() < 0.07:
            gap = newline + rng.choice(blanks) + newline
        parts.append(gap)
    if rng.random() < 0.3:
        parts.append(newline + rng.choice(["", " ", "\t", "\xa0 "]) + rng.choice(["", newline]))
    return "".join(parts)


def build_article(rng, number, outlet, lang, topic, produced):
    cast = make_cast(rng, lang)
    filler = Filler(rng, lang, cast)
    units = build_story(rng, lang, topic, filler)
    devices = []
    if outlet == "taifaleo" and rng.random() < 0.45:  # Taifa Leo's "NA <NAME>" first line
        devices_top = [("credit", [rng.choice(["NA ", "Na ", "NA "]) + person(rng)[0].upper()])]
    else:
        devices_top = []
    for _ in range(rng.randint(4, 6)):
        family = choose_family(rng, produced)
        lines = DEVICES[family](rng, filler, lang, outlet)
        produced[family] += len(lines)
        devices.append((family, lines))
    rows = [(line, "drop", "credit", False) for _, lines in devices_top for line in lines]
    produced["credit"] += len(rows)
    rows += place_devices(rng, units, devices)
    text = join_lines(rng, [noisy(rng, row[0]) for row in rows])
    record_lines = [{"text": collapse(line), "label": label, "family": family, "hard": hard}
                    for line, label, family, hard in rows]
    return {"id": f"{outlet}-{GROUP}-{number:02d}", "outlet": outlet, "language": lang, "group": GROUP,
            "tuned": True, "text": text, "lines": record_lines}


def pick_topic(rng, topics, used, outlet):
    candidates = topics
    if outlet == "businessdaily":
        candidates = [t for t in topics if t["domain"] == "business"] or topics
    low = min(used[id(t)] for t in candidates)
    choice = rng.choice([t for t in candidates if used[id(t)] == low])
    used[id(choice)] += 1
    return choice


def self_check(records):
    for record in records:
        text_lines = [collapse(line) for line in record["text"].splitlines() if line.strip()]
        labelled = [line["text"] for line in record["lines"]]
        assert text_lines == labelled, record["id"]
        assert all(line["text"] for line in record["lines"]), record["id"]
        for line in record["lines"]:
            assert (line["label"] == "keep") == (line["family"] == "story"), record["id"]
            assert not (line["hard"] and line["label"] == "drop"), record["id"]


def main() -> None:
    rng = random.Random(SEED)
    plan = PLAN[:]
    rng.shuffle(plan)
    used = {id(t): 0 for t in TOPICS_EN + TOPICS_SW}
    produced = dict.fromkeys(FAMILY_TARGETS, 0)
    records = []
    for number, (outlet, lang) in enumerate(plan, 1):
        topic = pick_topic(rng, TOPICS_SW if lang == "sw" else TOPICS_EN, used, outlet)
        records.append(build_article(rng, number, outlet, lang, topic, produced))
    self_check(records)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        for record in records:
            raw.write((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    story = [line for record in records for line in record["lines"] if line["family"] == "story"]
    families = {}
    for record in records:
        for line in record["lines"]:
            families[line["family"]] = families.get(line["family"], 0) + 1
    print(f"wrote {OUT} ({len(records)} articles)")
    print(f"story lines {len(story)} (hard {sum(line['hard'] for line in story)}); boilerplate "
          f"{sum(n for f, n in families.items() if f != 'story')}")
    for family in FAMILY_TARGETS:
        print(f"  {family:<16} {families.get(family, 0)}")


if __name__ == "__main__":
    main()

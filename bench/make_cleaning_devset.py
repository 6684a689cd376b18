"""Generate bench/data/cleaning_devset.jsonl: synthetic articles with every line labelled.

Each record is one article in the shape of one outlet's boilerplate devices:
    {"id", "outlet", "language", "group", "tuned", "text", "lines": [{"text", "label", "family", "hard"}]}
`text` is what clean_text receives (lines joined by one or more newlines, with
whitespace noise); `lines` lists its non-blank lines in order. `label` is
"keep" for story text and "drop" for boilerplate, `family` names the device
(read_also_block, read_also_line, promo, credit, paywall, social, comments,
chrome) or "story", and `hard` marks story lines that contain trigger words
or have the shape of a device (a subhead and a list of fragments).

Nine groups use disjoint phrasings of the devices and of the hard negatives,
so the bench shows how far the patterns generalise rather than how well they
fit the strings they were written against. Each held-out group was written
before the round of fixes that its predecessor prompted, measured once, and
only then used for fixes of its own (figures: boilerplate removed / story
kept on that first run):
- "dev": visible while clean_text was written;
- "heldout_a": 92.4 % / 100 %, then generic fixes;
- "heldout_b": 60.9 % / 100 % (phrase lists did not generalise), then shape
  and vocabulary rules;
- "heldout_c": 88.4 % / 99.9 %, then more generic rules;
- "heldout_d": 55.0 % / 100 %, then the last round of rules;
- "heldout_e": 58.7 % / 99.15 %; it stayed untuned for one release as the
  figure for unseen wording, then became development data (issue 4: rules
  generalised by family rather than by string). It is no longer held out;
- "heldout_f": 64.59 % / 99.34 %, written after the issue-4 rules (by
  family: credit 100, promo 85, read-also lines 81, social 76, chrome 73,
  read-also blocks 53, paywall 25, comments 21; hard negatives kept 95.8 %).
  Its hard negatives hold "subscribe", "download", "follow", "read", "join",
  "WhatsApp" and "app", a politician telling people to register as voters
  and a court story quoting "log in". It then became development data for the
  next round (read-also blocks known by their shape whatever the label says,
  comment boxes and paywalls by the family's shape, reported speech overriding
  the phrase rules too). It is no longer held out;
- "heldout_g": 63.59 % / 94.47 %, written after that round. By family on its
  first run: comments 83.3, credit 80.0, paywall 77.3, read-also lines 73.5,
  read-also blocks 62.1, promo 60.0, social 58.3, chrome 50.0; story 99.87,
  hard negatives 78.5. Its hard negatives add the story's own lists of
  fragments (FRAGMENT_LISTS): lists under a subhead with no ":" ("Key dates",
  "What you need to register", "Mahitaji ya usajili") were taken for blocks of
  links by the new shape rule, 56 of the 57 story lines lost; those introduced
  by ":" were kept. It then became development data for the next round (story
  first: a list under a subhead is a block of links only when its items read
  as other stories' headlines; chrome buttons, share links, tag headings,
  credits and read-also labels by the family's shape). It is no longer held out;
- "heldout_h": 67.33 % / 99.91 %, written after that round and, for one
  release, never tuned against: the figure for wording clean_text had not
  seen. By family on its first run: social 97.4, paywall 96.3, read-also lines
  93.6, chrome 80.0, credit 77.8, comments 75.0, read-also blocks 49.0, promo
  47.4; story 100, hard negatives 99.71 (one subhead lost: "Share of the
  blame", taken as the label of the block of links right after it). It holds
  story lists in every shape (LIST_SHARE): timelines, key dates, requirements,
  fixtures and results, those charged, prices, grades, steps, some in headline
  capitalisation after a paragraph that says the same; none was lost. Most
  misses are read-also blocks under labels with no reading word ("Before You
  Go", "Across the Counties", "Around {site}") over headlines in sentence case,
  and promos in new words. Only 4 of its 72 articles are in Kiswahili. It then
  became development data for the next round (a block of links known by its
  label's shape when the label has no reading word: it points with an arrow,
  speaks to the reader, is the outlet speaking or names somewhere beyond the
  story, in Kiswahili too (a verb in the second person, a relative verb with a
  word for news); under such a label, headlines in sentence case unless they
  read as a story's clauses (articles, auxiliaries, rules, past narration,
  Kiswahili past and future); a label may follow the story's list; a subhead
  right before a label of links is kept; promos, credits, chrome, comment
  boxes and paywalls in new words by the family's shape). It is no longer held
  out.
To extend the set, add a group the same way: write it before tuning, run the
bench once, record that figure here, and only then fix what it shows.

All story text is invented. Label strings ("ALSO READ:", "PAY ATTENTION:",
"SOMA PIA", the paywall prompts) follow the real devices listed in
/work/shared/research/kenyan-sites.md.

Usage: python bench/make_cleaning_devset.py [--out bench/data/cleaning_devset.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import random
from pathlib import Path

SEED = 20251124
ARTICLES = {"dev": 10, "heldout_a": 4, "heldout_b": 4, "heldout_c": 4, "heldout_d": 4, "heldout_e": 4,
            "heldout_f": 4, "heldout_g": 4, "heldout_h": 4}  # per outlet
# Each held-out group's figures (boilerplate removed, story kept) on the one run
# made before any fix it prompted; the bench prints them beside today's.
FIRST_RUN = {"heldout_a": (0.924, 1.0), "heldout_b": (0.609, 1.0), "heldout_c": (0.884, 0.999),
             "heldout_d": (0.550, 1.0), "heldout_e": (0.5867, 0.9915),
             "heldout_f": (0.6459, 0.9934), "heldout_g": (0.6359, 0.9447), "heldout_h": (0.6733, 0.9991),
             # Written apart from the rules, in bench/make_cleaning_heldout.py.
             "heldout_i": (0.8933, 0.9993), "heldout_j": (0.8959, 0.9966),
             "heldout_k": (0.8982, 0.9986), "heldout_l": (0.9436, 0.9981)}
# Groups clean_text has not been tuned against: the bench reports them as
# "unseen", and the quality targets (and the test) apply to the others.
UNTUNED: set[str] = set()
OUT = Path(__file__).parent / "data" / "cleaning_devset.jsonl.gz"

# -- slot values (fictional people, real places) -------------------------------

PEOPLE = ["Wanjiku Kamau", "Otieno Ochieng", "Achieng Atieno", "Kiprono Kiptoo", "Mwangi Njoroge",
          "Fatuma Hassan", "Mutua Kioko", "Chebet Jepkosgei", "Omondi Were", "Nyambura Wairimu",
          "Baraka Mwakio", "Halima Abdi", "Kipchumba Rotich", "Akinyi Odhiambo", "Musa Juma", "Njeri Mugo"]
PLACES = ["Machakos", "Kisumu", "Nakuru", "Eldoret", "Mombasa", "Nyeri", "Garissa", "Kakamega", "Kitui",
          "Meru", "Kericho", "Naivasha", "Thika", "Malindi", "Lodwar", "Embu"]
ORGS = ["Ministry of Agriculture", "Kenya Power", "Teachers Service Commission", "county assembly",
        "Kenya Revenue Authority", "National Treasury", "Kenya Ports Authority", "Kenya Roads Board",
        "Water Resources Authority", "Nairobi Securities Exchange", "Kenya Wildlife Service"]
ROLES = ["governor", "senator", "MCA", "Cabinet Secretary", "county commissioner", "party chairperson",
         "principal secretary", "MP", "chief executive", "women representative"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "June", "August", "October", "November"]
SITES = {"nation": "Nation", "standard": "The Standard", "star": "The Star", "citizen": "Citizen Digital",
         "tuko": "TUKO", "kenyans": "Kenyans.co.ke", "capitalfm": "Capital FM",
         "businessdaily": "Business Daily", "eastafrican": "The EastAfrican", "peopledaily": "People Daily",
         "kbc": "KBC", "taifaleo": "Taifa Leo", "kenyanpost": "Kenyan Post", "mpasho": "Mpasho",
         "kahawatungu": "Kahawa Tungu", "nairobileo": "Nairobi Leo", "steshanews": "Stesha News",
         "seed": "Kenya Insights"}
PROPER = {word for name in PEOPLE + PLACES for word in name.split()} | {"KSh", "Kenyan", "Harambee", "Stars"}
SW_DAYS = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]

# -- story text -----------------------------------------------------------------

EN_PARAGRAPHS = [
    "{person}, the {role} of {place}, said on {day} that the county would not bow to pressure over the stalled water project.",
    "The {org} has defended its decision to raise fees, saying the move was necessary to keep services running in {place} and beyond.",
    "Residents of {place} woke up to flooded homes after a night of heavy rain that swept away livestock and cut off two bridges.",
    "Speaking during a church service in {place}, {person} urged leaders to tone down their rhetoric ahead of the by-election.",
    "According to figures released by the {org}, revenue collection rose by {num} per cent in the first quarter compared with the same period last year.",
    "The {role} accused the national government of delaying the release of funds, leaving hospitals without drugs for nearly {num} weeks.",
    "Traders at the main market in {place} said business had slowed sharply since the new levy took effect in {month}.",
    "Police in {place} are investigating the death of a 34-year-old man whose body was found near a quarry on {day} morning.",
    "The court directed the {org} to file its response within {num} days and set the hearing for {month}.",
    "{person} told reporters that the team had trained hard for the match and was confident of picking up all three points.",
    "Farmers in {place} have started harvesting maize early, fearing losses if the short rains persist into next month.",
    "In a statement on {day}, the {org} said the disruption was caused by a fault on the main transmission line.",
    "The committee heard that more than KSh {num} million meant for bursaries could not be accounted for.",
    "Parents in {place} have complained about the rising cost of school uniforms and books ahead of the new term.",
    "{person} said the party would hold its national delegates conference in {month} to elect new officials.",
    "The report, tabled in the Senate on {day}, recommends an overhaul of the procurement rules used by counties.",
    "Health officials in {place} confirmed {num} new cases of cholera, bringing the total this month to more than 100.",
    "The {role} said the new road would cut the journey from {place} to the border from five hours to under three.",
    "Critics say the plan was rushed through without public participation, a requirement under the Constitution.",
    "Matatu operators in {place} withdrew their vehicles for most of {day}, leaving commuters stranded at bus stops.",
    "The {org} said it had recruited {num} new officers to clear the backlog of applications by the end of {month}.",
    "Witnesses told the court that the accused had been seen near the scene hours before the fire broke out.",
    "{person} dismissed claims of a rift within the coalition, saying the principals met regularly and spoke with one voice.",
    "Tea farmers in {place} will receive a second payment in {month}, the board announced after prices at the auction improved.",
    "The Kenya Meteorological Department has warned of strong winds along the coast over the next {num} days.",
    "Several MPs who spoke during the debate said the bill would hurt small traders more than large companies.",
    "The school, which admitted its first students in 1998, has more than 1,200 learners and only {num} classrooms.",
    "Investors at the {org} reacted cautiously to the news, with trading volumes dropping on {day}.",
    "The {role} asked residents to report suspicious activity to the nearest police station or chief's office.",
    "Doctors at the county referral hospital in {place} say they have not been paid for {num} months.",
    "{person} scored twice in the second half as the home side came from behind to win in front of a packed stadium.",
    "The contractor has promised to complete the stalled dam by {month}, three years after the original deadline.",
    "Officials said the vaccination drive would target children under five in {num} sub-counties.",
    "A spokesperson for the {org} said the agency was reviewing the complaints and would respond in due course.",
    "Boda boda riders in {place} staged protests on {day}, blocking the main highway for several hours.",
    "The opposition has vowed to challenge the appointments in court, arguing that regional balance was ignored.",
    "Prices of cooking oil and sugar have eased slightly, but households in {place} say they are still struggling.",
    "The tender for the new stadium attracted {num} bids, according to documents seen by reporters.",
    "{person}, who has represented the ward since 2017, said she would seek a third term in the next election.",
    "Environmental groups want the project suspended until a fresh impact assessment is carried out in {place}.",
]
EN_SUBHEADS = ["Why the talks matter", "Cost of living", "A divided coalition", "What the law says",
               "Farmers count losses", "Road to 2027", "The numbers", "Reactions", "Security concerns",
               "A long wait for justice", "Relief for commuters", "Fresh questions over tender"]
EN_LIST_INTROS = ["The {role} listed the county's demands:", "The report makes several recommendations:",
                  "Among the measures announced were the following:", "Residents raised three main complaints:"]
EN_LIST_ITEMS = [
    "Counties should receive their share of revenue on time every month.",
    "All stalled projects must be audited before new money is released.",
    "The levy on small traders should be reviewed within six months.",
    "Hospitals must be stocked with essential drugs by the end of the year.",
    "Water points should be drilled in every ward before the dry season.",
    "Security patrols should be increased along the main highway at night.",
    "Teachers should be posted to the new schools before the term begins.",
    "Bursary funds must be paid directly to schools, not to individuals.",
]
# Story lines containing words that also appear in boilerplate: they must stay.
EN_HARD = {
    "dev": [
        "He also read the statement from the party's national executive committee to journalists outside the venue.",
        "\"Read the Bible and pray for this nation every day,\" Bishop {person} told the congregation in {place}.",
        "Related to this, the MP said the county would table a fresh budget before the end of {month}.",
        "Read the full judgment and you will see that the court never ruled on the merits, {person} said.",
        "More from the meeting will be shared once the committee finalises its report, {person} said.",
        "The photo, which was shared widely on Facebook, showed the MCA handing out cash at a funeral in {place}.",
        "Safaricom said subscribers who renew their bundles before midnight will get bonus airtime.",
        "Share prices at the Nairobi Securities Exchange rose for a third day on {day}, led by banking stocks.",
        "Follow-up talks are expected next week, according to a statement from the {org}.",
        "Advertisement of the vacancies was done in two local dailies, the commission told the court.",
        "Users must log in to the eCitizen portal and pay the fee before booking an appointment.",
        "Comments made by the CS during the session angered several MPs, who walked out in protest.",
        "Sponsored by the county government, the tournament attracted 32 teams from across {place}.",
        "Pay attention to the weather forecasts, the Kenya Meteorological Department advised farmers.",
        "Visit our offices at the county headquarters for assistance, the health executive told residents.",
        "Home to more than 400,000 people, {place} has struggled with water shortages for years.",
        "Next, the committee will hear from the Auditor-General, the chairperson said.",
        "Source of the funds remains unclear, according to the audit report.",
        "Education is the key to unlocking the potential of our youth, the governor said at the graduation.",
        "Download the form from the commission's website and submit it before Friday, the chairman said.",
        "Recommended retail prices for maize flour will be published by the ministry next week.",
        "Tags on the confiscated goods showed they had been imported through Mombasa, police said.",
        "Previous attempts to settle the dispute out of court collapsed in {month}, the lawyers said.",
        "Trending videos on TikTok have pushed young Kenyans to the streets, {person} argued.",
    ],
    "heldout_a": [
        "Also reading from the same script, the deputy speaker warned members against disrupting the sitting.",
        "\"Read more books and spend less time on your phones,\" {person} told the pupils at the prize-giving day.",
        "Related-party transactions at the lender rose by {num} per cent, the annual report shows.",
        "See also how the county spent its development budget: only {num} per cent was absorbed.",
        "The subscription fee for the new health scheme will be deducted from payslips starting in {month}.",
        "Photos from the scene showed several vehicles burnt beyond recognition.",
        "Source documents tabled before the committee showed the payments were made in cash.",
        "Kenyans on Twitter reacted angrily to the proposal, with many accusing the MPs of greed.",
        "Join the queue early, officials told voters, because the polling stations will close at 5pm.",
        "The advertisement that triggered the complaint was pulled down within hours, the regulator said.",
        "Premium tea from the Kericho highlands fetched the highest prices at the Mombasa auction.",
        "Log in details for the new portal will be sent to every teacher by text message, the TSC said.",
        "Next week's hearing will focus on how the tender was awarded, the committee chair said.",
        "Keep reading to your children every night, the librarian urged parents at the book fair.",
        "You may also like to know that the fund has already disbursed KSh {num} million, the CEO said.",
    ],
    "heldout_b": [
        "Also read during the session was a petition from residents of {place} opposing the quarry.",
        "Related charges against the two officers were withdrawn after witnesses failed to appear.",
        "More than 3,000 candidates sat the exam at the centre, the examiner said.",
        "Recommended changes to the bill include a cap on interest rates and a ban on hidden fees.",
        "The source, who spoke on condition of anonymity, said the deal had collapsed.",
        "Photographs taken by residents show the river bursting its banks at dawn.",
        "Credit facilities for small traders will be expanded, the Central Bank said.",
        "Subscribers to the pension scheme will be able to check their balances by SMS.",
        "Premium rates for motor insurance are expected to rise next year, the regulator warned.",
        "Comments by the governor drew sharp reactions from ward representatives.",
        "Follow the money, the auditor told senators, and you will find the missing billions.",
        "Tagged as a high-risk zone, the area will receive extra police patrols.",
        "Print and broadcast journalists were barred from the meeting.",
        "Download speeds dropped sharply during the outage, users complained on social media.",
        "Share capital of the cooperative rose to KSh {num} million after members bought more units.",
        "Exit polls showed the incumbent leading in three of the five wards.",
        "Back to school shopping has become a burden for many parents in {place}.",
        "\"Pay attention: the next three months will decide this season,\" the coach said.",
        "Tags and seals on the ballot boxes were intact, the returning officer said.",
        "Watch out for fake recruiters, the National Police Service warned job seekers.",
    ],
    "heldout_c": [
        "Our reporters travelled to {place} to speak with families who lost their homes in the floods.",
        "Contact tracing teams have been deployed to the affected villages, the health department said.",
        "The ministry said subscribers to the new medical cover will pay KSh 500 a month.",
        "Comments on the proposal will be received until the end of {month}, the authority said.",
        "Readers of this newspaper will remember the 2017 floods that swept through the town.",
        "Updated voter registers will be displayed at all polling centres from {day}.",
        "Posted to {place} in 2019, the officer quickly earned a reputation for firmness.",
        "Like many of his peers, the young farmer turned to social media to market his produce.",
        "Watch your step, the elders warned as they led the visitors through the sacred forest.",
        "Free access to the park will be granted to children under 12, the Kenya Wildlife Service said.",
        "Latest figures from the Kenya National Bureau of Statistics show inflation eased to 4 per cent.",
        "Top officials at the ministry declined to comment on the matter.",
        "Stories of abuse at the children's home first emerged in {month}.",
        "\"Follow us on this journey and you will not regret it,\" {person} told supporters.",
        "Join us on Saturday for the launch of the {place} marathon, the organisers said in a statement.",
        "The governor posted on Facebook that he would not attend the meeting.",
        "Many Kenyans took to X to share their frustration over the new levy.",
        "For more than a decade, the family has lived without electricity.",
        "Sign up rates for the housing scheme have been low, according to the board.",
        "Read between the lines",
        "Latest developments",
        "More questions than answers",
        "Top of the agenda",
    ],
    "heldout_d": [
        "By the end of the week, the county had distributed 2,000 bags of relief food.",
        "About 300 families were displaced by the floods in {place}.",
        "Report an incident to the nearest police station, residents were told.",
        "Reader Ann Wambui wrote to us to complain about the state of roads in Thika.",
        "Share your views with your MCA before Friday, the county assembly clerk urged residents.",
        "Follow-up questions from senators focused on the missing funds.",
        "Our correspondent in {place} reports that calm has returned to the town.",
        "Join hands with the government to fight corruption, the bishop told the faithful.",
        "Get a free medical check-up at the county hospital this weekend, health officials announced.",
        "Comment from the ministry was not immediately available.",
        "The Facebook page, which has 20,000 followers, was pulled down on {day}.",
        "Subscription-based streaming services have grown rapidly in Kenya.",
        "Updated guidelines from the ministry now require schools to report cases within 24 hours.",
        "Posted online on {day}, the video has been viewed more than a million times.",
        "Home and away games will be played at the {place} stadium this season.",
        "By the numbers",
        "Catch-22 for farmers",
        "Other concerns",
        "Top priorities",
    ],
    "heldout_e": [
        "Reporting from {place}, our correspondent found the market deserted.",
        "Edited versions of the report were circulated to MPs on {day}.",
        "Live coverage of the debate was carried by several television stations.",
        "Save for a few traders, the market was deserted by noon.",
        "Text messages sent to voters on the eve of the election are under investigation.",
        "Reply to the petition is due within 14 days, the court directed.",
        "Breaking the deadlock will require concessions from both sides, analysts say.",
        "Opinion polls show the two candidates neck and neck in {place}.",
        "First published in 1902, the newspaper is one of the oldest in the region.",
        "Subscribe, pay, and forget: that is how many Kenyans treat their insurance policies.",
        "Share your experience with us, the county's health officer told mothers at the clinic.",
        "Contact lenses and spectacles will now be covered under the new scheme.",
        "The newsletter, which goes out every Friday, has 40,000 readers.",
        "\"Watch this space,\" the governor said with a smile.",
        "Most viewed clips on YouTube this week featured the floods in {place}.",
        "Sponsored students will receive their allowances by the end of the month.",
        "Photo opportunities were limited as security officers kept journalists away.",
        "Live and let live",
        "Breaking point",
        "Text of the agreement",
        "Most affected areas",
    ],
    "heldout_f": [
        "Subscribers to the county's new water scheme will pay a flat rate of KSh 300 a month.",
        "Farmers were asked to download the e-voucher app before fertiliser distribution begins on {day}.",
        "\"Download the IEBC app and confirm your polling station before {month},\" the commission's chairperson urged.",
        "Go and register as voters, all of you, because nobody will do it for you, {person} told the rally in {place}.",
        "Register as voters in large numbers so that {place} is not left behind, the governor pleaded with youths.",
        "Get your ID card now and register as a voter before the drive ends on {day}.",
        "The court heard that the clerk would log in to the payroll system at night and approve payments.",
        "\"I was told to log in using my supervisor's password,\" the witness told the magistrate.",
        "Prosecutors say the accused shared her log-in details with three people outside the ministry.",
        "Followers of the church were asked to join a prayer vigil outside the court on {day}.",
        "Join hands with us to rebuild the school, the principal appealed to former students.",
        "WhatsApp groups have become the main source of political news for many voters in {place}.",
        "The app, launched in {month}, has been downloaded more than 200,000 times.",
        "Many young people now follow politics on TikTok rather than on television.",
        "Readers of the county's quarterly newsletter will now receive it on WhatsApp.",
        "Read the fine print before you sign any loan agreement, consumer groups warn.",
        "Visitors can download a free map of the park from the KWS website.",
        "Follow-through on the audit recommendations has been slow, the report notes.",
        "Subscribe to the principle of accountability or step aside, {person} told county officials.",
        "Updates on the rationing schedule are posted on the county's Facebook page every morning.",
        "Register or miss out",
        "Download woes",
        "Join the dots",
        "Subscribers left in the dark",
    ],
    "heldout_g": [
        "Members of the cooperative will log in to a new portal to check their dividends from {month}.",
        "Premium tea exports to Pakistan rose by {num} per cent in the first half of the year.",
        "The app, which lets farmers track their deliveries, is free to download on any smartphone.",
        "Share your ideas at the public forum on {day}, the county secretary told residents of {place}.",
        "Residents have until {day} to comment on the draft spatial plan for {place}.",
        "Comments from the public will shape the final version of the bill, the clerk said.",
        "Follow-up visits by health workers found that most households had stopped boiling water.",
        "Just in time for the planting season, the long rains arrived in {place} on {day}.",
        "Trending clips of the incident show a police officer kicking a hawker in {place}.",
        "Join us in prayer for the families who lost their loved ones, Bishop {person} told mourners.",
        "Sign-ups for the county's free skills programme close at the end of {month}.",
        "Subscription fees for the cooperative's milk-cooling service will rise to KSh 200 a month.",
        "Discussion on the bill will resume when the House reconvenes on {day}.",
        "Post-election violence in 2007 displaced more than 600,000 people across the country.",
        "Never miss a chance to plant a tree, the environment CS told pupils in {place}.",
        "Already, more than {num} families have moved out of the riparian land in {place}.",
        "Your vote is your voice, read the banners carried by the youths as they marched through {place}.",
        "Viewers can watch the proceedings live on the Parliament YouTube channel from 9am.",
        "Latest twist",
        "Just in time",
        "Members only?",
        "Post-mortem results",
    ],
    "heldout_h": [
        "Readers who bought the county's infrastructure bond in {month} will receive their first interest next week.",
        "The app crashed several times on {day}, leaving farmers unable to log in and record their deliveries.",
        "Share certificates for the cooperative were handed to members at a ceremony in {place}.",
        "Shop owners in {place} say the new levy has forced them to lay off workers.",
        "Sign language interpreters will be posted at every polling station, the commission said.",
        "Subscribe to a savings plan while you are young, {person} advised graduates at the forum.",
        "Follow the river upstream and you reach the intake that serves half of {place}, the engineer explained.",
        "Premium fuel prices remained unchanged in the latest monthly review by the energy regulator.",
        "The commentary box at the stadium was damaged during the chaos on {day}.",
        "Advertising revenue at the broadcaster fell by {num} per cent last year, its annual report shows.",
        "Load shedding returned to parts of {place} on {day} as water levels at the dam dropped.",
        "Members only got to see the audit report an hour before the vote, several MCAs complained.",
        "Download speeds on the new fibre link reached 100 megabits per second, the ICT ministry said.",
        "Photo evidence presented in court showed the accused near the scene, the prosecutor said.",
        "The preview screening of the documentary drew more than 300 people in {place}.",
        "Post office branches in {place} will now issue birth certificates, the registrar announced.",
        "Community guidelines drafted by the elders ban the sale of clan land to outsiders.",
        "Forward planning is what the county lacks, the Auditor-General told senators.",
        "Log in to the portal with your ID number and fill in the bursary form, the county officer told parents.",
        "Toggle between the two tabs to compare this year's budget with last year's, the clerk told MCAs.",
        "Members only",
        "Sign of the times",
        "Explore the options",
        "Share of the blame",
    ],
}
# Lists a story holds: an intro (a subhead, a label or a sentence ending in ":")
# and its items, fragments or headline-like clauses, sometimes after a paragraph
# that says the same (lead, intro, items). Only the last two held-out groups
# have them, the last one more often (LIST_SHARE).
FRAGMENT_LISTS = {
    "heldout_g": {
        "en": [
            ("Key dates", ["Nominations close on {day}", "Campaigns end two days before the vote",
                           "Results will be announced within a week"]),
            ("Those charged:", ["{person}, a clerk at the ministry", "{person}, a procurement officer",
                                "{person}, a businessman from {place}"]),
            ("The new fares are as follows:", ["Nairobi to {place}: KSh 1,200", "{place} to Mombasa: KSh 1,500",
                                               "Kisumu to {place}: KSh 900"]),
            ("What you need to register", ["Original national ID card or passport",
                                           "A copy of your KCSE certificate", "Proof of residence in the ward"]),
        ],
        "sw": [
            ("Waliokamatwa ni:", ["{person}, mfanyabiashara wa {place}", "{person}, karani wa kaunti"]),
            ("Mahitaji ya usajili", ["Kitambulisho halisi cha kitaifa", "Nakala ya cheti cha kuzaliwa",
                                     "Barua kutoka kwa chifu wa eneo"]),
        ],
    },
    "heldout_h": {
        "en": [
            ("Timeline", ["{month} 2023 – Bill tabled in the county assembly",
                          "{month} 2024 – Governor declines to sign it into law",
                          "{month} 2024 – Court suspends the new law pending a hearing"]),
            ("Registration of new voters opens on Monday, and applicants will have three weeks before the register "
             "is published for inspection, the commission said.",
             "Key Dates", ["Registration Opens Monday at All Huduma Centres",
                           "Register Published for Inspection After Three Weeks",
                           "Applicants Can Appeal Within Seven Days"]),
            ("Requirements", ["Copy of your national ID card", "KRA PIN certificate from iTax",
                              "Proof of address, such as a utility bill"]),
            ("Fixtures", ["{Place} Stars vs Kenya Police, {day}, 3pm", "Gor Mahia vs Tusker, {day}, 4pm",
                          "Bandari vs Sofapaka, {day}, 1pm"]),
            ("Weekend Results", ["Kenya Police 1 Gor Mahia 1", "Tusker 2 Bandari 0", "AFC Leopards 0 Sofapaka 2"]),
            ("Those Charged", ["{person}, former county finance officer", "{person}, director of a construction firm",
                               "{person}, procurement clerk at the county"]),
            ("Prices this week", ["Maize (90kg bag): KSh 4,200", "Beans (90kg bag): KSh 9,800",
                                  "Potatoes (50kg bag): KSh 2,500"]),
            ("Mean Grades by Subject", ["Mathematics: C plain", "English: C+ (plus)", "Chemistry: D+ (plus)"]),
            ("New traffic rules mean matatu fares rise on long routes, boda boda riders must wear reflective jackets "
             "and night travel is banned for public service vehicles, the NTSA said.",
             "What Changes", ["Matatu Fares Rise by KSh 20 on Long Routes",
                              "Boda Boda Riders Must Wear Reflective Jackets",
                              "Night Travel Banned for Public Service Vehicles"]),
            ("How to Apply", ["Log in to the portal with your ID number", "Fill in the bursary form online",
                              "Upload your admission letter and fee structure"]),
            ("Who Gets What", ["Nairobi County Gets KSh 2.1 Billion", "{Place} County Gets KSh 1.4 Billion",
                               "Lamu County Gets KSh 600 Million"]),
            ("The nominees", ["{person} of the ODM party", "{person}, an independent candidate",
                              "{person} of the UDA party"]),
        ],
        "sw": [
            ("Ratiba ya mitihani", ["Jumatatu: Hisabati na Kiingereza", "Jumanne: Kiswahili na Sayansi",
                                    "Jumatano: Historia na Jiografia"]),
            ("Walioshtakiwa", ["{person}, afisa wa fedha wa kaunti", "{person}, mkurugenzi wa kampuni ya ujenzi"]),
            ("Bei za mazao sokoni", ["Mahindi (gunia la kilo 90): Sh4,200", "Maharagwe (gunia la kilo 90): Sh9,800"]),
            ("Mambo muhimu", ["Usajili utaanza Jumatatu katika vituo vyote", "Wanafunzi watahitajika kuwa na barua ya "
                              "kujiunga na shule", "Ada itapunguzwa kwa nusu kwa familia maskini"]),
        ],
    },
}
LIST_SHARE = {"heldout_g": 0.3, "heldout_h": 0.6}
LIST_BULLETS = {"heldout_g": ["- ", "• ", ""], "heldout_h": ["- ", "• ", "", "1. ", "* "]}
EN_HEADLINES = [
    "{Person} Breaks Silence After Losing {Place} Seat",
    "Farmers in {Place} Count Losses as Floods Sweep Away Crops",
    "KRA Announces New Deadline for Filing Tax Returns",
    "Teachers Threaten Strike Over Delayed Promotions",
    "Police Arrest 3 Suspects After Bank Heist in {Place}",
    "Why Fuel Prices Could Rise Again Next Month",
    "{Person}: I Will Not Quit the Race",
    "Video: Moment Crowd Cheered {Person} in {Place}",
    "Harambee Stars Name Squad for AFCON Qualifier",
    "Court Halts Plan to Lease Public Land in {Place}",
    "Kenyan Woman Shares How She Built KSh 2m Business From Scratch",
    "Senators Reject Bill Seeking to Extend Term Limits",
    "Man Who Went Missing in {Place} Found Alive After 5 Days",
    "Government Lists 12 Hospitals Cleared for SHA Payments",
    "Weatherman Warns of Heavy Rains in 20 Counties",
    "'We Are Tired': {Place} Residents Protest Over Water Shortage",
    "Is the Coalition Falling Apart? What {Person} Said",
    "Fill the Stadium! {Person} Urges Fans Ahead of Derby",
    "From Hawker to Millionaire: The Rise of a {Place} Trader",
    "Parents Decry High Cost of Uniforms as Schools Reopen",
]
# Headline shapes only the last held-out group uses.
EXTRA_HEADLINES = {"heldout_b": [
    "WATCH: {Person} Dances With Supporters at Rally in {Place}",
    "Photos: Inside the New KSh 2bn Stadium in {Place}",
    "Opinion | Why Devolution Needs a Rethink",
    "{Place} MCAs Impeach Speaker After Chaotic Sitting",
    "KCSE 2024 Results: Top 10 Schools in {Place}",
    "Breaking: Heavy Traffic on Nairobi-Nakuru Highway After Crash",
    "\"We Have Been Forgotten\" — {Place} Residents Cry Out",
], "heldout_c": [
    "LIVE: Updates as MPs Debate the Finance Bill",
    "Cabinet Reshuffle: Full List of New CSs",
    "5 Things to Know About the New Housing Levy",
    "{Person} Speaks on Split With Party Leader",
], "heldout_d": [
    "In Pictures: Thousands Attend Mashujaa Day Celebrations in {Place}",
    "EXPLAINER: What the New Finance Law Means for You",
    "{Person} Named New Chair of the Senate Budget Committee",
    "ICYMI: Court Blocks Sale of Public Land",
], "heldout_e": [
    "VIDEO: Police Disperse Protesters in {Place}",
    "Kenya vs Uganda: Harambee Stars Win 2-1",
    "{Person}'s Rise From Classroom to Cabinet",
    "Coalition Partners Meet in Mombasa Amid Unity Talk",
], "heldout_f": [
    "Explainer: How the New Housing Levy Works",
    "Principals Meet in {Place} as Talks Resume",
    "Why {Place} Farmers Are Switching to Avocado",
    "KSh 5bn Dam Project Stalls Again",
    "LIVE UPDATES: Senate Debates Finance Bill",
], "heldout_g": [
    "Gen Z Protests: What We Know So Far",
    "{Person} Sworn In as {Place} Deputy Governor",
    "Kenya Airways Resumes Flights to Mogadishu",
    "Q&A: Why Teachers Are Unhappy With the New Curriculum",
    "2 Dead, 15 Injured in {Place} Crash",
    "In Numbers: How Counties Spent Their Development Budgets",
], "heldout_h": [
    "Matatu Owners Call Off Strike After Talks With CS",
    "{Person} Appointed Acting Chief Justice",
    "Inside the {Place} School Where Pupils Learn Under Trees",
    "How a {Place} Teacher Turned a Dumpsite Into a Garden",
    "Ruto, Raila Meet Behind Closed Doors in Mombasa",
    "Floods: Residents of {Place} Relocated to Higher Ground",
]}
SW_PARAGRAPHS = [
    "{person}, ambaye ni {role_sw} wa {place}, alisema {day_sw} kwamba kaunti haitakubali shinikizo kuhusu mradi wa maji.",
    "Wakazi wa {place} waliamka na kukuta nyumba zao zimejaa maji baada ya mvua kubwa kunyesha usiku kucha.",
    "Akizungumza katika ibada ya Jumapili mjini {place}, {person} aliwataka viongozi kupunguza siasa za chuki.",
    "Kwa mujibu wa takwimu za serikali, mapato yaliongezeka kwa asilimia {num} katika robo ya kwanza ya mwaka.",
    "Wafanyabiashara katika soko kuu la {place} walisema biashara imedorora tangu ushuru mpya uanze kutekelezwa.",
    "Polisi mjini {place} wanachunguza kifo cha mwanamume mwenye umri wa miaka 34 aliyepatikana karibu na machimbo.",
    "Mahakama iliagiza serikali kuwasilisha majibu yake ndani ya siku {num} na kuahirisha kesi hadi mwezi ujao.",
    "Wakulima wa mahindi katika eneo la {place} wameanza kuvuna mapema wakihofia hasara kutokana na mvua.",
    "Kamati ilielezwa kwamba zaidi ya shilingi milioni {num} zilizotengwa kwa basari hazikuweza kuhesabiwa.",
    "Wazazi wamelalamikia gharama kubwa ya sare za shule na vitabu huku muhula mpya ukikaribia.",
    "{person} alisema chama kitafanya kongamano la kitaifa la wajumbe mwezi ujao kuchagua viongozi wapya.",
    "Maafisa wa afya mjini {place} walithibitisha visa {num} vipya vya kipindupindu wiki hii.",
    "Wakosoaji wanasema mpango huo ulipitishwa haraka bila kushirikisha umma kama inavyotakiwa na Katiba.",
    "Wahudumu wa matatu mjini {place} waliondoa magari yao barabarani, na kuwaacha abiria wakiwa wamekwama.",
    "Mashahidi waliiambia mahakama kwamba mshtakiwa alionekana karibu na eneo la tukio saa chache kabla ya moto.",
    "Wakulima wa chai wa {place} watapokea malipo ya pili mwezi ujao baada ya bei katika mnada kuimarika.",
    "Idara ya Hali ya Hewa imeonya kuhusu upepo mkali katika ukanda wa pwani kwa siku {num} zijazo.",
    "Wabunge kadhaa waliozungumza katika mjadala walisema mswada huo utawaumiza wafanyabiashara wadogo.",
    "Madaktari katika hospitali ya rufaa ya {place} wanasema hawajalipwa mishahara kwa miezi {num}.",
    "{person} alifunga mabao mawili katika kipindi cha pili na kuisaidia timu yake kupata ushindi muhimu.",
    "Mwanakandarasi ameahidi kukamilisha ujenzi wa bwawa hilo ifikapo mwisho wa mwaka.",
    "Maafisa walisema kampeni ya chanjo itawalenga watoto walio na umri wa chini ya miaka mitano.",
    "Wahudumu wa bodaboda mjini {place} waliandamana {day_sw} na kufunga barabara kuu kwa saa kadhaa.",
    "Upinzani umeapa kupinga uteuzi huo mahakamani ukisema usawa wa kimaeneo ulipuuzwa.",
    "Bei ya mafuta ya kupikia na sukari imeshuka kidogo lakini familia nyingi bado zinatatizika.",
]
SW_ROLES = ["gavana", "seneta", "mbunge", "waziri", "kamishna wa kaunti", "mwenyekiti wa chama"]
SW_SUBHEADS = ["Hali ya uchumi", "Wakulima walalamika", "Hatua zinazofuata", "Maoni ya wananchi",
               "Usalama waimarishwa", "Safari ya 2027"]
SW_HARD = {
    "dev": [
        "Habari nyingine zilizotufikia zinaeleza kuwa polisi walimkamata mshukiwa huko {place}.",
        "\"Soma Biblia kila siku na uombee taifa,\" askofu aliwaambia waumini wa kanisa la {place}.",
        "Picha zilizosambaa mitandaoni zilionyesha umati mkubwa ukiwa nje ya mahakama.",
        "Chanzo cha moto huo bado hakijajulikana, polisi walisema.",
        "Tangazo la serikali kuhusu ajira mpya lilitolewa {day_sw} jioni.",
        "Zingatia masharti ya afya, waziri aliwaambia wananchi walipokuwa wakihutubiwa.",
    ],
    "heldout_a": [
        "Pia, soma ripoti hiyo kwa makini kabla ya kupiga kura, mbunge aliwashauri wakazi.",
        "Maoni ya wananchi yatakusanywa katika kaunti zote 47, tume ilisema.",
        "Shiriki katika zoezi la sensa, chifu aliwahimiza wakazi wa kijiji hicho.",
        "Habari zaidi kuhusu mkutano huo zitatolewa baadaye wiki hii, msemaji alisema.",
    ],
    "heldout_b": [
        "Soma kwa makini masharti ya mkopo kabla ya kutia sahihi, wataalamu wanashauri.",
        "Habari njema kwa wakulima ni kwamba bei ya mbolea imeshuka.",
        "Picha ya mshukiwa ilisambazwa na polisi ili kusaidia kumtambua.",
        "Tangazo hilo lilizua hisia kali miongoni mwa wazazi.",
        "Maoni yaliyotolewa na wakazi yalionyesha kuwa wengi wanapinga mradi huo.",
    ],
    "heldout_c": [
        "Wakazi walisema taarifa hiyo ilisambazwa kwenye WhatsApp usiku.",
        "Maoni ya mbunge huyo yalizua mjadala mkali bungeni.",
        "Soma hii barua kwa makini, hakimu aliagiza karani wa mahakama.",
        "Habari kuu katika mkutano huo ilikuwa bei ya mahindi.",
    ],
    "heldout_d": [
        "Na hivyo basi, wakazi wametakiwa kuwa waangalifu.",
        "Fuata maagizo ya madaktari, waziri aliwaambia wagonjwa.",
        "Shiriki katika mjadala huu kwa amani, chifu alisema.",
        "Habari mpya zinaonyesha kuwa bei ya unga imepanda tena.",
    ],
    "heldout_e": [
        "Tazama jinsi mvua ilivyoharibu mashamba, mkulima mmoja alisema.",
        "Toa maoni yako kuhusu mswada huo kabla ya Ijumaa, bunge liliwaarifu wananchi.",
        "Habari zinazovuma mitandaoni zinaonyesha hasira ya vijana.",
    ],
    "heldout_f": [
        "Wakazi walihimizwa kujiandikisha kama wapiga kura kabla ya zoezi kufungwa Ijumaa.",
        "Pakua programu ya serikali ili upate huduma hiyo, afisa wa Huduma Centre alisema.",
        "Soma kwa makini kabla ya kutia sahihi, wakili aliwashauri wateja wake.",
        "Kundi la WhatsApp la wazazi lilitumika kusambaza majibu ya mtihani.",
        "Jiunge na chama chetu upate nafasi ya kugombea, kiongozi huyo aliwaambia vijana.",
        "Fuatilia kwa karibu matumizi ya fedha za kaunti, mbunge aliwataka wananchi.",
    ],
    "heldout_g": [
        "Wanachama wa chama cha ushirika wataingia kwenye mfumo mpya kuangalia malipo yao.",
        "Maoni ya wananchi kuhusu mswada huo yatakusanywa hadi {day_sw}.",
        "Jiunge na wenzako katika zoezi la kupanda miti, mkuu wa shule aliwahimiza wanafunzi.",
        "Tuma maombi yako kabla ya tarehe ya mwisho, afisa wa kaunti alisema.",
        "Habari za kukamatwa kwa mshukiwa zilienea haraka katika kijiji cha {place}.",
        "Soma zaidi kuhusu haki zako kabla ya kwenda mahakamani, wakili aliwashauri wateja.",
        "Tazama bei ya mbolea",
    ],
    "heldout_h": [
        "Wanachama wapya wa chama cha ushirika walijisajili kwa wingi {day_sw}.",
        "Tazama jinsi bei ya mafuta ilivyopanda, mbunge mmoja aliwaambia wenzake bungeni.",
        "Pakua mizigo usiku ili kuepuka msongamano, waziri wa uchukuzi aliwashauri madereva.",
        "Maoni ya wataalamu yanaonyesha kuwa mvua itaendelea hadi mwisho wa mwezi.",
        "Habari za kuachiliwa kwa wafungwa hao zilipokelewa kwa furaha katika kijiji cha {place}.",
        "Shiriki kikamilifu katika vikao vya bajeti, gavana aliwahimiza wakazi wa {place}.",
        "Hatua inayofuata",
    ],
}
SW_HEADLINES = [
    "Wakulima wa {place} walalamikia bei ya mbolea",
    "Mahakama yasitisha mpango wa kukodisha ardhi ya umma",
    "Walimu watishia kugoma kuhusu nyongeza ya mishahara",
    "Polisi wawakamata washukiwa watatu mjini {place}",
    "Serikali yatangaza tarehe mpya ya usajili wa wanafunzi",
    "Mvua kubwa yatarajiwa katika kaunti 20 wiki hii",
    "{person} asema hatajiuzulu licha ya shinikizo",
    "Harambee Stars yataja kikosi cha kufuzu AFCON",
    "Bei ya mafuta yapanda tena, wenye magari walalama",
    "Wazazi wa {place} walilia gharama ya sare za shule",
]
EN_CAPTIONS = [
    "{person} addressing residents in {place} on {day}",
    "Farmers deliver maize to a cereals depot in {place}",
    "Traders at the main market in {place} during a protest",
    "Police officers on patrol in {place} town",
    "{person} arrives at the Milimani Law Courts",
    "Commuters stranded at a bus stop in {place}",
]
SW_CAPTIONS = ["{person} akiwahutubia wakazi wa {place}", "Wakulima wakipeleka mahindi katika ghala la {place}",
               "Maafisa wa polisi wakishika doria mjini {place}"]

# -- boilerplate devices, with disjoint dev and held-out phrasings -------------
# Entries are "text" or ("text", {outlets}); a set restricts an entry to the
# outlets that use that device.

NMG = {"nation", "businessdaily", "eastafrican"}
TAGDIV = {"kbc", "kenyanpost", "peopledaily"}
WORDPRESS = {"capitalfm", "kahawatungu", "nairobileo", "steshanews", "mpasho"}

READ_ALSO_HEADINGS = {
    "en": {"dev": ["Also Read", "READ ALSO", "Read more", "Related", "Related Articles", "Recommended",
                   "You may also like", "More from {site}", "Keep reading", "Related Stories",
                   ("RELATED ARTICLES", TAGDIV), ("MORE FROM AUTHOR", TAGDIV)],
           "heldout_a": ["You might also like", "Related News", "Trending Now", "Most Read", "Don't Miss",
                         "Recommended for you", "More Stories", "Read Next", "Popular Stories", "Editor's Picks",
                         "Similar articles", "Also on {site}", "Top Stories", "What to read next"],
           "heldout_b": ["Related Posts", "Read More Stories", "See Also", "Related coverage", "Latest Stories",
                         "Further reading", "Recommended Articles", "You May Have Missed", "Popular Posts",
                         "Also trending", "Suggested for you", "Read these next", "More Like This"],
           "heldout_c": ["Related Content", "MORE ON THIS", "Stories You May Like", "Recommended Stories",
                         "More on {site}", "People Also Read", "Also In The News", "Other Top Stories",
                         "Hot Stories", "Most Popular", "What Others Are Reading", "Top Picks", "Don't Miss These"],
           "heldout_d": ["Related Reads", "Recommended Reading", "More Headlines", "Catch Up", "In Case You Missed It",
                         "Other News", "Stories For You", "Also Worth Reading", "Readers Also Liked",
                         "News You Might Have Missed"],
           "heldout_e": ["Latest Updates", "Read More Like This", "Recommended Videos", "Stories Trending Now",
                         "From Our Network", "Elsewhere on {site}", "Also From {site}", "Our Picks",
                         "Popular This Week", "More Top Stories"],
           "heldout_f": ["Trending in Kenya", "Recent Posts", "Read These Too", "Top Reads Today", "Around the Web",
                         "More in Politics", "Latest From {site}", "Stories You Shouldn't Miss", "Related Headlines",
                         "Just In"],
           "heldout_g": ["Also Making Headlines", "Hot Off the Press", "Worth Your Time", "What Kenyans Are Reading",
                         "Today's Must-Reads", "Catch Up On", "More Headlines From {site}", "Fresh From the Newsroom",
                         "Also Happening", "Stay Informed"],
           "heldout_h": ["Before You Go", "Across the Counties", "Don't Leave Yet", "In the Spotlight", "More For You",
                         "Editors Recommend", "This Week's Big Stories", "Around {site}", "You Might Have Missed These",
                         "Also Trending on {site}"]},
    "sw": {"dev": ["SOMA PIA", "Habari Nyingine", "Soma zaidi"],
           "heldout_a": ["Habari Zinazohusiana", "Usikose", "Pia soma", "Habari zaidi"],
           "heldout_b": ["Soma Pia:", "HABARI NYINGINE", "Habari Motomoto", "Zilizosomwa Zaidi", "Pia Usikose"],
           "heldout_c": ["Habari Nyingine Zaidi", "Habari Kuu", "Pia Soma Hizi", "Zinazosomwa Zaidi"],
           "heldout_d": ["Soma Zaidi Hapa", "Habari Mpya", "Usipitwe", "Habari Zilizotangulia"],
           "heldout_e": ["Habari Zinazovuma", "Zaidi Kutoka {site}", "Habari Zilizosomwa Zaidi"],
           "heldout_f": ["Habari Nyingine Zinazohusiana", "Soma Hizi Pia", "Zilizovuma Wiki Hii",
                         "Habari Kuhusu Siasa"],
           "heldout_g": ["Taarifa Nyingine", "Pia Usipitwe na Hizi", "Habari za Hivi Punde", "Mengineyo"],
           "heldout_h": ["Pia Tazama Hizi", "Habari Zilizopita", "Zinazofuatiliwa Zaidi", "Kutoka Kwetu"]},
}
READ_ALSO_LABELS = {
    "en": {"dev": ["ALSO READ", "SEE ALSO", "READ", "RELATED", "MORE", "Read also", "Also read", "READ MORE"],
           "heldout_a": ["ALSO SEE", "RELATED STORY", "Read next", "MUST READ", "WATCH", "RECOMMENDED",
                         "Don't miss", "Read more"],
           "heldout_b": ["RELATED NEWS", "SEE", "READ THIS", "DON'T MISS", "MORE NEWS", "TRENDING",
                         "ALSO ON {site}", "RELATED ARTICLE", "Read also"],
           "heldout_c": ["ALSO READ THIS", "READ MORE HERE", "SEE MORE", "LATEST", "RELATED STORIES",
                         "MORE FROM {site}", "EDITOR'S PICK", "CHECK THIS OUT", "YOU MAY LIKE"],
           "heldout_d": ["ICYMI", "READ ON", "IN PICTURES", "RELATED READ", "MORE HERE", "FOCUS", "LINK"],
           "heldout_e": ["READ FULL STORY", "WATCH VIDEO", "MUST WATCH", "PHOTOS", "BREAKING", "OPINION",
                         "QUICK READ", "LISTEN"],
           "heldout_f": ["ALSO READ ON {site}", "READ THE FULL STORY", "RELATED VIDEO", "SEE PICTURES", "TOP STORY",
                         "NEWS UPDATE", "EDITOR'S CHOICE", "ANALYSIS", "Related link", "FLASHBACK"],
           "heldout_g": ["ALSO MAKING NEWS", "DON'T SCROLL PAST", "IN CASE YOU MISSED IT", "READ NEXT ON {site}",
                         "BACKSTORY", "CONTEXT", "DEEP DIVE", "THE BIG READ", "Also on our site", "Hot right now"],
           "heldout_h": ["ALSO IN THE NEWS", "SPOTLIGHT", "MORE ON THIS STORY", "DIG DEEPER", "FURTHER READING",
                         "WHAT HAPPENED EARLIER", "ALSO ON {site}", "EXCLUSIVE", "Related story", "Top read"]},
    "sw": {"dev": ["SOMA PIA", "Habari Nyingine"], "heldout_a": ["SOMA ZAIDI", "PIA SOMA", "SOMA"],
           "heldout_b": ["SOMA HII", "HABARI ZAIDI", "USIKOSE"],
           "heldout_c": ["PIA SOMA HII", "SOMA ZAIDI HAPA", "HABARI KUU"],
           "heldout_d": ["HABARI MPYA", "PIA TAZAMA", "SOMA"],
           "heldout_e": ["SOMA HABARI KAMILI", "TAZAMA VIDEO", "SOMA PIA HII"],
           "heldout_f": ["SOMA HABARI HII", "SOMA PIA HAPA", "TAZAMA PICHA", "HABARI ZINAZOHUSIANA"],
           "heldout_g": ["PITIA PIA", "TAARIFA INAYOHUSIANA", "DONDOO", "SOMA HII PIA"],
           "heldout_h": ["PIA TAZAMA", "HABARI HII PIA", "ZINAZOHUSIANA", "SOMA HAPA"]},
}
SEPARATORS = {"dev": [": ", ":", " : ", ">>> ", ">>", " - ", " – "],
              "heldout_a": [" » ", " | ", " — ", "… ", " ► ", " >> ", ": "],
              "heldout_b": [": ", " → ", " :: ", "— ", " >>", ": "],
              "heldout_c": [" : ", " >>> ", "▶ ", " // ", ": ", " - "],
              "heldout_d": [": ", " ⇒ ", " > ", " – ", " >>> ", ": "],
              "heldout_e": [": ", " -> ", " ⟶ ", " | ", " ~ ", ": "],
              "heldout_f": [": ", " >> ", " :- ", " • ", " ▸ ", " | ", ": "],
              "heldout_g": [": ", " ➤ ", " ⟩ ", " » ", " — ", ": ", " >> "],
              "heldout_h": [": ", " ⟹ ", " ▷ ", " -- ", " :: ", " | ", ": "]}
PROMO = {
    "en": {
        "dev": [
            ("PAY ATTENTION: Join TUKO.co.ke Telegram channel! Never miss important updates", {"tuko"}),
            ("PAY ATTENTION: Click “See First” under the “Following” tab to see TUKO News on your News Feed", {"tuko"}),
            ("PAY ATTENTION: Watch the latest videos on our YouTube channel and subscribe for more", {"tuko"}),
            ("Do you have a groundbreaking story you would like us to publish? Please reach us through "
             "news@tuko.co.ke or WhatsApp: 0700 000 000.", {"tuko"}),
            ("Education is Your Right! Don’t Let Social Norms Hold You Back. Learn Online with TUKO. Enroll Now!",
             {"tuko"}),
            ("Download our blog’s APP from Google Playstore using the link here>>>", {"kenyanpost"}),
            "Do you have a story you want us to tell? Reach us on WhatsApp at 0700 000 111.",
            "For more stories like this, visit our blog daily.",
            "Sponsored",
            "Looking for a job? Check out the latest vacancies on our jobs page.",
            "Join our online course in digital marketing today. Enroll now!",
            "Visit our website for more news and updates.",
        ],
        "heldout_a": [
            "Have a story or a tip for us? Reach our newsroom on WhatsApp 0711 000 000.",
            "Get the {site} app on Google Play Store here>>>",
            "Want to grow your career? Sign up for our data journalism masterclass. Register now!",
            "SPONSORED CONTENT",
            "This article is brought to you by Mavuno Bank.",
            "Got a news tip? Send it to tips@example.co.ke or DM us on X.",
            "Install our news app for breaking alerts — tap here>>>",
            "ADVERTORIAL",
            ("PAY ATTENTION: Get the latest news and stories delivered to your phone every morning", {"tuko"}),
            "We're hiring! Apply for the junior reporter role via our careers page.",
        ],
        "heldout_b": [
            ("PAY ATTENTION: TUKO News is now on WhatsApp! Join our channel to get breaking news first", {"tuko"}),
            "Do you have a story or an opinion to share? Email us at opinions@example.co.ke",
            "Advertise with us: call 0700 000 222 or email ads@example.co.ke",
            "Download the {site} app for free on Android and iOS.",
            "Click here to join our Telegram channel for more updates",
            "Learn to code in 12 weeks. Classes start on Monday. Enroll today!",
            "Promoted",
            "Want to reach thousands of readers? Contact our advertising team today.",
        ],
        "heldout_c": [
            ("PAY ATTENTION: Share your story with TUKO by sending a message to our WhatsApp line", {"tuko"}),
            "Got a story? Tell us on WhatsApp 0722 000 000 or email tips@example.co.ke",
            "Get breaking news alerts on your phone: download our app now",
            "Partner Content",
            "Paid post",
            "Looking to advertise? Email sales@example.co.ke",
            "Sign up for our free online course on personal finance here>>",
        ],
        "heldout_d": [
            ("PAY ATTENTION: Follow TUKO on Threads for fresh updates every hour", {"tuko"}),
            "Are you an entrepreneur? Get a free business listing on our directory.",
            "Got a scoop? Our newsroom is waiting: tips@example.co.ke",
            "Upgrade your skills: enrol in our short course in mobile journalism.",
            "This post is sponsored.",
            "SPONSORED POST",
            "Shop the latest smartphones on our online store today!",
            "Try our new podcast, available on Spotify and Apple Podcasts.",
        ],
        "heldout_e": [
            ("PAY ATTENTION: Vote for your favourite personality in the TUKO awards", {"tuko"}),
            "Have a news tip? WhatsApp our tips line on 0733 000 000",
            "Get the {site} newsletter: the day's top stories, free.",
            "Become a contributor: send your articles to editor@example.co.ke",
            "Buy your copy of the Sunday paper today!",
            "Sponsored: This content was paid for by Acacia Insurance.",
            "Call for applications: our fellowship for young reporters is now open.",
        ],
        "heldout_f": [
            ("PAY ATTENTION: TUKO is now on YouTube Shorts. Subscribe for quick news clips every day", {"tuko"}),
            "Got a burning issue in your area? Let our reporters know via 0711 222 333",
            "Grab the latest edition of {site} on your phone for only KSh 20.",
            "Partner with us to reach over two million readers a month. Write to partnerships@example.co.ke",
            "Stand a chance to win KSh 50,000 in our Mashujaa Day quiz. Terms apply.",
            "Advertisement feature",
            "Looking for a new home? Browse thousands of listings on our property portal.",
            "Kenya's most trusted news, now in your pocket. Get the app.",
            "Attend our free webinar on personal finance this Thursday. Seats are limited!",
            "Sponsored by Mavuno Insurance",
        ],
        "heldout_g": [
            ("PAY ATTENTION: Never miss a big story again. Follow TUKO on WhatsApp today", {"tuko"}),
            "Want your business seen by millions? Talk to our ads team on 0709 000 444.",
            "Be part of the conversation: download the {site} app today.",
            "Sign up for our six-week digital skills bootcamp. Limited slots!",
            "Check out the latest deals on smartphones at the {site} shop",
            "Tell us your story: tips@example.co.ke",
            "Our e-paper is now available on all devices. Read it first at 5am.",
            "Hiring: sub-editor, sports desk. Apply by Friday.",
            "Sponsored feature",
            "Supported by the Mwamba Foundation",
        ],
        "heldout_h": [
            ("PAY ATTENTION: Our new podcast breaks down the week's biggest stories. Listen on Spotify", {"tuko"}),
            "Running a business? List it for free in our directory today.",
            "Take part in our reader survey and win airtime worth KSh 1,000!",
            "Book your tickets for the {site} Innovation Summit now.",
            "Got a story the world should hear? WhatsApp our newsroom on 0712 345 678.",
            "Paid partnership",
            "This content was created in partnership with Amani Bank.",
            "Get the {site} app for breaking news alerts on the go.",
            "Advertise with {site}: reach millions of readers every day.",
            "Enrol in our photography masterclass. Only 20 seats left!",
        ],
    },
    "sw": {
        "dev": ["ZINGATIA: Jiunge na chaneli yetu ya Telegram upate habari za kila siku",
                "Je, una habari ambayo ungependa tuichapishe? Wasiliana nasi kupitia WhatsApp: 0700 000 000.",
                "Pakua programu yetu kwenye Google Play Store upate habari zote."],
        "heldout_a": ["Jiunge na kozi yetu ya uandishi wa habari mtandaoni. Jisajili sasa!",
                      "Je, una taarifa muhimu? Tuma kwa barua pepe habari@example.co.ke."],
        "heldout_b": ["Pakua app ya {site} bure kwenye simu yako.",
                      "Una habari? Tutumie kupitia WhatsApp 0700 000 000."],
        "heldout_c": ["Una stori? Tuma ujumbe WhatsApp 0700 000 000", "Pakua app yetu sasa!"],
        "heldout_d": ["Je, unataka kutangaza biashara yako? Piga simu 0700 000 000.",
                      "Sikiliza podikasti yetu kila Ijumaa."],
        "heldout_e": ["Tangaza nasi: piga 0700 000 000", "Pakua programu ya {site} leo"],
        "heldout_f": ["Tangaza biashara yako nasi kwa bei nafuu. Piga simu 0722 000 111.",
                      "Pokea jarida la {site} kila asubuhi bila malipo.",
                      "Shinda zawadi kemkem katika shindano letu la wiki hii!"],
        "heldout_g": ["Tangaza bidhaa zako kwa wasomaji milioni tatu. Wasiliana na timu yetu ya matangazo.",
                      "Pakua app mpya ya {site} upate habari papo hapo.",
                      "Shiriki shindano letu la picha na ujishindie simu janja!"],
        "heldout_h": ["Tembelea tovuti yetu kwa habari zaidi kila siku.",
                      "Una habari ya kusisimua? Tutumie kupitia barua pepe habari@example.co.ke",
                      "Pata app ya {site} bure kwenye Play Store."],
    },
}
CREDIT = {
    "en": {
        "dev": ["Source: Facebook", "Source: Original", "Source: UGC", "Source: Twitter", "Source: Getty Images",
                "Photo: Courtesy", "Image: courtesy", "PHOTO | FILE", "{caption}. Photo: {person}.",
                ("{caption}. Photo credit: {person} | Nation Media Group", NMG),
                ("PHOTO | FILE | NMG", NMG), "{caption}. Photo: Courtesy"],
        "heldout_a": ["Source: TikTok", "Source: Instagram", "IMAGE | COURTESY", "(Photo: File)", "Credit: Handout",
                      "{caption}. [Photo: File, Standard]", "{caption}. PHOTO/{PERSON}",
                      "{caption}. Photo courtesy of {person}", "{caption}. | FILE", "Picture: {person}/The Star",
                      "File photo"],
        "heldout_b": ["Source: Screenshot", "Source: Citizen TV", "Photo: Screengrab",
                      "{caption}. Photo: Screengrab/KTN News", "PHOTO: COURTESY", "{caption}. (Courtesy)",
                      "Image: X/{person}", "{caption}. Image credit: Reuters", "Photo credits: {person}",
                      "FILE PHOTO: {caption}.", "{caption}. [Photo: Courtesy]"],
        "heldout_c": ["Source: Reuters", "Source: Twitter/X", "Photo: AFP", "{caption}. (Photo: {person})",
                      "{caption} | PHOTO: COURTESY", "{caption}. Image: Courtesy", "Photo/File", "Images: Courtesy",
                      "{caption}. PHOTOS | {PERSON}", "{caption}. Credit: Kenya Police"],
        "heldout_d": ["Source: Kenya Police/X", "Photo: Handout", "{caption}. PHOTO | AFP", "{caption}. Photo: File/Standard",
                      "(Image: Courtesy)", "IMAGE: FILE", "Photo: Twitter/{person}", "{caption}. Courtesy photo",
                      "Photo: {person} | The Star", "{caption} (Photo by {person})"],
        "heldout_e": ["Source: Facebook screengrab", "Photo: Courtesy of {person}", "{caption}. PHOTO: FILE",
                      "Image source: Getty Images", "{caption}. Image: {person}/X", "{caption}. (Photo/Courtesy)",
                      "Pic: Courtesy", "{caption}. Photo | Courtesy"],
        "heldout_f": ["Photo/Handout", "(Image: Kenya Defence Forces)", ("{caption}. FILE PHOTO | NMG", NMG),
                      "Photo credit: X/@{handle}", "{caption}. Photo by {person}/The Star", "Graphic: {site}",
                      "Image courtesy", "Video: Screengrab/YouTube", "{caption}. (Picture: AFP)"],
        "heldout_g": ["Photo: Reuters/{person}", "(Image: Standard)", "{caption}. Photograph: {person} for {site}",
                      "Photo illustration: {site}", "{caption} | Courtesy", "Screengrab: Citizen TV", "Image/X",
                      ("{caption}. PHOTO | {PERSON} | NMG", NMG), "Credit: Kenya Wildlife Service/Facebook"],
        "heldout_h": ["(Photo: Kenya Police Service/X)", "{caption} PHOTO: {PERSON}", "Picture credit: {site}",
                      "{caption}. (Photo credit: KNA)", "Image by {person}", "Source: KNA", "Video grab: Citizen TV",
                      "Illustration: {site}", "{caption}. Photo by Courtesy"],
    },
    "sw": {"dev": ["Chanzo: Facebook", "PICHA | MAKTABA", "{caption}. Picha: {person}."],
           "heldout_a": ["Picha/Hisani", "{caption}. PICHA | {PERSON}", "Chanzo: Twitter"],
           "heldout_b": ["Picha: Maktaba", "{caption}. Picha/Maktaba", "Chanzo: Instagram"],
           "heldout_c": ["Picha: Kwa hisani", "{caption}. Picha: Hisani", "Chanzo: YouTube"],
           "heldout_d": ["Picha: Twitter", "{caption}. PICHA/HISANI", "Chanzo: TUKO"],
           "heldout_e": ["Picha kwa hisani ya {person}", "{caption}. PICHA: MAKTABA"],
           "heldout_f": ["Picha: Hisani ya {person}", "{caption}. PICHA/MAKTABA YA TAIFA LEO",
                         "Chanzo: Mitandao ya kijamii"],
           "heldout_g": ["Picha: Hisani", "{caption}. (Picha: Maktaba)", "PICHA: TAIFA LEO"],
           "heldout_h": ["Picha/Hisani ya KNA", "{caption}. (Picha: {person})", "Chanzo: Citizen TV"]},
}
PAYWALL = {
    "en": {
        "dev": [
            ("Your subscription is almost coming to an end. Don’t miss out on the great content on Nation.Africa", NMG),
            ("Ready to continue your informative journey with us?", NMG),
            ("Reclaim your full access. Click below to renew.", NMG),
            ("Log in for free access to most premium news and information", {"standard"}),
            ("Create your free account or log in to continue reading", {"standard"}),
            ("Log in or register to access premium content only available to our subscribers", {"standard"}),
            "Subscribe",
        ],
        "heldout_a": [
            "Already a subscriber? Log in here.",
            "This story is available to subscribers only.",
            "Become a subscriber to keep reading this story and enjoy unlimited access.",
            ("Your premium access has ended, but the best of Nation.Africa is still within reach. Renew now to "
             "unlock exclusive stories and in-depth features.", NMG),
            "Unlock this article: subscribe for KSh 10 a day",
            "PREMIUM",
            "Sign in to continue reading this story.",
        ],
        "heldout_b": [
            "Subscribe to read the full story",
            "You have reached your limit of free articles this month.",
            ("Get unlimited access to Business Daily for KSh 50 a week", {"businessdaily"}),
            "This is a premium article. Subscribe to continue reading.",
            "Already subscribed? Sign in",
            "To continue reading, log in or create a free account.",
        ],
        "heldout_c": [
            "Subscribe now to continue reading",
            "You've read all your free stories this month. Subscribe for unlimited access.",
            "Premium story: subscribe to unlock",
            "Register for free to read the rest of this article",
            "Log in",
            "This content is for subscribers only",
        ],
        "heldout_d": [
            "Subscribe for full access",
            "Continue reading for free: create an account",
            "Exclusive to subscribers",
            "Want to read more? Become a member today.",
            "Your free trial has ended.",
            "To read this article, please subscribe.",
        ],
        "heldout_e": [
            ("Subscribe to Nation Premium to unlock this story", NMG),
            "This article is for premium members.",
            "Please log in to view the full article.",
            "Sign up for free to continue",
            "Don't have an account? Register now.",
            "You've hit your monthly limit.",
        ],
        "heldout_f": [
            ("Nation Premium: unlimited stories for KSh 10 a day", NMG),
            "Keep reading with a subscription",
            ("Join Nation Premium today and support independent journalism", NMG),
            "You're reading a subscriber-only story.",
            "Want the full story? Sign in or create an account.",
            "Already a member? Log in",
            "This is your last free article this month.",
            "Subscribe now, first month free",
            ("Read this and other premium stories for just KSh 99 a month", {"businessdaily"}),
            "Support quality journalism. Subscribe today.",
        ],
        "heldout_g": [
            "You've reached the end of your free preview.",
            "Don't stop now: subscribe to keep reading",
            "Unlock full access from KSh 5 a day",
            "Members get unlimited articles, the e-paper and newsletters. Join today.",
            "Sign in with your subscriber account to continue",
            ("To read the rest of this story, subscribe from KSh 300 a month.", {"businessdaily"}),
            ("Already have Nation Premium? Sign in", NMG),
            "Your trial expires in 3 days. Upgrade now.",
            "Want to keep reading? Choose a plan that works for you.",
            "Premium content",
        ],
        "heldout_h": [
            "Continue reading with a Premium plan",
            "Subscribers only: sign in to read the rest",
            "This is a members-only story. Join now to read it.",
            ("Already a Nation Premium member? Log in to continue", NMG),
            "Get full access to {site} for KSh 299 a month",
            "You have 2 free articles left this month.",
            "Create a free account to unlock this story",
            "Your access has expired. Renew to keep reading.",
            ("To continue reading this article, subscribe to Business Daily.", {"businessdaily"}),
        ],
    },
    "sw": {"dev": ["Jisajili leo ili kuendelea kusoma habari hii."],
           "heldout_a": ["Usajili wako umekwisha. Jisajili upya upate habari zote."],
           "heldout_b": ["Ingia kwenye akaunti yako ili usome habari kamili."],
           "heldout_c": ["Jiunge na huduma yetu ya malipo ili usome zaidi."],
           "heldout_d": ["Makala hii ni kwa wanachama pekee."],
           "heldout_e": ["Tafadhali ingia ili kusoma makala yote."],
           "heldout_f": ["Ili kusoma habari hii yote, jisajili kwanza.", "Habari hii ni kwa waliojisajili pekee."],
           "heldout_g": ["Endelea kusoma kwa kujiunga na huduma ya malipo.",
                         "Umefikia kikomo cha makala za bure mwezi huu."],
           "heldout_h": ["Ingia au jisajili ili kuendelea kusoma.",
                         "Makala hii ni ya wanachama wa huduma ya malipo pekee."]},
}
SOCIAL = {
    "en": {
        "dev": ["Subscribe to our newsletter", "Share this:", "Follow us on Twitter", "You can share this post!",
                "Follow us on Google News", "Join our WhatsApp channel for the latest updates",
                "Click to share on Facebook (Opens in new window)", "Like this:", "Like Loading...",
                "Share this article", "— {person} (@{handle}) {month} 3, 2024"],
        "heldout_a": ["Sign up for our daily newsletter and get the top stories in your inbox", "Share this story",
                      "Find us on Facebook", "Get the latest news on Telegram: join our channel",
                      "Follow {site} on Instagram for more", "Share on WhatsApp",
                      "Stay updated: subscribe to the {site} newsletter", "Click to email a link to a friend"],
        "heldout_b": ["Like our Facebook page for more updates", "Watch more videos on our YouTube channel",
                      "Join {site} on WhatsApp", "Share via Email", "Share on X (Twitter)",
                      "Get our top stories in your inbox every morning. Sign up here.",
                      "Don't miss a story: follow us on Google News"],
        "heldout_c": ["Follow us on Instagram @example_ke", "Share this on WhatsApp", "Tweet this",
                      "Join our Telegram community", "Subscribe to our YouTube channel for more videos",
                      "Like and follow our page on Facebook", "Send to a friend"],
        "heldout_d": ["Follow us: Facebook | X | Instagram", "Stay connected with {site} on social media",
                      "Share with friends", "Like us on Facebook", "Copy link",
                      "Get the latest updates on our WhatsApp channel"],
        "heldout_e": ["Follow {site} on X and Instagram", "Share on Facebook", "Join our community on Telegram",
                      "Subscribe on YouTube", "Connect with us on LinkedIn", "Like us on Facebook and follow us on X",
                      "WhatsApp us"],
        "heldout_f": ["Catch us on TikTok for daily news clips", "We're on Instagram: @example_ke",
                      "Stay in the loop with our Telegram channel", "Tap to share", "Share on LinkedIn",
                      "Send this story via WhatsApp", "Join 200,000 fans on our Facebook page", "Find {site} on Threads"],
        "heldout_g": ["Find us on X: @example_news", "Don't miss out: hit follow on our TikTok",
                      "Join the {site} community on Facebook", "Share this article via", "Forward to a friend",
                      "Scan the QR code to join our WhatsApp channel", "Like, share and subscribe to our YouTube channel",
                      "Post to Facebook"],
        "heldout_h": ["Follow {site} on WhatsApp for live updates", "Like our page on Facebook", "Share on Telegram",
                      "Join our Instagram family: @example_ke", "Email this article", "Share via SMS",
                      "Get our newsletter every Friday: sign up now", "Watch our latest videos on YouTube"],
    },
    "sw": {"dev": ["Tufuate kwenye Twitter", "Shiriki habari hii", "You can share this post!"],
           "heldout_a": ["Jiandikishe kupokea jarida letu la kila wiki", "Fuatilia ukurasa wetu wa Facebook"],
           "heldout_b": ["Tufuatilie kwenye mitandao ya kijamii", "Jiunge nasi kwenye WhatsApp"],
           "heldout_c": ["Tufuate Instagram", "Shiriki kwenye Facebook"],
           "heldout_d": ["Fuata {site} kwenye TikTok", "Shiriki habari hii na marafiki"],
           "heldout_e": ["Tufuate kwenye mitandao yetu ya kijamii", "Shiriki na wenzako"],
           "heldout_f": ["Tufuate pia kwenye Instagram", "Jiunge na jamii yetu ya WhatsApp", "Sambaza habari hii"],
           "heldout_g": ["Tufuatilie TikTok kwa video zaidi", "Tuma kwa rafiki", "Fuata ukurasa wa {site} Facebook"],
           "heldout_h": ["Fuatilia {site} kwenye Instagram", "Shiriki kupitia WhatsApp",
                         "Jiandikishe upokee jarida letu"]},
}
COMMENT_FORMS = {
    "en": {"dev": [["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                    "Comment *", "Name *", "Email *", "Website",
                    "Save my name, email, and website in this browser for the next time I comment."],
                   ["Leave a Comment", "Cancel reply", "Post Comment"]],
           "heldout_a": [["LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
                          "You have entered an incorrect email address!"],
                         ["0 Comments", "Join the discussion"], ["Comments are closed."]],
           "heldout_b": [["What do you think? Leave your comment below."],
                         ["Loading comments...", "Be the first to comment"],
                         ["Add Comment", "Your comment will be published after moderation."]],
           "heldout_c": [["Comments (3)", "Sort by Newest"], ["Post your comment", "Comment as Guest"],
                         ["Comments are subject to moderation."]],
           "heldout_d": [["Reader comments", "Add your voice"], ["Leave a comment below"],
                         ["Comment policy: be respectful.", "Show more comments"]],
           "heldout_e": [["Most Popular Comments", "Sign in to comment"],
                         ["Start the conversation", "Log in to leave a comment"], ["Reply", "Report"]],
           "heldout_f": [["Have your say", "Comments are reviewed before they appear."], ["12 comments", "View comments"],
                         ["What are your thoughts? Share them below.", "Post"],
                         ["Discussion", "Be respectful. Keep it civil."]],
           "heldout_g": [["Join the debate", "Sign in or register to comment"],
                         ["Tell us what you think in the comments section below."],
                         ["No comments yet. Be the first to share your thoughts."],
                         ["Write a response...", "Submit"],
                         ["Community guidelines", "Please keep comments civil and on topic."]],
           "heldout_h": [["Leave your thoughts", "Post comment"], ["Comments (14)", "Load more comments"],
                         ["Sign in to join the conversation"], ["What's your take? Tell us in the comments."],
                         ["Reply", "Flag"]]},
    "sw": {"dev": [["Acha maoni", "Barua pepe yako haitachapishwa."]], "heldout_a": [["Toa maoni yako"]],
           "heldout_b": [["Maoni yako", "Andika maoni yako hapa"]],
           "heldout_c": [["Maoni (2)"], ["Toa maoni"]],
           "heldout_d": [["Andika maoni"], ["Maoni ya wasomaji"]],
           "heldout_e": [["Toa maoni yako hapa chini"], ["Maoni (0)"]],
           "heldout_f": [["Maoni yako ni muhimu kwetu"], ["Weka maoni", "Tuma"]],
           "heldout_g": [["Tupe maoni yako"], ["Andika jibu lako...", "Wasilisha"]],
           "heldout_h": [["Maoni ya wasomaji (5)"], ["Weka maoni yako hapa", "Tuma"]]},
}
CHROME = {
    "en": {
        "dev": ["ADVERTISEMENT", "Exit mobile version", "Back to top", "Advertisement", "Sign in",
                ("The Kenyan DAILY POST.", {"kenyanpost"}), ("Monday, 03 January 2022 –", {"kenyanpost"}),
                ("Read More By: {person}", {"standard"}), "Previous article {headline}", "Next article {headline}",
                "Tags: {tags}"],
        "heldout_a": ["Advertisement - Scroll to continue", "Skip to content", "Previous Post", "Next Post »",
                      "© 2024 {site}. All rights reserved.", "Topics: {tags}", "Tagged in: {tags}",
                      "Listen to this article", "3 min read", "Scroll to top"],
        "heldout_b": ["AD", "Story continues below advertisement", "Updated 2 hours ago",
                      "Last updated on {month} 4, 2024", "Posted in News", "Filed Under: Politics",
                      "View all posts by {person}", "Print", "Continue Reading", "Click to enlarge"],
        "heldout_c": ["Advertisement ▼", "ADVERTISING", "Published on {month} 4, 2024",
                      "Posted on {month} 5, 2024 by {person}", "Written by {person}", "Reading time: 3 minutes",
                      "Home", "Menu", "Trending topics: {tags}"],
        "heldout_d": ["Advertisement - story continues below", "By {person}", "About the author", "Report an error",
                      "Photo gallery", "Jump to comments", "Print article", "Back to homepage"],
        "heldout_e": ["Advertisement · Scroll to continue", "Text size", "Save article",
                      "Reporting by {person}; Editing by {person}", "Edited by {person}",
                      "First published: {month} 4, 2024", "Last modified on {day}", "Breaking News", "Live"],
        "heldout_f": ["Advertisement · Story continues below", "Listen · 4 min", "Updated: {month} 12, 2024 at 3:05 PM",
                      "A+ A-", "Follow this topic", "Page 2 of 3", "Bookmark this story", "ADVERTISEMENT ↓", "Close",
                      "Sponsored links"],
        "heldout_g": ["— Advertisement —", "Article continues after this ad", "Share", "Download PDF",
                      "Updated on {day}", "Listen to article", "Toggle dark mode", "Load more", "Show full article",
                      "5 min listen"],
        "heldout_h": ["Advertisement - Content continues below", "Continue reading below", "Print this page",
                      "Bookmark", "Close ad", "Font size A A", "Published {month} 9, 2024", "{num} min read",
                      "Report a mistake", "Skip ad", "Updated {day} at 9:15 AM"],
    },
    "sw": {
        "dev": [("Be our fan Follow us Join us Subscribe our newsletter to stay updated © Copryright 2023 Taifa Leo. "
                 "All Rights Reserved", {"taifaleo"}), "Tags", "Previous article {headline}",
                "Next article {headline}", "T L"],
        "heldout_a": ["TANGAZO", "Habari iliyotangulia {headline}", "Rudi juu",
                      ("© 2024 Taifa Leo. Haki zote zimehifadhiwa.", {"taifaleo"})],
        "heldout_b": ["Imesasishwa saa 2 zilizopita", "Endelea kusoma", "Habari inayofuata {headline}"],
        "heldout_c": ["Ilichapishwa Jumatatu", "Matangazo"],
        "heldout_d": ["Na {PERSON}", "Rudi mwanzo"],
        "heldout_e": ["Imehaririwa na {person}", "Matangazo ya biashara"],
        "heldout_f": ["Imesasishwa: {day_sw} saa tatu usiku", "Tangazo la biashara", "Ukurasa 2 kati ya 3"],
        "heldout_g": ["Endelea kusoma chini", "Ilisasishwa {day_sw}", "Pakia zaidi"],
        "heldout_h": ["Tangazo - habari inaendelea chini", "Ilichapishwa {day_sw}", "Rudi nyumbani"],
    },
}
BREADCRUMBS = {"dev": ["Home » News » Politics", "Home > Counties > {place}", "Home › Business"],
               "heldout_a": ["Home / Counties / {place}", "Home | Sports | Football", "Nyumbani » Habari » Siasa"],
               "heldout_b": ["Home › News › Counties", "Home » Business » Markets", "Kenya » News » Politics"],
               "heldout_c": ["Home > Sports > Athletics", "News > Counties > {place}", "Habari > Kitaifa"],
               "heldout_d": ["Home / News / Kenya", "News » Business » Economy", "Michezo > Soka"],
               "heldout_e": ["Home > Kenya > Politics", "HOME / NEWS / COUNTIES", "Sports » Football » Premier League"],
               "heldout_f": ["Home >> News >> Counties", "News / Politics / Parliament", "Habari » Kaunti"],
               "heldout_g": ["News · Counties · {place}", "Home → Business → Agribusiness", "Habari / Kitaifa / Siasa"],
               "heldout_h": ["Home ⟩ News ⟩ {place}", "News > Politics > Parliament", "Michezo » Soka » Ligi Kuu"]}
TAG_HEADINGS = {"dev": ["Tags", "TAGS"], "heldout_a": ["Related Topics", "Topics"],
                "heldout_b": ["Tagged", "Keywords", "Filed under"],
                "heldout_c": ["Tags:", "Article Tags", "Topics covered"],
                "heldout_d": ["Tags in this story", "Topics:", "Related Tags"],
                "heldout_e": ["Related Topics:", "Keywords:", "Topics in this article"],
                "heldout_f": ["Explore topics", "TAGS:", "Mada zinazohusiana"],
                "heldout_g": ["Topics in this story", "Explore more:", "Lebo"],
                "heldout_h": ["Related topics:", "More on these topics", "Vitambulisho:"]}
TAGS = ["Azimio", "ODM", "Finance Bill", "Parliament", "Floods", "Health", "Education", "Harambee Stars",
        "Nairobi", "KRA", "Siasa", "Kilimo"]

# Which devices each outlet's text carries, from the research notes and the
# platforms the outlets run on (tagDiv, Jetpack, NMG, Genesis).
OUTLETS = {
    "nation": ("en", ["read_also_line", "read_also_block", "credit", "chrome"], ["paywall", "social"], ["breadcrumb"]),
    "standard": ("en", ["read_also_line", "read_also_line", "credit"], ["paywall", "chrome", "read_also_block"], []),
    "star": ("en", ["chrome", "read_also_line", "credit"], ["read_also_block", "social"], ["chrome"]),
    "citizen": ("en", ["read_also_line", "credit", "social"], ["read_also_block", "tags"], ["breadcrumb"]),
    "tuko": ("en", ["promo", "read_also_line", "read_also_block", "credit", "social"], ["promo", "promo"], []),
    "kenyans": ("en", ["read_also_line", "credit", "read_also_block"], ["social", "promo"], []),
    "capitalfm": ("en", ["read_also_line", "credit"], ["social", "social", "read_also_block"], ["chrome"]),
    "businessdaily": ("en", ["read_also_line", "credit", "chrome"], ["paywall", "read_also_block"], []),
    "eastafrican": ("en", ["read_also_line", "credit", "chrome"], ["paywall", "read_also_block"], ["breadcrumb"]),
    "peopledaily": ("en", ["read_also_block", "credit"], ["tags", "chrome", "social"], []),
    "kbc": ("en", ["read_also_line", "credit"], ["social", "chrome", "read_also_block", "comments"], ["breadcrumb"]),
    "taifaleo": ("sw", ["read_also_line", "read_also_block", "credit"], ["chrome", "social", "tags"], []),
    "kenyanpost": ("en", ["read_also_line", "credit"], ["chrome", "comments"], ["promo", "chrome"]),
    "mpasho": ("en", ["chrome", "read_also_line", "credit", "social"], ["read_also_block"], []),
    "kahawatungu": ("en", ["read_also_line", "credit"], ["social", "read_also_block", "comments"], ["chrome"]),
    "nairobileo": ("en", ["read_also_block", "promo", "credit"], ["social", "read_also_block"], []),
    "steshanews": ("en", ["read_also_line", "credit", "promo"], ["social", "comments"], ["chrome"]),
    # the inline block of /work/shared/seed-article.txt: "Also Read" and bulleted headlines mid-story
    "seed": ("en", ["seed_block"], [], []),
}
# Kiswahili articles from the bilingual outlets (Tuko and Citizen both run Kiswahili desks).
KISWAHILI_SHARE = {"tuko": 0.3, "citizen": 0.2, "taifaleo": 1.0}


class Article:
    """Builds one article: story paragraphs with devices inserted, every line labelled."""

    def __init__(self, rng: random.Random, outlet: str, group: str):
        self.rng = rng
        self.outlet = outlet
        self.group = group
        default_language = OUTLETS[outlet][0]
        self.language = "sw" if rng.random() < KISWAHILI_SHARE.get(outlet, 0.0) else default_language

    # slot filling -----------------------------------------------------------
    def fill(self, template: str) -> str:
        rng = self.rng
        person, place = rng.choice(PEOPLE), rng.choice(PLACES)
        return template.format(
            person=person, Person=person, PERSON=person.upper(), place=place, Place=place,
            org=rng.choice(ORGS), role=rng.choice(ROLES), role_sw=rng.choice(SW_ROLES), day=rng.choice(DAYS),
            day_sw=rng.choice(SW_DAYS), month=rng.choice(MONTHS), num=rng.randint(3, 90),
            site=SITES[self.outlet], handle=person.split()[0].lower() + rng.choice(["_ke", "254", "official"]),
            caption=self.fill(rng.choice(SW_CAPTIONS if self.language == "sw" else EN_CAPTIONS))
            if "{caption}" in template else "",
            headline=self.headline() if "{headline}" in template else "",
            tags=", ".join(rng.sample(TAGS, rng.randint(2, 4))),
        )

    def pick(self, pool: dict) -> str:
        """A phrasing from `pool[language][group]` that this outlet may carry."""
        entries = [entry if isinstance(entry, str) else entry[0]
                   for entry in pool[self.language][self.group]
                   if isinstance(entry, str) or self.outlet in entry[1]]
        return self.fill(self.rng.choice(entries))

    def cased(self, label: str) -> str:
        """Sites write the same label in any case."""
        return self.rng.choice([label, label, label.upper(), label.lower(), label.title()])

    def headline(self) -> str:
        pool = SW_HEADLINES if self.language == "sw" else EN_HEADLINES + EXTRA_HEADLINES.get(self.group, [])
        headline = self.fill(self.rng.choice(pool))
        if self.language == "en" and self.outlet in NMG | {"standard", "eastafrican"}:
            # NMG and Standard write headlines in sentence case
            words = headline.split()
            headline = " ".join([words[0]] + [w if w.isupper() or w[0].isdigit() or w.strip("':") in PROPER
                                              else w.lower() for w in words[1:]])
        return headline

    # devices: each returns [(text, family)] -----------------------------------
    def read_also_block(self, bullet: str | None = None) -> list[tuple[str, str]]:
        rng = self.rng
        heading = self.cased(self.pick(READ_ALSO_HEADINGS)) + rng.choice(["", "", ":", " »"])
        if bullet is None:
            bullet = rng.choice(["", "", "- ", "• ", "* ", "» "])
        lines = [(heading, "read_also_block")]
        for number in range(1, rng.randint(1, 6) + 1):
            marker = f"{number}. " if bullet == "1. " else bullet
            lines.append((marker + self.headline(), "read_also_block"))
        return lines

    def seed_block(self) -> list[tuple[str, str]]:
        return [("Also Read", "read_also_block")] + [("- " + self.headline(), "read_also_block")
                                                     for _ in range(5)]

    def read_also_line(self) -> list[tuple[str, str]]:
        label = self.cased(self.pick(READ_ALSO_LABELS))
        separator = self.rng.choice(SEPARATORS[self.group])
        return [(label + separator + self.headline(), "read_also_line")]

    def promo(self) -> list[tuple[str, str]]:
        return [(self.pick(PROMO), "promo")]

    def credit(self) -> list[tuple[str, str]]:
        return [(self.pick(CREDIT), "credit")]

    def paywall(self) -> list[tuple[str, str]]:
        first = self.pick(PAYWALL)
        second = self.pick(PAYWALL)
        return [(first, "paywall")] + ([(second, "paywall")] if second != first else [])

    def social(self) -> list[tuple[str, str]]:
        return [(self.pick(SOCIAL), "social")]

    def comments(self) -> list[tuple[str, str]]:
        form = self.rng.choice(COMMENT_FORMS[self.language][self.group])
        return [(line, "comments") for line in form]

    def chrome(self) -> list[tuple[str, str]]:
        return [(self.pick(CHROME), "chrome")]

    def breadcrumb(self) -> list[tuple[str, str]]:
        return [(self.fill(self.rng.choice(BREADCRUMBS[self.group])), "chrome")]

    def tags(self) -> list[tuple[str, str]]:
        heading = self.rng.choice(TAG_HEADINGS[self.group])
        return [(heading, "chrome")] + [(tag, "chrome") for tag in self.rng.sample(TAGS, self.rng.randint(2, 4))]

    # story ----------------------------------------------------------------------
    def story(self) -> list[list[tuple[str, str, bool]]]:
        """Story units (a paragraph, or a list with its intro) as [(text, family, hard)]."""
        rng = self.rng
        sw = self.language == "sw"
        paragraphs = rng.sample(SW_PARAGRAPHS if sw else EN_PARAGRAPHS, rng.randint(6, 13))
        units = [[(self.fill(p), "story", False)] for p in paragraphs]
        hard_pool = (SW_HARD if sw else EN_HARD)[self.group]
        for text in rng.sample(hard_pool, min(len(hard_pool), rng.randint(1, 3))):
            units.insert(rng.randint(1, len(units)), [(self.fill(text), "story", True)])
        if rng.random() < 0.35:
            units.insert(rng.randint(1, len(units)), [(rng.choice(SW_SUBHEADS if sw else EN_SUBHEADS), "story", False)])
        if not sw and rng.random() < 0.25:
            bullet = rng.choice(["- ", "• ", "* ", "", "1. "])
            items = rng.sample(EN_LIST_ITEMS, rng.randint(2, 4))
            unit = [(self.fill(rng.choice(EN_LIST_INTROS)), "story", False)]
            unit += [((f"{n}. " if bullet == "1. " else bullet) + item, "story", False)
                     for n, item in enumerate(items, 1)]
            units.insert(rng.randint(1, len(units)), unit)
        if self.group in FRAGMENT_LISTS and rng.random() < LIST_SHARE[self.group]:
            *lead, intro, items = rng.choice(FRAGMENT_LISTS[self.group][self.language])
            bullet = rng.choice(LIST_BULLETS[self.group])
            unit = [(self.fill(text), "story", False) for text in lead] + [(self.fill(intro), "story", True)]
            unit += [((f"{n}. " if bullet == "1. " else bullet) + self.fill(item), "story", True)
                     for n, item in enumerate(items, 1)]
            units.insert(rng.randint(1, len(units)), unit)
        return units

    def lines(self) -> list[tuple[str, str, bool]]:
        rng = self.rng
        language, inline, bottom, top = OUTLETS[self.outlet]
        units = self.story()
        for kind in inline:
            if kind == "seed_block" or rng.random() < 0.8:
                device = [(text, family, False) for text, family in getattr(self, kind)()]
                units.insert(rng.randint(2, len(units) - 1), device)
        head = [(text, family, False) for kind in top if rng.random() < 0.7 for text, family in getattr(self, kind)()]
        tail = [(text, family, False) for kind in bottom if rng.random() < 0.8 for text, family in getattr(self, kind)()]
        return head + [line for unit in units for line in unit] + tail


def noisy(rng: random.Random, text: str) -> str:
    """The whitespace a real extraction leaves: doubled spaces, nbsp, tabs, padding."""
    if rng.random() < 0.15:
        words = text.split(" ")
        at = rng.randrange(len(words))
        words[at] = words[at] + rng.choice(["  ", "\u00a0", "\t"])
        text = " ".join(words)
    if rng.random() < 0.1:
        text = rng.choice([" ", "\t", "\u00a0"]) + text
    if rng.random() < 0.1:
        text += rng.choice([" ", "  ", "\t"])
    return text


def make_record(rng: random.Random, outlet: str, group: str, number: int) -> dict:
    article = Article(rng, outlet, group)
    lines = []
    chunks = []
    for text, family, hard in article.lines():
        raw = noisy(rng, text)
        lines.append({"text": raw, "label": "keep" if family == "story" else "drop", "family": family,
                      "hard": hard})
        chunks.append(raw)
    newline = rng.choice(["\n", "\n\n", "\n\n", "\r\n"])
    text = newline.join(chunks)
    if rng.random() < 0.2:
        text = text.replace(newline, newline + " " + newline, rng.randint(1, 3))
    return {"id": f"{outlet}-{group}-{number:02d}", "outlet": outlet, "language": article.language,
            "group": group, "tuned": group not in UNTUNED, "text": text, "lines": lines}


def make_devset() -> list[dict]:
    rng = random.Random(SEED)
    return [make_record(rng, outlet, group, number)
            for group, count in ARTICLES.items()
            for outlet in OUTLETS
            for number in range(1, count + 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    records = make_devset()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    # gzip with mtime 0: the same articles always give the same bytes (the file stays small in git).
    with gzip.GzipFile(args.out, "wb", mtime=0) as raw, io.TextIOWrapper(raw, encoding="utf-8") as handle:
        for record in records:
            handle.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
    lines = [line for record in records for line in record["lines"]]
    print(f"{len(records)} articles, {len(lines)} lines "
          f"({sum(line['label'] == 'drop' for line in lines)} boilerplate) -> {args.out}")


if __name__ == "__main__":
    main()

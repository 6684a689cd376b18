"""Generate the labelled deduplication set: invented Kenyan news, its variants and its near misses.

Every article is built here from templates and word lists (no real article text):
an *event* (who, where, what, numbers, a quote) is rendered by an outlet into a
headline and paragraphs. From each base article the set derives

  variants that must merge into its story
    exact             same body, other typography (quotes, dashes, spacing), an AMP/utm URL
    retitled          new headline, a dateline added to the body
    boilerplate       "PAY ATTENTION:", "ALSO READ:", newsletter lines... around and inside
    edited            ~6-10 % of words substituted, dropped or inserted
    paragraph_added   one invented paragraph inserted
    paragraph_cut     one paragraph (not the first) removed
    teaser            the first one or two paragraphs (a feed item), maybe cut with "…"
    full_after_teaser the article arriving after its teaser was stored first
    syndicated        agency copy on another outlet: new headline, boilerplate, ~5 % edits, a cut

  negatives that must stay separate stories
    writeup           the same event written up by another outlet (must share its cluster)
    same_topic        another event with the same people, place and subject
    follow_up         a later event that repeats the base story's quote
    recurring         the outlet's next edition of the same templated report: other figures and dates
  and, for some same_topic and follow_up articles, their feed teaser (which must join
  that article's story, not the base story).

Items come out in time order with their true story and event. Everything is drawn
from `random.Random(seed)`, so a seed always gives the same set.

    python bench/make_dedupe_set.py --events 400 --seed 7 > /tmp/dedupe_set.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone

FIRST_NAMES = """John Mary Peter Grace James Faith David Mercy Joseph Ann Daniel Esther Samuel Joyce Paul Lucy
Michael Catherine Stephen Jane Moses Ruth Simon Alice Kevin Beatrice Brian Caroline Dennis Diana Francis Eunice
George Gladys Isaac Hellen Joshua Irene Kennedy Janet Wilson Lilian Amos Margaret Collins Nancy Victor Naomi Edwin
Pauline Evans Rose Geoffrey Sarah Ibrahim Fatuma Abdi Amina Hassan Halima Omar Zainab Cyrus Purity Elijah Winnie
Timothy Sharon Benson Doris Gideon Lydia Nelson Agnes Patrick Emily Charles Judith Fredrick Millicent Harrison Gloria
Job Dorcas Silas Teresa Linus Rehema Titus Edith Bonface Josephine Vincent Stella Erick Maureen Anthony Veronica""".split()

SURNAMES = """Kamau Mwangi Njoroge Kariuki Wanjiru Otieno Ochieng Onyango Omondi Achieng Akinyi Atieno Mutua Musyoka
Kioko Mwende Wafula Barasa Wekesa Simiyu Nafula Naliaka Juma Kiprop Rotich Korir Langat Kirui Cheruiyot Chebet
Jepkosgei Kiprono Mohamed Hussein Noor Adan Guyo Lekishon Lemayian Sankok Nyamweya Moraa Kerubo Ongeri Nyakundi
Gitau Macharia Waweru Njuguna Kinyua Muriuki Mugo Wambugu Ndegwa Kiplagat Too Sang Bett Kosgei Tanui Odhiambo
Owino Ouma Awino Obiero Opiyo Were Makokha Wanyama Masinde Khaemba Shikuku Ngala Mwakio Kahindi Chengo Baya
Kazungu Mwaura Kimani Githinji Wachira Maina Ndirangu Kilonzo Mulwa Ndambuki Nzioka Wambua Kitheka Ekai Lokwawi
Ewoi Nakuleu Lotee Tarus Lagat Kibet Chelimo Nyaga Mbugua Karanja Gathogo Wangari Nduta""".split()

COUNTY_TOWNS = {
    "Mombasa": ["Likoni", "Nyali", "Changamwe", "Kisauni"], "Kwale": ["Ukunda", "Msambweni", "Kinango"],
    "Kilifi": ["Malindi", "Mtwapa", "Watamu", "Mariakani"], "Tana River": ["Hola", "Garsen", "Bura"],
    "Lamu": ["Mpeketoni", "Witu", "Faza"], "Taita Taveta": ["Voi", "Wundanyi", "Taveta"],
    "Garissa": ["Dadaab", "Masalani", "Hulugho"], "Wajir": ["Habaswein", "Bute", "Eldas"],
    "Mandera": ["Elwak", "Rhamu", "Takaba"], "Marsabit": ["Moyale", "Laisamis", "North Horr"],
    "Isiolo": ["Merti", "Garbatulla", "Kinna"], "Meru": ["Maua", "Timau", "Nkubu"],
    "Tharaka Nithi": ["Chuka", "Marimanti", "Chogoria"], "Embu": ["Runyenjes", "Siakago", "Kiritiri"],
    "Kitui": ["Mwingi", "Mutomo", "Kabati"], "Machakos": ["Athi River", "Kangundo", "Tala", "Mlolongo"],
    "Makueni": ["Wote", "Emali", "Mtito Andei"], "Nyandarua": ["Ol Kalou", "Engineer", "Njabini"],
    "Nyeri": ["Othaya", "Karatina", "Mukurweini"], "Kirinyaga": ["Kerugoya", "Sagana", "Wang'uru"],
    "Murang'a": ["Kenol", "Kangema", "Maragua"], "Kiambu": ["Thika", "Ruiru", "Limuru", "Githunguri"],
    "Turkana": ["Lodwar", "Kakuma", "Lokichogio"], "West Pokot": ["Kapenguria", "Chepareria", "Sigor"],
    "Samburu": ["Maralal", "Baragoi", "Wamba"], "Trans Nzoia": ["Kitale", "Endebess", "Kiminini"],
    "Uasin Gishu": ["Eldoret", "Burnt Forest", "Turbo", "Moiben"], "Elgeyo Marakwet": ["Iten", "Kapsowar", "Chesoi"],
    "Nandi": ["Kapsabet", "Nandi Hills", "Mosoriot"], "Baringo": ["Kabarnet", "Marigat", "Eldama Ravine"],
    "Laikipia": ["Nanyuki", "Rumuruti", "Nyahururu"], "Nakuru": ["Naivasha", "Molo", "Gilgil", "Njoro"],
    "Narok": ["Kilgoris", "Ololulung'a", "Nairage Ngare"], "Kajiado": ["Kitengela", "Ngong", "Loitokitok"],
    "Kericho": ["Litein", "Londiani", "Kipkelion"], "Bomet": ["Sotik", "Mulot", "Longisa"],
    "Kakamega": ["Mumias", "Malava", "Butere", "Lurambi"], "Vihiga": ["Mbale", "Luanda", "Hamisi"],
    "Bungoma": ["Webuye", "Kimilili", "Chwele"], "Busia": ["Malaba", "Nambale", "Port Victoria"],
    "Siaya": ["Bondo", "Ugunja", "Yala", "Usenge"], "Kisumu": ["Ahero", "Maseno", "Kondele", "Muhoroni"],
    "Homa Bay": ["Mbita", "Kendu Bay", "Oyugis"], "Migori": ["Awendo", "Rongo", "Isebania"],
    "Kisii": ["Ogembo", "Suneka", "Keroka"], "Nyamira": ["Nyansiongo", "Ekerenyo", "Keroka"],
    "Nairobi": ["Kibera", "Eastleigh", "Embakasi", "Kasarani", "Westlands", "Mathare"],
}
COUNTIES = list(COUNTY_TOWNS)

MINISTRIES = ["Agriculture", "Health", "Education", "Roads and Transport", "Water and Sanitation", "Trade",
              "Energy", "Lands", "Interior", "Environment", "Tourism", "ICT", "Labour", "Mining", "Youth Affairs"]
SECTORS = ["Coffee", "Sugar", "Tea", "Dairy", "Fisheries", "Miraa", "Cotton", "Livestock", "Avocado", "Maize",
           "Pyrethrum", "Macadamia", "Water", "Housing", "Roads", "Health Facilities", "Public Transport"]
BILL_KINDS = ["Bill", "Amendment Bill", "Levy Bill", "Regulation Bill", "Marketing Bill", "Development Bill"]
PARTIES = ["National Reform Movement", "Kenya Unity Party", "People's Renewal Alliance", "Green Shamba Party",
           "Democratic Progress Front", "Wananchi Alliance"]
COURTS = ["High Court", "Court of Appeal", "Employment and Labour Relations Court", "Environment and Land Court",
          "Chief Magistrate's Court", "Anti-Corruption Court"]
OFFENCES = ["fraud", "abuse of office", "conspiracy to defraud", "forgery", "money laundering",
            "obtaining money by false pretences", "unlawful acquisition of public land", "tax evasion",
            "trafficking in narcotics", "theft of public funds"]
COMPANIES = ["Mara Agro Processors", "Lakeside Dairies", "Rift Valley Millers", "Tana Logistics", "Simba Cement Works",
             "Kilima Tea Factories", "Pwani Fresh Produce", "Jua Solar Systems", "Nyota Microfinance Bank",
             "Mlima Coffee Millers", "Baraka Pharmaceuticals", "Safari Packaging", "Kijani Fertilisers",
             "Maziwa Creameries", "Upendo Insurance", "Bahari Fish Processors", "Savanna Motors", "Taji Breweries"]
COMMODITIES = [("maize", "90-kilogramme bag"), ("beans", "90-kilogramme bag"), ("milk", "litre"),
               ("tea leaves", "kilogramme"), ("coffee cherry", "kilogramme"), ("sugar", "two-kilogramme packet"),
               ("cooking gas", "13-kilogramme cylinder"), ("potatoes", "50-kilogramme bag"), ("fish", "kilogramme"),
               ("wheat flour", "two-kilogramme packet"), ("fertiliser", "50-kilogramme bag")]
CLUBS = ["Gor Mahia", "AFC Leopards", "Tusker", "Kakamega Homeboyz", "Shabana", "Bandari", "KCB", "Police FC",
         "Ulinzi Stars", "Sofapaka", "Posta Rangers", "Nairobi City Stars", "Kariobangi Sharks", "Murang'a Seal",
         "Mathare United", "Bidco United", "Talanta", "Kenya Commercial Bank"]
STADIUMS = ["Nyayo Stadium", "Kasarani", "Kenyatta Stadium in Machakos", "Bukhungu Stadium", "Dandora Stadium",
            "Moi Stadium in Kisumu", "Mbaraki Grounds", "Gusii Stadium", "Kipchoge Keino Stadium", "Ruaraka Grounds"]
RACES = [("Berlin Marathon", "Berlin"), ("Tokyo Marathon", "Tokyo"), ("Valencia Half Marathon", "Valencia"),
         ("Diamond League 5,000m", "Doha"), ("Diamond League 1,500m", "Eugene"), ("Cross Country Championships", "Belgrade"),
         ("Lagos City Marathon", "Lagos"), ("Kip Keino Classic 800m", "Nairobi"), ("Rome Half Marathon", "Rome")]
TOURNAMENTS = ["Africa Cup of Nations qualifiers", "CECAFA Senior Challenge Cup", "World Rugby Sevens Challenger",
               "African Volleyball Championships", "Commonwealth Games trials", "Africa Basketball League"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]

OUTLETS = {
    "nation": ("https://nation.africa", "/kenya/news/{slug}-{n7}", "sentence"),
    "standard": ("https://www.standardmedia.co.ke", "/national/article/2001{n6}/{slug}", "sentence"),
    "star": ("https://www.the-star.co.ke", "/news/{date}-{slug}", "sentence"),
    "citizen": ("https://www.citizen.digital", "/news/{slug}-n{n6}", "sentence"),
    "tuko": ("https://www.tuko.co.ke", "/kenya/{n6}-{slug}/", "title"),
    "kenyans": ("https://www.kenyans.co.ke", "/news/{n6}-{slug}", "title"),
    "capitalfm": ("https://www.capitalfm.co.ke", "/news/{year}/{month}/{slug}/", "title"),
    "businessdaily": ("https://www.businessdailyafrica.com", "/bd/economy/{slug}-{n7}", "sentence"),
    "peopledaily": ("https://peopledaily.digital", "/news/{slug}", "sentence"),
    "kbc": ("https://www.kbc.co.ke", "/{slug}/", "title"),
    "kahawatungu": ("https://www.kahawatungu.com", "/{slug}/", "sentence"),
    "mpasho": ("https://mpasho.co.ke", "/news/{date}-{slug}/", "title"),
}

# Template syntax: {slot} is filled from the event, [a|b|c] picks one alternative.
EVENT_TYPES = {
    "politics": [
        {
            "titles": ["{p1_title} {p1_last} tables {object} in the Senate",
                       "{object} sails through first reading after {p1_last} push",
                       "Senators split over {object} as {p1_last} defends it",
                       "{p1_last} wants {sector_l} farmers protected under new law"],
            "leads": ["{p1_title} {p1_name} on {day} tabled the {object}, saying it would [shield|protect|cushion] {sector_l} farmers in {county} and [beyond|other counties] from [exploitative brokers|cartels|middlemen].",
                      "The {object}, sponsored by {county} {p1_title} {p1_name}, was read for the first time in the Senate on {day}, with {n1} senators [backing|supporting] a call to fast-track it.",
                      "A bill that seeks to [overhaul|reform|restructure] the {sector_l} sector was [introduced|presented] in the Senate on {day} by {p1_title} {p1_name} of {county}.",
                      "Senators on {day} [debated|discussed] the {object} [tabled|brought] by {p1_name}, who says {sector_l} growers lose up to Sh{amount} million every season."],
            "details": ["The bill proposes a {sector_l} board with offices in {town} and {n2} other towns.",
                        "Under the proposal, buyers who delay payments beyond {n2} days would pay a fine of up to Sh{amount2} million.",
                        "{p2_title} {p2_name} [opposed|criticised] the bill, arguing it [duplicates|repeats] functions already given to county governments.",
                        "The Senate committee on agriculture will collect public views in {county} and {county2} before the second reading.",
                        "Farmers' representatives from {town} [welcomed|praised] the bill but asked for clear timelines."],
        },
        {
            "titles": ["{p1_last} rallies {county} residents behind {party}",
                       "{party} opens recruitment drive in {town} led by {p1_last}",
                       "{n1} MCAs from {county} join {party} at {town} rally",
                       "{p1_title} {p1_last} hosts {party} delegates in {town}"],
            "leads": ["{p1_title} {p1_name} on {day} led a [rally|meeting] in {town} where {n1} members of the {county} County Assembly [announced|declared] they were joining the {party}.",
                      "The {party} [gained|won] a foothold in {county} on {day} after {n1} MCAs [defected|crossed over] at a rally presided over by {p1_name}.",
                      "Hundreds of residents of {town} on {day} [attended|turned up for] a {party} rally addressed by {p1_title} {p1_name} and {p2_name}.",
                      "{p1_name}, the {county} {p1_title}, has [urged|asked] residents to register as members of the {party} ahead of the next general election."],
            "details": ["The party says it has registered {n2} new members in {county} since {month}.",
                        "{p2_title} {p2_name} said the party would [field|present] candidates in every ward in {county}.",
                        "Security was [tight|heightened] in {town}, with police [manning|guarding] the venue from early morning.",
                        "Rival politicians dismissed the event, saying {n1} MCAs do not [reflect|represent] the mood of the county.",
                        "The party secretary general said delegates would meet in {town2} in {month} to elect officials."],
        },
        {
            "titles": ["{p1_last} and {p2_last} trade barbs over {sector_l} funds",
                       "{p1_title} {p1_last} accuses {p2_last} of frustrating {sector_l} projects",
                       "War of words between {p1_last} and {p2_last} over Sh{amount} million",
                       "{p2_last} hits back at {p1_last} over stalled {sector_l} projects"],
            "leads": ["{p1_title} {p1_name} and {p2_title} {p2_name} on {day} [clashed|differed sharply] over the use of Sh{amount} million meant for {sector_l} projects in {county}.",
                      "A [public spat|war of words] has erupted between {p1_name} and {p2_name} after the {county} leader claimed Sh{amount} million for {sector_l} projects could not be [accounted for|traced].",
                      "{p1_title} {p1_name} has accused {p2_name} of [frustrating|sabotaging] {sector_l} projects worth Sh{amount} million in {county}.",
                      "Speaking in {town} on {day}, {p1_name} said {p2_name} had failed to explain how Sh{amount} million for {sector_l} was spent."],
            "details": ["{p2_name} [dismissed|rejected] the claims as [politically motivated|cheap politics] and said all records were with the Auditor-General.",
                        "The Auditor-General's latest report flagged Sh{amount2} million in [unsupported|unexplained] spending by the county.",
                        "Residents of {town} say {n2} projects started in {year} remain [incomplete|stalled].",
                        "The row has split the county assembly, with {n1} MCAs [backing|supporting] the {p1_title}.",
                        "{p1_name} said he would write to the Ethics and Anti-Corruption Commission over the matter."],
        },
    ],
    "courts": [
        {
            "titles": ["{p1_name} charged with {offence} over Sh{amount} million deal",
                       "Former {county} official freed on Sh{bail} bond in Sh{amount}m case",
                       "{p1_last} denies {offence} charges at {court}",
                       "Ex-{county} finance officer in court over Sh{amount} million"],
            "leads": ["Former {county} County finance officer {p1_name} was on {day} charged with {offence} involving Sh{amount} million at the {court} in {town}.",
                      "{p1_name}, a former official of the {county} County government, [pleaded not guilty|denied] to {offence} charges linked to Sh{amount} million on {day}.",
                      "A former {county} County officer accused of {offence} involving Sh{amount} million has been released on a Sh{bail} bond.",
                      "The {court} in {town} on {day} [allowed|granted] {p1_name} a Sh{bail} bond after he denied {offence} charges."],
            "details": ["The prosecution says the money was paid to {n1} companies for supplies that were never delivered.",
                        "Magistrate {p2_name} directed that the case be mentioned on {month} {n3}.",
                        "{p1_last}'s lawyer told the court his client had [cooperated|complied] fully with investigators.",
                        "Investigators traced part of the money to land purchases in {town2}.",
                        "The accused was also ordered to [deposit|surrender] his passport with the court."],
        },
        {
            "titles": ["Court suspends {county} plan to {plan}",
                       "Judge halts {county} {plan_noun} pending hearing",
                       "{court} stops {plan_noun} in {county}",
                       "Reprieve for {town} residents as court freezes {plan_noun}"],
            "leads": ["The {court} in {town} on {day} suspended a decision by the {county} County government to {plan} until a petition filed by {p1_name} is heard.",
                      "Justice {p2_name} has [halted|stopped] the {county} {plan_noun}, saying residents were not [consulted|given a hearing].",
                      "Residents of {town} have won a temporary reprieve after the {court} [froze|suspended] the county's {plan_noun}.",
                      "A petition by {p1_name} and {n1} others on {day} [led the court to suspend|stopped] {county}'s {plan_noun}."],
            "details": ["The petitioners argued that the county did not conduct public participation as required by the Constitution.",
                        "Justice {p2_name} directed the county to file its response within {n2} days.",
                        "The county attorney said the {plan_noun} was lawful and had been approved by the assembly.",
                        "The case will be heard on {month} {n3}.",
                        "About {n1} traders would have been affected by the plan, according to the petition."],
        },
        {
            "titles": ["{n1} families face eviction from {n2}-acre land in {town}",
                       "Court orders {n1} families off disputed land in {town}",
                       "{town} land row: court rules in favour of {p1_last}",
                       "Families lose {n2}-acre land case to {p1_last} in {county}"],
            "leads": ["The Environment and Land Court on {day} ordered {n1} families to [vacate|leave] a {n2}-acre parcel in {town}, {county}, within {n3} days.",
                      "More than {n1} families in {town} could be [evicted|moved out] after the court ruled that the {n2}-acre land belongs to {p1_name}.",
                      "{p1_name} has won a [long-running|decade-old] dispute over {n2} acres in {town} after the court [declared|found] him the lawful owner.",
                      "Justice {p2_name} on {day} ruled that the families occupying the {n2}-acre land in {town} were [trespassers|squatters]."],
            "details": ["The families said they had lived on the land since {year0} and had built schools and churches there.",
                        "Their lawyer said they would appeal against the ruling at the Court of Appeal.",
                        "The court directed the county commissioner to supervise the eviction [peacefully|humanely].",
                        "{p1_last} produced a title deed issued in {year0}, which the court found genuine.",
                        "Local leaders asked the government to [resettle|find land for] the families."],
        },
    ],
    "business": [
        {
            "titles": ["{company} half-year profit rises to Sh{amount} billion",
                       "{company} posts Sh{amount}bn profit on higher sales",
                       "{company} earnings up {pct} per cent as demand grows",
                       "{company} profit hits Sh{amount} billion"],
            "leads": ["{company} has reported a net profit of Sh{amount} billion for the six months to {month}, up {pct} per cent from a year earlier.",
                      "[Higher|Stronger] sales in {county} and {county2} pushed {company}'s half-year profit to Sh{amount} billion, the firm said on {day}.",
                      "{company} on {day} [announced|posted] a {pct} per cent jump in net profit to Sh{amount} billion.",
                      "Shareholders of {company} will earn a dividend after the firm's profit rose {pct} per cent to Sh{amount} billion."],
            "details": ["Revenue grew to Sh{amount2} billion, helped by new outlets in {town} and {town2}.",
                        "Chief executive {p1_name} said the firm would spend Sh{n2} million on new equipment this year.",
                        "The company [cited|blamed] high fuel prices for a rise in operating costs.",
                        "The board has recommended an interim dividend of Sh{n3} per share.",
                        "Analysts at a Nairobi investment bank said the results beat their forecasts."],
        },
        {
            "titles": ["{commodity_cap} prices rise to Sh{price} per {unit} in {county}",
                       "{county} farmers [smile|cheer] as {commodity} prices rise",
                       "Consumers in {town} pay more as {commodity} hits Sh{price}",
                       "Shortage pushes {commodity} price to Sh{price}"],
            "leads": ["The price of {commodity} in {county} has risen to Sh{price} per {unit}, up from Sh{price_old} a month ago, traders said on {day}.",
                      "{commodity_cap} now sells at Sh{price} per {unit} in {town} markets after [dry weather|poor rains|a shortage] cut supply.",
                      "Farmers in {county} are [earning|getting] Sh{price} for a {unit} of {commodity}, the highest price in {n1} months.",
                      "Traders in {town} say a {unit} of {commodity} now costs Sh{price}, compared with Sh{price_old} in {month}."],
            "details": ["{p1_name}, a trader at {town} market, said supply from {county2} had dropped by half.",
                        "The Ministry of Agriculture said it would release stocks to stabilise prices.",
                        "Consumers said the increase had [pushed up|raised] the cost of a family meal.",
                        "The county agriculture officer said {n2} tonnes were expected from the next harvest.",
                        "Prices in neighbouring {county2} remained at about Sh{price_old}."],
        },
        {
            "titles": ["{company} opens Sh{amount} million plant in {town}",
                       "{n1} jobs as {company} opens {town} factory",
                       "{company} [bets|banks] on {county} with new Sh{amount}m plant",
                       "New {company} factory to buy produce from {n2} farmers"],
            "leads": ["{company} on {day} opened a Sh{amount} million processing plant in {town}, {county}, which it says will create {n1} jobs.",
                      "About {n1} residents of {town} will get jobs at a new Sh{amount} million factory opened by {company} on {day}.",
                      "{company} has [commissioned|opened] a Sh{amount} million plant in {county} that will buy produce from {n2} farmers.",
                      "Farmers in {county} will sell directly to {company} after the firm opened a Sh{amount} million plant in {town}."],
            "details": ["Managing director {p1_name} said the plant can process {n3} tonnes a day.",
                        "{p2_title} {p2_name} said the county had given the firm a {n3}-year tax holiday.",
                        "The firm plans a second plant in {town2} by {year}.",
                        "Farmers will be paid within {n3} days of delivery, the company said.",
                        "Local leaders asked the firm to [reserve|set aside] jobs for young people from {town}."],
        },
        {
            "titles": ["Traders in {town} protest new {county} levy",
                       "{county} traders [shut|close] shops over Sh{fee} daily fee",
                       "Business [paralysed|grinds to a halt] in {town} as traders strike",
                       "{county} defends new market levy as traders [protest|strike]"],
            "leads": ["Traders in {town} on {day} closed their shops to protest a new daily levy of Sh{fee} introduced by the {county} County government.",
                      "Business in {town} [came to a standstill|was paralysed] on {day} as traders protested a Sh{fee} daily market fee.",
                      "The {county} County government has defended a new Sh{fee} levy on traders after hundreds protested in {town}.",
                      "Hundreds of traders in {town} on {day} [marched|demonstrated] to the county offices over a new levy of Sh{fee} a day."],
            "details": ["The traders' chairman, {p1_name}, said most of his members earn less than Sh{n2} a day.",
                        "The county finance officer said the money would [pay for|fund] new market sheds.",
                        "Police used teargas to disperse the protesters near the {town} bus park.",
                        "The levy was passed by the county assembly in {month} as part of the Finance Act.",
                        "{p2_title} {p2_name} asked the county to suspend the levy and hold talks."],
        },
    ],
    "sport": [
        {
            "titles": ["{club1} beat {club2} {score} at {stadium}",
                       "{scorer_last} double fires {club1} past {club2}",
                       "{club1} [down|edge|overcome] {club2} in Premier League clash",
                       "{club2} [fall|lose] to {club1} at {stadium}"],
            "leads": ["{club1} beat {club2} {score} in a Premier League match at {stadium} on {day}, with {scorer} scoring twice.",
                      "Two goals from {scorer} [helped|powered] {club1} to a {score} win over {club2} at {stadium} on {day}.",
                      "{club2} [slipped|fell] to a {score} defeat at the hands of {club1} at {stadium} on {day}.",
                      "{club1} [moved|climbed] to position {n3} on the table after a {score} win against {club2} on {day}."],
            "details": ["{scorer} opened the scoring in the {minute}th minute after a [fine|quick] counter-attack.",
                        "{club2} coach {p2_name} said his side had [missed|wasted] too many chances.",
                        "{club1} have now won {n3} of their last {n2} matches.",
                        "The match drew about {n1} fans despite the [rain|heat].",
                        "{club2} will face {club3} in their next match."],
        },
        {
            "titles": ["{p1_name} wins {race}",
                       "Kenya's {p1_last} [storms|races] to victory in {city}",
                       "{p1_last} clocks {time} to win {race}",
                       "Double for Kenya as {p1_last} and {p2_last} win in {city}"],
            "leads": ["{p1_name} won the {race} on {day} in {time}, [beating|edging] compatriot {p2_name} to second place.",
                      "Kenya's {p1_name} clocked {time} to win the {race} in {city} on {day}.",
                      "{p1_name} from {county} was the [fastest|first] in the {race}, finishing in {time}.",
                      "The {race} on {day} ended in a Kenyan win as {p1_name} crossed the line in {time}."],
            "details": ["{p2_name} finished second, {n3} seconds behind.",
                        "The win earned {p1_last} prize money of about Sh{amount} million.",
                        "{p1_last} trains in {town} under coach {p3_name}.",
                        "It was {p1_last}'s {n3}th win on the circuit.",
                        "Athletics Kenya said it would [consider|look at] {p1_last} for the national team."],
        },
        {
            "titles": ["Coach {p1_last} names {n1}-man squad for {tournament}",
                       "{p2_last} recalled as {p1_last} names {tournament} squad",
                       "{n1} players called up for {tournament}",
                       "{p1_last} drops veterans, names {n1}-man {tournament} squad"],
            "leads": ["Head coach {p1_name} on {day} named a {n1}-man squad for the {tournament}, with {p2_name} [returning|back] after injury.",
                      "{p2_name} has been recalled to the national team in a {n1}-man squad for the {tournament} named by {p1_name}.",
                      "National team coach {p1_name} has [picked|selected] {n1} players for the {tournament} that starts in {month}.",
                      "{p1_name}'s {n1}-man squad for the {tournament} includes {n3} players who play abroad."],
            "details": ["The team will camp in {town} for {n3} weeks before [travelling|leaving].",
                        "{p1_last} said he [chose|picked] players based on form in the local league.",
                        "The federation said it had Sh{amount} million for the team's preparation.",
                        "{p2_last} missed the last tournament with a knee injury.",
                        "Kenya are in a group with {n3} other countries."],
        },
    ],
    "counties": [
        {
            "titles": ["{n1} families displaced by floods in {town}",
                       "Floods [wreak havoc|cause damage] in {county}, {n1} families [homeless|displaced]",
                       "{county} residents count losses after [heavy rains|floods]",
                       "River {river} bursts banks, {n1} families flee in {town}"],
            "leads": ["At least {n1} families in {town}, {county}, have been displaced after River {river} burst its banks following heavy rains on {day}.",
                      "Heavy rains on {day} [flooded|submerged] homes in {town}, leaving {n1} families without shelter.",
                      "{n1} families are [camping|sheltering] at a school in {town} after floods [destroyed|swept away] their homes.",
                      "The {county} County government says {n1} families were displaced when River {river} [burst|broke] its banks."],
            "details": ["The Kenya Red Cross said it had [distributed|given out] food and blankets to {n2} households.",
                        "{p1_title} {p1_name} said the county would set aside Sh{amount} million for relief.",
                        "Several roads in {town} were [cut off|impassable], leaving schools closed.",
                        "The Meteorological Department warned of more rains in {county} and {county2}.",
                        "Residents asked the government to build a dyke along River {river}."],
        },
        {
            "titles": ["{p1_last} opens Sh{amount} million hospital wing in {town}",
                       "{town} residents to get specialist care at new Sh{amount}m wing",
                       "{county} opens {n1}-bed maternity wing",
                       "New {county} hospital wing to serve {n2} residents"],
            "leads": ["{county} Governor {p1_name} on {day} opened a Sh{amount} million {n1}-bed wing at the {town} Level Four Hospital.",
                      "Residents of {town} will no longer travel to {town2} for specialist care after Governor {p1_name} opened a {n1}-bed hospital wing.",
                      "A Sh{amount} million maternity wing with {n1} beds was opened at {town} hospital on {day}.",
                      "{county} has [opened|commissioned] a {n1}-bed wing at the {town} hospital, which Governor {p1_name} says will serve {n2} residents."],
            "details": ["The wing has a theatre, a newborn unit and a laboratory.",
                        "The county health officer, {p2_name}, said {n3} nurses had been hired for the wing.",
                        "Mothers in {town} used to travel about {n3} kilometres to deliver.",
                        "The project was funded by the county and a development partner.",
                        "Governor {p1_last} said a similar wing would be built in {town2} next year."],
        },
        {
            "titles": ["{county} nurses [down tools|strike] over {n3}-month pay delay",
                       "Health services paralysed in {county} as nurses strike",
                       "{county} nurses give county {n2}-day [ultimatum|notice]",
                       "Patients stranded in {town} as nurses [strike|walk out]"],
            "leads": ["Nurses in {county} on {day} [began|started] a strike over {n3} months of salary arrears, leaving patients stranded in {town}.",
                      "Services at {county} public hospitals were [paralysed|crippled] on {day} after {n1} nurses [downed tools|went on strike].",
                      "{n1} nurses employed by {county} County have gone on strike, saying they have not been paid for {n3} months.",
                      "Patients at the {town} hospital were turned away on {day} as nurses started a strike over delayed pay."],
            "details": ["The union's branch secretary, {p1_name}, said the county owes nurses Sh{amount} million.",
                        "The county health officer, {p2_name}, blamed late disbursement of funds by the Treasury.",
                        "Private hospitals in {town} reported a rise in patients.",
                        "The nurses said they would not resume work until all arrears are paid.",
                        "The county assembly health committee summoned officials over the strike."],
        },
    ],
}

BACKGROUND = {
    "politics": [
        "{name} said the matter would be [raised|discussed] at the next [sitting|meeting] of the county assembly.",
        "Political analyst {name} said the [move|decision] could [change|reshape] the politics of {any_county}.",
        "The [debate|discussion] comes as [politicians|leaders] begin [early|open] campaigns ahead of the next general election.",
        "Leaders from {any_county} have in the past [complained|protested] that their region is [neglected|ignored] in budget allocations.",
        "The National Assembly is expected to [resume|reconvene] on {month} {num} after a {num}-week recess.",
        "{name}, a [resident|voter] of {any_town}, said residents were more [concerned|worried] about jobs than politics.",
        "Previous attempts to pass a similar law in {year0} [failed|collapsed] after disagreements between the two houses.",
        "The Council of Governors has asked Parliament to [involve|consult] counties before passing laws that affect them.",
        "Speaking at a church service in {any_town}, {name} [urged|asked] leaders to [tone down|avoid] divisive language.",
        "The Independent Electoral and Boundaries Commission has [said|warned] that early campaigns are [against the law|illegal].",
    ],
    "courts": [
        "The Director of Public Prosecutions had [earlier|previously] approved the charges after reviewing a file from investigators.",
        "Lawyer {name} told reporters outside the court that his clients [would|intend to] appeal.",
        "The case is one of {num} [similar|related] matters pending before courts in {any_county}.",
        "Court [records|documents] show the matter was first filed in {year0}.",
        "The judge [warned|cautioned] parties against discussing the case on social media.",
        "Human rights groups have [asked|urged] the Judiciary to [speed up|fast-track] land cases in {any_county}.",
        "The Judiciary has [opened|set up] a new court station in {any_town} to reduce the backlog of cases.",
        "{name}, who [followed|watched] the proceedings from the public gallery, said the families had waited for years.",
        "The Law Society of Kenya branch in {any_county} [said|noted] that delays in such cases deny citizens justice.",
        "The matter was [adjourned|put off] {num} times last year because of [missing files|absent witnesses].",
    ],
    "business": [
        "Inflation [rose|eased] to {num}.{digit} per cent in {month}, according to the Kenya National Bureau of Statistics.",
        "The Central Bank of Kenya [kept|held] its benchmark rate at {num}.{digit} per cent at its last meeting.",
        "Economist {name} said [rising|high] input costs would [continue to|still] weigh on [firms|businesses] this year.",
        "Manufacturers have [complained|protested] about [high|rising] electricity costs, which they say make local goods [expensive|uncompetitive].",
        "The shilling [traded|exchanged] at about {num} to the US dollar on {weekday}.",
        "Small traders in {any_town} say [access to credit|loans] remains their biggest [challenge|problem].",
        "The Kenya Revenue Authority has [set|announced] a target of Sh{num} billion in collections for the quarter.",
        "{name}, who runs a shop in {any_town}, said sales had [dropped|fallen] by a third since {month}.",
        "Exports of [tea|horticultural produce|coffee] earned the country Sh{num} billion in the first half of the year.",
        "The Treasury is expected to [publish|release] its budget proposals in {month}.",
    ],
    "sport": [
        "The [federation|league organisers] have [promised|pledged] to pay [outstanding|delayed] grants to clubs by {month}.",
        "Fans in {any_town} [watched|followed] the [match|race] on giant screens at a local hall.",
        "The [team|squad] has not [won|lifted] a major title since {year0}.",
        "{name}, a former national team player, said the [younger|new] players showed [promise|potential].",
        "The Sports Ministry [said|announced] it would [renovate|upgrade] {num} stadiums before the next season.",
        "Athletes from {any_county} have [dominated|ruled] distance running for [decades|many years].",
        "The [league|competition] resumes on {month} {num} after a {num}-week break.",
        "[Ticket sales|Gate collections] have [risen|grown] since matches moved to [weekends|evenings].",
        "The [coach|technical bench] [singled out|praised] {name} for [his|a] [hard work|commitment] in training.",
        "Doctors said {name} would be out for {num} weeks with a [hamstring|ankle] injury.",
    ],
    "counties": [
        "The county has {num} sub-counties and a population of about {num}00,000 people.",
        "{name}, a [resident|mother of {num}] from {any_town}, said [life|things] had become [difficult|hard] since {month}.",
        "The [national|county] government [allocated|set aside] Sh{num} million for [the project|emergencies] in the current budget.",
        "Residents of {any_town} have for years [complained|protested] about [poor|impassable] roads during the rainy season.",
        "The Controller of Budget [flagged|noted] slow [spending|absorption] of development funds by the county.",
        "Health officials [urged|asked] residents to [boil|treat] drinking water to [prevent|avoid] cholera.",
        "The county [commissioner|administrator] said {num} chiefs had been [deployed|sent] to [monitor|assess] the situation.",
        "Schools in {any_town} [remain|are still] closed as teachers and pupils [await|wait for] repairs.",
        "The county assembly [passed|approved] a supplementary budget of Sh{num} million in {month}.",
        "[Locals|Residents] said they had [raised|reported] the matter with the area chief [several times|many times].",
    ],
    "general": [
        "[Officials|Authorities] said more details would be [given|released] in the coming days.",
        "The [report|statement] was [read|issued] by {name} on behalf of the [committee|team].",
        "{name}, who [spoke|talked] to reporters in {any_town}, said the [matter|issue] needed urgent attention.",
        "Last year, a similar [incident|case] was reported in {any_county}.",
        "[Critics|Observers] say the [decision|move] should have been made [earlier|months ago].",
        "The [figures|numbers] are [contained|included] in a report tabled in {month}.",
        "It is not the first time such [concerns|complaints] have been raised in {any_county}.",
        "{name} said [the public|residents] should be [informed|told] of every step taken.",
        "[Meanwhile|At the same time], {name} called for calm and urged residents to [cooperate|work] with officers.",
        "The [ministry|department] did not respond to [our questions|questions sent to it|a request for comment] by [press time|the time of publishing].",
    ],
}

# Reported speech, built from independent parts so that unrelated articles rarely share a sentence.
SPEAKERS = [
    "{name}, a [trader|farmer|teacher|boda boda rider|nurse|student|pastor|youth leader|retired civil servant|fisherman|"
    "hawker|mechanic|tailor|shopkeeper|driver|midwife|herder|welder|carpenter|vendor] [in|from|at] {any_town},",
    "{name}, [who chairs|the chairman of|the secretary of|a member of|the treasurer of] the {any_town} "
    "[residents' association|traders' group|farmers' cooperative|youth sacco|women's group|jua kali association|water users' group]",
    "{name}, [an economist|an analyst|a lecturer|a researcher|a consultant] [based in|at a college in|working in] {any_county},",
    "[Area|Local|Assistant] chief {name}", "{any_county} [MCA|ward rep|nominated MCA] {name}",
    "[Activist|Lobbyist|Community organiser|Civil society official] {name}", "{name}",
    "{name}, [who has lived|who has worked|who has farmed|who has traded|who has taught] in {any_town} [for|since] {num} years,",
    "[Former|Retired] [councillor|teacher|chief|MP|district officer] {name}", "{name} of the {any_town} [market|stage|landing beach|estate]",
]
SAYS = ["said", "told reporters", "noted", "argued", "complained", "claimed", "observed", "insisted", "warned",
        "pointed out", "explained", "added", "lamented", "maintained", "suggested", "told the gathering", "wrote",
        "admitted", "stressed", "recalled"]
# A small grammar for the rest of the context, so that sentences rarely repeat across articles.
OPENERS = ["", "", "", "On {weekday}, ", "Last {month}, ", "Earlier this year, ", "In {any_town}, ", "Meanwhile, ",
           "However, ", "At the same time, ", "Since {year0}, ", "According to {name}, ", "For now, ", "This week, "]
DOERS = ["the county government", "+farmers in {any_town}", "{name}", "the ministry", "+youth groups in {any_county}",
         "+boda boda operators", "the Treasury", "the assembly committee", "+women traders in {any_town}", "the contractor",
         "+residents of {any_town}", "the national government", "a local sacco", "the water company", "+church leaders",
         "the area MP", "+teachers in {any_town}", "the ward administrator", "the roads agency", "a donor-funded programme",
         "+parents in {any_town}", "the health department", "+officials in {any_county}", "+landowners near {any_town}"]
# (singular, plural) forms; plural doers are marked with a leading "+".
INTENTS = [("plans to", "plan to"), ("has promised to", "have promised to"), ("is expected to", "are expected to"),
           ("has started to", "have started to"), ("wants to", "want to"), ("failed to", "failed to"),
           ("hopes to", "hope to"), ("has been asked to", "have been asked to"), ("will soon", "will soon"),
           ("has refused to", "have refused to"), ("is under pressure to", "are under pressure to"), ("could", "could"),
           ("is struggling to", "are struggling to"), ("has agreed to", "have agreed to"), ("has yet to", "have yet to"),
           ("intends to", "intend to"), ("was forced to", "were forced to"), ("offered to", "offered to")]
ACTIONS = ["build", "repair", "expand", "audit", "review", "fund", "close", "inspect", "relocate", "upgrade", "fence",
           "pay for", "survey", "clean up", "equip", "restock", "staff", "connect", "rehabilitate", "map", "reopen"]
THINGS = ["{num} classrooms", "the {any_town} market", "feeder roads", "dispensaries", "the dairy cooperative", "boreholes",
          "the bus park", "a cattle dip", "the stadium", "street lights", "the sewer line", "a youth centre",
          "the slaughterhouse", "{num} water kiosks", "the fish landing site", "school laboratories", "a cold store",
          "the old courthouse", "the maternity ward", "footbridges", "the county library", "irrigation canals",
          "the cemetery", "the jua kali sheds", "a fire station", "the mortuary", "the polytechnic"]
ADJUNCTS = ["before the end of {month}", "at a cost of Sh{num} million", "in {any_county}", "within {num} weeks",
            "despite opposition from residents", "with help from a development partner", "after years of delay",
            "once funds are released", "in the next financial year", "ahead of the rainy season", "by {month}",
            "in phases", "using local labour", "at the request of elders", "under a new policy", "for the second time",
            "without public participation", "on a tight budget", "for about {num} households", "near {any_town}"]
CLAIMS = {
    "politics": [
        "leaders had [ignored|neglected] the [needs|concerns] of [young people|farmers|traders] in {any_town}",
        "the [ward|constituency] development fund had not been [released|disbursed] since {month}",
        "[politicians|leaders] only [visit|remember] {any_town} when elections are [near|close]",
        "the assembly should [focus on|prioritise] [water|roads|jobs|health] instead of [politics|wrangles]",
        "[at least|more than] {num} [projects|classrooms|boreholes] promised in {year0} were never [built|finished]",
        "the party [primaries|nominations] should be [free and fair|open to all]",
        "[the youth|women] in {any_county} wanted a [bigger|stronger] voice in [decision making|leadership]",
        "the [row|dispute] was [hurting|slowing] service delivery in the county",
    ],
    "courts": [
        "the [case|matter] had [dragged on|taken] for {num} [months|years] without a [ruling|hearing]",
        "[witnesses|complainants] in {any_town} were [afraid|reluctant] to [testify|come forward]",
        "[court fees|legal costs] were [too high|beyond the reach] of [ordinary|poor] [families|citizens]",
        "the [police|investigators] should [speed up|complete] [investigations|their work] [quickly|in time]",
        "[land|boundary] disputes in {any_county} [often|usually] turn [violent|deadly]",
        "the [ruling|judgment] would [set|create] a [precedent|benchmark] for [similar|other] cases",
        "[title deeds|land records] at the {any_town} registry were [missing|incomplete]",
        "the [accused|suspects] should [step aside|leave office] until the case is [determined|concluded]",
    ],
    "business": [
        "the cost of [fuel|transport|fertiliser|electricity] had [doubled|risen sharply] since {month}",
        "[buyers|brokers] from {any_county} were [offering|paying] [less|lower prices] than last season",
        "[banks|lenders] were [reluctant|slow] to [lend to|finance] small [traders|farmers]",
        "[cheap|duty-free] imports were [hurting|undercutting] local [producers|factories]",
        "[sales|orders] had [picked up|improved] after the [holiday|harvest] season",
        "[mobile money|digital payments] had made it easier to [pay suppliers|run a shop] in {any_town}",
        "the county should [build|improve] [storage|cold rooms|market sheds] for [farmers|traders]",
        "[taxes|levies|licence fees] were [pushing|driving] small businesses out of {any_town}",
    ],
    "sport": [
        "[young|upcoming] [players|athletes] in {any_town} lacked [proper|good] [training grounds|facilities]",
        "the [team|club] needed a [stronger|better] [defence|midfield] to [compete|win] [abroad|this season]",
        "[sponsors|companies] should [invest|put money] in [grassroots|local] [football|athletics|rugby]",
        "the [pitch|track] at {any_town} was [in poor shape|waterlogged] for most of the season",
        "[doping|age cheating] was [hurting|damaging] the image of Kenyan [sport|athletics]",
        "[fans|supporters] in {any_county} [deserved|wanted] [more|regular] [top-flight|league] matches",
        "[schools|academies] in {any_county} had [produced|nurtured] [many|several] [national|international] [stars|players]",
        "[allowances|bonuses] for the [team|players] had not been paid since {month}",
    ],
    "counties": [
        "[water|electricity] [rationing|shortages] in {any_town} had [lasted|gone on] for {num} [weeks|days]",
        "the [road|bridge] to {any_town} [becomes|turns] [impassable|dangerous] when it rains",
        "[health centres|dispensaries] in {any_town} often run out of [drugs|medicine]",
        "[casual workers|contractors] had not been paid for {num} months",
        "the county [should|must] [hire|recruit] more [doctors|nurses|teachers|extension officers]",
        "[garbage|waste] had piled up at the {any_town} [market|bus park] for [weeks|days]",
        "the [bursary|scholarship] fund had [helped|supported] {num} [students|pupils] this year",
        "[street lights|boreholes] installed in {year0} were no longer working",
    ],
}

QUOTE_PARTS = [
    "We will not [allow|accept] {thing} to be used to [punish|frustrate] the people of {county}",
    "[This is|It is] a [sad|dark] day for {county} and we must [act|speak] now",
    "Our people have waited for {num} years and they deserve [answers|better]",
    "I am asking {who} to [explain|account for] every shilling",
    "We have done our part and the rest is up to {who}",
    "Nobody is above the law, and that includes {who}",
    "The [numbers|figures] do not lie, and the people of {county} can see it",
    "We are [ready|prepared] to [work|sit down] with anyone who means well for {county}",
    "I want to assure residents of {town} that [help|support] is on the way",
    "We [cannot|will not] [keep quiet|remain silent] when {thing} is [at stake|in danger]",
    "This [decision|ruling] [vindicates|proves] what we have been saying all along",
    "We will [study|look at] the [ruling|decision] and [advise|guide] our members accordingly",
]
QUOTE_SUBJECTS = ["We", "I", "Our people", "The residents of {town}", "The people of {county}", "Our members",
                  "The youth", "Our farmers", "Mothers in {town}", "Traders here"]
QUOTE_VERBS = ["will not accept", "cannot afford", "will fight for", "must protect", "will keep asking for",
               "should get", "will not give up on", "can no longer wait for", "will support", "have every right to",
               "will not be silenced on", "deserve"]
QUOTE_OBJECTS = ["{thing}", "a fair share of the budget", "proper roads", "clean water", "real answers", "this kind of leadership",
                 "jobs for our children", "the truth", "a working hospital", "better prices", "the promises made in {num}",
                 "justice", "a clear plan", "accountability"]
QUOTE_ENDINGS = ["", "any longer", "from {who}", "this year", "before the next budget", "in {county}", "at any cost",
                 "right now", "like everyone else", "in the coming weeks"]
QUOTE_THINGS = ["public money", "the law", "this project", "our farmers", "the budget", "the courts", "our hospitals",
                "the market", "the future of our children", "this process"]
QUOTE_WHO = ["the county government", "the national government", "the Treasury", "the governor", "Parliament",
             "the board", "our leaders", "the officials concerned"]

BOILERPLATE_TOP = [
    "PAY ATTENTION: Share your story with us through our hotline and get featured.",
    "PAY ATTENTION: Join our WhatsApp channel for the latest news from across the country.",
    "{city_upper}, Kenya, {mon} {num} -",
    "Source: Original",
    "Download our app from the Google Playstore using the link here>>>",
    "By {name}",
]
BOILERPLATE_MIDDLE = [
    "ALSO READ: {other_title}",
    "SEE ALSO: {other_title}",
    "READ ALSO: {other_title}",
    "Subscribe to our newsletter to stay updated on the stories that matter to you.",
]
BOILERPLATE_BOTTOM = [
    "You can share this post!",
    "Do you have a groundbreaking story you would like us to publish? Please reach us through our news desk.",
    "The Kenyan DAILY POST.",
    "Reporting by {name}; editing by {name2}.",
    "Follow us on social media for more updates.",
    "Additional reporting by {name}.",
]

SYNONYMS = {
    "said": ["noted", "stated", "added"], "residents": ["locals", "people"], "officials": ["authorities", "officers"],
    "on": ["on"], "new": ["fresh"], "about": ["around", "roughly"], "more": ["further"], "county": ["county"],
    "government": ["administration"], "people": ["residents"], "opened": ["unveiled", "launched"],
    "asked": ["urged", "called on"], "families": ["households"], "money": ["funds", "cash"],
    "plan": ["proposal"], "will": ["would"], "after": ["following"], "before": ["ahead of"],
    "since": ["from"], "also": ["further"], "but": ["however"], "many": ["several"], "big": ["large"],
    "court": ["court"], "rise": ["increase"], "rose": ["increased", "went up"], "help": ["assist"],
}
# House style differs between outlets and writers: fill() swaps these words now and then,
# so two articles built from one template do not share every phrase.
STYLE = {
    "said": ["said", "stated", "noted"], "residents": ["residents", "locals", "inhabitants"],
    "officials": ["officials", "officers", "authorities"], "opened": ["opened", "unveiled", "launched"],
    "asked": ["asked", "urged", "called on"], "families": ["families", "households"], "money": ["money", "funds", "cash"],
    "plan": ["plan", "proposal", "scheme"], "after": ["after", "following"], "many": ["many", "several", "numerous"],
    "traders": ["traders", "business people", "vendors"], "farmers": ["farmers", "growers", "producers"],
    "hospital": ["hospital", "health facility"], "new": ["new", "fresh"], "project": ["project", "programme", "initiative"],
    "court": ["court", "bench"], "ruled": ["ruled", "held", "found"], "protest": ["protest", "demonstrate", "agitate"],
    "strike": ["strike", "industrial action", "go-slow"], "delayed": ["delayed", "late", "unpaid"],
    "pay": ["pay", "salaries", "wages"], "won": ["won", "clinched", "secured"], "beat": ["beat", "defeated", "overcame"],
    "match": ["match", "game", "fixture", "tie"], "players": ["players", "footballers"], "coach": ["coach", "tactician"],
    "firm": ["firm", "company", "business"], "profit": ["profit", "earnings", "net income"],
    "prices": ["prices", "costs", "rates"], "rose": ["rose", "increased", "climbed"], "jobs": ["jobs", "positions"],
    "bill": ["bill", "proposed law", "legislation"], "leaders": ["leaders", "politicians"],
    "accused": ["accused", "charged", "blamed"], "people": ["people", "persons", "individuals"],
    "area": ["area", "region", "locality"], "week": ["week", "seven days"], "told": ["told", "informed"],
    "urged": ["urged", "asked", "encouraged"], "build": ["build", "construct", "put up"],
    "roads": ["roads", "highways", "routes"], "schools": ["schools", "learning institutions"],
    "police": ["police", "officers", "security officers"], "hundreds": ["hundreds", "scores", "dozens"],
    "about": ["about", "around", "roughly"], "more than": ["more than", "over"], "at least": ["at least", "not fewer than"],
    "government": ["government", "administration"], "deal": ["deal", "agreement", "contract"],
    "because": ["because", "since", "as"], "also": ["also", "further", "additionally"],
}
_STYLE_WORDS = re.compile(r"\b(" + "|".join(sorted(STYLE, key=len, reverse=True)) + r")\b")
FILLER_WORDS = ["also", "reportedly", "further", "indeed", "now", "again", "still", "then", "recently", "locally"]

RIVERS = ["Nzoia", "Tana", "Athi", "Yala", "Nyando", "Sondu", "Mara", "Kuja", "Ewaso Ng'iro", "Perkerra", "Galana"]
TAGS = re.compile(r"\[([^\[\]]+)\]")


class Writer:
    """Builds events, renders them as articles and derives the variants, all from one seeded Random."""

    def __init__(self, seed: int):
        self.rnd = random.Random(seed)
        self.serial = 0

    # --- small helpers ----------------------------------------------------

    def pick(self, items):
        return self.rnd.choice(items)

    def person(self):
        return f"{self.pick(FIRST_NAMES)} {self.pick(SURNAMES)}"

    def fill(self, template: str, slots: dict) -> str:
        text = TAGS.sub(lambda m: self.pick(m.group(1).split("|")), template)
        # Context sentences mostly stay in the event's county, as a local story would.
        local = "county" in slots and self.rnd.random() < 0.6
        any_county = slots["county"] if local else self.pick(COUNTIES)
        extra = {
            "name": self.person(), "name2": self.person(), "any_county": any_county,
            "any_town": self.pick(COUNTY_TOWNS[any_county]), "num": self.rnd.randint(2, 60),
            "digit": self.rnd.randint(0, 9), "weekday": self.pick(WEEKDAYS), "year0": self.rnd.randint(1998, 2019),
        }
        text = text.format(**{**extra, **slots})
        return _STYLE_WORDS.sub(lambda m: self.pick(STYLE[m.group()]) if self.rnd.random() < 0.35 else m.group(), text)

    # --- events -----------------------------------------------------------

    def event(self, category: str, when: datetime, base: dict | None = None) -> dict:
        """A new event; with `base`, one that keeps its people, places and subject (a near miss)."""
        rnd = self.rnd
        county = self.pick(COUNTIES)
        towns = COUNTY_TOWNS[county]
        commodity, unit = self.pick(COMMODITIES)
        race, city = self.pick(RACES)
        clubs = rnd.sample(CLUBS, 3)
        scorer = self.person()
        amount = rnd.randint(12, 980)
        price = rnd.randint(40, 9000)
        slots = {
            "category": category, "type": rnd.randrange(len(EVENT_TYPES[category])),
            "county": county, "county2": self.pick([c for c in COUNTIES if c != county]),
            "town": self.pick(towns), "town2": self.pick(self.pick(list(COUNTY_TOWNS.values()))),
            "p1_name": self.person(), "p2_name": self.person(), "p3_name": self.person(),
            "p1_title": self.pick(["Senator", "Governor", "MP", "Woman Rep"]),
            "p2_title": self.pick(["Senator", "Governor", "MP", "MCA", "CS"]),
            "sector": self.pick(SECTORS), "bill_kind": self.pick(BILL_KINDS), "party": self.pick(PARTIES),
            "court": self.pick(COURTS), "offence": self.pick(OFFENCES), "company": self.pick(COMPANIES),
            "commodity": commodity, "unit": unit, "price": price, "price_old": int(price * rnd.uniform(0.6, 0.9)),
            "fee": rnd.choice([20, 30, 50, 70, 100, 150, 200]),
            "plan": self.pick(["demolish kiosks along the highway", "relocate the main bus park", "close the open-air market",
                               "sell the municipal stadium land", "raise water tariffs", "merge village polytechnics"]),
            "club1": clubs[0], "club2": clubs[1], "club3": clubs[2], "stadium": self.pick(STADIUMS),
            "score": f"{rnd.randint(1, 4)}-{rnd.randint(0, 1)}", "scorer": scorer, "minute": rnd.randint(3, 88),
            "race": race, "city": city, "time": f"2:0{rnd.randint(2, 9)}:{rnd.randint(10, 59)}",
            "tournament": self.pick(TOURNAMENTS), "river": self.pick(RIVERS),
            "amount": amount, "amount2": rnd.randint(5, 400), "bail": f"{rnd.randint(1, 20) * 100},000",
            "pct": rnd.randint(3, 48), "n1": rnd.randint(8, 900), "n2": rnd.randint(3, 120), "n3": rnd.randint(2, 30),
            "month": self.pick(MONTHS), "year": rnd.randint(2026, 2028),
        }
        if base is not None:
            # Same people, place and subject; a different happening with other numbers.
            for key in ("county", "county2", "town", "p1_name", "p1_title", "p2_name", "p2_title", "sector",
                        "company", "commodity", "unit", "party", "club1", "court", "race", "city", "tournament", "river"):
                slots[key] = base[key]
            slots["category"] = base["category"]
            if rnd.random() < 0.5:
                slots["type"] = base["type"]
        slots["plan_noun"] = {"demolish kiosks along the highway": "kiosk demolitions",
                              "relocate the main bus park": "bus park relocation",
                              "close the open-air market": "market closure",
                              "sell the municipal stadium land": "stadium land sale",
                              "raise water tariffs": "water tariff increase",
                              "merge village polytechnics": "polytechnic merger"}[slots["plan"]]
        slots["object"] = f"{slots['sector']} {slots['bill_kind']}"
        slots["sector_l"] = slots["sector"].lower()
        slots["commodity_cap"] = slots["commodity"].capitalize()
        for key in ("p1", "p2", "p3"):
            slots[f"{key}_last"] = slots[f"{key}_name"].split()[-1]
        slots["scorer_last"] = slots["scorer"].split()[-1]
        slots["when"] = when
        slots["day"] = WEEKDAYS[when.weekday()]
        slots["quote"] = self.quote(slots)
        slots["speaker"] = self.pick([slots["p1_name"], slots["p2_name"]])
        return slots

    def quote(self, slots: dict) -> str:
        """Two sentences someone says: stock phrases or a line from a small grammar."""
        words = {"thing": self.pick(QUOTE_THINGS), "who": self.pick(QUOTE_WHO), "county": slots["county"],
                 "town": slots["town"], "num": self.rnd.randint(3, 40)}
        sentences = []
        for part in self.rnd.sample(QUOTE_PARTS, 2):
            if self.rnd.random() < 0.5:
                part = " ".join([self.pick(QUOTE_SUBJECTS), self.pick(QUOTE_VERBS), self.pick(QUOTE_OBJECTS),
                                 self.pick(QUOTE_ENDINGS)])
            sentences.append(self.fill(part, words))
        return ". ".join(sentences)

    # --- articles ---------------------------------------------------------

    def article(self, event: dict, outlet: str, avoid: list[dict] = (), follow_up_of: dict | None = None) -> dict:
        """Render `event` as `outlet` would: title, lead (standfirst or ""), body paragraphs, url.

        `avoid` holds other renderings of the same event whose templates this one must not reuse,
        so that two outlets' write-ups share facts and maybe a quote, not sentences.
        """
        rnd = self.rnd
        spec = EVENT_TYPES[event["category"]][event["type"]]
        used = {part: set().union(*(other["templates"][part] for other in avoid)) for part in ("titles", "leads", "details")}
        title_t = self.pick([t for t in spec["titles"] if t not in used.get("titles", ())] or spec["titles"])
        lead_t = self.pick([t for t in spec["leads"] if t not in used.get("leads", ())] or spec["leads"])
        details = [t for t in spec["details"] if t not in used.get("details", ())] or spec["details"]
        details = rnd.sample(details, min(len(details), rnd.randint(2, 3)))
        title = self.fill(title_t, event)
        paragraphs = []
        if follow_up_of is not None:
            days = max(1, (event["when"] - follow_up_of["when"]).days)
            paragraphs.append(self.fill(self.pick([
                "[Days|{days} days] after [the|a] [row|controversy|case] over {object} [made headlines|drew attention], {p1_name} is back in the spotlight in {county}.",
                "Fresh [developments|questions] have emerged in {county} {days} days after {p1_name} [spoke|made remarks] on the matter in {town}.",
            ]), {**event, "days": days}))
        paragraphs.append(self.fill(lead_t, event))
        paragraphs.append(" ".join(self.fill(t, event) for t in details[:2]))
        quote_form = self.pick(['"{quote}," {speaker} said.', '{speaker} said: "{quote}."', '"{quote}," said {speaker}.'])
        quoted = follow_up_of["quote"] if follow_up_of else event["quote"]
        if follow_up_of is not None:
            paragraphs.append(self.fill(self.pick([
                '{p1_last} had [earlier|last week] said: "{quote}."',
                'On {prev_day}, {p1_last} had [told residents|said]: "{quote}."',
            ]), {**event, "quote": quoted, "prev_day": follow_up_of["day"]}))
            paragraphs.append(f'"{self.quote(event)}," {event["speaker"]} said on {event["day"]}.')
        elif not avoid or rnd.random() < 0.7:
            paragraphs.append(quote_form.format(quote=quoted, speaker=event["speaker"]))
        for _ in range(rnd.randint(5, 9)):
            paragraphs.append(" ".join(self.background(event) for _ in range(rnd.randint(1, 3))))
        if len(details) > 2:
            paragraphs.insert(rnd.randint(3, len(paragraphs)), self.fill(details[2], event))
        if rnd.random() < 0.5:
            paragraphs.append(f'"{self.quote(event)}," {self.pick([event["p2_name"], self.person()])} said.')
        lead = self.fill(self.pick(spec["leads"]), event) if outlet in ("nation", "standard", "businessdaily") else ""
        self.serial += 1
        return {
            "title": self.headline(title, outlet), "lead": lead, "paragraphs": paragraphs,
            "url": self.url(outlet, title, event["when"]), "source": outlet,
            "templates": {"titles": {title_t}, "leads": {lead_t}, "details": set(details)},
        }

    def background(self, event: dict) -> str:
        """One sentence of context: a stock line, someone's reported view, or a line from the grammar."""
        choice = self.rnd.random()
        if choice < 0.2:
            return self.fill(self.pick(BACKGROUND[event["category"]] + BACKGROUND["general"]), event)
        if choice < 0.55:
            speaker = self.fill(self.pick(SPEAKERS), event)
            claim = self.fill(self.pick(CLAIMS[event["category"]]), event)
            return f"{speaker} {self.pick(SAYS)}{self.pick([' that', ''])} {claim}."
        doer = self.pick(DOERS)
        singular, plural = self.pick(INTENTS)
        intent = plural if doer.startswith("+") else singular
        parts = [self.pick(OPENERS), doer.lstrip("+"), intent, self.pick(ACTIONS), self.pick(THINGS), self.pick(ADJUNCTS)]
        sentence = self.fill(" ".join(part for part in parts if part).replace(",  ", ", "), event)
        return sentence[0].upper() + sentence[1:] + "."

    def headline(self, title: str, outlet: str) -> str:
        title = title[0].upper() + title[1:]
        if OUTLETS[outlet][2] == "title":
            return " ".join(w[0].upper() + w[1:] if w[0].isalpha() else w for w in title.split())
        return title

    def url(self, outlet: str, title: str, when: datetime) -> str:
        home, pattern, _ = OUTLETS[outlet]
        slug = "-".join(re.findall(r"[a-z0-9]+", title.lower()))[:80]
        return home + pattern.format(slug=slug, n6=100000 + self.serial, n7=5000000 + self.serial,
                                     date=when.strftime("%Y-%m-%d"), year=when.year, month=f"{when.month:02d}")

    # --- variants ---------------------------------------------------------

    def url_variant(self, url: str) -> str:
        """The same article's URL as a crawler might meet it elsewhere."""
        rnd = self.rnd
        scheme, rest = url.split("://", 1)
        host, _, path = rest.partition("/")
        bare = host[4:] if host.startswith("www.") else host
        path = "/" + path
        choice = rnd.randrange(9)
        if choice == 0:
            return f"{scheme}://{host}{path.rstrip('/')}/amp"
        if choice == 1:
            return f"{scheme}://{host}{path}?amp=1"
        if choice == 2:
            return f"https://m.{bare}{path}"
        if choice == 3:
            return f"{scheme}://{host}{path}?utm_source=twitter&utm_medium=social&utm_campaign=share"
        if choice == 4:
            return f"http://{host.upper()}{path}?fbclid=IwAR{rnd.randint(10**8, 10**9)}#comments"
        if choice == 5:
            return f"https://amp.{bare}{path}"
        if choice == 6:
            return f"https://{host}:443{path.rstrip('/') if path.endswith('/') else path + '/'}"
        if choice == 7:
            return f"https://{host.replace('.', '-')}.cdn.ampproject.org/c/s/{host}{path}"
        return f"https://{bare}{path}?gclid=Cj0K{rnd.randint(10**6, 10**7)}&utm_content=top"

    def retypeset(self, text: str) -> str:
        """Same words, other typography: curly quotes, dashes, spacing."""
        text = text.replace('"', "\u201c", 1).replace('"', "\u201d", 1).replace("'", "\u2019")
        text = text.replace(" - ", " \u2014 ").replace(", ", ",  ")
        return text.replace("\n\n", "\n \n")

    def edit_words(self, paragraphs: list[str], rate: float) -> list[str]:
        """Substitute, drop or insert about `rate` of the words, scattered (the hard case for shingles)."""
        rnd = self.rnd
        edited = []
        for paragraph in paragraphs:
            words = []
            for word in paragraph.split():
                if rnd.random() >= rate:
                    words.append(word)
                    continue
                action = rnd.random()
                bare = word.strip('.,:;"').lower()
                if action < 0.5:
                    replacement = self.pick(SYNONYMS.get(bare, FILLER_WORDS))
                    words.append(word.lower().replace(bare, replacement) if bare else replacement)
                elif action < 0.75:
                    continue
                else:
                    words.extend([word, self.pick(FILLER_WORDS)])
            edited.append(" ".join(words))
        return edited

    def boilerplate(self, paragraphs: list[str], event: dict, other_title: str) -> list[str]:
        slots = {**event, "other_title": other_title, "city_upper": event["town"].upper(), "mon": event["when"].strftime("%b"),
                 "name": self.person(), "name2": self.person()}
        wrapped = list(paragraphs)
        if self.rnd.random() < 0.8:
            wrapped.insert(0, self.fill(self.pick(BOILERPLATE_TOP), slots))
        for _ in range(self.rnd.randint(1, 2)):
            wrapped.insert(self.rnd.randint(2, len(wrapped)), self.fill(self.pick(BOILERPLATE_MIDDLE), slots))
        wrapped.extend(self.fill(t, slots) for t in self.rnd.sample(BOILERPLATE_BOTTOM, self.rnd.randint(1, 2)))
        return wrapped

    def teaser(self, paragraphs: list[str]) -> list[str]:
        """A feed item's text: the first paragraph or two, or a WordPress-style 55-word excerpt."""
        choice = self.rnd.random()
        if choice < 0.3:
            words = " ".join(paragraphs).split()
            return [" ".join(words[:55]) + " [\u2026]"]
        kept = paragraphs[: 1 if choice < 0.65 else 2]
        if self.rnd.random() < 0.3:
            kept = kept + [self.pick(["Read More", "Continue reading", "\u2026"])]
        return kept

    def recurring(self, paragraphs: list[str], title: str, when: datetime) -> tuple[list[str], str]:
        """The next edition of a templated report: the same sentences with other figures and dates."""
        rnd = self.rnd

        def refigure(text: str) -> str:
            text = re.sub(r"\d+", lambda m: str(int(m.group()) + rnd.randint(1, 9) * rnd.choice([-1, 1]) % 97 + 1), text)
            text = re.sub("|".join(WEEKDAYS), lambda m: WEEKDAYS[when.weekday()], text)
            return re.sub("|".join(MONTHS), lambda m: MONTHS[when.month - 1], text)

        return [refigure(p) for p in paragraphs], refigure(title)

    def extra_paragraph(self, event: dict) -> str:
        return " ".join(self.background(event) for _ in range(2))

    def variant(self, kind: str, base: dict, event: dict, other_title: str):
        """(paragraphs, source, title, url) of one variant of `base`; None keeps the base's value."""
        rnd = self.rnd
        paragraphs = base["paragraphs"]
        same_site_url = self.url_variant(base["url"])
        if kind == "exact":
            return [self.retypeset(p) for p in paragraphs], None, None, same_site_url
        if kind == "retitled":
            when = event["when"]
            dateline = f"{event['town'].upper()}, Kenya, {when.strftime('%b')} {when.day} \u2013 "
            title = self.article(event, base["source"])["title"]
            return [dateline + paragraphs[0]] + paragraphs[1:], None, title, same_site_url
        if kind == "paragraph_added":
            added = list(paragraphs)
            added.insert(rnd.randint(1, len(added)), self.extra_paragraph(event))
            return added, None, None, same_site_url
        if kind == "teaser":
            return self.teaser(paragraphs), None, None, same_site_url
        # The rest run on another outlet, under its own URL.
        source = self.other_outlet(base["source"])
        url = self.url(source, base["title"], event["when"])
        if kind == "boilerplate":
            return self.boilerplate(paragraphs, event, other_title), source, None, url
        if kind == "edited":
            return self.edit_words(paragraphs, rnd.uniform(0.06, 0.10)), source, None, url
        if kind == "paragraph_cut":
            cut = list(paragraphs)
            del cut[rnd.randint(1, len(cut) - 1)]
            return cut, source, None, url
        if kind == "syndicated":
            copy = self.edit_words(paragraphs, 0.05)
            del copy[rnd.randint(1, len(copy) - 1)]
            title = self.article(event, source)["title"]
            return self.boilerplate(copy, event, other_title), source, title, url
        raise ValueError(kind)

    def other_outlet(self, *taken: str) -> str:
        return self.pick([name for name in OUTLETS if name not in taken])


# How long after the base article each variant turns up (a teaser may come first).
VARIANT_DELAY_MINUTES = {
    "exact": (10, 600), "retitled": (60, 3000), "boilerplate": (30, 2000), "edited": (30, 3000),
    "paragraph_added": (30, 1500), "paragraph_cut": (30, 1500), "teaser": (-60, 120), "syndicated": (60, 2400),
}


def _item(article: dict, paragraphs: list[str], *, story: str, event: str, kind: str, when: datetime,
          title: str | None = None, url: str | None = None, source: str | None = None, related: str = "") -> dict:
    return {
        "story": story, "event": event, "kind": kind, "related": related,
        "when": when.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "source": source or article["source"], "url": url or article["url"],
        "title": title or article["title"], "lead": article["lead"], "body": "\n\n".join(paragraphs),
    }


def _shift(when: str, minutes: int) -> str:
    moment = datetime.strptime(when, "%Y-%m-%dT%H:%M:%SZ") + timedelta(minutes=minutes)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def make_set(seed: int = 7, events: int = 400) -> list[dict]:
    """The labelled stream: base articles, their variants and their near misses, in time order."""
    writer = Writer(seed)
    rnd = writer.rnd
    start = datetime(2026, 1, 5, 6, 0, tzinfo=timezone.utc)
    items = []
    categories = list(EVENT_TYPES)
    variant_kinds = ["exact", "retitled", "boilerplate", "edited", "paragraph_added", "paragraph_cut", "teaser",
                     "full_after_teaser", "syndicated"]
    for number in range(events):
        when = start + timedelta(minutes=rnd.randint(0, 110 * 24 * 60))
        event = writer.event(categories[number % len(categories)], when)
        event_id, story = f"e{number}", f"s{number}"
        outlet = writer.pick(list(OUTLETS))
        base = writer.article(event, outlet)
        paragraphs = base["paragraphs"]
        kinds = rnd.sample(variant_kinds, rnd.randint(2, 4))
        base_when = when + timedelta(minutes=rnd.randint(5, 90))
        if "full_after_teaser" in kinds:
            # The feed teaser is stored first; the full article must then be recognised as containing it.
            items.append(_item(base, writer.teaser(paragraphs), story=story, event=event_id, kind="teaser_first",
                               when=when, url=writer.url_variant(base["url"])))
            items.append(_item(base, paragraphs, story=story, event=event_id, kind="full_after_teaser", when=base_when))
        else:
            items.append(_item(base, paragraphs, story=story, event=event_id, kind="original", when=when))
        other_title = writer.fill(writer.pick(EVENT_TYPES[writer.pick(categories)][0]["titles"]), event)
        for kind in kinds:
            if kind == "full_after_teaser":
                continue
            text, source, title, url = writer.variant(kind, base, event, other_title)
            delay = VARIANT_DELAY_MINUTES[kind]
            items.append(_item(base, text, story=story, event=event_id, kind=kind, title=title, url=url, source=source,
                               when=base_when + timedelta(minutes=rnd.randint(*delay))))
        # Near misses.
        renderings = [base]
        for extra in range(rnd.choice([0, 1, 1, 2, 3])):
            source = writer.other_outlet(*(other["source"] for other in renderings))
            writeup = writer.article(event, source, avoid=renderings)
            renderings.append(writeup)
            items.append(_item(writeup, writeup["paragraphs"], story=f"{story}w{extra}", event=event_id, kind="writeup",
                               when=when + timedelta(minutes=rnd.randint(20, 900)), related=story))
        near_misses = []
        if rnd.random() < 0.5:
            other = writer.event(event["category"], when, base=event)
            # A second happening of the same kind with the same people comes days apart; another
            # kind of happening (the same governor opens a wing, then faces a strike) may be the same day.
            gap = rnd.uniform(3, 10) if other["type"] == event["type"] else rnd.uniform(-2, 2)
            other = {**other, "when": when + timedelta(days=gap)}
            other["day"] = WEEKDAYS[other["when"].weekday()]
            near = writer.article(other, writer.pick(list(OUTLETS)), avoid=[base])
            near_misses.append(_item(near, near["paragraphs"], story=f"{story}t", event=f"{event_id}t",
                                     kind="same_topic", when=other["when"], related=story))
        if rnd.random() < 0.4:
            other = writer.event(event["category"], when + timedelta(days=rnd.uniform(1, 4)), base=event)
            follow = writer.article(other, writer.pick(list(OUTLETS)), avoid=[base], follow_up_of=event)
            near_misses.append(_item(follow, follow["paragraphs"], story=f"{story}f", event=f"{event_id}f",
                                     kind="follow_up", when=other["when"], related=story))
        for near in list(near_misses):
            if rnd.random() < 0.5:
                teaser = {**near, "kind": near["kind"] + "_teaser", "body": "\n\n".join(writer.teaser(near["body"].split("\n\n"))),
                          "when": _shift(near["when"], rnd.randint(-60, 60))}
                near_misses.append(teaser)
        # Only a report whose lede carries its figures can come back as next month's edition.
        if len(re.findall(r"\d+", paragraphs[0])) >= 2 and rnd.random() < 0.3:
            later = when + timedelta(days=rnd.uniform(7, 31))
            text, title = writer.recurring(paragraphs, base["title"], later)
            near_misses.append(_item(base, text, story=f"{story}r", event=f"{event_id}r", kind="recurring", when=later,
                                     title=title, url=writer.url(outlet, title, later), related=story))
        items.extend(near_misses)
    items.sort(key=lambda item: item["when"])
    for number, item in enumerate(items):
        item["id"] = f"i{number}"
    return items


def background_articles(seed: int, count: int):
    """`count` unrelated base articles (title, body), for filling the index before timing it."""
    writer = Writer(seed)
    categories = list(EVENT_TYPES)
    start = datetime(2025, 6, 1, tzinfo=timezone.utc)
    for number in range(count):
        when = start + timedelta(minutes=number * 3)
        event = writer.event(categories[number % len(categories)], when)
        article = writer.article(event, writer.pick(list(OUTLETS)))
        yield article["title"], "\n\n".join(article["paragraphs"]), when.strftime("%Y-%m-%dT%H:%M:%SZ")


def url_cases(seed: int, count: int) -> list[tuple[str, list[str]]]:
    """(article URL, variants of it) pairs for checking canonical URLs."""
    writer = Writer(seed)
    cases = []
    for number in range(count):
        when = datetime(2026, 2, 1, tzinfo=timezone.utc) + timedelta(hours=number)
        event = writer.event(list(EVENT_TYPES)[number % len(EVENT_TYPES)], when)
        article = writer.article(event, writer.pick(list(OUTLETS)))
        cases.append((article["url"], [writer.url_variant(article["url"]) for _ in range(4)]))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=400)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for item in make_set(args.seed, args.events):
        sys.stdout.write(json.dumps(item, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

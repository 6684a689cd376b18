#!/usr/bin/env python3
"""Held-out set L for aggregator.cleaning.clean_text: unseen wording, labelled line by line.

What it is: about 90 synthetic Kenyan news articles (English and Kiswahili) in which every
non-blank line is labelled keep (story) or drop (boilerplate), with the boilerplate family and a
"hard" flag for story lines that contain trigger words or look like a device (the story's own
lists, fixtures, timelines and requirements; sentences mentioning reading, WhatsApp, photos,
subscriptions or adverts in a news sense; Kiswahili sentences using "soma", "picha", "habari").
Devices (read-also blocks and one-line forms, promos, credits and captions, paywall prompts,
newsletter and social prompts, comment-box text, leaked page chrome) are placed at the top, in the
middle and at the end, in varied case and punctuation, with whitespace noise.

Written independently. Read: `issues show 4` (the spec), /work/shared/research/kenyan-sites.md
(public notes on the sites' boilerplate devices), /work/shared/seed-article.txt (for the shape of
an inline "Also Read" block only; none of its prose is used), and bench/cleaning_bench.py only to
see how records are loaded and scored. NOT read: aggregator/cleaning.py, aggregator/extraction.py,
tests/test_cleaning.py, any other bench/make_cleaning_*.py, anything under bench/data/, or the
README's cleaning section; the cleaner and the cleaning bench were not run while writing it. All
people, headlines, story text and device wording were invented for this file.

Measure it once, before any tuning against it, and then leave it alone as the standing
"unseen" figure; once the cleaner is tuned on these records they no longer measure unseen wording.

First run (2026-11-24, clean_text at eb89d50, after the heldout_k round): 94.36 %
of 603 boilerplate lines removed, 99.81 % of 1,548 story lines kept (hard
negatives 99.49 % of 592). By family, removed: read-also blocks 100 % of 151,
read-also lines 100 % of 44, paywall 100 % of 47, comments 97.78 % of 45,
social 94.92 % of 59, promo 90.00 % of 50, chrome 88.64 % of 132, credit
86.67 % of 75. Left untuned: the bench's standing figure for unseen wording.

Record format (gzip JSON Lines, one record per article, bench/data/cleaning_heldout_l.jsonl.gz):
  {"id": "<outlet>-heldout_l-NN", "outlet": ..., "language": "en"|"sw", "group": "heldout_l",
   "tuned": false, "text": raw article text as clean_text receives it,
   "lines": [{"text": line whitespace-collapsed and stripped, "label": "keep"|"drop",
              "family": read_also_block|read_also_line|promo|credit|paywall|social|comments|chrome|story,
              "hard": bool}, ...]}
Each non-blank line of "text" maps one-to-one, in order, to "lines".

Usage: python bench/make_cleaning_heldout_l.py
"""

import gzip
import json
import random
from pathlib import Path

SEED = 20261107
OUT = Path(__file__).parent / "data" / "cleaning_heldout_l.jsonl.gz"

FIRST = ["Wanjiru", "Otieno", "Achieng", "Kipchumba", "Nyambura", "Mutua", "Wekesa", "Chebet", "Omondi",
         "Njeri", "Barasa", "Jeruto", "Kamau", "Atieno", "Kiprono", "Wambui", "Ouma", "Nekesa", "Mwangi",
         "Akinyi", "Korir", "Muthoni", "Odhiambo", "Naliaka", "Cheruiyot", "Wairimu", "Musyoka", "Adhiambo",
         "Langat", "Makena", "Juma", "Halima", "Abdi", "Fatuma", "Hassan", "Zawadi", "Kibet", "Nduta",
         "Mohamed", "Saida", "Ekai", "Lokwawi", "Moraa", "Nyaboke", "Ogeto", "Kerubo", "Gitau", "Wafula"]
LAST = ["Kariuki", "Ochieng", "Wanyama", "Rotich", "Mbugua", "Kilonzo", "Simiyu", "Keter", "Oduya",
        "Njoroge", "Nyongesa", "Kosgei", "Gichuru", "Owino", "Tanui", "Maina", "Okello", "Mukhwana",
        "Kimani", "Odera", "Bett", "Wachira", "Ndambuki", "Auma", "Kirui", "Githinji", "Mumo", "Were",
        "Mwakio", "Chege", "Nyamweya", "Onyango", "Ruto", "Mwende", "Salim", "Abdullahi", "Lomuria",
        "Ekiru", "Nyakundi", "Omwenga", "Kinyua", "Lusweti", "Jillo", "Guyo", "Koskei", "Wangari"]
TOWNS = ["Kisumu", "Nakuru", "Eldoret", "Thika", "Machakos", "Kakamega", "Nyeri", "Kericho", "Garissa",
         "Kitui", "Bungoma", "Malindi", "Voi", "Embu", "Meru", "Kisii", "Homa Bay", "Lodwar", "Naivasha",
         "Narok", "Isiolo", "Kitale", "Migori", "Kilifi", "Nanyuki", "Busia", "Marsabit", "Wajir", "Mombasa",
         "Murang'a", "Kapsabet", "Siaya", "Bomet", "Kajiado", "Maralal", "Ruiru", "Athi River", "Mwingi"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
MIEZI = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba",
         "Oktoba", "Novemba", "Desemba"]

# ---- English story sentences, by topic ({A},{B},{C} people; {a},{b},{c} surnames; {T},{U} towns;
# {N} small number; {K} larger number; {D} weekday; {M} month) ----
EN = {
"politics": [
    "{A}, the area MP, told residents in {T} that the ward development fund had been delayed for three consecutive quarters.",
    "Speaking at a funeral service on {D}, {a} dismissed claims that he had been sidelined by party leaders.",
    "The county assembly adjourned abruptly after members of the majority side walked out in protest.",
    "{B} accused the executive of using public barazas to campaign ahead of the next general election.",
    "Party officials said nominations for the by-election would be conducted through a consensus process rather than a vote.",
    "At least {N} MCAs signed a motion seeking to impeach the deputy governor over alleged abuse of office.",
    "{a} maintained that the coalition agreement had never been put in writing, a point his rivals dispute.",
    "Youth leaders who attended the rally carried placards demanding jobs and an end to what they called empty promises.",
    "The senator said the revenue-sharing formula continued to short-change counties with large but sparsely populated areas.",
    "Observers note that the rift has widened since the cabinet reshuffle in {M}.",
    "In a rejoinder, {B} said the governor had no moral authority to lecture anyone on integrity.",
    "Security was tight at the venue, with anti-riot police stationed at every entrance.",
    "The opposition has given the government {N} days to respond to its list of demands or face mass action.",
    "Residents interviewed after the meeting said they were tired of politics and wanted water and roads.",
    "{A} later drove to {U} where he addressed traders at the bus park.",
    "The party's national executive committee is expected to meet next week to decide on the matter.",
    "Political analyst {C} argued that the realignment was driven more by 2027 calculations than by policy.",
    "Neither side has publicly explained what was agreed during the closed-door talks.",
    "The MP asked the Interior ministry to explain why chiefs had been summoned to a partisan meeting.",
    "It was the second time in a month that the two leaders had traded barbs in public.",
    "{a} insisted that the bill would pass once the committee tabled its report.",
    "The Speaker ruled the debate out of order and ordered the sergeant-at-arms to clear the gallery.",
],
"courts": [
    "Justice {A} dismissed the application, saying the petitioners had failed to demonstrate any urgency.",
    "The accused, who appeared before Senior Principal Magistrate {B} in {T}, denied all {N} counts.",
    "He was released on a cash bail of Sh{K},000 with a surety of a similar amount.",
    "The prosecution told the court that it intended to call {N} witnesses, including two investigating officers.",
    "Defence lawyer {C} argued that his client had been held beyond the constitutional 24 hours.",
    "The case will be mentioned on {D} for pre-trial directions.",
    "According to the charge sheet, the offence was committed on diverse dates between {M} and the end of last year.",
    "The court heard that the money was moved through several accounts belonging to relatives of the suspect.",
    "In her ruling, the judge said the tribunal had acted within its mandate.",
    "The magistrate warned that any attempt to interfere with witnesses would lead to cancellation of bond.",
    "{a} told the court that he was at home with his family on the night of the incident.",
    "The Employment and Labour Relations Court suspended the dismissal of the workers pending the hearing of the petition.",
    "Lawyers for the county government said they would appeal against the decision.",
    "The judge ordered that the disputed land remain in the hands of the current occupants until the case is determined.",
    "The petitioners want the court to declare the regulations unconstitutional for lack of public participation.",
    "Detectives had sought {N} more days to complete investigations, a request the court granted in part.",
    "The court declined to issue conservatory orders, noting that the contract had already been signed.",
    "Outside the courtroom, relatives of the victim wept as the accused was led to the cells.",
    "The Director of Public Prosecutions approved the charges after reviewing the file in {M}.",
    "The hearing was adjourned after the defence said it had not been supplied with witness statements.",
],
"health": [
    "The county health executive said {N} new cases had been confirmed at the {T} referral hospital.",
    "Nurses at the facility downed their tools on {D}, citing delayed salaries and a shortage of gloves.",
    "Dr {A}, a paediatrician, said most of the children brought to the ward were severely dehydrated.",
    "The ministry has dispatched a rapid response team to trace contacts and disinfect affected homes.",
    "Patients were seen sleeping on the floor of the maternity wing as the hospital struggled with congestion.",
    "Health officials urged residents to boil drinking water and to seek treatment early.",
    "The new dialysis unit is expected to serve more than {K} patients who previously travelled to {U}.",
    "{B} said she had waited for four hours before being attended to.",
    "Community health promoters will go door to door to screen residents for high blood pressure and diabetes.",
    "Stocks of essential drugs at dispensaries in the sub-county have run low since {M}.",
    "The outbreak has so far claimed {N} lives, according to figures released by the county.",
    "A doctor at the facility, who asked not to be named, said theatre operations had been suspended twice this week.",
    "The hospital's medical superintendent, Dr {C}, said the oxygen plant had been repaired.",
    "Mothers in the village walk for hours to reach the nearest clinic, a situation officials say they are addressing.",
    "The vaccination drive targets children under five and will run for ten days.",
    "Union officials said the strike would continue until a return-to-work formula was signed.",
    "The social health authority said claims from the facility were being verified before payment.",
    "Residents welcomed the mobile clinic, which visits the area twice a month.",
],
"education": [
    "The school's principal, {A}, said {N} classrooms were destroyed in the fire that started in the dormitory.",
    "Parents were asked to pick up their children after the board of management closed the school indefinitely.",
    "The Teachers Service Commission said it would recruit additional interns before the start of the next term.",
    "Learners in the area walk more than five kilometres to the nearest junior school.",
    "{B}, a parent, said the fees balance demanded by the school was beyond what most families could afford.",
    "The education officer in {T} confirmed that investigations into the unrest had begun.",
    "Candidates are expected to sit the national examinations from the first week of November.",
    "The county has built {N} new early childhood centres under its bursary and infrastructure programme.",
    "Teachers complained that the new curriculum materials had arrived late and in insufficient numbers.",
    "University lecturers have given the government a strike notice over unpaid arrears.",
    "The institution admitted {K} first-year students this intake, the highest number in its history.",
    "Student leaders said the hostels had been without running water for two weeks.",
    "{a} urged parents not to withdraw girls from school to marry them off.",
    "The feeding programme has improved attendance, according to head teachers in the sub-county.",
    "A science laboratory donated by a local bank was officially opened on {D}.",
    "Some schools had not received capitation funds by the middle of the term, officials conceded.",
    "The ministry said placement of learners to senior schools would be completed by {M}.",
],
"business": [
    "The company posted a pre-tax profit of Sh{K} million for the half year, up from the same period last year.",
    "Traders at the market said sales had dropped sharply since the levy was introduced.",
    "{A}, the firm's chief executive, attributed the growth to higher lending to small businesses.",
    "The shilling traded at 129 units to the dollar on {D}, according to the central bank.",
    "Fuel prices remained unchanged in the latest monthly review by the energy regulator.",
    "Analysts expect the board to declare a higher dividend on account of improved cash flow.",
    "The lender said non-performing loans had fallen to {N} per cent of its book.",
    "Manufacturers warned that the new excise duty would push up the price of basic goods.",
    "{B}, who runs a hardware shop in {T}, said suppliers were now demanding cash on delivery.",
    "The tea auction in Mombasa recorded improved prices as demand from Pakistan and Egypt rose.",
    "The firm plans to open {N} new branches in the next financial year.",
    "Kenya Revenue Authority said it had collected more than its target in the first quarter.",
    "The deal, which still requires regulatory approval, values the company at about Sh{K} million.",
    "Matatu operators said they would absorb part of the cost rather than raise fares immediately.",
    "Small-scale importers at the port complained of delays in clearing goods.",
    "The insurer said claims had risen following the floods in {M}.",
    "Shares of the telco rose by three per cent at the Nairobi Securities Exchange.",
    "The cooperative has {K} members and a loan book that has doubled in five years.",
],
"agriculture": [
    "Farmers in {T} are counting losses after fall armyworm invaded hundreds of acres of maize.",
    "{A}, who grows avocados on four acres, said brokers were offering as little as Sh5 a fruit.",
    "The county has distributed subsidised fertiliser to {K} registered farmers.",
    "Milk prices at the cooling plant dropped to Sh{N}0 a litre, prompting protests by dairy farmers.",
    "Extension officers advised growers to plant drought-tolerant varieties this season.",
    "The cereals board said it would begin buying maize at its {U} depot next week.",
    "Tea farmers demanded an explanation for the low bonus payments announced by the factory.",
    "{B} said the long rains had come late, forcing her to replant twice.",
    "Coffee growers said the new marketing rules had helped them earn more per kilo.",
    "Livestock keepers have moved their animals closer to the river in search of pasture.",
    "A locust swarm was reported near the border, and spraying teams were deployed.",
    "The irrigation scheme covers {K} acres and is expected to benefit smallholders in three wards.",
    "Traders from neighbouring countries have been buying potatoes directly from farms.",
    "Officials warned farmers against selling their produce before it matures.",
    "The sugar miller said it owed cane farmers arrears dating back to {M}.",
    "Fishermen on the lake said catches had declined because of water hyacinth.",
],
"football": [
    "{A} scored twice in the second half as the hosts came from behind to win 3-1.",
    "The coach said his side lacked concentration in the final minutes of the match.",
    "The visitors went ahead in the {N}th minute through a header from a corner.",
    "Goalkeeper {B} made a string of saves to keep his side in the contest.",
    "The win lifted the club to fourth on the table, two points behind the leaders.",
    "Fans invaded the pitch after the final whistle, forcing security to intervene.",
    "The federation said it would investigate the referee's decision to award the late penalty.",
    "{a} has now scored {N} goals this season and leads the scoring chart.",
    "The team travels to {T} for a midweek fixture before hosting the champions at home.",
    "Players have not been paid for three months, according to the team captain.",
    "The national team camp opens next week ahead of the qualifiers in {M}.",
    "The midfielder was stretchered off with what appeared to be a knee injury.",
    "The club's chairman, {C}, promised a bonus for every win in the remaining matches.",
    "Rain delayed kick-off by nearly an hour as the pitch became waterlogged.",
    "The derby drew a crowd of about {K} people, the largest this season.",
    "The striker, who joined from a Tanzanian side in the transfer window, was named man of the match.",
],
"athletics": [
    "{A} won the women's 10,000m in a personal best time at the national trials.",
    "The race was run in cool conditions, with a pack of {N} athletes together at halfway.",
    "{B} kicked away in the final lap to beat the defending champion by two seconds.",
    "Athletics Kenya said the team for the championships would be named after the trials.",
    "The athlete said she had trained in Iten for six months ahead of the race.",
    "The anti-doping agency has suspended {N} athletes this year for various violations.",
    "The marathon attracted more than {K} runners, including elite athletes from Ethiopia and Uganda.",
    "{a} said he would now focus on the cross-country season.",
    "The coach credited the win to improved speed work during the altitude camp.",
    "Organisers announced increased prize money for next year's edition.",
    "The teenager, a student in {T}, stunned the field to take the junior title.",
    "She crossed the line with her arms raised and collapsed into the arms of her training partner.",
],
"showbiz": [
    "The singer, {A}, thanked fans for the support after her single crossed a million views.",
    "The comedian said he had been struggling with depression for close to two years.",
    "{B} revealed that the couple met at a church event in {T}.",
    "The actor's family announced that a memorial service would be held on {D}.",
    "Fans flooded the artiste's page with messages of congratulations.",
    "The gospel musician said she had forgiven the producer who allegedly withheld her royalties.",
    "The content creator said the backlash had taught him to be careful with his jokes.",
    "{a} told the audience that the song was inspired by his late mother.",
    "The show will be streamed on local television from next month.",
    "The rapper is expected to headline the festival in {U} later this year.",
    "Her manager said the tour had been postponed because of a visa delay.",
    "Netizens were divided over the video, with some praising the couple's honesty.",
    "The media personality said she quit radio to concentrate on her business.",
    "The musician's new album features collaborations with artistes from Tanzania and Nigeria.",
],
"transport": [
    "Motorists spent hours stuck in traffic after a lorry overturned on the highway near {T}.",
    "The National Transport and Safety Authority said {N} people were killed in road crashes over the weekend.",
    "Police said the bus, which was headed to {U}, lost control on a sharp bend.",
    "Survivors were rushed to the nearby county hospital, where {N} were said to be in critical condition.",
    "Traffic commander {A} urged drivers to observe speed limits during the festive season.",
    "The contractor said the bypass would be completed by {M} next year.",
    "Boda boda riders protested against the crackdown, accusing officers of harassment.",
    "The railway corporation said the commuter train would resume operations next week.",
    "Residents said the stretch had become a death trap because of missing road signs.",
    "The airline cancelled {N} flights after a technical hitch at the airport.",
    "Matatu owners were given two weeks to install speed governors or have their licences revoked.",
    "The road, which had been impassable for weeks, was reopened after repairs.",
    "{B}, a driver who witnessed the crash, said the trailer was overtaking at high speed.",
    "Engineers from the roads authority inspected the bridge on {D}.",
],
"weather": [
    "Heavy rains pounded {T} overnight, leaving several families homeless.",
    "The Kenya Meteorological Department has warned of more rainfall in the coming week.",
    "Residents of the low-lying estate were evacuated as the river burst its banks.",
    "{A}, a resident, said the water rose so fast that they could only save their children.",
    "The county commissioner said {N} people were confirmed dead and others were missing.",
    "Rescue teams used boats to reach families marooned in their homes.",
    "A landslide blocked the road linking {T} and {U}, cutting off several villages.",
    "The Red Cross said it had set up camps for displaced families at two schools.",
    "Pastoralists have lost hundreds of animals to the prolonged drought.",
    "The dam is full and officials have warned people downstream to move to higher ground.",
    "Farmers said the hailstorm destroyed tea and vegetables worth millions.",
    "Temperatures are expected to rise in the coastal region, the weatherman said.",
    "{B} said the family had spent two nights at a church compound.",
    "Relief food was distributed to {K} households on {D}.",
],
"security": [
    "Police in {T} are investigating the death of a man whose body was found near the river.",
    "The county police commander, {A}, said the suspects escaped on a motorcycle.",
    "Two officers were injured when bandits ambushed their vehicle on {D}.",
    "Residents said cases of house break-ins had increased in recent weeks.",
    "Detectives recovered a pistol and {N} rounds of ammunition during the raid.",
    "The suspects are being held at the {U} police station pending arraignment.",
    "Witnesses said the attackers demanded money before stabbing the trader.",
    "Security agencies have launched an operation to flush out cattle rustlers in the valley.",
    "The area chief said community policing committees would be revived.",
    "{B}, the victim's brother, said the family had received threats before the attack.",
    "Police urged members of the public with information to share it with the nearest station.",
    "The body was taken to the county mortuary for a post-mortem examination.",
    "A curfew has been imposed in the affected villages for the next {N} days.",
    "Officers said the gang had been terrorising residents for months.",
],
"tech": [
    "The startup, founded by {A} in {M} three years ago, has raised funding from local and foreign investors.",
    "The regulator said mobile subscriptions had grown to more than 60 million lines.",
    "The platform allows farmers to order inputs and receive payment through mobile money.",
    "{B}, a software developer in {T}, said the new data law had raised compliance costs.",
    "The telco said fibre would reach {N} more towns by the end of the year.",
    "The ministry announced plans to build digital hubs in every ward.",
    "Cybercrime cases reported to the authority rose sharply in the last quarter.",
    "The firm said the outage was caused by a fault in an undersea cable.",
    "Users complained that the app crashed repeatedly during the update.",
    "The satellite is expected to help monitor crops and weather patterns.",
    "The company is hiring {K} young people to train artificial intelligence systems.",
    "Experts warned that many small businesses still have no protection against online fraud.",
],
}

# ---- shared English sentences, fit for any topic ----
EN_ANY = [
    "\u201cWe have been patient for too long,\u201d said {A}.",
    "\u201cThis is not the end of the matter,\u201d {a} told journalists afterwards.",
    "{A} said the problem had been raised several times without a response.",
    "The matter has sparked debate among residents, with some calling for calm.",
    "Efforts to reach {B} for comment were unsuccessful by the time of going to press.",
    "It is not the first time the issue has come up in {T}.",
    "Officials promised to give an update by the end of the week.",
    "The incident has left the community in shock.",
    "Those who spoke to us said they hoped the authorities would act quickly.",
    "Last year, a similar situation was reported in {U}.",
    "{a} added that the county would consider a supplementary budget.",
    "The ministry did not respond to our questions.",
    "\u201cWe are not going to give up,\u201d she said.",
    "He said consultations were still going on.",
    "The development comes barely a week after a similar announcement.",
    "Residents have been asked to remain vigilant.",
    "{C}, who has lived in the area for {N} years, said things had never been this bad.",
    "The statement was signed by {B}.",
    "Critics say the plan was rushed and did not involve stakeholders.",
    "By Friday, no official communication had been issued.",
    "The group vowed to return on {D} if their grievances are not addressed.",
    "Some residents have already moved to stay with relatives.",
    "Meanwhile, {a} said the team was working round the clock.",
    "The figures are expected to rise as more data comes in.",
]

# ---- English hard negatives: story sentences with trigger words or device-like shapes ----
EN_HARD = [
    "{A} also read the statement from the family, which asked for privacy during the mourning period.",
    "\u201cRead the Bible and you will see that leaders are servants,\u201d the bishop told the congregation in {T}.",
    "Read together, the two reports paint a worrying picture of the county's finances.",
    "The clerk read out the names of the {N} members who had signed the petition.",
    "Related costs, including transport and accommodation, will be met by the county, {a} said.",
    "More than {K} people turned up for the recruitment exercise at the stadium.",
    "Recommended by the committee, the proposal now goes to the full house for debate.",
    "The victim's sister said she last spoke to him on WhatsApp on {D} evening.",
    "Screenshots of the WhatsApp messages were produced in court as exhibits.",
    "The governor said subscriptions to the new health scheme had crossed {K}.",
    "Subscribers to the pay-TV service will get the matches at no extra cost, the broadcaster said.",
    "A photo of the collapsed bridge shared widely online on {D} prompted engineers to visit the site.",
    "The photo, taken by a passer-by, shows the suspects fleeing on foot.",
    "The advert for the jobs, placed in a local daily in {M}, attracted more than {K} applicants.",
    "The regulator ordered the company to pull down the advert, saying it was misleading.",
    "Follow-up visits will be conducted by community health promoters, the county said.",
    "Share prices of listed banks fell for the third day in a row.",
    "The court was told that the suspect had shared the video with friends before deleting it.",
    "Sources close to the family said the burial would take place in {U}.",
    "Photo evidence presented by the prosecution was challenged by the defence.",
    "{a} said he would not comment on the matter until he had read the full judgement.",
    "Leave was granted to the petitioners to file further affidavits within seven days.",
    "The notice asked members to leave a reply slip with the secretary by {D}.",
    "Comments made by the CS at the forum drew criticism from opposition MPs.",
    "The club said tickets would be sold online to avoid long queues at the gate.",
    "Download speeds on the new network are expected to be five times faster, the company said.",
    "The university said students could apply online through its portal until {M}.",
    "Sponsored by a local bank, the tournament brings together {N} teams from across the region.",
    "Join the queue early, the returning officer advised voters, as polling stations open at 6am.",
    "Tags bearing the cattle owners' names were fitted on {K} animals in the pilot.",
    "Back at the office, {a} found that the files had been moved.",
    "Subscribe or not, the MP argued, residents must have access to public information.",
    "Reporting by journalists from the station helped expose the scheme, the committee heard.",
    "Editing of the footage was done in Nairobi before it was aired, the producer told the court.",
    "Source documents seen by the committee show the payments were made in {M}.",
    "The Facebook post, which has since been deleted, claimed that the school had been closed.",
    "He followed up with a tweet asking his supporters to remain calm.",
    "The hashtag trended for two days as Kenyans on X demanded answers.",
    "Click-and-collect services have become popular among shoppers in Nairobi, the survey found.",
    "Premium tea grades fetched the highest prices at the auction.",
    "Sign-in sheets at the hospital showed that only {N} doctors reported to work on {D}.",
    "Exit polls conducted by the firm put the incumbent ahead.",
    "The advertisement billboards along the highway were pulled down by county officers.",
    "Image consultants have become a fixture in campaigns, the analyst observed.",
    "Also present at the meeting were the county commissioner and the area police boss.",
    "Also arrested was a clerk at the lands office who is said to have altered the records.",
    "See the problem, one resident said, is that nobody is ever held to account.",
    "The newsletter circulated to staff in {M} warned of job cuts.",
    "Log books for {N} vehicles were found in the suspect's house.",
    "The app, developed by students in {T}, lets parents track school fees payments.",
    "In a Facebook live session on {D}, the senator answered questions from residents.",
    "The story of the {N} children who walked home from school went viral after a local journalist reported it.",
    "Members of the public are free to attend the hearings, the committee chair said.",
    "He read law at the University of Nairobi before joining the civil service.",
    "The advertisement of the tender was done in a single newspaper, contrary to the law, auditors said.",
    "Video footage from the CCTV camera shows the vehicle leaving the compound at 2am.",
    "Copyright disputes between artistes and broadcasters have dragged on for years, the board said.",
    "Cookies and sweets were distributed to the children during the fun day.",
    "Watch the river level closely, the officer warned farmers, since the dam upstream is full.",
]

EN_LISTS = [
    ("The requirements for applicants are:", ["A copy of the national identity card", "A certificate of good conduct",
        "A clearance letter from the Higher Education Loans Board", "Two recent passport-size photographs",
        "A letter of recommendation from the area chief"]),
    ("The fixtures for the weekend are:", ["{T} Stars v {U} United, Saturday, 3pm", "Rangers v Sharks, Saturday, 4pm",
        "Tusker v Bandari, Sunday, 1pm", "Police v Ulinzi Stars, Sunday, 3pm", "Kakamega Homeboyz v Shabana, Sunday, 4pm"]),
    ("Here is how the events unfolded:", ["6.30am: The convoy leaves {T}", "9am: Crowds gather at the stadium",
        "11am: The ceremony begins with prayers", "1pm: Speeches by leaders", "3pm: The guests depart"]),
    ("The residents listed their demands as follows:", ["1. Repair of the access road", "2. A water point for every village",
        "3. A police post near the market", "4. Street lights at the bus stage"]),
    ("The items recovered included:", ["- {N} laptops", "- Two television sets", "- A motorcycle without number plates",
        "- Assorted clothes and shoes"]),
    ("The committee made the following recommendations:", ["(a) The contractor be blacklisted", "(b) The officers involved be surcharged",
        "(c) The project be re-tendered within six months"]),
    ("Results from the meeting:", ["Men's 1,500m: {A} (3:36.2)", "Women's 5,000m: {B} (14:58.1)", "Men's 3,000m steeplechase: {C} (8:12.4)"]),
    ("Those nominated to the board are:", ["{A} (chairperson)", "{B}", "{C}", "Dr Salim Jillo", "Ms Nekesa Simiyu"]),
    ("Documents to carry on the day:", ["Original academic certificates", "KRA PIN certificate", "Birth certificate", "Copy of the ID"]),
    ("The counties most affected are:", ["Turkana", "Marsabit", "Wajir", "Mandera", "Garissa"]),
    ("Key dates in the case:", ["{M} 2023: The complaint is filed", "March 2024: Suspects arrested", "June 2024: Charges read",
        "This week: Judgement delivered"]),
    ("The new fares, according to the Sacco, are:", ["{T} to {U}: Sh300", "{T} to Nairobi: Sh800", "Within town: Sh50"]),
    ("What the budget allocates:", ["Health: Sh{K} million", "Roads: Sh2.1 billion", "Water: Sh640 million", "Bursaries: Sh150 million"]),
    ("The team to the championships:", ["Women's 800m: {A}, {B}", "Men's 10,000m: {C}, Kibet Koskei", "Relay: to be named"]),
    ("Among the tips shared by the officers:", ["Do not share your PIN with anyone", "Verify calls claiming to be from your bank",
        "Report suspicious messages to the police"]),
]

# ---- Kiswahili story sentences ----
SW = [
    "Wakazi wa {T} wamelalamikia ukosefu wa maji safi kwa zaidi ya wiki tatu sasa.",
    "Mbunge wa eneo hilo, {A}, alisema serikali ya kaunti imeshindwa kutekeleza ahadi zake.",
    "Akizungumza siku ya {D}, {a} aliwataka viongozi kuacha siasa za migawanyiko.",
    "Kwa mujibu wa polisi, washukiwa {N} walikamatwa na wanazuiliwa katika kituo cha polisi cha {U}.",
    "Mvua kubwa iliyonyesha usiku kucha ilisababisha mafuriko katika mitaa kadhaa.",
    "Familia nyingi zimelazimika kuhamia kwenye shule za karibu baada ya nyumba zao kusombwa na maji.",
    "Mwenyekiti wa chama cha wafanyabiashara, {B}, alisema ushuru mpya utawaumiza wachuuzi wadogo.",
    "Wakulima wa mahindi wameiomba serikali kuongeza bei ya gunia moja.",
    "Hospitali ya rufaa ya {T} imepokea wagonjwa {N} wanaoshukiwa kuugua kipindupindu.",
    "Daktari {C} alisema hali ya wagonjwa hao inaendelea kuimarika.",
    "Walimu wa shule hiyo walisema madarasa mengi yako katika hali mbaya.",
    "Wanafunzi walilazimika kusomea chini ya miti baada ya paa la darasa kuezuliwa na upepo.",
    "Mahakama ilimwachilia mshtakiwa kwa dhamana ya Sh{K},000.",
    "Hakimu {B} aliagiza kesi hiyo itajwe tena mwezi {MS}.",
    "Timu ya nyumbani ilishinda mabao mawili kwa moja katika mechi iliyochezwa uwanjani {T}.",
    "Mshambulizi {A} alifunga bao la ushindi dakika za mwisho za mchezo.",
    "Kocha wa timu hiyo alisema wachezaji wake walionyesha nidhamu ya hali ya juu.",
    "Mwanariadha {B} aliibuka mshindi katika mbio za kilomita kumi mjini {T}.",
    "Viongozi wa dini waliwataka wanasiasa kudumisha amani kabla ya uchaguzi.",
    "Kulingana na takwimu za kaunti, zaidi ya watu {K} wameathirika na ukame.",
    "Wafugaji wamelazimika kuhamisha mifugo yao kutafuta malisho.",
    "\u201cHatutakubali kuonewa tena,\u201d alisema {a} huku akishangiliwa na umati.",
    "Seneta huyo aliitaka wizara kueleza jinsi fedha hizo zilivyotumika.",
    "Mkutano huo ulihudhuriwa na wawakilishi wadi kutoka maeneo yote ya kaunti.",
    "Bei ya mafuta imepanda kwa mara ya pili mwaka huu, jambo ambalo limewakera madereva.",
    "Wahudumu wa bodaboda walifanya maandamano wakilalamikia kuhangaishwa na maafisa wa trafiki.",
    "Ajali hiyo ilitokea mwendo wa saa tatu usiku katika barabara kuu ya {T}\u2013{U}.",
    "Mashahidi walisema basi hilo lilikuwa likienda kwa kasi kupita kiasi.",
    "Wauguzi wamegoma wakidai malimbikizi ya mishahara yao ya miezi mitatu.",
    "Gavana {A} aliahidi kuwa mishahara hiyo italipwa kabla ya mwisho wa mwezi.",
    "Wazazi walisema karo inayotozwa na shule hizo ni ya juu mno.",
    "Chifu wa eneo hilo aliwaonya wazazi dhidi ya kuwaoza watoto wa kike mapema.",
    "Shirika la Msalaba Mwekundu limesambaza chakula kwa familia {K} zilizoathirika.",
    "Wataalamu wa hali ya hewa wametabiri kuwa mvua itaendelea hadi mwisho wa wiki.",
    "Mwimbaji huyo aliwashukuru mashabiki wake kwa kumuunga mkono tangu mwanzo.",
    "Msanii {B} alisema wimbo huo ulitokana na masaibu aliyopitia utotoni.",
    "Polisi wamewataka wananchi walio na taarifa kuhusu tukio hilo kuwasiliana nao.",
    "Mwili wa marehemu ulipelekwa katika hifadhi ya maiti ya hospitali ya {U}.",
    "Kamanda wa polisi wa kaunti, {C}, alithibitisha kisa hicho.",
    "Wafanyabiashara wa soko hilo walisema mauzo yamepungua kwa kiasi kikubwa.",
    "Benki Kuu ilisema shilingi imeendelea kuwa thabiti dhidi ya dola.",
    "Kampuni hiyo inapanga kufungua matawi {N} mapya mwaka ujao.",
    "Wakazi walieleza kuwa barabara hiyo imekuwa mbovu kwa muda mrefu.",
    "Mradi huo unatarajiwa kukamilika kufikia mwezi {MS} mwaka ujao.",
    "Wengi wa waliohojiwa walisema hawajapokea msaada wowote kutoka kwa serikali.",
    "Hata hivyo, {a} alikanusha madai hayo akisema ni propaganda za kisiasa.",
    "Kikao hicho kiliahirishwa baada ya wawakilishi wadi kuzozana.",
    "Wazee wa jamii walikutana kutafuta suluhu ya mzozo wa ardhi uliodumu kwa miaka mingi.",
    "Wanakijiji walisema wamechoka na ahadi zisizotekelezwa.",
    "Idadi ya watalii wanaotembelea mbuga hiyo imeongezeka tangu mwanzo wa mwaka.",
]

SW_HARD = [
    "Mwalimu mkuu aliwahimiza wanafunzi kusoma kwa bidii ili wafanikiwe katika mitihani yao.",
    "\u201cSoma Biblia kila siku na utapata hekima,\u201d askofu {A} aliwaambia waumini.",
    "Soma la kwanza la mswada huo lilifanyika bungeni siku ya {D}.",
    "Picha za ajali hiyo zilisambaa mitandaoni na kuzua hisia kali miongoni mwa Wakenya.",
    "Mpiga picha wa kujitegemea, {B}, alisema alishambuliwa na walinzi alipokuwa akifanya kazi yake.",
    "Habari za kifo chake zilipokelewa kwa mshtuko mkubwa na wakazi wa {T}.",
    "Waziri alisema habari zilizochapishwa mitandaoni kuhusu mpango huo si za kweli.",
    "Aliwaambia wanahabari kuwa familia itatoa taarifa rasmi baadaye.",
    "Mama yake alisema mara ya mwisho walizungumza kupitia WhatsApp siku ya {D} jioni.",
    "Tangazo la nafasi hizo za kazi lilichapishwa kwenye gazeti mwezi {MS}.",
    "Soma zaidi kuhusu historia ya eneo hilo ni jambo ambalo wazee wanasema vijana wanapaswa kufanya.",
    "Waumini walisoma maombi maalum kwa ajili ya waliofariki kwenye mkasa huo.",
    "Picha ya pamoja ya viongozi hao ilizua mjadala kuhusu muungano mpya wa kisiasa.",
    "Katibu wa chama alisoma taarifa hiyo mbele ya wanahabari jijini Nairobi.",
    "Habari njema kwa wakulima ni kwamba bei ya mbolea imeshuka.",
    "Kituo hicho cha redio kilipata leseni ya kupeperusha habari kwa lugha ya Kiswahili.",
    "Wakazi walifuatilia kikao hicho kupitia mtandao wa Facebook.",
    "Video hiyo, iliyorekodiwa na mkazi mmoja, inaonyesha maafisa wakiwapiga vijana.",
    "Wanachama wanaotaka kujiunga wanapaswa kulipa ada ya usajili ya Sh500.",
    "Pia waliokamatwa ni wafanyakazi wawili wa ofisi ya ardhi.",
    "Maoni ya wananchi kuhusu mswada huo yatakusanywa katika kaunti zote 47.",
    "Chanzo cha moto huo bado hakijabainika, polisi walisema.",
    "Bonyeza kitufe cha dharura ukiona hatari, mkufunzi aliwaeleza madereva wa bodaboda.",
]

SW_LISTS = [
    ("Mahitaji kwa waombaji ni kama ifuatavyo:", ["Nakala ya kitambulisho", "Cheti cha kuzaliwa",
        "Barua kutoka kwa chifu", "Picha mbili za pasipoti"]),
    ("Ratiba ya mechi za wikendi:", ["Jumamosi: {T} FC dhidi ya {U} Stars", "Jumapili: Bandari dhidi ya Shabana",
        "Jumapili: Gor Mahia dhidi ya Tusker"]),
    ("Wakazi waliorodhesha matakwa yao:", ["1. Barabara ikarabatiwe", "2. Kituo cha afya kijengwe",
        "3. Maji yafikishwe vijijini"]),
    ("Matukio kwa mpangilio:", ["Saa mbili asubuhi: Msafara unaondoka {T}", "Saa nne: Sherehe zinaanza",
        "Saa nane mchana: Hotuba za viongozi"]),
]

# ---- other headlines (for read-also devices) ----
HEAD_EN = [
    "Governor {a} Sacks Entire Cabinet in Surprise Shake-Up", "Man Arrested After Stealing Church Generator in {T}",
    "Inside the Multi-Million Shilling Mansion of a Nairobi Pastor", "KCSE 2025: Full List of Top Schools in {T}",
    "Gor Mahia Fans Storm Kasarani After Controversial Draw", "Woman Who Went Missing in {M} Found Alive in {U}",
    "CS {a} Issues Ultimatum to Striking Lecturers", "Why Fuel Prices Could Rise Again Next Month",
    "Teen Sensation {A} Signs Deal With Belgian Club", "Police Seize Bhang Worth Sh{K},000 on Highway",
    "Ruto Allies Split Over Proposed Term Extension", "How a Nakuru Farmer Makes Millions From Rabbits",
    "Heartbreaking: Mother of {N} Pleads for Help After House Fire", "Jobs: County Advertises {K} Vacancies",
    "Court Halts Eviction of {K} Families in {T}", "TikToker {a} Apologises After Viral Video",
    "Kipchoge Reveals His Next Big Race", "Drama at Burial as Widow Locks Out In-Laws",
    "Treasury Unveils New Tax Measures in Mini-Budget", "5 Things You Missed From the President's Speech",
    "Rains Cut Off {T}-{U} Road as Bridge Collapses", "Mpox: Health Ministry Confirms New Case in {T}",
    "Opinion: Our Schools Are Failing the Girl Child", "Photos: Inside Harambee Stars' Training Camp",
    "Nurses Threaten Nationwide Strike Over Unpaid Dues", "Mombasa Traders Count Losses After Night Fire",
    "MCA Caught on Camera Slapping Ward Administrator", "Bank Fined Sh{N}0 Million for Breaching Customer Data",
    "Safari Rally 2026: Full Route and Dates Announced", "Singer {a} Ties the Knot in Private Ceremony",
    "Kenyans React as Price of Unga Drops", "What Next for Azimio After Bitter Fallout?",
    "Mother Narrates How Son Vanished on His Way to School", "Boda Boda Rider Returns Sh{K},000 Left by Passenger",
    "KRA Extends Deadline for Tax Returns", "The Lake Town That Is Slowly Disappearing",
]
HEAD_SW = [
    "Gavana {a} Awafuta Kazi Mawaziri Wote wa Kaunti", "Mwanamume Akamatwa kwa Kuiba Jenereta ya Kanisa {T}",
    "Polisi Wanasa Bangi ya Thamani ya Sh{K},000", "Mafuriko Yasomba Nyumba Kadhaa Mjini {T}",
    "Walimu Watishia Kugoma Kuhusu Mishahara", "Bei ya Unga Yashuka Sokoni", "Harambee Stars Yaanza Maandalizi",
    "Mama Aomba Msaada Baada ya Nyumba Kuteketea", "Wabunge Wapinga Ushuru Mpya wa Mafuta",
    "Mwanariadha {A} Ashinda Mbio za Nusu Marathon", "Kesi ya Ardhi ya {T} Yaahirishwa Tena",
    "Wakulima wa Chai Walalamikia Malipo Duni", "Msanii {a} Afunga Pingu za Maisha",
    "Wanafunzi {N} Walazwa Hospitalini Baada ya Kula Chakula", "Ajali ya Barabarani Yaua Watu {N} {U}",
]

def headline(r, lang, fill):
    return fill(r.choice(HEAD_SW if lang == "sw" else HEAD_EN))

RA_HEAD_EN = ["Also Read", "ALSO READ", "Read Also", "READ ALSO:", "Read more", "READ MORE", "Related", "RELATED STORIES",
              "Related Articles", "Recommended", "Recommended for you", "You may also like", "YOU MAY ALSO LIKE",
              "More from {O}", "More stories", "Keep reading", "Trending now", "Don't miss", "Related News",
              "Also read:", "Read also...", "MORE FROM THE AUTHOR", "Top stories", "Popular this week", "Editor's picks"]
RA_HEAD_SW = ["SOMA PIA", "Soma pia", "Soma Pia:", "Habari Nyingine", "HABARI NYINGINE", "Habari zinazohusiana",
              "Habari Zaidi", "Soma zaidi", "Usikose", "Makala nyingine"]
RA_LINE_EN = ["ALSO READ: {h}", "Also read: {h}", "SEE ALSO: {h}", "See also - {h}", "READ: {h}", "RELATED: {h}",
              "MORE: {h}", "READ>>> {h}", "Read also {h}", "READ ALSO >> {h}", "Related: {h}", "Also Read | {h}",
              "ALSO SEE: {h}", "Read More: {h}", "READ MORE >> {h}", "Recommended: {h}", "[Read also: {h}]",
              "Also read \u2013 {h}", "You might also like: {h}", "CHECK OUT: {h}", "READ>>{h}", "Don't miss: {h}"]
RA_LINE_SW = ["SOMA PIA: {h}", "Soma pia: {h}", "SOMA: {h}", "Soma zaidi: {h}", "Habari Nyingine: {h}",
              "HABARI NYINGINE: {h}", "SOMA PIA >> {h}", "Soma Pia \u2013 {h}", "Usikose: {h}"]
BULLETS = ["", "", "- ", "\u2022 ", "* ", "\u2013 ", "> ", "\u25ba "]

PROMO_EN = [
    "PAY ATTENTION: Join {O}'s Telegram channel! Never miss important updates",
    "PAY ATTENTION: Click \"See First\" under the Follow tab to see {O} news on your News Feed",
    "Pay attention: Best news apps in Kenya \u2013 download ours now!",
    "Do you have a story or a tip-off you'd like us to publish? Reach us on WhatsApp: 0732 482 000",
    "Got a story? Email us at tips@{o}.co.ke or WhatsApp 0701 555 218.",
    "Have a news tip? Send it to our WhatsApp line and we will follow it up.",
    "Download the {O} app on Google Play and the App Store for breaking news alerts.",
    "Get the {O} app \u2013 faster, lighter, free. Download now >>",
    "Visit our blog for more stories like this one.",
    "Download our blog's APP from Google Playstore using the link here>>>",
    "Learn digital marketing online with {O} Academy. Enrol today and get a certificate!",
    "Education is your right! Learn online with {O}. Enroll now!",
    "JOB ALERT: {O} is hiring sales executives in Nairobi and Mombasa. Apply here.",
    "Sponsored: Get up to 50% off on solar home systems this month. Terms apply.",
    "SPONSORED CONTENT",
    "This article is sponsored by a partner. Opinions expressed are the sponsor's.",
    "Bet on the weekend's matches and win big! 18+ only. Bet responsibly.",
    "Place your bets now with our partners \u2013 boosted odds on all Premier League games! T&Cs apply, 18+.",
    "Join the {O} Business Summit at KICC on {D}. Get your tickets now!",
    "Register now for the {O} Half Marathon \u2013 limited slots available.",
    "Want to advertise with us? Call 0709 000 111 or email ads@{o}.co.ke",
    "Partner content: Open an account in five minutes from your phone.",
    "Tuko na habari? Tuma kwa WhatsApp ukitumia namba 0712 300 400.",
    "PAY ATTENTION: Follow us on WhatsApp for the latest news as it happens.",
    "Check out our new podcast on Spotify \u2013 new episodes every Friday.",
    "Enter our {M} giveaway and stand a chance to win a smartphone!",
    "CLICK HERE to get breaking news straight to your phone.",
    "Want to be featured? Share your story with us via our email.",
]
PROMO_SW = [
    "UNA HABARI MOTO? Tutumie kupitia WhatsApp 0722 000 333.",
    "Pakua programu ya {O} kupata habari za punde.",
    "Jiunge na chaneli yetu ya Telegram usipitwe na habari muhimu.",
    "TANGAZO: Nafasi za kazi kwa vijana \u2013 tuma maombi sasa!",
    "Una taarifa ungependa tuchapishe? Wasiliana nasi kwa barua pepe.",
]
CREDIT_EN = [
    "Source: Facebook", "Source: Twitter", "Source: Original", "Source: UGC", "Source: Getty Images", "SOURCE: Instagram",
    "Photo: Courtesy", "Photo: {A}", "PHOTO: COURTESY", "Photo credit: {A} | {O}", "Image: courtesy", "Image: {O}",
    "Photo | {A}", "File photo", "FILE PHOTO", "(File photo)", "Photo/File", "Courtesy photo", "Image: X/@{a}_official",
    "Reporting by {A}; Editing by {B}", "Reporting by {A} in {T}", "Edited by {B}", "Additional reporting by {C}",
    "Video: courtesy", "Video credit: {O}", "Photo: {A}/{O}", "Image credit: screenshot", "Picture: {A}",
    "Source: TUKO.co.ke", "Source: Citizen Digital",
]
CREDIT_SW = ["PICHA: {A}", "PICHA | MAKTABA", "Picha: Hisani", "PICHA: MAKTABA", "Picha/Hisani", "Chanzo: Facebook",
             "Imehaririwa na {B}", "PICHA: {A} | TAIFA LEO"]
CAPTIONS_EN = [
    "Residents wade through floodwaters in {T} on {D}.", "{A} addresses journalists outside the court.",
    "A section of the damaged road near {U}.", "Supporters cheer during the rally at {T} stadium.",
    "The accused in the dock on {D}.", "Farmers sort produce at a collection centre in {T}.",
    "{A} celebrates after crossing the finish line.", "An aerial view of the affected estate.",
    "Nurses during a protest in {T}.", "The scene of the accident along the highway.",
]
CAPTIONS_SW = ["Wakazi wakivuka maji ya mafuriko mjini {T}.", "{A} akihutubia wanahabari nje ya mahakama.",
               "Sehemu ya barabara iliyoharibika karibu na {U}.", "Wafuasi wakishangilia katika mkutano wa {T}."]
CREDIT_TAILS = [" Photo: {A}", " | PHOTO: {A}", " (Photo: Courtesy)", " Image: {O}", " PHOTO | FILE", " /{O}",
                " Photo credit: {A}", " (Image: Screengrab)", " [Photo: {A}]"]
CREDIT_TAILS_SW = [" PICHA: {A}", " PICHA | MAKTABA", " (Picha: Hisani)", " PICHA: HISANI"]

PAYWALL_EN = [
    "Subscribe to continue reading.", "This article is for subscribers only. Subscribe now to read the full story.",
    "Create your free account or log in to continue reading", "Log in for free access to most premium news and information",
    "Already a subscriber? Sign in", "Your subscription is almost coming to an end. Renew now to keep reading.",
    "Reclaim your full access. Click below to renew.", "You have reached your limit of free articles this month.",
    "Unlock unlimited access for just Sh10 a day.", "PREMIUM CONTENT", "Premium: get the full story with a subscription",
    "To read the rest of this article, please subscribe or log in.", "Subscribe for full access to {O} journalism.",
    "Log in or register to access premium content only available to our subscribers",
    "Become a subscriber today and support independent journalism.", "Get the e-paper delivered to your inbox every morning. Subscribe now.",
    "You have 2 free stories left this week.", "Continue reading with a {O} Digital subscription",
]
PAYWALL_SW = ["Jisajili ili kuendelea kusoma.", "Makala hii ni ya wanachama pekee. Jiunge sasa."]
SOCIAL_EN = [
    "Share this:", "Share this article", "SHARE THIS STORY", "Share on Facebook", "Share on WhatsApp",
    "Tweet", "Follow us on X @{o}", "Follow us on Facebook, X and Instagram", "Follow {O} on Google News",
    "Subscribe to our newsletter", "Sign up for our daily newsletter and get the top stories in your inbox.",
    "Subscribe to our YouTube channel for more videos", "Like our Facebook page for more updates",
    "Join our WhatsApp channel for the latest news", "Get the latest news delivered to your inbox",
    "You can share this post!", "Be our fan Follow us Join us Subscribe our newsletter to stay updated",
    "Click to share on Telegram (Opens in new window)", "Email this story", "Copy link", "Follow us on TikTok",
    "Stay informed. Subscribe to our newsletter today!", "Share via:", "Liked this story? Share it with a friend.",
]
SOCIAL_SW = ["Shiriki habari hii", "Tufuate kwenye Facebook na X", "Jiunge na jarida letu", "Sambaza:"]
COMMENTS_EN = [
    "Leave a Reply", "Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
    "Comment *", "Name *", "Email *", "Website", "Post Comment", "Save my name, email, and website in this browser for the next time I comment.",
    "{N} Comments", "Comments (0)", "Be the first to comment", "Join the conversation", "Add a comment...",
    "Load more comments", "Comments are moderated and may take time to appear.", "What do you think? Leave a comment below.",
    "Sign in to comment", "Reply", "Report abuse", "Leave a comment", "View {N} comments",
]
COMMENTS_SW = ["Acha maoni yako", "Toa maoni", "Maoni ({N})"]
CHROME_EN = [
    "ADVERTISEMENT", "Advertisement", "- Advertisement -", "ADVERTISEMENT - CONTINUE READING BELOW", "Exit mobile version",
    "Back to top", "Back to Top \u2191", "Home \u203a News \u203a Counties", "Home / Sports / Football", "Home > Business > Markets",
    "News \u00bb Politics", "Tags: {T}, Politics, Courts", "TAGS", "Tags", "Topics: Health, {T} County", "Share count: {N}",
    "{N} shares", "{N} min read", "Reading time: {N} minutes", "Updated {N} hours ago", "{D}, {DD} {M} 2026", "{DD} {M} 2026 - 0{N}:15",
    "Published on {M} {DD}, 2026 at 7:4{N} am", "By {A}", "BY {A}", "{A} | Senior reporter", "Sign in", "Skip to content",
    "Previous article", "Next article", "Previous Post", "Next Post", "Print", "Listen to this article",
    "We use cookies to improve your experience. By continuing, you agree to our use of cookies.", "Accept cookies",
    "\u00a9 2026 {O}. All rights reserved.", "{A} is a reporter covering county affairs and politics. Reach out at {a}@{o}.co.ke",
    "About the author", "Most Read", "Loading...", "Watch: Latest from {O}", "Scroll to continue with content",
    "Caption", "Show comments", "Advertise with us", "Subscribe", "Related Topics",
]
CHROME_SW = ["TANGAZO", "NA {AU}", "Mwanzo \u203a Habari \u203a Kaunti", "Makala iliyotangulia", "Makala inayofuata",
             "Imesasishwa saa {N} zilizopita", "Dakika {N} za kusoma", "Rudi juu", "\u00a9 2026 Taifa Leo. Haki zote zimehifadhiwa."]

OUTLETS_EN = ["nation", "standard", "star", "citizen", "tuko", "kenyans", "capitalfm", "businessdaily", "kbc",
              "people_daily", "mpasho", "nairobileo"]
OUTLET_NAME = {"nation": "Nation", "standard": "The Standard", "star": "The Star", "citizen": "Citizen Digital",
               "tuko": "TUKO", "kenyans": "Kenyans.co.ke", "capitalfm": "Capital FM", "businessdaily": "Business Daily",
               "taifaleo": "Taifa Leo", "kbc": "KBC", "people_daily": "People Daily", "mpasho": "Mpasho",
               "nairobileo": "Nairobi Leo"}
TOPIC_FOR = {"businessdaily": ["business", "tech", "agriculture"], "mpasho": ["showbiz"], "nairobileo": ["showbiz", "security", "transport"],
             "capitalfm": ["politics", "football", "athletics", "business"]}


class Filler:
    def __init__(self, r, lang, outlet):
        people = r.sample(range(len(FIRST)), 4)
        surn = r.sample(LAST, 4)
        self.v = {}
        for key, i, s in zip("ABCE", people, surn):
            self.v[key] = f"{FIRST[i]} {s}"
            self.v[key.lower()] = s
        t, u = r.sample(TOWNS, 2)
        self.r = r
        self.v.update(T=t, U=u, O=OUTLET_NAME[outlet], o=outlet.replace("_", ""), AU=self.v["E"].upper())
        self.lang = lang

    def __call__(self, s):
        r = self.r
        v = dict(self.v, N=r.randint(2, 9), K=r.choice([120, 340, 1500, 2400, 48, 760, 12, 5000, 86]),
                 D=r.choice(DAYS_SW if self.lang == "sw" else DAYS_EN), M=r.choice(MONTHS), MS=r.choice(MIEZI),
                 DD=r.randint(1, 28))
        return s.format_map(v)


def read_also_block(r, lang, f):
    heads = RA_HEAD_SW if lang == "sw" else RA_HEAD_EN
    lines = [(f(r.choice(heads)), "read_also_block")]
    bullet = r.choice(BULLETS)
    seen = set()
    for _ in range(r.randint(1, 5)):
        h = headline(r, lang, f)
        if h in seen:
            continue
        seen.add(h)
        lines.append((bullet + h, "read_also_block"))
    return lines


def read_also_line(r, lang, f):
    forms = RA_LINE_SW if lang == "sw" else RA_LINE_EN
    line = r.choice(forms).format(h=headline(r, lang, f))
    if r.random() < 0.2:
        line = line.upper()
    return [(line, "read_also_line")]


def pick(r, lang, en, sw, p_sw=0.7):
    return r.choice(sw) if lang == "sw" and r.random() < p_sw else r.choice(en)


def credit(r, lang, f):
    kind = r.random()
    if kind < 0.45:
        caps, tails = (CAPTIONS_SW, CREDIT_TAILS_SW) if lang == "sw" else (CAPTIONS_EN, CREDIT_TAILS)
        return [(f(r.choice(caps) + r.choice(tails)), "credit")]
    if kind < 0.6:
        caps = CAPTIONS_SW if lang == "sw" else CAPTIONS_EN
        return [(f(r.choice(caps)), "credit"), (f(pick(r, lang, CREDIT_EN, CREDIT_SW, 0.9)), "credit")]
    return [(f(pick(r, lang, CREDIT_EN, CREDIT_SW, 0.9)), "credit")]


def simple(family, en, sw, p_sw=0.6, maxn=1):
    def make(r, lang, f):
        out, seen = [], set()
        for _ in range(r.randint(1, maxn)):
            s = f(pick(r, lang, en, sw, p_sw))
            if s not in seen:
                seen.add(s)
                out.append((s, family))
        return out
    return make


DEVICES = {
    "read_also_block": read_also_block,
    "read_also_line": read_also_line,
    "promo": simple("promo", PROMO_EN, PROMO_SW, 0.7),
    "credit": credit,
    "paywall": simple("paywall", PAYWALL_EN, PAYWALL_SW, 0.5, 2),
    "social": simple("social", SOCIAL_EN, SOCIAL_SW, 0.5, 3),
    "comments": simple("comments", COMMENTS_EN, COMMENTS_SW, 0.4, 4),
    "chrome": simple("chrome", CHROME_EN, CHROME_SW, 0.6, 2),
}
WEIGHTS = {"read_also_block": 9, "read_also_line": 14, "promo": 17, "credit": 16, "paywall": 8, "social": 8,
           "comments": 6, "chrome": 17}


def story_lines(r, lang, topic, f):
    """Story paragraphs as [(text, hard)], freshly drawn per article."""
    if lang == "sw":
        pool, hard_pool, lists = r.sample(SW, len(SW)), r.sample(SW_HARD, len(SW_HARD)), SW_LISTS
        n_plain, n_hard = r.randint(9, 13), r.randint(3, 6)
    else:
        pool = r.sample(EN[topic], len(EN[topic])) + r.sample(EN_ANY, 8)
        r.shuffle(pool)
        hard_pool, lists = r.sample(EN_HARD, len(EN_HARD)), EN_LISTS
        n_plain, n_hard = r.randint(9, 13), r.randint(3, 6)
    plain = []
    while len(plain) < n_plain and pool:
        k = min(len(pool), r.choice([1, 1, 2, 2, 3]))
        plain.append((" ".join(f(pool.pop()) for _ in range(k)), False))
    hard = [(f(hard_pool.pop()), True) for _ in range(n_hard)]
    out = plain[:]
    for h in hard:
        out.insert(r.randint(1, len(out)), h)
    if r.random() < 0.5:
        lead, items = r.choice(lists)
        items = items[: r.randint(3, len(items))]
        block = [(f(lead), True)] + [(f(i), True) for i in items]
        pos = r.randint(2, len(out))
        out[pos:pos] = block
    return out


def noisy(r, s):
    words = s.split(" ")
    out = words[0]
    for w in words[1:]:
        x = r.random()
        out += ("  " if x < 0.04 else "\u00a0" if x < 0.06 else " \t" if x < 0.07 else " ") + w
    x = r.random()
    if x < 0.12:
        out = "  " + out
    elif x < 0.18:
        out = "\t" + out
    x = r.random()
    if x < 0.12:
        out += " "
    elif x < 0.16:
        out += "\u00a0 "
    return out


def build(r, idx, outlet, lang):
    f = Filler(r, lang, outlet)
    topic = r.choice(TOPIC_FOR.get(outlet, list(EN)))
    story = story_lines(r, lang, topic, f)
    seq = [(t, "keep", "story", h) for t, h in story]
    fams = list(WEIGHTS)
    n_dev = r.randint(3, 5)
    chosen = r.choices(fams, weights=[WEIGHTS[x] for x in fams], k=n_dev)
    inserts = []
    for fam in chosen:
        dev = [(t, "drop", fm, False) for t, fm in DEVICES[fam](r, lang, f)]
        where = r.random()
        if fam in ("comments", "paywall") and where < 0.5:
            where = 0.9
        if where < 0.22:
            pos = 0
        elif where < 0.72:
            pos = r.randint(1, len(seq) - 1)
        else:
            pos = len(seq)
        inserts.append((pos, dev))
    for pos, dev in sorted(inserts, key=lambda x: -x[0]):
        seq[pos:pos] = dev
    # Taifa Leo lede byline "NA NAME" as chrome at the very top, sometimes
    if outlet == "taifaleo" and r.random() < 0.4:
        seq.insert(0, ("NA " + f.v["E"].upper(), "drop", "chrome", False))
    sep = r.choice(["\n", "\n\n", "\r\n", "\n\n", "\r\n\r\n"])
    blank_fill = ["", " ", "   ", "\t", "\u00a0", " \u00a0 "]
    parts = []
    if r.random() < 0.3:
        parts.append(r.choice(blank_fill))
    lines = []
    for text, label, fam, hard in seq:
        text = text.strip()
        if r.random() < 0.07:
            parts.append(r.choice(blank_fill[1:]))
        parts.append(noisy(r, text))
        lines.append({"text": " ".join(text.split()), "label": label, "family": fam, "hard": hard})
    if r.random() < 0.3:
        parts.append(r.choice(blank_fill))
    raw = sep.join(parts)
    if r.random() < 0.2:
        raw += sep
    return {"id": f"{outlet}-heldout_l-{idx:02d}", "outlet": outlet, "language": lang, "group": "heldout_l",
            "tuned": False, "text": raw, "lines": lines}


def main():
    r = random.Random(SEED)
    plan = [("taifaleo", "sw")] * 12 + [("tuko", "sw")] * 4 + [("citizen", "sw")] * 3 + [("kbc", "sw")] * 2
    while len(plan) < 90:
        for o in OUTLETS_EN:
            if len(plan) < 90:
                plan.append((o, "en"))
    r.shuffle(plan)
    records = [build(r, i + 1, o, lang) for i, (o, lang) in enumerate(plan)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.GzipFile(OUT, "wb", mtime=0) as raw:
        for rec in records:
            raw.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    print(f"wrote {len(records)} records to {OUT}")


if __name__ == "__main__":
    main()

"""Generate held-out set "heldout_j" for ``aggregator.cleaning.clean_text``.

This set was written independently: its author did not read the cleaner, its
tests, the cleaning bench, the dev set, or any earlier held-out set or the
scripts that generate them. The only inputs were the spec in issue #4, the
public notes on the real sites' boilerplate devices
(shared/research/kenyan-sites.md) and the shape of the seed article's inline
"Also Read" block. All story text, names, headlines and most device wording
are invented here.

The set is meant to be measured once, before any tuning. Do not tune the
cleaner against it. If it is reused for tuning, write a new held-out set.

First run (2026-11-24, clean_text at 7e5ce3e, after the heldout_i round): 89.59 %
of 586 boilerplate lines removed, 99.66 % of 1,473 story lines kept (hard
negatives 99.07 % of 540). By family, removed: read-also lines 100 % of 26,
social 98.44 % of 64, comments 96.15 % of 52, chrome 92.54 % of 67, read-also
blocks 90.79 % of 239, paywall 89.47 % of 19, promo 80.56 % of 36, credit
73.49 % of 83. Left untuned at first, as the bench's figure for unseen wording.
It then became development data ("tuned": true) for the round that followed,
which added, by shape and position: a caption's own labels ("Pictured:",
"Left to right:", "From left:") and a person's place in the picture in
brackets ("(left)", "(kushoto)") on a line that does not narrate; a credit that
is only its source on its own line ("AFP", "Getty Images", "Screengrab"), which
takes the caption beside it as any bare credit does; captions beside a credit
that end in a time ("following Tuesday's attack") or a Kiswahili place
("jijini ...") or hold a number with a comma; a caption's credit after a dash
("— PHOTO | ..."); arrows as the bullets of a block of links, read-also
headings of six words, "Previous article" over the headline it links;
"Continue reading ... with a ... subscription"; promos that call twice or
urgently on the spot ("... Download it today.", "Enrol today and ...", "Click
here to register") or offer an e-paper, a course or a certificate; Kiswahili
sponsorship labels; comment counts and social logins ("52 Responses", "Log in
with"), share bars and tag rows that lost their markup, a player's clock
("Listen to this story 04:12"). A story's list introduced by "... that:" is no
longer taken for a block of links (five story lines were lost to it). 100 %
removed, 100 % kept on it after that round, the other groups unchanged. It is
no longer held out.

Each record holds an article's raw text as ``clean_text`` receives it, with
whitespace noise (doubled spaces, no-break spaces, tabs, leading and trailing
blanks, blank lines made of spaces, "\\n", "\\n\\n" or "\\r\\n" joins). It also
holds the ordered list of its non-blank lines, each labelled keep or drop, with
a family and a "hard" flag. A line is hard when it is story text that contains
a trigger word or is shaped like a device. The expected cleaner output is the
kept lines, whitespace-collapsed, in order.

Usage: python bench/make_cleaning_heldout_j.py
"""

from __future__ import annotations

import gzip
import io
import json
import os
import random
import re

SEED = 4_2026_0_17
GROUP = "heldout_j"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data",
                   "cleaning_heldout_j.jsonl.gz")
FAMILIES = ("read_also_block", "read_also_line", "promo", "credit", "paywall",
            "social", "comments", "chrome", "story")

# --------------------------------------------------------------------------
# Invented people and places
# --------------------------------------------------------------------------
FIRST = ["Wanjiru", "Otieno", "Kiprono", "Achieng", "Mwangi", "Njeri", "Omondi",
         "Chebet", "Kamau", "Atieno", "Mutua", "Wambui", "Kipchumba", "Nyambura",
         "Ouma", "Jepkosgei", "Halima", "Barasa", "Wafula", "Nekesa", "Mbugua",
         "Karanja", "Akinyi", "Korir", "Langat", "Mumbua", "Zawadi", "Baraka",
         "Rehema", "Abdi", "Fatuma", "Kerubo", "Nyaboke", "Onyango", "Cherono",
         "Musembi", "Wairimu", "Gitau", "Adhiambo", "Salim", "Mercy", "Brian",
         "Faith", "Dennis", "Esther", "Collins", "Purity", "Kevin", "Sharon",
         "Victor", "Grace", "Moses", "Lydia", "Peter", "Tabitha", "Hassan"]
LAST = ["Kariuki", "Ochieng", "Rotich", "Wekesa", "Mutiso", "Nyaga", "Odhiambo",
        "Kiplagat", "Muthoni", "Okello", "Kilonzo", "Ndungu", "Chelimo", "Were",
        "Masinde", "Gathoni", "Omollo", "Kibet", "Wanyama", "Maina", "Nduta",
        "Mohamed", "Jillo", "Lekishon", "Ekiru", "Namunyak", "Mwende", "Kahindi",
        "Chepkoech", "Obura", "Mogaka", "Nyamweya", "Simiyu", "Keter", "Gichuki",
        "Ruto-Kemei", "Lagat", "Njoroge", "Atsango", "Bosire", "Sang", "Koech"]
COUNTIES = ["Nakuru", "Kisumu", "Machakos", "Kiambu", "Nyeri", "Meru", "Kilifi",
            "Turkana", "Garissa", "Kisii", "Bungoma", "Kericho", "Bomet", "Narok",
            "Kajiado", "Embu", "Homa Bay", "Migori", "Siaya", "Busia", "Kitui",
            "Makueni", "Laikipia", "Nyandarua", "Murang'a", "Kwale", "Lamu",
            "Marsabit", "Isiolo", "Samburu", "West Pokot", "Trans Nzoia", "Nandi",
            "Baringo", "Vihiga", "Nyamira", "Kirinyaga", "Wajir", "Tana River",
            "Kakamega", "Uasin Gishu", "Mandera", "Taita Taveta"]
TOWNS = ["Naivasha", "Molo", "Ahero", "Kangundo", "Thika", "Othaya", "Maua",
         "Malindi", "Lodwar", "Dadaab", "Ogembo", "Webuye", "Litein", "Sotik",
         "Kilgoris", "Kitengela", "Runyenjes", "Mbita", "Rongo", "Bondo",
         "Malaba", "Mwingi", "Wote", "Nanyuki", "Ol Kalou", "Kangema", "Ukunda",
         "Mpeketoni", "Moyale", "Garbatulla", "Maralal", "Kapenguria", "Kitale",
         "Kapsabet", "Kabarnet", "Mbale", "Keroka", "Kerugoya", "Habaswein",
         "Hola", "Mumias", "Eldoret", "Voi", "Kisii town", "Kibwezi"]
TEAMS = ["Tusker", "AFC Leopards", "Bandari", "Kakamega Homeboyz", "Shabana",
         "Sofapaka", "Posta Rangers", "Murang'a Seal", "KCB", "Nairobi City Stars"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
           "Sunday"]
DAYS_SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi",
           "Jumapili"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]
MONTHS_SW = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai",
             "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"]
TAGS_EN = ["Politics", "Nairobi", "Courts", "EACC", "Floods", "Weather",
           "Health", "Cholera", "Athletics", "FKF Premier League", "Fuel prices",
           "EPRA", "Tea", "Agriculture", "Education", "HELB", "Banditry",
           "Security", "Music", "M-Pesa", "Counties", "Budget", "Economy"]
TAGS_SW = ["Siasa", "Mahakama", "Mafuriko", "Afya", "Kipindupindu", "Riadha",
           "Kilimo", "Chai", "Elimu", "Kaunti", "Bajeti", "Usalama"]

# --------------------------------------------------------------------------
# Story sentence pools (invented). One paragraph takes one or two sentences.
# --------------------------------------------------------------------------
TOPICS_EN = {
    "politics": [
        "{p1}, the {county} governor, on {day} accused a section of MCAs of frustrating the county's development agenda.",
        "Speaking at a funds drive in {town}, {p1s} said the assembly had delayed the approval of the Sh{n1} million budget for {n2} weeks.",
        "The governor maintained that the delays had stalled the construction of markets, dispensaries and feeder roads across the county.",
        "Majority Leader {p2} dismissed the claims, saying the executive had failed to submit supporting documents on time.",
        "\"We will not pass a budget that has no clear breakdown of how the money will be spent,\" {p2s} told journalists at the assembly buildings.",
        "The standoff has split the ruling coalition in the county, with {n3} ward representatives backing the governor and the rest siding with the speaker.",
        "Residents who spoke to journalists expressed frustration, saying service delivery had ground to a halt.",
        "{p3}, a trader at {town} market, said the stalled drainage project had left stalls flooded every time it rained.",
        "Political analysts say the row is part of early positioning ahead of the next general election.",
        "The Council of Governors has in the past called on assemblies and executives to resolve their disputes through dialogue.",
        "{p1s} said he had written to the Controller of Budget seeking intervention.",
        "The assembly is expected to table a report on the matter when it resumes sittings next week.",
        "Meanwhile, the county's health workers have threatened to down their tools over delayed salaries.",
        "The governor urged residents to remain calm, saying the matter would be resolved soon.",
        "Efforts to reach the Speaker, {p4}, for comment were unsuccessful by the time of going to press.",
    ],
    "fuel": [
        "The Energy and Petroleum Regulatory Authority (EPRA) has raised the price of super petrol by Sh{n4} per litre in its latest monthly review.",
        "In Nairobi, a litre of super petrol will now retail at Sh{pet}, while diesel will sell at Sh{dsl}.",
        "The regulator attributed the increase to the rising cost of landed fuel and a weaker shilling against the dollar.",
        "Transporters warned that the changes would push up fares and the cost of basic goods.",
        "{p2}, the chairman of a matatu owners' lobby in {county}, said operators would have no choice but to pass the cost to commuters.",
        "Manufacturers have raised concern over the cost of power, which they say makes locally made goods less competitive.",
        "Economists at a local bank said the move could push inflation above the central bank's target range.",
        "The Treasury has defended the fuel levy, saying it is needed to fund road maintenance.",
        "Kerosene prices remained unchanged for the third month running.",
        "Consumers in {town} said they were already cutting back on spending.",
        "\"A trip that cost Sh{n5} last month now costs almost double,\" said {p3}, a boda boda rider.",
        "The new prices take effect at midnight and will remain in force for 30 days.",
        "Opposition lawmakers have vowed to push for a review of the taxes charged on fuel.",
    ],
    "court": [
        "A former procurement officer at the {county} county government was on {day} charged with conspiring to defraud the county of Sh{n1} million.",
        "{p1} appeared before Chief Magistrate {p2} at the Milimani Law Courts, where he denied the charges.",
        "The prosecution told the court that the accused and others not before the court paid for goods that were never delivered.",
        "Through his lawyer, {p3}, the accused asked to be released on lenient bond terms, saying he was the sole breadwinner of his family.",
        "The prosecutor opposed the application, arguing that the accused was likely to interfere with witnesses.",
        "The magistrate released him on a bond of Sh{n5},000 with a surety of a similar amount.",
        "The court heard that the payments were made between {month} and December {year0}.",
        "Investigators from the Ethics and Anti-Corruption Commission (EACC) said they had traced part of the money to accounts held by relatives of the accused.",
        "The case will be mentioned on {month2} {d2} for pre-trial directions.",
        "The accused was barred from accessing the county offices without permission from investigators.",
        "Outside court, his relatives said they were confident he would be cleared.",
        "Two other suspects are expected to take plea next week.",
    ],
    "athletics": [
        "{p1} stormed to victory in the women's 10,000m at the national championships at Nyayo National Stadium on {day}.",
        "The 23-year-old clocked 30 minutes and {n2} seconds, beating {p2} to second place.",
        "{p3} finished third after fading in the final lap.",
        "The top three finishers will represent Kenya at the world championships later this year.",
        "\"I had trained for this moment since January,\" {p1s} said after the race.",
        "Athletics Kenya said the team would camp in Kaptagat for six weeks before departure.",
        "In the men's 3,000m steeplechase, {p4} won in a time of eight minutes and {n3} seconds.",
        "Police-based athletes dominated the field events, winning four of the six titles.",
        "Fans braved a cold afternoon to cheer on the athletes.",
        "The federation said doping tests had been carried out on all medal winners.",
        "Coach {p5} said the team was the strongest Kenya had assembled in years.",
    ],
    "football": [
        "Gor Mahia moved to the top of the FKF Premier League table after a 2-0 win over {team} at Kasarani on {day}.",
        "{p1} opened the scoring in the 23rd minute before {p2} doubled the lead early in the second half.",
        "The visitors had a goal ruled out for offside shortly before the break.",
        "Gor Mahia coach {p3} said his side would take one match at a time.",
        "The win takes K'Ogalo to {n2} points, two ahead of second-placed Police FC.",
        "{team} remain in the relegation zone after failing to win in five matches.",
        "The league has been hit by delayed payment of players' salaries at several clubs.",
        "Attendance at the match was boosted by a reduction in ticket prices.",
        "\"We created chances but did not finish them,\" said {team} captain {p4}.",
        "The two sides meet again in the FKF Cup quarter-finals next month.",
    ],
    "weather": [
        "The Kenya Meteorological Department has warned of heavy rainfall in parts of the country over the next {n6} days.",
        "Counties expected to be affected include {county}, {county2} and parts of the Lake Victoria basin.",
        "Residents living in low-lying areas have been advised to move to higher ground.",
        "In {town}, several families spent the night in a church after their houses were flooded.",
        "{p1}, a resident, said the water rose within minutes after a downpour that lasted three hours.",
        "The Kenya Red Cross said it had distributed food and blankets to more than {n2} households.",
        "Motorists have been cautioned against crossing flooded rivers and bridges.",
        "The department said the rains would ease towards the end of the month.",
        "Farmers in the highlands have welcomed the rains, saying they will boost the maize crop.",
        "County commissioner {p2} said the government had set aside funds for emergency response.",
        "Schools in the affected areas were asked to assess the safety of their buildings before reopening.",
        "Temperatures in Nairobi are expected to drop to about 12 degrees Celsius at night.",
    ],
    "health": [
        "The Ministry of Health has confirmed {n2} new cases of cholera in {county} County.",
        "Health CEC {p1} said most of the cases were reported in informal settlements where access to clean water is limited.",
        "The county has set up treatment centres at {town} sub-county hospital and two health centres.",
        "Residents have been urged to boil drinking water and wash their hands regularly.",
        "Public health officers have closed {n3} eateries found operating in unhygienic conditions.",
        "\"We are seeing a slight drop in new infections, but we cannot relax,\" {p1s} said.",
        "The World Health Organization has supplied oral vaccines for an immunisation campaign targeting {n3},000 people.",
        "Doctors at the facility said patients who arrive early have a high chance of full recovery.",
        "Hospital medical superintendent {p2} said the facility had enough supplies to handle the outbreak.",
        "The outbreak comes weeks after nurses in the county ended a strike over delayed promotions.",
        "Community health promoters have been deployed to conduct door-to-door sensitisation.",
    ],
    "education": [
        "Education CS {p1} has announced changes to the university funding model following complaints from students and parents.",
        "Under the new plan, students will be placed in {n6} bands depending on their household income.",
        "The CS said the government had released Sh{n3} billion to the Higher Education Loans Board.",
        "Student leaders from {n3} public universities said the changes did not address the high cost of fees.",
        "{p2}, a second-year student from {county}, said she had deferred her studies twice for lack of fees.",
        "Vice-chancellors have warned that the delays in capitation have left institutions struggling to pay staff.",
        "The Kenya Universities and Colleges Central Placement Service will open its portal next week.",
        "Parents have been asked to update their details on the government portal.",
        "Lecturers' union secretary-general {p3} said the union would study the plan before taking a position.",
        "The ministry said the changes would be reviewed after one academic year.",
    ],
    "tea": [
        "Tea farmers in {county} will receive a second payment of Sh{n6} per kilo of green leaf delivered in the last financial year.",
        "The payout is the highest in five years and was driven by better prices at the Mombasa auction.",
        "{p1}, a farmer in {town}, said the bonus would go towards school fees.",
        "Factory directors said the earnings had improved after the agency cut management costs.",
        "However, some farmers complained of delays in payments by a few factories.",
        "Agriculture CS {p2} said the government would continue reforms in the sector.",
        "Kenya earned Sh{n3} billion from tea exports in the year, according to data from the board.",
        "Pakistan, Egypt and the United Kingdom remained the largest buyers of Kenyan tea.",
        "Farmers were urged to improve the quality of the leaf they deliver to attract better prices.",
        "The dry spell earlier in the year reduced output in some growing areas.",
    ],
    "security": [
        "Police in {county} have launched a manhunt for suspected bandits who attacked a village on {day} night.",
        "Three people were killed and more than {n2} head of cattle stolen in the attack.",
        "County police commander {p1} said officers had been deployed to pursue the attackers.",
        "Residents said the gunmen struck at about 2am, firing indiscriminately before driving the animals away.",
        "{p2}, a village elder, said families had started fleeing the area for fear of further attacks.",
        "The Interior ministry has designated parts of the region as disturbed and dangerous.",
        "Local leaders called on the government to recruit more police reservists.",
        "Schools in the area remained closed as teachers stayed away over safety concerns.",
        "The attack is the third in the area in less than a month.",
        "Police said they had recovered {n6} of the stolen animals by Tuesday evening.",
    ],
    "music": [
        "Musician {p1} has opened up about the challenges she faced before her breakthrough.",
        "In an interview on a local radio station, the singer said she performed in clubs in {town} for years without pay.",
        "Her latest single has garnered more than {n6} million views on YouTube within two weeks.",
        "{p1s} said she was working on an album that features artistes from Tanzania and Uganda.",
        "She thanked her fans for standing with her during difficult times.",
        "The singer is set to headline a concert at the KICC in December.",
        "Fellow musician {p2} praised her growth, describing her as one of the most hardworking artistes in the industry.",
        "Her manager, {p3}, said tickets for the concert would go on sale next week.",
        "The artiste revealed that she had started a foundation to support young talent in {county}.",
        "She said her mother had sold vegetables at {town} market to pay for her first studio session.",
    ],
    "tech": [
        "Safaricom has unveiled a new feature that allows M-Pesa users to split bills among friends.",
        "The telco said the service would be available to all customers from {day}.",
        "Chief executive {p1} said the company was investing in products that make payments simpler for small businesses.",
        "The firm reported a {n6} per cent rise in M-Pesa revenue in the half year.",
        "Data from the Communications Authority shows mobile money subscriptions rose to more than {n3} million.",
        "Consumer lobby chairman {p2} warned users to be careful with their PINs.",
        "Small traders in {town} said the feature would make it easier to collect payments from groups.",
        "The Central Bank of Kenya has been pushing for lower transaction charges.",
        "Rival operators have launched similar products in recent months.",
    ],
}

TOPICS_SW = {
    "siasa": [
        "Gavana wa {county}, {p1}, amewashutumu baadhi ya madiwani kwa kukwamisha miradi ya maendeleo katika kaunti hiyo.",
        "Akizungumza katika hafla ya kuchangisha pesa mjini {town} siku ya {day}, {p1s} alisema bajeti ya Sh{n1} milioni imecheleweshwa kwa wiki {n2}.",
        "Alisema ucheleweshaji huo umesababisha kukwama kwa ujenzi wa masoko, zahanati na barabara.",
        "Kiongozi wa wengi katika bunge la kaunti, {p2}, alipuuzilia mbali madai hayo.",
        "\"Hatutapitisha bajeti isiyoonyesha wazi jinsi pesa zitakavyotumika,\" alisema {p2s}.",
        "Wakazi waliozungumza na wanahabari walisema huduma zimezorota kwa kiasi kikubwa.",
        "{p3}, mfanyabiashara katika soko la {town}, alisema vibanda vyao hufurika kila mvua inaponyesha.",
        "Wachanganuzi wa siasa wanasema mvutano huo unahusiana na maandalizi ya uchaguzi mkuu ujao.",
        "Gavana huyo alisema ameandikia Msimamizi wa Bajeti akiomba aingilie kati.",
        "Bunge la kaunti linatarajiwa kuwasilisha ripoti kuhusu suala hilo wiki ijayo.",
        "Juhudi za kumfikia Spika {p4} ili kupata maoni yake hazikufaulu.",
    ],
    "mahakama": [
        "Aliyekuwa afisa wa ununuzi katika kaunti ya {county} ameshtakiwa kwa kula njama ya kuilaghai kaunti Sh{n1} milioni.",
        "{p1} alifikishwa mbele ya Hakimu Mkuu {p2} katika Mahakama ya Milimani ambapo alikanusha mashtaka.",
        "Upande wa mashtaka uliambia mahakama kwamba mshtakiwa pamoja na wengine ambao hawakuwa mahakamani walilipia bidhaa ambazo hazikuwasilishwa.",
        "Kupitia wakili wake, {p3}, mshtakiwa aliomba aachiliwe kwa dhamana nafuu akisema yeye ndiye tegemeo la familia yake.",
        "Hakimu alimwachilia kwa dhamana ya Sh{n5},000.",
        "Kesi hiyo itatajwa tena tarehe {d2} {month2}.",
        "Wachunguzi wa Tume ya Maadili na Kupambana na Ufisadi (EACC) walisema walifuatilia sehemu ya pesa hizo hadi kwenye akaunti za jamaa wa mshtakiwa.",
        "Washukiwa wengine wawili wanatarajiwa kujibu mashtaka wiki ijayo.",
        "Nje ya mahakama, jamaa zake walisema wana imani kwamba ataachiliwa huru.",
    ],
    "michezo": [
        "{p1} aliibuka mshindi wa mbio za mita 10,000 kwa wanawake katika mashindano ya kitaifa yaliyofanyika katika uwanja wa Nyayo siku ya {day}.",
        "Mwanariadha huyo wa miaka 23 alitumia dakika 30 na sekunde {n2}, akimshinda {p2} aliyemaliza wa pili.",
        "{p3} alimaliza katika nafasi ya tatu baada ya kuishiwa na nguvu katika mzunguko wa mwisho.",
        "Washindi watatu wa kwanza wataiwakilisha Kenya katika mashindano ya dunia baadaye mwaka huu.",
        "\"Nimejiandaa kwa siku hii tangu Januari,\" alisema {p1s} baada ya mbio.",
        "Shirikisho la Riadha Kenya lilisema kikosi kitapiga kambi Kaptagat kwa wiki sita.",
        "Mashabiki walijitokeza kwa wingi licha ya hali ya baridi.",
        "Kocha {p5} alisema hiki ndicho kikosi imara zaidi ambacho Kenya imewahi kuwa nacho kwa miaka mingi.",
        "Katika mbio za mita 3,000 kuruka viunzi na maji kwa wanaume, {p4} aliibuka mshindi.",
    ],
    "hewa": [
        "Idara ya Utabiri wa Hali ya Hewa imetahadharisha kuhusu mvua kubwa katika maeneo kadhaa nchini kwa siku {n6} zijazo.",
        "Kaunti zinazotarajiwa kuathirika ni pamoja na {county}, {county2} na sehemu za bonde la Ziwa Victoria.",
        "Wakazi wanaoishi maeneo ya chini wameshauriwa kuhamia maeneo ya juu.",
        "Mjini {town}, familia kadhaa zililala kanisani baada ya nyumba zao kufurika maji.",
        "{p1}, mkazi wa eneo hilo, alisema maji yalipanda kwa dakika chache baada ya mvua iliyonyesha kwa saa tatu.",
        "Shirika la Msalaba Mwekundu lilisema limesambaza chakula na blanketi kwa zaidi ya familia {n2}.",
        "Madereva wametahadharishwa dhidi ya kuvuka mito na madaraja yaliyofurika.",
        "Wakulima katika maeneo ya milimani wamefurahia mvua hizo wakisema zitaongeza mavuno ya mahindi.",
        "Kamishna wa kaunti {p2} alisema serikali imetenga fedha kwa ajili ya dharura.",
        "Idara hiyo ilisema mvua zitapungua kuelekea mwisho wa mwezi.",
    ],
    "afya": [
        "Wizara ya Afya imethibitisha visa {n2} vipya vya kipindupindu katika kaunti ya {county}.",
        "Waziri wa Afya wa kaunti, {p1}, alisema visa vingi viliripotiwa katika mitaa ya mabanda ambako maji safi ni haba.",
        "Kaunti imeweka vituo vya matibabu katika hospitali ya kaunti ndogo ya {town}.",
        "Wakazi wamehimizwa kuchemsha maji ya kunywa na kunawa mikono mara kwa mara.",
        "Maafisa wa afya ya umma wamefunga migahawa {n3} iliyopatikana ikihudumu katika mazingira machafu.",
        "\"Tunaona kupungua kidogo kwa maambukizi mapya, lakini hatuwezi kulegeza kamba,\" alisema {p1s}.",
        "Wahudumu wa afya ya jamii wametumwa kutoa hamasisho nyumba kwa nyumba.",
        "Msimamizi wa hospitali hiyo, {p2}, alisema kituo kina vifaa vya kutosha kukabiliana na mlipuko huo.",
        "Mlipuko huo umetokea wiki chache baada ya wauguzi katika kaunti hiyo kusitisha mgomo wao.",
    ],
    "kilimo": [
        "Wakulima wa chai katika kaunti ya {county} watapokea malipo ya bonasi ya Sh{n6} kwa kila kilo ya majani mabichi.",
        "Malipo hayo ndiyo ya juu zaidi katika kipindi cha miaka mitano.",
        "{p1}, mkulima kutoka {town}, alisema bonasi hiyo itamsaidia kulipa karo ya watoto wake.",
        "Hata hivyo, baadhi ya wakulima walilalamikia kucheleweshwa kwa malipo na viwanda vichache.",
        "Waziri wa Kilimo {p2} alisema serikali itaendelea na mageuzi katika sekta hiyo.",
        "Wakulima walihimizwa kuboresha ubora wa majani wanayowasilisha ili kupata bei bora.",
        "Kiangazi cha mapema mwaka huu kilipunguza mavuno katika baadhi ya maeneo.",
        "Wakurugenzi wa viwanda walisema mapato yameimarika baada ya gharama za usimamizi kupunguzwa.",
    ],
}

FILLER_EN = [
    "The matter is expected to come up again next week.",
    "Residents said they hoped the national government would act quickly.",
    "Officials said a full report would be made public once investigations are complete.",
    "Several stakeholders have called for calm as the issue is addressed.",
    "The developments come at a time when households are grappling with a high cost of living.",
    "Area MP {p5} said the matter would be raised on the floor of the House.",
]
FILLER_SW = [
    "Suala hilo linatarajiwa kujadiliwa tena wiki ijayo.",
    "Wakazi walisema wanatumai serikali ya kitaifa itachukua hatua haraka.",
    "Maafisa walisema ripoti kamili itatolewa baada ya uchunguzi kukamilika.",
    "Mbunge wa eneo hilo, {p5}, alisema atawasilisha suala hilo bungeni.",
]

# Story sentences that contain trigger words or are shaped like a device.
HARD_EN = [
    "{p1s} also read out a statement from the family, thanking well-wishers for their support.",
    "\"Read the Bible and you will find that leaders are called to serve,\" the bishop told the congregation.",
    "\"Follow the money and you will find who planned this,\" {p2s} said.",
    "The MCA said he would follow up the matter with the county public service board.",
    "Residents were asked to share any information that could help police trace the suspects.",
    "Shareholders will receive a dividend of Sh1.50 per share, payable next month.",
    "Photos shared on social media showed long queues outside the registration centre.",
    "The photo, which the prosecution produced as evidence, was taken in {month} last year.",
    "Police said the source of the fire had not yet been established.",
    "A source at the ministry said the list had been forwarded to the Cabinet.",
    "Advertisement revenue at the broadcaster fell by {n6} per cent during the period.",
    "The county has banned the advertisement of alcohol on billboards near schools.",
    "Applicants can download the form from the board's website and submit it at any Huduma Centre.",
    "The suspects allegedly used a WhatsApp group to coordinate the sale of stolen phones.",
    "The court heard that the messages were sent through WhatsApp between May and July.",
    "Related charges against two junior officers were withdrawn for lack of evidence.",
    "More than {n2} families have been displaced since the start of the month.",
    "More details emerged on {day} about how the money was moved.",
    "The senator declined to comment on the matter, saying it was before the courts.",
    "Several MPs took to social media to comment on the proposal, with some calling it punitive.",
    "The vehicle, a courtesy car provided by the county, was later found abandoned in {town}.",
    "The governor paid a courtesy call on the President at State House on {day}.",
    "Investigators said the file had been forwarded to the Office of the Director of Public Prosecutions.",
    "The officer denied that any file had gone missing from the registry.",
    "Access to credit remains the biggest challenge for small traders, the survey found.",
    "Tenants who subscribe to the housing scheme will pay a monthly contribution for 15 years.",
    "Only {n6} per cent of households subscribe to a pay-TV service, according to the report.",
    "Also arrested was a 34-year-old woman believed to have been keeping the stolen goods.",
    "He said he had read the report and found several gaps in the evidence.",
    "She told the court she read the message twice before deleting it.",
    "\"Share what you have with your neighbours,\" the chief urged residents.",
    "Kenyans on social media shared images of the damaged bridge, calling for urgent repairs.",
    "The ministry will follow the recommendations of the task force, the CS said.",
    "The lawyer said his client had been photographed without consent at the hospital.",
    "The singer shared a photo of her newborn on Instagram, captioning it with a short prayer.",
    "Images captured by a CCTV camera showed two men leaving the building at 3am.",
    "Source documents seen by the committee showed that the payments were approved in a single day.",
    "Read together, the two laws give the county power to levy the fee, the judge ruled.",
    "Subscribers of the SACCO will be required to update their records by June.",
    "Follow-up checks by the board found that {n3} schools had not complied.",
    "\"Also remember that the law applies to everyone, including those in power,\" the judge said.",
    "The advert, which ran on radio for two weeks, promised jobs abroad to young people.",
    "She said the family only learnt of his death from a photo posted on Facebook.",
    "The credit rating agency kept its outlook on Kenya unchanged.",
    "Tags fitted on the animals helped rangers trace the herd to {town}.",
    "Readers of the report will note that the figures do not add up, the auditor said.",
    "Mourners were asked to download the order of service from the family's website.",
    "The app, which was developed by students in {town}, lets farmers check prices before selling.",
    "Editors at the station said the error was corrected within an hour.",
    "Commenting on the ruling, the lawyer said his client would appeal.",
    "The printing of ballot papers will begin next month, the commission said.",
    "He urged young people to read widely and stay away from drugs.",
    "\"Subscribe to integrity, not to tribe,\" the cleric told the mourners.",
    "Those who wish to join the scheme can register through USSD or the mobile app.",
    "\"Read my lips: there will be no new taxes,\" {p2s} told the rally.",
]

HARD_SW = [
    "{p1s} pia alisoma taarifa ya familia akiwashukuru wote waliowafariji.",
    "\"Someni Biblia na mtaona kwamba viongozi wameitwa kutumikia,\" askofu aliwaambia waumini.",
    "Tangazo hilo lilitolewa na Wizara ya Afya siku ya {day}.",
    "Picha zilizosambazwa mitandaoni zilionyesha foleni ndefu nje ya kituo cha usajili.",
    "Habari nyingine za kusikitisha zilitoka {town}, ambako watu wawili walifariki baada ya nyumba yao kuporomoka.",
    "Pia alisema serikali itaongeza idadi ya walimu katika shule za msingi.",
    "Washukiwa hao wanadaiwa kutumia kundi la WhatsApp kupanga uuzaji wa simu zilizoibwa.",
    "Seneta huyo alikataa kutoa maoni yake akisema suala hilo liko mahakamani.",
    "Faili ya kesi hiyo imewasilishwa kwa Mkurugenzi wa Mashtaka ya Umma.",
    "Wanafunzi wengi waliosoma katika shule hiyo sasa ni viongozi mashuhuri.",
    "\"Someni kwa makini masharti ya mkopo kabla ya kutia saini,\" benki iliwashauri wateja.",
    "Zaidi ya familia {n2} zimeachwa bila makao tangu mwanzo wa mwezi.",
    "Mwanamuziki huyo alipakia picha ya mwanawe kwenye Instagram.",
    "Wakulima wanaweza kupakua fomu kutoka kwenye tovuti ya bodi na kuziwasilisha katika vituo vya Huduma.",
    "Wafuasi wake walimfuata hadi kituo cha polisi wakiimba nyimbo za kisiasa.",
    "Chanzo cha moto huo bado hakijabainika, polisi walisema.",
    "Mbunge huyo alisema atafuatilia suala hilo na bodi ya utumishi wa umma.",
    "Habari zaidi kuhusu jinsi pesa hizo zilivyohamishwa ziliibuka siku ya {day}.",
    "Wakazi waliombwa kushiriki taarifa zozote zitakazosaidia polisi kuwakamata washukiwa.",
    "Maoni ya wananchi yatakusanywa katika kila wadi kabla ya mswada kupitishwa.",
    "Alisema alisoma ujumbe huo mara mbili kabla ya kuufuta.",
]

# Short story subheads (kept). Some contain trigger words on purpose.
SUBHEADS_EN = ["A long road", "What residents say", "Follow the money", "Mixed reactions",
               "Next steps", "Warning to traders", "What happens next",
               "Reading between the lines", "Fresh doubts", "A source of pride"]
SUBHEADS_TOPIC = {"athletics": ["Photo finish at Nyayo", "Also in the race"],
                  "court": ["Court battle looms", "Bond terms"],
                  "fuel": ["Rising costs", "Share of the burden"],
                  "weather": ["More rain expected", "Counting losses"],
                  "music": ["From clubs to the big stage", "More shows lined up"]}
SUBHEADS_SW = ["Gharama ya maisha", "Hatua zinazofuata",
               "Maoni ya wakazi", "Mvutano unaendelea",
               "Safari ndefu"]

# --------------------------------------------------------------------------
# Story lists (kept; every line hard). Each returns (lines, follow-up).
# --------------------------------------------------------------------------

LIST_KINDS_EN = {
    "politics": ["timeline", "recommend", "steps"], "fuel": ["prices"],
    "court": ["charges", "timeline"], "athletics": ["results"], "football": ["fixtures"],
    "weather": ["areas"], "health": ["areas", "recommend"], "education": ["requirements", "steps"],
    "tea": ["recommend"], "security": ["rules", "areas"], "music": [], "tech": ["rules"],
}
LIST_KINDS_SW = {"siasa": ["timeline", "requirements", "steps"], "mahakama": ["charges"],
                 "michezo": ["fixtures"], "hewa": [], "afya": ["requirements"], "kilimo": ["prices"]}


def list_en(rng, c, kind):
    punct = rng.random() < 0.25
    end = "." if punct else ""
    if kind == "timeline":
        head = rng.choice(["Here is how the dispute has unfolded:", "How the row unfolded",
                           "Key dates", "Timeline"])
        items = [f"{c['month']} {c['year0']} – Assembly rejects the first budget draft",
                 f"{c['month2']} – Governor writes to the Controller of Budget",
                 f"{c['month3']} – High Court suspends the assembly's resolution",
                 f"This week – Mediation talks open in {c['town']}"]
    elif kind == "steps":
        head = rng.choice(["How to apply", "Follow these steps to apply:",
                           "Applying for the bursary"])
        items = ["Log in to the eCitizen portal using your ID number",
                 "Select the county bursary form",
                 "Upload a copy of the admission letter",
                 "Pay the Sh100 processing fee through M-Pesa",
                 "Download and print the confirmation slip"]
    elif kind == "fixtures":
        head = rng.choice(["Weekend fixtures", "This weekend's matches:",
                           "FKF Premier League fixtures"])
        t = rng.sample(TEAMS, 6)
        items = [f"{t[0]} v {t[1]} (Saturday, 3pm, Kasarani)",
                 f"{t[2]} v {t[3]} (Saturday, 4pm, Nyayo)",
                 f"{t[4]} v {t[5]} (Sunday, 3pm, Bukhungu)"]
    elif kind == "requirements":
        head = rng.choice(["Applicants must have the following:", "Requirements",
                           "What you need"])
        items = ["A copy of the national ID card",
                 "A KCSE certificate with a minimum grade of C+",
                 "A certificate of good conduct",
                 "Clearance from the Higher Education Loans Board",
                 "Two recent passport-size photos"]
    elif kind == "charges":
        head = rng.choice(["The charges he faces are:", "The charges",
                           "Counts on the charge sheet"])
        items = ["Conspiracy to commit an economic crime",
                 "Abuse of office",
                 "Fraudulent acquisition of public property",
                 "Failure to comply with procurement law"]
    elif kind == "prices":
        head = rng.choice(["New pump prices in Nairobi", "The new prices are:",
                           "What you will pay"])
        items = [f"Super petrol – Sh{c['pet']}", f"Diesel – Sh{c['dsl']}",
                 f"Kerosene – Sh{c['ker']}"]
    elif kind == "results":
        head = rng.choice(["Women's 10,000m results", "Results", "Top finishers"])
        items = [f"1. {c['p1']} (Kenya Police) 30:{c['n2']:02d}.4",
                 f"2. {c['p2']} (KDF) 30:{min(c['n2'] + 3, 59):02d}.9",
                 f"3. {c['p3']} (Prisons) 31:02.1"]
    elif kind == "recommend":
        head = rng.choice(["The committee recommended that:", "Recommendations",
                           "What the committee wants"])
        items = ["The contractor be blacklisted",
                 "The officers involved be surcharged",
                 "A forensic audit be conducted within 90 days",
                 "The tender be advertised afresh"]
    elif kind == "areas":
        head = rng.choice(["Most affected areas", "The hardest-hit areas are:"])
        cs = rng.sample(COUNTIES, 3)
        items = [f"{cs[0]} – {rng.randint(3, 19)},{rng.randint(100, 999)} households",
                 f"{cs[1]} – {rng.randint(1, 9)},{rng.randint(100, 999)} households",
                 f"{cs[2]} – {rng.randint(400, 999)} households"]
    else:
        head = rng.choice(["What the new rules say", "Key changes", "The new rules"])
        if c["topic"] == "tech":
            items = ["Users must confirm every split request with their PIN",
                     "Requests expire after 24 hours",
                     "Transactions below Sh100 attract no charge",
                     "Groups are limited to 20 members"]
        else:
            items = ["Boda boda riders must carry a second helmet for passengers",
                     "Operators will register with their county governments",
                     "Reflective jackets are mandatory at night",
                     "Fines for first offenders are capped at Sh5,000"]
    bullet = rng.choice(["", "", "- ", "• ", "* "]) if not items[0][:2] == "1." else ""
    out = [head] + [bullet + it + end for it in items]
    return out


def list_sw(rng, c, kind):
    if kind == "requirements":
        head = rng.choice(["Waombaji wanapaswa kuwa na yafuatayo:", "Mahitaji"])
        items = ["Nakala ya kitambulisho cha kitaifa", "Cheti cha KCSE chenye alama ya C+ au zaidi",
                 "Cheti cha tabia njema", "Picha mbili za pasipoti"]
    elif kind == "steps":
        head = rng.choice(["Jinsi ya kutuma maombi", "Fuata hatua hizi:"])
        items = ["Ingia kwenye tovuti ya eCitizen ukitumia nambari ya kitambulisho",
                 "Chagua fomu ya ombi la basari", "Pakia nakala ya barua ya kujiunga",
                 "Lipa ada ya Sh100 kupitia M-Pesa", "Pakua na uchapishe stakabadhi ya uthibitisho"]
    elif kind == "fixtures":
        head = rng.choice(["Ratiba ya mechi za wikendi", "Mechi za wikendi hii:"])
        t = rng.sample(TEAMS, 4)
        items = [f"{t[0]} dhidi ya {t[1]} (Jumamosi, saa tisa alasiri, Kasarani)",
                 f"{t[2]} dhidi ya {t[3]} (Jumapili, saa kumi jioni, Nyayo)"]
    elif kind == "charges":
        head = rng.choice(["Mashtaka anayokabiliwa nayo ni:", "Mashtaka"])
        items = ["Kula njama ya kutenda uhalifu wa kiuchumi", "Matumizi mabaya ya mamlaka",
                 "Kujipatia mali ya umma kwa njia ya udanganyifu"]
    elif kind == "prices":
        head = rng.choice(["Malipo ya bonasi kwa kila kiwanda", "Malipo kwa kila kilo ni kama ifuatavyo:"])
        items = [f"Kiwanda cha {t} – Sh{rng.randint(20, 60)}" for t in rng.sample(TOWNS, 3)]
    else:
        head = rng.choice(["Jinsi mzozo ulivyoanza", "Matukio muhimu"])
        items = [f"{c['month']} {c['year0']} – Bunge lakataa rasimu ya kwanza ya bajeti",
                 f"{c['month2']} – Gavana amwandikia Msimamizi wa Bajeti",
                 f"{c['month3']} – Mahakama Kuu yasimamisha uamuzi wa bunge",
                 "Wiki hii – Mazungumzo ya upatanisho yaanza"]
    bullet = rng.choice(["", "", "- ", "• "])
    return [head] + [bullet + it for it in items]


# --------------------------------------------------------------------------
# Other stories' headlines, for read-also devices
# --------------------------------------------------------------------------
HEADLINES_EN = [
    "{P} breaks silence after losing {C} seat",
    "Court stops sale of public land in {T}",
    "Inside the deal that left {T} traders counting losses",
    "Why {P} wants early talks with the opposition",
    "Heavy rains cut off roads in {C}",
    "KRA sets new deadline for tax returns",
    "Man arrested over theft of transformer oil in {T}",
    "Harambee Stars name squad for AFCON qualifier",
    "Teachers threaten strike over delayed promotions",
    "Motorists brace for higher pump prices",
    "{P}: I will not resign over audit report",
    "Photos: Inside {P}'s colourful wedding in {T}",
    "Senators clash over revenue sharing formula",
    "Kenyan runner wins Berlin marathon in course record",
    "Family of missing {T} boda boda rider seeks answers",
    "Drought: Over 1 million face hunger in northern Kenya",
    "How a {T} teacher turned her kitchen garden into a business",
    "Shilling weakens against dollar as demand for imports rises",
    "MPs reject bid to scrap housing levy",
    "Police officer shot dead in {C} attack",
    "{P} unveils new county cabinet in major shake-up",
    "You won't believe what {P} told MCAs about the budget",
    "Gor Mahia fans storm pitch after controversial penalty",
    "Eight schools closed after student unrest in {C}",
    "Safaricom profit rises on M-Pesa growth",
    "Woman, 75, graduates with degree from Moi University",
    "Fresh row as county cancels tender for {T} market",
    "Video: Dramatic moment {P} walks out of meeting",
    "Weather alert: More rain expected in {C} this week",
    "Hospital staff down tools over unpaid allowances in {C}",
    "Ex-CEO charged with Sh{N} million fraud",
    "From hawker to millionaire: The story of {P}",
    "Inside the secret meeting that could change {C} politics",
    "Parents protest as school raises fees mid-term",
]
HEADLINES_SW = [
    "{P} aeleza sababu za kujiuzulu",
    "Mvua kubwa yasababisha hasara {C}",
    "Mahakama yazuia uuzaji wa ardhi ya umma {T}",
    "Bei ya unga wa mahindi yapanda tena",
    "Harambee Stars yataja kikosi cha kufuzu AFCON",
    "Walimu watishia kugoma kuhusu upandishaji vyeo",
    "Polisi wamkamata mshukiwa wa wizi wa mifugo {C}",
    "Wabunge wakataa pendekezo la kufuta ada ya nyumba",
    "Mwanariadha wa Kenya ashinda mbio za Berlin",
    "Familia ya mhudumu wa bodaboda aliyetoweka yataka majibu",
    "Ukame: Zaidi ya watu milioni moja wakabiliwa na njaa",
    "Shilingi yadhoofika dhidi ya dola",
    "Gavana {P} atangaza mabadiliko katika serikali ya kaunti",
    "Afisa wa polisi auawa kwa kupigwa risasi {C}",
    "Shule nane zafungwa baada ya wanafunzi kuzua fujo {C}",
    "Wakulima wa chai walalamikia malipo duni",
    "Picha: Harusi ya kifahari ya {P} mjini {T}",
]
SMALL = {"a", "an", "the", "of", "in", "on", "at", "for", "to", "and", "over",
         "with", "as", "by", "from", "after"}


def title_case(s):
    words = s.split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w.lower() in SMALL and not out[-1].endswith(":"):
            out.append(w)
        else:
            out.append(w[:1].upper() + w[1:])
    return " ".join(out)


def headline(rng, lang, case=None):
    pool = HEADLINES_SW if lang == "sw" else HEADLINES_EN
    h = rng.choice(pool).format(P=person(rng), C=rng.choice(COUNTIES),
                                T=rng.choice(TOWNS), N=rng.randint(12, 480))
    case = case or rng.choice(["title", "title", "sentence", "caps"])
    if case == "title":
        return title_case(h)
    if case == "caps":
        return h.upper()
    return h


def person(rng):
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


# --------------------------------------------------------------------------
# Boilerplate devices. Each returns a list of lines (all dropped).
# --------------------------------------------------------------------------
BLOCK_LABELS_EN = [
    "Also Read", "READ ALSO", "Read more", "Related", "Related Articles",
    "Recommended", "You may also like", "More from {brand}", "Keep reading",
    "Don't Miss", "Trending Now", "Editor's Picks", "In case you missed it",
    "Must Read", "More on this story", "Popular this week",
    "What others are reading", "Latest Stories", "Most Read", "Further reading",
    "MORE STORIES", "Stories you might like", "Related Stories", "Related Posts",
    "RELATED ARTICLES", "MORE FROM AUTHOR", "Top Stories", "Read next",
    "Recommended for you", "Also on {brand}", "More in Politics", "Up next",
    "Other stories you may have missed", "ICYMI", "Worth reading",
]
BLOCK_LABELS_SW = [
    "SOMA PIA", "Habari Nyingine", "Soma Zaidi", "Habari Zaidi",
    "Habari Zinazohusiana", "Usikose", "Habari Maarufu", "Zilizosomwa Zaidi",
    "Pia Soma", "Makala Zaidi", "Unaweza pia kupenda", "Zaidi kutoka {brand}",
    "Habari Mpya",
]
LINE_PREFIX_EN = [
    "ALSO READ: ", "SEE ALSO: ", "READ: ", "RELATED: ", "MORE: ", "READ>>> ",
    "READ ALSO: ", "Also read: ", "ALSO SEE - ", "Read also | ", "Also Read → ",
    "READ MORE: ", "Related story: ", "Related: ", "MUST READ: ", "DON'T MISS: ",
    "TRENDING: ", ">> ALSO READ: ", "[ALSO READ] ", "READ ALSO >> ", "Also read - ",
    "Read more>> ", "Recommended: ", "Read next: ", "SEE ALSO >> ", "Also Read:",
    "ALSO READ » ", "RELATED STORY | ", "Read: ", "READ ALSO – ",
]
LINE_PREFIX_SW = [
    "SOMA PIA: ", "SOMA ZAIDI: ", "Habari nyingine: ", "SOMA: ", "PIA SOMA >> ",
    "USIKOSE: ", "Soma pia - ", "HABARI NYINGINE | ", "Soma pia: ",
]
BULLETS = ["- ", "• ", "* ", "", "→ ", "» ", "– ", "· "]


def dev_ra_block(rng, o, lang):
    labels = BLOCK_LABELS_SW if (lang == "sw" and rng.random() < 0.85) else BLOCK_LABELS_EN
    lab = rng.choice(labels).format(brand=o["brand"])
    r = rng.random()
    if r < 0.2:
        lab = lab.upper()
    elif r < 0.3:
        lab = lab.lower()
    if rng.random() < 0.25:
        lab += rng.choice([":", " »", " >>", ":", " ▼"])
    bullet = rng.choice(BULLETS)
    numbered = rng.random() < 0.12
    case = rng.choice(["title", "title", "sentence", "caps", None])
    n = rng.randint(2, 5)
    items = []
    for i in range(n):
        h = headline(rng, lang, case)
        if o["id"] == "nation" and rng.random() < 0.2:
            h = "PREMIUM " + h
        items.append((f"{i + 1}. " if numbered else bullet) + h)
    return [lab] + items


def dev_ra_line(rng, o, lang):
    pool = LINE_PREFIX_SW if (lang == "sw" and rng.random() < 0.85) else LINE_PREFIX_EN
    pre = rng.choice(pool)
    h = headline(rng, lang)
    if rng.random() < 0.12:
        return ["[" + pre.strip() + " " + h + "]"]
    if rng.random() < 0.08:
        return ["(" + pre.strip() + " " + h + ")"]
    return [pre + h]


def phone(rng):
    return "07" + "".join(str(rng.randint(0, 9)) for _ in range(8))


def dev_promo(rng, o, lang, kind=None):
    b, d = o["brand"], o["domain"]
    bn = re.sub(r"^The ", "", b)
    if lang == "sw" and rng.random() < 0.8:
        pool = [
            f"Una habari ambayo ungependa tuichapishe? Tutumie ujumbe kupitia WhatsApp: {phone(rng)}.",
            f"Pakua programu ya {b} kwenye Google Play upate habari za hivi punde.",
            f"ZINGATIA: Jiunge na chaneli yetu ya WhatsApp upate habari motomoto kila siku.",
            f"Jisajili kwa kozi yetu ya uandishi wa habari mtandaoni. Nafasi ni chache, jiunge leo!",
            f"NAFASI ZA KAZI: {b} inatafuta wahariri wawili. Tuma maombi yako kupitia kazi@{d}.",
            f"Una taarifa au tukio ungependa tulifuatilie? Piga simu au tuma SMS kwa {phone(rng)}.",
            f"Tembelea tovuti yetu {d} kwa habari zaidi za kitaifa na kimataifa.",
            f"HABARI YA UDHAMINI: Punguzo la hadi asilimia 30 kwa simu janja msimu huu wa sikukuu.",
        ]
        return [rng.choice(pool)]
    kinds = {
        "tip": [
            f"Do you have a story or a tip you want us to look into? Reach us on WhatsApp: {phone(rng)}.",
            f"Got a news tip? Email us at tips@{d} or send a WhatsApp message to {phone(rng)}.",
            f"Have a story you'd like us to cover? Send it to news@{d}.",
            f"Want to share your story with us? Call or text our newsdesk on {phone(rng)}.",
            f"Do you have a groundbreaking story you would like us to publish? Please reach us through news@{d} or WhatsApp: {phone(rng)}.",
            f"Witnessed something newsworthy? Share photos and videos with us on WhatsApp {phone(rng)}.",
        ],
        "app": [
            f"Download the {bn} app on Google Play and the App Store for breaking news alerts.",
            "Get the latest news on the go: download our app here>>>",
            "Download our blog's APP from Google Playstore using the link here>>>",
            f"For more stories like this, visit our blog at {d}.",
            f"Never miss a story. Get the {bn} app free on Android and iOS.",
            f"Read this and more on the {bn} e-paper. Download it today.",
        ],
        "event": [
            f"Register now for the {bn} Business Summit on {rng.choice(MONTHS_EN)} {rng.randint(2, 28)}. Limited seats available.",
            f"Join us at the {bn} Career Fair this Saturday at KICC. Entry is free.",
            f"Book your ticket for the {bn} Women in Leadership Breakfast. Click here to register.",
        ],
        "sponsored": [
            "Sponsored: Get up to 50% off on smartphones this festive season at selected stores.",
            f"This story is brought to you in partnership with {rng.choice(['Mavuno Bank', 'Jirani Insurance', 'Pwani Motors'])}.",
            "SPONSORED CONTENT",
            f"Paid partnership with {rng.choice(['Kilele Homes', 'Baraka Telecom', 'Zuri Foods'])}",
            "ADVERTORIAL: Own a home in Kitengela with a deposit of only Sh150,000. Call us today!",
            "Sponsored | Save more with our new fixed deposit account. Terms apply.",
        ],
        "course": [
            f"Learn digital marketing online with {b} Academy. Enrol today and get a certificate in six weeks!",
            "Upgrade your skills: sign up for our free data journalism course. Apply now!",
            "Education is your right! Learn online at your own pace. Enroll now!",
            f"Want to become a content creator? Join the {bn} masterclass. Registration closes Friday.",
        ],
        "job": [
            f"We're hiring! {b} is looking for a sub-editor. Apply at careers.{d}.",
            "JOB VACANCY: Sales executives wanted in Nairobi. Send your CV to jobs@hr-kenya.example.",
            "Looking for a job? Browse hundreds of vacancies on our jobs board. Click here.",
        ],
        "payatt": [
            f"PAY ATTENTION: Turn on notifications so you never miss breaking stories from {b}.",
            f"PAY ATTENTION: Join {b}'s WhatsApp channel for the latest updates.",
            "PAY ATTENTION: Our weekly news quiz is live. Test what you know now!",
            f"PAY ATTENTION: Follow {b} on Google News and never miss a story.",
            "PAY ATTENTION: Share your feedback on our new look and win airtime.",
        ],
    }
    kind = kind or rng.choice(list(kinds))
    return [rng.choice(kinds[kind])]


PHOTOGRAPHERS = ["Evans Habil", "Dennis Onsongo", "Wilfred Nyangaresi", "Lucy Wanjiku",
                 "Boniface Bogita", "Jeff Angote", "Kanyiri Wahito", "Sila Kiplagat",
                 "Chrispinus Wekesa", "Pauline Kiragu"]
PH_OUTLET = {"nation": "Nation Media Group", "standard": "Standard",
             "star": "The Star", "citizen": "Citizen Digital",
             "businessdaily": "Nation Media Group", "eastafrican": "Nation Media Group",
             "capitalfm": "Capital FM", "kenyans": "Kenyans.co.ke",
             "taifaleo": "Taifa Leo", "peopledaily": "People Daily",
             "kbc": "KBC"}


def credit_line(rng, o, lang):
    ph = rng.choice(PHOTOGRAPHERS)
    house = PH_OUTLET.get(o["id"], o["brand"])
    if lang == "sw" and rng.random() < 0.75:
        return rng.choice(["PICHA | MAKTABA", "Picha: Hisani", "PICHA | HISANI",
                           f"Picha: {ph}", "Picha/Maktaba", "Chanzo: Facebook",
                           "Chanzo: UGC", "Picha: Kwa Hisani", f"PICHA | {ph.upper()}",
                           "Chanzo: Instagram", "Picha: Mpiga picha wetu"])
    pool = {
        "tuko": ["Source: Facebook", "Source: Twitter", "Source: UGC", "Source: Original",
                 "Source: Instagram", "Source: Getty Images", "Source: TikTok",
                 f"Photo: {ph}/TUKO.co.ke"],
        "nation": [f"Photo credit: {ph} | Nation Media Group", f"Photo: {ph} | Nation Media Group",
                   "Photo credit: File | Nation Media Group", "PHOTO | FILE | NMG",
                   "Photo credit: AFP", "Photo credit: Pool"],
        "star": ["Image: FILE", "Image: COURTESY", f"Image: {ph.upper()}", "Image: X",
                 "Image: SCREENGRAB", "Image: HANDOUT"],
        "standard": ["[File, Standard]", f"[{ph}, Standard]", "(Photo: Courtesy)",
                     "[Photo: Standard]", "(Photo: File)"],
    }.get(o["id"], None)
    generic = ["REUTERS", "AFP", "Courtesy", "File", "Screengrab", "Photo/Courtesy",
               "Photo: Courtesy", "Photo/REUTERS", "(Photo: AFP)", "PHOTO | AFP",
               "Photo: Screengrab", f"Photo by {ph}", "File photo", "Image: courtesy",
               f"Credit: {ph}/{house}", f"Picture: {ph}", f"Photo: {ph}/{house}",
               f"PHOTO | {ph.upper()}", "Image: Courtesy/X", "Photo: Handout",
               "Photo | File", "Photo: Getty Images", "Credit: Screenshot/YouTube",
               f"Photo: {house}"]
    if pool and rng.random() < 0.7:
        return rng.choice(pool)
    return rng.choice(generic)


CAPTIONS_EN = {
    None: [
        "{title} {p} (centre) addresses residents in {town} on {day}.",
        "{p} (left) and {p2} during a press conference in Nairobi on {day}.",
        "Pictured: {p} during a public event in {town}.",
        "Left to right: {p}, {p2} and {p3} at the event in {town}.",
        "{p} speaks to journalists in Nairobi on {day}.",
    ],
    "politics": ["IN PHOTO: Traders at {town} market count their losses after the floods.",
                 "{title} {p} (second right) inspects the stalled market in {town} on {day}.",
                 "MCAs follow proceedings at the {county} County Assembly on {day}."],
    "court": ["A file photo of the Milimani Law Courts in Nairobi.",
              "The accused, {p}, (right) in the dock at the Milimani Law Courts on {day}."],
    "weather": ["Floodwaters on the {town}-{town2} road on {day}.",
                "An aerial view of the flooded {town} estate.",
                "Residents wade through floodwater in {town}, {county} County."],
    "athletics": ["{p} celebrates after winning the women's 10,000m at Nyayo Stadium on {day}."],
    "football": ["Gor Mahia players celebrate a goal against {team} at Kasarani."],
    "tea": ["Tea farmers deliver green leaf at a buying centre in {county}."],
    "fuel": ["Fuel attendants at a petrol station along Mombasa Road, Nairobi."],
    "health": ["A health worker attends to a patient at {town} sub-county hospital."],
    "education": ["Students queue for registration at a university campus in Nairobi."],
    "security": ["Police officers patrol {town} following {day}'s attack.",
                 "Herders drive livestock in {county}. Security has been beefed up in the area."],
    "music": ["Singer {p} performs at a concert in Nairobi.",
              "{p} (right) with fans after her show in {town}."],
    "tech": ["A customer makes an M-Pesa payment at a shop in {town}."],
}
CAPTIONS_SW = {
    None: ["{p} (kushoto) na {p2} wakati wa kikao na wanahabari jijini Nairobi.",
           "{p} akihutubia wakazi wa {town} siku ya {day}."],
    "siasa": ["Gavana {p} (katikati) akihutubia wakazi wa {town} siku ya {day}."],
    "mahakama": ["Mshtakiwa {p} (kulia) kizimbani katika Mahakama ya Milimani."],
    "hewa": ["Wakazi wa {town} wakivuka maji ya mafuriko siku ya {day}."],
    "kilimo": ["Wakulima wa chai wakiwasilisha majani katika kituo cha ununuzi {county}."],
    "michezo": ["{p} akisherehekea baada ya kushinda mbio za mita 10,000 uwanjani Nyayo."],
    "afya": ["Mhudumu wa afya akimhudumia mgonjwa katika hospitali ya {town}."],
}


def dev_caption(rng, o, lang, c):
    sw = lang == "sw"
    table = CAPTIONS_SW if sw else CAPTIONS_EN
    tpls = table.get(c["topic"], [])
    tpl = rng.choice(tpls if tpls and rng.random() < 0.65 else table[None])
    title = rng.choice(["Governor", "Senator", "CS", "Nominated MP", "Deputy Governor"])
    people = [c["p1"], c["p2"], c["p3"], person(rng)]
    rng.shuffle(people)
    cap = tpl.format(title=title, p=people[0], p2=people[1], p3=people[2],
                     town=c["town"], town2=c["town2"], county=c["county"],
                     day=c["day"], team=c["team"])
    has_positional = any(k in cap for k in ("(", "Pictured", "IN PHOTO", "file photo",
                                             "aerial view", "Left to right"))
    r = rng.random()
    if r < 0.4 or not has_positional and r < 0.75:
        # caption with the credit on the same line
        sep = rng.choice([" ", " ", "  ", " | ", " — "])
        return [cap + sep + credit_line(rng, o, lang)]
    if r < 0.8 or not has_positional:
        return [cap, credit_line(rng, o, lang)]
    return [cap]


def dev_credit(rng, o, lang, c):
    return [credit_line(rng, o, lang)]


def dev_paywall(rng, o, lang):
    b = o["brand"]
    if lang == "sw" and rng.random() < 0.85:
        pool = [["Jisajili ili uendelee kusoma habari hii."],
                ["Jisajili ili uendelee kusoma habari hii.", "Tayari una usajili? Ingia"],
                ["Umefikia kikomo cha makala za bure mwezi huu."],
                [f"Lipia usajili wa {b} Dijitali kwa Sh{rng.choice([99, 149, 199])} tu kwa mwezi."],
                ["Habari hii ni kwa wanaolipia pekee.", "JISAJILI SASA"],
                ["Ingia au ujisajili bila malipo ili kuendelea kusoma."]]
        return rng.choice(pool)
    pool = {
        "nation": [["Your premium access has ended, but the best of Nation.Africa is still within reach. Renew now to unlock exclusive stories and in-depth features.", "Reclaim your full access. Click below to renew."],
                   ["Subscribe"], ["Your subscription is almost coming to an end. Renew now to keep enjoying premium stories."]],
        "standard": [["Create your free account or log in to continue reading"],
                     ["Log in or register to access premium content only available to our subscribers"],
                     ["Log in for free access to most premium news and information"]],
    }.get(o["id"])
    generic = [
        ["Subscribe to continue reading"],
        ["This article is for subscribers only.", "Already a subscriber? Log in"],
        [f"Unlock unlimited access to {b} for just Sh{rng.choice([5, 10, 20])} a day."],
        ["You have reached your limit of free articles this month."],
        ["Get full access to all premium stories. Subscribe now."],
        ["Premium content: sign in to read the full story."],
        [f"Continue reading this story with a {b} subscription.", "SUBSCRIBE NOW"],
        ["Support independent journalism. Become a subscriber today."],
        ["Register for free to keep reading.", "Already registered? Sign in"],
        [f"You are reading a premium story. Subscribe to {b} Digital for unlimited access.", "View offers"],
        ["To read the rest of this story, please log in or create an account."],
    ]
    if pool and rng.random() < 0.5:
        return rng.choice(pool)
    return rng.choice(generic)


def dev_social(rng, o, lang):
    b = o["brand"]
    if lang == "sw" and rng.random() < 0.7:
        pool = [["Tufuate kwenye Facebook na X"], ["Shiriki habari hii"],
                ["Jiunge na jarida letu upate habari kila asubuhi."],
                ["Jiunge nasi kwenye Telegram"], ["SHIRIKI:", "Facebook", "WhatsApp", "X"],
                [f"Fuatilia {b} kwenye mitandao ya kijamii kwa habari zaidi."]]
        if o["id"] == "taifaleo":
            pool += [["Be our fan Follow us Join us Subscribe our newsletter to stay updated © Copryright 2023 Taifa Leo. All Rights Reserved"],
                     ["You can share this post!"]]
        return rng.choice(pool)
    pool = [
        ["Subscribe to our newsletter"],
        ["Share this:", "Click to share on Facebook (Opens in new window)",
         "Click to share on X (Opens in new window)", "Click to share on WhatsApp (Opens in new window)"],
        ["Share this:", "Facebook", "X", "WhatsApp", "Like this:", "Like Loading..."],
        ["Follow us on X"], ["Follow us on Google News"],
        [f"Join our WhatsApp channel for more stories from {b}."],
        ["Share on Facebook", "Tweet", "Share via Email"],
        ["Get our daily news digest straight to your inbox. Sign up here."],
        ["Stay informed: sign up for our morning briefing."],
        [f"Follow {b} on Facebook, X and Instagram for the latest news."],
        ["Facebook Twitter WhatsApp Telegram Copy link"],
        ["SHARE THIS STORY"],
        [f"Enjoyed this article? Subscribe to the {re.sub('^The ', '', b)} newsletter for weekly highlights."],
        ["Share", "Facebook", "Twitter", "Pinterest", "WhatsApp"],
        ["Like our Facebook page and follow us on TikTok for more updates."],
    ]
    return rng.choice(pool)


def dev_comments(rng, o, lang, style=None):
    if lang == "sw" and rng.random() < 0.75:
        pool = [["Acha Maoni", "Barua pepe yako haitachapishwa. Sehemu zinazohitajika zimewekwa alama *",
                 "Maoni *", "Jina *", "Barua pepe *", "Tuma Maoni"],
                [f"Maoni {rng.randint(0, 40)}"], ["Kuwa wa kwanza kutoa maoni"],
                ["Toa maoni yako hapa chini."], ["Acha Maoni", "Tuma Maoni"]]
        return rng.choice(pool)
    n = rng.randint(0, 86)
    pool = {
        "wp": [["Leave a Reply", "Your email address will not be published. Required fields are marked *",
                "Comment *", "Name *", "Email *", "Website",
                "Save my name, email, and website in this browser for the next time I comment.", "Post Comment"],
               ["Leave a Reply Cancel reply", "Your email address will not be published. Required fields are marked *",
                "Post Comment"],
               ["Leave a Comment", "You must be logged in to post a comment."]],
        "tagdiv": [["LEAVE A REPLY", "Please enter your comment!", "Please enter your name here",
                    "You have entered an incorrect email address!", "Please enter your email address here",
                    "Save my name, email, and website in this browser for the next time I comment."]],
        "counter": [[f"{n} Comments"], [f"View Comments ({n})"], ["Be the first to comment"],
                    ["Join the conversation"], [f"{n} Responses"], ["Show comments"],
                    ["Comments"]],
        "disqus": [["What do you think?", f"{n} Comments", "Sort by Best", "Comments powered by Disqus."],
                   ["Join the discussion…", "Log in with", "Comments are moderated and will appear after approval."],
                   ["We welcome your comments. Please keep them civil and on topic."],
                   ["Add a comment...", "Sort by Newest"]],
    }
    style = style or rng.choice(list(pool))
    return rng.choice(pool[style])


def dev_chrome(rng, o, lang, c, kind=None):
    b = o["brand"]
    sw = lang == "sw" and rng.random() < 0.6
    tags = rng.sample(TAGS_SW if sw else TAGS_EN, rng.randint(2, 4))
    sec = rng.choice(["News", "Politics", "Counties", "Business", "Sports", "Health"])
    kinds = {
        "ad": ["ADVERTISEMENT", "Advertisement", "- Advertisement -", "ADVERTISEMENT - CONTINUE READING BELOW",
               "Scroll to continue with content", "Sponsored Ad", "AD", "TANGAZO" if sw else "Advertisement"],
        "crumb": [f"Home » {sec} » {c['county']}", f"Home / Counties / {c['county']}", f"Home > {sec}",
                  f"News | {sec}", f"Home › {sec} › Latest"] if not sw else
                 ["Nyumbani » Habari » Kitaifa", "Mwanzo / Habari / Kaunti", f"Nyumbani › Michezo"],
        "tags": [("Lebo: " if sw else "Tags: ") + ", ".join(tags),
                 ("LEBO " if sw else "TAGS ") + " ".join(tags), "Topics: " + " | ".join(tags),
                 "Tagged: " + ", ".join(tags)],
        "misc": ["Exit mobile version", "Back to top", "Print", "Print this article",
                 f"{rng.randint(2, 9)} min read", f"Reading time: {rng.randint(2, 9)} minutes",
                 "Listen to this article", "Click to print (Opens in new window)", "Email this article",
                 "Sign in", "Loading...", "Font size A- A+", "Listen to this story 04:12",
                 f"© {c['year0'] + 1} {b}. All rights reserved."] if not sw else
                ["Rudi Juu", f"Dakika {rng.randint(2, 7)} za kusoma", "Chapisha", "Sikiliza habari hii",
                 f"© {c['year0'] + 1} {b}. Haki zote zimehifadhiwa.", "Exit mobile version"],
        "prevnext": [["Previous article", "Next article"], ["Previous Post", "Next Post"],
                     ["Makala Iliyotangulia", "Makala Inayofuata"] if sw else ["« Previous", "Next »"],
                     ["PREVIOUS ARTICLE", headline(rng, lang), "NEXT ARTICLE", headline(rng, lang)]],
        "taglines": [["Lebo" if sw else "Tags"] + tags],
    }
    kind = kind or rng.choice(["ad", "ad", "crumb", "tags", "misc", "prevnext"])
    v = rng.choice(kinds[kind])
    return list(v) if isinstance(v, list) else [v]


# --------------------------------------------------------------------------
# Outlets and their device mixes (kind weights) and placement
# --------------------------------------------------------------------------
def O(id_, brand, domain, mix, ndev=(2, 5), sw=0, join=None):
    return {"id": id_, "brand": brand, "domain": domain, "mix": mix, "ndev": ndev,
            "sw": sw, "join": join}


OUTLETS = [
    O("nation", "Nation", "nation.africa",
      {"ra_block": 3, "ra_line": 2, "caption": 3, "credit": 1, "paywall": 4, "chrome_ad": 1,
       "social": 1, "chrome_misc": 1, "promo_event": 1}, (2, 5), sw=1),
    O("standard", "The Standard", "standardmedia.co.ke",
      {"ra_line": 4, "ra_block": 2, "caption": 2, "paywall": 2, "chrome_tags": 1,
       "comments": 1, "social": 1}, (2, 6), sw=1),
    O("star", "The Star", "the-star.co.ke",
      {"chrome_ad": 4, "caption": 3, "ra_block": 2, "credit": 1, "chrome_misc": 1, "social": 1,
       "promo_app": 1},
      (2, 6), sw=1),
    O("citizen", "Citizen Digital", "citizen.digital",
      {"ra_line": 4, "caption": 2, "credit": 2, "social": 2, "ra_block": 1, "chrome_tags": 1,
       "promo_app": 1}, (2, 5), sw=2),
    O("tuko", "TUKO.co.ke", "tuko.co.ke",
      {"promo_payatt": 4, "ra_block": 3, "ra_line": 1, "caption": 3, "credit": 2, "promo_tip": 2,
       "promo_course": 1, "chrome_ad": 1}, (3, 6), sw=2),
    O("kenyans", "Kenyans.co.ke", "kenyans.co.ke",
      {"ra_block": 2, "ra_line": 2, "caption": 3, "credit": 1, "promo_sponsored": 1, "social": 2,
       "paywall": 1, "chrome_tags": 1, "promo_tip": 1}, (2, 5), sw=1),
    O("capitalfm", "Capital FM", "capitalfm.co.ke",
      {"social": 3, "ra_block": 2, "comments": 2, "chrome_misc": 2, "caption": 2,
       "credit": 1, "chrome_tags": 1, "promo_app": 1}, (2, 6)),
    O("businessdaily", "Business Daily", "businessdailyafrica.com",
      {"paywall": 5, "caption": 2, "ra_block": 2, "ra_line": 1, "social": 2, "promo_event": 1,
       "chrome_misc": 1}, (2, 5)),
    O("taifaleo", "Taifa Leo", "taifaleo.nation.co.ke",
      {"ra_block": 3, "ra_line": 2, "caption": 2, "credit": 1, "social": 2, "chrome_prevnext": 2,
       "chrome_taglines": 1, "paywall": 2, "comments": 2, "chrome_ad": 1, "promo_app": 1}, (2, 6), sw=5),
    O("eastafrican", "The EastAfrican", "theeastafrican.co.ke",
      {"caption": 3, "credit": 2, "ra_block": 2, "paywall": 3, "social": 1, "promo_event": 1,
       "ra_line": 1},
      (2, 5)),
    O("kbc", "KBC", "kbc.co.ke",
      {"social": 2, "chrome_prevnext": 2, "ra_block": 2, "comments_tagdiv": 3, "caption": 1,
       "chrome_crumb": 1}, (2, 6), sw=2),
    O("kenyanpost", "The Kenyan DAILY POST", "kenyan-post.com",
      {"promo_app_top": 4, "signoff": 3, "ra_line": 2, "credit": 1, "comments": 1, "promo_job": 1},
      (2, 4)),
    O("peopledaily", "People Daily", "peopledaily.digital",
      {"ra_block": 2, "chrome_tags": 2, "social": 2, "caption": 2, "chrome_crumb": 1,
       "promo_sponsored": 1, "promo_app": 1}, (2, 5)),
    O("kahawatungu", "Kahawa Tungu", "kahawatungu.com",
      {"comments": 3, "social": 2, "ra_block": 2, "credit": 1, "chrome_misc": 1, "promo_tip": 2},
      (2, 5)),
    O("nairobileo", "Nairobi Leo", "nairobileo.co.ke",
      {"ra_line": 3, "promo_tip": 2, "social": 2, "caption": 1, "credit": 1, "ra_block": 1},
      (2, 5)),
    O("steshanews", "Stesha News", "steshanews.co.ke",
      {"ra_line": 2, "chrome_misc": 2, "social": 2, "ra_block": 1, "comments": 1, "credit": 1,
       "promo_job": 1}, (2, 5), sw=1),
    O("mpasho", "Mpasho", "mpasho.co.ke",
      {"caption": 3, "credit": 2, "chrome_ad": 3, "ra_block": 2, "promo_course": 1, "social": 1,
       "promo_tip": 1, "promo_sponsored": 1},
      (2, 6), sw=1),
    O("seed", "", "example.co.ke",
      {"credit": 1, "social": 1, "chrome_misc": 1, "ra_line": 1}, (0, 2), join="\n"),
]
TOPIC_BY_OUTLET = {
    "businessdaily": ["fuel", "tea", "tech", "court"],
    "mpasho": ["music", "music", "security", "court"],
    "kenyanpost": ["music", "court", "security", "politics"],
    "tuko": ["music", "politics", "security", "weather", "court"],
    "eastafrican": ["fuel", "tea", "politics", "health"],
}

TRIGGER = re.compile(
    r"\b(read\w*|also|subscri\w*|follow\w*|shar\w*|photo\w*|image\w*|pictur\w*|sources?|"
    r"advert\w*|download\w*|whatsapp|related|more|comment\w*|courtesy|files?|credit\w*|"
    r"tags?|print\w*|email|repl\w*|app|editor\w*|caption\w*|premium|results?|"
    r"pia|picha|maoni|tangazo|pakua|zaidi|chanzo|hisani|maktaba|habari|shiriki\w*|"
    r"\w*fuat\w*|\w*soma\w*|jisajili)\b", re.I)


def make_ctx(rng, lang):
    ps = [person(rng) for _ in range(5)]
    c = {f"p{i + 1}": p for i, p in enumerate(ps)}
    c.update({f"p{i + 1}s": p.split(" ")[1] for i, p in enumerate(ps)})
    cs = rng.sample(COUNTIES, 2)
    ts = rng.sample(TOWNS, 2)
    months = MONTHS_SW if lang == "sw" else MONTHS_EN
    ms = rng.sample(range(12), 3)
    ms.sort()
    pet = rng.randint(168, 199)
    c.update(county=cs[0], county2=cs[1], town=ts[0], town2=ts[1],
             day=rng.choice(DAYS_SW if lang == "sw" else DAYS_EN),
             month=months[ms[0]], month2=months[ms[1]], month3=months[ms[2]],
             year0=rng.randint(2022, 2025), d2=rng.randint(2, 28),
             n1=rng.randint(40, 900), n2=rng.randint(10, 58), n3=rng.randint(12, 48),
             n4=rng.randint(2, 9), n5=rng.choice([50, 100, 150, 200, 300, 500]),
             n6=rng.randint(3, 9), team=rng.choice(TEAMS[1:]),
             pet=f"{pet}.{rng.randint(10, 99)}", dsl=f"{pet - rng.randint(8, 14)}.{rng.randint(10, 99)}",
             ker=f"{pet - rng.randint(15, 25)}.{rng.randint(10, 99)}", topic=None)
    return c


class Article:
    def __init__(self):
        self.units = []   # each unit: list of (text, label, family, hard)


HARD_GROUPS = [
    (re.compile(r"court|prosecution|evidence|\bfile\b|Public Prosecutions|charges|lawyer|judge|"
                r"ruled|suspects|arrested|mahakama|washukiwa|Faili|Mashtaka|CCTV|photographed"),
     {"court", "politics", "security", "mahakama", "siasa"}),
    (re.compile(r"singer|Instagram|newborn|Mwanamuziki"), {"music", "tech", "michezo"}),
    (re.compile(r"dividend|credit rating|Shareholders|pay-TV|SACCO|credit remains|The app, which|"
                r"Advertisement revenue|Tenants who|USSD"),
     {"fuel", "tea", "tech", "music", "politics", "kilimo"}),
    (re.compile(r"Mourners|death|Biblia|Bible|cleric|bishop"),
     {"politics", "security", "court", "weather", "health", "siasa", "hewa", "afya"}),
    (re.compile(r"displaced|makao|damaged bridge|fire|moto huo"),
     {"weather", "security", "politics", "hewa", "siasa", "health", "afya"}),
]


def hard_fits(h, topic):
    for rx, topics in HARD_GROUPS:
        if rx.search(h):
            return topic in topics
    return True


def story_units(rng, lang, topic, c, n_par):
    pool = (TOPICS_SW if lang == "sw" else TOPICS_EN)[topic]
    sents = [s.format(**c) for s in pool]
    filler = [s.format(**c) for s in (FILLER_SW if lang == "sw" else FILLER_EN)]
    hpool = [h for h in (HARD_SW if lang == "sw" else HARD_EN) if hard_fits(h, topic)]
    hard = [s.format(**c) for s in rng.sample(hpool, rng.randint(1, 3))]
    # keep the lead first, sample the rest in order
    order = [0] + sorted(rng.sample(range(1, len(sents)), min(len(sents) - 1, n_par)))
    paras = []
    i = 0
    while i < len(order):
        if rng.random() < 0.18 and i + 1 < len(order) and i > 0:
            paras.append(sents[order[i]] + " " + sents[order[i + 1]])
            i += 2
        else:
            paras.append(sents[order[i]])
            i += 1
    for h in hard:
        paras.insert(rng.randint(1, len(paras)), h)
    while len(paras) < n_par and filler:
        paras.insert(rng.randint(2, len(paras)), filler.pop(rng.randrange(len(filler))))
    units = [[(p, "keep", "story", bool(TRIGGER.search(p)) or p in hard)] for p in paras]
    # optional story list and subhead
    kinds = (LIST_KINDS_SW if lang == "sw" else LIST_KINDS_EN)[topic]
    if kinds and rng.random() < 0.6:
        k = rng.choice(kinds)
        lst = list_sw(rng, c, k) if lang == "sw" else list_en(rng, c, k)
        pos = rng.randint(2, max(2, len(units) - 1))
        units.insert(pos, [(t, "keep", "story", True) for t in lst])
    if rng.random() < 0.4:
        sh = rng.choice(SUBHEADS_SW if lang == "sw" else
                        SUBHEADS_EN + SUBHEADS_TOPIC.get(topic, []) * 3)
        pos = rng.randint(3, max(3, len(units) - 2))
        units.insert(pos, [(sh, "keep", "story", True)])
    return units


def device(rng, o, lang, kind, c):
    """Return (lines, family, placement) where placement is top/inline/end/early."""
    if kind == "ra_block":
        return dev_ra_block(rng, o, lang), "read_also_block", rng.choice(["inline", "inline", "end"])
    if kind == "ra_line":
        return dev_ra_line(rng, o, lang), "read_also_line", "inline"
    if kind.startswith("promo"):
        if kind == "promo_app_top":
            return dev_promo(rng, o, "en", "app"), "promo", "top"
        k = kind.split("_", 1)[1] if "_" in kind else None
        pl = "top" if k == "payatt" and rng.random() < 0.3 else rng.choice(["inline", "end"])
        return dev_promo(rng, o, lang, k), "promo", pl
    if kind == "caption":
        return dev_caption(rng, o, lang, c), "credit", "early"
    if kind == "credit":
        return dev_credit(rng, o, lang, c), "credit", rng.choice(["early", "inline"])
    if kind == "paywall":
        return dev_paywall(rng, o, lang), "paywall", rng.choice(["inline", "end", "early"])
    if kind == "social":
        return dev_social(rng, o, lang), "social", rng.choice(["end", "end", "inline", "top"])
    if kind.startswith("comments"):
        style = "tagdiv" if kind == "comments_tagdiv" else None
        return dev_comments(rng, o, lang, style), "comments", "end"
    if kind == "signoff":
        return [rng.choice(["The Kenyan DAILY POST.", "The Kenyan DAILY POST",
                            "THE KENYAN DAILY POST."])], "chrome", "end"
    if kind.startswith("chrome"):
        k = kind.split("_", 1)[1]
        k = {"ad": "ad", "misc": "misc", "tags": "tags", "crumb": "crumb",
             "prevnext": "prevnext", "taglines": "taglines"}[k]
        pl = {"ad": "inline", "crumb": "top", "tags": "end", "prevnext": "end",
              "taglines": "end"}.get(k)
        lines = dev_chrome(rng, o, lang, c, k)
        if pl is None:
            t = lines[0]
            pl = ("top" if re.search(r"min read|Reading time|Listen|Dakika|Font", t)
                  else "end" if re.search(r"Back to top|Exit mobile|©|Rudi|Chapisha", t) else
                  rng.choice(["top", "end", "inline"]))
        return lines, "chrome", pl
    raise ValueError(kind)


def seed_block(rng, c):
    lab = rng.choice(["Also Read", "Also Read", "Also Read", "Also read", "ALSO READ"])
    case = rng.choice(["title", "title", "sentence"])
    return [lab] + ["- " + headline(rng, "en", case) for _ in range(rng.randint(3, 5))]


def build_article(rng, o, lang, idx):
    c = make_ctx(rng, lang)
    if lang == "sw":
        topic = rng.choice(sorted(TOPICS_SW))
    else:
        topic = rng.choice(TOPIC_BY_OUTLET.get(o["id"], sorted(TOPICS_EN)))
    c["topic"] = topic
    n_par = rng.randint(8, 17)
    units = story_units(rng, lang, topic, c, n_par)
    top, end = [], []
    # inline gaps: between story units 1..len-1
    inline_slots = {}
    early_slots = {}
    devs = []
    if o["id"] == "seed":
        devs.append((seed_block(rng, c), "read_also_block", "inline_mid"))
    kinds, weights = zip(*sorted(o["mix"].items()))
    nd = rng.randint(*o["ndev"])
    chosen = []
    for _ in range(nd):
        k = rng.choices(kinds, weights)[0]
        if k in ("promo_app_top", "signoff", "paywall", "chrome_tags", "chrome_crumb",
                 "chrome_prevnext", "chrome_taglines") and k in chosen:
            continue
        if k.startswith("comments") and any(x.startswith("comments") for x in chosen):
            continue
        chosen.append(k)
        devs.append(device(rng, o, lang, k, c))
    if lang == "sw" and o["id"] != "seed" and rng.random() < 0.4:
        k = rng.choice(["paywall", "comments"])
        if not any(x.startswith(k) for x in chosen):
            devs.append(device(rng, o, lang, k, c))
    for lines, fam, pl in devs:
        entry = [(t, "drop", fam, False) for t in lines]
        if pl == "top":
            top.append(entry)
        elif pl == "end":
            end.append(entry)
        elif pl == "early":
            pos = rng.randint(1, min(4, len(units) - 1))
            early_slots.setdefault(pos, []).append(entry)
        elif pl == "inline_mid":
            pos = rng.randint(len(units) // 2 - 1, len(units) // 2 + 2)
            inline_slots.setdefault(pos, []).append(entry)
        else:
            pos = rng.randint(2, len(units) - 1)
            inline_slots.setdefault(pos, []).append(entry)
    seq = []
    for e in top:
        seq.extend(e)
    for i, u in enumerate(units):
        for e in early_slots.get(i, []) + inline_slots.get(i, []):
            seq.extend(e)
        seq.extend(u)
    for e in end:
        seq.extend(e)
    return seq


def noisy(rng, s):
    if rng.random() < 0.1 and " " in s:
        i = rng.choice([m.start() for m in re.finditer(" ", s)])
        s = s[:i] + rng.choice(["  ", "   ", "\t", " \t"]) + s[i + 1:]
    if rng.random() < 0.08 and " " in s:
        i = rng.choice([m.start() for m in re.finditer(" ", s)])
        s = s[:i] + "\u00a0" + s[i + 1:]
    if rng.random() < 0.08:
        s = rng.choice([" ", "  ", "\t", "\u00a0", "    "]) + s
    if rng.random() < 0.12:
        s = s + rng.choice([" ", "  ", "\t", "\u00a0", " \u00a0"])
    return s


def render(rng, o, seq):
    join = o["join"] or rng.choice(["\n", "\n", "\n\n", "\r\n", "\n\n", "\r\n\r\n"])
    noise_p = 0.0 if o["id"] == "seed" and rng.random() < 0.5 else 1.0
    parts, lines = [], []
    for t, label, fam, hard in seq:
        if noise_p and rng.random() < 0.05:
            parts.append(rng.choice([" ", "\t", "  ", "\u00a0", " \t "]))
        s = noisy(rng, t) if noise_p else t
        parts.append(s)
        lines.append({"text": s, "label": label, "family": fam, "hard": bool(hard)})
    text = join.join(parts)
    if rng.random() < 0.15:
        text = rng.choice(["\n", "  \n", "\r\n"]) + text
    if rng.random() < 0.2:
        text += rng.choice(["\n", "\n\n", "\n \n", "\r\n"])
    return text, lines


def verify(rec):
    got = [ln for ln in rec["text"].splitlines() if ln.strip()]
    want = [x["text"] for x in rec["lines"]]
    assert got == want, (rec["id"], got[:3], want[:3])
    for x in rec["lines"]:
        assert x["label"] in ("keep", "drop") and x["family"] in FAMILIES
        assert (x["label"] == "keep") == (x["family"] == "story")
        assert "\r" not in x["text"] and "\n" not in x["text"]
        assert not (x["label"] == "drop" and x["hard"])
    assert any(x["label"] == "keep" for x in rec["lines"])


def main():
    rng = random.Random(SEED)
    records = []
    for o in OUTLETS:
        n = 5
        langs = ["sw"] * o["sw"] + ["en"] * (n - o["sw"])
        rng.shuffle(langs)
        for i in range(n):
            lang = langs[i]
            seq = build_article(rng, o, lang, i)
            text, lines = render(rng, o, seq)
            rec = {"id": f"{o['id']}-{GROUP}-{i + 1:02d}", "outlet": o["id"],
                   "language": lang, "group": GROUP, "tuned": True,
                   "text": text, "lines": lines}
            verify(rec)
            records.append(rec)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        for rec in records:
            gz.write((json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "wb") as f:
        f.write(buf.getvalue())
    fam = {}
    nlines = drop = hard = 0
    for r in records:
        for x in r["lines"]:
            nlines += 1
            drop += x["label"] == "drop"
            hard += x["hard"]
            fam[x["family"]] = fam.get(x["family"], 0) + 1
    langs = {}
    for r in records:
        langs[r["language"]] = langs.get(r["language"], 0) + 1
    print(f"{GROUP}: {len(records)} articles ({', '.join(f'{k}={v}' for k, v in sorted(langs.items()))}), "
          f"{nlines} lines, {drop} boilerplate, {hard} hard story lines; families: "
          + ", ".join(f"{k}={fam.get(k, 0)}" for k in FAMILIES) + f" -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()

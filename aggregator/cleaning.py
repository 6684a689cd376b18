"""Article text cleaning: every boilerplate pattern lives here, nowhere else.

Two layers:
- `remove_furniture(root, selectors)` drops in-body furniture from the DOM
  (site selectors from a spider's layout plus `GENERIC_FURNITURE`);
- `clean_text(text)` cleans whatever text survives: paragraphs in, paragraphs out.

`clean_text` works on whole lines and decides by shape and position, not by a
single word: a label must be followed by a separator or stand alone on its
line, a read-also heading only takes the headline-shaped lines that follow it,
a prompt must hold the kinds of word its family is made of (a paywall asks for
access in order to read; a promo calls to action and sells the outlet), a line
reporting speech or opening with a quotation is story, a full sentence inside
the story needs more evidence than a fragment at its edges, and lines longer
than any boilerplate device are never touched. A block of links is known by its
shape too, whatever its label says: after a story sentence or list, a short
label that is not a sentence followed by other stories' headlines. Stories hold
lists under subheads as well (key dates, requirements, fixtures, prices, those
charged), and losing story text is worse than leaving a headline in: the items
must read as other stories' headlines (headline capitalisation and verbs; in
sentence case only under a label that names reading matter, points with an
arrow, speaks to the reader or names somewhere beyond the story, and then not
as a story's clauses), not as a list's items (dates, names, scores, prices,
instructions) nor as the story's own words; when unsure, the lines stay.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from lxml.cssselect import CSSSelector

# Furniture every site needs removed before its body text is read. These run
# inside the article body container, so class selectors use exact class tokens
# (`.share-bar`), never substrings (`[class*=share]` would also match a story
# paragraph styled `p.shareholder-note`). Site-specific devices (Nation's
# `a.related-in-content`, Tuko's `.post__read-also`) belong to the site layouts.
GENERIC_FURNITURE = [
    # never text
    "script", "style", "noscript", "template", "iframe", "form", "button", "svg",
    "input", "select", "textarea",
    # page structure that is not story text
    "nav", "aside", "footer",
    # images and their captions and credits (WordPress wraps story tables in figure.wp-block-table)
    "figure:not(.wp-block-table)", "figcaption", ".wp-caption-text", ".caption", ".image-caption", ".photo-credit",
    # related / recommended widgets
    ".related", ".related-posts", ".related-articles", ".related-stories", ".related-content",
    ".read-also", ".also-read", ".read-more-links", ".recommended", ".yarpp-related",
    ".jp-relatedposts", ".td-related-posts", ".td-post-next-prev", ".post-navigation",
    ".nav-links",
    # share bars and social follow boxes
    ".sharedaddy", ".sd-sharing", ".share-buttons", ".share-bar", ".social-share",
    ".social-sharing", ".sharethis-inline-share-buttons", ".addtoany_share_save_container",
    ".a2a_kit", ".td-post-sharing", ".follow-us",
    # newsletter and subscription boxes
    ".newsletter", ".newsletter-signup", ".newsletter-box", ".subscribe-box",
    # embedded social posts
    "blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed",
    ".fb-post", ".fb-comments", ".twitter-tweet",
    # comments
    "#comments", "#respond", ".comments-area", ".comment-respond", ".comment-form",
    # ads
    ".ad", ".ads", ".advert", ".advertisement", ".adsbygoogle", ".ad-container",
    ".ad-slot", ".dfp-ad",
    # tags and breadcrumbs
    ".tags", ".post-tags", ".tag-links", ".breadcrumb", ".breadcrumbs",
    # the Wayback Machine toolbar in archived copies
    "#wm-ipp", "#wm-ipp-base",
]

# Lines longer than this are story text: no boilerplate device runs this long,
# and skipping them keeps clean_text fast on long paragraphs.
_LONGEST_BOILERPLATE = 320

# The patterns are written in lower case and run on the lower-cased line, and
# no unanchored alternative starts with \b or a group: both stop Python's
# regex engine from jumping to the first possible character, a tenfold cost.

# Bullets, arrows and brackets that decorate a label ("» ALSO READ", "[RELATED]").
# (an arrow too: "→ Also read: …")
_LEAD_CHARS = " [(*•·▪■►▶▸>»~_#|+-–—→➤"
_LEAD = r"^[\s\[(*•·▪■►▶▸>»~_#|+\-–—→➤]*"
# What may trail a label that stands alone on its line.
_TRAIL = r"[\s:;.!>»›…|\-–—)\]*]*$"
# What separates a label from the headline after it. A hyphen needs a space
# before it: "Related-party transactions rose" is story text.
_SEPARATOR = r"(?:\s*(?::|>+|»+|›+|→|➤|⟩|\||//|–|—|►|▶|…|\.{3}|\])|\s+-)+\s*"


def _alone(*phrases: str) -> str:
    """One of `phrases` with nothing else on the line but decoration."""
    return "(?:" + "|".join(phrases) + ")" + _TRAIL


def _each(template: str, *words: str) -> list[str]:
    """`template` once per word, so that every alternative starts with a literal."""
    return [template.format(word) for word in words]


def _union(alternatives: list[str]) -> re.Pattern:
    """One pattern searching for any of `alternatives`, each starting with a literal.

    Alternatives are grouped by their first character ("s(?:ubscri|hare)"), so
    at each position the engine tries one group instead of every alternative:
    this is 2-3x faster than a flat alternation of 70 phrases.
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        first = alternative[:2] if alternative.startswith("\\") else alternative[:1]
        groups.setdefault(first, []).append(alternative[len(first):])
    return re.compile("|".join(first + "(?:" + "|".join(rests) + ")" for first, rests in groups.items()))


# -- read-also blocks and lines ------------------------------------------------

# Labels that only ever introduce other headlines.
_READ_ALSO_LABELS = (
    r"(?:also|pia)\s+(?:read|see|soma)",
    r"(?:read|see|soma)\s+(?:also|pia|more|zaidi|next)",
    r"more\s+(?:to\s+read|stories|news|articles|headlines|reads?)",
    r"related(?:\s+(?:articles?|stor(?:y|ies)|news|posts?|content|links|reading|coverage|reads?))?",
    r"recommended(?:\s+(?:for\s+you|stories|articles|reading|reads?))?",
    r"you\s+(?:may|might)\s+(?:also\s+)?(?:like|enjoy|be\s+interested\s+in|have\s+missed)",
    r"(?:keep|continue)\s+reading",
    r"(?:what\s+to\s+)?read\s+next|up\s+next|don['’]?t\s+miss|must\s+read",
    r"trending(?:\s+(?:now|stories|news|today))?|top\s+stories|latest\s+(?:news|stories|posts)|just\s+in",
    r"most\s+(?:read|popular|viewed|shared)|popular\s+(?:posts|stories|now|news)",
    r"editor['’]?s\s+picks?|similar\s+(?:articles|stories|posts)|other\s+stories",
    r"in\s+other\s+news|more\s+on\s+this(?:\s+story)?",
    r"habari\s+(?:nyingine|zaidi|zinazohusiana|zilizosomwa\s+zaidi|motomoto|kuu)",
    r"makala\s+(?:nyingine|zinazohusiana)|usikose|zilizosomwa\s+zaidi",
)
_READ_ALSO_HEADING = re.compile(_LEAD + "(?:" + "|".join(_READ_ALSO_LABELS) + ")" + _TRAIL)
_READ_ALSO_LINE = re.compile(_LEAD + "(?:" + "|".join(_READ_ALSO_LABELS) + ")" + _SEPARATOR + r"\S")
# Any short label before a separator ("READ THIS →", "More news:") makes a
# read-also line when its words are read-also words and a headline follows.
_SEPARATOR_START = re.compile(r"[^\w\s\"'‘’“(,;]")
_SEPARATOR_RUN = re.compile(r"[^\w\s\"'‘’“(,;]+\s*")
# Tuko's "Read also" box loses its line break: "Read also Kenyan Man Shares…".
# This one runs on the line as written: the capital letter matters.
_GLUED_LABEL = re.compile(_LEAD + r"(?i:also\s+(?:read|see)|(?:read|see)\s+also|read\s+more|"
                          r"(?:soma|pia)\s+(?:pia|soma|zaidi))\s+(?=[A-Z0-9\"'‘“])")

# Headings are recognised by their words rather than by a list of phrases, so
# that "Read these next" or "Pia Soma Hizi" need no entry of their own: every
# word must be a read-also word or filler, and one must be a read-also word.
_HEADING_WORDS = frozenset("""
    read reading reads related recommended recommend recommends suggested trending popular latest top picks pick
    stories story news articles article post posts headlines more missed miss like liked next further similar hot
    coverage content links
    link icymi catch pictures photos video videos gallery watch listen mpya network
    favourites favorites archives archive recent sponsored promoted web happening informed worth newsroom
    soma habari makala usikose usipitwe zilizosomwa zinazosomwa motomoto zinazohusiana zinazovuma vinavyovuma
    kusoma kupenda ukapenda vichwa ulizokosa zilizopendekezwa zinazopendekezwa maarufu
    zilizovuma picha taarifa punde
""".split())
_HEADING_FILLER = frozenset("""
    also you may might have these this the to for on in of what are is it do don't don’t see check out people here
    now today readers worth case keep continue up with from your be interested enjoy must most other others
    editor editors our week month quick full all best big right around should shouldn't shouldn’t can't can’t
    making off press your time stay fresh updates previous prev older newer
    pia hii hizi hapa zaidi nyingine kuu na za wiki kamili yote hivi unaweza huenda vya yako kwako
    katika kuhusu kutoka kwenye mengine zingine zetu sasa kubwa moto iliyotangulia iliyopita inayofuata ijayo
""".split())
# Words a label may add to those: "SEE:", "WATCH:", "OPINION:" introduce
# another story's headline too (a heading of these alone is a subhead or a badge).
_LABEL_WORDS = _HEADING_WORDS | frozenset("""
    see watch check listen view tazama sikiliza opinion analysis explainer exclusive breaking live update
    podcast interview feature editorial commentary fact maoni choice choices flashback throwback spotlight recap
    previously background highlights focus
""".split())
# "More from Nation", "Also on Kenyans.co.ke", "Zaidi kutoka Taifa Leo": the site name is any word.
_SITE_HEADING = re.compile(r"(?:more\s+(?:from|on|in|by)|(?:also|elsewhere)\s+(?:on|from)|zaidi\s+(?:kutoka|kuhusu)|"
                           r"pia\s+(?:katika|kwenye|kutoka))\s+"
                           r"[\w.'’&-]+(?:\s+[\w.'’&-]+){0,3}$")
_TAG_WORDS = frozenset("tags tag tagged topics keywords filed vitambulisho mada lebo".split())
_WORD = re.compile(r"[\w'’]+")
# (an arrow is a bullet too: "→ Senators Clash over Revenue Sharing Formula")
_BULLET = re.compile(r"^(?:[-•·*▪■►▶▸>»›–—→➤⟶⇒▷]|\d{1,2}[.)])\s*")
_CLOSERS = "\"'”’»)]* "


def _made_of(words: list[str], core: frozenset, filler: frozenset) -> bool:
    return bool(words) and any(word in core for word in words) and all(
        word in core or word in filler for word in words)


def _heading_kind(lower: str) -> str:
    """"read_also" or "tags" when the line is a heading for a list of links, else ""."""
    text = lower.rstrip(" :;.!>»›…|-–—)]*")
    # a question ("What next?") is a story subhead, not a heading
    if len(text) > 50 or text.endswith("?"):
        return ""
    words = _label_words(text)
    # a divider ("***") is not a heading; "Other stories you may have missed" is one of six words
    if not words or len(words) > 6:
        return ""
    # tags first: "More on these topics" heads tags, though it reads like "More on Nation"
    tagged = words[0] in _TAG_WORDS or words[-1] in _TAG_WORDS
    # ("Explore more:" heads tags; "Explore the options" is a subhead)
    if len(words) <= 4 and tagged or text in ("explore more", "browse more"):
        return "tags"
    if (_READ_ALSO_HEADING.match(lower) or _made_of(words, _HEADING_WORDS, _HEADING_FILLER)
            or _SITE_HEADING.match(text.lstrip(_LEAD_CHARS))):
        return "read_also"
    return ""


def _is_headline(line: str, bulleted: bool) -> bool:
    """Short, no final full stop, starts like a title: another story's headline."""
    text = _BULLET.sub("", line) if bulleted else line
    words = text.split()
    # without bullets a 4-word line is more likely the story's next subhead
    if not (2 if bulleted else 5) <= len(words) <= 30 or len(text) > 220:
        return False
    first = text.lstrip("\"'‘“(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    end = text.rstrip(_CLOSERS)
    return not end.endswith((".", ",", ";", ":")) or end.endswith("...")


def _is_tag(line: str, bulleted: bool) -> bool:
    return len(line.split()) <= 5 and not line.rstrip(_CLOSERS).endswith((".", ":"))


def _block_end(lines: list[str], start: int, is_item) -> int:
    """Index after the item lines that follow a heading at `start - 1`."""
    bulleted = start < len(lines) and bool(_BULLET.match(lines[start]))
    end = start
    while end < len(lines) and end - start < 12:
        line = lines[end]
        if bulleted != bool(_BULLET.match(line)) or not is_item(line, bulleted) or _heading_kind(line.lower()):
            break
        end += 1
    return end


# A block of links by its shape alone, whatever its label says ("Trending in
# Kenya", "Latest From Nation", "Worth Your Time"): between story paragraphs, a
# short label that is not a sentence, then other stories' headlines. Stories
# hold lists under subheads too ("Key dates", "What you need to register",
# "Mahitaji ya usajili"), and losing them is worse than leaving a headline in,
# so the items must read as other stories' headlines (see _reads_as_links).
# A story's list introduced by a sentence or by a label ending in ":" ("The
# union's demands include:", "Those charged:") is never taken; a story subhead
# is followed by a paragraph; a fact box alternates labels and fragments.
_SENTENCE_OPENERS = frozenset("""
    the a an this these those that his her their its our my we they he she i it there here among of as when
    while after before if yule hao huyo hawa wale
""".split())
# ("The committee recommended that:" introduces its list, whatever word it uses)
_LIST_INTRO_ENDS = frozenset("include includes including are were is was following follows below namely "
                             "said says ni that kwamba".split())
# A label ending in an arrow points at what follows ("Around People Daily »"):
# a link, never a story's subhead.
_ARROWS = "»›>→▸►▶➤⟩⟹▷"
_LABEL_END = " :…|-–—)]*" + _ARROWS
_SENTENCE_MARK = re.compile(r"[,;:!?\"“”()]|\.(?!\w)")
# A label that speaks to the reader ("Before You Go", "Don't Leave Yet", "More
# For You", "Keep Scrolling", "Stay in the Know"), the outlet speaking of
# itself ("From Us") or a label naming somewhere beyond the story ("Across the
# Counties", "Around Mpasho", "Elsewhere in Africa") heads other stories too,
# unless it opens with a question word: "What you need to apply" announces the
# story's list. (Words to the reader and of the outlet: _READER and _OUTLET, below.)
_LABEL_IMPERATIVES = frozenset("keep stay scroll discover explore dig catch check see try".split())
# ("Also Today", "Also This Week": "also" names more than the story)
_BEYOND = frozenset("across around elsewhere beyond also".split())
# Kiswahili speaks to the reader with a verb in the second person: "Usiondoke
# Bado" (don't leave yet), "Kabla Hujaondoka" (before you leave), "Habari
# Ulizopitwa Nazo" (news you missed). ("Utalii wa ndani" is a noun: "wa"
# follows it; "Unachohitaji kujua", what you need to know, asks a question.)
_SW_TO_THE_READER = re.compile(r"^h?u(?:na|li|ta|ka|me|ja|si|nge)(?!cho|vyo|po|ko|mo)(?:zo|lo)?[a-z]{3,}$")
_SW_OF = frozenset("wa ya za la cha vya kwa".split())
_QUESTION_WORDS = frozenset("what why how who whom whose where when which".split())
# Kiswahili names stories by what they do: "Zilizosomwa Zaidi" (most read),
# "Zinazofuatiliwa Zaidi" (most followed), "Habari Zilizopita" (earlier news),
# "Habari Inayohusiana" (a related story): a relative verb with "zaidi" or with
# a word for news.
_SW_RELATIVE = re.compile(r"^(?:zi|ya|i)(?:na|li|taka|me)(?:zo|yo)\w{3,}$")
_SW_NEWS = frozenset("zaidi habari makala taarifa".split())


def _label(label: str) -> str | None:
    """How a short line names other stories if it heads a block of links (see
    _label_strength: "" when only its items can tell), or None when it cannot
    head one: a sentence, a question, a story's list intro ("Those charged:")."""
    if len(label) > 48 or _BULLET.match(label):
        return None
    lower = label.lower()
    text = lower.rstrip(_LABEL_END)
    # (a full stop inside a word is a site's name: "Around Kenyans.co.ke")
    if not text or _SENTENCE_MARK.search(text):
        return None
    words = _label_words(text)
    if not 1 <= len(words) <= 5 or words[-1] in _LIST_INTRO_ENDS:
        return None
    strength = _label_strength(words, lower.rstrip()[-1] in _ARROWS)
    if not strength and (words[0] in _SENTENCE_OPENERS or lower.rstrip()[-1] == ":"
                         and not any(word in _LABEL_WORDS for word in words)):
        return None
    return strength


def _label_words(text: str) -> list[str]:
    """The words of a label, possessives dropped ("This Week's Big Stories")."""
    words = _WORD.findall(text)
    if "s" in text and ("'s" in text or "’s" in text):
        return [word[:-2] if word.endswith(("'s", "’s")) else word for word in words]
    return words


def _label_strength(words: list[str], arrow: bool) -> str:
    """"reading" when the label names reading matter or points with an arrow
    (any headline may follow); "beyond" when it speaks to the reader, is the
    outlet speaking or names somewhere beyond the story (headlines in sentence
    case may follow when they read as headlines); else "" (only headline
    capitalisation will do)."""
    if arrow or _names_reading(words):
        return "reading"
    if words[0] not in _QUESTION_WORDS and (words[0] in _BEYOND or words[0] in _LABEL_IMPERATIVES
                                            or not (_READER.isdisjoint(words) and _OUTLET.isdisjoint(words))
                                            or _speaks_to_the_reader_sw(words)):
        return "beyond"
    return ""


def _speaks_to_the_reader_sw(words: list[str]) -> bool:
    """A Kiswahili verb in the second person, not a noun before its "of"."""
    for at, word in enumerate(words):
        following = words[at + 1] if at + 1 < len(words) else ""
        if _SW_TO_THE_READER.match(word) and following not in _SW_OF:
            return True
    return False


def _is_other_headline(line: str, bulleted: bool) -> bool:
    """A headline, not a fragment of a story's list nor the outlet's message to
    its reader ("Subscribe now to continue reading" after a subhead): four words
    or more, one sentence. ("VIDEO: …" and "EXPLAINER: …" are headlines too.)"""
    return (_is_headline(line, bulleted) and line.count(" ") >= 3 and ". " not in line.rstrip(". ")
            and not _is_message(line, line.lower()))


def _shape_block_end(lines: list[str], index: int, previous: str) -> int:
    """Index after the block of links headed by the label at `index - 1`, or `index` if there is none.

    `previous` is the last line kept before the label: it must end a sentence
    or a list, unless the label names other stories (a fact box's labels do
    not). A subhead right before another label of links ("Share of the blame",
    then "Also Trending on Tuko »") is the story's, not that block's label.
    """
    strength = _label(lines[index - 1])
    if strength is None or not (strength or previous.rstrip(_CLOSERS).endswith((".", "!", "?"))
                                or _is_list_line(previous)):
        return index
    if index < len(lines) and _label(lines[index]):
        return index
    end = _block_end(lines, index, _is_other_headline)
    # items that carry their own read-also label ("SEE ALSO: …") go by themselves; the line over them
    # ("Counting the cost") is the story's subhead
    if all(_is_read_also_line(line, line.lower()) for line in lines[index:end]):
        return index
    if not (end - index >= 2 or end - index == 1 and _one_headline_will_do(strength, lines[index])):
        return index
    return end if _reads_as_links(lines, index - 1, end, strength) else index


def _one_headline_will_do(strength: str, item: str) -> bool:
    """Under a label naming reading matter, or speaking to the reader ("Before You
    Go"), one headline is a block of links; else it may be the story's next line."""
    return strength == "reading" or strength == "beyond" and _headline_case(item) and _has_verb(item)


def _is_list_line(line: str) -> bool:
    """An item of a list: a bullet, or the shape of a story's list item."""
    return bool(_BULLET.match(line)) or _is_list_item(line)


# Words that name reading matter, or what a site does with it: a label holding
# one ("What Kenyans Are Reading", "Fresh From the Newsroom", "Keep Exploring",
# "Handpicked for the Weekend", "Tazama Pia") announces other stories, whatever
# their capitalisation. ("News" and "stories" are not among them: "Good news for
# farmers" and "Their stories" head a story's own lists.)
_READING_WORDS = frozenset("""
    read reads reading readers headlines newsroom press trending recommended related must-reads picks
    explore exploring discover spotlight picked handpicked curated radar buzz buzzing viral partner partners
    soma makala taarifa zinazohusiana zinazovuma zilizovuma tazama
""".split())
# Words headline capitalisation leaves in lower case.
_MINOR_WORDS = frozenset("a an and as at but by for from in into nor of off on onto or over per the to up via vs "
                         "with".split())
# Words too common to show that an item speaks of the story's own subject.
_COMMON_WORDS = _MINOR_WORDS | _SENTENCE_OPENERS | frozenset("""
    about after also been before being could does from have into more most only over said says should some such
    than that their them then there these they this those were what when where which while will with would your
    year years week weeks month months next last again first people kenya kenyan kenyans county new
    ambao hiyo hilo kwamba lakini pamoja wakati kama kwenye katika baada kabla
""".split())
# English verbs a headline needs: an auxiliary, or a common verb in any form.
# A suffix test ("-s", "-ed") would pass the plural nouns of a story's list
# ("Two Recent Passport Photos").
_AUXILIARIES = frozenset("is are was were be been has have had will would can could may might must should shall "
                         "do does did isn't aren't won't can't".split())
_HEADLINE_VERBS = """
    accuse admit allege announce appeal approve arrest ask attack award axe ban beat become begin blame block
    boost break bring build burn buy call cancel capture caution charge cheer claim clash clear close collapse
    collect come complain confirm convict count cry cut dance decide declare decry defend defy delay deliver deny
    demand destroy detain die dismiss disrupt do double drop drown eject elect end escape evict expose extend face
    fail fall fear fight file fill find fine fire flee flood follow force free freeze get give go grab grant grow
    hail halt hand hang hike hire hit hold host hunt hurt impeach injure investigate jail join keep kick kidnap kill
    know land launch lead leave lift list lose lure make mark marry meet miss mourn move name nominate open order
    oust overturn pass pay plan plead pledge praise probe promise protest pull push quit raid raise rally reach
    reject release remove reopen report rescue resign resume return reveal rise rob rule run sack save say score
    scrap seek seize sell send set share shoot shut sign slam slash snub speak spend spark stage stall stand start
    steal stop storm strike sue summon surge suspend sweep swear take talk target tell threaten top trap turn unveil
    upgrade urge visit vote vow walk want warn win withdraw woo work write need debate attend mean disperse include
    receive recover rebuild reduce respond roll show switch test throw track train use wait welcome worry consider
    discuss offer pick post prepare press question quiz rank read recall settle sink struggle suffer survive trade
    trigger weigh bag bid clinch crash crush edge thrash stun reclaim retain thank lament mock outline
"""
_IRREGULAR_PAST = """
    beat became began bought brought broke broken built came caught cut died drove fell felt fled fought found gave
    given got gone grew held hit hung kept knew known led left lost made met paid ran rose said sent set shot shut
    sold spoke spent stood stole stolen struck swept swore sworn taken took told went won wrote written sought
    shown thrown sank woke
"""


def _verb_forms(bases: str, irregular: str) -> frozenset:
    forms = set(irregular.split())
    for base in bases.split():
        stem = base[:-1] if base.endswith("e") else base
        forms.update((base, base + "s", base + "es", base + "d", base + "ed", stem + "ing", base + "ing",
                      base + base[-1] + "ed", base + base[-1] + "ing"))
        if base.endswith("y"):
            forms.update((base[:-1] + "ies", base[:-1] + "ied"))
    return frozenset(forms)


_VERBS = _AUXILIARIES | _verb_forms(_HEADLINE_VERBS, _IRREGULAR_PAST)
_IRREGULAR_PAST_FORMS = frozenset(_IRREGULAR_PAST.split()) - {"cut", "hit", "set", "shut", "beat", "put"}
# An instruction opens with the verb: "Visit the nearest Huduma Centre", "Pay the fee at the counter".
_IMPERATIVES = frozenset(_HEADLINE_VERBS.split()) - frozenset("name list report rise vote walk plan face".split())
# A story's list items by their shape: a date or a step first ("June 12: …",
# "Jumatatu – …", "Step 2 …"), a day named ("Nominations close on Sunday"), a
# name and its description ("Jane Doe, a clerk at …"), a match or a score
# ("Gor Mahia vs AFC Leopards", "2-1"), a time, a short value after a colon
# ("Nairobi to Kitui: KSh 1,200", "Mean grade: B+"), a price at the end, an
# address to the reader ("A copy of your ID"), an instruction ("Pay the fee
# at …"), an indefinite noun phrase, an author ("… by Ngugi wa Thiong'o").
_MONTH_NAMES = frozenset("""
    january february march april june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec januari februari machi aprili mei juni julai agosti septemba oktoba novemba desemba
""".split())
_DAY_NAMES = frozenset("monday tuesday wednesday thursday friday saturday sunday jumatatu jumanne jumatano alhamisi "
                       "ijumaa jumamosi jumapili".split())
_LIST_FIRST_WORDS = _MONTH_NAMES | frozenset("a an".split())
_LIST_WORDS = _DAY_NAMES | frozenset("vs v versus dhidi your you yako wako lako zako".split())
_LIST_NUMBERS = re.compile(r"^(?:19|20)\d\d\b|^\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|"
                           r"nov|dec|mei|machi|agosti|oktoba|novemba|desemba)|^(?:step|phase|stage|round|day|week|"
                           r"hatua|awamu|siku|wiki)\s+\d|\d{1,3}\s*[-–]\s*\d{1,3}(?!\d)|\s\d{1,2}\s.*\s\d{1,2}$|"
                           r"\d\s*(?:am|pm|hrs)\b|"
                           r"(?:ksh\.?|kes|sh\.?|usd|\$)\s?[\d,.]+\s*(?:[mk]|bn|million|billion)?$|\d\s*(?:/=|bob)$")
_DIGIT = re.compile(r"\d")
_MONTH_ABBREVIATIONS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_DESCRIBED_NAME = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},\s+[a-z\d]")
# a work and its author: "The River Between by Ngugi wa Thiong'o"
_AUTHORED = re.compile(r"\sby\s+[A-Z][\w'’.-]+\s+(?:[a-z]{1,3}\s+)?[A-Z][\w'’.-]+$")


def _is_list_item(item: str) -> bool:
    """An item with the shape of a story's own list rather than of another story's headline."""
    lower = item.lower()
    words = _WORD.findall(lower)
    # (an exhortation is a headline's: "Fill the Stadium! …"; so is a section's badge: "Rally: Rotich Leads …")
    if (not words or words[0] in _LIST_FIRST_WORDS or words[0] in _IMPERATIVES and "!" not in item
            and not lower.lstrip(_LEAD_CHARS).startswith(words[0] + ":")
            or not _LIST_WORDS.isdisjoint(words)):
        return bool(words)
    value = lower.rpartition(":")[2].strip() if ":" in lower else ""
    if value and value.count(" ") <= 2:
        return True
    return bool(_DIGIT.search(lower) and _LIST_NUMBERS.search(lower) or _DESCRIBED_NAME.match(item)
                or " by " in item and _AUTHORED.search(item))


def _reads_as_links(lines: list[str], label_at: int, end: int, strength: str = "") -> bool:
    """Whether the label at `label_at` and the items after it, up to `end`, are a block of other stories' headlines.

    `strength` says how the label names other stories: "heading" (a read-also
    heading), "reading", "beyond" or "" (see _label_strength). When unsure, it
    is the story's: under a label that names reading matter any headline goes;
    under one that speaks to the reader or names somewhere beyond the story,
    the items must read as headlines (verbs, and not the clauses of a story's
    list: see _is_story_clause); under any other, they must also carry headline
    capitalisation. And fewer than a third of them (under a heading, fewer than
    half of two or more: "Latest" heads a live story's fixtures as well as a
    page's links) may look like the story's own, by the shape of a list item
    or by sharing most of their words with the story around the block.
    """
    items = [_BULLET.sub("", line) for line in lines[label_at + 1:end]]
    sentence_case = False
    if strength in ("", "beyond"):
        sentence_case = not all(_headline_case(item) for item in items)
        if sentence_case and strength != "beyond":
            return False
        verbs = sum(_has_verb(item) or sentence_case and _has_sw_verb(item) for item in items)
        if 3 * verbs < 2 * len(items):
            return False
    enough = max(len(items) // 2 + 1, 2) if strength == "heading" else max(len(items), 2) / 3
    story = ""
    own = 0
    for at, item in enumerate(items):
        if own + len(items) - at < enough:
            break
        if not (_is_list_item(item) or sentence_case and _is_story_clause(item)):
            story = story or " " + " ".join(line for line in lines[:label_at] + lines[end:]
                                            if _is_story_sentence(line)).lower()
            if not _shares_words(item, story):
                continue
        own += 1
        if own >= enough:
            return False
    return True


# Headlines drop articles and auxiliaries, and tell in the present ("Farmers
# blame cartels", "Residents relocated to higher ground"); a story's list in
# sentence case reads as clauses: "The levy takes effect in July", "Landlords
# must give notice", "Children have dropped out of school", "Farmers blamed
# the cartels", "Who approved the payments?". (A headline that explains may
# tell the past: "How a teacher turned a dumpsite into a garden", "What she said".)
_CLAUSE_FIRST_WORDS = frozenset("the this these those it they we there each every all".split())
# Kiswahili narrates in the past ("walikamatwa") and announces in the future
# ("utaanza", "watahitajika"); a headline says "wakamatwa", "kuanza".
# ("Watangaza" is "they announce".)
_SW_NARRATION = re.compile(r"^(?:a|wa|i|zi|u|ki|vi|li)(?:li|ta)(?!ngaz)[a-z]{3,}[aei]$")
_AUXILIARY_CLAUSE = frozenset("should must shall would has have had was were did".split())
_PAST_CLAUSE = frozenset("said told".split())
_DETERMINERS = frozenset("the a an his her their its our this these those".split())


def _is_story_clause(item: str) -> bool:
    every = _WORD.findall(item.lower())
    if not every or every[0] in _CLAUSE_FIRST_WORDS or item.rstrip(_CLOSERS).endswith("?"):
        return True
    # verbs in lower case only: "Were" in "Omondi Were" is a name
    words = [word for word in _WORD.findall(item) if word.islower()]
    if not _AUXILIARY_CLAUSE.isdisjoint(words) or any(map(_SW_NARRATION.match, words)):
        return True
    return _QUESTION_WORDS.isdisjoint(every) and (not _PAST_CLAUSE.isdisjoint(words) or _tells_the_past(words))


def _tells_the_past(words: list[str]) -> bool:
    """A verb in the past with its object after it ("blamed the cartels"): a
    story's narration, where a headline would say "blame"."""
    return any(word.endswith("ed") and following in _DETERMINERS for word, following in zip(words, words[1:]))


def _names_reading(words: list[str]) -> bool:
    return (any(word in _READING_WORDS for word in words) or _names_elsewhere(words)
            or not _SW_NEWS.isdisjoint(words) and any(_SW_RELATIVE.match(word) for word in words))


def _headline_case(text: str) -> bool:
    """Every word after the first capitalised, but short function words: "Senators Reject Bill on Term Limits"."""
    words = [word.lstrip("'’") for word in _WORD.findall(text)[1:]]
    content = [word for word in words if word and word.lower() not in _MINOR_WORDS and not word[0].isdigit()]
    return len(content) >= 2 and 5 * sum(word[0].isupper() for word in content) >= 4 * len(content)


def _has_verb(text: str) -> bool:
    return not _VERBS.isdisjoint(_WORD.findall(text.lower()))


# A Kiswahili verb with its tense ("amesema", "ilikuwa", "watakutana"), or a
# headline's short form after a word that is not "of" ("Walimu watishia …",
# "Bei ya mafuta yapanda …"). "Wana-" starts nouns (wanafunzi, wanasiasa).
_SW_TENSED = re.compile(r"^(?:a|wa|i|zi|li|ki|vi|u|ya)(?:me|na|li|ta)[a-z]{2,}[aei]$")
_SW_SHORT = re.compile(r"^(?:a|wa|ya|za|la|i)[a-z]{3,}a$")


def _has_sw_verb(text: str) -> bool:
    words = _WORD.findall(text)
    return any(word.islower() and not word.startswith("wana")
               and (_SW_TENSED.match(word) or _SW_SHORT.match(word) and words[at - 1] not in _SW_OF)
               for at, word in enumerate(words) if at)


def _shares_words(item: str, story: str) -> bool:
    """Two thirds of the item's words (and three at least) appear in the story: the story's own point.
    (Other stories' headlines share a place or a subject with it by chance, or because they are related.)"""
    words = {word for word in _WORD.findall(item.lower()) if len(word) > 3 and word not in _COMMON_WORDS}
    shared = sum(" " + word in story for word in words)
    return shared >= 3 and 3 * shared >= 2 * len(words)


# "Also read on The EastAfrican", "Latest from Nation", "Habari kutoka Taifa Leo": read-also words, then where.
_WHERE = frozenset("on from in at by about kutoka kwenye katika kuhusu za kwa".split())


def _names_elsewhere(words: list[str]) -> bool:
    for at, word in enumerate(words[1:5], 1):
        if word in _WHERE:
            return len(words) - at <= 4 and _made_of(words[:at], _LABEL_WORDS, _HEADING_FILLER)
    return False


# Separators that point at a link ("FLASHBACK >> …", "EDITOR'S CHOICE | …"); a
# colon or a dash also follows a dateline, a speaker or a list item.
_LINK_SEPARATORS = frozenset("»›>→|•▸►▶⟶⇒➤⟩")


def _is_read_also_line(line: str, lower: str) -> bool:
    if _READ_ALSO_LINE.match(lower):
        return True
    # (from after the decoration: "[READ] …" is a label in brackets, not a separator first)
    found = _SEPARATOR_START.search(lower, len(lower) - len(lower.lstrip(_LEAD_CHARS)), 50)
    # a full stop inside a word is a site's name: "READ NEXT ON Kenyans.co.ke: …"
    while found and lower[found.start()] == "." and lower[found.end():found.end() + 1].isalnum():
        found = _SEPARATOR_START.search(lower, found.end(), 50)
    if found:
        label = lower[:found.start()].strip(_LEAD_CHARS)
        words = _label_words(label)
        separator = _SEPARATOR_RUN.match(lower, found.start())
        # a label of two to four words in capitals is a section's badge ("FROM THE ARCHIVES:"),
        # where one word is also a speaker or a dateline ("RUTO:", "NAIROBI:"), so one word
        # is a badge only before headline capitalisation ("CONTEXT: Teachers Call Off Strike";
        # "Q:" and "A:" are an interview's)
        capitals = line[:found.start()].isupper() and not any(c.isdigit() for c in label)
        badge = capitals and 2 <= len(words) <= 4
        pointer = words and len(words) <= 3 and _points(separator.group().strip())
        rest = line[separator.end():]
        if words and (badge or pointer or _made_of(words, _LABEL_WORDS, _HEADING_FILLER) or _names_elsewhere(words)
                      or _SITE_HEADING.match(label)
                      or _heads_a_headline(words, label, capitals, separator.group())
                      and _headline_case(rest) and _has_verb(rest)):
            # ("PAY ATTENTION: Join our channel! …" is a promo)
            if _is_headline(rest, bulleted=False) and "|" not in rest and not (
                    badge and _is_message(rest, rest.lower())):
                return True
    found = _GLUED_LABEL.match(line)
    return bool(found) and _is_headline(line[found.end():], bulleted=False)


def _points(separator: str) -> bool:
    """Whether a separator is made of arrows, bars or bullets: it points at a link."""
    return bool(separator) and all(char in _LINK_SEPARATORS or "ARROW" in unicodedata.name(char, "")
                                   or "TRIANGLE" in unicodedata.name(char, "") for char in separator)


def _heads_a_headline(words: list[str], label: str, capitals: bool, separator: str) -> bool:
    """A label that heads another story's headline when that headline is in
    headline capitalisation (a speaker or a dateline heads a story's line): one
    word in capitals ("CONTEXT:"), words to the reader or naming somewhere
    beyond the story ("Don't scroll past —"), a question ("What happened earlier:").
    ("Education is Your Right! …" is an exclamation, not a label.)"""
    if capitals and len(words) == 1:
        return len(label) > 3
    if "!" in separator or "?" in separator or len(words) > 4:
        return False
    # ("What the governor said: We Will Not Back Down" introduces a quote)
    return bool(_label_strength(words, arrow=False)) or (len(words) >= 2 and words[0] in _QUESTION_WORDS
                                                         and not _is_speech(label))


# -- one-line devices, by family -----------------------------------------------
# Each family has patterns matched at the start of the line (after _LEAD) and
# patterns searched anywhere in it.

_CREDIT_WORDS = (r"(?:file\s+)?(?:photo(?:graph)?s?|images?|pictures?|pics?|video|graphics?|illustration|picha|"
                 r"screen\s?(?:grab|shot)s?|credits?|courtesy)"
                 r"(?:\s+(?:credits?|courtesy|source|illustration|grab|still|capture))?")
_CREDIT_SEPARATOR = r"(?:\s*[:|]|\s+courtesy\s+of\s)"
# Arrows between a breadcrumb's segments: "Home » News", "Home ⟩ News ⟩ Nakuru", "Habari ❯ Kaunti".
_CRUMB_SEPARATORS = "»›>→⟩❯≫▸▶►"
_PLATFORMS = (r"(?:facebook|twitter|x|instagram|tiktok|youtube|telegram|whatsapp|linkedin|threads|"
              r"google\s+news|snapchat|pinterest)")

_AT_START = {
    "promo": [
        r"pay\s+attention\s*[:!]", r"zingatia\s*:",
        # "Do you have a story …? Reach us on WhatsApp …"
        r"(?:do\s+you\s+have|have\s+you\s+got|got|have)\b[^?]{0,100}\b(?:story|stories|tip|tips)\b[^?]{0,100}\?"
        r".{0,160}\b(?:reach|contact|e-?mail|whatsapp|send|write|call|text|dm|inbox)\b",
        r"je,?\s+una\s+(?:habari|hadithi|taarifa|stori)\b[^?]{0,120}\?.{0,160}"
        r"\b(?:wasiliana|tuma|whatsapp|barua\s+pepe|tupigie|piga)",
        # app downloads and "visit our blog" speak of "our" app or blog
        r"(?:click\s+(?:here|the\s+link)\s+to\s+|tap\s+here\s+to\s+)?(?:download|get|install|grab)\s+"
        r"(?:our|the\s+(?:official\s+)?(?:[\w.'’-]+\s+){1,3}app\s+(?:on|from|here|today|now|for\s+free|free))\b",
        r"(?:for\s+(?:more|the\s+latest)[^,.]{0,40},?\s*)?(?:please\s+)?visit\s+our\s+"
        r"(?:blog|website|site|page|portal)\b",
        r"pakua\s+(?:programu|app|apu)\s+(?:yetu|ya)\b",
        # advertising: "Advertise with Nation: reach millions of readers"
        r"advertise\s+(?:with|on|in)\s",
        # job and course adverts
        r"(?:are\s+you\s+)?looking\s+for\s+(?:a\s+)?(?:job|jobs|work|career|internship)\b[^?]{0,80}\?",
        r"(?:job\s+)?vacanc(?:y|ies)\s*[:|!-]", r"we\s*(?:'re|’re|\s+are)\s+hiring\b", r"(?:now\s+)?hiring\s*[:|!]",
        r"job\s+(?:alert|opening|opportunity)\s*[:|!]", r"nafasi\s+za\s+kazi\s*[:|!]",
        r"jiunge\s+na\s+kozi\s+yetu",
        # sponsored labels
        _alone(r"sponsored(?:\s+(?:content|post|article|story|feature|report|by\s+[^.]{1,40}))?",
               r"(?:supported|funded|powered|presented|underwritten)\s+by\s+[^.,]{1,40}",
               r"advertorial|promoted(?:\s+content)?|partner\s+content|paid\s+(?:content|post|partnership)",
               # ("Partner content, brought to you by …": a label and its sponsor)
               r"(?:(?:sponsored|partner|paid|promoted)\s+(?:content|post)\W{1,3})?(?:content\s+)?brought\s+to\s+you"
               r"\s+by\s+[^.]{1,40}", r"in\s+partnership\s+with\s+[^.]{1,40}",
               r"makala\s+(?:hii\s+)?(?:imedhaminiwa|iliyodhaminiwa)(?:\s+na\s+[^.]{1,40})?"),
        r"(?:sponsored|promoted|advertorial|partner\s+content|paid\s+(?:content|post))\s*[:|]",
        # a label naming the sponsorship: "HABARI YA UDHAMINI:", "SPONSORED STORY |", "Paid message:"
        # (not a fact box's "Bills sponsored: 4", "Officers promoted:")
        r"(?:(?:habari|makala|tangazo|maudhui|taarifa)\s+(?:ya|la|za)\s+)?(?:udhamini|imedhaminiwa|iliyodhaminiwa)"
        r"(?:\s+na\s+[^:|]{1,40})?\s*[:|]",
        r"(?:sponsored|promoted|paid)\s+(?:content|post|story|article|feature|message|links?)\s*[:|]",
    ],
    "credit": [
        r"(?:source|sources|chanzo)\s*:\s*[^.!?]{1,45}\.?$",
        _CREDIT_WORDS + _CREDIT_SEPARATOR,
        # "Photo/Courtesy", but not "Photos/videos from the scene showed …"
        _CREDIT_WORDS + r"\s*/\s*[^.!?]{1,40}$",
        _alone(r"(?:photo|image|picture|picha)\s+(?:kwa\s+)?(?:courtesy|credit|file|maktaba|hisani)",
               r"file\s+(?:photo|image|picture)", r"courtesy(?:\s+photo)?"),
        # "Photo courtesy of Jane Doe", "Picha kwa hisani ya Musa Juma", "Photos by Reuters"
        r"(?:photos?|images?|pictures?|pics?|video|picha)\s+(?:courtesy\s+of|kwa\s+hisani\s+ya|by)\s+"
        r"[^.!?]{1,40}$",
    ],
    "paywall": [
        r"(?:subscribe|get\s+a\s+subscription)\b.{0,60}\b(?:unlimited|full|premium|unrestricted)\s+access",
        r"become\s+a\s+(?:premium\s+)?subscriber\b", r"unlock\s+(?:this|the\s+full)\s+(?:article|story)\b",
        # "Want to keep reading? Choose a plan …"
        r"(?:want|like|wish)\s+to\s+(?:keep|continue)\s+reading\s*\?",
        # the rest is elsewhere: "Read the full article in today's e-paper", "Soma makala kamili kwenye …"
        r"(?:read|continue\s+reading)\s+(?:the\s+)?(?:full|whole|complete|rest\s+of\s+the|entire)\s+"
        r"(?:article|story|report|piece|interview)\s+(?:in|on|at|via)\s",
        r"soma\s+(?:makala|habari|taarifa)\s+(?:kamili|nzima|yote)\s+(?:kwenye|katika|kupitia)\s",
        # "This content is locked", "This story is for subscribers only"
        r"(?:this|the)\s+(?:content|article|story|post|page|report)\s+is\s+(?:locked|for\s+(?:premium\s+)?"
        r"(?:subscribers|members)(?:\s+only)?)\W*$",
        # a paywall's buttons: "Renew", "See plans", "Choose a plan"
        _alone(r"renew(?:\s+now)?|(?:see|view|compare|choose)\s+(?:all\s+|our\s+|a\s+)?(?:plans?|packages|offers)"),
        _alone(r"premium|subscribe(?:\s+now)?|(?:for\s+)?(?:premium\s+)?subscribers?\s+only",
               r"continue\s+reading|read\s+the\s+full\s+story"),
    ],
    "social": [
        r"(?:follow|find|like|join|reach)\s+(?:us|@?[\w.]+(?:\s+[\w.]+){0,2})\s+on\s+" + _PLATFORMS
        + r"\b[^.]{0,120}\.?$",
        # "Stay updated: subscribe to the Star newsletter"
        r"(?:[\w ]{1,20}:\s*)?(?:subscribe|sign\s+up)\b.{0,60}\bnewsletter\b",
        r"join\s+(?:the\s+)?[\w.]+\s+(?:whatsapp|telegram)\s+(?:channel|community)\b",
        r"tufuate\s+(?:kwenye|katika|kupitia)\b", r"fuata\s+ukurasa\s+wetu",
        r"(?:share|shiriki)(?:\s+(?:this|on|via|with|kwenye|habari|makala|na)\b[^.]{0,40})?\s*[:!]?$",
        r"like\s+this\s*:", r"like\s+loading",
        # the attribution line of an embedded tweet: "— Name (@handle) May 3, 2024"
        r"[^()]{1,60}\(@\w+\)\s+\w+\s+\d{1,2},\s+\d{4}$",
        _alone(_PLATFORMS, r"e-?mail|print|copy(?:\s+link)?|tweet|messenger|reddit|sms|follow\s+us"),
        # a newsletter box's heading and button: "NEWSLETTER", "JARIDA", "Sign up"
        _alone(r"(?:our\s+|the\s+)?(?:e-?)?newsletters?|jarida(?:\s+letu)?|sign\s*-?\s*(?:me\s+)?up(?:\s+now)?"),
    ],
    "comments": [
        # (WordPress glues its two headings: "Leave a Reply Cancel reply")
        _alone(r"leave\s+a\s+(?:reply|comment)(?:\s+cancel\s+reply)?|cancel\s+reply",
               r"post\s+(?:a\s+)?comment|submit\s+comment",
               # a count of them ("52 Responses", "One reply"), and WordPress's "3 thoughts on “<title>”"
               r"add\s+(?:a\s+)?comment|comments?|(?:\d+|one)\s+(?:comments?|responses?|replies|reply)",
               r"(?:\d+|one)\s+(?:thoughts?|responses?|comments?|replies)\s+(?:on|to)\s+[\"“‘'].{1,200}",
               # a comment box's social logins: "Log in with", "Sign in with Google"
               r"(?:log|sign)\s*-?\s*in\s+(?:with|using|via)(?:\s+(?:google|facebook|x|twitter|apple|e-?mail|disqus))?",
               r"continue\s+with\s+(?:google|facebook|x|twitter|apple|e-?mail)",
               r"(?:join|start)\s+the\s+(?:conversation|discussion|debate)",
               r"comments\s+are\s+(?:closed|disabled|moderated)|comments?\s*\(\d+\)|sort\s+by:?\s*\w+",
               r"(?:comment|name|email|e-mail|website)\s*\*?|(?:show|view|load|hide)\s+(?:all\s+|more\s+)?comments",
               r"reader\s+comments|add\s+your\s+(?:voice|comment|views)",
               r"toa\s+maoni(?:\s+yako)?|acha\s+maoni|maoni(?:\s+\d+)?",
               r"community\s+(?:guidelines|rules|standards)|(?:comment|discussion)\s+(?:guidelines|rules|policy)",
               r"write\s+(?:a|your)\s+(?:reply|response|comment)"),
    ],
    "chrome": [
        _alone(r"advertisement(?:\s+-?\s*(?:scroll|continue)\s+\w+(?:\s+\w+){0,2})?|advert|ads?|sponsored\s+ads?",
               r"tangazo|matangazo|exit\s+mobile\s+version|(?:back|scroll|go|return)\s+to\s+top",
               r"skip\s+to\s+(?:main\s+)?content|rudi\s+(?:juu|mwanzo|nyumbani)|sign\s+in|log\s*in|register|menu",
               r"ingia|jisajili",
               r"search|home(?:page)?|back\s+to\s+home(?:page)?|report\s+(?:an\s+)?(?:error|typo|a\s+correction)",
               r"about\s+the\s+author|(?:photo|picture|video)\s+gallery|jump\s+to\s+\w+",
               r"loading\.*|global\s+site\s+navigation|t\s*l|print\s+this\s+(?:article|page|story)",
               r"listen\s+to\s+(?:this|the)\s+(?:article|story)|\d+\s+min(?:ute)?s?\s+read|font\s+size",
               r"(?:«\s*)?(?:previous|prev|next|older|newer)(?:\s+(?:article|post|story|page))?(?:\s*»)?",
               r"(?:the\s+)?kenyan\s+daily\s+post"),
        # breadcrumbs: "Home » News » Politics"
        rf"(?:home|nyumbani|mwanzo)\s*(?:[{_CRUMB_SEPARATORS}/|]\s*[^{_CRUMB_SEPARATORS}/|.!?]{{1,40}}){{1,5}}$",
        r"(?:(?:trending|popular|related|article)\s+)?(?:tags|tagged(?:\s+(?:in|with|under))?|topics|keywords|"
        r"filed\s+under|vitambulisho|mada|lebo)"
        r"\s*[:|\-–]\s*[^.!?]{0,200}$",
        r"(?:previous|prev|next|older|newer)\s+(?:article|post|story)\b[^.]{0,200}$",
        r"(?:habari|makala)\s+(?:iliyotangulia|inayofuata|ijayo|iliyopita)\b[^.]{0,200}$",
        r"read\s+more\s+(?:by|from)\s*:", r"©",
        # Kenyan Post's dateline paragraph: "Monday, 03 January 2022 –"
        r"(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+[\w ,]{5,30}\d{4}\s*[–—-]\s*$",
    ],
}

_ANYWHERE = {
    "promo": [
        r"this\s+(?:article|story|post|content|feature)\s+(?:is|was|has\s+been)\s+"
        r"(?:sponsored|paid\s+for|brought\s+to\s+you|(?:\w+\s+)?in\s+(?:partnership|association|collaboration)\s+with|"
        r"supported|funded|commissioned)\b",
        r"link\s+here\s*>", r"download\s+our\s+(?:[\w.]+\s+)?app\b", r"playstore\b.{0,40}>>",
        r"play\s+store\b.{0,40}>>", r">>>\s*$", r"learn\s+online\s+with\b", r"education\s+is\s+your\s+right\b",
        # course adverts: "Upgrade your skills: enrol in our short course …"
        *_each(r"{}\s+our\b[^.]{{0,80}}\b(?:course|class|classes|training|masterclass|programme|program|"
               r"bootcamp|fellowship)\b", r"enrol{1,2}\s+(?:in|for)", "join", r"sign\s+up\s+for"),
        # calls to action that close the line: "Enroll Now!", "Apply here>>>"
        *_each(r"{}\s+(?:now|today|here|sasa|hapa|leo)\s*(?:!+|>+)\s*$",
               "enrol", "enroll", "apply", "register", r"sign\s+up", "join", "subscribe", "download", "book",
               "order", "shop", "buy", r"click\s+here", "jisajili", "jiunge", "pakua", "bofya", r"tuma\s+maombi"),
    ],
    "paywall": [
        r"your\s+subscription\s+(?:is\s+(?:almost|about)|has\s+(?:expired|ended|lapsed)|expires|will\s+expire|"
        r"ends)\b",
        r"your\s+(?:premium|free|full|digital)\s+access\s+(?:has|is|will)\b",
        r"reclaim\s+your\s+(?:full\s+)?access\b",
        r"click\s+(?:below|here)\s+to\s+(?:renew|subscribe|continue\s+reading|unlock|log\s*in|sign\s*in)",
        *_each(r"{}\s+(?:now|today)\s+(?:to|and)\s+(?:unlock|enjoy|continue\s+reading|"
               r"get\s+(?:unlimited|full|premium))", "renew", "subscribe", "upgrade"),
        *_each(r"{}\s*in\s+(?:for\s+free\s+access|or\s+(?:register|subscribe|sign\s+up|create)|"
               r"to\s+continue\s+reading|to\s+read\s+(?:the\s+)?(?:full|this|more))", "log", "sign"),
        r"create\s+(?:your|a)\s+free\s+account\s+(?:or\s+log\s*in|to\s+(?:continue|keep)\s+reading)",
        r"already\s+(?:a\s+subscriber|have\s+an\s+account)\s*\?",
        *_each(r"{}\s+(?:article|story|content|piece|report)\s+is\s+(?:only\s+)?(?:available|reserved|exclusive)"
               r"\s+(?:only\s+)?(?:to|for)\s+(?:our\s+)?(?:subscribers|premium|members|registered)", "this", "the"),
        r"premium\s+content\s+only\s+available",
        *_each(r"{}\s+to\s+continue\s+your\b.{{0,40}}\bjourney\b", "ready", "want"),
        r"don['’]?t\s+miss\s+out\s+on\s+the\s+great\s+content",
        r"still\s+within\s+reach\b.{0,40}\brenew",
        *_each(r"{}\b.{{0,40}}\bto\s+continue\s+reading\b", "subscribe", r"log\s*in", r"sign\s*in", "register"),
        r"subscribe\s+for\s+(?:only\s+|just\s+)?(?:ksh|kes|sh\b|\$)",
        r"exclusive\s+to\s+(?:our\s+)?(?:subscribers|members)", r"free\s+trial\s+(?:has\s+)?(?:ended|expired)",
        r"become\s+a\s+(?:premium\s+)?(?:subscriber|member)\s+(?:today|now)",
        r"jisajili\b.{0,40}\bkuendelea\s+kusoma", r"usajili\s+wako\s+(?:umeisha|unakaribia|umekwisha)",
    ],
    "social": [
        *_each(r"{}\s+(?:to|for)\s+our\s+(?:[\w.'’]+\s+){{0,3}}(?:newsletters?|mailing\s+list|alerts|youtube|"
               r"channel|updates)\b", "subscribe", r"sign\s+up", "register"),
        r"get\s+our\b.{0,60}\bnewsletter", r"receive\s+our\b.{0,60}\bnewsletter",
        r"subscribe\s+our\s+newsletter", r"be\s+our\s+fan\b", r"you\s+can\s+share\s+this\s+post",
        r"click\s+to\s+(?:share|email|print|tweet|post)\b", r"\(opens\s+in\s+new\s+window\)",
        r"join\s+our\s+(?:[\w.'’]+\s+)?(?:whatsapp|telegram|channel)\b",
        r"pic\.twitter\.com/", r"jiandikishe\b.{0,40}\bjarida",
        *_each(r"{}\s+(?:chaneli|kundi|ukurasa)\s+(?:yetu|letu|wetu)", r"jiunge\s+na", "fuatilia"),
    ],
    "comments": [
        r"your\s+email\s+address\s+will\s+not\s+be\s+published", r"required\s+fields\s+are\s+marked",
        r"save\s+my\s+name,?\s+email", r"please\s+enter\s+your\s+(?:comment|name|email)",
        r"you\s+have\s+entered\s+an\s+incorrect\s+email", r"log\s+in\s+to\s+comment", r"sign\s+in\s+to\s+comment",
        r"barua\s+pepe\s+yako\s+haitachapishwa",
        r"notify\s+me\s+of\s+(?:follow-?up\s+comments|new\s+(?:comments|posts|replies))",
        # a form field's note: "Email (will not be published)"
        r"e-?mail\b[^.]{0,30}\bwill\s+not\s+be\s+(?:published|shared|displayed)",
    ],
    "chrome": [
        r"all\s+rights\s+reserved\W*$", r"copyright\s+(?:©\s*)?\d{4}", r"copryright\s+(?:©\s*)?\d{4}",
        r"haki\s+zote\s+zimehifadhiwa",
    ],
}

# A caption that ends with its credit: "… in Machakos. Photo: Kalonzo Musyoka.",
# "… in Meru | PHOTO: COURTESY", "… on Wednesday. (Courtesy)", "… (Photo by Jane Doe)",
# "… in Nyeri. Source: UGC", "… in Lodwar. / Photo / Screengrab", "… Mutua Adhiambo. FILE PHOTO",
# "… in Marsabit. — PHOTO | AFP".
# These start with a character class, so they run on their own rather than
# inside the literal-first alternation above.
_CAPTION_CREDIT = re.compile(
    r"[.!?\"”’)\]|(\[]\s*(?:[|/–—]\s*|-\s+)?[(\[]?\s*(?:"
    + _CREDIT_WORDS + r"(?:\s*[:|/]|\s+courtesy\s+of\s)\s*[^.:!?]{1,80}\.?"
    r"|(?:source|sources|chanzo)\s*:\s*[^.:!?]{1,60}\.?|file\s+(?:photo|image|picture)s?\.?"
    r"|courtesy|file|handout|pool|maktaba|hisani|courtesy\s+(?:photo|image|picture)\.?"
    r"|(?:photo|image|picture|video)s?\s+by\s+[^)\]]{1,60}"
    r")\s*[)\]]?$"
)
# "… on Monday. | FILE | NMG"
_CAPTION_BAR = re.compile(r"[.!?]\s*\|\s*[a-z][\w .&/|'-]{1,40}$")
# A caption with no full stop before its credit: "Commuters at a bus stop in Embu PHOTO: MWANGI NJOROGE".
_CREDIT_LABELS = frozenset("photo photos image images picture pictures picha credit video graphic illustration".split())


# A credit that is only its source, alone on its line: "AFP", "Getty Images", "File", "Screengrab",
# "Reuters/Handout": a news agency, a pool, the archive or a grab, with a credit's own words at most.
_CREDIT_SOURCES = frozenset("""
    afp reuters ap xinhua epa getty bloomberg anadolu dpa kna pscu nmg ugc pool handout handouts file files
    screengrab screengrabs screenshot screenshots courtesy maktaba hisani
""".split())
_CREDIT_SOURCE_FILLER = _CREDIT_LABELS | frozenset("images credits via and kwa ya".split())
_CREDIT_SOURCE_CHARS = re.compile(r"[\w\s/|,&-]+$")


def _is_source_credit(lower: str) -> bool:
    """A source alone on its line (callers test that the line is short, 44 characters at most, first)."""
    lower = lower.strip(_LEAD_CHARS + ".")
    first = _WORD.match(lower)
    return (bool(first) and first.group() in _CREDIT_SOURCES
            and _made_of(_WORD.findall(lower), _CREDIT_SOURCES, _CREDIT_SOURCE_FILLER)
            and bool(_CREDIT_SOURCE_CHARS.match(lower)))


# A caption names who is where in the picture: a label for the picture ("Pictured: …",
# "Left to right: …", "(From left) …", "Kutoka kushoto: …"), or a person's place in it
# in brackets ("Jane Doe (left) and …", "Gavana … (katikati) akihutubia …"). A story
# has no picture to point at; when it says "(left)" it narrates, and stays (see _is_scene).
_CAPTION_LABEL = re.compile(_LEAD + r"(?:pictured(?:\s+(?:above|below|here|left|right))?|"
                            r"(?:from\s+)?left\s+to\s+right|from\s+(?:left|right)|l\s*-\s*r|"
                            r"clockwise\s+from\s+(?:top\s+|bottom\s+)?(?:left|right)|"
                            r"(?:kutoka\s+)?kushoto\s+(?:kwenda\s+)?kulia|kutoka\s+kushoto)\s*(?::|\)|[-–—]\s)")
# (their first words, tested before anything else: this runs on every line)
_CAPTION_LABEL_STARTS = ("pictured", "left", "from", "l-", "l -", "clockwise", "kutoka", "kushoto", "(from", "(left",
                         "(l-", "(clockwise", "(kutoka", "(kushoto")
_IN_THE_PICTURE = re.compile(r"\((?:(?:second|third|2nd|3rd|far|extreme|front|back|standing|seated|wa|pili|tatu|"
                             r"from)\s+){0,3}(?:left|right|centre|center|middle|kushoto|kulia|katikati)\)",
                             re.IGNORECASE)


def _is_captioned_picture(line: str, lower: str) -> bool:
    """A caption by its label or by a place in the picture: one short sentence, no speech, no narration."""
    labelled = lower.startswith(_CAPTION_LABEL_STARTS) and bool(_CAPTION_LABEL.match(lower))
    if not (labelled or "(" in lower and _IN_THE_PICTURE.search(lower)):
        return False
    words = line.count(" ") + 1
    text = line.rstrip(". ")
    if not 3 <= words <= 40 or ". " in text or any(mark in text for mark in "\"“”?!;") or _is_speech(lower):
        return False
    # ("left" in brackets is a place in the picture, not a verb)
    return labelled or (line[:1].isupper() and _is_scene(_IN_THE_PICTURE.sub("", text)))


def _ends_with_credit(line: str) -> bool:
    """A credit label and a name (capitalised words, up to five) close the line."""
    at = line.rfind(":")
    if at < 0:
        return False
    head = line[:at].rstrip().rsplit(" ", 1)
    name = line[at + 1:].split()
    return (len(head) == 2 and head[1].lower() in _CREDIT_LABELS and 1 <= len(name) <= 5
            and all(word[:1].isupper() for word in name) and not line.rstrip().endswith((".", "?", "!")))


_FAMILY_PATTERNS = {
    family: (re.compile(_LEAD + "(?:" + "|".join(_AT_START.get(family, [])) + ")"),
             re.compile("|".join(_ANYWHERE.get(family, ["(?!)"]))))
    # chrome before social: a footer with a copyright line also says "follow us"
    for family in ("promo", "credit", "paywall", "chrome", "social", "comments")
}
# Captions, credits and chrome are never reported speech; the outlet's messages
# to its reader (promo, paywall, social, comments) have story sentences that
# echo them ("Pakua programu ya serikali …, afisa alisema"), so a phrase match
# in those families still gives way to speech.
_FURNITURE = ("credit", "chrome")
_MESSAGES = ("promo", "paywall", "social", "comments")
_FURNITURE_AT_START = re.compile(_LEAD + "(?:" + "|".join(s for f in _FURNITURE for s in _AT_START[f]) + ")")
_FURNITURE_ANYWHERE = _union([alternative for family in _FURNITURE for alternative in _ANYWHERE.get(family, [])])
_MESSAGE_AT_START = re.compile(_LEAD + "(?:" + "|".join(s for f in _MESSAGES for s in _AT_START[f]) + ")")
_MESSAGE_ANYWHERE = _union([alternative for family in _MESSAGES for alternative in _ANYWHERE.get(family, [])])


# A caption on its own line, over or under a credit on its own line ("Residents
# wade through floodwater in Likoni." then "PHOTO | JUMA LAGAT | NMG"): a
# short description of a scene that ends by naming where it is, in the present
# or with no verb at all ("Police officers at the scene in Ukunda", "Wanafunzi
# wakisomea chini ya mti mjini Naivasha"). A story's sentence beside a credit
# narrates (was, has, said, staged, wrote, walikamatwa), runs on past a comma,
# quotes or asks.
# (Kiswahili places a scene with a locative: "… ofisini mwake Nyeri", "… wakiwa shambani")
_SCENE_PLACE = re.compile(r"\s(?:in|at|on|outside|inside|near|along|during|following|after|ahead\s+of|mjini|jijini|"
                          r"kijijini|uwanjani|katika|kwenye|ya|mwake|mwao|mwa)\s+(?:the\s+|a\s+)?[A-Z]"
                          r"|\s[a-z]{4,}ni$")
# A short caption's place may be a common noun when it closes with a full stop: "Traders at the stalled
# fish market." (a subhead has no full stop; a story's short sentence narrates)
_SCENE_SITE = re.compile(r"\s(?:in|at|on|outside|inside|near|along)\s+(?:the|a)\s+[a-z]")
# a comma inside a number ("the 10,000m") does not run a caption on
_NUMBER_COMMA = re.compile(r"(?<=\d),(?=\d)")
_NARRATION = frozenset("""
    is are was were be been has have had will would can could may might must should shall did does do
    said says told tells not no show shows showed indicate indicates suggest suggests expect expects
""".split())


def _is_bare_credit(lower: str) -> bool:
    """A credit alone on its line: "Photo: File", "PICHA: WANJIRU WANYAMA", "Source: UGC", "AFP"."""
    return (lower.count(" ") <= 8 and bool(_FAMILY_PATTERNS["credit"][0].match(lower))
            or len(lower) <= 44 and _is_source_credit(lower))


def _is_caption(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 16 or not line[:1].isupper() or _BULLET.match(line):
        return False
    text = line.rstrip(". ")
    if "," in text:
        text = _NUMBER_COMMA.sub("", text)
    # (a dash is a list's: "Final week – delegates vote in Eldoret")
    if any(mark in text for mark in "\"“”?!:;,–—") or ". " in text:
        return False
    # the place closes the caption: "… on the Kisumu-Busia road", "… in Athi River on Wednesday"
    placed = _SCENE_PLACE.search(text) and any(word[:1].isupper() for word in words[-3:])
    if not (placed or len(words) <= 10 and line.endswith(".") and _SCENE_SITE.search(text)):
        return False
    return _is_scene(text)


def _is_scene(text: str) -> bool:
    """A picture's description: in the present or with no verb at all, not narrating nor reporting speech."""
    lower = text.lower()
    tokens = _WORD.findall(lower)
    if not (_NARRATION.isdisjoint(tokens) and _IRREGULAR_PAST_FORMS.isdisjoint(tokens)) or _is_speech(lower):
        return False
    # verbs in lower case only: "Ulinzi" and "Shared Future Party" are names; "the flooded road" an adjective
    as_written = _WORD.findall(text)
    return not any(word.endswith("ed") and word.islower() and before.lower() not in _DETERMINERS
                   or _SW_TENSED.match(word) and not word.startswith("wana")
                   for before, word in zip(as_written, as_written[1:]))


# -- shape rules -----------------------------------------------------------------
# The phrase patterns above know the wordings seen so far. These rules know the
# families instead, and read a short line for the kinds of word it holds: who it
# speaks to ("you", "our", "yako"), what it asks for (subscribe, log in, join,
# download) and what it offers (the full story, the app, the newsletter). They
# never fire on a line that reports speech or opens with a quotation, which
# boilerplate never does, and a full sentence inside the story needs more
# evidence than a fragment at its edges, where furniture gathers.

# Verbs of saying. Alternatives start with a literal ("said\b", not \bsaid) for speed, as above.
_REPORTED = _union(_each(r"{}\b", "said", "says", "told", "tells", "added", "noted", "urged", "warned", "explained",
                         "stated", "announced", "advised", "asked", "directed", "ordered", "insisted", "argued",
                         "claimed", "cautioned", "appealed", "encouraged", "reminded", "pleaded", "remarked",
                         "revealed", "disclosed", "recalled", "lamented", "vowed", "declared", "assured", "stressed",
                         "admitted", "testified", "complained", "responded", "wondered", "suggested",
                         r"court\s+heard", r"according\s+to", r"kwa\s+mujibu\s+wa"))
# Kiswahili verbs of saying carry subject, tense and object prefixes: alisema,
# wanashauri, liliwaarifu, aliwahimiza (not "unataka": the reader is "u-").
_REPORTED_SW = re.compile(r"(?:a|wa|li|i|ki|ya|zi)(?:li|na|me)(?:wa|m|mw|ki|i|li|zi|tu)?(?:sema|ambia|arifu|"
                          r"shauri|himiza|sihi|onya|eleza|ongeza|agiza|hakikishia)\b")
_QUOTES = "\"“‘'"


def _is_speech(lower: str) -> bool:
    return lower[:1] in _QUOTES or bool(_REPORTED.search(lower) or _REPORTED_SW.search(lower))


def _is_attributed(lower: str) -> bool:
    """Speech with its speaker after a comma ("…, the chairman said", "…, afisa alisema"): stricter than
    _is_speech, for lines a phrase pattern matched ("Do you have a story you want told?" is a promo)."""
    if lower[:1] in _QUOTES:
        return True
    found = _REPORTED.search(lower) or _REPORTED_SW.search(lower)
    return bool(found) and "," in lower[:found.start()]


# Who a line speaks to: the reader, or the outlet speaking of itself.
_READER = frozenset("you your yours you're you’re you've you’ve please already don't don’t "
                    "yako wako lako zako kwako tafadhali".split())
_OUTLET = frozenset("our ours us we we're we’re yetu wetu letu zetu kwetu nasi tutumie tupigie".split())
# A call to action opens a clause: at the start, or after a question, a colon, a
# sentence or a purpose clause ("To continue reading this article, subscribe …").
_CALL = re.compile(r"(?:^[\W_]*(?:to\s[^,]{1,60},\s+)?|[?!:.]\s+|>\s*)"
                   r"(?:join|download|get|grab|install|follow|subscribe|visit|click|tap|"
                   r"buy|order|shop|apply|register|enrol|enroll|sign\s+up|call|send|e-?mail|whatsapp|text|dm|vote|"
                   r"listen|watch|try|book|become|advertise|contact|reach|tell|share|claim|win|check\s+out|start|"
                   r"stay|find\s+us|like\s+us|log\s*-?\s*in|sign\s*-?\s*in|renew|upgrade|unlock|pakua|jiunge|"
                   r"tembelea|bofya|tuma|piga|nunua|tangaza|sikiliza|tazama|wasiliana|jisajili|shinda|fuata|pata|"
                   r"shiriki|ingia|pokea|support|stand\s+a\s+chance|read|list|enter|submit|nominate|donate|"
                   r"contribute|changia|learn|reserve|secure|(?:continue|keep)\s+reading|soma|post|take\s+part|"
                   r"participate|don['’]?t\s+miss|usikose|tune\s+in)\b")
# A call made urgent on the spot: "Enrol today and …", "Click here to register".
_URGENT_CALL = re.compile(r"\s+(?:now|today|here|sasa|leo|hapa)\b")
# Things an outlet offers its readers.
_OFFERS = frozenset("""
    app apps newsletter newsletters podcast podcasts e-paper epaper copy edition fellowship course courses
    masterclass programme webinar awards competition giveaway offer discount deals channel community page
    tipline alerts notifications jobs vacancies directory store quiz contest draw raffle prize prizes
    summit conference expo survey briefing digest bulletin academy certificate certification diploma training
    workshop
    programu apu jarida kozi tuzo shindano ofa chaneli ukurasa arifa zawadi cheti mafunzo
    inbox pepe
""".split())
# What only a news outlet offers: "… for breaking news alerts", "… the latest news",
# "Support independent journalism".
_NEWS_PRODUCT = _union([r"breaking\s+news", r"news\s+(?:alerts?|updates?)", r"latest\s+(?:news|headlines|stories)",
                        r"top\s+stories", r"habari\s+(?:za\s+hivi\s+punde|mpya|motomoto|kuu)",
                        *_each(r"{}\s+journalism", "independent", "quality", r"public[\s-]interest")])
_SCARCITY = _union([r"limited\s+(?:slots|spaces|places|seats|offer|time\s+offer)\b",
                    r"nafasi\s+(?:ni\s+)?chache", r"few\s+(?:slots|spaces|places|seats)\s+(?:left|remaining)",
                    r"while\s+(?:stocks|supplies|the\s+offer)\s+last", r"offer\s+ends\b"])
# A call to text a word to a short code for the outlet's news: "Text SPORT NEWS to 30210 for match
# headlines", "Tuma neno HABARI kwa 20XXX". (A story's short code serves something else: "SMS your ID
# number to 70000 to confirm your polling station".)
_SHORT_CODE_CALL = re.compile(r"(?:^[\W_]*|[.!?:]\s+)(?:sms|text|send|tuma)\b[^.]{0,40}?\s(?:to|kwa)\s+\d{4,6}\b")
_ADVERTISE = re.compile(r"advertise\s+(?:on|with|in)\b")
_SHORT_CODE_VERBS = frozenset("sms text send tuma".split())
_NEWS_WORDS = frozenset("news headlines habari updates alerts taarifa".split())
# Where to get an offer: "… on Android and iOS", "… on Google Play".
_STOREFRONTS = frozenset("android ios playstore appstore spotify shop store duka google play".split())
_URGENT_END = frozenset("now today here leo sasa hapa".split())
_INCENTIVES = frozenset("free bure discount exclusive".split())
# Words that ask for access to the outlet's text, and words for what access gives.
_ACCESS = frozenset("""
    subscribe subscribed subscriber subscribers subscription register registration login signin signup renew
    upgrade unlock account membership member members premium ingia jisajili jiandikishe akaunti usajili
    wanachama
""".split())
_ACCESS_PHRASE = _union([r"log\s*-?\s*in\b", r"sign\s*-?\s*(?:in|up)\b", r"free\s+trial",
                         r"become\s+a\s+(?:premium\s+)?(?:member|subscriber)",
                         *_each(r"{}\s+access", "unlimited", "full", "premium")])
# ("Upgrade to Premium for $4.99" in a deals story asks for no reading)
_READING = frozenset("""
    read reading continue view access article articles story stories content full journalism
    kusoma usome kuendelea makala kamili yote
""".split())
_MEMBERS = frozenset("premium subscribers members wanachama".split())
# where the reader's access stands: only of a subscription ("… before the voter
# registration drive ends" is a story)
_ACCESS_STATE = frozenset("expired expires expire ended ends end ending lapsed renewal umeisha umekwisha "
                          "unakaribia".split())
_SUBSCRIPTION = frozenset("subscription membership access trial plan account premium usajili akaunti".split())
_QUOTA = frozenset("limit quota kikomo".split())
_ITEMS = frozenset("article articles story stories preview previews makala".split())
_SW_ITEMS = frozenset("habari taarifa maudhui".split())
_EXCLUSIVE = frozenset("only exclusive exclusively pekee".split())
_PAY_CALLS = ("pay ", "lipa ", "lipia ")
# a price for reading: "KSh 10 a day", "$4.99", "for just KSh 99 a month"
_PRICE = re.compile(r"(?:ksh|kes|sh|usd|\$)\s?\d|\d\s*(?:/=|bob)|"
                    r"(?:a|per|kwa)\s+(?:day|week|month|year|siku|wiki|mwezi)\b")
# Platforms by their words ("google" with "news", "social" with "media"): a set
# lookup is much cheaper than a regex on every line.
_PLATFORMS_WORDS = frozenset("facebook twitter x instagram tiktok youtube telegram whatsapp linkedin threads "
                             "mitandao".split())


def _names_platform(words: set[str]) -> bool:
    return bool(words & _PLATFORMS_WORDS or {"google", "news"} <= words or {"social", "media"} <= words)


# Speaking to the reader about the outlet's own accounts: "follow us", "our page", "tufuate".
_OWN_ACCOUNT = _union([r" us\b", r"nasi\b", r"yetu\b", r"wetu\b", r"letu\b", "tufuate", "tufuatilie",
                       r" our\s+" + _PLATFORMS + r"\b",
                       r" our\s+(?:[\w.]+\s+)?(?:page|channel|account|handle|community|group)\b"])
# ("Like many of his peers, …" is a story: only "like us", "like our" is a request)
_IMPERATIVE = re.compile(_LEAD + r"(?:follow|like\s+(?:us|our)|join|watch|subscribe|share|find|stay\s+(?:connected|"
                         r"updated|tuned)|fuata|fuatilia|jiunge|shiriki|tazama)\b")
# (or after a sentence that opens the prompt: "Stay informed. Follow Business Daily on Instagram.")
_IMPERATIVE_CLAUSE = re.compile(r"[.!?:]\s+(?:follow|like\s+(?:us|our)|join|subscribe|find\s+us|fuata|jiunge)\b")
_CONTACT_US = _union([*_each(r"{}\s+us\b", "reach", "contact", "call", r"write\s+to", "send", "email", "e-mail",
                             "text", "dm", "message"),
                       r" our\s+(?:whatsapp|email|e-mail|inbox|newsroom|hotline|advertising|sales|tips?)\b",
                       r"advertise\s+with\s+us", "tutumie", r"wasiliana\s+nasi"])
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[a-z]{2,}")
_PHONE = re.compile(r"\+254[\s-]?\d|0(?<!\d0)[17]\d{2}[\s-]?\d{3}[\s-]?\d{3}(?!\d)")
_CIVIL = re.compile(_LEAD + r"(?:be|keep|stay|please\s+be|no)\b")
_COMMENT_CUES = _union(_each(r"{}\b", "your", "leave", "below", r"first\s+to", r"wa\s+kwanza", "loading", "add",
                             "write", "post", "moderation", "moderated", "guest", "policy", "andika",
                             # (as words: "kutoa maoni", to give views, is a story's)
                             r"^toa", r" toa", r"^acha", r" acha", "yako", "hakuna", "bado",
                             r"let\s+us\s+know", r"tell\s+us",
                             # "Una maoni gani kuhusu hili? Tuandikie hapa chini." (not "hapa chini ya mti",
                             # under the tree)
                             r"hapa\s+chini(?!\s+ya)", "tuandikie", "tuambie",
                             # a comment box's disclaimer: "Comments are the views of readers, not of …"
                             "disclaimer", r"views\s+of\s+(?:the\s+|our\s+)?(?:readers|commenters|users)"))
_CHROME_WORDS = _union([r"advert(?:s|isements?|ising)?\b", r"continues\s+(?:below|after|under)",
                        r"after\s+(?:this|the)\s+ad\b", r"continue\s+reading",
                        r"click\s+to\s+(?:enlarge|expand|view)", r"tap\s+to\s+(?:enlarge|expand)", r"posted\s+in\b",
                        r"filed\s+under", r"view\s+all\s+(?:posts|articles|stories)",
                        *_each(r"{}\s+(?:the\s+)?full\s+(?:article|story)", "show", "view", "read"),
                        r"endelea\s+kusoma", "tangazo", r"min(?:ute)?s?\s+read", r"reading\s+time", r"skip\s+to",
                        r"to\s+top\b", r"scroll\s+(?:down\s+)?to\s+(?:continue|read|keep)"])
# The page's buttons and badges as text ("Save article", "Text size", "Live",
# "Reply"): every word an interface word, one of them a button or badge.
_BUTTONS = frozenset("""
    live breaking save saved bookmark text size font print reply report listen audio play pause menu search close skip
    zoom developing exclusive a aa follow unfollow hifadhi jibu ripoti sikiliza mubashara fuatilia toggle load
    expand collapse pdf pakia switch chapisha open pakua copied accept decline reject manage
""".split())
# (an ad's buttons, "Close ad", "Skip ad"; a correction form's, "Report a mistake")
_BUTTON_FILLER = frozenset("news article story this the to in just mode dark light increase decrease more less "
                           "show hide now topic author writer full all download stories posts articles habari makala "
                           "hii mada zaidi ad ads advert mistake error typo correction problem abuse app link "
                           "cookies cookie settings preferences".split())
# A comment box's headings and buttons: "Have your say", "Discussion", "Post", "Weka maoni".
_COMMENT_BUTTONS = frozenset("comment comments discussion conversation say post submit send response flag upvote "
                             "downvote replies maoni tuma weka jibu".split())
_COMMENT_FILLER = frozenset("a the your have join start add leave now here this write yako hapa andika acha".split())
# A form's fields, a comment box's or a newsletter box's: "Your name", "Name *", "Enter your email address".
_FORM_FIELDS = frozenset("name email e-mail website comment message pepe jina tovuti".split())
_FORM_FILLER = frozenset("your enter type full address required optional here barua yako lako la ya andika "
                         "weka".split())
# A share prompt: a verb of sharing, "this", and the item ("Unaweza kushiriki makala hii!").
_SHARE_VERBS = frozenset("share shiriki kushiriki sambaza kusambaza tweet forward".split())
_THIS = frozenset("this hii huu".split())
# A call to share that opens a clause, with what to share: "Share it with a friend", "Shiriki makala hii".
_SHARE_CALL = re.compile(r"(?:^[\W_]*|[?!:.]\s+)(?:please\s+)?(?:share|shiriki|sambaza|forward|tweet)\s+"
                         r"(?:it|this|them|the\s+\w+|na|kwa|makala|habari)\b")
_FRIENDS = frozenset("friend friends family rafiki marafiki".split())
_SHARED_ITEMS = frozenset("article story post page link makala habari taarifa".split())
# A comment box speaks of the reader's say, or of how comments are handled.
_COMMENT_WORDS = frozenset("comment comments thoughts views discussion conversation feedback maoni".split())
_MODERATION = frozenset("reviewed moderated approved appear appears published moderation civil respectful "
                        "courteous abusive offensive".split())
# "Listen · 4 min", "6 min read", "Soma kwa dakika 3"
# (or a player's clock: "Listen to this story 04:12")
_DURATION = re.compile(r"\d+\s*(?:min|mins|minutes?|sec|secs|seconds?|dakika)\b|dakika\s+\d|\d:\d\d\b")
_DURATION_WORDS = frozenset("min mins minute minutes sec secs second seconds dakika read watch soma kusoma kwa "
                            "za".split())
# "Page 2 of 3", "Ukurasa 2 kati ya 3"
_PAGINATION = re.compile(_LEAD + r"(?:page|ukurasa|uk)\.?\s*\d+\s*(?:of|/|kati\s+ya)\s*\d+$")
# "2 hours ago", "15 mins ago", "5h ago"
_AGO = re.compile(r"\d+\s*(?:seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|wks?|w|months?|mo)"
                  r"\s+ago$")
# A page's date and clock, and nothing else: "14 March 2027 - 09:45", "Tuesday 2 February 2027 - 7.30pm",
# "Jan 5, 2027 | 08:00 EAT". (A date alone may be a timeline's entry; with its clock it is the page's stamp.)
_MONTH = (r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?|januari|februari|machi|aprili|mei|juni|"
          r"julai|agosti|septemba|oktoba|novemba|desemba")
_DATE = (rf"(?:(?:[a-z]+day|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili),?\s+)?"
         rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?),?\s+\d{{4}}")
_CLOCK = r"(?:at\s+|saa\s+)?\d{1,2}[:.]\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.|hrs|h|eat|gmt))?"
_DATE_AND_CLOCK = re.compile(rf"(?:{_DATE}\s*[-–—|,•·@]?\s*{_CLOCK}|{_CLOCK}\s*[-–—|,•·@]?\s*{_DATE})$")
# A page's counters alone: "3,204 views", "912 Shares", "1.2K reads · 40 likes".
_COUNTERS = re.compile(r"(?:[\d,.]+\s*[km]?\s+(?:views?|shares?|likes?|reads?|plays?|reactions?|loves?|"
                       r"watazamaji|wasomaji)\s*[|·•,]?\s*){1,3}$")
# a byline on its own line: "By Njeri Mugo", "NA WANDERI KAMAU", "Mwandishi: Otieno Ochieng"
# (on the line as written)
# (with its outlet or handle: "By Jane Wambui, KNA", "By Peter Otieno @thestarkenya"; an editor's:
# "MHARIRI: …"; Kiswahili's "story by": "Habari na Peter Otieno", two names at least: "Habari na Michezo"
# is a section)
_BYLINE = re.compile(r"^(?:[Bb]y|BY|[Nn]a|NA|(?i:author|writer|mwandishi|mhariri|editor)\s*:)\s*"
                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
                     r"(?:\s*,\s*[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,2}|\s+@\w+)?$"
                     r"|^(?:[Hh]abari|HABARI|[Mm]akala|MAKALA)\s+(?:na|NA)\s+"
                     r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,3}$")
# a dateline or byline stamp: "Updated 2 hours ago", "First published: May 5, 2024",
# "Reporting by …; Editing by …", "Imehaririwa na …". The stamp's word is followed by
# its time, a separator or nothing: "Updated rules" is a story's subhead.
_STAMP_TIME = (r"(?=\s*(?:[:|•·,@\-–—(]|\d|$|(?:\w+\s+){1,2}ago\b|(?:on|at|by|in|last|yesterday|today|just|"
               r"recently|saa|tarehe|jana|leo|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|"
               r"march|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|"
               r"dec(?:ember)?)\b))")
_STAMP = re.compile(_LEAD + r"(?:(?:(?:first|last|originally)\s+)?(?:updated|modified|posted|published|written)"
                    + _STAMP_TIME + r"|(?:imesasishwa|ilisasishwa|ilichapishwa|imechapishwa|iliandikwa)\b|"
                    r"(?:additional\s+)?(?:reporting|"
                    r"editing|edited|compiled|translated|imehaririwa|imeandikwa|imetafsiriwa)\s+(?:by|na)\b)")
# "Kenya » News » Politics", "Habari > Kitaifa": short capitalised segments, two
# or more with an arrow, three or more with a bar, a slash or a dot ("Photo/File"
# is a credit)
_CRUMB = r"[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,2}"
_BREADCRUMB = re.compile(rf"^{_CRUMB}(?:(?:\s*[{_CRUMB_SEPARATORS}]+\s*{_CRUMB}){{1,5}}"
                         rf"|(?:\s*[|/·•]\s*{_CRUMB}){{2,5}})$")
# a share bar's buttons as text: "Tweet this", "Tap to share", "Forward to a friend", "Post to Facebook",
# "Sambaza habari hii", "Tuma kwa rafiki"
_SHARE_BUTTON = re.compile(_LEAD + r"(?:(?:tap|click|press)\s+(?:here\s+)?to\s+)?(?:share|tweet|email|e-mail|send|"
                           r"forward|post|print|copy|whatsapp|shiriki|sambaza|tuma)(?:\s+(?:this|it|to|via|on|with|"
                           r"link|article|story|post|page|na|kwa|kwenye|habari|makala)\b|\s*$)")


_CUES = (_READER | _OUTLET | _OFFERS | _STOREFRONTS | _INCENTIVES | _ACCESS | _READING | _MEMBERS | _ACCESS_STATE
         | _QUOTA | _PLATFORMS_WORDS | frozenset("google news social media this hii log sign become trial unlimited "
                                                 "full premium preview previews advertise".split()))
# A handle on a platform: "We're on Instagram: @nation_ke"
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}")


def _asks_for_access(lower: str, words: set[str], length: int) -> bool:
    """A paywall prompt: the reader is asked to subscribe, log in or register in order to read on,
    or told where their access stands."""
    access = len(words & _ACCESS) + bool(_ACCESS_PHRASE.search(lower))
    if access and length <= 20 and (length <= 8 or words & _READER or _CALL.search(lower)):
        # "Subscribe, pay, and forget: that is how …" asks for nothing to read;
        # "Already a member? Log in" asks twice in a few words; "Subscribe now,
        # first month free" asks with an offer; "Your subscription has expired."
        # tells the reader where they stand
        if (words & _READING or (length <= 8 and (access >= 2 or words & _INCENTIVES and _CALL.search(lower)))
                or (words & _READER and words & _ACCESS_STATE and words & _SUBSCRIPTION)):
            return True
    # "Nation Premium: unlimited stories for KSh 10 a day"; a call to pay to read: "Lipa Sh20 kwa M-Pesa
    # kusoma makala kamili", "Pay KSh 15 via M-Pesa to read the full story"
    if (length <= 15 and (access or "unlimited" in words or lower.startswith(_PAY_CALLS)) and words & _READING
            and _PRICE.search(lower)):
        return True
    # "This article is for premium members.", "You've hit your monthly limit.",
    # "This is your last free article this month.", "Umefikia kikomo cha makala za bure"
    return length <= 12 and (bool(words & {"this", "hii"} and words & _ITEMS and words & _MEMBERS)
                             or bool(words & _READER and (words & _QUOTA or "free" in words and words & _ITEMS))
                             or bool(words & _QUOTA and words & _ITEMS))


def _is_members_only(words: set[str]) -> bool:
    """"Makala hii ni ya wanachama pekee.", "This story is for members only.": the item, its readers, "only",
    and no verb that narrates (a story's news of members: "Habari hii iliwafikia wanachama pekee")."""
    return bool(words & _MEMBERS and words & _EXCLUSIVE and words & (_ITEMS | _SW_ITEMS | _THIS)
                and _NARRATION.isdisjoint(words - {"is", "are"})
                and not any(_SW_TENSED.match(word) and not word.startswith("wana") for word in words))


def _calls_to_action(lower: str, words: set[str], sentence: bool) -> bool:
    """A promo: a clause opens with a call to action, and the line sells the outlet.

    Evidence: the outlet speaking of itself ("our", "us", or an offer of its
    news: "… app for breaking news alerts": two points), an offer
    (app, newsletter, course, e-paper), where to get it ("on Android
    and iOS"), an incentive or urgent ending ("free", "today!", "here>>>") or
    a call made urgent on the spot ("Enrol today and …", "Click here to …"),
    the reader addressed ("your"), a second call in the same few words ("Read
    this on our e-paper. Download it today."). How-to stories tell the reader
    what to do too ("Download it here so you can …"), so one point is never
    enough, and a full sentence inside the story needs three.
    """
    end = lower.rstrip(" .")
    urgent = (end.endswith(("!", ">")) or end.rsplit(" ", 1)[-1] in _URGENT_END or bool(words & _INCENTIVES)
              or "bila malipo" in lower or "chance to win" in lower or "nafasi ya kushinda" in lower)
    offer = bool(words & _OFFERS) or "e-paper" in lower
    # (only the outlet asks its reader to advertise: "Advertise on <the site> today.")
    outlet = bool(words & _OUTLET or (offer or "journalism" in words) and _NEWS_PRODUCT.search(lower)
                  or "advertise" in lower and _ADVERTISE.search(lower))
    # scarcity is a seller's: "Limited slots!", "Nafasi ni chache"
    scarce = ("limited" in lower or "chache" in lower or " last" in lower or "left" in lower
              or "offer ends" in lower) and bool(_SCARCITY.search(lower))
    evidence = 2 * outlet + offer + bool(words & _STOREFRONTS) + urgent + bool(words & _READER) + scarce
    needed = 3 if sentence else 2
    # (the calls themselves add at most two points: most lines stop here)
    if evidence + (not urgent) + 1 < needed:
        return False
    calls = [call.end() for call in _CALL.finditer(lower)]
    if not calls:
        return False
    urgent_call = not urgent and any(_URGENT_CALL.match(lower, at) for at in calls)
    return evidence + urgent_call + (len(calls) >= 2) >= needed


def _shape_family(line: str, lower: str, in_story: bool = True) -> str:
    """The family a short line belongs to by its shape and kinds of word, or "".

    `in_story` says the line stands between the story's first and last full
    sentences: the default, and the stricter reading.
    """
    length = lower.count(" ") + 1
    if length > 25:
        return ""
    tokens = _WORD.findall(lower)
    family = ""
    end = lower.rstrip(_CLOSERS)
    if length <= 16 and tokens and (tokens[0] in _SHARE_BAR or tokens[0] in _TAG_WORDS) and not end.endswith("."):
        family = _bar_family(line, tokens)
    if not family and "cookie" in lower and _is_cookie_notice(set(tokens)):
        family = "chrome"
    # a section path of two at the page's edge: "Kenya / Politics" (inside the story, three are needed)
    if not family and not in_story and length <= 7 and " / " in line and _EDGE_CRUMB.match(line):
        family = "chrome"
    # ("Write a response..." is a placeholder, not a sentence)
    if not family and length <= 8 and (not end.endswith(".") or end.endswith("..")):
        family = _fragment_family(line, lower, tokens, length)
    if not family:
        sentence = in_story and length >= 8 and lower.rstrip(_CLOSERS).endswith((".", "!", "?"))
        family = _message_family(lower, set(tokens), length, sentence)
    return "" if not family or _is_speech(lower) else family


# A cookie notice: the site says it uses cookies and asks for consent ("We use cookies to make this site
# work better. By browsing on, you accept our cookie policy.", "Accept all cookies").
# (A story's cookies are baked and sold: no use, policy or settings, no consent.)
_COOKIE_USE = frozenset("use uses using policy settings preferences".split())
_CONSENT = frozenset("accept agree consent continuing policy settings preferences".split())


def _is_cookie_notice(words: set[str]) -> bool:
    return bool(words & {"cookie", "cookies"} and words & _COOKIE_USE and words & _CONSENT)


_EDGE_CRUMB = re.compile(rf"^{_CRUMB}\s+/\s+{_CRUMB}$")


# A share bar's buttons as one line of text: "Facebook Twitter WhatsApp Copy link", "X | LinkedIn | Email".
_SHARE_BAR = _PLATFORMS_WORDS | frozenset("""
    copy link email e-mail mail print sms messenger reddit pinterest share shiriki more via on
""".split())
# A tags row that lost its separator: "TAGS EPRA Fuel Prices Economy", "Mada Siasa Nakuru".
_TAG_ROW = re.compile(r"(?:TAGS?|Tags?|TAGGED|Tagged|TOPICS|Topics|KEYWORDS|Keywords|LEBO|Lebo|MADA|Mada|"
                      r"VITAMBULISHO|Vitambulisho)\s+(?:(?:[A-Z0-9][\w'’&.-]*|of|and|the|in|on|for|na|ya|wa|za)"
                      r"(?:\s+|\s*[|/·•]\s*|$)){2,15}$")


def _bar_family(line: str, tokens: list[str]) -> str:
    """A row of buttons or tags that lost its markup: every word a platform or button, or tags after their label.
    (A story names platforms with "and" and commas: "Facebook and TikTok".)"""
    if len(_PLATFORMS_WORDS.intersection(tokens)) >= 2 and "," not in line and _SHARE_BAR.issuperset(tokens):
        return "social"
    # (a label in capitals may head tags with small words, "TAGS Cost of Living"; "Topics of the Day" is a subhead)
    if tokens[0] in _TAG_WORDS and _TAG_ROW.match(line):
        label, rest = line.split(None, 1)
        if label.isupper() or not any(word.islower() for word in rest.split()):
            return "chrome"
    return ""


def _fragment_family(line: str, lower: str, tokens: list[str], length: int) -> str:
    """Page chrome, share buttons and comment widgets: fragments of up to eight words."""
    if (_CHROME_WORDS.search(lower) or _AGO.search(lower) or _STAMP.match(lower) or _BREADCRUMB.match(line)
            or _BYLINE.match(line)):
        return "chrome"
    # (a digit first: these read a page's stamps and counters, and most lines start with a letter)
    if tokens and (lower[:1].isdigit() or tokens[0] in _DAY_NAMES or tokens[0][:3] in _MONTH_ABBREVIATIONS) and (
            _DATE_AND_CLOCK.match(lower) or _COUNTERS.match(lower)):
        return "chrome"
    if length <= 4 and _SHARE_BUTTON.match(lower):
        return "social"
    if length <= 3 and ("comment" in lower or _made_of(tokens, _COMMENT_BUTTONS, _COMMENT_FILLER)):
        return "comments"
    if length <= 4 and _made_of(tokens, _FORM_FIELDS, _FORM_FILLER):
        return "comments"
    if length <= 6 and not (_SHARE_VERBS.isdisjoint(tokens) or _THIS.isdisjoint(tokens)
                            or _SHARED_ITEMS.isdisjoint(tokens)):
        return "social"
    if length <= 4 and _made_of(tokens, _BUTTONS, _BUTTON_FILLER):
        return "chrome"
    if _PAGINATION.match(lower) or (length <= 5 and _DURATION.search(lower) and _made_of(
            [token for token in tokens if not token.isdigit()], _BUTTONS | _DURATION_WORDS, _BUTTON_FILLER)):
        return "chrome"
    return ""


def _message_family(lower: str, words: set[str], length: int, sentence: bool) -> str:
    """A message from the outlet to its reader: comments, social, paywall or promo."""
    if length <= 15 and ("comment" in lower or "maoni" in lower) and _COMMENT_CUES.search(lower):
        return "comments"
    # "What are your thoughts? Share them below.", "Comments are reviewed before
    # they appear.", "Be respectful. Keep it civil.", "Sign in to join the conversation"
    if length <= 8 and (words & _COMMENT_WORDS and (words & (_READER | _MODERATION) or _ACCESS_PHRASE.search(lower))
                        or words & _MODERATION and _CIVIL.match(lower)):
        return "comments"
    # Every rule below needs one of these words; most story lines hold none.
    cues = words & _CUES
    if cues:
        # "Found this story helpful? Share it with your friends."
        if (length <= 16 and not words.isdisjoint(_SHARE_VERBS) and _SHARE_CALL.search(lower)
                and (words & _THIS and words & _SHARED_ITEMS or words & _FRIENDS)):
            return "social"
        if length <= 16 and _names_platform(cues) and (_OWN_ACCOUNT.search(lower) or _IMPERATIVE.match(lower)
                                                        or _IMPERATIVE_CLAUSE.search(lower)
                                                        or (not sentence and _CALL.search(lower))
                                                        or (length <= 8 and _HANDLE.search(lower))):
            return "social"
        if (_asks_for_access(lower, cues, length)
                or length <= 10 and not cues.isdisjoint(_MEMBERS) and _is_members_only(words)):
            return "paywall"
        if (cues & _OUTLET and _CONTACT_US.search(lower)) or _calls_to_action(lower, cues, sentence):
            return "promo"
    if ("@" in lower and _EMAIL.search(lower)) or (("0" in lower or "+" in lower) and _PHONE.search(lower)):
        return "promo"
    if (not (words.isdisjoint(_SHORT_CODE_VERBS) or words.isdisjoint(_NEWS_WORDS))
            and _SHORT_CODE_CALL.search(lower)):
        return "promo"
    return ""


def _is_boilerplate(line: str, lower: str) -> bool:
    return bool(_FURNITURE_AT_START.match(lower) or _FURNITURE_ANYWHERE.search(lower) or _is_caption_credit(line, lower)
                or _is_read_also_line(line, lower) or _is_message(line, lower))


def _is_caption_credit(line: str, lower: str) -> bool:
    return (bool(_CAPTION_CREDIT.search(lower) or _CAPTION_BAR.search(lower)) or _ends_with_credit(line)
            # (cheap tests first: these run on every line)
            or ("(" in lower or lower.startswith(_CAPTION_LABEL_STARTS)) and _is_captioned_picture(line, lower)
            or len(lower) <= 44 and _is_source_credit(lower)
            or lower.startswith(_PICTURE_NOTE_STARTS) and bool(_PICTURE_WORD.search(lower, 0, 40))
            and _is_picture_note(line, lower)
            or line.endswith(("]", ")")) and _is_named_credit(line))


# A caption that opens with its credit or with what the picture is: "(File image) Traders at a past
# demonstration in Nakuru.", "A file photo of the Kisii bus terminus.", "Screengrab from a video of …";
# and a note that the picture only illustrates: "Image used for illustration purposes only.".
_PICTURE_OPENER = re.compile(r"(?:[(\[]\s*(?:file\s+)?(?:photos?|images?|pictures?|pics?|picha|courtesy|maktaba)\b"
                             r"[^)\]]{0,40}[)\]]\s*|(?:a\s+|an\s+)?(?:file|archive|archival|stock)\s+(?:photo|image|"
                             r"picture|pic)s?\s+(?:of|showing)\s+|screen\s?(?:grab|shot)s?\s+(?:of|showing|from)\s+)")
_ILLUSTRATION = re.compile(r"(?:(?:the|this|a)\s+)?(?:photo|image|picture|pic|graphic|picha)s?\b[^.!?]{0,30}?"
                           r"(?:illustrat(?:ion|ive)|representation(?:al)?|kielelezo|madhumuni\s+ya\s+kuonyesha)"
                           r"(?:\s+(?:purposes?|only|tu|pekee))*\W*$"
                           r"|(?:representational|illustrative|stock)\s+(?:photo|image|picture)\W*$")
# (the picture named near the start: a cheap test before the patterns above)
_PICTURE_WORD = _union(["photo", "image", "picture", "pic", "graphic", "screen", "courtesy", "maktaba"])
_PICTURE_NOTE_STARTS = ("(", "[", "a ", "an ", "the ", "this ", "file", "archiv", "stock", "screen", "photo", "image",
                        "picture", "pic", "graphic", "representational", "illustrative")


def _is_picture_note(line: str, lower: str) -> bool:
    if len(lower) > 200:
        return False
    opener = _PICTURE_OPENER.match(lower)
    if opener:
        rest = line[opener.end():].rstrip(". ")
        return (1 <= rest.count(" ") + 1 <= 20 and ". " not in rest and not any(mark in rest for mark in "\"“”?!;")
                and _is_scene(rest))
    return bool(_ILLUSTRATION.match(lower))


# A caption that ends with its photographer and outlet in brackets: "Maize stalks dry in a farm near
# Kitale. [Jane Wambui, Nation]" (a story's sentence before such brackets narrates).
_NAMED_CREDIT = re.compile(r"[.!?]\s*[\[(]\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*[,/|]\s*"
                           r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}\s*[\])]$")


def _is_named_credit(line: str) -> bool:
    found = _NAMED_CREDIT.search(line)
    if not found:
        return False
    caption = line[:found.start()]
    return caption.count(" ") < 25 and caption[:1].isupper() and ". " not in caption and _is_scene(caption)


def _is_message(line: str, lower: str) -> bool:
    """A line of the outlet's own devices other than links and furniture: promo, paywall, social, comments
    (and the chrome fragments the shape rules know)."""
    if (_MESSAGE_AT_START.match(lower) or _MESSAGE_ANYWHERE.search(lower)) and not _is_attributed(lower):
        return True
    return bool(_shape_family(line, lower))


def boilerplate_family(line: str) -> str:
    """The family of a one-line boilerplate device ("promo", "credit" …), or "" for story text.

    clean_text drops the lines this names, read-also and tag blocks, and
    before the story's first full sentence or after its last a few more
    fragments that this, reading every line as if inside the story, lets
    pass; tests and the bench use it to say why a line went.
    """
    line = " ".join(line.split())
    lower = line.lower()
    if len(line) > _LONGEST_BOILERPLATE:
        return ""
    if _is_read_also_line(line, lower):
        return "read_also_line"
    if _is_caption_credit(line, lower):
        return "credit"
    for family, (at_start, anywhere) in _FAMILY_PATTERNS.items():
        if (at_start.match(lower) or anywhere.search(lower)) and not (family in _MESSAGES and _is_attributed(lower)):
            return family
    return _shape_family(line, lower)


def clean_text(text: str) -> str:
    """Drop boilerplate lines and normalise whitespace; paragraphs separated by blank lines."""
    lines = []
    for line in _INVISIBLE.sub("", text).splitlines():
        line = " ".join(line.split())
        if line:
            lines.append(line)
    kept = []
    positions = []  # where each kept line stands in `lines`
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if len(line) > _LONGEST_BOILERPLATE:
            kept.append(line)
            positions.append(index - 1)
            continue
        lower = line.lower()
        heading = _heading_kind(lower)
        if heading == "read_also":
            block_end = _block_end(lines, index, _is_headline)
            # a subhead in the family's words over the story's own list: keep both
            if block_end > index and not _reads_as_links(lines, index - 1, block_end, "heading"):
                kept += lines[index - 1:block_end]
                positions += range(index - 1, block_end)
            index = block_end
            continue
        if heading:
            tags_end = _block_end(lines, index, _is_tag)
            # a tags heading in read-also words ("Related Topics") over other stories' headlines: a block of links
            if tags_end == index and not _HEADING_WORDS.isdisjoint(_WORD.findall(lower)):
                block_end = _block_end(lines, index, _is_headline)
                if block_end > index and _reads_as_links(lines, index - 1, block_end, "heading"):
                    tags_end = block_end
            index = tags_end
            continue
        block_end = _shape_block_end(lines, index, kept[-1] if kept else "")
        if block_end > index:
            index = block_end
        elif not _is_boilerplate(line, lower):
            kept.append(line)
            positions.append(index - 1)
        elif _is_bare_credit(lower):
            # the credit's caption goes with it: the line over it, else the line under it
            if kept and positions[-1] == index - 2 and _is_caption(kept[-1]):
                kept.pop()
                positions.pop()
            elif index < len(lines) and _is_caption(lines[index]):
                index += 1
    return "\n\n".join(_without_edge_furniture(_without_boxed_prompts(lines, kept, positions)))


def _without_boxed_prompts(lines: list[str], kept: list[str], positions: list[int]) -> list[str]:
    """Drop a prompt's own sentence left inside its box: a short line right
    after the outlet's message to its reader and before another dropped line,
    that holds two of the words such messages are made of and does not narrate
    ("NEWSLETTER" / "The week's biggest stories, every Friday. It's free." /
    "Subscribe"; "Sign in to read the rest" / "It's free to register"). Alone,
    such a line reads as a story's (its words are a story's words too); between
    the box's heading and its button, it is the box's."""
    boxed = set()
    for at, position in enumerate(positions):
        line = kept[at]
        if (0 < position < len(lines) - 1 and (at == 0 or positions[at - 1] < position - 1)
                and (at + 1 == len(positions) or positions[at + 1] > position + 1)
                and _is_boxed_prompt(line, lines[position - 1])):
            boxed.add(at)
    return [line for at, line in enumerate(kept) if at not in boxed] if boxed else kept


def _is_boxed_prompt(line: str, before: str) -> bool:
    lower = line.lower()
    if line.count(" ") >= 12 or lower[:1] in _QUOTES or _is_speech(lower):
        return False
    words = _WORD.findall(lower)
    cues = _CUES.intersection(words)
    # it offers something to the reader; a story's news narrates ("… will now receive it on WhatsApp")
    if len(cues) < 2 or not cues & (_INCENTIVES | _READER | _OUTLET):
        return False
    if not _NARRATION.isdisjoint(words) or _tells_the_past(words):
        return False
    return boilerplate_family(before) in _MESSAGES


def _without_edge_furniture(lines: list[str]) -> list[str]:
    """Drop the fragments that look like furniture before the story's first
    full sentence and after its last: the edges, where furniture gathers. There
    a line needs less evidence than inside the story, as the first pass
    assumed of every line.
    """
    first = _first_anchor(lines)
    if first == len(lines):
        return lines
    last = len(lines) - 1 - _first_anchor(lines[::-1])
    return [line for index, line in enumerate(lines) if first <= index <= last or not _is_edge_furniture(line)]


def _first_anchor(lines: list[str]) -> int:
    """Index of the first full sentence that is not furniture even at an edge (len(lines) if none)."""
    for index, line in enumerate(lines):
        if _is_story_sentence(line) and not _is_edge_furniture(line):
            return index
    return len(lines)


def _is_story_sentence(line: str) -> bool:
    """A full sentence of ten words or more: what the story is made of."""
    return line.count(" ") >= 9 and line.rstrip(_CLOSERS).endswith((".", "!", "?"))


def _is_edge_furniture(line: str) -> bool:
    return len(line) <= _LONGEST_BOILERPLATE and bool(_shape_family(line, line.lower(), in_story=False))


# Zero-width characters that extraction leaves in "empty" paragraphs (a regex:
# str.translate with a dict is ten times slower on a whole article).
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


@lru_cache(maxsize=4096)
def css_selector(selector: str) -> CSSSelector:
    """A CSS selector compiled to XPath once (as lxml's `cssselect` does on every call): compiling
    costs more than running it, and every page runs the same few hundred selectors."""
    return CSSSelector(selector, translator="html")


# What XPath's normalize-space() splits a class attribute on, and so what `.name` matches between.
_CLASS_SPACE = re.compile("[ \t\r\n]+")


@lru_cache(maxsize=4096)
def _needs(selector: str) -> tuple:
    """Per comma-separated group of `selector`: the tags, classes and ids some element under the
    root must have for the group to match (only what is certain; a pseudo-class adds nothing)."""
    from cssselect import parse
    from cssselect.parser import Class, CombinedSelector, Element, Hash

    def walk(node, tags, classes, ids):
        if isinstance(node, Element):
            if node.element and node.namespace is None:
                tags.add(node.element.lower())
            return
        if isinstance(node, Class):
            classes.add(node.class_name)
        elif isinstance(node, Hash):
            ids.add(node.id)
        elif isinstance(node, CombinedSelector) and node.combinator not in "+~":
            # (a sibling of the root itself lies outside what was collected: only the left side counts)
            walk(node.subselector, tags, classes, ids)
        if hasattr(node, "selector"):
            walk(node.selector, tags, classes, ids)

    groups = []
    for group in parse(selector):
        tags, classes, ids = set(), set(), set()
        walk(group.parsed_tree, tags, classes, ids)
        groups.append((tags, classes, ids))
    return tuple(groups)


def _may_match(selector: str, tags: set, classes: set, ids: set) -> bool:
    return any(need_tags <= tags and need_classes <= classes and need_ids <= ids
               for need_tags, need_classes, need_ids in _needs(selector))


def remove_furniture(root, selectors) -> None:
    """Remove every element matching any CSS selector, keeping the tail text."""
    # Most of the hundred-odd selectors name a class or tag the container does not have: ruling
    # them out from its tags, classes and ids costs less than running them (removing only shrinks
    # the tree, so what was absent at the start stays absent).
    tags, classes, ids = set(), set(), set()
    for element in root.iter():
        if isinstance(element.tag, str):
            tags.add(element.tag)
            classes.update(_CLASS_SPACE.split(element.get("class") or ""))
            ids.add(element.get("id"))
    for selector in selectors:
        select = css_selector(selector)  # compiled first: a selector lxml refuses still raises
        if not _may_match(selector, tags, classes, ids):
            continue
        for element in select(root):
            parent = element.getparent()
            if parent is None:
                continue
            # lxml keeps the text after an element in its .tail: hand it to the
            # previous sibling (or the parent) so story text is not lost with it.
            if element.tail and element.tail.strip():
                previous = element.getprevious()
                if previous is not None:
                    previous.tail = (previous.tail or "") + element.tail
                else:
                    parent.text = (parent.text or "") + element.tail
            parent.remove(element)

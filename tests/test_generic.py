"""The generic extractor on invented Kenyan-news pages with real-world furniture."""

import pytest

from aggregator.generic import generic_body, generic_metadata

STORY = [
    "Residents of Kakamega town woke up to long queues at water points on Monday after the county "
    "utility shut its main treatment plant for emergency repairs on a burst pipe.",
    "The Kakamega County Water and Sanitation Company said the repairs would take at least three days, "
    "and asked households to store what water they could before the supply ran out.",
    "Repairs on the main line",
    "Engineers at the site said the pipe, laid in the early 1980s, had corroded where it crosses the "
    "Isiukhu River, and that a temporary bypass was already being welded into place.",
    "\u201cWe are working day and night to restore supply, and water bowsers will visit every estate "
    "from Tuesday morning,\u201d managing director Esther Wanjala told reporters at the plant.",
    "Traders at the municipal market said the shortage had already pushed the price of a 20-litre "
    "jerrican from Sh20 to Sh50, with vendors drawing water from shallow wells in Lurambi.",
    "Public health officers warned residents against using untreated water and urged them to boil "
    "all drinking water until the county declares the supply safe.",
]

FURNITURE = [
    "Home", "Counties", "Subscribe to our newsletter", "Share on WhatsApp", "Share on Facebook",
    "Nakuru farmers count losses after hailstorm flattens wheat fields",
    "Kisumu port resumes cargo operations after dredging works",
    "Mombasa ferry services disrupted by strong winds",
    "Wilson Otieno", "This is a shame, the county should have planned better",
    "Sign up for the morning briefing", "All rights reserved",
    "Most read", "Kakamega county news",
]

NEWS_PAGE = """<!DOCTYPE html>
<html lang="en-KE">
<head>
<meta charset="utf-8">
<title>Kakamega residents queue for water as plant shuts for repairs | Magharibi Daily</title>
<meta property="og:title" content="Kakamega residents queue for water as plant shuts for repairs">
<meta property="og:site_name" content="Magharibi Daily">
<meta property="og:description" content="The county utility says repairs on a burst pipe will take three days.">
<meta property="og:image" content="https://magharibidaily.example/images/kakamega-water.jpg">
<meta property="article:published_time" content="2025-03-10T08:45:00+03:00">
<meta name="author" content="Brian Shikuku">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Magharibi Daily</a>
  <nav class="main-nav"><ul>
    <li><a href="/">Home</a></li><li><a href="/counties">Counties</a></li>
    <li><a href="/business">Business</a></li><li><a href="/sports">Sports</a></li>
  </ul></nav>
  <div class="newsletter-cta"><a href="/newsletter">Subscribe to our newsletter</a></div>
</header>
<main>
<article class="post">
  <div class="breadcrumbs"><a href="/">Home</a> &raquo; <a href="/counties">Counties</a></div>
  <h1 class="post-title">Kakamega residents queue for water as plant shuts for repairs</h1>
  <div class="post-meta">
    <span class="byline">By <a href="/author/brian-shikuku" rel="author">Brian Shikuku</a></span>
    <time datetime="2025-03-10T08:45:00+03:00">Monday, March 10, 2025 8:45 AM</time>
  </div>
  <div class="share-bar">
    <a class="share-whatsapp" href="https://wa.me/?text=x">Share on WhatsApp</a>
    <a class="share-facebook" href="https://facebook.com/sharer?u=x">Share on Facebook</a>
  </div>
  <figure class="featured-image">
    <img src="/images/kakamega-water.jpg" alt="Residents queue">
    <figcaption>Residents queue at a water point in Kakamega town. PHOTO | FILE</figcaption>
  </figure>
  <div class="post-content">
    <p>{0}</p>
    <p>{1}</p>
    <p class="also-read"><strong>ALSO READ:</strong> <a href="/counties/nakuru-hailstorm">Nakuru farmers count losses after hailstorm flattens wheat fields</a></p>
    <h2>{2}</h2>
    <p>{3}</p>
    <p>{4}</p>
    <div class="ad-slot advertisement">ADVERTISEMENT</div>
    <p>{5}</p>
    <p>{6}</p>
  </div>
  <div class="post-tags"><span>Tags:</span> <a href="/tag/kakamega">Kakamega county news</a> <a href="/tag/water">Water</a></div>
  <section class="related-posts">
    <h3>Related stories</h3>
    <ul>
      <li><a href="/counties/kisumu-port">Kisumu port resumes cargo operations after dredging works</a></li>
      <li><a href="/counties/mombasa-ferry">Mombasa ferry services disrupted by strong winds</a></li>
    </ul>
  </section>
  <section id="comments" class="comments-area">
    <h3>2 comments</h3>
    <ol class="comment-list">
      <li class="comment"><div class="comment-author">Wilson Otieno</div>
        <div class="comment-content"><p>This is a shame, the county should have planned better for this.</p></div></li>
      <li class="comment"><div class="comment-author">Mercy A.</div>
        <div class="comment-content"><p>Boil the water people, cholera is no joke in this season.</p></div></li>
    </ol>
  </section>
</article>
<aside class="sidebar">
  <h3>Most read</h3>
  <ol><li><a href="/counties/nakuru-hailstorm">Nakuru farmers count losses after hailstorm flattens wheat fields</a></li>
  <li><a href="/counties/kisumu-port">Kisumu port resumes cargo operations after dredging works</a></li></ol>
  <div class="newsletter"><p>Sign up for the morning briefing and get the top stories in your inbox.</p></div>
</aside>
</main>
<footer class="site-footer">
  <p>&copy; 2025 Magharibi Daily. All rights reserved.</p>
  <ul><li><a href="/about">About us</a></li><li><a href="/contact">Contact</a></li></ul>
</footer>
</body>
</html>
"""

# Kiswahili, NMG-style markup: one div per paragraph, a "SOMA PIA" teaser between
# them and a linked phrase wrapped in <span class="link">, which trafilatura's
# precision mode prunes by class name unless the span is unwrapped first.
HABARI = [
    "Wakulima wa chai katika Kaunti ya Kericho wamelalamikia kucheleweshwa kwa malipo ya bonasi, "
    "wakisema hawajapokea fedha zao tangu mwezi Oktoba mwaka jana.",
    "Mwenyekiti wa chama cha wakulima, Bw Joseph Langat, alisema zaidi ya wakulima elfu kumi "
    "wameathirika na baadhi yao wameshindwa kulipa karo za shule.",
    "Kwa mujibu wa taarifa ya wizara, serikali imeahidi kutoa fedha hizo kabla ya mwisho wa mwezi "
    "huu ili kuwaondolea wakulima mzigo huo.",
    "Hata hivyo, wakulima wameapa kuandamana hadi Nairobi iwapo ahadi hiyo haitatimizwa kwa wakati.",
]

HABARI_PAGE = """<!DOCTYPE html>
<html lang="sw">
<head>
<title>Wakulima wa chai Kericho walalamikia malipo ya bonasi - Taifa Mpya</title>
<meta property="og:title" content="Wakulima wa chai Kericho walalamikia malipo ya bonasi">
<meta property="og:site_name" content="Taifa Mpya">
<meta property="og:article:published_time" content="2025-02-03T10:15:00Z">
</head>
<body>
<nav class="sub-nav"><a href="/habari">Habari</a> <a href="/michezo">Michezo</a> <a href="/biashara">Biashara</a></nav>
<article>
  <header class="article-header"><h1 class="title-large">Wakulima wa chai Kericho walalamikia malipo ya bonasi</h1>
  <p class="article-authors_authors">Na <a href="/mwandishi/faith-chebet">Faith Chebet</a></p></header>
  <div class="article-content">
    <div class="paragraph-wrapper"><p>{0}</p></div>
    <div class="paragraph-wrapper"><p>{1}</p></div>
    <div class="paragraph-wrapper"><p>SOMA PIA: <a href="/habari/bei-ya-mahindi">Bei ya mahindi yapanda maradufu katika soko la Eldoret</a></p></div>
    <div class="paragraph-wrapper"><p>Kwa mujibu wa <span class="link"><a href="/habari/taarifa-ya-wizara">taarifa ya wizara</a></span>, serikali imeahidi kutoa fedha hizo kabla ya mwisho wa mwezi huu ili kuwaondolea wakulima mzigo huo.</p></div>
    <div class="paragraph-wrapper"><p>{3}</p></div>
  </div>
  <div class="article-share"><a href="#">Shiriki</a> <a href="#">Tweet</a></div>
</article>
<section class="more-stories"><h2>Habari zaidi</h2>
  <a class="teaser" href="/habari/bei-ya-mahindi">Bei ya mahindi yapanda maradufu katika soko la Eldoret</a>
  <a class="teaser" href="/michezo/harambee-stars">Harambee Stars yajiandaa kwa mechi ya kufuzu</a>
</section>
<footer><p>Haki zote zimehifadhiwa.</p></footer>
</body>
</html>
"""


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n") if text else []


def test_body_is_the_story_paragraphs_in_order():
    body = generic_body(NEWS_PAGE.format(*STORY), "https://magharibi.example/counties/kakamega-water")
    assert paragraphs(body) == STORY


@pytest.mark.parametrize("furniture", FURNITURE)
def test_body_leaves_out_furniture(furniture):
    body = generic_body(NEWS_PAGE.format(*STORY), "https://magharibi.example/counties/kakamega-water")
    assert furniture not in body


def test_headline_is_not_repeated_in_body():
    body = generic_body(NEWS_PAGE.format(*STORY))
    assert "plant shuts for repairs" not in body


def test_kiswahili_page_keeps_linked_words_and_drops_teaser():
    body = generic_body(HABARI_PAGE.format(*HABARI), "https://taifampya.example/habari/wakulima-wa-chai")
    assert paragraphs(body) == HABARI
    assert "SOMA PIA" not in body
    assert "Harambee Stars" not in body


def test_short_story_is_kept():
    page = (
        "<html><head><title>Matatu fares rise in Nyeri</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        "<article><h1>Matatu fares rise in Nyeri</h1>"
        f"<p>{STORY[0]}</p><p>{STORY[5]}</p></article>"
        "<footer>Contact us</footer></body></html>"
    )
    assert paragraphs(generic_body(page)) == [STORY[0], STORY[5]]


LEVY = [
    "Who pays the levy",
    "Every salaried worker in formal employment pays 1.5 per cent of gross monthly pay, and the "
    "employer matches the amount, according to the guidelines published by the authority.",
    "When deductions start",
    "Employers are expected to remit the first deductions by the ninth day of next month, and those "
    "who fail to do so face a penalty of three per cent of the unpaid amount each month.",
]


def test_subheadings_linked_from_a_table_of_contents_are_kept():
    page = (
        "<html><head><title>What the new housing levy means for you</title></head><body>"
        "<article><h1>What the new housing levy means for you</h1>"
        "<ul class='toc'><li><a href='#who-pays'>Who pays the levy</a></li>"
        "<li><a href='#when'>When deductions start</a></li></ul>"
        f"<h2 id='who-pays'>{LEVY[0]}</h2><p>{LEVY[1]}</p>"
        f"<h2 id='when'>{LEVY[2]}</h2><p>{LEVY[3]}</p>"
        "</article></body></html>"
    )
    assert paragraphs(generic_body(page)) == LEVY


@pytest.mark.parametrize(
    "junk",
    [
        "", "   \n\t", "<<<>>>", "plain words with no markup at all",
        "<?xml version='1.0' encoding='utf-8'?>", "<html></html>",
        "<div>" * 20000, b"\x00\xff\xfe\x89PNG\r\n\x1a\n", bytearray(b"\xc3\x28\xa0\xa1"),
        None, 42,
    ],
)
def test_junk_gives_empty_results(junk):
    assert generic_body(junk) == ""
    meta = generic_metadata(junk)
    assert meta["title"] is None and meta["authors"] == [] and meta["published"] is None


def test_metadata_fields():
    meta = generic_metadata(NEWS_PAGE.format(*STORY), "https://magharibi.example/counties/kakamega-water")
    assert meta == {
        "title": "Kakamega residents queue for water as plant shuts for repairs",
        "authors": ["Brian Shikuku"],
        "published": "2025-03-10T08:45:00+03:00",
        "description": "The county utility says repairs on a burst pipe will take three days.",
        "image_url": "https://magharibidaily.example/images/kakamega-water.jpg",
        "site_name": "Magharibi Daily",
        "language": "en",
    }


def test_metadata_of_kiswahili_page():
    meta = generic_metadata(HABARI_PAGE.format(*HABARI))
    assert meta["title"] == "Wakulima wa chai Kericho walalamikia malipo ya bonasi"
    assert meta["published"] == "2025-02-03T10:15:00Z"
    assert meta["site_name"] == "Taifa Mpya"
    assert meta["language"] == "sw"

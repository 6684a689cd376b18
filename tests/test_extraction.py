"""The shared extraction path on small pages written for one rule each."""

from aggregator.extraction import Layout, extract_article, paragraphs, parse_page
from aggregator.fields import clean_authors, clean_title


class Sample(Layout):
    name = "v1"
    marker = "div.story"
    title = "h1"
    body = "div.story"
    authors = ".byline"
    published_at = "time"
    premium = ".premium"
    furniture = (".also",)


class SampleSite:
    name = "sample"
    site_name = "Sample News"
    language = "en"
    layouts = (Sample,)


PAGE = """<html lang="en"><head><title>x</title>{head}</head><body>
<h1>Wajir herders move south as drought bites</h1><span class="byline">By Abdi Hassan</span>
<time datetime="2026-02-01T08:00:00+03:00">1 Feb</time>
<div class="story"><p>First paragraph about the herders.</p>
<p class="also"><a href="/x">ALSO READ: Some other story</a></p>
Text node paragraph that sits outside any p.<br><br>Another one.
<div><p>Nested paragraph.</p></div></div></body></html>"""


def extract(head: str = "", url: str = "https://sample.co.ke/news/1-wajir") -> dict:
    return extract_article(PAGE.format(head=head), url, site=SampleSite)


def test_layout_fields_are_used_and_their_source_recorded():
    article = extract()
    assert article["title"] == "Wajir herders move south as drought bites"
    assert article["authors"] == ["Abdi Hassan"]
    assert article["published_at"] == "2026-02-01T05:00:00Z"
    assert article["body"].split("\n\n") == [
        "First paragraph about the herders.", "Text node paragraph that sits outside any p.", "Another one.",
        "Nested paragraph.",
    ]
    assert article["extraction"]["title"] == "site:v1"
    assert article["extraction"]["body"] == "site:v1"
    assert article["layout"] == "v1"
    assert article["problem"] is None


def test_json_ld_comes_first():
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD",'
          '"datePublished":"2026-02-01T09:00:00Z","author":[{"@type":"Person","name":"Achieng Oduor"}]}</script>')
    article = extract(ld)
    assert article["title"] == "From JSON-LD"
    assert article["published_at"] == "2026-02-01T09:00:00Z"
    assert article["authors"] == ["Achieng Oduor"]
    assert article["extraction"]["title"] == "ld"


def test_html_escaped_json_ld_with_nested_author_name():
    # Citizen Digital escapes the JSON inside the script tag and nests the author's name.
    ld = ('<script type="application/ld+json">{&quot;@type&quot;:&quot;NewsArticle&quot;,'
          '&quot;headline&quot;:&quot;Escaped headline&quot;,&quot;datePublished&quot;:&quot;2026-03-03 21:15:05&quot;,'
          '&quot;author&quot;:{&quot;name&quot;:{&quot;name&quot;:&quot;Wanjiku Mwangi&quot;}}}</script>')
    article = extract(ld)
    assert article["title"] == "Escaped headline"
    assert article["published_at"] == "2026-03-03T18:15:05Z"
    assert article["authors"] == ["Wanjiku Mwangi"]


def test_graph_json_ld_and_accessible_for_free_as_a_string():
    ld = ('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle",'
          '"headline":"In a graph","isAccessibleForFree":"False"}]}</script>')
    article = extract(ld)
    assert article["title"] == "In a graph"
    assert article["paywalled"] is True


def test_premium_marker_sets_paywalled():
    article = extract_article(PAGE.format(head="").replace('<div class="story">', '<div class="story"><i class="premium"></i>'),
                              "https://sample.co.ke/news/1", site=SampleSite)
    assert article["paywalled"] is True
    assert extract()["paywalled"] is False


def test_meta_tags_canonical_and_og():
    head = ('<link rel="canonical" href="/news/1-wajir-herders"><meta property="og:title" content="OG title | Sample News">'
            '<meta property="og:image" content="/img/a.jpg">')
    article = extract(head)
    assert article["canonical_url"] == "https://sample.co.ke/news/1-wajir-herders"
    assert article["title"] == "OG title"
    assert article["image_url"] == "https://sample.co.ke/img/a.jpg"


def test_a_video_page_is_not_an_article():
    page = ('<html><head><script type="application/ld+json">{"@type":"VideoObject","name":"clip"}</script></head>'
            '<body><p>Watch.</p></body></html>')
    assert extract_article(page, "https://sample.co.ke/video/1", site=SampleSite)["problem"] == "video page"


def test_garbage_never_raises():
    for junk in ("", "<<<>>>", "\x00\x01binary", "<html><body></body></html>", "<?xml version='1.0'?><a/>"):
        article = extract_article(junk, "https://unknown.example/x")
        assert article["problem"] == "no article body found"


def test_paragraphs_break_at_blocks_and_br():
    page = parse_page("<div><p>a <b>bold</b> word</p>tail<br>after br<ul><li>one</li><li>two</li></ul></div>", "u")
    assert paragraphs(page.doc.cssselect("div")[0]) == ["a bold word", "tail", "after br", "one", "two"]


def test_clean_authors():
    assert clean_authors("By Peter Kiprono and Mercy Atieno") == ["Peter Kiprono", "Mercy Atieno"]
    assert clean_authors("NA WANDERI KAMAU") == ["Wanderi Kamau"]
    assert clean_authors(["Standard Digital", "Jane Doe, Political Reporter"]) == ["Jane Doe"]
    assert clean_authors("By Amina Wekesa | 13th Aug 2020") == ["Amina Wekesa"]


def test_clean_title_drops_the_site_suffix():
    assert clean_title("Floods in Budalang'i - Tuko.co.ke", ("Tuko.co.ke",)) == "Floods in Budalang'i"
    assert clean_title("A - B stays", ("Tuko",)) == "A - B stays"

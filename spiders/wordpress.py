"""WordPress theme layouts shared by several Kenyan outlets.

Not a site: outlet modules subclass these and add a `name` (and a `marker`
when one outlet has two versions). What WordPress gives every outlet:

- Yoast SEO's JSON-LD is one `@graph` holding an `Article` (or `NewsArticle`)
  next to `WebPage`, `ImageObject`, `BreadcrumbList`, `WebSite`, `Organization`
  and `Person` objects. The article's `image` is only an `{"@id": …}`
  reference, so the image comes from og:image. Recent Yoast versions write
  `author` as `{"name": …, "@id": …}`; older ones write only the `@id`, and
  then the name comes from `<meta name="author">` or the theme's byline.
  Yoast prints dates with a `+00:00` or `+03:00` offset, and `articleSection`
  and `keywords` as lists.
- `the_content()` is where plugins append their devices: Jetpack's share bar
  (`.sharedaddy`) and related posts (`#jp-relatedposts`), Ad Inserter's
  `.code-block` ads, and embedded tweets. The generic furniture list already
  removes most of them; what a theme adds is listed here.
"""

from spiders.base import Layout


class TagDivNewspaper(Layout):
    """tagDiv's "Newspaper" theme, classic single-post template (its PHP templates are public).

    The featured image and its caption are printed inside `.td-post-content`,
    before the story, and tagDiv's ad spots (`.td-a-rec`) sit between paragraphs.
    The tags list and "next/previous" links are in the footer, outside the body.
    """

    marker = ".td-post-content"
    title = "header.td-post-title h1.entry-title"
    body = ".td-post-content"
    authors = ".td-post-author-name a"
    published_at = ".td-post-title time.entry-date"
    section = ".td-category .entry-category a, li.entry-category a"
    site_tags = "ul.td-tags li a"
    image = ".td-post-featured-image img"
    furniture = (".td-post-featured-image", ".td-a-rec")


class ZoxNews(Layout):
    """MVP Themes' ZoxNews: `div.zox-post-body` inside `div.zox-post-body-wrap` (its templates are public).

    The byline is `span.zox-author-name a`, the date `time.post-date` with a
    day-only `datetime` (the hour is only in `article:published_time`), and
    ad slots inside the story are `div.zox-post-ad-wrap`.
    """

    marker = ".zox-post-body"
    title = "h1.zox-post-title"
    lead = "span.zox-post-excerpt"
    body = ".zox-post-body"
    authors = "span.zox-author-name a"
    published_at = ".zox-post-date time.post-date"
    section = "h3.zox-post-cat span.zox-post-cat"
    site_tags = ".zox-post-tags a"
    image = ".zox-post-img img"
    furniture = ("div.zox-post-ad-wrap",)


class EntryContent(Layout):
    """The markup most free and small WordPress themes print (GeneratePress, Astra, Twenty*, Newsup …).

    `h1.entry-title`, a `.entry-meta` line with `.byline .author a` and
    `time.entry-date.published`, the story in `.entry-content`, and
    `.cat-links` / `.tags-links` below it.
    """

    marker = ".entry-content"
    title = "h1.entry-title"
    body = ".entry-content"
    authors = ".entry-meta .author a, .entry-meta a[rel='author']"
    published_at = ".entry-meta time.entry-date.published, .entry-meta time.published"
    section = ".cat-links a"
    site_tags = ".tags-links a"
    image = ".post-thumbnail img"
    # Ad Inserter's blocks and Sassy Social Share's bar, common on Kenyan blogs.
    furniture = (".code-block", ".heateor_sss_sharing_container")

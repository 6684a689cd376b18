"""Canonical URLs: one key per article, whichever variant we fetched.

`canonical_url(url, declared=None)` maps every variant of an article URL to the
same string: http or https, `www.` / `m.` / `mobile.` / `amp.` hosts, AMP paths
(`/amp`, `/amp/…`, `.amp`, `?amp=1`, `?outputType=amp`, Google's AMP cache),
tracking parameters (`utm_*`, `fbclid`, `gclid`, …), fragments, default ports,
trailing slashes, host case and the order of the remaining query parameters.

`declared` is the page's own rel=canonical or og:url. It is trusted only when it
points at the same registrable site (`m.tuko.co.ke` and `www.tuko.co.ke` are one
site; a syndicated copy that declares the original outlet is not), and never when
it points at the site's home page, which some CMSs emit on every article.

The result is an identity key: it always uses https and drops `www.`, so it is
not necessarily the address the site itself prefers. Keep the fetched URL too.

Example:
    >>> canonical_url("http://m.Example.co.ke:80/news/slug/amp/?utm_source=fb#top")
    'https://example.co.ke/news/slug'
"""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

import tldextract
from w3lib.url import canonicalize_url

# The public-suffix snapshot bundled with tldextract: no network fetch, no cache file.
_split_domain = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)

# Host prefixes that serve the same article as the main host.
_VARIANT_HOST_LABELS = {"www", "m", "mobile", "amp"}

_DEFAULT_PORTS = {"http": 80, "https": 443}

# Exact parameter names (lower case) that only say where a click came from.
_TRACKING_PARAMS = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "igshid", "igsh", "li_fat_id", "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok",
    "cmpid", "ncid", "ocid", "ref", "ref_src", "ref_url", "share", "sr_share", "s_cid", "usqp",
    "fb_action_ids", "fb_action_types", "fb_source", "__twitter_impression", "amp_js_v",
}
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_")

# Google's AMP cache: https://www-tuko-co-ke.cdn.ampproject.org/c/s/www.tuko.co.ke/…
_AMP_CACHE = re.compile(r"^https?://[^/]+\.cdn\.ampproject\.org/[cvi]/(s/)?(.+)$", re.IGNORECASE)


def canonical_url(url: str, declared: str | None = None) -> str:
    """The identity key of the article at `url` (see the module docstring)."""
    url = _unwrap_amp_cache(url.strip())
    if declared and declared.strip():
        try:
            candidate = _unwrap_amp_cache(urljoin(url, declared.strip()))
        except ValueError:  # a broken declared URL says nothing about this article
            candidate = ""
        if candidate and _trust_declared(url, candidate):
            url = candidate
    return _normalise(url)


def registrable_domain(host: str) -> str:
    """`tuko.co.ke` for `m.tuko.co.ke`; the host itself for IPs and `localhost`."""
    host = host.lower().strip(".")
    return _split_domain(host).top_domain_under_public_suffix or host


def _unwrap_amp_cache(url: str) -> str:
    match = _AMP_CACHE.match(url)
    if not match:
        return url
    scheme = "https" if match.group(1) else "http"
    return f"{scheme}://{match.group(2)}"


def _trust_declared(url: str, declared: str) -> bool:
    try:
        fetched, target = urlsplit(url), urlsplit(declared)
        fetched.port, target.port  # noqa: B018 - parsing the port is what raises on a broken one
    except ValueError:
        return False
    if target.scheme not in ("http", "https") or not target.hostname or not fetched.hostname:
        return False
    if registrable_domain(target.hostname) != registrable_domain(fetched.hostname):
        return False
    # A canonical that points at the front page is a CMS default, not a statement about this article.
    return target.path.strip("/") != "" or fetched.path.strip("/") == ""


def _normalise(url: str) -> str:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a broken host or port ("http://[x/", "http://h:abc/"): the URL is its own key
        return url
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        return url
    host = _main_host(parts.hostname or "")
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    path = _strip_amp_path(parts.path)
    query = urlencode(
        [(key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True) if _keeps_identity(key, value)]
    )
    # w3lib settles percent-encoding and sorts the remaining parameters.
    if ":" in host:  # an IPv6 literal keeps its brackets
        netloc = f"[{host}]" if port in (None, _DEFAULT_PORTS[scheme]) else f"[{host}]:{port}"
    key = urlunsplit(("https", netloc, path, query, ""))
    try:
        return canonicalize_url(key)
    except ValueError:
        return key


def _main_host(host: str) -> str:
    host = host.lower().strip(".")
    labels = host.split(".")
    # Never strip into the registrable domain itself: a site may be called `m.co.ke`.
    site_length = len(registrable_domain(host).split("."))
    while labels[0] in _VARIANT_HOST_LABELS and len(labels) > site_length:
        labels = labels[1:]
    return ".".join(labels)


def _strip_amp_path(path: str) -> str:
    segments: list[str] = []
    for segment in path.split("/"):
        # "." and ".." are resolved here (RFC 3986), so the key does not depend on how often it was normalised.
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != "." and segment.lower() != "amp":
            segments.append(segment)
    if segments and segments[-1].lower().endswith(".amp"):
        segments[-1] = segments[-1][: -len(".amp")]
    if segments and segments[-1].lower().endswith(".amp.html"):
        segments[-1] = segments[-1][: -len(".amp.html")] + ".html"
    return "/" + "/".join(segments)


def _keeps_identity(key: str, value: str) -> bool:
    """False for tracking parameters and for the switches that ask for the AMP rendering."""
    key = key.lower()
    if key in _TRACKING_PARAMS or key.startswith(_TRACKING_PREFIXES):
        return False
    return not (key == "amp" or (key == "outputtype" and value.lower() == "amp"))

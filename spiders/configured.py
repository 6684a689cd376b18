"""Sites an operator adds with a few lines of TOML and no code.

The file named by KENEWS_SITES (default: `kenews-sites.toml` in the current
folder, when present) declares sites exactly as a site module would; pages are
read by the shared extraction path (JSON-LD and meta, then the optional
selectors, then the generic extractor). See `kenews-sites.example.toml`.
"""

from __future__ import annotations

import os
import re
import tomllib
from pathlib import Path

from spiders.base import Layout, NewsSpider

DEFAULT_FILE = "kenews-sites.toml"
LIST_KEYS = ("allowed_domains", "feeds", "news_sitemaps", "listings", "article_urls")
SELECTOR_KEYS = ("marker", "title", "lead", "body", "authors", "published_at", "updated_at", "section",
                 "site_tags", "image", "premium", "furniture")


class SiteConfigError(ValueError):
    """The sites file names something wrongly; the message says where."""


def sites_file() -> Path | None:
    path = os.environ.get("KENEWS_SITES")
    if path:
        return Path(path)
    default = Path(DEFAULT_FILE)
    return default if default.exists() else None


def spider_from_config(site_id: str, config: dict, origin: str = "config") -> type[NewsSpider]:
    """A NewsSpider subclass built from one `[site.<id>]` table."""
    where = f"{origin}: [site.{site_id}]"
    if not re.fullmatch(r"[a-z][a-z0-9_]*", site_id):
        raise SiteConfigError(f"{where}: a site id is lower-case letters, digits and _")
    for key in ("name", "home_url", "allowed_domains"):
        if not config.get(key):
            raise SiteConfigError(f"{where}: missing {key!r}")
    unknown = set(config) - {"name", "home_url", "language", "selectors", "skip_urls", *LIST_KEYS}
    if unknown:
        raise SiteConfigError(f"{where}: unknown keys {sorted(unknown)}")
    if not any(config.get(key) for key in ("feeds", "news_sitemaps", "listings")):
        raise SiteConfigError(f"{where}: give at least one of feeds, news_sitemaps, listings")
    if config.get("listings") and not config.get("article_urls"):
        raise SiteConfigError(f"{where}: listings need article_urls to tell articles from other links")
    attributes = {
        "__module__": __name__, "__doc__": f"{config['name']}, declared in {origin}.",
        "name": site_id, "site_name": config["name"], "home_url": config["home_url"],
        "language": config.get("language", "en"), "skip_urls": dict(config.get("skip_urls", {})),
        # Feed and sitemap entries are articles unless the operator narrows them.
        "article_urls": tuple(config.get("article_urls") or (r".",)),
        **{key: tuple(config.get(key, ())) for key in LIST_KEYS if key != "article_urls"},
    }
    attributes["allowed_domains"] = list(attributes["allowed_domains"])
    selectors = config.get("selectors") or {}
    if selectors:
        unknown = set(selectors) - set(SELECTOR_KEYS)
        if unknown:
            raise SiteConfigError(f"{where}.selectors: unknown keys {sorted(unknown)}")
        if not selectors.get("body"):
            raise SiteConfigError(f"{where}.selectors: 'body' is required when selectors are given")
        layout_attributes = {key: value for key, value in selectors.items() if key != "furniture"}
        layout_attributes.update(name="config", marker=selectors.get("marker") or selectors["body"],
                                 furniture=tuple(selectors.get("furniture", ())), __module__=__name__)
        attributes["layouts"] = (type(f"{site_id.title()}Layout", (Layout,), layout_attributes),)
    return type(f"{site_id.title().replace('_', '')}ConfiguredSpider", (NewsSpider,), attributes)


def configured_spiders(path: Path | None = None) -> list[type[NewsSpider]]:
    path = path or sites_file()
    if path is None:
        return []
    if not path.exists():
        raise SiteConfigError(f"{path}: no such sites file (KENEWS_SITES)")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise SiteConfigError(f"{path}: {error}") from None
    return [spider_from_config(site_id, config, str(path)) for site_id, config in data.get("site", {}).items()]


# Module-level names are what Scrapy's spider loader and our registry look for.
globals().update({spider.__name__: spider for spider in configured_spiders()})

"""The registry of supported sites: every `NewsSpider` subclass in the `spiders` package."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from urllib.parse import urlsplit


@lru_cache(maxsize=1)
def all_sites() -> dict:
    """Site id → spider class, for every enabled site, sorted by id."""
    import spiders
    from spiders.base import NewsSpider

    found = {}
    for module_info in pkgutil.iter_modules(spiders.__path__):
        module = importlib.import_module(f"spiders.{module_info.name}")
        for value in vars(module).values():
            if (isinstance(value, type) and issubclass(value, NewsSpider) and value.__module__ == module.__name__
                    and getattr(value, "name", None) and getattr(value, "enabled", True)):
                if value.name in found and found[value.name] is not value:
                    raise ValueError(f"two spiders are named {value.name!r}")
                found[value.name] = value
    return dict(sorted(found.items()))


def get_site(site_id: str):
    sites = all_sites()
    if site_id not in sites:
        raise KeyError(f"unknown site {site_id!r}; known sites: {', '.join(sites)}")
    return sites[site_id]


def site_for_url(url: str):
    """The spider whose allowed domains cover this URL, or None."""
    host = (urlsplit(url).hostname or "").lower()
    for spider in all_sites().values():
        for domain in spider.allowed_domains:
            if host == domain or host.endswith("." + domain):
                return spider
    return None

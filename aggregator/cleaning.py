"""Article text cleaning: every boilerplate pattern lives here, nowhere else.

Two layers:
- `remove_furniture(root, selectors)` drops in-body furniture from the DOM
  (site selectors from a spider's layout plus `GENERIC_FURNITURE`);
- `clean_text(text)` cleans whatever text survives: paragraphs in, paragraphs out.
"""

from __future__ import annotations

import re

# Furniture every site needs removed before its body text is read.
GENERIC_FURNITURE = [
    "script", "style", "noscript", "template", "iframe", "form", "nav", "aside", "button",
    "figure", "figcaption",
    ".related", ".advertisement", ".ad", ".ads", "[class*=share]", "[class*=newsletter]",
    "blockquote.twitter-tweet", "blockquote.instagram-media", "blockquote.tiktok-embed",
    "#wm-ipp",
]

_READ_ALSO_LINE = re.compile(
    r"^\s*(?:also read|read also|see also|soma pia|habari nyingine|related|read more|read)\s*[:>\-–—]+\s*\S",
    re.IGNORECASE,
)


def remove_furniture(root, selectors) -> None:
    """Remove every element matching any CSS selector, keeping the tail text."""
    for selector in selectors:
        for element in root.cssselect(selector):
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


def clean_text(text: str) -> str:
    """Drop boilerplate lines and normalise whitespace; paragraphs separated by blank lines."""
    paragraphs = []
    for line in text.splitlines():
        line = " ".join(line.split())
        if not line or _READ_ALSO_LINE.match(line):
            continue
        paragraphs.append(line)
    return "\n\n".join(paragraphs)

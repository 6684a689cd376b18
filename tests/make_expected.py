"""Print (or write with --write) the item a site's parser gives for a fixture page.

The output is a draft: read every field against the page and correct it by
hand before committing, or the test only checks the code against itself.

    python tests/make_expected.py tuko 2026
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.sitefixtures import FIXTURES, parse_fixture, stable_fields  # noqa: E402


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--write"]
    site, layout = args
    text = json.dumps(stable_fields(parse_fixture(site, layout)), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    if "--write" in sys.argv:
        (FIXTURES / site / f"{layout}.json").write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()

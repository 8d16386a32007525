"""The phone's and the table's pages: one HTML head with the shared style and script (assets/pages/shared.css,
shared.js), and a page's template filled in."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from game.paths import ASSETS_DIR

SHARED_CSS = ASSETS_DIR / "pages" / "shared.css"
SHARED_JS = ASSETS_DIR / "pages" / "shared.js"


def page_head(lang: str, title: str, page: str, words: str, *, base: str = "", state: str = "") -> str:
    """From the doctype to `</head>`: the shared style and script, then the page's own (`page`.css and
    `page`.js under `base`; deferred scripts run in order), its words and (`state`) its first state as
    JSON. Every value comes escaped: `lang` and `title` for HTML, `words` and `state` for a script element."""
    data = f'<script type="application/json" id="state">{state}</script>\n' if state else ""
    return (
        f'<!doctype html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="color-scheme" content="dark">\n<title>{title}</title>\n'
        f'<link rel="stylesheet" href="{base}shared.css">\n<link rel="stylesheet" href="{base}{page}.css">\n'
        f'<script type="application/json" id="words">{words}</script>\n{data}'
        f'<script src="{base}shared.js" defer></script>\n'
        f'<script src="{base}{page}.js" defer></script>\n</head>'
    )


def fill(template: Path, values: Mapping[str, str]) -> str:
    """The template with each `{{name}}` replaced by its value (already escaped)."""
    return re.sub(
        r"\{\{(\w+)\}\}", lambda match: values[match.group(1)], template.read_text(encoding="utf-8")
    )

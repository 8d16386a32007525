"""`python main.py screenshots`: the README's screenshots of every screen, rendered again (gallery.py)."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

from game.errors import GameError
from game.i18n import LANGUAGES, t


def run_screenshots(out: Path | None, sizes: Sequence[tuple[int, int]], lang: str) -> int:
    """Every screen at every size into OUT/<W>x<H>/ (default: the project's docs/screenshots), and tables
    side by side into OUT/tables/<W>x<H>/."""
    if lang not in LANGUAGES:
        raise GameError(key="cli.language_unknown", code=lang, choices=", ".join(LANGUAGES))
    from game.ui import tables_gallery
    from game.ui.gallery import GALLERY_DIR, render_gallery  # pygame only for this command

    if out is None:  # the project's gallery; the built app has no project folder: ./screenshots
        out = Path("screenshots") if getattr(sys, "frozen", False) else GALLERY_DIR
    written = render_gallery(out, sizes, lang)
    # Tables side by side at the projector's sizes (of those asked for; else at every size asked for).
    tables_sizes = [size for size in sizes if size in tables_gallery.TABLES_SIZES] or list(sizes)
    written += tables_gallery.render_tables_gallery(out / "tables", tables_sizes, lang)
    shown = ", ".join(f"{width}x{height}" for width, height in sizes)
    print(f"{t('cli.headless.screenshots', lang, count=len(written), folder=out)} ({shown})")
    return 0

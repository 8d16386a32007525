"""Every letter the game shows has a glyph in the shipped fonts, the reading font too (no empty boxes)."""

from __future__ import annotations

import pytest
from fontTools.ttLib import TTFont

from game.i18n import STRINGS
from game.paths import FONTS_DIR, shipped_scenarios
from game.ui.fonts import FONT_FILES, READING_FONT_FILES

# Accented letters, quotes, dashes and the euro sign of Dutch text.
DUTCH = "àáâäèéêëìíîïòóôöùúûüçñÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜÇÑ\u20ac\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00b7"


def shown_characters() -> set[str]:
    """The characters of the shipped scenarios and of every UI string, and the Dutch letters."""
    text = "".join(path.read_text(encoding="utf-8") for path in shipped_scenarios())
    text += "".join(value for entry in STRINGS.values() for value in entry.values())
    return {char for char in text + DUTCH if char.isprintable() and not char.isspace()}


@pytest.mark.parametrize("name", sorted(set(READING_FONT_FILES.values()) | set(FONT_FILES.values())))
def test_every_character_shown_has_a_glyph(name: str) -> None:
    mapped = TTFont(FONTS_DIR / name).getBestCmap()
    missing = sorted(char for char in shown_characters() if ord(char) not in mapped)
    assert not missing, f"{name} has no glyph for {missing}"


def test_the_reading_font_ships_with_its_licence() -> None:
    licence = (FONTS_DIR / "OpenDyslexic-LICENSE.txt").read_text(encoding="utf-8")
    assert "CC-BY-3.0" in licence and "Bitstream" in licence
    assert all((FONTS_DIR / name).is_file() for name in READING_FONT_FILES.values())

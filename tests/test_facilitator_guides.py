"""The facilitator guides and the README as a facilitator reads them: every link and anchor leads
somewhere, the chapter on playing at tables is in both languages alike, names the tables' screens' keys
as the game has them (game/ui/scenes/keys.py) and gives commands the game takes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from game.cli.arguments import build_parser
from game.i18n import t
from game.ui.scenes.keys import GLOBAL, SCREEN_KEYS

ROOT = Path(__file__).resolve().parents[1]
GUIDES = {"nl": ROOT / "docs" / "facilitatorgids.md", "en": ROOT / "docs" / "facilitator-guide.md"}
TABLES_CHAPTER = {"nl": "Spelen aan tafels", "en": "Playing at tables"}
TABLES_SCREENS = ("tables_room", "tables_compare")
DOCUMENTS = [*GUIDES.values(), ROOT / "README.md"]
_LINK = re.compile(r"\]\(([^)\s]+)\)")
_FENCE = re.compile(r"^```.*?^```", re.DOTALL | re.MULTILINE)


def slug(heading: str) -> str:
    """GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(path: Path) -> set[str]:
    text = _FENCE.sub("", path.read_text(encoding="utf-8"))
    return {slug(line.lstrip("#")) for line in text.splitlines() if line.startswith("#")}


def chapter(lang: str) -> str:
    """The tables chapter of the guide in `lang`: from its heading to the next chapter."""
    text = GUIDES[lang].read_text(encoding="utf-8")
    start = text.index(f"\n## {TABLES_CHAPTER[lang]}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end >= 0 else len(text)]


@pytest.mark.parametrize("document", DOCUMENTS, ids=[path.name for path in DOCUMENTS])
def test_every_link_and_anchor_leads_somewhere(document: Path) -> None:
    text = _FENCE.sub("", document.read_text(encoding="utf-8"))
    broken = []
    for target in _LINK.findall(text):
        if re.match(r"[a-z]+:", target):  # http(s), mailto: not checked offline
            continue
        path, _, anchor = target.partition("#")
        file = (document.parent / path).resolve() if path else document
        if not file.exists() or (anchor and anchor not in anchors(file)):
            broken.append(target)
    assert broken == []


def test_the_tables_chapter_is_in_both_guides_alike() -> None:
    """The same sections, pictures, key rows and commands in Dutch and English."""

    def shape(text: str) -> tuple[int, ...]:
        return (
            text.count("\n### "),
            text.count("!["),
            len(re.findall(r"^\| `", text, re.MULTILINE)),
            text.count("python main.py"),
            len(re.findall(r"^\d+\. ", text, re.MULTILINE)),
            len(re.findall(r"^- ", text, re.MULTILINE)),
        )

    assert shape(chapter("nl")) == shape(chapter("en"))


def key_words(cell: str) -> set[str]:
    """The keys a key table's cell names, as the help overlay spells them ('PgUp', 'pijltjes op/neer')."""
    return {word.strip() for word in cell.replace("`", "").split(",") if word.strip()}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_tables_chapter_names_the_keys_the_game_has(lang: str) -> None:
    rows = [row for screen in TABLES_SCREENS for row in SCREEN_KEYS[screen]]
    known = {word for row in rows for word in key_words(t(f"help.k.{row}", lang))}
    own = {word for row in rows if row not in GLOBAL for word in key_words(t(f"help.k.{row}", lang))}
    cells = re.findall(r"^\| ([^|]*`[^|]*) \|", chapter(lang), re.MULTILINE)
    named = {word for cell in cells for word in key_words(cell)}
    assert named - known == set(), "keys the tables' screens do not have"
    assert own - named == set(), "keys of the tables' screens the chapter leaves out"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_tables_chapter_gives_commands_the_game_takes(lang: str) -> None:
    commands = re.findall(r"`python main\.py ([^`]+)`", chapter(lang))
    assert len(commands) >= 4
    parser = build_parser()
    for command in commands:
        words = [word.replace("SCENARIO", "scenarios/lindenhout.yaml") for word in shlex.split(command)]
        parser.parse_args(words)  # argparse exits (SystemExit) on what the game does not take

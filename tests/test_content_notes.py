"""Every shipped scenario has its content notes in docs/content-notes/<id>.md: one `### <card id>` section
per card and no others, and each section names at least one source by its URL (the example may instead
say that a card is fictional)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.paths import shipped_scenarios
from game.scenario import load_scenario

NOTES_DIR = Path(__file__).resolve().parents[1] / "docs" / "content-notes"
SHIPPED = shipped_scenarios()
FICTION_ALLOWED = {"voorbeeld"}  # the format example may have a card that is fictional and says so
_HEADING = re.compile(r"^(#{1,3}) (.*)$", re.MULTILINE)
_CARD_ID = re.compile(r"^([A-Za-z0-9_-]+)")
_URL = re.compile(r"https://\S+")


def card_sections(text: str) -> list[tuple[str, str]]:
    """(card id, section text) for every `### ` heading, the section running to the next heading of
    level 1-3."""
    headings = list(_HEADING.finditer(text))
    sections = []
    for index, heading in enumerate(headings):
        if heading.group(1) != "###":
            continue
        end = headings[index + 1].start() if index + 1 < len(headings) else len(text)
        card = _CARD_ID.match(heading.group(2))
        sections.append((card.group(1) if card else heading.group(2), text[heading.end() : end]))
    return sections


@pytest.mark.parametrize("path", SHIPPED, ids=[path.stem for path in SHIPPED])
def test_content_notes_have_one_section_per_card(path: Path) -> None:
    scenario = load_scenario(path)
    notes = NOTES_DIR / f"{scenario.id}.md"
    assert notes.is_file(), f"no content notes for {scenario.id}: {notes}"
    headings = [card for card, _ in card_sections(notes.read_text(encoding="utf-8"))]
    cards = [card.id for card in scenario.cards]
    twice = sorted({card for card in headings if headings.count(card) > 1})
    assert not twice, f"{notes.name}: cards with more than one section: {twice}"
    missing = [card for card in cards if card not in headings]
    assert not missing, f"{notes.name}: no section for {missing}"
    unknown = [card for card in headings if card not in cards]
    assert not unknown, f"{notes.name}: sections for cards {scenario.id} does not have: {unknown}"


@pytest.mark.parametrize("path", SHIPPED, ids=[path.stem for path in SHIPPED])
def test_every_card_section_names_a_source(path: Path) -> None:
    scenario = load_scenario(path)
    notes = NOTES_DIR / f"{scenario.id}.md"
    without = [
        card
        for card, section in card_sections(notes.read_text(encoding="utf-8"))
        if not _URL.search(section)
        and not (scenario.id in FICTION_ALLOWED and re.search(r"\bfictional\b", section, re.IGNORECASE))
    ]
    assert not without, f"{notes.name}: card sections without a source URL: {without}"

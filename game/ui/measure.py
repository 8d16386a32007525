"""Which card texts do not fit their box on screen: the overflow lint, with the game's real layout and font.

Importing this module does not import pygame; `card_text_overflows` imports it and initialises only
its font module (no window, no video driver), then lays out every card and feedback screen with the
same code the scenes use (game.ui.card_layout). A text "does not fit" when even at the smallest
size of its range it has to be cut with an ellipsis or runs out of its box.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import TYPE_CHECKING

from game.errors import Phrase

if TYPE_CHECKING:
    from game.core.model import Scenario
    from game.ui.draw import TextBlock
    from game.ui.fonts import FontBook

MIN_SIZE = (1280, 720)


@dataclass(frozen=True)
class TextOverflow:
    """One text that does not fit: the card, which field ("title", "option 2 label", ...) and why."""

    card_id: str
    field: str
    said: Phrase  # why, in the reader's language

    @property
    def message(self) -> str:
        return self.said.text("en")


def card_text_overflows(
    scenario: Scenario, lang: str, size: tuple[int, int] = MIN_SIZE
) -> list[TextOverflow]:
    """Every card text in `lang` that does not fit its box in a window of `size`, in card order.

    Checked per card: speaker (in the width beside its pictogram), title, text and each option label on
    the card screen; the question for the group shown on N; each option's label and feedback on the
    feedback screen. Options are numbered from 1, as on screen.
    """
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from game.ui.card_layout import card_layout, feedback_layout, notes_layout
    from game.ui.fonts import FontBook
    from game.ui.scenes.common import button_padding
    from game.ui.style import Metrics

    if not pygame.font.get_init():
        pygame.font.init()
        _FONTS.clear()  # fonts opened before a pygame.font.quit() are no longer usable
    if not _FONTS:
        _FONTS.append(FontBook(capacity=0))
    fonts = _FONTS[0]
    m = Metrics(*size)
    where = f"{size[0]}x{size[1]}"
    found: list[TextOverflow] = []

    def check(card_id: str, field: str, block: TextBlock, box: pygame.Rect, what: Phrase) -> None:
        if block.cut or block.height > box.height or _widest(fonts, block) > box.width:
            params = {"what": what, "language": lang, "size": where, "px": block.size}
            found.append(TextOverflow(card_id, field, Phrase("problem.overflow", params)))

    padding = button_padding(m)
    for card in scenario.cards:
        layout = card_layout(fonts, m, scenario, card, lang, marks=False)  # (the texts, not the marks)
        texts, boxes = layout.texts, layout.boxes
        check(card.id, "speaker", texts["speaker"], boxes["speaker"], Phrase("problem.overflow.speaker"))
        check(card.id, "title", texts["title"], boxes["title"], Phrase("problem.overflow.title"))
        check(card.id, "text", texts["body"], boxes["body"], Phrase("problem.overflow.text"))
        for number, button in enumerate(layout.buttons, start=1):
            assert button.block is not None
            label = f"option {number} label"
            what = Phrase("problem.overflow.label", {"number": number})
            check(card.id, label, button.block, button.label_box(padding), what)
        if card.notes is not None:
            asked = notes_layout(fonts, m, scenario, card, lang)
            check(
                card.id, "notes", asked.texts["notes"], asked.boxes["notes"], Phrase("problem.overflow.notes")
            )
        for number, option in enumerate(card.options, start=1):
            shown = feedback_layout(fonts, m, scenario, card, option, lang, effects=False)
            check(
                card.id,
                f"option {number} label",
                shown.texts["label"],
                shown.boxes["label"],
                Phrase("problem.overflow.feedback_label", {"number": number}),
            )
            check(
                card.id,
                f"feedback of option {number}",
                shown.texts["body"],
                shown.boxes["body"],
                Phrase("problem.overflow.feedback", {"number": number}),
            )
    return found


def _widest(fonts: FontBook, block: TextBlock) -> int:
    """The width of the block's widest line (known from wrapping it: FontBook.measurer)."""
    return max((fonts.width(line, block.size, block.bold, block.italic) for line in block.lines), default=0)


_FONTS: list[FontBook] = []  # one FontBook for every call: opening the font files is the slow part

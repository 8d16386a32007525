"""What a phone or the facilitator may write: cleaned of control and invisible marks, within its limit."""

from __future__ import annotations

import unicodedata
from enum import Enum
from typing import Literal

TextKind = Literal["word", "answer", "proposal"]


class TextProblem(Enum):
    """Why a text cannot be shown. Not a str, so a phone that sends the word "empty" is not refused."""

    EMPTY = "empty"
    TOO_LONG = "too_long"


LIMITS: dict[TextKind, int] = {"word": 30, "answer": 280, "proposal": 280}  # characters, after cleaning
RAW_LIMIT = 4 * max(LIMITS.values())  # characters looked at before cleaning: more is too long outright
# Categories dropped: control (Cc), format (Cf: zero-width, bidi overrides, soft hyphen), surrogates,
# private use and unassigned code points; whitespace of any kind becomes one space.
DROPPED = frozenset({"Cc", "Cf", "Cs", "Co", "Cn"})
# Blank "letters" and marks outside those categories that draw nothing: the Hangul fillers, the braille
# blank and the combining grapheme joiner (a text of only these would pass as not empty, yet show blank).
INVISIBLE = frozenset("\u115f\u1160\u3164\uffa0\u2800\u034f")


def clean_text(raw: str, kind: TextKind) -> str | TextProblem:
    """`raw` as it may be shown: NFC, no control or invisible marks, runs of white space as one space,
    trimmed; or what is wrong with it."""
    if len(raw) > RAW_LIMIT:
        return TextProblem.TOO_LONG
    kept: list[str] = []
    for char in unicodedata.normalize("NFC", raw):
        if char.isspace():
            kept.append(" ")
        elif unicodedata.category(char) not in DROPPED and char not in INVISIBLE:
            kept.append(char)
    text = " ".join("".join(kept).split())
    if not text:
        return TextProblem.EMPTY
    if len(text) > LIMITS[kind]:
        return TextProblem.TOO_LONG
    return text

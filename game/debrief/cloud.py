"""The room's words counted for a word cloud: one entry per word whatever its capitals, with a size rank."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import NamedTuple

RANKS = 5  # size ranks 0 (least said) .. 4 (most said)


class Weight(NamedTuple):
    """A word of the cloud as the room wrote it most often, how often (`times`: `count` is a tuple's
    method), and its size rank (0..4)."""

    word: str
    times: int
    rank: int


def word_key(word: str) -> str:
    """What makes two words the same word: NFC, case-folded, without surrounding spaces."""
    return unicodedata.normalize("NFC", word).strip().casefold()


def word_weights(words: Sequence[str]) -> list[Weight]:
    """Every word once, most often said first (ties: the first said first), shown in its most common
    spelling (ties: the first seen); the rank grows with the count from 0 (the least said) to 4 (the most).

    All words said equally often have rank 0: nothing stands out. Empty words are not counted.
    """
    spellings: dict[str, dict[str, int]] = {}  # key -> spelling -> count, both in order of first sight
    for word in words:
        key = word_key(word)
        if not key:
            continue
        shown = unicodedata.normalize("NFC", word).strip()
        forms = spellings.setdefault(key, {})
        forms[shown] = forms.get(shown, 0) + 1
    counted = [
        (max(forms, key=forms.__getitem__), sum(forms.values()), order)
        for order, forms in enumerate(spellings.values())
    ]
    counted.sort(key=lambda item: (-item[1], item[2]))
    most = counted[0][1] if counted else 1
    least = min((count for _, count, _ in counted), default=1)
    return [Weight(word, count, rank(count, least, most)) for word, count, _ in counted]


def rank(count: int, least: int, most: int) -> int:
    """The size rank of `count` between the least and the most said (linear, rounded)."""
    if most <= least:
        return 0
    return round((RANKS - 1) * (count - least) / (most - least))

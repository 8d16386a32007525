"""The simulator's and stats' words (game/i18n_sim.py): every key in Dutch and English with the same fields,
and none that is also a key elsewhere (it would overwrite the other in game.i18n.STRINGS)."""

from __future__ import annotations

import pytest

from game.i18n import LANGUAGES, STRINGS
from game.i18n_cli import CLI_STRINGS
from game.i18n_sim import SIM_STRINGS
from tests.test_i18n_messages import fields


@pytest.mark.parametrize("key", sorted(SIM_STRINGS))
def test_every_word_has_both_languages_with_the_same_fields(key: str) -> None:
    entry = STRINGS[key]
    assert entry is SIM_STRINGS[key]
    assert set(entry) == set(LANGUAGES)
    assert all(value.strip() for value in entry.values())
    assert fields(entry["nl"]) == fields(entry["en"])
    assert "lang" not in fields(entry["en"])


def test_no_key_is_also_a_command_line_key() -> None:
    assert sorted(set(SIM_STRINGS) & set(CLI_STRINGS)) == []

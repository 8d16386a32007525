"""Where a table is in the term, as the room view's cells say it, in the room's language."""

from __future__ import annotations

import dataclasses

import pytest

from game.tables.session import TablesSession
from game.ui.tables_view import place_words, short_place
from tests.tables.rooms import small


@pytest.mark.parametrize(("lang", "year"), [("nl", "Jaar 1"), ("en", "Year 1")])
def test_a_term_without_a_start_year_names_its_year_in_the_rooms_language(lang: str, year: str) -> None:
    scenario = dataclasses.replace(small(), start_year=None)
    view = TablesSession(scenario, 1, 2).table(1)
    assert short_place(scenario, view, lang) == f"{year} \u00b7 1/6"
    assert place_words(scenario, view, lang).startswith(f"{year} \u00b7 ")

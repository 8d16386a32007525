"""Cleaning what the room writes: limits per kind, control and invisible characters, white space."""

from __future__ import annotations

import pytest

from game.debrief.text import LIMITS, TextProblem, clean_text


def test_a_word_keeps_its_dutch_letters_and_loses_what_cannot_be_seen() -> None:
    assert clean_text("  e\u0301cht\u200b  vertrouwen\u202e\x00 ", "word") == "écht vertrouwen"


def test_white_space_of_any_kind_is_one_space() -> None:
    assert clean_text("meer\t\n\u00a0regie", "answer") == "meer regie"


@pytest.mark.parametrize(
    "raw", ["", "   ", "\u200b\u200d", "\x07\x1b", "\u3164\u3164", "\u2800", "\uffa0 \u115f\u1160", "\u034f"]
)
def test_nothing_visible_is_empty(raw: str) -> None:
    assert clean_text(raw, "word") is TextProblem.EMPTY


@pytest.mark.parametrize("kind", ["word", "answer", "proposal"])
def test_the_limit_holds_after_cleaning(kind: str) -> None:
    limit = LIMITS[kind]  # type: ignore[index]
    assert clean_text("a" * limit, kind) == "a" * limit  # type: ignore[arg-type]
    assert clean_text("a" * (limit + 1), kind) is TextProblem.TOO_LONG  # type: ignore[arg-type]
    assert clean_text("a" * limit + "\u200b" * 10, kind) == "a" * limit  # type: ignore[arg-type]


def test_markup_stays_text_to_be_escaped_where_it_is_shown() -> None:
    assert clean_text("<script>alert(1)</script>", "answer") == "<script>alert(1)</script>"


@pytest.mark.parametrize("word", ["empty", "too_long"])
def test_a_word_that_names_a_problem_is_a_word(word: str) -> None:
    assert clean_text(word, "word") == word

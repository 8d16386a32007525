"""Wrapping file names: a player reads a file or folder name as one word, so it is never hyphenated."""

from __future__ import annotations

import pytest

from game.ui.wrap import is_file_name, split_file_name, wrap

NAME = "20261206-124054-849449-raadssessie.html"
PATH = "/home/secretaris/.local/share/digitaal-leiderschap/reports/" + NAME


def by_letters(text: str) -> int:
    return len(text)


@pytest.mark.parametrize(
    "word",
    [NAME, PATH, "raadssessie.yaml:3:1", "~/Documenten/scenario.yaml", "(/tmp/x)", "C:\\Users\\x", "a.xlsx"],
)
def test_file_and_folder_names_are_recognised(word: str) -> None:
    assert is_file_name(word)


@pytest.mark.parametrize(
    "word", ["willen/kunnen/mogen", "gegevensbeschermingseffectbeoordeling", "zelf.", "3.5"]
)
def test_ordinary_words_are_not_file_names(word: str) -> None:
    assert not is_file_name(word)


@pytest.mark.parametrize("width", range(len(NAME), len(NAME) + 40))
def test_a_name_that_fits_a_line_moves_to_the_next_line_whole(width: int) -> None:
    lines = wrap(f"Geen browser gevonden; open {NAME} zelf.", width, by_letters)
    assert any(NAME in line for line in lines), lines
    assert all(len(line) <= width for line in lines)
    assert " ".join(lines) == f"Geen browser gevonden; open {NAME} zelf."


def test_a_name_longer_than_a_line_breaks_after_the_date_and_time_adding_nothing() -> None:
    lines = wrap(f"open {NAME} zelf", 30, by_letters)
    assert lines == ["open", "20261206-124054-849449-", "raadssessie.html zelf"]


def test_a_path_longer_than_a_line_breaks_before_a_folder() -> None:
    lines = wrap(PATH, 40, by_letters)
    assert all(len(line) <= 40 for line in lines)
    assert "".join(lines) == PATH
    assert all(line.endswith("/") for line in lines[:-1]), lines


def test_a_name_without_a_place_to_break_is_cut_as_a_last_resort() -> None:
    head, rest = split_file_name("abcdefghijklmnop.html", lambda text: len(text) <= 8)
    assert len(head) <= 8 and head.removesuffix("-") + rest == "abcdefghijklmnop.html"

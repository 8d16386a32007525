"""Typical YAML mistakes of facilitators get a specific message at the right line and column."""

from __future__ import annotations

import pytest

from game.scenario import check_scenario_text
from tests.scenario.helpers import BASE, assert_problem, change, errors, position, single_error


@pytest.mark.parametrize(
    ("old", "new", "word"),
    [
        ('label: {nl: Ja, en: "Yes"}', "label: {nl: Ja, en: Yes}", "Yes"),
        ("    title: Krant\n", "    title: Off\n", "Off"),
        ("    speaker: Bode\n", "    speaker: no\n", "no"),
    ],
)
def test_an_unquoted_yes_no_on_off_where_text_is_expected(old: str, new: str, word: str) -> None:
    text = change(old, new)
    message = f"'{word}' without quotes means true/false in YAML, not text; write it in quotes: \"{word}\""
    fragment = new.strip()
    assert_problem(single_error(text), message, position(text, fragment, fragment.rindex(word)))


def test_an_unquoted_language_code_no_in_languages() -> None:
    text = change("languages: [nl, en]", "languages: [nl, en, no]")
    message = "'no' without quotes means true/false in YAML, not text; write it in quotes: \"no\""
    assert_problem(single_error(text), message, position(text, "no]"))


def test_a_comma_inside_an_unquoted_flow_mapping() -> None:
    text = change('label: {nl: Ja, en: "Yes"}', 'label: {nl: Ja, breid uit, en: "Yes, extend"}')
    message = (
        "a comma inside { } ends the text, so 'breid uit' was read as a separate part; "
        'put the whole text in quotes, like nl: "Ja, breid uit"'
    )
    assert_problem(single_error(text), message, position(text, "breid uit"))


def test_a_comma_split_at_the_end_also_hides_an_unquoted_yes() -> None:
    text = change('label: {nl: Ja, en: "Yes"}', 'label: {nl: "Ja, graag", en: Yes, extend it}')
    message = (
        "a comma inside { } ends the text, so 'extend it' was read as a separate part; "
        'put the whole text in quotes, like en: "Yes, extend it"'
    )
    assert_problem(single_error(text), message, position(text, "extend it"))


def test_a_comma_split_that_looks_like_a_key() -> None:
    text = change("title: {nl: Robot, en: Robot}", "title: {nl: Robot, let op: nieuw, en: Robot}")
    problem = single_error(text)
    assert problem.message.startswith("a comma inside { } ends the text, so 'let op: nieuw' was read")
    assert (problem.line, problem.column) == position(text, "let op")


def test_a_tab_used_for_indentation() -> None:
    text = change("    text: Een robot bij de ingang.\n", "\ttext: Een robot bij de ingang.\n")
    message = "a tab is used for indentation here; YAML only allows spaces, so replace the tab with spaces"
    assert_problem(single_error(text), message, position(text, "\ttext"))


def test_every_tab_line_is_reported() -> None:
    text = change("    start: 50\n    min: 0\n", "\tstart: 50\n\tmin: 0\n")
    problems = errors(text)
    assert [(p.line, p.column) for p in problems] == [position(text, "\tstart"), position(text, "\tmin")]


@pytest.mark.parametrize(
    ("old", "new", "fragment", "first"),
    [
        (
            "    text: Een krant.\n",
            "    text: Een krant.\n    text: Nog een krant.\n",
            "text: Nog",
            "text: Een krant",
        ),
        ("intro: Een korte test.\n", "intro: Een korte test.\nintro: Twee.\n", "intro: Twee", "intro: Een"),
        ("effects: {trust: 5}", "effects: {trust: 5, trust: 6}", "trust: 6", "trust: 5,"),
    ],
)
def test_a_duplicate_key(old: str, new: str, fragment: str, first: str) -> None:
    text = change(old, new)
    key = fragment.split(":")[0]
    first_line = position(text, first)[0]
    if key == "trust":
        message = f"the effect on 'trust' is defined twice (first on line {first_line})"
    else:
        message = (
            f"the key '{key}' appears twice in the same block (first on line {first_line}); "
            "YAML would silently keep only the last one"
        )
    assert_problem(single_error(text), message, position(text, fragment))


def test_a_duplicate_key_in_a_block_the_schema_does_not_read() -> None:
    text = change("format: 1\n", "format: 1\nextra:\n  a: 1\n  a: 2\n")
    messages = [problem.message for problem in errors(text)]
    assert "unknown key 'extra' in the scenario" in messages
    assert any(message.startswith("the key 'a' appears twice") for message in messages)


@pytest.mark.parametrize(
    ("old", "new", "fragment", "message"),
    [
        (
            "    text: Een krant.\n",
            "    text: Let op: een krant.\n",
            ": een",
            "unexpected ':' here; if a text contains a colon followed by a space, "
            "put the whole text in quotes",
        ),
        (
            "    text: Een krant.\n",
            "    text: 'Een krant.\n",
            "'Een",
            "this quote is never closed; add the closing quote at the end of the text",
        ),
        (
            "    speaker: Krant\n",
            "    speaker: Krant\n   title2: x\n",
            "title2",
            "the indentation here does not line up with the lines above it; use the same number of spaces",
        ),
        (
            "themes: [privacy, inclusion]",
            "themes: [privacy, inclusion",
            "    options:\n      - label: A",
            "a [ ] list is not closed with ']' or lacks a ',' between its items (opened on line LINE)",
        ),
        (
            "    speaker: Krant\n",
            "    speaker: @krant\n",
            "@krant",
            "a text cannot start with '@' unless it is in quotes; put the whole text in quotes",
        ),
    ],
)
def test_a_yaml_syntax_error_is_explained(old: str, new: str, fragment: str, message: str) -> None:
    text = change(old, new)
    offset = fragment.index(":") if fragment.startswith("    options") else 0
    if "LINE" in message:
        message = message.replace("LINE", str(position(text, "[privacy, inclusion\n")[0]))
    assert_problem(single_error(text), message, position(text, fragment, offset))


def test_a_second_document_is_reported() -> None:
    text = BASE + "---\nformat: 1\n"
    problem = single_error(text)
    assert problem.message == "a second part starts here ('---'); a scenario file has only one part"
    assert (problem.line, problem.column) == position(text, "---")


def test_yaml_tags_that_could_build_objects_are_refused() -> None:
    text = change("intro: Een korte test.", "intro: !!python/object/apply:os.system [echo hi]")
    problem = single_error(text)
    assert (
        problem.message == "the YAML tag '!!python/object/apply:os.system' is not allowed in a scenario file"
    )
    assert (problem.line, problem.column) == position(text, "!!python")


def test_an_empty_file() -> None:
    _, problems = check_scenario_text("# nothing yet\n", "leeg.yaml")
    assert [str(problem) for problem in problems] == [
        "leeg.yaml:1:1: the file is empty; a scenario starts with 'format: 1'"
    ]

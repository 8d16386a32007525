"""The game's own debrief questions and statements: every aspect of the essay, both languages, short."""

from __future__ import annotations

from game.core.corners import ASPECTS
from game.debrief.defaults import DEFAULT_QUESTIONS, DEFAULT_STATEMENTS
from game.scenario.debrief import MAX_QUESTIONS, MAX_STATEMENTS, MIN_STATEMENTS

LANGUAGES = ("nl", "en")
LONGEST = 110  # characters: a question is read aloud from the projector in one breath


def test_every_aspect_has_two_or_three_questions_in_both_languages() -> None:
    assert tuple(DEFAULT_QUESTIONS) == ASPECTS
    for aspect, questions in DEFAULT_QUESTIONS.items():
        assert 2 <= len(questions) <= min(3, MAX_QUESTIONS), aspect
        for question in questions:
            assert set(question.translations) == set(LANGUAGES), aspect
            for language in LANGUAGES:
                text = question.get(language)
                assert text.endswith("?") and len(text) <= LONGEST, text
        assert len({question.get("nl") for question in questions}) == len(questions), aspect


def test_four_statements_with_ids_of_their_own_in_both_languages() -> None:
    assert len(DEFAULT_STATEMENTS) == 4 and MIN_STATEMENTS <= 4 <= MAX_STATEMENTS
    assert [statement.id for statement in DEFAULT_STATEMENTS] == ["s1", "s2", "s3", "s4"]
    for statement in DEFAULT_STATEMENTS:
        assert set(statement.text.translations) == set(LANGUAGES)
        for language in LANGUAGES:
            text = statement.text.get(language)
            assert text.endswith(".") and len(text) <= LONGEST, text

"""The facts of "What happened" and the aspects of "Why" in words, Dutch and English."""

from __future__ import annotations

import dataclasses

import pytest

from game.core.state import ChoiceRecord
from game.debrief.describe import aspect_lines, fact_lines
from game.debrief.facts import session_facts
from game.debrief.model import GameRecord
from game.i18n import LANGUAGES, t
from tests.core.factories import outcome, text
from tests.debrief.games import lindenhout, record_of, small


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_facts_of_a_shipped_game_in_words(lang: str) -> None:
    scenario = lindenhout()
    record = record_of(scenario)
    facts = session_facts(scenario, record)
    lines = fact_lines(scenario, facts, lang)
    kinds = [line.kind for line in lines]
    assert facts.crossed  # this seed crosses a line
    assert kinds == ["divided", "swing", *["crossed"] * len(facts.crossed), "profile"]
    assert facts.divided is not None and facts.swing is not None
    divided = scenario.card(facts.divided.card)
    assert scenario.text(divided.title, lang) in lines[0].text and facts.divided.split in lines[0].text
    assert scenario.text(scenario.meter(facts.swing.meter).name, lang) in lines[1].text
    profile = next(p for p in scenario.profiles if p.id == facts.profile)
    assert lines[-1].text == t("debrief.fact.profile_group", lang, title=scenario.text(profile.title, lang))


def test_a_game_that_crossed_no_line_says_so_where_lines_could_be_crossed() -> None:
    scenario = small()
    assert "no_lines" not in [
        line.kind for line in fact_lines(scenario, session_facts(scenario, GameRecord(1, ())), "nl")
    ]
    first = scenario.cards[0]
    tempting = dataclasses.replace(first.options[0], red_line=text("Over de grens"))
    lined = dataclasses.replace(
        scenario,
        cards=(dataclasses.replace(first, options=(tempting, *first.options[1:])), *scenario.cards[1:]),
        endings=(outcome("bankroet", None),),
    )
    careful = GameRecord(1, (ChoiceRecord(1, 1, "c0", 1, {}, None),), ending="bankroet")
    lines = fact_lines(lined, session_facts(lined, careful), "nl", group=False)
    assert [line.kind for line in lines] == ["no_lines", "ending"]
    assert lines[0].text == "Je overschreed geen enkele grens."
    crossed = GameRecord(1, (ChoiceRecord(1, 1, "c0", 0, {"a": -5}, None),))
    lines = fact_lines(lined, session_facts(lined, crossed), "en")
    assert [line.kind for line in lines] == ["swing", "crossed"]
    assert lines[1].text == "Line crossed: Over de grens (c0 \u2013 a)."
    assert "\u22125" in lines[0].text  # a real minus sign


def test_the_aspects_with_their_names_and_sentences() -> None:
    found = aspect_lines(["4b", "6d"], "en")
    assert found == [
        (t("debrief.aspect_name.4b", "en"), t("debrief.aspect.4b", "en")),
        (t("debrief.aspect_name.6d", "en"), t("debrief.aspect.6d", "en")),
    ]
    assert found[0][0] == "Transparency about algorithms"

"""What happened, from the session's own decisions: on a shipped scenario played with a fixed seed, and
on small games where the answer is plain; the aspects met and the questions that bring them home."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

from game.core.debrief import lines_crossed
from game.core.model import DebriefContent, Text
from game.core.state import ChoiceRecord
from game.debrief.defaults import DEFAULT_QUESTIONS
from game.debrief.facts import aspect_counts, aspects_met, biggest_swing, most_divided, session_facts
from game.debrief.model import GameRecord
from game.debrief.questions import FALLBACK_ASPECTS, questions_for
from game.i18n import LANGUAGES, STRINGS
from tests.debrief.games import SEED, lindenhout, played, small


def choice(card: str, option: int, deltas: dict[str, float], votes: tuple[int, ...] | None) -> ChoiceRecord:
    return ChoiceRecord(1, 1, card, option, dict(deltas), votes)


def test_the_facts_of_lindenhout_played_with_a_fixed_seed() -> None:
    scenario = lindenhout()
    game = played(scenario)
    record = GameRecord.of(game, [None] * len(game.state.choices))
    facts = session_facts(scenario, record)
    choices = game.state.choices
    assert facts.decisions == len(choices) > 10
    assert (facts.profile, facts.ending) == (game.state.profile, game.state.ending)
    # the most divided vote: no other vote of the game is closer
    divided = facts.divided
    assert divided is not None and divided.votes == choices[divided.index].votes
    assert divided.card == choices[divided.index].card and divided.option == choices[divided.index].option

    def lead(votes: tuple[int, ...]) -> float:
        first, second = sorted(votes, reverse=True)[:2]
        return (first - second) / sum(votes)

    assert all(lead(divided.votes) <= lead(c.votes) for c in choices if c.votes and sum(c.votes) >= 2)
    assert divided.split == " - ".join(map(str, divided.votes))
    # the biggest swing: no decision moved a meter further, for its range
    swing = facts.swing
    assert swing is not None and choices[swing.index].deltas[swing.meter] == swing.delta
    span = {meter.id: meter.maximum - meter.minimum for meter in scenario.meters}
    assert all(
        abs(delta) / span[meter] <= abs(swing.delta) / span[swing.meter]
        for c in choices
        for meter, delta in c.deltas.items()
    )
    # every red line crossed, in play order
    crossed = lines_crossed(scenario, choices)
    assert [(c.card, c.option, c.line) for c in facts.crossed] == [
        (line.record.card, line.record.option, line.line) for line in crossed
    ]
    assert all(choices[c.index].card == c.card for c in facts.crossed)


def test_facts_hold_on_other_seeds_too() -> None:
    scenario = lindenhout()
    for seed in (SEED + 1, SEED + 2, SEED + 3):
        game = played(scenario, seed)
        facts = session_facts(scenario, GameRecord.of(game))
        assert len(facts.crossed) == len(lines_crossed(scenario, game.state.choices))
        assert facts.swing is not None and facts.divided is not None


def test_the_closest_vote_wins_then_the_bigger_then_the_earlier() -> None:
    record = GameRecord(
        1,
        (
            choice("a", 0, {}, (5, 1)),
            choice("b", 1, {}, (3, 4)),  # lead 1 of 7
            choice("c", 0, {}, (2, 2, 0)),  # a tie of 4
            choice("d", 0, {}, (4, 4, 2)),  # a tie of 10: more votes
            choice("e", 0, {}, (5, 5, 0)),  # the same votes, later
            choice("f", 0, {}, (1, 0)),  # one vote divides nothing
            choice("g", 0, {}, None),
        ),
        splits=(None, None, None, (1, 2, 0)),
    )
    divided = most_divided(record)
    assert divided is not None and (divided.index, divided.card, divided.phones) == (3, "d", (1, 2, 0))
    assert most_divided(GameRecord(1, (choice("a", 0, {}, None), choice("b", 0, {}, (1, 0))))) is None


def test_the_biggest_swing_is_measured_against_the_meters_range() -> None:
    scenario = small()
    wide = dataclasses.replace(scenario.meters[1], maximum=1000)
    scenario = dataclasses.replace(scenario, meters=(scenario.meters[0], wide))
    record = GameRecord(1, (choice("c0", 1, {"b": -90}, None), choice("c1", 0, {"a": 12, "x": 99}, None)))
    swing = biggest_swing(scenario, record)
    assert swing is not None and (swing.meter, swing.delta, swing.index, swing.card) == ("a", 12, 1, "c1")
    assert biggest_swing(scenario, GameRecord(1, (choice("c0", 2, {}, None),))) is None


def test_the_aspects_met_are_those_of_the_cards_decided_in_the_essays_order() -> None:
    scenario = small()
    record = GameRecord(1, (choice("c5", 0, {}, None), choice("c2", 0, {}, None), choice("c0", 0, {}, None)))
    assert aspects_met(scenario, record) == ["4b", "5a", "6c"]
    assert aspect_counts(scenario, record) == {"4b": 1, "5a": 1, "6c": 3}
    assert aspects_met(scenario, GameRecord(1, (choice("c3", 0, {}, None),))) == []


def test_every_aspect_has_a_sentence_and_a_name_in_every_language() -> None:
    for aspect in ("4a", "4b", "4c", "5a", "5b", "6a", "6b", "6c", "6d"):
        for key in (f"debrief.aspect.{aspect}", f"debrief.aspect_name.{aspect}"):
            assert set(STRINGS[key]) == set(LANGUAGES) and all(STRINGS[key].values())


def test_the_questions_are_the_scenarios_own_else_the_defaults() -> None:
    own = Text(MappingProxyType({"nl": "Wie beheert ons register?", "en": "Who keeps our register?"}))
    scenario = dataclasses.replace(
        small(), debrief=DebriefContent(questions=MappingProxyType({"6c": (own, own)}))
    )
    found = questions_for(scenario, ["6c", "4b", "zz"], defaults_per_aspect=1)
    assert found == [("4b", DEFAULT_QUESTIONS["4b"][0]), ("6c", own), ("6c", own)]
    assert len(questions_for(scenario, ["4b"])) == len(DEFAULT_QUESTIONS["4b"]) >= 2
    assert all(DEFAULT_QUESTIONS[aspect] for aspect in FALLBACK_ASPECTS)

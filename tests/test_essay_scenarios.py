"""The essay's two scenarios keep their promises: real dilemmas, teaching feedback, coverage and balance."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest

from game.core.engine import Game
from game.core.model import Card, Option, Scenario
from game.core.playthrough import play_to_end, random_policy
from game.core.simulate import simulate
from game.paths import DEFAULT_SCENARIO, SCENARIOS_DIR
from game.scenario import check_scenario, load_scenario
from game.ui.measure import card_text_overflows

COUNCIL_SESSION = SCENARIOS_DIR / "raadssessie.yaml"
ESSAY_SCENARIOS = [DEFAULT_SCENARIO, COUNCIL_SESSION]
DOCS = Path(__file__).resolve().parents[1] / "docs"
GUIDES = [DOCS / "facilitatorgids.md", DOCS / "facilitator-guide.md"]

# The essay's nine aspects, in its order, as the scenarios' theme ids.
ASPECTS = {
    "4a": "persoonsgegevens",
    "4b": "transparantie",
    "4c": "inclusie",
    "5a": "opgaven",
    "5b": "strategie",
    "6a": "structuur",
    "6b": "mensen",
    "6c": "politiek",
    "6d": "symboliek",
}
# Feedback names the public value or the principle at stake, in plain words (content guide: "Feedback
# that teaches"), never the meters: a retelling of the meter changes teaches nothing.
PRINCIPLES = {
    "nl": re.compile(
        r"doelbinding|proportionaliteit|proportioneel|evenredig|gelijke behandeling|gelijkheid|"
        r"gelijke beloning|gelijk werk|uitlegbaar|uit te leggen|transparan|openheid|verantwoording|inclusie|"
        r"toegankelijk|privacy|gegevensbescherming|informatieveiligheid|veiligheid|weerbaar|zorgvuldig|"
        r"rechtmatig|grondslag|grondrecht|rechtsstaat|medezeggenschap|instemming|democratisch|"
        r"publieke waarde|"
        r"dienstverlening|menselijke maat|draagvlak|eigenaarschap|werkgever|opdrachtgever|leren|experiment|"
        r"eigen regie|autonomie|continuïteit|betrouwba|eerlijk|rechtvaardig|solidariteit|doelmatig|"
        r"rechtszekerheid|integriteit|onafhankelijk|controle|zeggenschap|rechten",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"purpose limitation|proportional|proportionate|equal treatment|equality|equal pay|equal work|"
        r"explain|"
        r"transparen|openness|accountab|inclusion|inclusive|accessib|privacy|data protection|security|safety|"
        r"resilien|due care|careful|lawful|legal basis|fundamental right|rule of law|employee participation|"
        r"consent|democratic|public value|public service|human touch|human scale|support|ownership|employer|"
        r"commissioning|learning|experiment|own control|autonomy|continuity|reliab|fair|just|solidarity|"
        r"efficien|legal certainty|integrity|independen|oversight|scrutiny|control|rights",
        re.IGNORECASE,
    ),
}
SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
MAX_CARD_WORDS = {"nl": 60, "en": 66}  # English runs a little longer than the Dutch it translates
MAX_LABEL_WORDS = 12


@cache
def scenario_at(path: Path) -> Scenario:
    return load_scenario(path)


def ids(paths: list[Path]) -> list[str]:
    return [path.stem for path in paths]


def names_in(card: Card) -> set[str]:
    return {name.name for name in card.requires.names} if card.requires else set()


def options_of(scenario: Scenario) -> Iterator[tuple[Card, int, Option]]:
    for card in scenario.cards:
        for number, option in enumerate(card.options, 1):
            yield card, number, option


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_validates_without_errors_or_warnings_in_both_languages(path: Path) -> None:
    scenario, problems = check_scenario(path, measure=card_text_overflows)
    assert [str(problem) for problem in problems] == []
    assert scenario is not None and scenario.languages[:2] == ("nl", "en")


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_every_card_is_a_real_dilemma(path: Path) -> None:
    scenario = scenario_at(path)
    meters = [meter.id for meter in scenario.meters]
    problems = []
    for card in scenario.cards:
        effects = [[option.effects.get(meter, 0) for meter in meters] for option in card.options]
        for number, moves in enumerate(effects, 1):
            if sum(1 for delta in moves if delta) < 2:
                problems.append(f"{card.id} option {number} moves fewer than two meters")
            for other_number, other in enumerate(effects, 1):
                if other_number != number and all(a >= b for a, b in zip(moves, other, strict=True)):
                    problems.append(f"{card.id} option {number} is never worse than option {other_number}")
        for lang in ("nl", "en"):
            if len(card.text.get(lang).split()) > MAX_CARD_WORDS[lang]:
                problems.append(f"{card.id} text ({lang}) is longer than {MAX_CARD_WORDS[lang]} words")
            for number, option in enumerate(card.options, 1):
                if len(option.label.get(lang).split()) > MAX_LABEL_WORDS:
                    problems.append(f"{card.id} option {number} label ({lang}) is too long")
        if card.notes is None:
            problems.append(f"{card.id} has no discussion question in notes")
    assert problems == []


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_feedback_says_what_happened_and_which_public_value_was_at_stake(path: Path) -> None:
    scenario = scenario_at(path)
    problems = []
    for card, number, option in options_of(scenario):
        if option.feedback is None:
            problems.append(f"{card.id} option {number} has no feedback")
            continue
        for lang, principle in PRINCIPLES.items():
            text = option.feedback.get(lang)
            if not principle.search(text):
                problems.append(f"{card.id} option {number} ({lang}) names no public value or principle")
            if len(SENTENCE_END.findall(text)) > 2:
                problems.append(f"{card.id} option {number} ({lang}) is longer than two sentences")
            for meter in scenario.meters:
                name = meter.name.get(lang)
                if re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE):
                    problems.append(f"{card.id} option {number} ({lang}) retells the meter {name}")
    assert problems == []


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_every_meter_has_an_ending_and_a_completed_term_gets_one_of_four_profiles(path: Path) -> None:
    scenario = scenario_at(path)
    for meter in scenario.meters:
        assert any(
            ending.when is not None and meter.id in {name.name for name in ending.when.names}
            for ending in scenario.endings
        ), f"no ending for {meter.id}"
    assert len(scenario.profiles) >= 4
    assert scenario.profiles[-1].when is None, "the last profile catches every completed term"


def test_the_default_scenario_is_one_council_term_with_consequences_that_unfold() -> None:
    scenario = scenario_at(DEFAULT_SCENARIO)
    assert scenario.years == 4 and 6 <= scenario.turns_per_year <= 8
    assert len(scenario.cards) >= 40
    follow_ups = {(card.id, step.card) for card, _, option in options_of(scenario) for step in option.then}
    assert len(follow_ups) >= 10
    flags = {flag for _, _, option in options_of(scenario) for flag in option.set_flags}
    gated = [card for card in scenario.cards if card.requires and flags & names_in(card)]
    assert len(gated) >= 5, "flags set by choices should change which cards appear"
    later = [step.after for _, _, option in options_of(scenario) for step in option.then]
    assert max(later) >= scenario.turns_per_year, "some choice should come back a year or more later"


def test_the_default_scenario_tells_the_essays_four_dilemmas() -> None:
    scenario = scenario_at(DEFAULT_SCENARIO)
    text = " ".join(card.title.get("nl") + " " + card.text.get("nl") for card in scenario.cards).lower()
    for subject in ("scanauto", "robot", "app", "citrix"):
        assert subject in text


def test_the_council_session_is_one_year_of_six_to_eight_cards() -> None:
    scenario = scenario_at(COUNCIL_SESSION)
    assert scenario.years == 1 and 6 <= scenario.turns_per_year <= 8
    assert 40 <= len(scenario.intro.get("nl").split()) <= 100, "an intro to read aloud, not a wall of text"
    for seed in range(200):
        game = play_to_end(Game(scenario, seed), random_policy(seed))
        assert len(game.state.choices) <= 8
        if game.state.ending is None:
            assert len(game.state.choices) == scenario.turns_per_year


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_the_balance_targets_hold_on_fixed_seeds(path: Path) -> None:
    # The closing note of issue 4 has the full figures (10,000 runs per policy); this keeps them true.
    report = simulate(scenario_at(path), runs=1000, seed=2026)
    assert [check.text for check in report.balance if not check.passed] == []
    rare = [re.fullmatch(RARE_WARNING, line) for line in report.warning_texts()]
    assert all(rare), f"only the warnings of outcomes meant for one-sided play: {report.warnings}"
    assert {match[1] for match in rare if match} <= ONE_SIDED[path.stem]


# Outcomes meant for one-sided play: a room that chooses at random hardly reaches them, a policy that
# pursues one value does. The simulator warns of them (issue 26); they are not defects, other warnings are.
ONE_SIDED = {
    "lindenhout": {
        "motie_van_wantrouwen", "stad_keert_zich_af", "stad_staat_stil",
        "verbinder", "zuinige_beheerder", "voorzichtige_bewaker", "techno_optimist",
    },
    "raadssessie": {"motie_van_wantrouwen", "inwoners_keren_zich_af"},
}  # fmt: skip
RARE_WARNING = (
    r"warning: (?:ending|profile) '(\w+)' is reached (?:in only \S+ of random games|in no random game)"
    r" \(under 1%\); \S+ reaches it in \S+"
)


# The corner of the public value triangle of each aspect: 4 is mogen, 5 is willen, 6 is kunnen.
CORNER_OF_CHAPTER = {"4": "legitimacy", "5": "strategy", "6": "capacity"}


@pytest.mark.parametrize("path", ESSAY_SCENARIOS, ids=ids(ESSAY_SCENARIOS))
def test_the_nine_aspects_sit_in_the_essays_corners_of_the_triangle(path: Path) -> None:
    scenario = scenario_at(path)
    corners = {theme.id: theme.corner for theme in scenario.themes}
    assert corners == {theme: CORNER_OF_CHAPTER[aspect[0]] for aspect, theme in ASPECTS.items()}


def test_each_of_the_nine_aspects_is_tagged_on_at_least_three_cards_of_the_default_scenario() -> None:
    scenario = scenario_at(DEFAULT_SCENARIO)
    assert [theme.id for theme in scenario.themes] == list(ASPECTS.values())
    for theme in ASPECTS.values():
        assert len(cards_with_theme(scenario, theme)) >= 3, theme


def cards_with_theme(scenario: Scenario, theme: str) -> list[str]:
    return [card.id for card in scenario.cards if theme in card.themes]


_ROW = re.compile(r"^\|\s*(4[abc]|5[ab]|6[abcd])\b[^|]*\|\s*`(\w+)`\s*\|([^|]*)\|([^|]*)\|\s*$", re.MULTILINE)


@pytest.mark.parametrize("guide", GUIDES, ids=ids(GUIDES))
def test_the_coverage_table_in_the_facilitator_guide_is_true(guide: Path) -> None:
    rows = {match.group(1): match.groups()[1:] for match in _ROW.finditer(guide.read_text(encoding="utf-8"))}
    assert sorted(rows) == sorted(ASPECTS), "one row per aspect, 4a to 6d"
    expected_rows = []
    for aspect, theme in ASPECTS.items():
        cards = [cards_with_theme(scenario_at(path), theme) for path in ESSAY_SCENARIOS]
        cells = [", ".join(f"`{card_id}`" for card_id in column) for column in cards]
        expected = f"| {aspect} ... | `{theme}` | " + " | ".join(cells)
        listed = [re.findall(r"`(\w+)`", cell) for cell in rows[aspect][1:]]
        if rows[aspect][0] != theme or listed != cards:
            expected_rows.append(expected + " |")
    assert expected_rows == [], "update these rows of the table:\n" + "\n".join(expected_rows)


_SLOT = re.compile(r"^\|\s*(\d)\s*\|\s*(open|`\w+`)\s*\|", re.MULTILINE)


@pytest.mark.parametrize("guide", GUIDES, ids=ids(GUIDES))
def test_the_council_session_run_sheet_in_the_guide_matches_the_fixed_cards(guide: Path) -> None:
    scenario = scenario_at(COUNCIL_SESSION)
    fixed = {card.at.turn: f"`{card.id}`" for card in scenario.cards if card.at is not None}
    expected = [(turn, fixed.get(turn, "open")) for turn in range(1, scenario.turns_per_year + 1)]
    listed = [(int(turn), cell) for turn, cell in _SLOT.findall(guide.read_text(encoding="utf-8"))]
    assert listed == expected

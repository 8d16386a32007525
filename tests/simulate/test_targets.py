"""The lesson's balance targets (a scenario that marks corners and red lines), each met and missed, with
its line; checked on reports made by hand, so every figure is the one the test says."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from game.core.balance import (
    DEFAULT_TARGETS,
    check_balance,
    marks_values,
    rare_outcome_warnings,
    value_warnings,
)
from game.core.model import Scenario
from game.core.simulate import PolicyReport, SimulationReport, simulate
from game.errors import Phrase
from tests.simulate.valued import triangle_scenario, with_corners

RUNS = 200
EVEN = {"strategy": 1 / 3, "capacity": 1 / 3, "legitimacy": 1 / 3}


def pulled(corner: str, share: float) -> dict[str, float]:
    """A triangle with `share` at `corner` and the rest split over the other two."""
    return {other: share if other == corner else (1 - share) / 2 for other in EVEN}


def policy(name: str, **figures: Any) -> PolicyReport:
    """A policy's report on the triangle scenario: `endings`, `profiles` and `profiles_crossed` as counts
    of RUNS games (the rest completed without a profile), `triangle` as shares."""
    subject = triangle_scenario()
    endings = figures.get("endings", {})
    profiles = figures.get("profiles", {})
    crossed = figures.get("profiles_crossed", {})
    triangle = figures.get("triangle", EVEN)
    ended = sum(endings.values())
    return PolicyReport(
        policy=name,
        description=name,
        runs=RUNS,
        endings={ending.id: endings.get(ending.id, 0) for ending in subject.endings},
        profiles={profile.id: profiles.get(profile.id, 0) for profile in subject.profiles},
        completed=RUNS - ended,
        no_profile=RUNS - ended - sum(profiles.values()),
        average_end_turn=6.0,
        year_end=[],
        trajectory=[],
        cards_seen={card.id: RUNS for card in subject.cards},
        options_chosen={},
        triangle=triangle,
        triangles=RUNS if triangle else 0,
        profiles_crossed={profile.id: crossed.get(profile.id, 0) for profile in subject.profiles},
    )


def passing() -> dict[str, PolicyReport]:
    """Figures that meet every target: random completes half and is seldom the builder, greedy play fails
    and pulls to its corner, the bookkeeper is rarely and the weigher often the builder."""
    return {
        "random": policy(
            "random",
            endings={"scandal": 40, "empty": 20, "stuck": 20, "banned": 10, "lopsided": 10},
            profiles={"builder": 20, "crosser": 40, "manager": 40},
        ),
        "greedy:w": policy(
            "greedy:w",
            endings={"empty": 60, "lopsided": 60},
            profiles={"manager": 80},
            triangle=pulled("strategy", 0.8),
        ),
        "greedy:a": policy("greedy:a", endings={"stuck": 150}, triangle=pulled("capacity", 0.5)),
        "greedy:b": policy("greedy:b", endings={"banned": 101}, triangle=pulled("legitimacy", 0.34)),
        "bookkeeper": policy("bookkeeper", profiles={"builder": 20, "crosser": 150, "manager": 30}),
        "weigher": policy("weigher", profiles={"builder": 80, "manager": 120}),
    }


def report_of(policies: dict[str, PolicyReport], subject: Scenario | None = None) -> SimulationReport:
    subject = subject or triangle_scenario()
    return SimulationReport(subject.id, "", RUNS, 0, subject.total_turns, [], list(policies.values()))


def lines(
    policies: dict[str, PolicyReport], subject: Scenario | None = None, lang: str = "en"
) -> list[tuple[bool, str]]:
    subject = subject or triangle_scenario()
    checks = check_balance(subject, report_of(policies, subject))
    return [(check.passed, check.said.text(lang)) for check in checks]


def english(warnings: list[Phrase]) -> list[str]:
    return [warning.text("en") for warning in warnings]


def test_the_lesson_applies_to_a_scenario_that_marks_corners_and_red_lines() -> None:
    subject = triangle_scenario()
    assert marks_values(subject)
    no_lines = replace(
        subject,
        cards=tuple(
            replace(card, options=tuple(replace(option, red_line=None) for option in card.options))
            for card in subject.cards
        ),
    )
    assert not marks_values(no_lines)
    texts = [text for _, text in lines(passing(), no_lines)]
    assert "bookkeeper completes the term in 100% of runs (target: at least 80%)" in texts  # the older set
    assert not any("top profile" in text for text in texts)


def test_every_target_met_and_its_line() -> None:
    assert lines(passing()) == [
        (True, "random completes the term in 50% of runs (target: 30% to 70%)"),
        (True, "greedy:w completes the term in 40% of runs (target: at most 50%)"),
        (True, "greedy:a completes the term in 25% of runs (target: at most 50%)"),
        (True, "greedy:b completes the term in 49.5% of runs (target: at most 50%)"),
        (True, "random gets the top profile 'builder' in 10% of runs (target: at most 15%)"),
        (True, "bookkeeper gets the top profile 'builder' in 10% of runs (target: at most 10%)"),
        (True, "weigher gets the top profile 'builder' in 40% of runs (target: at least 40%)"),
        (True, "the top profile 'builder' goes to no game that crossed a red line (any policy)"),
        (True, "every ending and profile is reached by some policy in at least 1% of its runs (8 of 8)"),
        (
            True,
            "greedy:w pulls toward strategy: 80% of its triangle, random 33.3% (target: more than random)",
        ),
        (
            True,
            "greedy:a pulls toward capacity: 50% of its triangle, random 33.3% (target: more than random)",
        ),
        (
            True,
            "greedy:b pulls toward legitimacy: 34% of its triangle, random 33.3% (target: more than random)",
        ),
    ]


def test_every_target_is_said_in_dutch_too() -> None:
    """The same lines in Dutch (simulate --lang nl); `text` stays English, as --json writes it."""
    assert lines(passing(), lang="nl") == [
        (True, "random speelt de termijn uit in 50% van de spellen (doel: 30% tot en met 70%)"),
        (True, "greedy:w speelt de termijn uit in 40% van de spellen (doel: hooguit 50%)"),
        (True, "greedy:a speelt de termijn uit in 25% van de spellen (doel: hooguit 50%)"),
        (True, "greedy:b speelt de termijn uit in 49,5% van de spellen (doel: hooguit 50%)"),
        (True, "random krijgt het bovenste profiel 'builder' in 10% van de spellen (doel: hooguit 15%)"),
        (True, "bookkeeper krijgt het bovenste profiel 'builder' in 10% van de spellen (doel: hooguit 10%)"),
        (True, "weigher krijgt het bovenste profiel 'builder' in 40% van de spellen (doel: minstens 40%)"),
        (
            True,
            "het bovenste profiel 'builder' gaat naar geen enkel spel dat een rode lijn overschreed "
            "(bij alle spelers)",
        ),
        (
            True,
            "elk einde en elk profiel wordt door een speler bereikt in minstens 1% van zijn spellen "
            "(8 van 8)",
        ),
        (True, "greedy:w trekt naar willen: 80% van zijn driehoek, random 33,3% (doel: meer dan random)"),
        (True, "greedy:a trekt naar kunnen: 50% van zijn driehoek, random 33,3% (doel: meer dan random)"),
        (True, "greedy:b trekt naar mogen: 34% van zijn driehoek, random 33,3% (doel: meer dan random)"),
    ]
    policies = passing()
    policies["random"] = policy(
        "random",
        endings={"scandal": 40, "empty": 20, "stuck": 20, "banned": 1, "lopsided": 2},
        profiles={"builder": 20, "crosser": 40},
    )
    assert [
        warning.text("nl")
        for warning in rare_outcome_warnings(triangle_scenario(), report_of(policies), DEFAULT_TARGETS)
    ] == [
        "waarschuwing: einde 'banned' wordt in maar 0,5% van de willekeurige spellen bereikt (onder 1%); "
        "greedy:b haalt het in 50,5%",
        "waarschuwing: profiel 'manager' wordt in geen enkel willekeurig spel bereikt (onder 1%); "
        "weigher haalt het in 60%",
    ]


MISSES = [
    (
        "random",
        {"endings": {"scandal": 150}},
        "random completes the term in 25% of runs (target: 30% to 70%)",
    ),
    (
        "random",
        {"endings": {"scandal": 30}},
        "random completes the term in 85% of runs (target: 30% to 70%)",
    ),
    (
        "greedy:a",
        {"endings": {"stuck": 99}, "triangle": pulled("capacity", 0.5)},
        "greedy:a completes the term in 50.5% of runs (target: at most 50%)",
    ),
    (
        "random",
        {"endings": {"scandal": 100}, "profiles": {"builder": 31}},
        "random gets the top profile 'builder' in 15.5% of runs (target: at most 15%)",
    ),
    (
        "bookkeeper",
        {"profiles": {"builder": 21, "manager": 179}},
        "bookkeeper gets the top profile 'builder' in 10.5% of runs (target: at most 10%)",
    ),
    (
        "weigher",
        {"profiles": {"builder": 79, "manager": 121}},
        "weigher gets the top profile 'builder' in 39.5% of runs (target: at least 40%)",
    ),
    (
        "bookkeeper",
        {"profiles": {"builder": 10}, "profiles_crossed": {"builder": 3}},
        "the top profile 'builder' goes to games that crossed a red line: bookkeeper in 3 of its runs "
        "(target: never)",
    ),
    (
        "greedy:w",
        {"endings": {"empty": 120}, "triangle": pulled("strategy", 1 / 3)},
        "greedy:w pulls toward strategy: 33.3% of its triangle, random 33.3% (target: more than random)",
    ),
    (
        "greedy:b",
        {"endings": {"banned": 120}, "triangle": None},
        "greedy:b pulls toward legitimacy: none of its games pulled a corner, random 33.3% "
        "(target: more than random)",
    ),
]


@pytest.mark.parametrize(("name", "figures", "missed"), MISSES)
def test_every_target_missed_names_the_policy_the_figure_and_the_target(
    name: str, figures: dict[str, Any], missed: str
) -> None:
    policies = passing()
    policies[name] = policy(name, **figures)
    failed = [text for passed, text in lines(policies) if not passed]
    assert failed == [missed]


def test_an_outcome_no_policy_reaches_in_one_percent_of_its_games_is_named_with_the_best_figure() -> None:
    policies = passing()
    policies["random"] = policy(
        "random",
        endings={"scandal": 40, "empty": 20, "stuck": 20, "banned": 1, "lopsided": 19},
        profiles={"builder": 20, "crosser": 40, "manager": 40},
    )
    policies["greedy:b"] = policy("greedy:b", endings={"lopsided": 101}, triangle=pulled("legitimacy", 0.34))
    policies["weigher"] = policy("weigher", profiles={"builder": 200})
    policies["bookkeeper"] = policy("bookkeeper", profiles={"builder": 20, "crosser": 180})
    policies["greedy:w"] = policy("greedy:w", endings={"empty": 200}, triangle=pulled("strategy", 0.8))
    policies["random"].profiles["manager"] = 0
    failed = [text for passed, text in lines(policies) if not passed]
    assert failed == [
        "reached by no policy in at least 1% of its runs: ending 'banned' (at most 0.5%, by random), "
        "profile 'manager' (never)"
    ]


def test_the_triangles_are_compared_only_for_meters_that_name_a_corner() -> None:
    subject = with_corners(triangle_scenario(), {"w": "strategy"})
    texts = [text for _, text in lines(passing(), subject)]
    assert [text for text in texts if "pulls toward" in text] == [
        "greedy:w pulls toward strategy: 80% of its triangle, random 33.3% (target: more than random)"
    ]
    bare = with_corners(triangle_scenario(), {})
    report = report_of(passing(), bare)
    assert not any("pulls toward" in check.text for check in check_balance(bare, report))
    assert english(value_warnings(bare, report, DEFAULT_TARGETS)) == [
        "warning: no meter names its corner, so the greedy policies' triangles are not compared"
    ]


def test_a_scenario_without_profiles_has_no_top_profile_targets() -> None:
    subject = replace(triangle_scenario(), profiles=())
    policies = {name: replace(report, profiles={}, profiles_crossed={}) for name, report in passing().items()}
    texts = [text for _, text in lines(policies, subject)]
    assert not any("top profile" in text for text in texts)
    assert "every ending and profile is reached by some policy in at least 1% of its runs (5 of 5)" in texts


def test_the_simulator_checks_the_lesson_on_the_triangle_scenario() -> None:
    report = simulate(triangle_scenario(), runs=300, seed=1)
    checks = {check.text: check.passed for check in report.balance}
    assert checks["bookkeeper gets the top profile 'builder' in 0% of runs (target: at most 10%)"]
    assert checks["weigher gets the top profile 'builder' in 100% of runs (target: at least 40%)"]
    assert checks["the top profile 'builder' goes to no game that crossed a red line (any policy)"]
    # Random play: two red lines end some 40% of its games and a lopsided triangle some 16%; since a harm
    # pulls toward the other corners instead of emptying its own, a corner seldom stays at 0, so about
    # half its games complete the term, within the target.
    random_line = next(text for text in checks if text.startswith("random completes"))
    assert checks[random_line]
    reached = next(text for text in checks if text.startswith("reached by no policy"))
    assert not checks[reached]  # no meter falls to 0 in two years: 'empty', 'stuck' and 'banned' never come
    assert "ending 'empty' (never), ending 'stuck' (never), ending 'banned' (never)" in reached


def test_an_outcome_random_play_reaches_in_under_1_percent_is_warned_of() -> None:
    assert rare_outcome_warnings(triangle_scenario(), report_of(passing()), DEFAULT_TARGETS) == []
    policies = passing()
    # 1 of 200 random games is 0.5%; 2 of 200 is 1%, not under it; none is 'no random game'.
    policies["random"] = policy(
        "random",
        endings={"scandal": 40, "empty": 20, "stuck": 20, "banned": 1, "lopsided": 2},
        profiles={"builder": 20, "crosser": 40},
    )
    # Each names the policy that reaches it most: one-sided play's outcome, or one hardly any play reaches.
    assert english(rare_outcome_warnings(triangle_scenario(), report_of(policies), DEFAULT_TARGETS)) == [
        "warning: ending 'banned' is reached in only 0.5% of random games (under 1%); "
        "greedy:b reaches it in 50.5%",
        "warning: profile 'manager' is reached in no random game (under 1%); weigher reaches it in 60%",
    ]
    # A profile no policy reaches has its own warning ("reached by no policy"), not this one too.
    for name in policies:
        policies[name] = replace(policies[name], profiles={**policies[name].profiles, "manager": 0})
    assert english(rare_outcome_warnings(triangle_scenario(), report_of(policies), DEFAULT_TARGETS)) == [
        "warning: ending 'banned' is reached in only 0.5% of random games (under 1%); "
        "greedy:b reaches it in 50.5%"
    ]
    stricter = replace(
        DEFAULT_TARGETS, random_outcome_min=0.15
    )  # 30 of 200: scandal and crosser are not rare
    warned = english(rare_outcome_warnings(triangle_scenario(), report_of(policies), stricter))
    assert [line.split("'")[1] for line in warned] == ["empty", "stuck", "banned", "lopsided", "builder"]


def test_the_simulator_reports_the_rare_outcomes_among_its_warnings() -> None:
    report = simulate(triangle_scenario(), runs=300, seed=1)
    random_play = next(policy for policy in report.policies if policy.policy == "random")
    rare = [
        ending.id for ending in triangle_scenario().endings if random_play.endings[ending.id] < 0.01 * 300
    ]
    assert rare  # random play never reaches three of its endings (test_the_simulator_checks_the_lesson...)
    warned = [
        line for line in report.warning_texts() if "of random games" in line or "no random game" in line
    ]
    assert [line.split("'")[1] for line in warned if line.startswith("warning: ending")] == rare

"""What the debrief report says about a session, as plain data in the session's language.

Built from a session log and the game its replay ended in; the HTML page and the CSV only lay it out.
Texts here are raw (as the scenario has them): the page escapes them, the CSV quotes them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from game.core.corners import CORNERS
from game.core.debrief import card_corners, corner_pull
from game.core.engine import Game
from game.core.model import Number, Scenario
from game.core.session_log import SessionLog
from game.core.state import MeterPoint
from game.core.voting import Tally
from game.formatting import format_delta
from game.i18n import year_label
from game.report.debrief import DebriefReport, build_debrief
from game.report.labels import MONTHS, label, report_language

UNASSIGNED = "unassigned"  # the corner of a decision whose card has no theme with a corner


@dataclass(frozen=True)
class Decision:
    """One decision as the report shows it; `option` counts from 1, as on screen."""

    year: int
    calendar_year: int | None  # None: the scenario has no start_year
    turn: int
    card_id: str
    title: str
    option: int
    label: str
    votes: tuple[int, ...] | None
    deltas: Mapping[str, Number]
    feedback: str
    corners: tuple[str, ...]  # in CORNERS order; empty when none of the card's themes has a corner
    phones: tuple[int, ...] | None = None  # of `votes`, those cast from phones (None: no phones voted)
    serves: tuple[str, ...] = ()  # the corners the option chosen serves
    harms: tuple[str, ...] = ()  # and those it harms
    red_line: str = ""  # the line the option chosen crossed ("" when none)

    @property
    def split(self) -> str:
        """The vote split as a room says it ("7 - 4 - 1"), or "" when the room did not vote."""
        return Tally(self.votes).split() if self.votes else ""

    @property
    def phone_split(self) -> str:
        """Of the split, the phones' part ("5 - 3 - 1"), or "" when no phone was in the room."""
        return Tally(self.phones).split() if self.phones is not None else ""

    @property
    def hand_split(self) -> str:
        """Of the split, the hands' part (the votes keyed in), or "" when no phone was in the room."""
        if self.phones is None or not self.votes:
            return ""
        hands = (count - phones for count, phones in zip(self.votes, self.phones, strict=False))
        return Tally(tuple(hands)).split()

    @property
    def tie(self) -> bool:
        return bool(self.votes) and Tally(self.votes or ()).tied


@dataclass(frozen=True)
class MeterLine:
    id: str
    name: str
    minimum: Number
    maximum: Number
    final: Number


@dataclass(frozen=True)
class ThemeGroup:
    """The decisions on cards with this theme (theme_id None: cards without a theme)."""

    theme_id: str | None
    name: str
    corner: str | None
    decisions: tuple[Decision, ...]


@dataclass(frozen=True)
class CornerGroup:
    """The decisions of a corner: by the options (basis "options"), those whose option serves it and
    (`harmed`) those whose option harms it; by the themes, those on cards of its themes. UNASSIGNED
    holds the decisions that count for no corner."""

    corner: str  # one of CORNERS, or UNASSIGNED
    decisions: tuple[Decision, ...]
    harmed: tuple[Decision, ...] = ()
    weight: float = 0.0  # the corner's weight by game.core.debrief's rule (points, by the options)


@dataclass(frozen=True)
class Question:
    card_id: str
    title: str
    question: str


@dataclass(frozen=True)
class Report:
    lang: str
    scenario: Scenario
    scenario_title: str
    solo: bool
    group: str  # the group's name as the room typed it ("" in solo play or when it has none)
    date: str
    outcome_kind: str  # "ending", "profile", "none" (completed without a profile) or "unfinished"
    outcome_title: str
    outcome_text: str
    meters: tuple[MeterLine, ...]
    history: tuple[MeterPoint, ...]
    decisions: tuple[Decision, ...]
    undone: tuple[Decision, ...]
    themes: tuple[ThemeGroup, ...]
    neglected: tuple[str, ...]  # names of the scenario's themes no decision touched
    corners: tuple[CornerGroup, ...]  # empty when neither the options nor the themes have a corner
    questions: tuple[Question, ...]
    log_name: str
    scenario_file: str
    seed: int

    pull: dict[str, float] | None  # where the decisions pulled (game.core.debrief's rule), None without
    basis: str = "options"  # what the triangle follows: "options" chosen, or "themes" (the fallback)
    debrief: DebriefReport | None = None  # None: the log has no debrief (nor statements scored)

    @property
    def crossed(self) -> tuple[Decision, ...]:
        """The decisions that crossed a red line, in the order they were made."""
        return tuple(decision for decision in self.decisions if decision.red_line)


def build_report(log: SessionLog, game: Game) -> Report:
    """The report of the session in `log`, whose replay is `game`."""
    scenario = game.scenario
    lang = report_language(log.header.lang or scenario.default_language)
    state = game.state
    splits = log.phone_splits()
    decisions = tuple(
        replace(
            _decision(
                scenario,
                lang,
                choice.year,
                choice.turn,
                choice.card,
                choice.option,
                choice.deltas,
                choice.votes,
            ),
            phones=splits[index] if index < len(splits) else None,
        )
        for index, choice in enumerate(state.choices)
    )
    kind, title, text = _outcome(game, lang)
    themes = _themes(scenario, lang, decisions)
    pull = corner_pull(scenario, state.choices)
    if not pull.has_corners:
        corners: tuple[CornerGroup, ...] = ()
    elif pull.basis == "options":
        corners = _corners_of_options(decisions, pull.weights)
    else:
        corners = _corners(decisions, pull.weights)
    return Report(
        pull=pull.shares(),
        basis=pull.basis,
        lang=lang,
        scenario=scenario,
        scenario_title=scenario.text(scenario.title, lang),
        solo=log.header.mode != "group",
        group=log.header.group.strip() if log.header.mode == "group" else "",
        date=_date(log, lang),
        outcome_kind=kind,
        outcome_title=title,
        outcome_text=text,
        meters=tuple(
            MeterLine(
                meter.id,
                scenario.text(meter.name, lang),
                meter.minimum,
                meter.maximum,
                state.meters[meter.id],
            )
            for meter in scenario.meters
        ),
        history=tuple(state.history),
        decisions=decisions,
        undone=_undone(log, scenario, lang),
        themes=themes,
        neglected=tuple(group.name for group in themes if group.theme_id is not None and not group.decisions),
        corners=corners,
        questions=_questions(scenario, lang, decisions),
        log_name=log.path.name,
        scenario_file=log.header.scenario_file,
        seed=log.header.seed,
        debrief=build_debrief(log, game, lang),
    )


def meter_changes(report: Report, deltas: Mapping[str, Number]) -> str:
    """ "Legitimiteit +7 · Budget -3" (a real minus sign) in the scenario's meter order; "" for none."""
    return " \u00b7 ".join(
        f"{meter.name} {format_delta(deltas[meter.id])}" for meter in report.meters if deltas.get(meter.id)
    )


def _decision(
    scenario: Scenario,
    lang: str,
    year: int,
    turn: int,
    card_id: str,
    option_index: int,
    deltas: Mapping[str, Number],
    votes: Sequence[int] | None,
) -> Decision:
    card = scenario.card(card_id)
    option = card.options[option_index]
    return Decision(
        year=year,
        calendar_year=scenario.calendar_year(year),
        turn=turn,
        card_id=card_id,
        title=scenario.text(card.title, lang),
        option=option_index + 1,
        label=scenario.text(option.label, lang),
        votes=tuple(votes) if votes is not None else None,
        deltas=dict(deltas),
        feedback=scenario.text(option.feedback, lang),
        corners=card_corners(scenario, card_id),
        serves=option.serves,
        harms=option.harms,
        red_line=scenario.text(option.red_line, lang) if option.red_line is not None else "",
    )


def _undone(log: SessionLog, scenario: Scenario, lang: str) -> tuple[Decision, ...]:
    """The decisions of the log that an undo took back, in the order they were made."""
    made: list[tuple[int, dict[str, Any]]] = []
    undone: list[tuple[int, dict[str, Any]]] = []
    for index, event in enumerate(log.game_events()):
        if event["kind"] == "choice":
            made.append((index, event))
        elif event["kind"] == "undo" and made:
            undone.append(made.pop())
    return tuple(
        _decision(
            scenario,
            lang,
            int(event["year"]),
            int(event["turn"]),
            str(event["card"]),
            int(event["option"]) - 1,
            event.get("deltas") or {},
            event.get("votes"),
        )
        for _, event in sorted(undone, key=lambda item: item[0])
    )


def _themes(scenario: Scenario, lang: str, decisions: tuple[Decision, ...]) -> tuple[ThemeGroup, ...]:
    """Every theme of the scenario in its order with the decisions on its cards (possibly none); the
    decisions on cards without a known theme come last."""
    groups = [
        ThemeGroup(
            theme.id,
            scenario.text(theme.name, lang),
            theme.corner,
            tuple(decision for decision in decisions if theme.id in scenario.card(decision.card_id).themes),
        )
        for theme in scenario.themes
    ]
    known = {theme.id for theme in scenario.themes}
    other = tuple(
        decision for decision in decisions if not known.intersection(scenario.card(decision.card_id).themes)
    )
    if other:
        groups.append(ThemeGroup(None, label("themes.other", lang), None, other))
    return tuple(groups)


def _corners(decisions: tuple[Decision, ...], weights: Mapping[str, float]) -> tuple[CornerGroup, ...]:
    """By the themes: each corner with the decisions on cards of its themes."""
    groups = [
        CornerGroup(
            corner,
            tuple(decision for decision in decisions if corner in decision.corners),
            weight=weights[corner],
        )
        for corner in CORNERS
    ]
    unassigned = tuple(decision for decision in decisions if not decision.corners)
    if unassigned:
        groups.append(CornerGroup(UNASSIGNED, unassigned))
    return tuple(groups)


def _corners_of_options(
    decisions: tuple[Decision, ...], weights: Mapping[str, float]
) -> tuple[CornerGroup, ...]:
    """By the options chosen: each corner with the decisions that served it and those that harmed it."""
    groups = [
        CornerGroup(
            corner,
            tuple(decision for decision in decisions if corner in decision.serves),
            tuple(decision for decision in decisions if corner in decision.harms),
            weights[corner],
        )
        for corner in CORNERS
    ]
    unassigned = tuple(decision for decision in decisions if not decision.serves and not decision.harms)
    if unassigned:
        groups.append(CornerGroup(UNASSIGNED, unassigned))
    return tuple(groups)


def _questions(scenario: Scenario, lang: str, decisions: tuple[Decision, ...]) -> tuple[Question, ...]:
    """The discussion question of every card decided on, once per card, in the order of play."""
    seen: set[str] = set()
    questions: list[Question] = []
    for decision in decisions:
        card = scenario.card(decision.card_id)
        if card.id in seen or card.notes is None:
            continue
        seen.add(card.id)
        question = scenario.text(card.notes, lang).strip()
        if question:
            questions.append(Question(card.id, decision.title, question))
    return tuple(questions)


def _outcome(game: Game, lang: str) -> tuple[str, str, str]:
    scenario = game.scenario
    if game.ending is not None:
        return "ending", scenario.text(game.ending.title, lang), scenario.text(game.ending.text, lang)
    if game.profile is not None:
        return "profile", scenario.text(game.profile.title, lang), scenario.text(game.profile.text, lang)
    if game.finished:
        return "none", label("outcome.none", lang), ""
    state = game.state
    return (
        "unfinished",
        label("outcome.unfinished", lang),
        label(
            "outcome.unfinished_text",
            lang,
            year=year_label(scenario.calendar_year(state.year), state.year, lang, capital=False),
            turn=state.turn,
        ),
    )


def _date(log: SessionLog, lang: str) -> str:
    """When the session started, in local time: "28 november 2026, 19:41"; "" when the log does not say."""
    stamps = [log.header.started, *(str(event.get("at", "")) for event in log.events[:1])]
    for stamp in stamps:
        try:
            moment = datetime.fromisoformat(stamp).astimezone()
        except (TypeError, ValueError):
            continue
        month = MONTHS[lang][moment.month - 1]
        return f"{moment.day} {month} {moment.year}, {moment:%H:%M}"
    return ""

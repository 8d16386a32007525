"""Across sessions: what many groups chose in one scenario, how they voted and how their games ended.

Each session log is folded to its final decisions: an `undo` takes back the decision it names, with
whatever that decision caused (an ending, a profile), exactly as the game did. Per card the summary
counts how often each option was finally chosen and averages the vote split over the decisions the
room voted on (at least one vote cast): the average number of votes per option, and the average
share of the votes per option (each decision's split weighs the same, however many voted).

With the scenario at hand the summary also gives the mean public value triangle: per session the
corners' shares by game.core.debrief's rule (the options chosen, or the themes of the cards as the
fallback of a scenario whose options name no corner), averaged over the sessions in which a decision
counted (each session weighs the same); and how many sessions crossed a red line on which card.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from game.core.corners import CORNERS
from game.core.debrief import corner_pull, lines_crossed
from game.core.model import Outcome, Scenario
from game.core.session_log import LogError, SessionHeader, SessionLog
from game.core.state import ChoiceRecord
from game.errors import GameError, Phrase

# More options than any card has (a scenario's cards have 2 to 4): a log saying so is damaged, and without
# the scenario a card's list of options would otherwise be as long as the log claims.
MAX_OPTIONS = 9


class StatsError(GameError):
    """Logs that cannot be summarised together (other scenarios, a scenario they do not fit)."""


@dataclass(frozen=True)
class Decision:
    """A final decision of a session: the card, the option (0-based) and the room's votes, if any."""

    card: str
    option: int
    votes: tuple[int, ...] | None = None
    phones: tuple[int, ...] | None = None  # of `votes`, those cast from phones (None: no phones)


@dataclass(frozen=True)
class Session:
    """One log folded: its header, its final decisions and how the game ended (if it did)."""

    path: Path
    header: SessionHeader
    decisions: tuple[Decision, ...]
    finished: bool
    ending: str | None
    profile: str | None

    @property
    def date(self) -> str:
        """The day the session started (YYYY-MM-DD), or "" when the log does not say."""
        return self.header.started[:10]


@dataclass(frozen=True)
class OptionStats:
    option: int  # 0-based
    chosen: int
    average_votes: float | None  # None: no decision on the card was voted on
    average_share: float | None  # of the votes, 0..1
    average_phone_votes: float | None = None  # of average_votes, from phones (None: no phones voted)


@dataclass(frozen=True)
class CardStats:
    card: str
    decisions: int  # final decisions on the card, over all sessions
    voted: int  # of which the room voted on
    options: tuple[OptionStats, ...]


@dataclass(frozen=True)
class Triangle:
    """The mean triangle of the sessions: each corner's share (summing to 1), None when no session
    counted a decision; `basis` "options" or "themes" (what it follows); `sessions` that counted."""

    shares: dict[str, float] | None
    basis: str
    sessions: int


@dataclass(frozen=True)
class Stats:
    scenario_id: str
    sessions: tuple[Session, ...]
    cards: tuple[CardStats, ...]
    endings: dict[str, int]  # ending id -> sessions
    profiles: dict[str, int]  # profile id -> sessions
    no_profile: int  # term completed without a profile that held
    unfinished: int  # the log stops before the game ended
    triangle: Triangle | None = None  # None: summarised without the scenario, or it has no corners
    lines_crossed: dict[str, int] = field(default_factory=dict)  # card id -> sessions that crossed it
    crossing_sessions: int = 0  # sessions that crossed at least one red line

    @property
    def groups(self) -> tuple[str, ...]:
        """The distinct group names, sorted (solo sessions and unnamed groups are not in it)."""
        return tuple(sorted({session.header.group for session in self.sessions if session.header.group}))

    @property
    def group_sessions(self) -> int:
        return sum(session.header.mode == "group" for session in self.sessions)

    @property
    def dates(self) -> tuple[str, ...]:
        return tuple(sorted({session.date for session in self.sessions if session.date}))

    @property
    def versions(self) -> int:
        """How many versions of the scenario file (content hashes) the sessions were played on."""
        return len({session.header.content_hash for session in self.sessions if session.header.content_hash})


def fold(log: SessionLog) -> Session:
    """The final decisions and outcome of a log: undone decisions (and what they caused) left out."""
    # Each frame is a decision with the outcome recorded after it; an undo drops the newest frame.
    frames: list[tuple[Decision, dict[str, Any] | None]] = []
    outcome: dict[str, Any] | None = None  # an outcome before any decision
    for number, event in enumerate(log.game_events(), 1):
        kind = event.get("kind")
        if kind == "choice":
            frames.append((_decision(log, number, event), None))
        elif kind == "undo":
            if not frames:
                raise LogError(key="log.stats.undo", path=log.path, number=number)
            frames.pop()
        elif kind in ("ending", "profile"):
            if frames:
                frames[-1] = (frames[-1][0], event)
            else:
                outcome = event
    final = next((after for _, after in reversed(frames) if after is not None), outcome)
    splits = log.phone_splits()
    return Session(
        path=log.path,
        header=log.header,
        decisions=tuple(
            replace(decision, phones=splits[index]) if index < len(splits) else decision
            for index, (decision, _) in enumerate(frames)
        ),
        finished=final is not None,
        ending=None if final is None or final["kind"] != "ending" else _id(log, final, "ending"),
        profile=None if final is None or final["kind"] != "profile" else _id(log, final, "profile", True),
    )


def summarise(logs: Sequence[SessionLog], scenario: Scenario | None = None) -> Stats:
    """The figures of many sessions of one scenario. With `scenario`, cards come in its order (unplayed
    ones with zeros) and every option is listed; without it, cards come in the order they were first
    played and a card lists the options that were chosen or voted on."""
    if not logs:
        raise StatsError(key="cli.stats.no_logs")
    _one_scenario(logs, scenario)
    sessions = tuple(fold(log) for log in logs)
    options: dict[str, int] = {}
    if scenario is not None:
        options = {card.id: len(card.options) for card in scenario.cards}
    decisions: dict[str, list[Decision]] = {card_id: [] for card_id in options}
    for session in sessions:
        for decision in session.decisions:
            if scenario is not None and not _fits(decision, options):
                raise StatsError(
                    key="cli.stats.option_not_in",
                    path=session.path,
                    card=repr(decision.card),
                    option=decision.option + 1,
                    scenario=scenario.source or scenario.id,
                )
            decisions.setdefault(decision.card, []).append(decision)
    cards = tuple(_card_stats(card_id, made, options.get(card_id)) for card_id, made in decisions.items())
    endings: Counter[str] = Counter()
    profiles: Counter[str] = Counter()
    for session in sessions:
        if session.ending is not None:
            endings[session.ending] += 1
        elif session.profile is not None:
            profiles[session.profile] += 1
    triangle = None
    crossed: Counter[str] = Counter()
    crossing = 0
    if scenario is not None:
        triangle = mean_triangle(scenario, sessions)
        for session in sessions:
            on = {line.record.card for line in lines_crossed(scenario, records(session))}
            crossed.update(on)
            crossing += bool(on)
    return Stats(
        triangle=triangle,
        lines_crossed=dict(sorted(crossed.items(), key=lambda item: (-item[1], item[0]))),
        crossing_sessions=crossing,
        scenario_id=logs[0].header.scenario_id,
        sessions=sessions,
        cards=cards,
        endings=_ordered(endings, None if scenario is None else scenario.endings),
        profiles=_ordered(profiles, None if scenario is None else scenario.profiles),
        no_profile=sum(s.finished and s.ending is None and s.profile is None for s in sessions),
        unfinished=sum(not session.finished for session in sessions),
    )


def records(session: Session) -> list[ChoiceRecord]:
    """The session's final decisions as the debrief reads them (the card and the option)."""
    return [ChoiceRecord(0, 0, decision.card, decision.option, {}) for decision in session.decisions]


def mean_triangle(scenario: Scenario, sessions: Sequence[Session]) -> Triangle | None:
    """The mean of the sessions' triangles (None when the scenario has no corners at all)."""
    pulls = [corner_pull(scenario, records(session)) for session in sessions]
    if not pulls or not pulls[0].has_corners:
        return None
    counted = [shares for pull in pulls if (shares := pull.shares()) is not None]
    mean = None
    if counted:
        mean = {corner: sum(shares[corner] for shares in counted) / len(counted) for corner in CORNERS}
    return Triangle(mean, pulls[0].basis, len(counted))


def stats_data(stats: Stats) -> dict[str, Any]:
    """The figures as JSON-ready data; options count from 1, as on screen and in the logs."""
    return {
        "scenario": stats.scenario_id,
        "sessions": len(stats.sessions),
        "group_sessions": stats.group_sessions,
        "groups": list(stats.groups),
        "dates": list(stats.dates),
        "scenario_versions": stats.versions,
        "logs": [str(session.path) for session in stats.sessions],
        "outcomes": {
            "endings": stats.endings,
            "profiles": stats.profiles,
            "no_profile": stats.no_profile,
            "unfinished": stats.unfinished,
        },
        # The mean triangle (null without the scenario, or when no session counted a decision).
        "triangle": stats.triangle.shares if stats.triangle is not None else None,
        "triangle_basis": stats.triangle.basis if stats.triangle is not None else None,
        "triangle_sessions": stats.triangle.sessions if stats.triangle is not None else 0,
        "lines_crossed": stats.lines_crossed,
        "sessions_crossing_a_line": stats.crossing_sessions,
        "cards": [
            {
                "card": card.card,
                "decisions": card.decisions,
                "voted": card.voted,
                "options": [
                    {
                        "option": option.option + 1,
                        "chosen": option.chosen,
                        "average_votes": option.average_votes,
                        "average_vote_share": option.average_share,
                        "average_phone_votes": option.average_phone_votes,
                    }
                    for option in card.options
                ],
            }
            for card in stats.cards
        ],
    }


def _one_scenario(logs: Sequence[SessionLog], scenario: Scenario | None) -> None:
    ids = Counter(log.header.scenario_id for log in logs)
    if len(ids) > 1:
        files: dict[str, list[str]] = {}
        for log in logs:
            files.setdefault(log.header.scenario_id, []).append(str(log.path))
        parts = "; ".join(f"'{scenario_id}': {', '.join(paths)}" for scenario_id, paths in files.items())
        raise StatsError(key="cli.stats.scenarios", count=len(ids), parts=parts)
    if scenario is not None and logs[0].header.scenario_id != scenario.id:
        given = scenario.source or Phrase(key="cli.stats.scenario_given")
        raise StatsError(
            key="cli.stats.other_scenario", logged=logs[0].header.scenario_id, given=scenario.id, source=given
        )


def _decision(log: SessionLog, number: int, event: dict[str, Any]) -> Decision:
    problem = LogError(key="log.stats.choice", path=log.path, number=number, most=MAX_OPTIONS)
    try:
        card, option = event["card"], int(event["option"])
        votes = event.get("votes")
        counted = None if votes is None else tuple(int(count) for count in votes)
    except (KeyError, TypeError, ValueError, OverflowError):  # OverflowError: 1e999 is infinite
        raise problem from None
    if not isinstance(card, str) or not 1 <= option <= MAX_OPTIONS or len(counted or ()) > MAX_OPTIONS:
        raise problem
    return Decision(card, option - 1, counted)


def _id(log: SessionLog, event: dict[str, Any], key: str, optional: bool = False) -> str | None:
    value = event.get(key)
    if value is None and optional:
        return None  # a completed term where no profile held
    if not isinstance(value, str):
        raise LogError(key="log.stats.names_no", path=log.path, kind=key)
    return value


def _fits(decision: Decision, options: dict[str, int]) -> bool:
    count = options.get(decision.card)
    return (
        count is not None
        and decision.option < count
        and (decision.votes is None or len(decision.votes) == count)
    )


def _card_stats(card_id: str, made: list[Decision], options: int | None) -> CardStats:
    if options is None:
        options = max(max(decision.option + 1, len(decision.votes or ())) for decision in made)
    chosen = Counter(decision.option for decision in made)
    voted = [decision.votes for decision in made if decision.votes and sum(decision.votes) > 0]
    by_phone = [decision.phones for decision in made if decision.phones is not None and decision.votes]

    def average(values: list[float]) -> float | None:
        return sum(values) / len(values) if values else None

    return CardStats(
        card=card_id,
        decisions=len(made),
        voted=len(voted),
        options=tuple(
            OptionStats(
                option=index,
                chosen=chosen[index],
                average_votes=average([_at(votes, index) for votes in voted]),
                average_share=average([_at(votes, index) / sum(votes) for votes in voted]),
                average_phone_votes=average([_at(phones, index) for phones in by_phone]),
            )
            for index in range(options)
        ),
    )


def _at(votes: tuple[int, ...], index: int) -> float:
    return votes[index] if index < len(votes) else 0


def _ordered(counts: Counter[str], outcomes: Sequence[Outcome] | None) -> dict[str, int]:
    """In the scenario's order with the outcomes no session reached as 0, else the most frequent first."""
    if outcomes is not None:
        order = [outcome.id for outcome in outcomes]
        return {key: counts[key] for key in [*order, *sorted(set(counts) - set(order))]}
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

"""Warnings about a scenario that is valid but probably not what its author meant (the lint)."""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.core.conditions import Condition
from game.core.corners import BALANCE, GAME_FIGURES, LINES_CROSSED
from game.core.debrief import unweighed_corners, unweighed_said
from game.core.model import Card, Scenario
from game.errors import Phrase
from game.scenario.context import ReadContext
from game.scenario.lint_outcomes import warn_outcomes
from game.scenario.nodes import Entry, in_workbook
from game.scenario.ranges import Env, Range, boxes


class Overflow(Protocol):
    """A card text that does not fit on screen, as the measurer reports it (game.ui.measure.TextOverflow)."""

    @property
    def card_id(self) -> str: ...

    @property
    def field(self) -> str: ...

    @property
    def said(self) -> Phrase: ...


# Which card texts in a language do not fit on screen. The CLI passes game.ui.measure.card_text_overflows:
# measuring needs the game's real font and layout, which this layer does not know.
Measure = Callable[[Scenario, str], Sequence[Overflow]]


# -- the lint -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CardNodes:
    card: Card
    id_node: Node
    fields: Mapping[str, Node]
    options: tuple[Node, ...]


def lint(
    context: ReadContext, top: Mapping[str, Entry], scenario: Scenario, measure: Measure | None = None
) -> None:
    """Report warnings about a scenario that has no errors; `measure` adds the text-fits-on-screen check."""
    cards = list(_card_nodes(top, scenario))
    if len(cards) != len(scenario.cards):
        return  # the node tree does not line up with the cards; should not happen after a clean build
    playable = _Playability(scenario, cards)
    playable.report(context)
    _warn_unread_flags(context)
    _warn_unchanged_meters(context, scenario)
    _warn_missing_corners(context, scenario)
    _warn_unused_speakers(context)
    _warn_empty_options(context, cards)
    earliest = _earliest_turns(scenario, playable.cards, playable.env)
    _warn_red_lines_without_a_bill(context, cards, scenario, earliest)
    _warn_late_follow_ups(context, cards, scenario, earliest)
    warn_outcomes(context, top, scenario, playable.env, playable.explain)
    _warn_feedback_naming_still_meters(context, scenario, cards)
    _warn_short_deck(context, top, scenario, playable.cards)
    if measure is not None:
        _warn_overflowing_texts(context, scenario, cards, measure)


def _mapping(node: Node) -> dict[str, Node]:
    if not isinstance(node, MappingNode):
        return {}
    return {str(key.value): value for key, value in node.value if isinstance(key, ScalarNode)}


def _card_nodes(top: Mapping[str, Entry], scenario: Scenario) -> Iterator[_CardNodes]:
    entry = top.get("cards")
    if entry is None or not isinstance(entry.value, SequenceNode):
        return
    for card, node in zip(scenario.cards, entry.value.value, strict=False):
        fields = _mapping(node)
        options = fields.get("options")
        option_nodes = tuple(options.value) if isinstance(options, SequenceNode) else ()
        yield _CardNodes(card, fields.get("id", node), fields, option_nodes)


class _Playability:
    """Which cards can ever be played, by interval reasoning over meters, year, turn and flags."""

    def __init__(self, scenario: Scenario, cards: Sequence[_CardNodes]) -> None:
        self.scenario = scenario
        self.nodes = {item.card.id: item for item in cards}
        self.schedulers: dict[str, set[str]] = {}
        for card in scenario.cards:
            for option in card.options:
                for follow_up in option.then:
                    self.schedulers.setdefault(follow_up.card, set()).add(card.id)
        self.cards: set[str] = {card.id for card in scenario.cards}
        self.env: Env = {}
        while True:  # shrink to a fixpoint: fewer playable cards set fewer flags and move fewer meters
            self.env = self._environment()
            still = {card.id for card in scenario.cards if card.id in self.cards and self._possible(card)}
            if still == self.cards:
                break
            self.cards = still

    def _environment(self) -> Env:
        scenario = self.scenario
        env: Env = {
            "year": Range(1, scenario.years, whole=True),
            "turn": Range(1, scenario.turns_per_year, whole=True),
            LINES_CROSSED: Range(0, self._red_line_count(), whole=True),
            BALANCE: Range(0, 0 if self._corners_missed() else 100, whole=True),
        }
        deltas: dict[str, list[float]] = {}
        for meter_id, delta in scenario.year_end_effects.items():
            deltas.setdefault(meter_id, []).append(delta)
        flags: set[str] = set()
        for card in scenario.cards:
            if card.id not in self.cards:
                continue
            for option in card.options:
                flags.update(option.set_flags)
                for meter_id, delta in option.effects.items():
                    deltas.setdefault(meter_id, []).append(delta)
        for meter in scenario.meters:
            moves = deltas.get(meter.id, [])
            low = meter.minimum if any(delta < 0 for delta in moves) else meter.clamp(meter.start)
            high = meter.maximum if any(delta > 0 for delta in moves) else meter.clamp(meter.start)
            env[meter.id] = Range(low, high)
        for name in self._flag_names():
            env[name] = Range(0, 1 if name in flags else 0, whole=True)
        return env

    def _red_line_count(self) -> int:
        return sum(
            1
            for card in self.scenario.cards
            if card.id in self.cards
            for option in card.options
            if option.red_line is not None
        )

    def _pulling(self) -> bool:
        """True when an option of a playable card serves or harms a corner."""
        return any(
            option.pulls for card in self.scenario.cards if card.id in self.cards for option in card.options
        )

    def _corners_missed(self) -> tuple[str, ...]:
        """The corners no playable decision ever gives weight: balance stays 0 when there is one."""
        cards = (card for card in self.scenario.cards if card.id in self.cards)
        return unweighed_corners(self.scenario, cards)

    def _flag_names(self) -> set[str]:
        names: set[str] = set()
        for card in self.scenario.cards:
            for option in card.options:
                names.update(option.set_flags)
                names.update(option.unset_flags)
            if card.requires is not None:
                names.update(name.name for name in card.requires.names)
        return names - {meter.id for meter in self.scenario.meters} - {"year", "turn", *GAME_FIGURES}

    def _card_env(self, card: Card) -> Env:
        if card.at is None:
            return self.env
        return {
            **self.env,
            "year": Range(card.at.year, card.at.year, whole=True),
            "turn": Range(card.at.turn, card.at.turn, whole=True),
        }

    def _scheduled_by_playable(self, card: Card) -> bool:
        return bool(self.schedulers.get(card.id, set()) & self.cards)

    def _possible(self, card: Card) -> bool:
        if card.scheduled_only and card.at is None and not self._scheduled_by_playable(card):
            return False
        return card.requires is None or bool(boxes(card.requires.tree, True, self._card_env(card)))

    def report(self, context: ReadContext) -> None:
        for card in self.scenario.cards:
            if card.id in self.cards or card.id not in self.nodes:
                continue
            nodes = self.nodes[card.id]
            if card.scheduled_only and card.at is None and not self._scheduled_by_playable(card):
                schedulers = self.schedulers.get(card.id, set())
                if not schedulers:
                    continue  # "no option schedules it" is reported by the reference checks already
                names = ", ".join(f"'{name}'" for name in sorted(schedulers))
                context.checker.report(
                    nodes.id_node,
                    Phrase(
                        f"problem.lint.unplayable_scheduled.{'one' if len(schedulers) == 1 else 'many'}",
                        {"card": card.id, "names": names},
                    ),
                    severity="warning",
                )
                continue
            assert card.requires is not None
            node = nodes.fields.get("requires", nodes.id_node)
            why = self.explain(card.requires, self._card_env(card), fixed=card.at is not None)
            never = Phrase("problem.lint.never_true", {"card": card.id, "why": why})
            context.checker.report(node, never, severity="warning")

    def explain(self, condition: Condition, env: Env, fixed: bool = False) -> Phrase:
        """Which names' ranges in `env` make the condition impossible, or that its parts contradict each
        other; `fixed`: year and turn are those of a card's 'at'."""
        tree = condition.tree
        names = [name for name in dict.fromkeys(name.name for name in condition.names) if name in env]
        if not boxes(tree, True, {**env, **{name: self._anything(name) for name in names}}):
            return Phrase("problem.lint.contradiction")
        causes = [name for name in names if boxes(tree, True, {**env, name: self._anything(name)})]
        described = [self._describe(name, env[name], fixed) for name in causes or names]
        return functools.reduce(
            lambda said, then: Phrase("problem.lint.and", {"first": said, "then": then}), described
        )

    def _anything(self, name: str) -> Range:
        """Every value a name could have if its range were not limited: a flag is still true or false."""
        if name in self.scenario.meters_by_id:
            return Range(-math.inf, math.inf)
        if name in ("year", "turn", *GAME_FIGURES):
            return Range(-math.inf, math.inf, whole=True)
        return Range(0, 1, whole=True)

    def _describe(self, name: str, value: Range, fixed: bool) -> Phrase:
        if name in ("year", "turn") and fixed:
            return Phrase("problem.lint.always_at", {"name": name, "value": value.describe()})
        if name == BALANCE and value.high == 0:
            missed = self._corners_missed()
            if not self._pulling():
                return Phrase("problem.lint.balance_unpulled")
            corners, fix = unweighed_said(missed)
            return Phrase("problem.lint.balance_missed", {"corners": corners, "fix": fix})
        if name in (*GAME_FIGURES, "year", "turn") or name in self.scenario.meters_by_id:
            return Phrase("problem.lint.always", {"name": name, "value": value.describe()})
        if value.high == 0:
            return Phrase("problem.lint.flag_unset", {"flag": name})
        return Phrase("problem.lint.flag_either", {"flag": name})


def _warn_unread_flags(context: ReadContext) -> None:
    read = {name.name for use in context.conditions for name in use.condition.names}
    for flag, node in context.flags_set.items():
        if flag not in read:
            context.checker.report(
                node,
                Phrase("problem.lint.flag_unread", {"flag": flag}),
                severity="warning",
            )


def _warn_unchanged_meters(context: ReadContext, scenario: Scenario) -> None:
    changed = {
        meter_id
        for card in scenario.cards
        for option in card.options
        for meter_id, delta in option.effects.items()
        if delta != 0
    }
    for meter in scenario.meters:
        if meter.id in changed or meter.id not in context.meter_ids:
            continue
        only = Phrase("problem.lint.year_end_only") if scenario.year_end_effects.get(meter.id) else ""
        context.checker.report(
            context.meter_ids[meter.id],
            Phrase("problem.lint.meter_unchanged", {"meter": meter.id, "only": only}),
            severity="warning",
        )


def _warn_missing_corners(context: ReadContext, scenario: Scenario) -> None:
    """Corners are optional, but a triangle with some themes left out misleads."""
    if all(theme.corner is None for theme in scenario.themes):
        return
    for theme in scenario.themes:
        if theme.corner is None:
            context.checker.report(
                context.theme_ids[theme.id],
                Phrase("problem.lint.theme_corner", {"theme": theme.id}),
                severity="warning",
            )


def _warn_unused_speakers(context: ReadContext) -> None:
    for speaker_id, node in context.speaker_ids.items():
        if speaker_id not in context.speakers_used:
            context.checker.report(
                node,
                Phrase("problem.lint.speaker_unused", {"speaker": speaker_id}),
                severity="warning",
            )


def _warn_empty_options(context: ReadContext, cards: Sequence[_CardNodes]) -> None:
    for item in cards:
        for number, (option, node) in enumerate(zip(item.card.options, item.options, strict=False), 1):
            if any(option.effects.values()) or option.set_flags or option.unset_flags or option.then:
                continue
            context.checker.report(
                node,
                Phrase("problem.lint.option_idle", {"number": number, "card": item.card.id}),
                severity="warning",
            )


def _warn_red_lines_without_a_bill(
    context: ReadContext, cards: Sequence[_CardNodes], scenario: Scenario, earliest: Mapping[str, float]
) -> None:
    """A red line whose option schedules no follow-up: its late cost never comes, so the temptation only
    pays (the guides: a red line comes with a consequence card)."""
    for item in cards:
        for number, (option, node) in enumerate(zip(item.card.options, item.options, strict=False), 1):
            if option.red_line is None or option.then:
                continue
            # The guides' "a year or more later" (6 turns), but within the term: a third of a short one.
            room = scenario.total_turns - earliest.get(item.card.id, 1)
            after = int(max(1, min(_BILL_AFTER, scenario.total_turns // 3, room)))
            where = _mapping(node).get("red_line", node)
            fix = (
                Phrase("problem.lint.red_line.cell", {"card": _unscheduled(scenario), "after": after})
                if in_workbook(where)
                else Phrase("problem.lint.red_line.yaml", {"after": after})
            )
            context.checker.report(
                where,
                Phrase("problem.lint.red_line", {"number": number, "card": item.card.id, "fix": fix}),
                severity="warning",
            )


def _unscheduled(scenario: Scenario) -> str:
    """A card for the red-line hint's example: one only a 'then' brings and none does, else 'kaart-id'."""
    scheduled = {later.card for card in scenario.cards for option in card.options for later in option.then}
    waiting = (card.id for card in scenario.cards if card.scheduled_only and card.id not in scheduled)
    return next(waiting, "kaart-id")


_BILL_AFTER = 6  # the red-line hint's `after` in a term long enough for it


def _earliest_turns(scenario: Scenario, playable: set[str], env: Env) -> dict[str, float]:
    """A lower bound on the turn of the term (1 = the first) in which each playable card can come: its
    'at', the first year and turn its 'requires' allows, or its schedulers' earliest turn plus 'after'."""
    earliest: dict[str, float] = {}
    for card in scenario.cards:
        if card.id not in playable:
            continue
        if card.at is not None:
            earliest[card.id] = scenario.turn_number(card.at.year, card.at.turn)
        elif card.in_deck:
            earliest[card.id] = _first_allowed(scenario, card, env)
        else:
            earliest[card.id] = math.inf
    changed = True
    while changed:  # each pass only lowers a bound, and never below 1 + the shortest 'after'
        changed = False
        for card in scenario.cards:
            for option in card.options if card.id in earliest else ():
                for follow_up in option.then:
                    if follow_up.card not in earliest:
                        continue
                    due = earliest[card.id] + follow_up.after
                    if due < earliest[follow_up.card]:
                        earliest[follow_up.card] = due
                        changed = True
    return earliest


def _first_allowed(scenario: Scenario, card: Card, env: Env) -> float:
    """The first turn of the term in which the card's 'requires' may hold, judging year and turn only."""
    if card.requires is None:
        return 1
    allowed = boxes(card.requires.tree, True, env)
    return min(
        (scenario.turn_number(int(box["year"].low), int(box["turn"].low)) for box in allowed),
        default=math.inf,
    )


def _warn_late_follow_ups(
    context: ReadContext, cards: Sequence[_CardNodes], scenario: Scenario, earliest: Mapping[str, float]
) -> None:
    """A follow-up whose 'after' lands past the term's last turn even from the earliest turn its card can
    come: it is never played."""
    last = scenario.total_turns
    for item in cards:
        first = earliest.get(item.card.id, math.inf)
        if not math.isfinite(first):
            continue  # a card that never comes is reported by the playability check
        for number, (option, node) in enumerate(zip(item.card.options, item.options, strict=False), 1):
            then = _mapping(node).get("then")
            items = then.value if isinstance(then, SequenceNode) else []
            for index, follow_up in enumerate(option.then):
                if first + follow_up.after <= last:
                    continue
                at = item.card.at
                comes = (
                    Phrase("problem.lint.first_turn", {"card": item.card.id, "turn": _turn(scenario, first)})
                    if at is None
                    else Phrase(
                        "problem.lint.first_turn_at",
                        {
                            "card": item.card.id,
                            "turn": _turn(scenario, first),
                            "year": at.year,
                            "at_turn": at.turn,
                        },
                    )
                )
                where = items[index] if index < len(items) else (then or node)
                context.checker.report(
                    _mapping(where).get("after", where),
                    Phrase(
                        "problem.lint.late_follow_up",
                        {
                            "follow_up": follow_up.card,
                            "number": number,
                            "card": item.card.id,
                            "comes": comes,
                            "after": _after_as_written(where, follow_up.card, follow_up.after),
                            "due": _turn(scenario, first + follow_up.after),
                            "last": _turn(scenario, last),
                            "fix": _late_fix(where, follow_up.card, int(last - first)),
                        },
                    ),
                    severity="warning",
                )


def _after_as_written(node: Node, card: str, after: int) -> Phrase:
    """A follow-up's 'after' as the author typed it: 'after: 5' in YAML, 'terugblik:5' in a cell."""
    if in_workbook(node):
        return Phrase("problem.lint.after.cell", {"card": card, "after": after})
    return Phrase("problem.lint.after.yaml", {"after": after})


def _late_fix(node: Node, card: str, room: int) -> Phrase:
    """What to do about a follow-up that comes too late: a smaller 'after' when one fits ('after' is at
    least 1), else an earlier card or no 'then'; said in the author's format."""
    cell = in_workbook(node)
    if room < 1:
        return Phrase("problem.lint.late.earlier_cell" if cell else "problem.lint.late.earlier")
    if cell:
        return Phrase("problem.lint.late.smaller_cell", {"card": card, "after": room})
    return Phrase("problem.lint.late.smaller", {"after": room})


def _turn(scenario: Scenario, number: float) -> Phrase:
    """Turn `number` counted over the term; with its year and turn in that year when the term has more
    than one year and the turn falls inside it (the game's screen counts turns within the year)."""
    if scenario.years == 1 or number > scenario.total_turns:
        return Phrase("problem.lint.turn_of_term", {"turn": int(number)})
    year, turn = divmod(int(number) - 1, scenario.turns_per_year)
    return Phrase("problem.lint.turn_of_year", {"number": int(number), "year": year + 1, "turn": turn + 1})


# A meter's name matches in any case as a whole word, with the plural and possessive endings a name of
# at least this many letters takes in Dutch or English (budgetten, budgets, Legitimacy's, publieke
# waarden); never inside another word, so a compound is not matched (vertrouwenspersoon, budgetneutraal,
# legitimiteitsvraag: such words often mean something else). A shorter name has no endings; a name of up
# to _EXACT_LETTERS letters (an abbreviation such as 'OR') matches only as typed.
_INFLECTED_LETTERS = 5
_EXACT_LETTERS = 3


def meter_name_pattern(name: str) -> re.Pattern[str] | None:
    """A pattern that finds the meter's `name` in a text by the rule above; None for an empty name."""
    words = name.split()
    if not words:
        return None
    core = r"\s+".join(re.escape(word) for word in words)
    letters = sum(character.isalnum() for character in name)
    if letters <= _EXACT_LETTERS:
        return re.compile(rf"(?<!\w){core}(?!\w)")
    endings = ""
    if letters >= _INFLECTED_LETTERS:
        last = words[-1][-1]
        doubled = [f"{re.escape(last)}en"] if last.isalpha() and last.lower() not in "aeiouy" else []
        endings = "(?:" + "|".join([*doubled, "en", "es", "n", "s", "['\u2019]s?"]) + ")?"
    return re.compile(rf"(?<!\w){core}{endings}(?!\w)", re.IGNORECASE)


def _warn_feedback_naming_still_meters(
    context: ReadContext, scenario: Scenario, cards: Sequence[_CardNodes]
) -> None:
    """A feedback that names a meter, in its own language, that the option's effects leave alone: the
    player reads that a value moved, or mattered, while the meters say otherwise."""
    patterns = {
        (meter.id, language): meter_name_pattern(meter.name.get(language))
        for meter in scenario.meters
        for language in scenario.languages
    }
    for item in cards:
        for number, option in enumerate(item.card.options, 1):
            if option.feedback is None:
                continue
            moved = {meter_id for meter_id, delta in option.effects.items() if delta != 0}
            for language in scenario.languages:
                text = option.feedback.translations.get(language)
                if text is None:
                    continue
                for meter in scenario.meters:
                    pattern = patterns[(meter.id, language)]
                    if meter.id in moved or pattern is None or not pattern.search(text):
                        continue
                    context.checker.report(
                        _text_node(item, f"feedback of option {number}", language),
                        Phrase(
                            "problem.lint.feedback_meter",
                            {
                                "number": number,
                                "card": item.card.id,
                                "meter": meter.name.get(language),
                                "language": language,
                            },
                        ),
                        severity="warning",
                    )


def _warn_short_deck(
    context: ReadContext, top: Mapping[str, Entry], scenario: Scenario, playable: set[str]
) -> None:
    plays = _most_plays(scenario, playable)
    total = sum(plays.values())
    turns = scenario.total_turns
    if total >= turns or "cards" not in top:
        return
    deck = sum(1 for card in scenario.cards if card.id in playable and card.in_deck)
    fixed = sum(1 for card in scenario.cards if card.id in playable and card.at is not None)
    follow_ups = int(total) - deck - fixed
    context.checker.report(
        top["cards"].key_node,
        Phrase(
            "problem.lint.short_deck",
            {
                "turns": turns,
                "total": int(total),
                "deck": _count(deck, "deck_card"),
                "fixed": _count(fixed, "fixed_event"),
                "follow_ups": _count(follow_ups, "follow_up"),
            },
        ),
        severity="warning",
    )


def _count(number: int, noun: str) -> Phrase:
    return Phrase(f"problem.lint.{noun}.{'one' if number == 1 else 'many'}", {"count": number})


def _most_plays(scenario: Scenario, playable: set[str]) -> dict[str, float]:
    """An upper bound on how often each playable card is played in one term (inf: no bound)."""
    feeds: dict[str, list[tuple[str, int]]] = {}  # card -> (scheduler, most follow-ups of it per play)
    for card in scenario.cards:
        if card.id not in playable:
            continue
        most: dict[str, int] = {}
        for option in card.options:
            counts: dict[str, int] = {}
            for follow_up in option.then:
                if follow_up.card in playable:
                    counts[follow_up.card] = counts.get(follow_up.card, 0) + 1
            for target, count in counts.items():
                most[target] = max(most.get(target, 0), count)
        for target, count in most.items():
            feeds.setdefault(target, []).append((card.id, count))
    waiting = {card_id: len(feeds.get(card_id, [])) for card_id in playable}
    targets: dict[str, list[str]] = {}
    for target, sources in feeds.items():
        for scheduler, _ in sources:
            targets.setdefault(scheduler, []).append(target)
    plays: dict[str, float] = {}
    ready = sorted(card_id for card_id, count in waiting.items() if count == 0)
    while ready:  # topological order; cards left over sit on (or after) a cycle of follow-ups
        card_id = ready.pop()
        card = scenario.cards_by_id[card_id]
        base: float = 0
        if card.in_deck:
            base = math.inf if card.repeatable else 1
        elif card.at is not None:
            base = 1
        plays[card_id] = base + sum(plays[scheduler] * count for scheduler, count in feeds.get(card_id, []))
        for target in targets.get(card_id, []):
            waiting[target] -= 1
            if waiting[target] == 0:
                ready.append(target)
    for card_id in playable:
        plays.setdefault(card_id, math.inf)
    return plays


def _warn_overflowing_texts(
    context: ReadContext, scenario: Scenario, cards: Sequence[_CardNodes], measure: Measure
) -> None:
    """Card texts that do not fit their box at 1280x720 with the game's real font and layout."""
    try:
        overflows = [
            (language, overflow)
            for language in scenario.languages
            for overflow in measure(scenario, language)
        ]
    except ImportError:
        return  # no pygame: the rule cannot run, everything else still does
    except Exception as error:  # the measuring must never turn a valid file into a traceback
        if cards:
            unchecked = Phrase("problem.overflow.unchecked", {"error": str(error)})
            context.checker.report(cards[0].id_node, unchecked, severity="warning")
        return
    nodes = {item.card.id: item for item in cards}
    seen: set[tuple[str, str, str]] = set()
    for language, overflow in overflows:
        key = (overflow.card_id, overflow.field, language)
        if overflow.card_id not in nodes:
            continue
        card = nodes[overflow.card_id].card
        if overflow.field == "speaker" and card.speaker_id in context.speaker_names:
            # A declared speaker's name is written once, in 'speakers': said there, once per language.
            key = (f"speaker {card.speaker_id}", overflow.field, language)
            node = _language_node(context.speaker_names[card.speaker_id], language)
            message = Phrase(
                "problem.overflow.of_speaker", {"speaker": card.speaker_id, "why": overflow.said}
            )
        else:
            node = _text_node(nodes[overflow.card_id], overflow.field, language)
            message = Phrase("problem.overflow.of_card", {"card": overflow.card_id, "why": overflow.said})
        if key not in seen:
            seen.add(key)
            context.checker.report(node, message, severity="warning")


def _text_node(item: _CardNodes, field: str, language: str) -> Node:
    """The node of a card's text field ('title', 'option 2 label', 'feedback of option 1') in a language."""
    node: Node | None = None
    words = field.split()
    if field in ("speaker", "title", "text", "notes"):
        node = item.fields.get(field)
    elif words[0] == "option" or words[:2] == ["feedback", "of"]:
        digits = words[1] if words[0] == "option" else words[-1]
        number = int(digits) if digits.isdigit() else 0
        option = _mapping(item.options[number - 1]) if 0 < number <= len(item.options) else {}
        node = option.get("label" if words[0] == "option" else "feedback")
    if node is None:
        return item.id_node
    return _language_node(node, language)


def _language_node(node: Node, language: str) -> Node:
    """The text in `language` of a text node (a mapping per language), or the node itself."""
    return _mapping(node).get(language, node) if isinstance(node, MappingNode) else node


def word_counts(scenario: Scenario) -> dict[str, int]:
    """How many words the scenario's texts have in each of its languages."""
    texts = [scenario.title, scenario.intro]
    texts += [meter.name for meter in scenario.meters] + [theme.name for theme in scenario.themes]
    for card in scenario.cards:
        texts += [card.speaker, card.title, card.text]
        if card.notes is not None:
            texts.append(card.notes)
        for option in card.options:
            texts.append(option.label)
            if option.feedback is not None:
                texts.append(option.feedback)
    for outcome in (*scenario.endings, *scenario.profiles):
        texts += [outcome.title, outcome.text]
    return {
        language: sum(len(scenario.text(text, language).split()) for text in texts)
        for language in scenario.languages
    }

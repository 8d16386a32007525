"""Checks across the whole scenario: follow-up targets, names in conditions, unreachable cards."""

from __future__ import annotations

from collections.abc import Sequence

from game.core.model import Card
from game.errors import Phrase
from game.scenario.conditions import report_within
from game.scenario.context import BUILT_IN_NAMES, ReadContext
from game.scenario.nodes import closest, place_of, suggestion


def check_references(context: ReadContext, cards: Sequence[Card]) -> None:
    _check_follow_ups(context)
    _check_condition_names(context)
    _warn_unreachable(context, cards)
    _warn_shared_slots(context, cards)


def _check_follow_ups(context: ReadContext) -> None:
    for reference in context.follow_ups:
        if reference.card not in context.card_ids:
            meant = closest(reference.card, context.card_ids)
            hint = Phrase("problem.hint.meant", {"name": meant}) if meant else ""
            context.checker.report(
                reference.node,
                Phrase("problem.then_unknown", {"card": reference.card, "hint": hint}),
                cause=context.checker.lost(reference.card) or context.checker.explained.unread_card,
            )
            if meant is not None:  # what is said about the card it meant follows from this
                context.checker.explained.lost.setdefault(meant, place_of(reference.node))


def _check_condition_names(context: ReadContext) -> None:
    if not context.meters_known:
        return  # without meters every name would look unknown; the meters problem is reported already
    known = {*context.meter_ids, *BUILT_IN_NAMES, *context.flags_set}
    checker = context.checker
    for use in context.conditions:
        for name in use.condition.names:
            if name.name in known:
                continue
            if name.name in context.flags_unset:
                message = Phrase("problem.flag_never_set", {"flag": name.name})
            else:
                hint = suggestion(name.name, known) or Phrase("problem.hint.names")
                message = Phrase("problem.unknown_name", {"name": name.name, "hint": hint})
            report_within(checker, use.node, name.column, message, cause=checker.lost(name.name))


def _warn_unreachable(context: ReadContext, cards: Sequence[Card]) -> None:
    scheduled = {reference.card for reference in context.follow_ups}
    for card in cards:
        never = card.scheduled_only and card.at is None and card.id not in scheduled
        if never and card.id in context.card_ids:
            context.checker.report(
                context.card_ids[card.id],
                Phrase("problem.never_scheduled", {"card": card.id}),
                severity="warning",
                cause=context.checker.lost(card.id),
            )


def _warn_shared_slots(context: ReadContext, cards: Sequence[Card]) -> None:
    taken: dict[tuple[int, int], str] = {}
    for card in cards:
        if card.at is None or card.requires is not None or card.id not in context.card_ids:
            continue
        slot = (card.at.year, card.at.turn)
        if slot in taken:
            context.checker.report(
                context.card_ids[card.id],
                Phrase(
                    "problem.same_slot",
                    {"first": taken[slot], "card": card.id, "year": slot[0], "turn": slot[1]},
                ),
                severity="warning",
            )
        else:
            taken[slot] = card.id

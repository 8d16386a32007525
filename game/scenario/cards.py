"""Reading the `cards` list: cards, their options, follow-ups and fixed calendar slots."""

from __future__ import annotations

from types import MappingProxyType

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.core.conditions import Condition
from game.core.model import Card, FixedTime, FollowUp, Option, Text
from game.errors import Phrase
from game.scenario.conditions import read_condition
from game.scenario.context import CardReference, ConditionUse, ReadContext
from game.scenario.corners import read_aspects, read_corner_list
from game.scenario.errors import Said
from game.scenario.icons import near_miss
from game.scenario.nodes import STR, Entry, first_place, is_null, short, suggestion
from game.scenario.pictograms import SPEAKER_DEFAULT
from game.scenario.texts import EMPTY_TEXT

CARD_REQUIRED = ("id", "speaker", "title", "text", "options")
CARD_OPTIONAL = ("themes", "aspects", "requires", "weight", "at", "scheduled_only", "repeatable", "notes")
OPTION_REQUIRED = ("label",)
OPTION_OPTIONAL = ("effects", "serves", "harms", "red_line", "set", "unset", "then", "feedback")
MIN_OPTIONS, MAX_OPTIONS = 2, 4

_OPTION_KEY_HINT = Phrase("problem.hint.in_option")
_CARD_KEY_HINT = Phrase("problem.hint.in_card")


def read_cards(context: ReadContext, node: Node) -> tuple[Card, ...]:
    items = context.checker.sequence(node, "'cards'", Phrase("problem.example.cards"))
    if isinstance(node, SequenceNode) and not items:
        context.checker.report(node, Phrase("problem.cards.none"))
    return tuple(_card(context, item, number) for number, item in enumerate(items, start=1))


def _peek_id(node: Node) -> str | None:
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
                return str(value.value) if value.value else None
    return None


def _card(context: ReadContext, node: Node, number: int) -> Card:
    checker = context.checker
    peeked = _peek_id(node)
    where = (
        Phrase("problem.card", {"card": peeked})
        if peeked
        else Phrase("problem.card_number", {"number": number})
    )
    elsewhere = dict.fromkeys((*OPTION_REQUIRED, *OPTION_OPTIONAL), _OPTION_KEY_HINT)
    fields = checker.fields(node, where, CARD_REQUIRED, CARD_OPTIONAL, elsewhere)
    if fields is None:
        return Card(str(number), EMPTY_TEXT, EMPTY_TEXT, EMPTY_TEXT, (), ())
    card_id = _card_id(context, fields.get("id")) or f"card {number}"

    def optional_bool(key: str) -> bool:
        entry = fields.get(key)
        return bool(
            entry and checker.boolean(entry.value, Phrase("problem.of", {"part": f"'{key}'", "whole": where}))
        )

    speaker, speaker_id, speaker_icon = _speaker(context, fields.get("speaker"), where)
    if "themes" not in fields:  # clear enough: a card of no theme; said, since the debrief groups by theme
        checker.report(node, Phrase("problem.cards.no_themes", {"what": where}), "warning")
    return Card(
        id=card_id,
        speaker=speaker,
        title=context.text_field(fields, "title", where),
        text=context.text_field(fields, "text", where),
        themes=_themes(context, fields["themes"].value, where) if "themes" in fields else (),
        options=_options(context, fields["options"].value, where) if "options" in fields else (),
        requires=_condition(
            context, fields.get("requires"), Phrase("problem.of", {"part": "'requires'", "whole": where})
        ),
        weight=_weight(context, fields.get("weight"), where),
        at=_at(context, fields.get("at"), where),
        scheduled_only=optional_bool("scheduled_only"),
        repeatable=optional_bool("repeatable"),
        notes=context.optional_text(fields, "notes", where),
        speaker_id=speaker_id,
        speaker_icon=speaker_icon,
        aspects=read_aspects(checker, fields["aspects"].value, where) if "aspects" in fields else (),
    )


def _speaker(context: ReadContext, entry: Entry | None, where: Said) -> tuple[Text, str | None, str]:
    """(name shown, speaker id, icon): a plain text equal to an id in `speakers` is that speaker; any other
    value is the name itself (free text, the default pictogram). A near miss of an id is a warning."""
    if entry is None:
        return EMPTY_TEXT, None, SPEAKER_DEFAULT
    node = entry.value
    if isinstance(node, ScalarNode) and node.tag == STR:
        value = str(node.value)
        speaker = context.speakers.get(value)
        if speaker is not None:
            context.speakers_used.add(speaker.id)
            return speaker.name, speaker.id, speaker.icon
        meant = near_miss(value, list(context.speakers))
        if meant is not None:
            context.checker.report(
                node,
                Phrase("problem.cards.speaker", {"value": short(value), "what": where, "name": meant}),
                severity="warning",
            )
    return (
        context.text(node, Phrase("problem.the_key", {"word": "speaker", "whole": where})),
        None,
        SPEAKER_DEFAULT,
    )


def _card_id(context: ReadContext, entry: Entry | None) -> str | None:
    if entry is None:
        return None
    card_id = context.checker.label(entry.value, Phrase("problem.noun.card_id"))
    if card_id is None:
        return None
    if card_id in context.card_ids:
        first = first_place(context.card_ids[card_id])
        context.checker.report(
            entry.value, Phrase("problem.cards.id_twice", {"card": card_id, "first": first})
        )
    else:
        context.card_ids[card_id] = entry.value
    return card_id


def _themes(context: ReadContext, node: Node, where: Said) -> tuple[str, ...]:
    themes: list[str] = []
    for item in context.checker.words(
        node, Phrase("problem.of", {"part": "'themes'", "whole": where}), "[privacy, inclusion]"
    ):
        theme = context.checker.string(item, Phrase("problem.a_theme", {"whole": where}))
        if theme is None:
            continue
        if context.themes_known and theme not in context.theme_ids:
            hint = suggestion(theme, context.theme_ids)
            context.checker.report(
                item, Phrase("problem.cards.unknown_theme", {"theme": theme, "hint": hint})
            )
        themes.append(theme)
    return tuple(themes)


def _condition(context: ReadContext, entry: Entry | None, what: Said) -> Condition | None:
    if entry is None:
        return None
    condition = read_condition(context.checker, entry.value, what)
    if condition is not None and isinstance(entry.value, ScalarNode):
        context.conditions.append(ConditionUse(condition, entry.value))
    return condition


def _weight(context: ReadContext, entry: Entry | None, where: Said) -> float | int:
    if entry is None:
        return 1
    what = Phrase("problem.the_key", {"word": "weight", "whole": where})
    weight = context.checker.number(entry.value, what, Phrase("problem.example.weight"))
    if weight is None:
        return 1
    if weight <= 0:
        context.checker.report(entry.value, Phrase("problem.cards.weight", {"what": what, "value": weight}))
    return weight


def _at(context: ReadContext, entry: Entry | None, where: Said) -> FixedTime | None:
    if entry is None:
        return None
    checker = context.checker
    fields = checker.fields(
        entry.value, Phrase("problem.of", {"part": "'at'", "whole": where}), ("year", "turn")
    )
    if fields is None:
        return None
    values: dict[str, int] = {}
    limits = {
        "year": (context.years, "problem.term.years.one" if context.years == 1 else "problem.term.years"),
        "turn": (
            context.turns_per_year,
            "problem.term.turns.one" if context.turns_per_year == 1 else "problem.term.turns",
        ),
    }
    for key in ("year", "turn"):
        if key not in fields:
            continue
        value_node = fields[key].value
        what = Phrase("problem.at", {"word": key, "whole": where})
        value = checker.integer(value_node, what, "1")
        if value is None:
            continue
        limit, unit = limits[key]
        if value < 1 or (limit is not None and value > limit):
            span = Phrase("problem.term.one" if limit == 1 else "problem.term.span", {"limit": limit})
            why: Said = Phrase(unit, {"limit": limit})
            if not limit:
                span, why = Phrase("problem.term.at_least_1"), ""
            checker.report(
                value_node,
                Phrase("problem.cards.at", {"what": what, "span": span, "value": value, "why": why}),
            )
        values[key] = value
    if len(values) < 2:
        return None
    return FixedTime(values["year"], values["turn"])


def _options(context: ReadContext, node: Node, where: Said) -> tuple[Option, ...]:
    items = context.checker.sequence(
        node, Phrase("problem.of", {"part": "'options'", "whole": where}), Phrase("problem.example.options")
    )
    if isinstance(node, SequenceNode) and not MIN_OPTIONS <= len(items) <= MAX_OPTIONS:
        count = Phrase(f"count.option.{'one' if len(items) == 1 else 'many'}", {"count": len(items)})
        message = Phrase(
            "problem.cards.options", {"what": where, "count": count, "min": MIN_OPTIONS, "max": MAX_OPTIONS}
        )
        context.checker.report(node, message)
    return tuple(
        _option(context, item, Phrase("problem.option", {"number": n, "whole": where}))
        for n, item in enumerate(items, start=1)
    )


def _option(context: ReadContext, node: Node, where: Said) -> Option:
    checker = context.checker
    elsewhere = dict.fromkeys((*CARD_REQUIRED, *CARD_OPTIONAL), _CARD_KEY_HINT)
    fields = checker.fields(node, where, OPTION_REQUIRED, OPTION_OPTIONAL, elsewhere)
    if fields is None:
        return Option(EMPTY_TEXT)
    # No 'effects': an option that changes no meter (lint says so when it changes nothing at all).
    effects = context.effects(fields["effects"].value, where) if "effects" in fields else {}
    serves = read_corner_list(checker, fields["serves"].value, "serves", where) if "serves" in fields else ()
    harms = read_corner_list(checker, fields["harms"].value, "harms", where) if "harms" in fields else ()
    both = [corner for corner in harms if corner in serves]
    if both:
        checker.report(
            fields["harms"].value,
            Phrase("problem.cards.serves_harms", {"what": where, "corner": both[0]}),
        )
        harms = tuple(corner for corner in harms if corner not in serves)
    return Option(
        label=context.text_field(fields, "label", where),
        effects=MappingProxyType(effects),
        set_flags=_flags(context, fields.get("set"), context.flags_set),
        unset_flags=_flags(context, fields.get("unset"), context.flags_unset),
        then=_follow_ups(context, fields.get("then"), where),
        feedback=context.optional_text(fields, "feedback", where),
        serves=serves,
        harms=harms,
        red_line=context.optional_text(fields, "red_line", where),
    )


def _flags(context: ReadContext, entry: Entry | None, seen: dict[str, Node]) -> tuple[str, ...]:
    if entry is None:
        return ()
    what = f"'{entry.key}'"
    flags: list[str] = []
    for item in context.checker.words(entry.value, what, "[robot_geplaatst]"):
        flag = context.name_id(item, Phrase("problem.noun.flag_name"))
        if flag is None:
            continue
        if flag in context.meter_ids:
            context.checker.report(item, Phrase("problem.cards.flag_meter", {"flag": flag}))
        seen.setdefault(flag, item)
        flags.append(flag)
    return tuple(flags)


def _follow_ups(context: ReadContext, entry: Entry | None, where: Said) -> tuple[FollowUp, ...]:
    if entry is None:
        return ()
    checker = context.checker
    follow_ups: list[FollowUp] = []
    then = Phrase("problem.of", {"part": "'then'", "whole": where})
    for item in checker.sequence(entry.value, then, Phrase("problem.example.then")):
        if isinstance(item, ScalarNode) and not is_null(item):
            checker.report(item, Phrase("problem.cards.then_scalar", {"card": item.value}))
            continue
        fields = checker.fields(item, then, ("card",), ("after",))
        if fields is None or "card" not in fields:
            continue
        card = checker.string(fields["card"].value, Phrase("problem.in", {"word": "card", "whole": then}))
        after = 1
        if "after" in fields:
            after_node = fields["after"].value
            what = Phrase("problem.in", {"word": "after", "whole": then})
            value = checker.integer(after_node, what, Phrase("problem.example.after"))
            if value is not None and value < 1:
                checker.report(after_node, Phrase("problem.cards.after", {"value": value}))
            after = value if value is not None else 1
        if card is not None:
            context.follow_ups.append(CardReference(card, fields["card"].value))
            follow_ups.append(FollowUp(card, after))
    return tuple(follow_ups)

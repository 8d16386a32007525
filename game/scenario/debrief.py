"""Reading the optional `debrief` section: the "And here?" questions per aspect and the statements."""

from __future__ import annotations

from collections.abc import Sequence
from types import MappingProxyType

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from game.core.corners import ASPECTS
from game.core.model import Card, DebriefContent, Statement, Text
from game.errors import Phrase
from game.scenario.context import ReadContext
from game.scenario.nodes import Entry, describe, first_place, is_null, short, suggestion

DEBRIEF_KEYS = ("questions", "statements")
STATEMENT_KEYS = ("id", "text")
MAX_QUESTIONS = 5  # per aspect: the facilitator steps through them one by one
MIN_STATEMENTS, MAX_STATEMENTS = 3, 5
ASPECT_CHOICES = ", ".join(ASPECTS)
QUESTIONS_EXAMPLE = '4b: ["Staan onze algoritmen in het algoritmeregister?"]'
STATEMENTS_EXAMPLE = "- {id: regie, text: {nl: ..., en: ...}}"


def read_debrief(context: ReadContext, entry: Entry | None, cards: Sequence[Card]) -> DebriefContent:
    """The `debrief` section (empty when there is none); a question for an aspect no card carries is a
    warning, since the debrief asks only about the aspects of the cards played."""
    if entry is None:
        return DebriefContent()
    checker = context.checker
    if is_null(entry.value):
        checker.report(entry.value, Phrase("problem.debrief.empty"))
        return DebriefContent()
    fields = checker.fields(entry.value, "'debrief'", (), DEBRIEF_KEYS)
    if fields is None:
        return DebriefContent()
    if not fields:
        checker.report(entry.value, Phrase("problem.debrief.neither"))
    questions = _questions(context, fields["questions"], cards) if "questions" in fields else {}
    statements = _statements(context, fields["statements"]) if "statements" in fields else ()
    return DebriefContent(MappingProxyType(questions), statements)


def _questions(context: ReadContext, entry: Entry, cards: Sequence[Card]) -> dict[str, tuple[Text, ...]]:
    """aspect -> its questions, each a text; one text on its own is a list of one."""
    checker = context.checker
    node = entry.value
    if not isinstance(node, MappingNode):
        state = (
            Phrase("problem.debrief.is_empty")
            if is_null(node)
            else Phrase("problem.debrief.questions_shape", {"given": describe(node)})
        )
        checker.report(
            node, Phrase("problem.debrief.questions", {"state": state, "example": QUESTIONS_EXAMPLE})
        )
        return {}
    carried = {aspect for card in cards for aspect in card.aspects}
    questions: dict[str, tuple[Text, ...]] = {}
    first: dict[str, Phrase] = {}
    for item in checker.entries(node, Phrase("problem.noun.aspect")):
        aspect = item.key.strip().lower()
        if aspect not in ASPECTS:
            hint = suggestion(aspect, ASPECTS) or Phrase("problem.aspect.these", {"choices": ASPECT_CHOICES})
            message = Phrase("problem.debrief.unknown_aspect", {"value": short(item.key), "hint": hint})
            checker.report(item.key_node, message)
            continue
        if aspect in first:
            if aspect != item.key:  # the same key twice is reported by `entries` already
                message = Phrase("problem.debrief.aspect_twice", {"aspect": aspect, "first": first[aspect]})
                checker.report(item.key_node, message)
            continue
        first[aspect] = first_place(item.key_node)
        texts = _aspect_questions(context, item.value, aspect)
        if not texts:
            continue
        questions[aspect] = texts
        if cards and aspect not in carried:
            message = Phrase("problem.debrief.never_asked", {"aspect": aspect})
            checker.report(item.key_node, message, severity="warning")
    return questions


def _aspect_questions(context: ReadContext, node: Node, aspect: str) -> tuple[Text, ...]:
    checker = context.checker
    if (isinstance(node, ScalarNode) and not is_null(node)) or isinstance(node, MappingNode):
        items: list[Node] = [node]
    elif isinstance(node, SequenceNode) and node.value:
        items = list(node.value)
    else:
        state = (
            Phrase("problem.debrief.are_empty")
            if is_null(node) or isinstance(node, SequenceNode)
            else Phrase("problem.debrief.must_list", {"given": describe(node)})
        )
        message = Phrase("problem.debrief.aspect_questions", {"aspect": aspect, "state": state})
        checker.report(node, message)
        return ()
    if len(items) > MAX_QUESTIONS:
        message = Phrase(
            "problem.debrief.too_many", {"aspect": aspect, "count": len(items), "most": MAX_QUESTIONS}
        )
        checker.report(items[MAX_QUESTIONS], message)
    return tuple(
        context.text(item, Phrase("problem.debrief.question", {"number": number, "aspect": aspect}))
        for number, item in enumerate(items, start=1)
    )


def _statements(context: ReadContext, entry: Entry) -> tuple[Statement, ...]:
    """Three to five statements, each with an id of its own and a text."""
    checker = context.checker
    items = checker.sequence(entry.value, "'statements' of 'debrief'", STATEMENTS_EXAMPLE)
    if isinstance(entry.value, SequenceNode) and not MIN_STATEMENTS <= len(items) <= MAX_STATEMENTS:
        count = Phrase(
            f"problem.debrief.statements.{'one' if len(items) == 1 else 'many'}", {"count": len(items)}
        )
        message = Phrase(
            "problem.debrief.statements", {"count": count, "min": MIN_STATEMENTS, "max": MAX_STATEMENTS}
        )
        checker.report(entry.value, message)
    statements: list[Statement] = []
    first: dict[str, Phrase] = {}
    for number, item in enumerate(items, start=1):
        kind = Phrase("problem.noun.statement")
        numbered = Phrase("problem.thing_number", {"noun": kind, "number": number})
        fields = checker.fields(item, numbered, STATEMENT_KEYS)
        if fields is None:
            continue
        id_of = Phrase("problem.noun_id", {"noun": kind})
        statement_id = checker.label(fields["id"].value, id_of) if "id" in fields else None
        where = Phrase("problem.thing", {"noun": kind, "id": statement_id}) if statement_id else numbered
        text = context.text_field(fields, "text", where)
        if statement_id is None:
            continue
        if statement_id in first:
            message = Phrase(
                "problem.id_twice", {"what": id_of, "id": statement_id, "first": first[statement_id]}
            )
            checker.report(fields["id"].value, message)
            continue
        first[statement_id] = first_place(fields["id"].value)
        statements.append(Statement(statement_id, text))
    return tuple(statements)

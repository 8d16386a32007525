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
        checker.report(
            entry.value, "'debrief' is empty; give it 'questions', 'statements' or both, or leave it out"
        )
        return DebriefContent()
    fields = checker.fields(entry.value, "'debrief'", (), DEBRIEF_KEYS)
    if fields is None:
        return DebriefContent()
    if not fields:
        message = "'debrief' has neither 'questions' nor 'statements'; give one of them, or leave it out"
        checker.report(entry.value, message)
    questions = _questions(context, fields["questions"], cards) if "questions" in fields else {}
    statements = _statements(context, fields["statements"]) if "statements" in fields else ()
    return DebriefContent(MappingProxyType(questions), statements)


def _questions(context: ReadContext, entry: Entry, cards: Sequence[Card]) -> dict[str, tuple[Text, ...]]:
    """aspect -> its questions, each a text; one text on its own is a list of one."""
    checker = context.checker
    node = entry.value
    if not isinstance(node, MappingNode):
        state = (
            "is empty"
            if is_null(node)
            else f"must be a block of aspects with their questions, not {describe(node)}"
        )
        checker.report(node, f"'questions' of 'debrief' {state}; for example:  {QUESTIONS_EXAMPLE}")
        return {}
    carried = {aspect for card in cards for aspect in card.aspects}
    questions: dict[str, tuple[Text, ...]] = {}
    first: dict[str, Phrase] = {}
    for item in checker.entries(node, "aspect"):
        aspect = item.key.strip().lower()
        if aspect not in ASPECTS:
            hint = suggestion(aspect, ASPECTS) or f"; the essay's aspects are {ASPECT_CHOICES}"
            checker.report(
                item.key_node, f"unknown aspect '{short(item.key)}' in 'questions' of 'debrief'{hint}"
            )
            continue
        if aspect in first:
            if aspect != item.key:  # the same key twice is reported by `entries` already
                message = f"the aspect '{aspect}' has questions twice in 'debrief' (first {first[aspect]})"
                checker.report(item.key_node, message)
            continue
        first[aspect] = first_place(item.key_node)
        texts = _aspect_questions(context, item.value, aspect)
        if not texts:
            continue
        questions[aspect] = texts
        if cards and aspect not in carried:
            message = (
                f"no card has the aspect '{aspect}', so the debrief never asks these questions; "
                f"add '{aspect}' to a card's 'aspects' or leave them out"
            )
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
            "are empty"
            if is_null(node) or isinstance(node, SequenceNode)
            else f"must be a list, not {describe(node)}"
        )
        message = (
            f"the questions for aspect '{aspect}' {state}; write a list of questions, "
            "or leave the aspect out to get the game's own"
        )
        checker.report(node, message)
        return ()
    if len(items) > MAX_QUESTIONS:
        message = f"aspect '{aspect}' has {len(items)} questions; give it at most {MAX_QUESTIONS}"
        checker.report(items[MAX_QUESTIONS], message)
    what = f"aspect '{aspect}'"
    return tuple(
        context.text(item, f"question {number} for {what}") for number, item in enumerate(items, start=1)
    )


def _statements(context: ReadContext, entry: Entry) -> tuple[Statement, ...]:
    """Three to five statements, each with an id of its own and a text."""
    checker = context.checker
    items = checker.sequence(entry.value, "'statements' of 'debrief'", STATEMENTS_EXAMPLE)
    if isinstance(entry.value, SequenceNode) and not MIN_STATEMENTS <= len(items) <= MAX_STATEMENTS:
        count = f"{len(items)} statement" + ("" if len(items) == 1 else "s")
        message = (
            f"'statements' of 'debrief' has {count}; give {MIN_STATEMENTS} to {MAX_STATEMENTS}, "
            "each scored 1 to 5 before and after the game"
        )
        checker.report(entry.value, message)
    statements: list[Statement] = []
    first: dict[str, Phrase] = {}
    for number, item in enumerate(items, start=1):
        fields = checker.fields(item, f"statement {number}", STATEMENT_KEYS)
        if fields is None:
            continue
        statement_id = checker.label(fields["id"].value, "statement id") if "id" in fields else None
        where = f"statement '{statement_id}'" if statement_id else f"statement {number}"
        text = context.text_field(fields, "text", where)
        if statement_id is None:
            continue
        if statement_id in first:
            message = f"statement id '{statement_id}' is used twice (first {first[statement_id]})"
            checker.report(fields["id"].value, message)
            continue
        first[statement_id] = first_place(fields["id"].value)
        statements.append(Statement(statement_id, text))
    return tuple(statements)

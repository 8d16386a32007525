"""Reading text fields: a plain string, or a mapping from language code to string."""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from yaml.nodes import MappingNode, Node, ScalarNode

from game.core.model import Text
from game.errors import Phrase
from game.scenario.errors import Said
from game.scenario.nodes import (
    Checker,
    Entry,
    bool_message,
    closest,
    describe,
    is_bool,
    is_null,
    place_of,
    short,
    suggestion,
)

EMPTY_TEXT = Text(MappingProxyType({}))
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*\Z")


def is_language_code(value: str) -> bool:
    return bool(LANGUAGE_CODE.match(value))


class TextReader:
    """Reads texts for the scenario's declared languages (the first is the default)."""

    def __init__(self, checker: Checker, languages: Sequence[str]) -> None:
        self.checker = checker
        self.languages = tuple(languages) or ("nl",)
        self.complete = bool(languages)  # only check translations when the languages are known

    def __call__(self, node: Node, what: Said) -> Text:
        if isinstance(node, MappingNode):
            return self._translations(node, what)
        if isinstance(node, ScalarNode):
            if is_bool(node):
                self.checker.report(node, bool_message(node))
            elif is_null(node) or node.value == "":
                self.checker.report(node, Phrase("problem.text.empty", {"what": what}))
            elif self.complete and len(self.languages) > 1:
                self._untranslated(node, what)
            return Text(MappingProxyType({language: str(node.value) for language in self.languages}))
        self.checker.report(node, Phrase("problem.text.shape", {"what": what, "given": describe(node)}))
        return EMPTY_TEXT

    def _translations(self, node: MappingNode, what: Said) -> Text:
        checker = self.checker
        entries = checker.entries(node, Phrase("problem.noun.translation"))
        splits = {index for index, entry in enumerate(entries) if index and self._is_comma_split(node, entry)}
        translations: dict[str, str] = {}
        for index, entry in enumerate(entries):
            if index in splits:
                checker.report(entry.key_node, _comma_message(entries, index))
                continue
            if entry.key not in self.languages and self.complete:
                self._unknown_language(entry)
                continue
            if is_bool(entry.key_node):
                checker.report(entry.key_node, bool_message(entry.key_node))
            value = entry.value
            if not isinstance(value, ScalarNode):
                named = Phrase("problem.text.language", {"language": entry.key, "what": what})
                checker.report(value, Phrase("problem.text.shape", {"what": named, "given": describe(value)}))
            elif is_bool(value):
                if index + 1 not in splits:  # the comma message already says to quote it
                    checker.report(value, bool_message(value))
            elif is_null(value) or value.value == "":
                named = Phrase("problem.text.language", {"language": entry.key, "what": what})
                checker.report(value, Phrase("problem.text.empty", {"what": named}))
            else:
                translations[entry.key] = str(value.value)
        if self.complete:
            for language in self.languages:
                if language not in translations and not any(e.key == language for e in entries):
                    cause = self._misspelled(entries, language)
                    message = Phrase("problem.text.untranslated", {"what": what, "language": language})
                    checker.report(node, message, about=language, cause=cause)
        return Text(MappingProxyType(translations))

    def _untranslated(self, node: ScalarNode, what: Said) -> None:
        """A plain text in a scenario with several languages is shown untranslated in the others."""
        others = self.languages[1:]
        example = ", ".join(f"{language}: ..." for language in self.languages)
        self.checker.report(
            node,
            Phrase("problem.text.plain", {"what": what, "languages": ", ".join(others), "example": example}),
            severity="warning",
        )

    def _is_comma_split(self, node: MappingNode, entry: Entry) -> bool:
        """A flow mapping `{nl: Ja, breid uit, en: ...}` splits unquoted text at the comma."""
        if not node.flow_style or entry.key in self.languages:
            return False
        return is_null(entry.value) or not is_language_code(entry.key)

    def _misspelled(self, entries: list[Entry], language: str) -> str:
        """The place of an unknown language key that was meant as `language` (its 'did you mean'), if any."""
        for entry in entries:
            if entry.key not in self.languages and closest(entry.key, self.languages, cutoff=0.5) == language:
                return place_of(entry.key_node)
        return ""

    def _unknown_language(self, entry: Entry) -> None:
        declared = ", ".join(self.languages)
        hint = suggestion(entry.key, self.languages, cutoff=0.5)  # codes are short: one letter off is close
        self.checker.report(
            entry.key_node,
            Phrase(
                "problem.text.unknown_language",
                {"word": short(entry.key), "declared": declared, "hint": hint},
            ),
            structure=True,
        )


def _comma_message(entries: list[Entry], index: int) -> Phrase:
    """Explain that a comma split a text, showing how to quote it."""
    previous, piece = entries[index - 1], entries[index]
    rest = piece.key
    if isinstance(piece.value, ScalarNode) and not is_null(piece.value):
        rest = f"{piece.key}: {piece.value.value}"
    if isinstance(previous.value, ScalarNode) and not is_null(previous.value):
        example = f'{previous.key}: "{short(str(previous.value.value))}, {short(rest)}"'
    else:
        example = f'{previous.key}: "..., {short(rest)}"'
    return Phrase("problem.text.comma", {"rest": short(rest), "example": example})

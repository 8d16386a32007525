"""The base class of every user-facing error; the CLI prints it and exits non-zero without a traceback."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from game.formatting import Figure
from game.i18n import t


@dataclass(frozen=True)
class Phrase:
    """Words to be said in the reader's language: a game.i18n key and its parameters, which may be
    phrases themselves ("year 1, turn 3" inside "replay stopped at ...")."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def text(self, lang: str) -> str:
        return said(self.key, self.params, lang)

    def __str__(self) -> str:
        return self.text("en")  # (inside an English f-string: the words as the game said them before)


def said(key: str, params: Mapping[str, object], lang: str) -> str:
    """`key` in `lang` with its parameters, a phrase (or an error with a key, or a tuple of phrases) among
    them in `lang` too."""
    return t(key, lang, **{name: _said_value(value, lang) for name, value in params.items()})


def _said_value(value: object, lang: str) -> object:
    """A phrase, error or figure in `lang`; a tuple of phrases as a list ("a, b"); any other value as is."""
    if isinstance(value, Phrase | GameError | Figure):
        return value.text(lang)
    if isinstance(value, tuple) and value and all(isinstance(item, Phrase) for item in value):
        return ", ".join(item.text(lang) for item in value)
    return value


class GameError(Exception):
    """An error caused by the user's input (a file, an option), reported as a plain message.

    Raised with `key` (a game.i18n key) and its `params`, it is said in the reader's language by
    `text(lang)`; `str()` is its English. A plain message stays as given in every language."""

    def __init__(self, message: str = "", *, key: str = "", **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(self.text("en") if key else message)

    def text(self, lang: str) -> str:
        """The message in `lang` (English, Dutch; any other falls back to Dutch as game.i18n.t does)."""
        return said(self.key, self.params, lang) if self.key else str(self)

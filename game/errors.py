"""The base class of every user-facing error; the CLI prints it and exits non-zero without a traceback."""

from __future__ import annotations

from game.i18n import t


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
        if not self.key:
            return str(self)
        return t(self.key, lang, **self.params)

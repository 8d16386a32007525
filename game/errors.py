"""The base class of every user-facing error; the CLI prints it and exits non-zero without a traceback."""

from __future__ import annotations


class GameError(Exception):
    """An error caused by the user's input (a file, an option), reported as a plain message."""

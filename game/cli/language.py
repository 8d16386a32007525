"""The command line's language (--lang, else the system's, else Dutch) and the name it was started by."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path

from game.i18n import DEFAULT_LANGUAGE, LANGUAGES
from game.paths import APP_NAME

# The locale variables in the order POSIX lets them decide the language of messages: the first set wins.
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
LANGUAGE_NAMES = {"dutch": "nl", "nederlands": "nl", "english": "en"}  # (Windows' locale names)

# argparse's own words (its gettext message ids, Python 3.11) in Dutch; English is argparse itself.
ARGPARSE_NL: dict[str, str] = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "genegeerd argument %r",
    "expected one argument": "verwacht een waarde",
    "expected at most one argument": "verwacht hooguit een waarde",
    "expected at least one argument": "verwacht minstens een waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan zijn: %(matches)s"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "unexpected option string: %s": "onverwachte optie: %s",
    "expected %s argument": "verwacht %s waarde",
    "expected %s arguments": "verwacht %s waarden",
}


def program_name(argv0: str | None = None, frozen: bool | None = None) -> str:
    """How the user started the program: 'digitaal-leiderschap' (the built app or the installed command),
    else 'python main.py'."""
    started = sys.argv[0] if argv0 is None else argv0
    if (getattr(sys, "frozen", False) if frozen is None else frozen) or Path(started).stem == APP_NAME:
        return APP_NAME
    return "python main.py"


def given_language(argv: Sequence[str]) -> str | None:
    """The language of the first --lang on the command line, before or after the command ('--lang en',
    '--lang=en'; `new --lang en,nl` names the scenario's languages, the first of which is the answer's),
    if it is one the messages have."""
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        elif word.startswith("--lang="):
            value = word.partition("=")[2]
        else:
            continue
        code = value.split(",")[0].strip().lower()
        return code if code in LANGUAGES else None
    return None


def language_of_locale(name: str) -> str | None:
    """'nl_NL.UTF-8' -> 'nl', 'en_GB' -> 'en', 'Dutch_Netherlands' -> 'nl'; None for C, POSIX or another."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].strip().lower()
    code = LANGUAGE_NAMES.get(code, code)
    return code if code in LANGUAGES else None


def system_language(
    environ: Mapping[str, str] | None = None,
    platform: str | None = None,
    desktop: Callable[[], str | None] | None = None,
) -> str | None:
    """The user's language from the locale variables (the first one set decides), else on Windows and
    macOS the desktop's language setting; None when it is none of ours."""
    environ = os.environ if environ is None else environ
    for variable in LOCALE_VARIABLES:
        if environ.get(variable):
            return language_of_locale(environ[variable])
    platform = sys.platform if platform is None else platform
    if platform not in ("win32", "darwin"):
        return None
    name = (desktop or _desktop_locale)()
    return language_of_locale(name) if name else None


def message_language(argv: Sequence[str], environ: Mapping[str, str] | None = None) -> str:
    """The language of the command line's messages: --lang, else the system's, else Dutch."""
    return given_language(argv) or system_language(environ) or DEFAULT_LANGUAGE


def _desktop_locale() -> str | None:
    """The desktop's locale name ('nl_NL'): Windows' user interface language, macOS's AppleLocale."""
    with contextlib.suppress(Exception):
        if sys.platform == "win32":
            import ctypes
            import locale

            windll = getattr(ctypes, "windll")  # noqa: B009 (only on Windows: mypy knows no windll elsewhere)
            return locale.windows_locale.get(windll.kernel32.GetUserDefaultUILanguage())
        if sys.platform == "darwin":
            import subprocess

            answer = subprocess.run(
                ["defaults", "read", "-g", "AppleLocale"],
                capture_output=True,
                text=True,
                timeout=2,
                check=False,
            )
            return answer.stdout.strip() or None
    return None


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's own words (usage, its errors, its help headings) in `lang` while the parser is built and
    reads the command line: argparse looks them up through its module's gettext functions."""
    import argparse  # (the window's own command lines never build the parser)

    if lang != "nl":
        yield
        return
    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]

    def dutch(message: str) -> str:
        return ARGPARSE_NL.get(message, message)

    def dutch_plural(singular: str, plural: str, count: int) -> str:
        return dutch(singular if count == 1 else plural)

    argparse._, argparse.ngettext = dutch, dutch_plural  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]

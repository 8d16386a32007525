"""`python main.py new FILE [--years N] [--lang nl,en]`: write a commented starter scenario."""

from __future__ import annotations

import os
from pathlib import Path

from game.cli.language import program_name
from game.errors import GameError
from game.files import write_text
from game.i18n import DEFAULT_LANGUAGE, LANGUAGES, t
from game.paths import SCENARIOS_DIR
from game.scenario.json_schema import SCHEMA_FILE_NAME
from game.scenario.template import starter_scenario
from game.scenario.texts import is_language_code

MAX_YEARS = 20


def run_new(path: Path, years: int = 2, languages: str = "nl", lang: str = "") -> int:
    """Write the starter; its lines in `lang` (default: the scenario's first language, if nl or en)."""
    if not 1 <= years <= MAX_YEARS:
        raise GameError(key="cli.new.years", most=MAX_YEARS, years=years)
    codes = parse_languages(languages)
    if path.exists():
        raise GameError(key="cli.new.exists", path=path)
    text = starter_scenario(path.stem, years, codes, _schema_reference(path))
    write_text(path, text, exclusive=True)
    lang = lang or (codes[0] if codes[0] in LANGUAGES else DEFAULT_LANGUAGE)
    print(t("cli.new.written", lang, path=path))
    print(t("cli.new.check", lang, command=f"{program_name()} validate {path}"))
    print(t("cli.new.play", lang, command=f"{program_name()} play {path}"))
    return 0


def parse_languages(text: str) -> list[str]:
    """'nl,en' -> ['nl', 'en']; a GameError with a readable message otherwise."""
    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages:
        raise GameError(key="cli.new.no_language")
    for language in languages:
        if not is_language_code(language):
            raise GameError(key="cli.new.not_a_code", code=language)
    if len(set(languages)) != len(languages):
        raise GameError(key="cli.new.twice")
    return languages


def _schema_reference(path: Path) -> str | None:
    """The schema file as the editor finds it from the new file: a relative path, or None."""
    schema = SCENARIOS_DIR / SCHEMA_FILE_NAME
    if not schema.is_file():
        return None
    try:
        return Path(os.path.relpath(schema, path.resolve().parent)).as_posix()
    except ValueError:  # another drive on Windows
        return schema.as_uri()

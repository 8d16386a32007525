"""`python main.py new FILE [--years N] [--lang nl,en]`: write a commented starter scenario."""

from __future__ import annotations

import os
from pathlib import Path

from game.errors import GameError
from game.files import write_text
from game.paths import SCENARIOS_DIR
from game.scenario.json_schema import SCHEMA_FILE_NAME
from game.scenario.template import starter_scenario
from game.scenario.texts import is_language_code

MAX_YEARS = 20


def run_new(path: Path, years: int = 2, languages: str = "nl") -> int:
    if not 1 <= years <= MAX_YEARS:
        raise GameError(f"--years must be between 1 and {MAX_YEARS}, not {years}")
    codes = parse_languages(languages)
    if path.exists():
        raise GameError(f"{path} already exists; choose another name (this command never overwrites a file)")
    text = starter_scenario(path.stem, years, codes, _schema_reference(path))
    write_text(path, text, exclusive=True)
    dutch = codes[0] == "nl"
    print(f"{path}: " + ("nieuw scenario geschreven" if dutch else "new scenario written"))
    print(("Controleer het met" if dutch else "Check it with") + f":  python main.py validate {path}")
    print(("Speel het met" if dutch else "Play it with") + f":  python main.py play {path}")
    return 0


def parse_languages(text: str) -> list[str]:
    """'nl,en' -> ['nl', 'en']; a GameError with a readable message otherwise."""
    languages = [part.strip() for part in text.split(",") if part.strip()]
    if not languages:
        raise GameError("--lang needs at least one language code, like nl or nl,en")
    for language in languages:
        if not is_language_code(language):
            raise GameError(f"'{language}' is not a language code; use a short code like nl or en")
    if len(set(languages)) != len(languages):
        raise GameError("a language is listed twice in --lang")
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

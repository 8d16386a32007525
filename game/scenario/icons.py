"""Reading an `icon:` value (of a meter or a speaker): a built-in pictogram name, or an image file of the
scenario's own beside it, which is checked but never opened (only its place, type and size)."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Literal

from yaml.nodes import Node

from game.errors import Phrase
from game.formatting import megabytes
from game.scenario.assets import AssetError, resolve_asset
from game.scenario.errors import Said
from game.scenario.nodes import Checker, short
from game.scenario.pictograms import (
    METER_PICTOGRAMS,
    SPEAKER_PICTOGRAMS,
    Pictogram,
    is_file_reference,
)

Kind = Literal["meter", "speaker"]
ICON_TYPES = (".svg", ".png", ".jpg", ".jpeg")
MAX_ICON_BYTES = 1024 * 1024  # a pictogram needs far less; a larger file is a photo or a mistake
_ICON_EXAMPLES = {"meter": "icons/welzijn.svg", "speaker": "icons/wethouder.svg"}
_WORD = re.compile(r"[\w-]+")


def pictograms(kind: Kind) -> tuple[Pictogram, ...]:
    return METER_PICTOGRAMS if kind == "meter" else SPEAKER_PICTOGRAMS


def read_icon(checker: Checker, node: Node, kind: Kind, where: Said) -> str | None:
    """The icon `node` names: a built-in pictogram name, or the absolute path (as text) of an image file
    inside the scenario's folder (see assets.resolve_asset). None, with the problem reported, otherwise."""
    value = checker.string(node, Phrase("problem.the_key", {"word": "icon", "whole": where}))
    if value is None:
        return None
    if not is_file_reference(value):
        names = [pictogram.name for pictogram in pictograms(kind)]
        if value in names:
            return value
        noun = Phrase(f"problem.noun.{kind}")
        checker.report(
            node,
            Phrase(
                "problem.icon.unknown", {"noun": noun, "value": short(value), "hint": _closest(value, kind)}
            ),
        )
        return None
    try:
        path = resolve_asset(Path(checker.filename), value)
    except AssetError as error:
        checker.report(node, error.said)
        return None
    shown = short(value, 60)
    if path.suffix.lower() not in ICON_TYPES:
        suffix = {"suffix": path.suffix}
        kind_of_file = (
            Phrase("problem.icon_file.suffix", suffix)
            if path.suffix
            else Phrase("problem.icon_file.no_suffix")
        )
        checker.report(node, Phrase("problem.icon_file.type", {"file": shown, "kind": kind_of_file}))
        return None
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        checker.report(node, Phrase("problem.icon_file.missing", {"file": shown}))
        return None
    except OSError as error:
        reason = error.strerror or str(error)
        checker.report(node, Phrase("problem.icon_file.unreadable", {"file": shown, "reason": reason}))
        return None
    if size > MAX_ICON_BYTES:
        checker.report(node, Phrase("problem.icon_file.too_large", {"file": shown, "size": megabytes(size)}))
        return None
    return str(path)


def _closest(value: str, kind: Kind) -> Phrase:
    """'; did you mean ...?' with the closest built-in names (also for their Dutch or English words, like
    'burgemeester' for mayor), or every built-in name when none is close."""
    known = pictograms(kind)
    names = [pictogram.name for pictogram in known]
    wanted = value.strip().lower().replace("_", "-").replace(" ", "-")
    close = [name for name in names if name == wanted]
    if close:  # only the capitals or a '_' differ
        return Phrase("problem.hint.meant", {"name": close[0]})
    close += [p.name for p in known if wanted in _words(p) and p.name not in close]
    similar = set(difflib.get_close_matches(wanted, names, n=3, cutoff=0.6))
    similar |= {name for name in names if _near(wanted, name)}
    close += sorted(similar - set(close), key=lambda name: (edit_distance(wanted, name), name))
    if close:
        listed = [f"'{name}'" for name in close[:3]]
        if len(listed) == 1:
            return Phrase("problem.hint.meant", {"name": close[0]})
        choice = Phrase("problem.or", {"first": ", ".join(listed[:-1]), "last": listed[-1]})
        return Phrase("problem.hint.meant_one_of", {"names": choice})
    noun = Phrase(f"problem.noun.{kind}")
    return Phrase(
        "problem.icon.built_in", {"noun": noun, "names": ", ".join(names), "example": _ICON_EXAMPLES[kind]}
    )


def _words(pictogram: Pictogram) -> set[str]:
    """The words of what a pictogram shows, in Dutch and English: 'burgemeester', 'mayor', 'wijkagent'."""
    words = (word.lower() for text in (pictogram.nl, pictogram.en) for word in _WORD.findall(text))
    return {word for word in words if len(word) > 2}


def edit_distance(first: str, second: str) -> int:
    """The number of letters to insert, delete or change to turn one word into the other (Levenshtein)."""
    previous = list(range(len(second) + 1))
    for row, letter in enumerate(first, start=1):
        current = [row]
        for column, other in enumerate(second, start=1):
            changed = previous[column - 1] + (letter != other)
            current.append(min(previous[column] + 1, current[-1] + 1, changed))
        previous = current
    return previous[-1]


def near_miss(word: str, ids: list[str]) -> str | None:
    """The id `word` was probably meant to be (a typo, other capitals), or None: at most half the letters
    differ. A text with a space in it is never an id, so it is never a near miss."""
    if not ids or any(character.isspace() for character in word):
        return None
    lowered = word.lower()
    scored = sorted((edit_distance(lowered, candidate.lower()), candidate) for candidate in ids)
    best = scored[0][1]
    return best if _near(lowered, best.lower()) else None


def _near(word: str, other: str) -> bool:
    """At most half the letters of the longer word differ."""
    return 2 * edit_distance(word, other) <= max(len(word), len(other))

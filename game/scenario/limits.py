"""Hard limits for scenario files, which come from strangers: size, nesting depth, and no YAML aliases.

- **Size**: a scenario file may be at most MAX_FILE_BYTES (2 MiB; the 49-card default scenario is 150 KB,
  a generated 1,000-card one 750 KB). A larger file is refused before it is read or parsed.
- **Nesting**: format 1 nests blocks and lists 7 levels deep (scenario, cards, card, options, option,
  then, follow-up); more than MAX_DEPTH levels is refused. Deep nesting is not harmless: PyYAML's
  composers recurse once per level, the pure-Python one into RecursionError and libyaml's (CSafeLoader)
  into a C stack overflow that kills the process (about 30,000 levels, a 60 KB line of `[`).
- **Numbers** are at most MAX_NUMBER either way; a term at most MAX_COUNTS years of turns.
- **Anchors and aliases** (`&name`, `*name`) are refused altogether rather than bounded. Format 1 does not
  need them (the guides never mention them; every card is written out), a problem found in an aliased
  block would point at the anchor and not at the place it is used, and a "billion laughs" document of a
  few hundred bytes, harmless to the node tree, multiplies every walk over it (the schema reads the
  same block once per alias, per level) and explodes in any tool that loads the file with
  `yaml.safe_load`. Refusing them costs nothing: `&` or `*` at the start of a value is rare in a text,
  and only then is the file parsed a second time to be sure.

The checks are cheap for ordinary files: a bracket count and two regular-expression searches. Only a
file that might break a limit is parsed into events (iteratively, never recursively) to find the exact
place, which the problem then points at.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import yaml

from game.errors import Phrase
from game.formatting import MEGABYTE, megabytes
from game.scenario.errors import Problem
from game.scenario.yaml_loader import LIBYAML

MAX_FILE_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 32
# Numbers far beyond any meter stay exact and finite in every sum the game makes (a number of 400 digits
# was an OverflowError in float()); a term of at most 100 years of 100 turns always ends.
MAX_NUMBER = 10**9
MAX_COUNTS = {"years": 100, "turns_per_year": 100}
# Up to this many levels the composers are safe to run (libyaml's uses 200-300 bytes of C stack per
# level, under 1 MB here; Python's raises RecursionError, which is caught): the exact depth is then
# checked on the node tree (Checker.check_tags). A file that may nest deeper is checked on events first.
COMPOSE_SAFE_DEPTH = 3000
PYTHON_SAFE_DEPTH = 200  # the pure-Python composer, which explains libyaml's syntax errors, recurses too

_EventLoader = yaml.CSafeLoader if LIBYAML else yaml.SafeLoader  # (PyYAML without libyaml has no CSafeLoader)

_ODD_BREAKS = "\r\x85\u2028\u2029"
_COLLECTION_START = (yaml.MappingStartEvent, yaml.SequenceStartEvent)
_COLLECTION_END = (yaml.MappingEndEvent, yaml.SequenceEndEvent)

ALIAS = Phrase("problem.yaml.aliases")
DEPTH = Phrase("problem.yaml.depth", {"depth": MAX_DEPTH})
ALIAS_MESSAGE, DEPTH_MESSAGE = str(ALIAS), str(DEPTH)  # (in English, as tests compare them)


def size_message(size: int) -> Phrase:
    limit = MAX_FILE_BYTES // MEGABYTE
    return Phrase("problem.file.too_large", {"size": megabytes(size), "limit": limit})


def text_too_large(text: str) -> int | None:
    """The UTF-8 size of `text` when it is over the limit, else None (cheap for ordinary texts)."""
    if len(text) * 4 <= MAX_FILE_BYTES:
        return None
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > MAX_FILE_BYTES else None


def compose_is_safe(text: str, levels: int = COMPOSE_SAFE_DEPTH) -> bool:
    """Whether `text` surely nests at most `levels` deep, judged without parsing it.

    Flow collections need a '[' or '{' per level. Block collections need more indentation per level,
    except a list directly under a key, and compact entries (`- - x`, `? - x`) two characters of the
    line's leading run of spaces, tabs, '-', '?' and ':' per level: so the block levels are at most
    twice the longest such run, plus two.
    """
    brackets = text.count("[") + text.count("{")
    room = (levels - brackets) // 2 - 1  # the longest leading run that keeps the sum safe
    if room < 0:
        return False
    run = f"[\ufeff \\t?:-]{{{room + 1},}}"
    if re.match(run, text) or re.search(f"\n{run}", text):
        return False
    # YAML also breaks lines at \r, NEL and the Unicode line and paragraph separators.
    odd_breaks = any(character in text for character in _ODD_BREAKS)
    return not odd_breaks or re.search(f"[{_ODD_BREAKS}]{run}", text) is None


def may_have_aliases(text: str) -> bool:
    """Whether `text` may have an anchor or alias: '&' or '*' followed by a name, at a line start or after
    a space or a flow indicator (a superset of where YAML starts them; "I&A" is not one)."""
    for character in "&*":
        start = text.find(character)
        while start != -1:
            after = text[start + 1 : start + 2]
            named = bool(after) and not after.isspace() and after not in "[]{},"
            if named and (start == 0 or text[start - 1].isspace() or text[start - 1] in "[]{},:?\ufeff"):
                return True
            start = text.find(character, start + 1)
    return False


def _events(text: str) -> Iterator[yaml.Event]:
    """The parser's events (iterative, never recursive) up to the end or the first syntax error.

    Newer libyaml (PyYAML 6.0.4 and later) stops at a flow collection nested a thousand levels deep
    as soon as it meets its first bracket; the pure-Python parser then gives the events from there
    (skipping those already given: both parsers give the same events), so the depth is found where it is.
    """
    given = 0
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            given += 1
            yield event
        return
    except yaml.YAMLError as error:
        if not LIBYAML or "nesting depth" not in str(error):
            return  # composing reports the syntax error itself
    try:
        for index, event in enumerate(yaml.parse(text, Loader=yaml.SafeLoader)):
            if index >= given:
                yield event
    except yaml.YAMLError:
        return


def _at(filename: str, mark: Any, message: Phrase) -> Problem:  # a yaml.Mark or libyaml's own
    line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    return Problem.of(filename, line, column, message)


def event_problems(filename: str, text: str, depth: bool, aliases: bool) -> list[Problem]:
    """The first place nested deeper than MAX_DEPTH (`depth`) and the first anchor or alias (`aliases`)."""
    problems: list[Problem] = []
    level = 0
    for event in _events(text):
        if aliases and (isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None):
            problems.append(_at(filename, event.start_mark, ALIAS))
            aliases = False
        if isinstance(event, _COLLECTION_START):
            level += 1
            if depth and level > MAX_DEPTH:
                problems.append(_at(filename, event.start_mark, DEPTH))
                depth = False
        elif isinstance(event, _COLLECTION_END):
            level -= 1
        if not (depth or aliases):
            break
    return problems

"""Read a scenario file and compose its YAML node tree, turning every failure into a Problem."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

import yaml
from yaml.nodes import Node

from game.errors import Phrase
from game.scenario import limits
from game.scenario.errors import LINE_BREAK, Problem, Said
from game.scenario.yaml_loader import LIBYAML
from game.scenario.yaml_loader import PureLoader as _SafeLoader
from game.scenario.yaml_loader import compose as compose_yaml

_LEADING_TAB = re.compile(r"^ *\t[ \t]*")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Source:
    """The text of a scenario file and what identifies it."""

    filename: str
    text: str
    content_hash: str


def read_source(path: str | Path) -> tuple[Source | None, list[Problem]]:
    """Read a file as UTF-8 text; a missing file, a folder or bad encoding becomes a Problem."""
    filename = str(path)
    try:
        with open(path, "rb") as file:  # at most one byte over the limit: a huge file is never read whole
            data = file.read(limits.MAX_FILE_BYTES + 1)
            size = max(len(data), os.fstat(file.fileno()).st_size)
    except FileNotFoundError:
        return None, [Problem.of(filename, 1, 1, Phrase("problem.file.not_found"))]
    except IsADirectoryError:
        return None, [Problem.of(filename, 1, 1, Phrase("problem.file.folder"))]
    except OSError as error:
        return None, [
            Problem.of(filename, 1, 1, Phrase("problem.file.unreadable", {"reason": error.strerror or error}))
        ]
    if size > limits.MAX_FILE_BYTES:
        return None, [Problem.of(filename, 1, 1, limits.size_message(size))]
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        column = error.start - (data.rfind(b"\n", 0, error.start) + 1) + 1
        message = Phrase("problem.file.not_utf8", {"byte": f"0x{data[error.start]:02x}"})
        return None, [Problem.of(filename, line, column, message)]
    return Source(filename, text, hashlib.sha256(data).hexdigest()), []


def source_from_text(text: str, filename: str) -> Source:
    """A Source for text that did not come from a file (tests, tools)."""
    return Source(filename, text, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest())


def compose(source: Source) -> tuple[Node | None, list[Problem]]:
    """The YAML node tree of the file (safe loader only), or the syntax problems that prevent it.

    Files over the size limit, nested too deeply or with anchors and aliases are refused (limits.py).
    """
    text, filename = source.text, source.filename
    size = limits.text_too_large(text)
    if size is not None:
        return None, [Problem.of(filename, 1, 1, limits.size_message(size))]
    surrogate = _SURROGATE.search(text)  # only in a text from a caller: a decoded file has none
    if surrogate is not None:
        return None, [_unreadable_character(source, surrogate.start())]
    python_composes = not LIBYAML or "\ufeff" in text  # see yaml_loader.compose
    levels = limits.PYTHON_SAFE_DEPTH if python_composes else limits.COMPOSE_SAFE_DEPTH
    deep, aliases = not limits.compose_is_safe(text, levels), limits.may_have_aliases(text)
    if deep or aliases:
        problems = limits.event_problems(filename, text, deep, aliases)
        if problems:
            return None, problems
    try:
        root = compose_yaml(text)  # libyaml when it reads the text as the pure-Python loader does
    except yaml.YAMLError as fast_error:
        if not deep and not limits.compose_is_safe(text, limits.PYTHON_SAFE_DEPTH):
            problems = limits.event_problems(filename, text, True, False)  # before Python recurses as deep
            if problems:
                return None, problems
        # Explain the error as the pure-Python scanner reports it, so messages do not depend on libyaml;
        # the few texts only libyaml refuses are read as without libyaml (yaml_loader.py).
        try:
            root = yaml.compose(text, Loader=_SafeLoader)
        except yaml.YAMLError as error:
            return None, _explain(source, error)
        except RecursionError:
            return None, limits.event_problems(filename, text, True, False) or _explain(source, fast_error)
    except RecursionError:  # the pure-Python composer (no libyaml, a BOM, see yaml_loader) on a deep file
        return None, limits.event_problems(filename, text, True, False) or _unreadable(source)
    if root is None:
        return None, [Problem.of(source.filename, 1, 1, Phrase("problem.file.empty"))]
    return root, []


def _tab_lines(text: str) -> list[tuple[int, int]]:
    """(line, column), 1-based, of each tab used for indentation."""
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        match = _LEADING_TAB.match(line)
        if match:
            found.append((number, line.index("\t") + 1))
    return found


_TAB_MESSAGE = Phrase("problem.yaml.tab_indent")


def _explain(source: Source, error: yaml.YAMLError) -> list[Problem]:
    """Plain-language problems for a YAML syntax error."""
    filename = source.filename
    if isinstance(error, yaml.reader.ReaderError) and source.text:
        return [_unreadable_character(source, error.position)]
    if not isinstance(error, yaml.MarkedYAMLError) or error.problem_mark is None:
        return [Problem.of(filename, 1, 1, Phrase("problem.yaml.unreadable_because", {"reason": str(error)}))]
    mark = error.problem_mark
    line, column = mark.line + 1, mark.column + 1
    problem = error.problem or ""
    context = error.context or ""
    tabs = _tab_lines(source.text)
    at_tab = 0 <= mark.index < len(source.text) and source.text[mark.index] == "\t"
    if tabs and (at_tab or "tab" in problem or any(tab_line == line for tab_line, _ in tabs)):
        return [Problem.of(filename, tab_line, tab_column, _TAB_MESSAGE) for tab_line, tab_column in tabs]
    if at_tab or "'\\t'" in problem:
        return [Problem.of(filename, line, column, Phrase("problem.yaml.tab"))]
    context_mark = error.context_mark
    if "quoted scalar" in context and "end of stream" in problem and context_mark is not None:
        message = Phrase("problem.yaml.quote")
        return [Problem.of(filename, context_mark.line + 1, context_mark.column + 1, message)]
    return [Problem.of(filename, line, column, _plain_message(problem, context, context_mark))]


def _unreadable(source: Source) -> list[Problem]:
    return [Problem.of(source.filename, 1, 1, Phrase("problem.yaml.unreadable"))]


def _unreadable_character(source: Source, index: int) -> Problem:
    """A character YAML does not allow in a file (a control character, a lone surrogate), where it is."""
    text = source.text
    index = min(max(index, 0), len(text) - 1)
    before = text[:index]
    line = len(LINE_BREAK.findall(before)) + 1
    column = index - max(before.rfind(character) for character in "\r\n\x85\u2028\u2029")
    message = Phrase("problem.yaml.character", {"code": f"U+{ord(text[index]):04X}"})
    return Problem.of(source.filename, line, column, message)


def _plain_message(problem: str, context: str, context_mark: yaml.Mark | None) -> Phrase:
    opened: Said = Phrase("problem.yaml.opened", {"line": context_mark.line + 1}) if context_mark else ""
    if "mapping values are not allowed" in problem:
        return Phrase("problem.yaml.colon")
    if "could not find expected ':'" in problem:
        return Phrase("problem.yaml.no_colon")
    if "expected <block end>" in problem or "expected <block mapping end>" in problem:
        if "'<scalar>'" in problem:
            return Phrase("problem.yaml.after_quote")
        return Phrase("problem.yaml.indent")
    if "expected ',' or '}'" in problem:
        return Phrase("problem.yaml.block_open", {"opened": opened})
    if "expected ',' or ']'" in problem:
        return Phrase("problem.yaml.list_open", {"opened": opened})
    if "that cannot start any token" in problem:
        character = problem.split("'")[1] if problem.count("'") >= 2 else ""
        if not character:
            return Phrase("problem.yaml.start_this")
        return Phrase("problem.yaml.start", {"character": repr(character)})
    if "undefined alias" in problem:
        return Phrase("problem.yaml.alias")
    if "duplicate anchor" in context:
        return Phrase("problem.yaml.anchor")
    if "single document" in context or "another document" in problem:
        return Phrase("problem.yaml.document")
    if "escape" in problem:
        return Phrase("problem.yaml.escape")
    if "end of stream" in problem:
        return Phrase("problem.yaml.open_end", {"opened": opened})
    return Phrase("problem.yaml.other", {"problem": problem})

"""Word wrapping with Dutch-friendly hyphenation, and paths shortened to fit a line (no pygame here)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

Measure = Callable[[str], int]

VOWELS = frozenset("aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUYÀÁÂÄÈÉÊËÌÍÎÏÒÓÔÖÙÚÛÜ")
_SOFT_BREAKS = "-/\u2013"
HYPHEN = "-"
# A word that names a file or folder: a path ("/home/…", "…/reports", "~/x", "C:\\x", "(/tmp/x)") or a name
# with an extension ("a.html", "raadssessie.yaml:3:1"), or a web address ("http://…", "192.168.1.5:8000/x").
# For a reader it is one word: never hyphenated.
# ("willen/kunnen/mogen" is no path: it does not start with a separator.)
_FILE_NAME = re.compile(
    r"^[(\[\"'\u201c\u2018]?(?:[~\u2026]?/|[A-Za-z]:\\|\\)|\w\.[A-Za-z][A-Za-z0-9]{0,4}\b|://|^\d{1,3}(?:\.\d{1,3}){3}"
)
_NAME_BREAKS = ("/\\", "-_")  # path separators first, then the joins between parts


def _is_vowel(word: str, index: int) -> bool:
    char = word[index]
    if char in VOWELS:
        return True
    # Dutch "ij" acts as one vowel.
    return char in "jJ" and index > 0 and word[index - 1] in "iI"


def _good_break(word: str, index: int) -> bool:
    """A plausible syllable boundary between word[index-1] and word[index]."""
    before, after = word[index - 1], word[index]
    if before in _SOFT_BREAKS:
        return True
    if not (before.isalpha() and after.isalpha()):
        return False
    if index + 1 >= len(word) or _is_vowel(word, index) or not _is_vowel(word, index + 1):
        return False
    if (before + after).lower() in ("ch", "ij", "sj", "th", "ph"):
        return False
    head, tail = word[:index], word[index:]
    return any(_is_vowel(head, i) for i in range(len(head))) and any(
        _is_vowel(tail, i) for i in range(len(tail))
    )


def _head(word: str, index: int) -> str:
    head = word[:index]
    return head if head[-1] in _SOFT_BREAKS else head + HYPHEN


def split_word(
    word: str, fits: Callable[[str], bool], min_part: int = 2, syllable_only: bool = False
) -> tuple[str, str] | None:
    """Split `word` into (head ending in a hyphen, rest) so that `fits(head)`; None when impossible.

    Prefers a syllable boundary, unless that would leave the head much shorter than the longest
    head that fits; with `syllable_only`, only a syllable boundary will do.
    """
    longest = 0
    best_good = 0
    for index in range(len(word) - min_part, min_part - 1, -1):
        if not fits(_head(word, index)):
            continue
        longest = longest or index
        if _good_break(word, index):
            best_good = index
            break
    if not longest or (syllable_only and not best_good):
        return None
    index = best_good if best_good and best_good * 2 >= longest else longest
    return _head(word, index), word[index:]


def _force_split(word: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """Cut as many characters as fit (at least one), for boxes narrower than a syllable."""
    index = 1
    while index < len(word) - 1 and fits(word[: index + 1] + HYPHEN):
        index += 1
    return word[:index] + HYPHEN, word[index:]


def is_file_name(word: str) -> bool:
    """Whether `word` names a file or folder (it then wraps whole, never hyphenated)."""
    return _FILE_NAME.search(word) is not None


def split_file_name(name: str, fits: Callable[[str], bool]) -> tuple[str, str]:
    """Split a file name too long for a whole line where a reader looks for a break, adding nothing: before
    a folder or file of a path, else after a part such as the date in "20261206-124054-raad.html" (the
    last such place that fits); cut it only when neither fits."""
    for breaks in _NAME_BREAKS:
        for index in range(len(name) - 1, 0, -1):
            if name[index - 1] in breaks and fits(name[:index]):
                return name[:index], name[index:]
    return _force_split(name, fits)


def wrap(text: str, width: int, measure: Measure) -> list[str]:
    """Break `text` into lines no wider than `width` (as measured); newlines start new lines."""
    lines: list[str] = []
    for paragraph in text.strip().split("\n"):
        lines.extend(_wrap_paragraph(paragraph, width, measure))
    return lines


def _wrap_paragraph(paragraph: str, width: int, measure: Measure) -> list[str]:
    lines: list[str] = []
    line = ""
    for original in paragraph.split():
        word = original
        while word:
            candidate = f"{line} {word}" if line else word
            if measure(candidate) <= width:
                line = candidate
                break
            if measure(word) <= width:
                lines.append(line)
                line = ""
                continue
            if is_file_name(word):
                if line:  # a file name moves to a line of its own rather than being broken
                    lines.append(line)
                    line = ""
                    continue
                head, word = split_file_name(word, lambda head: measure(head) <= width)
                lines.append(head)
                continue
            prefix = f"{line} " if line else ""

            def fits(head: str, prefix: str = prefix) -> bool:
                return measure(prefix + head) <= width

            split = split_word(word, fits, min_part=3 if line else 2, syllable_only=bool(line))
            if split is None and line:
                lines.append(line)
                line = ""
                continue
            head, word = split if split is not None else _force_split(word, fits)
            lines.append(prefix + head)
            line = ""
    if line or not lines:
        lines.append(line)
    return lines


def truncate(line: str, width: int, measure: Measure, ellipsis: str = "\u2026") -> str:
    """Shorten `line` with an ellipsis until it fits `width`."""
    if measure(line) <= width:
        return line
    while line and measure(line.rstrip() + ellipsis) > width:
        line = line[:-1]
    return line.rstrip() + ellipsis


def shorten_left(text: str, width: int, measure: Measure, ellipsis: str = "\u2026") -> str:
    """`text` as it is when it fits `width`, else its end after an ellipsis (a path's end says most)."""
    if measure(text) <= width:
        return text
    for start in range(1, len(text)):
        shown = ellipsis + text[start:]
        if measure(shown) <= width:
            return shown
    return ellipsis


def short_folder(folder: Path, width: int, measure: Measure) -> str:
    """The folder (the home folder as ~) shortened at whole parts from the left ("…/share/app/reports"), then
    letter by letter."""
    parts = folder.parts
    if folder.is_relative_to(Path.home()):  # "~/.local/share/app/reports", as a player knows the place
        parts = ("~", *folder.relative_to(Path.home()).parts)
    text = os.sep.join(parts) if parts[0] == "~" else str(folder)
    if measure(text) <= width:
        return text
    for start in range(1, len(parts)):
        shown = "\u2026" + os.sep + os.sep.join(parts[start:])
        if measure(shown) <= width:
            return shown
    return shorten_left(text, width, measure)

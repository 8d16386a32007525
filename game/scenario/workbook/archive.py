"""Look inside a workbook's zip before a reader unpacks it: what it holds (.xlsx or .ods) and its size.

A workbook from a stranger may be anything: another format with the name .xlsx, a password protected
file, a zip whose parts unpack to gigabytes. The sizes come from the zip's directory, before anything
is unpacked; Python's zipfile never unpacks a part beyond the size its directory gives.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from xml.parsers import expat

from game.errors import GameError, Phrase
from game.formatting import MEGABYTE, megabytes

MAX_UNPACKED_BYTES = 50 * 1024 * 1024  # all parts together; the largest shipped scenario unpacks to 0.5 MB
MAX_RATIO = 100  # a part over RATIO_FROM bytes that unpacks to more than 100x its packed size is a bomb
RATIO_FROM = 1024 * 1024
MAX_PARTS = 1000
MAX_MERGED = 10_000  # cells in one merged range of an .xlsx (openpyxl needs 2 s for 100,000)
MERGED = re.compile(rb'<(?:\w+:)?mergeCell\b[^>]*?\bref="([A-Za-z]+)([0-9]+):([A-Za-z]+)([0-9]+)"')
OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a password protected .xlsx, or an old .xls
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"
# What zipfile raises for a damaged zip or part (a bad header, a bad CRC, broken deflate data, an
# encrypted part, a method it does not know); OSError stays what it is: the file could not be read.
UNPACKING = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    EOFError,
    ValueError,
    RuntimeError,
    NotImplementedError,
)
SAVE_AGAIN = Phrase("problem.workbook.save_again")  # "open it in Excel or LibreOffice and save it again ..."


class WorkbookUnreadable(GameError):
    """The file is not a workbook this game can read (damaged, password protected, another format): a
    `problem.workbook.*` key and its parameters, said by language; str() is its English."""


def workbook_kind(path: Path) -> str:
    """'.xlsx' or '.ods': what the file at `path` holds, once its parts are known to unpack to a sane
    size; WorkbookUnreadable, in plain words, when it is no workbook or one that must not be unpacked."""
    with path.open("rb") as file:
        head = file.read(len(OLE_SIGNATURE))
    if not head:
        raise WorkbookUnreadable(key="problem.workbook.empty")
    if head == OLE_SIGNATURE:
        raise WorkbookUnreadable(key="problem.workbook.password")
    try:
        with zipfile.ZipFile(path) as archive:
            parts = archive.infolist()
            _check_sizes(parts)
            names = {part.filename for part in parts}
            mimetype = _small_text(archive, "mimetype") if "mimetype" in names else ""
    except UNPACKING:
        raise WorkbookUnreadable(key="problem.workbook.not_zip", again=SAVE_AGAIN) from None
    if mimetype.startswith("application/vnd.oasis.opendocument"):
        if mimetype.strip() != ODS_MIMETYPE:
            raise WorkbookUnreadable(key="problem.workbook.other_document", mimetype=mimetype.strip())
        return ".ods"
    if "[Content_Types].xml" in names or any(name.startswith("xl/") for name in names):
        return ".xlsx"
    if "content.xml" in names:
        return ".ods"
    raise WorkbookUnreadable(key="problem.workbook.no_spreadsheet_zip", again=SAVE_AGAIN)


def _check_sizes(parts: list[zipfile.ZipInfo]) -> None:
    if len(parts) > MAX_PARTS:
        raise WorkbookUnreadable(key="problem.workbook.parts", count=len(parts), most=MAX_PARTS)
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise WorkbookUnreadable(
            key="problem.workbook.too_large",
            size=megabytes(total),
            most=MAX_UNPACKED_BYTES // MEGABYTE,
        )
    for part in parts:
        if part.file_size > RATIO_FROM and part.file_size > MAX_RATIO * max(part.compress_size, 1):
            raise WorkbookUnreadable(
                key="problem.workbook.bomb",
                part=part.filename,
                size=part.file_size,
                packed=part.compress_size,
                ratio=MAX_RATIO,
            )


def check_merged_ranges(path: Path) -> None:
    """WorkbookUnreadable for an .xlsx that merges more than MAX_MERGED cells into one: openpyxl makes an
    object of every merged cell while it loads (a whole column, a million cells, takes a quarter of a
    minute), so the sheets' XML is searched for them first."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part in archive.infolist():
                if not part.filename.startswith("xl/worksheets/"):
                    continue
                for found in MERGED.finditer(archive.read(part)):
                    first_column, first_row, last_column, last_row = found.groups()
                    cells = (abs(_column(last_column) - _column(first_column)) + 1) * (
                        abs(int(last_row) - int(first_row)) + 1
                    )
                    if cells > MAX_MERGED:
                        shown = found.group(0).decode("ascii", "replace").split('"')[-2]
                        raise WorkbookUnreadable(
                            key="problem.workbook.merged", part=part.filename, cells=cells, shown=shown
                        )
    except UNPACKING:
        return  # the reader says what is wrong with the zip


def _column(letters: bytes) -> int:
    number = 0
    for letter in letters.upper():
        number = number * 26 + letter - ord("A") + 1
    return number


def _small_text(archive: zipfile.ZipFile, name: str) -> str:
    with archive.open(name) as part:
        return part.read(200).decode("utf-8", "replace")


def damaged_part(path: Path) -> Phrase | None:
    """The first part of the workbook that cannot be unpacked or is no well-formed XML, with why
    ("content.xml is not well-formed XML (no element found: line 2, column 0)"); None when every part
    is sound. Asked only after a reader failed, to name the part."""
    try:
        with zipfile.ZipFile(path) as archive:
            for part in archive.infolist():
                try:
                    data = archive.read(part)
                except UNPACKING as error:
                    return Phrase(
                        "problem.workbook.part_packed", {"part": part.filename, "error": str(error)}
                    )
                if not part.filename.endswith((".xml", ".rels")):
                    continue
                try:
                    expat.ParserCreate().Parse(data, True)
                except expat.ExpatError as error:
                    return Phrase("problem.workbook.part_xml", {"part": part.filename, "error": str(error)})
    except UNPACKING:
        return None
    return None


def unreadable(path: Path, error: BaseException) -> WorkbookUnreadable:
    """The plain words for a reader's failure on a damaged workbook: the damaged part when one is found,
    else the reader's own words."""
    found = damaged_part(path)
    if found is not None:
        return WorkbookUnreadable(key="problem.workbook.damaged_part", found=found, again=SAVE_AGAIN)
    while error.__cause__ is not None:  # openpyxl wraps the error it met in a long one of its own
        error = error.__cause__
    if isinstance(error, KeyError) and error.args:
        said = str(error.args[0])
    else:
        said = str(error) or type(error).__name__
    said = said.strip().splitlines()[0] if said.strip() else type(error).__name__
    return WorkbookUnreadable(key="problem.workbook.damaged", said=said[:200], again=SAVE_AGAIN)

"""Files a scenario refers to (issue 8: the speakers' icons; later portraits and sounds), kept inside the
scenario's folder.

Scenario files come from strangers, so a reference is a *relative path inside the folder of the scenario
file*, nothing else: `icons/wethouder.png` or `icons\\wethouder.png`. resolve_asset refuses, with a
message for the author, everything that could read a file elsewhere or reach the network: '..', absolute
paths ('/etc/passwd', '\\\\server\\share'), drive letters ('C:'), URLs ('https:', 'file:', 'data:'), NUL
and other control characters, Windows device names ('CON', 'NUL.png'), and links (symlinks, also of a
folder on the way) whose target is outside the scenario's folder. A link that stays inside is fine.

Issue 8's speaker icons must go through resolve_asset; nothing else may turn a reference into a path.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath

from game.errors import GameError, Phrase

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_DRIVE = re.compile(r"[A-Za-z]:")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{name}{number}" for name in ("com", "lpt") for number in (*"123456789", "¹", "²", "³")}
)


class AssetError(GameError):
    """A file reference in a scenario that is refused; `message` says why, for the problem's text."""

    def __init__(self, reference: str, message: str | Phrase) -> None:
        self.reference = reference
        self.said = message  # a phrase said in the reader's language, or (the rarer ones) English
        self.message = str(message)
        super().__init__(self.message)


def resolve_asset(scenario_file: Path, reference: str) -> Path:
    """The file `reference` names, relative to the folder of `scenario_file`; AssetError when it is not a
    plain relative path or leads outside that folder (see the module's docstring).

    The file need not exist (the caller reports a missing file); every link that does exist on the way
    is followed, and the result must still be inside the scenario's folder. The folder is that of
    `scenario_file` as given (a linked scenario file keeps its files beside the link).
    """
    shown = repr(reference) if isinstance(reference, str) else repr(str(reference))
    if not isinstance(reference, str) or not reference.strip():
        raise AssetError(str(reference), Phrase("problem.asset.empty"))
    if "\x00" in reference:
        raise _refused(reference, "nul", shown)
    if _CONTROL.search(reference):
        raise _refused(reference, "control", shown)
    if _DRIVE.match(reference) or PureWindowsPath(reference).drive:
        raise _refused(reference, "drive", shown)
    scheme = _SCHEME.match(reference)
    if "://" in reference or (scheme is not None and "." not in scheme.group()):
        raise _refused(reference, "url", shown)
    if reference.startswith(("/", "\\")) or PurePosixPath(reference).is_absolute():
        raise _refused(reference, "absolute", shown)
    if ":" in reference:  # on Windows 'a:b' is a hidden stream of file 'a'
        raise _refused(reference, "colon", shown)
    parts = [part for part in re.split(r"[\\/]", reference) if part not in ("", ".")]
    if ".." in parts:
        raise _refused(reference, "out", shown)
    if not parts:
        raise _refused(reference, "folder", shown)
    for part in parts:
        if part.endswith((".", " ")):  # Windows drops them: '.. ' and '...' would be '..' there
            raise _refused(reference, "dot_end", shown)
        if part.split(".")[0].rstrip(" ").lower() in _DEVICES:
            raise _refused(reference, "device", shown, part=repr(part))
    folder = scenario_file.absolute().parent.resolve()
    try:
        target = folder.joinpath(*parts).resolve()  # follows every link that exists on the way
    except (OSError, RuntimeError):  # a loop of links (RuntimeError before Python 3.13)
        raise _refused(reference, "loop", shown) from None
    if not target.is_relative_to(folder):
        raise _refused(reference, "link_out", shown)
    if target == folder or target.is_dir():
        raise _refused(reference, "folder", shown)
    return target


def _refused(reference: str, why: str, shown: str, **params: object) -> AssetError:
    """The error refusing `reference` for the reason `why` (a key under 'problem.asset.')."""
    return AssetError(reference, Phrase(f"problem.asset.{why}", {"reference": shown, **params}))

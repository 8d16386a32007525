"""The command line's arguments, with friendly errors ("did you mean ...?") instead of tracebacks."""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

from game.cli.language import LANGUAGE_NAMES, program_name
from game.core.countdown import DEFAULT_SECONDS
from game.i18n import LANGUAGES, one_of, t
from game.settings import PREVIEWS


class FriendlyParser(argparse.ArgumentParser):
    """argparse with a suggestion for mistyped commands and options, exit code 2 on misuse, and its
    messages in `lang` (set by build_parser on every command's parser)."""

    lang = "en"
    hint = ""  # "did you mean ...?" for the mistyped word, found where argparse refuses it

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, t("cli.usage_error", self.lang, prog=self.prog, message=message) + self.hint + "\n")

    def parse_args(  # type: ignore[override]  # (one signature for argparse's overloads)
        self, args: Sequence[str] | None = None, namespace: Any = None
    ) -> Any:
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self.hint = _option_hint(self, getattr(parsed, "command", None), extras[0], self.lang)
            self.error(t("cli.unrecognized", self.lang, words=" ".join(extras)))
        return parsed

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:  # (the choices are listed in
            wrong = (
                LANGUAGE_NAMES.get(value, value) if action.type is language_code else value
            )  # the message)
            self.hint = _suggestion(wrong, list(action.choices), self.lang)
            listed = one_of([f"'{choice}'" for choice in action.choices], self.lang)
            if isinstance(action, argparse._SubParsersAction):  # (None: no "argument COMMAND:" before it)
                raise argparse.ArgumentError(
                    None, t("cli.value.command", self.lang, value=value, choices=listed)
                )
            raise argparse.ArgumentError(
                action, t("cli.value.one_of", self.lang, value=value, choices=listed)
            )

    def _get_value(self, action: argparse.Action, arg_string: str) -> Any:
        try:
            return super()._get_value(action, arg_string)
        except argparse.ArgumentError as error:
            refused = error.__context__  # (argparse words a type's refusal from its str(): English)
            if isinstance(refused, ValueRefused):
                raise argparse.ArgumentError(action, t(refused.key, self.lang, **refused.params)) from None
            raise


class ValueRefused(argparse.ArgumentTypeError):
    """An option's value refused by its type, as a game.i18n key and its parameters."""

    def __init__(self, key: str, **params: object) -> None:
        self.key, self.params = key, params
        super().__init__(t(key, "en", **params))


def _suggestion(wrong: str, names: list[str], lang: str) -> str:
    import difflib  # only for a mistyped command line: not on the way to the window's first frame

    close = difflib.get_close_matches(wrong, names, n=1)
    return "\n  " + t("cli.did_you_mean", lang, name=close[0]) if close else ""


def _option_hint(parser: argparse.ArgumentParser, command: str | None, wrong: str, lang: str) -> str:
    """ "did you mean ...?" among the options `command` takes; an option only other commands take is
    said to be theirs (`report --data-dir` is no typo of itself)."""
    own = _command_options(parser, command)
    if wrong.split("=")[0] in own or not wrong.startswith("-"):
        return _suggestion(wrong, own, lang)
    others = [name for name, options in _commands(parser).items() if wrong.split("=")[0] in options]
    if others and command is not None:
        return "\n  " + t(
            "cli.option_of", lang, option=wrong.split("=")[0], commands=one_of(others, lang), command=command
        )
    return _suggestion(wrong, own, lang)


def _commands(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    """Each command's long options, as the parser has them."""
    found: dict[str, list[str]] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = [
                    option
                    for each in sub._actions
                    for option in each.option_strings
                    if option.startswith("--")
                ]
    return found


def _command_options(parser: argparse.ArgumentParser, command: str | None) -> list[str]:
    """The long options `command` (None: no command) takes, the program's own included."""
    own = [
        option for action in parser._actions for option in action.option_strings if option.startswith("--")
    ]
    return own + (_commands(parser).get(command, []) if command is not None else [])


def language_code(text: str) -> str:
    """A message language as typed ('EN ' -> 'en'); the parser refuses any but LANGUAGES."""
    return text.strip().lower()


def window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d+)[xX](\d+)", text.strip())
    if not match:
        raise ValueRefused("cli.value.size", text=text)
    width, height = int(match.group(1)), int(match.group(2))
    if width < 640 or height < 360 or width > 7680 or height > 4320:
        raise ValueRefused("cli.value.size_range", size=f"{width}x{height}")
    return width, height


def size_list(text: str) -> list[tuple[int, int]]:
    parts = [part for part in text.split(",") if part.strip()]
    if not parts:
        raise ValueRefused("cli.value.sizes", text=text)
    return [window_size(part) for part in parts]


def choice_list(text: str) -> list[int]:
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if not parts or not all(part.isdigit() for part in parts):
        raise ValueRefused("cli.value.choices", text=text)
    return [int(part) for part in parts]


def seed_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise ValueRefused("cli.value.whole", text=text) from None


def timer_seconds(text: str) -> int:
    if not text.strip().isdigit() or not 10 <= int(text) <= 3600:
        raise ValueRefused("cli.value.timer", text=text)
    return int(text)


def worker_count(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 256:
        raise ValueRefused("cli.value.workers", text=text)
    return int(text)


def run_count(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 1_000_000:
        raise ValueRefused("cli.value.runs", text=text)
    return int(text)


def port_number(text: str) -> int:
    if not text.strip().isdigit() or not 0 <= int(text) <= 65535:
        raise ValueRefused("cli.value.port", text=text)
    return int(text)


def host_address(text: str) -> str:
    import ipaddress

    try:
        return str(ipaddress.ip_address(text.strip()))
    except ValueError:
        raise ValueRefused("cli.value.host", text=text) from None


def table_count(text: str) -> int:
    if not text.strip().isdigit() or not 2 <= int(text) <= 8:
        raise ValueRefused("cli.value.tables", text=text)
    return int(text)


def vote_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1
    if not 0 < seconds <= 3600:
        raise ValueRefused("cli.value.vote_seconds", text=text)
    return seconds


def build_parser(lang: str = "en") -> argparse.ArgumentParser:
    """The command line's parser, its own messages in `lang` (argparse's words: cli.language)."""
    parser = FriendlyParser(prog=program_name(), description=t("cli.description", lang))
    parser.add_argument(
        "--lang",
        dest="top_lang",
        type=language_code,
        choices=LANGUAGES,
        metavar="LANG",
        help=t("cli.help.lang", lang),
    )
    parser.add_argument(
        "--quit-after-first-frame",
        dest="quit_first_frame_top",
        action="store_true",
        help="open the window and exit after its first frame (to time start-up)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=FriendlyParser)

    play = commands.add_parser("play", help="play a scenario in the window, or headless")
    play.add_argument("scenario", nargs="?", help="scenario file (default: the shipped default scenario)")
    play.add_argument("--lang", help="language, e.g. nl or en (default: the scenario's first language)")
    play.add_argument("--seed", type=seed_number, help="random seed, to replay the same game")
    play.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    play.add_argument("--size", type=window_size, default=(1280, 720), help="window size, e.g. 1920x1080")
    play.add_argument(
        "--group",
        action="store_true",
        help="a group session: reveal, discussion timer, votes (default: solo play)",
    )
    play.add_argument(
        "--timer",
        type=timer_seconds,
        default=DEFAULT_SECONDS,
        metavar="SECONDS",
        help=f"length of the discussion timer in a group session (default: {DEFAULT_SECONDS})",
    )
    play.add_argument(
        "--preview",
        choices=PREVIEWS,
        help="show before deciding: none, which meters an option moves, or the full effects "
        "(default: none in a group session, which in solo play)",
    )
    play.add_argument(
        "--presenter",
        action="store_true",
        help="open a second window for the facilitator: question, timer, votes and keys",
    )
    play.add_argument(
        "--reduced-motion",
        action="store_true",
        help="no motion: every screen appears at once, settled (also in the pause menu)",
    )
    play.add_argument("--mute", action="store_true", help="start without sound cues (M switches them on)")
    play.add_argument(
        "--read-aloud",
        action="store_true",
        help="read every card, its options, the feedback and the year aloud (S switches it, H repeats)",
    )
    play.add_argument(
        "--reading-font",
        action="store_true",
        help="a reading font for dyslexic readers (OpenDyslexic) with wider line spacing",
    )
    play.add_argument(
        "--phones",
        action="store_true",
        help="group session: the room also votes from phones (a web server on this laptop, a QR code)",
    )
    play.add_argument(
        "--tables",
        type=table_count,
        default=0,
        metavar="N",
        help="tables side by side: 2 to 8 tables each play their own game of the scenario on a tablet or "
        "phones (a web server on this laptop, a QR code per table); a session of its own kind",
    )
    play.add_argument(
        "--pace",
        choices=("rounds", "free"),
        help="with --tables: rounds (every table gets its next card together; default) or free "
        "(each table at its own pace)",
    )
    play.add_argument(
        "--resume-tables",
        metavar="LOG",
        help="go on with the tables session of this session log (a crash stopped it): every table where "
        "it stood; the log's tables, pace and seed",
    )
    play.add_argument(
        "--host",
        type=host_address,
        metavar="ADDR",
        help="with --phones or --tables: the address the devices reach the laptop at (default: its local "
        "network address)",
    )
    play.add_argument(
        "--port",
        type=port_number,
        default=0,
        metavar="N",
        help="with --phones or --tables: the port (default: any free one)",
    )
    play.add_argument(
        "--vote-window",
        type=vote_seconds,
        default=60.0,
        metavar="S",
        help="headless with --phones: seconds each card (and each debrief question) is open; with --tables: "
        "seconds each round (free pace: each table's card) is open (default: 60)",
    )
    play.add_argument(
        "--debrief",
        action="store_true",
        help="headless with --group --phones: a rehearsal of the statements before the first card and the "
        "guided debrief after the last, each question open for the vote window; every answer that passes "
        "the checks is approved (no facilitator approves in a rehearsal)",
    )
    play.add_argument(
        "--report",
        metavar="FILE.html",
        help="headless: write the session's report to this file (and its CSV beside it), as `report` does",
    )
    play.add_argument(
        "--data-dir",
        metavar="DIR",
        help="folder for saved sessions (DIR/saves; default: the user's data folder)",
    )
    play.add_argument(
        "--scenario-dir",
        metavar="DIR",
        help="your own scenarios, listed on the title screen (default: Documents/Digitaal leiderschap)",
    )
    play.add_argument(
        "--watch",
        action="store_true",
        help="reload the scenario by itself when its file changes (as F5 does)",
    )
    play.add_argument("--headless", action="store_true", help="play without a window")
    play.add_argument("--auto", action="store_true", help="headless: choose options at random from the seed")
    play.add_argument("--choices", type=choice_list, help="headless: options to choose, 1-based, e.g. 1,2,1")
    play.add_argument("--log", help="headless: write the game as JSON to this file")
    play.add_argument(
        "--session-log",
        metavar="FILE",
        help="headless: the session log (JSON Lines, as the window writes; default: in the data folder)",
    )
    play.add_argument(
        "--screenshots", metavar="DIR", help="headless: write a PNG of every screen to this folder"
    )
    play.add_argument("--quit-after-first-frame", action="store_true", help="exit after the first frame")

    watch = commands.add_parser("watch", help="validate and simulate a scenario again on every save")
    watch.add_argument("file", metavar="FILE", help="the scenario file to watch")
    watch.add_argument(
        "--runs", type=run_count, default=1000, help="games per policy for the verdict (default: 1000)"
    )
    watch.add_argument("--seed", type=seed_number, default=0, help="random seed (default: 0)")

    export = commands.add_parser("export", help="write a scenario as a workbook for Excel or LibreOffice")
    export.add_argument("file", metavar="SCENARIO", help="the scenario (.yaml, or a workbook)")
    export.add_argument("--to", required=True, metavar="FILE", help="the workbook to write: .xlsx or .ods")
    export.add_argument("--force", action="store_true", help="overwrite the workbook if it exists")
    importing = commands.add_parser("import", help="write a scenario workbook as a YAML scenario file")
    importing.add_argument("file", metavar="WORKBOOK", help="the workbook (.xlsx or .ods)")
    importing.add_argument("--to", required=True, metavar="FILE", help="the scenario file to write (.yaml)")
    importing.add_argument("--force", action="store_true", help="overwrite the scenario file if it exists")

    validate = commands.add_parser("validate", help="check scenario files and report every problem")
    validate.add_argument("files", nargs="+", metavar="FILE", help="scenario files to check")
    validate.add_argument("--strict", action="store_true", help="treat warnings as errors (exit 1)")

    simulate = commands.add_parser("simulate", help="play a scenario many times with several policies")
    simulate.add_argument("file", metavar="FILE", help="the scenario file to simulate")
    simulate.add_argument("--runs", type=run_count, default=1000, help="games per policy (default: 1000)")
    simulate.add_argument("--seed", type=seed_number, default=0, help="random seed (default: 0)")
    simulate.add_argument(
        "--workers",
        type=worker_count,
        default=None,
        help="processes that play the games (default: one per core); the figures are the same for any number",
    )
    simulate.add_argument("--json", metavar="OUT", help="write every figure as JSON to this file")
    simulate.add_argument("--chart", metavar="OUT.png", help="draw the meter trajectories as a PNG")
    simulate.add_argument(
        "--check", action="store_true", help="exit with code 1 when the scenario misses a balance target"
    )

    commands.add_parser("schema", help="print the JSON Schema of the scenario format (for editors)")

    new = commands.add_parser("new", help="write a commented starter scenario to FILE")
    new.add_argument("file", metavar="FILE", help="the scenario file to create (never overwritten)")
    new.add_argument("--years", type=int, default=2, help="years in the term (default: 2)")
    new.add_argument("--lang", default="nl", help="languages, first = default, e.g. nl,en (default: nl)")

    replay = commands.add_parser("replay", help="play a session log again and confirm it ends the same")
    replay.add_argument("log", metavar="LOG", help="the session log (JSON Lines)")
    replay.add_argument("--scenario", metavar="FILE", help="the scenario file (default: the log's own)")

    stats = commands.add_parser("stats", help="summarise many session logs of one scenario")
    stats.add_argument("logs", nargs="+", metavar="LOG", help="session logs (JSON Lines) of one scenario")
    stats.add_argument(
        "--scenario", metavar="FILE", help="the scenario file: its card order, every option and its labels"
    )
    stats.add_argument("--json", metavar="OUT", help="write the figures as JSON to this file")
    stats.add_argument(
        "--csv", metavar="OUT", help="write the debrief statements' shifts as CSV (UTF-8, ';') to this file"
    )

    report = commands.add_parser("report", help="write the debrief report of a session log (HTML and CSV)")
    report.add_argument("log", metavar="LOG", help="the session log (JSON Lines)")
    report.add_argument("--out", metavar="FILE.html", help="the HTML report (default: LOG's name, .html)")
    report.add_argument("--csv", metavar="FILE.csv", help="the decisions as CSV (default: LOG's name, .csv)")
    report.add_argument("--scenario", metavar="FILE", help="the scenario file (default: the log's own)")

    shots = commands.add_parser("screenshots", help="render every screen as PNGs for the README")
    shots.add_argument(
        "--out",
        metavar="DIR",
        help="folder (default: the project's docs/screenshots; the built app: ./screenshots)",
    )
    shots.add_argument(
        "--sizes",
        type=size_list,
        default=[(1280, 720), (1920, 1080), (3840, 2160)],
        metavar="WxH,...",
        help="window sizes (default: 1280x720,1920x1080,3840x2160), each into DIR/WxH/",
    )
    shots.add_argument(
        "--lang", help="language of the screens: nl or en (default: --lang before the command, else nl)"
    )
    for command in (watch, export, importing, validate, simulate, replay, stats, report):
        command.add_argument(
            "--lang", type=language_code, choices=LANGUAGES, metavar="LANG", help=t("cli.help.lang", lang)
        )
    for each in [parser, *commands.choices.values()]:
        each.lang = lang  # (every one is a FriendlyParser)
    if lang == "nl":
        from game.cli.help_nl import say_help_in_dutch

        say_help_in_dutch(parser)
    return parser

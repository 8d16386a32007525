"""Entry point: dispatches `python main.py [play|validate] ...` and turns errors into messages."""

from __future__ import annotations

import gc
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import TYPE_CHECKING, cast

from game.cli.language import message_language
from game.core.countdown import DEFAULT_SECONDS
from game.errors import GameError
from game.i18n import t
from game.paths import DEFAULT_SCENARIO
from game.settings import PlaySettings

if TYPE_CHECKING:
    import argparse

# The command lines that only open the window, as a facilitator starts the game (and as start-up is timed),
# and what the parser makes of them: building the parser would be a tenth of the window's start-up.
WINDOW_ONLY = {(): False, ("--quit-after-first-frame",): True}


def parse_arguments(argv: list[str] | None = None, lang: str = "en") -> argparse.Namespace | SimpleNamespace:
    """The command line as the parser reads it, its own messages in `lang` (tests/cli/test_arguments.py:
    also for WINDOW_ONLY)."""
    given = tuple(sys.argv[1:] if argv is None else argv)
    if given in WINDOW_ONLY:
        return SimpleNamespace(quit_first_frame_top=WINDOW_ONLY[given], command=None, top_lang=None)
    from game.cli.arguments import build_parser
    from game.cli.language import argparse_language

    with argparse_language(lang):
        return build_parser(lang).parse_args(list(given))


def main(argv: list[str] | None = None) -> int:
    given = sys.argv[1:] if argv is None else argv
    lang = message_language(given)
    args = parse_arguments(given, lang)
    if args.command not in (None, "play") or getattr(args, "headless", False):
        gc.enable()  # main.py pauses the collector for the window's start-up only (App.run resumes it)
    try:
        code = _run(args, lang)
        if sys.stdout is not None:  # (None in a built app without a console)
            sys.stdout.flush()  # here, where a closed pipe is caught, rather than at the interpreter's exit
        return code
    except BrokenPipeError:
        from game.cli.crash import end_quietly_on_closed_pipe

        return end_quietly_on_closed_pipe()
    except GameError as error:
        print(t("cli.error", lang, message=error.text(lang)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug of ours: tell the user briefly, keep the details for the developers
        from game.cli.crash import report_crash  # (not imported at start-up: it is only needed here)

        return report_crash(Path(args.data_dir) if getattr(args, "data_dir", None) else None, lang)


def _run(args: argparse.Namespace | SimpleNamespace, lang: str) -> int:
    """The command's exit code; its messages in `lang`."""
    if args.command == "validate":
        from game.cli.validate import run_validate

        return run_validate([Path(name) for name in args.files], strict=args.strict, lang=lang)
    if args.command == "simulate":
        from game.cli.simulate import run_simulate

        return run_simulate(
            Path(args.file),
            runs=args.runs,
            seed=args.seed,
            json_out=args.json,
            chart_out=args.chart,
            check=args.check,
            workers=args.workers,
            lang=lang,
        )
    if args.command in ("export", "import"):
        from game.cli.workbook import run_export, run_import

        run = run_export if args.command == "export" else run_import
        return run(Path(args.file), Path(args.to), force=args.force, lang=lang)
    if args.command == "watch":
        from game.cli.watch import run_watch

        return run_watch(Path(args.file), runs=args.runs, seed=args.seed, lang=lang)
    if args.command == "schema":
        from game.cli.schema import run_schema

        return run_schema()
    if args.command == "new":
        from game.cli.new import run_new

        return run_new(Path(args.file), years=args.years, languages=args.lang, lang=lang)
    if args.command == "replay":
        from game.cli.replay import run_replay

        return run_replay(Path(args.log), Path(args.scenario) if args.scenario else None, lang)
    if args.command == "stats":
        from game.cli.stats import run_stats

        return run_stats(
            [Path(name) for name in args.logs],
            json_out=args.json,
            scenario_path=Path(args.scenario) if args.scenario else None,
            csv_out=args.csv,
            lang=lang,
        )
    if args.command == "report":
        from game.cli.report import run_report

        return run_report(
            Path(args.log),
            out=Path(args.out) if args.out else None,
            csv_out=Path(args.csv) if args.csv else None,
            scenario_path=Path(args.scenario) if args.scenario else None,
            lang=lang,
        )
    if args.command in ("play", "screenshots") and not args.lang:
        args.lang = args.top_lang  # (`--lang en` before the command: the game's language too)
    if args.command == "screenshots":
        from game.cli.screenshots import run_screenshots

        return run_screenshots(Path(args.out) if args.out else None, args.sizes, args.lang or "nl")
    if args.command == "play":
        _refuse_tables_mixed(args)
    if args.command == "play" and args.phones and not args.group:
        raise GameError(key="cli.phones_need_group")
    if args.command == "play" and args.debrief and not (args.headless and args.group and args.phones):
        raise GameError(key="cli.debrief_needs")
    if args.command == "play" and args.headless:
        from game.cli.headless import run_headless

        return run_headless(cast("argparse.Namespace", args))  # (parsed: "play" is a command)
    if args.command == "play" and (args.auto or args.choices or args.log or args.screenshots or args.report):
        raise GameError(key="cli.headless_only")
    return _run_window(args)


def _refuse_tables_mixed(args: argparse.Namespace | SimpleNamespace) -> None:
    """Tables side by side are a session of their own kind: say so for the options that do not mix."""
    tables = bool(args.tables or args.resume_tables)
    if args.pace and not tables:
        raise GameError(key="cli.pace_needs_tables")
    if tables and (args.group or args.phones):
        raise GameError(key="cli.tables_alone")
    if tables and (args.auto or args.choices or args.screenshots):
        raise GameError(key="cli.tables_choose")


def _run_window(args: argparse.Namespace | SimpleNamespace) -> int:
    from game.ui import run_window  # imported late: validate and headless runs never load pygame

    given = Path(args.scenario) if getattr(args, "scenario", None) else None
    resume = getattr(args, "resume_tables", None)
    if given is None and resume and Path(resume).is_file():  # (a missing log is said as the room starts)
        from game.cli.tables import logged_scenario

        given = logged_scenario(Path(resume))
    scenario = given or DEFAULT_SCENARIO
    if not scenario.is_file():
        raise GameError(key="cli.no_scenario_file", path=scenario)
    return run_window(
        initial=scenario,
        own_folder=Path(args.scenario_dir) if getattr(args, "scenario_dir", None) else None,
        lang=getattr(args, "lang", None) or getattr(args, "top_lang", None),  # (`--lang en` before play too)
        seed=getattr(args, "seed", None),
        fullscreen=getattr(args, "fullscreen", False),
        size=getattr(args, "size", (1280, 720)),
        quit_after_first_frame=args.quit_first_frame_top or getattr(args, "quit_after_first_frame", False),
        data_dir=Path(args.data_dir) if getattr(args, "data_dir", None) else None,
        watch=getattr(args, "watch", False),
        settings=PlaySettings(
            group=getattr(args, "group", False),
            timer_seconds=getattr(args, "timer", DEFAULT_SECONDS),
            preview=getattr(args, "preview", None),
            presenter=getattr(args, "presenter", False),
            reduced_motion=getattr(args, "reduced_motion", False),
            muted=getattr(args, "mute", False),
            phones=getattr(args, "phones", False),
            phones_host=getattr(args, "host", None),
            phones_port=getattr(args, "port", 0),
            read_aloud=getattr(args, "read_aloud", False),
            reading_font=getattr(args, "reading_font", False),
            tables=getattr(args, "tables", 0),
            pace=getattr(args, "pace", None) or "rounds",
            resume_tables=Path(args.resume_tables) if getattr(args, "resume_tables", None) else None,
        ),
    )

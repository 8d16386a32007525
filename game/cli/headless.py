"""`play --headless`: play a scenario without a window and print a short summary."""

from __future__ import annotations

import argparse
import secrets
from pathlib import Path

from game.core.engine import Game
from game.core.model import Scenario
from game.core.playthrough import (
    Policy,
    game_record,
    play_to_end,
    random_policy,
    scripted_policy,
)
from game.core.session_log import LogError, LogWriter, SessionHeader, debrief_record
from game.core.voting import sample_votes
from game.errors import GameError
from game.files import make_folder, write_json
from game.formatting import format_value
from game.i18n import t
from game.paths import DEFAULT_SCENARIO
from game.scenario import load_scenario
from game.settings import PlaySettings


def run_headless(args: argparse.Namespace) -> int:
    if args.tables or args.resume_tables:
        from game.cli.tables import run_tables_rehearsal  # only tables start their web server

        return run_tables_rehearsal(args)
    rehearsal = bool(args.group and args.phones)  # the phones choose; --auto and --choices are optional
    if not args.auto and args.choices is None and not rehearsal:
        raise GameError(key="cli.headless.needs_choices")
    scenario = load_scenario(Path(args.scenario) if args.scenario else DEFAULT_SCENARIO)
    lang = args.lang or scenario.default_language
    if lang not in scenario.languages:
        choices = ", ".join(scenario.languages)
        raise GameError(key="cli.language_not_in_scenario", code=lang, choices=choices)
    seed = args.seed if args.seed is not None else secrets.randbelow(2**31)

    def make_policy() -> Policy:
        fallback = random_policy(seed) if args.auto else None
        return scripted_policy(args.choices, fallback) if args.choices is not None else random_policy(seed)

    group = bool(args.group and args.screenshots)  # votes are only cast where the room is shown
    game = Game(scenario, seed)
    splits: list[dict[str, object]] = []
    mode = "group" if args.group else "solo"
    log_file = session_log_path(args, scenario.id)
    log = open_session_log(log_file, scenario, seed, lang, mode)
    try:
        if rehearsal:
            from game.cli.rehearsal import rehearse  # only this option starts a web server

            policy = make_policy() if args.auto or args.choices is not None else None
            window = args.vote_window
            splits = rehearse(game, policy, lang, args.host, args.port, window, log, args.debrief)
        elif group:
            play_voting(game, make_policy())
        else:
            play_to_end(game, make_policy())
    finally:
        log.game_events(game)  # what the game did, as far as it got
        log.close()
    if args.screenshots:
        from game.ui import render_screenshots  # only this option needs pygame
        from game.ui.gallery import GROUP_NAMES  # the name typed on the name screen, as in the README's

        replay = scripted_policy([record.option + 1 for record in game.state.choices])
        out_dir = make_folder(Path(args.screenshots))
        settings = PlaySettings(
            group=group,
            group_name=GROUP_NAMES.get(lang, GROUP_NAMES["en"]) if group else "",
            timer_seconds=args.timer,
            preview=args.preview,
        )
        written = render_screenshots(scenario, seed, replay, lang, out_dir, args.size, settings)
        print(t("cli.headless.screenshots", lang, count=len(written), folder=out_dir))
    if args.log:
        record = game_record(game)
        record["session_log"] = str(log_file.resolve())
        record.update(debrief_record(scenario, game.state.choices))
        for choice, split in zip(record["choices"], splits, strict=False):
            choice["split"] = split
        write_json(Path(args.log), record)
    print(summary(game, lang))
    print(f"session log: {log_file}")  # (a machine contract, README: the same words in every language)
    if args.report:
        from game.cli.report import run_report

        report = Path(args.report)
        run_report(log_file, report, report.with_suffix(".csv"), lang=lang)
    return 0


def session_log_path(args: argparse.Namespace, scenario_id: str) -> Path:
    """--session-log, else a new log in the data folder's logs/ (as the window's), named like its logs."""
    if args.session_log:
        return Path(args.session_log)
    from game.core.save import new_session_id
    from game.core.session_log import log_path
    from game.paths import user_data_folder

    folder = user_data_folder(Path(args.data_dir) if args.data_dir else None) / "logs"
    return log_path(folder, new_session_id(scenario_id), fresh=True)


def open_session_log(path: Path, scenario: Scenario, seed: int, lang: str, mode: str) -> LogWriter:
    """A session log with the window's header; a file that cannot be written is a GameError."""
    header = SessionHeader.starting(
        scenario, Path(scenario.source) if scenario.source else None, seed, lang, mode
    )
    if path.exists():
        raise GameError(key="cli.headless.log_exists", path=path)
    try:
        return LogWriter(path, header)
    except (OSError, LogError) as error:
        raise GameError(key="cli.headless.log_unwritable", path=path, reason=error) from None


def play_voting(game: Game, policy: Policy) -> Game:
    """Play to the end as the screenshots' group session does: the room votes on every card with
    `sample_votes` (a tie on the first, resolved to the chosen option), and the votes are kept."""
    while not game.finished:
        card = game.current_card
        assert card is not None
        index = policy(game)
        game.choose(index, sample_votes(len(game.state.choices), index, len(card.options)))
    return game


def summary(game: Game, lang: str) -> str:
    """A few lines: how the game ended and the final meters."""
    scenario = game.scenario
    state = game.state
    lines = [t("cli.headless.summary.title", lang, title=scenario.text(scenario.title, lang), seed=game.seed)]
    if game.ending is not None:
        title = scenario.text(game.ending.title, lang)
        ending = t("cli.headless.summary.ending", lang, id=game.ending.id, title=title)
        lines.append(f"{ending} ({t('cli.headless.summary.when', lang, year=state.year, turn=state.turn)})")
    elif game.profile is not None:
        title = scenario.text(game.profile.title, lang)
        lines.append(t("cli.headless.summary.profile", lang, id=game.profile.id, title=title))
    else:
        lines.append(t("cli.headless.summary.completed", lang))
    lines.append(t("cli.headless.summary.decisions", lang, count=len(state.choices)))
    for meter in scenario.meters:
        lines.append(f"  {scenario.text(meter.name, lang)}: {format_value(state.meters[meter.id])}")
    return "\n".join(lines)

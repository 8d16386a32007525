"""`play --headless --group --phones`: a rehearsal with colleagues' phones and no window.

Each card is open for votes for the vote window (closing early once every phone present has voted),
then decided by majority; a tie goes to the lowest option number. A card nobody voted on is a tie of all
its options, unless --auto or --choices say what the facilitator would choose then. With --debrief the
statements come before the first card and the guided debrief after the last (rehearsal_debrief.py).
"""

from __future__ import annotations

from functools import partial

from game.cli.rehearsal_debrief import Rounds, run_debrief, statements_before
from game.core.engine import Game
from game.core.playthrough import Policy
from game.core.session_log import LogWriter
from game.core.voting import Tally
from game.errors import GameError
from game.phones.hub import Ballot, PhoneSnapshot, VoteHub
from game.phones.listen import PhoneServers
from game.phones.network import lan_addresses


def rehearse(
    game: Game,
    policy: Policy | None,
    lang: str,
    host: str | None,
    port: int,
    window: float,
    log: LogWriter | None = None,
    debrief: bool = False,
) -> list[dict[str, object]]:
    """Play `game` to its end with the phones' votes; the split of each decision (phones and keys), which
    also goes into the session `log` before each decision, as the window writes it. With `debrief`, the
    statements before the first card and the guided debrief after the last (rehearsal_debrief.py)."""
    addresses = [host] if host else lan_addresses()
    if not addresses:
        raise GameError(key="cli.no_network")
    hub = VoteHub(lang)
    server = PhoneServers(hub, addresses, port)
    print(f"phones: {server.start()}", flush=True)  # the first line, which scripts read
    if server.other_urls:
        print(f"phones: also reachable at {', '.join(server.other_urls)}", flush=True)
    splits: list[dict[str, object]] = []
    phones: list[tuple[int, ...] | None] = []  # the phones' votes per decision, for the debrief's facts
    rounds = Rounds(hub, window)
    try:
        board = statements_before(rounds, game, lang, log) if debrief else None
        while not game.finished:
            card = game.current_card
            assert card is not None
            ballot = Ballot.of(game.scenario, card, lang)
            hub.show(ballot, voting=True, lang=lang)
            hub.wait(partial(everyone_voted_on, card.id), window)
            hub.show(ballot, voting=False, lang=lang)
            counts = hub.snapshot().counts
            tally = Tally(counts)
            index = tally.leaders[0] if tally.leaders else None
            if index is None:  # nobody voted: what --auto or --choices say, else the lowest option
                index = policy(game) if policy is not None else 0
            split: dict[str, object] = {"card": card.id, "phones": list(counts), "keys": [0] * len(counts)}
            splits.append(split)
            phones.append(counts if tally.total else None)
            if log is not None and tally.total:
                log.game_events(game)  # the card shown, before the split
                log.room("split", game.state.year, game.state.turn, **split)
            game.choose(index, counts if tally.total else None)
            hub.show(None, voting=False, lang=lang)  # between cards: a card that comes again starts afresh
        if board is not None:
            if log is not None:
                log.game_events(game)  # the game's end before the debrief that follows it
            run_debrief(rounds, game, phones, board, lang, log)
    finally:
        server.stop()
    return splits


def everyone_voted_on(card_id: str, snapshot: PhoneSnapshot) -> bool:
    return snapshot.card_id == card_id and snapshot.everyone_voted

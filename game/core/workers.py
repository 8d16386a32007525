"""The simulator's games spread over worker processes; every worker plays whole tasks of one policy.

A task is (policy index, games); a worker returns what its games did (simulate.Played) and the parent
adds those up in task order, so the figures are the same for any number of workers. Workers are forked
where the platform can (the scenario and the policies come along); elsewhere each worker loads the
scenario from its file and makes the standard policies again.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Sequence

from game.core.model import Scenario
from game.core.simulate import Played, PolicySpec, play_games, policies_for

_job: tuple[Scenario, Sequence[PolicySpec]] | None = None  # what a forked worker plays


def run_in_workers(
    scenario: Scenario,
    specs: Sequence[PolicySpec],
    tasks: Sequence[tuple[int, Sequence[tuple[int, int]]]],
    workers: int,
) -> list[Played]:
    """Each task's result, in task order, played by `workers` processes."""
    global _job
    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        from game.core.fastsim import rules_of

        rules_of(scenario)  # made here once, so every forked worker has it (and numpy) already
        _job = (scenario, specs)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                return pool.starmap(_play_forked, tasks, chunksize=1)
        finally:
            _job = None
    standard = [spec.name for spec in policies_for(scenario)] == [spec.name for spec in specs]
    if not standard or not scenario.source:
        return [play_games(scenario, specs[index], games) for index, games in tasks]
    with multiprocessing.get_context("spawn").Pool(workers, _load, (scenario.source,)) as pool:
        return pool.starmap(_play_forked, tasks, chunksize=1)


def _load(source: str) -> None:
    """A spawned worker: the scenario from its file, and the standard policies."""
    global _job
    from game.scenario import load_scenario

    scenario = load_scenario(source)
    _job = (scenario, policies_for(scenario))


def _play_forked(index: int, games: Sequence[tuple[int, int]]) -> Played:
    assert _job is not None, "a worker without its scenario"
    scenario, specs = _job
    return play_games(scenario, specs[index], games)

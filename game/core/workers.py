"""The simulator's games spread over worker processes; every worker plays whole tasks of one policy.

A task is (policy index, games); a worker returns what its games did (simulate.Played) and the parent
adds those up in task order, so the figures are the same for any number of workers. Workers are forked
on Linux only (the scenario and the policies come along). Elsewhere they are spawned, as CPython advises
on macOS where fork is unsafe: each worker is handed the compiled scenario, pickled, and makes the
standard policies again by name; other policies travel pickled too, or are played here when they cannot.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import multiprocessing
import pickle
import sys
from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from game.core.model import Scenario
from game.core.simulate import Played, PolicySpec, play_games, policies_for

_job: tuple[Scenario, Sequence[PolicySpec]] | None = None  # what this worker plays


def start_method() -> str:
    """ "fork" on Linux, where it is safe and cheapest; "spawn" everywhere else (macOS, Windows)."""
    return "fork" if sys.platform == "linux" else "spawn"


def run_in_workers(
    scenario: Scenario,
    specs: Sequence[PolicySpec],
    tasks: Sequence[tuple[int, Sequence[tuple[int, int]]]],
    workers: int,
    method: str | None = None,
) -> list[Played]:
    """Each task's result, in task order, played by `workers` processes started by `method` (by default
    start_method())."""
    global _job
    if (method or start_method()) == "fork":
        from game.core.fastsim import rules_of

        rules_of(scenario)  # made here once, so every forked worker has it (and numpy) already
        _job = (scenario, specs)
        try:
            with multiprocessing.get_context("fork").Pool(workers) as pool:
                return pool.starmap(_play, tasks, chunksize=1)
        finally:
            _job = None
    job = _packed(scenario, specs)
    if job is None:
        return [play_games(scenario, specs[index], games) for index, games in tasks]
    with multiprocessing.get_context("spawn").Pool(workers, _unpack, (job,)) as pool:
        return pool.starmap(_play, tasks, chunksize=1)


def _packed(scenario: Scenario, specs: Sequence[PolicySpec]) -> bytes | None:
    """The scenario and the policies as bytes for a spawned worker: a standard policy by its name (its
    closure cannot be pickled; play_games plays it by name), others whole; None when one cannot travel."""
    standard = {spec.name for spec in policies_for(scenario)}
    named: list[str | PolicySpec] = [spec.name if spec.name in standard else spec for spec in specs]
    fields = {field.name: getattr(scenario, field.name) for field in dataclasses.fields(scenario)}
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, pickle.HIGHEST_PROTOCOL)
    # The model's read-only mappings are MappingProxyType, which pickle refuses; only the fields are
    # sent, never the scenario's caches (its compiled conditions hold functions made at run time).
    pickler.dispatch_table = copyreg.dispatch_table.copy()
    pickler.dispatch_table[MappingProxyType] = _reduce_proxy
    try:
        pickler.dump((fields, named))
    except (pickle.PicklingError, TypeError, AttributeError):
        return None
    return buffer.getvalue()


def _reduce_proxy(proxy: Mapping[Any, Any]) -> tuple[Any, tuple[dict[Any, Any]]]:
    return _proxy, (dict(proxy),)


def _proxy(values: dict[Any, Any]) -> Mapping[Any, Any]:
    return MappingProxyType(values)


def _unpack(job: bytes) -> None:
    """A spawned worker: the scenario and its policies from the parent's bytes."""
    global _job
    fields, named = pickle.loads(job)
    scenario = Scenario(**fields)
    standard = {spec.name: spec for spec in policies_for(scenario)}
    _job = (scenario, [standard[spec] if isinstance(spec, str) else spec for spec in named])


def _play(index: int, games: Sequence[tuple[int, int]]) -> Played:
    assert _job is not None, "a worker without its scenario"
    scenario, specs = _job
    return play_games(scenario, specs[index], games)

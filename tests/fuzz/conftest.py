"""The fuzz tests share the window tests' fixtures: SDL's dummy drivers, an App on a manual clock, and a
fresh data folder per test whose session logs must replay to the same game afterwards (data_home)."""

from tests.ui.conftest import clock, data_home, example, make_app

__all__ = ["clock", "data_home", "example", "make_app"]

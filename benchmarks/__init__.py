"""Benchmarks of issue 7: `python -m benchmarks [--quick]` (see __main__.py and the README)."""

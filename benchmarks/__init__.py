"""Throughput benchmarks of issue 3: `python -m benchmarks`."""

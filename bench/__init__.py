"""Benchmarks (not tests). `python -m bench [--quick] [names...]` prints one JSON line per figure."""

"""Benchmark commands: quality and speed of articlecleaner beside its peers, in one run."""

"""The test kit's scenario helpers: what several test modules and benchmarks share."""

"""Tests of the pygame-ce presentation layer, run headless under SDL's dummy video driver."""

"""A serious game about digital leadership for Dutch municipalities."""

__version__ = "0.1.0"

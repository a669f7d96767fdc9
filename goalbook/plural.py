"""English counts: ``1 file``, ``2 files``, ``0 files``. The one place the English outputs make
a noun (or a verb) agree with a number; Chinese needs none of it."""

from __future__ import annotations


def pick(n: int, one: str, many: str) -> str:
    """``one`` when ``n`` is 1, else ``many`` (``was``/``were``, ``copy``/``copies``)."""
    return one if n == 1 else many


def count(n: int, noun: str, nouns: str | None = None) -> str:
    """``n`` and ``noun`` in the number it takes: ``1 file``, ``2 files``; ``nouns`` is the
    plural when it is not ``noun`` + s (``copy``/``copies``; ``info`` for both)."""
    return f"{n} {pick(n, noun, noun + 's' if nouns is None else nouns)}"

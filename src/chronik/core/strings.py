"""Comparisons of strings that several layers share."""

from __future__ import annotations


def one_edit_apart(a: str, b: str) -> bool:
    """At most one insertion, deletion or substitution apart (`Sergej` / `Sergei`)."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))

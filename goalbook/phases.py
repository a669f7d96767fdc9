"""A deadline for each phase of a project in one value (一期2026年9月底前完成、二期12月底前): the
whole is done by the last phase's date limit, in the year of the phase before when it names
none. What a phase does after its date (完成60场) is no part of the limit."""

from __future__ import annotations

import re
from collections.abc import Callable

from goalbook.model import Target, TargetKind

# a phase of a project (一期, 第二阶段) before its date limit
_PHASE = re.compile(r"^(?:第?[一二三四五1-5]期(?:工程|项目)?|第?[一二三四五1-5]阶段)")
_PHASE_WORK = re.compile(r"(?:完成|建成|实现|交付|开展).*$")  # 完成60场: what the phase does
_PARTS = re.compile(r"[，,、；;]")


def is_phased(text: str) -> bool:
    """The value opens with a phase (a cheap test before :func:`phased`)."""
    return _PHASE.match(text) is not None


def phased(text: str, parse: Callable[[str], Target]) -> Target | None:
    """The last phase's date limit, read by ``parse``; None unless every part of ``text`` is a
    phase and its date limit."""
    year, last = "", None
    for part in _PARTS.split(text):
        head = _PHASE.match(part)
        if head is None:
            return None
        rest = _PHASE_WORK.sub("", part[head.end() :])
        if last is not None and year and rest[:1].isdigit() and "年" not in rest:
            rest = f"{year}年{rest}"  # 二期12月底前 after 一期2026年9月底前
        last = parse(rest)
        if last.kind is not TargetKind.DATE:
            return None
        year = str(last.date.year) if last.date is not None else year
    return last

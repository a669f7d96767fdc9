"""X: text artefacts: placeholders, HTML tags, Excel date serials."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Iterator

from goalbook.findings import Hit
from goalbook.rules.common import Context

_PLACEHOLDER = re.compile(r"\*\*|[Xx×]{2,}|……|…|20[Xx]{2}|□{2,}|_{3,}")
_HTML = re.compile(r"</?(p|br|span|div|b|strong|font|table|tr|td)\b[^>]*>", re.I)
_TIME_WORDS = ("日期", "时间", "完成", "截止", "期限", "时限")


def artefacts(ctx: Context) -> Iterator[Hit]:
    for cell in ctx.table.texts:
        if m := _PLACEHOLDER.search(cell.text):
            start = max(0, m.start() - 8)
            yield Hit("X101", cell.at, {"text": cell.text[start : m.end() + 8]})
        if m := _HTML.search(cell.text):
            yield Hit("X102", cell.at, {"tag": m[0][:20]})
    for ind in ctx.table.indicators:
        for found in (ind.period, ind.annual):
            if found is None or isinstance(found.value, str | bool):
                continue
            value = found.value
            if not isinstance(value, int | float) or not math.isfinite(value):
                continue
            if value != int(value):
                continue
            if not 36526 <= value <= 54789:  # 2000-01-01 … 2049-12-31
                continue
            timeish = any(w in ind.label for w in _TIME_WORDS)
            if timeish or ind.unit is None:
                day = dt.date(1899, 12, 30) + dt.timedelta(days=int(value))
                yield Hit("X104", found.at, {"value": found.text, "date": str(day)}, ind.label)

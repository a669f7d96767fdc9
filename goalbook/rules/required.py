"""F106: the tier-1s a framework requires that a table lacks (a note of the table that says its
form sets only some of them makes the lack a warning, not an error)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from goalbook.findings import Hit, Severity
from goalbook.rules.common import Context
from goalbook.rules.tiers import SATISFIED, fw_title, unknown_labels


def required(ctx: Context) -> Iterator[Hit]:
    if ctx.table.flat or unknown_labels(ctx):
        return  # a flat list has no tier-1s to require, an unknown framework none we know
    fw = ctx.framework
    present = {
        t1.name
        for ind in ctx.table.indicators
        if ind.tier1 and (t1 := fw.find_tier1(ind.tier1.text)) is not None
    }
    if not ctx.table.indicators:
        return
    # a tier-1 whose tier-2s the table places under another of its tier-1s (经济成本指标 under
    # 产出指标), or on rows without a tier-1 (F101 says so there): its indicators are there
    placed = {
        i.tier2.text
        for i in ctx.table.indicators
        if i.tier2 is not None and (i.tier1 is None or fw.find_tier1(i.tier1.text))
    }
    present |= {
        owner.name
        for label in placed
        for owner, _t2 in fw.tier2_owners(label)
        if owner.name in fw.required and owner.name not in present
    }
    fw_name = fw_title(fw, ctx.lang)
    only = _only_set(ctx)
    for label in fw.required:
        if label not in present:
            # the table's own note says which tier-1s its form sets (只设产出、效益两类一级指标):
            # one it leaves out is said, not an error
            left_out = only is not None and label.removesuffix("指标") not in only
            # (a satisfaction filed under another tier-1, 消费者满意度 under 效益: F201 says
            # where, once; the tier's indicator is there, misplaced, no sure absence)
            if label.startswith("满意度") and any(
                w in i.label for i in ctx.table.indicators for w in SATISFIED
            ):
                continue
            severity = Severity.WARNING if left_out else None
            yield Hit("F106", None, {"label": label, "framework": fw_name}, "", severity)


def _only_set(ctx: Context) -> str | None:
    """The tier-1s a note of the table says its form alone sets, as written (产出、效益)."""
    for text in ctx.table.texts:
        if "一级指标" in text[3] and (m := _ONLY_SET.search(text[3])) is not None:
            return m[1]
    return None


# 只设产出、效益两类一级指标, 仅设置产出指标和效益指标两个一级指标
_ONLY_SET = re.compile(
    r"(?:只|仅)(?:设置?|包括|包含|含|有)([^。；;]{2,30}?)(?:[两二三四]类|[两二三四]个)?一级指标"
)

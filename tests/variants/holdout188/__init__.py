"""188th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
statistics, audit, archives and meteorology (统计局, 审计局, 档案馆, 气象局: 经济普查, 农业统计调查,
统计执法检查, 政府投资项目审计, 经济责任审计, 档案数字化, 馆藏档案修复, 气象观测站维护, 人工影响天气
作业, 气象灾害预警发布): one-year and multi-year project tables with 中期 and 年度 columns (one
with two complete column sets), per-户/项/站/页 standards, three 部门整体 tables, stacked projects,
operator, unit, direction and weight columns, footnotes and signature lines.

10 of the 18 are correct (look-alikes left unmarked: =0起 accident counts, ≤ on 差错率 and
整改超期率, =100% at the ceiling, standards × counts within the money). The other 8 carry 1–3
planted mistakes: 财政拨款 + 其他资金 missing the total (one-year, 年度 column) and 基本支出 +
项目支出 missing the department total, a per-页 standard × pages above the money, rates as
counts, a 及时率 of 102 %, ≥ on 漏报率, 差错率, 预警发布时长 and 审计发现问题整改超期率, a start
date and a deadline in 2026 in a 2027 table, a duplicate indicator, 社会效益指标 under
产出指标, a vague value.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout188 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout188 import departments, periods, single, stacked
from tests.variants.holdout188.registry import HOLDOUT188
from tests.variants.kit import Variant

MODULES = (single, periods, departments, stacked)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT188, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 188th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

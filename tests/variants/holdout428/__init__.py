"""The 428th held-out set: a city botanical garden (澄岭市南麓植物园, under the invented
澄岭市园林绿化局) — its living collections (rare plants, glasshouses, herbarium, seed bank, old
trees, nursery, specialist gardens) and its plant-science outreach (nature classes, volunteers,
touring exhibitions, an online platform, an exhibit hall, the outreach centre's budget).

18 returns, 9 correct; budget year 2025 throughout (three-year projects 2025–2027).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks,
department heads (``heads.department_head``) with budget, share row and key tasks; tier-1 and
tier-2 merged down; an operator column headed 指标性质 with a unit column (xv01, xv02); two
stacked projects in one sheet (xv03, xv04); numbered tier labels with points and an indicator
score column (xv05), a separate tier-1 score column (xv06); flat department lists in two
column orders (xv07, xv08); word operators, an instruction row inside the table, 注 and
填表说明 under it, signature and date lines (xv09); header 预期目标 with template rows (xv10);
三年期 projects with 中期 and 年度 value columns (xv11, xv12); a two-row header 绩效指标 / 预期目标
over 考核指标 and 目标值（年度） with a 评价标准 column (xv13); the table on a second sheet under
预期实现值 with a unit column (xv14); a header row repeated after a page break (xv15); a
budget-system export on sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2 with the header on
row 3, codes in the first columns and abbreviated tiers repeated in every row (xv17); tier-1
labels marked with * and a ★ core indicator (xv18).

Planted mistakes (code, highest accepted severity, place):

* xv02: T106 ≤error at 植物挂牌准确率's value 102% (a percent cell); T108 ≤warning (row) at the
  ≥ in the operator column of 温室植物病虫害发生率.
* xv04: T105 ≤error at 古树名木挂牌率 ``120株``; B101 ≤error at the second project's
  年度资金总额 52 ≠ 45 + 5.
* xv06: W103 ≤error at the 产出 tier score 50 (indicators 55) and at the 效益 tier score 30
  (indicators 25); the total stays 100, so no W101. T107 ≤warning at 科研人员满意度 ``=95%``.
* xv08: T112 ≤error at 举办植物科普讲座 ``≥24场`` against unit column 人次; T108 ≤warning (row)
  at 互动展项设备故障率 ``≥3%`` declared 反向; W101 ≤error on the book (weights add to 95).
* xv10: F110 ≤error at the empty name cell of the ``≥90%`` row under 质量指标; F109 ≤warning
  (row) at the empty 生态效益指标 template row.
* xv12: D204 ≤warning at the 年度目标 cell (copied 中期目标); D202 ≤warning at the annual cells
  of 巡展场次 ``≥36场`` and 观展公众 ``≥30万人次`` (copied from the 中期 column).
* xv14: X104 ≤warning at 标本入库完成时间 ``45930`` (text, the serial of 2025-09-30); T113
  ≤warning at 标本消毒处理时限 ``100%``.
* xv16: B101 ≤error (row) at 资金总额 1900 ≠ 基本支出 1160 + 项目支出 720; B102 ≤error (row) at
  金额合计 720 ≠ the tasks' 710.
* xv18: T108 ≤warning (row) at 互动展项设备故障率 ``不低于2%``; Y102 ≤error at 展厅改造完工时间
  ``2026年3月31日前`` in a one-year 2025 project; F105 ≤error at 可持续影响指标 under *产出指标.

22 required marks.

Legitimate look-alikes in the correct returns: 迁地保存植株死亡率 ≤5% and 病虫害发生面积下降率 ≥10%
(a 下降率 is written positive and raised); 园区安全生产事故 = 0起 and 平台信息安全事故 =0起 (a zero
incident count is a target, not a rounded cost); ``=100%`` on 通过率 / 按期完成率 (the ceiling);
药用植物科普标识覆盖率 ``≥5百分点`` (a percentage); points 50/10/30/10 on the tier labels and the
indicator scores adding to the same 100, with a 合计 row of 100 (xv05); the same 科研用户满意度 at
≥90% and ≥88% in two stacked projects (xv03); rates and unit costs equal in 中期 and 年度 while
counts differ (xv11); bare numbers with % in the unit column and percent cells (xv01, xv07);
a footnote restating the 36万元 total as 30 + 6 (xv09); fill and signature dates in 2024 (the
year before the budget year); 其他资金 0 (xv03 first project, xv10); shares with two decimals
adding to 100% (xv15); 单份种子入库成本 600元 × 400份 = 24万 within 58万 and every other unit
cost × count within its money.

Judgements: xv03's two projects are separate tables, so its two 科研用户满意度 rows are not
duplicates. In xv06 the two W103 are required and W101 would be false (total 100). xv16's
B101 and B102 are row marks: the finding may land on any amount of the row. xv18's deadline in
2026 is an error (one-year project), not a doubtful value; the goal text says 年内完成. xv14's
``45930`` could also be read as a value-is-text (T102); only X104 is accepted. xv09's
instruction row sits between the 成本 and 效益 blocks and is not an indicator. xv17's tier
labels are abbreviations (产出, 数量, 服务对象满意度) of OLD-NAT labels, so 成本 under 产出 is
right.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout428 import forms, living, outreach
from tests.variants.holdout428.registry import HOLDOUT428
from tests.variants.kit import Variant

MODULES = (living, outreach, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT428, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 428th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

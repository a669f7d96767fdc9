"""The 413th held-out set: a tropical county's coffee (咖啡) growing and processing support
project, in the invented 椰湾县 (budget year 2025), 18 returns, 9 correct, 22 required marks.

Layouts: project heads with 万元 money blocks (number format only), OLD-NAT and NAT-2021 tables
with tier-1 and tier-2 merged down; operator column (指标性质) with a unit column (xg01, xg02);
direction (指标性质) plus word operators (指标方向) with bare numbers (xg06); tier-1 and
indicator score columns (xg04, xg05); stacked projects (xg07, xg08); flat department lists
(xg09, xg10); 指标内容 / 绩效标准 with a 说明 row, a repeated header after a page break,
footnotes, 填表说明 and signature lines (xg11); numbered tier labels with points under 考核指标 /
目标值（年度） / 评价标准 (xg12); two-row 中期 / 年度 headers (xg13, xg14); department heads with
shares and tasks (xg15, xg16); a budget-system export on sheets 05-1 / 05-2 with codes in the
first columns and the header on the third row (xg17); a head with a money detail block and the
table on a second sheet under 预期实现值 (xg18).

Planted mistakes (code, highest accepted severity, place):

* xg02: T106 error Sheet1!E11 (种苗出圃合格率 ≥105%, typed percent); T108 warning Sheet1!D12,
  row (种苗病害发生率 with ≥).
* xg03: X104 warning Sheet1!F4 (计划完成日期 the text "46022"); X105 warning Sheet1!D19 alt
  X103 (detail amount "36.5 8"); Sheet1!D21 tolerated up to warning (an amount with a
  bracketed note, read as 85; the details then add up to 169.58).
* xg05: W103 error Sheet1!B9 (产出 50 against 20+15+10); W103 error Sheet1!B13 (效益 30 against
  20+15); T108 warning Sheet1!E12, row (单位产品综合能耗 ≥). The indicator scores and the tier
  scores each still total 100, so no W101.
* xg08: B101 error Sheet1!C19 (second project: 70 ≠ 50 + 15); T107 warning Sheet1!D27
  (贴息企业满意度 =90%).
* xg10: T105 error Sheet1!B12 (就地加工转化率 1200 吨); W101 error, book level (weights 95).
* xg12: F202 warning Sheet1!C12, row (预算执行率 under 成本指标); F105 error Sheet1!B14 (时效指标
  under 效益指标).
* xg14: D204 warning Sheet1!D9 (年度目标 copied from 中期目标); D201 error Sheet1!E12 (冷库库容
  annual ≥3000吨 above the period ≥2500吨); D202 warning Sheet1!E13 (入驻加工企业数量 ≥6家 in
  both columns of a two-year project).
* xg16: B101 error Sheet1!B4 (资金总额 450 ≠ 380 + 60; it does equal 150 + 300, so the reviewer
  marks the total); B111 error Sheet1!D5 (其他资金 share 20% for 60/450 = 13%); B102 error
  Sheet1!D10 (tasks 120 + 100 + 90 = 310, 金额合计 300).
* xg17: F110 error 部门项目支出绩效目标05-2!E6 (empty name with ≥95 %); F109 warning
  部门项目支出绩效目标05-2!D10, row (生态效益指标 left from the template); F110 error
  部门项目支出绩效目标05-2!E11 (a name cell holding only a full-width space).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and a
date cell as the value of a 时效 indicator (xg01); `≥3百分点` on a share raised and 100 points at
both the tier and indicator level (xg04); 霉变损耗下降率 大于等于 10 and 质量安全事故 小于等于 0
起 (xg06); the same 受益种植户满意度 at ≥90% and ≥92% in two stacked projects (xg07); typed
percents without an operator and 100% in a flat list (xg09); a signature date in December 2024,
a 说明 row inside the table and a repeated header (xg11); rates equal in 中期 and 年度 and a
cost standard × area exactly equal to the money (xg13, xg12, xg18); a footnote explaining that
金额合计 is 项目支出 only (xg15); `=100%` as text on a 兑付到户率 (xg18, xg03, xg07).

Judgements: `=100%` on a capped rate is the ceiling, not T107; `≤0起` on an incident count is a
zero-incident target, not T115; the 定性 row in xg06 has no operator on purpose; in xg14 the
annual 库容 above the period is the error (D201) and its cost standard was kept low enough that
no B107 follows; xg16's B101 sits on the total because both splits cannot hold with one total;
xg03's date serial is a warning (the date it encodes, 2025-12-31, is plausible).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout413 import layouts, periods, values
from tests.variants.holdout413.registry import HOLDOUT413
from tests.variants.kit import Variant

MODULES = (values, layouts, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT413, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 413th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

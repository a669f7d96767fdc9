"""The 724th held-out set: 18 invented returns of 澄湾区 (an invented district) on a district
elderly-meal canteen (老年助餐) subsidy, home-care service vouchers (居家养老服务券) and an
elderly-care worker training scheme (养老护理员培训), budget year 2026, with a careful reviewer's
marks. Its aim is checks across the table: goal text against indicators, years and dates, 中期
against 年度, duplicates, wrong tier-2s, unit cost × count against money, parts against totals.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks;
department heads (``heads.department_head``) with key tasks and 金额合计; tier-1 and tier-2
merged down; NAT-2021 and OLD-NAT tiers; numbered labels (一、/（一）/1.) with points; operators in
words in their own column with a unit column; a flat department list (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值); 中期 and 年度 columns; two projects stacked in one sheet (kbf03, kbf16); a table
on a second sheet under a two-row header 考核指标 · 目标值（年度） · 评价标准 (kbf11); a
budget-system export with codes in the first columns and money on sheet 05-1 (kbf17); 注 rows
inside and under tables, signature and date lines (fill dates in 2025).

Planted mistakes (return: code, highest accepted severity, place):

* kbf02-canteen-goal-and-dates: B101 ≤error at 年度资金总额 (80 + 12 ≠ 96); D104 ≤warning (row)
  at 新建社区助餐点数量 (goal 8个, indicator ≥5个); Y102 ≤error at 助餐点投入运营时间
  2025年10月31日前 (alt Y103, Y101).
* kbf03-canteen-stacked: second project: D102 ≤error (row) at the repeated 改造老年食堂数量
  ≥8个 (alt D101, D103); B107 ≤warning (row) at 单个食堂改造补助标准 (8万 × 10 > 60万).
* kbf06-canteen-period-copied: D202 ≤warning at the 年度 cells of 提质改造农村老年食堂数量 and
  助餐服务人次 (copied from 中期); D201 ≤error at 助餐志愿者人数 年度 ≥260人 > 中期 ≥200人.
* kbf08-voucher-money-wrong: B102 ≤error at 金额合计 (200 + 50 + 70 ≠ 300); D104 ≤warning (row)
  at 服务券发放数量 (goal and task 12000张, indicator ≥10000张); B107 ≤warning (row) at 服务券面值
  (1000元 × 10000张 = 1000万 > 资金总额 900万).
* kbf10-voucher-wrong-tier: D102 ≤error (row) at 服务券发放数 ≥6500张 against 服务券发放数量
  ≥7000张 (alt D103, D101); F201 ≤warning (row) at 服务券核销及时率 under 质量; F201 ≤warning
  (row) at 服务对象满意度 under 社会效益.
* kbf12-voucher-last-season: Y101 ≤error (row, alt Y102) at the 项目期 row (title 2026, plan
  dates 2025); Y102 ≤error at 服务商年度考核完成时间 2025年12月31日前 (alt Y103, Y101).
* kbf14-training-points-wrong: W103 ≤error at 产出指标（50分） (indicators 45; alt W101, as the
  points then total 95); D104 ≤warning (row) at 轮训护理员人数 (goal 800人, ≥600人); B107
  ≤warning (row) at 人均轮训补贴标准 (2000元 × 600人 = 120万 > 100万).
* kbf16-training-stacked-duplicate: second project: D102 ≤error (row) at the repeated
  岗前培训人数 ≥450人 (alt D101, D103); F201 ≤warning (row) at 培训班开班期数 under 质量.
* kbf18-training-period-wrong: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201
  ≤error at 居家上门护理员培训人数 年度 ≥1200人 > 中期 ≥1000人 (alt D104); Y102 ≤error at the
  年度 实训点建成时间 2025年12月31日前 (alt Y103); a D104 at 社区护理实训点数量 年度 ≥3个 is
  tolerated (the copied 年度目标 states the period's 6个).

Legitimate look-alikes in the correct returns (kbf01, 04, 05, 07, 09, 11, 13, 15, 17):
0起 on an incident count and a typed 100% on a 合格率 (kbf01); the goal's 6 助餐点 with its parts
in brackets (kbf01) and 8400张 with 4800 + 3600 (kbf07, where 重度失能老人服务券发放数量 ≥4800张 is
a part, not a duplicate); unit cost × count within the money, or equal to it (kbf16's second
project 1500 × 500 = 75万, kbf17's 5000 × 130 = 65万); 2029 named in kbf04's 中期目标 as the year
the work prepares for; period counts above the year's beside equal rates and unit costs (kbf04,
kbf15), and kbf15's one 实训基地 =1个 in both columns (built once, in the first year); a 下降率
with ≥ / 大于等于 (kbf05, kbf09); =100% / 等于 100 on a 及时率 (kbf09); tier points and indicator
points both adding to 100 and a rate raised in 百分点 (kbf13); the same indicator name in two
stacked or exported projects (kbf03, kbf16, kbf17: 学员满意度, 就餐老人满意度 with their
own values); a flat list's 合计 row (kbf05); 注 rows and fill dates of 2025 (all).

Judgements where a reviewer could hesitate: a near-duplicate name with another value (服务券发放数
/ 服务券发放数量) is one indicator given twice, so D102 at error with D103 and D101 accepted; a
2025 deadline in a 2026 return is an impossible date for the budget year (Y102 error), not a mere
other year in text; kbf12's plan dates of 2025 under a 2026 title are a year conflict (Y101); in
kbf14 the missing 5 points could be charged to the tier or to the total, so W101 is accepted;
kbf18's copied 年度目标 also contradicts the annual indicators, so D104 is accepted at the D201 cell
and tolerated at the 实训点 cell; cost caps equal to the money are not "exceeding" it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout724 import canteen, training, vouchers
from tests.variants.holdout724.registry import HOLDOUT724
from tests.variants.kit import Variant

MODULES = (canteen, vouchers, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT724, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 724th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

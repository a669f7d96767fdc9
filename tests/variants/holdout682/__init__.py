"""The 682nd held-out set: 18 invented returns on 鹰嘴豆 and 蓝靛 growing, a 蓝染 dye workshop
and craft-village tourism in the invented 砚湄县 (蔚川镇, 芗岭乡, 靛湾村), budget year 2025.

Aim: checks across the table (goal text against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2, unit cost × count against money, parts against totals, leftovers).

Layouts
-------
``chickpea`` (hp01–hp06): project heads with points-numbered labels (hp01), abbreviated labels
(hp02), three-year 中期/年度 projects (hp03, hp04), two projects stacked in one sheet with a
detail block (hp05, hp06). ``indigo`` (hp07–hp12): a department flat list with weights (hp07), a
department return with tasks and ★/* labels (hp08), an operator column and a unit column with
bare numbers (hp09), abbreviated labels (hp10), a budget-system export on two sheets (05-1 money,
05-2 indicators with code and name columns, header 绩效目标值; hp11), detail lines under the table
(hp12). ``village`` (hp13–hp18): tier score and indicator score columns (hp13), ★ labels with
points and a score column (hp14), a two-row header with 中期/年度 under 指标值 (hp15), 中期/年度
columns (hp16), headers 指标内容/绩效标准 repeated after a page break (hp17), a plain NAT-2021
table (hp18).

Planted mistakes (24 required marks; cell = the marked cell, row = anywhere in its row)
--------------------------------------------------------------------------------------
* hp02: D104 ≤warning at 推广种植面积 ``≥2000亩`` (goal: 3000亩); Y102 ≤error (alt Y103) at
  采收完成时间 ``2024年10月31日前`` in a 2025 project; F201 ≤warning row at 种植户满意度 under
  社会效益.
* hp04: B103 ≤error at 年度资金总额 360 (中期 300); D201 ≤error at the annual ``≥4条`` (period
  ``≥3条``); D202 ≤warning (alt D104) at the annual ``≥4500吨`` copied from the period column.
* hp06: B101 ≤error at the second project's 年度资金总额 90 (60 + 20); D101 ≤warning row (alt
  D103, F201) at 土样采集数量 under 质量, the same indicator as 土样采集 under 数量.
* hp08: Y103 ≤warning (alt Y102, Y101) at 年度总体目标 (2024年12月底前验收 in a 2025 return);
  B102 ≤error at 金额合计 160 (70 + 60 + 20 = 150); D104 ≤warning at 新建沤制池 ``≥30口`` (goal
  and task: 40口).
* hp10: F201 ≤warning row at 靛蓝膏批次合格率 under 时效; D102 ≤error row (alt D103, D101, D104)
  at the second 靛蓝膏年产量 ``≥80吨`` under 经济效益 (``≥60吨`` under 数量).
* hp12: Y102 ≤error (alt Y101) at 设备安装完成时间 2026-03-31 in a one-year 2025 project; B107
  ≤warning row at 染缸购置单价 ``≤0.8万元/口`` × 60口 = 48 > 40; B102 ≤error at the detail 合计
  40 (24 + 10 + 8 = 42).
* hp14: W103 ≤error at ``★产出指标（50分）`` (15 + 10 + 10 + 10 = 45); D104 ≤warning at 接待研学游客
  ``≥3万人次`` (goal: 5万人次); F201 ≤warning row at 研学学生满意度 under 社会效益; W101 ≤error
  tolerated at book level (the total 95 follows from the W103).
* hp16: Y101 ≤error (alt Y102) at 计划完成日期 2025-12-31 of a two-year project (中期 2025—2026);
  D204 ≤warning at 年度目标 (identical to 中期目标); D201 ≤error at the annual ``≥36家`` (period
  ``≥30家``).
* hp18: Y103 ≤warning (alt Y101, Y102) at 年度目标 (last edition's 2024年9月); X101 ≤error at
  ``≥**人次``.

Legitimate look-alikes in the correct returns
---------------------------------------------
hp01: a goal area with its part in brackets (800亩, 其中核心示范区200亩) and both as indicators;
为2026年全县扩种积累种源 (a later year the work prepares for); 化学农药使用量下降率 ≥10%; typed
percent cells; 1500元/亩 × 800亩 = 120 ≤ 150 explained in a footnote; fill date 2024-11-18.
hp03: period counts (6000亩, 10家) beside smaller annual counts, equal rates and unit costs in both
columns, 1000元/亩 × 2000亩 = 200 equal to the annual money. hp05: 技术培训人次 200 and 600 in two
stacked projects (not a duplicate), details 36 + 18 + 10 = 64, 其他资金 0. hp07: flat list without
tiers, weights 100 with a 合计 row, =100% as a typed percent, tasks 110 + 90 = 200 = 项目支出.
hp09: 废水COD浓度下降率 ≥ 20%, 安全生产事故 ≤ 0 起, a 注 row naming 2024 as the base year, 4.5
万元 × 20 = 90 ≤ 95 explained. hp11: a total with its parts (300 = 200 + 100万株), 0.25元/株 ×
300万株 = 75 ≤ 84. hp13: tier scores and indicator scores both 100, 30万元 × 3 = 90 ≤ 120.
hp15: ``≥5百分点`` / ``≥3百分点`` on a rate change, 为2027年申报… after a 2025—2026 period, period
counts above annual ones. hp17: ``=100%`` as text on a 达标率, 游客投诉下降率 ≥20%, ≤0起, 50元 ×
8000 = 40 ≤ 60, a repeated header row.

Judgements
----------
* Y102 vs Y103 for a date in the goal text (hp08, hp18): the text names a past year, so Y103 is
  asked; date codes are accepted as alternatives. An end date that contradicts 项目期 (hp16) is
  Y101 with Y102 accepted.
* hp04's copied tonnage also equals neither the goal's 1500吨 nor a plausible year: D202 asked,
  D104 accepted. hp06's near-duplicate may be read as a count under 质量: F201 accepted.
* hp10: a same-named indicator with two values is treated as a conflicting duplicate (error).
* hp12: the detail line 0.4万元/口 does not excuse the indicator's 0.8万元/口 cap × 60口.
* The 2027 in hp15 and 2026 in hp01 are years the work prepares for, not leftovers.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout682 import chickpea, indigo, village
from tests.variants.holdout682.registry import HOLDOUT682
from tests.variants.kit import Variant

MODULES = (chickpea, indigo, village)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT682, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 682nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

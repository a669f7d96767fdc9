"""The 876th held-out set: rural drinking water quality monitoring (农村饮水水质监测) and small
water works disinfection, 18 invented returns (khb01–khb18), 9 correct and 9 with 2–3 planted
mistakes each, most of them found only by comparing one part of a return with another.

Layouts: project heads (NAT-2021 and OLD-NAT) with operator / unit columns (khb01, khb02),
one value column (khb03, khb04, khb16–khb18), direction and word-operator columns (khb15),
numbered tier labels with points and an indicator score column (khb13), a tier score column
(khb14); two projects stacked in one sheet (khb03, khb04); three-year projects with 中期 and
年度 columns (khb05, khb06); department heads with tasks and 金额合计 (khb07, khb08); flat
lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (khb09, khb10); the table on a second sheet
under 考核指标 / 预期实现值 with a 填表说明 row inside, a repeated header and footnotes (khb11);
a budget-system export with codes in the first columns (khb12); a template with 预期目标
(khb17); a budget detail block with its 合计 (khb18).

Planted mistakes (return: code, highest accepted severity, place):

* khb02: B107 ≤warning row of 单套发生器配置成本 (16万元/套 × 12套 = 192 > 160); D104
  ≤warning row of 配置数量 (goal 15套, indicator 12套); Y102 ≤error alt Y103 at the 2026-06-30
  deadline of a one-year 2025 project.
* khb04: B101 ≤error at the second project's 年度资金总额 (52 ≠ 40 + 8); D104 ≤warning row
  (goal 2座, indicator 3座); D103 ≤warning alt D101 row of 出厂水浑浊度达标率 (= 浊度达标率).
* khb06: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  30台 (period 24台); D202 ≤warning at the annual 培训 60人 (copied from the period).
* khb08: B102 ≤error at 金额合计 (72 + 96 ≠ 180); D104 ≤warning row (goal 14个乡镇, indicator
  12个); F201 ≤warning row of 巡检报告出具及时率 under 质量指标.
* khb10: D102 ≤error alt D101 row of the second 末梢水采样点数 (36 / 48); Y102 ≤error alt
  Y103, Y101 at the 2024-04-30 采样时限 of a 2025 table.
* khb12: Y101 ≤error alt Y103 book level (绩效目标表 titled 2024年度, budget and plan 2025);
  B107 ≤warning row of 单份水样检测成本 (800元 × 600份 = 48万 > 40万).
* khb14: W103 ≤error at 产出指标's score 50 (indicators 45); F201 ≤warning rows of
  消毒剂投加合格率 (under 时效) and 受益群众满意度 (under 社会效益); W101 tolerated (book).
* khb16: D104 ≤warning row (goal 26个, indicator 20个); T108 ≤warning row of 出厂水浊度超标率
  ≥3%; D103 ≤warning alt D101, F201 row of 监测点平台接入数量 under 质量 (same as the 数量 one).
* khb17: X101 ≤error row of the template example 例：培训人数 ≥XX人; F110 ≤error at the empty
  name of ≥95%; F109 ≤warning row of the empty 时效指标.

Look-alikes in the correct returns: a typed percent cell (khb01, khb07); `=0起` on an incident
count and ≤ on a 故障停机率 (khb01); the same indicator name with other values in two stacked
projects (khb03); `2028年` in a three-year 2025–2027 goal as the year prepared for, period
counts above annual counts, equal rates in both columns (khb05); a goal's 420份 given as its
parts 210 + 210 (khb07) or 42 × 2 × 5 in a footnote (khb11); `≥2百分点` / `≥3百分点` and a
下降率 with ≥ or 大于等于 (khb07, khb09, khb13, khb15); tier points and indicator points both
adding to 100 (khb13); unit cost × count equal to or within its money (khb01, khb03, khb05,
khb07, khb18: 2 × 21 = 42); fill dates in the year before the budget year.

Judgements: a deadline in the next year in a one-year project is an impossibility against the
plan dates (Y102 error); a title year left from last season is Y101 though Y103 is accepted;
a count indicator repeated under 质量 is a near-duplicate first (D103), F201 accepted; the
W101 that follows a W103 is tolerated, not required; `=100%` on 验收合格率 and 复检率 is the
ceiling, not a T107; khb06's 30台 × 3.5万 = 105万 stays within the year's 120万.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout876 import disinfection, monitoring, tiers
from tests.variants.holdout876.registry import HOLDOUT876
from tests.variants.kit import Variant

MODULES = (disinfection, monitoring, tiers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT876, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 876th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

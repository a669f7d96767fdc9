"""The 673rd held-out set: mules and donkeys (骡/驴) on mountain farms, a donkey-hide gelatin
(阿胶) workshop and a veterinary station. 18 invented returns, 9 correct and 9 with two or three
planted mistakes (25 required marks), most of them found only by comparing one part of a return
with another.

Layouts: project heads (one-year and three-year, 中期 and 年度 columns), department heads with
key tasks, two projects stacked in one sheet, a flat list with weights, an operator column
(symbols or words) with a unit column, numbered and abbreviated tier labels with points, a
budget-system export (codes in the first columns, header on the third row, money and indicators
on two sheets), an indicator table on a second sheet under a two-row header, 注/说明/填表说明
rows, a header repeated after a page break, subtotal rows, signature and date lines.

Planted mistakes (return: code, highest severity, place):

* hg02: D104 warning at the 年度 value of 配种改良母驴头数 (row; goal 600, indicator ≥800);
  D202 warning at the 年度 value of 培训配种员人数 (≥60 copied from 中期; goal 20);
  D201 error at the 年度 value of 新生驴驹登记头数 (row; ≥1500 above the period's ≥1200).
* hg03 (second stacked project): B101 error at its 年度资金总额 (30 + 10 ≠ 45); Y103 warning at
  its 年度目标 (2025 in a 2026 return, alt Y101); D103 warning at 驮骡投保头数 (row, alt D101).
* hg05: W103 error at the tier-1 label 一、产出指标（50分） (scores add to 45; W101 on the file
  tolerated); F201 warning at 驮运服务响应及时率 under 质量 (row); F201 warning at a
  satisfaction rate under 社会效益 (row).
* hg08: B102 error at the detail block's 合计 (108 ≠ 120, alt B101); D104 warning at 驴皮收购量
  (row; goal 2万张, indicator 1.5万张); B107 warning at 每张驴皮收购成本 (row; 90元 × 1.5万张 =
  135万 > 120万).
* hg09: Y103 warning at the 年度目标 (2025年度, alt Y101); X101 error at the template's example
  row 示例：XX指标 / ≥XX (row); Y102 error at the deadline 2025年12月31日前 (row).
* hg11: F201 warning at a cost per kilogram under 数量 (row); D102 error at the second pass rate
  (row, 95% against 98%, alt D103 and D101).
* hg14: B102 error at the key tasks' 金额合计 (140 ≠ 150, alt B101); D104 warning at
  培训村级防疫员人数 (row; goal and task 90人, indicator ≥120人).
* hg15: T108 warning at 大于等于 on 免疫后不良反应发生率 (row); D101 warning at the second
  疫苗冷链温度达标率 under 时效 (row, alt D103; F201 tolerated at its value); Y102 error at
  the date cell 2027-03-31 in a one-year 2026 project (row).
* hg17: D104 warning at 培训村级防疫员人数 (row; goal 45, indicator ≥54); F110 error at the empty
  name cell of the ≥95% row; F109 warning at the empty 生态效益指标 (row).

Legitimate look-alikes in the correct returns: a goal count with its parts in brackets and the
parts as indicators (hg01, hg04, hg06); a 下降率 with ≥ (hg01); a death or reaction rate with ≤
(hg01, hg04, hg13); `=0起` on an outbreak count (hg04 as a bare 0 with =, hg13); `=100%` and
typed percent cells (hg01, hg04, hg07, hg10, hg12); a later year the work prepares for
(hg06: 为2027年推广); a baseline year in a note (hg12, tolerated); period counts above annual
counts and equal rates and unit costs in both columns (hg10); costs within their money (hg01:
120 × 0.4 = 48 ≤ 60; hg06: 24 + 14.4 + 1.6 = 40; hg10: 300 × 0.2 = 60 ≤ 80 and 900 × 0.2 =
180 ≤ 240; hg13: 3.6万 × 15元 = 54万 ≤ 70, 4800 × 60元 = 28.8万 ≤ 35); 百分点 on a rate change
(hg12, hg18); points at two levels each adding to 100 (hg18); subtotal rows and a total of
weights beside indicator weights (hg16); the same indicator name with different values in the
two stacked projects of hg03 (受益农户满意度 ≥90% / ≥88%); a fill date in the year before
(hg06).

Judgements: D104 marks sit on the indicator row, not on the goal text. A leftover year in the
年度目标 is a warning (Y103), a deadline outside the project period an error (Y102). In hg02 the
copied 培训配种员人数 is marked D202 only (the goal's 20 would also be a D104). hg05's missing
five points are one problem: W103 at the tier label is required, W101 on the file tolerated.
hg15's duplicate also sits under the wrong tier-2; D101 is required, F201 tolerated. A 0起 target
on an incident count is not a zero cost (T115 does not apply).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout673 import gelatin, mules, vetstation
from tests.variants.holdout673.registry import HOLDOUT673
from tests.variants.kit import Variant

MODULES = (mules, gelatin, vetstation)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT673, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 673rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

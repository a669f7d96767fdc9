"""The 774th held-out set: 18 invented returns of 枫潭市教育局 (a city education bureau) on
after-school services (课后服务), school-canteen upgrades (食堂提质改造) and teacher training for
rural schools (乡村教师培训), with a careful reviewer's marks. Its aim is checks across the
table: goal text against indicators, years and dates, 中期 against 年度, duplicates, tier-2
placement, unit cost × count against the money, parts against totals.

Layouts: project heads (``heads.project_head``) with one value column, an operator column (as
symbols or in words) with a unit column, 中期/年度 columns (kdd05, kdd06), tier points in the
labels with a 分值 column (kdd13, kdd14), numbered tier labels (kdd10), headers 绩效目标值 /
考核指标 / 目标值（年度） / 评价标准, two stacked projects (kdd03, kdd04), money detail blocks
(kdd07, kdd08), a department head with key tasks, a note row, a repeated header and 填表说明
(kdd09), a flat department list (kdd17), a budget-system export on two sheets with codes in
the first columns and the header on row 3 (kdd11, kdd12).

Planted mistakes (return: code, highest accepted severity, place):

* kdd02: D104 ≤warning at the 学校数 value (goal 86所, indicator ≥68所); Y102 ≤error alt Y103
  at the deadline 2024年12月31日前 of a 2025 project; B107 ≤warning (row) at the 课时补助标准
  (50元 × 8万课时 = 400万 > 300万).
* kdd04: B101 ≤error (row) at the second project's 年度资金总额 (60 + 20 ≠ 90); Y103 ≤warning at
  its 年度目标 (2024年 left over); D102 ≤error (row) alt D103/D101 at 改造功能室数 ≥10间 beside
  功能室改造数量 ≥12间.
* kdd06: D204 ≤warning at the 年度目标 (copied from 中期目标); D201 ≤error at the annual
  资源包 count (≥60 above the period's ≥40); D202 ≤warning at the annual 骨干教师 count copied.
* kdd08: B101 ≤error (row) at 年度资金总额 320 (260 + 40 = 300); B102 ≤error at the detail 合计
  320 (180 + 100 + 30 = 310); D104 ≤warning at 改造农村学校食堂数 ≥6所 (goal 8所).
* kdd10: D103 ≤warning (row) alt D101 at 完成改造学校食堂数 (改造食堂数 again); F201 ≤warning
  (row) at 食品安全抽检合格率 under 时效; F201 ≤warning (row) at 学生就餐满意度 under 社会效益.
* kdd12: X104 ≤warning at the text 46022 (2025-12-31 as a serial); B107 ≤warning (row) at the
  设备平均单价 ≤3.5 万元/台 × 60台 = 210 above 160 on the money sheet 05-1.
* kdd14: W103 ≤error at 产出指标（50分） (indicators 55) and at 效益指标（30分） (25); D104
  ≤warning at 培训乡村教师人数 ≥1200人 (goal 1500人).
* kdd16: Y102 ≤error alt Y101 at the start date 2024-03-01 of a one-year 2025 project; T108
  ≤warning (row) at the ≥ of 参训教师中途退训率; Y102 ≤error alt Y103 at the deadline
  2026年6月30日 of the one-year project.
* kdd18: D104 ≤warning at 送教下乡次数 ≥20次 (goal 30次); F110 ≤error at the empty name of the
  ≥120节 row.

Look-alikes in the correct returns: typed percent cells (kdd01, kdd05, kdd13); ≤0起 on incident
counts (kdd01, kdd04, kdd07, kdd09, kdd11); costs within their money, some exactly equal to it
(kdd09 20 × 30 = 600, kdd10 10 × 28 = 280, kdd16 600 × 2000 = 120万); a goal count with its
rural part in brackets and a 其中 indicator (kdd07, kdd13); the same 家长满意度 with different
values in two stacked projects (kdd03); 2028 in the 中期目标 as the year the work prepares for
(kdd05); the period's counts in 中期 beside smaller annual counts, rates equal in both (kdd05);
tier points and indicator points both totalling 100 with a 合计 row (kdd13); 提高≥3百分点
(kdd13); a 下降率 with 大于等于 and a 差错率 with 小于等于 (kdd15); =100% kept as text
(kdd11); a deadline as a date cell (kdd11, kdd15); a note row between tiers, a repeated header,
填表说明 and signature lines, fill dates in November of the year before (kdd01, kdd09, kdd17).

Judgements: a deadline or start date outside a one-year project is marked as an error (Y102),
since the dates cannot both hold; the text-versus-indicator mismatches are warnings, the goal
might be the stretch figure. kdd04's two 功能室 counts are a conflicting duplicate (error
accepted) since one indicator cannot have two targets. The B107 of kdd12 needs the money sheet
05-1; a finding anywhere in the row is accepted. kdd11's deadline cell has no operator (T103 is
info and not counted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout774 import canteens, services, training
from tests.variants.holdout774.registry import HOLDOUT774
from tests.variants.kit import Variant

MODULES = (services, canteens, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT774, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 774th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

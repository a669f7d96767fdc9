"""The 644th held-out set: 18 invented returns on 蜗牛与蟋蟀昆虫蛋白养殖 (gd01–gd06, gd13,
gd14, gd17) and 饲料厂技改 (gd07–gd12, gd15, gd16, gd18), budget year 2025, with a careful
reviewer's marks. Aim: checks across the table (goal text against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, cost × count against money, leftovers).

Layouts: project heads (``heads.project_head``) with 中期/年度 money rows, department heads
with budget shares and tasks, one value column, operator and unit columns, direction and
operator columns, tier labels numbered with points, headers 考核指标 · 目标值（年度） · 评价标准
and 预期实现值 and 预期目标, two stacked projects, a flat department list, 中期 and 年度 value
columns, a tier-1 score column beside an indicator score column, a table on a second sheet, a
budget-system export (05-1 and 05-2 sheets, codes in the first column, header on the third
row), 注 / 说明 / 填表说明 rows, a header repeated after a page break, signature lines.

Planted mistakes (code, highest accepted severity, place):

* gd02: B107 ≤warning at the 每亩建设补助 value (2.5万元/亩 × 30亩 or × 25亩 > 50万元);
  D104 ≤warning at the 养殖大棚面积 value (25亩 against the goal's 30亩); Y102 ≤error alt
  D104, Y103 at the 验收时间 value (2026年3月31日前 in a one-year 2025 project).
* gd04: B101 ≤error at the second project's 年度资金总额 (30 + 10 ≠ 45; the same 中期 cell
  tolerated); D103 ≤warning alt D101, row, at 蟋蟀虫粉加工数量 (same as 蟋蟀虫粉加工量);
  Y102 ≤error alt Y103 at 2024年12月底前 (last season's deadline).
* gd06: F201 ≤warning at 1.蟋蟀卵孵化合格率 under （三）时效指标; W103 ≤error at
  三、效益指标（30分） (its indicators give 25); W101 tolerated at book level.
* gd08: B101 ≤error at 年度资金总额 320 (200 + 100; the 中期 cell tolerated); D104 ≤warning at
  the 投产时间 value (10月31日 against the goal's 6月30日); D104 ≤warning at the 产能 value
  (12吨/小时 against 15).
* gd09: F201 ≤warning at 改造配料秤数量 under 质量指标; Y102 ≤error alt Y103, D104 at
  2026年6月30日前 (one-year project, goal says 年内).
* gd12: Y103 ≤warning alt Y101 at the 05-1 年度目标 text (2024年 in a 2025 return); X104
  ≤warning at the text 45900 (a date serial).
* gd14: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D201 ≤error at the annual
  发展蟋蟀养殖户 ≥260户 against the period's ≥200户.
* gd15: D202 ≤warning alt D104 at each annual copied count (≥4条, ≥120人次; the 年度目标
  says 2条, 60人次); T106 ≤error at the annual 改造设备完好率 ≥105%; the annual cost cap
  tolerated (4 × 90 > 200 follows from the copy).
* gd18: X101 ≤error, row, at the template example 如：培训人次 ≥**人次; F110 ≤error at the empty
  name of the 时效 row; F109 ≤warning, row, at 生态效益指标 left without indicator.

Look-alikes in the correct returns: typed percent cells (gd01, gd05, gd10, gd17); a goal
naming 2026 the work prepares for (gd01); 死亡率 and 差错率 with ≤ (gd01, gd10); a goal's
count with its part in brackets (gd05: 300户（其中脱贫户120户）, gd01: 12栋（其中4栋）); the
same indicator name with different values in stacked projects (gd03); unit cost × count equal
to or within the money (gd01, gd06's 8 × 8 = 64, gd07, gd10's 400 × 2500元 = 100万, gd13,
gd14, gd17); a 下降率 with ≥ (gd07, gd17); 0起 on incident counts (gd07, gd17 with ≤);
period counts above the year's and equal rates and costs in both columns (gd13); 100 points at
two levels (gd16) and a rate raised in 百分点 (gd16); a footnote explaining why 金额合计 is
项目支出 (gd10); 注, repeated header, 填表说明 and a signature dated 2024 (gd11); budget shares
adding to 100 % (gd10).

Judgements: a deadline before or after the one-year project period is marked Y102 up to error
(a date outside the period cannot be met); the 0起 incident targets are not zero-targets; the
goal's 2026 in gd01 is the year the work prepares for, not a year conflict; in gd04 the two
names differ by one character and carry the same value, so a near-duplicate, not a conflict;
gd06's 效益 shortfall is one defect, so the W101 total it causes is only tolerated; gd08 and
gd15 tolerate the findings that follow from the same defect in the other column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout644 import feedmill, insects, periods
from tests.variants.holdout644.registry import HOLDOUT644
from tests.variants.kit import Variant

MODULES = (insects, feedmill, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT644, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 644th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

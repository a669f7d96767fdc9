"""The 617th held-out set: pepper (胡椒) and vanilla (香草兰) plantations in the tropics, with an
澳洲坚果 (macadamia) cracking line, in an invented county (沐椰县: 坡岭, 长汀, 乌岽, 鹿垭).

Layouts: project heads (one-year and multi-year with 中期/年度 money and goals), department heads
with budget and task blocks; tier-1/tier-2 merged down; numbered tier labels with points;
operators in a column (symbols or words), 指标性质 as direction with 指标方向 as operator; unit
columns; a two-row header (中期/年度 under 指标值); two stacked projects; flat department lists;
a budget-system export (sheets 05-1 and 05-2, codes in the first columns, header on row 3); a
table on a second sheet under 预期实现值; instruction, note, 填表说明, signature and stamp rows;
a header repeated after a page break.

Planted mistakes (return: code, highest accepted severity, place):

* fc02-pepper-new-garden: D104 warning (row of 新建胡椒园面积, goal 600亩 vs ≥500亩); Y102 error
  alt Y103 (定植完成时间 2025年… in a 2026 project); B107 warning (row of the seedling price,
  12元 × 10.8万株 = 129.6万 > 90万).
* fc04-pepper-stacked-money: B101 error (second project's 年度资金总额 36 ≠ 30 + 4); F201 warning
  (row of 白胡椒成品含水率 under 时效指标).
* fc06-pepper-training-period: D201 error (年度 示范基地 ≥4个 > 中期 ≥3个); D104 warning (row of
  培训, 中期目标 900人次 vs ≥600人次); D202 warning (年度 统防统治 copies 中期 3000亩).
* fc08-vanilla-flat-defects: B102 error (金额合计 140 vs tasks 130); D104 warning (row of
  人工授粉花朵数, goal 12万朵 vs 10万朵); D102 error alt D101/D103 (row of 生香豆荚一级品比率,
  the 一级品率 above with 70 vs 60).
* fc10-vanilla-scored-wrong: W103 error at 一、产出指标（50分） (indicators 45) and at
  三、效益指标（30分） (indicators 35); F201 warning (row of 合作社满意度 under 社会效益指标).
* fc12-vanilla-curing-house: Y103 warning alt Y101 (年度目标 names 2024 in a 2025 return); Y102
  error alt Y103 (烘房建成投用时间 2026年3月31日前); B107 warning (row, 28万 × 2座 > 48万).
* fc14-crack-line-money: B101 error (年度资金总额 120 ≠ 100 + 10); D104 warning (row of
  年加工带壳果, goal 800吨 vs 400); B107 warning (row, 65万 × 2条 > 120万).
* fc16-crack-duplicate: F201 warning (row of 破壳机组调试台数 under 质量指标); D102 error alt
  D101/D103 (row of the second 果仁破碎率, ≤10% vs ≤8%).
* fc18-crack-department: B101 error (资金总额 420 ≠ 基本支出 150 + 项目支出 250); D104 warning
  (row of 破壳生产线运维数量, goal and task 3条 vs ≥2条); Y103 warning alt Y101 (row of
  2024年产季带壳果收购量 in a 2025 return).

Look-alikes in the correct returns: typed percent cells (fc01, fc05, fc07, fc11, fc13); a goal
part in brackets (fc01 嫁接苗1.2万株 of 3.2万株, fc11 12吨 + 6吨 = 18吨); `=0起` on an incident
count (fc01, fc13); 下降率 with ≥ (fc01 农药使用量下降率, fc17 能耗下降率 marked 正向); a
later year the work prepares for (fc05 为2029年…积累数据); the period's counts beside smaller
annual counts and equal rates/unit costs in 中期 and 年度 (fc05, fc17); the same indicator names
with other values in two stacked projects (fc03); points on tier-1 and indicators both adding
to 100 (fc09); 提高 in 百分点 (fc09, fc15); 化肥使用量增长率 ≤0% (fc09); unit cost × count
within the money (fc01 2.5元 × 3.2万株 = 8万 ≤ 86万, fc05 1800元 × 600亩 = 108万 ≤ 120万,
fc09 1.2万 × 40亩 = 48万 ≤ 75万, fc13 60元 × 1500吨 = 9万 ≤ 160万); 上年结转 explained by a
footnote naming last year's contract (fc15); fill dates in the year before (fc11, fc15).

Judgements: B107 is a warning at most (a cap times a count above the money may still be spent
under the cap); D102 accepts error (one indicator, two values cannot both be the target); a
goal count differing from its indicator is a warning (D104); a deadline after a one-year
project ends is an error (Y102); last year's year in goal text or an indicator name is a
warning (Y103); the 2029 in fc05's 中期目标 is a purpose, not a leftover, and is not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout617 import cracking, pepper, vanilla
from tests.variants.holdout617.registry import HOLDOUT617
from tests.variants.kit import Variant

MODULES = (pepper, vanilla, cracking)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT617, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 617th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

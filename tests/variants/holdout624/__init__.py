"""The 624th held-out set: 18 invented returns of 葭川县 (an invented county) on pumpkin (南瓜),
wax gourd (冬瓜) and onion (洋葱) vegetable bases and the county's wholesale market
(县农产品批发市场), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Modules: ``pumpkin`` (fj01–fj06, 南瓜 bases), ``gourd`` (fj07–fj12, 冬瓜 bases and the
department returns), ``market`` (fj13–fj18, 洋葱 bases and the wholesale market).

Layouts: project heads with one-year and 中期/年度 money blocks (fj01–fj08, fj14–fj18);
department heads with budget and key tasks (fj09, fj10) or a flat list (fj11, fj12); an
operator column 指标性质 with a unit column (fj01); header words 绩效目标值 (fj02), 预期实现值
(fj14), 考核指标 · 目标值（年度） · 评价标准 (fj17), 预期目标 (fj18), 实施期目标值 (fj16);
multi-year 中期 and 年度 columns (fj03, fj04, fj15, fj16); two stacked projects (fj05, fj06);
tier labels numbered with points and a 分值 column (fj07, fj08), marked and abbreviated (★产出,
*成本, 数量 — fj17); a two-row header with operators in words in 指标方向 and the header repeated
after a page break (fj15); a budget-system export with codes in the first columns, the header on
the third row and the table on a second sheet (fj13); the head on 基本信息 and the table on a
second sheet 绩效指标 (fj14); 注 / 填表说明 rows, signature and date lines (fj09, fj11, fj17).

Planted mistakes (25 required marks; code, highest accepted severity, place):

* fj02: 南瓜育苗基地面积 ≥450亩 against the goal's 600亩 — D104 ≤warning, Sheet1!D9 (row);
  配套设施完工时间 2024年11月30日前 in a 2025 return whose goal says 2025年11月底 — Y102 ≤error,
  Sheet1!D12, alt Y103, D104; 嫁接苗补贴 ≤0.4元/株 × 300万株 = 120万元 above the 90万元 —
  B107 ≤warning, Sheet1!D13 (row).
* fj04: 年度目标 copied from 中期目标 in a two-year project — D204 ≤warning, Sheet1!D9;
  加工生产线 年度 ≥3条 above 中期 ≥2条 — D201 ≤error, Sheet1!E11.
* fj06 (second stacked project): 计划完成日期 2024-12-31 before its start 2025-03-01 — Y104
  ≤error, Sheet1!F18, alt Y102; 年度资金总额 60 ≠ 45 + 10 — B101 ≤error, Sheet1!C19;
  新增冷藏库容 ≥500吨 against the goal's 800吨 — D104 ≤warning, Sheet1!D23 (row).
* fj08: 效益指标（30分） with indicator points 10 + 5 + 10 = 25 — W103 ≤error, Sheet1!A14
  (W101 at book level tolerated, ≤error, not required); 带动冬瓜种植户增收 under 经济效益 (≥1500元)
  and again under 社会效益 (≥1200元) — D102 ≤error, Sheet1!D15 (row), alt D101, D103;
  收购企业满意度 under 社会效益 — F201 ≤warning, Sheet1!C16 (row).
* fj10: 资金总额 900 ≠ 基本支出 380 + 项目支出 500 — B101 ≤error, Sheet1!B4 (row); tasks
  260 + 150 + 70 = 480 against 金额合计 500 — B102 ≤error, Sheet1!D9, alt B101; 地方品种提纯复壮
  ≥5个 against the goal's 3个 — D104 ≤warning, Sheet1!D13 (row).
* fj12: 冬瓜订单收购数量 ≥5000吨 beside 冬瓜订单收购量 ≥6000吨 — D103 ≤error, Sheet1!E9 (row),
  alt D102, D101; flat-list weights add to 95 — W101 ≤error, book level.
* fj14: caption 2024年度绩效指标 on a 2025 return — Y101 ≤error, 绩效指标!A1, alt Y103; the
  template's example row ××培训人次 ≥**人次 — X101 ≤error, 绩效指标!D6 (row); 洋葱种植补贴
  ≤300元/亩 × 2000亩 = 60万元 above the 50万元 — B107 ≤warning, 绩效指标!D9 (row).
* fj16: 入驻冷链经营户 年度 ≥300户 copied from 实施期 (the goal says 150户) — D202 ≤warning,
  Sheet1!E12; 市场年交易蔬菜量 (a count) under 质量指标 — F201 ≤warning, Sheet1!C13 (row);
  建成时间 2027年12月31日前 after the 2025–2026 period — Y102 ≤error, Sheet1!D15, alt Y103.
* fj18: 年度目标 names 2024年秋季 in a 2025 return — Y103 ≤warning, Sheet1!B7, alt Y101; a value
  ≥2场 with an empty name — F110 ≤error, Sheet1!C10; tier-2 时效指标 left without indicators —
  F109 ≤warning, Sheet1!B12 (row).

Cross-table marks (goal against indicator, years and dates, 中期 against 年度, duplicates, tiers,
cost against money, parts against totals, leftovers): 22 of the 25.

Legitimate look-alikes in the correct returns: the goal's 800亩 with its parts in brackets and an
indicator for the 新建 part (fj01), goal 2600亩 (冬瓜1800亩、洋葱800亩) against two indicators
(fj09); ``=100%`` on capped rates (fj01, fj06, fj14, fj17); typed percent cells (fj01, fj03,
fj09, fj11, fj13); 为2027年全县推广积累数据 inside a 2025–2027 period (fj03); period counts above
the year's and equal rates and unit costs in both columns (fj03, fj15); the same 服务对象满意度
with different values in two stacked projects (fj05); points at two levels adding up, a total row
of 100 and 提高 ≥5百分点 on a rate (fj07); 0起 质量安全事故 (fj09, fj11 with ≤0); a 下降率 and a
减少比例 with ≥ (fj11, fj13); 交易投诉率 and 流通损耗率 with ≤ (fj15, fj16); fill and signature
dates in the year before the budget year; 上年结转 30万元 inside a 150万元 total explained by a
footnote (fj17); every unit cost × count within its money (fj01 96/120, fj05 20/30 and 70/80,
fj07 96/150, fj09 390/500, fj13 60/90, fj15 540/600 and 195/260, fj17 72/150).

Judgements where a reviewer could hesitate: D104 on a count contradicting the goal is a warning
(the goal may be the error); B107 is a warning; fj04's annual 3条 > period 2条 is an error (a
year cannot exceed its period); fj08's same name with two values is marked D102 up to error;
fj12's near-duplicate differs by one character and is marked D103 but accepts error (two values
for one measure); fj16's 2027 deadline in a 2025–2026 project is an error (outside the period);
fj18's 2024年秋季 is a leftover, a warning only; fj14's 2024 caption conflicts with the 2025 title
(Y101 up to error). fj12 and fj16 are otherwise sound; 农产品质量安全事故 0起 is not a zero target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout624 import gourd, market, pumpkin
from tests.variants.holdout624.registry import HOLDOUT624
from tests.variants.kit import Variant

MODULES = (pumpkin, gourd, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT624, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 624th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

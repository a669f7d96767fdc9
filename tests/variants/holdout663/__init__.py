"""The 663rd held-out set: 苦荞与藜麦高原杂粮、订单收购 (tartary buckwheat and quinoa on the
plateau, contract purchasing), 18 invented returns, 9 correct, 25 required marks.

Invented places and units: 措勒县 (朗玛乡, 宗岗镇, 达瓦乡, 嘎玛乡), 岗日县 (曲雅镇). Modules:
``buckwheat`` (gw01–gw06, 苦荞), ``quinoa`` (gw07–gw12, 藜麦), ``orders`` (gw13–gw18, 订单收购
of both grains).

Layouts: project heads (one-year and multi-year with 实施期 / 年度 columns and money blocks),
department heads with task blocks, two stacked projects (gw05), flat department lists (gw07,
gw08), numbered tier labels with points and an indicator score column (gw09, gw10), a two-row
指标内容 / 绩效标准 header with 注 / 说明 / 填表说明 rows and signature lines (gw11), a table on a
second sheet under 预期实现值 (gw12), a budget-system export with codes in the first columns and
the header on the third row (gw13), operators in words with a 正向/反向 column (gw15), a header
repeated after a page break (gw17).

Planted mistakes (code, highest accepted severity, place):

* gw02: D104 ≤warning row of 苦荞良种推广面积 (goal 2000亩, indicator ≥2500亩); D103 ≤warning
  row of 苦荞良种推广种植面积 (alt D101); Y102 ≤error at 播种完成时间 `2024年5月31日前` in a
  2025 return (alt Y101, Y103).
* gw04: D201 ≤error at the annual 有机种植示范区面积 ≥8000亩 above the period's 6000 (alt D104);
  D202 ≤warning at the annual 种植户培训人次 copied from the period; Y103 ≤warning at the 年度目标
  cell, which speaks of 2024 in a 2025—2026 project (alt Y101).
* gw06: B102 ≤error at 金额合计 180 (tasks 15 + 100 + 40 = 155; alt B101); B107 ≤warning row of
  苦荞良种补贴标准 (60元/亩 × 3000亩 = 18万 > the 15万 task); F201 ≤warning row of 种植户满意度
  under 社会效益指标.
* gw08: W101 ≤error book level (weights add to 80); D104 ≤warning row of 藜麦标准化种植基地数量
  (goal 5个, indicator ≥3个); D102 ≤error row of the second 藜麦订单收购量 (600 / 650吨; alt
  D101, D103).
* gw10: W103 ≤error at 一、产出指标（50分） (indicators 45); F201 ≤warning row of 藜麦示范基地数量
  under 质量; F201 ≤warning row of 藜麦种子发芽率 under 时效. W101 book level tolerated.
* gw12: Y104 ≤error at 计划完成日期 2024-12-31 before the start 2025-03-01 (alt Y101, Y102); X101
  ≤error row of the template example row `≥**场` on sheet 绩效指标. A date finding at 示范线投产时间
  is tolerated (caused by the wrong end date).
* gw14: B101 ≤error at 年度资金总额 25 (20 + 8 = 28); B107 ≤warning row of 订单收购价格补贴标准
  (200元/吨 × 1500吨 = 30万); D104 ≤warning row of 收购款兑付完成时间 11月30日 against the goal's
  9月30日前 (alt Y102).
* gw16: T108 ≤warning row of 订单违约率 with ≥; D102 ≤error row of 订单签约农户数 repeated under
  社会效益 with 1500 against 1200 (alt D101, D103, D104).
* gw18: B103 ≤error at 年度资金总额 360 above 中期 300; D204 ≤warning at the 年度目标 copied from
  中期目标; X104 ≤warning at the annual 生产线投产时间 holding the text `45930`.

Legitimate look-alikes in the correct returns: goal areas with their parts in brackets (gw01,
gw07, gw17), a later year the work prepares for (为2028年… in gw03), period counts beside
smaller year counts and equal rates or unit costs in both columns (gw03, gw17), 化肥使用量增长率
≤0% (gw01), the same indicator name with different values in two stacked projects (gw05), tier
points and indicator points both adding to 100 and `≥3百分点` on a rate change (gw09), a 注 row
explaining the area total and a 2024 fill date (gw11), `=100%` on ceiling rates, 0起 on an
incident count and a 下降率 with 大于等于 (gw15), unit cost × count equal to its money line (gw13:
300元/吨 × 1200吨 = 36万) or within it (gw01, gw03, gw05, gw09, gw11, gw15, gw17).

Judgements where a reviewer could hesitate: a near-duplicate with the same value (gw02) is a
warning; the same name with two values (gw08, gw16) is a conflict, accepted as an error; a goal
count differing from its indicator (gw02, gw08, gw14) is a warning, the goal may be the
looser statement; a percent 100 given as a bare number with % in the unit column (gw13) is valid;
B107 is compared against the task line (gw06) or the smaller total (gw14), both exceeded.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout663 import buckwheat, orders, quinoa
from tests.variants.holdout663.registry import HOLDOUT663
from tests.variants.kit import Variant

MODULES = (buckwheat, quinoa, orders)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT663, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 663rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

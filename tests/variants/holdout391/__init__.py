"""The 391st held-out set: 评弹 (pingtan storytelling) troupes and 书场 (storytelling halls).

Eighteen invented returns (places 渌湾市, 棠里县, 砚溪镇, 桐浦镇; all units, people, phone
numbers and figures invented), budget year 2025, nine correct and nine with planted mistakes.

Layouts: project heads with one-year money blocks (wk01–wk04, wk07–wk12, wk18), multi-year
heads with 中期/年度 money and goals (wk05, wk06), department heads with budget, shares and key
tasks (wk13–wk16), a budget-system export with the table on a second sheet (wk17); operator and
unit columns (wk01, wk02, wk18), tier-1 and indicator score columns (wk03, wk04), stacked
projects (wk07, wk08), numbered and marked tier labels with points (wk09, wk10), headers
指标内容 / 绩效标准 / 预期目标 / 预期实现值 (wk11, wk12, wk17), flat lists (wk13, wk14).

Planted mistakes (code, highest accepted severity, place):

* wk02: T106 error at the 演出场次完成率 value (typed 105 %); T108 warning, row, at the ≥ of
  演出差错率.
* wk04: W103 error at the 产出指标 score (40; indicators 45) and at the 效益指标 score (30;
  indicators 25); T105 error at 传承班学员结业率 `12人`.
* wk06: D202 warning at the 年度 cells of 开篇曲谱整理数量 and 曲谱集出版册数 (copied from
  中期); D201 error (alt D202) at 示范唱段录制数量 年度 `≥120段` against 中期 `≥80段`.
* wk08: B101 error, row, at the second project's 年度资金总额 (26 ≠ 20 + 4); T105 error at its
  书场设施完好率 `12处`.
* wk10: F105 error (alt F201) at the tier-2 （一）数量指标 under 二、效益指标; T108 warning, row,
  at 听众投诉率 `≥2%`.
* wk12: F110 error at the empty name cell of a `≥98%` row; F109 warning, row, at the empty
  生态效益指标 template row.
* wk14: T112 error (alt T105) at 演出收入增长率 `12万元` under the unit column `%`; W101 error at
  book level (weights 95).
* wk16: B101 error, row, at 资金总额 (480 + 30 ≠ 520); B111 error at the 基本支出 share 58.62 %
  (310 ÷ 520 = 59.62 %); B102 error, row, at 金额合计 200 (tasks 95 + 70 + 45 = 210).
* wk18: X105 warning (alt X103) at 年度资金总额 `86.4 5`; X106 error (alt B108) at the detail
  line `18万18万(含运输)`; T115 error at 单场驻演补助标准 `≤ 0 万元/场`.

Legitimate look-alikes in the correct returns: typed percent cells with a `%` unit column and
`= 100%` on 演员持证上岗比例 (wk01); `≤ 0 起` on an accident count (wk01, wk13) and `≤0起` on
fires (wk11); a 下降率 with ≥ (wk11); an increase in 百分点 (wk03); tier and indicator points
both adding to 100 (wk03); tier points adding to 90 with a note that 预算执行率 is scored apart
(wk09); the same indicator names with different values in stacked projects (wk07); rates, unit
costs and 保存年限 equal in 中期 and 年度 of a multi-year project (wk05); unit cost × count equal
to the money (wk09, wk11, wk17); fill dates in 2024 and a 2024 baseline in a footnote (wk11);
an instruction row, a repeated header, 注 and 填表说明 rows (wk11); a 0 其他资金 (wk17); a
5 % 增长率 typed as a percent (wk13).

Judgements: the 2024 baseline year in wk11's footnote is a base for the 下降率, not a year
conflict; `=8家` on the number of halls covered (wk17) is a fixed count, not a rate; in wk04 the
indicator points still add to 100, so only the tier scores are marked (no W101); in wk06 the
D201 row is not also marked D202 (alt only); in wk16 the share-sum that no longer reaches 100 %
is the same problem as the B111 cell; in wk18 the split total is read as 86.45 so the detail
lines add up, and no B102 is asked for.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout391 import department, halls, troupe
from tests.variants.holdout391.registry import HOLDOUT391
from tests.variants.kit import Variant

MODULES = (troupe, halls, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT391, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 391st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

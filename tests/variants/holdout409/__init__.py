"""The 409th held-out set: sea turtle and marine wildlife rescue centres (海龟/海洋野生动物救护).

Eighteen invented returns (budget year 2025) from invented places (潮音湾, 蓝屿县, 鹭汀市, 澜港市,
雁屿区, 海屿县, 鸥湾市), half on sea turtle rescue (xc01–xc06, most of xc13–xc18) and half on
marine mammals (斑海豹, 中华白海豚, stranded 鲸豚: xc07–xc12, parts of xc13–xc18). Nine are
correct, nine carry 21 required marks.

Layouts: project heads (``heads.project_head``) with 中期/年度 money blocks; department heads with
budget and key-task blocks; NAT-2021 and OLD-NAT tiers merged down; an operator column and a unit
column with typed percent cells and 万元 only in the number format (xc01, xc02); a tier-1 score
column beside an indicator score column (xc03, xc04); numbered tier labels with points, ★ and *
(xc05, xc06); 中期 and 年度 value columns (xc07, xc08); headers 指标内容 / 实施期绩效标准 /
年度绩效标准 (xc09); a budget-system export with the indicator table on sheet 05-2 under 考核指标 /
预期实现值 and codes in columns A–B (xc10); 指标性质 as direction and 指标方向 as operator in
words (xc11); header 预期目标 with template rows (xc12); department tasks with 金额合计 (xc13,
xc14); flat lists (xc15, xc16); stacked projects with a header repeated after a page break,
notes and signature lines (xc17, xc18).

Planted mistakes (return: code, highest accepted severity, place):

* xc02: T106 ≤error at the typed 105 % of 放归海龟卫星标记率 (value cell); T108 ≤warning, row,
  ≥ on 救护海龟死亡率 (operator cell).
* xc04: W103 ≤error, row, at the 产出指标 score 40 (indicators 20+15+10=45); W103 ≤error, row,
  at the 效益指标 score 30 (15+10=25); T105 ≤error at 放归海龟存活率 ≥50只.
* xc06: T105 ≤error at 沿海渔民海龟救护知晓率 ≥800人; F105 ≤error at the tier-2 （2）质量指标
  placed under 3.效益指标.
* xc08: D204 ≤warning at the 年度目标 cell (copied from the 中期目标 of a two-year project);
  D202 ≤warning at each of the two annual cells of cumulative counts copied from 中期.
* xc11: T108 ≤warning, row, at 小于等于 on the 正向 救护个体康复率 and at 大于等于 on the 反向
  搁浅鲸豚接报响应时间 (operator cells).
* xc12: F110 ≤error at the empty name cell of a row with value ≥95%; F109 ≤warning, row, at the
  tier-2 生态效益指标 left without indicators.
* xc14: B101 ≤error, row, at 资金总额 900 (基本支出 520 + 项目支出 340 = 860); B102 ≤error,
  row, at 金额合计 340 (tasks 120+110+100 = 330).
* xc16: T112 ≤error, row, at 志愿者巡滩人次 ≥1200公里 (unit column 人次); T105 ≤error at
  救护个体放归率 ≥60 with unit 只; W101 ≤error on the whole return (weights add to 95).
* xc18: B101 ≤error, row, at the second project's 中期资金总额 50 (40 + 5 = 45; the 年度 block
  in the same row repeats it); X104 ≤warning at the 计划开始日期 typed as the text ``45658``.

Legitimate look-alikes in the correct returns: ``=100%`` on 放归个体标记率 (xc01) and ``100%``
on 验收合格率 (xc09) are at the ceiling; ≤ on 死亡率 (xc01, xc15) and ≥ on 死亡下降率 (xc13;
also unmarked in xc11); ``≥3百分点`` on 放归海龟存活率提高 (xc03) is a percentage change;
tier points and indicator points both adding to 100 with a 合计 row (xc03); label points adding
to 90 with 预算执行率 stated as scored apart (xc05); ★ core and numbered tier-3 names (xc05);
rates and unit costs equal in 中期 and 年度 while counts are smaller (xc07); equal columns and
identical goals in a one-year project, explained by a 说明 row (xc09); 金额合计 equal to
项目支出 rather than 资金总额, explained by a note (xc13); the same indicator 公众满意度 with
≥90% and ≥92% in two stacked projects (xc17); a signature date in December 2024 (xc17); every
unit cost × count within its money (e.g. 0.5万元/只 × 120只 = 60 ≤ 64, xc01; 0.8 × 120 = 96 ≤
150, xc13).

Judgements where a reviewer could hesitate:

* ``≤0起`` on 救护过程安全责任事故 (xc11, a wrong return, not marked) is a zero incident target,
  not a zero cost or quantity (no T115).
* xc04's tier and indicator totals both still add to 100: only the per-tier subtotals are wrong,
  so W103 and not W101.
* xc14: the budget row holds two sums; the mark is a row mark so a finding at 资金总额, 基本支出
  or 项目支出 matches. xc18: both blocks of the money row show 50, one row mark covers both.
* xc16: ``≥1200公里`` against 人次 is a unit conflict (error); ``≥60`` with 只 on a 放归率 is a
  rate given as a count (error), not a unit conflict.
* xc09 ``改造救护池 2个`` without operator is at most an info finding, not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout409 import centres, cetaceans, turtles
from tests.variants.holdout409.registry import HOLDOUT409
from tests.variants.kit import Variant

MODULES = (turtles, cetaceans, centres)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT409, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 409th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

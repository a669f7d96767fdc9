"""The 538th held-out set: writing-brush and copperware (毛笔、铜器) heritage workshops.

Eighteen invented returns (budget year 2025; places 墨澜县, 沐砚县, 篁洲市, 锻坪区), nine correct
and nine with planted mistakes, each marked as a careful reviewer would per ``shared/domain.md``.
``brushes`` holds cb01–cb06 (毛笔), ``copperware`` cb07–cb12 (铜器), ``workshops`` cb13–cb18
(both, in the other layouts).

Layouts: project heads with 万元 money blocks (one-year and three-year); a department head with
budget shares and key tasks; operator and unit columns; typed percent cells; numbered, pointed,
marked and abbreviated tier labels; a two-row header with 中期 and 年度 columns; 实施期 / 年度
columns; two projects stacked in one sheet; 指标性质 as direction with 指标方向 as operator in
words; tier-1 score and indicator score columns; flat department lists in two column orders;
headers 指标内容 / 绩效标准 with an instruction row, a header repeated after a page break,
填表说明 and signature lines; a budget-system export (sheets 05-1 and 05-2, project codes in the
first columns, a 说明 row); a head on one sheet and the table (header 预期实现值) on a second;
header 预期目标.

Planted mistakes (return: code, highest accepted severity, place):

* cb02-brush-percent-wrong: T106 ≤error at the typed 105% of 修复工具抽检合格率; T108 ≤warning
  (row) at the ≥ of 笔杆开裂返修率.
* cb04-brush-wrong-parent: F105 ≤error (row) at （二）时效指标 under 三、效益指标; F109 ≤warning
  (row) at the empty 生态效益指标; F110 ≤error at the empty name with value ≥5年.
* cb06-brush-multi-year-copied: D204 ≤warning at the 年度目标 cell (copy of 中期目标); D202
  ≤warning at the annual ≥45人 and ≥600幅 copied from the 实施期 column.
* cb08-copper-department-money-wrong: B101 ≤error (row) at 资金总额 430 (350 + 60 = 410; 240 +
  190 hold); B102 ≤error (row) at 金额合计 190 (tasks 90 + 60 + 30 = 180).
* cb10-copper-stacked-defects: X104 ≤warning at 计划完成日期 ``46022`` (text serial); T105 ≤error at
  学徒结业率 ``18人``; B101 ≤error (row) at the second project's 资金总额 50 (42 + 6 = 48).
* cb12-copper-direction-points: T108 ≤warning (row) at 防护后氧化返修率 ≥3%; W103 ≤error at 产出
  40 (indicators 45) and 效益 30 (indicators 25).
* cb14-brush-flat-defects: T112 ≤error at ``36场`` with unit column 人次; W101 ≤error book level
  (weights add to 95).
* cb16-copper-export-codes: T106 ≤error at 复刻手炉验收合格率 ≥105%; T107 ≤warning at 学徒满意度
  =95%.
* cb18-copper-template-rows: X105 ≤warning (alt X103) at 其他资金 ``6.2 5``; F109 ≤warning (row) at
  the empty 社会成本指标; F110 ≤error at the empty name with value ≥3000册.

Legitimate look-alikes in the correct returns: typed percents (cb01, cb05, cb07 shares, cb13);
成品笔头脱毛率 ≤3% and 铸造废品率 ≤5 % (反向 with ≤); 锻制铜料损耗下降率 ≥5% and 铜料损耗下降率
大于等于 8 % (a 下降率 written positive with ≥); 作坊安全生产事故 0起 / 小于等于 0 起 (an incident
count, not a zero cost); tier points in the labels (cb03) or a tier score column (cb17) with
indicator points adding to the same 100; ≥3百分点 for a rise of a rate (cb17); =100% and 100% on
rates at the ceiling; equal 中期 and 年度 values for rates, unit costs and grades (cb05); the same
indicator names with different values in two stacked projects (cb09); an instruction row, a
repeated header, 填表说明 and a signature block (cb15); project codes and a 说明 row (cb16).

Judgements: the fill dates of department heads and the signature date lie in November 2024,
before the budget year, as returns are filed then (not a year conflict). In cb08 the wrong
figure of 资金总额 / 财政拨款 / 其他资金 is unknown, so the mark takes the row. cb11's
仿制件交付时间 ≤280天 runs from 2025-03-01 and ends inside the plan dates. In cb12 the tier and
indicator totals both reach 100, so only W103 (not W101) is asked for. cb16's 05-1 sheet takes
万元 from its ``单位：万元`` line. 0起 in cb07 has no operator and is read as the = 0 target an
accident count takes, not a zero cost.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout538 import brushes, copperware, workshops
from tests.variants.holdout538.registry import HOLDOUT538
from tests.variants.kit import Variant

MODULES = (brushes, copperware, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT538, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 538th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 456th held-out set: 18 invented returns on salt-lake (盐湖) ecological protection and
brine-shrimp (卤虫) monitoring, with a careful reviewer's marks, to measure ``goalbook check``
out of sample. Everything is invented (霜碛州, 澄卤县, 赤硝湖, 白芒滩, 蓝卤湖; units, people,
phone numbers, figures). Budget year 2025; money in 万元, mostly with the unit only in the number
format.

Modules: ``lake`` (yx01–yx06, salt-lake protection), ``shrimp`` (yx07–yx12, brine-shrimp
monitoring), ``department`` (yx13–yx18, department returns and exports over both halves).

Layouts: project heads with operator (指标性质) and unit columns (yx01, yx02); numbered tier
labels with points and an indicator score column (yx03) or a separate tier-1 score column and
``*`` marks (yx04); three-year projects with 中期 and 年度 columns (yx05, yx06); two projects
stacked in one sheet (yx07, yx08); department flat lists in two column orders (yx09, yx10); head
on a first sheet and the table on a second under 预期实现值 with a 说明 row, 注 lines and
signature (yx11); header 预期目标 with template rows (yx12); department heads with a share row
and key tasks, headers 考核指标 / 目标值（年度） / 评价标准 (yx13, yx14); a budget-system export
on sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the third row, codes in
the first columns (yx15); detail lines under the table (yx16); abbreviated labels (产出, 数量), a
column-number row, a header repeated after a page break, 小计 and 合计 rows (yx17); 指标性质 as
direction and 指标方向 as operator with a 注 row between tiers (yx18).

Planted mistakes (code, highest accepted severity, place):

* yx02-percent-wrong: T106 ≤error Sheet1!E11 (栖息地监测点位覆盖率 ≥105 %, a typed percent); T108
  ≤warning Sheet1!D14, row (外来植物复发率, a 反向 rate, with ≥).
* yx04-points-mismatch: W103 ≤error Sheet1!B9 (产出指标 40 分, indicators 35); W103 ≤error
  Sheet1!B13 (效益指标 30 分, indicators 35); T105 ≤error Sheet1!E11 (按时完成率 ``3批次``).
* yx06-multi-year-copied: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning Sheet1!E11
  and Sheet1!E12 (生态补水量, 盐沼湿地恢复面积 copied into the annual column).
* yx08-stacked-defects: B101 ≤error Sheet1!C21 (second project 60 ≠ 45 + 10); T105 ≤error
  Sheet1!D27 (卤虫卵孵化率 ``≥40批次``).
* yx10-flat-defects: T112 ≤error Sheet1!B13 (``≥8万元`` against unit column 批次); T108 ≤warning
  Sheet1!B15, row (含杂率 marked 反向 with ≥); W101 ≤error, book level (weights 95).
* yx12-template-rows: F110 ≤error Sheet1!C10 (a value ``≥2000条`` with an empty name cell); F109
  ≤warning Sheet1!B14, row (社会成本指标 left from the template).
* yx14-department-money-wrong: B101 ≤error Sheet1!B4, row (基本 220 + 项目 150 = 370 ≠ 380); B102
  ≤error Sheet1!D9 (tasks 60 + 50 + 45 = 155 ≠ 金额合计 150).
* yx16-artefacts: X105 ≤warning Sheet1!C5, alt X103 (年度资金总额 ``96.217 5``); X104 ≤warning
  Sheet1!D11 (completion time ``45838`` as text, i.e. 2025-06-30); X106 ≤error Sheet1!C19, alt
  B108 (``30万30万（含安装调试）``, the detail lines add up with 30).
* yx18-notes-and-defect: T106 ≤error Sheet1!F10 (卵品抽检合格率 ≥ 102 %); T108 ≤warning
  Sheet1!E14, row (湖岸植被破坏率, 反向, with ≥).

22 required marks on 9 returns; the other 9 returns are correct.

Legitimate look-alikes in the correct returns: typed percent cells, ``=100%`` on 验收合格率 /
查处率 / 及时率 / 完整率 (the ceiling, also kept as text in yx15); ``≤0起`` on an incident count
(yx01); a date cell as a completion time (yx01); ``≥3百分点`` / ``提高≥5百分点`` on a rate change
(yx01, yx03, yx05, yx17); a 下降率 / 下降幅度 with ≥ where a larger fall is the goal (yx03
案件下降率, yx17 违法进入车辆下降率) and a 下降幅度 with ≤ where a smaller fall is (yx09
卤虫卵资源量); tier points and indicator points both summing to 100 (yx03); 小计 50 + 50 and 合计
100 with a 填表说明 (yx17); the same name 监测报告编制数量 with ≥4份 and ≥2份 in two stacked
projects (yx07); equal 中期 and 年度 rates and unit costs, a 2027 deadline in the 中期 column of
a 2025–2027 project (yx05); fill and signature dates in November 2024 (the year before the
budget); unit cost × count within the money everywhere (e.g. 5.6 × 12.5 = 70 ≤ 86.4, 0.2 × 1800 =
360 ≤ 450, 40元/公里 × 18000 = 72万 ≤ 80); shares 90 % / 10 % / 60 % / 40 % matching 500 (yx13).

Judgements: ``3批次`` on a 完成率 and ``≥40批次`` on a 孵化率 are rates given as counts (error).
Weights summing to 95 without a total row are a W101 at book level. The copied annual goal and
copied cumulative counts are warnings (doubtful, not impossible). The ``45838`` serial is only a
warning. In yx14 the B101 mark is on the 资金总额 cell with ``row=True``, since the finding may
land on 基本支出 or 项目支出 in the same row; 财政拨款 + 其他资金 = 380 holds. In yx06 the annual
cost cap 0.2万元/亩 × the copied 900亩 = 180 stays within the annual 220, so no B107 follows. The
说明 and 注 rows inside the tables (yx11, yx18), the column-number row and the repeated header
(yx17) are not indicators. In yx13 ``≤40元/公里`` is a unit cost in 元 inside a 万元 return: a
unit, not a money cell, so no mixed-units finding.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout456 import department, lake, shrimp
from tests.variants.holdout456.registry import HOLDOUT456
from tests.variants.kit import Variant

MODULES = (lake, shrimp, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT456, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 456th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

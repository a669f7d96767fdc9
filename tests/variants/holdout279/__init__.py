"""The 279th held-out set: 18 invented returns on supply and marketing cooperatives and rural
e-commerce (供销社综合改革, 农资保供, 再生资源回收; 农村电商服务站, 快递进村, 冷链物流), with a
careful reviewer's marks, to measure ``goalbook check`` out of sample.

Places, units, people, phone numbers and figures are invented (柘塘县, 栖梧市, 晏川市, 芦湾区,
鹤岙县, 潭口镇). Budget year 2025 throughout; fill and signature dates fall late in 2024.

Modules: ``reform`` (sc01–sc06: 基层社恢复重建, 农资淡储, 应急储备, 农资配送), ``ecommerce``
(sc07–sc12: 电商服务站, 快递进村, 直播基地, 公共服务中心), ``logistics`` (sc13–sc18: 冷藏保鲜,
共同配送, 冷链集配, 再生资源回收). The 供销社 half (sc01–sc06, sc14, sc17, sc18) holds five
returns with mistakes, the e-commerce and cold-chain half (sc07–sc13, sc15, sc16) four.

Layouts
-------
* sc01 project, NAT-2021, operator column (指标性质 holding ≥ ≤) and unit column, typed percent
  cells, a date cell as a deadline, 万元 only in the number format.
* sc02 two projects stacked in one sheet, OLD-NAT, one value column.
* sc03 project, NAT-2021, tier labels ``一、产出指标（50分）`` / ``（一）数量指标`` and a 分值
  column, a 合计 row and a 注 line.
* sc04 department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (大于等于 / 小于等于) · 指标值.
* sc05 department, flat list 指标名称 · 指标值 · 指标性质 (正向 / 反向) · 计量单位 · 权重.
* sc06 three-year project 2025–2027, NAT-2021, 中期指标值 and 年度指标值 columns.
* sc07 department, NAT-2021, key tasks with 金额合计, 注 lines under the table, signature.
* sc08 project, OLD-NAT, two-row header (绩效指标 / 预期目标 over 指标内容 and 绩效标准).
* sc09 project head on 「项目基本信息」, the indicator table on 「绩效指标」 under 预期实现值.
* sc10 three projects stacked, NAT-2021 with abbreviated labels (产出, 数量, 经济成本, …).
* sc11 project, NAT-2021, tier-1 分值 column (merged with the tier) and indicator 分值 column.
* sc12 project, NAT-2021, header 预期目标, template rows.
* sc13 two-year project 2025–2026, NAT-2021, labels marked ``*``, unit column, 中期 / 年度
  columns with typed percents, a 填表说明 line.
* sc14 project, OLD-NAT, one value column, a 资金明细 block below the table.
* sc15 project, OLD-NAT, 指标性质 as direction (正向 / 反向 / 定性) and 指标方向 as operator, bare
  numbers and a 计量单位 column, a 说明 row between the header and the first indicator.
* sc16 project, NAT-2021, operators inside the values.
* sc17 department, NAT-2021, 权重 column: a 甲乙丙 column-code row, the header repeated after a
  page break, 小计 and 合计 rows, a 注 line and signature.
* sc18 budget-system export: 「部门项目支出预算05-1」 and 「部门项目支出绩效目标05-2」, header on
  the third row after 单位编码 / 项目编码 columns, tiers repeated in every row.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* sc02: B101 ≤error at the second project's 年度资金总额 (86 ≠ 60 + 20); T105 ≤error at
  ``网点农资进销台账建档率 │ 40个``.
* sc05: T108 ≤warning (row) at ``农资抽检不合格率 │ ≥2 │ 反向``; T112 ≤error at ``≤1万元`` with
  计量单位 ``个``; W101 ≤error book level (weights add to 95).
* sc06: D202 ≤warning at the annual cells of 配送站 ``≥18个`` and 车辆 ``≥12辆`` (copied from
  中期); D201 ≤error at the annual ``≥80人次`` above the three-year ``≥60人次``.
* sc09: T105 ≤error at ``行政村快递服务覆盖率 │ 32个``; Y102 ≤error at ``2026年3月底前`` in a
  one-year 2025 project (Y103 accepted).
* sc11: W103 ≤error at the 效益指标 score 30 (indicators 10 + 5 + 10 = 25; W101 book level
  tolerated, not required); T107 ≤warning at ``入驻商户满意度 │ =95%``.
* sc12: F110 ≤error at the empty name cell of a row valued ``≥20场``; F109 ≤warning (row) at the
  empty 时效指标 row.
* sc14: X105 ≤warning at 年度资金总额 ``260.5 0`` (X103 accepted); X104 ≤warning at 计划开始日期
  ``45658`` (a serial in a text cell); X106 ≤error at the detail line ``80万80万`` (B108
  accepted). B101 and B102 tolerated at book level, not required (only a misreading causes them).
* sc16: T108 ≤warning (row) at ``冷藏运输温控超标率 │ ≥1%``; T108 ≤warning (row) at ``冷库建设
  单位造价 │ =2800元/平方米``; T113 ≤warning at ``冷库主体工程完工时间 │ 100%``.
* sc18: B102 ≤error at the 合计 cell 190 of the project lines (96 + 54 + 30 = 180; B101
  accepted since 166 + 14 = 180 too); T106 ≤error at ``拆解产物规范处置率`` typed as 105%.

Legitimate look-alikes in the correct returns
---------------------------------------------
* Typed percent cells (sc01, sc04, sc13), also beside a ``%`` unit column.
* ``0起`` / ``≤ 0 起`` on incident counts (sc03, sc04, sc15, sc17): a zero-incident
  target, not T115.
* ``=100%`` on a 合格率 (sc03) and ``100%`` on a coverage rate (sc06, annual column) and an
  验收合格率 (sc14): the ceiling.
* Points at two levels adding to 100 both ways (sc03: tier labels carry 50/10/30/10, indicator
  points add to the same); 小计 rows 35 + 65 = 合计 100 (sc17).
* Rates raised in 百分点 (sc08 ``提高≥2百分点``, sc11 ``提高≥3百分点``, sc13 ``≥5`` with
  unit 百分点).
* A 下降率 with ≥ under 正向 (sc06 农资配送成本下降率, sc15 冷链断链损耗下降率).
* Standard × count equal to the money (sc07: 120 × 1万 = 120, 800 × 500元 = 40万, 35万单 × 2元 =
  70万; sc08: 48 × 2 = 96; sc10: 100 × 1.2 = 120, 800 × 500元 = 40万; sc17: 45 × 2 = 90,
  1200吨 × 500元 = 60万).
* The same 服务对象满意度 with 90 / 88 / 92 % in the three stacked projects of sc10.
* Rates and unit costs equal in 中期 and 年度 (sc06, sc13); a 2026 deadline in the 中期 column
  of the two-year sc13 and a 2027 one in the three-year sc06.
* 注, 说明, 填表说明 rows, a 甲乙丙 code row, a repeated header, 小计 / 合计 rows, signature lines
  dated 2024 (sc03, sc07, sc08, sc13, sc15, sc17): none is an indicator or a year conflict.

Judgements where a reviewer could hesitate
------------------------------------------
* sc09's ``2026年3月底前`` is marked as an error (Y102): a one-year project cannot set a deadline
  after its own end; Y103 (a warning on other years in text) is accepted for it.
* sc14's split total is only a warning (X105): read as 260.50 it adds up; the pasted ``80万80万``
  is an error (X106) as in the main corpus.
* sc05's ``≤1万元`` under 计量单位 ``个`` is read as a unit conflict (T112), not a missing unit;
  its 补助标准 × 80 = 80 matches the task money when read as 万元.
* sc06: ``培训配送站管理人员 60 / 80人次`` is a cumulative count, so annual above period is an
  impossibility (D201 error); the copied station and vehicle counts are only doubtful (D202).
* sc11: the short 效益指标 tier is the single problem; W101 on the indicator total of 95 is the
  same problem seen from the sum and is tolerated, not required.
* sc18: the 合计 190 fails both against its lines and against 财政拨款 + 其他资金; one mark at that
  cell accepts B102 or B101.
* sc15's ``共同配送运营机制 │ 定性 │ (no operator) │ 健全`` is a qualitative indicator, correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout279 import ecommerce, logistics, reform
from tests.variants.holdout279.registry import HOLDOUT279
from tests.variants.kit import Variant

MODULES = (reform, ecommerce, logistics)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT279, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 279th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 455th held-out set: giant panda and crested ibis (大熊猫、朱鹮) breeding and release
centres.

Eighteen invented returns (places, units, people, phone numbers and figures are made up):
``panda`` (yw01–yw06, panda breeding centres), ``ibis`` (yw07–yw12, ibis breeding and
protection stations) and ``release`` (yw13–yw18, release work of both). Nine are correct, nine
carry 23 required marks. All amounts are in 万元 (in the number format in the project heads).

Layouts: project heads with one-year and multi-year money blocks (中期 beside 年度), department
heads with budget splits, key tasks and a 占比 row of typed percents; operator columns (symbols
or words) with unit columns; operators inside the values; flat lists (指标名称 · 权重 · 计量单位
· 指标性质 · 指标值); two stacked projects (one-year and multi-year); numbered tier labels with
points (一、产出指标（45分）, （一）数量指标) and abbreviated ones with ``*`` (*产出, 数量);
a tier-1 score column beside an indicator score column; a two-row header (绩效指标 / 绩效标准
over 指标内容, 目标值（年度）, 评价标准) repeated after a page break; headers 预期实现值（实施期）
/ 预期实现值（年度） on a second sheet; a budget-system export (部门项目支出预算05-1,
部门项目支出绩效目标05-2, project codes first, header on the third row); 注 / 说明 / 填表说明
rows, signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* yw02-panda-direction-inline: T106 error at the 人工育幼成活率 cell typed as 105%; T108
  warning (row) at ``≥3%`` on 幼仔寄生虫感染率; T108 warning (row) at ``=18万元/只`` on a cost.
* yw04-panda-flat-defects: T105 error (row, alt T112) at 野化放归个体存活率 given as 1 只;
  T108 warning (row) at 大于等于 on 兽医诊疗差错率; W101 error at book level (weights 95).
* yw06-panda-period-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202
  warning at the annual ``≥9只`` of 野化训练个体数; D201 error at the annual ``≥1800公顷``
  (period ``≥1500公顷``).
* yw08-ibis-department-wrong: B101 error (row) at 资金总额 640 (520 + 100 = 620); B102 error at
  金额合计 340 (tasks add to 350); X104 warning at the 填报日期 typed as text ``45621``.
* yw10-ibis-rates: T105 error (row, alt T112) at 野外繁殖巢成功率 ``≥ 45 巢``; T107 warning
  (row) at the ``=`` before a 95% satisfaction.
* yw12-ibis-template-rows: F110 error at the empty name cell of a ``≥98%`` row; F109 warning
  (row) at （二）生态效益指标 left without indicator; F105 error at （三）时效指标 under 效益指标.
* yw14-release-notes-defect: T108 warning (row) at 大于等于 on 放归个体当年死亡率; T106 error
  (row) at 102 (unit %) on 放归后跟踪监测完成率.
* yw16-release-stacked-multi-year: B101 error at the second project's 年度资金总额 160 (130 +
  20); D201 error at the annual ``≥3处`` (period ``≥2处``).
* yw17-release-tier-points: W103 error (alt W101) at 效益's score 30 (indicators 15 + 10);
  Y102 error (row, alt Y103) at ``2026年3月31日前`` in a 2025 one-year project; W101 error at
  book level tolerated (indicator total 95 follows from the same slip).

Legitimate look-alikes in the correct returns: typed percents with ``%`` also in the unit
column, a 疫病死亡率 with ≤ and ``0.0%`` format, ``=100%`` on 谱系档案完整率 (yw01); the
same name 科普宣传活动场次 with ≥12场 and ≥40场 in two stacked projects (yw03); tier points
and indicator points both adding to 100, ``≥5百分点`` on a 受孕率 rise, a 注 explaining the
points (yw05); a footnote explaining that 金额合计 is 项目支出 only (yw07); a 说明 row and the
header repeated after a page break, 评价标准 text with no value (yw09); rates equal in 中期
and 年度 while counts grow, ``100%`` in both columns (yw11); an export with codes, tier labels
repeated per row, 放归区村民满意度
≥90 and ≥92 in the two projects, a cost standard × count equal to the project's money
(7 × 6 = 42, yw13); a 下降率 with ≥, ``= 0 起`` on 盗猎事件, ``= 100%`` coverage
(yw15); a 占比 row of typed percents, a cost standard × count equal to the task money
(150 × 2 = 300, yw18). Fill and signature
dates in November/December 2024 for the 2025 budget are normal.

Judgements: ``=18万元/只`` on a cost is T108 (an ``=`` on a cost cap) rather than T107;
``≥3%`` on a 感染率 is a direction conflict, not an error. A rate given in 只 / 巢 with a unit
column is T105 (T112 accepted, the unit column 巢/只 contradicting a rate). The 效益 score 30
against indicators adding to 25 is W103 at the tier score; the total 95 it causes may fire
W101 and is tolerated. A completion date in the next year of a one-year project is Y102 (error
accepted: it contradicts the 计划完成日期); Y103 accepted. The department total 640 matches
基本支出 + 项目支出 but not 财政拨款 + 其他资金: B101 marked on the row. In yw16 the second
project's B101 is marked at the annual total, not at its parts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout455 import ibis, panda, release
from tests.variants.holdout455.registry import HOLDOUT455
from tests.variants.kit import Variant

MODULES = (panda, ibis, release)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT455, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 455th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

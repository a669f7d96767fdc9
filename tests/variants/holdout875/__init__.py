"""The 875th held-out set: school canteen food safety supervision (学校食堂食品安全监管).

Eighteen invented returns of 桐埠县 offices (市场监督管理局, 教育和体育局, 疾病预防控制中心,
食品检验检测中心), budget year 2025: canteen inspections (``inspections``: kha01–kha06), sample
testing (``sampling``: kha07–kha12) and staff health certificates (``certificates``:
kha13–kha18). Nine are correct, nine carry 2–3 planted mistakes (22 required marks).

Layouts: one-year project heads with 万元 in the number format; OLD-NAT and NAT-2021 tiers
merged down; operator (指标性质) and unit columns; one value column with operators inside;
two projects stacked (kha02); a department flat list 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值 (kha04); department heads with tasks and 金额合计 (kha04, kha05); an instruction row
inside the table, footnote, 填表说明 and a signature line (kha06); 中期 and 年度 columns (kha07,
kha08); header words 绩效目标值 (kha09), 考核指标 / 预期实现值 on a second sheet (kha12),
预期目标 (kha15); tier-1 and indicator score columns (kha10, kha17); numbered tier labels with
points and ★ (kha13, kha14); a budget-system export with sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2, codes in the first columns and the header on the third row (kha16);
detail lines under the table (kha11).

Planted mistakes (return: code, highest accepted severity, place):

* kha03-inspect-direction: T108 ≤warning (row) on 检查工作经费 ``=54万元`` (a cost cap with =);
  T108 ≤warning (row) on 量化分级检查户次 ``≤360户次``; T108 ≤warning (row) on
  学校食堂食品安全投诉率 ``≥2%``.
* kha05-inspect-money-wrong: B101 ≤error (row) at 资金总额 980 (基本 700 + 项目 260 = 960);
  B102 ≤error at the 金额合计 260 (tasks add to 250).
* kha08-sampling-copied: D202 ≤warning at the annual 快检抽检批次 and 培训食堂从业人员 cells
  (copied from the two-year column); D201 ≤error at the annual 建成快检室 ``≥12个`` (period 8).
* kha09-sampling-rates-wrong: T106 ≤error at 抽检样品合格率 105 %; T105 ≤error at
  检验报告按时出具率 ``300`` with unit 份.
* kha11-sampling-artefacts: X105 ≤warning (alt X103) at 年度资金总额 ``128.47 5``; X104
  ≤warning at 计划完成日期 typed as the text ``46022``.
* kha14-cert-wrong-parent: F105 ≤error at ``（二）时效指标`` under 效益指标; T113 ≤warning at
  到期换证完成时间 ``100%``.
* kha15-cert-template-rows: F109 ≤warning (row) at 社会成本指标 and at 生态效益指标 (template
  rows left empty); F110 ≤error at the empty name of the ``≥90%`` row under 质量指标.
* kha17-cert-points-wrong: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the
  效益指标 score 30 (indicators 35); totals both 100, so no W101.
* kha18-cert-value-conflicts: T112 ≤error at 核查学校食堂 ``12万元`` against unit 家; T108
  ≤warning (row) on 从业人员健康证过期率 with ≥; T107 ≤warning at 学校满意度 ``=`` 95 %.

Legitimate look-alikes in the correct returns: ``≤ 0 起`` / ``0起`` on incident counts (kha01,
kha02, kha04, kha06, kha07, kha13); ``=100%`` as the ceiling (kha02, kha04, kha07, kha13);
typed percent cells with ``%`` also in the unit column (kha01, kha04, kha12); unit cost × count
equal to the budget (kha01 480 × 0.18 = 86.4, kha06 480 × 0.125 = 60, kha07 1500 × 0.12 = 180
and 4500 × 0.12 = 540, kha10 1200 × 0.03 = 36, kha12 1800 × 70元 = 12.6万); the same indicator
检查问题整改率 with different values in two stacked projects (kha02); tier scores and
indicator scores both adding to 100, with a 合计 row (kha10); a rate raised ``≥2百分点``
(kha10); rates equal in 中期 and 年度 while counts are below the period (kha07); an
instruction row inside the table, a footnote explaining the 480 户次 total and a signature
dated 2024-11-15 (kha06); the department fill date in 2024 (kha04); codes repeated in every
row of an export and a 合计 line (kha16).

Judgements: 检查发现问题数下降率 ``≥10%`` (kha03) is a 下降率 written positive, not a
direction conflict. ``=54万元`` on a cost (kha03) is marked T108 as in the main corpus (d01).
In kha11 the split total 128.475 matches 财政拨款 120 + 其他资金 8.475 and the detail lines, so
no B101 is asked; kha11's text end date may also raise a date finding, judged at most a
warning. kha18's 12万元 conflicts with the unit column (T112), not a rate problem. kha14's
``100%`` on a 完成时间 is doubtful (T113 warning), not an impossibility. kha17's 成本 cap
``≤20万元`` equals the budget and is not exceeding it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout875 import certificates, inspections, sampling
from tests.variants.holdout875.registry import HOLDOUT875
from tests.variants.kit import Variant

MODULES = (inspections, sampling, certificates)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT875, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 875th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

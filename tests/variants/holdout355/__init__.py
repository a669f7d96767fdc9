"""The 355th held-out set: winter snow and ice clearing on urban roads (扫雪除冰).

Theme: snowploughs and crews on duty, main roads cleared within hours, 融雪剂 spread in tonnes,
bridges, ramps and slopes de-iced, complaints about snow and ice. Everything is invented:
朔川市 (北棠区, 南汀区) and 寒泾县, their units, people, phone numbers and figures. Budget year
2026; money in 万元, mostly carried by the number format only.

Modules: ``roads`` (va01–va06, clearing main roads), ``deicing`` (va07–va12, de-icing bridges
and slopes), ``duty`` (va13–va18, crews on duty, complaints, department and exported forms).

Layouts: project heads with an operator and a unit column (va01, va18), stacked projects
(va02, va16), department heads with flat lists (va03, va04) or a tiered table (va13), numbered
tier labels with points and ★ (va05), abbreviated labels (va06), 中期 and 年度 columns (va07,
va08), a second sheet under 考核指标 · 预期实现值 · 评价标准 (va09), a spending detail block
(va10), an instruction row, a repeated header, notes and signature (va11), a tier-1 score
column (va12), header 预期目标 with template rows (va14), a two-row header with 指标性质 as
direction and 指标方向 as word operator (va15), a budget-system export on two sheets with codes
in the first columns and the header on the third row (va17).

Correct returns (9): va01, va02, va03, va05, va07, va09, va11, va15, va17.

Planted mistakes (9 returns, 23 required marks; code, highest accepted severity, place):

* va04: T105 ≤error at the 除雪机械完好率 value ``45`` (row; unit 台); T108 ≤warning at the
  路面结冰投诉率 value ``≥2`` (row; 反向 in the 指标性质 column); W101 ≤error book level
  (weights add to 95).
* va06: F105 ≤error at the tier-2 ``时效`` under ``效益``; T107 ≤warning at ``=95%`` on
  过街行人满意度.
* va08: D202 ≤warning at the 年度 cells of 防滑改造陡坡路段 ``≥24处`` and 储备防滑料
  ``≥600吨`` (two-year project); T108 ≤warning at the 中期 value ``≥0.5%`` of an accident
  rate (row, the 年度 cell repeats it).
* va10: B101 ≤error at 年度资金总额 250 (220 + 20 = 240; the detail lines add to 250);
  X106 ≤error alt B108 at ``36万36万（含运输）`` (read as 36); T115 ≤error at ``≤0万元/车次``.
* va12: W103 ≤error at the 产出指标 score 60 (indicators 55) and at the 效益指标 score 30
  (indicators 35); T105 ≤error at 主要桥梁防滑处置覆盖率 ``12座``.
* va13: B101 ≤error at 资金总额 620 (基本支出 300 + 项目支出 300 = 600; 财政拨款 580 + 其他资金 40
  = 620 holds); B102 ≤error at 金额合计 300 (tasks 180 + 90 = 270).
* va14: F110 ≤error at the empty name cell of a 质量指标 row with value ``≥95%``; F109
  ≤warning at the empty tier-2 ``生态效益指标`` (row).
* va16: B101 ≤error at the second project's 年度资金总额 75 (60 + 10); T106 ≤error at
  作业轨迹在线率 ``≥105%``.
* va18: T108 ≤warning (row) at the operator cells of 扫雪车辆接令出动时间 ``≥ 30分钟``,
  每台班作业成本 ``= 350元`` and 积雪投诉率 ``≥ 2%`` (typed percent).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column and
``= 100%`` on a 合格率 (va01); the same indicator names with different values in two stacked
projects (va02, va17); a 下降率 with 大于等于 and ``等于 0 起`` on accidents (va03, va15); tier
points and indicator points both adding to 100 (va05); rates and unit costs equal in the 中期
and 年度 columns of a three-year project while counts are lower in 年度 (va07); ``≥5百分点`` on
a share raised (va09); ``0次`` closures of ramps and a fill date in December 2025 (va11); text
``=100%`` on a 及时率 in an export (va17); every unit cost × count within its money.

Judgements: the 0 targets on incident counts (va03, va11, va15) are the usual 零事故 goal,
not a rounded cost (T115 is for va10 only). In va08 the accident rate's ``≥`` is marked once
with row=True at the 中期 cell; the copied rates and unit costs are not D202. In va10 the
total is taken as the wrong figure because the detail lines add to it and only the split
disagrees; a B102 is therefore not expected. In va13 the B101 is placed at 资金总额 though the
slip may lie in 基本支出 or 项目支出. In va04 the completeness rate given as 45 台 could also be
read as a unit conflict; T105 is the code asked for. The 储备融雪剂 / 融雪剂撒布量 counts with
≥ (va01, va07, va10) are outputs of the programme, not inputs to cap.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout355 import deicing, duty, roads
from tests.variants.holdout355.registry import HOLDOUT355
from tests.variants.kit import Variant

MODULES = (roads, deicing, duty)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT355, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 355th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

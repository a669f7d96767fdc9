"""The 404th held-out set: straw and grass weaving cooperatives for rural women
(草编 / 妇女手工合作社).

18 invented returns (9 correct, 9 with 2-3 planted mistakes, 21 required marks), budget year
2025, places 蒲川县, 苇塘乡, 芦花滩, 禾垄乡, 柳湾镇, 青蒲县 (all invented). Modules: ``values``
(wx01-wx06: items 1, 9, 10, 11), ``layouts`` (wx07-wx12: items 2-7, 13), ``periods``
(wx13-wx18: items 2, 4, 5, 7, 8, 12).

Layouts: project heads with 万元 in the number format; operator and unit columns (wx01, wx02);
one value column with detail lines below (wx03); tier-1 score and indicator score columns
(wx04, wx05); 指标性质 as direction with word operators in their own column (wx06); two
projects stacked in one sheet (wx07, wx08); department flat lists (wx09, wx10); numbered tier
labels with points under 指标内容 / 绩效标准 with 注 and 填表说明 rows (wx11); numbered labels
under 预期目标 (wx12); 中期 and 年度 columns (wx13, wx14); a department table on a second sheet
under 预期实现值 (wx15); department budget and tasks (wx16); a budget-system export with codes
in the first columns, header on the third row of sheet 05-2, header repeated for the second
project (wx17); a transfer-payment 区域绩效目标表 with ★ and * labels (wx18).

Planted mistakes (return: code, highest accepted severity, place):

* wx02: T106 error at the 验收合格率 cell (105% typed in Excel); T108 warning, row, at the ≥ of
  编织制品返工率 (a 反向 rate).
* wx03: X105 warning (alt X103) at 年度资金总额 ``36.458 0``; X106 error (alt B108) at the detail
  line ``14万14万``; X104 warning at 计划完成日期 ``46022`` typed as text.
* wx05: W103 error at the 产出指标 score (40 declared, 45 under it) and at the 效益指标 score
  (30 declared, 25 under it).
* wx08: B101 error at the second project's 年度资金总额 (80 ≠ 60 + 15); T105 error at
  社员培训计划完成率 ``12期``.
* wx10: T112 error (alt T119) at 带动留守妇女就业人数 ``12万元`` with unit column 人; W101 error at
  book level (weights 95).
* wx12: F110 error at the empty name cell of a row valued ``≥95%``; F109 warning, row, at the
  template tier-2 （二）时效指标; F105 error at （二）质量指标 under 二、成本指标.
* wx14: D204 warning at the 年度目标 cell; D202 warning at the annual ``≥600人``; D201 error at the
  annual ``≥45款`` above the two-year ``≥40款``.
* wx16: B101 error at 资金总额 (90 + 150 ≠ 260); B102 error (alt B101) at 金额合计 (60 + 50 + 30 ≠
  150).
* wx18: B101 error at 资金总额 (350 + 120 ≠ 500); B107 warning, row, at 每台编织设备补助标准
  (2万元 × 300台 = 600 > 500).

Legitimate look-alikes in the correct returns: percent cells with ``%`` in the unit column and
a 次品率 with ≤ (wx01); unit cost × count equal to the budget (wx01, wx04, wx07, wx17); 100 both
ways when tier and indicator points are given, ``提高≥5百分点`` on a share (wx04); a 下降率 with
大于等于, ``小于等于 0 起`` on an incident count, ``等于 100%`` on a 公开率, a bare 92 with % in the
unit column (wx06); the same 参训妇女满意度 with different values in two stacked projects (wx07);
a flat list with no tiers (wx09); tier points adding to 90 with a note that 预算执行率 is scored
separately, 其他资金 0 (wx11); equal 中期 and 年度 values on rates and unit costs (wx13); a 合计
row in the export and codes before the tier columns (wx17); fill dates in December of the year
before the budget year (signature lines).

Judgements: ``=100%`` on a 验收合格率 (wx03) is the ceiling, not T107. ``创业园建成时间 ≤11月底``
(wx05) is read as a time limit. In wx03 the split total is read as 36.458 and the pasted-twice
line as 14, so the money adds up and no B101/B102 is asked for. In wx08 only the second project's
money is wrong; the unit cost × count there (80) does not exceed the declared total. In wx10 the
unit conflict could also be seen as a count given as money (T119 accepted). In wx18 B107 is a
warning: which figure is wrong (standard, count or money) is for the office to say.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout404 import layouts, periods, values
from tests.variants.holdout404.registry import HOLDOUT404
from tests.variants.kit import Variant

MODULES = (values, layouts, periods)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT404, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 404th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 324th held-out set: fireworks safety and tailings ponds (烟花爆竹经营安全监管,
尾矿库闭库治理, 非煤矿山安全检查, 安全生产培训, 隐患排查), 18 invented returns, 9 correct,
22 required marks.

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; operator and unit columns with typed percent cells (tv01, tv02); two
projects stacked in one sheet (tv03, tv04); flat department lists (tv05: 指标名称 · 权重 ·
计量单位 · 指标性质 in words · 指标值; tv06: 指标名称 · 指标值 · 指标方向 · 计量单位 ·
权重); numbered and
decorated tier labels with points (tv07: 一、产出指标（45分）/（一）数量指标; tv08: *产出（40分）/
*数量 / 成本（20分）); three-year projects with 中期 and 年度 columns (tv09 under a two-row header,
tv10); a tier-1 score column beside an indicator score column (tv11, tv12); a 注 row between
tiers, footnotes, 填表说明 and signature lines (tv13); a header repeated after a page break with
subtotal rows under 考核指标 / 绩效目标值 (tv14); header 预期目标 with template rows (tv15); a
second-sheet table under 指标内容 / 绩效标准 with a money detail block (tv16); a budget-system
export with codes in the first columns and the header on the third row (tv17); a department
money block (tv18).

Planted mistakes (return: code, highest accepted severity, place):

* tv02: T106 ≤error at the value of 仓库防雷检测覆盖率 (105 %); T105 ≤error at the value of
  仓库隐患整改率 (28 项); T108 ≤warning (row) at the ≥ of 仓库火灾事故发生率.
* tv04: B101 ≤error (row) at the second project's 年度资金总额 31 (26 + 3 = 29); T105 ≤error at
  许可申请人满意度 ``120人``.
* tv06: T112 ≤error (row) at ``≥400家次`` with unit column 人; T108 ≤warning (row) at
  经营许可办理超时率 ``≥3%`` (反向); W101 ≤error at book level (weights add to 95).
* tv08: F105 ≤error (row) at the tier-2 （三）社会效益指标 inside the 产出 block; T113 ≤warning at
  排洪设施改造完工时间 ``100%``.
* tv10: D204 ≤warning at the 年度目标 cell (copy of the 中期目标); D202 ≤warning at the annual
  库区复绿面积 (≥60亩 both); D201 ≤error at the annual 在线监测点位建设 (18 above 12).
* tv12: W103 ≤error at the 产出指标 score 50 (indicators 45); W103 ≤error at the 效益指标 score
  30 (indicators 35).
* tv15: F110 ≤error at the empty name of a ``≥95%`` row; F109 ≤warning (row) at the empty
  生态效益指标.
* tv17: X105 ≤warning (alt X103) at 年度资金总额 ``64.218 5``; X106 ≤error (alt B108) at the
  detail line ``20万20万``; X104 ≤warning at 排查报告提交时间 ``45838``.
* tv18: B101 ≤error (row) at 资金总额 745.6 (512.4 + 223.2 = 735.6); B102 ≤error (alt B101) at
  the 金额合计 223.2 (tasks 213.2).

Legitimate look-alikes in the correct returns: typed percent cells with a duplicate ``%`` in the
unit column and ``= 100%`` on a 规范率 (tv01); ``≤ 0 起`` on incident counts (tv01, tv05, tv13,
tv14); the same indicator name 台账记录完整率 with 95 % and 98 % in two stacked projects (tv03);
下降率 with ≥ (tv03, tv05, tv14, tv16); 年度运维费用 ≤24万元 equal to the budget (tv03);
人均培训成本 × 人数 equal to the budget (tv16: 400 元 × 1200 人 = 48万元); points in the
tier labels and in an
indicator column, both adding to 100 (tv07) or a tier score column and an indicator score column
(tv11); ``≥3百分点`` on a rate rise (tv11); rates and unit costs equal in 中期 and 年度 while
counts fall (tv09); a note row, footnotes, 填表说明, a prior-year fill date and a 盖章 line (tv13);
a repeated header, 小计 and 合计 rows (tv14); operators in words (tv05); an operator-less
``100%`` typed cell on 培训档案电子化率 (tv16).

Judgements: ``100%`` without operator on 合格率 / 销号率 is the ceiling, not a missing operator;
the 注 row in tv13 sits between the 成本 row and 效益指标, not an indicator; in tv04 the first
project adds up (18 + 0) and only the second's total is marked; in tv18 the 资金总额 agrees with
财政拨款 + 其他资金 (715.6 + 30), so the mark sits at the total as the figure that fails one of
the two identities; in tv17 the split total is read as 64.2185, after which money adds up, and
``20万20万`` is read as 20; tv10's 单座闭库治理费用 ≤400万元/座 is equal in both columns (a unit
cost, not a count), and the annual 1座 × 400 stays within the annual 420; the F105 in tv08 may
also fairly be reported on the tier-1 of that row, hence ``row=True``.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout324 import fireworks, inspection, tailings
from tests.variants.holdout324.registry import HOLDOUT324
from tests.variants.kit import Variant

MODULES = (fireworks, tailings, inspection)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT324, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 324th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 440th held-out set: 18 invented returns of 桐浦市 (an invented city) on its community
pharmacies (社区药房: standardisation, chronic-disease long prescriptions, family pharmacists,
night supply, drug tracing, quality sampling) and its household medicine-return programme
(过期药品回收: collection points, smart boxes, exchange days, transport and harmless disposal).
Budget year 2025, money in 万元; nine returns are correct, nine carry 22 required marks.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks and
department heads (``heads.department_head``) with a shares row and key tasks; tier-1 and tier-2
merged down; labels numbered (一、 / （一） / 1.), with points (产出指标（60分）), marks (*, ★) or
abbreviated (数量, 成本); operator columns (≥ and 大于等于), unit columns, a tier-1 score column
next to an indicator score column, a two-row 中期/年度 header (yh05) and a two-row 考核指标 /
预期目标 header (yh09), headers 绩效目标值, 预期实现值, 实施期指标值; flat lists (yh15, yh16);
two projects stacked in one sheet (yh17, yh18); an instruction row inside the table and the header
repeated after a page break (yh10); 注 / 填表说明 lines, signature and date lines; a budget-detail
block under the table (yh11); a budget-system export on a second sheet with codes in the first
columns and its header on row 3 (yh12).

Planted mistakes (return: code, highest accepted severity, place):

* yh02-percent-wrong: T106 error at Sheet1!E11 (处方审核合格率 typed as 102%); T108 warning, row
  mark at Sheet1!D12 (药品调剂差错率 with ≥).
* yh04-points-wrong: W103 error at Sheet1!B9 (产出 declared 40, its indicators score 45); W103
  error at Sheet1!B14 (效益 declared 40, its indicators score 35); T105 error at Sheet1!E11
  (培训考核通过率 ≥540人).  Both levels still add to 100, so no W101.
* yh06-multi-year-wrong: D204 warning at Sheet1!D9 (年度目标 = 中期目标 word for word); D202
  warning at Sheet1!E11 (服务点建设数量 ≥20个 copied into the annual column); D201 error at
  Sheet1!E12 (annual ≥9000人次 above the two-year ≥8000人次).
* yh08-wrong-parent-no-name: F105 error at Sheet1!B12 (3.社会效益指标 inside the 产出 block);
  F110 error at the empty name cell Sheet1!C17 (≥95% without an indicator name).
* yh09-template-row-header: T113 warning at Sheet1!D13 (投放完成时间 100%); F109 warning, row mark
  at Sheet1!B16 (生态效益指标 left from the template with no indicator or value).
* yh11-conversion-artefacts: X104 warning at Sheet1!F4 (计划完成日期 the text 46022); X105
  warning at Sheet1!E5, X103 accepted (财政拨款 "58.6 4"); X106 error at Sheet1!B20, B108
  accepted (18万18万（含运输）); B102 tolerated on the whole return (not required).
* yh14-department-money-wrong: B101 error, row mark at Sheet1!B4 (基本 290 + 项目 180 ≠ 资金总额
  460); B102 error at Sheet1!D9 (tasks 60 + 70 + 40 ≠ 金额合计 180).
* yh16-flat-defects: T112 error at Sheet1!B8, T119 accepted (≥40人次 with unit column 场); T108
  warning, row mark at Sheet1!B10 (a 发生率 declared 反向 with ≥2%); W101 error on the whole
  return (weights add to 95).
* yh18-stacked-defects: B101 error at Sheet1!C21 (second project 45 ≠ 40 + 8); T105 error at
  Sheet1!D30 (养老机构回收服务覆盖率 36个).

Legitimate look-alikes in the correct returns: typed percent cells with a duplicated % unit
column, 0.1% in a ``0.0%`` format (yh01, yh15); =100% on 无害化处置率 kept as text (yh05, yh07,
yh10, yh17) and = 100% as a typed cell (yh15); a 下降率 with ≥ (yh07, yh15); 0起 / = 0 起 on an
incident count (yh07, yh15); rates raised in 百分点 (yh03, yh13, yh15); 100 both ways when tier
points and indicator points are both given, with a 合计 row (yh03); points in the tier labels
(yh07); rates and unit costs equal in 中期 and 年度 while counts fall (yh05); a looser annual
反向 ratio (≤20% against ≤10%) (yh05); ≤5件 on a complaint count (yh10); a flat list's 合计 row
of weights (yh15); 居民满意度 with ≥90% and ≥85% in two stacked projects (yh17); 其他资金 0
(yh12); fill and signature dates in 2024 (all). Every unit cost × count stays within its money.

Judgements where a reviewer could hesitate:

* T113 (a deadline as 100%) and T108 (direction) are doubts, so warnings; T105, T106, T112 and
  the money arithmetic are impossibilities, so errors.
* yh04: the W103 marks sit at the declared tier score; the total of each level is 100, so the
  mistake is the split, not the total.
* yh06: the annual 服务点建设数量 copied from the period also makes 20 × 4万 = 80 ≤ 90 annual
  money, so no B107 is expected there; rates copied across the columns are not marked.
* yh11: 58.6 4 and 18万18万 are read as 58.64 and 18, and then head and lines add up; B102 is
  only tolerated. yh14: B101 is a row mark because the finding may land at 基本支出 or 项目支出.
* yh16: T112 also reads as a name/unit conflict (场次 against 人次), hence T119 accepted.
* yh13: the shares are typed rounded (92.3%, 7.7%, 59.6%, 40.4%) and are not B111.
* yh05's 回收点规范运行率 is a bare percent cell without operator (info at most).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout440 import bureau, pharmacy, takeback
from tests.variants.holdout440.registry import HOLDOUT440
from tests.variants.kit import Variant

MODULES = (pharmacy, takeback, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT440, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 440th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

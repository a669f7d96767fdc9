"""The 368th held-out set: invented returns on stone steles and inscriptions (碑刻): survey,
conservation and rubbings, with a careful reviewer's marks (per ``shared/domain.md``).

Theme: survey and conservation of steles (vn01–vn12: 碑刻信息采集, 古碑普查, 拓片数字化,
标识牌, 碑座加固, 碑林管理, 病害修复, 三年保护修缮, 摩崖题刻排险, 传拓技艺传承) and rubbings
(vn13–vn18: 拓片整理装裱, 精拓, 碑刻博物馆, 石刻研究所, 数字化平台, 传拓出版). Invented county
砚屏县 and its units; all names, people, phone numbers and figures invented. Budget year 2026.

Layouts: project heads (``heads.project_head``) with 中期/年度 money columns or one money column
(vn04); department heads with budget and key tasks (vn05, vn06, vn15, vn16); OLD-NAT and NAT-2021
tiers merged down; operator columns (vn01, vn05, vn06, vn17), operators in words with a
direction column (vn18); unit columns; two stacked projects (vn03, vn04); flat lists (vn05,
vn06); numbered labels with points and a tier-1 score column (vn07, vn08); a three-year project
with 中期 and 年度 columns (vn09, vn10); header 预期目标 (vn11); a second sheet with a two-row
header 考核指标 · 绩效目标值 · 评价标准 (vn12); a 注 row inside the table, the header repeated
after a page break, footnotes, 填表说明 and signature lines (vn13, vn12); detail lines with a
小计 (vn14); a budget-system export with sheets 05-1 / 05-2 and codes in the first columns (vn17).

Planted mistakes (code, highest accepted severity, place):

* vn02: T105 error at the value ``≥120通`` of 碑刻信息采集完成率; T108 warning (row) at
  ``≥1%`` of 拓制过程碑面损伤发生率.
* vn04: B101 error at the second project's 资金总额 (50 ≠ 42 + 6); T106 error at
  碑座加固验收合格率 ``≥105%``.
* vn06: W101 error, book level (weights 95); T108 warning (row) at the ``≥`` of 碑廊游客投诉率.
* vn08: F105 error (row, alt F201) at the tier-2 （三）社会效益指标 under 产出指标; W103 error at
  the 效益指标 score 35 (indicators 30); W101 book level tolerated (tier scores 105).
* vn10: D202 warning at the annual ``≥480`` and ``≥300`` (cumulative counts copied, alt D104);
  D201 error at the annual ``≥12`` 座 against ``≥9`` for the period (alt D104).
* vn11: F110 error at the empty name of the ``≥3次`` row; F109 warning (row) at 生态效益指标.
* vn14: T105 error at 碑刻病害调查覆盖率 ``36通``; X105 warning (alt X103) at ``23.4 8``; X106
  error (alt B108) at ``15万15万(含运输)``; B102 book level tolerated.
* vn16: B101 error at 资金总额 436 (parts 432); B102 error at 金额合计 152 (tasks 147.5).
* vn18: T108 warning (row) at ``小于等于`` on a 正向 count and at ``大于等于`` on a 反向 loss
  rate; T112 error at ``172张`` under the unit column 通.

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(vn01, vn05, vn17) and a bare pct cell (vn12); ``=100%`` on 合格率 (vn01, vn03, vn09, vn17, as
text in vn17); dates as date cells within 2026 (vn01, vn17); the same 使用者满意度 with 90% and 85%
in two stacked projects (vn03); a 下降率 with ≥ and ``0`` 起 on incidents (vn05); 100 both ways
with tier and indicator points, ``≥3百分点`` on a rate change (vn07); equal rates and unit costs in
中期 and 年度 columns, a period deadline in 2028 for a 2026–2028 project (vn09); fill and signature
dates in the year before the budget year (vn12, vn13); footnotes explaining totals (vn13, vn15);
unit cost × count within the money everywhere (e.g. 24 × 1.6 = 38.4 ≤ 45.8, 800 × 0.045 = 36).

Judgements: a 0 target on an incident count (``≤0起``) is not T115; the annual goal text of vn10
(160 通, 3 座) also contradicts the copied values, so D104 is accepted beside D202/D201; in vn08 the
wrong-parent tier-2 leaves 时效 out of 产出 but that is the same finding; in vn14 the pasted
amount may make the lines not add up, so B102 is tolerated; vn12's ``90%`` without an operator on a
合格率 earns at most an info; vn04's one-column money block is one-year and its B101 is marked at
the total, not the parts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout368 import conservation, rubbings, survey
from tests.variants.holdout368.registry import HOLDOUT368
from tests.variants.kit import Variant

MODULES = (survey, conservation, rubbings)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT368, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 368th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

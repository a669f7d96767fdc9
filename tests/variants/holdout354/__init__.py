"""The 354th held-out set: family tree and genealogy archives at a county archive.

Theme: 鹤坪县档案馆 (an invented county archive, budget year 2025) collects and digitises
民间家谱, repairs old documents (谱牒, 民国档案, 契约文书), runs a genealogy reading room,
exhibitions and volunteer transcription. ``collection`` holds uz01–uz06 (collection and
digitising), ``repair`` uz07–uz12 (repair), ``services`` uz13–uz18 (reading room, exhibitions,
volunteers). 18 returns, 9 correct, 20 required marks.

Layouts: project heads with one-year (年度 = 财政拨款 + 其他资金) and multi-year (中期/年度 rows)
money blocks; department heads with budget and key tasks; OLD-NAT and NAT-2021 tiers merged down;
operator columns (指标性质) as symbols or words, a direction column (指标方向), unit columns;
flat lists in two column orders; two projects stacked in one sheet; 中期 and 年度 columns; tier
labels numbered with points, marked (★, *) or abbreviated; points at tier and indicator level;
header words 预期目标, 指标内容, 绩效标准, 考核指标, 目标值（年度）, 评价标准, a two-row header;
a header repeated after a page break; 注, 说明, 填表说明, stamp and signature lines; a
budget-system export (05-1 / 05-2 sheets, codes in the first columns); a table on a second sheet.

Planted mistakes (return: code, highest severity, place):

* uz03-stacked-money: B101 error, row of the second project's 年度资金总额 (20 + 4 ≠ 26);
  T105 error, 家谱目录著录完成率 ``≥300条``.
* uz05-flat-defects: T108 warning, row of 家谱数字化著录差错率 (operator ≥); W101 error, book
  level (weights 95, the 注 line says they must total 100).
* uz06-export-codes: X105 warning (alt X103), ``12.5 6`` on sheet 05-1; T115 error,
  单页加工成本 ``≤0万元/页`` on sheet 05-2.
* uz08-points-mismatch: W103 error (alt W101) at the 产出 score 50 over 45 points; T106 error at
  a typed 105% on 修复验收合格率.
* uz11-two-year-copied: D204 warning at the 年度目标 cell; D202 warning at the annual cells of
  修复破损谱牒页数 and 更换无酸装具.
* uz12-template-rows: F109 warning, rows of 社会成本指标 and 生态效益指标 (template tier-2s left
  empty); F110 error at the empty name cell of a value ``≥10年``.
* uz14-notes-and-defects: T112 error, ``6万元`` under the unit 台; Y102 error (alt Y103),
  ``2026年3月31日`` in a one-year 2025 project.
* uz16-marked-wrong-parent: F105 error at 社会效益 under ★产出; T107 warning at ``=95%`` on a
  satisfaction rate.
* uz18-department-money: B101 error, row of 资金总额 (380 + 150 ≠ 520); B102 error, row of the
  tasks' 金额合计 (60 + 45 + 30 ≠ 150).

Legitimate look-alikes in the correct returns: ``=100%`` on a 按时完成率 (uz01) and a 合格率
(uz13); a 下降率 with ≥ (uz01) and with 正向 大于等于 (uz17); ``=0起`` / ``小于等于 0 起`` on an
incident count (uz04, uz09, uz17); typed percent cells with ``%`` also in the unit column (uz01,
uz04); the same 满意度 name with different values in two stacked projects (uz02); a 合计 row of
weights (uz04) and of points (uz07, 100 both at tier label and indicator level); ``≥5百分点`` on
a share raised (uz07); rates and unit costs equal in 中期 and 年度 of a multi-year project
(uz10); a subsidy standard × count exactly equal to its detail line (uz15: 400元 × 150 = 6万);
a signature dated in the year before (uz13); instruction, 注, 填表说明 and repeated header rows
(uz13); a 2027 date in the 中期 column of a 2025–2027 project (uz10).

Judgements: uz05's weights add to 95, not 90: 90 would be legitimate where 预算执行率 is scored
separately, so the 注 line fixes 100. uz08 declares tier points 100 in total while the indicator
points add to 95: W103 at the tier score is required, W101 accepted. uz14's next-year date is
marked error (a date the one-year project cannot reach); the 万元 under 台 is an error per §4.2
rule 2. uz11's 2026 date in the 中期 column and 2025 in the 年度 column are fine. uz06's 05-1
lines add up with the split number read as 12.56; without that reading B102 would follow.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout354 import collection, repair, services
from tests.variants.holdout354.registry import HOLDOUT354
from tests.variants.kit import Variant

MODULES = (collection, repair, services)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT354, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 354th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 650th held-out set: 丹参与白术规范化种植、道地药材溯源平台 (18 invented returns, 9 correct).

Places, units, people and figures are invented (栖凤县, 沱源县, 鹤鸣山乡; 栖凤县中药材产业发展中心,
沱源县植保植检站, 沱源县农产品质量检测站, 沱源县道地药材检验检测站). Budget year 2026; money in
万元 carried by the number format unless said otherwise.

Layouts: project heads (``heads.project_head``) and department heads with their money blocks;
tier-1 and tier-2 merged down; NAT-2021 and OLD-NAT; an operator column (symbols or words), a
unit column, a 指标性质 direction column; numbered tier labels with points and a score column;
abbreviated labels with ★; headers 指标内容 / 绩效标准 / 绩效目标值 / 预期实现值 / 预期目标;
中期 and 年度 columns (one-, two- and three-year projects); two projects stacked in one sheet
(gj05, gj18); a flat list (gj12); a table on a second sheet (gj09); a budget-system export with
sheets 05-1 and 05-2 and codes in the first columns (gj11); 注 / 说明 / 填表说明 rows, a header
repeated after a page break (gj13), signature and date lines; a money detail block (gj17).

Planted mistakes (return: code, highest accepted severity, place):

* gj02-baizhu-goal-mismatch: D104 ≤warning at the 示范面积 value (goal 800亩, indicator 600亩);
  Y102 ≤error (alt Y103, Y101) at the deadline 2025年4月30日前 of a 2026 one-year project; B107
  ≤warning at the cost standard (500元/亩 × 600亩 = 30万元 > 年度资金 25万元).
* gj03-danshen-gap-period: Y103 ≤warning (alt Y102) at the 年度目标 cell (2023年底前, outside
  2026—2028); D201 ≤error (alt D104) at the 年度 area 2500亩 above the 中期 2000亩; D202
  ≤warning (alt D104) at the 年度 training count copied from 中期 (goal says 300人次). The 年度
  cost cell tolerates a warning (B107 caused by the wrong area).
* gj05-stacked-pest-control: B101 ≤error at the second project's 年度资金总额 (40 ≠ 30 + 5);
  D102 ≤error (row; alt D103, D101) at 病虫害绿色防控技术覆盖率 ≥80% beside 绿色防控技术覆盖率
  ≥85%; F201 ≤warning (row) at a 防治效果达标率 under 时效指标.
* gj06-residue-words: D104 ≤warning (row) at 抽检批次 100 (goal 120批次); T108 ≤warning (row) at
  大于等于 on 农残检测不合格率; F201 ≤warning (row) at a 满意度 under 社会效益指标.
* gj08-centre-money: B101 ≤error at 资金总额 (基本 120 + 项目 170 = 290 ≠ 300); B102 ≤error at
  金额合计 160 (tasks 80 + 50 + 40 = 170); D104 ≤warning at 接入主体 ≥45家 (goal and task 60家).
* gj10-platform-phase2: D204 ≤warning at the 年度目标 cell (identical to the 中期目标 of a
  two-year project); Y102 ≤error (alt Y103) at the 中期 deadline 2028年6月30日前 (period ends 2027).
* gj11-system-export: Y101 ≤error (row) at 预算年度 2025 on sheet 05-1 (titles say 2026); D101
  ≤warning (row; alt D103) at 入驻溯源平台种植主体, the first row's indicator less one 的.
* gj14-seedling-template: F110 ≤error at the empty name of a row valued ≥95%; F109 ≤warning
  (row) at the empty 时效指标 tier-2; X101 ≤error at the template example row's ≥XX人.
* gj15-abbreviated-leftovers: Y103 ≤warning (alt D104) at the name 2025年丹参种苗供应量 in a 2026
  return; F201 ≤warning (row) at a cost under 数量; F201 ≤warning (row) at a household count under
  质量.

Legitimate look-alikes in the correct returns: typed percent cells (gj01); a 下降率 with ≥ and
=0起 on an incident count (gj01), 0起 (gj04); a goal area with its core part in brackets and a
later year the work prepares for (为2027年推广积累, gj01); points in the tier labels and in the
score column, both 100, and 提高≥3百分点 (gj04); a total with its parts (50万个 = 30 + 20, gj07);
反向 rates and durations with ≤ (gj07); a fill date in 2025 (gj09, gj13); 填表说明, 注 and 说明
rows, a repeated header (gj09, gj13); identical columns and goals in a one-year project (gj16);
中期 counts above the 年度 counts and the same indicator names in two stacked projects (gj18);
unit cost × count equal to or within the money (gj14 4元 × 8万公斤 = 32万元, gj17 detail lines,
gj12 1600元 × 300批次 ≤ 50万元); a footnote explaining a carried-over part of the total (gj17).

Judgements: gj05's near-duplicate carries different values, so D102 (error) is the code asked
for and D103 is accepted. gj03's 2023年底前 is a deadline in the past, so Y102 is accepted beside
Y103. gj15's 2025 in the name is a leftover from last season's return (the goal says 2026),
a warning, not an error. gj11's repeated indicator differs by one 的 with the same value, so
D101 and D103 are both accepted. gj06's 0 batches of 高毒农药 is a legitimate zero target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout650 import planting, season, tracing
from tests.variants.holdout650.registry import HOLDOUT650
from tests.variants.kit import Variant

MODULES = (planting, tracing, season)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT650, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 650th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 572nd held-out set: 18 invented returns from salted duck egg and preserved egg (咸鸭蛋、
皮蛋) workshops of 鹭洲县 (芦荡镇, 菱塘乡, 港汊镇, 白蚬湾村), 9 correct and 9 with 23 required
marks, 16 of them of the kinds that need reading across the table (C4, C6, C9, C10, C12, C15,
C16 and the cost × count check).

Layouts: project heads with 万元 in the number format (dj01–dj06, dj09–dj11, dj14, dj16–dj18);
department heads with budget and task blocks (dj07, dj08, dj12, dj15); operator and unit
columns (dj01); headers 指标内容 / 绩效标准 (dj02), a two-row header with 分值 · 目标值（年度） ·
评价标准 (dj03), 预期实现值 on a second sheet (dj16); stacked projects (dj05, dj06); flat lists
(dj07, dj08); 中期 and 年度 columns (dj09, dj10); 指标性质 as direction and word operators in
指标方向 (dj11); abbreviated (dj12, dj17), numbered (dj11) and *-marked (dj17) tier labels, ★
core indicators (dj17); a budget-system export with codes and the header on the third row
(dj13); note, subtotal, repeated-header and footnote rows (dj15); signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* dj02: X102 ≤warning at the 年度绩效目标 cell (``<p>`` tag); D104 ≤warning on the
  培训腌制工人数 row (≥150人 against 培训腌制工120人 in the goal; D104 also tolerated at the
  goal cell); T106 ≤error at 包装密封合格率 ≥102%.
* dj04: X104 ≤warning at the text ``45838`` (2025-06-30); Y102 ≤error at a 竣工验收时间 of
  2024-12-20 in a project running through 2025.
* dj06: B101 ≤error at the second project's 年度资金总额 (30 + 15 ≠ 50); D102 ≤warning on the
  row 出口红心咸蛋批次 ≥25批 against 红心咸蛋出口批次 ≥20批 in the same project (alt D103, D101).
* dj08: X101 ≤error at ``≥**``; W101 ≤error on the return (weights add to 95).
* dj10: Y103 ≤warning at the 中期目标 cell (2028 outside 2025–2026); D201 ≤error at an annual
  ≥5条 above the period's ≥3条; D202 ≤warning at an annual 入库皮蛋量 copied from 中期.
* dj12: B102 ≤error at the 金额合计 (40 + 25 + 20 ≠ 90); D104 ≤warning on the 无铅化改造作坊
  row (≥18家 against 15家 in goal and task; tolerated at the goal cell); F201 ≤warning on the
  row 检测报告出具及时率 under 质量.
* dj14: B107 ≤warning on the row ≤2.5万元/户 (× 48户 = 120 > 100万元); T108 ≤warning on the row
  蛋壳破损率 ≥3%; F201 ≤warning on the row 咸蛋出厂检验合格率 under 时效指标.
* dj16: D103 ≤warning on the row 溏心皮蛋成品合格率 ≥95% against 溏心皮蛋合格率 ≥92% (alt D102,
  D101); X104 ≤warning at the text ``45900`` (2025-08-31).
* dj18: Y101 ≤error on the return (title 2026年度, dates and goal 2025; alt Y102); F110 ≤error
  at an empty name cell with ≥4次; F109 ≤warning on the row of the empty tier-2 生态效益指标.

Look-alikes in the correct returns: goal texts repeating counts with the same values (dj01,
dj05, dj09, dj15, dj17); typed percent cells (dj01, dj07); ≤ on a 发生率 and 0 incidents as a
cap (dj01, dj07, dj11, dj15); tier points and indicator points both adding to 100 (dj03);
≥3百分点 on a rate change (dj03); a 下降率 with 大于等于 (dj11); 鸭蛋收购量
and 咸蛋销售量 side by side (dj05); the same name with other values in two stacked projects
(dj05, dj06); the later year 2027 named in a 2025–2027 中期目标 (dj09); equal 中期 and 年度 rates
and unit costs (dj09, dj10); unit cost × count equal to the money (dj09: 10 × 8 = 80, dj15:
60 × 0.5 = 30); 金额合计 equal to 项目支出 (dj07, dj15); subtotal and total rows and a footnote
explaining the total (dj15); fill dates in 2024 (signature lines).

Judgements: the 2024 baseline named in dj03's goal and 评价标准 is a comparison year, not a year
conflict; a goal/indicator count conflict (D104) is marked on the indicator row, the goal cell
only tolerating it; two reworded names of one count (dj06, dj16) are a warning, not an error,
since a reviewer must judge that they are the same measure; the standard × count above the
money (dj14) is a warning, as a ≤ cap may be spent below it; dj04's acceptance date before the
project starts is an impossibility (error); dj18's wrong title year is a file-level mark since
the finding may land at the title or at the dates.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout572 import preserved, salted, workshops
from tests.variants.holdout572.registry import HOLDOUT572
from tests.variants.kit import Variant

MODULES = (salted, preserved, workshops)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT572, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 572nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

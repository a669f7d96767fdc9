"""The 705th held-out set: 18 invented returns of 汀屿县 and its 岙溪镇 (invented places) on a
township flood early-warning broadcast system (kam01–kam06), river-bank hazard clearance
(kam07–kam12) and a village emergency supply depot (kam13–kam18). Aim: checks across the table.

Layouts: project heads (one value column; 中期 and 年度 columns; numbered tier labels with
points and a score column; abbreviated labels under 指标内容 / 绩效标准; operators in words in
指标性质 with a unit column; a table on a second sheet under 预期实现值), department heads with
tasks and 金额合计 (operator, unit and weight columns; flat lists with one or two value columns),
two projects stacked in one sheet (kam06, kam11, kam18), a budget-system export on two sheets
with codes in the first columns (kam10), a header repeated after a page break (kam17).

Planted mistakes (code, highest accepted severity, place):

* kam02: D104 ≤warning row (新建终端130套 against 150套 in the goal); Y102 ≤error row, alt
  Y101/Y103 (deadline 2024年12月31日前 in a 2025 project); B107 ≤warning row (0.9万元 × 130套
  = 117 > 年度资金 100).
* kam03: Y103 ≤warning at the 年度目标 cell, alt Y101 (2024 in a 2025–2027 project); D201
  ≤error at the annual 演练 count (40场 > 36场); D202 ≤warning at the annual 信息员 count
  (114人 copied from 中期).
* kam06: B101 ≤error at the second project's 年度资金总额 (45 ≠ 40 + 10); D103 ≤warning row,
  alt D102/D101 (预警喇叭安装数量 ≥60个 / 安装预警喇叭数量 ≥66个).
* kam08: D104 ≤warning row (10公里 against 12公里 in the goal); D102 ≤warning row, alt
  D103/D101 (违章堆放点 40处 / 45处 under two wordings); F201 ≤warning row (a 达标率 under 时效).
* kam10: Y104 ≤error at 计划完成日期 on sheet 05-1, alt Y102/Y101 (2024-11-30 before
  2025-03-01); B107 ≤warning row on sheet 05-2 (0.5万元 × 300处 = 150 > 120).
* kam12: D104 ≤warning row (排查200处 against 260处); F201 ≤warning row (a count under 质量);
  Y102 ≤error row, alt Y101/Y103 (2024年5月31日前 in a 2025 project), all on sheet 绩效指标.
* kam14: B101 ≤error at 资金总额 (100 + 150 ≠ 260); B102 ≤error at the 金额合计 amount
  (80 + 45 + 30 = 155 ≠ 150); D104 ≤warning row (≥25类 against 不少于30类).
* kam15: B103 ≤error at 年度资金总额 (520 > 中期 500); D204 ≤warning at the 年度目标 cell
  (copied from 中期目标); D202 ≤warning at the annual 库容 (1200平方米 copied).
* kam18: Y104 ≤error at the second project's 计划完成日期, alt Y102/Y101 (2024-12-31 before
  2025-01-01); B107 ≤warning row (0.08万元 × 500张 = 40 > 30).

24 required marks, 23 of them found only by comparing parts of the return (goal against
indicator, dates against the year, 中期 against 年度, duplicates, tier-2 fit, cost × count
against money, parts against totals).

Legitimate look-alikes in the correct returns: tier points and indicator points both adding to
100 (kam01); 漏发次数下降率 ≥50% and 堤岸崩塌险情下降率 大于等于 30% (kam01, kam09); 0人 and 0起
targets on casualties and accidents (kam04, kam09); a goal count with its parts in brackets
(kam01, kam04, kam07, kam13); 为2027年…积累经验 in a 2025–2026 project (kam07); ≥10百分点 /
≥5百分点 on a coverage raise (kam07); period counts above the year's, equal rates and unit costs
in both columns (kam07, kam16); unit cost × count exactly equal to its money (kam11, kam17,
kam18's first project); a note explaining that 金额合计 is the project spending only (kam13), a
note row and a 合计 row inside the table (kam04), a 注：下页续 row and a repeated header (kam17);
typed percents (kam04, kam05, kam09, kam16); fill dates in November of the year before.

Judgements: the two wordings of one indicator with different values (kam06, kam08) are marked
warnings, since deciding they are the same indicator is a reading; a copied cumulative count in
the 年度 column (kam03, kam15) is a warning, not an error; a deadline or end date in the year
before is an error (it cannot hold for a project of the budget year); kam02's cost exceeds the
money whichever count (130 or 150) is used; kam12's 排查 and 整治 costs (13 + 36) stay within 52.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout705 import broadcast, depot, riverbank
from tests.variants.holdout705.registry import HOLDOUT705
from tests.variants.kit import Variant

MODULES = (broadcast, riverbank, depot)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT705, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 705th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

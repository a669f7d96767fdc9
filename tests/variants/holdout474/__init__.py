"""The 474th held-out set: 18 invented returns on training artisans in 唐卡 painting and 苗族银饰
(Miao silver ornaments), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. All places (朵嘎县, 清枫县, 曲那市), units, people, phone numbers and figures are invented.

Layouts: project heads with 万元 number formats (zp01–zp03, zp05–zp08, zp11, zp13–zp16) or 元
formats (zp04); department heads with key tasks and 金额合计 (zp17, zp18) or plain (zp09, zp10,
zp12); an operator column with a unit column (zp01, zp02); one value column (zp03, zp04, zp07,
zp08, zp11); tier-1 score column (zp06) or points in numbered labels (zp05); two stacked
projects (zp07, zp08); flat lists (zp09 operator order, zp10 direction order); 注 / 填表说明 /
signature rows and starred labels (zp11); 小计 rows and a header repeated after a page break
(zp12); 实施期 / 中期 and 年度 columns (zp13, zp14); header 预期目标 (zp15); a budget-system
export on a second sheet with codes first, header on row 3, 指标内容 · 绩效标准, abbreviated
and ★ labels (zp16); header 绩效目标值 (zp17).

Planted mistakes (code, highest accepted severity, place):

* zp02: T106 ≤error at the 105 % cell (row); T105 ≤error at ``12`` 件 for a 比例 (row, alt T112).
* zp03: X105 ≤warning at the money cell ``128.437 5`` (alt X103); X104 ≤warning at the 计划完成日期
  text ``45991``.
* zp06: W103 ≤error at the 产出 score 40 (indicators 45); W103 ≤error at the 效益 score 30
  (indicators 25); T108 ≤warning at ``≥5%`` on 银饰作品返工率 (row).
* zp08: B101 ≤error at the second project's 年度资金总额 95 ≠ 80 + 10 (row); T105 ≤error at
  ``≥40人`` on 银饰锻制工艺考核合格率.
* zp10: T112 ≤error at ``≥45户`` under unit 人; T108 ≤warning at ``≥8%`` on a 反向 返修率 (row);
  W101 ≤error book level (weights 95).
* zp12: F202 ≤warning at 预算执行率 under 产出/质量 (row); F105 ≤error at 时效指标 under 效益指标.
* zp14: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the two copied annual counts.
* zp15: F110 ≤error at the empty name cell of ``≥4期``; F109 ≤warning at 社会成本指标 (row).
* zp18: B101 ≤error at 资金总额 600 ≠ 200 + 380 (row); B102 ≤error at 金额合计 380 ≠ 370 (row);
  T105 ≤error at ``30人`` on 传承人带徒计划完成率.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100 % cell on an 验收合格率
and a typed ``92.50%`` (zp01); money in 元 formats, text ``=100%``, ``较上年提高≥5百分点``, and
9200 元/人 × 50 人 exactly equal to the 460 000 元 (zp04); tier points and indicator points both
totalling 100, 百分点 (zp05); the same satisfaction name with ≥90 % and ≥92 % in two stacked
projects (zp07); a 下降率 with ≥, ``≤ 0 起`` on safety incidents (zp09); an instruction row,
footnotes, 填表说明 and a fill date in the year before (zp11, tolerated up to a warning); rates
and unit costs equal in 实施期 and 年度 (zp13); repeated codes and names in an export, and
1.2 万元/人 × 25 人 = the 30 万元 (zp16); unit costs × counts exactly equal to task amounts
(zp17), and a footnote on the total.

Judgements: the flat lists have no tiers, so no tier findings there; the B101 of zp18 is marked
at 资金总额 though 基本支出 or 项目支出 could be the wrong one (row mark); 金额合计 380 equals
项目支出, so the fault is in the task lines (B102 at 金额合计, row); in zp08 only the second
project's money is wrong and each stacked project is its own table; ``≥12场``-style counts keep
≥; a 100 % typed cell with ``=`` is at the ceiling, not T107; zp11's prior-year signature date is
not a year conflict (tolerated up to a warning only); 是 on a 可持续影响 indicator is an
accepted state grade (zp15, zp16).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout474 import layouts, periods_money, values
from tests.variants.holdout474.registry import HOLDOUT474
from tests.variants.kit import Variant

MODULES = (values, layouts, periods_money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT474, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 474th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

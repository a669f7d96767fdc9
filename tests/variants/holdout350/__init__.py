"""The 350th held-out set: coral reef and marine ranch protection (珊瑚礁 surveys, diving
inspections, 海洋牧场 artificial reefs placed, fish stock releases, fishing boat checks), 18
invented returns of 汐澳市 and 澜屿县 offices, budget year 2025, money in 万元 (number formats).

Modules: ``reefs`` (uv01–uv06, reef surveys and diving), ``ranches`` (uv07–uv12, reefs placed,
releases, ranch departments), ``boats`` (uv13–uv18, boat checks, export, scored tables).

Layouts: project heads with 年度 money or 中期/年度 money; department heads with budget, 占比
row and key tasks; operator and unit columns (uv01, uv02), operators in words under a two-row
header 绩效指标 / 绩效标准 with 指标内容 (uv05), header 预期目标 (uv06), numbered tier labels with
points (uv03), 中期 and 年度 columns (uv08, uv09), a header repeated after a page break (uv11),
stacked projects (uv12, uv13), flat lists in two column orders (uv14, uv15), detail lines under
the table (uv16), a budget-system export with codes first and the table on a second sheet with
the header on its third row (uv17), tier and indicator score columns (uv17, uv18).

Planted mistakes (22 required marks, 9 returns):

* uv02: T106 ≤error at 监测数据合格率 ``105%`` (row); T105 ≤error at 潜水巡查覆盖率 ``12 │ 次``
  (row, alt T112).
* uv04: T108 ≤warning (row) at 潜水巡查次数 ``≤48次``, 单次潜水巡查成本 ``=0.6万元/次`` and
  礁区非法潜水捕捞发生率 ``≥3%``.
* uv06: F110 ≤error at the empty name of a row valued ``≥95%``; F109 ≤warning (row) at the
  template tier-2 时效指标 left without indicator and value.
* uv08 (three-year): D202 ≤warning at the annual cells of 人工鱼礁投放量 and 增殖放流苗种数量
  copied from 中期; D201 ≤error at 海草床移植面积 annual ``≥45亩`` over period ``≥30亩``.
* uv10: B101 ≤error at 资金总额 860 (基本 320 + 项目 560 = 880); B102 ≤error at 金额合计 560
  (tasks 200 + 190 + 160 = 550).
* uv12: B101 ≤error at the second project's 年度资金总额 75 (60 + 12); T110 ≤warning (row) at
  ``鱼礁区放流鱼苗300万尾 │ ≥200万尾``.
* uv14: T112 ≤error (row) at ``≥12万元`` with unit column 次; T108 ≤warning (row) at
  渔船涉险事故发生率 ``≥1`` declared 反向; W101 ≤error book level (weights add to 95).
* uv16: X104 ≤warning at 计划完成日期 ``46022`` as text; X105 ≤warning (alt X103) at
  年度资金总额 ``386.452 5``; X106 ≤error (alt B108) at the detail line
  ``45万45万(含潜水装备租赁)``.
* uv18: W103 ≤error (alt W101) at the 产出指标 score 50 (indicators 15 + 15 + 10 = 40); F105
  ≤error at 时效指标 placed under 效益指标.

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(uv01, uv15); ``=100%`` on 复核率 / 合格率 at the ceiling (uv01, uv09, uv11, uv17); a date cell as
a deadline value (uv01); 下降率 with ≥ (uv03, uv05, uv15, uv16, uv18); ``0起`` / ``等于 0 起`` on
incident counts (uv03, uv05, uv13); tier points and indicator points both 100 (uv03, uv17);
``≥2百分点`` / ``≥3百分点`` and a 百分点 unit (uv11, uv15, uv17); unit cost × count equal to the
money (uv05 1.5 × 36 = 54, uv09 0.08元 × 800万尾 = 64万, uv13 all three); a footnote explaining
the total (uv07, uv15); an instruction row inside the table, 填表说明, a signature date in 2024
(uv07); identical 中期 / 年度 columns and goals in a one-year project (uv09); the same names
with different values in stacked projects (uv13); 其他资金 0 (uv05, uv09, uv13).

Judgements: in uv14 the value ``≥12万元`` against unit column 次 is one unit conflict (T112), not
also a missing unit; the 发生率 in uv14 is marked only for direction. In uv08 the copied counts
are marked at each annual cell (D202) while equal rates and the cost cap are not. In uv18 the
indicator total 90 is the same problem as the 产出 mismatch, so W101 is accepted for W103. In
uv16 the split total is read as 386.4525, and the detail lines then add up; the date serial
46022 is 2025-12-31, inside the project period. In uv02 a coverage rate given as 次 is an error
(a rate as a count); T112 is accepted as the same problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout350 import boats, ranches, reefs
from tests.variants.holdout350.registry import HOLDOUT350
from tests.variants.kit import Variant

MODULES = (reefs, ranches, boats)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT350, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 350th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 863rd held-out set: rural drinking water safety (农村饮水安全), 18 invented returns.

Theme: water plant upgrades (水厂提标改造, ``plants``: kgo01–kgo06), village pipe extensions
(村级供水管网延伸, ``pipes``: kgo07–kgo12) and water source protection (水源地保护,
``sources``: kgo13–kgo18). Nine returns are correct, nine carry 2–3 planted mistakes (24
required marks); the set's aim is checks across the table (goal text against indicators, years,
中期 against 年度, duplicates, wrong tier-2, cost × count against money, parts against totals).

Layouts: project heads with 年度 or 中期/年度 money blocks (万元 in the number format); NAT-2021
and OLD-NAT tiers merged down; numbered labels with points (kgo05); operator and unit columns
under 绩效目标值 (kgo01); 指标内容/绩效标准 (kgo02), 预期实现值 on a second sheet (kgo06),
预期目标 (kgo16); department heads with key tasks (kgo04, kgo17); flat lists (kgo09 with
指标性质 as operator, kgo10 with 指标性质 as direction); stacked projects (kgo07, kgo08);
中期 and 年度 columns (kgo03, kgo11, kgo15, kgo18); tier-1 and indicator score columns (kgo14);
a budget-system export with codes and the header on the third row (kgo12); a 注 row inside the
table, 填表说明, signature and date lines (kgo04, kgo13).

Planted mistakes (return: code, highest accepted severity, place):

* kgo02: D104 warning, row of 提标改造水厂数量 (goal says 4 plants, indicator ≥3座); B107 warning,
  row of 单座水厂改造成本 (65 × 3 = 195 > 160万元).
* kgo03: Y103 warning (alt Y101, Y102), the 年度目标 cell (2024年底前 in a 2025–2027 project);
  D201 error, the 年度 cell of 更换老化输水主管 (18 > 12公里); D202 warning, the 年度 cell of
  水厂运维人员培训 (120人次 both columns).
* kgo05: D103 warning (alt D101, F201), row of 出厂水水质检测频次 under 质量 (same as 检测次数
  under 数量); F201 warning, row of 出厂水浊度达标率 under 时效.
* kgo08: B101 error, the second project's 年度资金总额 (72 ≠ 60 + 8); D104 warning, row of
  新建延伸管网 (goal 8.5公里, indicator ≥6.5公里); Y102 error, the 完工 cell 2026年6月30日前.
* kgo10: T108 warning, row of 管网漏损率 (反向, ≥10); D102 error (alt D101, D103), row of the
  second 新增受益人口 (≥2800 against ≥3200); W101 error, book level (weights 95).
* kgo14: W103 error, the 产出 score cell (50 declared, 45 under it; W101 tolerated at book
  level); D104 warning, row of 建设隔离围网 (goal 3.6公里, indicator 3.2); F201 warning, row of
  水源地周边村民满意度 under 社会效益.
* kgo16: Y103 warning (alt Y101), the 年度目标 cell (2023年度 in 2025); F110 error, the empty
  name cell of the ≥16块 row; F109 warning, row of the empty 生态效益指标.
* kgo17: B102 error, the 金额合计 cell (210 + 160 + 90 = 460 ≠ 480); D104 warning, row of
  划定水源保护区 (goal 12处, indicator ≥10处); Y102 error, the cell 2026年3月31日前.
* kgo18: Y101 error (alt Y102, Y104), the 计划完成日期 cell (2025-12-31 in a two-year
  project); D202 warning, the 年度 cell of 设立水源地界桩 (400块 both). Tolerated: the 中期目标
  text and the 中期 deadline 2026年10月31日前, which clash only with the wrong end date.

Look-alikes in the correct returns: typed percent cells (kgo01, kgo09, kgo11, kgo15) and pct(1)
(kgo06, kgo11); ``=100%`` as text on rates (kgo12, kgo13); ≤0起 on incident counts (kgo01,
kgo09, kgo13, kgo15); 下降率 with ≥ (kgo06 浊度, kgo15 面源污染负荷); rises in 百分点 (kgo09,
kgo11); a goal total with its parts in brackets (kgo04: 6座 = 提标4座 + 扩容2座); a later year
prepared for (kgo06: 为2027年推广…); period counts beside smaller annual ones and equal rates
(kgo11, kgo15); unit cost × count equal to or within the money (kgo07 4.5 × 12 = 54, kgo16,
kgo12 1200元 × 1200户 = 144万元 ≤ 150); the same indicator names with other values in the
second stacked project (kgo07); a footnote explaining the total (kgo04); a fill date in the
year before (kgo13); subtotal row 合计 in a flat list (kgo09).

Judgements: a count in the goal text that differs from the indicator is a warning (D104), not an
error: the text may be loose. A deadline after the budget year in a one-year project (kgo08,
kgo17) is an error (Y102): it cannot be met inside the year. The same name twice with different
values (kgo10) is marked D102 at error; a near-duplicate with a word changed (kgo05) only as a
warning. 管网漏损率 under 经济效益 (kgo07) is an effect, not a misplaced quality rate. 0起 and
≤0起 are targets of no incidents, not rounded zeros (T115 does not apply).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout863 import pipes, plants, sources
from tests.variants.holdout863.registry import HOLDOUT863
from tests.variants.kit import Variant

MODULES = (plants, pipes, sources)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT863, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 863rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 748th held-out set: 18 invented returns of a city water authority (澄渊市水务局, budget
year 2026): urban flood-control pumping stations (``pumping``, kcd01-kcd06), sponge-city
(海绵城市) retrofits of old streets (``sponge``, kcd07-kcd12) and the rain-gauge network with its
flood-warning platform (``gauges``, kcd13-kcd18). 9 returns are correct, 9 carry 24 required
marks, 21 of them found only by comparing one part of the return with another.

Layouts: project heads with one-year and 中期/年度 money blocks (kcd01, 02, 06, 09, 12, 17),
stacked projects (kcd03, kcd04), department heads with key tasks and 金额合计 (kcd05, kcd11,
kcd10), a flat list (kcd10), numbered tier labels with points and operator / unit / weight
columns (kcd07), headers 指标内容 · 绩效标准 (kcd08), 考核指标 · 目标值（年度） · 评价标准 (kcd13),
预期实现值 on a second sheet (kcd14), a budget-system export with codes and word operators
(kcd15), tier-1 and indicator score columns (kcd16), footnote, 说明, 填表说明, instruction,
repeated header and signature rows (kcd02, 05, 11, 12, 18).

Planted mistakes (code, highest accepted severity, place):

* kcd02: D104 warning at the 泵站维护数量 value (goal 38座, indicator ≥36座); Y102 error at the
  汛前检修完成时间 value `2025年5月31日前` (alt Y101, Y103).
* kcd04: D103 warning on the row of 泵站巡检次数 beside 泵站巡查次数 (alt D101); B101 error at
  the second project's 年度资金总额 500 ≠ 450 + 30; B107 warning on the row of 单台水泵采购成本
  (80 × 8台 = 640 > 500).
* kcd06: Y101 error at the title `2025年度…` for a 2026—2027 project (alt Y103); D201 error at
  the annual 新建泵站数量 3座 > 2座 (alt D104); D202 warning at the annual 配套管网长度 copied
  from 中期 (alt D104: the 年度目标 says 5公里).
* kcd08: D104 warning at 改造老旧街巷数量 ≥8条 (goal 9条); F201 warning on the row of
  下沉式绿地施工合格率 under 时效指标.
* kcd10: D101 warning on the second 海绵化改造小区数量 row (alt D103, D102); Y102 error at
  `2025年11月30日前` (alt Y101, Y103); W101 error, book level (weights 95).
* kcd12: B101 error at 年度资金总额 960 ≠ 800 + 120; X104 warning at the text `46203`; B107
  warning on the row of 单位面积改造成本 (300元 × 4万平方米 = 1200万元 > 960).
* kcd14: Y103 warning at the 年度目标 naming 2025年度 (alt Y101); D104 warning at the 校准完成时间
  `2026年6月30日前` (goal: 5月31日前); D103 warning on the row of 雨量数据到报率（汛期） under 时效
  (alt D101, F201).
* kcd16: W103 error at the 产出指标 score 50 (indicators 45; alt W101); F201 warning on the row
  of 升级站点年度巡检次数 under 质量指标.
* kcd17: D204 warning at the 年度目标 copied from 中期目标; T108 warning on the row of
  预警信息发布时长 (annual ≥30分钟; alt D203); Y102 error at the 中期 平台上线时间
  `2028年6月30日前` after the project's end (alt Y103).

Look-alikes in the correct returns: period counts beside smaller annual ones and equal rates /
unit costs in both columns (kcd01, kcd09); unit cost × count equal to the money (kcd01: 12 × 150
= 1800, 4 × 150 = 600; kcd15: 96 × 1.25 = 120) or within it (kcd03, 05, 07, 09, 13); `=100%` at
the ceiling (kcd03, kcd07); the same satisfaction indicator with different values in two
stacked projects (kcd03); a 减少率 with ≥ (kcd05, kcd07); `0起` / `等于 0 起` on accidents (kcd05,
kcd15); ≥5百分点 / ≥2百分点 (kcd09); goal totals with their parts in brackets (kcd01, kcd11,
kcd13); a later year the work prepares for (kcd09: 2029年推广; kcd18: 2027年布局); fill dates in
2025 (kcd01, 05, 07, 11, 13, 18); a footnote explaining that 金额合计 is the project spending
only (kcd05); tier points and indicator weights both given (kcd07: 50/10/30/10 and weights
adding to the same split); a header row repeated after a page break (kcd11); typed percent cells
(kcd01, kcd07, kcd13).

Judgements: D104 on counts and deadlines is a warning (the goal or the indicator may be the one
to fix); a date in the year before a 2026 budget year or after the project's end is an error
(Y102), the title year of last season an error (Y101); the near-duplicate and the wrong-tier rows
are warnings, found anywhere in the row. B107 stays a warning though 640 > 500 and 1200 > 960
hold arithmetically: a cap (≤) may be above the spending actually planned. kcd13's bare
`98%` and `92%` typed percent cells without an operator are read as targets (T103 info at most).
kcd18's instruction row in the tier-1 column is not an indicator; its ★ marks a core indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout748 import gauges, pumping, sponge
from tests.variants.holdout748.registry import HOLDOUT748
from tests.variants.kit import Variant

MODULES = (pumping, sponge, gauges)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT748, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 748th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

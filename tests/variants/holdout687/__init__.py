"""The 687th held-out set: 18 invented returns with a careful reviewer's marks, to measure
``goalbook check`` out of sample, with checks across the table as its aim.

Theme: 杏鲍菇 and 金针菇 factory mushrooms in 栖桐县 (hu01–hu06), the cold-chain van fleet of
鹤垣区 that carries them (hu07–hu12), the spent-substrate (菌渣) recycling site at 梅汀镇
(hu13–hu18). Budget year 2026 throughout; fill and signature dates in November 2025.

Layouts: project heads with 中期/年度 money blocks (万元 in the number format); a department
head with tasks and 金额合计 (hu06, hu10); NAT-2021 and OLD-NAT tiers merged down; numbered
(hu02), abbreviated (hu09) and ★/* marked (hu17) tier labels; headers 指标内容 · 绩效标准 (hu07),
绩效目标值 (hu11), a two-row header 绩效目标 over 比较符 · 目标值（年度） · 计量单位 (hu12);
operators in words in 指标性质 (hu08) or as symbols in their own column (hu01, hu18); unit and
weight columns; a flat list (hu06); three- and two-year projects with 中期 and 年度 columns (hu03,
hu04, hu15); two projects stacked in one sheet (hu05); a budget-system export with codes in the
first columns and the table on a second sheet (hu11); tier and indicator points (hu14); header
repeated after a page break (hu12, hu18); note, 说明, 填表说明, 合计 and signature rows.

Planted mistakes (code, highest accepted severity, place), 23 required marks:

* hu02-needle-workshops: D104 ≤warning at D10 (row): 年度目标 扩建车间3个, indicator ≥4个;
  Y102 ≤error at D13, alt D104/Y101/Y103: 投产时间 2025年11月30日前 in a 2026 return whose goal
  says 2026年11月底前; F201 ≤warning at C14 (row): 菇房出菇整齐率 (quality) under 时效.
* hu04-needle-capacity-3yr: D104 ≤warning at D11 (row): 中期目标 12间, 中期 value ≥10间; D201
  ≤error at E12, alt D104: 年度 ≥4.2万吨 above 中期 ≥3.6万吨; D202 ≤warning at E13, alt D104:
  带动种植户 ≥300户 copied from 中期 (年度目标 says 100户).
* hu05-stacked-spawn-pack: B101 ≤error at C20: the second project's 年度资金总额 80 ≠ 60 + 15;
  D103 ≤warning at C25 (row), alt D101: 保鲜包装袋采购量 / 采购数量, both ≥20万个.
* hu07-van-purchase: D104 ≤warning at D11 (row): goal 网点12个, indicator ≥15个; F201 ≤warning at
  C12 (row): 车厢温控达标率 under 数量; B107 ≤warning at C15 (row): 35万元/辆 × 8辆 = 280 > 250.
* hu09-temp-platform: Y103 ≤warning at B8 (the goal), alt Y101: 2025年 left from last season;
  Y102 ≤error at D12: 2027年3月31日前 in a one-year 2026 project; F201 ≤warning at C15 (row):
  平台用户满意度 under 社会效益.
* hu10-logistics-department: B102 ≤error at D9: tasks 150 + 90 + 50 = 290 ≠ 金额合计 300; D104
  ≤warning at D12 (row): goal and task 1.2万单, indicator ≥1万单.
* hu15-substrate-media-2yr: D204 ≤warning at D9: 年度目标 identical to 中期目标; D201 ≤error at
  E12: 年度 ≥3万吨 above 中期 ≥2.5万吨.
* hu16-fertiliser-line: B101 ≤error at E5: 年度资金总额 150 ≠ 120 + 20 (the 中期 column 150 =
  120 + 30 and the detail lines 90 + 40 + 20 = 150 hold); D104 ≤warning at D11 (row): goal
  8000吨, indicator ≥6000吨.
* hu17-returning-to-field: Y103 ≤warning at B8 (the goal), alt Y101: 2025年 in the 2026 goal;
  F201 ≤warning at C12 (row): 菌渣收运车辆 ≥6辆 (a count) under 质量; D102 ≤error at C16 (row),
  alt D101/D103: 菌渣还田面积 ≥3000亩 under 数量 and ≥2500亩 under 生态效益.

Tolerated (``ok``, nothing required): the goal cells of hu01, hu02, hu04, hu07, hu10, hu16, where
a D104 or Y103 may land instead of at the indicator.

Legitimate look-alikes in the correct returns: 为2027年全县推广… in a 2026 goal (hu01); a goal
total with its parts in brackets (hu06, hu13) and a part listed as its own indicator
(其中：金针菇菌渣处理量, hu13); 中期 counts above 年度 counts, equal rates and unit costs (hu03);
unit cost × count within (hu01, hu11, hu12, hu13, hu14, hu18) or equal to (hu08: 20 × 4.8 = 96)
the money; 下降 rates with ≥ (hu08, hu11, hu12, hu13) and rises in 百分点 (hu06, hu08, hu12,
hu13); 等于0起 / =0起 on incident counts (hu08, hu12, hu13, hu18); typed percent cells (hu01,
hu06, hu08, hu12, hu18); tier points and indicator points both adding to 100 (hu14); the same
name 菇农满意度 with different values in two stacked projects (hu05, not a duplicate); a
repeated header, 合计 rows, notes and fill dates in 2025.

Judgements: a deadline of the previous year (hu02) is marked Y102 up to error because the date
lies outside the only year of the project; a year left over in the goal text is a warning
(Y103, Y101 accepted). A count or capacity in the indicator that differs from the goal's is a
warning (D104), never an error: the goal may be loosely worded. 菌渣还田面积 with two values
under two tier-2s is a conflicting duplicate (D102, error). In hu04 the copied 300户 is D202
(D104 accepted, since the 年度目标 says 100户). hu16's wrong cell is taken to be the total,
since the 中期 column and the detail lines agree with 150.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout687 import coldchain, mushrooms, substrate
from tests.variants.holdout687.registry import HOLDOUT687
from tests.variants.kit import Variant

MODULES = (mushrooms, coldchain, substrate)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT687, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 687th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 859th held-out set: elderly meal assistance (community canteens, meal delivery to homes,
subsidies for the oldest old), 18 invented returns, 9 correct, 25 required marks.

Theme and layouts
-----------------
* ``canteen`` (kgk01–kgk06): 长者食堂 / 幸福食堂 projects: operator and unit columns with typed
  percents (kgk01), numbered labels (kgk02), points in tier labels and an indicator points
  column (kgk03), a tier-1 score column (kgk04), two projects stacked (kgk05), a three-year
  project with 中期 and 年度 columns (kgk06).
* ``delivery`` (kgk07–kgk12): 送餐上门: a department flat list (kgk07), operator and unit columns
  (kgk08, kgk12), 注 rows, a header repeated after a page break, 填表说明 and signature (kgk09),
  headers 指标内容 / 绩效标准 (kgk10), the table on a second sheet under 预期实现值 with money in
  元 (kgk11).
* ``subsidy`` (kgk13–kgk18): 高龄助餐补贴: department heads with shares and tasks (kgk13, kgk14),
  a budget-system export on sheets 05-1 / 05-2 with codes first and the header on row 3
  (kgk15), two-year projects with 中期 and 年度 (kgk16, kgk17), header 预期目标 (kgk18).

Planted mistakes (return: code, highest accepted severity, place)
-----------------------------------------------------------------
* kgk02: B101 error at the 年度资金总额 row (150 ≠ 120 + 20); D104 warning (row) at
  新建农村幸福食堂数量 ≥10个 (the goal says 12); D103 warning (row, alt D102, D101) at
  幸福食堂食品留样规范率 ≥98% beside 食品留样规范率 ≥95%.
* kgk04: W103 error at the 产出指标 score cell (50 declared, 45 under it); F201 warning (row) at
  餐食抽检合格率 under 时效指标.
* kgk06: Y103 warning (alt Y101, Y102) at the 年度目标 cell (2025年底前 in a 2026–2028 project);
  D202 warning (alt D104) at the 年度 cell of 新建村级幸福食堂数量 (≥30个 copied from 中期, the
  年度目标 says 10); D201 error at the 年度 cell of 助餐服务人次 (360000 above 300000).
* kgk08: Y102 error at the completion date 2027-03-31 of a one-year 2026 project; T108 warning
  (row) at ≥ on 送餐超时率; B107 warning (row) at 每份餐食配送补贴 5元 × 30万份 = 150万 > 120万.
* kgk10: Y101 error (row, alt Y102) at the plan dates 2025-01-01 / 2025-12-31 under a 2026
  title; X101 error (row) at the template example row ≥**人次; D101 warning (row, alt D103,
  F201) at 送餐上门服务失能老人数 repeated under 社会效益指标.
* kgk12: D104 warning (row) at 日均送餐份数 500 (the goal says 600 a day); T106 error at
  送餐服务覆盖率 typed as 105%.
* kgk14: B101 error (row) at 资金总额 1300 ≠ 基本支出 460 + 项目支出 820; B102 error at the
  金额合计 820 (tasks add to 800); D104 warning (row) at 高龄助餐补贴发放人数 ≥9000人 (the goal
  says 9600名).
* kgk17: B103 error at 年度资金总额 900 above 中期资金总额 800; B107 warning (row) at the annual
  年补贴标准 960元/人 × 1万人 = 960万 > 900万; F201 warning (row) at 受助老人满意度 under
  社会效益指标.
* kgk18: Y103 warning (alt Y101) at the 年度绩效目标 naming 2025年度 in a 2026 return; F110
  error at the empty name cell of a row with =100%; F109 warning (row) at the empty template
  tier-2 生态效益指标.

Legitimate look-alikes in the correct returns
---------------------------------------------
kgk01: 食品安全事故 ≤0起 (an incident count, not a rounded zero), =100% on 合格率, the goal's 8
食堂 with its parts in brackets, 6元 × 16万人次 = 96万 exactly the money, typed percents.
kgk03: 100 both ways (tier points 50+10+30+10 and indicator points), ≥5百分点 on a rate change,
a 合计 row. kgk05: the same indicator names with other values in two stacked projects. kgk07:
≤ on 延误投诉率, a weight 合计 row. kgk09: 送餐上门人次 is part of 助餐服务总人次 (a footnote
explains the total), a repeated header, a signature dated 2025. kgk11: 为2027年在全镇推广积累经验
(a later year the work prepares for), money in 元 with 15元 × 2.4万份 = 36万元. kgk13: shares
rounded to 0.01 % adding to 100 %. kgk15: 14-digit project codes stored as text, bare numbers
with the unit in 度量单位, tiers repeated in every row. kgk16: 中期 12000人次 beside 年度 6000人次,
rates and unit standards equal in both columns, 600元 × 6000人 = 360万 the year's money.

Judgements
----------
* kgk02's near-duplicate with another value is a warning (which value holds is a question to
  the office), D102 accepted; kgk06's copied count is D202, D104 accepted since the goal says 10.
* Leftover years: a year in the goal before the period (kgk06, kgk18) is a warning; plan dates
  that contradict the title (kgk10) and a deadline outside a one-year project (kgk08) are errors.
* Unit cost × count above the money is a warning (B107), never an error: the standard is a cap.
* kgk17 also has an indicator under 满意度指标, so no F106; kgk18's 生态效益指标 row is only F109.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout859 import canteen, delivery, subsidy
from tests.variants.holdout859.registry import HOLDOUT859
from tests.variants.kit import Variant

MODULES = (canteen, delivery, subsidy)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT859, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 859th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

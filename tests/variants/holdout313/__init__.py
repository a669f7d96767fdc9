"""Held-out set 313: invented returns on sericulture and silk (桑园改造提升, 蚕种供应, 小蚕共育,
蚕茧收购质量, 缫丝加工技改), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Budget year 2026 throughout; every place, unit, person, phone number and figure is
invented. 18 returns: 9 correct, 9 with 2–3 planted mistakes (23 required marks).

Modules: ``mulberry`` (tk01–tk06: 桑园 and 蚕种 projects), ``rearing`` (tk07–tk12: 小蚕共育 and
蚕茧收购), ``reeling`` (tk13–tk18: 缫丝技改 projects and silk-industry departments).

Layouts
    tk01  project, OLD-NAT, operator column (指标性质 as ≥/≤) and unit column, typed percent cells
          (``pct``), 万元 only in the number format, a date cell as a time limit (correct)
    tk02  as tk01 (wrong)
    tk03  project, NAT-2021, numbered labels 一、产出指标 / （一）数量指标 / 1.名称, a ★ core
          indicator with 备注 (correct)
    tk04  project, NAT-2021, labels marked and abbreviated (*产出, 数量, 满意度) (wrong)
    tk05  three-year project, NAT-2021, 中期指标值 and 年度指标值 columns (correct)
    tk06  two-year project, NAT-2021, 中期 and 年度 columns (wrong)
    tk07  two 小蚕共育 projects stacked in one sheet, OLD-NAT, one value column (correct)
    tk08  as tk07 (wrong)
    tk09  department, flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值 (correct)
    tk10  department, flat list 指标名称 · 指标值 · 指标性质 (direction) · 计量单位 · 权重 (wrong)
    tk11  project, OLD-NAT, 指标值 + 备注: a 注 row inside the table, the header repeated after a
          page break, 说明 and 填表说明 under it, signature lines and a 2025 fill date (correct)
    tk12  as tk11 with a detail block (资金明细) under the table (wrong)
    tk13  project, NAT-2021, 一级分值 column and 指标分值 column, both adding to 100 (correct)
    tk14  as tk13 (wrong)
    tk15  budget-system export: sheet 项目支出预算05-1 (money by project code), sheet
          项目支出绩效目标05-2 with the header on the third row, 项目编码/项目名称 in the first
          columns, 指标方向 in words (大于等于…), header 绩效目标值, unit column (correct)
    tk16  project, NAT-2021, value header 预期目标 (wrong)
    tk17  department, NAT-2021, budget with a 0.00% share row, four tasks and 金额合计 (correct)
    tk18  department, NAT-2021, budget and tasks without shares (wrong)

Planted mistakes (code, highest accepted severity, place)
    tk02  B101 error at Sheet1!C5: 年度资金总额 160 ≠ 财政拨款 130 + 其他资金 20.
          T106 error at Sheet1!E11: 嫁接桑苗成活率 typed as 105% (pct(1.05)).
          B107 warning, row 13 (Sheet1!E13): ≤650元/亩 × 2600亩 = 169万元 > the project money.
    tk04  T108 warning, row 11 (Sheet1!D11): 蚕种不良卵率 ≥2% (反向 rate with ≥).
          F105 error at Sheet1!B13: tier-2 经济效益 under *产出.
    tk06  D204 warning at Sheet1!D9: 年度目标 identical to 中期目标 in a two-year project.
          D202 warning at Sheet1!E11: 蚕种冷库改造容量 ≥30000张 copied into the 年度 column while
          the 冷库 is finished only in 2027.
          D201 error at Sheet1!E12: 催青室改造数量 年度 ≥8间 above the period's ≥6间.
    tk08  B101 error at 共育项目!C21: the second project's 年度资金总额 95 ≠ 80 + 10.
          T105 error at 共育项目!D26: 小蚕共育覆盖率 given as 3200张.
    tk10  T112 error, row 8 (Sheet1!B8): value ≥48次 against unit column 万元.
          T108 warning, row 10 (Sheet1!B10): 投诉率 declared 反向 with ≥3%.
          W101 error, book level: weights add to 95, not 100.
    tk12  T105 error at Sheet1!D11: 收购茧抽检覆盖率 ≥600批次.
          X104 warning at Sheet1!D13: the completion date as the text "46356" (2026-11-30).
          X106 error (B108 accepted) at Sheet1!C22: 设备购置 "36万36万", read as 36; the detail
          lines then add up (36 + 8 + 6 = 50).
    tk14  W103 error at 绩效目标!B9: 产出指标 declared 50, indicators 15+15+10+5 = 45.
          W103 error at 绩效目标!B14: 效益指标 declared 30, indicators 10+15+10 = 35 (the tier
          scores and the indicator scores each still add to 100, so no W101).
    tk16  F110 error at Sheet1!C11: a ≥95% value under 质量指标 with an empty name (messages must
          not quote the empty name).
          F109 warning, row 15 (Sheet1!B15): tier-2 生态效益指标 left from the template empty.
    tk18  B101 error at Sheet1!B4: 资金总额 640 ≠ 基本支出 260 + 项目支出 360 (= 财政拨款 600 +
          其他资金 40 holds).
          B102 error at Sheet1!D9: tasks 150 + 120 + 80 = 350 ≠ 金额合计 360.
          T108 warning, row 17 (Sheet1!D17): 缫丝企业单位产品水耗 ≥18吨/吨丝 (a cap with ≥).

Legitimate look-alikes in the correct returns
    * typed percents shown 90%/95%/12% (tk01, tk09, tk17), =100% at the ceiling (tk09 typed,
      tk11 text, tk15 等于 100 %) and a 95 with % in the unit column (tk09);
    * 下降率 with ≥ (tk03 投诉下降率, tk05 用工成本下降率, tk09, tk15 能耗下降率, tk17);
    * 0 on an incident count (tk09 ``= 0 起``, tk11 ``0起``), not a zero cost or output;
    * ≤0.5‰ on a 检出率 (tk03): a valid rate in per mille;
    * 提高≥3百分点 on a 品率 (tk13): a rate change in percentage points;
    * 100 both ways (tk13): tier-1 points and indicator points both total 100, neither level
      exceeds the other;
    * the same indicator name with different values in two stacked projects (tk07);
    * rates and unit costs equal in 中期 and 年度 (tk05), the period time limit written
      每年11月30日前 against a dated annual limit;
    * a 说明 line spelling out the total (tk11: 55 = 42 + 5 + 8), a 注 row inside the table,
      a repeated header, fill and signature dates in 2025 (tk11, tk17);
    * unit standard × count within the money everywhere: tk01 400 × 3000 = 120 ≤ 150,
      tk03 60 × 12000 = 72 ≤ 96, tk05 1000 × 1500 = 150 ≤ 180 (4500 → 450 ≤ 540), tk07
      5 × 12 = 60 ≤ 84 and 6 × 8 = 48 ≤ 70, tk11 3 × 14 = 42 ≤ 55, tk13 6 × 40 = 240 ≤ 300,
      tk15 18 × 6 = 108 ≤ 180; in the wrong returns too except tk02's planted B107;
    * department money (tk17): 860 = 800 + 60 = 310 + 550; shares 93.02/6.98 and 36.05/63.95
      %; tasks 220 + 120 + 90 + 120 = 550 = 项目支出 = 金额合计. tk09: 420 = 390 + 30 = 180
      + 240; tk10: 260 = 240 + 20 = 150 + 110.

Judgements a reviewer could hesitate over
    * tk02's B107 is a warning, not an error: the standard is a cap (≤650元/亩), so the spending
      could stay lower; its B101 total is marked at the total cell only.
    * tk06: a cold-store capacity is reached once, but the 冷库 completes on 2027-06-30, so the
      full 30000张 in 2026 is copy-paste (D202, warning); 8 rooms in a year of a 6-room project
      is impossible (D201, error).
    * tk10: the unit conflict (次 vs 万元) is marked for the row, as it concerns two cells.
    * tk12: the pasted amount is read as 36, so no B102 is wanted; the 0起 row is legitimate.
    * tk18: B101 is at the 资金总额 cell although the wrong figure could be either part; the
      water-use indicator sits under 生态环境成本指标 (a cap, 反向).
    * tk09 ``=`` with 0起 and =100% are targets at their bound, not equals-on-rate defects.
    * tk04 uses NAT-2021 tier-1s (*产出, *成本, *效益, 满意度), so 经济效益 under 产出 is a wrong
      parent rather than a framework mix.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout313 import mulberry, rearing, reeling
from tests.variants.holdout313.registry import HOLDOUT313
from tests.variants.kit import Variant

MODULES = (mulberry, rearing, reeling)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT313, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 313th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

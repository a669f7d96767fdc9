"""The 468th held-out set: a guide-dog (导盲犬) training base and accessible travel for blind
people, 18 invented returns (9 correct, 9 with 23 required marks). Places, units, people, phone
numbers and figures are invented (澄屿市, 澜港市, 栖鹭县, 云杉区). Budget year 2026.

Modules: ``training`` (zj01–zj06, the training base), ``travel`` (zj07–zj12, accessible
travel), ``budgets`` (zj13–zj18: department money, a budget-system export, conversion
artefacts, template rows, operators in words; both halves).

Layouts: project heads with 万元 in the number format; NAT-2021 and OLD-NAT tiers merged down;
operator column (zj01, zj12), 指标性质 as direction (zj02), operators in words (zj18); 中期 /
实施期 and 年度 columns (zj03, zj10); two stacked projects (zj04, zj09); tier-1 and indicator
score columns (zj05); a two-row header 考核指标 / 绩效目标值 on a second sheet (zj06); flat
department lists (zj07, zj08); numbered, pointed and marked tier labels (zj11); 说明 row inside
the table, 注, 填表说明, signature and stamp lines (zj12); department money with shares and
tasks (zj13, zj14); an export with codes in the first columns and the header on the third row
(zj15); detail lines under the table (zj16); header 预期目标 (zj17); subtotal rows and the
header repeated after a page break (zj18).

Planted mistakes (code, highest accepted severity, place):

* zj02: T108 Sheet1!E9 warning (row): 正向 count 年度在训导盲犬数量 with ≤20; T108 Sheet1!E11
  warning (row): 反向 在训犬只疫病发生率 with ≥3%; T105 Sheet1!E12 error: 训导员持证上岗率 12 人.
* zj03: D204 Sheet1!D9 warning: 年度目标 copied from 中期目标; D201 Sheet1!E11 error: 新建犬舍
  annual ≥48间 above the two-year ≥40间; D202 Sheet1!E12 warning: 训导导盲犬数量 ≥60只 both.
* zj06: T106 绩效指标!D6 error: a typed 105% on 复训覆盖率; T113 绩效指标!D7 warning: 完工时间 100%.
* zj08: T112 Sheet1!B8 error: 3.5万元 with unit column 次; T108 Sheet1!B10 warning (row): 反向
  发生率 with ≥1%; W101 book level error: weights add to 95.
* zj09: B101 Sheet1!C20 error: the second project's 95 ≠ 80 + 25; T105 Sheet1!D26 error:
  盲道整改验收合格率 36处.
* zj12: F202 Sheet1!F11 warning (row): 项目预算执行率 under 产出/时效; Y102 Sheet1!E12 error:
  上线时间 2027-03-31 in a one-year 2026 project; T107 Sheet1!D17 warning (row): = 95% on 满意度.
* zj14: B101 Sheet1!B4 error (row): 基本支出 260 + 项目支出 480 ≠ 资金总额 720; B111 Sheet1!D5
  error: 其他资金 share 6.33% (60 ÷ 720 = 8.33%); B102 Sheet1!D10 error: tasks 440 ≠ 金额合计 480.
* zj16: X104 Sheet1!F4 warning: 计划完成日期 "46387" as text; X106 Sheet1!D18 error (alt B108):
  "42万42万（含导盲鞍具）".
* zj17: F110 Sheet1!C11 error: a value ≥95% with no name; F109 Sheet1!B14 warning (row): the
  template tier-2 社会成本指标 left with no indicator.

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and a
≤ on a 反向 退养率, ``≤0起`` on an incident count, ``=100%`` at the ceiling (zj01, zj04, zj10,
zj15 with = in the operator column); the same 视障人士满意度 at ≥90% / ≥92% in two stacked
projects (zj04); tier points 50/10/30/10 and indicator points both adding to 100, a 合计 row
repeating 100, ``提高≥5百分点`` (zj05); a 下降率 with ≥ (zj07, zj15, zj18 大于等于); shares
rounded to two decimals summing to 100 % (zj07, zj13); rates and unit costs equal in 实施期 and
年度 while counts fall, rate changes in 百分点 (zj10); ``≥20%`` on an 增幅 (zj11); a footnote
explaining that 金额合计 is 项目支出 only (zj13); fill and signature dates in the year before the
budget year (zj06, zj12, zj18); subtotal, 合计 and repeated header rows (zj05, zj18). Every unit
cost × count stays within its money (e.g. 24 × 6 = 144 ≤ 186, 6000 × 350元 = 210 ≤ 220).

Judgements: in zj02 the ≤20 on a 正向 count could be read as a kennel capacity; the 指标性质
column says 正向, so the conflict is marked (warning only). In zj14 the B101 may land on any
cell of the budget row, since which of 资金总额, 基本支出 or 项目支出 is wrong cannot be told; the
share row's 基本/项目 shares match their amounts over 720 and are not marked (their sum over 100 %
follows from B101). zj12's 说明 row sits between 产出 and 效益 and is not an indicator. In zj17
the empty 社会成本指标 row is a template leftover (warning), not a tier error. zj03 counts the
D201 row's own D202 as not applicable (the values differ). zj15 has no project head: the year
is in the titles of both sheets.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout468 import budgets, training, travel
from tests.variants.holdout468.registry import HOLDOUT468
from tests.variants.kit import Variant

MODULES = (training, travel, budgets)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT468, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 468th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 770th held-out set: 18 invented returns of a city housing and urban-rural development
bureau (澄岭市住房和城乡建设局): old-residential-compound renovation (老旧小区改造), urban
gas-pipeline replacement (燃气管道更新改造) and construction-site dust control (施工扬尘治理).
Nine returns are correct; nine carry 2–3 planted mistakes (25 required marks), 21 of them found
only by comparing one part of the return with another. Budget year 2026 throughout.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
department heads with budget rows and key tasks; NAT-2021 and OLD-NAT tiers merged down, with
numbered labels and points (kcz01), abbreviations (kcz06), * and ★ marks (kcz17); operator,
direction and unit columns (kcz01, kcz07); headers 绩效目标值, 考核指标, 目标值（年度）, 预期目标,
a two-row header (kcz17); 中期 and 年度 columns (kcz03, kcz08, kcz15); three and two stacked
projects (kcz09, kcz04); flat lists (kcz13, kcz14); a second sheet (kcz05); a budget-system
export with codes in the first columns (kcz16); 注, 填表说明, subtotal, repeated header and
signature rows (kcz10, kcz11, kcz15).

Planted mistakes (return: code, highest accepted severity, place):

* kcz02: D104 ≤warning at Sheet1!D10 (row): goal 惠及4150户, indicator ≥4510户; Y102 ≤error at
  Sheet1!D13 (row, alt Y103, Y101): deadline 2025年11月30日 in a 2026 one-year project; B107
  ≤warning at Sheet1!D14 (row): 120万元/个 × 18个 = 2160 > 1980.
* kcz04: B101 ≤error at Sheet1!C21: second project 600 + 150 ≠ 720; D102 ≤error at Sheet1!D26
  (row, alt D103, D101, D104): 加装电梯数量 ≥60部 and 既有住宅加装电梯部数 ≥65部.
* kcz06: F201 ≤warning at Sheet1!D10, D13, D16 (row): a cost under 数量, an acceptance rate
  under 时效, 居民满意度 under 社会效益.
* kcz08: D104 ≤warning at Sheet1!D11 (row): 中期 ≥165公里 against the goal's 156公里; D202
  ≤warning at Sheet1!E12 (alt D104): 36000户 copied to 年度; D201 ≤error at Sheet1!E13 (alt
  D104): 年度 9600台 above 中期 9000台.
* kcz10: D104 ≤warning at Sheet1!D12 (row): goal 10月31日前, indicator 12月31日前; B107
  ≤warning at Sheet1!D13 (row): 65 × 78 = 5070 > 4680.
* kcz12: B102 ≤error at 部门整体!D9: tasks 4400 against 金额合计 4500; D104 ≤warning at
  部门整体!D12 (row): task 入户安检12万户, indicator ≥10万户; D103 ≤error at 部门整体!D16 (row,
  alt D102, D101): the same coverage rate with “居民” more, ≥95% and ≥98%.
* kcz14: W101 ≤error (book level): weights add to 95; D103 ≤error at Sheet1!B9 (row, alt D102,
  D101): 监测设备安装率 and 在线监测设备安装率; T105 ≤error at Sheet1!B10 (row, alt T112): a
  达标率 given as 180 vehicles.
* kcz16: Y103 ≤error at 部门项目支出预算05-1!B7 (alt Y101): the 年度目标 still says 2025年;
  Y102 ≤error at 部门项目支出绩效目标05-2!F7 (row, alt Y103): deadline 2027年6月30日 in a 2026
  one-year project; B107 ≤warning at 部门项目支出绩效目标05-2!F8 (row): 3.5 × 260 = 910 > 860.
* kcz18: F110 ≤error at Sheet1!C10 (empty name); F109 ≤warning at Sheet1!B12 (row): 时效指标
  left from the template; X101 ≤error at Sheet1!D15 (row): the template's example row ≥XX平方米.
* Tolerated: kcz04 Sheet1!D29 (* ≤warning): the 12万元/部 standard × the duplicate's 65部 would
  exceed the money; the cost itself is right (12 × 60 = 720).

Legitimate look-alikes in the correct returns: a goal count with its part in brackets (kcz01:
12个, 其中3个无物业); a 下降率 with ≥ (kcz01, kcz07, kcz13, kcz15, kcz17); 0起 / 0次 on an
accident or 通报 count (kcz07, kcz11, kcz17); `=100%` and typed 100% at the ceiling (kcz01,
kcz07, kcz13, kcz16); unit costs × counts equal to or within the money (kcz03 80 × 120 = 9600,
80 × 40 = 3200; kcz01, kcz05, kcz07, kcz09, kcz11, kcz13, kcz15, kcz17); period counts beside
smaller year counts and equal rates in both columns (kcz03, kcz15); a later year the work
prepares for (kcz03: 为2029年…积累经验) and a 中期 deadline in the period's last year (kcz15:
2027年6月30日); tier points and indicator points both adding to 100 (kcz05); a rate raised
≥5百分点 (kcz05); the same indicator name with different values in stacked projects (kcz09
工程验收合格率 100% / ≥98%); subtotal, 合计 and repeated header rows (kcz11); fill and signature
dates in 2025 (kcz15 and the signature lines).

Judgements: a deadline or goal year outside a one-year project's budget year is an
impossibility (error accepted, Y102/Y103/Y101); two values for one indicator (D102/D103) are a
contradiction, error accepted; goal-against-indicator differences (D104) and cost × count above
the money (B107) stay warnings, as a goal may be worded loosely and a standard is a ceiling;
kcz06's misplaced rows are warnings (F201), the tiers themselves being valid; kcz16's year in
the 年度目标 is marked at the goal cell, not at the title.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout770 import compounds, dust, gaspipe
from tests.variants.holdout770.registry import HOLDOUT770
from tests.variants.kit import Variant

MODULES = (compounds, gaspipe, dust)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT770, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 770th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

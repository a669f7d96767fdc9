"""The 883rd held-out set: veterans affairs services (退役军人服务): service stations
(服务站), condolence visits (走访慰问) and re-employment training (就业培训), budget year 2025.

18 invented returns (places 鹤汀区, 桐屿市, 松陂县, 澄湾镇/澄湾区 and all people, phones and
figures invented), 9 correct and 9 with 23 required marks.

Layouts: project heads (§3.1) with one value column, an operator column and a unit column, a
direction (指标性质) plus operator (指标方向) column pair, tier-1 and indicator score columns,
中期 and 年度 columns; department heads (§3.2) with budget rows and key tasks; flat lists;
three stacked projects; numbered/pointed/★ tier labels; headers 预期目标, 考核指标,
目标值（年度）, 指标内容, 预期实现值 (two-row header on a second sheet); a header repeated after
a page break with subtotal rows; instruction, 注 and 填表说明 rows; signature and date lines; a
budget-system export (05-1 / 05-2 sheets, codes in the first columns, header on row 3).

Planted mistakes (code, highest accepted severity, place):

* khi03-station-money-wrong: B101 error at the 资金总额 cell, row (300 + 218 ≠ 508);
  B102 error at the 金额合计 amount (120 + 60 + 40 = 220 ≠ 218); T106 error at the
  村级服务站覆盖率 value typed as 105%.
* khi05-station-direction: T108 warning at the operator cell, row, of 入户走访人次 (正向, ≤)
  and of 来访投诉率 (反向, ≥).
* khi06-station-template: F110 error at a name cell holding only a full-width space (value
  ≥95%); F109 warning at the 时效指标 tier-2 cell, row (template row left empty).
* khi08-visits-stacked-wrong: B101 error at the second project's 年度资金总额 (30 + 6 ≠ 38);
  T105 error at 慰问金发放到位率 `860户`.
* khi10-visits-page-break: T106 error at 抚恤补助按时足额发放率 `>100%`; X104 warning at
  春节慰问完成时限 `45688` typed as text.
* khi12-visits-artefacts: X104 warning at 计划开始日期 `45672` as text; X105 warning (alt
  X103) at the detail line `32.4 5`; X106 error (alt B108) at `12万12万（含配送）`.
* khi14-training-period-copy: D204 warning at the 年度目标 cell (identical to 中期目标);
  D202 warning at each annual cell of the two copied cumulative counts (人数, 项目数).
* khi16-training-points-wrong: W103 error at the 产出指标 score 50 (indicators 45) and at the
  效益指标 score 30 (indicators 35); T105 error at 证书获取率 `260人`.
* khi18-training-flat-wrong: T112 error at `≤70万元` with unit column 人; T108 warning, row,
  at 培训机构违约率 `≥3` (反向); W101 error on the book (weights add to 95).

Legitimate look-alikes in the correct returns: typed percent cells (khi01, khi08, khi13);
`重复来访下降率 ≥10%` and `群体性事件 ≤0起` (khi01); `=100%` on 合格率/足额发放率 (khi04,
khi07, khi12); tier points in the labels adding to 100 (khi04); points at two levels, both
adding to 100, and `提高≥3百分点` (khi15); a flat list's 合计 weight row (khi02) and subtotal
rows with weights (khi10, not correct but the subtotals agree); unit cost × count equal to the
money (khi09: 2000 × 350元 = 70万元; khi05: 1800 × 100元 = 18万元) or within it; the same
indicator name with different values in stacked projects (khi07, khi08); rates and unit costs
equal in 中期 and 年度 (khi13, khi14); fill and signature dates in 2024 (khi09, every sign
line); an instruction row inside the table and 注 lines explaining a total (khi09).

Judgements: B101 in khi03 is a row mark, since the reviewer cannot say whether 基本支出,
项目支出 or the total is wrong (财政拨款 + 其他资金 does add up). In khi08 the 到位率 `860户`
repeats the family count and is marked T105 only. In khi10 the subtotal rows are not
indicators and the weights add to 100 without them. The `≥3` with % in the unit column of
khi18 is a valid rate; only its operator is wrong. khi14's copied annual counts × the unit cost
stay within the annual money, so no B107 is expected. `节前10日内` (khi07, khi08) is read as a
time limit, not flagged.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout883 import stations, training, visits
from tests.variants.holdout883.registry import HOLDOUT883
from tests.variants.kit import Variant

MODULES = (stations, visits, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT883, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 883rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

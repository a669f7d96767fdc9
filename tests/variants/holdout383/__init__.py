"""The 383rd held-out set: penjing (bonsai) gardens and the protection of old potted-landscape
collections (盆景). 18 invented returns, 9 correct, 9 with 22 required marks.

Layouts: project heads (OLD-NAT and NAT-2021) with 万元 in the number format; an operator
column with a unit column (wc01); two stacked projects (wc03, wc04); department flat lists in
two column orders (wc05, wc06); 注 row, footnote, 填表说明 and signature lines (wc07); a header
repeated after a page break with 小计 / 合计 rows and a weight column (wc08); numbered tier
labels with points, ★ and abbreviations (wc09); header 预期目标 (wc10); a two-row header with
考核指标 / 目标值（年度） / 评价标准 (wc11); the table on a second sheet under 指标内容 /
预期实现值 (wc12); 中期 and 年度 columns (wc13, wc14); tier-1 and indicator score columns
(wc15, wc16); department budgets with a share row and key tasks (wc17, wc18).

Planted mistakes (code, highest accepted severity, place):

* wc02: T106 error at the typed 105% 复壮养护合格率; T108 warning (row) on 复壮古桩死亡率 ≥2%;
  T105 error at 修剪作业及时率 12次.
* wc04: B101 error at the second project's 年度资金总额 (50 ≠ 40 + 5); T105 error at
  展陈盆景完好率 30盆.
* wc06: T112 error (alt T119) at 巡展盆景数量 12万元 with unit 盆; T108 warning (row) at the ≥ of
  展览投诉率; W101 error at book level (weights add to 95).
* wc08: F105 error at the tier-2 社会效益指标 under 产出指标; D102 error (row) at the second
  古盆景藏品登记数量 (≥260件 against ≥200件).
* wc10: F110 error at the empty name cell of a row with ≥85%; F109 warning (row) at the template
  tier-2 生态效益指标 left empty.
* wc12: X105 warning (alt X103) at 年度资金总额 "36.5 8"; T105 error at 古桩越冬成活率 80株 on
  the second sheet.
* wc14: D202 warning at the annual 巡展古盆景数量 and 巡展观众人次 copied from the period;
  D201 error at the annual 巡展讲解场次 60 above the period 40.
* wc16: W103 error at the 产出指标 score 50 (indicators 20 + 20); X104 warning at the
  计划完成日期 "46387" typed as text; W101 at book level tolerated (not required).
* wc18: B101 error at 资金总额 500 (200 + 280); B111 error at the 其他资金 share 15% (60 ÷ 500 =
  12%); B102 error at 金额合计 280 (120 + 90 + 60 = 270).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and
病虫害发生率 ≤3% (wc01); =100% at the ceiling of a 保持率 (wc01) and a 鉴定通过率 (wc09); the same
indicator name (游客满意度) with different values in two stacked projects (wc03); a 下降率 with ≥
and 0 incidents (盆景失窃事件数 ≤0起) (wc05); a footnote explaining the total and a fill date in
the year before (wc07); tier points and indicator points both adding to 100 (wc09, wc15);
≥5百分点 on a rate change (wc15); unit cost × count equal to the money (wc09: 10 × 12 = 120);
rates and unit costs equal in the 中期 and 年度 columns (wc13).

Judgements: wc02's 105% has no operator (T103 info at most) but the cap is what matters. In
wc08 the misplaced row and the 小计 rows keep the weights at 100; the duplicate sits under
another tier-1, still the same indicator. In wc10 the template tier-2 is marked at the tier-2
cell with row=True. In wc14 the annual unit cost cap stays within the annual money because the
copied counts are not the ones priced. wc12's split total reads 36.58 and then adds up.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout383 import exhibits, gardens, keeping
from tests.variants.holdout383.registry import HOLDOUT383
from tests.variants.kit import Variant

MODULES = (gardens, keeping, exhibits)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT383, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 383rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

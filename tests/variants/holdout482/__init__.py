"""The 482nd held-out set: 18 invented returns on snow leopard and Tibetan antelope (雪豹、藏羚羊)
ranger patrols and monitoring on the plateau, with a careful reviewer's marks.

Theme and layouts. ``snow.py`` (zx01–zx06): snow leopard camera-trap and patrol projects of
雪垭县 stations: operator and unit columns with percent cells typed in Excel, numbered / ★ /
abbreviated tier labels, a tier-1 score column beside an indicator score column. ``antelope.py``
(zx07–zx12): 措果湖 reserve antelope projects: three-year projects with 中期 and 年度 columns,
two projects stacked in one sheet, 指标性质 (direction) and 指标方向 (operator) columns,
conversion artefacts with detail lines. ``patrol.py`` (zx13–zx18): department returns (flat
lists in two column orders, budget and key tasks), a project with headers 指标内容 / 绩效标准, a
说明 row, a header repeated after a page break and signature lines, and a budget-system export
(05-1 money sheet with codes, 05-2 indicator sheet with 考核指标 / 目标值（年度） / 评价标准).

Planted mistakes (return: code, highest accepted severity, place):

* zx02: T105 ≤error Sheet1!E10 (巡护任务完成率 24次); T106 ≤error Sheet1!E11 (完好率 ≥105%,
  a percent cell); T108 ≤warning Sheet1!D14 row (发生率 with ≥).
* zx04: T113 ≤warning Sheet1!D11 (归档时限 100%); F105 ≤error Sheet1!B14 (质量指标 under
  效益指标).
* zx06: W103 ≤error Sheet1!B9 (产出 40, indicators 35); W103 ≤error Sheet1!B13 (效益 30,
  indicators 35); the totals of both levels are 100, so no W101.
* zx08: D204 ≤warning Sheet1!D9 (年度目标 = 中期目标); D202 ≤warning Sheet1!E11 and E13
  (cumulative 里程 and 培训人次 copied to the 年度 column).
* zx10: B101 ≤error Sheet1!C17 (second project 85 ≠ 60 + 20); T105 ≤error Sheet1!D22 (核查率
  30条).
* zx11: T108 ≤warning Sheet1!E10 row (正向 培训人次 with ≤); T108 ≤warning Sheet1!E13 row
  (反向 路杀发生数 with ≥).
* zx12: X105 ≤warning Sheet1!E5 alt X103 (财政拨款 "96.246 5", read 96.2465); T115 ≤error
  Sheet1!D11 (单只救护成本 ≤0万元/只); X106 ≤error Sheet1!B17 alt B108 (燃油 "18万18万", read 18).
* zx14: T112 ≤error Sheet1!B13 (≤12万元 against unit column 次); W101 ≤error book level
  (weights 95).
* zx16: B101 ≤error Sheet1!B4 (资金总额 420 ≠ 380 + 30, while 基本 + 项目 = 420); F110 ≤error
  Sheet1!C13 (value without a name); F109 ≤warning Sheet1!B16 row (生态效益指标 left empty).

Legitimate look-alikes in the correct returns: percent cells (0.9 shown 90%) with % also in the
unit column (zx01, zx13); 0 on incident counts (盗猎案件发生数 ≤0起: zx01, zx09, zx13, zx17); a
下降率 with ≥ (zx03); 100 both ways when tier and indicator scores are given, with a 合计 row
(zx05); ≥5百分点 on a coverage rate (zx05); equal 中期 / 年度 values for rates, time limits and
unit costs while cumulative counts differ (zx07); the same 巡护里程 with different values in two
stacked projects (zx09); a unit cost × count equal to its task money (zx15: 1万元/人 × 40人 = 40);
a note explaining that 金额合计 is 项目支出 only (zx15); a 说明 row, a repeated header row,
填表说明, signature lines and a fill date in November of the year before (zx17); unit codes and
project codes in the first columns and a 评价标准 column with scoring words (zx18).

Judgements: T108 is marked at the operator cell with ``row=True`` since the finding may land on
the value or the name. In zx12 the split number sits in the head money block and the doubled
amount in the detail lines; with the readings given (96.2465, 18) the money and the lines add
up, so no B101 / B102 is marked. zx14's W101 is a book-level mark as in f02. In zx16 the
marked B101 is at 资金总额 because 基本 + 项目 agree with it and the financing split does not.
The 每公里巡护成本 × annual 里程 stays within the annual money everywhere (zx08: 0.005 × 24000 =
120 ≤ 150, even with the copied annual value).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout482 import antelope, patrol, snow
from tests.variants.holdout482.registry import HOLDOUT482
from tests.variants.kit import Variant

MODULES = (snow, antelope, patrol)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT482, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 482nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

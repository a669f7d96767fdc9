"""The 729th held-out set: 18 invented returns with a careful reviewer's marks.

Theme: a provincial cultural-relics census (census.py, kbk01–kbk06), a county museum's
exhibition renewal (exhibition.py, kbk07–kbk12) and ancient-building fire-safety retrofits
(firesafety.py, kbk13–kbk18). Budget year 2026 throughout. Invented places: 砚川县, 云陂市,
澄岭县, 枫岙县, 澜江省.

Layouts: project heads with one value column (kbk01, 04, 08, 10, 12, 15, 17, 18), 中期 and 年度
columns (kbk02, 13, 16), an operator column with a unit column (kbk07), direction and operator
columns (kbk14), tier and indicator points (kbk09), stacked projects (kbk03, 04), department
heads with a flat list (kbk05) and with abbreviated starred tiers (kbk06), a budget-system export
with codes in the first columns and the table on a second sheet (kbk11), 支出明细 blocks with
subtotals (kbk15, 17), notes, 说明, 填表说明 and signature lines (kbk01, 09, 12, 14, 18).

Planted mistakes (code, highest accepted severity, place):

* kbk02: D204 warning at the 年度目标 cell (alt D104; copied from 中期目标); D201 error at the
  annual 文物照片采集数量 (61000 > 54000); D202 warning at the annual 普查培训人次 (600 copied).
* kbk04: B101 error at the second project's 年度资金总额 (48 ≠ 44 + 2); Y103 warning at its
  年度目标 (a 2024 deadline, alt Y102, Y101); D103 warning, row, at 低空航拍调查覆盖面积 (alt
  D102, D101: a word more, 30 against 36 平方公里).
* kbk06: B102 error at 金额合计 (320 + 260 + 150 = 730 ≠ 770); D104 warning, row, at 普查数据复核
  县（市、区）数 ≥12个 against the goal's 14.
* kbk08: D104 warning, row, at 临展厅改造面积 ≥1500 against the goal's 1200; Y102 error at the
  opening date 2027-04-30 of a one-year project; B107 warning, row, at the unit cost (1500 元 ×
  1500 平方米 = 225 万元 > 180).
* kbk10: D102 error, row, at the second 讲解服务场次 (alt D101, D103); F201 warning, row, at
  展品保存完好率 under 时效; F201 warning, row, at 观众满意度 under 社会效益.
* kbk12: X101 error at the template example row's ≥**人次; F109 warning, row, at the empty
  生态效益指标; Y103 warning at the 年度目标 saying 2025 (alt Y101).
* kbk16: D104 warning, row, at the annual 防雷改造处数 ≥12 against the 年度目标's 18; D202
  warning at the annual 防雷检测点位数 (420 copied); D201 error at the annual 接闪带 3.6 > 3.2.
* kbk17: B101 error at 年度资金总额 (260 + 30 ≠ 300); D104 warning, row, at 室内消火栓安装数 ≥48
  against the detail line's 36; B107 warning, row, at 单座改造成本 (45 × 8 = 360 > 300).
* kbk18: Y101 error at the title (2025 against 2026 dates and indicators, alt Y102); D104
  warning, row, at 防火涂料涂刷座数 ≥6 against the goal's 9.

25 required marks; 22 of them compare one part of the return with another.

Legitimate look-alikes in the correct returns: kbk01 the goal's 1240 with its parts in
brackets, typed 100% / 90% cells, 资料录入差错率 ≤1%; kbk03 普查资料归档率 with 95% and 100% in
two stacked projects, 其他资金 0; kbk05 文物安全事故发生数 ≤0起, 文物违法案件下降率 ≥10%, a
权重合计 row; kbk07 =100% on a 合格率, a typed 95% with no unit, 为2027年…积累经验 in a
one-year goal, 2400 元 × 1650 平方米 = 396 ≤ 420; kbk09 tier points and indicator points both
100, 提高≥3百分点, 0起; kbk11 codes and project name merged down the first columns; kbk13
中期 counts three times the year's, equal rates, costs and 0起 in both columns, 为2029年…
after a 2026–2028 period; kbk14 下降率 正向 ≥, 0起 反向 ≤, a note row between tiers, a 说明
explaining the total with 上年结转, a fill date in 2025; kbk15 subtotals and a unit price ×
count equal to its line (0.85 × 24 = 20.4).

Judgements: a goal's count equal to the sum of bracketed parts is no conflict; the period and
annual 0起 in kbk13 are caps, not cumulative counts, so no D202; a later year named as what
the work prepares for is not a leftover; in kbk02 the copied 年度目标 also contradicts the
annual indicators, so D104 is accepted at that cell; in kbk04 the two 航拍 names differ by a word,
so only a warning is asked; in kbk17 the detail lines add to 300, so the wrong figure is taken to
be the 财政拨款 split, marked at the total; in kbk18 the title year is marked, not the dates.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout729 import census, exhibition, firesafety
from tests.variants.holdout729.registry import HOLDOUT729
from tests.variants.kit import Variant

MODULES = (census, exhibition, firesafety)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT729, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 729th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

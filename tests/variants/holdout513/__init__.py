"""The 513th held-out set: 18 invented returns on rain-collecting cisterns (水窖、集雨) for dry
mountain villages, half for drinking water (人饮水窖, ``drinking``: bc01–bc06), half for small
fields (集雨补灌, ``fields``: bc07–bc12), and the county offices' other layouts
(``offices``: bc13–bc18). Invented counties 岭背县, 峁梁县, 西坳县, 北岔县; budget year 2025.

Layouts: project heads with 万元 in the number format, operator and unit columns with typed
percents (bc01, bc02); 中期 and 年度 columns, three-year and one-year (bc03, bc04); tier-1 and
indicator score columns (bc05, bc06); a budget-system export on sheets 05-1 / 05-2 with codes in
the first columns and headers 考核指标, 目标值（年度）, 评价标准 (bc07); indicators on a second
sheet under 预期实现值 with a 注 row inside (bc08); an instruction row, footnotes, 填表说明 and
signature (bc09); header 预期目标 with a template row left empty (bc10); 指标性质 as direction
and 指标方向 as operator in words (bc11); numbered, scored, abbreviated, * and ★ tier labels
(bc12); department flat lists (bc13, bc14); stacked projects (bc15, bc16); department heads
with shares, key tasks, subtotals and a header repeated after a page break (bc17, bc18).

Planted mistakes (code, highest accepted severity, place):

* bc02: B105 error at the 其他资金 cell C6 (150,000.00元 in a 万元 block; B101 tolerated on the
  file, it follows from B105); T106 error at E11 (水质检测合格率 ≥105%); T108 warning, row 12
  (水窖渗漏率 with ≥).
* bc03: D204 warning at the 年度目标 cell D9 (copied from 中期目标 in a three-year project);
  D201 error at E11 (≥650口 a year against ≥600口 in three years); D202 warning at E16
  (受益人口 ≥2400人 copied into the year).
* bc06: W103 error at B9 (产出 50, indicators 45) and at B13 (效益 30, indicators 35); F110
  error at the empty name cell D14 (value and score, no name).
* bc08: T105 error at 绩效指标!D5 (补灌面积覆盖率 800亩); Y102 error at 绩效指标!D7
  (2026年3月31日前 in a one-year 2025 project).
* bc10: F110 error at C10 (a full-width space for a name); F109 warning, row 12 (时效指标 left
  without indicator or value).
* bc11: T108 warning, row 11 (反向 漏损率 with 大于等于) and row 14 (正向 增产粮食 with 小于等于).
* bc14: W101 error on the file (weights add to 95); T112 error at B8 (≥45万元 against unit 口).
* bc16: X104 warning at F4 (计划完成日期 "46022" as text); B101 error, row 18 (second project's
  年度资金总额 80 ≠ 60 + 12).
* bc18: B101 error, row 4 (基本 250 + 项目 380 ≠ 640); B111 error, row 5 (其他资金 share 8.25 %
  for 40 / 640 = 6.25 %; any finding up to error tolerated at the 项目支出 share F5, which
  follows from B101); B102 error at the 金额合计 cell D10 (200 + 120 + 50 = 370 ≠ 380).

Legitimate look-alikes in the correct returns: ``=100%`` on 验收合格率 and 管护责任落实率 (bc01,
bc05); typed percent cells with % also in the unit column (bc01, bc13); a 下降率 with ≥ (bc04,
bc11's 旱灾减产损失下降率 正向 大于等于); identical 中期 and 年度 columns and goals in a
one-year project (bc04); ``≥8百分点`` on a supply rate (bc05); tier points and indicator
points both adding to 100 (bc05) and bc17's subtotals 50 + 50 = 合计 100; unit cost × count
equal to the money (bc01 200 × 0.35 = 70, bc04, bc05, bc08, bc09, bc10, bc11, bc17 400 × 1.2 =
480); ``0起`` / ``≤ 0 起`` on a safety incident count (bc09, bc13); the same indicator name with
different values in two stacked projects (bc15); instruction, 注, 填表说明, subtotal, 合计 and
repeated header rows, a fill date in 2024 (bc09, bc17); a footnote explaining the total (bc09).

Judgements: bc12's tier points add to 90 with a note that 预算执行率 (10) is scored apart, which
domain.md accepts. bc11's bare ``95`` / ``90`` with unit ``%`` are percentages. bc02's B101
is not asked for: the sum holds once 150,000元 is read as 15万元. bc16's serial text is marked
X104 only at warning: the date is recoverable. bc18's B101 is a row mark: whether 资金总额 or an
item is wrong cannot be told. bc14's W101 is on the file, as the flat list has no total cell.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout513 import drinking, fields, offices
from tests.variants.holdout513.registry import HOLDOUT513
from tests.variants.kit import Variant

MODULES = (drinking, fields, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT513, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 513th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

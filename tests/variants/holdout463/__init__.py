"""The 463rd held-out set: sea-salt fields (盐田) heritage, salt-works ecology and visitor
education in the invented 咸岙县 (澄屿古盐场, 鹭汀盐沼湿地). 18 returns, 9 correct, 24
required marks. Budget year 2025 everywhere; money in 万元 (mostly only in the number format).

Modules: ``heritage`` (ze01-ze06, pans, brine pools, salt stores, archives), ``ecology``
(ze07-ze12, salt marsh, waterbirds, brine seepage), ``education`` (ze13-ze18, guides, study
tours, exhibitions).

Layouts: project heads with one or two value columns, operator column (≥/≤/定性) and unit
column (ze01, ze02), two projects stacked (ze03, ze04), numbered and scored tier labels
(ze05), ★ and abbreviated labels (ze06), department flat lists (ze07 指标名称 · 权重 · 计量单位
· 指标性质 as operator · 指标值; ze08 指标名称 · 指标性质 as direction · 指标值 · 计量单位 · 权重),
three-year 中期/年度 projects (ze09, ze10), 指标性质 as direction with 指标方向 as operator and
bare numbers (ze11), a two-year table on a second sheet under 指标内容 / 预期实现值 (ze12),
instruction, 注 and 填表说明 rows with signature lines (ze13), a department table repeated
after a page break with 小计 / 合计 rows (ze14), header 预期目标 with template rows (ze15), a
budget-system export on 「部门项目支出预算05-1」 / 「部门项目支出绩效目标05-2」 with codes first,
header on row 3 and 考核指标 / 目标值（年度） / 评价标准 (ze16), money detail lines under the
table (ze17), tier-1 and indicator score columns (ze18).

Planted mistakes (code, highest accepted severity, place):

* ze02: B101 error at 资金总额 (150 ≠ 120 + 20); T120 warning at 接待研学团队批次 (30% typed in
  a percent cell for a count, alt T112); T106 error at 木构件修缮验收合格率 (105%).
* ze04: second project's 资金总额 B101 error (60 ≠ 45 + 10); T105 error at 盐业文物数字化建档
  完成率 `320件`; T108 warning, row, at 文物提用损坏率 `≥1%`.
* ze06: T113 warning at 口述史采集完成时间 `100%`; F105 error at the tier-2 cell 时效 placed
  under 效益.
* ze08: W101 error, book level (weights add to 95); T112 error at 盐沼植被恢复面积 `≥18亩` with
  unit column 公顷; T108 warning, row, at 越冬水鸟受惊扰事件 (反向, `≥3起`).
* ze09: D204 warning at the 年度目标 cell (identical to 中期目标); D202 warning at the annual
  cells of 鸟类栖息地修复面积 `≥600亩` and 生态监测样点布设数量 `≥30个` (three-year cumulative
  counts copied).
* ze14: B101 error, row, at 资金总额 (基本支出 150 + 项目支出 120 = 270 ≠ 260); B102 error at
  金额合计 (70 + 40 ≠ 120); T106 error at 研学课程家长满意度 `≥100%`.
* ze15: F110 error at the empty name cell of a row with `≥12000人次`; F109 warning, row, at the
  template tier-2 时效指标 left without indicator or value.
* ze17: X104 warning at 计划完成日期 `46022` stored as text; X106 error (alt B108) at the detail
  line `24万24万(含展柜运输)`; X105 warning (alt X103) at the detail line `31.256 8`.
* ze18: W103 error (alt W101) at 产出指标's declared 50 (its indicators give 45); T107 warning
  at 讲解服务满意度 `=95%`; a book-level W101 error is tolerated (not required): the indicator
  scores then add to 95, the same defect.

Legitimate look-alikes in the correct returns: typed percents with `%` also in the unit column
and a 复发率 with ≤ (ze01); the same 游客满意度 name with ≥90% and ≥92% in two stacked projects
(ze03); tier points in the labels and indicator points both adding to 100, a 合计 row, 100% on
a 通过率 (ze05); a 下降率 with ≥ and `≤ 0 起` on an incident count, a 合计 weight row (ze07);
rates and unit costs equal in both columns, `0起` in both columns, `提高≥6百分点` /
`提高≥2百分点` with a 注 explaining it (ze10); 正向 下降率 with ≥, 反向 deadline date and
`≤ 0 起` (ze11); an instruction row inside the table, a 注 quoting the total and its parts, a
fill date in 2024 (ze13); a 评价标准 column of scoring rules and codes in the first columns
(ze16). Every unit cost × count stays within its money (ze09's copied area included: 600 亩 ×
0.2 = 120 ≤ 150).

Judgements: ze02's 30% on a count is a warning, not an error (a number typed into a percent
cell, doubtful rather than impossible); ≥100% on a 满意度 (ze14) is an error as the ceiling is
100%; ze14's B101 is a row mark since either 基本支出 or 项目支出 may be the wrong one, while
金额合计 agrees with 项目支出 and the tasks do not; ze17 reads `31.256 8` as 31.2568 and
`24万24万…` as 24, so the detail lines add up to 80 and no B102 is marked; ze10's `0起` in both
columns is not a copied cumulative count (nothing else is possible); ze09's 年度时效 value and
rates equal in both columns are not copies to mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout463 import ecology, education, heritage
from tests.variants.holdout463.registry import HOLDOUT463
from tests.variants.kit import Variant

MODULES = (heritage, ecology, education)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT463, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 463rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

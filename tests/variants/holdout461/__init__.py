"""The 461st held-out set: 18 invented returns on rock-art (岩画) surveys, digital records and
site protection, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme and places (all invented): 鹰嘴峡县, 赭岩县, 乌蓬县 and their 文物保护中心, 岩画研究所,
文物管理所 and 岩画保护管理所; the surveys and digital records half is ``survey.py`` (zc01–zc06)
and ``records.py`` (zc07–zc12), the site-protection half ``protection.py`` (zc13–zc18).

Layouts: project heads (§3.1) with one or two value columns, an operator column and a unit
column (zc01, zc07), an operator in words with 指标性质 as direction (zc12), three projects
stacked (zc02) and two multi-year projects stacked (zc18), department heads with shares and
tasks (zc03, zc13, zc14, zc17), flat lists in two column orders (zc03, zc17), numbered labels
with points (zc04), labels with * and ★ and abbreviations (zc16), headers 指标内容 / 绩效标准
(zc05), 考核指标 / 预期实现值 on a second sheet (zc09), 预期目标 (zc15), a budget-system
export with sheets 05-1 / 05-2 and codes in the first columns (zc10), tier-1 and indicator
score columns (zc11), a three-year project with 中期 and 年度 columns (zc06).

Planted mistakes (return: code, highest accepted severity, place):

* zc04: F105 error at Sheet1 tier-2 cell （三）社会效益指标 under 产出指标; T108 warning (row)
  at the 点位坐标误差超限率 ≥2% row.
* zc07: T106 error at the typed 105% cell of 图像采集任务完成率; B105 error at the 其他资金 cell
  formatted 200,000.00元 in a 项目资金（万元） block; B101 error at file level tolerated.
* zc08: X105 warning (alt X103) at 财政拨款 ``48.5 2``; X104 warning at 计划完成日期 ``46022``
  stored as text; X106 error (alt B108) at the detail line ``18万18万(含三维扫描仪)``.
* zc11: W103 error at the 产出指标 tier score cell (50 against 45); T107 warning at 平台用户满意度
  ``=95%``; W101 error at file level tolerated (the indicator scores add to 95).
* zc12: T108 warning (row) three times: a 正向 count with 小于等于, a 反向 丢失率 with 大于等于,
  a cost cap with 等于.
* zc14: B101 error (row) at 资金总额 (基本支出 240 + 项目支出 340 ≠ 600); B111 error at the
  其他资金 share 15% (60 ÷ 600 = 10%); B102 error at 金额合计 (150 + 110 + 70 = 330 ≠ 340).
* zc15: F110 error at the empty name cell of a ``≥6处`` row; F109 warning (row) at the empty
  时效指标 and 生态环境成本指标 template rows.
* zc17: T112 error at ``≥35处`` with unit column 平方米; T105 error at 巡查记录上传及时率 ``12次``;
  W101 error at file level (weights add to 95).
* zc18: B103 error (row) at the second project's 年度资金总额 260 above 中期 240; D201 error at
  the annual ``≥36处`` above the period ``≥30处``.

Legitimate look-alikes in the correct returns: typed percent cells (zc01, zc03) including
``=`` with 100% on a 覆盖率 (zc01, also ``=100%`` text in zc04 and zc11); a 漏报率 with ≤
(zc01) and a 下降率 with ≥ (zc13, also zc12); ``≤0起`` / ``0`` on incident counts (zc03,
zc16); rates raised in 百分点 (zc03, zc09, zc11); a footnote explaining the total (zc05); fill
and signature dates in the year before the budget year (zc03, zc05, zc13, zc16); the same
indicator name with different values in stacked projects (zc02: 调查记录完整率 95% / 98%);
cost standard × count equal to its task money (zc10: 3万元/月 × 12, zc13: 17.5 × 12 = 210);
cumulative counts below the period and equal rates / unit costs in multi-year columns (zc06,
zc18's first project); a 注 row inside the table and a header row repeated after a page break
(zc05, zc16); bare numbers with % in a unit column (zc10, zc12).

Judgements where a reviewer could hesitate: zc04's wrong-parent row holds a count
(岩画点位公众开放数) that also fits 数量; only F105 is asked for. zc17's ``≥35处`` against
平方米 is marked T112 (a unit conflict), not a rate problem; its ``12次`` for a 及时率 has a unit
column 次 that agrees, so T105 only. zc14's B101 is marked on the row because either the total
or the 项目支出 may be the wrong figure; the rounded 项目支出 share 57% (56.7%) is correct.
zc18's annual 财政拨款 240 also exceeds its period 220: the same row as the B103 mark. zc08's
split number is read as 48.52, after which the money adds up (52.52 = 48.52 + 4) and the detail
lines add up with 18 for the pasted amount. In zc16 ★时效指标 and abbreviated tier-2s (数量, 质量,
成本, 社会效益) are valid OLD-NAT labels.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout461 import protection, records, survey
from tests.variants.holdout461.registry import HOLDOUT461
from tests.variants.kit import Variant

MODULES = (survey, records, protection)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT461, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 461st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 389th held-out set: 18 invented returns on clock and watch repair workshops and
horological heritage (钟表修复 / 钟表文化), budget year 2025, in 澄岭市, 枫垣县 and 漱玉区.

Modules: ``workshops`` (wi01–wi06, repair workshops), ``heritage`` (wi07–wi12, a clock museum,
intangible heritage, study tours, oral history), ``offices`` (wi13–wi18, flat department lists,
department money, a budget-system export, a two-year project with two column sets).

Layouts: project heads with 万元 money blocks (one-year and multi-year), tier-1 and tier-2
merged down; operator column 指标性质 with a unit column and percent cells (wi01, wi02); two
stacked projects (wi03, wi04); a 注 row between tiers, 说明, 填表说明, signature and stamp
lines (wi05); 中期 and 年度 columns (wi06); numbered labels with points (wi07); ★ / * marks and
abbreviated labels (wi08); tier-1 and indicator score columns (wi09, wi10); the table on a
second sheet under 考核指标 · 预期实现值 · 评价标准 (wi11); header 预期目标 (wi12); flat lists
(wi13, wi14); department heads with shares and tasks (wi13, wi15, wi16); a budget-system
export with codes in the first columns and the header on the third row (wi17); a two-row
header over two complete column sets (wi18).

Planted mistakes (code, highest accepted severity, place):

* wi02: T106 ≤error at Sheet1!E10 (学员结业考核合格率 ≥105%, a percent cell); T108 ≤warning
  at Sheet1!D11, row (实训期间安全事故发生率 with ≥).
* wi04: B101 ≤error at Sheet1!C19 (second project: 40 + 12 ≠ 56); T105 ≤error at
  Sheet1!D24 (设备安装调试完成率 │ 14台).
* wi06: D202 ≤warning at Sheet1!E11 and E12 (cumulative counts copied into 年度); D201
  ≤error at Sheet1!E13 (公开课 20期 a year against 18期 over three years).
* wi08: F105 ≤error at Sheet1!B14, alt F104 (时效 under 效益指标); T107 ≤warning at
  Sheet1!D16 (参与学生满意度 =95%).
* wi10: W103 ≤error at Sheet1!B9 (产出 50 against 55) and Sheet1!B15 (效益 30 against 25);
  T108 ≤warning at Sheet1!E12, row (展品讲解差错率 ≥2%).
* wi12: F109 ≤warning at Sheet1!B13 and B16, row (生态环境成本指标, 生态效益指标 left
  empty); F110 ≤error at Sheet1!C15 (≥2000人次 with no name).
* wi14: T112 ≤error at Sheet1!B8 (≥24人次 against unit 场); T108 ≤warning at Sheet1!B13,
  row (观众投诉率 ≥1, 反向); W101 ≤error, book level (weights add to 95).
* wi16: B101 ≤error at Sheet1!B4, row (140 + 60 ≠ 210); B102 ≤error at Sheet1!D9 (tasks
  30 + 20 + 15 ≠ 金额合计 60).
* wi17: X101 ≤error at 部门项目支出绩效目标05-2!F5 (≥XX批); X104 ≤warning at
  部门项目支出绩效目标05-2!F7 (the text 45991, i.e. 2025-11-30).

Legitimate look-alikes in the correct returns: 修复后返修率 ≤3.5% and 修复档案电子化比例 =100%
as percent cells (wi01); the same 周边居民满意度 with ≥90% and ≥88% in two stacked projects
(wi03); a 注 row between tiers, 说明 with numbers matching the indicators, a fill date in 2024
(wi05); 0起 on an incident count and points in the tier labels (wi07); tier points and
indicator points both adding to 100 and 提高≥3百分点 (wi09); 评价标准 text with numbers
(wi11); a 合计 row in a flat list and a 返修率 with ≤ (wi13); a 下降率 with ≥, a note
explaining that 金额合计 is 项目支出, 0.3万元 × 150人次 equal to its task's 45万元 (wi15);
rates and unit costs equal in 中期 and 年度, a 2026 deadline inside the two-year period (wi18).

Judgements: in wi06 only the cumulative counts are marked; equal rates and unit costs are not.
In wi10 the indicator points add to 100 and the tier points to 100, so W101 is not asked for.
In wi14 `0 │ 反向 │ 次` on 展品安全事故发生次数 is not a zero-target mistake. In wi16 the
B101 is a row mark because the wrong amount may be 资金总额, 基本支出 or 项目支出. In wi17
`45991` is read as a date serial (X104) rather than a number, and the export's repeated codes
and tier labels in every row are not duplicates.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout389 import heritage, offices, workshops
from tests.variants.holdout389.registry import HOLDOUT389
from tests.variants.kit import Variant

MODULES = (workshops, heritage, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT389, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 389th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 504th held-out set: dove trees and yews (珙桐、红豆杉) and wild orchids (野生兰)
rescued and replanted in the invented 岚峒山省级自然保护区 (budget year 2025; 柘云县林业和草原局
as 主管部门, the reserve's 管理局 and the 柘云县野生植物救护繁育中心 as units). 18 returns, 9
correct, 22 required marks. Everything is invented: places, units, people, phones and figures.

Modules: ``trees`` (at01–at06, 珙桐 and 红豆杉), ``orchids`` (at07–at12, 野生兰),
``reserve`` (at13–at18, the reserve's returns on both halves of the theme); ``common`` holds
the shared helpers (book and first sheet, 万元 money rows, indicator tables with tier-1 and
tier-2 merged down, note rows, signature lines).

Layouts: project heads (``heads.project_head``) with 资金总额 = 财政拨款 + 其他资金 or
中期/年度 money blocks; department heads (``heads.department_head``) with budget and key
tasks; operator column (≥ ≤ = and 大于等于 / 小于等于) with a unit column (at01, at02, at16);
中期 and 年度 value columns (at03, at04); tier-1 and indicator score columns (at05, at06);
stacked projects (at07, at08); flat department lists (at09 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值, at10 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重); numbered, pointed,
abbreviated and *-marked tier labels with ★ core indicators (at11, at12); headers 考核指标 /
目标值（年度） / 评价标准 (at12), 指标内容 / 预期实现值 / 指标值设定依据 on a second sheet
(at15), 预期目标 (at18); notes, footnotes, 填表说明 and signature lines (at13); a column-number
row, a header repeated after a page break and subtotal rows (at14); detail lines under the
table (at16); a budget-system export with 05-1 / 05-2 sheets, codes in the first columns and
the header on the third row (at17).

Planted mistakes (return: code, highest accepted severity, place):

* at02-yew-percent-wrong: T106 ≤error Sheet1!E11 (回植植株成活率 typed as 105%); T108 ≤warning
  Sheet1!D12, row (回植植株死亡率 with 大于等于).
* at04-yew-two-years-copied: B103 ≤error Sheet1!E5 (年度资金总额 210 > 中期 180; the annual
  财政拨款 190 > 160 at E6 is tolerated up to error); D202 ≤warning Sheet1!E11 and Sheet1!E12
  (扩繁苗木 ≥20000株 and 回植面积 ≥300亩 copied into the annual column of a two-year project).
* at06-yew-points-wrong: W103 ≤error Sheet1!B9, alt W101 (产出指标 50分, indicators 45);
  F109 ≤warning Sheet1!C14, row (生态环境成本指标 left from the template); F110 ≤error
  Sheet1!D16 (empty name, value ≥2000人次 and 10分). W101 on the file tolerated (95 ≠ 100,
  the same gap).
* at08-orchid-stacked-wrong: B101 ≤error Sheet1!C21 (second project 55 ≠ 40 + 10); T105 ≤error
  Sheet1!D30 (盗采野生兰案件查处率 6起).
* at10-orchid-flat-wrong: T112 ≤error Sheet1!B14 (≥1500丛 over the unit 亩); T108 ≤warning
  Sheet1!B16, row (兰花盗采案件发生率 ≥2, 反向); W101 ≤error book level (weights 95).
* at12-orchid-wrong-parent: T113 ≤warning Sheet1!D12 (回归种植完成时间 100%); F105 ≤error
  Sheet1!B14 (5.可持续影响指标 under 一、产出指标).
* at14-reserve-page-break-wrong: B101 ≤error Sheet1!B4, row (基本支出 900 + 项目支出 400 ≠
  资金总额 1280, while 1200 + 80 holds); B102 ≤error Sheet1!D9 (tasks 180 + 120 + 95 = 395 ≠
  金额合计 400).
* at16-reserve-artefacts: X104 ≤warning Sheet1!F4 (计划完成日期 "46022" as text); T115 ≤error
  Sheet1!E13 (单株幼树管护成本 ≤ 0 万元/株); X105 ≤warning Sheet1!C18, alt X103 (苗木采购费
  "18.4 6", read as 18.46, with which the detail lines add up to 56.2).
* at18-reserve-template-rows: F109 ≤warning Sheet1!B12, row (时效指标 left without indicator);
  F110 ≤error Sheet1!C15 (name cell holding only a full-width space, value ≥1000人次).

Legitimate look-alikes in the correct returns: typed percent cells 90%, 100%, 85%, 95%, 10%
(at01, at09, also at16); ``=100%`` on 建档率 / 档案建立率 (at01, at03, at09); 0起 on incident
counts with ≤ (at01, at09, also at02); 下降率 with ≥ (at09 生境破坏面积下降率, at15 单株育苗
成本下降率); rates raised in 百分点 (at01, at05, at13, also at04); 100 both ways with tier and
indicator points and a 合计 row (at05) or points in the tier labels (at11); equal 中期 and 年度
rates and unit costs in multi-year projects (at03, at04); the same indicator name with
different values in two stacked projects (at07 植株成活率 ≥85% / ≥80%) and in two exported
projects (at17 周边群众满意度); a note row between tiers, footnotes, 填表说明 and a fill date
in October of the year before (at13); a column-number row, a repeated header, 小计 and 合计
rows (at14); the 05-1 sheet's total row (at17). Every unit cost × count stays within its
project's money and every correct return's money adds up.

Judgements where a reviewer could hesitate:

* at04: the over-budget year is marked once, at 年度资金总额; the annual 财政拨款 above its
  中期 figure is the same slip, so only tolerated.
* at06: the short 产出 block also makes the indicator scores total 95 against the tiers' 100;
  W103 at the tier score is asked for, W101 accepted and tolerated on the file.
* at10: the flat list has no tiers, so no tier findings; ``≥2`` with % in the unit column is a
  rate, the direction column says 反向, so ≥ is the conflict (warning, row).
* at12: a completion date given as 100% is doubtful rather than impossible (warning).
* at16: ``18.4 6`` is read as 18.46 with a warning; the serial 46022 is 2025-12-31, inside the
  year, so the only finding is the artefact. ``≤0万元/株`` is a rounded unit cost (error).
* at14: B101 may be found at any cell of the budget row (row mark).
* Fill dates under the signature lines fall in the autumn of 2024, before the budget year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout504 import orchids, reserve, trees
from tests.variants.holdout504.registry import HOLDOUT504
from tests.variants.kit import Variant

MODULES = (trees, orchids, reserve)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT504, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 504th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

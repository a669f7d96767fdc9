"""Held-out set 443: invented returns of 澜汀市 for the sponge-city (海绵城市) retrofit of old
residential compounds, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Budget year 2025; places, units, people and figures are invented.

Theme, in two halves: (a) the retrofit works in the compounds (透水铺装, 雨水花园, 雨污分流,
屋面雨水断接; projects of 栖湾区 and 枫渚区 and the city's three-year programme) and (b) running
them afterwards (海绵设施养护, 雨水管网清疏, 液位监测 and 积水预警, residents' 议事会).

Layouts (18 returns, 9 correct):

* ``projects.py`` (yk01–yk06): project heads; an operator column (指标性质) with a unit column
  and percent cells; numbered tier labels with points (一、产出指标（40分）, （一）, 1.) and an
  indicator score column; a two-row header (考核指标, 目标值（年度）, 评价标准); a head on a
  first sheet and the table on a second sheet under 指标内容 / 预期实现值 with a 注 row inside.
* ``departments.py`` (yk07–yk12): department heads with budget, shares and key tasks; flat
  lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, and another order with 指标性质 as
  direction); a table with a weight column, 小计 / 合计 rows and the header repeated after a
  page break; a project under header 预期目标 with template rows.
* ``programmes.py`` (yk13–yk18): a three-year and a two-year project with 中期 and 年度 columns;
  two projects stacked in one sheet (twice); a return converted from PDF; a budget-system
  export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, codes in the first columns,
  header on the third row, operators in words).

Planted mistakes (23 required marks; code, highest accepted severity, place):

* yk02-percent-wrong: T106 error Sheet1!E12 (管网工程验收合格率 typed 105%); T108 warning
  Sheet1!E13 row (改造后管网错接混接率 with ≥).
* yk04-wrong-parent-points: W103 error Sheet1!A10 alt W101 (产出指标（40分）, its indicator
  points add to 35); F105 error Sheet1!B17 (3.时效指标 under 三、效益指标); T105 error
  Sheet1!D18 (改造小区居民满意度 280户).
* yk06-second-sheet-notes: T105 error 绩效目标!C3 row (透水铺装改造完成率 12000平方米); T113
  warning 绩效目标!D6 (雨水花园完工时间 100%).
* yk08-department-money-wrong: B101 error Sheet1!B4 row (基本支出 640 + 项目支出 1480 ≠ 资金总额
  2180); B102 error Sheet1!D9 (tasks 900 + 360 + 260 = 1520 ≠ 金额合计 1480); F110 error
  Sheet1!C17 (时效 value ≤10个工作日 without a name).
* yk10-flat-defects: T112 error Sheet1!B8 (≥32个 with 平方米 in the unit column); T108
  warning Sheet1!B12 row (设施故障报修响应时间 ≥24, declared 反向); W101 error at book level
  (weights add to 95).
* yk12-template-rows: F110 error Sheet1!C13 (≤48小时 without a name); F109 warning Sheet1!B16
  row (生态效益指标 left from the template).
* yk14-two-year-copied: D204 warning Sheet1!D9 (年度目标 = 中期目标); D202 warning Sheet1!E12
  and Sheet1!E13 (改造老旧小区 ≥14个, 新建雨水花园 ≥40处 copied into 年度).
* yk16-stacked-defects: B101 error Sheet1!C22 row (second project 年度资金总额 510 ≠ 420 + 60);
  T105 error Sheet1!D29 (雨水口改造合格率 460个).
* yk17-conversion-artefacts: X105 warning Sheet1!C5 alt X103 (total "1205.337 6" as text);
  X104 warning Sheet1!E13 (竣工验收时间 "45991" as text); T115 error Sheet1!E14 (透水铺装改造单价
  ≤ 0 万元/平方米).

Legitimate look-alikes in the correct returns: percent cells (pct) with % also in the unit
column (yk01) or a bare number under % (yk09, yk18); ``=100%`` on 合格率 and 管养比例 (yk01,
yk09, yk18); 汛期小区内涝积水事件 ≤0起 (yk01: a 反向 incident count, not a rounded cost);
下降率 with ≥ (yk07 汛期小区积水点下降率 ≥40%, yk09 汛期积水投诉下降率 ≥ 30 %);
年径流总量控制率提升 ≥15百分点 (yk03); points given at both levels, each adding to 100 (yk03);
小计 and 合计 rows whose weights are not indicators and a 注 explaining the total (yk11); the
header repeated after a page break (yk11); annual counts below the period and rates and unit
costs equal in both columns (yk13); the same indicator names with different values in stacked
projects (yk15); a unit cost × count exactly equal to its budget line (yk18: 4.5万元/台 × 20台
= 90); fill dates in 2024 (signature lines) for the 2025 budget; a 评价标准 scoring column
(yk05).

Judgements where a reviewer could hesitate:

* yk10's weights add to 95, not 90, so it is not the 预算执行率-scored-separately case: W101 at
  book level. yk04's indicator points add to 95 while the tier points add to 100: the mismatch
  is marked once, W103 at the 产出 tier score, with W101 accepted.
* yk04's misplaced 时效指标 is the tier error (F105); its 工程按期完工率 is not marked again.
* yk16: the B101 mark is a row mark, so a finding at 财政拨款 on the same row also matches; the
  second project's B101 is not repeated for the first project.
* yk17: the split total is read as 1205.3376 = 1000 + 205.3376, so no B101; the date serial
  45991 (2025-11-30) is inside the budget year, so only the artefact is marked.
* yk14: the annual cost cap ≤60万元/个 × 14 = 840 ≤ 900, so the copied count does not make a
  B107 on top of D202; 年径流总量控制率 and 满意度 equal in both columns are rates, not marked.
* yk06's 注 row inside the table and the 填表说明 row below are not indicators.
* yk12: only 生态效益指标 is a template leftover; NAT-2021's unused 社会成本指标 and
  生态环境成本指标 are simply absent, which is allowed.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout443 import departments, programmes, projects
from tests.variants.holdout443.registry import HOLDOUT443
from tests.variants.kit import Variant

MODULES = (projects, departments, programmes)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT443, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 443rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

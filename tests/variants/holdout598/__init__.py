"""The 598th held-out set: 18 invented returns, written blind, to measure ``goalbook check`` out of
sample. Theme: eel (鳗鱼) ponds of the invented 澄屿县 (蓼湾 and 鹭汀 areas) and the 蓼湾
seafood-processing hall with its ice plant (制冰厂). Budget year 2026, money in 万元 (the unit in
the number format). Aim: checks across the table (goal text against indicators, years and dates,
中期 against 年度, duplicates, wrong tier-2, unit cost × count against the money, parts against
totals, leftovers).

Layouts: project heads (one value column; 中期 and 年度 columns; an operator column 指标性质 with a
unit column), department heads with tasks and 金额合计, flat lists (指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值), two stacked projects in one sheet, a budget-system export (sheets
部门项目支出预算05-1 / 部门项目支出绩效目标05-2, codes in the first columns, header on the third
row, operators in words), a table on a second sheet under a two-row header (预期实现值), numbered
tier labels with points and an indicator points column, labels with * / ★ and abbreviations,
注 / 说明 / 填表说明 rows inside and under the table, a header repeated after a page break,
signature and date lines, a detail money block under the table.

Planted mistakes (return: code, highest accepted severity, place):

* ej02-pond-goal-mismatch: D104 warning, row of 尾水治理池塘面积 (≥120亩, goal 150亩); Y102 error
  (alt Y103, D104), row of 工程完工时间 (2025年11月30日前 in a one-year 2026 project); B107
  warning, row of 每亩治理成本 (1.6 × 120 = 192 > 180).
* ej03-breeding-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202 warning at
  the 年度 cell of 良种繁育基地建设数量 (≥3个 both); D201 error at the 年度 cell of 亲鳗培育数量
  (≥8000尾 against ≥6000尾 for three years).
* ej06-stocking-duplicates: D102 error (alt D103, D104), row of 鳗苗投放量 ≥280万尾 beside
  鳗苗投放数量 ≥300万尾; F201 warning, row of 苗种病害检测合格率 under 时效指标.
* ej08-hall-stacked-defects: second project: B101 error, row of 年度资金总额 (150 ≠ 110 + 30);
  Y102 error (alt Y101), row of the plan dates (2025-01-01 … 2025-12-31 in a 2026 return).
* ej10-hall-department-wrong: B102 error, row of 金额合计 (180 + 150 + 90 = 420 ≠ 440); D104
  warning, row of 水产品加工量 (≥2500吨, goal 3000吨); F201 warning, row of 新增冷库库容 under
  质量指标.
* ej12-roasting-line-notes: Y103 warning (alt Y101, D104), row of 2025年烤鳗加工量 (last year's
  indicator left in); B107 warning, row of 加工设备购置单价 (35 × 6 = 210 > 160).
* ej14-ice-supply-period: Y103 warning (alt Y101) at the 中期目标 cell (2024年至2025年 in a
  2026—2027 plan); D201 error (alt D104) at the 年度 cell of 制冰量 (≥7万吨 against ≥6万吨);
  D202 warning (alt D104) at the 年度 cell of 冷藏运冰车配置数量 (≥4辆 both, goal 2辆).
* ej15-ice-flat-duplicate: D104 warning, row of 年供冰量 (3.5万吨, goal 4万吨); D101 warning
  (alt D103), row of the second 设备巡检次数.
* ej17-ice-wharf-wrong: F201 warning, row of 制冰机购置单价 under 数量指标; Y102 error (alt Y103,
  D104), row of 改造完成时间 (2027年3月31日前 in a one-year 2026 project); B102 error, row of the
  detail block's 合计 (90 + 38 + 18 = 146 ≠ 150).

23 required marks; all are found only by comparing one part of the return with another.
Tolerated: ej08's 更新完成时间 (2026年8月31日前) may be reported (up to error) against the wrong
plan dates.

Legitimate look-alikes in the correct returns: ej01 a goal area with its parts in brackets
(120亩 = 80 + 40), a typed percent (养殖户满意度 90%), 尾水化学需氧量下降率 ≥15%, 0起 on
超标排放事件, 每亩改造成本 1.2 × 120 = 144 ≤ 180; ej04 中期 counts above 年度 counts, equal rates,
a 2027 deadline in the 中期 column of a 2026—2027 project, ≥5 / ≥3百分点, 为2028年全县推广积累经验,
2万元/亩 × 120亩 equal to the annual money; ej05 a goal count with a part in brackets, a 差错率
and 发生率 with ≤; ej07 the same indicator name (设备安装数量) with different values in two stacked
projects, =100% on a 达标率; ej09 points at two levels (tier 50/10/30/10 and indicators adding to
the same), the goal total 3200吨 with its parts in brackets beside indicators for the total and a
part, ≥3百分点; ej11 a 下降率 with 大于等于, 等于 100 % on 验收合格率, two machines × 50 = 100 ≤ the
120 line; ej13 a 下降率 with ≥, 0起 on accidents, 1500元/吨 × 1500吨 = 225 ≤ 240; ej16 typed
percents with % in the unit column, = 100% on a 合格率, 3 × 40 = 120 ≤ 150; ej18 * / ★ labels,
abbreviated tier-2s, a 注 about last year's prices, 0起, a signature dated 2025-11-12.

Judgements where a reviewer could hesitate: a deadline in the year after a one-year project and
plan dates a year before the title are taken as impossibilities (Y102 error); a year named in an
indicator or a period goal from an earlier plan is a warning (Y103); the same indicator twice with
different values (ej06) is accepted as an error (D102) because one indicator cannot have two
targets, with D103 as an alternative; a duplicate with the same value (ej15) is only a warning;
a goal's count differing from its indicator is a warning (the goal may be wider), while unit cost
× count above the money is a warning too (B107's catalogue severity). 0起 on an incident or
accident count is a valid target and not a T115 zero. Signature and fill dates in 2025 are not
year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout598 import eel_ponds, ice_plant, processing_hall
from tests.variants.holdout598.registry import HOLDOUT598
from tests.variants.kit import Variant

MODULES = (eel_ponds, processing_hall, ice_plant)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT598, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 598th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

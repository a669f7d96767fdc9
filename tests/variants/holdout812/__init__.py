"""The 812th held-out set: 18 invented returns of 澄穗县 (an invented county) on smart
agriculture — automatic weather stations (kep01–kep06), soil-moisture sensors and fixed
monitoring plots (kep07–kep12), and weather / pest alerts pushed to farmers (kep13–kep18). Nine
are correct, nine carry two or three planted mistakes (24 required marks); the set's aim is
checks across the table (goal against indicators, years and dates, 中期 against 年度,
duplicates, wrong tier-2, unit cost × count against money, parts against totals, leftovers).

Layouts: project heads (one-year and multi-year, 中期/年度 money and value columns), department
heads with budget and task blocks, numbered tier labels with points (kep01), abbreviated labels
(kep06, kep09), * and ★ marks (kep11), an operator column (kep01, kep17) or operators in words
in 指标性质 (kep14), unit columns, an indicator 分值 column (kep09), header words 预期目标,
指标内容, 绩效标准, 绩效目标值, a flat list with weights (kep07), two stacked projects
(kep03, kep12), a budget-system export with codes in the first columns and the table on a
second sheet under a third-row header (kep08), a header repeated after a page break (kep14),
注 / 说明 / 填表说明 rows, detail lines (kep18), signature and date lines.

Planted mistakes (return: code, highest accepted severity, place):

* kep04-station-goal-mismatch: D104 ≤warning, row of 新建设施农业气象站 (goal 15, indicator
  12); Y102 ≤error alt Y101/Y103, the 安装调试完成时间 value 2025年10月31日前 in a 2026 project;
  B107 ≤warning, row of 单站建设成本 (15万元 × 12 = 180 > 150).
* kep05-station-midterm-wrong: D204 ≤warning at the 年度目标 cell (copied from 中期目标);
  D201 ≤error at the annual 40 above the period's 30; D202 ≤warning at the annual cell of the
  cumulative 300 信息员 copied from 中期.
* kep06-station-duplicates: F201 ≤warning, row of 周报发布及时率 under 数量; D102 ≤error alt
  D101/D103, row of the second 站点数据到报率 (≥95% against ≥98% under 质量).
* kep10-soil-money-wrong: B101 ≤error at 年度资金总额 200 (150 + 30 = 180); Y103 ≤warning alt
  Y101 at the 年度绩效目标 cell naming 2024; D104 ≤warning, row of 布设土壤墒情传感器 (goal
  300, indicator 250).
* kep11-soil-wrong-tier: Y102 ≤error alt Y101 at the 计划开始日期 2025-03-01 of a one-year
  2026 project; F201 ≤warning, row of 单套传感器采购成本 under 数量指标; F201 ≤warning, row of
  村级信息员对墒情服务满意度 under 社会效益指标.
* kep12-soil-stacked-wrong: B101 ≤error at the second project's 年度资金总额 50 (40 + 5);
  D104 ≤warning, row of its 布设墒情传感器 (goal 40, indicator 30).
* kep16-alert-dates-wrong: D104 ≤warning, row of 推送预警短信期数 (goal 150, indicator 120);
  F110 ≤error at the empty name cell of a ≥90% row; Y102 ≤error alt Y101/Y103 at the
  deadline 2027年3月31日前 of a one-year 2026 project.
* kep17-alert-percent-wrong: T106 ≤error at the typed 105% 到达率; T108 ≤warning, row of
  预警信息误报率 with ≥ in the operator column.
* kep18-alert-leftover: Y103 ≤warning alt Y101 at the 年度绩效目标 cell naming 2024;
  D102 ≤error alt D103/D101, row of 预警覆盖种植户数 ≥1.2万户 (same as 预警覆盖种植户户数
  ≥1.5万户); B102 ≤error alt B101, row of the detail 合计 45 (20 + 15 + 12 = 47).

Legitimate look-alikes in the correct returns: a later year the work prepares for (kep01 为2027年
推广; kep15 names 2027 inside its 2026–2027 period); the goal's count with its parts in brackets
(kep01 5 + 4 + 3 = 12, kep09 50 + 30 = 80) and a part of the goal's count as its own indicator
(kep13 1200户 within 1.8万户); the period's count beside a smaller year's count with rates and
unit costs equal in both columns (kep02, kep15); unit cost × count within or equal to the money
(kep01 144 ≤ 180, kep03 24 × 2.5 = 60, kep09 80 × 1.2 = 96, kep14 50 ≤ 70); the same rate name
with different values in two stacked projects (kep03); ≤ on 缺测率 and ≤0起 on an incident
count (kep01); ≥ on a 下降率 (kep09, kep14); a rate raised in 百分点 (kep09); 化肥使用量增长率
≤0% (kep07); tier points in labels and indicator points in a column (kep09); typed percents
(kep01, kep07, kep13, kep15); =100% on an acceptance rate (kep03); a 合计 row in the flat list
and a note explaining a total (kep07, kep13, kep14); a fill and signature date in the year
before (kep14).

Judgements: a goal/indicator count mismatch is doubtful rather than impossible (the indicator
may count another scope), so D104 is at most a warning; a deadline or start date outside a
one-year project's year is an impossibility (error), a stale year inside goal text only a
warning; two values for one identical indicator are contradictory (D102, error) while a
timeliness or cost indicator under the wrong tier-2 is a warning (F201). In kep04 the cost
exceeds the money with either count (12 or 15). In kep10 the sensor cost 300 × 0.6 = 180
fits the parts, not the stated total; only the total is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout812 import alerts, soil, stations
from tests.variants.holdout812.registry import HOLDOUT812
from tests.variants.kit import Variant

MODULES = (stations, soil, alerts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT812, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 812th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

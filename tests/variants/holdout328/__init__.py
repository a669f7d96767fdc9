"""The 328th held-out set: trade unions and workers' services (困难职工帮扶, 劳模疗休养,
农民工讨薪维权, 职工书屋, 户外劳动者驿站), 18 invented returns, 9 correct.

Halves: assistance and rights (tz01–tz09: 困难职工帮扶 in ``relief``, 农民工讨薪维权 in
``wages_rest``) and services (tz10–tz18: 劳模疗休养 in ``wages_rest``, 职工书屋 and 户外劳动者驿站
in ``stations``). Invented places: 松梧市, 澄岭县, 雁川区, 苇塘市, 桐湾区.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format),
department heads with a share row and key tasks (tz03) or without tasks (tz08, tz09); operator
and unit columns (tz01), operators inside values, in words (tz11 不少于/不超过, tz18 大于等于 in
指标方向); tier-1 and indicator score columns (tz05, tz06, tz13); numbered, ★/* and abbreviated
tier labels (tz05, tz13, tz06, tz18); flat lists (tz08, tz09); stacked projects (tz11, tz15);
中期 and 年度 columns, one with a two-row header (tz10, tz16); headers 预期目标, 指标内容 /
绩效标准, 绩效目标值, 考核指标 / 目标值（年度） / 评价标准, 预期实现值; a 注 row, a repeated header
after a page break, 合计, 填表说明 and signature lines (tz13); a budget-system export on two
sheets with codes in the first columns and the header on the third row (tz12); a table on a
second sheet (tz18); detail lines under the table (tz14).

Planted mistakes (code, highest accepted severity, place):

* tz02-relief-money-wrong: B101 error at the 年度资金总额 cell (85 ≠ 70 + 10); T105 error at
  the 困难职工建档覆盖率 value ``1200户``; T107 warning at the 帮扶对象满意度 value ``=95%``.
* tz04-relief-template: F110 error at the empty name cell of a row valued ``≥40户``; F109
  warning, row, at the template tier-2 社会成本指标 left with no indicator.
* tz06-relief-points-wrong: W103 error at the 产出 tier score (40 declared, 45 below) and at
  the 效益 tier score (30 declared, 25 below); both levels still total 100.
* tz07-wages-direction: T108 warning, row, at 欠薪案件结案率 ``≤95%``, 欠薪案件平均办结时长
  ``≥20个工作日`` and 法律援助案均补贴 ``=1200元/件``.
* tz09-wages-flat-wrong: T112 error (alt T119) at the value ``≥300件`` under the unit column 人;
  T108 warning, row, at 欠薪案件办结周期 (反向, ``≥20``); W101 error at book level (weights 95).
* tz10-rest-multi-year: D204 warning at the 年度目标 cell (copy of the 中期目标); D201 error at
  the annual ``≥960人次`` above the three-year ``≥900人次``.
* tz14-bookhouse-artefacts: X104 warning (alt Y106) at the 计划开始日期 text ``45658``; X105
  warning (alt X103) at the detail amount ``36.512 5``; X106 error (alt B108) at ``12万12万``.
* tz15-station-stacked-wrong: B101 error at the second project's 年度资金总额 (38 ≠ 30 + 6);
  T105 error at its 驿站开放率 ``365天``.
* tz17-station-headers-wrong: T106 error at the typed 105% on 驿站设施完好率; T113 warning at the
  typed 100% on 驿站改造完工时间; Y102 error (alt Y103) at the deadline ``2026年3月31日前`` of a
  one-year 2025 project.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on 救助资金发放准确率
(tz01) and ``=100%`` on 体检报告反馈率 (tz12), the ceiling; ≤ on 返困率 (tz01); ``≥5百分点`` on a
参保率 raise (tz05); tier scores and indicator scores both totalling 100 with a 合计 row (tz05,
tz13); a 下降率 with ≥ and ``≤ 0 起`` on 重大欠薪群体性事件 (tz08), ``0起`` in both columns (tz16)
and ``等于 0 起`` (tz18) on incident counts; cost standard × count equal to the money (tz03
生活救助 1500户 × 2400元 = 360万, 助学 750人 × 2000元 = 150万; tz11 200人 × 3500元 = 70万 and
400人 × 1200元 = 48万; tz13 20家 × 2万 + 16家 × 1.5万 = 64万); the same names with different
values in two stacked projects (tz11); rates and grades equal in 实施期 and 年度 columns while
counts are smaller in the year (tz16); a fill date in December of the year before (tz13); a
share row of typed percents under the department budget (tz03).

Judgements: a 社会成本指标 left empty under NAT-2021 is marked F109 (warning), not a missing
indicator error. In tz02 the 85 is taken as the typo, so the B101 is marked at the total. In tz09
``≥300件`` under unit 人 is T112 (T119 accepted); the 合计 line showing 95 is where the office
wrote the sum, the W101 stays at book level. In tz10 ``≥960人次`` a year against ``≥900人次`` for
three years: D201 is required; the annual cost 960 × 1500元 = 144万 stays within 150万 so no
B107. In tz14 the serial date is a warning (X104) since the table year and dates are otherwise
consistent; the detail lines add up to 60 when read as 36.5125 + 12 + 11.4875. In tz17 the
``2026年3月31日前`` deadline is an error (Y102, Y103 accepted) because the project runs only in
2025. 0起 / ≤0 on incident counts is not a zero target (T115). tz12 has no 年度目标 text: the
export carries none, and the reviewer does not mark it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout328 import relief, stations, wages_rest
from tests.variants.holdout328.registry import HOLDOUT328
from tests.variants.kit import Variant

MODULES = (relief, wages_rest, stations)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT328, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 328th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

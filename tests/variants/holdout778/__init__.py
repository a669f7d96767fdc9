"""The 778th held-out set: a provincial sports bureau (沅岭省体育局), in two halves: village
national-fitness facilities (trails, courts, equipment; ``facilities``) and sport for the young
and the public (youth football in schools, ``football``; the provincial marathon,
``marathon``). 18 returns, 9 correct, 25 required marks; budget year 2026 throughout, money in
万元 (number format ``0.00"万元"``). The set's aim is checks across the table.

Layouts: project heads (one-year and multi-year with 中期/年度 money and goals), department
heads with budget and task blocks, numbered / abbreviated / marked (*, ★) tier labels, tier
points in labels and in a score column, operator columns in words and in symbols with unit
columns, flat lists, two stacked projects, a note row and a repeated header inside the table,
footnotes, 说明 and 填表说明 rows, signature and date lines, money detail lines, a second sheet
under a two-row header (考核指标 / 预期实现值), a budget-system export (05-1 / 05-2) with project
codes in the first columns, headers 绩效目标值 and 预期目标.

Planted mistakes (return: code, highest severity, place):

* kdh02-trail-goal-mismatch: D104 warning (row of 健身步道建设里程: goal 120公里, indicator
  ≥100公里); Y102 error (步道完工时间 2025年10月31日前 in a 2026 project); B107 warning (row of
  每公里步道建设补助: 9 × 100 = 900 > 800).
* kdh04-courts-period-wrong: Y101 error at book level (title 2025年度, plan 2026–2027; alt
  Y103); D201 error (annual 覆盖行政村 ≥220 above the period's ≥200); D102 error (row of
  农村健身器材更新数量, same as 更新套数 with other values; alt D103, D101).
* kdh06-courts-wrong-tier: X101 error (row of the template's （示例） row, ``≥**人``); F201 warning
  (row of 运动场工程验收合格率 under 时效); F201 warning (row of 乡镇居民满意度 under 社会效益).
* kdh08-football-coaches-wrong: D104 warning (row of 培训校园足球教练员: goal 300名, indicator 250);
  Y103 warning (row of 2025年度教练员复训人数; alt Y101); T108 warning (row of 训练中学生运动伤害
  发生率 with ≥).
* kdh10-football-stacked-wrong: B101 error (second project's 年度资金总额 300 ≠ 200 + 80); D104
  warning (row of 补助训练基地学校数量: goal 80所, indicator 70所); B107 warning (row of
  每校训练基地补助: 5 × 70 = 350 > 300).
* kdh12-football-flat-wrong: W101 error at book level (weights sum to 95); D102 error (row of
  校园足球联赛参赛队伍数量 ≥80 against 参赛队伍数 ≥96; alt D103, D101).
* kdh14-marathon-dates-wrong: D104 warning (row of 参赛总人数: goal 16000人, indicator 12000);
  Y102 error (分站赛举办时间 2025年10月31日前; alt Y103); B102 error (detail 合计 300 ≠ 150 + 80 +
  60).
* kdh16-marathon-series-copied: D204 warning (年度目标 cell, copied from 中期目标); D202 warning at
  the annual cells of 举办全程马拉松场次 and 累计参赛人次 (copied from 中期). B107 on the annual
  cost row is tolerated (not required): it follows from the copied count.
* kdh18-marathon-points-wrong: W103 error at the 产出指标 score cell (50 declared, 45 below; alt
  W101, since the indicator scores then sum to 95); F201 warning (row of 参赛选手对医疗服务满意度
  under 社会效益).

Legitimate look-alikes in the correct returns:

* kdh01: goal 40个（其中灯光球场12个） with a 其中 indicator; 15万元 × 40 = 600 equals the money;
  器材损坏投诉下降率 ≥10% (a 下降率 with ≥); 提高≥2百分点; typed percents pct(1), pct(0.92).
* kdh03: 中期 300公里 / 90村 beside the year's 100 / 30; rates and unit costs equal in both
  columns; 为2029年全省步道联网运营积累经验 (a later year the work prepares for); 8 × 300 = 2400
  and 8 × 100 = 800 equal their money.
* kdh05: tier points in labels (产出指标（50分）…) and indicator points both summing to 100, a
  合计 row, a footnote explaining the total and the task total (= 项目支出); ≤0起 on an accident
  count; 提高≥1.5百分点; fill and signature date in December 2025.
* kdh07: goal 60所（小学36所、初中24所） with its parts as indicators; operators in words; 等于 100%
  on a ceiling rate; 2 百分点 in the unit column; 9 × 60 = 540 equals the money; a 发生率 with
  小于等于.
* kdh09: the same 参赛师生满意度 in two stacked projects with ≥90% and ≥85% (not a duplicate).
* kdh11: flat list, weights 100, ``=`` with 100% on 持证上岗率, typed percents.
* kdh13: a note row and a repeated header row between tier blocks, 0起 / ≤0起 on incident counts,
  a 说明 explaining the total (450 + 200), a signature date in 2025 (CN date format); 0.02 × 30000
  = 600 ≤ 650; the year 2026 in the project name.
* kdh15: goal 3000名（其中医疗志愿者300名）; 为2027年承办全国马拉松锦标赛储备 (a later year); a
  footnote on 上年结转 within the 财政拨款; 0.04 × 3000 = 120 equals the money.
* kdh17: export codes repeated in every row, no merged tiers, 6 × 35 = 210 equals the money.

Judgements:

* A goal's count against a smaller indicator (kdh02, kdh08, kdh10, kdh14) is D104 at warning: the
  reviewer asks which is meant, it is not arithmetic that cannot hold.
* A deadline in the year before a one-year 2026 project (kdh02, kdh14) is an impossibility: error
  accepted (Y102), Y103 accepted as an alternative in kdh14.
* A cost standard × count above the money is B107 at warning (the catalogue's severity); where it
  equals the money (kdh01, kdh03, kdh07, kdh15, kdh17) nothing is marked.
* kdh04's title year is a book-level Y101: the finding may land on the title or the dates.
* kdh16's `每年11月30日前` in the 中期 column is a recurring deadline, not a date outside the
  period.
* kdh18: 效益 declares 30 with 20 + 10 below, which holds; 赛事医疗死亡事件 0起 is a zero target on
  an incident count, not a zero cost.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout778 import facilities, football, marathon
from tests.variants.holdout778.registry import HOLDOUT778
from tests.variants.kit import Variant

MODULES = (facilities, football, marathon)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT778, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 778th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

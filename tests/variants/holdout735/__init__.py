"""The 735th held-out set: 18 invented returns of a city sports bureau (松涧市体育局): fitness
paths and community sports equipment (kbq01–kbq06), a youth football league (kbq07–kbq12) and
free-or-low-fee opening of stadiums (kbq13–kbq18). Budget year 2026, money in 万元 (in the number
format). 9 returns are correct, 9 carry 2–3 planted mistakes (24 required marks), most of them
found only by comparing one part of a return with another.

Layouts: one-year project heads with one value column (kbq01, kbq06, kbq08, kbq11–kbq13,
kbq17, kbq18); multi-year projects with 中期 and 年度 columns (kbq02, kbq07, kbq14); two complete
column sets under a two-row header (kbq10); department heads with budget and tasks (kbq03,
kbq04, kbq09, kbq15); a flat list with 指标性质 as operator (kbq04); a budget-system export
with codes in the first columns and the table on sheet 05-2 (kbq05); a head on one sheet and
the indicators on a second sheet (kbq16); stacked projects (kbq08, kbq17); operators in words
in their own column (kbq05, kbq11); tier points in labels and indicator points (kbq06, kbq12,
kbq16); headers 绩效目标值, 考核指标 / 目标值（年度） / 评价标准, 预期实现值, 预期目标.

Planted mistakes (return: code, highest accepted severity, place):

* kbq02-community-points: D104 warning, row of 健身器材配送数量 (年度目标 900件, indicator
  ≥600件); D201 error at the annual 培训人数 cell (260 > period 200); Y102 error, row of the
  annual deadline 2025年11月30日前 (alt Y103).
* kbq03-fitness-centre: B102 error at 金额合计 (120+90+150=360 ≠ 350); D102 error, row of
  每条健身路径器材巡检次数 ≥6次 under 质量 against ≥4次 under 数量 (alt D101, D103, F201);
  F201 warning, row of 健身群众满意度 under 社会效益.
* kbq06-greenway-points: W103 error at the tier label 产出指标（50分） (indicator points 45;
  alt W101); B107 warning, row of 每处驿站建设成本 (2.5 × 80 = 200 > 160).
* kbq08-league-stacked: B101 error at the second project's 年度资金总额 (85 ≠ 60 + 20); D104
  warning, row of 培训教练员人数 (goal 120名, indicator ≥150人); Y102 error, row of
  暑期集训完成时间 2025年8月31日前 (alt Y103).
* kbq10-registration-two-sets: Y101 error at the title (2025年度 against a 2026—2027 plan);
  D202 warning at the annual 注册球员人数 (alt D104); D102 error, row of 参赛学校数量 against
  联赛参赛学校数 (alt D101, D103, F201).
* kbq11-subsidy-operator-words: F201 warning and B107 warning, both on the row of
  每支球队参赛补助标准 (a cost under 数量; 0.8 × 180 = 144 > 120); T108 warning, row of
  球员运动伤害发生率 with 大于等于.
* kbq14-centre-three-year-copy: D204 warning at the 年度目标 cell; D202 warning at the annual
  累计接待健身群众人次 (alt D104); B107 on the annual cost row tolerated (follows from D202).
* kbq15-venue-centre-department: B101 error at 资金总额 (720 + 560 ≠ 1250); Y103 warning at the
  年度总体目标 (2025年全民健身运动会 left over); D104 warning, row of 全年免费开放天数
  (goal 330天, indicator ≥300天).
* kbq18-night-opening-template: F110 error at the empty name cell; D103 warning, row of
  全年夜间开放天数 under 时效 (alt D101, F201).

Legitimate look-alikes in the correct returns: goal totals with parts in brackets (kbq01 60条 =
22 + 38; kbq12 20所 = 12 + 8; kbq13 3座 named); the period's count beside a smaller year count
and the year's count named in the 中期目标 (kbq07 1800场（2026年560场）); later years the work
prepares for (kbq05, kbq09, kbq16: 为2027年…); a 下降率 with ≥ (kbq01); 0起 on incident counts
(kbq04, kbq09, kbq12); =100% as text and typed 100% (kbq09, kbq01); rates raised in 百分点
(kbq10, kbq12, kbq16, kbq17); points at two levels each adding to 100 (kbq12, kbq16); unit cost
× count equal to the money (kbq01 3 × 60 = 180; kbq05 200元 × 3200 = 64万; kbq12 7.5 × 20 =
150; kbq16 2.4 × 40 = 96) or within it; the same indicator names with different values in
stacked projects (kbq08 组织工作满意度, kbq17 年接待人次/每人次运营补贴/健身群众满意度); a
header repeated after a page break and a note row inside the table (kbq09, kbq17); fill and
signature dates in late 2025 for the 2026 budget.

Judgements: a satisfaction typed as a bare percent (kbq01 92%, kbq07 90%) has no operator but
is read as a target (info at most). Per-year values equal in both columns (kbq14 每年开放天数,
rates, unit costs) are not copies. In kbq14 the copied 180万人次 makes cost × count exceed the
annual money; that B107 is tolerated, not asked for. In kbq10 the duplicate also shows in the
中期 set on the same row (same value there), so the mark is a row mark. kbq11's F201 and B107
share a row: the reviewer asks for both, one at the name and one at the value.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout735 import fitness, football, stadiums
from tests.variants.holdout735.registry import HOLDOUT735
from tests.variants.kit import Variant

MODULES = (fitness, football, stadiums)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT735, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 735th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

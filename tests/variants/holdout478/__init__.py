"""The 478th held-out set: dough figurines and sugar painting (面塑、糖画) in school
after-class programmes (课后服务). 18 invented returns, 9 correct, 21 required marks; budget year
2025; places, units, people and telephone numbers invented (枫垭县, 栎川区, 檀溪区).

Layouts: one-year and multi-year project heads (``heads.project_head``) with 万元 carried by the
number format; OLD-NAT and NAT-2021 tiers merged down; an operator column with a unit column
(zt01, zt02, zt11); numbered, pointed, starred and abbreviated tier labels (zt03, zt04); 中期 and
年度 columns (zt05, zt06); header words 考核指标 / 目标值（年度） / 评价标准 (zt07), 预期实现值 on a
second sheet (zt08), 预期目标 (zt18); a tier-1 score column beside an indicator score column
(zt09, zt10); a budget-system export with codes in the first columns on two sheets 05-1 / 05-2
(zt11); detail lines under the table (zt12); department heads with tasks and a flat list in two
column orders (zt13, zt14); two projects stacked in one sheet (zt15, zt16); 小计 / 合计 rows, an
instruction row, a header repeated after a page break, 注 / 填表说明 and signature lines (zt17).

Planted mistakes (return: code, highest accepted severity, place):

* zt02: T106 error Sheet1!E11 (出勤率 typed as 105%); T108 warning Sheet1!D12, row (浪费率 with ≥
  in the operator column).
* zt04: F105 error Sheet1!B14 (（三）时效指标 under *效益指标); T105 error Sheet1!D16 (家长满意度
  300人).
* zt06: D204 warning Sheet1!D9 (年度目标 = 中期目标, three-year project); D202 warning Sheet1!E11
  and Sheet1!E12 (示范点数量 and 培训学生人数 copied into the 年度 column).
* zt08: T105 error 绩效指标!D5 (展评合格率 150件); T108 warning 绩效指标!D8, row (烫伤发生率 ≥1%).
* zt10: W103 error 绩效目标!B9 (产出 40 against 15+15+15) and 绩效目标!B13 (效益 35 against 15+15);
  both levels still total 100, so no W101.
* zt12: B101 error Sheet1!C5 (年度资金总额 38 ≠ 30 + 6); T115 error Sheet1!D12 (人均糖料成本
  ≤0万元/人); X105 warning Sheet1!B18, alt X103 (``6.4 8`` for 6.48); B102 error at book level
  tolerated (the detail lines add to 36 and so disagree with the wrong 38: the same mistake).
* zt14: W101 error at book level (weights add to 95); T108 warning Sheet1!B14, row (糖料浪费率 ≥3
  with 反向 in the direction column).
* zt16: B101 error 绩效目标表!C20 (second project: 20 ≠ 16 + 3); T106 error 绩效目标表!D26
  (作品验收合格率 >100%).
* zt18: X104 warning Sheet1!F4 (计划完成日期 as the text ``46022``); F110 error Sheet1!C11
  (≥95% with no name: no message may quote the empty name); F109 warning Sheet1!B12, row
  (时效指标 left empty).

Legitimate look-alikes in the correct returns: 指导教师持证上岗率 ``=`` 100% and a 破损率 with ≤
as typed percents (zt01); ``=100%`` kept as text on a 覆盖率 and 糖料浪费下降率 ≥10% (zt07); tier
points in the labels (一、产出指标（40分）…) adding to 100 with no indicator points (zt03); annual
rates and unit costs equal to the 中期 ones, 2026 dates inside a two-year period (zt05); tier-1
and indicator scores both adding to 100 and 比上年提高≥5百分点 on a 达标率 (zt09); 160元/人 × 400人
and 250元/课时 × 480课时 exactly equal to their budget lines, bare numbers with % in the unit
column (zt11); 学生烫伤等安全事故 ≤0起 (zt13); 学生满意度 ≥90% and ≥92% and the same 参训学生人数
names in two stacked projects, the second stacked without a title (zt15); 小计 and 合计 rows that
a naive sum would add to the weights, a 注 explaining 金额合计 = 项目支出 (zt17); fill, export and
signature dates in 2024, the year before the budget year (all).

Judgements: 出勤率 and 合格率 are capped at 100 %, so 105% and >100% are errors, not warnings;
a waste rate and a burn rate are 反向 whatever the direction column says, so ≥ is a warning
(doubtful, not impossible); the 0起 incident target is a real zero target, not a rounded cost,
while ≤0万元/人 is a rounded cost (T115); 时效指标 under 效益指标 is a structure that cannot be
(F105 error); in zt12 the wrong cell is the total, since 财政拨款 + 其他资金 and the detail lines
agree on 36; zt05's 中期 and 年度 rates being equal is not D202 (rates, not cumulative counts); the
zt11 export repeats its tiers in every row, which is not duplication; the stacked 糖画 project
without a title of its own is a second project, not a continuation of the first one's table.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout478 import dough, programme, sugar
from tests.variants.holdout478.registry import HOLDOUT478
from tests.variants.kit import Variant

MODULES = (dough, sugar, programme)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT478, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 478th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

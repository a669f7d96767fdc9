"""The 567th held-out set: matsutake and poria (松茸、茯苓) forest gathering and grading.

Eighteen invented returns (de01–de18) from the forestry, farming, commerce and supply offices of
two invented counties (栎岩县, 雾栖县) for budget year 2025: nine correct, nine with 2–3 planted
mistakes each (22 required marks). ``matsutake`` holds de01–de06, ``poria`` de07–de12 and
``offices`` de13–de18 (department forms, flat lists, notes, late tables, a system export).

Layouts: project heads with 项目资金（万元） blocks (one-year, multi-year 中期/年度, transfer
payments with 中央补助 + 地方资金); department heads with budget and task blocks; operator
column (指标性质 as ≥ ≤ =) with a unit column; operators inside the values; two projects
stacked in one sheet (de03, de04); numbered labels with points (de05); labels with * and ★ and
abbreviations (de06); 中期 and 年度 value columns (de07–de09); a tier-1 score column beside an
indicator score column (de10, de11); detail lines under the table (de12); flat lists in two
column orders (de13, de14); a 注 row, 填表说明 and signature lines (de15); subtotal rows and a
header repeated after a page break (de16); a table on a second sheet under a two-row header
(de17); a budget-system export with codes in the first columns and the header on row 3 (de18).

Planted mistakes (return: code, highest accepted severity, place):

* de02: B105 ≤error at Sheet1!C6 (其他资金 150,000.00元 in a 万元 block); T106 ≤error at
  Sheet1!E11 (鲜品分级准确率 105%); B101 ≤error file level, tolerated only (follows from B105).
* de04: B101 ≤error at Sheet1!C18 (second project 资金总额 60 ≠ 45 + 10); T108 ≤warning row
  Sheet1!D25 (松茸林过度采挖发生率 ≥3%).
* de06: T105 ≤error at Sheet1!D11 (覆盖率 as 1200人); T108 ≤warning row Sheet1!D12 (cost cap
  ≥3元/公斤); F105 ≤error at Sheet1!B14 (时效指标 under 效益指标, alt F104).
* de08: D204 ≤warning at Sheet1!D9 (年度目标 copies 中期目标); D202 ≤warning at Sheet1!E11 and
  Sheet1!E12 (cumulative counts copied from the 中期 column of a three-year project).
* de09: B103 ≤error row Sheet1!E5 (年度资金总额 170 > 中期 150; the 年度财政拨款 cell E6 is
  tolerated up to error); D201 ≤error at Sheet1!E12 (annual ≥1000吨 > period ≥800吨).
* de11: W103 ≤error at Sheet1!B9 (产出指标 40分 over 15 + 10 + 10); T105 ≤error at Sheet1!E10
  (抽检批次合格率 120批次); W101 ≤error file level, tolerated only (follows from W103).
* de12: X104 ≤warning at Sheet1!F4 (计划完成日期 as the text 46022); X105 ≤warning at
  Sheet1!C5 (资金总额 "146.253 5", alt X103); X106 ≤error at Sheet1!D18 (40万40万, alt B108).
* de14: W101 ≤error file level (weights 95); T112 ≤error at Sheet1!B8 (≥12万元 against unit 人);
  T108 ≤warning row Sheet1!B10 (反向 收购纠纷投诉率 with ≥).
* de17: F110 ≤error at 绩效指标!C6 (a value ≥90 % with an empty name); F109 ≤warning row
  绩效指标!B7 (时效指标 left from the template).

Legitimate look-alikes in the correct returns: typed percents with ≥ in an operator column and
% in the unit column (de01, de13); 采集季菌塘破坏率 ≤2% (反向 with ≤, de01); 培训按期完成率 =100%
at the ceiling (de01); the same 采集户满意度 at ≥90% and ≥92% in two stacked projects (de03);
tier points 40/20/30/10 on numbered labels with a 指标值设定依据 column (de05); 亩均建设成本
0.24万元 × 1500亩 = 360 equal to the period money (de07); 100 both ways when tier-1 scores and
indicator scores are both given, a 合计 row, 提高 ≥5百分点 (de10); 松茸林火灾发生次数 ≤0起 on an
incident count (de13); 鲜品采后损耗下降率 ≥10% (de15); a 注 row between tiers and dates in
November 2024 on signature lines (de01, de15, de13); subtotal, total and repeated header rows
(de16); the same tier labels repeated in every row of a system export with project codes
(de18). Money adds up in every correct return (project and department heads, task 金额合计,
the export's 合计 row) and every unit cost × count stays within its money.

Judgements where a reviewer could hesitate:

* de04's first project writes 采集季森林火灾发生次数 as ``0起`` without an operator: a zero on an
  incident count is the goal, not a zero cost or quantity (no T115); at most an info finding.
* de06 is a transfer-payment form where 成本 and 时效 are abbreviated; only the misplaced 时效
  is marked, not the absence of a 时效 block under 产出 (the block sits in the wrong place).
* de09: the annual 财政拨款 140 > 120 is the same slip as the annual total, so it is tolerated
  at E6, not asked for; the annual cost 600元/吨 × 1000吨 stays within the annual money.
* de11: the indicator scores total 95 only because of the 产出 shortfall, so W101 is tolerated
  and W103 at the tier score is required. ``=100%`` on 不合格菌种下架处置率 is the ceiling.
* de12: 146.253 5 is read as 146.2535, and 40万40万 as 40; the detail lines then add up to the
  total (60 + 40 + 46.2535) and 800元/户 × 450户 = 36万 stays within the 40万 line.
* de14: ``≥12万元`` under unit 人 is an error (T112) even though the name is a count; T105 is
  not offered because the indicator is not a rate.
* de17: the empty-name row is marked at its name cell with F110 (the message must not quote an
  empty name); the empty 时效指标 row is F109 anywhere in its row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout567 import matsutake, offices, poria
from tests.variants.holdout567.registry import HOLDOUT567
from tests.variants.kit import Variant

MODULES = (matsutake, poria, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT567, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 567th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

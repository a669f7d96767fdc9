"""The 516th held-out set: 18 invented returns on Yao herbal baths (瑶浴) as a village health
and tourism trade in the invented 莳峒县 (盘水瑶族乡, 坳门村, 枫槽村, 石鼓冲村), with a careful
reviewer's marks. Budget year 2026; money in 万元, mostly only in the number format.

Modules: ``health`` (bf01, bf02, bf07, bf08, bf13, bf14: bath subsidies, pool safety, a
township's flat list, bath-pack formulas, therapy visits, a transfer payment for bath-pack
workshops), ``tourism`` (bf03, bf04, bf05, bf09, bf11, bf12: bath-house inns, stacked craft and
village projects, a bath festival, a wellness trail, study tours), ``county`` (bf06, bf10, bf15,
bf16, bf17, bf18: herb supply, a budget-system export, the tourism bureau's department budget,
safety inspection, a bath-house renovation).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money rows,
department heads with budget and task blocks; operator and unit columns (bf01, bf02), operators
in words (bf15, bf18), 指标性质 as direction with 指标方向 as operator (bf17); numbered tier labels
and the headers 指标内容 / 绩效标准 (bf03); ``*`` / ``★`` and abbreviated labels (bf14, bf17);
header 预期目标 (bf08); two and three stacked projects (bf04, bf05); flat lists (bf06 with
指标性质 as direction, bf07 with it as operator); 中期 and 年度 columns (bf10; bf11 under
考核指标 / 目标值（实施期） / 目标值（年度） with a 评价标准 column); tier-1 and indicator score
columns (bf12, bf13); a 注 row, subtotal rows, a header repeated after a page break, 说明 and
填表说明 rows, signature and date lines (bf09, bf16); a budget-system export with codes in the
first columns, budget lines on 部门项目支出预算05-1 and the indicators on 部门项目支出绩效目标05-2
under a header on the third row (bf15).

Planted mistakes (return: code, highest accepted severity, place):

* bf02-bath-pool-percent-wrong: X104 ≤warning Sheet1!F4 (计划完成日期 typed as the text
  ``46387``); B105 ≤error Sheet1!E6 (其他资金 ``140,000.00元`` in the 万元 block; the B101 it
  causes is tolerated at file level); T106 ≤error Sheet1!E11 (a typed ``105%`` on 验收合格率).
* bf04-stacked-workshop-signs-wrong: B101 ≤error Sheet1!C18 (second project: 60 + 25 ≠ 95);
  T105 ≤error Sheet1!D23 (导视覆盖率 ``18个``).
* bf06-herb-flat-list-wrong: T112 ≤error Sheet1!F8 (``≥300吨`` under unit 万元); T108
  ≤warning Sheet1!F9 (row; 反向 不合格率 with ≥); W101 ≤error book level (weights add to 90).
* bf08-formula-template-rows: F109 ≤warning Sheet1!B10 (row; 社会成本指标 left empty); F110
  ≤error Sheet1!C12 (``≥300人次`` without a name); F109 ≤warning Sheet1!B17 (row; 生态效益指标).
* bf10-herb-base-three-year-copied: D204 ≤warning Sheet1!D8 (年度目标 = 中期目标); D202
  ≤warning Sheet1!E10 and Sheet1!E11 (600亩 and 900人次 copied into the annual column).
* bf12-study-tour-points-wrong: W103 ≤error Sheet1!B15 (效益指标 30 over 10 + 10 + 5; a W101
  for the 95-point indicator total is tolerated at book level); T107 ≤warning Sheet1!E18
  (``=92%`` on 满意度).
* bf14-workshop-wrong-parent: F105 ≤error Sheet1!B13 (社会效益指标 under 产出指标, OLD-NAT);
  F202 ≤warning Sheet1!C15 (row; 预算执行率 under 成本).
* bf16-tourism-bureau-money-wrong: B101 ≤error Sheet1!B4 (row; 基本支出 1680 + 项目支出 640 ≠
  资金总额 2350); B102 ≤error Sheet1!D9 (tasks 220 + 260 + 180 ≠ 金额合计 640).
* bf18-bathhouse-words-wrong: X105 ≤warning Sheet1!E10 (alt X103; ``3 6000`` as text); T113
  ≤warning Sheet1!E12 (完工时间 as a typed 100%); T108 ≤warning Sheet1!D15 (row; 投诉率 with
  大于等于).

23 required marks; 9 returns (bf01, bf03, bf05, bf07, bf09, bf11, bf13, bf15, bf17) are correct.

Legitimate look-alikes in the correct returns: typed percent cells (``0%`` and ``0.00%``,
bf01, bf07, bf11) and ``100%`` stored as 1 on a 抽检合格率 / 验收合格率; ``=100%`` as text on a
ceiling rate (bf03); a 下降率 with ≥ (bf01, bf17 正向); ``≤0起`` / ``≤ 0 起`` on accident counts
(bf07, bf09, bf17); rate changes in 百分点 (bf13); tier points and indicator points both adding
to 100 (bf13); a 90-point total explained by a 说明 (预算执行率 scored separately, bf09); a 合计
row under a flat list's weights (bf07); subtotal, 注, repeated header, 填表说明 and signature rows
(bf09); the same indicator name with different values in stacked projects (bf05 接待药浴游客人次,
游客满意度; bf04 受益群众满意度 in both, not a mistake there either); rates and unit costs equal in
中期 and 年度 (bf10, bf11); a 2027 deadline in the 实施期 column of a two-year project (bf11);
a 0 其他资金 (bf13, bf17); fill and signature dates in 2025. Every unit cost × count stays
within its money (e.g. bf01 12000 × 50元 = 60万 ≤ 86万; bf05 3 × 8, 2 × 10, 2 × 7 within 30, 24,
18; bf15 20 × 1.2 = 24 = the equipment line).

Judgements: the text serial ``46387`` in a date field is an artefact (X104), not a year
conflict; the 元 cell in bf02 is the mistake and the B101 it causes only tolerated. In bf16 the
B101 is a row mark because either the total or one of the two parts may be wrong. bf04's
导视覆盖率 ``18个`` is an error (a rate cannot be a count). In bf06 the weight total is 90 with no
declared total of 90, so W101 is required at book level. bf12's ``=92%`` is at most a warning,
its W103 an error (arithmetic). bf14's tier-2 under the wrong tier-1 is an error (a structure
that cannot be), 预算执行率 under 成本 only a warning. bf18's 100% on a deadline and the split
number are warnings (doubtful, the intent is readable).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout516 import county, health, tourism
from tests.variants.holdout516.registry import HOLDOUT516
from tests.variants.kit import Variant

MODULES = (health, tourism, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT516, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 516th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

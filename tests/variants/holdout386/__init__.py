"""The 386th held-out set: 18 invented returns on philately (集邮/邮票): stamp issuing (special and
zodiac issues, first-day covers, personalised sheets, postal stationery, franking machines,
philatelic training) and postal museums (permanent exhibitions, a postal-history hall, stamp
restoration, a new museum building, digitisation, oral history, touring stamp shows). Budget year
2026; invented places 澄湾市, 雁汀县, 栖梧市, 苍岭县, 檀溪区.

Layouts: project heads with 中期/年度 money blocks in 万元 (unit in the number format), department
heads with budget, shares and key tasks; operator columns as symbols (wf01, wf02) or words (wf09);
unit columns; one value column; two 中期/年度 value columns (wf10, wf11); three stacked projects
(wf03) and two (wf04); tier-1 and indicator score columns (wf05, wf06); an instruction row, 注 and
填表说明 lines, signature lines (wf07); headers 指标内容/绩效标准 with a weight column, a header
repeated after a page break, subtotal and total rows (wf08); a 说明 row between tiers (wf09); a
budget-system export with codes in the first columns, the indicator table on a second sheet with
its header on the third row under 预期实现值 (wf12); flat lists (wf13, wf14); numbered, pointed,
marked and abbreviated tier labels under 绩效目标值 (wf15, wf16); department money (wf17, wf18).

Planted mistakes (code, highest accepted severity, place):

* wf02-percent-over: T106 ≤error at the `102%` cell (合格率 ≥102%); T108 ≤warning (row) at the
  `≥` of 邮品投诉率; T113 ≤warning at the `100%` given for 首日封加盖完成时间.
* wf04-stacked-defects: B101 ≤error at the second project's 中期资金总额 45 (30 + 10 = 40; the same
  45 in the 年度 column is tolerated as B101, not required); T105 ≤error at 生肖邮票预订完成率
  `12000套`.
* wf06-tier-points-mismatch: W103 ≤error at the 产出指标 score 50 (indicators 45) and at the
  效益指标 score 30 (indicators 35); the totals both make 100, so no W101.
* wf09-museum-notes-defect: T106 ≤error at 修复后藏品完好率 `大于等于 102 %`; Y102 ≤error (row) at
  the deadline 2027年3月31日 of a one-year 2026 project; T108 ≤warning (row) at 观众投诉率
  `大于等于`.
* wf11-museum-years-copied: D204 ≤warning at the 年度目标 cell copied from 中期目标; D202 ≤warning
  at the annual `≥8000件` copied from the period; D201 ≤error at the annual `≥9个` above the
  period's `≥6个`.
* wf12-export-second-sheet: T105 ≤error at 邮资机网点覆盖率 `36个`; X104 ≤warning at the text cell
  `46295` (2026-09-30) given as 网点布设完成时间.
* wf14-flat-defects: T112 ≤error at 会刊印制成本 `≤1.5万元` with unit column 本; T108 ≤warning
  (row) at 会员邮品鉴定差错率 `≥2` declared 反向; W101 ≤error at book level (weights add to 95).
* wf16-wrong-parent-no-name: F110 ≤error at the empty name cell of the row valued `≥64框`; F105
  ≤error at `1.时效指标` under `三、效益指标`.
* wf18-department-money-wrong: B101 ≤error at 资金总额 380 (基本 220 + 项目 150 = 370; 财政 +
  其他 do add up); B102 ≤error at 金额合计 150 (tasks 60 + 50 + 30 = 140); F109 ≤warning (row)
  at the empty template tier-2 生态效益指标.

Legitimate look-alikes in the correct returns: 印制差错率 `≤0.5%` (a typed percent, 0.005 with
`0.0%`) beside a unit column `%` (wf01); the same 集邮爱好者满意度 with ≥90%, ≥85%, ≥92% in three
stacked projects (wf03); 提高≥2百分点 (wf05) and 提高≥5百分点 (wf12, not a defect there) on rates;
tier points and indicator points both adding to 100 (wf05, with a 注 saying so); `100%` at the
ceiling on 验收合格率 (wf07, wf10, wf16); a footnote explaining the total 120 = 110 + 10 (wf07)
and one explaining that 金额合计 is only 项目支出 (wf17); a fill date in 2025 (wf07, department
heads); 小计/合计 weight rows that are not indicators (wf08); `0件` 损毁件数 (wf08) and `0起`
安全责任事故 in both columns (wf10); 投诉下降率 `≥10%` (wf12, wf13 as an operator column);
annual counts below period counts and rates equal in both columns of a three-year project
(wf10); cost standard × count equal to the money (wf04 first project 2万元 × 15 = 30, wf12
800元 × 150 = 12万元); shares typed as percent cells adding to 100 % (wf17).

Judgements: `—` in an annual column for a deadline or a visitor count that falls after the budget
year (wf10, wf11) is tolerated up to a warning, not asked for. In wf09 the next-year deadline is
an error (Y102): the project is one year, its goal says 年内, so the date cannot be met within the
project. In wf11 the copied `≥8000件` also makes 45元 × 8000 = 36万元 stay within the annual 40, so
no B107 follows from it. In wf04 the mismatch is marked in the 中期 column; the identical 年度
column of this one-year project is the same problem and only tolerated. In wf14 the unit conflict
is an error (T112) since 万元 against 本 cannot both hold. In wf12 the second sheet has no money
head: its money is on sheet 05-1, whose project lines add up to the 合计 row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout386 import bureau, issuing, museums
from tests.variants.holdout386.registry import HOLDOUT386
from tests.variants.kit import Variant

MODULES = (issuing, museums, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT386, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 386th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

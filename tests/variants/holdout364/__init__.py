"""The 364th held-out set: house-number plates and place-name signs (门牌 / 地名标志) in the
towns and villages of an invented county (禾湾县 and its 苍渚镇, 鹭坪乡, 苇塘镇, 芦坳镇, 桐汊乡,
石磬乡). 18 returns, 9 correct and 9 with planted mistakes (23 required marks); ``plates`` holds
the 门牌 returns (vj01–vj06), ``signs`` the 地名标志 returns (vj07–vj12), ``bureaus`` the
department tables, flat lists and stacked projects that mix both (vj13–vj18).

Layouts: project heads with 万元 only in the number format (vj01, vj02) or in 元 (vj11);
指标性质 as operator column with a unit column and typed percents (vj01, vj02, vj15); 中期 and
年度 columns of a three-year and a two-year project (vj03, vj04); operators inside the values
(vj05, vj10, vj12); a budget-system export with codes in the first columns, header on row 3 and
the table on a second sheet under 绩效目标值 (vj06); numbered tier labels with points and a
tier-1 score column beside the indicator scores (vj07, vj08); tier-1 marked ``*``, a ★ core
indicator and abbreviated tier-2s (vj09); the table on a second sheet under 考核指标 /
目标值（年度） / 评价标准 (vj11); header 预期目标 (vj12); department tables with key tasks, a
说明 row, a header repeated after a page break, a footnote, signature and stamp lines (vj13,
vj14); flat lists in two column orders (vj15, vj16); two projects stacked in one sheet, one
with detail lines (vj17, vj18).

Planted mistakes (return: code at place, highest accepted severity):

* vj02: B101 Sheet1!C5 ≤error (资金总额 64 ≠ 50 + 12); T106 Sheet1!E10 ≤error (typed 105% on a
  合格率).
* vj04: D204 Sheet1!D9 ≤warning (年度目标 = 中期目标 word for word); D202 Sheet1!E11 and
  Sheet1!E12 ≤warning (cumulative counts copied from the 中期 column of a two-year project).
* vj05: T108 Sheet1!D10, D11, D13 ≤warning (row): a 正向 count with ≤, a 差错率 with ≥, a unit
  cost cap with =.
* vj08: T105 Sheet1!E10 ≤error (覆盖率 given as 块); W103 Sheet1!B14 ≤error (效益 30 points,
  indicators 10 + 15); W101 file ≤error tolerated (the indicator points then total 95).
* vj10: T113 Sheet1!D12 ≤warning (完成时间 100%); F105 Sheet1!B13 ≤error (社会效益指标 under
  产出指标).
* vj12: F109 Sheet1!B14 ≤warning (row) (生态效益指标 left from the template); F110 Sheet1!C15
  ≤error (a value ≥3年 without a name).
* vj14: B101 Sheet1!B4 ≤error (row) (基本 220 + 项目 150 ≠ 资金总额 380, while 350 + 30 holds);
  B102 Sheet1!D9 ≤error (tasks 90 + 45 + 25 ≠ 金额合计 150); T107 Sheet1!D18 ≤warning (满意度
  =95%).
* vj16: T112 Sheet1!B9 ≤error (12万元 against unit 块); T108 Sheet1!B11 ≤warning (row) (反向
  投诉率 with ≥); W101 file ≤error (weights total 95).
* vj18: X106 Sheet1!B17 ≤error alt B108 (``14万14万(含运输)``); B101 Sheet1!C24 ≤error (second
  project 36 ≠ 30 + 4); Y102 Sheet1!D30 ≤error (2026年3月31日前 in a one-year 2025 project).

Legitimate look-alikes in the correct returns: typed percents including ``0.5%`` on an 错漏率
with ≤ (vj01) and ``100%`` with = on an 入库率 (vj15); ``=100%`` as text on a 关联率 (vj06) and
on 一致率 / 落实率 (vj07, vj11); ``≥5百分点`` on a rate raised over last year (vj07); tier
points and indicator points both totalling 100 (vj07); a 下降率 with ≥ (vj05 and vj15); 0起 and
≤0起 on incident counts (vj09, vj15); rates, unit costs and a grade equal in the 中期 and 年度
columns while counts differ (vj03); a unit cost × count equal to the money (vj17: 120 × 800元
= 9.6万元); the same 服务对象满意度 with ≥90% and ≥92% in two stacked projects (vj17); fill and
signature dates in the year before the budget year (most returns); a 金额合计 equal to 项目支出
with a footnote saying why (vj13); 说明, stamp and repeated header rows (vj13).

Judgements where a reviewer could hesitate:

* vj05: ``=95元/块`` on a cost is marked as a direction finding (T108), following domain.md
  §4.2 rule 7 (``=`` on a cost cap); the 下降率 ≥20% in the same return is not marked.
* vj08: the missing 5 points show twice (W103 at the tier, W101 on the whole); only W103 is
  required.
* vj14: which of 资金总额, 基本支出 or 项目支出 is wrong cannot be told, so B101 is a row mark on
  the budget row; the tasks are checked against the 项目支出 written (150).
* vj16: ``12万元`` under a count unit is a unit conflict (T112), not a zero or rate finding.
* vj18: the pasted-twice amount is read as 14, and the detail lines then add up to 52; the
  next-year deadline is an error because the project period is one year (Y102's severity).
* vj09: the ★ and ``*`` marks and the abbreviated tier-2s (数量, 成本, 服务对象满意度) belong to
  OLD-NAT; 成本 under 产出 is right there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout364 import bureaus, plates, signs
from tests.variants.holdout364.registry import HOLDOUT364
from tests.variants.kit import Variant

MODULES = (plates, signs, bureaus)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT364, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 364th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

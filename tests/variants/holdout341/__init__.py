"""Held-out set 341: quyi storytelling and acrobatics troupes (曲艺杂技).

Theme. Two halves: 评书, 鼓书, 弹词, 渔鼓道情 and other ballad performances sent to villages,
communities and islands, with new works created (``villages``, part of ``training``); acrobatics
troupes training young performers and touring on subsidies (``training``, ``touring``). All
places (苇塘县, 松岙市, 鹭汀区, 望潮县, 柘坪乡), units, people, phone numbers and figures are
invented. Budget year 2025 throughout; money in 万元.

Layouts. Project heads (``heads.project_head``) with one-year or 中期/年度 money blocks;
department heads with budget, a row of typed percent shares (um15) and key tasks with a
金额合计; operator and unit columns (um01, um02); one value column (um05, um13, um14, um18);
flat lists in two column orders (um03, um04); 中期 and 年度 value columns (um07, um08); tier-1
score column beside indicator scores (um09, um10); numbered labels with points (um11); labels
marked ``*`` and headers 考核指标 · 目标值（年度） · 评价标准 (um12); header 预期目标 (um06),
指标内容 (um11), 绩效目标值 (um17); 注 / 说明 / 填表说明 rows inside and under the table and
signature lines (um01, um05, um06); two projects stacked in one sheet (um13, um14); a
budget-system export with the head on sheet 05-1 and the table under two title rows on sheet
05-2 with the project code and name in the first columns (um17); a detail block under the
table (um18).

Planted mistakes (return, code, highest accepted severity, place):

* um02: T106 error at Sheet1!E11 (社区演出覆盖率 typed 120%); T108 warning, row, Sheet1!E15
  (演出有效投诉率 with ≥).
* um04: T105 error at Sheet1!B14 (评书新作创编完成率 given as 6 部); T108 warning, row,
  Sheet1!B17 (观众有效投诉率 ≥3% while the direction column says 反向); W101 error, book level
  (weights add to 95).
* um06: F110 error at the empty name Sheet1!C12 (a value ≥85% without a name); F109 warning,
  row, Sheet1!B17 (生态效益指标 left from the template, no indicator, no value).
* um08: D204 warning at the 年度目标 cell Sheet1!D9 (copied from 中期目标); D202 warning at
  Sheet1!E11 and Sheet1!E12 (三年累计 新作 ≥12部 and 送演出 ≥300场 copied into 年度).
* um10: W103 error at 绩效目标!B9 (产出 40 against 10+10+5+10 = 35) and 绩效目标!B14 (效益 30
  against 15+10+10 = 35); both levels still total 100, so no W101.
* um12: T106 error at Sheet1!D10 (验收合格率 ≥105%); F105 error at Sheet1!B11 (社会效益指标
  merged under *产出指标).
* um14: B101 error at Sheet1!C18 (second project: 年度资金总额 72 ≠ 60 + 10); T105 error at
  Sheet1!D23 (巡演场次完成率 40场).
* um16: B101 error, row, Sheet1!B4 (资金总额 950 = 800 + 150 but 基本支出 600 + 项目支出
  330 = 930); B102 error at the 金额合计 Sheet1!D10 (tasks 120+100+60+40 = 320 ≠ 330).
* um18: X104 warning at Sheet1!F4 (计划完成日期 typed as the text 46022); X105 warning at
  Sheet1!E5 (财政拨款 ``110.4 5``, X103 accepted); X106 error at Sheet1!C17 (明细
  ``45.2万45.2万（含往返包船）``, B108 accepted).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(um01), ``=100%`` on 审查通过率 (um01, um17) and a bare ``=`` 100 on a coverage rate in a flat
list (um03); ``= 0 起`` / ``0起`` on safety incidents (um01, um13); a 下降率 with ≥ (um03); ``≥5
百分点`` / ``≥3百分点`` on a share raised (um09, um15); tier points and indicator points both
adding to 100 (um09) and points inside labels (um11); annual counts below period counts with
rates and unit costs equal in both columns (um07); the same indicator name (巡演场次, 每场巡演补助,
观众满意度) with different values in stacked projects (um13); a unit cost × count equal to the
money (um13 second project 20 × 1.2 = 24); a footnote explaining the total (um05); fill and
signature dates in 2024 (um01, um05, department heads); a 其他资金 of 0 (um13, um17).

Judgements where a reviewer could hesitate:

* um09: ``95%`` typed without an operator on 合格率 is read as a target (T103 is info only).
* um07: the period 时效 value ``每年12月31日前`` has no year but is not a conflict.
* um14: the B101 is marked at the second project's total; the reviewer does not say which of
  the three amounts is wrong, so only that cell is marked. The T105 row's ``40场`` agrees with
  the 年度目标 text; only the rate-as-count is marked.
* um16: B101 is a row mark (the finding may land at 资金总额, 基本支出 or 项目支出); the
  金额合计 330 equals 项目支出, so the tasks are what does not add up (B102 at 金额合计).
* um18: read as 110.45 and 45.2, the money adds up, so no B101 / B102 is expected.
* um06: 生态效益指标 with no indicator is a template leftover (F109), not a missing required tier.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout341 import touring, training, villages
from tests.variants.holdout341.registry import HOLDOUT341
from tests.variants.kit import Variant

MODULES = (villages, training, touring)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT341, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 341st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 665th held-out set: 罗非鱼与鳜鱼池塘养殖、尾水生态塘, written blind from domain.md, the
README, kit.py, heads.py and the rule catalogue. 18 returns, 9 correct, 25 required marks; the
set's aim is checks across the table (goal text against indicators, years and dates, 中期 against
年度, duplicates, wrong tier-2, unit cost × count against the money, parts against totals).
Everything is invented: 澄湾县, 砚河县, 蓼洲区, 鹭滩镇, 苇塘乡, 黛湖镇, 桐溪镇, people, phones.

Layouts: ``tilapia`` (gy01–gy06: 罗非鱼), ``mandarin`` (gy07–gy12: 鳜鱼), ``tailwater``
(gy13–gy18: 尾水生态塘). Project heads (one-year and multi-year, 万元 in the number format),
department heads with tasks and a 金额合计, OLD-NAT and NAT-2021 tiers merged down, operator and
unit columns (gy01, gy10, gy15), numbered labels with points and a score column (gy07),
abbreviated labels (gy08), a two-row header 考核指标 · 目标值（年度） · 评价标准 on a second sheet
(gy09), a flat list (gy11), an instruction row inside the table and footnotes (gy13), header
预期目标 (gy14), a budget-system export with sheets 部门项目支出预算05-1 / 部门项目支出绩效目标05-2
and the header on the third row (gy15), 中期 and 年度 columns (gy05, gy06, gy16), two stacked
projects (gy03, gy04), a detail block (gy10).

Planted mistakes (return: code, highest accepted severity, place):

* gy02: D104 ≤warning Sheet1!D9 (row): 清淤改造 ≥130亩 against 150亩 in the 年度目标;
  Y102 ≤error Sheet1!D12, alt D104, Y103: deadline 2026年3月31日前 in a one-year 2025 project
  whose goal says 11月底; B107 ≤warning Sheet1!D13 (row): 0.6万元/亩 × 130亩 = 78 > 70.
* gy04: B101 ≤error Sheet1!C19: second project 年度资金 25 ≠ 20 + 8; Y103 ≤warning Sheet1!B21,
  alt Y102, Y101: the second project's goal keeps a 2024年12月底 deadline; D103 ≤warning
  Sheet1!C25 (row), alt D101, D102: 病害监测点位数量 ≥12个 beside 病害监测点数量 ≥15个.
* gy06: D201 ≤error Sheet1!E12, alt D104: year 850亩 above period 800亩 (goal 500亩); D202
  ≤warning Sheet1!E13, alt D104: period 600人次 copied into the year (goal 300人次).
* gy08: F201 ≤warning Sheet1!C13 (row): 成活率 under 时效; F201 ≤warning Sheet1!C17 (row):
  示范养殖户满意度 under 社会效益.
* gy10: B102 ≤error Sheet1!C12, alt B101: detail lines 75 + 3 + 4 = 82 against 合计 80;
  B107 ≤warning Sheet1!E18 (row), alt D104: 0.2万元/亩 × 500亩 = 100 > 80 (goal and lines say
  0.15); T108 ≤warning Sheet1!D19 (row), alt D104: 鳜鱼饵料系数 ≥ 4.5 (goal: 控制在4.5以内).
* gy12: B102 ≤error Sheet1!D9, alt B101: tasks 60 + 30 + 15 = 105 against 金额合计 110;
  D104 ≤warning Sheet1!D12 (row): 放养 ≥250万尾 against 300万尾 in task and goal; Y102 ≤error
  Sheet1!D16, alt Y103, Y101: 2024年10月31日前 in a 2025 table.
* gy14: D104 ≤warning Sheet1!D9 (row): ≥2座 against 3座 in the goal; F110 ≤error Sheet1!C11
  (empty name, value 1200亩); F109 ≤warning Sheet1!B13 (row): 时效指标 left from the template.
* gy16: D204 ≤warning Sheet1!D9: 年度目标 copies the 中期目标; D202 ≤warning Sheet1!E11: 6座
  copied into the year; Y102 ≤error Sheet1!E15, alt D202, D203: the period's 2026 deadline
  copied into the 2025 column.
* gy18: X104 ≤warning Sheet1!F4: 计划完成日期 "46022" as text; X105 ≤warning Sheet1!E5, alt
  X103, B108: 财政拨款 "48.5 6" (48.56 + 12 = 60.56); D104 ≤warning Sheet1!D10 (row):
  生态塘 ≥20亩 against 2座共30亩 in the goal.

Look-alikes in the correct returns:

* gy01: typed percent cells with a % unit column, =100% on 验收合格率, 饲料系数下降率 ≥8%,
  `其中：苗种培育池` 20亩 as a part of the goal's 120亩, two unit costs (120 × 0.4 + 48 × 0.25)
  adding exactly to the 60万元, a fill date in 2024.
* gy03: two stacked projects both with 养殖户满意度 (≥90% / ≥85%): not duplicates.
* gy05: period counts three times the year's, rates and unit costs equal in both columns, the
  中期目标 naming 2028 as the year the work prepares for, a note on the columns.
* gy07: tier points in the labels (40 + 20 + 30 + 10) and indicator points (100) both given,
  a 合计 row, ≥5百分点 on a survival rate; 300 × 0.2 + 100 × 0.2 = 80万元 exactly.
* gy09: a two-row header on a second sheet, 评价标准 text in the last column.
* gy11: a flat list with weights adding to 100 and a 合计 row, percent cells, 病害发生率 ≤5%.
* gy13: an instruction row inside the table, 尾水化学需氧量浓度下降率 ≥30%, 污染事件 0起,
  footnote explaining 95 = 72 + 23, 填表说明, signature and stamp lines, fill date 2024.
* gy15: export codes, the goal merged down beside the indicators, 定性 · 健全 in the operator
  and value columns, 0.3 × 120 = 36 ≤ 40.
* gy17: a row of shares as typed percents (100 % · 90 % · 10 % · 60 % · 40 %), tasks adding to
  项目支出 200, 30万元/座 × 4座 = 120 = the task's money, 及时率 under 时效.

Judgements where a reviewer could hesitate:

* D104 marks are warnings (the indicator may count something narrower), placed on the
  indicator row; the goal cell is not marked. A deadline after the budget year (gy02, gy16) or
  before it (gy12) is Y102 up to error: an annual target cannot fall outside its year.
* gy04: the near-duplicate with a different value is a warning (D102 accepted as the same
  problem); 2024 in the second goal is a left-over year, a warning.
* gy06: the year's 850亩 above the period's 800亩 is an error; the copied 600人次 a warning.
* gy10: the feed coefficient is 反向 (lower is better); ≥ on it is a warning.
* gy18: the serial in the completion date is a warning; no year finding is asked for it.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout665 import mandarin, tailwater, tilapia
from tests.variants.holdout665.registry import HOLDOUT665
from tests.variants.kit import Variant

MODULES = (tilapia, mandarin, tailwater)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT665, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 665th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

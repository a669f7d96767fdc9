"""The 599th held-out set: bullfrog (牛蛙) and soft-shell turtle (甲鱼 / 中华鳖) ponds, with the
county aquatic-seed station (萍川县水产苗种站), budget year 2025. Everything is invented: the
county 萍川县 with 鹭洲镇 and 柘塘乡, the units, people, phone numbers and figures.

Eighteen returns, nine correct and nine with 24 required marks; the set aims at checks across
the table (goal text against indicators, years and dates, 中期 against 年度, duplicates, wrong
tier-2, unit cost × count against money, parts against totals, leftovers): 21 of the 24.

Layouts: project heads (§3.1) with one-year money blocks (资金总额 = 财政拨款 + 其他资金) or
中期 | 年度 money columns; department heads (§3.2) with budget rows and key tasks; operator
columns as symbols (ek01) and in words (ek12) with unit columns; a flat list (ek05); stacked
projects (ek03, ek04); tier-1 and indicator points (ek07, ek08); a second sheet under 考核指标 /
预期实现值 with abbreviated tier labels (ek11); a budget-system export with codes in the first
columns and headers on the third row (ek13); a two-row 中期 / 年度 header (ek14); a header
repeated after a page break with page subtotals (ek16); headers 指标内容 / 绩效标准 (ek02),
考核指标 / 目标值（年度） (ek10), 预期目标 (ek18).

Planted mistakes (return: code, highest accepted severity, place):

* ek02-frog-goal-mismatch: B101 ≤error at the 资金总额 cell (60 + 15 ≠ 80); D104 ≤warning
  (row) at 标准化养殖池建设面积 ≥100亩 against the goal's 150亩; Y102 ≤error at 工程完工时间
  2024年10月31日前 (alt Y103, D104: the goal says 2025年10月底).
* ek04-frog-stacked-defects: in the second project F201 ≤warning (row) at 尾水检测合格率 under
  时效指标; D102 ≤error (row, alt D101, D103) at the second 池塘尾水抽检次数 (≥4次 after ≥12次).
* ek06-frog-park-three-years: D204 ≤warning at the 年度目标 cell (the 中期目标 copied); D201
  ≤error at the 年度 ≥350亩 (中期 ≥300亩); D202 ≤warning at the 年度 ≥3个 种蛙繁育基地 copied
  from 中期.
* ek08-turtle-points-wrong: W103 ≤error at the 产出指标 score 50 (indicators add to 45) and at
  the 效益指标 score 30 (indicators add to 35); both totals still 100. D104 ≤warning (row) at
  中华鳖良种苗投放数量 ≥5万只 against the goal's 8万只.
* ek10-turtle-centre-wrong: B101 ≤error (row) at 资金总额 420 (基本 230 + 项目 180 = 410);
  B102 ≤error (alt B101) at 金额合计 190 (tasks 60 + 70 + 50 = 180); D104 ≤warning (row) at
  稚鳖培育温室改造数量 ≥20栋 against the task's and the goal's 30栋.
* ek12-turtle-operator-words: F201 ≤warning (row) at 商品鳖检测合格率 under 数量指标; B107
  ≤warning (row) at 良种苗补贴标准 2元/只 (× 30万只 = 60万元 > 50万元).
* ek15-station-three-years-wrong: Y101 ≤error (alt Y102, Y103) at 计划完成日期 2026-12-31 in a
  3年 project whose 中期目标 runs 2025—2027; D104 ≤warning (row) at the 中期 鳖苗繁育数量
  ≥250万只 against the 中期目标's 300万只.
* ek17-station-monitoring-wrong: Y102 ≤error (alt Y103) at 秋季苗种抽检完成时间 2024-10-31;
  D101 ≤warning (row, alt D103) at 水产苗种产地检疫率, a second 苗种产地检疫率 with one word
  more and the same ≥95%; F201 ≤warning (row) at 养殖户满意度 under 社会效益指标.
* ek18-station-template-rows: X101 ≤error at the template example row's ≥XX万尾; F110 ≤error
  at the empty name cell of a 时效 value ≤7个工作日; F109 ≤warning (row) at 生态效益指标 left
  without an indicator.

Legitimate look-alikes in the correct returns: a goal's area with its parts in brackets and a
footnote explaining the total (ek01, ek11); costs equal to the money (ek01 0.4×120 + 2×6 = 60,
ek03 5×9 = 45, ek07 0.6×100 + 3元×10万 = 90, ek09 750元×600 = 45, ek11 36 + 18 = 54) or
within it (ek03, ek13, ek14, ek16); 下降率 with ≥ (ek01, ek05, ek07); 发生率 with ≤ (ek05);
0起 on incident counts (ek01, ek13, ek16); =100% on ceiling rates, as text (ek07, ek13) and as
a typed percent (ek01, ek14, ek16); typed percent cells (ek01, ek05, ek07, ek13, ek14, ek16); a
rate raised in 百分点 (ek07); tier points and indicator points both adding to 100 with a 合计
row (ek07); page subtotals 50 + 50 and a total of 100 (ek16); the same satisfaction indicator
with different values in two stacked projects (ek03); two projects in an export, each with its
own tiers (ek13); period counts beside smaller year counts and equal rates (ek14); a later
year the work prepares for (为2027年推广…, ek11); fill dates in the year before (all).

Judgements where a reviewer could hesitate:

* ek06: with the 年度目标 copied from the 中期目标, the annual ≥350亩 and ≥200人次 also
  contradict the (copied) annual goal text; D104 there is tolerated (``ok``), not asked for.
* ek15: the 中期 deadline 2027年10月31日前 lies inside the stated period but after the wrong
  end date; a date finding there is tolerated up to error.
* D104 marks sit at the indicator's row (row=True): a finding placed at the goal text cell
  would not match; the indicator is where the figure must be corrected.
* ek10: 资金总额 could be the wrong cell or 基本支出; the row mark accepts either.
* ek17: 苗种产地检疫率 and 水产苗种产地检疫率 are the same indicator (D101), not two.
* ek04: the first stacked project has no duplicate of the second's indicators; projects are
  checked apart.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout599 import bullfrog, station, turtle
from tests.variants.holdout599.registry import HOLDOUT599
from tests.variants.kit import Variant

MODULES = (bullfrog, turtle, station)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT599, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 599th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

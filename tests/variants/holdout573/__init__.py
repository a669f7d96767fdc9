"""The 573rd held-out set: 18 invented returns on tofu skin and sweet-potato vermicelli (腐竹、
红薯粉) village processing in the invented 桐坳县 (石磨镇, 梨垭乡, 鹤畈村, 茶棚村, 上坳村), budget
year 2025, with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Modules: ``tofuskin`` (dk01–dk06, 腐竹), ``vermicelli`` (dk07–dk12, 红薯粉条、粉丝), ``combined``
(dk13–dk18, both lines, stacked or side by side); ``common`` holds the shared helpers.

Layouts: project heads with one-year and multi-year money blocks (万元 only in the number
format), a department head with shares and key tasks (dk05) and one without tasks over a flat
list (dk07); tier-1 and tier-2 merged down; operator columns (≥ / ≤, or 大于等于 / 小于等于) with
a unit column (dk01, dk06, dk09); numbered tier labels with a tier score column (dk04); labels
with points, marks and abbreviations (dk14); header words 指标内容 / 绩效标准 (dk02), 考核指标 /
预期实现值 on a second sheet (dk10), 考核指标 / 目标值（年度） / 评价标准 (dk18); 中期 and 年度
columns (dk08, dk16); stacked projects (dk03, dk13); a budget-system export on two sheets with
codes in the first columns and the header on row 3 (dk11); a budget detail block (dk15); 说明,
subtotal, repeated header, total, 填表说明 and signature rows (dk17).

Planted mistakes (return: code, highest accepted severity, place):

* dk02: X102 ≤warning Sheet1!B7 (``<br>`` in the 年度目标); D104 ≤warning Sheet1!D11 (row; the
  goal says 3 生产线, the indicator 2条); Y102 ≤error Sheet1!D15 (投产 2026-03-31 in a one-year
  2025 project).
* dk04: W103 ≤error Sheet1!B9 (产出 declared 50, its indicators score 45; W101 on the file
  tolerated); D103 ≤warning Sheet1!D13 (row, alt D102 D101: 单批腐竹出品率 ≥60% against
  单批次腐竹出品率 ≥55%); F201 ≤warning Sheet1!D14 (row: a 合格率 under 时效指标).
* dk06: X104 ≤warning Sheet1!D4 (计划开始日期 ``45748`` as text); X101 ≤error Sheet1!E10
  (``XX`` 户); B107 ≤warning Sheet1!E13 (row: 3.5万元/台 × 30台 = 105 > 80万元).
* dk08: Y103 ≤error Sheet1!D9 (alt Y102 Y101: the 2025 年度目标 says 2024年10月前); D201 ≤error
  Sheet1!E11 (annual ≥4处 above period ≥3处); D104 ≤warning Sheet1!D12 (row: 中期目标 300户,
  indicator ≥200户).
* dk09: T108 ≤warning Sheet1!D11 (row: 超标率 with 大于等于); Y102 ≤error Sheet1!E12 (install
  date 2024-10-31 in a 2025 project).
* dk11: X102 ≤warning 部门项目支出绩效目标05-2!D4 (``<p>``); D102 ≤error …05-2!H6 (row, alt
  D101 D103: 培训红薯粉加工户 ≥200人次 and ≥150人次); X104 ≤warning …05-2!H8 (``45901``).
* dk12: F109 ≤warning Sheet1!B10 (row: 社会成本指标 left empty); F110 ≤error Sheet1!C12 (a
  value without a name); F201 ≤warning Sheet1!C14 (row: 按期交货率 under 质量指标).
* dk13: B101 ≤error Sheet1!C20 (second project 60 ≠ 45 + 10); D104 ≤warning Sheet1!D25 (row:
  goal 150人次, indicator ≥120人次).
* dk16: D202 ≤warning Sheet1!E13 (alt D104: cumulative ≥120户 copied into the year, whose goal
  says 60户); Y102 ≤error Sheet1!D15 (竣工 2027-06-30 beyond the 2025—2026 项目期).

24 required marks, 18 of the kinds that need reading across the table (C4, C6, C9, C10, C12,
C15, C16 and the unit cost × count of B107).

Legitimate look-alikes in the correct returns (dk01, dk03, dk05, dk07, dk10, dk14, dk15, dk17,
dk18): typed percent cells with a ``%`` unit column (dk01, dk07); a 断条率 and a 投诉率 with ≤
(dk01, dk07); 燃料成本降低率 and COD 排放下降率 with ≥ (dk06, dk10); ``0起`` on an incident count
(dk05); rate changes in 百分点 (dk03, dk10, dk14); goal texts repeating the indicators' counts
with the same values (dk01, dk05, dk07, dk18); the same indicator name with different values in
two stacked projects (dk03); 出粉率 / 成品率 and 销售量 / 销售额, similar names measuring
different things (dk07, dk18); tier points and indicator points both adding to 100 (dk14); unit
cost × count equal to its budget line (dk05 2500元 × 120批次 = 30万元, dk15 both lines);
年度资金总额 = 当年财政拨款 + 上年结转 + 其他资金 (dk18); footnotes explaining a total (dk05,
dk15); signature dates in 2024 (dk01, dk05, dk07, dk17); ``=100%`` on a 合格率 (dk18).

Judgements where a reviewer could hesitate:

* A 2026 named in a 2025 goal as the next step (dk03, dk14) is on purpose: tolerated up to a
  warning (``ok``), not required.
* dk08's ``2024年10月前`` in a 2025 年度目标 is a deadline already past: error accepted; Y103,
  Y102 or Y101 all name it.
* Two yield rates with one meaning (dk04) are doubtful, so a warning at most; the same name
  twice with two values (dk11) cannot be, so D102 may be an error.
* B107 stays a warning, as the catalogue has it, although 105 > 80 is arithmetic.
* dk16: the copied 120户 is marked D202 with D104 accepted, since its 年度目标 says 60户.
* dk17's subtotal (产出指标小计) and total rows, 说明 row and repeated header are not indicators;
  dk14's 合计 row is not an indicator; dk11's code columns are not tiers.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout573 import combined, tofuskin, vermicelli
from tests.variants.holdout573.registry import HOLDOUT573
from tests.variants.kit import Variant

MODULES = (tofuskin, vermicelli, combined)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT573, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 573rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 273rd held-out set: returns of archive and chronicle offices (档案数字化, 档案馆库房改造;
地方志编纂, 党史资料征集), with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Everything is invented: places (砚塘县, 鹤汀区, 沄川市, 岫平县, 梓湄县, 苇洲区), offices,
projects, people, phone numbers and figures. Budget year 2026; heads filled in November 2025.

Layouts: project heads (§3.1) with one-year and three-year money blocks; department heads (§3.2)
with budget rows and key tasks; tier-1 and tier-2 merged down; operators inside the values, in
their own column (比较符, 指标性质) or as a direction (指标性质 正向/反向); unit columns; headers
指标内容 / 绩效标准 (rw01), 预期实现值 on a second sheet (rw05), 指标值设定依据 (rw03), 中期指标值 /
年度指标值 (rw07, rw08); a five-line and a four-line budget detail block (rw03, rw04); a
budget-system export with codes in the first columns and the header on the third row of sheets
「部门项目支出预算05-1」 / 「部门项目支出绩效目标05-2」 (rw06); tier-1 and indicator score columns
(rw09, rw10); flat lists (rw11, rw12); three and two stacked projects (rw13, rw14); numbered,
abbreviated and *- or ★-marked labels (rw10, rw15, rw16); 注 / 说明 / 填表说明 rows, subtotal
rows, a header repeated after a page break, stamp and signature lines (rw05, rw17, rw18).

Planted mistakes (code, highest accepted severity, place):

* rw02-scan-defects: T106 error at 著录数据准确率's typed 102% (Sheet1 value cell); T108 warning
  (row) at the ≥ of 扫描图像差错率; T113 warning (row) at 数字化加工完成时间 = 100%.
* rw04-vault-money-wrong: B101 error (row, alt B102) at 年度资金总额 310 ≠ 280 + 20; B102 error
  (alt B101) at the detail 合计 310 whose lines add to 300; B107 warning (row) at 智能密集架单价
  ≤1.6万元/组 (× 200 组 = 320万元, above the money).
* rw06-system-export: X104 warning at 计划完成日期 "46387" (sheet 05-1); X105 warning (alt
  X103) at 财政拨款 "96.462 5" (sheet 05-1); X101 error at the value XX of 数字化档案目录挂接
  (sheet 05-2).
* rw08-district-gazetteer-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202
  warning at the annual ≥6部 of 镇（街道）志编修; D201 error at the annual ≥120人 against ≥80人.
* rw10-yearbook-points-wrong: W103 error at 一、产出指标's score 50 (indicators 55) and at
  三、效益指标's score 30 (indicators 25); T105 error at 村志编修扶持计划完成率 4部.
* rw12-party-history-flat-defects: T112 error at 征集党史资料 ≥600件 (unit column 万字); T108
  warning (row) at 资料鉴定错判率 ≥1% declared 反向; W101 error at book level (weights sum to 95).
* rw14-stacked-chronicle-defects: B101 error (row) at the second project's 年度资金总额 36 ≠ 30 + 4;
  F110 error at the empty name of the 质量指标 row valued ≥90%; F109 warning (row) at the 时效指标
  left without indicator or value.
* rw16-party-marked-labels-wrong: F202 warning (row) at 预算执行率 ≥95% under 成本; F105 error (row)
  at 可持续影响 under *产出指标.
* rw18-digitisation-notes-defects: Y102 error at the deadline 2027年3月31日 of a one-year 2026
  project; T107 warning (row) at the = of 利用者满意度 95%.

25 required marks: 14 errors, 11 warnings; 4 defective returns on the archive half (rw02, rw04,
rw06, rw18), 5 on the chronicle half (rw08, rw10, rw12, rw14, rw16).

Legitimate look-alikes in the correct returns: typed percent cells (rw01 98%, 0.3%, 100%, 92%;
rw11 95%, 0.2%, 5%, 92%) with % also in the unit column; ≤ on 差错率 (rw01, rw09, rw11, rw15,
rw17) and =100% at the ceiling of a rate (rw01, rw03, rw07, rw14's first project, rw15);
=6台 / =1部 on counts; 0起 on incident counts without an operator (rw03, rw05) and = 0 件 on a
damage count (rw18, beside its two real mistakes); a cost standard × count within or equal to
its money (rw15: 150万画幅 × 0.4元 = 60万 of a 62万 task; rw17: 50万字 × 0.8万元 = the 40万
task; rw03: 160组 × 1.05万元 = the 168万 line); 项目总成本
≤286万元 equal to the budget (rw03); a 说明 line explaining that the four cost caps add to the
annual money (rw05); ≥3百分点 on a rate raised over last year (rw09); tier scores and indicator
scores both adding to 100 with a 合计 row giving 100 twice (rw09); subtotal rows and a 合计 row of
weights (rw17); the same 服务对象满意度 with ≥90% and ≥95% in different stacked projects (rw13);
annual counts strictly below the period counts and rates equal in both columns (rw07); 2025 in a
yearbook's goal (rw09: 《沄川年鉴（2026）》 records 2025) and in a 大事记 title (rw14:
2021—2025); fill and signature dates in November 2025.

Judgements where a reviewer could hesitate:

* rw04: the two 310s (总额 and 合计) agree with each other but not with 280 + 20 or with the lines
  (300); each cell is marked for its own sum and accepts the other code for the same gap.
* rw02: a deadline given as = 100% is T113 at warning (doubtful, not impossible); the 102% is an
  error (an accuracy rate cannot exceed 100%).
* rw08: one copied cumulative count (D202, warning) next to a count whose annual value exceeds
  the period (D201, error); the equal rates and unit costs are not marked.
* rw10: tier totals 50 + 10 + 30 + 10 and indicator totals 55 + 10 + 25 + 10 both give 100, so
  no W101; only the two tier cells are marked (W103).
* rw12: W101 is marked at book level; the weight column does not carry a total row.
* rw14: 时效指标 left empty is F109 (warning); the missing 时效 indicator is not marked again as
  a structural error.
* rw16: 可持续影响 under 产出指标 is F105 (its owner 效益指标 is present); 预算执行率 under 成本 is
  F202 at warning.
* rw18: 档案实体损伤 = 0 件 is a legitimate zero target on damage, not T115.
* rw06: 46387 is 2026-12-31, the right date stored as text (X104 only, no year finding); the
  split 96.462 5 read as 96.4625 adds up with 32 to 128.4625.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout273 import archives, chronicles, offices
from tests.variants.holdout273.registry import HOLDOUT273
from tests.variants.kit import Variant

MODULES = (archives, chronicles, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT273, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 273rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

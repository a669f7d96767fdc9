"""The 514th held-out set: goat-milk cheese (羊奶酪) cooperatives in hill villages of the
invented 云岙县 (羊角坪, 石栈乡, 雾松镇, 杉塘乡, 高岭坝村): dairies (bd01–bd06), cold storage
(bd07–bd12) and sales (bd13–bd18). 18 returns, 9 correct, 22 required marks. Budget year 2025.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks in 万元
carried by the number format; department heads with budget, typed percent shares and key tasks;
an operator column with a unit column (bd01, bd02); numbered tier labels with points and an
indicator score column (bd03, bd17, bd18); headers 指标内容 / 绩效标准 (bd05) and 预期实现值 on a
second sheet (bd06); a two-row header with 中期 and 年度 (bd07); 指标性质 as direction and 指标方向
as operator (bd09); a budget-system export with 项目代码 / 项目名称 in the first columns,
the table on sheet 项目支出绩效目标05-2 with its header on row 3 (bd10); two projects stacked
in one sheet (bd13, bd14); flat lists (bd15, bd16); an instruction row inside the table, the
header repeated after a page break, 注 rows, signature and stamp lines (bd17).

Planted mistakes (return: code, highest accepted severity, place):

* bd02-percent-over: T106 error at Sheet1!E11 (奶酪成品抽检合格率 ≥ typed 102%); T108 warning,
  row, at Sheet1!D12 (原料奶体细胞超标率 with ≥ in the operator column).
* bd04-wrong-parent: F105 error at Sheet1!B14 (2.时效指标 under 三、效益指标); F110 error at the
  empty name cell Sheet1!C15 (value ≥80户 without a name); F109 warning, row, at Sheet1!B16
  (4.生态效益指标 left from the template with no indicator).
* bd06-second-sheet: T105 error at 绩效指标!D4 (羊奶冷链收集覆盖率 18个); T113 warning at
  绩效指标!D6 (挤奶厅改造完工时间 100%).
* bd08-multi-year-copied: D204 warning at Sheet1!D9 (年度目标 = 中期目标 word for word); D202
  warning at Sheet1!E11 and Sheet1!E12 (cumulative counts ≥4座, ≥800个 copied into 年度).
* bd09-direction-column: T108 warning, row, at Sheet1!E10 (新增冷藏库容 正向 with ≤) and at
  Sheet1!E14 (冷库温度超标报警次数 反向 with ≥).
* bd12-department-money-wrong: B101 error at Sheet1!B4 (基本支出 140 + 项目支出 250 ≠ 资金总额
  380); B102 error at Sheet1!D9 (tasks 100 + 70 + 90 = 260 ≠ 金额合计 250).
* bd14-stacked-wrong: B101 error at Sheet1!C19 (second project: 40 + 15 ≠ 50); T105 error at
  Sheet1!D24 (展会意向订单履约率 30单).
* bd16-flat-defects: T112 error at Sheet1!B7 (1200箱 against the unit column 万元); T108 warning,
  row, at Sheet1!B10 (客户投诉率 反向 with ≥2%); W101 error at book level (weights add to 95).
* bd18-tier-points-serial: X104 warning at Sheet1!F4 (计划完成日期 the text 46022, i.e.
  2025-12-31); W103 error at Sheet1!A9 (产出指标（50分） over 15+15+15 = 45) and at Sheet1!A13
  (效益指标（20分） over 15+10 = 25; both levels still add to 100).

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column and ``=`` with a typed 100% on a 合格率 (bd01); tier points in the labels and indicator
scores both adding to 100 (bd03, bd17); 0起 on a food-safety incident count without operator
(bd05) and =0起 on a transport accident count (bd10); a 奶酪冷链损耗下降率 ≥15% (bd10); 中期 and
年度 rates and unit costs equal in a three-year project (bd07); a unit cost × count equal to the
money (bd10 6 × 5 = 30, bd13 1 × 36 = 36); the same name 消费者满意度 at ≥90% and ≥85% in two
stacked projects (bd13); a footnote saying 金额合计 is 项目支出 only (bd11); ≥5百分点 on a share
rise (bd17); fill and signature dates in 2024 under a 2025 budget (bd01, bd11, bd15, bd17);
flat lists without tiers (bd15).

Judgements: the W103 marks sit at the tier label cells, where the points are written; the
B101 of bd12 sits at 资金总额, though the wrong figure could be 基本支出 or 项目支出 (财政拨款 +
其他资金 = 380 agrees with the total); bd08 is a two-year project, so a cumulative count equal
in both columns is doubtful (warning), not impossible; bd06 and bd08 lose no money check
because unit costs × counts stay within the money (bd08 4 × 30 = 120 ≤ 140); ≥3百分点 on
原料奶收购损耗降低 (bd06) is a percentage; bd16's 新增直营网点 ≥6 takes its unit from the column.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout514 import dairies, sales, storage
from tests.variants.holdout514.registry import HOLDOUT514
from tests.variants.kit import Variant

MODULES = (dairies, storage, sales)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT514, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 514th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

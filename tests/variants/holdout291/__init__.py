"""The 291st held-out set: construction quality and safety supervision.

Theme: 建设工程质量安全监督 and 起重机械检测 (so01, so03, so04, so07, so10, so11, so13, so15,
so18) against 建筑市场监管, 农民工工资保障 and 扬尘治理 (so02, so05, so06, so08, so09, so12,
so14, so16, so17). Everything is invented: places (岑川县, 梧塘区, 澄岭市, 禾坪区, 沅汀市,
桧屿县), units, projects, people, phone numbers and figures. Budget year 2025 throughout.

Layouts: project heads (``heads.project_head``) with 年度资金总额 = 财政拨款 + 其他资金 in 万元
carried by the number format; department heads with budget and key tasks; OLD-NAT and
NAT-2021 tiers merged down; an operator column (指标性质) and a unit column (so01); numbered
labels with points and an indicator score column (so03); a tier score column (so04); labels
with * and ★ and abbreviations in a 区域绩效目标表 with 中央补助 + 地方资金 (so05); header
words 预期目标, 绩效目标值, 指标内容 / 绩效标准; flat lists in two column orders (so09, so10);
an instruction row, 注, 填表说明 and signatures (so11); a header repeated after a page break
with 小计 and 合计 rows (so12); 中期 and 年度 columns (so13, so14); two projects stacked in
one sheet (so15, so16); a budget-system export on two sheets with codes first, word
operators and the header on the third row (so17); detail lines converted from PDF (so18).

Planted mistakes (return: code, highest accepted severity, place):

* so02: T108 ≤warning Sheet1!D9 (row), 运维单价 ``=0.45万元/台·年``, a cost cap with =;
  T113 ≤warning Sheet1!D14, 工地裸土覆盖完成时间 ``100%``;
  T108 ≤warning Sheet1!D16 (row), 扬尘超标发生率 ``≥3%``, a 反向 rate with ≥.
* so04: W103 ≤error Sheet1!B9, 产出 declared 50, its indicators 40;
  T105 ≤error Sheet1!E11, 安全隐患整改率 ``320项``;
  W103 ≤error Sheet1!B13, 成本 declared 10, its indicators 20 (indicators total 100).
* so06: F110 ≤error Sheet1!C12 (empty name, value ≥98%);
  F105 ≤error Sheet1!B14, （一）时效指标 under 三、效益指标;
  F109 ≤warning Sheet1!B16 (row), （三）经济效益指标 left empty from the template.
* so08: B101 ≤error 部门整体!B4 (row), 920 + 30 ≠ 960;
  B102 ≤error 部门整体!D9, tasks 120 + 135 + 80 = 335 ≠ 金额合计 350;
  T105 ≤error 部门整体!D14, 欠薪投诉案件结案率 ``46件``.
* so10: T112 ≤error 部门整体!B9, ``≤36万元`` against unit column 台;
  T108 ≤warning 部门整体!B11 (row), 反向 发生率 with ``≥0.5%``;
  W101 ≤error book level, weights add to 95.
* so12: T106 ≤error 部门整体!D15, typed 105% on a 覆盖率;
  W103 ≤error 部门整体!E17 (alt W101), 产出 小计 40 while its weights add to 45.
* so14: D204 ≤warning Sheet1!D9, 年度目标 = 中期目标 word for word;
  D202 ≤warning Sheet1!E11, cumulative 联网工地数 ≥180个 copied into 年度;
  D201 ≤error Sheet1!E12, 执法检查次数 年度 ≥48次 above 中期 ≥36次.
* so16: Y102 ≤error Sheet1!D11 (alt Y103), ``2026年6月30日前`` in a one-year 2025 project;
  B101 ≤error Sheet1!C19 (row), the second project's 150 ≠ 120 + 20.
* so18: X104 ≤warning Sheet1!F4, 计划完成日期 as the text ``46022`` (2025-12-31);
  X105 ≤warning Sheet1!D19 (alt X103), ``31.587 5``;
  X106 ≤error Sheet1!D20 (alt B108), ``24万24万(含软件维护)``.

Legitimate look-alikes in the correct returns: ``= 0 起`` and ``0起`` on accident counts
(so01, so05, so07, so15); 下降率 with ≥ (so01, so03, so05, so07, so09, so13,
so15); ``≥3百分点`` on a rate raised (so03); points in the labels and in the score column
both making 100, plus a 合计 row (so03); typed percents (so01, so07, so09, so13), a bare
typed 100% at the ceiling (so07); an instruction row inside the table, footnotes, signature and a
fill date in 2024 (so11, and the department fill dates); the same 服务对象满意度 with different
values in two stacked projects (so15); equal 中期 and 年度 values only for rates, times and
unit costs (so13); the unit code ``45103`` in the export's 单位编码 column, which is a code and
not a date serial (so17); a cost cap equal to its project's money (so17, ≤64万元); a 反向 rate
with ≤ (so17). Every unit cost × count stays within its money.

Judgements where a reviewer could hesitate:

* ``=100%`` (so11) and ``等于 100 %`` (so17) on rates sit at the ceiling: correct, a T107
  warning tolerated (``ok``). so11's footnote citing 2024 unit prices is a historical
  reference; a Y103 warning there is tolerated.
* so12: the wrong 产出 小计 also leaves Σ 小计 = 95 against 合计 100; a finding at the 合计
  cell is tolerated up to error.
* so06's ≥98% without a name is an error (a value no one can assess); the empty 经济效益指标
  row is only a template leftover, a warning.
* so08's B101 is a row mark: 资金总额 = 基本 + 项目 holds, so either 资金总额 or a source is
  wrong; so16's B101 likewise concerns the 年度资金总额 row.
* so16: a go-live date half a year after a one-year project's end is a contradiction of the
  project period, so an error is accepted (Y103 as alternative).
* so14: the copied count is a warning (all sites could be connected in year one), the annual
  count above its period an error.
* so10: 万元 in a value whose unit column says 台 is a unit conflict (error); the weights
  (95) are a book-level mark.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout291 import composite, departments, projects
from tests.variants.holdout291.registry import HOLDOUT291
from tests.variants.kit import Variant

MODULES = (projects, departments, composite)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT291, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 291st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 489th held-out set: laver and kelp (紫菜、海带) sea farming cooperatives and storm losses.

18 invented returns (ae01–ae18) of an invented county, 澄屿县 (its fisheries bureau, laver and
kelp cooperatives, extension station and fishing-port office), budget year 2025. Nine are
correct; nine carry two or three planted mistakes (22 required marks).

Layouts: project heads with 万元 money blocks (number format only), OLD-NAT and NAT-2021 tiers
merged down; an operator column with a unit column and typed percent cells (ae01); values with
operators inline (most); two projects stacked in one sheet (ae03, ae04); department heads with
flat lists in two column orders (ae05, ae06); numbered tier labels with points and a ★ (ae07);
the table on a second sheet under a two-row header 绩效指标/绩效标准 with 指标内容 · 预期目标 ·
计量单位 (ae09); header 预期目标 (ae10); 中期 and 年度 columns (ae11, ae12); a note row inside
the table, the header repeated after a page break, 填表说明, signature and stamp lines (ae13);
tier-1 and indicator score columns (ae14, ae15); a department budget with typed percent shares
(ae16, ae17); a budget-system export with codes in the first columns and the table on sheet
05-2 (ae18).

Planted mistakes (return: code, highest accepted severity, place):

* ae02: X104 ≤warning at the 计划完成日期 cell (text ``45930``); T106 ≤error at the typed
  ``105%`` of 设备安装验收合格率; T105 ≤error at ``≥150户`` of 养殖户技术培训覆盖率.
* ae04: B101 ≤error at the second project's 年度资金总额 (90 ≠ 70 + 15); T108 ≤warning (row)
  at ``赤腐病发生率 ≥3%``.
* ae06: T112 ≤error (alt T109) at ``≥12万元`` with 计量单位 户; T108 ≤warning (row) at
  ``苗种损耗率 ≥8%`` declared 反向; W101 ≤error at book level (weights add to 95).
* ae08: F105 ≤error at the tier-2 cell 生态效益指标 under 产出指标; T113 ≤warning at
  ``夏苗出库完成时间 100%``; D102 ≤error (row; alt D101, D103) at the second 海带夏苗出库数量
  (``≥650万株`` against ``≥600万株``).
* ae10: F109 ≤warning (row) at the empty 质量指标 template row; F110 ≤error at the empty name
  cell of the ``≤2起`` row.
* ae12: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the two
  annual cells of 建成烘干中心 and 烘干能力 copied from the 中期 column.
* ae14: W103 ≤error at the 产出指标 score cell (40 declared, 35 below it); T114 ≤warning at
  ``受灾养殖户满意度 ≥60%``; W101 ≤error tolerated at book level (indicator scores add to 95,
  the same gap).
* ae17: B101 ≤error at 资金总额 (420 = 340 + 80 but ≠ 120 + 280); B102 ≤error at the 金额合计
  amount (150 + 70 + 50 = 270 ≠ 280).
* ae18: X105 ≤warning (alt X103) at 财政拨款 ``236.457 5`` (read as 236.4575 the money adds
  up); X101 ≤error at ``≥XX户``.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (ae01) and typed percent shares of the department budget (ae16); the same indicator
name with different values in two stacked projects (ae03); ``筏架损毁率下降幅度 ≥2 百分点``,
``养殖生产安全事故 ≤0起`` and weights adding to 100 in a flat list without tiers (ae05);
numbered labels with points 40 + 20 + 30 + 10 and ``★1.服务对象满意度指标`` (ae07); counts
below their 中期 value and rates equal in both columns, a note row under the table (ae11);
``修复作业安全事故 ≤0起``, the header repeated after a page break with 产出指标 anchored again,
a fill date in December 2024 (ae13, and the signature dates of ae01, ae05, ae16); tier and
indicator points both adding to 100 and ``灾后复养率较上年提高 ≥5百分点`` (ae15);
``筏架灾损率下降率 ≥10%`` (a 下降率 with ≥) and tasks adding to 项目支出 (ae16); unit cost ×
count within the money everywhere (e.g. 300 元/张 × 4000 张 = 120 ≤ 180 万元 in ae01,
400 元/台 × 4000 台 = 160 ≤ 180 万元 in ae16, 0.05 元/株 × 4500 万株 = 225 ≤ 600 万元 in ae11).

Judgements where a reviewer could hesitate: ae01's ``社员户均紫菜增收 ≥0.8万元`` is a benefit
per household, not a cost; the department 金额合计 equals 项目支出 when only project tasks are
listed (ae05, ae06, ae16, ae17); in ae06 the unit conflict is the finding (T109 accepted), not
a direction or rate finding; in ae08 the duplicate is marked at the second occurrence's row;
ae12's 烘干海带等级品率 and 烘干加工成本 equal in both columns are rates and unit costs, not
copies; ae14's W101 is the same 5-point gap as the W103, so it is tolerated, not asked for;
ae18 has no project period or head: an export, not a defect; ae13's ``9月30日前`` deadline and
ae10's ``6月30日前`` lie in 2025.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout489 import kelp, laver, storm
from tests.variants.holdout489.registry import HOLDOUT489
from tests.variants.kit import Variant

MODULES = (laver, kelp, storm)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT489, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 489th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

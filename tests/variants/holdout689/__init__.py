"""Held-out set 689: 猪苓 (Polyporus) and 白芨 (Bletilla) under forest cover, a herb drying
house, and a county herbal-medicine trading day, in the invented 栎岗县 (budget year 2026).

Eighteen returns, nine correct and nine with 2–3 planted mistakes (24 required marks), written
blind from domain.md, the variants README, ``kit.py``, ``heads.py`` and the rule catalogue. The
set's aim is checks across the table: most mistakes show only when one part of the return is
compared with another (goal text against indicators, dates against the year, 中期 against 年度,
duplicates, tiers, unit cost × count against money, leftovers).

Layouts
-------
* ``forest``: hw01 project NAT-2021 with numbered labels, operator and unit columns and typed
  percent cells; hw02 OLD-NAT under 指标内容 / 绩效标准; hw03 a three-year project with 中期 and
  年度 columns; hw04 a two-year project with a two-row header 预期目标 over 中期 / 2026年度;
  hw05 two projects stacked in one sheet; hw06 a department return with tasks, a 注 row inside
  the table and signature lines.
* ``drying``: hw07 OLD-NAT with operator and unit columns and a 资金明细 block; hw08 NAT-2021
  with a 资金明细 block; hw09 labels with ``*`` / ``★`` and abbreviations under 绩效目标值;
  hw10 the head on 项目基本信息 and the table on a second sheet under 预期实现值; hw11 a
  department flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值); hw12 a two-year
  project with 实施期 and 年度 columns.
* ``market``: hw13 / hw14 a tier-1 score column and an indicator score column; hw15 two
  projects stacked with a 说明 row between them; hw16 a department return; hw17 a budget-system
  export (sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header on the third row,
  codes in the first columns, tiers repeated in every row); hw18 OLD-NAT inline values.

Planted mistakes (code, highest accepted severity, place)
---------------------------------------------------------
* hw02: D104 ≤warning at the 种植面积 row (goal 200亩, indicator ≥180亩); B107 ≤warning at the
  补助标准 row (0.35万元/亩 × 180亩 = 63万元 > 58万元).
* hw03: D204 ≤warning at the 年度目标 cell (alt D104; copied from the 中期目标); D201 ≤error at
  the annual 培训 cell (≥500人次 against the period's ≥450人次).
* hw05: B101 ≤error at the second project's 年度资金总额 (32 + 6 ≠ 40); D103 ≤warning at the
  row 白芨种苗栽植成活率 under 时效 (alt D101, D102, F201; the 质量 row 种苗栽植成活率 again).
* hw08: B102 ≤error at the 合计 row of the 资金明细 (62 + 42 + 12 = 116 ≠ 120); B107
  ≤warning at the 设备单价 row (22万元/台 × 6台 = 132万元 > 120万元); D104 ≤warning at the
  日处理能力 row (goal 8吨, indicator ≥6吨).
* hw09: Y104 ≤error at 计划完成日期 2025-12-31 (alt Y101, Y102); Y102 ≤error at the deadline
  2025年10月31日前 (alt Y101, Y103); F201 ≤warning at the row 含水率达标率 under 时效.
* hw12: B103 ≤error at 年度资金总额 175 > 中期 160; D202 ≤warning at the annual cell of
  建成产地烘干房 (2座 copied while the goal builds 1 in 2026; alt D104); D103 ≤warning at the
  row 烘干批次产品合格率 (alt D101, D102).
* hw14: W103 ≤error at the 效益 tier score 30 (indicators 25; alt W101, and a file-level W101
  tolerated); D104 ≤warning at the 交易日 row (goal 24期, ≥20期); F201 ≤warning at the row
  参展客商满意度 under 社会效益指标.
* hw16: B101 ≤error on the budget row (360 + 50 = 410 but 150 + 250 = 400); B102 ≤error at
  金额合计 (120 + 80 + 45 = 245 ≠ 250); D102 ≤error at the second 交易日入场客商 row (alt D101,
  D103).
* hw18: Y103 ≤warning at the 年度目标 (2025 in a 2026 return; alt Y101, Y102); X101 ≤error at
  ``≥**次``; B107 ≤warning at the 摊位补助标准 row (0.2万元/个 × 180个 = 36万元 > 30万元).

Legitimate look-alikes in the correct returns
---------------------------------------------
* hw01: the goal's 新建120亩 is a part of the indicator's 300亩 and is listed as 其中；
  ``=100%`` on a 达标率; ``≤5%`` on a 发生率; 0.2万元/亩 × 300亩 = 60 ≤ 86.
* hw04: the period's 400亩 beside the year's 250亩; 为2028年全县推广 is a later year the work
  prepares for; 0.3 × 400 = 120 ≤ 150 and 0.3 × 250 = 75 ≤ 95.
* hw06: 林区森林火灾发生次数 ``0起``; 0.25 × 550 = 137.5 within the 150万元 of the planting
  tasks; a 填表说明 explaining it.
* hw07: 鲜药材霉变损耗下降率 ``≥20%`` (a 下降率 with ≥); ``= 2 座``; cost lines 2 × 28 and
  4 × 8 equal to their detail lines.
* hw10: the goal's 猪苓120吨 and 白芨90吨 are parts of the 300吨 indicator, with a footnote.
* hw11: a 合计 row (100) under the flat list, typed percent cells with ≥ in 指标性质.
* hw13: tier points 50/10/30/10 and indicator points both add to 100; ``≥3百分点`` on a
  合格率提高; 1.5 × 24 = 36 ≤ 45.
* hw15: 服务对象满意度 ≥90% and ≥95% in two stacked projects; ``=100%`` on a 处置率.
* hw17: 1.6 × 24 = 38.4 ≤ 40; expense lines add to 合计 in every column.

Judgements
----------
* A goal's stale year (hw18) is a warning: the text is doubtful, not an impossibility.
* A deadline before the budget year (hw09) and an end date before the start date are errors.
* Conflicting duplicates (hw16) are accepted as errors; near-duplicates with a word more
  (hw05, hw12) only as warnings.
* Cost × count beyond the money is a warning (B107's own severity), even when the product
  exceeds the whole year's money.
* In hw14 the missing 5 points show both under the tier (W103) and in the total (W101); W103 is
  required, W101 tolerated.
* hw12's copied count is D202 (the README marks it at each copied annual cell).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout689 import drying, forest, market
from tests.variants.holdout689.registry import HOLDOUT689
from tests.variants.kit import Variant

MODULES = (forest, drying, market)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT689, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 689th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

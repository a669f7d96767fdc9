"""The 592nd held-out set: pea and broad-bean (豌豆、蚕豆) sprout production and a county
cold-chain market, in the invented county 蓼川县 (budget year 2025).

Eighteen returns, nine correct and nine with planted mistakes (23 required marks), built on
``kit.py`` and ``heads.py``. ``sprouts.py`` (ed01–ed06) holds the sprout-production projects,
``coldchain.py`` (ed07–ed12) the cold-store, cold-van and market projects, ``department.py``
(ed13–ed18) the department returns and flat lists.

Layouts: project heads with one-year and multi-year money blocks (中期 and 年度, 当年财政拨款 +
上年结转); department heads with budget and key tasks; tier-1 and tier-2 merged down; numbered
(``一、产出指标``, ``（一）``), pointed (``产出指标（40分）``), marked (``*``, ``★``) and
abbreviated (``产出``, ``数量``) labels; headers 指标内容 / 绩效标准, 考核指标 / 目标值（年度）
/ 评价标准, 预期实现值, 指标值设定依据; operator column as symbols or in words, a direction
column, unit columns; 中期 / 年度 and 实施周期 / 年度 value columns; tier and indicator score
columns; two projects stacked in one sheet; flat lists; a budget-system export with codes in
the first columns and the table on a second sheet; a table on a second sheet; 注, 说明,
填表说明, total and signature rows.

Planted mistakes (code, highest accepted severity, place):

* ed02-broad-bean-greenhouse: D104 ≤warning at the 新建芽苗温室大棚 value (row; the 年度目标 says
  12 座, the indicator 15); Y102 ≤error at 大棚全部投入使用时间 ``2026年3月31日前`` in a one-year
  2025 project (alt D104); B107 ≤warning at the unit cost row (9 万元 × 15 座 = 135 > 110).
* ed04-seed-base-export: Y101 ≤error at book level (the 绩效目标 sheet's title says 2024年度,
  the budget sheet and the project code 2025; alt Y103); X104 ≤warning at the text ``45930``.
* ed05-collection-three-year: D201 ≤error at the annual 培训种植户 (900 > 600 over three years);
  D202 ≤warning at the annual 豆苗集配量 copied from the period; T108 ≤warning (row, alt D203)
  at the annual 豆苗病害发生率 ``≥3%``.
* ed08-cold-van-placeholder: X102 ≤warning at the 年度目标 cell (``<br>``); X101 ≤error at
  ``≥**吨``; B107 ≤warning at the van price row (32 万元 × 6 辆 = 192 > 150).
* ed09-hub-marked-labels: D102 ≤error (row; alt D103, D101, D104) at 全年冷链配送车次 ``≥1500车次``
  against ★冷链配送车次 ``≥1200车次`` (and the goal text's 1200); F201 ≤warning (row) at
  冷藏库房消毒合格率 under 时效指标.
* ed11-market-stacked: B101 ≤error at the first project's 年度资金总额 (80 + 20 ≠ 95); D104
  ≤warning (row) at the second project's 日均冷链配送量 ``≥30吨`` (goal text 40 吨).
* ed14-bureau-tasks: B102 ≤error at 金额合计 (80 + 220 + 150 = 450 ≠ 440); D104 ≤warning (row)
  at 培训豆苗种植户 ``≥500人次`` (goal text and task 600); F110 ≤error at the empty name cell of
  the 质量指标 row valued ``≥95%``.
* ed16-flat-sprout-centre: D102 ≤error (row; alt D103, D104) at 芽苗菜冷链集配总量 ``≥3000``
  against 芽苗菜冷链集配量 ``≥2500``; X104 ≤warning at the text ``45991``; W101 ≤error at book
  level (weights 90, header says 100).
* ed17-logistics-abbrev: F201 ≤warning (row) at 冷链车辆年检合格率 under 时效; Y102 ≤error at
  平台升级完成时间 ``2026年3月31日前`` in a 2025 department return.

Legitimate look-alikes in the correct returns: goal texts repeating indicator counts with the
same value (ed01, ed13) or summing two indicators (ed07 1800 + 1200 = 3000 吨, ed13 3200 + 1800
= 5000 吨, stated in a 注 row); unit cost × count within the money (ed01 76 ≤ 86, ed03 120 ≤ 140
and 240 ≤ 260, ed06 36 + 9.6 ≤ 48, ed07 240 + 50 ≤ 300, ed10 192 + 45 ≤ 240, ed13 135 ≤ 140);
similar names measuring different things (ed09 配送车次 / 覆盖乡镇数 is in a mistaken return,
ed07 two cold stores); the same name with other values in two stacked projects (ed11 商户满意度
90 % / 85 %); later years named on purpose (ed03 2026 inside the two-year period, ed10 2026 as
a next step, ed18 2027 for a three-year action); ``=100%`` at the ceiling (ed15, ed17); 下降率
with ≥ (ed06, ed07, ed12, ed15); ``0起`` / ``等于 0 起`` on incident counts (ed06, ed12, ed17);
``≥5百分点`` / ``≥3百分点`` rate changes (ed06, ed18); tier points and indicator points both
totalling 100 (ed06); typed percent cells (ed01, ed12, ed15); fill and signature dates in 2024.

Judgements where a reviewer could hesitate: D104 findings may land on the goal text instead of
the indicator, so the goal cells carry ``ok`` (warning); the 2026 / 2027 years named on purpose
carry ``ok`` (warning) for Y103; ed05's 病害监测点 equal in both columns is explained as built
in the first year and tolerated (``ok``); ed02's 2026 deadline is marked Y102 (error: the
one-year project ends 2025-12-31) although the goal text also contradicts it; B107 is a
warning because the standard is a cap, yet no reading of it fits the money; the Y101 of ed04
is on the whole return because the title year may be reported against either sheet.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout592 import coldchain, department, sprouts
from tests.variants.holdout592.registry import HOLDOUT592
from tests.variants.kit import Variant

MODULES = (sprouts, coldchain, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT592, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 592nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

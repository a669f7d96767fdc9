"""The 657th held-out set: 18 invented returns on 火鸡与鸸鹋特种养殖、屠宰分割 (turkey and emu
farming, slaughter and cutting), with a careful reviewer's marks, written blind from
``shared/domain.md``, ``tests/variants/README.md``, ``kit.py``, ``heads.py`` and the catalogue.
Its aim is checks across the table: goal text against indicators, years and dates, 中期 against
年度, duplicates, wrong tier-2s, unit cost × count against money, parts against totals and
leftovers from another year or a template.

Layouts. ``farms.py`` (gq01–gq06, breeding): project with operator and unit columns and typed
percent cells (gq01); three-year 中期/年度 projects (gq02); numbered tier labels under
绩效目标值 (gq03); a two-year 中期/年度 project with 百分点 (gq04); two stacked projects (gq05);
the indicator table on a second sheet under 预期实现值 (gq06). ``abattoirs.py`` (gq07–gq12,
slaughter and cutting): a budget-system export over two sheets with codes in the first columns
and word operators (gq07); operator and unit columns (gq08); a 注 row, footnotes, 填表说明 and
signature (gq09); a three-year 中期/年度 project (gq10); tier and indicator points (gq11);
abbreviated, starred tier labels (gq12). ``offices.py`` (gq13–gq18): a department flat list
with weights (gq13); a department with key tasks (gq14); two stacked insurance projects (gq15);
a department flat list with 实施周期 and 年度 columns (gq16); a department table with a page
break, a repeated header and subtotals (gq17); two complete column sets (gq18).

Planted mistakes (return, code, highest accepted severity, place); 25 required marks:

* gq02: D104 ≤warning at 中期 ``≥2400只`` (goal: 3000); D202 ≤warning (alt D104) at 年度
  ``≥8栋`` copied from 中期 (annual goal: 3栋); D201 ≤error (alt D104) at 年度 ``≥360只``
  above the period's ``≥300只``; the 年度 unit cost cell tolerates a B107 (≤warning) that the
  copied 8栋 × 45万元 may cause.
* gq03: D104 ≤warning at ``≥4万只`` (goal: 5万只); D102 ≤error (alt D103, D101, D104) at
  ``青铜火鸡良种推广套数 ≥6000套`` beside ``…推广数量 ≥8000套``; Y102 ≤error (alt Y103,
  D104) at ``2026年3月底前`` in a one-year 2025 project.
* gq05: B101 ≤error at the second project's 资金总额 85 (60 + 20); Y103 ≤warning (row, alt
  Y101) at ``2024年度养殖户培训人次``; F201 ≤warning (row) at ``参训养殖户满意度`` under
  社会效益指标.
* gq08: T108 ≤warning (row) at ``≥`` on 胴体微生物抽检超标率; Y102 ≤error (alt Y101, Y103,
  D104) at the date 2024-10-31 (goal: 2025年10月底); B107 ≤warning (row) at 15元/只 × 3万只 =
  45万元 above the 40万元.
* gq10: D204 ≤warning at the 年度目标 copied from 中期目标; F201 ≤warning (row) at
  ``鸸鹋油理化指标达标率`` under 时效指标; T106 ≤error at 年度 ``≥110%`` on a 覆盖率.
* gq12: T105 ≤error at ``兽药残留检测覆盖率 400批次``; D103 ≤warning (row, alt D101, D102,
  F201) at ``鸸鹋分割肉抽检批次数`` under 社会效益 repeating the 数量 indicator; X101 ≤error
  (row) at the template row ``XX产品市场占有率 ≥XX%``.
* gq14: B101 ≤error at 资金总额 260 (基本 150 + 项目 100 = 250); B102 ≤error at 金额合计 100
  (tasks 40 + 35 + 20 = 95); D104 ≤warning at ``≥10万只`` (goal and tasks: 12万只).
* gq16: D201 ≤error (alt D104) at 年度 ``≥1200`` above 实施周期 ``≥900``; Y102 ≤error (alt
  Y103) at 年度 ``2024年12月底前``.
* gq18: B103 ≤error at 年度资金总额 320 above 中期资金总额 300; Y103 ≤warning (alt Y101) at
  a 年度目标 naming 2024 in a 2025–2026 project.

Legitimate look-alikes in the correct returns (gq01, gq04, gq06, gq07, gq09, gq11, gq13, gq15,
gq17): typed percent cells with ``%`` in the unit column (gq01, gq13) and in value columns
(gq04); ``=100%`` on a 合格率/达标率 ceiling; ``育雏期死亡率 ≤5%`` and ``投诉率 ≤2%``; ``0起`` on
incident counts (gq01, gq06, gq13, gq17); a 下降率 written positive with ≥ (gq06) and loss or
positive rates cut in 百分点 with ≥ (gq11, gq17); the goal's 4 new and 2 renovated houses
against the indicator's total 6 (gq01); ``为2027年…积累经验`` in a 2025–2026 pilot (gq04); period
counts beside smaller annual ones and equal rates in both columns (gq04); subsidies within their
money (gq01 30元 × 2万 = 60万 ≤ 180; gq06 50元 × 4000 = 20万 ≤ 60; gq11 28万 × 3 = 84万 ≤ 110;
gq15 15元 × 2.4万 = 36万 ≤ 48, 120元 × 1500 = 18万 ≤ 30; gq17 0.8元 × 60万 = 48万 ≤ 480);
points given for tiers and for indicators, each adding to 100 (gq11); the same indicator names
with other values in two stacked projects (gq15); a 注 explaining a total, 填表说明, signature
and a fill date in the year before the budget year (gq09, gq17); a selling-price rise with ≥
(gq09); a 合计 row under a flat list and 小计 rows with a repeated header (gq13, gq17).

Judgements: a deadline outside both the budget year and the project period (gq03, gq08, gq16)
is taken as an impossibility (error accepted); a goal-versus-indicator gap only as doubtful
(warning), since the indicator may count differently. The two near-identical 良种推广 rows in
gq03 give two values for one measure (error accepted, D103 warning too). A 覆盖率 above 100 %
is impossible; a 产能利用率 was avoided for that reason. In gq12 the duplicate sits under
社会效益, so F201 is accepted for it as well. In gq16 the 实施周期 row makes 2026–2027 dates
legitimate in the period column; only the 2024 date in the year column is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout657 import abattoirs, farms, offices
from tests.variants.holdout657.registry import HOLDOUT657
from tests.variants.kit import Variant

MODULES = (farms, abattoirs, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT657, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 657th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

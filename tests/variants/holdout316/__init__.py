"""The 316th held-out set: 18 invented returns on farm plastic film and pesticide packaging
recovery (废旧农膜回收, 全生物降解地膜试点, 农药包装废弃物回收, 回收网点建设, 加厚高强度地膜推广),
with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Invented places and units: 栖苇县 (农业农村局, 农业生态与资源保护站, 农业技术推广中心, 植保植检站,
农业机械化技术推广站), 砚岭市 (农业农村局, 农业环境保护监测站, 农药检定所), 澄垣区农业农村局.

Layouts (``film``: tn01–tn06, ``packaging``: tn07–tn12, ``forms``: tn13–tn18): project heads with
中期/年度 money rows (tn01–tn06, tn11–tn14, tn16–tn18); department heads with budget and shares
(tn07, tn08) or without tasks (tn09, tn10); operator column 指标性质 + unit column (tn01); operators
inside values (tn02, tn04, tn11, tn17); 中期 and 年度 columns in multi-year projects (tn03 three
years, tn13 two years); stacked projects (tn04, tn17); tier-1 and indicator score columns (tn05,
tn18); spending lines under the table (tn06); flat lists (tn09 指标名称 · 权重 · 计量单位 · 指标性质
as operator · 指标值; tn10 指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重); header
预期目标 (tn11); 考核指标 / 目标值（年度） with 指标性质 as direction and 指标方向 as word operators
(tn12); instruction row inside the table, header repeated after a page break, 注/说明 rows,
signature and date (tn14); a budget-system export with the table on a second sheet under a
header on its third row, code columns first (tn15); a transfer-payment table with *, ★ and
abbreviated tier labels, 中央补助 + 地方资金 (tn16).

Planted mistakes (code, highest accepted severity, place):

* tn02-film-direction: T108 ≤warning at 回收网点农膜堆放起火事故发生率 ``≥1%`` (row); T108
  ≤warning at 加厚高强度地膜推广面积 ``≤4万亩`` (row); T106 ≤error at 加厚地膜抽检合格率, a cell
  typed ``105%`` (stored 1.05).
* tn03-film-biodegradable-years: D202 ≤warning at the 年度 cell of 降解性能对比监测点 (``≥30个``
  copied from 中期); D201 ≤error at the 年度 cell of 降解地膜应用技术培训 (1800 > 1500 人次).
* tn06-film-artefacts: X104 ≤warning at the 计划完成日期 cell holding the text ``46022``; X106
  ≤error (alt B108) at the spending line ``24万24万``.
* tn08-pack-department-money: B101 ≤error at 资金总额 (row: 400 + 580 ≠ 1000); B111 ≤error at the
  其他资金 share ``15%`` (120 ÷ 1000 = 12 %); B102 ≤error at 金额合计 580 (tasks add to 560).
* tn10-pack-flat-defects: T112 ≤error at ``≥120万件`` against unit column 吨; T108 ≤warning at
  焚烧掩埋发生率 ``≥3%`` declared 反向 (row); W101 ≤error on the return (weights add to 95).
* tn11-pack-template: F109 ≤warning at the empty tier-2 社会成本指标 (row); F110 ≤error at the
  empty name cell of the ``≥48个`` row.
* tn15-network-export: T105 ≤error at 行政村回收网点覆盖率 ``36个``; Y102 ≤error (alt Y103) at
  网点建设完成时间 ``2026年6月30日前`` in a one-off 2025 project.
* tn17-stacked-defects: B101 ≤error at the second project's 实施期资金总额 105 (row; 85 + 15 =
  100); D102 ≤error (alt D101) at the second ``村级回收点建设数量`` (row: ≥30个 / ≥35个 in one
  project).
* tn18-pack-points-mismatch: W103 ≤error at the 产出指标 score 50 (indicators 45); T107 ≤warning at
  农户满意度 ``=95%``; W101 on the return tolerated (not required: the same 5 points).

21 required marks on 9 returns; 9 correct returns (tn01, tn04, tn05, tn07, tn09, tn12, tn13,
tn14, tn16).

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column and a date cell as a deadline value (tn01); a 下降率 with ≥ (tn01, tn12 with 大于等于, tn17);
0 起 on incident counts (tn01 焚烧事件, tn09 贮存安全事故, tn12 非法处置案件); ``=100%`` on
合格率/处置率/覆盖率 at the ceiling (tn04, tn07, tn13); the same 服务对象满意度 with ≥90% and ≥88%
in two stacked projects (tn04, also ≥90% / ≥85% in tn17); 100 points both ways with a 合计 row
and ``≥5百分点`` on a rate raised (tn05); shares typed as percent cells adding to 100 % (tn07); a
合计 row in a flat list's weights (tn09); identical 中期/年度 values for rates, unit costs and
mechanisms, and a 中期 deadline in the project's last year (tn03, tn13); instruction, 注, 说明,
signature and a fill date in 2024 (tn14); ★ on core indicators and abbreviated tier-2s (tn16).
Unit cost × count stays within its money everywhere (e.g. tn01 400元/吨 × 2400吨 = 96 ≤ 186;
tn13 30万元 × 8 = 240 ≤ 420 and × 5 = 150 ≤ 230; tn16 160 + 100 ≤ 300).

Judgements where a reviewer could hesitate:

* tn02 ``105%`` has no operator; the ceiling is broken whatever the operator, so T106 error.
* tn03: the D201 cell is marked error (an annual count above a three-year total cannot hold);
  the D202 copy only a warning. Equal 中期/年度 rates (≥90%) are not copies.
* tn08: the B101 mark is row-wide, since it is arguable which of the five amounts is wrong; the
  totals 88 % + 15 % ≠ 100 % are the B111 problem, not another one.
* tn15: the export has no plan dates, so the budget year (title) is the project period; a 2026
  deadline in a 一次性项目 is marked Y102 at error, Y103 accepted.
* tn17: the duplicate is marked D102 (values differ) at error; D101 accepted. Indicator names
  repeated across the two stacked projects are not duplicates.
* tn18: the missing 5 points show as both W103 at the tier score and a weight total of 95; W103 is
  required, W101 tolerated.
* tn12 ``回收处置工作机制 │ 定性 │ (no operator) │ 健全`` is a qualitative row, not a missing
  operator; tn14 ``12月15日前`` has no year but lies in the budget year.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout316 import film, forms, packaging
from tests.variants.holdout316.registry import HOLDOUT316
from tests.variants.kit import Variant

MODULES = (film, packaging, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT316, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 316th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

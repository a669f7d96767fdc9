"""The 534th held-out set: 18 invented returns on **river snail and abalone (螺蛳、鲍鱼) farming
for fishing villages**, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample. Invented places: 蓼湾县 (渔湾村, 柘塘村: river snails), 澄屿县 (石帆湾, 鳌礁村: abalone),
鹭汊乡 (both). Budget year 2025 throughout; money in 万元 (in the number format where typed).

Modules: ``snail`` (bx01–bx06: percent cells, stacked projects, flat lists), ``abalone``
(bx07–bx12: tier labels as offices write them, 中期 and 年度 columns), ``villages`` (bx13–bx18:
header words, a second-sheet export, notes, department money, points at two levels, template
rows).

Layouts: project heads (``heads.project_head``) with one-year money rows (年度资金总额 = 财政拨款
+ 其他资金) or multi-year 中期 / 年度 rows; department heads with budget and key-task blocks;
operator and unit columns (bx01, bx02); one value column with operators in words (bx03); stacked
projects (bx03, bx04); flat lists 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 (bx05, bx06);
numbered labels with points and a 分值 column (bx07); ``*`` / ``★`` labels and abbreviated
tier-2s in a transfer-payment form with 中央补助 + 地方资金 (bx08); a two-row header with 中期 and
年度 under 指标值 (bx10); 中期指标值 / 年度指标值 columns (bx11, bx12); a budget-system export
with codes in the first columns, the detail on sheet 05-1 and the indicator table on sheet 05-2
under 指标内容 / 绩效标准 with its header on row 3 (bx13); a 注 row between tiers, footnotes,
填表说明 and signature lines (bx14); 小计 / 合计 rows and the header repeated after a page break
(bx15); a tier-1 分值 column beside the indicator 分值 column (bx17); header 预期目标 (bx18).

Planted mistakes (return: code, highest accepted severity, place):

* bx02-snail-percent-wrong: B105 ≤error at the 其他资金 cell (600,000.00元 in a 万元 block; a
  B101 on the file is tolerated, not required); T106 ≤error at 螺蛳成活率's value (105 %); T108
  ≤warning, row, 养殖尾水超标排放率 with ≥.
* bx04-snail-stacked-wrong: B101 ≤error at the second project's 年度资金总额 (150 ≠ 110 + 30);
  T105 ≤error at 尾水处理达标率 ``≥5处``.
* bx06-snail-flat-wrong: T105 ≤error (alt T112) at 技术培训覆盖率's value 120 with unit 人;
  T108 ≤warning, row, 螺蛳病害发生率 with ≥; W101 ≤error on the file (weights add to 95).
* bx09-abalone-wrong-parent: T108 ≤warning, row, 大规格苗种单位培育成本 ``≥0.2元/粒``; F105
  ≤error at the tier-2 cell ``2.时效指标`` under 三、效益指标.
* bx11-abalone-copied-columns: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the 年度 cells of 投放鲍鱼苗种 and 培训转产渔民 (cumulative counts copied).
* bx12-abalone-annual-above: B103 ≤error at 年度资金总额 (450 > 中期 400); D201 ≤error at the
  年度 cell of 改造供水管网 (3.5 km > 1.2 km for the period).
* bx14-abalone-notes-defects: Y102 ≤error (alt Y101) at 计划完成日期 2026-12-31 of a one-year
  2025 project; T114 ≤warning at 渔排养殖户满意度 ``≥50%``.
* bx16-village-department-money-wrong: B101 ≤error, row, at 资金总额 (180 + 350 = 530 ≠ 520);
  B102 ≤error, row, at 金额合计 (150 + 120 + 70 = 340 ≠ 350); X104 ≤warning at the text
  ``45838`` given for a completion date.
* bx18-snail-template-rows: F110 ≤error at the empty name cell of a row valued ``≥4000公斤``;
  F109 ≤warning, row, at the template tier-2 ``时效指标`` left without indicator; T115 ≤error at
  ``≤0万元/个`` (a unit cost rounded to 0).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column and
``= 100%`` on a 验收合格率 at the ceiling (bx01); a 病害发生率 with ≤ (bx01); word operators
不低于 / 不超过 / 以上 (bx03); the same name 养殖户满意度 with different values in two stacked
projects (bx03); a 化学需氧量下降率 with ≥ and ``≤0起`` on safety incidents in a flat list with
weights adding to 100 (bx05); tier points and indicator points both adding to 100 (bx07, bx17);
a ★ core mark and abbreviated labels 数量 / 质量 / 时效 / 成本 (bx08); rates equal in 中期 and 年度
of a three-year project while counts are lower in the year (bx10); ``≥3百分点`` on a rate
increase (bx17); a footnote explaining that the total includes 上年结转 (bx14, not correct but
the footnote is not a finding) and that 金额合计 is 项目支出 only (bx15); 小计 and 合计 rows
and a repeated header that are not indicators (bx15); fill dates in 2024 under 2025 tables; every
unit cost × count within its money.

Judgements where a reviewer could hesitate: bx16's 资金总额 is marked as a row (the wrong figure
may be any of 资金总额, 基本支出, 项目支出; 财政拨款 + 其他资金 = 520 holds); bx14's late end date
is an error, not a warning, because 项目期 1年 from 2025-01-01 cannot end in 2026; bx09's cost
with ≥ is a direction conflict (warning), not a money finding; bx11 keeps the platform count
lower in the year (2 of 6) so that no cost × count exceeds the annual money and only the copied
counts are marked; ``≤0起`` on incidents (bx05, bx14) is a zero target a reviewer accepts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout534 import abalone, snail, villages
from tests.variants.holdout534.registry import HOLDOUT534
from tests.variants.kit import Variant

MODULES = (snail, abalone, villages)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT534, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 534th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

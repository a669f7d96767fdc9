"""The 505th held-out set: 18 invented returns on karst rocky desertification (石漠化) control
and mine-pit regreening (矿山复绿, 采空区), with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Budget year 2025 throughout; invented places 磐垭县, 乌崖区,
峒岭市 and their villages and mines.

Layouts: project heads (one-year, two-year, three-year) and department heads with money in 万元
carried by the number format; tier-1 and tier-2 merged down; operators inside the values, in an
operator column (指标性质), in words (大于等于) or with a direction column (指标性质 正向/反向);
unit columns; numbered labels with points (一、产出指标（40分）, （一）数量指标, 1.), marks (*, ★)
and abbreviations (产出, 数量); headers 预期目标, 考核指标 / 目标值（年度） / 评价标准, a
two-row 指标内容 / 绩效标准 header; 中期 and 年度 columns; two stacked projects; a flat
department list; a budget-system export (05-1 money, 05-2 indicators with codes in the first
columns, header repeated after a page break, weight subtotals); a table on a second sheet;
注 / 填表说明 rows inside and under the table; signature and date lines; a transfer-payment
区域绩效目标表 (中央补助 + 地方资金).

Planted mistakes (22 required marks on 9 returns):

* au02-karst-direction-inline: T108 ≤warning at the 坡改梯亩均造价 ``=4200元/亩`` (row, T107
  accepted); T108 ≤warning at 造林地病虫害发生率 ``≥5%`` (row).
* au03-karst-three-year-copied: D204 ≤warning at the 年度目标 cell (text identical to the
  中期目标); D202 ≤warning at each annual cell of 岩溶土地治理面积 ``≥9000亩`` and 新建小型蓄水池
  ``≥45口`` (copied from 中期).
* au05-karst-tier-points: W103 ≤error at the 产出 tier score 40 (indicators 45) and at the 效益
  tier score 40 (indicators 35); the two offsets keep both totals at 100, so no W101.
* au07-mine-percent-wrong: T106 ≤error at 复绿工程验收合格率 typed 105%; T105 ≤error (row) at
  危岩边坡治理完成率 ``6`` 处.
* au08-mine-artefacts: X104 ≤warning at 计划完成日期 stored as the text ``45991``; X105
  ≤warning (X103 accepted) at the detail amount ``212.337 5``; X106 ≤error (B108 accepted) at
  ``45万45万（含安装）``.
* au11-mine-stacked-defects: B101 ≤error (row) at the second project's 年度资金总额 300 ≠ 250 +
  30; T105 ≤error at its 采空塌陷区治理完成率 ``≥3处``.
* au12-mine-department-money: B101 ≤error (row) at 资金总额 1280 ≠ 财政拨款 1100 + 其他资金
  160; B111 ≤error at the 项目支出 share 58.0% (870 ÷ 1280 = 68.0%); B102 ≤error at 金额合计
  870 (tasks 520 + 230 + 140 = 890).
* au15-karst-template-rows: F109 ≤warning (row) at the empty 社会成本指标 and 可持续影响指标
  template rows; F110 ≤error at the empty name cell of the ``≥200人次`` row.
* au17-mine-two-year-direction: D201 ≤error at the annual ``≥650亩`` (period ``≥600亩``);
  T108 ≤warning (row) at 复绿苗木死亡率, declared 反向 with ``≥10%`` in both columns.

Legitimate look-alikes in the correct returns: typed percent cells (au01, au07's siblings,
au09, au16) including ``=`` with 100% (au01 治理工程验收合格率); a 下降率 with ≥ (au01 土壤侵蚀量
下降率, au07 扬尘投诉下降率, au14, au17 扬尘浓度下降率 正向); rates raised in 百分点 (au01, au03,
au04, au10, au13, au18); ``≤ 0 起`` on an incident count (au09 矿区地质灾害伤亡事故); weights and
subtotals that add to 100 (au09, au14); tier points in the labels adding to 100 (au04); a
合计 row ``100 | 100`` under two score columns (au05, where the tier scores nevertheless do not
match); the same 满意度 name with different values in two stacked projects (au10); a footnote
explaining how 2600亩 is made up (au13); fill and signature dates in 2024 (au09, au13);
instruction and 填表说明 rows (au13); repeated header, 小计 and 合计 rows (au14); a 坡面裸露面积
减少 ≥ (au16); every unit cost × count within its money (e.g. au01 3000亩 × 1500元 = 450万 ≤
500万; au18 1.1万亩 × 1200元 = 1320万 ≤ 中央补助 1400万).

Judgements: ``=100%`` on a 合格率 or 管护率 is the ceiling, not a defect; 矿区植被覆盖度 ``≥60%``
and 废渣场植被覆盖率 ``≥70%`` are rates that may rise; in au17 the 反向 direction of a deadline
(年度治理任务完成时间 ``…前``) and of a cost cap is correct with ≤/前; in au08 the lines add up
once the artefacts are read as 212.3375 and 45, so no B102; au11's B101 may land on any cell of
the total's row (the 财政拨款 cell shares it); au12's 基本支出 share 32.0% matches.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout505 import forms, karst, mines
from tests.variants.holdout505.registry import HOLDOUT505
from tests.variants.kit import Variant

MODULES = (karst, mines, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT505, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 505th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

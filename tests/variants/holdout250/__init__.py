"""250th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
culture, tourism and sports (文物保护修缮, 公共图书馆免费开放, 全民健身设施, 非遗传承, 乡村文化
活动): tier labels as offices write them (points, numbering, stars, alternatives in brackets,
abbreviations), tables found by unusual header words or on a later sheet, several projects
stacked in one sheet, flat lists (variant items 2, 3, 5, 7). 9 of the 18 returns are correct;
the other 9 carry 2–3 planted mistakes a careful reviewer marks (21 in all):

* tier structure: a 时效指标 under 效益指标 (qz02, F105, error); a tier-1 ``过程（10分）`` with
  资金管理 copied from an evaluation template (qz06, F108, error, F103/F104 accepted);
* points: ``一、产出指标（50分）`` whose indicator scores add to 45 (qz04, W103, error, W101
  accepted; W101 on the file accepted but not asked for, the 分值 column adding to 95);
* values: a ★ 覆盖率 ``≥105%`` (qz02, T106, error); a 完成率 given as ``20人`` (qz04, T105,
  error); ≥ on a 损坏率 (qz06) and on a 故障率 with the operator in a 指标性质 column (qz08)
  (T108, warning); ``=95%`` on a satisfaction in a Shanghai table (qz10, T107, warning); a
  完成时间 given as ``100%`` (qz14, T113, warning); a count ``≥30`` with no unit in a flat list
  (qz16, T104, warning); ``新建5个村级全民健身广场 │ ≥8个`` (qz16, T110, warning); a leftover
  ``≥XX场`` (qz18, X101, error);
* money: 资金总额 85 ≠ 财政拨款 60 + 其他资金 20 on the budget sheet of a system export (qz08) and
  资金总额 620 ≠ 基本支出 400 + 项目支出 230 on a department table (qz16) (B101, error); a
  资金测算明细 block of 68 + 45 + 22 + 12 = 147 under a 合计 of 150 (qz14, B102, error); a
  项目当年预算 of 2,600,000 元 above the three-year 项目总预算 of 2,400,000 元 (qz10, B103, error);
* years and periods: ``2027年1月15日前`` in a one-year 2026 project (qz04, Y102, error); a
  计划完成日期 2026-02-28 before the start 2026-03-01 of a three-year project (qz12, Y104, error,
  Y102 accepted; the 2028 dates that the slip puts outside are tolerated); an annual ``≥8个``
  above the period ``≥6个`` (qz12, D201, error, D104 accepted since the 年度目标 says 2); a flat
  list headed ``2025年度绩效指标`` in a 2026 table (qz18, Y101, error, Y103 accepted);
* a conflicting duplicate ``健身路径器材安装 ≥40套 / ≥45套`` in the second of two stacked
  projects (qz14, D102, error, D103 accepted).

Legitimate look-alikes sit in the correct returns (qz01, qz03, qz05, qz07, qz09, qz11, qz13,
qz15, qz17): tier labels numbered and with points (``一、产出指标（40分）``, ``（一）数量指标``)
whose 分值 add to 90 with 预算执行率 scored apart in a footnote (qz01); GD-OLD labels with
bracketed alternatives (``数量指标（或建筑规模指标）``, ``时效指标（工期指标）``,
``预算（或投资规模）控制指标``) in 中期/年度 columns, ``提高≥2百分点`` on a 比例 (qz03); labels
numbered ``1.`` and ``（1）``, ``服务对象满意度指标（社会公众满意度）``, an operator column with
定性 and a 百分点 unit, OLD-NAT 成本指标 under 产出指标, year 2025 (qz05); the table on a second
sheet after a 填报说明 sheet, ``100%`` and ``95%`` stored as Excel stores them (qz07); headers
绩效指标名称 / 预期目标值 and a 补助标准 ``=8000元/人·年`` (qz09); a 资金测算明细 block that adds
up, a two-row header, abbreviated labels (产出, 数量, 经济成本, 服务对象满意度), ``=0起`` (qz11);
three stacked projects sharing indicator names with different values (qz13); a flat department
list with a 下降率 ``≥10%``, ``=0起`` and a 补助标准 within its task (qz15); a two-year project
stacked over a one-year race whose values sit apart from a 计量单位 column (``=0 │ 起``, ``90%``
stored as 0.9) (qz17). Money is in 万元 by number format (WAN) throughout, in 元 (YUAN) in qz10;
every total equals its sources, tasks add to 项目支出 and every unit cost × count stays within
its money.

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout250 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout250 import labels, sheets, stacks
from tests.variants.holdout250.registry import HOLDOUT250
from tests.variants.kit import Variant

MODULES = (labels, sheets, stacks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT250, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 250th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

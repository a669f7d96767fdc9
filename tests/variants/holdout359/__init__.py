"""The 359th held-out set: 18 invented returns on the bamboo industry (竹产业), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: bamboo forests (``forests``: cultivation, forest roads, fire breaks, pest control, carbon
plots, under-forest economy, low-yield renewal, bamboo-sea trails) and bamboo shoots and
processing (``shoots``: early-shoot covering, shoot testing, shoot-forest bases, cold chain,
shoot-service departments; ``processing``: primary processing points, bamboo fibre, charcoal,
furniture and crafts, flooring plants, the processing park). Places, units, people, phone
numbers and figures are invented (栖筠县, 碧筱市, 岑篁乡, 漾竹镇). Budget year 2025.

Layouts: project heads (``heads.project_head``) with 年度 or 中期/年度 money blocks, department
heads with budget and key tasks; tier-1 and tier-2 merged down; an operator column (指标性质)
with a unit column; one value column; 中期/年度 columns; two stacked projects; numbered tier
labels with points, marked labels (*, ★) and abbreviations; tier-1 and indicator score columns;
flat lists in two column orders; headers 考核指标 · 目标值（年度） · 评价标准, 预期实现值 (second
sheet), 预期目标; 注/说明/填表说明 rows; a budget-system export (05-1 / 05-2 sheets, codes in the
first columns, header on the third row, 小计, header repeated after a page break).

Planted mistakes (return: code, highest accepted severity, place):

* ve02-forest-percent-wrong: T106 error at the 便道工程验收合格率 value (typed 105%); B101
  error at 年度资金总额 (row: 380 ≠ 300 + 60).
* ve04-forest-stacked-wrong (second project): B101 error at its 年度资金总额 (row: 200 ≠ 150 +
  40); T105 error at 示范户带动率 ``35户``; T108 warning (row) at 林下种植水土流失发生率 ``≥3%``.
* ve06-forest-multiyear-copied: D202 warning at the 年度 cells of 竹林游步道建设长度 and
  观景平台建设数量 (copied from 中期 in a 3-year project); D201 error at the 年度 竹林景观提升面积
  ``≥9000亩`` above the period's ``≥8000亩``.
* ve08-shoots-wrong-parent: T108 warning (row) at 上市鲜笋农残超标率 ``≥2%``; F105 error (row,
  F201 accepted) at the tier-2 ``质量指标`` under ``★效益指标``.
* ve10-shoots-points-wrong: W103 error at the 产出指标 score 50 (indicators add to 40; W101
  accepted); T105 error at 冷链设施验收合格率 ``3座``.
* ve12-shoots-flat-wrong: B102 error at 金额合计 (row: 80 + 60 + 40 = 180 ≠ 190); T112 error at
  笋用林病虫害防治面积 ``≥6000株`` with 亩 in the unit column (D104 accepted); W101 error at book
  level (weights add to 95).
* ve14-processing-second-sheet: X105 warning (X103 accepted) at 年度资金总额 ``416.725 0``;
  T105 error at 中试产品检测达标率 ``4个`` on the second sheet 绩效指标.
* ve16-processing-template-rows: F110 error at the empty name cell of a 质量指标 row valued
  ``≥95%``; F109 warning (row) at the template tier-2 社会成本指标 left empty.
* ve17-processing-notes-defect: X104 warning at 计划完成日期 ``46022`` (a text serial for
  2025-12-31); T108 warning (row) at 单位产品综合能耗 with ``≥`` in the operator column.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on 抚育作业按期完成率 and
typed percents with % in the unit column (ve01); the same name 项目验收合格率 / 周边林农满意度
with different values in two stacked projects, ``0起`` on a fire count, a 下降率 with ≥ and a 成灾率
in ‰ (ve03); 中期 = 年度 for rates and unit costs in a 3-year project (ve05); ``0起`` on an
accident count (ve13); points in tier labels (ve07); tier and indicator scores both adding to 100,
``提高≥5百分点`` on a rate, a 下降率 with ≥, a bare typed 98% (ve09); bare numbers with a unit
column in flat lists (ve11); a date cell as value, 小计 and 合计 rows, a repeated header (ve15);
``≤10万元/家`` × 5家 equal to the 50万元 task (ve18); fill and signature dates in 2024.

Judgements where a reviewer could hesitate: B101 on project money is a row mark, as the wrong
figure may be the total or a part; the F105 row is also where F201 may land; in ve10 the missing
10 points also make the indicator total 90, so W101 is accepted for the same problem; ``0起`` on
an incident count needs no operator; 覆盖物集中回收率 under 生态环境成本指标 (ve07) and
改造作业林地裸露率 (ve05) are taken as fitting that tier; ve14's split number reads as 416.725,
so the money then adds up and only the artefact is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout359 import forests, processing, shoots
from tests.variants.holdout359.registry import HOLDOUT359
from tests.variants.kit import Variant

MODULES = (forests, shoots, processing)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT359, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 359th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

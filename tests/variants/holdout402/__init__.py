"""The 402nd held-out set: 18 invented returns on suona and guqin heritage transmission
(唢呐/古琴传承), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Invented units: 鹤汀县 (唢呐: 文化广电和旅游局, 非遗保护中心, 文化馆, 民间艺术团,
唢呐艺术保护传承中心, 民间唢呐艺术研究会), 云砚市 (古琴: 文化和旅游局, 古琴艺术传习馆,
非遗研究所) and 松浦区 (非遗保护中心).

Layouts. Project heads (``heads.project_head``) with one-year or three-year money blocks in 万元
carried by the number format; department heads with budget and key-task blocks; tier-1 and tier-2
merged down; operator and unit columns (wv01, wv11); inline operators; tier-1 points and
indicator points (wv02, wv16); numbered, starred and abbreviated labels (wv07, wv16); flat lists
(wv03, wv15); two stacked projects (wv04, wv14); 中期 and 年度 columns (wv05, wv13); an
instruction row inside the table, 注 and 填表说明 rows, signature and date lines (wv06, others);
the indicator table on a second sheet under 考核指标 / 预期实现值 / 评价标准 (wv08); header
预期目标 (wv12); a PDF conversion with a split number and a date serial (wv17).

Planted mistakes (return: code, highest accepted severity, place):

* wv10: T105 ≤error at the value ``36人`` of 青年演奏员培训结业率; T108 ≤warning (row) at
  ``=0.2万元/场`` (a cost cap with =); T108 ≤warning (row) at 演出安全事故发生率 ``≥1%``.
* wv11: B105 ≤error at 其他资金 shown ``150,000.00元`` in the 万元 block (B101 file level
  tolerated, not required); T106 ≤error at the typed percent ``105%`` on 音质验收合格率.
* wv12: F110 ≤error at the empty name cell of the row valued ``≥95%`` under 质量指标; F109
  ≤warning (row) at the template tier-2 ``时效指标`` with no indicator.
* wv13: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202 ≤warning at the annual
  cells of 培养青年传承人人数 ``≥30人`` and 汇报演出场次 ``≥45场``.
* wv14: B101 ≤error at the second project's 年度资金总额 (30 + 5 ≠ 40); T105 ≤error at
  曲谱教材编印完成率 ``12册``.
* wv15: T112 ≤error (alt T119) at ``12万元`` with unit column 人; T108 ≤warning (row) at
  展演噪音投诉率 ``≥2%`` declared 反向; W101 ≤error file level (weights 95).
* wv16: W103 ≤error at the 产出指标 score 40 (indicators 35) and at the 满意度指标 score 10
  (indicator 15); F105 ≤error at ``2.时效指标`` under 三、效益指标.
* wv17: X105 ≤warning (alt X103) at 财政拨款 ``38.562 5``; X104 ≤warning at 计划完成日期
  ``46022`` in a text cell.
* wv18: B101 ≤error at 资金总额 260 (基本支出 150 + 项目支出 100 = 250); B102 ≤error at the
  金额合计 100 (tasks 45 + 40 = 85).

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (wv01, wv03) and in a 预期实现值 column (wv08); a 下降率 with ≥ and an incident count
``= 0 起`` (wv01, wv03); ``=100%`` on a 持证上岗率 and on a 验收合格率 (wv02, wv04); ``≥3百分点``
and ``≥2 百分点`` (wv02, wv03); tier points and indicator points both adding to 100 with a 合计
row of 100 both ways (wv02); cost standard × count equal to the money (wv06: 0.6 × 20 = 12;
wv09: 0.5 × 100 = 50); the same indicator names (传习活动场次, 学员满意度) with different values
in two stacked projects (wv04); rates and unit costs equal in 中期 and 年度 (wv05); a date of
2025年12月31日前 in both columns of a three-year project (wv05); instruction, 注, 填表说明 and
signature rows, fill dates in 2024 for a 2025 budget (wv06, wv09); a note explaining that
金额合计 is 项目支出 only (wv09); a 常年项目 with no 其他资金 (wv07).

Judgements where a reviewer could hesitate:

* wv10: ``=0.2万元/场`` is marked T108 as in the main corpus (``=`` on a cost cap); T107 is not
  accepted since it is not a rate.
* wv11: the B101 that the 元 cell provokes is tolerated at file level, not required.
* wv15: ``12万元`` against 计量单位 人 is a unit conflict (T112); T119 is accepted too. The 合计
  row states 95, so the weights agree with their own total but not with 100.
* wv16: the scores add to 100 both at tier and at indicator level; only two tier subtotals are
  wrong, so W101 must not fire. 时效指标 under 效益指标 is F105 (its owner is 产出指标).
* wv17: the split number is read as 38.5625, after which 38.5625 + 11.4375 = 50 adds up.
* wv17 also carries an incident count ``0起`` which is not a zero-target.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout402 import layouts, periods_money, values
from tests.variants.holdout402.registry import HOLDOUT402
from tests.variants.kit import Variant

MODULES = (values, layouts, periods_money)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT402, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 402nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

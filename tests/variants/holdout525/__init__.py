"""The 525th held-out set: reindeer herding and birch-bark crafts (驯鹿、桦树皮) for the
invented forest hunting settlement 沃勒坎猎民乡 of the invented 北樾县, budget year 2025.

Modules: ``herds`` (bo01–bo06, reindeer), ``bark`` (bo07–bo12, birch bark), ``camps``
(bo13–bo18, both halves: stacked projects, numbered labels, a two-year project, an export, the
township's department table). 18 returns, 9 correct, 22 required marks.

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks,
department heads with budget rows and key tasks (bo07, bo08, bo12, bo18); operator and unit
columns with typed percents (bo01); operators inline (bo02); 中期 and 年度 columns
(bo03) and a two-row header over them (bo16); tier and indicator points (bo04, bo15); headers
指标内容 / 绩效标准 with abbreviated labels and ★ (bo05); a second sheet under 预期实现值
(bo06); flat lists in two column orders (bo07, bo08); template rows under 预期目标 (bo09); 注
rows inside and under the table, 填表说明, signature lines (bo10); detail lines under the table
(bo11); two stacked projects (bo13, bo14); a budget-system export with codes in the first
columns, the header on row 3 repeated after a page break (bo17); operators in words in
指标方向 with bare numbers and a unit column (bo18).

Planted mistakes (return: code, highest accepted severity, place):

* bo02: T108 ≤warning row at D9 (免疫头数 ≤1200头); T108 ≤warning row at D13 (防疫成本
  =45元/头, alt T117); T108 ≤warning row at D14 (腐蹄病发病率 ≥5%).
* bo03: D202 ≤warning at E11 (引进种公鹿 ≥60头 both columns); D202 ≤warning at E13 (核心群 ≥3个
  both columns).
* bo06: T105 ≤error at 绩效指标!D4 (合格率 280副); F105 ≤error at 绩效指标!B6 (可持续影响指标
  under 产出指标).
* bo08: T112 ≤error at B9 (8万元 against unit 人); T108 ≤warning row at C11 (投诉率 ≥);
  W101 ≤error book level (weights 95).
* bo09: F110 ≤error at the empty name C10; F109 ≤warning row at B14 (社会成本指标) and B16
  (生态效益指标).
* bo11: X104 ≤warning at F4 (计划完成日期 "46022" as text); X105 ≤warning at D20 alt X103
  (``18.6 5``); the detail lines then add up to 45.
* bo12: B101 ≤error row at B4 (95 ≠ 40 + 50); B102 ≤error at D9 alt B101 (合计 55, tasks 50).
* bo14: B101 ≤error row at 绩效目标表!C19, the second project's 资金总额 (40 ≠ 30 + 5);
  T106 ≤error at 绩效目标表!D24 (105%).
* bo18: F108 ≤error row at A15, the 过程 tier-1 (alt F103, F104); T108 ≤warning row
  at D16 (火灾事故发生率 大于等于); T107 ≤warning row at D18 (满意度 等于 95).

Legitimate look-alikes in the correct returns: typed percent cells with a % unit column and a
date cell as a deadline (bo01); 0起 on an incident count and 100 points at both levels with
``≥10百分点`` (bo04); ``100%`` typed with no operator, ``≤2%`` on a 投诉率 (bo05); a 下降率 with
≥ and a positive number (bo07); a footnote explaining the total and a fill date in 2024
(bo10); the same name 服务对象满意度 with ≥90% and ≥92% in two stacked projects (bo13); tier
points in the labels and indicator points in a column both summing to 100, with a 合计 row
(bo15); a 2026 deadline in the 中期 column of a 2025–2026 project, equal rates in both columns
(bo16); tiers repeated in every row and a repeated header (bo17). Unit cost × count stays within
its money everywhere (e.g. bo10 40 × 1.5万 = 60万 ≤ 120万).

Judgements: bo03's equal rates and cost caps across columns are not marked, only cumulative
counts; bo14's first project has ``≤0户`` on a shortfall count (a zero target on a shortage, not a
cost or output) and is left unmarked; bo08's weights sum to 95, not 90, so it cannot be the
预算执行率-separate total; bo12's B101 may land on any cell of the budget row, since the
wrong part (基本支出) can only be inferred from the tasks; bo18's 过程 row may also raise F104 on
资金管理, accepted as the same problem.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout525 import bark, camps, herds
from tests.variants.holdout525.registry import HOLDOUT525
from tests.variants.kit import Variant

MODULES = (herds, bark, camps)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT525, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 525th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

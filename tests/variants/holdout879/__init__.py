"""The 879th held-out set: forest fire prevention (森林防火): patrol rangers, firebreaks,
watchtowers and fire-fighting teams. 18 invented returns (places such as 椴川县, 桦岭县,
枫坳镇, 石栎乡, 槲林乡, 栎溪县, 栗川镇 and 鹿鸣山国有林场 are made up), 9 correct, 9 with 2–3
planted mistakes (22 required marks). Budget year 2025 (khe11: 2026).

Modules: ``patrol`` (khe01–khe06, rangers and checkpoints), ``towers`` (khe07–khe12,
watchtowers and firebreaks), ``teams`` (khe13–khe18, fire-fighting teams and departments).

Layouts: project heads (one-year and multi-year with 中期/年度 money) and department heads with
budget, share row and key tasks; OLD-NAT and NAT-2021 tiers merged down; operator and unit
columns (khe01, khe02); one value column with 备注 (khe05); flat lists with operator (khe03) or
direction (khe04) columns; two stacked projects (khe07, khe08); 中期/年度 columns (khe09) and
two complete column sets under a two-row header (khe10); headers 预期目标 (khe06), 考核指标 /
预期实现值 / 评价标准 on a second sheet (khe11); tier-1 and indicator score columns (khe13,
khe14); numbered labels with points and ★ (khe15, khe16); a 注 row inside the table, 填表说明
and a signature line (khe05); detail lines under the table (khe12).

Planted mistakes (code, highest accepted severity, place):

* khe02: T106 error at the typed 105% of 卡口值守到岗率; T108 warning (row) at the ≥ of
  火情处置响应时间.
* khe04: T112 error (row) at ``≥240天`` with unit column ``%``; T108 warning (row) at
  ``≥0.8‰`` of a 森林火灾受害率 declared 反向; W101 error, book level (weights add to 95).
* khe06: F109 warning (row) at the empty 时效指标 and 社会成本指标 template rows; F110 error
  at the empty name cell of a row holding ``≥90%``.
* khe08: B101 error at the second project's 年度资金总额 (96 ≠ 80 + 12); T105 error at
  ``18公里`` for 防火林带验收合格率.
* khe09: D204 warning at the 年度目标 cell (copied from the 中期目标); D201 error at the
  annual ``≥60公里`` above the period ``≥45公里``.
* khe12: X105 warning (alt X103) at the total ``64.3 5``; X104 warning at the end date
  ``46022`` typed as text; X106 error (alt B108) at the detail line ``36万36万``.
* khe14: W103 error at the 产出指标 score 45 (indicators 40) and at the 效益指标 score 25
  (indicators 20); W101 at book level tolerated (indicator scores add to 90).
* khe16: F105 error at ``3.可持续影响指标`` under 产出指标; F202 warning (row) at 预算执行率
  under 经济成本指标.
* khe18: B101 error at 资金总额 968 (基本 512 + 项目 436 = 948); B102 error at the 金额合计
  436 (tasks add to 446); T108 warning (row) at ``≥15分钟`` on 接警后出动时间.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column and ``=`` with a typed 100% (khe01); ``≤0起`` on fire counts (khe01, khe05, khe18);
rates in ‰ (khe01, khe03, khe15, khe17); a 下降率 with ≥ (khe03, khe17); the same indicator
name with different values in stacked projects (khe07); rates equal in 中期 and 年度 while
counts differ (khe09, khe10); tier and indicator points both adding to 100 and
``较上年提高≥3百分点`` on a pass rate (khe13); points in tier labels matching the indicator
scores (khe15); a 金额合计 equal to 项目支出 rather than 资金总额, explained by a 注 line
(khe17); a fill date in the year before the budget year (khe05, khe18); unit cost × count
within its money everywhere (e.g. 3 × 12 = 36 万元 exactly in khe12).

Judgements: khe06's second F109 (社会成本指标) is a template row many offices leave on purpose,
but it is a tier-2 with nothing under it, so it is marked (warning). khe09's cost cap was set
low enough that the planted 60 km does not also exceed the annual money. khe12's 60 + 4.35
add up to the total once ``64.3 5`` is read as 64.35, so no B101 is expected. khe14's W101
is the same fault seen from the indicator side and is only tolerated. ``4座`` without an
operator in khe11 is a fixed count, at most T103 (info). The 合计 row of khe03's flat list and
the 评价标准 column of khe11 are not indicators.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout879 import patrol, teams, towers
from tests.variants.holdout879.registry import HOLDOUT879
from tests.variants.kit import Variant

MODULES = (patrol, towers, teams)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT879, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 879th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 407th held-out set: karst cave scenic areas and cave conservation (溶洞景区/洞穴保护).

Eighteen invented returns of the fictitious counties 岚岫县 and 鹰岩县 for budget year 2026,
nine correct and nine with 23 required marks, to measure ``goalbook check`` out of sample.
``scenic.py`` holds the scenic-area half (xa01–xa06: lighting, walkways, guiding systems,
visitor centres, fire and flood works), ``conservation.py`` the conservation half (xa07–xa12:
cave monitoring, underground-river water, speleothem restoration, bat roosts, flat department
lists), ``departments.py`` department returns, a budget-system export and labelled tiers from
both halves (xa13–xa18).

Layouts: project heads (one-year and multi-year, 中期 and 年度 money), department heads with
budget, shares and key tasks; operator and unit columns; one value column with operators
inside the values; headers 考核指标 / 绩效目标值 / 评价标准 and 预期实现值 (on a second
sheet); tier-1 and indicator score columns; numbered labels with points; abbreviated labels
with * and ★; a two-row header; two stacked projects; flat lists in two column orders; 中期
and 年度 value columns; a budget-system export (sheets 部门项目支出预算05-1 and
部门项目支出绩效目标05-2, header on the third row, codes in the first columns); notes,
填表说明, a repeated header after a page break, a 合计 row, signature and date lines.

Planted mistakes (return, code, highest accepted severity, place):

* xa02-walkway-wrong: T106 ≤error at the typed 105% 合格率 value; T108 ≤warning (row) at the
  ≥ operator cell of 栈道游客滑倒事故发生率.
* xa04-second-sheet-wrong: X103 ≤warning at 年度资金总额 typed as text ``1,050.00``
  (基本信息); X104 ≤warning at 主体工程完工时间 ``46173`` (text serial of 2026-05-31);
  T105 ≤error at 洞口讲解服务覆盖率 ``12场`` (绩效指标 sheet).
* xa06-stacked-wrong: B107 ≤warning (row) at 人均培训补助标准 ≤0.3万元/人 (× 200 人 = 60 >
  40万元); B101 ≤error at the second project's 年度资金总额 85 (60 + 20 = 80).
* xa08-points-wrong: W103 ≤error (alt W101) at 一、产出指标（40分） (15 + 10 + 10 = 35);
  F105 ≤error at （二）时效指标 under 三、效益指标; T107 ≤warning at 采样设备完好率 =95%.
* xa10-bat-habitat-wrong: D201 ≤error at the annual ≥8处 against a period ≥6处; D202
  ≤warning at the annual ≥4次 copied from 中期; T108 ≤warning (row, alt D203) at the annual
  ≥6万元 on 单次种群调查费用 (period ≤6万元).
* xa12-flat-wrong: T105 ≤error (alt T112) at 洞穴水质监测达标率 ≥12 with unit 次; T108 ≤warning
  (row) at 旅游旺季洞内游客超载天数 ≥3 marked 反向; W101 ≤error on the book (weights sum 95).
* xa14-department-money-wrong: B101 ≤error (row) at 资金总额 520 (基本 300 + 项目 240 = 540);
  B102 ≤error at 金额合计 240 (tasks 90 + 70 + 60 = 220).
* xa15-export-template-rows: F109 ≤warning (row) at the empty tier-2 时效指标 (05-2 sheet);
  F110 ≤error at the empty name cell of the ≥3场 row under 社会效益指标.
* xa18-evaluation-tier-wrong: F108 ≤error at 过程（10分）; T106 ≤error at the satisfaction
  typed as 920%; T120 ≤warning at 新增双语讲解员 typed as 12%. Tolerated: a finding up to error
  at the tier-2 资金管理 and up to warning at 预算执行率 (both follow from the 过程 tier).

Legitimate look-alikes in the correct returns: ``=100%`` on a 合格率 and ``≥30%`` on a
下降率 (xa01, typed percents), a date cell as a deadline with ≤ (xa01); ``≤1%`` 投诉率,
``≤30分钟`` and a cost cap equal to the budget with a note explaining it (xa03); the same
indicator 游客满意度 with ≥90% and ≥92% in two stacked projects and 其他资金 0 (xa05); tier
scores and indicator scores both adding to 100 with a note, ``≥5百分点`` on a rate change
(xa07); ``0起`` incidents, equal 中期/年度 rates and unit costs in a three-year project
(xa09); ``≤0起`` cases, a 合计 row of weights, typed percents with ``%`` in the unit column
(xa11); a share row in 0.0% (xa13); an instruction row inside the table, a repeated header,
``0天`` over capacity, a fill date in 2025 (xa16); 25 caves × 8万元 = 200万元 exactly (xa17).

Judgements where a reviewer could hesitate:

* xa02: the 105% is an error (a pass rate cannot exceed 100%), the ≥ on an accident rate only
  a warning; ``=0起`` on 重大安全责任事故 is a legitimate zero-incident target.
* xa04: ``1,050.00`` is readable, so a warning (X103) rather than B108; the text serial is a
  warning (X104), not a wrong year.
* xa06: B107 is a warning (money may come from elsewhere); the B101 at 85 could also be read at
  财政拨款 or 其他资金, but the total cell is where reviewers write it.
* xa08: the points shortfall also makes the indicator points 95, hence W101 is accepted.
* xa10: ≥6万元 on the annual cost contradicts both the direction and the period column's ≤,
  so D203 is accepted. Four surveys in year one of two is a copied count (warning).
* xa12: the 达标率 in 次 could be read as a unit conflict (T112) or a rate as a count (T105).
* xa14: the arithmetic failure of the budget row could be found at any of its cells (row).
* xa16: ``（填写说明…）`` and the repeated header rows are not indicators.
* xa17: the labels ``*产出`` / ``数量`` are abbreviated OLD-NAT labels, ★ marks core rows.
* xa18: T120 at 12% is a warning (a head count typed as a percent); 预算执行率 under 过程 is
  the same problem as F108, so only tolerated.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout407 import conservation, departments, scenic
from tests.variants.holdout407.registry import HOLDOUT407
from tests.variants.kit import Variant

MODULES = (scenic, conservation, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT407, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 407th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

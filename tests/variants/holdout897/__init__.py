"""The 897th held-out set: 18 invented returns on archives digitisation and records
management (档案数字化、档案保管与管理), with a careful reviewer's marks, written blind.

Everything is invented: 甸湄市, 鹭汀市, 苍霁县, 栖枫县, 柘湾区, their archives, people, phones,
figures. Budget year 2025; fill and signature dates fall in late 2024 (not a year conflict).

Layouts (modules):

* ``digitise`` (khw01–khw06): digitisation projects: operator and unit columns under
  绩效目标值 with typed percent cells; a three-year and a two-year project with 中期 and 年度
  columns; tier-1 score column beside an indicator score column.
* ``custody`` (khw07–khw12): records custody: two projects stacked in one sheet; department
  flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值, and another order with 指标性质
  as direction); numbered, scored, abbreviated and marked tier labels; operators in words.
* ``bureau`` (khw13–khw18): department returns with tasks and 金额合计 under header 预期目标;
  an instruction row, a repeated header after a page break, 注 / 填表说明 / signature rows;
  subtotal and total rows with weights; a budget-system export (sheets 05-1 and 05-2, codes
  in the first columns, header on the third row, 考核指标 / 目标值（年度）); detail lines.

Planted mistakes (code, highest accepted severity, place):

* khw02-scan-percent-wrong: T112 error at Sheet1!E9 (alt T116), ``26000件`` against 卷 in the
  unit column; T106 error at Sheet1!E10, a typed 102% on a 合格率; T113 warning at
  Sheet1!E11, a completion time given as 100%.
* khw04-multi-year-copied: D204 warning at Sheet1!D9, 年度目标 = 中期目标; D202 warning at
  Sheet1!E11, a cumulative count copied from 中期; D201 error at Sheet1!E12, ``≥1500卷`` a
  year against ``≥1200卷`` for two years.
* khw06-tier-points-wrong: W103 error at 绩效目标!B9 (产出 50, indicators 45) and at
  绩效目标!B14 (效益 30, indicators 35), both alt W101; T105 error at 绩效目标!E11, a 完整率
  given as ``12000条``.
* khw08-stacked-wrong: B101 error at 项目绩效目标!C19, the second project's 80 ≠ 50 + 20;
  T105 error at 项目绩效目标!D24, ``档案鉴定完成率 3600卷``.
* khw10-flat-wrong: T112 error at 部门整体!B7, ``≥500件`` against 卷; T108 warning at
  部门整体!B8 (row), a 反向 差错率 with ≥; W101 error at book level, weights add to 95.
* khw12-wrong-parent-direction: F105 error at Sheet1!B12, 时效指标 under 效益指标; T108
  warning at Sheet1!D13 (row), 停机时长 with 大于等于.
* khw14-department-money-wrong: B101 error at 部门整体!B4, 基本 330 + 项目 200 ≠ 540; B102
  error at 部门整体!D9, tasks 90 + 70 + 45 ≠ 金额合计 200; Y102 error at 部门整体!D15 (alt
  Y103), a deadline in 2026 in the 2025 department table.
* khw16-notes-defect: F109 warning at 部门整体!B16 (row), 生态效益指标 left from the
  template; F110 error at 部门整体!C17, a value and weight without a name; X101 error at
  部门整体!D19, ``≥XX%``.
* khw18-export-artefacts: X104 warning at Sheet1!F4, the end date as text ``45961``; X106
  error at Sheet1!C17 (alt B108), ``86万86万`` in the detail lines.

24 required marks in 9 returns; the other 9 returns are correct.

Legitimate look-alikes in the correct returns: ``原件调阅次数较上年下降率 ≥30%`` and
``档案实体损坏事件 ≤0起`` (khw01); a ``目录著录差错率 ≤0.5%`` with ≤ (khw01); rates and unit
costs equal in 中期 and 年度 (khw03); tier points and indicator points both adding to 100 and
``档案查全率 提高≥5百分点`` (khw05); the same 服务对象满意度 name with ≥90% and ≥92% in two
stacked projects (khw07); ``档案失泄密事件 ≤ 0 起`` and ``= 100%`` in a flat list (khw09);
``2.编制全宗指南 ≥12个`` whose number prefix is numbering, and points only on tier labels
(khw11); ``库房安全事故 0起`` and a 注 explaining that 金额合计 is 项目支出 only (khw13);
an instruction row, a repeated header, 注 with ``≥`` and a signature dated 2024 (khw15);
unit cost × count within the money everywhere (e.g. 1.6万元/TB × 45TB = 72 ≤ 90, khw17).

Judgements where a reviewer could hesitate:

* khw02: ``26000件`` against 卷 is a unit conflict (件 and 卷 are different archival units),
  marked error; the rest of the row is fine.
* khw06: the tier totals (100) and indicator totals (100) agree, so only W103 is asked; W101 is
  accepted as an alternative at the tier cells.
* khw14: a deadline in the next year in a one-year department table cannot be met within its
  budget: Y102 with error accepted.
* khw16: subtotal and 合计 rows are not indicators and their weights are not added; the empty
  生态效益指标 row is a template leftover, not a missing value.
* khw18: ``86万86万`` read as 86 lets the lines add up to 120; no B102 is asked.
* khw12: 年度运维服务费 ≤ 42 万元 equals the budget: a cap, not an excess.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout897 import bureau, custody, digitise
from tests.variants.holdout897.registry import HOLDOUT897
from tests.variants.kit import Variant

MODULES = (digitise, custody, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT897, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 897th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

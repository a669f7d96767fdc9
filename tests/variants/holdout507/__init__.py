"""The 507th held-out set: arcade streets and watchtowers (骑楼、碉楼) of an overseas-Chinese
hometown, 榕滘县 (invented): repairs, tenants and tours.

18 invented returns, 9 correct and 9 with 21 required marks, written blind from domain.md, the
variants README, ``kit.py``, ``heads.py`` and the rule catalogue. Everything is invented (榕滘县,
沙岑镇, 和安里 / 新墟 / 塘尾骑楼街, 望岭村 / 鹤坳村碉楼群, people, phone numbers, figures).

Layouts: ``arcades`` (骑楼 half: aw01–aw06) project heads with operator and unit columns and
typed percent cells, department heads with flat lists, two projects stacked in one sheet;
``towers`` (碉楼 half: aw07–aw12) three-year projects with 中期 and 年度 columns, numbered and
pointed tier labels with ★ core indicators, tier-1 and indicator score columns; ``tours``
(aw13–aw18) note, instruction and repeated header rows with signature lines, operators in words,
a budget-system export with codes and the table on a second sheet (header on its third row),
headers 指标内容 / 绩效标准 / 考核指标 / 绩效目标值 / 评价标准, department money blocks.

Planted mistakes (return: code, highest accepted severity, place):

* aw02-facade-percent-wrong: T106 error at the typed 105% 店招改造验收合格率 value; T108 warning
  (row) at the ≥ of 商户经营投诉率; T107 warning (row) at the = of 商户满意度 (=95%).
* aw04-tenants-flat-wrong: T105 error at 骑楼公房出租率 ``≥36`` 间; W101 error at book level
  (weights add to 95).
* aw06-stacked-arcades-wrong: B101 error at the second project's 年度资金总额 (120 ≠ 90 + 20);
  T105 error at 推介商铺签约率 ``36间``.
* aw08-tower-three-years-copied: D204 warning at the 年度目标 cell (copied from 中期目标); D202
  warning at the 年度 cells of 修缮碉楼座数 and 编制碉楼保护档案套数 (copied from 中期).
* aw10-tower-labels-wrong: T106 error at 防雷检测合格率 ``>100%``; F105 error at the tier-2
  cell ``（二）时效指标`` under 三、效益指标.
* aw12-tower-points-wrong: W103 error at the 效益指标 score cell (30 declared, 15 + 10 below);
  W101 error at book level tolerated, not required; X104 warning at 计划完成日期 ``46022``
  (a text serial for 2025-12-31).
* aw14-tour-notes-wrong: T106 error at 夜游线路讲解覆盖率 110 (unit column %); T108 warning (row)
  at 大于等于 on 游客投诉处理时限 48 小时.
* aw16-tour-headers-wrong: F110 error at the empty name cell of the ``≥12篇`` row; T105 error at
  讲解员持证上岗率 ``≥36人``; F109 warning (row) at the empty 时效指标 template row.
* aw18-tour-department-wrong: B101 error (row) at 资金总额 980 (基本支出 460 + 项目支出 500 =
  960); B102 error at the 金额合计 500 of the key tasks (200 + 160 + 120 = 480).

Legitimate look-alikes in the correct returns: ``≤0起`` on incident counts (aw01, aw05, aw09:
施工安全事故, 外廊坠物伤人事件, 碉楼盗窃破坏案件) is a zero-incident target, not a zero cost;
``=100%`` on a 合格率 (aw01 typed, aw15 as text starting with ``=``) is the ceiling; a 下降率 with
≥ (aw03 骑楼商铺空置下降率, aw15 游客寻路问询减少率); typed percents (aw01, aw03, aw09, aw17);
unit cost × count equal to the money (aw05 30 × 2.5 = 75 and 320 × 0.15 = 48, aw10, aw11 3 × 18 =
54, aw15 90 × 0.5 = 45, aw16, aw17 100 × 0.3 = 30); the same 沿街居民满意度 with different values
in two stacked projects (aw05); rates and unit costs equal in 中期 and 年度 of a three-year
project (aw07, aw08); tier-1 points and indicator points both adding to 100 (aw11, with a 合计
row); ``≥5百分点`` on a share raised (aw11); an instruction row, a header repeated after a page
break, footnotes, 填表说明 and signature lines dated the year before the budget year (aw13, aw14);
a footnote explaining the 金额合计 against the 资金总额 (aw17); subtotal / 合计 rows in a flat
list and in a budget export (aw03, aw15); 其他资金 0 (aw05, aw10).

Judgements where a reviewer could hesitate:

* T106 on ``>100%`` and a typed 105% is an error (impossible); T107 on ``=95%`` satisfaction and
  T108 on a direction are warnings (doubtful, not impossible).
* aw08: the copied annual counts (9 座 each year) would also cost 9 × 20 = 180, exactly the
  annual money, so no B107 is planted; the fault is the copy (D202), not the money.
* aw12: one tier's indicator points missing 5 also makes the indicator total 95; W103 at the
  tier score is required and a W101 for the total is tolerated as the same problem.
* aw18: which of 资金总额, 基本支出 or 项目支出 is wrong cannot be told, so B101 is a row mark on
  the budget row; the tasks against 金额合计 are a separate B102.
* aw04: the flat list's value ``≥36`` with unit 间 on a 出租率 is a rate given as a count (T105),
  not a unit conflict.
* aw14: the 说明 row inside the table and aw13's ``（可根据项目实际增加行）`` instruction row are
  not indicators, so no value-missing finding is expected there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout507 import arcades, tours, towers
from tests.variants.holdout507.registry import HOLDOUT507
from tests.variants.kit import Variant

MODULES = (arcades, towers, tours)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT507, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 507th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

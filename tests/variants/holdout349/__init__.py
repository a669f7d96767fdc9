"""The 349th held-out set: railway station area management in the invented 澄屿市 (澄屿北站
高铁站, 漾川城际站, 禾岭西站): station plazas, guidance volunteers, illegal touting cleared and
lost-and-found (``plazas``), taxi and bus connections (``connections``), money, points and a
budget-system export across both halves (``accounts``). Budget year 2025, money in 万元.

Layouts: project heads (uu01, uu02, uu04–uu07, uu09–uu12, uu15, uu16, uu18), department heads
(uu03, uu08, uu13, uu14), operator columns (uu01, uu02, uu17), values with inline operators,
two projects stacked in one sheet (uu05, uu06), flat lists (uu03, uu08), a table on a second
sheet under 考核指标 / 目标值（年度） / 评价标准 (uu07), 注 and 填表说明 rows with the header
repeated after a page break and signature lines (uu09), header 预期目标 (uu10), 中期 and 年度
columns (uu11, uu12), numbered labels with points (uu15), a tier-1 score column (uu16), a
budget-system export with codes in the first two columns and abbreviated tier labels (uu17),
detail lines below the table (uu18).

Planted mistakes (return: code, highest accepted severity, place):

* uu02: T106 error at the typed 105% 失物招领物品归还率 (Sheet1!E11); T108 warning, row, on
  旅客有效投诉率 with ≥.
* uu04: B105 error at the 其他资金 cell stored as 200,000.00元 in a 万元 block; T105 error at
  非法揽客点位清理覆盖率 ``35处``; B101 at book level tolerated (not required).
* uu06: B101 error at the second project's 资金总额 (30 ≠ 22 + 6); T113 warning at the
  失物移交完成时限 ``100%``.
* uu08: T112 error (alt T104) at 接驳公交线路数 ``≥12辆`` under unit column 条; W101 error at book
  level (weights 95).
* uu10: F110 error at the empty name cell of a row with ``≥1460班次``; F109 warning, row, at the
  empty 质量指标; T115 error at 单班次运营补贴 ``≤0万元/班次``.
* uu12: D202 warning at the annual cells of two cumulative counts copied from 中期; D201 error
  at 购置新能源接驳公交车 annual ≥48辆 over period ≥40辆.
* uu14: B101 error at 资金总额 460 (基本 180 + 项目 300 = 480); B111 error at the 其他资金 share
  12% (30 ÷ 460 = 6.52%); B102 error at 金额合计 300 (tasks 290).
* uu16: W103 error at the 产出指标 score 50 (indicators 45) and at the 效益指标 score 30 (35);
  T107 warning at 旅客满意度 ``=95%``.
* uu18: F105 error at 时效指标 under 效益指标; X106 error (alt B108) at ``36万36万(含标识牌制作)``;
  X105 warning (alt X103) at ``52.437 5``.

Legitimate look-alikes in the correct returns: typed percent cells with the operator in its own
column (uu01, uu17) and with % in the unit column (uu03); a 下降率 with ≥ (uu01, uu13); an
incident count ``≤ 0 起`` (uu03); ``=100%`` on 合格率 and 完整率 (uu05, uu11); the same
旅客满意度 with different values in two stacked projects (uu05); unit cost × count within the
money (uu01, uu05, uu07, uu09, uu11, uu15); equal 中期 and 年度 values on rates and unit costs
(uu11); ``提高≥3百分点`` on a 准点率 (uu15); tier points and indicator points both totalling 100
(uu15); a fill date in 2024 (uu09); tasks adding to 项目支出 rather than 资金总额 (uu13).

Judgements: in uu04 the 元 cell makes 资金总额 not add up, so B101 is tolerated, not asked for;
in uu14 the shares of 基本支出 and 项目支出 are correct against the stated 460, their sum over
100% follows from the B101 mistake; uu06's ``100%`` on a 时限 is a warning (T113), not an
error; the B102 in uu14 is marked at 金额合计 (= 项目支出 300), not at a task; in uu16 the
indicator scores still total 100, so no W101; ``≤0起`` in uu03 is a real zero-incident target,
not T115.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout349 import accounts, connections, plazas
from tests.variants.holdout349.registry import HOLDOUT349
from tests.variants.kit import Variant

MODULES = (plazas, connections, accounts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT349, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 349th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 333rd held-out set: 18 invented returns on beekeeping and apiculture support (蜂产业).

Theme, in two halves: colonies kept and queen breeding, bee disease control (``apiary``,
``health``); honey quality testing, pollination services and beekeeper training (``health``,
``services``). Places, units, people and figures are invented (椴阳县, 荆川市, 槐塘镇).

Layouts: project heads (``heads.project_head``) with one-year and multi-year money blocks in
万元 (unit in the number format); department heads with budget shares and key tasks; tier-1 and
tier-2 merged down; an operator column (指标性质 / 比较符) and a unit column (ue01, ue14, ue15);
numbered labels with points and an indicator score column (ue04); 中期 and 年度 columns (ue05,
ue17); two projects stacked (ue02); flat lists (ue03, ue18); instruction, 注, 填表说明 and
signature rows (ue07); headers 考核指标 / 目标值（年度） / 评价标准 (ue08), 预期实现值 on a second
sheet (ue09), 预期目标 (ue10); ★ / * marks and abbreviated labels with 中央补助 + 地方资金 (ue13);
a budget-system export with codes in the first columns, header on the third row and repeated
after a page break (ue15); detail lines under the table (ue11).

Planted mistakes (return: code, highest accepted severity, place):

* ue02-queen-stacked: B101 error at the second project's 年度资金总额 (row; 30 + 12 ≠ 48);
  T105 error at 授精蜂王交尾成功率 ``600只``.
* ue05-colony-multi-year: D202 warning at the annual cells of 新建标准化蜂场 and 推广中蜂蜂群
  (copied from 中期); D201 error at the annual 培训蜂农 ``≥1200人次`` above ``≥900人次``.
* ue06-breeding-direction: T108 warning (row) at ``=45元/群`` on a cost and at ``≥3%`` on a
  运输死亡率; T106 error at 处女王交尾成功率 ``≥102%``.
* ue09-honey-second-sheet: B101 error (row) at 年度资金总额 95 ≠ 70 + 20; T105 error at a
  覆盖率 given as ``300份`` on the sheet 绩效指标.
* ue10-disease-template-rows: F110 error at an empty name cell with value ``≥40个``; F109
  warning (row) at the template tier-2 生态效益指标 left without indicator.
* ue11-honey-artefacts: X105 warning (alt X103) at the total ``63.250 0``; X104 warning at the
  计划完成日期 typed as the text ``46387``; X106 error (alt B108) at ``28万28万`` in the detail.
* ue14-training-wrong-parent: F105 error at （三）时效指标 under 三、效益指标; T106 error at a
  typed ``105%`` on 培训考核合格率.
* ue16-training-department-money: B101 error at 资金总额 260 ≠ 基本 150 + 项目 100; B111 error at
  the 其他资金 share 15.38 % (30 ÷ 260 = 11.54 %); B102 error at 金额合计 100 ≠ 40 + 35 + 20.
* ue18-training-flat-defects: T112 error at ``≥500人次`` with unit column 万元; T113 warning at
  结业证书发放时限 ``100%``; W101 error at book level (weights add to 95).

Legitimate look-alikes in the correct returns: typed percent cells (ue01 ``90%``, ``100%`` with
=, ``92.50%``; ue12 shares), ``=100%`` typed as text (ue07), ``100%`` without operator at the
ceiling (ue08), ``≥5百分点`` on a rate rise (ue04, ue13), tier points and indicator points both
adding to 100 (ue04), 下降率 with ≥ (ue07, ue13, ue17), ``0起`` and ``≤ 0 起`` on incident
counts (ue07, ue12, ue15, ue17), 反向 rates with ≤ (ue03, ue08, ue17), unit cost × count
equal to the money (ue01 150元 × 3000 + 1万 × 40 = 85; ue08 1500元 × 240 = 36), a fill date in
the year before the budget year and a footnote on 上年结转 (ue07), equal 中期 and 年度 values on
rates and unit costs (ue05, ue17), the same 蜂农满意度 with different values in two stacked
projects (ue02), instruction, footnote, signature, total and repeated header rows (ue03,
ue04, ue07, ue15).

Judgements: ``0起`` without an operator on an incident count is the zero-incident target,
not a zero cost (no T115); ``=100%`` on 及时率 and 验收合格率 is the ceiling, not T107; the
ue02 first project is correct, so only the second's money is marked; the ue11 text serial is
a date artefact only (no Y102 asked); in ue16 the wrong share is marked B111 only, its effect
on the shares' sum is the same problem; ue18's 百分点 unit column on ``≥3百分点`` is
consistent, not a unit conflict; ue14's F105 is marked at the tier-2 anchor cell, not the row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout333 import apiary, health, services
from tests.variants.holdout333.registry import HOLDOUT333
from tests.variants.kit import Variant

MODULES = (apiary, health, services)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT333, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 333rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 348th held-out set: campsites and scenic-area safety.

Theme: 露营地 and 漂流 rafting sites (ut01–ut06, ut15, ut16), 索道 cableway inspections and
safety signage (ut07–ut12), lifeguards, rescue drills and visitor complaints (ut13–ut18).
Everything is invented: 柘岩县, 漾川区, 桐屿市, 鹭鸣湾, 岫云溪, 鹤汀湾, 青箬滩, 苍梧岭, 翠岙峡,
people, phone numbers and figures. Budget year 2025 throughout.

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in 万元
(number format only), department heads with budget and tasks; tier-1 and tier-2 merged down;
operator and unit columns (ut01, ut18), inline operators, two stacked projects (ut03, ut04),
flat lists (ut05 operator column, ut06 direction column), numbered labels with points and an
indicator score column (ut07), a tier-1 score column (ut08), a two-row header with 考核指标,
目标值（年度） and 评价标准 (ut09), a table on a second sheet under 预期实现值 (ut10), a
budget-system export with sheets 05-1 / 05-2, codes in the first columns and the header on the
third row (ut11), 中期 and 年度 columns (ut12, ut13), 说明 / 注 / 填表说明 rows, a repeated header
and a signature line (ut14, ut15), header 预期目标 (ut16), labels with * / ★ and abbreviations
(ut17).

Planted mistakes (code, highest accepted severity, place):

* ut02: T108 ≤warning (row) at 救生衣配备率 ``≤95%``; T108 ≤warning (row) at 单艘漂流艇检修费用
  ``=0.12万元/艘``; T108 ≤warning (row) at 漂流艇翻覆事故发生率 ``≥0.5%``.
* ut04: B101 ≤error at the second project's 年度资金总额 (45 ≠ 40 + 8); T105 ≤error at
  救生员持证上岗率 ``12人``.
* ut06: T112 ≤error at 安全讲座场次 ``12人次`` (unit column 场); T108 ≤warning (row) at
  漂流艇翻覆率 ``≥1.5`` marked 反向; W101 ≤error book level (weights add to 85).
* ut08: W103 ≤error (alt W101) at the 产出指标 score 50 (indicators 45); T105 ≤error at
  钢丝绳探伤检测及时率 ``2次``; F105 ≤error at the tier-2 社会成本指标 under 效益指标.
* ut10: X104 ≤warning at 计划完成日期 ``46022`` (text); X101 ≤error at ``≥XX根``; T113 ≤warning
  at 标识安装完成时间 shown ``100%``.
* ut12: B103 ≤error at 年度资金总额 160 (中期 150; the annual 财政拨款 150 > 140 is tolerated up
  to error); D201 ≤error (alt D104) at the annual ``≥8场`` (period ``≥6场``); D202 ≤warning
  (alt D104) at the annual ``≥48个`` copied from the three-year column.
* ut15: B101 ≤error at 资金总额 260 (基本支出 150 + 项目支出 120 = 270); T108 ≤warning (row) at
  投诉处理平均办结时长 ``≥3个工作日``; T106 ≤error at 露营游客满意度 ``≥105%``.
* ut16: F110 ≤error at the empty name cell of the ``≥6处`` row; F109 ≤warning (row) at the
  时效指标 template row.
* ut18: B105 ≤error at 其他资金 ``30,000.00元`` in the 万元 block (B101 book level tolerated,
  not required); T106 ≤error at 救援装备完好率 shown ``950%``; B107 ≤warning (row) at
  单场联合演练成本 2.5 万元/场 × 12 场 = 30 > 24.

Legitimate look-alikes in the correct returns (ut01, ut03, ut05, ut07, ut09, ut11, ut13, ut14,
ut17): ``=100%`` / ``100%`` on a 覆盖率, 上岗率 or 合格率 (ut01, ut05, ut07, ut13, ut17);
``≤0起`` / ``0起`` on incident counts (ut01, ut03, ut05, ut07, ut17); typed percent cells
(ut01, ut05, ut07, ut11, ut13); a 下降率 with ≥ (ut05, ut09); 100 points both at tier and at
indicator level (ut07); ``≥4百分点`` / ``≥2百分点`` on a rate rise (ut13); equal 中期 and 年度
rates, limits and unit costs in a two-year project (ut13); the same indicator name with
different values in two stacked projects (ut03); a second stacked project running May–October
with a May date (ut03); 救生员服务单价 300元/人·天 × 16人 × 120天 = 57.6万元, exactly the
money (ut17); a footnote restating the total as its parts, a 说明 row, a repeated header and a
fill date in 2024 (ut14); a note under the table explaining a cost (ut13).

Judgements where a reviewer could hesitate:

* ``≤95%`` on 救生衣配备率 (ut02) is read as a 正向 rate capped by mistake, a warning, not an
  impossibility; ``=0.12万元/艘`` likewise a warning.
* ut04's stacked second project is its own table: its 年度资金总额 is checked against its own
  parts, not against the first project.
* ut06's weights add to 85 with no stated total: W101 at book level.
* ut08: only the 产出 tier score disagrees; the total of indicator scores (95) is then off as
  well, so W101 is accepted for the same problem.
* ut10's serial ``46022`` is 2025-12-31, so no year finding is asked for.
* ut12: the 年度目标 text (16 吊厢, 2 场) contradicts the copied indicators, so D104 is accepted.
* ut15's 注 row inside the table and ut14's 说明 row are not indicators.
* ut18's ``950%`` is taken as 95 % typed wrong: T106 at the value, an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout348 import cableway, camping, rescue
from tests.variants.holdout348.registry import HOLDOUT348
from tests.variants.kit import Variant

MODULES = (camping, cableway, rescue)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT348, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 348th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

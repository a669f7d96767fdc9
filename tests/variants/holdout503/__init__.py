"""The 503rd held-out set: 18 invented returns on lusheng and bronze drum (芦笙、铜鼓) ensembles
in minority villages and their festivals, with a careful reviewer's marks, to measure
``goalbook check`` out of sample. Everything is invented (岑垌县, 蒙榕镇, 雾岭乡, 硐坪乡, 高枧村,
龙碓村, 蕉垭村; units, people, phone numbers, figures). Budget year 2025 throughout.

Layouts: project heads (``heads.project_head``) with 万元 in the number format and department
heads (``heads.department_head``) with budget, shares and tasks; tier-1 and tier-2 merged down;
operator and unit columns (as01, as02); stacked projects (as03, as04); flat lists in two column
orders (as05, as06); numbered tier labels with points (as07), marked and abbreviated labels
(as08); header 绩效目标值 (as09); a two-row header 考核指标 · 目标值（年度） · 评价标准 on a second
sheet with the header repeated after a page break (as10); 中期 and 年度 columns (as11, as12);
说明 / 小计 / 合计 / 注 / 填表说明 / signature rows (as15); detail lines under the table (as16);
tier and indicator score columns (as17); a budget-system export with codes in the first columns,
the header on the third row and operators in words (as18).

Planted mistakes (return: code, highest accepted severity, place):

* as02-lusheng-percent-wrong: T106 error at the 选材合格率 value, a percent cell showing 105%
  (row); T108 warning at the operator ≥ of the 反向 成品返修率 (row).
* as04-lusheng-stacked-wrong: B101 error at the second project's 资金总额 (15 ≠ 10 + 4);
  T105 error at 芦笙曲目录制完成率 ``24首``.
* as06-lusheng-flat-wrong: T112 error at the value ``12万元`` against unit column 场; T108
  warning at ``≥3%`` on 公用乐器损耗率 declared 反向 (row); W101 error on the file (weights 95).
* as08-drum-wrong-parent: F105 error at the tier-2 cell 社会效益指标 under ``*产出``; T113
  warning at 铜鼓修复完工时间 ``100%`` (row).
* as09-drum-template-rows: F110 error at the empty name cell of a ``≥95%`` row; F109 warning at
  the template tier-2 生态效益指标 with no indicator and no value (row).
* as12-drum-multi-year-wrong: D201 error at the annual 铜鼓制作培训人数 (120 > 80); D202 warning
  at each annual cell of 铜鼓舞展演场次 and 村寨铜鼓修复数量 copied from 中期.
* as14-festival-money-wrong: B101 error at 资金总额 (280 + 30 ≠ 320, row); B102 error at the
  金额合计 of the tasks (60 + 35 + 20 ≠ 120, row).
* as16-festival-artefacts: X104 warning at the start date typed as text ``45778``; X105
  warning (X103 accepted) at the detail amount ``12.5 6``; X106 error (B108 accepted) at the
  detail amount ``8万8万``.
* as17-festival-points-wrong: W103 error at the 产出指标 score 40 (indicators 35) and at the
  效益指标 score 30 (indicators 35); T107 warning at 观众满意度 ``=95%``.

22 required marks on 9 returns; the other 9 (as01, as03, as05, as07, as10, as11, as13, as15,
as18) are correct.

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(as01, as05) and typed percent shares 84 % / 16 % / 62 % / 38 % / 100 % (as13); ``≤ 0 起`` on an
incident count (as01, as05); the same indicator names (芦笙队年度演出场次, 村民满意度) with
different values in two stacked projects (as03); tier points in the labels and indicator points
both adding to 100 (as07), 小计 and 合计 rows (as15); ``≥5百分点`` / ``≥3百分点`` rate rises (as07,
as17); ``=100%`` on an approval rate and ``≥10%`` on a 安全事故下降率 (as13); a footnote
explaining that 金额合计 covers 项目支出 only (as13); equal 中期 and 年度 rates and unit costs
in a three-year project, a 中期 deadline in 2027 inside the project period (as11); a header row
repeated after a page break with the 产出 tier reopened for its 成本指标 (as10, OLD-NAT); fill
dates in October 2024 (signature lines); unit cost × count within the money everywhere.

Judgements: as14's B101 is marked at the 资金总额 cell with ``row=True`` because 基本支出 +
项目支出 = 320 agrees with the total, so the fault may as well lie in 财政拨款 or 其他资金; the
as17 W103 marks leave the indicator total at 100, so no W101 is asked for; as06's ``12万元`` is a
unit conflict (T112), not a rate problem; the text serial in as16 is a warning (X104) and its
detail lines add up to 40 once ``12.5 6`` is read as 12.56 and ``8万8万`` as 8; as12's copied
counts in a two-year project are warnings, the annual count above the period count an error.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout503 import drum, festival, lusheng
from tests.variants.holdout503.registry import HOLDOUT503
from tests.variants.kit import Variant

MODULES = (lusheng, drum, festival)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT503, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 503rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 559th held-out set: 18 invented returns on **township judicial offices (司法所) and
people's mediation committees (人民调解委员会)** of the invented 砚川县 (towns 桐垭镇, 雁丘镇,
柏坪乡, 石臼乡), with a careful reviewer's marks per ``shared/domain.md``. Budget year 2025.

Layouts: project heads (``heads.project_head``) with money in 万元 by number format or in 元;
department heads (``heads.department_head``) with budget and key-task blocks; tier-1 and tier-2
merged down; operator and unit columns (cw01, cw02); numbered labels with points and two score
columns (cw03, cw04, cw18); two stacked projects (cw05, cw06); a two-row header with 指标内容 /
绩效标准 and a 备注 column (cw07); header 预期目标 (cw08); 中期 and 年度 columns (cw09, cw10);
flat lists in two column orders (cw11, cw15); 指标性质 as direction with instruction, 说明,
footnote and stamp rows (cw12); a budget-system export over two sheets with codes in the first
columns and the header on row 3 (cw16); labels with * / ★ / abbreviations, 小计 and 合计 rows
and a header repeated after a page break (cw17).

Planted mistakes (return, code, highest accepted severity, place):

* cw02: T106 ≤error at the 报到率 cell typed as 105% (operator ≥); X103 ≤warning at 财政拨款
  ``300,000.00`` typed as text; X104 ≤warning at 计划完成日期 ``45991`` in a text cell.
* cw04: W103 ≤error at the 产出指标 score 50 (indicators give 45; alt W101, and a tolerated
  file-level W101 since the indicator points then add to 95); T105 ≤error at 调解协议自动履行率
  ``≥120件``; T108 ≤warning (row) at 调解案件办结超期率 ``≥2%``.
* cw06: B101 ≤error at the second project's 年度资金总额 30 (22 + 6 = 28); T105 ≤error at
  法律咨询接待答复率 ``≥300人次``.
* cw08: F109 ≤warning (row) at the template 时效指标 row; F110 ≤error at the empty name cell
  of the ``≥85%`` row under 社会效益指标.
* cw10: D204 ≤warning at the 年度目标 cell (word for word the 中期目标); D202 ≤warning at the
  annual cells of 调解员轮训人次 and 档案数字化个数 (copied from 中期 in a two-year project).
* cw12: D102 ≤error (row; alt D101, D103, D104) at the second 矛盾纠纷排查次数 (``≥36次``
  against ``≥48次``); T108 ≤warning (row) at 调解协议反悔率 ``≥3%`` marked 反向.
* cw14: B101 ≤error (row) at 资金总额 640 (基本 410 + 项目 250 = 660, while 财政拨款 +
  其他资金 = 640); B102 ≤error at 金额合计 250 (90 + 80 + 70 = 240); Y102 ≤error (alt Y103)
  at a deadline ``2026年3月31日前`` in a 2025 department return.
* cw15: T112 ≤error (alt T119) at ``≤12万元`` against unit column 件; T108 ≤warning (row) at
  服务对象投诉率 ``≥2`` marked 反向; W101 ≤error at file level (weights 95).
* cw18: F105 ≤error at ``（三）社会效益指标`` under 一、产出指标; X105 ≤warning (alt X103) at
  财政拨款 ``24.4 5``; X101 ≤error at ``≥**场``.

Legitimate look-alikes in the correct returns: typed percent cells with an operator column
(cw01, cw11), ``0.2%``/``0.5%`` 再犯罪率 with ≤ (cw01, cw13, cw16); points given at both levels,
each adding to 100 (cw03); ``≥3百分点`` on a 调解成功率 rise (cw03); ``0起`` on an incident count
(cw07); the same names with different values in two stacked projects (cw05); 中期 = 年度 for
rates and unit costs in a three-year project, counts a third of the period (cw09); a
信访转化下降率 with ≥ (cw11); ``=100%`` on a 验收合格率 and a 覆盖率 (cw13, cw17); 小计 / 合计
weight rows and a repeated header (cw17); codes, export and data-source lines (cw16); fill
dates in November 2024 (all signature lines); unit cost × count within its money everywhere
(e.g. 13.5万元 × 9 = 121.5 ≤ 125 in cw13).

Judgements where a reviewer could hesitate: cw14's deadline in the following year is marked as
an error (domain §4.2 rule 8: dates must lie in the budget year for a one-year return); cw12's
duplicate is a conflicting duplicate (same name, same tier-2, different value), hence error;
cw04's W103 belongs to the tier score cell, the total of 95 being its consequence; ``0起`` in
cw07 is a zero-incident target, not a zero output; cw15's ``≤12万元`` is a unit conflict, a
naive checker may also call it a name/unit mismatch (T119 accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout559 import bureau, committees, offices
from tests.variants.holdout559.registry import HOLDOUT559
from tests.variants.kit import Variant

MODULES = (offices, committees, bureau)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT559, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 559th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

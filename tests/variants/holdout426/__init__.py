"""The 426th held-out set: 18 invented returns of 棠浦市劳动人事争议仲裁院, a city's labour and
personnel dispute arbitration court (主管部门 棠浦市人力资源和社会保障局), budget year 2025, with
a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, in two halves: labour disputes (``labour.py``: case handling, circuit hearings, mediator
training, electronic files, the court's flat lists) and personnel disputes between 事业单位 and
their staff (``personnel.py``: expert consultation, part-time arbitrators, pre-filing mediation,
hearing recordings, service of documents); ``court.py`` holds the court-wide returns (multi-year
projects, points at two levels, the department budget) covering both.

Layouts: project heads (``heads.project_head``) with 万元 money blocks (unit in the number format,
four decimals in xt02); department heads with budget shares and key tasks (xt05, xt06, xt17,
xt18); operator column 指标性质 with a unit column (xt01, xt02); values with inline operators
(xt03, xt04, xt07, xt08, xt10); two projects stacked in one sheet (xt03, xt04); flat lists
(xt05: 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值; xt06: 指标名称 · 权重 · 指标值 · 计量单位);
numbered labels with points and ★ (xt09, xt10); header 预期目标 (xt08); a table on a second
sheet under a two-row header 考核指标 · 目标值（年度） · 评价标准 (xt11) or 指标内容 · 指标方向 ·
绩效标准 (xt12); 中期 and 年度 columns (xt13, xt14); a tier-1 score column beside an indicator
score column (xt15, xt16); instruction, 说明, 注, 填表说明, signature and date lines (xt07, xt08,
xt15, xt17).

Planted mistakes (code, highest accepted severity, place):

* xt02-percent-wrong: X104 ≤warning at Sheet1!F4 (计划完成日期 typed as the text ``46022``);
  X105 ≤warning alt X103 at Sheet1!E5 (财政拨款 ``148.627 5``, read as 148.6275, after which
  156.6275 = 148.6275 + 8 holds); T106 ≤error at Sheet1!E12 (按期结案率 typed ``105%``).
* xt04-stacked-defects: B101 ≤error at Sheet1!C20, row (second project: 资金总额 42 ≠ 36 + 4);
  T105 ≤error at Sheet1!D25 (庭审录音录像完整率 ``2600卷``).
* xt06-flat-defects: W101 ≤error, book level (weights add to 95); T108 ≤warning at Sheet1!C15,
  row (仲裁裁决被法院撤销率 ``≥2%``); T112 ≤error at Sheet1!C16 (``≤45天`` with unit column 件).
* xt08-notes-defect: F110 ≤error at Sheet1!C10 (``≥35人`` with no name; no message may quote
  an empty name); F109 ≤warning at Sheet1!B15, row (template tier-2 社会成本指标 left empty).
* xt10-wrong-parent: F105 ≤error at Sheet1!B13 (（二）时效指标 under 三、效益指标); T107 ≤warning
  at Sheet1!D14 (当事人满意度 ``=95%``).
* xt12-second-sheet-defects: T108 ≤warning at 绩效目标!E2, row (正向 送达仲裁文书 ``≤2400份``);
  T108 ≤warning at 绩效目标!E3, row (反向 文书超期送达率 ``≥3%``).
* xt14-multi-year-copied: D202 ≤warning at Sheet1!E11 and Sheet1!E12 (cumulative counts copied
  from 中期 in a two-year project); D201 ≤error at Sheet1!E13 (annual ``≥16场`` above the
  period's ``≥12场``).
* xt16-tier-points: W103 ≤error at Sheet1!B9 (产出 40, indicators 35) and Sheet1!B13 (效益 30,
  indicators 35; both levels still add to 100, so no W101); T113 ≤warning at Sheet1!E11
  (指引印发时间 ``100%``).
* xt18-department-money-wrong: B101 ≤error at 部门整体!B4, row (基本支出 960 + 项目支出 500 =
  1460 ≠ 1480, while 1420 + 60 = 1480 holds); B111 ≤error at 部门整体!C5 (财政拨款 share 94.59%,
  should be 95.95%); B102 ≤error at 部门整体!D10, row (tasks 280 + 150 + 60 = 490 ≠ 金额合计 500).

23 required marks on 9 returns; the 9 others are correct.

Legitimate look-alikes in the correct returns: ``=`` with a typed 100% on 法定期限内结案率 (xt01)
and ``=100%`` on 按时完成率 / 验收合格率 (xt03, xt13), the ceiling; ``≤`` on 反向 rates and times
(撤销率, 审理天数, 进入诉讼程序案件占比); ``=0起`` / ``=0件`` on incident counts (xt01, xt17; also
the unmarked 0件 row of xt12); a 下降率 with ≥ (xt05); 为劳动者追回工资待遇 ≥3500万元
(an outcome larger than the budget, not a cost, xt01); the same 服务对象满意度 with 90% and 92% in
two stacked projects (xt03); tier points and indicator points both adding to 100 (xt09, xt15),
with a 注 saying so (xt15); ``≥3百分点`` on a rate change (xt15); a footnote explaining the
total (xt07, xt17); fill and signature dates in 2024, the year before the budget year (xt01,
xt07, xt17); an instruction row inside the table and signature/stamp lines (xt07); rates equal
and counts below the period in 中期/年度 columns, a deadline in 2025 in both (xt13); unit costs ×
counts within their money everywhere (e.g. 560元 × 3200件 = 179.2万 ≤ 186万, 40万 × 9 = 360 ≤
480).

Judgements where a reviewer could hesitate: xt11's typed ``99%`` without an operator on a 正向
rate is tolerated up to a warning (``ok``), not asked for; xt02's split amount is only a warning
because it reads unambiguously and then adds up; the date serial in xt02 is 2025-12-31, inside
the year, so no Y102; in xt04 and xt18 the B101 may land on any cell of the amounts row, and in
xt18 the shares of 基本支出 and 项目支出 match their amounts (their sum falls short of 100% only
because of the B101); in xt16 the two W103 are the only weight findings asked for; in xt12 the
operator sits with the value and the direction in its own column, so the T108 may land anywhere
in the row.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout426 import court, labour, personnel
from tests.variants.holdout426.registry import HOLDOUT426
from tests.variants.kit import Variant

MODULES = (labour, personnel, court)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT426, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 426th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

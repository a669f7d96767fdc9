"""The 424th held-out set: a province's notary (公证) and public legal services for rural
residents (invented province 滢川省; counties 柘岭县, 栖湾县, 砚坪县, 芦渡县; city 鹭汀市).

18 invented returns, 9 correct and 9 with 22 required marks, built on ``kit.py`` and
``heads.py``. Budget year 2025; money in 万元 (the unit often only in the number format).

Layouts: project heads with OLD-NAT and NAT-2021 tables (operator and unit columns, one value
column, tier-1 and indicator score columns, 中期 and 年度 columns), department heads with budget
and key-task blocks, flat lists in two column orders, two projects stacked in one sheet, a
budget-system export (sheets 05-1 and 05-2, codes in the first columns, header on the third
row), a two-row header with 考核指标 / 绩效目标值 and numbered ★ labels, * marked labels of a
transfer payment, footnotes, 填表说明, a repeated header after a page break, signature lines,
money detail lines under the table.

Planted mistakes (return, code, highest accepted severity, place):

* xr02-percent-wrong: T106 ≤error at the 覆盖率 value cell (pct 105 %); T108 ≤warning (row) at
  the 投诉率 value with ≥.
* xr04-points-mismatch: W103 ≤error at the 产出指标 score cell (40 declared, 45 under it);
  W103 ≤error at the 效益指标 score cell (30 declared, 25 under it). Both levels add to 100.
* xr06-multi-year-copied: D204 ≤warning at the 年度目标 cell; D202 ≤warning at the annual
  cells of 培养乡村法律明白人 and 开展送法下乡活动.
* xr08-department-money-wrong: B101 ≤error at 资金总额 (基本 620 + 项目 340 ≠ 980); B102
  ≤error at the 金额合计 amount (150 + 110 + 90 ≠ 340); T105 ≤error at `知晓率 │ 3000人`.
* xr10-flat-wrong: T112 ≤error (alt T119) at `≥3000人次` under unit column 件; T108 ≤warning
  (row) at the 投诉率 `≥1` marked 反向; W101 ≤error at book level (weights add to 95).
* xr12-template-rows: F110 ≤error at the empty name cell of the `≥12场` row; F109 ≤warning
  (row) at the bare 时效指标 template row.
* xr14-stacked-wrong: B101 ≤error at the second project's 年度资金总额 (60 + 10 ≠ 80); T105
  ≤error at `援助案件结案率 │ 450件`.
* xr17-wrong-parent: F105 ≤error at 社会效益指标 placed under 产出指标; T108 ≤warning (row)
  at the `=` operator of a cost cap.
* xr18-conversion-artefacts: X104 ≤warning at 计划完成日期 typed as the text `46022`; X105
  ≤warning (alt X103) at the detail amount `12.3 5`; T115 ≤error at `≤0万元/场`.

Legitimate look-alikes in the correct returns: `公证书差错率 ≤ 0.5%` and `=100%` on a 审核完成率
at the ceiling, percent cells (xr01, xr05, xr07, xr16); tier points and indicator points both
adding to 100 and `≥3百分点` (xr03), `≥2 │ 百分点` in a unit column (xr16); period counts above
annual ones while rates, unit costs and time limits are equal (xr05); `0起` / `0 │ 起` on a
民转刑 incident count (xr07, xr16); `下降率 ≥ 5%` (xr09); unit cost × count exactly equal to
the money (xr11: 124 × 0.5 万 + 1650 × 200 元 = 95 万; xr13: 24 × 2.5 = 60; xr16: 4400 × 200 元
= 88 万); the same indicator name 服务对象满意度 with different values in two stacked projects
(xr13); an instruction row inside the table, a tier-1 label repeated after the page break, a
note explaining the total, a fill date in December of the year before (xr11); 合计 rows in the
flat list (xr09) and the export (xr15).

Judgements where a reviewer could hesitate:

* xr10: `村（居）法律顾问覆盖率 │ =100 │ %` is the ceiling, not marked; the weight total is a book
  mark because the list has no total row.
* xr17: `≥ │ 90 │ %` satisfaction and bare numbers with an operator column are correct; only the
  `=` on the cost cap is marked (T108 as in the main corpus, a warning).
* xr18: the 合计 of the detail lines adds up once `12.3 5` is read as 12.35, so no B102.
* xr06: the annual cost 9000 × 150 元 = 135 万 stays within the 150 万 annual money, so the
  copied count causes no B107.
* xr14: the first project (identical to xr13's) is correct; only the second is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout424 import departments, layouts, projects
from tests.variants.holdout424.registry import HOLDOUT424
from tests.variants.kit import Variant

MODULES = (projects, departments, layouts)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT424, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 424th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 357th held-out set: 18 invented returns of the flower and nursery-stock (花卉苗木)
industry and of flower markets, with a careful reviewer's marks (per ``shared/domain.md``).

Theme: nursery and seedling projects of 檀溪县 (``nursery.py``, vc01–vc06: container seedlings,
a germplasm nursery, old-nursery renewal, tissue culture, demonstration plots, cut-flower
propagation); flower and seedling markets of 雁汀区 and 澄桥市 (``markets.py``, vc07–vc12: fire
refit, New-Year flower fair, live-stream base, wholesale hall, flower expo, seedling market);
department returns and exports of flower offices (``offices.py``, vc13–vc18). All places,
units, people, phone numbers and figures are invented; budget year 2025.

Layouts: project heads (``heads.project_head``) and department heads (``heads.department_head``)
with their money blocks; tier-1 and tier-2 merged down; labels numbered with points
(``一、产出指标（40分）``, ``（一）数量指标``), with ``*`` and ``★``, abbreviated (``产出``,
``数量``, ``一级``/``二级`` headers); operator and unit columns; 中期 and 年度 columns (three- and
two-year projects); tier-1 and indicator score columns; two stacked projects; an instruction
row inside the table, a header repeated after a page break, 注 / 填表说明 / signature / stamp
lines; a two-row header with 考核指标, 目标值（年度） and 评价标准; a table on a second sheet
under 预期实现值; flat lists (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值 and another order);
a 预算管理一体化 export with codes in the first columns and the header on the third row; a detail
block under the table.

Planted mistakes (return: code, highest accepted severity, place):

* vc02-germplasm-wrong: B101 error at Sheet1!C5 (年度资金总额 96 ≠ 80 + 12); T106 error at
  Sheet1!E11 (入圃成活率 typed as 105 %); T108 warning, row 15 (种质资源损失率 with ≥).
* vc03-nursery-three-year: D204 warning at Sheet1!D9 (年度目标 copies 中期目标); D202 warning at
  Sheet1!E12 (培育彩色苗木 ≥90万株 in both columns of a three-year project); D201 error at
  Sheet1!E13 (培训 ≥800人次 a year against ≥600人次 for the period).
* vc06-cutting-points-wrong: W103 error at 绩效目标!B9 (产出 40, indicators 45); W103 error at
  绩效目标!B14 (效益 30, indicators 25); T105 error at 绩效目标!E11 (良种覆盖率 ≥12个).
* vc08-stacked-markets-wrong: B101 error at Sheet1!C19 (second project 65 ≠ 50 + 10); T105 error
  at Sheet1!D24 (直播间出租率 16间).
* vc10-wholesale-notes-wrong: T113 warning at Sheet1!D12 (改造完工时间 100%); T108 warning, row 15
  (鲜切花交易损耗率 ≥8%).
* vc14-flat-market-defects: W101 error, book level (weights add to 95); T112 error at
  Sheet1!B8 (≥12万元 under the unit 场); T108 warning, row 10 (反向 投诉率 with ≥).
* vc15-market-department-money: B101 error at Sheet1!B4 (基本 400 + 项目 210 ≠ 620); B102 error at
  Sheet1!D9 (tasks 120 + 50 + 30 = 200 against 金额合计 210).
* vc17-potted-template-rows: F110 error at Sheet1!C11 (≥95% without a name); F109 warning, row 12
  (template tier-2 时效 left without indicator or value).
* vc18-bulb-pdf-artefacts: X105 warning at Sheet1!C5, X103 accepted (``68.437 5``); X104 warning
  at Sheet1!F4 (计划完成日期 ``46022`` as text); X106 error at Sheet1!C18, B108 accepted
  (``12万12万``).

Legitimate look-alikes in the correct returns: ``0起`` on incident counts (vc01, vc07), a
下降率 with ≥ (vc01 化学农药使用量下降率 ≥10%), ``≤0%`` growth of fertiliser use (vc05), rises in
百分点 (vc04, vc05), typed percent cells without an operator (vc01, vc04, vc12, vc13), 100 both
ways with tier points and indicator points (vc05), unit cost × count equal to the budget (vc05
8 × 15 = 120, vc16 150万株 × 0.5元 = 75), rates equal in 中期 and 年度 while counts differ (vc04),
``=100%`` kept as text on a rate at the ceiling (vc16), the same 商户满意度 with different values
in two stacked projects (vc07), fill and signature dates in 2024 (vc01, vc09, vc13), an
instruction row, a repeated header, notes and signature lines (vc09), word operators 不少于 /
不低于 / 不超过 (vc11), ★ core indicators and abbreviated labels (vc12).

Judgements where a reviewer could hesitate:

* vc02: the typed 105 % sits in a value column next to a ``%`` unit column; the reviewer reads
  what the cell shows (105 %), so T106 stands.
* vc03: only one annual count is marked D202; 改造老旧苗圃面积 differs, and rates and unit costs
  may be equal in both columns.
* vc06: the two tier mismatches cancel out, so the indicator scores still add to 100 and no W101
  is asked for.
* vc10: the loss rate is placed under 社会效益指标 in both vc09 and vc10; in vc09 it carries ≤ and
  is not marked.
* vc14: the T112 value is also money in a count list; T112 alone is asked for.
* vc18: ``12万12万`` is read once as 12, so the detail lines add to 68.4375 and nothing else fires.
* vc16: ``补助资金按时兑付率 =100%`` under 时效 is acceptable at the ceiling (domain.md §6.2).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout357 import markets, nursery, offices
from tests.variants.holdout357.registry import HOLDOUT357
from tests.variants.kit import Variant

MODULES = (nursery, markets, offices)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT357, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 357th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

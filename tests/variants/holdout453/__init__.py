"""The 453rd held-out set: cocoa (可可) planting trials and processing on tropical state farms.

18 invented returns (budget year 2026; farms 南樾, 椰岚, 翠湾, 红棠, 南渚 are invented), nine
correct and nine with 22 required marks. ``trials`` holds the planting trials (yu01-yu06),
``processing`` the processing returns (yu07-yu12), ``forms`` stacked projects, points at two
levels, a budget-system export and a half-filled template (yu13-yu18).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks in 万元
carried by the number format; department heads with budget, typed percent shares and key tasks;
tier-1 and tier-2 merged down (except the export, which repeats them); operator and unit columns
(yu01, yu02); numbered labels with points (yu03); ``*`` labels and abbreviations (yu04); 中期 and
年度 value columns (yu05, yu06); flat lists (yu09, yu10); an instruction row, 注 lines and
signatures (yu11); a header repeated after a page break under 绩效目标值 (yu12); two projects
stacked in one sheet (yu13, yu14); tier-1 and indicator points (yu15, yu16); an export with codes
in the first column and the table on a second sheet, header on its third row (yu17); header
预期目标 and template rows left empty (yu18).

Planted mistakes (code, highest accepted severity, place):

* yu02: T106 error at Sheet1!E11 (嫁接苗成活率 typed 105%); T108 warning, row 12 (流胶病发病率
  with ≥ in the operator column D12).
* yu04: T105 error at Sheet1!D10 (土壤样品检测完成率 ≥240个); F105 error at Sheet1!B15 (时效
  under *效益指标).
* yu06: D204 warning at Sheet1!D9 (年度目标 = 中期目标 of a two-year project); D202 warning at
  Sheet1!E11 (滴灌改造面积 ≥800亩 copied) and Sheet1!E17 (培训 ≥200人次 copied).
* yu08: B101 error at 部门整体!B4 (360 + 560 ≠ 900); B102 error at 部门整体!D9 (tasks 530 ≠
  金额合计 560); T105 error at 部门整体!D14 (加工损耗率 ≤120吨).
* yu10: T112 error at Sheet1!C7 (80万元 under unit 吨); T108 warning, row 9 (交售质量投诉率 with
  ≥ at B9); W101 error, book level (weights add to 95).
* yu12: T106 error at Sheet1!D11 (成品包装合格率 ≥102%); T113 warning at Sheet1!D12
  (加工线安装调试完成时间 100%).
* yu14: B101 error at 绩效目标表!C19 (second project 260 ≠ 200 + 50); T105 error at
  绩效目标表!D24 (烘干设备利用率 ≥1800小时).
* yu16: W103 error at 绩效目标!B9 (产出 40 against 15 + 15 + 15) and 绩效目标!B13 (效益 40
  against 10 + 10 + 15); both levels still add to 100, so no W101.
* yu18: X104 warning at Sheet1!F4 (计划完成日期 typed as the text 46387); F110 error at
  Sheet1!C12 (value ≥95% without a name); F109 warning, row 16 (生态效益指标 left from the
  template, B16).

Legitimate look-alikes in the correct returns: typed percent cells with a ``%`` unit column
(yu01, yu09) and typed percent shares (yu07); 发病率 and 危害株率 with ≤; a 下降率 with ≥ (yu09)
and 落果率下降 / 霉豆率降低 targets; ``0起`` on accident counts (yu07, yu11); ``100%`` and text
``=100%`` on 验收合格率 (yu11, yu13, yu17); rates raised in 百分点 (yu11, yu13, yu15); points
given for tier-1 and for indicators, each adding to 100, with a footnote saying so (yu15);
the same indicator name with different values in stacked projects (yu13); equal 中期 and 年度
rates and unit costs in a three-year project (yu05); unit cost × count within the money (yu01
6500 × 120 亩 = 78 万 ≤ 96; yu11 1.2 万 × 60 = 72 万, as its footnote breaks 150 down; yu17
1.8 × 40 + 22 × 4 = 160 ≤ 185); fill dates in 2025 on signature lines (yu11, yu18); a
13-digit project code as text (yu17); 注 lines, an instruction row, 单位：万元 and 合计 rows.

Judgements where a reviewer could hesitate:

* yu04: only F105 is asked for the misplaced 时效; an F201 on its row would also be fair but is
  not required. yu08: the department has no 社会效益 row; that is not a defect.
* yu10: T112 is the unit conflict; the 80 read in 吨 is not a second finding.
* yu12: T113 is a warning (the value is odd, not impossible); ≥102% on a 合格率 is an error.
* yu14: B101 is marked at the total cell, not the parts.
* yu18: X104 is a warning; the serial is a date inside the year, so no Y102. The tier-2 left
  empty is F109 only, not a missing indicator value (T101).
* 参试品系平均亩产较对照增加 ≥10% / ≥5% (yu05): the annual rate below the period rate is fine.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout453 import forms, processing, trials
from tests.variants.holdout453.registry import HOLDOUT453
from tests.variants.kit import Variant

MODULES = (trials, processing, forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT453, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 453rd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

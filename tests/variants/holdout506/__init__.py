"""The 506th held-out set: 18 invented returns on recording local dialects (方言) before the last
speakers are gone — an audio archive of dialect speakers (av01–av06, ``archive``), school readers
and classes in the dialect (av07–av12, ``readers``), and the departments that run both, a
budget-system export and a half-filled template (av13–av18, ``departments``). Places, units,
people, phone numbers and figures are invented (鹭汀县, 栖梧县, 云岫市, 芗岚区).

Layouts: project heads (``heads.project_head``) with 万元 in the number format; operator column
and unit column under header 绩效目标值 (av01, av02); 中期 and 年度 value columns (av03, av04);
the table on a second sheet under 预期实现值 with a 注 row inside and 填表说明 below (av05); one
value column with detail lines below (av06); tier-1 score and indicator score columns (av07,
av08); numbered / abbreviated / ★ tier labels and a 指标值设定依据 column (av09, av10); two
projects stacked in one sheet (av11, av12); department heads with task blocks and flat lists in
two column orders (av13, av14); a weight column with the header repeated after a page break and
subtotal rows (av15); a two-row indicator header (av16); a budget-system export with sheets
05-1 / 05-2, the header on the third row, project codes first, word operators (av17); header
预期目标 with template rows left empty (av18). Correct: av01, av03, av05, av07, av09, av11,
av13, av15, av17.

Planted mistakes (return: code, highest accepted severity, place):

* av02: T106 ≤error at the typed ``105%`` of 音频文件完好率 (value cell); T108 ≤warning (row) at
  the ``≥`` of 转写文本差错率; T108 ≤warning (row) at the ``=`` of 便携录音设备单价.
* av04: B101 ≤error at 年度资金总额 (90 + 20 ≠ 100); D202 ≤warning at the annual cells of the
  two cumulative counts copied from 中期 (口述采录方言点数, 口述史受访人次).
* av06: X104 ≤warning at 计划完成日期 ``46022`` stored as text; X105 ≤warning (alt X103) at
  ``24.6 8``; X106 ≤error (alt B108) at ``15万15万`` (the lines then add up to 80).
* av08: W103 ≤error at the 产出指标 score 40 (indicators 45) and at the 效益指标 score 35
  (indicators 30); T105 ≤error at ``86所`` for 方言读本学校覆盖率.
* av10: T108 ≤warning (row) at ``≤60人`` for 培训方言课教师; F105 ≤error at ``（三）社会效益指标``
  under ``一、产出指标``.
* av12: B101 ≤error at the second project's 年度资金总额 (40 + 8 ≠ 45); T106 ≤error at
  ``≥110%`` for 社团活动开课达标率.
* av14: T112 ≤error at ``≥30场`` (unit column 人); T108 ≤warning (row) at ``≥2%`` for
  方言档案借阅投诉率 (declared 反向); W101 ≤error at book level (weights add to 95).
* av16: B101 ≤error at 资金总额 (基本支出 330 + 项目支出 180 = 510 ≠ 500); B102 ≤error at
  金额合计 (80 + 60 + 45 = 185 ≠ 180).
* av18: F110 ≤error at the empty name cell of the ``≥200小时`` row; F109 ≤warning (row) at
  社会成本指标 and at 生态环境成本指标, left from the template.

24 required marks; one tolerance: av05 ``0起`` (音频数据丢失事件) tolerates a warning.

Legitimate look-alikes in the correct returns: typed percent cells with ``%`` also in the unit
column (av01, av13); a 差错率 with ≤ (av01, av13); ``=100%`` at the ceiling (av07, av17 as
``等于 │ 100 │ %``); rates equal in 中期 and 年度 while counts differ (av03); ``0起`` and ``≤ 0 起``
on incident counts (av05, av13); 100 both ways with tier and indicator points (av07); a rate
raised by ``提高≥5百分点`` (av07); a 下降率 with ≥ (av09); the same name 培训教师人数 with
different values in two stacked projects (av11); subtotal rows of 50 + 50 and a 合计 100 row
plus a footnote explaining it (av15); a repeated header after a page break (av15); bare 0–100
numbers with % in the unit column (av17); unit costs in 元/册 or 元/人 while the money block is
in 万元 (av07, av09, av17); 其他资金 0 (av05, av11, av17); fill and signature dates in the year
before the budget year; unit cost × count within the money everywhere (e.g. 45元/册 × 12000册 =
54万 ≤ 96万).

Judgements where a reviewer could hesitate: a copied cumulative count in a three-year project
is a warning, not an error (av04); the B101 of av04 and av12 is marked at the total, the value a
reviewer circles; av10's misplaced tier-2 is an error (structure that cannot be) while the ≤ on
a 正向 count is only doubtful; av14's ``≥30场`` against 人 is an impossibility (unit conflict),
hence error; a weight column that adds to 95 with no 预算执行率 note is W101 at book level; av09
uses 2026 as budget year with a 2025 fill date; av18's ``≥200小时`` row under 数量指标 has no
name, so only F110 is asked for there.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout506 import archive, departments, readers
from tests.variants.holdout506.registry import HOLDOUT506
from tests.variants.kit import Variant

MODULES = (archive, readers, departments)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT506, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 506th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 451st held-out set: children's piano and violin (钢琴、小提琴) lessons in community music
rooms of an invented 榆岭市苇塘区 (苇塘区青少年宫, 苇塘区文化馆). Budget year 2025, money in 万元.

Modules: ``piano`` (ys01–ys06), ``violin`` (ys07–ys12), ``rooms`` (ys13–ys18).

Layouts: project heads with operator and unit columns and percent cells (ys01, ys02); numbered
tier labels with a tier-1 score column and an indicator score column (ys03); labels with points
in the text (ys04); two projects stacked in one sheet (ys05, ys06); three-year projects with
中期 and 年度 columns (ys07, ys08); department flat lists (ys09, ys10); template rows (ys11);
headers 指标内容 / 绩效标准 with a 注 row and 填表说明 (ys12); department money blocks with key
tasks (ys13, ys14); a budget-system export with codes in the first columns and the table on a
second sheet (ys15); detail lines with PDF artefacts (ys16); a page break with a repeated header,
a column-number row and subtotals (ys17); a one-year project with a cost standard (ys18).

Planted mistakes (code, highest accepted severity, place):

* ys02: T106 error at the 学员考级合格率 value (typed 105%); T108 warning (row) for
  琴房钢琴故障率 with ≥.
* ys04: W103 error at the 一、产出指标（50分） label (indicators add to 45); W103 error at the
  三、效益指标（30分） label (indicators add to 35; the total is still 100); T107 warning at
  受助家庭满意度 =95%.
* ys06: B101 error at the second project's 年度资金总额 (30 ≠ 25 + 3); T105 error at 琴房开放率
  240次.
* ys08: D202 warning at the annual 乐团集体课授课课时 and 乐团少儿团员人数 cells (copied from the
  三年 column); D201 error at the annual 社区公益演出场次 (12 > 9).
* ys10: T112 error at 公益课受益学员 ≥12万元 with unit column 人 (alt D104); T108 warning (row) for
  租借乐器损坏率 反向 with ≥; W101 error at book level (weights add to 95).
* ys11: F110 error at the empty name cell of the ≥40场 row; F109 warning (row) at the empty
  时效指标 template row.
* ys14: B101 error at 资金总额 260 (≠ 90 + 160; 230 + 30 holds); B102 error at 金额合计 165
  (tasks add to 160).
* ys16: X104 warning at 集训结课时间 45887 as text (alt T116); X105 warning at 教师课酬
  ``12.5 6`` (alt X103); X106 error at ``8万8万`` (alt B108). Read as 12.56 and 8, the lines add
  up to 30.
* ys18: Y102 error at 计划完成日期 2026-06-30 of a one-year project (alt Y101); B107 warning
  (row) for 每名少儿年度课时补贴 ≤1500元/人 × 300 人 = 45 > 36; T108 warning (row) for
  每课时场地成本 =80元/课时 (alt T107).

Legitimate look-alikes in the correct returns: ys01 ``= 100%`` on 按期开课率 (the ceiling) and
``≤ 0 起`` on an incident count (not a zero target), typed percent cells with a ``%`` unit
column; ys03 100 points both at tier level and at indicator level, ``≥5百分点`` on a rate
change, a 合计 row; ys05 the same 学员家长满意度 with ≥90% and ≥88% in two stacked projects, and
1200 元/台 × 80 台 = 9.6 万元, equal to its money; ys07 rates and unit costs equal in 中期 and
年度; ys09 a 下降率 with ≥ and typed percents in a flat list (no tiers), ≤0 起; ys12 a 注 row
between tiers, 填表说明 and a filing date in 2024; ys13 金额合计 = 项目支出 (not 资金总额) with
a footnote explaining it; ys15 codes and project names repeated in every row, bare numbers with a
度量单位 column; ys17 subtotal, column-number and repeated header rows, filing date in 2024.

Judgements: ys04's two W103 marks keep the total at 100, so no W101 is asked for. ys06's
年度资金总额 is taken as the wrong figure (B101 at it), not the parts. ys10's ≥12万元 is a unit
conflict (error); D104 accepted since the goal says 200 人. ys11's summer project runs
2025-07-01 to 2025-08-31 and is filed in May 2025: no date finding. ys16's 45887 is a date
serial (2025-08-18) typed as text; a warning at most. ys18's =80元/课时 has no count to multiply,
so only the operator is marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout451 import piano, rooms, violin
from tests.variants.holdout451.registry import HOLDOUT451
from tests.variants.kit import Variant

MODULES = (piano, violin, rooms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT451, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 451st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

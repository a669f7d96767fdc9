"""The 568th held-out set: 18 invented returns on **lilies and edible chrysanthemums (百合、
菊花) flower-tea bases**, with a careful reviewer's marks, to measure ``goalbook check`` out of
sample (``bench/accuracy.py --set holdout568``). Everything is invented: places (蒲川县, 禾坪乡,
石鹭镇, 芦屿县, 棠坞县, 岩沣县, 鹤汀县, 桂渚镇, 澜港县, 栖梧县, 柘岭乡, 云岙县, 溯川县, 汀芷县),
units, people, phone numbers and figures. Budget year 2025 throughout.

Modules: ``lily`` (df01–df06, 百合), ``chrysanthemum`` (df07–df12, 菊花), ``bases`` (df13–df18,
both flowers: stacked projects, an export, a department, a two-year base, detail lines).

Layouts: project heads (``heads.project_head``) with one-year or 中期/年度 money blocks,
department heads (``heads.department_head``) with budget and tasks; tier-1 and tier-2 merged
down; operator columns (≥/≤ or 大于等于/小于等于), unit columns, inline operators; flat lists
(df04, df16); stacked projects (df13, df14); two-level points (df07, df08); numbered tier
labels with points (df09); abbreviated labels in a budget-system export with codes and a
third-row header on a second sheet (df15); a table on a second sheet under 预期实现值 (df10);
填表说明, page-break header, 注/说明 rows and a signature line (df11); 中期 and 年度 columns
(df03, df12, df17); detail lines under the table (df18).

Planted mistakes (return: code, highest accepted severity, place):

* df02-lily-percent-wrong: B101 error at Sheet1!C5 (row; 资金总额 80 ≠ 60 + 15); T112 error at
  Sheet1!E10 (value 60吨, unit column 亩); T106 error at Sheet1!E11 (种球发芽率 typed 105%).
* df03-lily-three-year: D202 warning at Sheet1!E12 and Sheet1!E13 (示范线 ≥3条 and 培训
  ≥1200人次 copied from 中期 in a three-year project); D201 error at Sheet1!E17 (带动种植户
  年度 ≥650户 above 中期 ≥600户).
* df05-lily-direction: T108 warning (row) at Sheet1!D9 (单位成本 =2.6万元/吨, = on a cost cap),
  Sheet1!D11 (褐变率 ≥3%) and Sheet1!D17 (满意度 ≤90%).
* df06-lily-template-rows: F110 error at Sheet1!C11 (a value ≥95% with no name; messages must
  not quote an empty name); F109 warning (row) at Sheet1!B12 (时效指标 left from the template).
* df08-chrys-points-mismatch: W103 error at Sheet1!B9 (产出 40, indicators 45) and Sheet1!B14
  (效益 30, indicators 25); T105 error at Sheet1!E11 (鲜花烘干合格率 2000公斤).
* df10-chrys-second-sheet: X105 warning at 项目信息!C5, X103 accepted (资金总额 text
  ``145.337 5``); X104 warning at 绩效指标!D6 (``45961`` typed as text, 2025-10-31).
* df14-bases-stacked-defects: B101 error at Sheet1!C18 (row; second project 58 ≠ 45 + 8);
  T105 error at Sheet1!D23 (种苗移栽成活率 ≥120株).
* df16-bases-department-wrong: B101 error at Sheet1!B4 (row; 资金总额 300 ≠ 基本 120 + 项目
  170); B102 error at Sheet1!D8 (row; tasks 100 + 60 ≠ 金额合计 170); W101 error, book level
  (flat-list weights 95).
* df18-bases-artefacts: T115 error at Sheet1!E12 (每亩种苗成本 ≤0万元/亩, 0.05 rounded away);
  B110 error at Sheet1!C19 (培训 line 200000 for 20); B102 error at book level tolerated, not
  required (the 10 000× line makes the lines not add up).

23 required marks on 9 returns; 9 correct returns (df01, df04, df07, df09, df11, df12, df13,
df15, df17).

Legitimate look-alikes in the correct returns: typed percent cells (``pct``) with a % unit
column beside them (df01, df04, df17) and in the export (df15); ``=100%`` on a 合格率 (df01);
下降率 with ≥ (df01 采后损耗下降率, df04 加工损耗下降率, df15 人工成本下降率); ``≤ 0 批`` on
农残超标批次, an incident count (df04); 比例 raised ``≥3百分点`` (df07); tier points 40/10/30/20
and indicator points both adding to 100 (df07); tier points in the labels (df09); a fill date
and a signature date in 2024 (df04, df11, df16 heads; df11 signature); one-year 中期 = 年度
goals and values with a 注 saying so (df12); the same 种植户满意度 with 90 / 85 / 92 % in
stacked projects (df13); unit cost × count equal to the money (df15 设备 12台 × 3万元 = 36万元);
中期 dates in 2026 inside a two-year period (df17); ``其他资金 0`` (df06, df09, df13, df15).

Judgements where a reviewer could hesitate:

* df05 = on a cost cap is marked as T108 (rule 7 lists it with direction conflicts), warning;
  ``鲜百合采后48小时内加工率 ≥95%`` keeps 48小时 in the name: a time window, not a target.
* df02 资金总额 80 ≠ 60 + 15 is marked at the total with ``row=True``: the finding may land
  at 财政拨款 on the same row. The rounded cost (0.35 万元/亩 × 200 亩 = 70) stays within 75.
* df08's 产出 and 效益 errors cancel out in the grand total (100 both ways), so no W101.
* df10: the 45961 serial is only a warning (X104), not a Y-date error; the split total reads
  145.3375 = 120 + 25.3375, so no B101 follows.
* df14: 每万株 cost 0.6 × 80 = 48 stays within both 53 (the parts) and 58 (the stated total).
* df16: 资金总额 300 = 财政拨款 260 + 其他资金 40 holds; only 基本 + 项目 fails.
* df18: ``≤0万元/亩`` is a rounded cost (T115); df04's ``≤0批`` is not.
* df13 third project has no 成本指标: OLD-NAT does not require one.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout568 import bases, chrysanthemum, lily
from tests.variants.holdout568.registry import HOLDOUT568
from tests.variants.kit import Variant

MODULES = (lily, chrysanthemum, bases)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT568, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 568th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

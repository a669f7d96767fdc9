"""The 861st held-out set: public libraries (book purchases, branch libraries in townships,
reading promotion events), 18 invented returns, 9 correct and 9 with 25 required marks, 20 of
them found only by comparing one part of a return with another.

Theme and places (all invented): 鹭汀县图书馆 buying books (purchases.py, kgm01-kgm06),
岑阳县图书馆 and its township branches 苇塘、杉口、蓼湾、箬岭 (branches.py, kgm07-kgm12),
澜桥区图书馆 reading promotion events (reading.py, kgm13-kgm18). Budget year 2025 throughout.

Layouts: project heads with 万元 money blocks in the number format (one-year and 中期/年度
blocks); department heads with budget and key tasks; operator and unit columns (kgm01); headers
指标内容/绩效目标值 (kgm02), 考核指标/目标值（年度）/评价标准 (kgm14), 指标内容/指标性质 in words/
预期目标/计量单位 (kgm15), 预期目标 (kgm17), 预期实现值 on a second sheet (kgm18); two stacked
projects (kgm03, kgm04); a flat department list with weights (kgm05); a budget-system export with
codes in the first columns and the header on row 3 (kgm06); 中期 and 年度 columns (kgm07, kgm08,
kgm16); numbered labels with points and a score column plus a 合计 row (kgm09); abbreviated and
marked labels *产出, 数量, ★ (kgm10); tier-1 and indicator score columns (kgm13); 说明/注/
填表说明 rows, a header repeated after a page break, signature and stamp lines (kgm11, kgm18).

Planted mistakes (return: code, highest accepted severity, place; x = found across the table):

* kgm02: B101 error at 年度资金总额 (row; 100 ≠ 85 + 10) x; D104 warning at 采购图书数量
  ≥16000册 (row; goal 2万册) x; B107 warning at 单价 ≤70元/册 (row; × 16000 = 112 > 100) x.
* kgm04 (second stacked project): B101 error at its 年度资金总额 (row; 30 ≠ 25 + 6) x; D104
  warning at 订阅报刊种数 ≥280种 (row; goal 320种) x; F201 warning at 报刊验收合格率 under
  时效指标 (row) x.
* kgm06: B102 error (alt B101) at the 合计 95 of the budget lines (60 + 25 + 8 = 93) x; Y103
  warning (alt Y101) at the name 2024年新增纸质图书 in the 2025 table x; X104 warning at the
  text 45991 in 采购完成时间.
* kgm08: D204 warning at 年度目标 (copied from 中期目标) x; D201 error (row, alt D104) at
  the annual 借阅机 ≥45台 against 中期 ≥30台 x; Y102 error (alt Y103) at the annual deadline
  2024年10月31日前, before the 2025-2027 period x. Tolerated (ok, warning): D104-like findings at
  the annual ≥10个 and ≥8万人次, which differ from the copied goal text.
* kgm10: T108 warning at 图书借还差错率 ≥0.5% (row); F201 warning at 分馆读者满意度 under
  社会效益 (row) x.
* kgm12: B101 error at 资金总额 300 (row; 基本 180 + 项目 100 = 280) x; B102 error (alt B101)
  at 金额合计 100 (tasks 60 + 30 + 15 = 105) x; D104 warning at 村级图书服务点 ≥25个 (row;
  goal and task 30个) x.
* kgm14: D104 warning at 服务读者人次 ≥20000人次 (row; goal 3万人次) x; D102 error (row, alt
  D103, D101) at 阅读推广活动举办场次 ≥100场, the same count as 举办阅读推广活动场次 ≥120场 x;
  T108 warning at 活动投诉率 ≥2% (row).
* kgm16: D202 warning (alt D104) at the annual 书香家庭 ≥60户 copied from 中期 (goal 30户) x;
  Y102 error (alt Y103) at the annual deadline 2027年11月30日前, outside 2025 and the period x.
* kgm17: F110 error at the empty name of the ≥6个 row; B107 warning at 单场沙龙费用 ≤0.8万元/场
  (row; × 60场 = 48 > 40) x; F109 warning at the empty 生态环境成本指标 (row).

Look-alikes in the correct returns: kgm01 a goal count with its part in brackets (1.6万册, 其中
少儿0.5万册) and both as indicators, typed percent cells (0.0% and 0%), 45元 × 16000 = 72 ≤ 80;
kgm03 the same 读者满意度 with ≥90% and ≥85% in two stacked projects; kgm05 a total 2.5万册
with its parts as two indicators, weights adding to 100, 图书丢失率 ≤0.2%; kgm07 the period's
12个/60000册 beside the year's 4个/20000册, one unit cost in both columns within both money
totals, towns in brackets, 100% both columns; kgm09 points in the labels and in the score
column, both adding to 100, and a 合计 100 row; kgm11 a footnote on the project total (含上年
结转12万元), 说明 and 填表说明 rows, a repeated header, a fill date in 2024; kgm13 tier and
indicator scores both adding to 100, 提高≥2百分点, =100% as text; kgm15 0起 on incidents, a
下降率 with 大于等于, 为2026年创建… in the goal, operators in words, bare numbers with units;
kgm18 a cost × count equal to the money (0.8 × 15 = 12), =100% on a coverage rate, a header
repeated after a page break on a second sheet.

Judgements where a reviewer could hesitate:

* A duplicate count with two values (kgm14) is a conflict the return cannot satisfy both ways:
  error accepted, D103 and D101 accepted too.
* Deadlines outside the year and the period (kgm08, kgm16) are marked Y102 up to error; a
  finding as Y103 is accepted. The year in an indicator's name (kgm06) is only a warning.
* A count below the goal's (kgm02, kgm04, kgm12, kgm14) is a doubt, not an impossibility:
  warning. A cost × count above the money (kgm02, kgm17) likewise: warning.
* In kgm08 the copied goal text makes the annual counts differ from it: tolerated, not asked.
* Fill dates in 2024 (the year before the budget year) are not year conflicts.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout861 import branches, purchases, reading
from tests.variants.holdout861.registry import HOLDOUT861
from tests.variants.kit import Variant

MODULES = (purchases, branches, reading)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT861, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 861st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

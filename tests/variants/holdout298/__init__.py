"""The 298th held-out set: 18 invented returns on township and village operations
(乡镇与村级运转), with a careful reviewer's marks, to measure ``goalbook check`` out of sample.

Theme, first half (``funding``, sv01-sv06): 村级组织运转经费 and 村干部报酬 (pay, pension
subsidies, training). Second half (``service``, sv07-sv12; ``enforce``, sv13-sv18): 便民服务中心,
村务监督 and 乡镇综合执法. Budget year 2026 throughout; everything (苇塘县, 砚池镇, 枫垭乡,
鹭汀镇, 岚桥镇, 梅垄乡, 棠岙镇, people, phone numbers, figures) is invented.

Layouts: one-year project heads (``heads.project_head``) with an operator column (指标性质) and a
unit column (sv01, sv02, sv18) or one value column (sv07, sv08, sv11, sv12, sv16); three-year
projects with 中期 and 年度 columns (sv05, sv06); department heads with budget split and key
tasks (sv03, sv04, sv17); flat department lists (sv09: 指标名称 · 权重 · 计量单位 · 指标性质 ·
指标值; sv10: 指标名称 · 指标值 · 指标方向 · 计量单位 · 权重); two stacked projects (sv07,
sv08); tier-1 and indicator score columns under 考核指标 / 目标值（年度） (sv13, sv14); a
budget-system export with codes in the first columns, budget lines on sheet 05-1 and the
indicators on sheet 05-2 under a third-row header (sv15); numbered, pointed, starred and
abbreviated tier labels with an instruction row, footnotes and 填表说明 (sv11); subtotal rows
and a header repeated after a page break (sv17); a note row between tiers and a stamp line
(sv18); money lines under the table (sv16); header words 绩效指标值 (sv03) and 预期目标 (sv12).

Planted mistakes (return: code, highest accepted severity, place):

* sv02: B101 error at Sheet1!C5, 年度资金总额 356.4 ≠ 320 + 26.4; T106 error at Sheet1!E11,
  村干部报酬按月发放率 ≥105%; T108 warning (row) at Sheet1!D15, 违纪违规问题发生率 ≥ 2%.
* sv04: B101 error (row) at 部门整体!B4, 资金总额 986 = 930 + 56 but ≠ 612.4 + 363.6;
  B102 error (row) at 部门整体!D10, tasks 373.6 ≠ 金额合计 363.6.
* sv06: D204 warning at Sheet1!D9, 年度目标 copied from the 中期目标; D202 warning at
  Sheet1!E12 (履职轮训 ≥600人次) and Sheet1!E13 (学历提升资助 ≥90人), three-year counts copied.
* sv08: B101 error at 项目绩效目标!C20, the second project's 30.5 ≠ 26 + 3.5; T105 error at
  项目绩效目标!D25, 村级财务审计覆盖率 16个.
* sv10: T112 error at 部门整体!B9, ≥36场 against the unit column 人次; T108 warning (row) at
  部门整体!B11, 群众投诉率 ≥3% marked 反向; W101 error at book level, weights add to 95.
* sv12: F109 warning (row) at Sheet1!B10, 社会成本指标 left from the template; F110 error at
  Sheet1!C12, ≥36次 without an indicator name (empty cell).
* sv14: W103 error at Sheet1!B10 (产出 40, indicators 45) and Sheet1!B14 (效益 30,
  indicators 25); T108 warning (row) at Sheet1!E15, 执法过错案件发生率 ≥1%.
* sv16: X104 warning at Sheet1!F4 (alt Y106), 计划完成日期 typed as the text 46387; X101 error
  at Sheet1!D9, ≥**台; X105 warning at Sheet1!D19 (alt X103), 10.36 5 for 10.365.
* sv18: T108 warning (row) at Sheet1!D10, ≤ 320家 on a 正向 count; T105 error (row) at
  Sheet1!E11, 法制审核率 ≥ 56件; T107 warning (row) at Sheet1!D17, = 95% on 当事人满意度.

Legitimate look-alikes in the correct returns: ``=100%`` on 到位率 / 覆盖率 and bare 100% on
发放率 / 合格率 (sv01, sv03, sv05, sv07, sv11); typed percent cells with ≥ / = in an operator
column (sv01, sv09); unit cost × count exactly equal to the money (sv01 11 × 24 = 264, sv07
2.4 × 25 = 60 and 0.6 × 72 = 43.2, sv15 0.3 × 120 = 36); 下降率 with ≥ (sv03 信访,
sv09 信访举报, sv15 重复投诉, sv17 违法建设); ``≤ 0 起`` and ``0起`` on incident counts (sv09,
sv17); rates and unit costs equal in 中期 and 年度, cumulative counts smaller in the year
(sv05); the same 服务对象满意度 name with different values in two stacked projects (sv07);
``≥3百分点`` on a rate change and points at two levels, each level adding to 100 (sv13);
tier labels with points (一、成本指标（10分）) and a weight 合计 row, subtotal rows and a
repeated header that are not indicators (sv11, sv17); a 定性 operator with 健全 (sv01); fill and
signature dates in 2025, the year before the budget year (all); 其他资金 0 (sv07, sv12).

Judgements where a reviewer could hesitate: in sv04 the 资金总额 agrees with 财政拨款 + 其他
资金, so either the total or a part is wrong: the mark is on the budget row. In sv10 the weights
add to 95, not 90, so no reading of 预算执行率 scored apart makes them right. In sv14 both
totals are 100 and only the tier-level sums disagree, so W101 is not asked for. sv16's split
number is read as 10.365 and the money lines then add up (no B102). sv18's stamp date
``2025年11月26日`` is a fill date, not a year conflict. sv12's empty 社会成本指标 is a template
leftover (warning), not a missing required tier. sv13's tier-1 scores are not added to the
indicator scores.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout298 import enforce, funding, service
from tests.variants.holdout298.registry import HOLDOUT298
from tests.variants.kit import Variant

MODULES = (funding, service, enforce)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT298, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 298th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

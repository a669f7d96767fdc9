"""The 495th held-out set: thalassaemia (地中海贫血) screening for couples before pregnancy
(ak01–ak06) and aid for affected children (ak07–ak12), with department returns, flat lists and
stacked projects on both halves (ak13–ak18). Budget year 2025 unless a project says otherwise;
every place, unit, person, phone number and figure is invented.

Layouts: project heads (``heads.project_head``) with one-year or multi-year money blocks in
万元 (number format) or 元 (ak09); department heads with budget, share row and key tasks;
operator and unit columns (ak01, ak02, ak08); header words 绩效目标值, 预期目标, 考核指标 ·
预期实现值 · 评价标准; 中期 and 年度 columns (ak03, ak04); numbered tier labels with points, ★
and * (ak05); a tier-1 score column (ak06); note rows inside and under the table, 填表说明,
a stamp line, signature and date lines; a table on a second sheet (ak09); a budget-system
export with codes in the first columns and the header on the third row (ak11); detail lines
under the table (ak12); flat lists (ak15, ak16); two projects stacked in one sheet (ak17, ak18).

Planted mistakes (return: code, highest accepted severity, place):

* ak02: T106 error at the 105% coverage cell (Sheet1!E11); T108 warning, row, at the ≥ of
  基因检测结果差错率; T107 warning, row, at the satisfaction written with =.
* ak04: D202 warning at each of the two copied annual cumulative counts (初筛夫妇数,
  培训人次); B103 error at 年度资金总额 260 above 中期资金总额 250.
* ak06: W103 error at the 产出指标 score 40 (indicators 45) and at the 效益指标 score 30
  (indicators 25); T113 warning, row, at 基因检测报告出具时限 100%.
* ak08: T108 warning, row, at the ≥ of 输血相关不良反应发生率; T105 error at 救助资金拨付及时率
  given as 20 个工作日.
* ak10: F110 error at the empty name cell of a row valued ≥240人次; F109 warning, row, at the
  empty 生态效益指标 left from the template.
* ak12: X104 warning at 计划完成日期 "46022" stored as text; X105 warning (alt X103) at the
  detail amount "42.1 5"; X106 error (alt B108) at "60万60万".
* ak14: B101 error at 资金总额 980 (860 + 100 = 960); B102 error at 金额合计 280 (tasks 270).
* ak16: T112 error at "120万元" under unit 人; T108 warning, row, at 输血不良反应发生率 ≥1%
  marked 反向; W101 error, book level (weights add to 95).
* ak18: B101 error at the second project's 年度资金总额 75 (60 + 10); T105 error at
  患儿定期随访率 ≥200人次.

Legitimate look-alikes in the correct returns: ``=100%`` on 遗传咨询率 / 产前诊断率 (ak01, ak15)
and as text ``=100%`` (ak11); 下降率 with ≥ (ak03, ak05, ak11, ak13, ak15); ``≤0例`` missed
diagnoses, ``0户`` families falling into poverty and ``=0起`` leaks (ak01, ak07, ak15, ak17);
unit cost × count equal to the budget (ak01: 4000 × 150元 + 300 × 1200元 = 96万元; ak07: 150 ×
1.2万元 = 180万元; ak17 second project 80 × 1.2 = 96) with a footnote explaining the total
(ak07); tier points in the labels and indicator points both adding to 100 (ak05); a rise of
≥3百分点 (ak05); equal 中期 and 年度 values on rates and unit costs of a multi-year project
(ak03); a fill date in November of the previous year (signature lines); the same
受益群众满意度 with different values in two stacked projects (ak17).

Judgements: T107 on a satisfaction ``=95%`` is asked as a warning (domain §4.2 rule 6 says it
almost certainly means ≥95%). In ak06 the two W103 mismatches cancel in the total, so no W101 is
planted. ak12's detail lines add up once "42.1 5" is read as 42.15 and "60万60万" as 60. In ak16
the row 地贫患儿救助人数 120万元 is a unit conflict (T112), not a rate question. ak08's
及时率 in 个工作日 is T105 (a rate given as a count of days).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout495 import childaid, department, screening
from tests.variants.holdout495.registry import HOLDOUT495
from tests.variants.kit import Variant

MODULES = (screening, childaid, department)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT495, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 495th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 725th held-out set: 18 invented returns of 栖梧县 (invented) on a county hospital's
telemedicine network (kbg01–kbg06, ``telemedicine.py``), village clinic doctors' subsidies
(kbg07–kbg12, ``village.py``) and a chronic-disease follow-up programme (kbg13–kbg18,
``followup.py``). Nine are correct, nine carry 2–3 planted mistakes (25 required marks, 21 of
them found only by comparing one part of the return with another).

Layouts: project heads with one-year and 中期/年度 money blocks (万元 in the number format);
a department head with budget and key tasks (kbg04, kbg12) or without tasks (kbg10); two
projects stacked in one sheet (kbg02, kbg15); flat lists (kbg04: 指标名称 · 权重 · 计量单位 ·
指标性质 as operator · 指标值; kbg10: 指标名称 · 指标值 · 指标性质 as direction · 计量单位 ·
权重); numbered tier labels (kbg01), points and marks (kbg08: ``*产出指标（50分）``,
``★成本指标（10分）``, abbreviated 数量/质量); operators in their own column as symbols
(kbg01, kbg04) or words (kbg07 指标性质, kbg17 指标方向) with a unit column; header words
考核指标 / 预期实现值 on a second sheet (kbg05), 指标内容 / 绩效标准 with two score columns
(kbg13), 预期目标 (kbg16); 中期 and 年度 columns (kbg03, kbg14), under a two-row header
(kbg09), or as two complete column sets (kbg18); an instruction row, a header repeated after a
page break, footnotes, 填表说明 and signature lines (kbg11); a budget-system export with sheets
05-1 and 05-2, codes in the first columns and the header on the third row (kbg06).

Planted mistakes (return: code, highest accepted severity, place):

* kbg02: B107 ≤warning Sheet1!D13 (row): 40台 × 2.5万元 = 100万元 > the project's 80万元;
  B101 ≤error Sheet1!C21: second project's 年度资金总额 90 ≠ 60 + 20; D104 ≤warning
  Sheet1!D25 (row): the goal says 8 卫生院, the indicator ≥6个.
* kbg03: D104 ≤warning Sheet1!E11 (row): annual goal 18 村卫生室, indicator ≥15个; D201
  ≤error Sheet1!E12: the year's 800人次 above the period's 600人次; Y102 ≤error Sheet1!E14
  (alt Y101, Y103): 2024年12月底前 left in the annual column of a 2025—2027 project.
* kbg06: B102 ≤error 部门项目支出预算05-1!F8: 96 + 48 + 36 + 50 = 230 ≠ 合计 240; D102
  ≤error 部门项目支出绩效目标05-2!F5 (row, alt D101, D103): 远程会诊开展例数 ≥2000例 and
  开展远程会诊例数 ≥2500例; F201 ≤warning 部门项目支出绩效目标05-2!F7 (row): a 诊断符合率
  under 时效指标.
* kbg08: D104 ≤warning Sheet1!D9 (row): the goal says 培训2期, the indicator ≥3期; F201
  ≤warning Sheet1!D16 (row, alt F105): 村民对村医服务满意度 under 社会效益.
* kbg10: D104 ≤warning Sheet1!B7 (row): the goal says 46名, the indicator ≥52; Y102 ≤error
  Sheet1!B9 (alt Y101, Y103): 2024年6月30日前 in a 2025 return; X104 ≤warning Sheet1!B10:
  ``45930`` typed as text (2025-09-30).
* kbg12: B102 ≤error Sheet1!D9: tasks 36 + 164 + 110 = 310 ≠ 金额合计 320; B107 ≤warning
  Sheet1!D16 (row): 86人 × 400元 × 12月 = 41.28万元 > the task's 36万元.
* kbg14: D104 ≤warning Sheet1!D11 (row): 中期目标 12000名, 中期 indicator ≥10000人; D202
  ≤warning Sheet1!E12: 讲座 ≥36场 copied into the year; Y102 ≤error Sheet1!E14 (alt D202):
  the period's 2027年12月31日前 copied into the 2025 column.
* kbg16: Y101 ≤error Sheet1!B7 (alt Y103): the 2025 return's goal says 2024年; F110 ≤error
  Sheet1!C10 (empty name, value ≥7200人次); F109 ≤warning Sheet1!B12 (row): 时效指标 left
  empty.
* kbg17: F201 ≤warning Sheet1!E10 (row): 随访人次 under 质量指标; B107 ≤warning Sheet1!E13
  (row): 30000人次 × 30元 = 90万元 > 80万元; T108 ≤warning Sheet1!D14 (row): 漏诊率 with
  大于等于.

Tolerated (``ok``, any finding up to warning): the goal cells of kbg02, kbg03, kbg08, kbg10 and
kbg14 and the count cells of kbg02, kbg12 and kbg17, where a D104 or B107 may land instead of
the indicator row; the first of the two duplicates in kbg06.

Legitimate look-alikes in the correct returns: a goal total with its parts in brackets (kbg01,
kbg13); a goal count that is a part of an indicator's (kbg05: 4 of 12 卫生院); a later year the
work prepares for (kbg05 2026, kbg18 2027); a footnote explaining a total by 上年结转 and naming
2024 (kbg11); fill dates in the prior year (kbg05, kbg11, department heads); typed percents
(kbg01, kbg04, kbg05, kbg07, kbg09, kbg13, kbg18); ``=100%`` / 等于 100% on ceiling rates
(kbg07, kbg09, kbg11); 下降幅度 with ≥ in 百分点 (kbg04, kbg07, kbg09) and 提高幅度 ≥3百分点
(kbg01, kbg13); 0 起 on incident counts (kbg04, kbg07); 100 points both ways at tier and
indicator level (kbg13); the period's count beside a smaller year's, rates and unit costs equal
in both columns (kbg09, kbg18); the same 患者满意度 with different values in stacked projects
(kbg15); every unit cost × count within its money.

Judgements: D104 is a warning (an indicator may measure a part of the goal), at the indicator
row, the goal cell tolerated. Y102 on a year's deadline outside the budget year is accepted as
an error in multi-year projects too (kbg03, kbg14: the annual column is judged against the
year, not the period). B107 is judged against the money the cost belongs to: the task's 36万元
in kbg12, not the bureau's 860万元. kbg16's 2024 in the goal is a leftover year (Y101 error,
Y103 accepted). kbg08's ``满意度`` under 社会效益 is F201 (F105 accepted).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout725 import followup, telemedicine, village
from tests.variants.holdout725.registry import HOLDOUT725
from tests.variants.kit import Variant

MODULES = (telemedicine, village, followup)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT725, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 725th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 827th held-out set: 18 invented returns on legal aid and community corrections (legal
aid cases, supervision of offenders in the community, law publicity), nine correct and nine
with 2–4 planted mistakes (25 required marks), most found only by comparing one part of a
return with another.

Layouts: project heads (§3.1) with one value column, operator and unit columns, 中期 and 年度
columns or a tier score column; department heads (§3.2) with key tasks; flat lists; two
projects stacked in one sheet; a table on a second sheet under 预期实现值; a budget-system
export (sheets 05-1 and 05-2, header on the third row, project codes first); operators in
words; a 注 row inside the table, a repeated header, 说明, 填表说明 and signature lines.

Planted mistakes (return: code, highest accepted severity, place):

* kfe02-aid-contact-points: D104 warning at the 联络点建成数 row (goal 86, indicator ≥68,
  alt C10); Y102 error at the 投入使用时间 row (2026年10月31日前 in a 2025 one-year project,
  alt Y103, Y101).
* kfe04-aid-stacked-wrong: B101 error at the second project's 年度资金总额 (95 ≠ 80 + 10);
  Y103 warning at its 年度目标 (last year's text, 2024年, alt Y101, D104); B107 warning at the
  subsidy row (2000元/件 × 600件 = 120万 > 95万).
* kfe06-aid-special-two-years: D204 warning at the 年度目标 cell (copied from 中期目标); D201
  error at the annual 未成年人案件数 (≥900件 > ≥800件 for the period, alt D104).
* kfe08-corrections-department-wrong: B102 error at 金额合计 (45 + 30 + 20 ≠ 100, alt B101);
  D104 warning at the 设备配备数 row (goal 500台, indicator ≥300台, alt C10); F201 warning at
  the 再犯罪率 row under 数量指标.
* kfe10-corrections-flat-wrong: D103 warning at the second 教育帮扶(服务)人次 row (alt D102,
  D101); X101 error at the template example row (≥**); W101 error on the book (weights 95).
* kfe12-corrections-smart-two-years: Y101 error at 计划完成日期 (2027 in a 2025–2026 project,
  alt Y102); D202 warning at the annual 电子监管覆盖人次 (copied from 中期, alt D104).
* kfe14-publicity-points-wrong: W103 error at the 产出指标 score (50 vs 45) and at the 效益指标
  score (30 vs 35); D104 warning at the 讲座场次 row (goal 40场, indicator ≥30场, alt C10);
  F201 warning at 讲座听众满意度 under 社会效益指标 (alt D103).
* kfe16-publicity-export-wrong: B102 error at the 05-1 合计 (35 + 18 + 22 ≠ 78, alt B101); Y102
  error at the 宪法宣传周 deadline row (2024年12月10日前, alt Y103, Y101); D101 warning at the
  second 普法短视频发布数 row, under 社会效益指标 (alt D102, D103, F201).
* kfe18-publicity-operator-wrong: T105 error at the 覆盖率 row (50 场); B107 warning at the
  unit price row (25元/份 × 80000份 = 200万 > 60万); T108 warning at the 投诉率 row (≥).

Legitimate look-alikes in the correct returns: kfe01 a subsidy standard × cases equal to the
money, `=100%` on 应援尽援率, ≤ on a 投诉率, typed percent cells, a later year the work
prepares for (为2026年推行…积累做法); kfe03 the same 受援人满意度 with ≥90% and ≥92% in two
stacked projects; kfe05 the period's counts beside smaller annual ones, rates and a unit cost
equal in both columns; kfe07 `0起` on an incident count, a 下降率 with ≥, the goal's 6 法治教育
专题 a part of its 12 集中教育; kfe09 a flat list with typed percents (0.2% 再犯罪率 with ≤) and
a 合计 row of weights; kfe11 a goal count with its part in brackets (2000人次, 其中600); kfe13
tier points and indicator points both adding to 100, `≥3百分点`; kfe15 project codes repeated
in the first columns; kfe17 a 下降率 with 大于等于, a cost cap equal to the money with a 说明
row explaining it (18 + 10 = 28), a signature dated 2024-11-05.

Judgements: the goal's contradicting counts (D104) are warnings, the reviewer asks rather than
rejects; a deadline in another year of a one-year table (Y102) and an end date beyond the
stated 项目期 (Y101) are errors, the table cannot hold both; a satisfaction rate under 社会效益
is a misplaced tier (F201), not a missing 满意度指标 (the table has one); the kfe16 duplicate
is a count under 社会效益 too, so F201 is accepted for it; the 合计 row of a flat list and a
tier score column are not indicators; the `为2026年…` sentence in kfe01 names a later year only
as a purpose and is not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout827 import aid, corrections, publicity
from tests.variants.holdout827.registry import HOLDOUT827
from tests.variants.kit import Variant

MODULES = (aid, corrections, publicity)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT827, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 827th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 372nd held-out set: sailing and equestrian (帆船/马术) sports bases and youth training.

18 invented returns of 澜汀市 (sailing, 澄屿湾, 雁汀港) and 柘原县 (equestrian), budget year
2025: 9 correct, 9 with planted mistakes (23 required marks). Modules: ``sailing`` (vr01–vr06),
``equestrian`` (vr07–vr12), ``youth_training`` (vr13–vr18).

Layouts: project heads with 万元 in the number format (vr01), operator column 指标性质 and unit
column (vr01, vr17), 比较符 column with weights, subtotals and a repeated header (vr12); stacked
projects (vr02, vr13); department flat lists, operator (vr03) or direction (vr15) in 指标性质;
tier-1 and indicator points (vr04, vr07); numbered / ★ / * / abbreviated labels (vr08, vr18);
header 预期目标 (vr09); a second sheet under a two-row header 考核指标 · 目标值（年度） · 评价标准
(vr10); department money with key tasks (vr03, vr11); 中期 and 年度 columns (vr05, vr14); a
two-row header 指标内容 · 绩效标准 · 计量单位 (vr16); a budget-system export with 05-1 / 05-2
sheets, codes in the first columns and the header on row 3 (vr18); detail lines (vr06).

Planted mistakes (code, highest accepted severity, place):

* vr02: B101 error Sheet1!C18 (second project's 185 ≠ 150 + 25); T105 error Sheet1!D23
  (赛事安保方案落实率 3项).
* vr04: T108 warning Sheet1!E11 (row; 翻艇救援响应时间 大于等于15分钟); W103 error Sheet1!B13
  (效益指标 30 分, indicators 25); T108 warning Sheet1!E14 (row; 训练伤病发生率 不低于2%);
  W101 file error tolerated (indicator points total 95, the same slip).
* vr06: X104 warning Sheet1!F4 (计划完成日期 "45930" as text); X105 warning Sheet1!C16 alt X103
  ("52.7 5"); X106 error Sheet1!C18 alt B108 ("60万60万(含船只运输)"); B102 file error
  tolerated (a consequence of misreading the pasted amount).
* vr09: F110 error Sheet1!C10 (≥160人 without a name); F109 warning Sheet1!B14 (row; 社会成本指标
  left from the template); T106 error Sheet1!D17 alt T114 (营员满意度 105 %).
* vr10: T105 error 绩效指标!D4 (马匹防疫合格率 40匹); Y102 error 绩效指标!D5 (2026年3月31日前 in
  a one-year 2025 project).
* vr11: B101 error Sheet1!B4 (row; 基本 300 + 项目 260 ≠ 540); B102 error Sheet1!D9 (tasks
  120 + 80 + 50 = 250 ≠ 金额合计 260).
* vr14: D204 warning Sheet1!D9 (年度目标 = 中期目标); D201 error Sheet1!E11 (≥360人 annual
  above ≥300人 period); D202 warning Sheet1!E12 (举办集训营 ≥12期 copied, two-year project).
* vr15: T112 error Sheet1!B7 alt T119 (12场 against unit column 人); T108 warning Sheet1!B10
  (row; 学员训练受伤率 ≥2 marked 反向); W101 file error (weights add to 95).
* vr17: B105 error Sheet1!E6 (其他资金 in 元 format in a 万元 block); T106 error Sheet1!E10
  (骑乘教学考核合格率 ≥105 %); B101 file error tolerated (consequence of the 元 cell).

Legitimate look-alikes in the correct returns: `=100%` / `=` with 100 % on 合格率 (vr01, vr03,
vr05, vr08, vr12, vr18); 下降率 with ≥ (器材报修率下降率 vr01, 训练伤病发生率下降率 vr18);
`≤0起` / 0 起 on incident counts (vr01, vr03, vr12, vr18); `≥3百分点`-style rate rises
(`≥5百分点` vr07); points at two levels each adding to 100 (vr07); a 合计 row with weight 100
under a flat list (vr03) and subtotal rows (vr12); the same indicator names with other values
in two stacked camps (vr13); rates and unit costs equal in 中期 and 年度 while counts are
smaller (vr05); labels 一、产出指标 / （一）数量指标 / ★质量指标 / *时效指标 / 1.社会效益
(vr08) and 产出 / 数量 / 成本 (vr18); 其他资金 0 (vr16); fill dates in 2024 (vr01, vr03, vr12,
vr13); a winter camp ending 2025年2月28日前 (vr13).

Judgements: W103 in vr04 is the required finding; W101 on the 95-point indicator total is the
same slip and only tolerated. In vr06 the serial end date 45930 is 2025-09-30, so no Y finding
is asked. In vr10 a next-year completion date in a one-year project is an impossibility of the
stated period (error accepted). In vr11 the B101 mark is on the row, since the sum can be
reported at any of its cells. In vr15 `≥2` on a 反向 rate is a warning (direction), not an
error; `≤0` on 反向 安全事故 is correct.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout372 import equestrian, sailing, youth_training
from tests.variants.holdout372.registry import HOLDOUT372
from tests.variants.kit import Variant

MODULES = (sailing, equestrian, youth_training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT372, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 372nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

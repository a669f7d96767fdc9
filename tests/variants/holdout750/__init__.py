"""The 750th held-out set: 18 invented returns of 澄岩市教育局 (a city education bureau) on
after-school services (课后服务) subsidies (kcf01–kcf06), a school-bus safety programme
(kcf07–kcf12) and kindergarten teacher training (kcf13–kcf18); budget year 2025, money in 万元.

Layouts: project heads with an operator and unit column (kcf01, kcf02), one value column with a
备注 or 指标解释 column (kcf03, kcf04, kcf08, kcf12, kcf17, kcf18), two stacked projects
(kcf03, kcf04), department heads with tasks (kcf05 flat list, kcf07 tiered with a note row
inside), multi-year 中期/年度 columns (kcf06 two years, kcf09 and kcf15 three years), numbered
labels with points (kcf08), headers 考核指标 / 目标值（年度） / 评价标准 (kcf10), a table on a
second sheet under 预期实现值 (kcf11), a header repeated after a page break (kcf12), tier-1 and
indicator score columns (kcf13, kcf14), a budget-system export with codes and the header on the
third row (kcf16), starred and abbreviated labels (kcf17), footnotes and signatures (kcf18).

Planted mistakes (code, highest accepted severity, place):

* kcf02: D104 warning (row) at 补助学校数 32 against the goal's 35 schools; Y102 error (row, alt
  Y101, Y103) at a 2024-09-30 deadline in a 2025 one-year project; B107 warning (row, alt D104)
  at 生均补助 ≤350 元: 350 × 8000 × 2 = 560万 > 480万, and the goal says 300 元.
* kcf04: B101 error at the second project's 年度资金总额 130 ≠ 120 + 20; D102 error (row, alt
  D103, D101, F201) at 购买课程服务学生数 ≥4800人次, the count above again with another value.
* kcf06: B103 error at 年度资金总额 520 > 中期 500; Y103 warning (alt Y101) at the 年度目标
  naming 2024; D201 error at 托管服务学生人数 ≥9500 in the year against ≥9000 in the period.
* kcf08: F201 warning (row) at 整改车辆复检合格率 under 时效; F201 warning (row, alt F105) at
  学生家长满意度 under 社会效益.
* kcf10: D104 warning (row) at 安装监控终端校车数 ≥120 against the goal's 126; Y102 error (row,
  alt Y101) at a completion date 2026-03-31 of a one-year 2025 project ("年内").
* kcf12: D103 warning (row, alt D101, D102) at 校车安全隐患定期排查次数, the same count as
  校车安全隐患排查次数 with a word more; B107 warning (row) at 人均成本 ≤800元 × 300人次 = 24万 >
  20万.
* kcf14: W103 error at 产出指标's score 50 (indicators 40); D104 warning (row) at ≥1000人次
  against the goal's 1200; B107 warning (row) at ≤1500元 × 1000 = 150万 > 120万; W101 error
  tolerated on the file (the indicator scores then add to 90).
* kcf15: D204 warning at the 年度目标 identical to the 中期目标; D202 warning at the copied
  annual ≥3000人次; D201 error at 轮训园长人数 ≥400 in the year against ≥300 in the period.
* kcf17: F201 warning (row) at a cost under 数量; F201 warning (row) at a count of courses under
  质量; F109 warning (row) at the 时效 template tier-2 with nothing under it.

Legitimate look-alikes in the correct returns: typed percent cells (kcf01, kcf05, kcf11, kcf18);
`=0起` / `=0` 起 on accident counts (kcf01, kcf07); `=100%` on 覆盖率 / 合格率 (kcf05, kcf07,
kcf09, kcf16 as text); a 下降率 / 下降幅度 with ≥ (kcf05, kcf07, kcf13); `≥5百分点` (kcf13); tier
and indicator scores both 100 (kcf13); cost × count equal to the money (kcf01, kcf03, kcf07,
kcf09, kcf11, kcf16, kcf18); goal totals with their parts in brackets and an indicator for a part
(kcf03, kcf11, kcf18); period counts three times the year's and 2027 named in a 2025–2027
project's 年度目标 (kcf09); the same 家长满意度 with different values in two stacked projects
(kcf03); fill and signature dates in 2024 (all); a 注 row inside the table (kcf07), 说明 and
填表说明 rows (kcf18).

Judgements: a 2024 deadline in a 2025 project (kcf02) and a 2026 deadline in a "年内" one-year
project (kcf10) are errors (the dates cannot be met inside the period). The duplicated count in
kcf04 carries two values and sits under 质量, so D102 at error, D103, D101 and F201 accepted. In
kcf12 the near-duplicate has the same value (D103 warning). In kcf09 the 中期 `=100%` against
the 年度 `≥40%` coverage is a milestone, not a conflict. In kcf16 bare numbers with the unit in
度量单位 and no operator are read as targets (T103 at most info).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout750 import aftercare, bus, training
from tests.variants.holdout750.registry import HOLDOUT750
from tests.variants.kit import Variant

MODULES = (aftercare, bus, training)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT750, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 750th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

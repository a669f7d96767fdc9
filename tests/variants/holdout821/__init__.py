"""The 821st held-out set: forest fire prevention in the invented 栎坪县 (ranger patrols,
firebreak clearing, watchtower cameras), 18 returns, 9 correct, 24 required marks, most of them
found only by comparing one part of a return with another.

Layouts: project heads with 中期/年度 money blocks (key01-04, 07-14, 16, 18), department heads
with tasks and 金额合计 (key05, 15), a flat list (key06), two stacked projects (key04, 12), a
three-year and a two-year project with 中期 and 年度 columns or two complete column sets (key03,
09, 16), operator columns in symbols or words (key01, 06-08), numbered labels with points
(key07, 11), abbreviated labels with ★ (key18), headers 指标内容/绩效标准, 考核指标/目标值（年度）,
预期目标, 预期实现值 (key02, 07, 10, 13), a table on a second sheet (key13), a budget-system export
with codes in the first columns and the header on the third row (key17).

Planted mistakes (return: code, highest accepted severity, place):

* key02: D104 ≤warning Sheet1!D11 (row): goal 3600公里, indicator 2600公里; T108 ≤warning
  Sheet1!D12 (row): 火情漏报率 ≥2%; D104 ≤warning Sheet1!D13 (row): goal 9月30日前, indicator
  11月30日前.
* key03: D204 ≤warning Sheet1!D9: 年度目标 copied from 中期目标; D201 ≤error Sheet1!E12: 年度
  ≥900人次 above 中期 ≥600人次.
* key05: B101 ≤error Sheet1!B4: 基本520 + 项目320 ≠ 860; B102 ≤error Sheet1!D9 (alt B101): tasks
  180+40+100 ≠ 金额合计 330; D102 ≤error Sheet1!D14 (row, alt D101 D103): 护林员培训人次 twice,
  400 and 350.
* key08: Y102 ≤error Sheet1!E12 (alt Y101): deadline 2026-04-30 in a 2025 one-year project;
  F201 ≤warning Sheet1!E13 (row): 验收合格率 under 时效; B107 ≤warning Sheet1!E14 (row):
  0.15万元 × 600公里 = 90 > 80.
* key10: Y103 ≤warning Sheet1!C10 (row, alt Y101): indicator name 2024年度… in 2025; F110
  ≤error Sheet1!C12: value without name; F109 ≤warning Sheet1!B16 (row): empty 可持续影响指标.
* key12: B101 ≤error Sheet1!C19: second project 60 + 5 ≠ 70; D104 ≤warning Sheet1!D23 (row):
  goal 300公里, indicator 350公里.
* key14: Y104 ≤error Sheet1!F4 (alt Y101 Y102): end 2024-12-31 before start 2025-01-01; D104
  ≤warning Sheet1!D10 (row): goal 16处, indicator 12处; Y102 ≤error Sheet1!D12 (alt Y101 Y103):
  deadline 2024年11月30日前.
* key16: D202 ≤warning Sheet1!E11 and Sheet1!E12: 36处 / 15座 copied from 中期 (the 年度目标 says
  12 and 5); T106 ≤error Sheet1!E13: typed 105% on 火情自动识别准确率.
* key18: D101 ≤warning Sheet1!C14 (row, alt D102 D103): 监控平台运行天数 under 数量 and 时效;
  F201 ≤warning Sheet1!C17 (row): a satisfaction rate under 社会效益.

Look-alikes in the correct returns: typed percents (key01, 04, 06, 07, 11, 13, 16) and 100% at
the ceiling (pct(1) in key11, 13; text =100% in key17); 0起 on fire counts (key01, 06, 07, 15);
a 下降率 with ≥ / 大于等于 (key07, 15); ≥3百分点 (key11); tier and indicator points both adding
to 100 (key11); goal totals with their parts (120 = 80 + 40 in key01, 120 = 70 + 50 in key04,
500 = 120 + 380 in key07, 12 = 4 + 8 in key13) and part indicators beside the total; a later
year the work prepares for (2027 in key09); the period's count beside a smaller year's (key09);
costs × counts equal to or within their money (key04 12×8 = 96, key07 0.12×500 = 60, key17
12×8 = 96, key18 42 = 42); the same indicator name with different values in two stacked
projects (key04 重点林区巡护覆盖率); a footnote explaining 金额合计 = 项目支出 (key15); fill and
signature dates in the year before the budget year; a 合计 row in the flat list (key06).

Judgements: B107 is a warning (≤ a unit cost and ≥ a length can still fit the money); a next-year
deadline or an end date before the start in a one-year project is an error (Y102, Y104); the
goal-versus-indicator gaps are warnings (D104), the duplicate with two values an error (D102);
the copied annual counts in key16 are marked at each annual cell (D202), the 105% an error even
though the period's rate is right; in key16 the cost standard is set so that even the copied
counts stay within the year's money, so B107 is not caused there; bare percent cells without
an operator (key13, key16) are read as targets and not marked.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout821 import firebreaks, patrols, towers
from tests.variants.holdout821.registry import HOLDOUT821
from tests.variants.kit import Variant

MODULES = (patrols, firebreaks, towers)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT821, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 821st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

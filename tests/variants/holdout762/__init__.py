"""The 762nd held-out set: a city health commission (澄川市卫生健康委员会, invented) with its
district bureaus and centres: family-doctor contract services (家庭医生签约, kcr01–kcr06), the
elderly health check-up programme (老年人健康体检, kcr07–kcr12) and the community
mental-health screening (社区心理健康筛查, kcr13–kcr18). Budget year 2025, money in 万元
(the unit in the number format), fill dates in November 2024. 18 returns, 9 correct, 24
required marks, 18 of them found only by comparing one part of the return with another.

Layouts: project heads (one-year, two-year kcr13, three-year kcr06 / kcr14 with 中期 and 年度
columns), department heads with budget and key tasks (kcr05, kcr07, kcr08), operator and unit
columns (kcr01, kcr18 in words), headers 指标内容 / 绩效标准 (kcr02), 预期目标 (kcr12), a
two-row header 预期实现值 on a second sheet (kcr09), flat lists (kcr07, kcr08), stacked projects
(kcr03, kcr16), decorated tier labels (kcr04 numbered with points and ★, kcr15 numbered, kcr16
abbreviated), tier-1 and indicator score columns (kcr06, kcr15), a header repeated after a
page break with a 说明 row (kcr11), a budget-system export with codes (kcr17).

Planted mistakes (return, code, highest accepted severity, place):

* kcr02: D104 warning, row of 年度签约居民人数 (goal 3.5万人, indicator ≥3万人); Y102 error at
  the deadline 2026年3月31日前 of a one-year 2025 project (alt Y103, D104); B107 warning at
  ≤80元/人 (× 3.5万人 = 280万元 > 200万元).
* kcr04: D103 warning (alt D101), row of 慢病签约患者管理人数 (the line above with its words
  swapped); F201 warning, row of 签约慢病患者满意度 under 社会效益指标.
* kcr06: W103 error at the 产出指标 score 50 (indicators 45; W101 tolerated at book level);
  D201 error at the 年度 ≥5.2万人 above the period's ≥4.5万人 (alt D104); D202 warning at the
  年度 ≥300人 copied from 中期 while the goal says 100 (alt D104).
* kcr08: T108 warning, row of 体检异常结果漏报率 ≥2% (反向); D102 error (alt D101, D103), row of
  65岁及以上老年人年度体检人数 ≥26000 against ≥24000 in the first row.
* kcr10: B101 error at 年度资金总额 280 (200 + 60 = 260); Y101 error (alt Y102), row of the plan
  dates 2024-01-01 / 2024-12-31 under a 2025 title; B107 warning at ≤130元/人 (× 2.2万人 =
  286万元 > 280万元). The 2025 deadline is tolerated up to error (same mistake).
* kcr12: F201 warning, row of 老年人体检覆盖人数 under 质量指标; F110 error at the empty name of
  the 时效 row ≤15个工作日; F109 warning, row of the empty 生态效益指标.
* kcr14: D204 warning at the 年度目标 copied from the 中期目标; T108 warning (alt D203), row of
  筛查阳性人员失访率 (中期 ≤10%, 年度 ≥10%).
* kcr16: B101 error at the second project's 年度资金总额 150 (120 + 20 = 140); D104 warning, row
  of 在册患者规范随访人数 ≥2400人 (goal 2600人); F201 warning, row of 随访记录合格率 under 时效.
* kcr18: D104 warning, row of 抑郁焦虑筛查人次 20000 (goal 3万人次); T105 error, row of
  筛查覆盖率 12000 人; Y102 error (alt Y101, D104) at the date 2024年11月30日 in a 2025 project.

Legitimate look-alikes in the correct returns: typed percents with a % unit column and a
date cell as a deadline (kcr01, kcr07, pct(1) in kcr09); a goal count with its parts in
brackets and a part as its own indicator (kcr01 8000 of 12000, kcr03 乡村医生 90 of 240, kcr11
600 of 1600); unit cost × count within or equal to its money (kcr01 144万 ≤ 360万, kcr03, kcr05,
kcr07 11000 × 180元 = 198万 exactly, kcr09 300万 ≤ 320万, kcr13, kcr15 72万 ≤ 80万); the same
satisfaction name with different values in stacked projects (kcr03, kcr16); ≤0 起 on an
incident count (kcr07); a 下降率 with ≥ (kcr05); =100% kept as text (kcr09); a later year the
work prepares for (kcr09 2026, kcr13 2027); 中期 counts above 年度 counts and equal rates, time
limits and grades in both columns (kcr13); rates raised in 百分点 (kcr06, kcr15); points at
tier and indicator level both adding to 100 (kcr15); footnotes explaining the task total and a
note naming the 2024 roster (kcr05, kcr11); fill dates in 2024; a header repeated after a page
break and a 说明 row (kcr11); tiers repeated in every row with codes (kcr17).

Judgements: a deadline past the one-year project (kcr02) and a deadline in the year before
(kcr18) are impossibilities (error); a goal count above the indicator's is a warning (the
reviewer asks, D104). The duplicate in kcr04 has equal values (1.5万人 = 15000人), so only a
warning; the one in kcr08 has different values, an error. In kcr06 the copied 年度 ≥300人
is D202 (warning) though the goal's 100 makes it D104 as well. 定性 in the operator column
with 健全 (kcr01) is the form's qualitative choice. kcr10's B107 holds whichever total is
read (280 or 260).
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout762 import checkups, contracts, screening
from tests.variants.holdout762.registry import HOLDOUT762
from tests.variants.kit import Variant

MODULES = (contracts, checkups, screening)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT762, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 762nd held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 655th held-out set: 18 invented returns on 灵芝与羊肚菌栽培、林下菌菇, written blind.

Theme. 灵芝 (段木灵芝, 标准化大棚, 菌棒生产线, 孢子粉; ``lingzhi``, go01–go06), 羊肚菌 (部门整体,
大田示范, 林缘轮作, 菌株选育, 烘干分级与冷链; ``yangdujun``, go07–go12) and 林下菌菇 (大球盖菇,
竹荪, 黑木耳香菇, 猴头菇; ``linxia``, go13–go18). Invented places: 桐岙县, 檀坪县, 仙槎县.
Budget year 2026 throughout; multi-year projects start in 2026.

Layouts. Project heads with one- and multi-year money blocks; department heads with budget rows and
task lists; numbered tier labels (go01), tier-1 and indicator points (go08), operator column with
a unit column (go09), 中期 and 年度 columns (go03, go10, go16), two stacked projects (go04), a
flat list (go05), a budget-system export with codes and sheets 05-1 / 05-2, header on row 3
(go11), the table on a second sheet under 预期实现值 (go12), a note row, footnotes, 填表说明 and a
signature (go13), abbreviated labels with subtotal rows and a header repeated after a page break
(go15), a two-row header with ★ / * labels and operators in words in their own column (go17).

Planted mistakes (code, highest accepted severity, place):

* go02: D104 warning, row of 大棚建设数量 (goal 12座, indicator ≥10座); Y102 error at the 投产时间
  value 2025年10月31日前 (alt Y103, D104; the goal says 2026年10月底).
* go03: D204 warning at the 年度目标 cell (copied from 中期目标); D201 error at the 年度 value
  ≥30万棒 (period ≥25万棒).
* go06: D103 error, row of 灵芝孢子粉年采收量 ≥3吨 beside 采收量 ≥2.5吨 (alt D102, D101, D104);
  Y103 warning at the name 2024年新建菇棚验收合格率; F201 warning, row of 孢子粉检测合格率 under
  时效指标.
* go07: B101 error at 资金总额 260 (200 + 50); B102 error at 金额合计 100 (60 + 25 + 20 = 105;
  alt B101); B107 warning, row of 菌种补贴标准 ≤500元/亩 (× 1500亩 = 75万 > the task's 60万).
* go09: Y101 error, row of the plan dates (2025 in a 2026 return; alt Y102); D104 warning, row of
  轮作示范田面积 800亩 (goal 500亩); T108 warning, row of 每亩示范补助 with ≥.
* go11: T105 error at 烘干菌种萌发率 ≥900袋; D102 error, row of the second 技术培训人次 (≥200人次
  under 社会效益, ≥300人次 under 数量; alt D101, D103).
* go14: Y103 warning at the 年度目标 cell (2025年 in a 2026 return); D104 warning, row of
  大球盖菇林下种植面积 ≥350亩 (goal 300亩); X101 error at ≥XX%.
* go16: B103 error at 年度资金总额 420 (中期 360); D202 warning at the 年度 cells ≥900亩 and ≥300户
  (three-year cumulative counts copied; 年度目标 says 300亩, 100户).
* go18: F201 warning, row of 林下菇棚单位造价 under 数量指标; B107 warning, row of 菌棒补助标准
  ≤3元/棒 (× 40万棒 = 120万 > 100万); F201 warning, row of 合作社社员满意度 under 社会效益指标.

Legitimate look-alikes in the correct returns: goal totals with their parts in brackets and
indicators giving the parts (go01, go13, go17); a footnote explaining the total (go13); costs
within their money (go01 48万 ≤ 60万, go04, go08 75万 ≤ 90万, go10, go13 60万 ≤ 70万, go15 60万 ≤
70万, go17 40万 ≤ 50万); the same indicator with different values in two stacked projects (go04);
=100% on 合格率 (go04); typed percent cells (go01, go05, go12, go17); a rate change in 百分点
(go05, go08); a 下降率 with ≥ / 大于等于 (go08, go17); 0起 incidents (go08, go17); tier-1 points
and indicator points both adding to 100 (go08); subtotal and total weight rows and a repeated
header (go15); the period's counts above the year's, rates equal in both columns, and a later
year the work prepares for (为2028年全县推广积累, go10); a signature dated 2025-12 (go13).

Judgements. go06: the near-duplicate has conflicting values, so an error is accepted. go09: the
播种完成时间 2026年12月20日 lies outside the (wrong) 2025 plan dates; a finding there is tolerated
(``ok``, error), since the plan dates are what is wrong. go11: one project's duplicate across two
tier-2s is a conflicting duplicate; the two export projects share no names. go16: only
cumulative counts are marked D202; the equal rates and unit cost are fine. go18: 满意度 under
社会效益 is F201 (the tier-2 label itself is valid), and a separate 满意度指标 block keeps the
tier-1 present.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout655 import lingzhi, linxia, yangdujun
from tests.variants.holdout655.registry import HOLDOUT655
from tests.variants.kit import Variant

MODULES = (lingzhi, yangdujun, linxia)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT655, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 655th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

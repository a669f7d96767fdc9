"""The 636th held-out set: 18 invented returns on 竹鼠与豪猪特种养殖退养转产、洋姜种植, written
blind, with a careful reviewer's marks. Everything is invented (蕨岭县, 桐坳镇, 茅垭乡, 椿溪镇,
石椁乡, 沙棘坪村; people, phone numbers, figures). Budget year 2026 throughout.

Layouts: project heads with one-year and multi-year money blocks (万元 in the number format);
NAT-2021 and OLD-NAT tiers merged down; numbered labels with points (fv02, fv07), marked and
abbreviated labels (fv08); headers 绩效目标值, 考核指标/目标值（年度）, 指标内容/绩效标准,
预期实现值, 预期目标; an operator column in symbols (fv01) and in words (fv12) with a unit
column; a two-row header with 中期 and 年度 (fv03); two projects stacked (fv05, fv06); a table
on a second sheet (fv09); department heads with tasks and 金额合计 (fv11, fv13, fv14, fv17,
fv18); flat lists (fv11, fv17, fv18); subtotal rows and a header repeated after a page break
(fv13); budget-system exports with codes and the header on the third row (fv15, fv16).

Planted mistakes (return: code, highest accepted severity, place):

* fv02-porcupine-goal-count: D104 ≤warning at Sheet1!D9 (row) – 退养养殖场 ≥15家 while the
  goal says 12家; Y102 ≤error at Sheet1!D12 (alt Y103, D104) – 2025年11月30日前 in a 2026
  project whose goal says 2026年11月底; B107 ≤warning at Sheet1!D13 – 3万元/家 × 15家 = 45万元
  above the 40万元.
* fv04-porcupine-two-year-copied: Y103 ≤warning at the 中期目标 (alt Y101) – 2024年至2025年 in
  a 2026—2027 project; D201 ≤error at the 年度 cell of 退养豪猪养殖场数 (24 > 20); D202 ≤warning
  at the 年度 cell of 转产洋姜种植面积 (600亩 copied, the 年度目标 says 350亩).
* fv06-stacked-training-wrong: B101 ≤error at the second project's 年度资金总额 (18 ≠ 15 + 2);
  D104 ≤warning (row) at 技术培训人次 ≥200 against the goal's 240人次; D103 ≤warning (row, alt
  D101) at 培训考核合格率, the same rate as the row above with two words fewer.
* fv08-artichoke-wrong-tier: D104 ≤warning (row) at 洋姜种植面积 ≥1200亩 against the goal's
  1500亩; F201 ≤warning (row) at 种苗发放合格率 under 时效; B107 ≤warning at 种植补助标准
  ≤300元/亩 (× 1200亩 = 36万元 > 30万元).
* fv10-artichoke-years-leftover: Y103 ≤warning (alt Y101) at the 年度绩效目标 (2025年 in a 2026
  return); D102 ≤error (row, alt D101, D103) at 洋姜订单种植面积 ≥800亩 beside 订单种植面积
  ≥1000亩; X101 ≤error at the template example ≥**人次.
* fv12-artichoke-direction-words: T108 ≤warning (row) at 大于等于 on 洋姜病虫害发生率; F201
  ≤warning (row) at 转产户满意度 under 社会效益.
* fv14-agri-money-wrong: B101 ≤error at 资金总额 520 (基本 300 + 项目 230 = 530); B102 ≤error
  at 金额合计 230 (120 + 70 + 30 = 220); D104 ≤warning (row) at 退养转产户数 ≥100户 against 120户
  in the goal and the task.
* fv16-export-next-year: Y102 ≤error at the date 2027-03-31 in a one-year 2026 project; D103
  ≤warning (row, alt D101, F201) at 养殖棚舍拆除面积 under 时效, the area already given under 数量.
* fv18-flat-period-wrong: D201 ≤error at the 年度 value ≥180 above the 中期 ≥150; T105 ≤error
  (alt T112) at 转产户稳定经营率 ≥60户.

24 required marks, 18 of them found only by comparing parts of a return (goal text against
indicators, years, 中期 against 年度, duplicates, wrong tier-2, money against its parts and
standard × count against the money, a template leftover).

Legitimate look-alikes in the correct returns: a 竹鼠存栏下降率 and a 化肥施用量比上年下降率 with
≥ (fv01, fv07); 违规复养事件 ≤0起 and other zero incident counts (fv01, fv05, fv15); =100% on a
rate, typed as a percent cell (fv01) and as text (fv09, fv15, fv18); ≥5百分点 (fv07); tier and
indicator points both adding to 100 (fv07); the goal's area with its parts in brackets (fv07,
fv09) and a footnote explaining the total (fv09); 为2027年全面退养积累经验 in a 2026—2027
project and the period's counts beside smaller year's counts, with rates and unit costs equal
(fv03, fv17); the same satisfaction indicator with two values in two stacked projects (fv05);
every standard × count within its money (fv01 38.4 + 9.2 ≤ 48; fv03 129 ≤ 150 and 75 ≤ 80; fv05
24 ≤ 30 and 10.5 ≤ 12; fv07 52.5 ≤ 60; fv09 24 + 20 ≤ 45; fv13 and fv15 28.8 ≤ 30; fv15 124.1 ≤
130); fill and signature dates in 2025 (fv01, fv09, fv13, department heads).

Judgements: ≤0户 复养 in both columns of fv03 is a zero target, not a copied cumulative count
(tolerated up to a warning); 2028 in fv17's goal lies in the period its header states
(tolerated up to a warning); a deadline in the previous or next year of a one-year project is
an error (Y102), an old year in goal text only a warning (Y103); fv04's annual 24家 also breaks
the annual goal, marked once as D201; in fv14 the 金额合计 equals 项目支出, so the tasks, not
the total, are wrong, while 资金总额 = 财政拨款 + 其他资金 holds and only 基本 + 项目 fails;
fv16's duplicate under 时效 is also a count under the wrong tier-2, F201 accepted.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout636 import artichoke, county, exit_farming
from tests.variants.holdout636.registry import HOLDOUT636
from tests.variants.kit import Variant

MODULES = (exit_farming, artichoke, county)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT636, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 636th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

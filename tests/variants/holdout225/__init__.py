"""225th held-out corpus: invented returns written blind (without reading goalbook's reader or
rules, nor the returns of the other corpora), to measure ``goalbook check`` out of sample. Theme:
agriculture, forestry and grassland money as transfer payments and county projects (耕地地力保护,
退耕还林, 森林抚育, 生态护林员, 草原生态补奖, 农机购置补贴): 区域绩效目标表 with 中央/省级/市县
sources, standards per 亩, per 户 and per 人 against areas, counts and the budget, amounts in 元
and 万元 with the unit in the header or the number format (variant items 5, 9, 12). 9 of the 18
returns are correct; the other 9 carry 2–3 planted mistakes a careful reviewer marks (20 in all):

* a total that is not the sum of its sources: 年度资金总额 8420 against 中央 8080 + 省级 230 +
  市县 210 (qa02), 基本支出 862.30 + 项目支出 3256.20 against 资金总额 4218.50 in a department
  table (qa15) (B101, error);
* detail lines that do not add up to their 合计: 分县资金 5080.2575 against 5180.2575 (qa04), a
  测算依据 of 72 + 14 + 16 against 96 in the second of two stacked projects (qa13) (B102, error;
  in qa04 also accepted at the 年度资金总额);
* 年度资金总额 1410 above the 中期资金总额 1230 of a three-year project (qa09) (B103, error);
* a share that does not match its amount: 省级 240 of 1410 typed as 21.28 % (qa09) (B111, error);
* a 万元 cell (number format ``0.00"万元"``) in a money block headed 元 (qa11) (B105, error,
  B110 accepted; B101 at the total accepted, not asked for);
* an amount 1/10 000 or 10 000× its share: a 测算依据 line typed in 万元 in a 元 block (qa11), a
  task amount typed in 元 in a 万元 block (qa15) (B110, error; B102 at the 合计 accepted);
* a standard × a count beyond the money: ≤126元/亩 × 72.5万亩 (qa02), ≤0.5万元/台 × 640台
  (qa07), ≤9元/亩 × 52万亩 (qa17) (B107, warning);
* a cost per 亩 or per 户 rounded to 0 in 万元: ≤0万元/亩 (qa05), ≤0万元/户 (qa17) (T115, error);
* a tier-2 under the wrong tier-1: 生态效益指标 inside the 产出指标 block (qa05) (F105, error);
* tier points 产出指标（50分） over indicator scores of 45 (qa13) (W103, error; W101 accepted);
* conversion artefacts: an amount split by a space, ``4836.257 5`` (qa04) and ``410.257 5``
  (qa17) (X105, warning, X103 accepted); a total pasted twice, ``286万286万（含…）`` (qa07) (X106,
  error, B108 accepted); 项目支出 as the text ``3,256.20`` (qa15) (X103, warning). A total with a
  note in brackets, ``426.5万元（其中中央资金380万元）`` (qa17), tolerates a warning.

Legitimate look-alikes sit in the correct returns (qa01, qa03, qa06, qa08, qa10, qa12, qa14,
qa16, qa18): 中央 + 省级 + 市县 (or 自治区 + 旗级) that add up exactly; money in 元 throughout
(header and number format, 25 340 000元, qa03; 1 860 000元, qa18) and in 万元 by number format;
standards per 亩 in 元 against money in 万元; two standards per 亩 whose cross-products would
exceed the money (qa03, qa16) while each fits its own area; a cap that uses the money exactly
(≤1.2万元/人 × 280人 = 336万元, qa12; ≤6000元/台 × 310台, qa18); a small unit cost in 万元 that
is not 0 (≤0.022万元/亩, qa08); 中期 counts and money three times the 年度 ones with the same
unit costs (qa10); 金额合计 of the tasks equal to 项目支出, not 资金总额 (qa14); shares typed as
percentages that match their amounts (qa06, qa14); tier points with indicator scores that add up
to them and to 100 (qa06); a 农户农机作业成本 下降 under 经济效益 and =0起 on accidents (qa06);
=100 % on a 覆盖率 in an operator column (qa12); typed 100 % and 95 % (qa01, qa14, qa18);
numbered, abbreviated, bracketed and ★ tier labels and names (qa01, qa04, qa06, qa16); notes,
signature lines and stacked tables (qa13, qa16).

Every code used is in the catalogue (``python -m goalbook rules``); no new code is proposed.

    from tests.variants.holdout225 import build_all
    built = build_all(folder)   # one .xlsx per return, with its marks
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout225 import blocks, county, regional
from tests.variants.holdout225.registry import HOLDOUT225
from tests.variants.kit import Variant

MODULES = (regional, county, blocks)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT225, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 225th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

"""The 486th held-out set: 18 invented returns on sericulture (桑园, 蚕种, 小蚕共育) and
silk-reeling cooperatives (缫丝合作社, 茧库, 生丝检验), with a careful reviewer's marks.

Invented places and units: 绮川县 (农业农村局, 蚕桑技术推广站, 蚕业发展中心,
丝绸产业服务中心, 丝绸行业协会), 蚕坪镇, 柘湾乡 (蚕种场), 丝埠镇 (金缕 / 锦纶缫丝专业合作社),
锦茧村. Budget year 2025.

Layouts: project heads (``heads.project_head``) with 万元 in the number format; one value column,
an operator column (指标性质 as ≥/≤/=, or in words 大于等于) with a unit column, 中期 and 年度
columns (three-year projects), a tier-1 points column beside an indicator points column, a table
on a second sheet under 预期实现值, headers 指标内容 / 绩效标准, numbered labels with points
(一、产出指标（50分）, 1.数量指标) and ★, abbreviated labels (产出, 数量), 注 rows inside the
table, a header repeated after a page break, 填表说明 and signature lines, a 资金明细 block;
department heads (``heads.department_head``) with flat lists; two projects stacked in one sheet.
Modules: ``mulberry`` (ab01–ab06), ``reeling`` (ab07–ab12), ``cooperatives`` (ab13–ab18).

Planted mistakes (code, highest accepted severity, place):

* ab02-silkworm-eggs-wrong: 蚕种质量检验合格率 ≥102% (T106 error, value cell); 微粒子病检出率
  with ≥ (T108 warning, row); 每张蚕种补贴标准 with = (T108 warning, row).
* ab04-training-abbreviated-wrong: 蚕农培训覆盖率 300人 (T105 error, value cell); template
  tier-2 时效 with no indicator (F109 warning, row); 经济效益 under 产出 (F105 error alt F104,
  tier-2 cell).
* ab06-breeding-three-years-wrong: 年度目标 identical to 中期目标 (D204 warning, 年度目标 cell);
  繁育原蚕种 annual copied from the period (D202 warning, annual cell); 改造原蚕饲育室 annual 8间
  above period 6间 (D201 error, annual cell).
* ab08-cocoon-store-second-sheet: 烘茧设备完好率 4台 (T105 error); 茧库改造完成时间 100% typed as a
  percent (T113 warning), both on sheet 绩效指标.
* ab10-wastewater-notes-wrong: 年度资金总额 90 ≠ 70 + 15 (B101 error, total cell); 回用水水质达标率
  ≥ 110 % (T106 error, value cell).
* ab12-reeling-cars-money-wrong: 每台丝车改造补助 ≤1.2万元 × 60台 = 72 > 63 (B107 warning, row);
  detail amount ``32.457 5`` (X105 warning alt X103); 明细 61 ≠ 合计 63 (B102 error alt B101, 合计
  cell).
* ab14-silk-centre-flat-wrong: 帮扶合作社社员户数 ``15万元`` against unit 户 (T112 error alt
  T119); 反向 energy use with ≥2.6 (T108 warning, row); weights add to 95 (W101 error, book level).
* ab16-village-stacked-wrong: the second project's 年度资金总额 45 ≠ 35 + 5 (B101 error); its
  蚕沙收集利用率 800吨 (T105 error).
* ab18-reeler-points-wrong: 产出指标 50 against indicator points 55 and 效益指标 30 against 25
  (W103 error at each tier points cell); a row with value and points but no name (F110 error at
  the empty name cell).

Legitimate look-alikes in the correct returns: a 下降率 with ≥ (ab01, ab07); ≤ on 病虫害发生率 and
蚕病发生率 (ab01, ab13); typed percent cells (ab01, ab13); ``=100%`` and 等于 100 % on 验收合格率
at the ceiling (ab03, ab07, ab16's first project); tier points in the labels adding to 100 (ab03)
and tier and indicator points both adding to 100 (ab17); ``≥3百分点`` on 优质茧比例提高 (ab17);
equal 中期 and 年度 values only for rates and unit costs (ab05); a 资金明细 block with 上年结转
and a footnote explaining the total, 350元 × 400批 = 14万元 equal to its line (ab11); the same
names 受益养蚕户 / 养蚕户满意度 with different values in two stacked projects (ab15); 注 rows, a
repeated header, 填表说明, a stamp line and fill dates in 2024 (ab09 and everywhere).

Judgements: ab02's ``=`` on a subsidy standard is a warning only (a fixed subsidy may be meant);
ab04's F105 accepts F104 (a checker may call 经济效益 unknown under 产出); ab08's ``≥2百分点`` on a
损耗率降低 is correct and not marked; ab12's B107 compares with the year's money (63), not the
丝车改造 line, and is a warning; the split number is read as 32.4575 so that only the 合计 is wrong;
ab14's weight total is a book-level mark; ab18's totals both add to 100, so no W101 is expected.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout486 import cooperatives, mulberry, reeling
from tests.variants.holdout486.registry import HOLDOUT486
from tests.variants.kit import Variant

MODULES = (mulberry, reeling, cooperatives)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT486, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 486th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

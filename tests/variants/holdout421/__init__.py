"""The 421st held-out set: a prefecture statistics bureau's population census (人口普查), its
fieldwork (enumerator training, door-to-door registration, zoning and mapping, subsidies,
post-enumeration checks) and its data processing (entry and coding, comparison checks, servers,
quality sampling, summary and publications). Everything is invented: 澄川市统计局, its 鹤湾区
branch, the census office, people, phone numbers and figures. Budget year 2030 (xo04 starts in
2029).

Layouts: project heads (``heads.project_head``) with one-year, multi-year (中期 / 年度) and
transfer (中央补助 + 地方资金) money blocks; department heads with a shares row and tasks;
tier-1 and tier-2 merged down; numbered (``一、产出指标``, ``（一）``, ``1.``), marked (``*``,
``★``) and abbreviated (``数量``, ``时效``) labels; operator and unit columns; 指标性质 as
direction with 指标方向 as operator in words (xo18); headers 预期目标, 指标内容 / 绩效标准,
目标值（年度）; tier-1 and indicator score columns; three and two projects stacked in one sheet;
flat lists in two column orders; a budget-system export with codes in the first columns on a
second sheet; 注 / 说明 / 填表说明 rows, a header repeated after a page break, a 合计 row,
signature and date lines; detail lines under the table.

Modules: ``fieldwork`` (xo01–xo06), ``processing`` (xo07–xo12), ``bureau_forms`` (xo13–xo18).

Planted mistakes (code, highest accepted severity, place):

* xo02-registration-percent: T106 ≤error at the typed 102% of 复查登记合格率; T108 ≤warning,
  row, at the ≥ of 人口漏登率.
* xo04-three-year-copied: D204 ≤warning at the 年度目标 cell (copied from 中期目标); D202
  ≤warning at the annual cells of 开展普查员培训 (≥3600人次) and 撰写普查专题分析报告 (≥12篇).
* xo06-stacked-defects: B101 ≤error at the second project's 年度资金总额 (48.5 ≠ 40 + 6.5);
  T105 ≤error at 抽查登记合格率 ``50户``.
* xo08-points-mismatch: W103 ≤error at 产出指标's score (40 against 10 + 10 + 5 + 10); T108
  ≤warning, row, at 单条记录核查成本 ``≥0.3元/条``; W101 at book level tolerated, not required
  (the indicator scores then add to 95).
* xo10-template-rows: F109 ≤warning, row, at the empty 社会成本指标; F110 ≤error at the empty
  name of the 社会效益 row valued ``≥95%``.
* xo11-pdf-artefacts: X105 ≤warning (alt X103) at 年度资金总额 ``152.387 5``; X104 ≤warning at
  计划完成日期 ``47848`` stored as text; X106 ≤error (alt B108) at the detail line
  ``48万48万(含录入外包)``.
* xo14-department-money-wrong: B101 ≤error at 资金总额 (1180.2 + 575.4 = 1755.6 ≠ 1745.6);
  B102 ≤error at the tasks' 金额合计 (260 + 180.4 + 125 = 565.4 ≠ 575.4).
* xo16-flat-defects: T112 ≤error at ``≥3600人次`` under unit column 期; T106 ≤error at the typed
  105% of 登记数据比对一致率; W101 ≤error at book level (weights 95). The bare 0.5% of the 反向
  数据审核差错率 (no operator column in this list) tolerates a warning.
* xo18-direction-words: T108 ≤warning, row, at 小于等于 on 到岗复查员 (正向) and at 大于等于 on
  复查重复登记率 (反向); F105 ≤error at ``1.时效指标`` under ``二、效益指标``.

Legitimate look-alikes in the correct returns: typed percent cells (xo01, xo13 shares, xo15);
``=`` on a rate at 100% (xo01 持证上岗率, xo05, xo07, xo09, xo12, xo13, xo15); a 差错下降率
with ≥ (xo01); 反向 rates with ≤ (xo03, xo15, xo17); ``≥2百分点`` on a rate raised against
the last census (xo07); tier-1 points and indicator points both adding to 100 with a 合计 row
showing 100 twice (xo07); equal 中期 and 年度 values only for rates, unit costs, deadlines and
grades in a two-year project (xo03); the same 满意度 name with different values in two stacked
projects (xo05); ``0起`` on a 个人信息泄露事件 count under 社会成本指标 (xo13); a 注 row, a
repeated header, 填表说明 and a signature date in the year before the budget year (xo12, xo01,
xo15); codes and an 导出日期 in the export (xo09); ★/* labels and a 注 about them (xo17).
Every unit cost × count stays within its money (e.g. 3620 × 260元 = 94.12万 ≤ 148.6万,
300 × 2600元 = 78万 ≤ 88.5万, 72万户 × 7元 = 504万 ≤ 520万).

Judgements where a reviewer could hesitate:

* xo03: 入户登记和复查完成时间 is the same date in both columns: a single event, not a
  cumulative count, so no D202.
* xo04: in a three-year project a 3-year training total and report total copied into the
  preparation year's column are copy-paste (D202 at each annual cell), the 时效 date equal in
  both columns is not.
* xo06: the B101 is marked at the total cell, not at its parts.
* xo08: only the 产出 block is short; the W101 that the missing 5 points may cause is accepted.
* xo14: 项目支出 575.4 was probably meant to be 565.4, so both B101 (at 资金总额, as the main
  corpus marks it) and B102 are required.
* xo13: ``0起`` without an operator on an incident count reads the same as ≤0起; not a T115.
* xo16: the list has no operator column; a hint to add ≤ on the 差错率 is tolerated.
* xo18: the 定性 row has no operator by design; 10 工作日 with 小于等于 on a 反向 time limit is
  right.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout421 import bureau_forms, fieldwork, processing
from tests.variants.holdout421.registry import HOLDOUT421
from tests.variants.kit import Variant

MODULES = (fieldwork, processing, bureau_forms)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT421, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 421st held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

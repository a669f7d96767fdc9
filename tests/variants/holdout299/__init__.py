"""The 299th held-out set: 18 invented returns on cyberspace affairs (网信), with a careful
reviewer's marks, to measure ``goalbook check`` out of sample.

Theme: the two halves of a 网信办's work. Security: 网络安全等级保护 (定级备案, 测评, 整改) and
网络安全宣传周 (主题活动, 技能竞赛, 进社区). Content: 网络舆情监测 (监测服务, 研判报告, 平台
升级), 违法和不良信息举报 (受理平台, 宣传, 线索核查, 举报奖励) and 网络文明建设 (志愿服务, 作品
征集, 示范点, the 网信办's department tables). Every place (澹川市, 苇塘区, 鹭汀县, 檀峪县),
unit, code, person, phone number and figure is invented. Budget year 2025 throughout.

Modules: ``protection`` (sw01–sw06, 等级保护 and 宣传周), ``opinion`` (sw07–sw12, 舆情 and
举报), ``civility`` (sw13–sw18, 网络文明 and department tables); ``common`` holds the helpers.

Layouts:

* sw01: project, NAT-2021, operator column headed 指标性质, unit column, value header 绩效目标值,
  typed percent cells (``pct``), 万元 only in the number format.
* sw02: the same layout under OLD-NAT (成本指标 under 产出指标).
* sw03, sw04: multi-year projects (2025–2027, 2025–2026) with 中期 and 年度 money and 中期指标值 /
  年度指标值 columns.
* sw05: numbered tier labels with points (``一、产出指标（50分）``, ``（一）数量指标``), an
  indicator 分值 column and a 合计 row; sw06: a tier-1 分值 column merged down with the tier-1
  beside an indicator 分值 column.
* sw07: three projects stacked in one sheet; sw08: two.
* sw09: a department flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值) with a
  合计 row; sw10: a flat list in another order (指标名称 · 指标值 · 指标性质 as direction ·
  计量单位 · 权重).
* sw11: a 填写说明 row under the header, a 注 row between tiers, 注 and 填表说明 lines, signature
  and fill-date lines under the table.
* sw12: a date serial as text in the head, a 说明 line and a 资金明细 block under the table.
* sw13: department, budget with a row of typed shares (``0.00%``), four key tasks and their
  金额合计, headers 考核指标 / 目标值（年度） and a 评价标准 column; sw14: department, plain.
* sw15: project, header 预期目标, template rows.
* sw16: budget-system export: head on 「项目支出预算表」, the indicators on 「项目支出绩效目标表」
  with unit and project codes in the first four columns, tiers repeated in every row, header
  预期实现值 on the third row and repeated after a page break, a 说明 line.
* sw17: labels with ``*`` and ``★`` and abbreviated (质量, 时效, 成本, 效果指标, ``*满意度``), a
  two-row header (指标值 over 比较方式 · 数值 · 计量单位), operators in words (大于等于 /
  小于等于), a date cell as a value.
* sw18: numbered NAT-2021 labels without points.

Planted mistakes (23 required marks on 9 returns; ``row`` = the finding may land anywhere in the
row):

* sw02-dengbao-wrong: T106 ≤error at 整改项验收通过率's value ``105%`` (a typed percent, ``≥``
  in the operator column), row; T108 ≤warning at the ``=`` of 单系统整改费用 (a cost cap fixed
  with =), row; T108 ≤warning at the ``≥`` of 已整改漏洞复发率 ``5%`` (反向), row.
* sw04-xuanchuanzhou-copied: B101 ≤error at 年度资金总额 60 (财政拨款 52 + 其他资金 5 = 57);
  D202 ≤warning at the 年度 cells of 网络安全技能竞赛参赛人数 ``≥600人`` and 宣传周主题活动场次
  ``≥20场`` (cumulative counts of a two-year project copied from 中期), one mark at each.
* sw06-xuanchuan-points-wrong: W103 ≤error at the 产出指标 tier score 50 (its indicators score
  45) and at the 效益指标 tier score 30 (its indicators score 35); the totals both add to 100,
  so no W101. T105 ≤error at 居民防范电信网络诈骗知晓率 ``≥2000人``.
* sw08-jubao-stacked-wrong: B101 ≤error at the second project's 年度资金总额 28 (22 + 4 = 26),
  row; T105 ≤error at 举报线索核查办结率 ``≥1800件``.
* sw10-yuqing-flat-wrong: T108 ≤warning at 敏感舆情首报时间 ``≥30`` declared 反向 (分钟), row;
  T112 ≤error at 网评员培训人次 ``≥300人次`` against the unit column ``场``, row, T119 accepted;
  W101 ≤error at book level (weights 95, not 100).
* sw12-yuqing-artefacts: X104 ≤warning at 计划完成日期 ``45991`` (a text serial); X105
  ≤warning at the 明细 amount ``38.6 5``, X103 accepted; X106 ≤error at ``30万30万``, B108
  accepted. Read as 38.65 and 30, the lines add up to the 合计 96.
* sw14-wenming-department-wrong: B101 ≤error at 资金总额 386 (= 360 + 26, but 基本支出 250 +
  项目支出 126 = 376), row; B102 ≤error at the tasks' 金额合计 126 (48 + 30 + 28 + 10 = 116).
* sw15-wenming-template: F110 ≤error at the empty name cell of the ``≥12场`` row (the message
  must not quote an empty name); F109 ≤warning at the empty template row 时效指标, row.
* sw18-wenming-labels-wrong: T108 ≤warning at 志愿服务时长 ``≤12000小时`` (a 正向 output
  capped), row; F105 ≤error at ``（二）时效指标`` placed under 三、效益指标.

Legitimate look-alikes in the correct returns (sw01, sw03, sw05, sw07, sw09, sw11, sw13, sw16,
sw17):

* typed percent cells: ``95%``, ``90%`` (sw01), ``98%``, ``10%`` with a 下降率 and ``≥`` (sw09),
  ``95%`` without operator (sw05, sw13), ``100%`` (sw16), ``98%`` with a unit column (sw17);
  ``=`` with a typed ``100%`` on 高危漏洞整改率 (sw01) and the text ``=100%`` on 报告按时报送率
  (sw07) and 奖励发放准确率 (sw11): the ceiling, not a defect.
* ``≤0`` on incident counts: 重大网络安全事件发生次数 ``≤ 0 起`` (sw01), 重大舆情漏报次数
  ``≤0次`` (sw07), 涉本县重大舆情漏报次数 (sw09): zero incidents, not a rounded cost.
* 有害信息复现下降率 ``≥ 10%`` (sw09): a 下降率 is raised, ≥ is right.
* rates raised in 百分点: 三级系统测评合格率提高 ``≥5百分点`` (sw05), 网民网络文明素养优良率提高
  ``≥3百分点`` (sw13).
* points at two levels adding to 100 both ways, plus a 合计 100 row (sw05); a flat list's 合计
  row of weights (sw09).
* unit cost × count equal to the money: 2.4万元 × 36 = 86.4 (sw01), 800元 × 150件 = 12万
  (sw11, with a 注 explaining it); 舆情监测服务费 ``≤48万元`` and 平台运维服务费 ``≤35万元``
  equal to their projects' money (sw07); the rest stay below.
* the same names with different values in different stacked projects: 用户单位满意度 ``≥90%`` /
  ``≥85%`` / ``≥92%``, 报告按时报送率 ``≥95%`` / ``=100%`` (sw07).
* rates and unit costs equal in 中期 and 年度 (sw03); annual counts a third of the period.
* fill dates in 2024 (department heads; sw11's signature line), instruction, 注, 说明, 填表说明,
  signature, 合计 and repeated header rows, unit and project codes (sw09, sw11, sw13, sw16).

Judgements where a reviewer could hesitate:

* sw02: the ``=`` on a cost cap is marked T108 as in the main corpus (d01); ``2025年11月30日前``
  with an empty operator cell is a well-formed deadline.
* sw04, sw08, sw14: B101 marked at the total; ``row`` where the total shares its row only with
  its own parts (sw08, sw14), not in sw04, whose row also holds the 中期 total.
* sw06: the W103 marks sit on the tier score cells of the merged 分值 column (B9, B14), as in
  v06; the tier score 10 of 成本 and 满意度 match.
* sw10: 敏感舆情首报时间 is declared 反向 in the 指标性质 column, so ``≥`` conflicts with the
  form's own direction; ``≥98`` and ``≥95`` with ``%`` in the unit column are rates as they
  should be.
* sw12: X104 is a warning (an artefact; the serial is 2025-11-30, inside the year); X105 is
  read as 38.65, so the 合计 holds and no B102 is expected.
* sw15: the missing 时效 indicator is one finding (F109 at the left template row); a value
  without a name is an error (the row cannot be assessed).
* sw16: an export repeats tier-1 and tier-2 in every row; that is not a duplicate.
* sw17: ``效果指标`` is the alias of 效益指标 and 质量 / 时效 / 成本 sit under 产出: OLD-NAT, no
  framework mix; ``★`` on a tier-2 label marks a core block, not a new label.
* sw18: the 时效 block under 效益指标 is a wrong parent (F105), not a missing tier; 产出 need not
  have a 时效 indicator.
"""

from __future__ import annotations

from pathlib import Path

from tests.variants import Built, build
from tests.variants.holdout299 import civility, opinion, protection
from tests.variants.holdout299.registry import HOLDOUT299
from tests.variants.kit import Variant

MODULES = (protection, opinion, civility)  # each registers its returns


def variants() -> list[Variant]:
    return sorted(HOLDOUT299, key=lambda v: v.name)


def build_all(folder: Path) -> list[Built]:
    """Write every return of the 299th held-out set into ``folder`` (created if needed)."""
    return build(variants(), folder)

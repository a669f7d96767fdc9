"""Returns kcu07–kcu12: the notary fee-waiver (公证费减免) programme and the notary offices'
other projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout765.common import (
    BUREAU,
    YEAR,
    amt,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
)
from tests.variants.holdout765.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, ok, pct

NOTARY = "澄渊市云岫公证处"
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kcu07-notary-waiver", (1, 9, 11, 12),
         "project, OLD-NAT, operators in words in 指标性质, unit column, typed percent cells, "
         "a goal count with its part in brackets, =100% at the ceiling (correct)")  # fmt: skip
def notary_waiver() -> Book:
    b, s = project(
        name="困难群众公证费减免补助", unit=NOTARY, money=one_year(96, 96, 0),
        goals=("2026年为低保、特困、重度残疾等困难群众减免公证费不少于2000件（其中老年人"
               "遗嘱公证约600件），补助标准每件不超过400元，受助群众满意度不低于92%。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "减免公证费件数", "大于等于", 2000, "件"),
        (None, None, "其中：老年人遗嘱公证减免件数", "大于等于", 600, "件"),
        (None, "质量指标", "减免对象资格审核准确率", "等于", pct(1), "%"),
        (None, None, "公证文书差错率", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, None, "减免台账登记完整率", "等于", "=100%", "%"),
        (None, "时效指标", "减免申请审核办结时限", "小于等于", 5, "个工作日"),
        (None, "成本指标", "减免补助标准", "小于等于", 400, "元/件"),
        ("效益指标", "社会效益指标", "符合条件困难群众应减尽减率", "大于等于", pct(0.98), "%"),
        (None, "可持续影响指标", "公示减免政策的公证机构数", "等于", 6, "家"),
        ("满意度指标", "服务对象满意度指标", "受助群众满意度", "大于等于", pct(0.92), "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    return b


@variant("kcu08-notary-waiver-grants", (12,),
         "project, NAT-2021, one value column: 年度资金总额 not the sum of its parts, standard × "
         "count above the money, a disbursement deadline in the year before")  # fmt: skip
def notary_waiver_grants() -> Book:
    total = mk(money(120, WAN), "B101", "error",
               note="财政拨款100 + 其他资金30 = 130，不是120")  # fmt: skip
    b, s = project(
        name="公证费减免专项补助（区县转移支付）", unit="澄渊市公证协会",
        money=one_year(total, 100, 30),
        goals=("2026年为困难群众和小微企业减免公证费3000件，补助资金于当年全部拨付到各"
               "公证机构，受助对象满意度不低于90%。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "减免公证费件数", "≥3000件"),
        (None, "质量指标", "减免资料审核合格率", "≥98%"),
        (None, "时效指标", "补助资金拨付完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年的项目，拨付期限却在2025年，目标写当年拨付")),
        ("成本指标", "经济成本指标", "减免补助标准",
         mk("≤500元/件", "B107", "warning", row=True,
            note="500元/件 × 3000件 = 150万元，超过年度资金")),
        ("效益指标", "社会效益指标", "困难群众办证费用负担减轻率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "受助对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked_second(s: Sheet, name: str, money_rows: list[tuple[object, ...]], goal: str) -> None:
    s.skip()
    project_head(s, year=YEAR, name=name, dept=BUREAU, unit=NOTARY,
                 money=money_rows, goals=(goal,), title="")  # fmt: skip


@variant("kcu09-notary-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in each (correct)")  # fmt: skip
def notary_stacked() -> Book:
    b, s = project(
        name="公证费减免补助", unit=NOTARY, money=one_year(80, 80, 0),
        goals=("全年减免困难群众公证费1800件，每件补助不超过400元，受助群众满意度不低于90%。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "减免公证费件数", "≥1800件"),
        (None, "质量指标", "减免对象资格审核准确率", "=100%"),
        (None, "时效指标", "减免申请办结时限", "≤5个工作日"),
        (None, "成本指标", "减免补助标准", "≤400元/件"),
        ("效益指标", "社会效益指标", "困难群众应减尽减率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    _stacked_second(s, "公证法律服务进社区", one_year(36, 30, 6),
                    "全年组织公证员进社区开展公证咨询120场，每场经费不超过2500元，社区群众"
                    "满意度不低于92%。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "进社区咨询场次", "≥120场"),
        (None, "质量指标", "咨询记录规范率", "≥95%"),
        (None, "时效指标", "季度活动计划完成率", "=100%"),
        (None, "成本指标", "每场活动经费", "≤2500元/场"),
        ("效益指标", "社会效益指标", "社区群众公证知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kcu10-notary-archive-elderly", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money parts do not add up and its "
         "goal states more home visits than its indicator")  # fmt: skip
def notary_archive_elderly() -> Book:
    b, s = project(
        name="公证档案数字化", unit=NOTARY, money=one_year(58, 58, 0),
        goals=("完成历年公证档案12万页扫描和著录，数字化档案检索准确率达到99%以上。",),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "档案扫描页数", "≥120000页"),
        (None, "质量指标", "数字化档案检索准确率", "≥99%"),
        (None, "时效指标", "扫描著录完成时间", "2026年11月30日前"),
        (None, "成本指标", "每页扫描著录成本", "≤4元/页"),
        ("效益指标", "可持续影响指标", "电子档案异地调阅", "实现"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(money(45, WAN), "B101", "error", note="财政拨款40 + 其他资金10 = 50，不是45")
    _stacked_second(s, "涉老公证上门服务", one_year(total, 40, 10),
                    "全年为80岁以上及行动不便老人上门办理公证不少于500件，每件上门补贴不超过"
                    "600元，受助老人满意度不低于92%。")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "上门办理公证件数",
         mk("≥300件", "D104", "warning", row=True, note="年度目标写不少于500件")),
        (None, "质量指标", "上门公证文书合格率", "=100%"),
        (None, "时效指标", "预约后上门时限", "≤3个工作日"),
        (None, "成本指标", "上门服务补贴标准", "≤600元/件"),
        ("效益指标", "社会效益指标", "行动不便老人公证需求满足率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kcu11-notary-export", (7, 12),
         "budget-system export: detail lines with economic codes on 05-1, the indicator table "
         "on a second sheet 05-2 under header 绩效目标值, codes in the first columns "
         "(correct)")  # fmt: skip
def notary_export() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", widths=(12, 22, 16, 26, 22, 16))
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：澄渊市司法局", None, None, None, None, "单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "支出经济分类", "金额")
    code, unit, name = "413001", "澄渊市司法局", "41300126Y0007"
    s.table([
        (code, unit, name, "公证质量抽查与监管", "30227 委托业务费", money(42)),
        (code, unit, name, "公证质量抽查与监管", "30202 印刷费", money(8)),
        (code, unit, name, "公证质量抽查与监管", "30226 劳务费", money(18)),
        ("合计", None, None, None, None, money(68)),
    ])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", widths=(16, 22, 14, 16, 30, 18))
    t.title("2026年部门项目支出绩效目标表", 6)
    t.row("年度绩效目标", "2026年抽查全市公证卷宗1200卷，抽查发现问题整改率100%，公证投诉"
          "办结率达到95%以上。", merge=[(2, 6)])  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    rows = [
        ("产出指标", "数量指标", "抽查公证卷宗数", "≥1200卷"),
        (None, "质量指标", "抽查问题整改率", "=100%"),
        (None, "时效指标", "抽查报告出具时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单卷抽查成本", "≤300元/卷"),
        ("效益指标", "社会效益指标", "公证投诉办结率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "公证当事人满意度", "≥90%"),
    ]  # fmt: skip
    t.table([(name, "公证质量抽查与监管", *r) for r in rows], merged=(3, 4))
    return b


@variant("kcu12-notary-villages", (8, 12),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, the "
         "annual money above the period's, a completion date a year beyond the period")  # fmt: skip
def notary_villages() -> Book:
    goal = ("推动公证服务向村（社区）延伸，为农村群众就近办理公证、提供法律咨询，提高基层"
            "公证服务可及性。")  # fmt: skip
    b, s = project(
        name="公证服务进村", unit=NOTARY, years=2, attr="新增项目",
        end=mk(day(2028, 12, 31), "Y101", "error", row=True, alt=("Y102",),
               note="项目期2年（2026—2027年），计划完成日期却是2028年"),
        money=multi_year((160, 160, 0), (mk(amt(180), "B103", "error",
                                            note="年度资金180大于中期资金160"),
                                         ok(amt(180), "error"), 0)),
        goals=(goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "进村公证服务场次", "≥240场", "≥120场"),
        (None, "质量指标", "公证文书合格率", "=100%", "=100%"),
        (None, "时效指标", "村级服务点设立完成时间", "2027年6月30日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "每场服务成本", "≤0.5万元/场", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "农村群众公证服务覆盖率", "≥90%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", "≥90%"),
    ], head=TWO)  # fmt: skip
    notes(s, "说明：中期指标值为2026—2027年累计数。")
    sign(s, "韩知远", "8836 2231", day(YEAR - 1, 11, 25))
    return b

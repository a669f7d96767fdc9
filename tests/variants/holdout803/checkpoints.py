"""Quarantine checkpoints (公路动物防疫指定通道检查站): keg07–keg12."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout803.common import (
    first,
    notes,
    period_money,
    project_head,
    sign,
    table,  # fmt: skip
    wan,
    year_money,
)
from tests.variants.holdout803.registry import variant
from tests.variants.kit import Book, day, mk

ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keg07-checkpoint-star-labels", (5, 7),
         "project, OLD-NAT, labels with * and ★ and abbreviated, headers 考核指标 and 绩效标准 "
         "(correct)")  # fmt: skip
def keg07() -> Book:
    b, s = first()
    project_head(s, year=2025, name="棠口县2025年公路动物防疫指定通道检查站运行",
                 dept="棠口县农业农村局 322", unit="棠口县动物卫生监督所",
                 money=year_money(58, 50, 8),
                 goals=["2个指定通道检查站全年24小时值守，查验过境畜禽运输车辆1.5万辆次"
                        "（其中生猪车辆0.9万辆次），运输车辆全部消毒。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "考核指标", "绩效标准"), [
        ("*产出", "数量", "过境畜禽运输车辆查验数量", "≥1.5万辆次"),
        (None, None, "其中：生猪运输车辆查验数量", "≥0.9万辆次"),
        (None, None, "检查站值守班次", "=730班次"),
        (None, None, "检查站值守人员数量", "=12人"),
        (None, "质量", "运输车辆消毒率", "=100%"),
        (None, None, "★检疫证明查验率", "=100%"),
        (None, "时效", "单车查验平均时长", "≤20分钟"),
        (None, "成本", "值守人员补助标准", "≤2000元/人·月"),
        ("*效益", "社会效益", "经检查站传入重大动物疫情次数", "0起"),
        (None, "可持续影响", "查验信息电子记录保存率", "≥95%"),
        ("*满意度", "满意度", "运输企业及司机满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除；带*的为必填项。")
    sign(s, "钟亦舟", "0745-7731162", day(2024, 12, 2))
    return b


@variant("keg08-checkpoint-duplicates", (7,),
         "project, NAT-2021, header 指标内容: a goal count, a count under 质量, the same "
         "indicator twice with two values")  # fmt: skip
def keg08() -> Book:
    b, s = first()
    project_head(s, year=2025, name="鹤栖县2025年动物卫生监督检查站能力提升",
                 dept="鹤栖县农业农村局 301", unit="鹤栖县动物卫生监督所",
                 money=year_money(96, 80, 16),
                 goals=["运行4个公路动物卫生监督检查站，全年查验运输车辆1.2万辆次，"
                        "车辆消毒率100%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "指标值"), [
        ("产出指标", "数量指标", "运行检查站数量",
         mk("≥3个", "D104", "warning", row=True, note="年度目标写运行4个检查站")),
        (None, None, "查验运输车辆数量", "≥1.2万辆次"),
        (None, "质量指标", "运输车辆消毒率", "=100%"),
        (None, None, "运输车辆洗消数量",
         mk("≥8000辆次", "F201", "warning", row=True, note="数量指标填在质量指标下")),
        (None, "时效指标", "检查站每日值守时长", "=24小时"),
        ("成本指标", "经济成本指标", "单站年运行费用", "≤20万元/站"),
        ("效益指标", "社会效益指标", "查验运输车辆数量",
         mk("≥1万辆次", "D102", "error", row=True, alt=("D101", "D103"),
            note="与数量指标同名，指标值却是1万辆次而不是1.2万辆次")),
        (None, "可持续影响指标", "检查站标准化管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "运输车辆司机满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("keg09-checkpoint-money", (4, 12),
         "project, OLD-NAT, detail lines under the table: the money split does not add up, "
         "a staff cost over the money")  # fmt: skip
def keg09() -> Book:
    b, s = first()
    project_head(s, year=2025, name="石埠县2025年动物防疫检查站运行经费",
                 dept="石埠县农业农村局 214", unit="石埠县动物卫生监督所",
                 money=[("年度资金总额", mk(wan(75), "B101", "error",
                                          note="财政拨款60 + 其他资金10 = 70，不是75")),
                        ("其中：财政拨款", wan(60)), ("其他资金", wan(10))],
                 goals=["保障2个检查站全年运转，配备值守人员18人，查验车辆9000辆次。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "值守人员数量", "=18人"),
        (None, None, "查验车辆数量", "≥9000辆次"),
        (None, "质量指标", "查验登记完整率", "≥98%"),
        (None, "时效指标", "违规车辆处置时限", "≤2小时"),
        (None, "成本指标", "值守人员补助标准",
         mk("≤4000元/人·月", "B107", "warning", row=True,
            note="4000元×18人×12月=86.4万元，超过年度资金75万元")),
        ("效益指标", "社会效益指标", "违规调运案件查处率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "运输户满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "明细项目", "金额")
    s.table([(None, "值守人员补助", wan(36)), (None, "消毒药品", wan(14)),
             (None, "设备维护", wan(10)), (None, "检疫耗材", wan(15)),
             (None, "合计", wan(75))])  # fmt: skip
    return b


@variant("keg10-checkpoint-page-break", (4,),
         "department, NAT-2021, weight column: subtotal rows, header repeated after a page "
         "break, 注 rows, signature (correct)")  # fmt: skip
def keg10() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="岚谷区动物卫生监督所",
                    budget=[(wan(310), wan(290), wan(20), wan(205), wan(105))],
                    tasks=[("检查站运行", "24小时值守查验", wan(65), "查验车辆6000辆次"),
                           ("产地检疫与屠宰检疫", "检疫出证", wan(40), "检疫生猪22万头"),
                           ("金额合计", None, wan(105), None)],
                    goal="运行检查站1个，全年产地检疫生猪22万头，"
                         "检疫出证规范率98%以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    table(s, head, [
        ("产出指标", "数量指标", "产地检疫生猪数量", "≥22万头", 10),
        (None, None, "检查站查验车辆数量", "≥6000辆次", 10),
        (None, "质量指标", "检疫出证规范率", "≥98%", 10),
        (None, "时效指标", "检疫申报受理时限", "≤6小时", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 40)
    notes(s, "（续表）")
    table(s, head, [
        ("成本指标", "经济成本指标", "单头生猪检疫成本", "≤1.5元/头", 10),
        ("效益指标", "社会效益指标", "检疫证明电子出证率", "≥95%", 20),
        (None, "可持续影响指标", "检疫档案保存完整率", "≥95%", 15),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 15),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.row("合计", None, None, None, 100)
    notes(s, "注：1.“小计”“合计”行不是指标；2.权重合计100。")
    sign(s, "谭雨桐", "0746-3320915", day(2024, 11, 28))
    return b


@variant("keg11-checkpoint-two-year", (8, 10),
         "two-year project, NAT-2021, 中期 and 年度 columns, period counts above annual ones, "
         "百分点 (correct)")  # fmt: skip
def keg11() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="枫渡县2025—2026年跨省调运畜禽落地监管与检查站改造",
                 dept="枫渡县农业农村局 405", unit="枫渡县动物卫生监督所",
                 money=period_money(180, 100, 90, 10), attr="新增项目",
                 goals=["两年改造检查站2个，累计查验调运畜禽车辆2万辆次，为2027年全市推广"
                        "“指定通道+落地报告”模式积累经验。",
                        "2025年改造检查站1个，查验调运车辆1万辆次。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "检查站改造数量", "=2个", "=1个"),
        (None, None, "调运车辆查验数量", "≥2万辆次", "≥1万辆次"),
        (None, "质量指标", "落地报告备案率", "≥95%", "≥95%"),
        (None, None, "改造工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2026年10月31日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单站改造费用", "≤60万元/个", "≤60万元/个"),
        ("效益指标", "社会效益指标", "违规调运查处率", "提高≥5百分点", "提高≥3百分点"),
        (None, "可持续影响指标", "指定通道管理制度", "长期有效运行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "调运主体满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    sign(s, "梁知秋", "0743-2286034", day(2024, 12, 10))
    return b


@variant("keg12-checkpoint-last-season", (11,),
         "project, NAT-2021, operator column 指标方向: a start date and a goal year left from "
         "last season")  # fmt: skip
def keg12() -> Book:
    b, s = first()
    project_head(s, year=2025, name="棠口县2025年动物卫生监督检查站查验消毒",
                 dept="棠口县农业农村局 322", unit="棠口县动物卫生监督所",
                 money=year_money(40, 40, 0),
                 start=mk(day(2024, 1, 1), "Y101", "error", alt=("Y102",),
                          note="2025年度一年期项目，计划开始日期却是2024-01-01"),
                 goals=[mk("2024年全年查验过境畜禽运输车辆8000辆次，消毒率100%。", "Y103",
                           "warning", alt=("Y101",), note="年度目标仍写上一年2024年")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "查验过境畜禽运输车辆数量", "≥", 8000, "辆次"),
        (None, "质量指标", "运输车辆消毒率", "=", "100", "%"),
        (None, "时效指标", "违规车辆处置时限", "≤", 2, "小时"),
        ("成本指标", "经济成本指标", "单车次查验消毒成本", "≤", 45, "元/辆次"),
        ("效益指标", "社会效益指标", "非法调运畜禽案件查处率", "=", "100", "%"),
        ("满意度指标", "服务对象满意度指标", "运输户满意度", "≥", "85", "%"),
    ])  # fmt: skip
    return b

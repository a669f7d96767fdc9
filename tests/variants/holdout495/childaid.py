"""Returns ak07–ak12: aid for children with thalassaemia (地贫患儿救助)."""

from __future__ import annotations

from tests.variants.holdout495.common import (
    YEAR,
    Row,
    indicators,
    notes,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout495.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

GOAL = "对辖区重型地贫患儿的规范输血和去铁治疗自付费用给予救助，减轻患儿家庭负担。"


@variant("ak07-aid-footnotes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "in the table, footnotes, 填表说明, signature, an early fill date (correct)")  # fmt: skip
def ak07() -> Book:
    b, s = start()
    project(s, "澄岭县重型地贫患儿医疗救助项目", "澄岭县医疗保障服务中心", one_year(180, 150, 30),
            [GOAL])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "救助重型地贫患儿人数", "≥150人"),
        (None, None, "患儿建档随访次数", "≥4次/人"),
        (None, "质量指标", "患儿规范输血率", "≥85%"),
        (None, None, "去铁治疗覆盖率", "≥80%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["（以下时效、成本指标按救助年度填写）"])
    s.table([
        ("产出指标", "时效指标", "救助资金发放及时率", "≥95%"),
        (None, "成本指标", "每名患儿年度救助标准", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "因地贫致贫返贫家庭数", "0户"),
        (None, "可持续影响指标", "患儿救助档案动态管理", "规范"),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：年度资金180万元 = 150人 × 1.2万元/人，含县慈善会配套30万元。",
              "填表说明：指标值须含比较符和计量单位；定性指标填写等级。"])  # fmt: skip
    sign(s, "陆振江", "梁秀云", "0759-6619034")
    return b


def _ak08_rows() -> list[Row]:
    wrong = mk("≥", "T108", "warning", row=True, note="不良反应发生率是反向指标，不应用 ≥")
    days = mk(20, "T105", "error", note="及时率给成了工作日数")
    return [
        ("产出指标", "数量指标", "救助地贫患儿人数", "≥", 90, "人"),
        (None, "质量指标", "输血相关不良反应发生率", wrong, pct(0.02), "%"),
        (None, "时效指标", "救助资金拨付及时率", "≤", days, "个工作日"),
    ]


def _ak08_more() -> list[Row]:
    return [
        ("成本指标", "经济成本指标", "人均年度救助标准", "≤", 8000, "元/人"),
        ("效益指标", "社会效益指标", "救助患儿家庭自付费用下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥", pct(0.9), "%"),
    ]


@variant("ak08-aid-notes-defect", (4, 11), "project, NAT-2021, operator and unit columns, a note "
         "row between tiers: an adverse-reaction rate with ≥, a 及时率 in days")  # fmt: skip
def ak08() -> Book:
    b, s = start()
    project(s, "桐坪县地贫患儿关爱救助项目", "桐坪县人民医院", one_year(80, 72, 8), [GOAL])
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, _ak08_rows())
    notes(s, ["说明：成本指标按患儿人均救助额测算"])
    s.table(_ak08_more(), merged=(1, 2))
    notes(s, ["注：本表一式两份，报县财政局一份。"])
    s.row("（单位盖章）")
    sign(s, "侯文山", "卢佳", "0759-6652281")
    return b


def _ak09_rows() -> list[Row]:
    rule = "达到得满分，每低1个百分点扣0.5分"
    return [
        ("产出指标", "数量指标", "门诊输血补助人次", "≥300人次", "达到得满分，未达按比例扣分"),
        (None, None, "造血干细胞移植补助人数", "≥5人", "达到得满分，未达按比例扣分"),
        (None, "质量指标", "补助对象身份审核准确率", pct(1), rule),
        (None, "时效指标", "补助申请办结时限", "≤10个工作日", "超时1天扣0.5分"),
        ("成本指标", "经济成本指标", "门诊输血补助标准", "≤3000元/人次", "超出标准不得分"),
        (None, None, "造血干细胞移植补助标准", "≤60000元/人", "超出标准不得分"),
        ("效益指标", "社会效益指标", "患儿家庭灾难性医疗支出发生率", "≤15%", "超出不得分"),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥90%", rule),
    ]


@variant("ak09-aid-second-sheet", (7,), "project in 元: head on 基本信息, the table on a second "
         "sheet under 考核指标 · 预期实现值 · 评价标准 (correct)")  # fmt: skip
def ak09() -> Book:
    b, s = start("基本信息")
    cash = one_year(money(1260000, YUAN), money(1000000, YUAN), money(260000, YUAN))
    project(s, "溱川市地贫患儿输血及移植补助项目", "溱川市儿童医院", cash, [GOAL],
            money_label="项目资金（元）")  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 16, 32))
    t.title(f"{YEAR}年度绩效指标", 5)
    head = ("一级指标", "二级指标", "考核指标", "预期实现值", "评价标准")
    indicators(t, head, _ak09_rows())
    return b


def _ak10_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "救助地贫患儿人数", "≥60人"),
        (None, None, mk(None, "F110", "error", note="有指标值，无三级指标名称"), "≥240人次"),
        (None, "质量指标", "救助对象复核准确率", "=100%"),
        (None, "时效指标", "救助金发放时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "人均救助标准", "≤1万元/人"),
        ("效益指标", "社会效益指标", "救助患儿家庭返贫数", "0户"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        (None, "可持续影响指标", "救助长效机制建立", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥90%"),
    ]


@variant("ak10-aid-template-empty", (6, 13), "project, NAT-2021, header 预期目标: a value with "
         "no indicator name, a tier-2 left from the template without indicator")  # fmt: skip
def ak10() -> Book:
    b, s = start()
    project(s, "凤栖县地贫患儿救助项目", "凤栖县妇幼保健院", one_year(70, 64, 6), [GOAL])
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), _ak10_rows())
    sign(s, "蒋远航", "曾丽华", "0757-4431906")
    return b


@variant("ak11-aid-export", (7, 9), "budget-system export: money on 部门项目支出预算05-1, "
         "indicators on 部门项目支出绩效目标05-2 under a third-row header with codes, =100% as "
         "text (correct)")  # fmt: skip
def ak11() -> Book:
    b, s = start("部门项目支出预算05-1", (22, 30, 14, 14, 14))
    code = "417001250000017"
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：澄岭县人民医院", None, None, None, "金额单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(code, "地贫患儿规范化诊疗救助项目", money(140), money(120), money(20))
    s.row("合计", None, money(140), money(120), money(20))
    t = b.sheet("部门项目支出绩效目标05-2", (18, 24, 12, 16, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：澄岭县人民医院", None, None, None, None, "单位：万元")
    name = "地贫患儿规范化诊疗救助项目"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "规范化诊疗患儿人数", "≥120人"),
        (None, None, None, "质量指标", "重型患儿血红蛋白达标率", "≥75%"),
        (None, None, None, None, "救助对象信息核实率", "=100%"),
        (None, None, None, "时效指标", "救助费用结算时限", "≤5个工作日"),
        (None, None, "成本指标", "经济成本指标", "人均诊疗救助标准", "≤1.1万元/人"),
        (None, None, "效益指标", "社会效益指标", "患儿年住院次数下降率", "≥10%"),
        (None, None, "满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥92%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


def _ak12_lines() -> list[Row]:
    return [
        ("输血费用补助", mk("42.1 5", "X105", "warning", alt=("X103",), note="读作 42.15")),
        ("去铁药物补助", mk("60万60万", "X106", "error", alt=("B108",), note="粘贴两次，读作 60")),
        ("住院自付费用补助", 27.85),
        ("合计", 130),
    ]


@variant("ak12-aid-artefacts", (9, 12), "project, OLD-NAT, detail lines under the table: a "
         "date as a serial in text, an amount split by a space, one pasted twice")  # fmt: skip
def ak12() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="计划完成日期存成文本序列号（2025-12-31）")
    project(s, "鹭湾区地贫患儿综合救助项目", "鹭湾区妇幼保健院", one_year(130, 110, 20), [GOAL],
            end=end)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "救助重型地贫患儿人数", "≥100人"),
        (None, "质量指标", "患儿规范输血率", "≥85%"),
        (None, "时效指标", "补助资金拨付时限", "≤15个工作日"),
        (None, "成本指标", "人均年度补助标准", "≤1.3万元/人"),
        ("效益指标", "社会效益指标", "患儿家庭医疗负担减轻率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "患儿家长满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）")
    for line in _ak12_lines():
        s.row(None, *line)
    return b

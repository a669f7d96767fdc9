"""Returns ak13–ak18: department returns, flat lists and stacked projects of the set's theme."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout495.common import (
    YEAR,
    Row,
    indicators,
    one_year,
    project,
    sign,
    start,
    wan,
)
from tests.variants.holdout495.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DEPT_GOAL = "落实孕前地贫筛查和地贫患儿救助，降低重型地贫患儿出生，减轻患儿家庭负担。"


def _ak13_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥11000对"),
        (None, None, "救助地贫患儿人数", "≥180人"),
        (None, "质量指标", "初筛覆盖率", pct(0.9)),
        (None, "时效指标", "基因检测报告出具时间", "≤15个工作日"),
        ("成本指标", "经济成本指标", "初筛补助标准", "≤140元/对"),
        (None, None, "患儿人均救助标准", "≤1.1万元/人"),
        ("效益指标", "社会效益指标", "重型地贫新生儿出生率下降率", "≥10%"),
        (None, None, "地贫防治知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]


@variant("ak13-dept-money", (12,), "department, NAT-2021: budget with a share row, key tasks "
         "adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def ak13() -> Book:
    b, s = start()
    budget = [tuple(wan(v) for v in (1520, 1380, 140, 1100, 420)),
              (pct(1), pct(0.91), pct(0.09), pct(0.72), pct(0.28))]  # fmt: skip
    tasks = [("孕前地贫筛查", "初筛及基因检测", wan(160), "初筛≥1.1万对"),
             ("地贫患儿救助", "输血、去铁治疗补助", wan(200), "救助患儿≥180人"),
             ("地贫防治宣传", "婚检、孕检宣教", wan(60), "知晓率≥85%"),
             ("金额合计", None, wan(420), None)]  # fmt: skip
    department_head(s, year=YEAR, dept="澄岭县卫生健康局", budget=budget, goal=DEPT_GOAL,
                    tasks=tasks)  # fmt: skip
    indicators(s, HEAD, _ak13_rows())
    sign(s, "韦向明", "覃丽萍", "0759-6623418")
    return b


def _ak14_rows() -> list[Row]:
    return [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥8000对"),
        (None, None, "救助地贫患儿人数", "≥120人"),
        (None, "质量指标", "初筛覆盖率", "≥90%"),
        ("成本指标", "经济成本指标", "初筛补助标准", "≤140元/对"),
        (None, None, "患儿人均救助标准", "≤1万元/人"),
        ("效益指标", "社会效益指标", "高风险夫妇产前诊断率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]


@variant("ak14-dept-money-wrong", (12,), "department, NAT-2021: 财政拨款 + 其他资金 ≠ 资金总额, "
         "key tasks not adding to 金额合计")  # fmt: skip
def ak14() -> Book:
    b, s = start()
    total = mk(wan(980), "B101", "error", note="860 + 100 = 960 ≠ 980（基本+项目 = 980）")
    budget = [(total, wan(860), wan(100), wan(700), wan(280))]
    bad = mk(wan(280), "B102", "error", note="120 + 130 + 20 = 270 ≠ 280")
    tasks = [("孕前地贫筛查", "初筛及基因检测", wan(120), "初筛≥8000对"),
             ("地贫患儿救助", "输血、去铁治疗补助", wan(130), "救助患儿≥120人"),
             ("地贫防治宣传", "婚检宣教", wan(20), "知晓率≥85%"),
             ("金额合计", None, bad, None)]  # fmt: skip
    department_head(s, year=YEAR, dept="丰禾县卫生健康局", budget=budget, goal=DEPT_GOAL,
                    tasks=tasks)  # fmt: skip
    indicators(s, HEAD, _ak14_rows())
    sign(s, "覃建华", "莫小青", "0758-7720465")
    return b


def _ak15_rows() -> list[Row]:
    return [
        ("孕前地贫初筛夫妇数", 15, "对", "≥", 6000),
        ("双方阳性夫妇基因检测人数", 10, "人", "≥", 420),
        ("初筛覆盖率", 10, "%", "≥", pct(0.9)),
        ("高风险夫妇产前诊断率", 10, "%", "=", pct(1)),
        ("基因检测报告出具时间", 10, "个工作日", "≤", 15),
        ("初筛补助标准", 10, "元/对", "≤", 120),
        ("救助地贫患儿人数", 10, "人", "≥", 100),
        ("患儿人均救助标准", 5, "万元/人", "≤", 1),
        ("重型地贫患儿出生数下降率", 5, "%", "≥", 8),
        ("筛查信息泄露事件", 5, "起", "=", 0),
        ("服务对象满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ]


@variant("ak15-flat-list", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as "
         "operator · 指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def ak15() -> Book:
    b, s = start()
    budget = [tuple(wan(v) for v in (260, 240, 20, 60, 200))]
    department_head(s, year=YEAR, dept="溱川市妇幼保健院", budget=budget, goal=DEPT_GOAL)
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    for line in (("指标名称", "权重", "计量单位", "指标性质", "指标值"), *_ak15_rows()):
        s.row(*line)
    sign(s, "潘志远", "甘玉梅", "0758-3315092")
    return b


def _ak16_rows() -> list[Row]:
    count = mk("120万元", "T112", "error", note="值写万元，计量单位列是人")
    wrong = mk("≥1%", "T108", "warning", row=True, note="反向指标用了 ≥")
    return [
        ("地贫患儿救助人数", count, "正向", "人", 15),
        ("患儿规范输血率", "≥85%", "正向", "%", 15),
        ("输血不良反应发生率", wrong, "反向", "%", 10),
        ("救助资金发放时限", "≤15", "反向", "个工作日", 15),
        ("人均救助标准", "≤0.8", "反向", "万元/人", 15),
        ("患儿家庭自付费用下降率", "≥25%", "正向", "%", 10),
        ("患儿家长满意度", "≥90%", "正向", "%", 15),
    ]


@variant("ak16-flat-defects", (3, 11), "department, flat list (指标名称 · 指标值 · 指标性质 as "
         "direction · 计量单位 · 权重): unit conflict, 反向 rate with ≥, weights 95")  # fmt: skip
def ak16() -> Book:
    b, s = start()
    budget = [tuple(wan(v) for v in (180, 160, 20, 40, 140))]
    department_head(s, year=YEAR, dept="桐坪县残疾人联合会", budget=budget, goal=DEPT_GOAL)
    for line in (("指标名称", "指标值", "指标性质", "计量单位", "权重"), *_ak16_rows()):
        s.row(*line)
    b.file_mark("W101", "error", note="权重 15+15+10+15+15+10+15 = 95，应为 100")
    sign(s, "侯文山", "卢佳", "0759-6652281")
    return b


def _screen(s: Sheet, cover: object, cash: list[Row]) -> None:
    project(s, "孕前地贫筛查项目", "澄岭县妇幼保健院", cash, ["完成孕前夫妇地贫初筛5000对。"])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "完成孕前地贫初筛夫妇数", "≥5000对"),
        (None, "质量指标", "初筛覆盖率", cover),
        (None, "成本指标", "初筛补助标准", "≤120元/对"),
        ("效益指标", "社会效益指标", "高风险夫妇产前诊断率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip


@variant("ak17-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction indicator with different values (correct)")  # fmt: skip
def ak17() -> Book:
    b, s = start()
    _screen(s, pct(0.88), one_year(75, 70, 5))
    s.skip()
    project(s, "地贫患儿救助项目", "澄岭县医疗保障服务中心", one_year(96, 90, 6),
            ["救助重型地贫患儿80人。"], title="")  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "救助重型地贫患儿人数", "≥80人"),
        (None, "时效指标", "救助资金发放时限", "≤15个工作日"),
        (None, "成本指标", "人均年度救助标准", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "因地贫致贫返贫家庭数", "0户"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "韦向明", "覃丽萍", "0759-6623418")
    return b


@variant("ak18-stacked-defects", (2, 1), "two projects stacked, OLD-NAT, one value column: the "
         "second project's money does not add up and its 随访率 is a count")  # fmt: skip
def ak18() -> Book:
    b, s = start()
    _screen(s, pct(0.9), one_year(75, 70, 5))
    s.skip()
    total = mk(75, "B101", "error", note="60 + 10 = 70 ≠ 75")
    project(s, "地贫患儿随访救助项目", "澄岭县儿童医院", one_year(total, 60, 10),
            ["救助并随访地贫患儿60人。"], title="")  # fmt: skip
    follow = mk("≥200人次", "T105", "error", note="随访率给成了人次")
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "救助地贫患儿人数", "≥60人"),
        (None, "质量指标", "患儿定期随访率", follow),
        (None, "成本指标", "人均救助标准", "≤1万元/人"),
        ("效益指标", "社会效益指标", "患儿家庭自付费用下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒋远航", "曾丽华", "0757-4431906")
    return b

"""Village organisation running costs and village cadres' pay (村级组织运转经费, 村干部报酬):
returns sv01 to sv06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout298.common import indicators, one_year, sign, start, two_periods, wan
from tests.variants.holdout298.registry import variant
from tests.variants.kit import Book, mk, pct

YEAR = 2026
OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("sv01-running-costs", (1, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, typed percent cells, "
         "万元 only in the number format, a unit cost times the village count equal to the "
         "budget (correct)")  # fmt: skip
def running_costs() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="砚池镇村级组织运转经费补助",
                 dept="苇塘县委组织部（118003）", unit="砚池镇人民政府",
                 money=one_year(wan(264), wan(240), wan(24)), attr="常年项目",
                 goals=["保障全镇24个行政村村级组织正常运转，办公、水电、报刊等日常支出"
                        "按标准足额拨付，村级财务按季公开。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "保障运转的行政村数", "≥", 24, "个"),
        (None, None, "村级组织办公场所维修", "≥", 6, "处"),
        (None, "质量指标", "运转经费拨付到位率", "=", pct(1), "%"),
        (None, None, "村级财务按季公开率", "≥", pct(0.98), "%"),
        (None, "时效指标", "资金下达后拨付至村时限", "≤", 15, "工作日"),
        (None, "成本指标", "每村年度运转经费补助标准", "≤", 11, "万元/村"),
        ("效益指标", "社会效益指标", "村级组织正常运转率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "村级组织运转经费保障机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "村民对村级组织服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, YEAR, "江晓岚", "0739-6615028")
    return b


@variant("sv02-cadre-pay-wrong", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns with typed percent cells: a total that is "
         "not 财政拨款 + 其他资金, a percent over 100, a 反向 rate with ≥")  # fmt: skip
def cadre_pay_wrong() -> Book:
    b, s = start()
    total = mk(wan(356.4), "B101", "error", note="320 + 26.4 = 346.4, not 356.4")
    project_head(s, year=YEAR, name="枫垭乡村干部基本报酬及绩效报酬补助",
                 dept="苇塘县财政局（121001）", unit="枫垭乡人民政府",
                 money=one_year(total, wan(320), wan(26.4)), attr="常年项目",
                 goals=["按月足额发放全乡96名村干部基本报酬，年终按考核结果兑现绩效报酬，"
                        "激励村干部履职尽责。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "享受报酬补助的村干部人数", "≥", 96, "人"),
        (None, None, "年度履职考核村数", "≥", 18, "个"),
        (None, "质量指标",  "村干部报酬按月发放率", "≥",
         mk(pct(1.05), "T106", "error", note="a 发放率 cannot exceed 100%"), "%"),
        (None, None, "绩效报酬与考核结果挂钩率", "=", pct(1), "%"),
        (None, "时效指标", "基本报酬次月发放时限", "≤", 10, "日"),
        (None, "成本指标", "村干部人均年度报酬补助标准", "≤", 3.6, "万元/人·年"),
        ("效益指标", "社会效益指标", "村干部违纪违规问题发生率",
         mk("≥", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ expected"),
         pct(0.02), "%"),
        (None, "可持续影响指标", "村干部队伍稳定率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "村干部对报酬发放满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, YEAR, "邓慕青", "0739-6622417")
    return b


@variant("sv03-township-department", (7, 12),
         "department, NAT-2021, budget split both ways and key tasks adding up to 金额合计 "
         "(= 项目支出), header 绩效指标值, a 下降率 with ≥ (correct)")  # fmt: skip
def township_department() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="枫垭乡人民政府",
                    budget=[(wan(1268.5), wan(1190.5), wan(78), wan(742.3), wan(526.2))],
                    tasks=[
                        ("村级组织运转保障", "24个村办公、水电等", wan(186), "24个村正常运转"),
                        ("村干部报酬补助", "基本报酬和绩效报酬", wan(254.2), "按月足额发放"),
                        ("便民服务中心运行", "乡中心及村代办点", wan(48), "事项就近可办"),
                        ("综合执法队伍运转", "执法装备与培训", wan(38), "执法规范有序"),
                        ("金额合计", None, wan(526.2), None),
                    ],
                    goal="保障村级组织运转和村干部报酬，提升便民服务和综合执法水平。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效指标值"), [
        ("成本指标", "经济成本指标", "每村运转经费补助标准", "≤7.75万元/村"),
        ("产出指标", "数量指标", "保障运转的行政村数", "≥24个"),
        (None, None, "便民服务事项办件量", "≥9000件"),
        (None, "质量指标", "村干部报酬足额发放率", "100%"),
        (None, "时效指标", "便民服务事项按时办结率", "≥98%"),
        ("效益指标", "社会效益指标", "涉农信访件次下降率", "≥10%"),
        (None, "可持续影响指标", "村级组织运转保障长效机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "群众对乡村服务满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "莫知秋", "0739-6630112", month=12, d=2)
    return b


@variant("sv04-department-money-wrong", (12,),
         "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, key tasks not adding to their "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start("部门整体")
    total = mk(
        wan(986),
        "B101",
        "error",
        row=True,
        note="986 = 930 + 56, but 基本支出 + 项目支出 = 612.4 + 363.6 = 976",
    )
    sum_cell = mk(
        wan(363.6), "B102", "error", row=True, note="142 + 168.6 + 36 + 27 = 373.6, not 363.6"
    )
    department_head(s, year=YEAR, dept="鹭汀镇人民政府",
                    budget=[(total, wan(930), wan(56), wan(612.4), wan(363.6))],
                    tasks=[
                        ("村级组织运转保障", "19个村日常运转", wan(142), "19个村正常运转"),
                        ("村干部报酬补助", "在职村干部报酬", wan(168.6), "按月足额发放"),
                        ("村务监督工作补贴", "村监委成员补贴", wan(36), "监督履职到位"),
                        ("便民服务代办点", "村级代办员补贴", wan(27), "代办事项全覆盖"),
                        ("金额合计", None, sum_cell, None),
                    ],
                    goal="保障村级组织运转，落实村干部报酬和村监委补贴。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "每村运转经费补助标准", "≤7.4万元/村"),
        ("产出指标", "数量指标", "保障运转的行政村数", "≥19个"),
        (None, None, "村级代办员人数", "≥19人"),
        (None, "质量指标", "村干部报酬足额发放率", "=100%"),
        (None, "时效指标", "村监委补贴按季发放及时率", "≥95%"),
        ("效益指标", "社会效益指标", "村务公开规范率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "柯映雪", "0739-6641853")
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("sv05-cadre-pension-period", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: cumulative counts smaller in the "
         "year, rates and unit costs legitimately equal (correct)")  # fmt: skip
def cadre_pension_period() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="砚池镇村干部养老保险补助及离任村干部生活补贴",
                 dept="苇塘县委组织部（118003）", unit="砚池镇人民政府",
                 money=two_periods((wan(612), wan(576), wan(36)), (wan(204), wan(192), wan(12))),
                 goals=["三年内为在职村干部缴纳养老保险补助累计不少于426人次，离任村干部"
                        "生活补贴累计发放不少于630人次，解除村干部后顾之忧。",
                        "2026年为142名在职村干部缴纳养老保险补助，为210名离任村干部按季"
                        "发放生活补贴。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "人均养老保险补助标准", "≤0.9万元/人·年", "≤0.9万元/人·年"),
        (None, None, "离任村干部生活补贴标准", "≤0.36万元/人·年", "≤0.36万元/人·年"),
        ("产出指标", "数量指标", "养老保险补助人次", "≥426人次", "≥142人次"),
        (None, None, "生活补贴发放人次", "≥630人次", "≥210人次"),
        (None, "质量指标", "补贴对象资格审核准确率", "100%", "100%"),
        (None, "时效指标", "生活补贴按季发放及时率", "≥98%", "≥98%"),
        ("效益指标", "社会效益指标", "在职村干部参保率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "村干部养老保障机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "江晓岚", "0739-6615028")
    return b


@variant("sv06-cadre-training-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 text copied from the "
         "中期目标, two cumulative counts copied into the 年度 column")  # fmt: skip
def cadre_training_copied() -> Book:
    b, s = start()
    goal = "三年内完成全镇村干部履职轮训和学历提升资助，村干部队伍能力明显提升。"
    copied = mk(goal, "D204", "warning", note="the 年度目标 repeats the 中期目标 word for word")
    project_head(s, year=YEAR, years=3, name="鹭汀镇村干部履职能力提升及学历教育资助",
                 dept="苇塘县委组织部（118003）", unit="鹭汀镇人民政府",
                 money=two_periods((wan(270), wan(255), wan(15)), (wan(90), wan(85), wan(5))),
                 goals=[goal, copied])  # fmt: skip
    indicators(s, PERIOD, [
        ("成本指标", "经济成本指标", "人均学历提升资助标准", "≤0.5万元/人", "≤0.5万元/人"),
        ("产出指标", "数量指标", "村干部履职轮训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note="a three-year cumulative count copied")),
        (None, None, "学历提升资助人数", "≥90人",
         mk("≥90人", "D202", "warning", note="a three-year cumulative count copied")),
        (None, None, "专题培训班期数", "≥12期", "≥4期"),
        (None, "质量指标", "培训考核合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度轮训计划完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("效益指标", "社会效益指标", "村干部大专以上学历占比", "≥60%", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "参训村干部满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, YEAR, "柯映雪", "0739-6641853")
    return b

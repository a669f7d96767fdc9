"""Sausage (腊肠) returns dl07–dl12: nitrite control, cold chain and rapid testing, a
traceability platform, a flat department list, drying yards and a supervision department."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout574.common import (
    book,
    dept_budget,
    indicators,
    period_money,
    project_money,
    wan,
)
from tests.variants.holdout574.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "沙畈县市场监督管理局（327004）"
OLD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dl07-sausage-nitrite-words", (1, 11),
         "project, OLD-NAT, operators in words in 指标性质, unit column, typed percent cells, a "
         "下降率 with 大于等于, 0 incidents, a goal text summing two counts (correct)")  # fmt: skip
def dl07() -> Book:
    b, s = book()
    goal = ("完成城区18家、乡镇24家共42家腊肠作坊亚硝酸盐称量与投料规范化改造，"
            "亚硝酸盐残留抽检合格率不低于98%。")  # fmt: skip
    project_head(s, year=2025, name="沙畈县腊肠作坊亚硝酸盐使用规范化改造", dept=DEPT,
                 unit="沙畈县食品安全综合服务中心", goals=(goal,),
                 money=project_money(wan(84), wan(70), wan(14)))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "城区腊肠作坊改造数", "大于等于", 18, "家"),
        (None, None, "乡镇腊肠作坊改造数", "大于等于", 24, "家"),
        (None, "质量指标", "亚硝酸盐残留抽检合格率", "大于等于", pct(0.98), "%"),
        (None, None, "电子称量设备计量检定合格率", "等于", pct(1), "%"),
        (None, "时效指标", "改造完成时间", "小于等于", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单家作坊改造补助", "小于等于", 2, "万元/家"),
        ("效益指标", "社会效益指标", "腊肠抽检不合格率下降率", "大于等于", pct(0.3), "%"),
        (None, None, "亚硝酸盐中毒事件", "小于等于", 0, "起"),
        (None, "可持续影响指标", "作坊投料台账建立率", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "作坊经营者满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("dl08-sausage-stacked-two", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "total ≠ its parts and a count that disagrees with its goal text")  # fmt: skip
def dl08() -> Book:
    b, s = book("绩效目标表")
    project_head(s, year=2025, name="沙畈县腊肠冷链贮存设施改造", dept=DEPT,
                 unit="沙畈县农产品流通服务中心", money=project_money(wan(60), wan(48), wan(12)),
                 goals=("改造腊肠冷藏库300立方米，冷藏库温度达标率不低于95%。",))  # fmt: skip
    indicators(s, OLD, [
        ("产出指标", "数量指标", "改造冷藏库容积", "≥300立方米"),
        (None, None, "新增温度监控探头", "≥40个"),
        (None, "质量指标", "冷藏库温度达标率", "≥95%"),
        (None, "时效指标", "冷链设施投用时间", "2025年9月30日前"),
        (None, "成本指标", "每立方米冷藏库改造成本", "≤0.16万元/立方米"),
        ("效益指标", "社会效益指标", "腊肠贮存环节变质投诉", "≤2件"),
        ("满意度指标", "服务对象满意度指标", "送检经营户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(50), "B101", "error", note="财政拨款40 + 其他资金15 = 55，不是50")
    goal = ok("新建腊肠快检室1间，配置快检设备6套，全年快检腊肠样品不少于1500批次。",
              "warning", note="D104 may also land at the goal text")  # fmt: skip
    project_head(s, year=2025, title="", name="沙畈县腊肠快检实验室建设", dept=DEPT,
                 unit="沙畈县食品安全综合服务中心", goals=(goal,), attr="新增项目",
                 money=project_money(total, wan(40), wan(15)))  # fmt: skip
    sets = mk("≥8套", "D104", "warning", row=True, note="年度绩效目标写配置快检设备6套")
    indicators(s, OLD, [
        ("产出指标", "数量指标", "新建快检室", "1间"),
        (None, None, "快检设备配置数", sets),
        (None, None, "腊肠样品快检批次", "≥1500批次"),
        (None, "质量指标", "快检结果复核符合率", "≥95%"),
        (None, "时效指标", "快检结果出具时间", "≤2小时"),
        (None, "成本指标", "单批次快检耗材成本", "≤60元/批次"),
        ("效益指标", "社会效益指标", "问题腊肠下架处置时间", "≤24小时"),
        ("满意度指标", "服务对象满意度指标", "送检经营户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("dl09-sausage-trace-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, annual counts below the period, "
         "rates equal, a period date in the last project year (correct)")  # fmt: skip
def dl09() -> Book:
    b, s = book()
    goals = ("2025—2027年建成覆盖全县腊肠生产、流通环节的追溯平台，累计接入生产经营主体150家，"
             "2027年底前实现规模以上腊肠企业全部接入。",
             "2025年完成平台主体建设，接入生产经营主体60家，"
             "追溯信息上传及时率不低于95%。")  # fmt: skip
    project_head(s, year=2025, years=3, name="沙畈县腊肠产业食品安全追溯平台建设", dept=DEPT,
                 unit="沙畈县食品安全综合服务中心", goals=goals, attr="新增项目",
                 money=period_money(240, 90, 200, 75, 40, 15))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "接入生产经营主体数", "≥150家", "≥60家"),
        (None, None, "追溯码发放量", "≥300万枚", "≥100万枚"),
        (None, "质量指标", "追溯信息完整率", "≥98%", "≥95%"),
        (None, "时效指标", "追溯信息上传及时率", "≥95%", "≥95%"),
        (None, None, "平台主体建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单家接入终端配置成本", "≤1.2万元/家", "≤1.2万元/家"),
        ("效益指标", "社会效益指标", "问题腊肠溯源查明时间", "≤24小时", "≤24小时"),
        (None, "可持续影响指标", "平台运维保障年限", "≥5年", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    return b


@variant("dl10-sausage-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值): weights add to "
         "95, the same 抽检批次 twice with other values, a placeholder percent")  # fmt: skip
def dl10() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="沙畈县腊肠产业发展服务中心",
                    budget=dept_budget(wan(120), wan(100), wan(20), wan(70), wan(50)),
                    goal="全年监督抽检腊肠300批次，巡查覆盖全部腊肠生产企业，"
                         "培训从业人员800人次。")  # fmt: skip
    twice = mk(260, "D102", "error", row=True, alt=("D103",),
               note="与“腊肠监督抽检批次 ≥300”是同一指标，值不同")  # fmt: skip
    stub = mk("XX%", "X101", "error", note="占位符未填写")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("腊肠监督抽检批次", 15, "批次", "≥", 300),
        ("腊肠生产企业巡查覆盖率", 15, "%", "≥", pct(0.95)),
        ("腊肠监督抽检批次数", 10, "批次", "≥", twice),
        ("从业人员食品安全培训", 10, "人次", "≥", 800),
        ("抽检不合格产品核查处置率", 15, "%", "=", pct(1)),
        ("抽检结果公示及时率", 10, "%", "≥", stub),
        ("腊肠食品安全事故", 10, "起", "≤", 0),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 15+15+10+10+15+10+10+10 = 95，不是100")
    return b


@variant("dl11-sausage-drying-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点, two similar 微生物 names (correct)")  # fmt: skip
def dl11() -> Book:
    b, s = book(widths=(14, 10, 18, 30, 18, 10))
    project_head(s, year=2025, name="沙畈县腊肠晾晒场防尘防蝇改造", dept=DEPT,
                 unit="沙畈县腊肠产业发展服务中心", money=project_money(wan(36), wan(30), wan(6)),
                 goals=("改造腊肠晾晒场6000平方米，安装防蝇纱网棚24座，晾晒环节微生物抽检"
                        "合格率不低于96%。",))  # fmt: skip
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, head, [
        ("产出指标", 50, "数量指标", "改造晾晒场面积", "≥6000平方米", 20),
        (None, None, None, "安装防蝇纱网棚", "≥24座", 10),
        (None, None, "质量指标", "晾晒环节微生物抽检合格率", "≥96%", 10),
        (None, None, "时效指标", "晾晒场改造完成时间", "2025年10月15日前", 10),
        ("成本指标", 10, "经济成本指标", "每平方米改造成本", "≤50元/平方米", 10),
        ("效益指标", 30, "社会效益指标", "腊肠微生物抽检合格率较上年", "提高≥3百分点", 15),
        (None, None, "生态效益指标", "晾晒场扬尘投诉", "≤2件", 5),
        (None, None, "可持续影响指标", "防蝇设施维护制度", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "晾晒户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("dl12-sausage-department-money", (12,),
         "department, NAT-2021, key tasks with a 金额合计: tasks not adding to the total, a count "
         "below the 年度总体目标 text, a deadline before the budget year")  # fmt: skip
def dl12() -> Book:
    b, s = book()
    tasks = [("腊肠监督抽检", "对全县腊肠生产经营主体开展监督抽检", wan(90), "抽检不少于400批次"),
             ("作坊整治提升", "腊肠作坊卫生设施整治", wan(40), "整治提升作坊30家"),
             ("从业人员培训", "腊肠加工从业人员食品安全培训", wan(15), "培训600人次"),
             ("金额合计", None, mk(wan(150), "B102", "error", note="90+40+15=145，不是150"),
              None)]  # fmt: skip
    goal = ok("全年完成腊肠监督抽检400批次，整治提升腊肠作坊30家，培训从业人员600人次。",
              "warning", note="D104 may also land at the goal text")  # fmt: skip
    budget = dept_budget(wan(260), wan(230), wan(30), wan(110), wan(150))
    department_head(s, year=2025, dept="沙畈县食品安全监管中心", tasks=tasks, goal=goal,
                    budget=budget)  # fmt: skip
    few = mk("≥350批次", "D104", "warning", row=True, note="年度总体目标和任务都写400批次")
    early = mk("2024年11月30日前", "Y102", "error", note="预算年度2025，整改期限在2024年")
    indicators(s, OLD, [
        ("产出指标", "数量指标", "腊肠监督抽检批次", few),
        (None, None, "腊肠作坊整治提升数", "≥30家"),
        (None, None, "从业人员培训人次", "≥600人次"),
        (None, "质量指标", "抽检程序合规率", "=100%"),
        (None, "时效指标", "作坊整改完成时间", early),
        ("成本指标", "经济成本指标", "单批次抽检检验费", "≤2000元/批次"),
        ("效益指标", "社会效益指标", "腊肠抽检不合格率", "≤2%"),
        (None, "可持续影响指标", "作坊食品安全自查制度建立率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "生产经营主体满意度", "≥90%"),
    ])  # fmt: skip
    return b

"""Returns on monitoring the closed waters and disposing of boats and nets (禁捕水域监测,
渔船网具回收处置): ti13–ti18."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout311.common import YEAR, funds, indicators, note, project, start
from tests.variants.holdout311.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "单位")


@variant("ti13-boat-net-recovery", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, a date cell, "
         "a spending detail block adding to the total, costs equal to their lines "
         "(correct)")  # fmt: skip
def ti13() -> Book:
    b, s = start()
    project(
        s,
        "退捕渔船网具回收处置补助",
        "澄渚县农业农村局（208）",
        "澄渚县渔业发展服务中心",
        funds(270, 250, 20),
        ["回收退捕渔船140艘、废旧网具30吨，全部集中拆解和无害化处置。"],
    )
    s.row("支出明细（万元）", "渔船回收补助", "网具回收处置", "拆解场地及运输", "合计")
    s.row(None, *(money(v, WAN) for v in (210, 36, 24, 270)))
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "回收退捕渔船", "≥", 140, "艘"),
        (None, None, "回收处置废旧网具", "≥", 30, "吨"),
        (None, "质量指标", "回收渔船集中拆解率", "=", pct(1), "%"),
        (None, None, "网具无害化处置率", "≥", pct(0.98), "%"),
        (None, "时效指标", "回收处置完成时间", "≤", day(YEAR, 11, 30), None),
        ("成本指标", "经济成本指标", "单船回收补助标准", "≤", 1.5, "万元/艘"),
        (None, None, "网具回收处置单价", "≤", 1.2, "万元/吨"),
        (None, "生态环境成本指标", "拆解过程油污泄漏事件", "≤", 0, "起"),
        ("效益指标", "生态效益指标", "违规网具存量下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民对回收补助满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("ti14-monitoring-money-units", (1, 12),
         "project, OLD-NAT, operator and unit columns: 其他资金 formatted in 元 inside the 万元 "
         "block, a typed percent above 100 %, a unit cost × count above the annual "
         "budget")  # fmt: skip
def ti14() -> Book:
    b, s = start()
    other = mk(
        money(160000, YUAN), "B105", "error", note="160,000.00元 in a 项目资金（万元） block"
    )
    project(s, "禁捕水域监测站点运行", "蓼泾县农业农村局（402）", "蓼泾县水产技术推广站",
            [("年度资金总额", money(96, WAN), "其中：财政拨款", money(80, WAN)),
             ("其中：其他资金", other, None, None)],
            ["运行维护12个禁捕水域监测站点，每季度开展一次水生生物资源监测。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="the 元 cell read as 160000 万元")
    over = mk(pct(1.05), "T106", "error", note="a 合格率 typed as 105%")
    cost = mk(9.5, "B107", "warning", row=True, note="12 × 9.5 = 114 > 96 万元")
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "运行维护监测站点", "≥", 12, "个"),
        (None, None, "水生生物资源监测次数", "≥", 4, "次"),
        (None, "质量指标", "监测数据质控合格率", "≥", over, "%"),
        (None, "时效指标", "监测结果报送时限", "≤", 10, "个工作日"),
        (None, "成本指标", "单站点年度运行维护费", "≤", cost, "万元/个"),
        ("效益指标", "生态效益指标", "监测断面水质Ⅲ类及以上比例", "≥", pct(0.9), "%"),
        (None, "社会效益指标", "监测报告被执法部门采用数", "≥", 6, "份"),
        ("满意度指标", "服务对象满意度指标", "渔政部门对监测服务满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ti15-edna-two-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: counts smaller each year, rates "
         "and unit costs equal in both columns, goals differing (correct)")  # fmt: skip
def ti15() -> Book:
    b, s = start()
    goals = [
        "2025—2026年完成环境DNA采样480点次、水声学走航调查16航次，建成禁捕水域生物多样性"
        "本底数据库。",
        "2025年完成环境DNA采样240点次、水声学走航调查8航次，入库物种记录3000条。",
    ]
    project(s, "禁捕水域环境DNA与声学监测", "芦湄市农业农村局（311）", "芦湄市水生生物监测站",
            funds(260, 240, 20, (140, 130, 10)), goals, years=2, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "环境DNA采样点次", "≥480点次", "≥240点次"),
        (None, None, "水声学走航调查", "≥16航次", "≥8航次"),
        (None, "质量指标", "样品检测有效率", "≥95%", "≥95%"),
        (None, "时效指标", "监测报告提交时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单点次采样检测费用", "≤0.35万元/点次", "≤0.35万元/点次"),
        (None, None, "单航次走航调查费用", "≤5万元/航次", "≤5万元/航次"),
        ("效益指标", "生态效益指标", "监测发现鱼类物种数", "≥45种", "≥40种"),
        (None, "可持续影响指标", "本底数据库入库物种记录", "≥6000条", "≥3000条"),
        ("满意度指标", "服务对象满意度指标", "渔业主管部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ti16-pdf-artefacts", (9,),
         "project, OLD-NAT, one value column, spending lines under the table: an end date as a "
         "serial in a text cell, a number split by a space, an amount pasted twice")  # fmt: skip
def ti16() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 stored as text")
    project(s, "退捕渔船及网具回收处置", "汊口区农业农村局（117）", "汊口区渔业渔政服务站",
            funds(182, 170, 12), ["回收退捕渔船75艘、废旧网具32吨，年内全部处置完毕。"],
            end=end)  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "回收退捕渔船", "≥75艘"),
        (None, None, "回收废旧网具", "≥32吨"),
        (None, "质量指标", "回收渔船拆解率", "=100%"),
        (None, "时效指标", "回收处置完成时间", "2025年12月31日前"),
        (None, "成本指标", "网具回收处置单价", "≤1.25万元/吨"),
        ("效益指标", "生态效益指标", "禁捕水域违规网具清理率", "≥98%"),
        (None, "社会效益指标", "回收处置纠纷信访事件", "≤0件"),
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细", None, None, None, merge=[(1, 4)])
    s.row("序号", "支出内容", "金额（万元）", "测算依据")
    split = mk("112.537 5", "X105", "warning", alt=("X103",), note="read as 112.5375")
    twice = mk("40万40万(含运输)", "X106", "error", alt=("B108",), note="read as 40")
    s.row(1, "退捕渔船回收补助", split, "75艘，按船长分档测算")
    s.row(2, "废旧网具回收处置", twice, "32吨×1.25万元/吨")
    s.row(3, "拆解场地及监督检查", 29.4625, "据实测算")
    s.row("合计", None, 182, None)
    return b


@variant("ti17-tier-points-mismatch", (10, 11),
         "project, NAT-2021, tier-1 score column and indicator score column: the 成本 tier's "
         "indicator scores short of its declared score, a 漏报率 with ≥")  # fmt: skip
def ti17() -> Book:
    b, s = start("绩效目标")
    project(
        s,
        "禁捕水域生态环境监测评估",
        "澄渚县农业农村局（208）",
        "澄渚县水产技术推广站",
        funds(80, 76, 4),
        ["在20个断面开展禁捕水域生态环境监测，全年监测40航次。"],
    )
    short = mk(10, "W103", "error", note="one 成本 indicator scored 5 under a tier of 10")
    b.file_mark("W101", "error", required=False, note="the indicator scores then total 95")
    miss = mk("≥2%", "T108", "warning", row=True, note="漏报率 is 反向: ≤ expected")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "监测断面数", "≥20个", 10),
        (None, None, None, "全年监测航次", "≥40航次", 10),
        (None, None, "质量指标", "监测数据有效率", "≥95%", 10),
        (None, None, None, "实验室质控样合格率", "=100%", 10),
        (None, None, "时效指标", "监测报告报送时限", "≤15个工作日", 10),
        ("成本指标", short, "经济成本指标", "单航次监测费用", "≤1.8万元/航次", 5),
        ("效益指标", 30, "生态效益指标", "监测到重点保护鱼类种数", "≥8种", 10),
        (None, None, None, "鱼类资源量增长率", "≥5%", 10),
        (None, None, "社会效益指标", "监测数据异常漏报率", miss, 10),
        ("满意度指标", 10, "服务对象满意度指标", "渔政执法部门满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("ti18-department-page-break", (4, 12),
         "department, NAT-2021, weight column: column-code row, subtotal rows, a header repeated "
         "after a page break, a total row and a note; tasks adding to 项目支出 "
         "(correct)")  # fmt: skip
def ti18() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="蓼泾县渔政监督管理站",
                    budget=[(1480, 1400, 80, 860, 620)],
                    tasks=[("禁捕水域执法巡护", "护渔员巡护、联合执法", 340, "巡护全覆盖"),
                           ("退捕渔民跟踪服务", "入户走访、就业帮扶", 180, "应帮尽帮"),
                           ("水生生物资源监测", "断面监测、数据评估", 100, "掌握资源变化"),
                           ("金额合计", None, 620, None)],
                    goal="巩固禁捕退捕成效，保障退捕渔民生计，掌握禁捕水域资源状况。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    s.row(*head)
    s.row("甲", "乙", "丙", 1, 2)
    s.table([
        ("产出指标", "数量指标", "禁捕水域巡护天数", "≥330天", 10),
        (None, None, "聘用护渔员人数", "≥110人", 5),
        (None, None, "跟踪服务退捕渔民户数", "≥2100户", 10),
        (None, None, "水生生物监测断面", "≥10个", 5),
        (None, "质量指标", "涉渔案件办结率", "≥95%", 5),
        (None, "时效指标", "监测季报报送时限", "≤15个工作日", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.table([("成本指标", "经济成本指标", "护渔员人均巡护补助", "≤2.6万元/人·年", 10)])
    s.row("小计", None, None, None, 10)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "退捕渔民就业帮扶覆盖率", "=100%", 10),
        (None, None, "非法捕捞案件发生数下降率", "≥10%", 10),
        (None, "生态效益指标", "监测断面鱼类物种数", "≥48种", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 30)
    s.table([
        ("满意度指标", "服务对象满意度指标", "退捕渔民满意度", "≥90%", 10),
        (None, None, "沿江群众满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 20)
    s.row("合计", None, None, None, 100)
    note(s, "注：权重合计100分，预算执行率另行考核，未列入本表。", 5)
    return b

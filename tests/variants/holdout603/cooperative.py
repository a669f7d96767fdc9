"""Returns of the county herb-processing cooperative (金银花 and 黄连 together): eo13 to eo18."""

from __future__ import annotations

from tests.variants.holdout603.common import book, dept, head, indicators, multi_year, one_year, w
from tests.variants.holdout603.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "栖霞岭县百草源中药材加工专业合作社"
CORE = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("eo13-coop-department", (4, 12),
         "department, NAT-2021: budget and key tasks consistent, a cost within its task's "
         "money, the header row repeated after a page break (correct)")  # fmt: skip
def coop_department() -> Book:
    b, s = book()
    dept(s, 2025, [(w(260), w(200), w(60), w(85), w(175))],
         "全年收购金银花鲜花300吨、黄连鲜货120吨，加工黄连饮片40吨，带动社员户均增收2000元。",
         [("金银花收购与初加工", "鲜花收购、杀青烘干", w(95), "收购鲜花300吨"),
          ("黄连切片与仓储", "黄连清洗切片、仓储养护", w(80), "加工饮片40吨"),
          ("金额合计", None, w(175), None)])  # fmt: skip
    indicators(s, CORE, [
        ("产出指标", "数量指标", "金银花鲜花收购量", "≥300吨"),
        (None, None, "黄连鲜货收购量", "≥120吨"),
        (None, None, "黄连饮片加工量", "≥40吨"),
        (None, "质量指标", "成品抽检合格率", pct(1)),
    ])  # fmt: skip
    s.row(*CORE)
    s.table([
        ("产出指标", "时效指标", "收购款兑付时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每吨金银花收购加工成本", "≤0.3万元/吨"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥2000元"),
        (None, "可持续影响指标", "订单收购制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("eo14-coop-department-wrong", (12,),
         "department, NAT-2021: tasks not adding to 金额合计, the goal's tonnage against the "
         "indicator, one indicator twice under two tier-2s")  # fmt: skip
def coop_department_wrong() -> Book:
    b, s = book()
    total = mk(w(175), "B102", "error", note="95 + 70 = 165, not 175")
    dept(s, 2025, [(w(260), w(200), w(60), w(85), w(175))],
         "全年收购金银花鲜花300吨、黄连鲜货100吨，成品抽检合格率98%以上。",
         [("金银花收购与初加工", "鲜花收购、杀青烘干", w(95), "收购鲜花300吨"),
          ("黄连切片与仓储", "黄连清洗切片、仓储养护", w(70), "收购黄连100吨"),
          ("金额合计", None, total, None)])  # fmt: skip
    indicators(s, CORE, [
        ("产出指标", "数量指标", "金银花鲜花收购量",
         mk("≥250吨", "D104", "warning", row=True, note="the goal and the task state 300吨")),
        (None, None, "黄连鲜货收购量", "≥100吨"),
        (None, "质量指标", "成品抽检合格率", "≥98%"),
        (None, "时效指标", "收购款兑付时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "每吨鲜花收购加工成本", "≤0.3万元/吨"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1800元"),
        (None, "可持续影响指标", mk("成品抽检合格率", "D101", "warning", row=True,
                                   alt=("D103", "F201"), note="the 质量 row again"), "≥98%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eo15-coop-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a complaint rate with ≤, weights adding to 100 (correct)")  # fmt: skip
def coop_flat() -> Book:
    b, s = book()
    dept(s, 2025, [(w(180), w(150), w(30), w(60), w(120))],
         "运行金银花烘干线并做好黄连仓储质检，全年烘干金银花干花80吨。",
         [("金银花烘干线运行", "烘干线运行、能耗管理", w(70), "烘干干花80吨"),
          ("黄连仓储与质检", "仓储养护、批次检验", w(50), "检验批次全覆盖"),
          ("金额合计", None, w(120), None)])  # fmt: skip
    s.row("绩效指标")
    indicators(s, FLAT, [
        ("金银花干花烘干量", 20, "吨", "≥", 80),
        ("黄连入库批次检验覆盖率", 15, "%", "=", pct(1)),
        ("干花水分达标率", 15, "%", "≥", pct(0.95)),
        ("每吨干花烘干能耗成本", 10, "元/吨", "≤", 1800),
        ("库存霉变损耗率", 10, "%", "≤", pct(0.01)),
        ("社员投诉率", 10, "%", "≤", pct(0.02)),
        ("带动社员户均增收", 10, "元", "≥", 1500),
        ("社员满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("eo16-coop-flat-wrong", (3,),
         "department, flat list: one indicator twice, weights adding to 95")  # fmt: skip
def coop_flat_wrong() -> Book:
    b, s = book()
    dept(s, 2025, [(w(150), w(120), w(30), w(50), w(100))],
         "全年加工金银花干花80吨、黄连饮片30吨。",
         [("金银花干花加工", "杀青烘干、分级包装", w(60), "加工干花80吨"),
          ("黄连饮片加工", "清洗切片、干燥包装", w(40), "加工饮片30吨"),
          ("金额合计", None, w(100), None)])  # fmt: skip
    b.file_mark("W101", "error", note="20 + 15 + 15 + 10 + 10 + 10 + 15 = 95, not 100")
    s.row("绩效指标")
    indicators(s, FLAT, [
        ("金银花干花加工量", 20, "吨", "≥", 80),
        ("黄连饮片加工量", 15, "吨", "≥", 30),
        ("饮片抽检合格率", 15, "%", "≥", pct(0.98)),
        ("每吨干花加工成本", 10, "元/吨", "≤", 5000),
        (mk("金银花干花加工量", "D102", "error", row=True, alt=("D101", "D103"),
            note="the first row again with 60吨"), 10, "吨", "≥", 60),
        ("带动社员户均增收", 10, "元", "≥", 1500),
        ("社员满意度", 15, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant("eo17-coop-stacked-three", (2,),
         "three one-year projects stacked, OLD-NAT, one value column, the same satisfaction "
         "indicator with different values in different projects (correct)")  # fmt: skip
def coop_stacked_three() -> Book:
    b, s = book()
    projects = [
        ("金银花烘干线节能改造项目", (w(40), w(40), w(0)), "改造烘干线1条，吨干花能耗下降10%。",
         [("产出指标", "数量指标", "改造金银花烘干线", "=1条"),
          (None, "成本指标", "烘干线改造成本", "≤40万元"),
          ("效益指标", "生态效益指标", "吨干花能耗下降率", "≥10%"),
          ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%")]),
        ("黄连饮片车间改造项目", (w(60), w(50), w(10)), "改造黄连饮片车间800平方米。",
         [("产出指标", "数量指标", "改造饮片车间面积", "≥800平方米"),
          (None, "成本指标", "每平方米改造成本", "≤750元/平方米"),
          ("效益指标", "经济效益指标", "饮片年加工能力", "≥50吨"),
          ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%")]),
        ("中药材冷藏库建设项目", (w(50), w(45), w(5)), "建设中药材冷藏库500立方米。",
         [("产出指标", "数量指标", "建设冷藏库容积", "≥500立方米"),
          (None, "时效指标", "冷藏库投入使用时间", "2025年10月31日前"),
          ("效益指标", "经济效益指标", "药材储存损耗率", "≤2%"),
          ("满意度指标", "服务对象满意度指标", "社员满意度", "≥88%")]),
    ]  # fmt: skip
    for i, (name, money_parts, goal, rows) in enumerate(projects):
        if i:
            s.skip()
        head(s, 2025, name, UNIT, one_year(*money_parts), [goal], title=None if i == 0 else "")
        indicators(s, CORE, rows)
    return b


@variant("eo18-coop-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, two cumulative counts copied into the year")  # fmt: skip
def coop_three_year_copied() -> Book:
    b, s = book()
    text = "2025—2027年建成金银花、黄连订单收购体系，累计订单收购金银花900吨，培训社员1500人次。"
    annual = mk(text, "D204", "warning", note="the 年度目标 is the 中期目标 word for word")
    head(s, 2025, "中药材订单收购体系建设项目", UNIT,
         multi_year((w(300), w(240), w(60)), (w(100), w(80), w(20))), [text, annual],
         years=3)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "订单收购金银花", "≥900吨",
         mk("≥900吨", "D202", "warning", note="the period's count copied into the year")),
        (None, None, "培训社员", "≥1500人次",
         mk("≥1500人次", "D202", "warning", note="the period's count copied into the year")),
        (None, None, "新增订单社员", "≥300户", "≥100户"),
        (None, "质量指标", "订单药材收购质量达标率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每吨订单收购服务费", "≤0.1万元/吨", "≤0.1万元/吨"),
        ("效益指标", "经济效益指标", "订单社员户均增收", "≥3000元", "≥1000元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b

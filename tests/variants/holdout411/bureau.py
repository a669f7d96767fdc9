"""Department money, header words, second sheets and exports (xe13–xe18)."""

from __future__ import annotations

from tests.variants.holdout411.common import (
    TIERS,
    YEAR,
    book,
    department,
    indicators,
    one_year,
    project,
    sign,
)
from tests.variants.holdout411.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

BUREAU = "霜岭市冰湾区文化和旅游局"
P2 = "0.00%"


def _shares(*values: float) -> tuple[object, ...]:
    return tuple(pct(v, P2) for v in values)


NAT = [
    ("产出指标", "数量指标", "冰雪主题活动场次", "≥40场"),
    (None, "质量指标", "活动安全检查覆盖率", "=100%"),
    (None, "时效指标", "冰雪节开幕准备完成时间", "12月15日前"),
    ("成本指标", "经济成本指标", "单场活动平均费用", "≤12万元/场"),
    ("效益指标", "社会效益指标", "冬季游客接待量", "≥260万人次"),
    (None, "可持续影响指标", "冰雪旅游从业人员培训", "≥500人次"),
    ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
]


@variant("xe13-department-money", (12,),
         "department, NAT-2021: budget with shares, key tasks adding to 金额合计 = 项目支出, "
         "all consistent (correct)")  # fmt: skip
def xe13() -> Book:
    b, s = book()
    budget = [tuple(money(v, WAN) for v in (2400, 2000, 400, 900, 1500)),
              _shares(1, 0.8333, 0.1667, 0.375, 0.625)]  # fmt: skip
    tasks = [("冰雪节主会场运营", "主会场场地运营与游客服务", money(600, WAN), "开放90天以上"),
             ("冰雕雪雕技艺培训", "冰雕雪雕技师和学员培训", money(150, WAN), "培训500人次"),
             ("冬季旅游市场监管", "冰雪景区价格与安全检查", money(250, WAN), "检查全覆盖"),
             ("冰雪旅游宣传", "客源地推介和新媒体宣传", money(500, WAN), "推介会10场"),
             ("金额合计", None, money(1500, WAN), None)]  # fmt: skip
    goal = "办好冰雪节系列活动40场，冬季接待游客260万人次以上，游客满意度90%以上。"
    department(s, BUREAU, budget, goal, tasks)
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, TIERS, NAT)
    sign(s, "莫清远", "0471-7158206")
    return b


@variant("xe14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def xe14() -> Book:
    b, s = book()
    total = mk(money(1800, WAN), "B101", "error", note="基本支出 700 + 项目支出 1000 = 1700")
    share = mk(pct(0.2, P2), "B111", "error", note="300 ÷ 1800 = 16.67%, not 20%")
    budget = [(total, *(money(v, WAN) for v in (1500, 300, 700, 1000))),
              (pct(1, P2), pct(0.8333, P2), share, pct(0.3889, P2), pct(0.5556, P2))]  # fmt: skip
    tasks = [("冰雪节分会场运营", "分会场场地运营", money(320, WAN), "开放80天以上"),
             ("冰雪旅游宣传", "客源地推介", money(280, WAN), "推介会8场"),
             ("冬季旅游市场监管", "价格与安全检查", money(250, WAN), "检查全覆盖"),
             ("金额合计", None, mk(money(1000, WAN), "B102", "error",
                                   note="320 + 280 + 250 = 850"), None)]  # fmt: skip
    goal = "办好冰雪节系列活动40场，冬季接待游客260万人次以上，游客满意度90%以上。"
    department(s, "霜岭市雪原区文化和旅游局", budget, goal, tasks)
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, TIERS, NAT)
    sign(s, "庞立新", "0471-7158219")
    return b


@variant("xe15-header-words", (7,),
         "project, NAT-2021, two-row header (绩效指标 / 预期目标 over 考核指标, 目标值（年度）, "
         "计量单位, 评价标准), cost standard × count equal to the budget (correct)")  # fmt: skip
def xe15() -> Book:
    b, s = book()
    goal = "组织中小学生冰雪研学冬令营，参营学生600人，人均营地费用不超过0.16万元。"
    project(s, "冰雪研学旅游冬令营", "霜岭市冰湾区青少年活动中心", one_year(96, 96, 0), [goal])
    top = s.row("绩效指标", None, None, "预期目标", None, "评价标准", merge=[(1, 3), (4, 5)])
    s.ws.merge_cells(start_row=top, start_column=6, end_row=top + 1, end_column=6)
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位", None), [
        ("产出指标", "数量指标", "参营学生", "≥600", "人", "每少10人扣1分"),
        (None, "质量指标", "研学课程完成率", "≥95%", "%", "每低1%扣0.5分"),
        (None, "时效指标", "冬令营结营时间", "2月28日前", None, "逾期不得分"),
        ("成本指标", "经济成本指标", "人均营地费用", "≤0.16", "万元/人", "超支不得分"),
        ("效益指标", "社会效益指标", "学生冰雪运动技能达标率", "≥85%", "%", "按测评结果计分"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "%", "按问卷计分"),
    ])  # fmt: skip
    sign(s, "简一鸣", "0471-7158224")
    return b


@variant("xe16-second-sheet", (7, 6, 13, 5),
         "project: head on the first sheet, the table on a second sheet under 预期实现值; "
         "a template tier-2 left empty, a value without a name, a tier-2 under the wrong "
         "tier-1")  # fmt: skip
def xe16() -> Book:
    b, s = book("基本信息")
    goal = "开通冰雪旅游直通车线路5条，雪季运送游客12万人次。"
    project(s, "冰雪旅游直通车运营补贴", "霜岭市冰雪旅游发展中心", one_year(140, 140, 0), [goal])
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "直通车线路", "≥5条"),
        (None, None, mk(None, "F110", "error", note="a value without a name"), "≥300班次"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        (None, mk("经济效益指标", "F105", "error", note="经济效益 belongs under 效益指标"),
         "带动沿线景区门票收入", "≥800万元"),
        ("成本指标", "经济成本指标", "每班次运营补贴", "≤0.4万元/班次"),
        ("效益指标", "社会效益指标", "运送游客", "≥12万人次"),
        ("满意度指标", "服务对象满意度指标", "乘客满意度", "≥90%"),
    ])  # fmt: skip
    return b


EXPORT = ("单位编码", "项目代码", "一级指标", "二级指标", "三级指标", "指标值")


@variant("xe17-budget-export", (7, 4, 2),
         "budget-system export, two sheets (05-1 money, 05-2 goals), codes in the first columns, "
         "header on row 3, header repeated after a page break, a 合计 row (correct)")  # fmt: skip
def xe17() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 18, 28, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("317006", "23150001", "冰雪节交通疏导保障", *(money(v) for v in (150, 150, 0)))
    s.row("317006", "23150002", "冰雪景区旅游厕所运维", *(money(v) for v in (90, 80, 10)))
    s.row("合计", None, None, *(money(v) for v in (240, 230, 10)))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 14, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：霜岭市冰湾区文化和旅游局")
    a, c = ("317006", "23150001"), ("317006", "23150002")
    t.table([EXPORT,
             (*a, "产出指标", "数量指标", "设置临时停车场", "≥8个"),
             (*a, "产出指标", "时效指标", "交通疏导方案发布时间", "11月30日前"),
             (*a, "成本指标", "经济成本指标", "单个停车场运维费用", "≤15万元/个"),
             (*a, "效益指标", "社会效益指标", "景区周边交通拥堵投诉下降率", "≥20%"),
             (*a, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
             EXPORT,
             (*c, "产出指标", "数量指标", "运维旅游厕所", "≥45座"),
             (*c, "产出指标", "质量指标", "厕所保洁达标率", "≥95%"),
             (*c, "成本指标", "经济成本指标", "单座年度运维费用", "≤2万元/座"),
             (*c, "效益指标", "社会效益指标", "如厕排队超15分钟投诉", "≤10起"),
             (*c, "满意度指标", "服务对象满意度指标", "游客满意度", "≥90%")])  # fmt: skip
    return b


WORDS = ("一级指标", "二级指标", "指标内容", "指标方向", "绩效标准", "计量单位")


@variant("xe18-header-defects", (7, 11),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words in their own column: "
         "小于等于 on a 正向 count, 等于 on a satisfaction rate")  # fmt: skip
def xe18() -> Book:
    b, s = book()
    goal = "在城区主要街道布设冰灯景观点位50处，营造冰雪节城市氛围。"
    project(s, "冰雪节城市街景冰灯布设", "霜岭市冰湾区城市管理局", one_year(200, 200, 0), [goal])
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "冰灯景观点位",
         mk("小于等于", "T108", "warning", row=True, note="正向 count capped with ≤"), 50, "处"),
        (None, "质量指标", "冰灯亮灯完好率", "大于等于", 95, "%"),
        (None, "时效指标", "布设完成时间", "小于等于", "12月20日", None),
        (None, "成本指标", "单处点位布设成本", "小于等于", 3.5, "万元/处"),
        ("效益指标", "社会效益指标", "夜间街区客流", "大于等于", 50, "万人次"),
        ("满意度指标", "服务对象满意度指标", "市民游客满意度",
         mk("等于", "T107", "warning", row=True, note="= 95% on a satisfaction rate"), 95, "%"),
    ])  # fmt: skip
    sign(s, "严绍钧", "0471-7158233")
    return b

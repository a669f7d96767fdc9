"""The 醪糟 (fermented rice) workshops: ev07–ev12 (departments, flat lists, a system export)."""

from __future__ import annotations

from tests.variants.holdout610.common import (
    YEAR,
    department,
    funds,
    notes,
    project,
    signed,
    start,
    table,
    wan,
)
from tests.variants.holdout610.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "蓼川县农产品加工服务中心"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("ev07-laozao-department", (5, 12),
         "department, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标), tasks adding "
         "to 项目支出, a goal count with its part, 0起, cost = task money (correct)")  # fmt: skip
def ev07() -> Book:
    b, s = start()
    goal = ("1.扶持醪糟作坊12家（其中新办作坊3家）完成标准化改造；2.全年抽检醪糟产品180批次"
            "以上，不发生食品安全事故；3.打造“蓼川醪糟”区域品牌。")  # fmt: skip
    tasks = [
        ["醪糟作坊标准化改造", "改造发酵车间、更新发酵设备", wan(120), "12家作坊通过县级验收"],
        ["醪糟品质检测", "开展醪糟产品抽检", wan(30), "抽检≥180批次"],
        ["醪糟品牌推广", "参加农产品展会、制作宣传片", wan(50), "参展≥4场"],
        ["金额合计", None, wan(200), None],
    ]  # fmt: skip
    department(s, CENTRE, (320, 290, 30, 120, 200), goal, tasks)
    rows = [
        ["一、产出指标", "（一）数量指标", "标准化改造醪糟作坊", "≥12家"],
        [None, None, "新办醪糟作坊", "≥3家"],
        [None, None, "醪糟产品抽检批次", "≥180批次"],
        [None, None, "参加农产品展会", "≥4场"],
        [None, "（二）质量指标", "醪糟产品抽检合格率", "≥98%"],
        [None, "（三）时效指标", "作坊改造完成时间", "2026年11月30日前"],
        ["二、成本指标", "（一）经济成本指标", "单家作坊改造补助", "≤10万元/家"],
        ["三、效益指标", "（一）经济效益指标", "醪糟销售额增长率", "≥15%"],
        [None, "（二）社会效益指标", "食品安全事故", "0起"],
        [None, "（三）可持续影响指标", "“蓼川醪糟”品牌使用管理办法", "建立并执行"],
        ["四、满意度指标", "（一）服务对象满意度指标", "作坊经营户满意度", "≥90%"],
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    signed(s, "闫启东", "0779-6217152", day(YEAR - 1, 11, 24))
    return b


@variant("ev08-laozao-department-wrong", (12,),
         "department, OLD-NAT: tasks not adding to 金额合计, a workshop count below the goal's, "
         "the same pass rate twice with a word less and another value")  # fmt: skip
def ev08() -> Book:
    b, s = start()
    goal = "1.扶持醪糟作坊12家更新发酵及灭菌设备；2.抽检醪糟产品60批次以上；3.设计统一包装1套。"
    total = mk(wan(100), "B102", "error", note="60＋15＋20＝95，不等于金额合计100")
    tasks = [
        ["醪糟作坊设备更新", "补助作坊更新发酵罐、灭菌设备", wan(60), "12家作坊完成更新"],
        ["醪糟产品抽检", "委托检测机构抽检", wan(15), "抽检≥60批次"],
        ["醪糟统一包装设计", "设计包装及标识", wan(20), "统一包装1套"],
        ["金额合计", None, total, None],
    ]  # fmt: skip
    department(s, "蓼川县柘坪乡农业综合服务中心", (180, 160, 20, 80, 100), goal, tasks)
    few = mk("≥10家", "D104", "warning", note="年度总体目标写扶持醪糟作坊12家")
    dup = mk("醪糟抽检合格率", "D103", "warning", row=True, alt=("D101", "D102"),
             note="与上一行“醪糟产品抽检合格率”是同一指标，指标值却不同")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "扶持醪糟作坊", few],
        [None, None, "醪糟产品抽检批次", "≥60批次"],
        [None, None, "统一包装设计", "≥1套"],
        [None, "质量指标", "醪糟产品抽检合格率", "≥98%"],
        [None, None, dup, "≥95%"],
        [None, "时效指标", "设备更新完成时间", "2026年9月30日前"],
        [None, "成本指标", "单家作坊设备补助", "≤5万元/家"],
        ["效益指标", "经济效益指标", "作坊醪糟销售额增长率", "≥10%"],
        [None, "社会效益指标", "带动就业", "≥40人"],
        ["满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"],
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), rows)
    return b


@variant("ev09-laozao-flat", (1, 3, 4),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), a "
         "typed percent, weights adding to 100, a 合计 row, a note below (correct)")  # fmt: skip
def ev09() -> Book:
    b, s = start()
    goal = ("全年指导醪糟作坊8家规范生产，开展从业人员培训160人次，醪糟产品抽检合格率保持在"
            "97%以上。")  # fmt: skip
    department(s, "蓼川县岑湾镇农产品加工服务站", (90, 80, 10, 50, 40), goal)
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ["指导醪糟作坊规范生产", 15, "家", "≥", 8],
        ["从业人员培训", 15, "人次", "≥", 160],
        ["醪糟产品抽检合格率", 15, "%", "≥", pct(0.97)],
        ["生产环节投诉率", 10, "%", "≤", 2],
        ["作坊现场检查覆盖率", 10, "%", "=", 100],
        ["培训完成时间", 10, None, "≤", day(YEAR, 10, 31)],
        ["作坊醪糟产量增长率", 10, "%", "≥", 8],
        ["作坊经营户满意度", 10, "%", "≥", 90],
        ["培训人均成本", 5, "元/人次", "≤", 600],
    ]  # fmt: skip
    table(s, FLAT, rows, merged=())
    s.row("合计", 100)
    notes(s, "注：抽检合格率按县市场监管部门抽检结果计算；权重合计100分。", width=5)
    return b


@variant("ev10-laozao-flat-wrong", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 权重): weights "
         "adding to 95, the same sales figure twice with two values")  # fmt: skip
def ev10() -> Book:
    b, s = start()
    goal = "全年帮助醪糟作坊拓展线上销售，醪糟年销售额达到300万元，培训电商人员120人次。"
    department(s, "蓼川县柘坪乡农业综合服务站", (60, 55, 5, 35, 25), goal)
    dup = mk("醪糟年销售额", "D102", "error", row=True, alt=("D101", "D103"),
             note="与第二条同名同单位，指标值300万元与260万元矛盾")  # fmt: skip
    rows = [
        ["醪糟作坊线上开店", "≥20", "家", 15],
        ["醪糟年销售额", "≥300", "万元", 15],
        ["醪糟包装标识合格率", "≥98", "%", 10],
        ["线上订单发货及时率", "≥95", "%", 10],
        [dup, "≥260", "万元", 15],
        ["电商培训", "≥120", "人次", 10],
        ["客户投诉率", "≤2", "%", 10],
        ["作坊经营户满意度", "≥90", "%", 10],
    ]  # fmt: skip
    table(s, ("指标名称", "指标值", "计量单位", "权重"), rows, merged=())
    b.file_mark("W101", "error", note="权重合计95，应为100")
    return b


@variant("ev11-laozao-last-season", (7, 12),
         "project, OLD-NAT, headers 指标内容 and 绩效标准: plan dates and a deadline left from "
         "last season, a unit price × count above the money")  # fmt: skip
def ev11() -> Book:
    b, s = start()
    goal = "更新醪糟发酵罐8个，完成2家作坊食品生产许可（SC）认证，醪糟日产能提高到1.5吨。"
    begin = mk(day(2025, 3, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为2026年度，计划起止日期却是2025年")  # fmt: skip
    project(s, "岑湾镇醪糟发酵车间设备更新项目", CENTRE, funds(25, 20, 5), [goal], start=begin,
            end=day(2025, 12, 31))  # fmt: skip
    late = mk("2025年12月31日前", "Y102", "error", note="完成时间在预算年度2026年之前")
    price = mk("≤3.5万元/个", "B107", "warning", note="8个×3.5万元=28万元，超过资金总额25万元")
    rows = [
        ["产出指标", "数量指标", "新增发酵罐", "≥8个"],
        [None, None, "通过SC认证作坊", "≥2家"],
        [None, "质量指标", "设备安装验收合格率", "=100%"],
        [None, "时效指标", "设备安装完成时间", late],
        [None, "成本指标", "发酵罐采购单价", price],
        ["效益指标", "经济效益指标", "醪糟日产能", "≥1.5吨"],
        [None, "社会效益指标", "带动作坊就业", "≥15人"],
        ["满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"],
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), rows)
    return b


def _export_money(b: Book) -> None:
    s = b.sheet("部门项目支出预算05-1", (20, 26, 14, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：" + CENTRE, None, None, None, "单位：万元", merge=[(1, 4)])
    s.row("项目编码", "项目名称", "支出功能分类", "资金总额", "财政拨款", "其他资金")
    s.row("431126260001", "醪糟作坊食品安全监管", "2130126", 20, 20, 0)
    s.row("431126260002", "醪糟传统工艺传承培训", "2130126", 12, 10, 2)
    s.row("合计", None, None, 32, 30, 2)


@variant("ev12-laozao-system-export", (4, 7, 12),
         "budget-system export: money on sheet 05-1, indicators on sheet 05-2 under a header on "
         "the third row, project codes in front, header repeated (correct)")  # fmt: skip
def ev12() -> Book:
    b = Book()
    _export_money(b)
    s = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 14, 26, 18))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    s.row("单位名称：" + CENTRE, merge=[(1, 6)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    table(s, head, [
        ["431126260001", "醪糟作坊食品安全监管", "产出指标", "数量指标", "抽检批次", "≥120批次"],
        [None, None, None, "质量指标", "抽检结果公示率", "=100%"],
        [None, None, None, "时效指标", "抽检结果公示时限", "≤10个工作日"],
        [None, None, None, "成本指标", "每批次检测费用", "≤1500元/批次"],
        [None, None, "效益指标", "社会效益指标", "醪糟食品安全事故", "0起"],
        [None, None, "满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    table(s, head, [
        ["431126260002", "醪糟传统工艺传承培训", "产出指标", "数量指标", "培训学员", "≥200人次"],
        [None, None, None, "质量指标", "培训考核合格率", "≥90%"],
        [None, None, None, "时效指标", "培训完成时间", "2026年11月30日前"],
        [None, None, None, "成本指标", "人均培训成本", "≤500元/人次"],
        [None, None, "效益指标", "社会效益指标", "新增醪糟工艺传承学徒", "≥20人"],
        [None, None, "满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"],
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

"""Grading stations (分级站, 收购站分级线): sites, graders, lines, supervision and money."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout582.common import book, indicators, notes, proj_money, sign, wan
from tests.variants.holdout582.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "枫埠市烟草专卖局（公司）柘川县分局（分公司）"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("dt07-grading-second-sheet", (7, 1),
         "project: head on the first sheet, the indicator table on a second sheet under 考核指标, "
         "目标值（年度） and 评价标准, operator column, typed percent cells (correct)")  # fmt: skip
def grading_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s, year=2025, name="收购站分级场地标准化改造", dept=DEPT, unit="柘川县槐坪烟叶收购站",
        money=proj_money((58, 50, 8)),
        goals=["改造槐坪、桐岙两个收购站分级场地共1600平方米，分级等级合格率达到80%以上。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 10, 16, 30))
    t.title("收购站分级场地标准化改造绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "考核指标", "指标性质", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "改造分级场地面积", "≥", "1600平方米", "按验收面积计"),
        (None, None, "新增标准分级台", "≥", "40张", "每少1张扣0.5分"),
        (None, "质量指标", "分级等级合格率", "≥", pct(0.8), "每低1个百分点扣1分"),
        (None, "时效指标", "分级场地改造完成时间", "≤", day(2025, 7, 31), "逾期不得分"),
        ("成本指标", "经济成本指标", "每平方米改造成本", "≤", "350元/平方米", "超标不得分"),
        ("效益指标", "经济效益指标", "混级收购率下降", "≥", "5百分点", "按收购系统数据"),
        (None, "社会效益指标", "烟叶收购等级投诉率", "≤", pct(0.01), "超出不得分"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥", pct(0.9), "问卷调查"),
    ])  # fmt: skip
    return b


@variant("dt08-grading-abbrev-duplicate", (5,),
         "project, NAT-2021, abbreviated tier labels (产出, 数量, 成本, 经济成本): one indicator "
         "given twice with different values, a 合格率 under 时效")  # fmt: skip
def grading_abbrev() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="烟叶分级工技能提升培训", dept=DEPT, unit="柘川县烟叶分级收购服务中心",
        money=proj_money((36, 36, 0)),
        goals=["分6期培训分级工150人，持证上岗率90%以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出", "数量", "分级工培训人数", "≥150人"),
        (None, None, "培训期数", "≥6期"),
        (None, "质量", "培训考核合格率", "≥95%"),
        (None, None, "培训分级工人数",
         mk("≥120人", "D102", "error", alt=("D103", "D101"),
            note="the same count as 分级工培训人数 (≥150人) with another value")),
        (None, "时效", "分级等级合格率",
         mk("≥80%", "F201", "warning", row=True, note="a 合格率 is a quality indicator")),
        (None, None, "培训完成时间", "2025年6月30日前"),
        ("成本", "经济成本", "人均培训费用", "≤2000元/人"),
        ("效益", "社会效益", "持证上岗分级工占比", "≥90%"),
        ("满意度", "服务对象满意度", "参训分级工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt09-grading-lines-two-year", (8,),
         "two-year grading-line project 2025—2026, NAT-2021, 中期 and 年度 columns, counts "
         "below the period, a 2026 date inside the 项目期, money paying unit cost × count "
         "(correct)")  # fmt: skip
def grading_lines() -> Book:
    b, s = book()
    project_head(
        s, year=2025, years=2, attr="新增项目", name="烟叶分级收购线提升改造", dept=DEPT,
        unit="柘川县烟叶分级收购服务中心", money=proj_money((240, 200, 40), (140, 120, 20)),
        goals=["2025—2026年改造分级收购线12条，建成标准化分级站4个，2026年6月底前全部投入使用。",
               "2025年改造分级收购线7条，建成标准化分级站2个。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "改造分级收购线", "≥12条", "≥7条"),
        (None, None, "建成标准化分级站", "≥4个", "≥2个"),
        (None, "质量指标", "分级线验收合格率", "=100%", "=100%"),
        (None, "时效指标", "分级线全部投入使用时间", "2026年6月30日前", "2025年10月31日前（首批）"),
        ("成本指标", "经济成本指标", "单条分级线改造成本", "≤20万元/条", "≤20万元/条"),
        ("效益指标", "经济效益指标", "分级等级合格率提高", "≥4百分点", "≥2百分点"),
        (None, "可持续影响指标", "分级线设计使用年限", "≥10年", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt10-grading-serial-title", (9, 7),
         "project, OLD-NAT, header 预期目标: a title year before the budget year, the start date "
         "a serial typed as text, a station count against the 年度目标 text")  # fmt: skip
def grading_serial() -> Book:
    b, s = book()
    project_head(
        s, year=2025, name="桐岙收购站分级散叶收购改造", dept=DEPT, unit="柘川县桐岙烟叶收购站",
        title=mk("2024年度项目支出绩效目标申报表", "Y101", "error",
                 note="the plan dates and goals are 2025"),
        start=mk("45748", "X104", "warning", note="a date serial (2025-04-01) stored as text"),
        money=proj_money((120, 100, 20)),
        goals=[ok("2025年建设标准化分级站4个，散叶收购覆盖率达到60%以上。", "warning",
                  note="the goal side of the D104 conflict")],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "标准化分级站建设数量",
         mk("≥5个", "D104", "warning", row=True, note="年度目标 says 分级站4个")),
        (None, None, "散叶收购覆盖率", "≥60%"),
        (None, "质量指标", "分级站验收合格率", "=100%"),
        (None, "时效指标", "建设完成时间", "2025年9月30日前"),
        (None, "成本指标", "单个分级站建设成本", "≤24万元/个"),
        ("效益指标", "经济效益指标", "分级环节用工下降", "≥15%"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dt11-grading-flat-words", (3, 11),
         "department, flat list with 指标性质 as direction (正向/反向), word operators under "
         "指标方向, a unit column and weights; a 下降率 with 大于等于, 等于0起 "
         "(correct)")  # fmt: skip
def grading_flat() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="枫埠市烟叶分级质量监督站",
        budget=[(wan(310), wan(290), wan(20), wan(210), wan(100))],
        tasks=[("收购等级质量巡检", "巡检全市烟叶收购站点", wan(40), "巡检48个次"),
               ("分级技术比武", "组织分级工技术比武", wan(25), "参赛200人"),
               ("等级实物样品制作", "制作各收购站等级样品", wan(35), "制作样品42套"),
               ("金额合计", None, wan(100), None)],
        goal="全年巡检收购站点48个次，制作等级实物样品42套，收购等级合格率80%以上。",
    )  # fmt: skip
    s.row("指标名称", "指标性质", "指标方向", "指标值", "计量单位", "权重")
    s.table([
        ("收购站点等级质量巡检", "正向", "大于等于", 48, "个次", 15),
        ("分级技术比武参赛人数", "正向", "大于等于", 200, "人", 10),
        ("等级实物样品制作", "正向", "大于等于", 42, "套", 10),
        ("收购等级合格率", "正向", "大于等于", pct(0.8), "%", 15),
        ("等级质量投诉下降率", "正向", "大于等于", 20, "%", 10),
        ("压级压价问题发生数", "反向", "等于", 0, "起", 10),
        ("巡检问题整改时限", "反向", "小于等于", 10, "工作日", 10),
        ("样品制作单套成本", "反向", "小于等于", 0.8, "万元/套", 10),
        ("烟农对收购等级满意度", "正向", "大于等于", 90, "%", 10),
    ])  # fmt: skip
    sign(s, "龚若岚", "0791-5820946", day(2024, 11, 25))
    return b


@variant("dt12-grading-department-money", (12, 4),
         "department, NAT-2021, a 说明 row between tiers: tasks not adding to 金额合计, a "
         "training count against the task's 期望达到的目标")  # fmt: skip
def grading_department() -> Book:
    b, s = book()
    department_head(
        s, year=2025, dept="柘川县烟叶分级收购服务中心",
        budget=[(wan(420), wan(380), wan(40), wan(300), wan(120))],
        tasks=[("分级工培训", "开展分级工岗前培训", wan(30), ok("完成分级工培训6期", "warning")),
               ("分级场地租赁", "租赁烤季分级场地", wan(50), "保障分级场地12处"),
               ("分级设备维护", "维护电子秤和分级台", wan(36), "设备完好率95%以上"),
               ("金额合计", None,
                mk(wan(120), "B102", "error", note="30 + 50 + 36 = 116, not 120"), None)],
        goal="保障烤季分级收购有序开展，提升收购等级质量。",
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "分级工培训期数",
         mk("≥8期", "D104", "warning", row=True, note="the task promises 培训6期")),
        (None, None, "租赁分级场地", "≥12处"),
        (None, "质量指标", "分级设备完好率", "≥95%"),
        (None, "时效指标", "分级场地到位时间", "2025年7月15日前"),
    ])  # fmt: skip
    notes(s, "说明：分级场地按烤季实际使用月份租赁，租金按月结算。", width=4)
    s.table([
        ("成本指标", "经济成本指标", "单处场地月租金", "≤1万元"),
        ("效益指标", "社会效益指标", "收购等级合格率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "烟农满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b

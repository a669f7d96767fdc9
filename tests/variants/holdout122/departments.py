"""Education bureaus and county schools: department tables, a flat list, operator columns."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout122.common import H4, footer, indicators, wan
from tests.variants.holdout122.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("mb07-district-bureau", (12,), "department, NAT-2021, tasks adding to 项目支出")
def mb07() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="白沙河区教育局",
        budget=[(wan(5860.5), wan(5620.5), wan(240), wan(3960.5), wan(1900))],
        tasks=[("区级生均公用经费补助", "按400元/生·年补助区属义务教育学校",
                wan(880), "保障22000名学生"),
               ("学生资助", "落实各学段学生资助政策", wan(560), "资助困难学生1700人以上"),
               ("教师培训", "开展全员培训和骨干教师研修", wan(260), "培训3500人次"),
               ("校舍维修", "维修区属学校校舍", wan(200), "维修8000平方米"),
               ("金额合计", None, wan(1900), None)],
        goal="目标1：保障区属学校正常运转；目标2：落实学生资助政策；目标3：提升教师专业能力。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "保障义务教育在校生人数", "≥22000人"),
        (None, None, "资助家庭经济困难学生人数", "≥1700人"),
        (None, None, "教师培训人次", "≥3500人次"),
        (None, None, "维修校舍面积", "≥8000平方米"),
        (None, "质量指标", "资助对象认定精准率", pct(1)),
        (None, None, "教师培训合格率", "≥95%"),
        (None, None, "维修工程验收合格率", pct(1)),
        (None, "时效指标", "资助资金发放及时率", pct(1)),
        ("成本指标", "经济成本指标", "区级生均公用经费补助标准", "≤400元/生·年"),
        (None, None, "教师人均培训成本", "≤740元/人次"),
        ("效益指标", "社会效益指标", "义务教育巩固率", "≥98%"),
        (None, "可持续影响指标", "教师队伍专业素质", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", pct(0.9)),
        (None, None, "参训教师满意度", "≥90%"),
    ], title="年度绩效指标")  # fmt: skip
    footer(s, "白沙河区教育局", "钟亦凡", "0735-2210874", "2026年11月20日")
    return b


@variant("mb08-county-bureau-wrong", (12, 11), "department, NAT-2021, tasks, one column")
def mb08() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2027, dept="临溪县教育局",
        budget=[(mk(wan(4210), "B101", "error", note="4000 + 180 = 2980 + 1200 = 4180"),
                 wan(4000), wan(180), wan(2980), wan(1200))],
        tasks=[("农村义务教育营养改善计划", "按5元/生·天补助农村学生午餐",
                 wan(640), "覆盖6400名学生"),
               ("县域普通高中生均公用经费", "按1000元/生·年补助县属两所高中",
                wan(380), "保障3800名学生"),
               ("校园安全设施提升", "更新监控和消防设施", wan(180), "完成24所学校"),
               ("金额合计", None, wan(1200), None)],
        goal="保障全县学校正常运转，落实营养改善计划，提升校园安全水平。",
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "营养改善计划覆盖学生人数", "≥6400人"),
        (None, None, "补助普通高中在校生人数", "≥3800人"),
        (None, None, "完成安全设施提升学校数", "≥24所"),
        (None, "质量指标", "学生营养餐食品安全检查合格率", pct(1)),
        (None, None, "安全设施验收合格率", pct(1)),
        (None, "时效指标", "营养膳食补助按月拨付率", pct(1)),
        ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5元/生·天"),
        (None, None, "普通高中生均公用经费标准", "≤1000元/生·年"),
        ("效益指标", "社会效益指标", "农村学生营养健康状况", "有效改善"),
        (None, None, "校园安全责任事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="≥ on a 反向 accident rate")),
        (None, "可持续影响指标", "校园安全长效管理机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ], title="年度绩效指标")  # fmt: skip
    footer(s, "临溪县教育局", "马晓东", "0736-7812650", "2026年11月17日")
    return b


@variant("mb09-school-flat-list", (3,), "department, flat list with unit, operator and weight")
def mb09() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="临溪县第二中学",
        budget=[(wan(2680), wan(2600), wan(80), wan(2380), wan(300))],
        goal="保障学校教育教学正常运转，落实学生资助政策，提升教育教学质量。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "计量单位", "指标性质", "指标值", "权重")
    for line in [
        ("保障在校学生人数", "人", "大于等于", 1850, 10),
        ("教职工培训人次", "人次", "大于等于", 260, 8),
        ("家庭经济困难学生资助人数", "人", "大于等于", 210, 8),
        ("学业水平考试合格率", "%", "大于等于", 95, 10),
        ("本科上线率", "%", "大于等于", 60, 8),
        ("校舍安全隐患整改完成率", "%", "等于", 100, 8),
        ("学生近视新发率", "%", "小于等于", 5, 6),
        ("生均公用经费", "元/生·年", "小于等于", 1100, 8),
        ("资助资金发放及时率", "%", "等于", 100, 8),
        ("学生体质健康达标率", "%", "大于等于", 92, 8),
        ("学生满意度", "%", "大于等于", 90, 9),
        ("家长满意度", "%", "大于等于", 90, 9),
    ]:
        s.row(*line)
    s.row("合计", None, None, None, 100)
    footer(s, "临溪县第二中学", "孙文博", "0736-7830215", "2026年11月12日")
    return b


@variant("mb10-high-school-weights", (10, 1), "department, NAT-2021, 权重 column adding to 95")
def mb10() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2027, dept="石梁县第一高级中学",
        budget=[(wan(3150), wan(3050), wan(100), wan(2750), wan(400))],
        goal="保障3600名在校生教育教学需要，落实国家助学金和免学费政策。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.table([
        ("产出指标", "数量指标", "保障在校学生人数", "≥3600人", 10),
        (None, None, "国家助学金资助人数", "≥320人", 10),
        (None, "质量指标", "家庭经济困难学生资助覆盖率",
         mk("320人", "T105", "error", note="a coverage rate given as a count"), 10),
        (None, None, "学业水平考试合格率", "≥96%", 10),
        (None, "时效指标", "助学金按学期发放及时率", pct(1), 10),
        ("成本指标", "经济成本指标", "国家助学金资助标准", "≤2000元/人·年", 10),
        ("效益指标", "社会效益指标", "因经济困难辍学人数", "0人", 10),
        (None, "可持续影响指标", "学校办学质量", "稳步提升", 10),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", 8),
        (None, None, "家长满意度", "≥90%", 7),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="10×8 + 8 + 7 = 95, not 100")
    footer(s, "石梁县第一高级中学", "罗慧", "0736-8850132", "2026年11月14日")
    return b


@variant("mb11-free-tuition-operator", (1,), "project, NAT-2021, 比较符 and 计量单位 columns")
def mb11() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="中等职业学校免学费补助", dept="鹤渚市教育局（208）",
        unit="鹤渚市教育局", attr="常年项目",
        money=[("年度资金总额", wan(480), "其中：财政拨款", wan(480)),
               ("其他资金", wan(0), None, None)],
        goals=["按2000元/生·年的标准落实全市2400名中职学生免学费政策，减轻家庭负担。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "享受免学费学生人数", "≥", 2400, "人"),
        (None, None, "覆盖中职学校数量", "=", 7, "所"),
        (None, "质量指标", "免学费资格审核准确率", "=", pct(1), "%"),
        (None, None, "补助资金专款专用率", "=", pct(1), "%"),
        (None, "时效指标", "资金拨付完成时间", "≤", "2027年9月30日", None),
        ("成本指标", "经济成本指标", "免学费补助标准", "≤", 2000, "元/生·年"),
        ("效益指标", "社会效益指标", "中职学生巩固率", "≥", pct(0.93), "%"),
        (None, None, "中职毕业生就业率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "中职教育吸引力", "定性", "持续增强", None),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥", pct(0.9), "%"),
        (None, None, "学生家长满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "鹤渚市教育局职成教科", "陈梓涵", "0736-3305519", "2026年11月23日")
    return b


@variant("mb12-teacher-training-wrong", (1, 11), "project, OLD-NAT, 比较符 and 计量单位 columns")
def mb12() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="乡村教师能力提升培训", dept="省教育厅（301）",
        unit="鹤渚教育学院", attr="延续项目",
        start=mk(day(2026, 1, 1), "Y102", "error", alt=("Y101",),
                 note="a one-year 2027 project starting in 2026"),
        money=[("年度资金总额", wan(420), "其中：财政拨款", wan(420)),
               ("其他资金", wan(0), None, None)],
        goals=["2027年培训乡村教师3000人次，开展送教下乡36场。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "培训乡村教师人次", "≤", mk(3000, "T108", "warning", row=True,
                                                   note="≤ on a 正向 output count"), "人次"),
        (None, None, "开展送教下乡活动", "≥", mk("36场", "T112", "error", note="场 vs 人次"),
         "人次"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "培训任务完成时间", "≤", "2027年11月30日", None),
        (None, "成本指标", "人均培训成本", "≤", 1400, "元/人次"),
        ("效益指标", "社会效益指标", "参训教师教学能力提升率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "乡村教师培训长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "鹤渚教育学院继续教育部", "邱明轩", "0736-2240917", "2026年11月16日")
    return b

"""Returns on the greenway course: multi-year works with 中期 and 年度 columns, flat department
lists, template rows left empty, other header words (yr07–yr12)."""

from __future__ import annotations

from tests.variants.holdout450.common import (
    BUILD,
    CITY,
    budget,
    dept,
    first,
    funds,
    indicators,
    period_funds,
    proj,
)
from tests.variants.holdout450.registry import variant
from tests.variants.kit import Book, mk, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("yr07-course-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "counts below their period, rates and unit costs equal (correct)")  # fmt: skip
def course_multi_year() -> Book:
    b, s = first("绩效目标表")
    goals = ["2025—2027年改造汀栖湖环湖绿道骑行赛道36公里，新建骑行驿站9个，达到省级业余"
             "公路赛赛道标准。", "2025年完成首期12公里赛道改造和3个骑行驿站建设。"]  # fmt: skip
    proj(s, "汀栖湖环湖绿道骑行赛道提升工程", "榆汀市绿道管理中心",
         period_funds((2200, 2000, 200), (750, 700, 50)), goals, dept=CITY, years=3)  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "骑行赛道改造里程", "≥36公里", "≥12公里"),
        (None, None, "新建骑行驿站", "≥9个", "≥3个"),
        (None, "质量指标", "改造路面平整度检测合格率", "≥95%", "≥95%"),
        (None, "时效指标", "分期改造段完工时间", "2027年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "每公里赛道改造成本", "≤60万元/公里", "≤60万元/公里"),
        ("效益指标", "社会效益指标", "绿道骑行日均人次", "≥3000人次", "≥2000人次"),
        (None, "生态效益指标", "沿线新增绿化面积", "≥6万平方米", "≥2万平方米"),
        (None, "可持续影响指标", "绿道设施完好率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民及骑行者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr08-course-multi-year-copied", (8,), "two-year project, NAT-2021, 中期 and 年度 "
         "columns: cumulative counts and the 中期目标 text copied into the year")  # fmt: skip
def course_multi_year_copied() -> Book:
    b, s = first("绩效目标表")
    goal = "建成滨河绿道骑行赛道14公里，连通汀栖湖环湖绿道，新建骑行驿站4个。"
    copied = mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    proj(s, "枫渚区滨河绿道骑行赛道连通工程", "枫渚区绿道建设服务站",
         period_funds((1200, 1100, 100), (700, 650, 50)), [goal, copied], dept=BUILD,
         years=2)  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "骑行赛道连通里程", "≥14公里", mk("≥14公里", "D202", "warning",
            note="两年期累计里程，年度值照抄中期值")),
        (None, None, "新建骑行驿站", "≥4个", mk("≥4个", "D202", "warning",
            note="两年期累计个数，年度值照抄中期值")),
        (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "赛道全线贯通时间", "2026年10月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "工程建设成本", "≤1200万元", "≤700万元"),
        ("效益指标", "社会效益指标", "承办区级以上骑行赛事", "≥2场", "≥1场"),
        (None, "生态效益指标", "沿线绿化恢复率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yr09-course-flat", (3,), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), percents typed in Excel, all adding up (correct)")  # fmt: skip
def course_flat() -> Book:
    b, s = first()
    dept(s, "榆汀市绿道管理中心", [budget(420, 380, 40, 150, 270)],
         "养护环湖及滨河绿道48公里，更新骑行赛道标识，保障绿道安全畅通。", tasks=[
             ("绿道日常养护", "绿道48公里保洁及路面修补", 160, "养护里程≥48公里"),
             ("骑行赛道标识更新", "更换里程牌、弯道警示牌", 60, "更新标识≥260块"),
             ("客流计数系统运维", "18个计数点设备运维", 50, "数据上传及时率≥95%"),
             ("金额合计", None, 270, None)])  # fmt: skip
    s.skip()
    indicators(s, FLAT, [
        ("绿道养护里程", 20, "公里", "≥", 48),
        ("骑行赛道标识更新", 10, "块", "≥", 260),
        ("路面破损修复及时率", 15, "%", "≥", pct(0.95)),
        ("绿道设施完好率", 15, "%", "≥", pct(0.92)),
        ("客流计数数据上传及时率", 10, "%", "≥", pct(0.95)),
        ("每公里年养护成本", 10, "万元/公里", "≤", 3.3),
        ("绿道骑行伤亡事故", 10, "起", "=", 0),
        ("骑行者投诉量下降率", 5, "%", "≥", pct(0.08)),
        ("骑行者满意度", 5, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    return b


@variant("yr10-course-flat-defects", (3, 11), "department, flat list in another order (指标名称 "
         "· 指标值 · 指标性质 as direction · 计量单位 · 权重): three defects")  # fmt: skip
def course_flat_defects() -> Book:
    b, s = first()
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95，应为 100")
    dept(s, "枫渚区绿道建设服务站", [budget(260, 230, 30, 110, 150)],
         "新建滨河绿道12公里，做好绿道日常巡查维护。", tasks=[
             ("滨河绿道新建", "新建绿道12公里", 96, "新建里程≥12公里"),
             ("绿道巡查维护", "每日巡查2次及病害修复", 54, "病害修复合格率≥95%"),
             ("金额合计", None, 150, None)])  # fmt: skip
    s.skip()
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("滨河绿道新建里程", mk("12万元", "T112", "error",
            note="值中的单位万元与计量单位列的公里不一致"), "正向", "公里", 20),
        ("绿道巡查频次", "≥2", "正向", "次/日", 15),
        ("路面病害修复合格率", "≥95%", "正向", "%", 15),
        ("井盖缺失报修后处置时长", mk("≥24", "T108", "warning", row=True,
            note="处置时长是反向指标，应为 ≤24小时"), "反向", "小时", 15),
        ("每公里绿道新建成本", "≤8", "反向", "万元/公里", 10),
        ("骑行者投诉量", "≤12", "反向", "件", 10),
        ("沿线骑行者满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    return b


@variant("yr11-course-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicator, a value without a name")  # fmt: skip
def course_template_rows() -> Book:
    b, s = first()
    proj(s, "汀栖湖绿道赛段夜间照明改造", "榆汀市绿道管理中心", funds(95, 95, 0),
         ["改造汀栖湖绿道赛段路灯320盏，夜间骑行时段延长2小时以上。"], dept=CITY)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "更换LED路灯", "≥320盏"),
        (None, None, mk(None, "F110", "error", note="填了≥12个，却没有三级指标名称"), "≥12个"),
        (None, "质量指标", "改造路段路灯亮灯率", "≥98%"),
        (None, "时效指标", "改造完工时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单盏路灯改造成本", "≤2500元/盏"),
        ("效益指标", "社会效益指标", "夜间骑行时段延长", "≥2小时"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
            note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        (None, "可持续影响指标", "照明设施运维管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "夜间骑行者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yr12-course-header-words", (7,), "project, OLD-NAT, two-row header (考核内容 · "
         "绩效标准 · 评价标准 over 考核指标 · 目标值（年度）), words (correct)")  # fmt: skip
def course_header_words() -> Book:
    b, s = first()
    proj(s, "绿道骑行赛道标线与护栏维护", "榆汀市绿道管理中心", funds(64, 60, 4),
         ["赛前完成赛道标线重划18公里、护栏维修更换420米，保障赛道安全。"], dept=CITY)  # fmt: skip
    s.row("考核内容", None, None, "绩效标准", None, "评价标准", merge=[(1, 3), (4, 5)])
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）", "计量单位", None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "赛道标线重划", "不少于18", "公里", "每少1公里扣1分"),
        (None, None, "护栏及防撞桶维修更换", "不少于420", "米", "未完成按比例扣分"),
        (None, "质量指标", "标线验收合格率", "不低于95", "%", "低于95%不得分"),
        (None, "时效指标", "赛前维护完成时间", "9月30日前", None, "逾期不得分"),
        (None, "成本指标", "标线重划单价", "不超过1.5", "万元/公里", "超支不得分"),
        (None, None, "护栏维修单价", "不超过600", "元/米", "超支不得分"),
        ("效益指标", "社会效益指标", "赛道区段骑行事故起数", "较上年下降", None, "未下降不得分"),
        (None, "可持续影响指标", "护栏设施完好率", "90%以上", "%", "每低1个百分点扣1分"),
        ("满意度指标", "服务对象满意度指标", "骑行者满意度", "不低于90", "%", "每低1个百分点扣1分"),
    ], (1, 2))  # fmt: skip
    return b

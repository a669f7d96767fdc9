"""Law-popularisation events: 宪法宣传周, 法治文艺下乡, 普法讲师团, 法治文化阵地 and 巡回宣讲
(keh13–keh18)."""

from __future__ import annotations

from tests.variants.holdout804.common import (
    department_book,
    indicators,
    notes,
    project_book,
    sign,
    two_row_header,
    wan,
)
from tests.variants.holdout804.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keh13-pufa-flat-direction", (3, 1, 11), "department, key tasks, flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 as direction · 指标值), a typed "
         "percent, 0 on an incident count (correct)")  # fmt: skip
def pufa_flat_direction() -> Book:
    b, s = department_book(
        year=2025, dept="鹤汀市法治宣传教育中心",
        budget=[(wan(150), wan(140), wan(10), wan(62), wan(88))],
        tasks=[("宪法宣传周", "集中宣传、宪法宣誓仪式", wan(18), "开展活动20场"),
               ("法治文化阵地建设", "法治公园、法治长廊提升", wan(40), "新建阵地8处"),
               ("“法律明白人”培训", "市、县、乡三级培训", wan(30), "培训1200人次"),
               ("金额合计", None, wan(88), None)],
        goal="开展宪法宣传周活动20场，新建法治文化阵地8处，培训“法律明白人”1200人次。",
    )  # fmt: skip
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("宪法宣传周活动场次", 15, "场", "正向", "≥20"),
        ("新建法治文化阵地数", 15, "处", "正向", "≥8"),
        ("“法律明白人”培训人次", 15, "人次", "正向", "≥1200"),
        ("培训考核合格率", 10, "%", "正向", pct(0.9)),
        ("宣传活动安全责任事故", 10, "起", "反向", 0),
        ("每场宣传活动平均经费", 10, "万元/场", "反向", "≤0.9"),
        ("社会公众宪法知晓率", 15, "%", "正向", "≥85"),
        ("参与群众满意度", 10, "%", "正向", "≥90"),
    ])  # fmt: skip
    notes(s, "注：权重合计100分。")
    sign(s, "蒲晏", "0733-8860531", day(2024, 11, 20))
    return b


@variant("keh14-roadshow-percent-wrong", (1, 6, 13), "project, OLD-NAT tiers with 成本 under "
         "产出, operator and unit columns: a typed percent above 100, a count below the goal's, "
         "a template tier-2 left empty")  # fmt: skip
def roadshow_percent_wrong() -> Book:
    b, s = project_book(
        year=2025, name="“法律进乡村”巡回宣讲", dept="栎川县司法局（318006）",
        unit="栎川县普法讲师团",
        money=[("年度资金总额", wan(36), "其中：财政拨款", wan(36)),
               ("其他资金", wan(0), None, None)],
        goals=["开展“法律进乡村”巡回宣讲40场，覆盖全县12个乡镇，发放宣传资料2万份。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "巡回宣讲场次", "≥",
         mk(30, "D104", "warning", row=True, note="年度目标写40场"), "场"),
        (None, None, "覆盖乡镇数", "=", 12, "个"),
        (None, None, "宣传资料发放份数", "≥", 20000, "份"),
        (None, "质量指标", "宣讲计划完成率", "≥",
         mk(pct(1.05), "T106", "error", note="完成率封顶100%，单元格显示105%"), "%"),
        (None, "时效指标", "宣讲完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        (None, "成本指标", "每场宣讲平均成本", "≤", 0.8, "万元/场"),
        ("效益指标", "社会效益指标", "村民法律知识知晓率", "≥", pct(0.8), "%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板的二级指标留着，没有三级指标和指标值"), None, None, None, None),
        (None, "可持续影响指标", "宣讲课件入库数", "≥", 40, "个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邬明禾", "0731-6620418", day(2024, 11, 12))
    return b


@variant("keh15-culture-department-wrong", (12, 4), "department, NAT-2021, key tasks, a note row "
         "and a header repeated after a page break: 基本支出 + 项目支出 ≠ 资金总额, one count "
         "twice under 数量 and 时效")  # fmt: skip
def culture_department_wrong() -> Book:
    b, s = department_book(
        year=2025, dept="苇塘区司法局",
        budget=[(mk(wan(420), "B101", "error", row=True,
                    note="基本支出 260 + 项目支出 150 = 410 ≠ 资金总额 420"
                         "（财政拨款 400 + 其他 20 相符）"),
                 wan(400), wan(20), wan(260), wan(150))],
        tasks=[("法治文艺下乡", "法治文艺演出、法治电影放映", wan(60), "演出80场"),
               ("青少年法治教育", "法治副校长进校园、模拟法庭", wan(50), "覆盖中小学46所"),
               ("普法阵地维护", "法治公园、宣传栏维护", wan(40), "维护阵地30处"),
               ("金额合计", None, wan(150), None)],
        goal="开展法治文艺下乡演出80场，法治进校园覆盖中小学46所，维护普法阵地30处。",
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "法治文艺下乡演出场次", "≥80场", None),
        (None, None, "法治进校园覆盖中小学数", "≥46所", None),
        (None, None, "普法阵地维护数", "≥30处", "含法治公园3处"),
        (None, "质量指标", "演出节目法律内容审核通过率", "=100%", None),
        (None, "时效指标", "法治文艺下乡演出场数",
         mk("≥80场", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与数量指标下的“法治文艺下乡演出场次”是同一指标，一字之差，又填在时效下"),
         None),
        (None, None, "阵地维护完成时间", "2025年10月31日前", None),
    ])  # fmt: skip
    s.row("注：以下接下页")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每场演出补助标准", "≤0.7万元/场", None),
        ("效益指标", "社会效益指标", "青少年法治教育参与人次", "≥20000人次", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "甘书远", "0736-5512093", day(2024, 11, 25))
    return b


@variant("keh16-culture-three-year", (8, 10), "three-year project, NAT-2021, two-row header "
         "(指标值 over 中期 and 年度), a goal total with its parts in brackets, a rate raised in "
         "百分点, typed 100% (correct)")  # fmt: skip
def culture_three_year() -> Book:
    b, s = project_book(
        year=2025, years=3, name="法治文化阵地建设三年行动", dept="鹤汀市司法局（401002）",
        unit="鹤汀市法治宣传教育中心", attr="新增项目",
        money=[("中期资金总额", wan(300), "年度资金总额", wan(100)),
               ("其中：财政拨款", wan(270), "其中：财政拨款", wan(90)),
               ("其他资金", wan(30), "其他资金", wan(10))],
        goals=["三年建设法治文化阵地60处（其中法治公园6处、法治广场12处、法治长廊42处），"
               "开展阵地主题活动300场。",
               "2025年建设法治文化阵地20处（其中法治公园2处），开展主题活动100场。"],
    )  # fmt: skip
    two_row_header(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位"),
                   (None, None, None, "中期", "年度", None), (4, 5))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "法治文化阵地建成数", "≥60", "≥20", "处"),
        (None, None, "其中：法治公园建成数", "≥6", "≥2", "处"),
        (None, None, "阵地主题活动场次", "≥300", "≥100", "场"),
        (None, "质量指标", "阵地建设验收合格率", pct(1), pct(1), "%"),
        (None, "时效指标", "建设任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        ("成本指标", "经济成本指标", "单处阵地建设补助", "≤4", "≤4", "万元/处"),
        ("效益指标", "社会效益指标", "群众法治素养测评合格率提升", "≥6", "≥2", "百分点"),
        (None, "可持续影响指标", "阵地管护制度", "建立并执行", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%", "%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "蒲晏", "0733-8860531", day(2024, 11, 20))
    return b


@variant("keh17-lecturers-points-wrong", (10, 5), "project, NAT-2021, tier-1 score column and "
         "indicator score column: 产出 declared 50 with 45 under it, a lecturer count above "
         "the goal's")  # fmt: skip
def lecturers_points_wrong() -> Book:
    b, s = project_book(
        year=2025, name="普法讲师团建设", dept="栎川县司法局（318006）", unit="栎川县普法办",
        money=[("年度资金总额", wan(25), "其中：财政拨款", wan(22)),
               ("其他资金", wan(3), None, None)],
        goals=["组建县级普法讲师团，吸收讲师60人，开展专题宣讲120场。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", mk(50, "W103", "error", alt=("W101",),
                        note="其下各指标分值 10 + 10 + 10 + 10 + 5 = 45，不是 50"),
         "数量指标", "吸收讲师人数",
         mk("≥80人", "D104", "warning", row=True, note="年度目标写吸收讲师60人"), 10),
        (None, None, None, "专题宣讲场次", "≥120场", 10),
        (None, None, "质量指标", "讲师授课评估优良率", "≥85%", 10),
        (None, None, "时效指标", "讲师团组建完成时间", "2025年4月30日前", 10),
        (None, None, "成本指标", "每场宣讲讲课费", "≤1500元/场", 5),
        ("效益指标", 30, "社会效益指标", "听众法律知识测试合格率", "提高≥5百分点", 15),
        (None, None, "可持续影响指标", "讲师团管理办法", "建立并执行", 15),
        ("满意度指标", 20, "服务对象满意度指标", "听众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("keh18-constitution-week-sheet2", (7, 4), "project head on the first sheet, the "
         "indicators on a second sheet under 预期实现值 with a unit column, a footnote explaining "
         "a total, text =100%, a date cell (correct)")  # fmt: skip
def constitution_week_sheet2() -> Book:
    b, s = project_book(
        year=2025, sheet="基本信息", name="宪法宣传周暨民法典宣传月活动",
        dept="鹤汀市司法局（401002）", unit="鹤汀市法治宣传教育中心",
        money=[("年度资金总额", wan(22), "其中：财政拨款", wan(20)),
               ("其他资金", wan(2), None, None)],
        goals=["开展宪法、民法典主题宣传活动50场（其中宪法宣传周30场、民法典宣传月20场），"
               "线上线下参与10万人次。"],
    )  # fmt: skip
    sign(s, "柯晚晴", "0733-8861207", day(2024, 11, 28))
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位", "备注"), [
        ("产出指标", "数量指标", "主题宣传活动场次", "≥50", "场", "宪法周30场、民法典月20场"),
        (None, None, "线上线下参与人次", "≥100000", "人次", "见注"),
        (None, "质量指标", "宣传内容法律审核率", "=100%", "%", None),
        (None, "时效指标", "宪法宣传周活动完成时间", day(2025, 12, 7, CN_DATE), None, None),
        (None, "成本指标", "每场活动平均经费", "≤0.4", "万元/场", None),
        ("效益指标", "社会效益指标", "群众宪法知晓率", "≥85%", "%", None),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "%", None),
    ])  # fmt: skip
    notes(t, "注：参与人次合计含线上直播观看人次（约6万）和线下参与人次（约4万）。",
          "填表说明：指标值填比较符和数值，单位填在计量单位列。")  # fmt: skip
    return b

"""Items 8 and 11: 中期 against 年度 (values and goal texts); direction against operator."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.kit import Book, mk, pct, variant

TWO = ["一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"]


@variant("p01-multi-year-equal", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "cumulative counts copied, 中期目标 text copied")  # fmt: skip
def p01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "建设15个乡镇综合养老服务中心，为失能老人提供上门照护服务。"
    project_head(
        s, year=2025, years=3, name="乡镇综合养老服务中心建设", dept="青岚市民政局",
        unit="青岚市养老服务指导中心", attr="新增项目",
        money=[("中期资金总额", 900, "年度资金总额", 300),
               ("其中：财政拨款", 900, "其中：财政拨款", 300)],
        goals=[goal, mk(goal, "D204", "warning", note="中期目标 copied")],
    )  # fmt: skip
    s.table([
        TWO,
        ["产出指标", "数量指标", "建成乡镇综合养老服务中心", "≥15个",
         mk("≥15个", "D202", "warning")],
        [None, None, "上门照护服务人次", "≥36000人次", mk("≥36000人次", "D202", "warning")],
        [None, None, "培训养老护理员", "≥600人", mk("≥600人", "D202", "warning")],
        [None, "质量指标", "护理员持证上岗率", "≥95%", "≥95%"],
        [None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "每个中心建设补助", "≤20万元/个", "≤20万元/个"],
        ["效益指标", "社会效益指标", "失能老人照护服务覆盖率", "≥60%", "≥40%"],
        ["满意度指标", "服务对象满意度指标", "服务老人及家属满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("p02-one-year-equal", (8,), "one-year project with 中期 and 年度 columns and goals "
         "legitimately identical")  # fmt: skip
def p02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    goal = "为全县2.4万名农村适龄妇女免费开展“两癌”筛查。"
    project_head(
        s, year=2025, years=1, name="农村适龄妇女“两癌”筛查", dept="临溪县卫生健康局",
        unit="临溪县妇幼保健计划生育服务中心",
        money=[("中期资金总额", 168, "年度资金总额", 168),
               ("其中：财政拨款", 168, "其中：财政拨款", 168)],
        goals=[goal, goal],
    )  # fmt: skip
    s.table([
        TWO,
        ["产出指标", "数量指标", "“两癌”筛查人数", "≥24000人", "≥24000人"],
        [None, "质量指标", "筛查阳性病例随访率", "≥95%", "≥95%"],
        [None, "时效指标", "筛查结果告知时限", "≤15个工作日", "≤15个工作日"],
        ["成本指标", "经济成本指标", "人均筛查费用", "≤70元/人", "≤70元/人"],
        ["效益指标", "社会效益指标", "适龄妇女“两癌”早诊率", "≥70%", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥90%", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("p03-two-column-sets", (8,), "two-year project, OLD-NAT, two complete column sets "
         "(二级/三级/指标值 for 中期, then for 年度)")  # fmt: skip
def p03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 12, 26, 14, 12, 26, 14))
    project_head(
        s, year=2025, years=2, name="城区排水管网雨污分流改造", dept="白沙河区住房和城乡建设局",
        unit="白沙河区市政设施管理所", attr="新增项目",
        money=[("中期资金总额", 4000, "年度资金总额", 2200),
               ("其中：财政拨款", 3600, "其中：财政拨款", 2000),
               ("其他资金", 400, "其他资金", 200)],
        goals=["两年内完成城区32公里排水管网雨污分流改造。", "2025年完成18公里管网改造。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值"],
        ["产出指标", "数量指标", "改造雨污分流管网", "≥32公里", "数量指标", "改造雨污分流管网",
         "≥18公里"],
        [None, "质量指标", "管网工程验收合格率", "=100%", "质量指标", "管网工程验收合格率",
         "=100%"],
        [None, "时效指标", "改造工程完工时间", "2026年12月31日前", "时效指标",
         "年度改造任务完成率", "≥95%"],
        [None, "成本指标", "每公里管网改造费用", "≤120万元", "成本指标", "每公里管网改造费用",
         "≤120万元"],
        ["效益指标", "生态效益指标", "城区污水集中收集率", "≥75%", "生态效益指标",
         "城区污水集中收集率", "≥70%"],
        ["满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%", "服务对象满意度指标",
         "沿线居民满意度", "≥90%"],
    ], merged=(1,))  # fmt: skip
    return b


@variant("d01-direction-inline", (11,), "project, NAT-2021, operators inside the values: a "
         "反向 rate with ≥, a cost with =, a 正向 count with ≤")  # fmt: skip
def d01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="道路交通安全隐患整治", dept="青岚市公安局交通警察支队",
        unit="青岚市公安局交通警察支队",
        money=[("年度资金总额", 260, "其中：财政拨款", 260), (None, None, "其他资金", 0)],
        goals=["整治120处道路交通安全隐患点，开展交通安全宣传进校园、进农村。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标值"],
        ["产出指标", "数量指标", "整治交通安全隐患点", "≥120处"],
        [None, None, "交通安全宣传覆盖人次", mk("≤50000人次", "T108", "warning", row=True)],
        [None, "质量指标", "隐患点整治验收合格率", "≥95%"],
        [None, "时效指标", "隐患整治完成时间", "2025年10月31日前"],
        ["成本指标", "经济成本指标", "每处隐患点平均整治费用",
         mk("=2万元", "T108", "warning", row=True, note="= on a cost cap")],
        ["效益指标", "社会效益指标", "整治路段交通事故发生率",
         mk("≥2%", "T108", "warning", row=True)],
        [None, None, "交通安全群众投诉率", "≤1%"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("d02-direction-column", (11,), "project, OLD-NAT, 指标性质 as direction (正向/反向) "
         "and 指标方向 as operator, bare numbers with a unit column")  # fmt: skip
def d02() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(12, 14, 30, 10, 10, 12, 12))
    project_head(
        s, year=2025, name="12345政务服务便民热线运行", dept="临溪县政务服务管理局",
        unit="临溪县政务服务中心",
        money=[("年度资金总额", 150, "其中：财政拨款", 150), (None, None, "其他资金", 0)],
        goals=["保障12345热线全天候运行，全年受理群众诉求不少于6万件。"],
    )  # fmt: skip
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位"],
        ["产出指标", "数量指标", "受理群众诉求件数", "正向", "≥", 60000, "件"],
        [None, "质量指标", "工单办理质量达标率", "正向", mk("≤", "T108", "warning", row=True),
         pct(0.95), "%"],
        [None, None, "群众重复投诉率", "反向", "≤", 5, "%"],
        [None, "时效指标", "热线平均接通时长", "反向", mk("≥", "T108", "warning", row=True),
         20, "秒"],
        [None, "成本指标", "每件诉求平均处理成本", "反向", "≤", 25, "元/件"],
        ["效益指标", "社会效益指标", "群众诉求解决率", "正向", "≥", 85, "%"],
        ["满意度指标", "服务对象满意度指标", "来电群众满意度", "正向", "≥", 90, "%"],
    ], merged=(1, 2))  # fmt: skip
    return b

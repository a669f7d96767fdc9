"""Returns with one ordinary planted mistake (or two) in the theme's layouts: money that does not
add up, a rate over 100 % and a rate given as a count, an operator against the direction and a
duplicate, 中期 values copied into 年度, tier points that do not add up, years that disagree and
a unit conflict."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout153.common import NOTES, OfficeBook, dress, footer, notes
from tests.variants.holdout153.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant(
    "ng13-money-not-adding",
    (5, 12),
    "project, NAT-2021, WPS: 一、产出指标（40分） labels with points, 计量单位 "
    "before 指标值; 年度资金总额 ≠ 财政拨款 + 其他资金",
)
def ng13() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("项目绩效目标表", (18, 16, 30, 10, 14, 8))
    total = mk(money(150, WAN), "B101", "error", row=True, note="150 ≠ 120 + 20")
    project_head(s, year=2026, name="云岙镇美丽庭院创建奖补", dept="云岙镇人民政府（601）",
                 unit="云岙镇妇女联合会", attr="延续项目",
                 money=[("年度资金总额", total, "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(20, WAN), None, None)],
                 goals=["2026年创建美丽庭院示范户600户、示范村4个，开展庭院整治培训12场，"
                        "农户庭院整洁率达到90%以上。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "分值")
    first = head + 1
    last = s.table([
        ("一、产出指标（40分）", "数量指标", "创建美丽庭院示范户", "户", "≥600户", 10),
        (None, None, "创建美丽庭院示范村", "个", "≥4个", 8),
        (None, None, "庭院整治培训场次", "场", "≥12场", 6),
        (None, "质量指标", "示范户验收达标率", "%", "≥95%", 8),
        (None, "时效指标", "奖补资金兑现时间", "—", "11月30日前", 8),
        ("二、成本指标（20分）", "经济成本指标", "示范户奖补标准", "元/户", "≤1500元/户", 10),
        (None, None, "示范村奖补标准", "万元/个", "≤10万元/个", 10),
        ("三、效益指标（30分）", "社会效益指标", "农户庭院整洁率", "%", "≥90%", 10),
        (None, "生态效益指标", "农村生活垃圾分类参与率", "%", "≥80%", 10),
        (None, "可持续影响指标", "庭院长效管护机制", "—", "健全", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "参与农户满意度", "%", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    dress(s, head, first, last, 6, value_col=5)
    footer(s, "叶秀琴", "0580-3078811", day(2025, 11, 14))
    return b


@variant(
    "ng14-rate-over-and-count",
    (1, 4, 7),
    "project, OLD-NAT, LibreOffice: 填报说明 above a header on row 30, 计量单位 "
    "│ 比较符 │ 指标值; a rate at 105 %, a 完成率 given in 期",
)
def ng14() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("Sheet1", (16, 16, 30, 10, 10, 12))
    project_head(s, year=2026, name="澄川县农村公路养护工程", dept="澄川县交通运输局（416）",
                 unit="澄川县公路事业发展中心", attr="常年项目",
                 money=[("年度资金总额", money(1450, WAN), "其中：财政拨款", money(1450, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2026年完成农村公路日常养护1860公里，实施养护工程126公里，开展养护"
                        "技术培训12期，优良中等路比例达到85%以上。"])  # fmt: skip
    s.skip()
    notes(s, NOTES, 6)
    while s.r < 29:
        s.skip()
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值")
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "农村公路日常养护里程", "公里", "≥", "1860 "),
        (None, None, "实施养护工程里程", "公里", "≥", "126 "),
        (None, None, "养护技术培训计划完成率", "期", "≥",
         mk("12 ", "T105", "error", row=True, note="完成率写成期数")),
        (None, "质量指标", "养护工程交工验收合格率", "%", "≥",
         mk(pct(1.05), "T106", "error", note="105% 超过 100% 上限")),
        (None, None, "优良中等路比例", "%", "≥", pct(0.85)),
        (None, "时效指标", "路面病害处置时限", "天", "≤", "7 "),
        (None, "成本指标", "日常养护单位成本", "万元/公里", "≤", "0.35 "),
        (None, None, "养护工程单位成本", "万元/公里", "≤", "6 "),
        ("效益指标", "社会效益指标", "农村公路列养率", "%", "=", pct(1)),
        (None, None, "因路况原因导致的交通事故起数", "起", "≤", "2 "),
        (None, "可持续影响指标", "养护管理长效机制", "—", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "%", "≥", pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 6, value_col=6, op_col=5)
    footer(s, "黎志远", "0719-6219043", day(2025, 10, 22))
    return b


@variant(
    "ng15-direction-duplicate",
    (11, 5),
    "project, NAT-2021, WPS: operators inside the values, 一、产出指标（40分）; "
    "a 投诉率 with ≥, one indicator listed twice",
)
def ng15() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("绩效目标", (18, 16, 30, 10, 14, 8))
    project_head(s, year=2026, name="白沙河区城市网格化综合治理", dept="白沙河区城市管理局（322）",
                 unit="白沙河区城市综合管理指挥中心", attr="延续项目",
                 money=[("年度资金总额", money(520, WAN), "其中：财政拨款", money(520, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=[ok("全区划分网格226个，配备网格员240名，全年处置城市管理问题8万件以上，"
                           "问题按期处置率达到95%，群众投诉率控制在3%以内。",
                           note="与投诉率指标的矛盾即 T108 所标之处")])  # fmt: skip
    dup = mk(
        "处置城市管理问题数量",
        "D101",
        "warning",
        row=True,
        alt=("D103", "D102"),
        note="与数量指标下的同名指标重复",
    )
    dup = mk(dup, "F201", "warning", row=True, required=False, note="数量写在社会效益下")
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "分值")
    first = head + 1
    last = s.table([
        ("一、产出指标（40分）", "数量指标", "划分城市管理网格数", "个", "≥226个", 8),
        (None, None, "配备专职网格员人数", "人", "≥240人", 8),
        (None, None, "处置城市管理问题数量", "万件", "≥8万件", 8),
        (None, "质量指标", "问题按期处置率", "%", "≥95%", 8),
        (None, "时效指标", "一般问题处置时限", "小时", "≤24小时", 8),
        ("二、成本指标（20分）", "经济成本指标", "网格员人均年经费", "万元/人", "≤2万元/人", 10),
        (None, None, "指挥平台运维费用", "万元", "≤36万元", 10),
        ("三、效益指标（30分）", "社会效益指标", "城市管理问题群众投诉率", "%",
         mk("≥3%", "T108", "warning", row=True, alt=("D104",), note="投诉率为反向指标"), 10),
        (None, None, dup, "万件", "≥8万件", 10),
        (None, "可持续影响指标", "网格化管理长效机制", "—", "健全", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "辖区居民满意度", "%", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, 100, merge=[(1, 5)])
    dress(s, head, first, last, 6, value_col=5)
    footer(s, "温峰", "0769-2281736", day(2025, 11, 5))
    return b


@variant(
    "ng16-period-copied",
    (8, 9),
    "three-year project, NAT-2021, LibreOffice: 计量单位 │ 中期指标值 │ 年度指标值; "
    "two 中期 counts copied into 年度, one 年度 count above its 中期",
)
def ng16() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("绩效目标", (16, 16, 30, 10, 14, 14))
    project_head(s, year=2026, years=3, name="青岚市新能源汽车充电基础设施建设（2026—2028年）",
                 dept="青岚市发展和改革委员会（101）", unit="青岚市能源发展服务中心",
                 attr="新增项目",
                 money=[("中期资金总额", money(2400, WAN), "年度资金总额", money(800, WAN)),
                        ("其中：财政拨款", money(1800, WAN), "其中：财政拨款", money(600, WAN)),
                        ("其他资金", money(600, WAN), "其他资金", money(200, WAN))],
                 goals=["2026—2028年新建公共充电桩1800个、充电站60座，实现乡镇充电设施全覆盖，"
                        "公共充电桩平均利用率达到15%以上。",
                        ok("2026年新建公共充电桩600个、充电站20座，推进乡镇充电站布点，"
                           "培训充电设施运维人员150人次。",
                           note="与照抄的年度值不符（D104）")])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "中期指标值", "年度指标值")
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "新建公共充电桩", "个", "≥1800个", "≥600个"),
        (None, None, "新建充电站", "座", "≥60座", mk("≥60座", "D202", "warning", alt=("D104",),
                                                      note="中期值照抄到年度，年度目标应为20座")),
        (None, None, "乡镇充电站布点数", "个", "≥36个",
         mk("≥48个", "D201", "error", note="年度 48 大于中期 36")),
        (None, None, "运维人员培训人次", "人次", "≥450人次",
         mk("≥450人次", "D202", "warning", alt=("D104",), note="年度目标应为150人次")),
        (None, "质量指标", "充电设施验收合格率", "%", pct(1), pct(1)),
        (None, "时效指标", "故障充电桩修复时限", "小时", "≤48小时", "≤48小时"),
        ("成本指标", "经济成本指标", "单个公共充电桩建设补助", "万元/个", "≤1万元/个",
         "≤1万元/个"),
        (None, None, "单座充电站建设补助", "万元/座", "≤10万元/座", "≤10万元/座"),
        ("效益指标", "经济效益指标", "公共充电桩平均利用率", "%", "≥15%", "≥10%"),
        (None, "社会效益指标", "乡镇充电设施覆盖率", "%", pct(1), "≥33%"),
        (None, "生态效益指标", "年充电量替代燃油减排二氧化碳", "万吨", "≥3.6万吨", "≥0.8万吨"),
        (None, "可持续影响指标", "充电设施运营监管平台接入率", "%", pct(1), pct(1)),
        ("满意度指标", "服务对象满意度指标", "新能源车主满意度", "%", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 6, value_col=6)
    footer(s, "周牧之", "0797-8290115", day(2025, 9, 26))
    return b


@variant(
    "ng17-tier-points-off",
    (5, 10),
    "project, NAT-2021, LibreOffice: 一、产出指标（40分） over indicator points "
    "adding to 35; a time limit written ≤≥",
)
def ng17() -> Book:
    b = OfficeBook(app="lo")
    s = b.sheet("Sheet1", (18, 16, 30, 10, 8, 12, 8))
    b.file_mark("W101", "error", required=False, note="合计因产出少 5 分而为 95")
    project_head(s, year=2026, name="岚溪市中小学生心理健康服务", dept="岚溪市教育局（205）",
                 unit="岚溪市未成年人心理健康辅导中心", attr="延续项目",
                 money=[("年度资金总额", money(136, WAN), "其中：财政拨款", money(136, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["2026年为全市中小学生开展心理健康筛查8.5万人次，培训心理健康教师320人次，"
                        "建成标准化心理辅导室40间，心理危机个案干预及时率100%。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "比较符", "指标值", "分值")
    first = head + 1
    tier = mk(
        "一、产出指标（40分）", "W103", "error", alt=("W101",), note="其下分值 8+8+5+8+6 = 35"
    )
    last = s.table([
        (tier, "数量指标", "心理健康筛查人次", "万人次", "≥", "8.5 ", 8),
        (None, None, "心理健康教师培训人次", "人次", "≥", "320 ", 8),
        (None, None, "建成标准化心理辅导室", "间", "≥", "40 ", 5),
        (None, "质量指标", "心理危机个案干预及时率", "%", "=", pct(1), 8),
        (None, "时效指标", "筛查结果反馈时限", "工作日",
         mk("≤≥", "T116", "warning", row=True, note="比较符重复且相反"), "10 ", 6),
        ("二、成本指标（20分）", "经济成本指标", "人均筛查费用", "元/人次", "≤", "6 ", 10),
        (None, None, "单间辅导室建设补助", "万元/间", "≤", "1.5 ", 10),
        ("三、效益指标（30分）", "社会效益指标", "学生心理健康知识知晓率", "%", "≥", pct(0.9), 10),
        (None, None, "心理危机事件干预成功率", "%", "≥", pct(0.95), 10),
        (None, "可持续影响指标", "学校心理健康教师配备率", "%", "≥", pct(0.9), 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "学生及家长满意度", "%", "≥",
         pct(0.9), 10),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 7, value_col=6, op_col=5)
    footer(s, "游岚", "0736-8219930", day(2025, 10, 29), 7)
    return b


@variant(
    "ng18-years-and-unit",
    (4, 12),
    "project, OLD-NAT, WPS: title 2026 over plan dates in 2025; 计量单位 before "
    "指标值, one unit column saying % beside a count in 人次",
)
def ng18() -> Book:
    b = OfficeBook(app="wps")
    s = b.sheet("项目绩效目标", (16, 16, 30, 10, 16, 16))
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2026年度，计划起止日期却在2025年")
    project_head(s, year=2026, name="苍岭县全民健身赛事活动", dept="苍岭县体育事业发展中心（508）",
                 unit="苍岭县体育事业发展中心", attr="常年项目",
                 start=day(2025, 1, 1), end=day(2025, 12, 31),
                 money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
                        ("其他资金", money(0, WAN), None, None)],
                 goals=["全年举办县级全民健身赛事活动16项次，参与群众2万人次以上，"
                        "培训社会体育指导员200人次。"])  # fmt: skip
    head = s.row("一级指标", "二级指标", "三级指标", "计量单位", "指标值", "指标值设定依据")
    first = head + 1
    last = s.table([
        ("产出指标", "数量指标", "举办县级全民健身赛事活动", "项次", "≥16项次", "计划标准"),
        (None, None, "参赛及参与群众人次", "%",
         mk("≥20000人次", "T112", "error", row=True, note="计量单位列写 %"), "历史标准"),
        (None, None, "社会体育指导员培训人次", "人次", "≥200人次", "计划标准"),
        (None, "质量指标", "赛事活动安全保障方案制定率", "%", pct(1), "行业标准"),
        (None, None, "赛事裁判员持证上岗率", "%", pct(1), "行业标准"),
        (None, "时效指标", "赛事活动按计划举办率", "%", "≥95%", "计划标准"),
        (None, "成本指标", "单项次赛事平均经费", "万元/项次", "≤3.5万元/项次", "历史标准"),
        (None, None, "指导员培训人均费用", "元/人次", "≤300元/人次", "计划标准"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人数比例", "%", "≥40%", "其他标准"),
        (None, None, "带动群众参与健身活动人次", "万人次", "≥5万人次", "历史标准"),
        (None, "可持续影响指标", "全民健身赛事品牌数", "个", "≥3个", "计划标准"),
        ("满意度指标", "服务对象满意度指标", "参赛群众满意度", "%", "≥90%", "历史标准"),
    ], merged=(1, 2))  # fmt: skip
    dress(s, head, first, last, 6, value_col=5)
    footer(s, "龙晓", "0745-4381207", day(2025, 11, 3))
    return b

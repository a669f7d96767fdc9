"""中期 and 年度 columns, a direction column, points, and provincial allocations by county."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout122.common import H4, H5, alloc, footer, indicators, wan
from tests.variants.holdout122.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("mb13-two-line-header", (8,), "three-year project, NAT-2021, two-line 中期/年度 header")
def mb13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="县域义务教育薄弱学校改造", dept="石梁县教育局（415）",
        unit="石梁县教育局", attr="新增项目",
        money=[("中期资金总额", wan(3600), "年度资金总额", wan(1200)),
               ("其中：财政拨款", wan(3400), "其中：财政拨款", wan(1100)),
               ("其他资金", wan(200), "其他资金", wan(100))],
        goals=["2027—2029年改造薄弱学校18所，改扩建校舍27000平方米，使全县义务教育学校办学条件基本达标。",
               "2027年改造薄弱学校6所，改扩建校舍9000平方米，购置教学设备180套。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2027—2029年）", "2027年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "改造薄弱学校数量", "≥18所", "≥6所"),
        (None, None, "改扩建校舍面积", "≥27000平方米", "≥9000平方米"),
        (None, None, "购置教学设备", "≥540套", "≥180套"),
        (None, "质量指标", "工程竣工验收合格率", pct(1), pct(1)),
        (None, None, "设备采购质量抽检合格率", pct(1), pct(1)),
        (None, "时效指标", "改造任务完成时间", "2029年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "校舍改扩建单位成本", "≤1000元/平方米", "≤1000元/平方米"),
        (None, None, "教学设备单套采购成本", "≤1.5万元/套", "≤1.5万元/套"),
        ("效益指标", "社会效益指标", "受益学生人数", "≥15000人", "≥5000人"),
        (None, None, "义务教育学校办学条件达标率", "≥95%", "≥85%"),
        (None, "可持续影响指标", "改造校舍设计使用年限", "≥50年", "≥50年"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
        (None, None, "学生家长满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "石梁县教育局", "吴海鹏", "0736-8823301", "2026年11月25日")
    return b


@variant("mb14-aid-period-copied", (8,), "three-year project, NAT-2021, 中期 copied into 年度")
def mb14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, years=3, name="中等职业学校国家助学金", dept="临溪县教育局（411）",
        unit="临溪县职业中专", attr="延续项目",
        money=[("中期资金总额", wan(1188), "年度资金总额", wan(396)),
               ("其中：财政拨款", wan(1188), "其中：财政拨款", wan(396)),
               ("其他资金", wan(0), "其他资金", wan(0))],
        goals=["2027—2029年按3300元/人·年累计资助家庭经济困难学生3600人次，资助政策宣传全覆盖。",
               "2027年资助家庭经济困难学生1200人，开展资助政策宣传4场。"],
    )  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "累计资助家庭经济困难学生人次", "≥3600人次",
         mk("≥3600人次", "D202", "warning", note="中期 copied: the year is 1200")),
        (None, None, "开展资助政策宣传活动", "≥12场",
         mk("≥12场", "D202", "warning", note="中期 copied: the year is 4")),
        (None, None, "受助学生参加职业技能培训人次", "≥900人次",
         mk("≥1000人次", "D201", "error", note="annual above the period's")),
        (None, "质量指标", "资助对象认定精准率", pct(1), pct(1)),
        (None, "时效指标", "助学金按学期发放及时率", pct(1), pct(1)),
        ("成本指标", "经济成本指标", "国家助学金资助标准", "≤3300元/人·年", "≤3300元/人·年"),
        ("效益指标", "社会效益指标", "受助学生毕业率", "≥95%", "≥95%"),
        (None, None, "受助学生就业率", "≥90%", "≥90%"),
        (None, "可持续影响指标", "学生资助工作机制", "持续完善", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    footer(s, "临溪县职业中专", "黄佳怡", "0736-7850419", "2026年11月13日")
    return b


@variant("mb15-vocational-direction", (11,), "project, OLD-NAT, 指标性质 as direction, 度量单位")
def mb15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="高等职业院校生均拨款", dept="省教育厅（301）",
        unit="鹤渚职业技术学院", attr="常年项目",
        money=[("年度资金总额", wan(5340), "其中：财政拨款", wan(5040)),
               ("其他资金", wan(300), None, None)],
        goals=["按12000元/生·年拨付4200名高职在校生经费，支持3个专业群建设，毕业生就业率92%以上。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")
    s.table([
        ("产出指标", "数量指标", "生均拨款覆盖在校生人数", "正向", "≥4200", "人"),
        (None, None, "支持专业群建设数量", "正向", "≥3", "个"),
        (None, None, "学生省级以上技能大赛获奖", "正向", "≥10", "项"),
        (None, "质量指标", "毕业生双证书获取率", "正向", "≥85", "%"),
        (None, None, "专业教学标准执行率", "正向", "=100", "%"),
        (None, "时效指标", "拨款按季度到位率", "正向", "=100", "%"),
        (None, "成本指标", "高职生均拨款标准", "反向", "≤12000", "元/生·年"),
        ("效益指标", "社会效益指标", "毕业生初次就业率", "正向", "≥92", "%"),
        (None, None, "面向社会开展职业培训", "正向", "≥8000", "人次"),
        (None, "可持续影响指标", "合作企业数量", "正向", "≥60", "家"),
        ("满意度指标", "服务对象满意度指标", "在校生满意度", "正向", "≥90", "%"),
        (None, None, "用人单位满意度", "正向", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "鹤渚职业技术学院财务处", "许一鸣", "0736-5126608", "2026年11月19日")
    return b


@variant("mb16-aid-by-university", (12, 5), "transfer project, NAT-2021, 分配表 by school")
def mb16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="本专科生国家助学金", dept="省教育厅（301）",
        unit="省学生资助管理中心", attr="常年项目",
        money=[("年度资金总额", wan(1716), "其中：中央补助", wan(1201.2)),
               ("地方资金", wan(514.8), None, None)],
        goals=["按3300元/人·年的标准资助三所省属高校家庭经济困难学生5200人。"],
    )  # fmt: skip
    alloc(
        s, "资金分配表（按学校）",
        ("学校", "资助名额（人）", "资助标准（元/人·年）", "分配金额（万元）"),
        [("青岚师范学院", 2100, 3300, wan(693)),
         ("鹤渚理工大学", 1800, 3300, wan(594)),
         ("云岭农林学院", 1300, 3300, wan(429))],
        ("合计", 5200, None, wan(1716)),
    )  # fmt: skip
    indicators(s, (*H4, "指标解释"), [
        ("产出指标", "数量指标", "资助家庭经济困难学生人数", "≥5200人", "按下达名额"),
        (None, None, "覆盖省属高校数量", "3所", None),
        (None, "质量指标", "资助对象认定准确率", pct(1), "抽查认定档案"),
        (None, None, "资金发放到卡率", pct(1), None),
        (None, "时效指标", "秋季学期资金发放时间", "2027年11月30日前", None),
        ("成本指标", "经济成本指标", "国家助学金资助标准", "≤3300元/人·年", "国家标准"),
        ("效益指标", "社会效益指标", "家庭经济困难学生资助覆盖率", pct(1), "应助尽助"),
        (None, "可持续影响指标", "学生资助信息化管理水平", "持续提升", None),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥90%", "抽样问卷调查"),
    ])  # fmt: skip
    footer(s, "省学生资助管理中心", "钱思雨", "0731-8456210", "2026年11月24日")
    return b


@variant("mb17-county-points", (10,), "project, NAT-2021, tier labels with points, 分值 column")
def mb17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="县域普通高中教育质量提升", dept="石梁县教育局（415）",
        unit="石梁县第一高级中学", attr="新增项目",
        money=[("年度资金总额", wan(600), "其中：财政拨款", wan(600)),
               ("其他资金", wan(0), None, None)],
        goals=["改造理化生实验室8间，培训高中教师600人次，提升县中办学水平。"],
    )  # fmt: skip
    s.row("绩效指标", merge=[(1, 5)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("产出指标（40分）", "数量指标", "改造理化生实验室", "≥8间", 10),
        (None, None, "培训高中教师人次", "≥600人次", 10),
        (None, "质量指标", "实验室验收合格率", pct(1), 10),
        (None, "时效指标", "项目完成时间", "2027年12月31日前", 10),
        ("成本指标（20分）", "经济成本指标", "实验室单间改造成本", "≤45万元/间", 10),
        (None, None, "教师人均培训成本", "≤4000元/人次", 10),
        ("效益指标（20分）", "社会效益指标", "高中阶段毛入学率", "≥95%", 10),
        (None, "可持续影响指标", "县中办学水平", "持续提升", 10),
        ("满意度指标（20分）", "服务对象满意度指标", "教师满意度", "≥90%", 10),
        (None, None, "学生满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, 100)
    footer(s, "石梁县第一高级中学", "罗慧", "0736-8850132", "2026年11月14日")
    return b


@variant("mb18-boarding-by-county-wrong", (12, 4), "project, NAT-2021, 分配表 by county")
def mb18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2027, name="农村义务教育寄宿生生活补助", dept="鹤渚市教育局（208）",
        unit="鹤渚市教育局", attr="常年项目",
        money=[("年度资金总额", wan(1085), "其中：财政拨款", wan(1085)),
               ("其他资金", wan(0), None, None)],
        goals=["按小学1000元/生·年、初中1250元/生·年补助三县农村寄宿生9500人。"],
    )  # fmt: skip
    b.file_mark("B102", "error", alt=("B101",), note="lines add to 1045, 年度资金总额 is 1085")
    alloc(
        s, "分县分配表",
        ("县", "小学寄宿生（人）", "初中寄宿生（人）", "小学（万元）", "初中（万元）",
                    "合计（万元）"),
        [("临溪县", 2400, 1600, wan(240), wan(200), wan(440)),
         ("石梁县", 1800, 1200, wan(180), wan(150), wan(330)),
         ("云岭县", 1500, 1000, wan(150), wan(125), wan(275))],
        ("合计", 5700, 3800, wan(570), wan(475), wan(1045)),
    )  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "补助小学寄宿生人数", "≥5700人"),
        (None, None, "补助初中寄宿生人数", "≥3800人"),
        (None, None, "补助寄宿制学校数量", ok("≥112所", "error", note="the pair is marked below")),
        (None, "质量指标", "补助对象识别准确率", pct(1)),
        (None, "时效指标", "资金下达时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a date in the year before a 2027 project")),
        ("成本指标", "经济成本指标", "小学寄宿生生活补助标准", "≤1000元/生·年"),
        (None, None, "初中寄宿生生活补助标准", "≤1250元/生·年"),
        ("效益指标", "社会效益指标", "寄宿生营养健康状况", "明显改善"),
        (None, None, "补助寄宿制学校数量",
         mk(mk("≥120所", "D102", "error", row=True, alt=("D101", "D103"),
               note="the same indicator as above, 112 vs 120"),
            "F201", "warning", row=True, required=False, note="a count under 社会效益")),
        (None, "可持续影响指标", "寄宿制学校管理水平", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "寄宿生满意度", "≥90%"),
        (None, None, "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, "鹤渚市教育局", "任晓芸", "0736-3301256", "2026年11月22日")
    return b

# ruff: noqa: E501  (Chinese text counts double against the line length)
"""Returns of schools (中学, 小学, 职业学校, 幼儿园, 特殊教育学校): whole-unit tables with income by
source (事业收入 of fees, 经营收入 of a training base), project tables with 中期 and 年度 columns,
points in the tier labels, a flat list."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout65.common import m, sign, unit_head
from tests.variants.holdout65.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant(
    "jw07-middle-school-unit",
    (12, 10),
    "whole unit, OLD-NAT, operator and unit columns, indicator points adding to 100",
)
def jw07() -> Book:
    b = Book()
    s = b.sheet("单位整体", (16, 18, 30, 10, 14, 12, 10))
    unit_head(s, year=2026, unit="白沙河区第二中学", dept="白沙河区教育局", code="305012",
              income=[("财政拨款收入", m(3620.00)), ("事业收入", m(468.00)),
                      ("其他收入", m(56.50)), ("上年结转", m(142.00)), ("收入合计", m(4286.50))],
              expense=[("基本支出", m(3886.50)), ("其中：人员经费", m(3204.30)),
                       ("　　　公用经费", m(682.20)), ("项目支出", m(400.00)),
                       ("支出合计", m(4286.50))],
              goal="保障42个教学班、2150名在校生正常教育教学；巩固义务教育成果，学生体质健康合格率达到92%以上；"
                   "推进课后服务和教师培训，提升家长和学生满意度。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table([
        ("产出指标", "数量指标", "在校生人数", "≥", 2150, "人", 8),
        (None, None, "教学班数", "=", 42, "个", 5),
        (None, None, "教师培训人次", "≥", 360, "人次", 5),
        (None, None, "学生社团数", "≥", 40, "个", 5),
        (None, "质量指标", "义务教育巩固率", "≥", pct(0.99), "%", 8),
        (None, None, "学生体质健康测试合格率", "≥", pct(0.92), "%", 6),
        (None, None, "学业水平考试合格率", "≥", pct(0.95), "%", 6),
        (None, None, "课后服务学生参与率", "≥", pct(0.85), "%", 5),
        (None, "时效指标", "教材按时发放率", "=", pct(1.0), "%", 5),
        (None, "成本指标", "生均公用经费支出", "≤", 3173, "元", 5),
        (None, None, "生均成本", "≤", 1.99, "万元/人", 5),
        ("效益指标", "社会效益指标", "学生近视率较上年下降", "≥", 1, "百分点", 6),
        (None, None, "留守儿童关爱帮扶覆盖率", "=", pct(1.0), "%", 5),
        (None, "可持续影响指标", "市级以上教研课题立项数", "≥", 2, "项", 5),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥", pct(0.90), "%", 8),
        (None, None, "家长满意度", "≥", pct(0.90), "%", 8),
        (None, None, "教职工满意度", "≥", pct(0.85), "%", 5),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    sign(s, "殷继红", "贾晓梅", "0719-3325870")
    return b


@variant(
    "jw08-after-school-project",
    (11, 1),
    "one-year project, OLD-NAT, 指标性质 as direction, values inline: end date before the start, a rate as a count, a 生均 cost with ≥",
)
def jw08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 14, 18, 16))
    project_head(s, year=2026, name="义务教育课后服务补助项目", dept="临川县教育体育局", unit="临川县实验小学",
                 attr="延续项目",
                 end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102", "Y101"),
                        note="a one-year 2026 project ending 2025-12-31, last year's date left in"),
                 money=[("项目资金总额", m(96.00), "年度资金总额", m(96.00)),
                        ("其中：财政拨款", m(96.00), "其中：财政拨款", m(96.00)),
                        ("其他资金", m(0.00), "其他资金", m(0.00))],
                 goals=["为1860名学生提供每周5天课后服务，开设兴趣社团30个以上，课后服务学生参与率达到85%以上，"
                        "家长满意度90%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", None)
    s.table([
        ("产出指标", "数量指标", "参加课后服务学生人数", "正向", "≥1860人"),
        (None, None, "开设兴趣社团数", "正向", "≥30个"),
        (None, None, "每周课后服务天数", "正向", "5天"),
        (None, "质量指标", "课后服务学生参与率", "正向",
         mk("1860人", "T105", "error", note="a 参与率 given as a count (the 人数 row above)")),
        (None, None, "课后服务安全责任事故发生率", "反向", "≤0.1%"),
        (None, "时效指标", "补助资金按月拨付及时率", "正向", "100%"),
        (None, "成本指标", "生均课后服务补助成本", "反向",
         mk("≥500元", "T108", "warning", row=True, note="a 反向 per-pupil cost with ≥")),
        ("效益指标", "社会效益指标", "减轻家长接送负担", "正向", "有效减轻"),
        (None, None, "学生综合素质", "正向", "有所提升"),
        (None, "可持续影响指标", "课后服务长效机制", "正向", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "正向", "≥90%"),
        (None, None, "学生满意度", "正向", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "邓海洋", "聂雯", "0794-4126630")
    return b


@variant(
    "jw09-vocational-school-unit",
    (12, 2),
    "whole unit with 经营收入 and 经营支出, OLD-NAT, values inline: income and expenditure out of balance, a conflicting duplicate",
)
def jw09() -> Book:
    b = Book()
    s = b.sheet("整体绩效目标表", (16, 16, 30, 18, 18, 16))
    unit_head(s, year=2026, unit="青岚市高级技工学校", dept="青岚市人力资源和社会保障局",
              label="收支预算（万元，收支平衡）",
              income=[("财政拨款收入", m(5280.00)), ("事业收入", m(1360.00)), ("经营收入", m(420.00)),
                      ("其他收入", m(88.00)), ("上年结转", m(212.00)), ("收入合计", m(7360.00))],
              expense=[("基本支出", m(5930.00)), ("其中：人员经费", m(4410.00)),
                       ("　　　公用经费", m(1520.00)), ("项目支出", m(1080.00)),
                       ("经营支出", m(380.00)),
                       ("支出合计", mk(m(7390.00), "B101", "error", row=True, alt=("B102",),
                                       note="5930+1080+380 = 7390 against 收入合计 7360: a balanced "
                                            "budget out of balance by 30"))],
              goal="全日制在校生规模3200人以上，开展职业技能培训6000人次，毕业生就业率95%以上；"
                   "实训基地对外服务收入覆盖其运行成本。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "备注", None)
    s.table([
        ("产出指标", "数量指标", "全日制在校生人数", "≥3200人", None),
        (None, None, "职业技能培训人次", "≥6000人次", "含社会培训"),
        (None, None, "新增实训工位", "≥120个", None),
        (None, None, "在校学生人数",
         mk("≥3000人", "D102", "error", row=True, alt=("D103", "D101"),
            note="the 在校生人数 row again with another target"), "按学籍系统"),
        (None, "质量指标", "职业技能等级证书获取率", "≥85%", None),
        (None, None, "实训设备完好率", "≥95%", None),
        (None, "时效指标", "培训补贴申领办结时限", "≤20个工作日", None),
        (None, "成本指标", "生均培养成本", "≤1.85万元", None),
        (None, None, "社会培训人均成本", "≤800元", None),
        ("效益指标", "经济效益指标", "实训基地对外服务收入", "≥420万元", None),
        (None, "社会效益指标", "毕业生就业率", "≥95%", None),
        (None, None, "毕业生对口就业率", "≥75%", None),
        (None, "可持续影响指标", "校企合作企业数", "≥40家", None),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", None),
        (None, None, "用人单位满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "范建新", "邱月", "0731-5558206")
    return b


@variant(
    "jw10-kindergarten-flat",
    (3, 12),
    "department head, flat list (指标名称 · 计量单位 · 比较符 · 指标值 · 指标解释)",
)
def jw10() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 30, 12, 10, 14, 36))
    department_head(s, year=2026, dept="临溪县机关幼儿园",
                    budget=[(m(628.50), m(412.50), m(216.00), m(568.50), m(60.00))],
                    goal="保障12个班、360名幼儿保育教育，保教人员持证上岗，幼儿体检全覆盖，家长满意度92%以上。")  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    s.row("序号", "指标名称", "计量单位", "比较符", "指标值", "指标解释")
    s.table([
        (1, "在园幼儿数", "人", "≥", 360, "9月开学在园人数"),
        (2, "开设班级数", "个", "=", 12, "大中小班各4个"),
        (3, "保教人员培训人次", "人次", "≥", 80, "园本及县级培训"),
        (4, "保教人员持证上岗率", "%", "=", pct(1.0), "持证人数/保教人员数"),
        (5, "幼儿健康体检覆盖率", "%", "≥", pct(0.98), "年度体检人数/在园人数"),
        (6, "食品抽检合格率", "%", "=", pct(1.0), "县市场监管部门抽检"),
        (7, "生均保教成本", "万元/人", "≤", 1.58, "基本支出/在园幼儿数"),
        (8, "生均公用经费", "元", "≤", 2200, "按县定标准"),
        (9, "幼儿园等级评估", "—", "定性", "保持省一级", "县教育局复评"),
        (10, "家长满意度", "%", "≥", pct(0.92), "问卷调查"),
        (11, "教职工满意度", "%", "≥", pct(0.85), "问卷调查"),
    ])  # fmt: skip
    sign(s, "林芳", "许可", "0577-6635109")
    return b


@variant(
    "jw11-smart-campus-points",
    (5, 10),
    "one-year project, NAT-2021, tier-1 labels carrying points, indicator points, a total row",
)
def jw11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", (18, 18, 30, 10, 14, 12, 10))
    project_head(s, year=2026, name="智慧校园建设项目", dept="青岚市教育局（201）", unit="青岚市第一实验小学",
                 attr="一次性项目",
                 money=[("项目资金总额", m(148.00), "年度资金总额", m(148.00)),
                        ("其中：财政拨款", m(148.00), "其中：财政拨款", m(148.00)),
                        ("其他资金", m(0.00), "其他资金", m(0.00))],
                 goals=["8月底前完成48间教室交互式智慧黑板安装和校园无线网络改造，培训教师160人次，"
                        "信息化课堂使用率达到80%以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "分值")
    s.table([
        ("产出指标（50分）", "数量指标", "安装交互式智慧黑板", "=", 48, "块", 10),
        (None, None, "新增无线网络接入点", "≥", 120, "个", 10),
        (None, None, "教师信息技术应用培训", "≥", 160, "人次", 5),
        (None, "质量指标", "设备验收合格率", "=", pct(1.0), "%", 10),
        (None, None, "教学区无线网络覆盖率", "=", pct(1.0), "%", 5),
        (None, "时效指标", "设备安装完成时间", "≤", day(2026, 8, 31, CN_DATE), None, 10),
        ("成本指标（10分）", "经济成本指标", "智慧黑板采购单价", "≤", 2.2, "万元/块", 5),
        (None, None, "网络改造费用", "≤", 38, "万元", 5),
        ("效益指标（30分）", "社会效益指标", "信息化课堂使用率", "≥", pct(0.80), "%", 10),
        (None, None, "教师信息化教学能力达标率", "≥", pct(0.90), "%", 10),
        (None, "可持续影响指标", "设备使用年限", "≥", 6, "年", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "师生满意度", "≥", pct(0.90), "%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    sign(s, "罗振宇", "陶静", "0731-8823014")
    return b


@variant(
    "jw12-home-teaching-project",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns, values inline: cumulative counts copied into 年度, a rate as a count",
)
def jw12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 32, 18, 18, 16))
    project_head(s, year=2026, years=3, name="送教上门及康复训练项目", dept="白沙河区教育局",
                 unit="白沙河区特殊教育学校", attr="新增项目",
                 money=[("中期资金总额", m(360.00), "年度资金总额", m(120.00)),
                        ("其中：财政拨款", m(360.00), "其中：财政拨款", m(120.00)),
                        ("其他资金", m(0.00), "其他资金", m(0.00))],
                 goals=["三年内为区内适龄重度残疾儿童提供送教上门服务累计2700人次以上，康复训练3600课时以上，"
                        "送教上门覆盖率保持95%以上。",
                        "2026年为45名重度残疾儿童送教上门900人次以上，康复训练1200课时以上。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", None)
    s.table([
        ("产出指标", "数量指标", "送教上门服务人次", "≥2700人次",
         mk("≥2700人次", "D202", "warning", note="the three-year total copied into 年度 (goal: 900)")),
        (None, None, "康复训练课时", "≥3600课时",
         mk("≥3600课时", "D202", "warning", note="the three-year total copied into 年度 (goal: 1200)")),
        (None, None, "送教教师培训人次", "≥90人次", "≥30人次"),
        (None, None, "配发康复辅具", "≥60套", "≥20套"),
        (None, "质量指标", "适龄重度残疾儿童送教上门覆盖率", "≥95%",
         mk("45人", "T105", "error", note="a 覆盖率 given as the number of children")),
        (None, None, "个别化教育计划制定率", "100%", "100%"),
        (None, "时效指标", "每生每月送教次数", "≥2次", "≥2次"),
        ("成本指标", "经济成本指标", "每人次送教成本", "≤300元", "≤300元"),
        (None, None, "康复辅具采购成本", "≤36万元", "≤12万元"),
        ("效益指标", "社会效益指标", "受教儿童生活自理能力", "逐步提高", "有所提高"),
        (None, "可持续影响指标", "送教上门工作机制", "长效运行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "曹文秀", "汪洋", "0592-5108736")
    return b

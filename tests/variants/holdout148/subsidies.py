"""Project tables: a satisfaction rate under 产出, a 合格率 capped from above, subsidy
standards times their counts against the budget, points adding to 90."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout148.common import sign
from tests.variants.holdout148.registry import variant
from tests.variants.kit import WAN, Book, mk, money


@variant("nb07-satisfaction-under-output", (5, 11), "one-year project, OLD-NAT, two-line header "
         "with 指标解释: a 学员满意度 under 产出/质量, a 合格率 written 98%以下")  # fmt: skip
def nb07() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 34, 6))
    project_head(
        s, year=2027, name="2027年澜江市新型职业农民培育项目", dept="澜江市农业农村局 212",
        unit="澜江市农业广播电视学校", attr="延续项目",
        money=[("年度资金总额", money(180, WAN), "其中：财政拨款", money(150, WAN)),
               (None, None, "其他资金", money(30, WAN))],
        goals=["开设培训班12期，培育新型职业农民600人，参训农民人均增收2000元以上，"
               "带动创办或领办合作社30家以上。"],
    )  # fmt: skip
    top = s.row("绩效指标", None, None, "指标值", "指标解释", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top + 1, end_column=4)
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=5)
    s.table(
        [
            ("产出指标", "数量指标", "培育新型职业农民", "≥600人", "结业并取得证书的人数"),
            (None, None, "开设培训班", "≥12期", "每期不少于5天"),
            (None, "质量指标", "结业考核合格率",
             mk("98%以下", "T108", "warning", row=True), "考核合格人数/参训人数"),
            (None, None, mk("学员培训满意度", "F201", "warning", row=True, alt=("F105",)),
             "≥90%", "结业问卷调查"),
            (None, "时效指标", "培训任务完成时间", "2027年10月31日前", "全部培训班结业"),
            (None, "成本指标", "人均培训成本", "≤2500元/人", "含食宿、教材、师资"),
            ("效益指标", "经济效益指标", "参训农民人均增收", "≥2000元", "与上年相比"),
            (None, "社会效益指标", "创办或领办合作社、家庭农场", "≥30家", "结业一年内"),
            (None, "可持续影响指标", "结业学员跟踪服务期", "≥2年", "建立学员档案"),
            ("满意度指标", "服务对象满意度指标", "参训农民对跟踪服务满意度", "≥90%",
             "抽样调查"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "何春燕", "0739-8821466")
    return b


WORD_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位")


@variant("nb08-subsidy-above-budget", (12,), "one-year project, NAT-2021, operators in words in "
         "指标性质, a 度量单位 column: 3500元/户 × 1000户 = 350万元 above the "
         "300万元 budget")  # fmt: skip
def nb08() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 32, 12, 12, 12))
    project_head(
        s, year=2027, name="2027年苍梧区困难老年人家庭居家适老化改造", dept="苍梧区民政局",
        unit="苍梧区养老服务指导中心", attr="延续项目",
        money=[("年度资金总额", money(300, WAN), "其中：财政拨款", money(300, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["为1000户困难老年人家庭实施居家适老化改造，配置智能安全监测设备400套，"
               "降低老年人居家跌倒等意外风险。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", note="户均补助 3500元 × 1000户 = 350万元，超过年度资金 300万元")
    s.row(*WORD_HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "实施适老化改造的困难老年人家庭", "大于等于", 1000, "户"),
            (None, None, "配置智能安全监测设备", "大于等于", 400, "套"),
            (None, "质量指标", "改造工程验收合格率", "大于等于", 95, "%"),
            (None, "时效指标", "改造任务按期完成率", "大于等于", 95, "%"),
            ("成本指标", "经济成本指标", "户均改造补助标准", "小于等于", 3500, "元/户"),
            (None, None, "智能监测设备单价", "小于等于", 800, "元/套"),
            ("效益指标", "社会效益指标", "改造家庭老年人跌倒事故发生率", "小于等于", 5, "%"),
            (None, None, "改造家庭老年人居家安全知识知晓率", "大于等于", 85, "%"),
            (None, "可持续影响指标", "改造设施正常使用年限", "大于等于", 5, "年"),
            ("满意度指标", "服务对象满意度指标", "改造家庭满意度", "大于等于", 90, "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "周丽娟", "0774-2265310")
    return b


@variant("nb09-subsidy-equals-budget", (12,), "one-year project, NAT-2021, one value column and "
         "指标值设定依据: 2000元/人 × 1500人 = the 300万元 budget (correct)")  # fmt: skip
def nb09() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 32, 16, 24, 6))
    project_head(
        s, year=2027, name="2027年苍梧区低收入家庭大学新生入学资助", dept="苍梧区教育局",
        unit="苍梧区学生资助管理中心", attr="常年项目",
        money=[("年度资金总额", money(300, WAN), "其中：财政拨款", money(300, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["资助低收入家庭大学新生1500人，每人一次性资助2000元，资助资金按时足额发放，"
               "受助学生顺利入学。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "资助低收入家庭大学新生", "≥1500人", "计划标准"),
            (None, "质量指标", "资助对象认定准确率", "=100%", "计划标准"),
            (None, None, "资助资金足额发放率", "=100%", "计划标准"),
            (None, "时效指标", "资助资金发放时间", "2027年9月30日前", "计划标准"),
            ("成本指标", "经济成本指标", "每生资助标准", "≤2000元/人", "区政府常务会议纪要"),
            ("效益指标", "社会效益指标", "受助新生按时入学率", "≥98%", "历史标准"),
            (None, None, "资助政策知晓率", "≥90%", "历史标准"),
            (None, "可持续影响指标", "学生资助长效机制", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%", "行业标准"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "黄海燕", "0774-2265532")
    return b


PTS_ROWS = [
    ("产出指标", 40, "数量指标", "改造城区公厕", "≥24座", 10),
    (None, None, None, "新建城区公厕", "≥6座", 10),
    (None, None, None, "配置无障碍设施的公厕", "≥30座", 5),
    (None, None, "质量指标", "改造工程验收合格率", "≥98%", 10),
    (None, None, "时效指标", "改造工程完工时间", "2027年10月31日前", 5),
    ("成本指标", 15, "经济成本指标", "单座公厕改造成本", "≤18万元", 8),
    (None, None, None, "单座公厕新建成本", "≤45万元", 7),
    ("效益指标", 25, "社会效益指标", "城区公厕服务半径", "≤500米", 10),
    (None, None, "生态效益指标", "公厕粪污无害化处理率", "=100%", 8),
    (None, None, "可持续影响指标", "公厕日常保洁管护制度", "建立并执行", 7),
    ("满意度指标", 10, "服务对象满意度指标", "市民如厕满意度", "≥90%", 10),
]


@variant("nb10-points-add-to-90", (10,), "one-year project, NAT-2021, tier-1 score column and "
         "indicator scores under 满分100分: both levels add to 90")  # fmt: skip
def nb10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 8, 18, 30, 18, 8))
    project_head(
        s, year=2027, name="2027年澜江市城区公厕提质改造", dept="澜江市城市管理局",
        unit="澜江市环境卫生管理处", attr="一次性项目",
        money=[("年度资金总额", money(735, WAN), "其中：财政拨款", money(735, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["改造城区公厕24座、新建6座，公厕服务半径不超过500米，粪污全部无害化处理。"],
    )  # fmt: skip
    b.file_mark("W101", "error", alt=("W103",), note="满分100分，一级指标分值 40+15+25+10 = 90")
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值（满分100分）")
    s.table(PTS_ROWS, merged=(1, 2, 3))
    sign(s, 2027, "蒋文斌", "0739-8827120")
    return b


@variant("nb11-points-90-stated", (10,), "one-year project, NAT-2021, indicator scores that add "
         "to the stated 90 (预算执行率 10分 scored separately) (correct)")  # fmt: skip
def nb11() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 10, 6))
    project_head(
        s, year=2027, name="2027年澜江市城市桥梁定期检测", dept="澜江市城市管理局",
        unit="澜江市市政设施维护中心", attr="常年项目",
        money=[("年度资金总额", money(128, WAN), "其中：财政拨款", money(128, WAN)),
               (None, None, "其他资金", money(0, WAN))],
        goals=["完成城市桥梁定期检测46座，出具检测报告46份，及时发现并处置桥梁病害，"
               "保障城市桥梁运行安全。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值（合计90分，预算执行率10分另行评价）")
    s.table(
        [
            ("产出指标", "数量指标", "完成定期检测的城市桥梁", "≥46座", 15),
            (None, None, "出具桥梁检测报告", "≥46份", 10),
            (None, "质量指标", "检测报告一次审查通过率", "≥95%", 10),
            (None, "时效指标", "病害发现后处置方案出具时间", "≤15个工作日", 5),
            ("成本指标", "经济成本指标", "单座桥梁平均检测费用", "≤2.7万元", 10),
            ("效益指标", "社会效益指标", "因桥梁病害导致的安全事故", "=0起", 15),
            (None, "可持续影响指标", "桥梁技术档案更新率", "=100%", 15),
            ("满意度指标", "服务对象满意度指标", "桥梁养护单位满意度", "≥90%", 10),
        ],
        merged=(1, 2),
    )  # fmt: skip
    sign(s, 2027, "蒋文斌", "0739-8827120")
    return b

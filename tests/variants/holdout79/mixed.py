"""Returns kk13–kk18: two-line headers, filled-down tiers, money by year, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout79.common import footer, header, two_line
from tests.variants.holdout79.registry import variant
from tests.variants.kit import WAN, YUAN, Book, day, mk, money, ok, pct


@variant("kk13-two-line-header-weights", (7, 8, 10),
         "two-year project, NAT-2021, two-line header (指标值 over 中期 and 年度), 权重 adding "
         "to 100")  # fmt: skip
def kk13() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 18, 30, 18, 18, 10))
    project_head(
        s, year=2026, years=2, name="数字乡村益农信息服务站建设", dept="汀州县农业农村局",
        unit="汀州县农业信息中心", attr="新增项目",
        money=[("中期资金总额", money(260, WAN), "年度资金总额", money(150, WAN)),
               ("其中：财政拨款", money(260, WAN), "其中：财政拨款", money(150, WAN))],
        goals=["2026—2027年在全县建成益农信息服务站100个，培训信息员200人，实现行政村全覆盖。",
               "2026年建成益农信息服务站60个，培训信息员120人。"],
    )  # fmt: skip
    two_line(s, ("一级指标", "二级指标", "三级指标", "指标值", None, "权重"),
             (None, None, None, "中期（2026—2027年）", "年度（2026年）", None),
             spans=[(4, 5)], downs=(1, 2, 3, 6))  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "建成益农信息服务站", "≥100个", "≥60个", 15),
        (None, None, "培训村级信息员", "≥200人", "≥120人", 10),
        (None, "质量指标", "服务站建设验收合格率", "100%", "100%", 10),
        (None, None, "服务站网络联通率", "≥98%", "≥98%", 5),
        (None, "时效指标", "服务站建设完成时间", "2027年10月底前", "2026年10月底前", 10),
        ("成本指标", "经济成本指标", "每个服务站建设补助", "≤2.5万元", "≤2.5万元", 10),
        ("效益指标", "经济效益指标", "农产品线上销售额", "≥1200万元", "≥500万元", 10),
        (None, "社会效益指标", "行政村服务站覆盖率", "100%", "≥60%", 10),
        (None, "可持续影响指标", "服务站持续运营率", "≥90%", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("说明：服务站建设补助中期100个×2.5万元=250万元，年度60个×2.5万元=150万元；"
          "中期余额10万元用于信息员培训。")  # fmt: skip
    footer(s, "汀州县农业农村局", "林国栋", "0597-6631548", "2025年10月11日")
    return b


@variant("kk14-department-word-operators", (12, 11),
         "department, NAT-2021, tiers filled down in every row, 比较符 in words with percent "
         "cells; "
         "资金总额 is not 财政拨款 + 其他资金, a pass rate with 小于等于")  # fmt: skip
def kk14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 12, 14, 12))
    s.title("2026年度部门整体支出绩效目标申报表", 6)
    s.row("部门（单位）名称", "北江市市场监督管理局", None, "填报日期", day(2025, 11, 25),
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度预算（万元）", "资金总额", "其中：财政拨款", "其他资金", "基本支出", "项目支出")
    s.row(None, mk(980, "B101", "error", note="财政拨款900 + 其他资金60 = 960，不是980"),
          900, 60, 700, 280)  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    s.row("年度总体目标", "强化食品药品安全监管，开展产品质量监督抽检，优化营商环境，全年不发生"
          "区域性、系统性食品安全事件。", merge=[(2, 6)])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "大于等于", 3200, "批次"),
        ("产出指标", "数量指标", "产品质量监督抽查批次", "大于等于", 600, "批次"),
        ("产出指标", "数量指标", "特种设备检查台次", "大于等于", 1500, "台次"),
        ("产出指标", "质量指标", "抽检样品检测报告合格率",
         mk("小于等于", "T108", "warning", row=True, note="合格率是正向指标，不应写小于等于"),
         pct(0.98), "%"),
        ("产出指标", "质量指标", "不合格产品核查处置率", "等于", pct(1), "%"),
        ("产出指标", "时效指标", "投诉举报按时办结率", "大于等于", pct(0.98), "%"),
        ("成本指标", "经济成本指标", "每批次食品抽检费用", "小于等于", 450, "元/批次"),
        ("效益指标", "社会效益指标", "食品抽检问题发现率", "大于等于", pct(0.02, "0.0%"), "%"),
        ("效益指标", "社会效益指标", "新登记市场主体", "大于等于", 9000, "户"),
        ("效益指标", "可持续影响指标", "企业信用信息公示率", "大于等于", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "市场主体满意度", "大于等于", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "大于等于", pct(0.85), "%"),
    ])  # fmt: skip
    footer(s, "北江市市场监督管理局", "胡文斌", "0751-8826473", "2025年11月25日")
    return b


@variant("kk15-farmland-money-by-year", (8, 12),
         "three-year project, NAT-2021, money by year in the head adding to the period total, "
         "中期 and 年度 columns with units inside, a deadline inside the period but after the "
         "year")  # fmt: skip
def kk15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 20, 20, 12))
    s.title("2026年度项目支出绩效目标申报表", 6)
    s.row("项目名称", "梅岭乡高标准农田建设", None, "主管部门及代码", "梅岭县农业农村局（412）",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(
        "实施单位", "梅岭县农田建设服务中心", None, "项目属性", "新增项目", merge=[(2, 3), (5, 6)]
    )
    s.row("项目期", "3年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2028, 12, 31))
    top = s.r + 1
    s.row("项目资金（万元）", "中期资金总额", 1200, "年度资金总额", 400, None)
    s.row(None, "2026年", 400, "2027年", 450, None)
    s.row(None, "2028年", 350, "其他资金", 0, None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("总体目标", "中期目标（2026年—2028年）", None, "年度目标", None, None,
          merge=[(2, 3), (4, 6)])  # fmt: skip
    s.row(None, "建成高标准农田6000亩，配套灌排渠道18公里，项目区粮食亩产提高10%。", None,
          "2026年建成高标准农田2000亩，配套灌排渠道6公里。", merge=[(2, 3), (4, 6)])  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "建成高标准农田面积", "≥6000亩", "≥2000亩", None),
        (None, None, "配套灌排渠道", "≥18公里", "≥6公里", None),
        (None, None, "新建机耕道路", "≥9公里", "≥3公里", None),
        (None, "质量指标", "工程验收合格率", "100%", "100%", None),
        (None, "时效指标", "全部工程竣工验收时间", "2028年6月底前", ok("—"), "分年度推进"),
        (None, None, "年度建设任务完成时间", ok("—"), "2026年12月底前", None),
        ("成本指标", "经济成本指标", "亩均建设成本", "≤2000元/亩", "≤2000元/亩", None),
        ("效益指标", "经济效益指标", "项目区粮食亩产提高", "≥10%", "≥3%", "比建设前"),
        (None, "生态效益指标", "节水灌溉面积占比", "≥80%", "≥80%", None),
        (None, "可持续影响指标", "工程管护责任落实率", "100%", "100%", None),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "梅岭县农业农村局", "钟永红", "0797-5524361", "2025年10月14日")
    return b


@variant("kk16-smart-classroom-three", (8, 10, 11),
         "two-year project, OLD-NAT, 实施期 and 年度 columns with a 计量单位 column; unit price × "
         "count above the annual budget, an annual count above the period count, a deadline after "
         "the period")  # fmt: skip
def kk16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, years=2, name="农村学校智慧教室建设", dept="安平县教育体育局",
        unit="安平县教育技术装备中心", attr="新增项目",
        money=[("中期资金总额", 360, "年度资金总额", 180),
               ("其中：财政拨款", 360, "其中：财政拨款", 180)],
        goals=["2026—2027年为全县农村学校建设智慧教室120间，培训教师200人，实现农村学校智慧教室"
               "全覆盖。",
               "2026年建设智慧教室70间，培训教师100人。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "建设智慧教室", "≥120", ok("≥70"), "间"),
        (None, None, "培训信息化骨干教师", "≥200",
         mk("≥260", "D201", "error", alt=("D104",),
            note="年度260人大于实施期200人（年度目标写100人）"), "人"),
        (None, "质量指标", "设备验收合格率", "100%", "100%", None),
        (None, None, "设备完好率", "≥95%", "≥95%", None),
        (None, "时效指标", "全部教室交付使用时间",
         mk("2028年3月底前", "Y102", "error", alt=("Y103",),
            note="项目期2026—2027年，交付时间落在项目期之后"), "2026年12月底前", None),
        (None, "成本指标",
         mk("每间智慧教室设备采购单价", "B107", "warning", row=True,
            note="年度3万元/间 × 70间 = 210万元，超过年度资金180万元"), "≤3", "≤3", "万元/间"),
        ("效益指标", "社会效益指标", "受益农村学生", "≥9000", "≥4500", "人"),
        (None, None, "智慧教室周使用课时", "≥20", "≥20", "课时/间"),
        (None, "可持续影响指标", "设备运维责任落实率", "100%", "100%", None),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "安平县教育体育局", "韩立新", "0318-7245093", "2025年10月27日")
    return b


@variant("kk17-stacked-missing-tier", (2, 5, 1),
         "two projects stacked, NAT-2021, one value column: the first has a satisfaction ≥90 "
         "without %, the second has no 效益指标")  # fmt: skip
def kk17() -> Book:
    b = Book()
    s = b.sheet("项目表", (16, 18, 30, 20, 16, 16))
    project_head(
        s, year=2026, name="城区公共厕所提质改造", dept="湖滨区住房和城乡建设局",
        unit="湖滨区市容环境卫生所", attr="一次性项目",
        money=[("年度资金总额", money(1_260_000, YUAN), "其中：财政拨款", money(1_260_000, YUAN)),
               ("其他资金", money(0, YUAN), None, None)],
        goals=["改造城区公共厕所28座，增设无障碍设施和第三卫生间，达到二类以上标准。"],
        money_label="项目资金（元）",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "改造公共厕所", "≥28座"),
        (None, None, "增设第三卫生间", "≥10个"),
        (None, "质量指标", "改造后达到二类以上标准比例", "100%"),
        (None, "时效指标", "改造完成时间", "2026年10月底前"),
        ("成本指标", "经济成本指标", "每座改造成本", "≤4.5万元"),
        ("效益指标", "社会效益指标", "公厕无障碍设施配置率", "100%"),
        (None, "可持续影响指标", "公厕保洁管护制度落实率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "如厕群众满意度",
         mk("≥90", "T105", "error", alt=("T104",), note="满意度没有%，本表其他比率都带%")),
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, title="", name="城市道路桥梁安全检测", dept="湖滨区住房和城乡建设局",
        unit="湖滨区市政设施管理中心", attr="常年项目",
        money=[("年度资金总额", money(540_000, YUAN), "其中：财政拨款", money(540_000, YUAN)),
               ("其他资金", money(0, YUAN), None, None)],
        goals=["对辖区18座城市桥梁开展定期检测，形成检测报告，危桥及时处置。"],
        money_label="项目资金（元）",
    )  # fmt: skip
    b.file_mark("F106", "error", note="第二个项目没有效益指标")
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "检测城市桥梁", "18座"),
        (None, None, "出具检测报告", "18份"),
        (None, "质量指标", "检测报告通过专家评审率", "100%"),
        (None, None, "危桥处置率", "100%"),
        (None, "时效指标", "检测完成时间", "2026年9月底前"),
        ("成本指标", "经济成本指标", "每座桥梁检测费用", "≤3万元"),
        ("满意度指标", "服务对象满意度指标", "桥梁管养单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "湖滨区住房和城乡建设局", "曹文静", "0572-2156038", "2025年11月2日")
    return b


@variant("kk18-hotline-duplicate", (11, 10),
         "project, NAT-2021, 比较符, 计量单位 and 权重 columns, percent cells; a complaint rate "
         "with ≥, one indicator under two tier-2s")  # fmt: skip
def kk18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 10, 12, 12, 10))
    project_head(
        s, year=2026, name="12345政务服务便民热线运行", dept="江陵市政务服务和数据管理局",
        unit="江陵市12345热线服务中心", attr="常年项目",
        money=[("年度资金总额", money(420, WAN), "其中：财政拨款", money(420, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年受理群众诉求不少于60万件，热线接通率不低于95%，工单按时办结率不低于96%。"],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "权重")
    s.table([
        ("产出指标", "数量指标", "受理群众诉求", "≥", 60, "万件", 10),
        (None, None, "热线坐席", "≥", 80, "个", 5),
        (None, "质量指标",
         mk("热线接通率", "*", "warning", required=False, row=True, note="与时效指标重复的第一处"),
         "≥", pct(0.95), "%", 10),
        (None, None, "工单回访率", "≥", pct(0.9), "%", 5),
        (None, "时效指标",
         mk("热线接通率", "D101", "warning", row=True, alt=("D103", "D102"),
            note="质量指标下已有同一指标“热线接通率 ≥95%”"), "≥", pct(0.95), "%", 10),
        (None, None, "工单按时办结率", "≥", pct(0.96), "%", 10),
        ("成本指标", "经济成本指标", "每件诉求平均处理成本", "≤", 7, "元/件", 10),
        ("效益指标", "社会效益指标", "诉求问题解决率", "≥", pct(0.85), "%", 10),
        (None, None, "群众重复投诉率",
         mk("≥", "T108", "warning", row=True, note="重复投诉率是反向指标，应写≤"),
         pct(0.03), "%", 10),
        (None, "可持续影响指标", "热线知识库更新完成率", "=", pct(1), "%", 5),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%", 15),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "江陵市政务服务和数据管理局", "邓晓燕", "0716-8236604", "2025年10月19日")
    return b

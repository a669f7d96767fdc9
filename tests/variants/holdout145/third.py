"""Returns my13–my18: points, department money, deadlines, stacked dates, bounds."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout145.common import foot
from tests.variants.holdout145.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant("my13-points-two-line-head", (10,), "project, NAT-2021, two-line header, 分值 column")
def my13() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="雁栖区社区居家养老服务补贴项目", dept="雁栖区民政局（221013）",
        unit="雁栖区养老服务指导中心",
        money=[("年度资金总额", money(156, WAN), "其中：财政拨款", money(156, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["为1300名经济困难的高龄、失能老年人提供居家养老服务补贴，每人每月100元，"
               "服务对象满意度达到90%以上。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "年度指标值", "分值（100分）", "评分标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None, None, None)
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.ws.merge_cells(start_row=s.r - 1, start_column=6, end_row=s.r, end_column=6)
    s.table([
        ("产出指标", "数量指标", "享受居家养老服务补贴人数", "≥1300人", 15, "按完成比例计分"),
        (None, None, "上门服务人次", "≥3.1万人次", 10, "按完成比例计分"),
        (None, "质量指标", "服务记录规范率", "≥95%", 10, "每低1个百分点扣1分"),
        (None, None, "补贴对象资格复核准确率", "100%", 10, "发现1例错误扣2分"),
        (None, "时效指标", "补贴按月发放及时率", "≥98%", 5, "未按月发放扣分"),
        ("成本指标", "经济成本指标", "人均月补贴标准", "≤100元/人·月", 10, "超标准不得分"),
        ("效益指标", "社会效益指标", "失能老年人照护服务覆盖率", "≥80%", 15, "按完成比例计分"),
        (None, "可持续影响指标", "居家养老服务评估机制", "建立并执行", 15, "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", 10, "每低1个百分点扣1分"),
    ], merged=(1, 2))  # fmt: skip
    s.row(None, None, "合计", None, 100, None)
    foot(s, "芮冬梅", "0516-8873302")
    return b


@variant(
    "my14-department-money-slow", (12,), "department, NAT-2021, shares and tasks, 实施周期 and 年度"
)
def my14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2026, dept="青崖县市场监督管理局",
        budget=[(mk(money(1685.4), "B101", "error", row=True,
                    note="基本支出 1120.4 + 项目支出 545 = 1665.4 ≠ 资金总额 1685.4"),
                 money(1645.4), money(40), money(1120.4), money(545))],
        tasks=[("食品安全抽检", "全县食品安全监督抽检", money(260), "抽检≥1800批次"),
               ("特种设备安全监察", "电梯、锅炉等定期检验督导", money(135), "检验率≥98%"),
               ("12315投诉举报处置", "投诉举报受理、转办和回访", money(150), "按时办结率≥98%"),
               ("金额合计", None, money(545), None)],
        goal="目标1：完成食品安全监督抽检1800批次以上；目标2：特种设备定期检验率达到98%；"
             "目标3：消费投诉举报按时办结率达到98%，群众满意度不低于90%。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值", None)
    s.table([
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥1800批次", "≥1800批次"),
        (None, None, "特种设备监督检查台次", "≥900台次", "≥900台次"),
        (None, "质量指标", "特种设备定期检验率", "≥98%", "≥98%"),
        (None, None, "抽检不合格食品核查处置率", "100%", "100%"),
        (None, "时效指标", "投诉举报按时办结率", "≥98%", "≥98%"),
        (None, None, "投诉举报处置及时率", "≤2个工作日",
         ok(mk("≤2个工作日", "T105", "error", row=True, alt=("T116",),
               note="及时率写成2个工作日"), note="≤ 跟着期限写，一并改正即可")),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤1400元/批次", "≤1400元/批次"),
        ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥97%", "≥97%"),
        (None, "可持续影响指标", "食品安全信用档案建档率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "投诉举报人满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "龚立新", "0734-5520867")
    return b


@variant(
    "my15-hotline-near-miss", (11,), "project, NAT-2021, 比较符 column, deadlines and rates right"
)
def my15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 10, 12, 12, 16))
    project_head(
        s, year=2026, name="沙河镇12345便民服务热线运行项目", dept="丰野县政务服务中心（130014）",
        unit="丰野县沙河镇便民服务中心",
        money=[("年度资金总额", money(48, WAN), "其中：财政拨款", money(48, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["全年受理群众诉求9000件以上，诉求48小时内响应，按时办结率95%以上，"
               "群众满意度不低于90%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")
    s.table([
        ("产出指标", "数量指标", "受理群众诉求件数", "≥", 9000, "件", "正向"),
        (None, None, "热线坐席人数", "=", 6, "人", "正向"),
        (None, "质量指标", "诉求按时办结率", "≥", pct(0.95), "%", "正向"),
        (None, None, "工单回访率", "≥", pct(0.8), "%", "正向"),
        (None, "时效指标", "诉求首次响应时间", "≤", 48, "小时", "反向"),
        (None, None, "诉求转办及时率", "≥", pct(0.98), "%", "正向"),
        ("成本指标", "经济成本指标", "单件诉求平均处理成本", "≤", 50, "元/件", "反向"),
        ("效益指标", "社会效益指标", "重复投诉率", "≤", pct(0.05), "%", "反向"),
        (None, "可持续影响指标", "热线知识库更新频次", "≥", 12, "次/年", "正向"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "岑丽娟", "0312-6698450")
    return b


@variant(
    "my16-stacked-dates",
    (2, 11),
    "two projects stacked, NAT-2021, the second's dates and cost wrong",
)
def my16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="碧湾区公共体育设施维护项目", dept="碧湾区文化体育局（662015）",
        unit="碧湾区全民健身服务中心",
        money=[("年度资金总额", money(64, WAN), "其中：财政拨款", money(64, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["维护社区健身路径320套，更换老化器材400件，器材完好率达到95%以上。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table([
        ("产出指标", "数量指标", "维护社区健身路径", "≥320套"),
        (None, None, "更换老化健身器材", "≥400件"),
        (None, "质量指标", "健身器材完好率", "≥95%"),
        (None, "时效指标", "器材报修响应时间", "≤24小时"),
        ("成本指标", "经济成本指标", "单件器材更换成本", "≤1200元/件"),
        ("效益指标", "社会效益指标", "经常参加体育锻炼人口比例", "≥42%"),
        (None, "可持续影响指标", "健身设施巡检制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "健身群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, title="", name="碧湾区青少年体育培训项目", dept="碧湾区文化体育局（662015）",
        unit="碧湾区业余体校",
        start=day(2026, 9, 1),
        end=mk(day(2026, 6, 30), "Y104", "error", note="计划完成日期早于计划开始日期"),
        money=[("年度资金总额", money(36, WAN), "其中：财政拨款", money(30, WAN)),
               ("其他资金", money(6, WAN), None, None)],
        goals=["开展青少年游泳、篮球、足球等项目培训1500人次，培训课时不少于2400课时。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, None)
    s.table([
        ("产出指标", "数量指标", "青少年体育培训人次", "≥1500人次"),
        (None, None, "培训课时", "≥2400课时"),
        (None, "质量指标", "教练员持证上岗率", "100%"),
        (None, "时效指标", "培训计划完成时间",
         ok("12月31日前", "error", note="落在写错的计划完成日期之后，随 Y104 一并改正")),
        ("成本指标", "经济成本指标", "每课时培训成本",
         mk("≥150元/课时", "T108", "warning", row=True, note="成本指标用≥")),
        ("效益指标", "社会效益指标", "青少年体质健康达标率", "≥90%"),
        (None, "可持续影响指标", "后备人才输送人数", "≥20人"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "殷德华", "0660-3315728")
    return b


@variant("my17-bridges-over-ceiling", (1,), "project, NAT-2021, a rate over 100 % and a text count")
def my17() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="澜沧乡村道危桥改造项目", dept="云岫县交通运输局（530016）",
        unit="云岫县公路建设养护中心", attr="一次性项目",
        money=[("年度资金总额", money(720, WAN), "其中：财政拨款", money(680, WAN)),
               ("其他资金", money(40, WAN), None, None)],
        goals=["改造农村公路危桥15座，改造桥梁全部达到设计荷载等级，消除通行安全隐患，"
               "沿线群众满意度不低于90%。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "改造危桥座数",
         mk("≥12座", "D104", "warning", row=True, note="年度目标写改造危桥15座，指标只有≥12座"),
         "计划标准"),
        (None, None, "改造桥梁总延米", "≥480延米"),
        (None, "质量指标", "桥梁交工验收合格率",
         mk(">100%", "T106", "error", note="合格率不能超过100%"), "行业标准"),
        (None, None, "改造桥梁荷载达标率", "100%"),
        (None, "时效指标", "危桥改造完工时间", "11月30日前"),
        ("成本指标", "经济成本指标", "每延米改造成本", "≤1.5万元/延米", "历史标准"),
        ("效益指标", "社会效益指标", "危桥通行安全隐患消除率", "100%"),
        (None, "经济效益指标", "沿线群众出行时间节约", "≥20分钟/次"),
        (None, "可持续影响指标", "桥梁设计使用年限", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "和继光", "0888-5162239")
    return b


@variant(
    "my18-department-minus-other",
    (11, 12),
    "department, NAT-2021, 比较符 column, 其他资金 negative",
)
def my18() -> Book:
    b = Book()
    s = b.sheet("部门整体", widths=(16, 16, 28, 10, 12, 12))
    department_head(
        s, year=2026, dept="榆关市红叶区城市管理综合执法局",
        budget=[(money(2450), money(2430),
                 mk(money(-20), "B101", "error", row=True, alt=("B108",),
                    note="其他资金填成 -20：财政拨款 2430 + 其他资金 (-20) = 2410 ≠ 资金总额 2450"
                         "（基本 1890 + 项目 560 = 2450）"),
                 money(1890), money(560))],
        goal="目标1：市容秩序问题整治率达到95%以上；目标2：违法建设零增长；"
             "目标3：市容投诉率下降，群众满意度不低于90%。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "市容秩序巡查次数", "≥", 3600, "次"),
        (None, None, "拆除违法建设面积", "≥", 12000, "平方米"),
        (None, "质量指标", "市容秩序问题整治率", "≥", pct(0.95), "%"),
        (None, None, "执法案卷合格率", "≥", pct(0.98), "%"),
        (None, "时效指标", "数字城管案件按期结案率", "≥", pct(0.95), "%"),
        ("成本指标", "经济成本指标", "违法建设单位面积拆除成本", "≤", 80, "元/平方米"),
        ("效益指标", "社会效益指标", "市容环境投诉率",
         mk("≥", "T108", "warning", row=True, note="投诉率是反向指标，却用≥"), pct(0.03), "%"),
        (None, None, "新增违法建设面积", "=", 0, "平方米"),
        (None, "可持续影响指标", "网格化执法机制", "=", "健全", None),
        ("满意度指标", "服务对象满意度指标", "市民满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    foot(s, "郑卫东", "0429-3306125", head="局长")
    return b

"""Held-out returns: header wordings and column orders of other offices (items 5, 7, 10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout.registry import variant
from tests.variants.kit import Book, C, day, mk, ok

ONE = ["一级指标", "二级指标", "三级指标", "指标值"]


@variant("x01-content-scoring", (7,), "project, OLD-NAT, two-row header: 绩效指标 over "
         "一级/二级, then 指标内容 | 指标值 | 评分标准")  # fmt: skip
def x01() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="高标准农田建后管护", dept="望川县农业农村局",
        unit="望川县农田建设服务中心",
        money=[("年度资金总额", 320, "其中：财政拨款", 300), (None, None, "其他资金", 20)],
        goals=["落实8.5万亩已建高标准农田管护责任，维修灌排沟渠42公里，保障农田设施正常运行。"],
    )  # fmt: skip
    top = s.row("绩效指标", None, "指标内容", "指标值", "评分标准", merge=[(1, 2)])
    s.row("一级指标", "二级指标")
    for c in (3, 4, 5):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ["产出指标", "数量指标", "管护高标准农田面积", "≥8.5万亩",
         "达到目标值得满分，每少0.1万亩扣1分"],
        [None, None, "维修灌排沟渠长度", "≥42公里", "按完成比例计分"],
        [None, "质量指标", "管护设施完好率", "≥90%", "每低1个百分点扣1分"],
        [None, "时效指标", "管护资金拨付时间", "2025年6月30日前", "逾期不得分"],
        [None, "成本指标", "亩均管护费用", "≤35元/亩", "超出标准不得分"],
        ["效益指标", "经济效益指标", "项目区粮食亩产增加", "≥20公斤",
         "以县统计部门测产数据为准"],
        [None, "社会效益指标", "项目区旱涝保收农田占比", "≥85%", "按实际占比计分"],
        [None, "可持续影响指标", "管护长效机制", "健全", "制度健全并执行得满分"],
        ["满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%",
         "问卷调查，每低1个百分点扣1分"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x02-shanghai-targets", (5, 7), "Shanghai-style project: 一级目标/二级目标/三级目标 | "
         "指标目标值, money in 元, ASCII operators; a rate given as a count, = on a "
         "satisfaction rate")  # fmt: skip
def x02() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标")
    s.title("澜西市财政项目支出绩效目标表（2025年度）", 5)
    s.row("项目名称", "基层卫生人员能力提升培训", None, "项目类别", "经常性专项业务费",
          merge=[(2, 3)])  # fmt: skip
    s.row("主管部门", "澜西市卫生健康委员会", None, "项目实施单位", "澜西市卫生健康人才培训中心",
          merge=[(2, 3)])  # fmt: skip
    s.row("项目开始时间", day(2025, 1, 1), None, "项目结束时间", day(2025, 12, 31), merge=[(2, 3)])
    s.row("项目总预算（元）", C(1860000, "#,##0"), None, "项目当年预算（元）",
          C(1860000, "#,##0"), merge=[(2, 3)])  # fmt: skip
    s.row("项目年度目标", "举办基层卫生人员培训班36期，培训1500人，提升基层卫生人员岗位胜任能力。",
          merge=[(2, 5)])  # fmt: skip
    s.table([
        ["一级目标", "二级目标", "三级目标", "指标目标值", "备注"],
        ["投入与管理", "投入管理", "培训经费预算编制完整性", "完整"],
        [None, "财务管理", "资金使用合规性", "合规"],
        [None, "实施管理", "培训项目实施方案执行", "有效"],
        [None, "资产管理", "培训设备登记入账率", "=100%"],
        ["产出目标", "数量", "举办培训班期数", ">=36期"],
        [None, None, "参训人数", ">=1500人"],
        [None, None, "继续教育学分登记完成率",
         mk("1500人", "T105", "error", note="a rate given as a count")],
        [None, "质量", "培训考核合格率", ">=95%"],
        [None, "时效", "培训班按计划开班率", ">=95%"],
        [None, "成本", "人均培训成本", "<=1200元/人"],
        ["效果目标", "社会效益", "参训人员岗位胜任能力提升率", ">=80%"],
        [None, "满意度", "参训学员满意度",
         mk("=90%", "T107", "warning", note="= on a satisfaction rate means >=")],
        ["影响力目标", "长效管理", "培训质量评估机制", "健全"],
        [None, "信息共享", "培训课程线上共享率", ">=60%"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x03-annual-value-basis", (7,), "project, NAT-2021, block title 年度绩效指标, header "
         "指标值（年度） with a unit column and 指标值设定依据")  # fmt: skip
def x03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="社区居家养老上门服务", dept="鹤岭区民政局",
        unit="鹤岭区居家养老服务指导中心",
        money=[("年度资金总额", 480, "其中：财政拨款", 450), (None, None, "其他资金", 30)],
        goals=["为2400名居家老年人提供助洁、助浴、助医等上门服务，全年不少于7.2万人次。"],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.table([
        ["一级指标", "二级指标", "三级指标", "指标值（年度）", "计量单位", "指标值设定依据"],
        ["成本指标", "经济成本指标", "每人次上门服务补助", "≤60", "元/人次", "计划标准"],
        ["产出指标", "数量指标", "上门服务人次", "≥72000", "人次", "计划标准"],
        [None, None, "服务老年人数", "≥2400", "人", "计划标准"],
        [None, "质量指标", "服务质量抽查合格率", "≥95", "%", "行业标准"],
        [None, "时效指标", "服务工单响应时间", "≤24", "小时", "行业标准"],
        ["效益指标", "社会效益指标", "居家老年人服务需求满足率", "≥85", "%", "历史标准"],
        [None, "可持续影响指标", "居家养老服务网络", "持续完善", None, "其他标准"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90", "%", "历史标准"],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("x04-weights-first", (7, 11), "project, OLD-NAT, 8 columns: 序号 | tiers | 权重 | "
         "指标值 | 计量单位 | 指标解释; a unit conflict, weights adding to 95")  # fmt: skip
def x04() -> Book:
    b = Book()
    s = b.sheet("绩效目标申报表", widths=(6, 14, 14, 26, 8, 14, 12, 30))
    s.title("2025年度项目支出绩效目标申报表", 8)
    s.row("项目名称", None, "农机购置与应用补贴", None, None, "实施单位", "望川县农机服务中心",
          None, merge=[(1, 2), (3, 5), (7, 8)])  # fmt: skip
    s.row("年度资金总额（万元）", None, 3800, None, None, "其中：财政拨款", 3800, None,
          merge=[(1, 2), (3, 5), (7, 8)])  # fmt: skip
    s.row("其他资金（万元）", None, 0, None, None, "项目期", "1年", None,
          merge=[(1, 2), (3, 5), (7, 8)])  # fmt: skip
    goal = ok(
        "补贴购置农机具3000台，受益农户2800户，主要农作物耕种收综合机械化率达到82%。",
        note="D104 against the 台 of 受益农户数 is the same slip, tolerated",
    )
    s.row("年度绩效目标", None, goal, merge=[(1, 2), (3, 8)])
    s.table([
        ["序号", "一级指标", "二级指标", "三级指标", "权重", "指标值", "计量单位", "指标解释"],
        [1, "产出指标", "数量指标", "补贴购置农机具数量", 15, "≥3000", "台",
         "年度内享受补贴的机具台数"],
        [2, None, None, "受益农户数", 10,
         mk("≥2800台", "T112", "error", note="台 in the value, 户 in the unit column"), "户",
         "年度内享受补贴的农户数"],
        [3, None, "质量指标", "补贴机具核验合格率", 10, "=100", "%", "抽查核验合格的机具占比"],
        [4, None, "时效指标", "补贴资金兑付时限", 10, "≤30", "个工作日", "自核验通过之日起计算"],
        [5, None, "成本指标", "单台机具平均补贴额", 10, "≤1.2", "万元/台", "补贴总额/补贴台数"],
        [6, "效益指标", "经济效益指标", "项目区亩均作业成本降低", 10, "≥15", "元/亩",
         "与上年相比"],
        [7, None, "社会效益指标", "主要农作物耕种收综合机械化率", 10, "≥82", "%",
         "按农业农村部门统计口径"],
        [8, None, "可持续影响指标", "农机安全监管机制", 10, "健全", None, "定性指标"],
        [9, "满意度指标", "服务对象满意度指标", "购机农户满意度", 10, "≥90", "%", "抽样问卷调查"],
    ], merged=(2, 3))  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant("x05-merged-spans", (5,), "project, NAT-2021: 年度绩效指标 merged down the first "
         "column, tier cells merged over 1 to 4 rows, a 指标值类型 column")  # fmt: skip
def x05() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2025, name="城区公共厕所提质改造", dept="澜西市城市管理局",
        unit="澜西市环境卫生管理处", attr="一次性项目",
        money=[("年度资金总额", 900, "其中：财政拨款", 900), (None, None, "其他资金", 0)],
        goals=["完成城区28座公共厕所提质改造，新增第三卫生间10个，改善市民如厕环境。"],
    )  # fmt: skip
    s.table([
        ["年度绩效指标", "一级指标", "二级指标", "三级指标", "指标值", "指标值类型"],
        [None, "成本指标", "经济成本指标", "单座公厕改造成本", "≤30万元/座", "定量"],
        [None, None, None, "改造后单座公厕年运维费用", "≤4万元/座", "定量"],
        [None, "产出指标", "数量指标", "改造公厕数量", "≥28座", "定量"],
        [None, None, None, "新增第三卫生间", "≥10个", "定量"],
        [None, None, "质量指标", "改造工程验收合格率", "=100%", "定量"],
        [None, None, "时效指标", "改造工程完工时间", "2025年11月30日前", "定量"],
        [None, "效益指标", "社会效益指标", "城区公厕服务半径覆盖率", "≥95%", "定量"],
        [None, None, "可持续影响指标", "公厕日常保洁管护制度", "健全", "定性"],
        [None, "满意度指标", "服务对象满意度指标", "市民如厕满意度", "≥90%", "定量"],
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("x20-export-second-sheet", (7,), "budget-system export: budget on the first sheet, "
         "the goal table on the second under two title rows, project and goal merged down, "
         "tiers repeated, 指标性质 as word operators, 度量单位")  # fmt: skip
def x20() -> Book:
    b = Book()
    s = b.sheet("项目支出预算表(06-1)", widths=(22, 12, 12, 12, 12, 16))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：鹤岭区市场监督管理局", None, None, None, "金额单位：万元", None,
          merge=[(1, 4), (5, 6)])  # fmt: skip
    s.row("项目名称", "项目类别", "资金总额", "财政拨款", "其他资金", "备注")
    s.row("食品安全抽检监测", "专项业务类", 260, 260, 0, None)
    s.row("合计", None, 260, 260, 0, None)
    t = b.sheet("项目支出绩效目标表(06-2)", widths=(18, 30, 12, 16, 26, 10, 10, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：鹤岭区市场监督管理局", merge=[(1, 8)])
    goal = (
        "完成食品安全监督抽检3200批次，不合格食品核查处置率100%，守住不发生区域性食品安全事件底线。"
    )
    t.table([
        ["项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
         "度量单位"],
        ["食品安全抽检监测", goal, "产出指标", "数量指标", "食品安全监督抽检批次", "大于等于",
         3200, "批次"],
        [None, None, "产出指标", "质量指标", "不合格食品核查处置率", "等于", 100, "%"],
        [None, None, "产出指标", "时效指标", "不合格食品核查处置时限", "小于等于", 30,
         "个工作日"],
        [None, None, "产出指标", "成本指标", "每批次抽检费用", "小于等于", 800, "元/批次"],
        [None, None, "效益指标", "社会效益指标", "群众食品安全知晓率", "大于等于", 85, "%"],
        [None, None, "效益指标", "可持续影响指标", "抽检信息公开机制", "定性", "健全", None],
        [None, None, "满意度指标", "服务对象满意度指标", "公众食品安全满意度", "大于等于", 85,
         "%"],
    ], merged=(1, 2))  # fmt: skip
    return b

"""Returns gc07–gc12: 红小豆种植 (operators in words, a two-row header, a direction column,
a table on a second sheet, a budget-system export, a page break with subtotals)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout643.common import funds, indicators, note, sign, start, wan
from tests.variants.holdout643.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

G07 = (
    "在枫渡县北部三镇建设红小豆绿色高产示范片2000亩，示范片亩产达到150公斤，"
    "农药使用量较上年减少10%，不发生农产品质量安全事故。"
)
HEAD07 = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
T07 = (
    ("产出指标", "数量指标", "红小豆绿色高产示范片面积", "大于等于", 2000, "亩"),
    (None, None, "统一供应有机肥", "大于等于", 300, "吨"),
    (None, "质量指标", "示范片亩产", "大于等于", 150, "公斤"),
    (None, None, "农产品质量安全事故", "等于", 0, "起"),
    (None, "时效指标", "示范片播种完成时间", "小于等于", day(2025, 6, 20, CN_DATE), None),
    (None, "成本指标", "有机肥采购单价", "小于等于", 1000, "元/吨"),
    ("效益指标", "生态效益指标", "农药使用量下降率", "大于等于", 10, "%"),
    (None, "经济效益指标", "示范片亩均节本增效", "大于等于", 180, "元"),
    ("满意度指标", "服务对象满意度指标", "示范户满意度", "大于等于", 90, "%"),
)  # fmt: skip


@variant(
    "gc07-hongdou-words",
    (11, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, operators in words in 指标性质, unit "
    "column, a 下降率 with 大于等于, 0起 on incidents, 填表说明 below (correct)",
)
def gc07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="红小豆绿色高产高效示范项目",
        dept="枫渡县农业农村局 205",
        unit="枫渡县特色作物推广中心",
        money=funds((52, 40, 12)),
        goals=(G07,),
    )
    indicators(s, T07, head=HEAD07)
    note(s, "填表说明：指标性质填写大于等于、小于等于或等于，绩效标准只填数字。")
    sign(s, "简若溪", "0719-6624158", day(2025, 1, 6))
    return b


G08 = (
    "2025—2026年建设红小豆良种繁育田1500亩，良种供应能力达到30万公斤，分批培训种植户。",
    "2025年建设红小豆良种繁育田800亩，供应良种15万公斤，培训种植户800人次。",
)
T08 = (
    ("产出指标", "数量指标", "良种繁育田面积", "≥1500亩",
     mk("≥600亩", "D104", "warning", note="年度目标写繁育田800亩")),
    (None, None, "良种供应量", "≥30万公斤", "≥15万公斤"),
    (None, None, "种植技术培训", "≥800人次",
     mk("≥800人次", "D202", "warning", note="两年期项目，累计人次与年度相同")),
    (None, "质量指标", "良种净度达标率", "≥98%", "≥98%"),
    (None, "时效指标", "良种供应及时率", "≥95%", "≥95%"),
    (None, "成本指标", "繁育田每亩建设补助", "≤800元/亩", "≤800元/亩"),
    ("效益指标", "经济效益指标", "良种田亩均增收", "≥300元", "≥300元"),
    (None, "可持续影响指标", "良种自给率", "提高≥10百分点", "提高≥5百分点"),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
)  # fmt: skip


@variant(
    "gc08-hongdou-two-row-header",
    (8, 7),
    "two-year project, OLD-NAT, two-row header (指标值 over 中期 and 年度): plan dates "
    "from last season, an annual area below the 年度目标's, a count copied",
)
def gc08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="红小豆良种繁育基地建设项目",
        dept="枫渡县农业农村局 205",
        unit="枫渡县种子站",
        money=funds((150, 120, 30), (80, 65, 15)),
        goals=G08,
        start=day(2024, 3, 1),
        end=day(2025, 12, 31),
    )
    b.file_mark(
        "Y101",
        "error",
        alt=("Y102", "Y103"),
        note="标题2025年度、中期目标2025—2026年，计划日期却是2024-03-01至2025-12-31",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table(T08, merged=(1, 2))
    return b


G09 = "对全县红小豆机收作业给予补助，机收面积达到1.6万亩，机收损失率控制在4%以内。"
T09 = (
    ("成本指标", "经济成本指标", "机收作业每亩补助标准",
     mk("≥30元/亩", "T108", "warning", row=True, note="补助标准是上限，反向却写≥"), "反向"),
    ("产出指标", "数量指标", "红小豆机收面积", "≥16000亩", "正向"),
    (None, None, "补助机收作业机具", "≥120台", "正向"),
    (None, "质量指标", "机收损失率", "≤4%", "反向"),
    (None, "时效指标", "补助资金兑付时间", "2025年12月20日前", "反向"),
    ("效益指标", "经济效益指标", "机收节约人工成本", "≥60元/亩", "正向"),
    (None, "社会效益指标", mk("机收服务农户满意度", "F201", "warning", row=True,
     note="满意度填在社会效益下"), "≥90%", "正向"),
    ("满意度指标", "服务对象满意度指标", "农机手满意度", "≥90%", "正向"),
)  # fmt: skip


@variant(
    "gc09-hongdou-direction",
    (11,),
    "project, NAT-2021, operators inside the values and a 指标方向 column (正向/反向): a "
    "反向 cap with ≥, a satisfaction rate under 社会效益",
)
def gc09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="红小豆机械化收获补助项目",
        dept="澜桥县农业农村局 118",
        unit="澜桥县农机推广站",
        money=funds((64, 50, 14)),
        goals=(G09,),
    )
    indicators(s, T09, head=("一级指标", "二级指标", "三级指标", "指标值", "指标方向"))
    return b


G10 = (
    "在澜桥县河湾镇开展红小豆—玉米带状间作试验示范500亩，筛选适宜品种3个，"
    "为2027年全县推广红小豆—玉米带状间作积累技术数据。"
)
T10 = (
    ("产出指标", "数量指标", "带状间作试验示范面积", "≥500亩"),
    (None, None, "筛选适宜间作品种", "≥3个"),
    (None, "质量指标", "试验数据完整率", pct(1)),
    (None, "时效指标", "试验总结报告提交时间", "2025年12月15日前"),
    (None, "成本指标", "试验田每亩投入", "≤500元"),
    ("效益指标", "经济效益指标", "间作田亩均增收", "≥200元"),
    (None, "可持续影响指标", "形成带状间作技术规程", "1套"),
    ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc10-hongdou-second-sheet",
    (7, 1),
    "project: head on the first sheet, the indicator table on a second sheet under "
    "预期实现值, a typed 100%, a later year the trial prepares for (correct)",
)
def gc10() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="红小豆玉米带状间作试验示范项目",
        dept="澜桥县农业农村局 118",
        unit="澜桥县农业科学研究所",
        money=funds((28, 28, 0)),
        goals=(G10,),
    )
    note(s, "绩效指标见“绩效指标”工作表。")
    sign(s, "牟知远", "0719-7731054", day(2025, 1, 14))
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    indicators(t, T10, head=("一级指标", "二级指标", "三级指标", "预期实现值"))
    return b


HEAD11 = ("一级指标", "二级指标", "三级指标", "指标值")
T11 = (
    ("318006-25-0012", "红小豆订单收购补助项目",
     "对与县内奶茶原料企业签订收购订单的红小豆种植户给予补助，订单收购2000吨，带动种植户800户。",
     "产出指标", "数量指标", mk("2024年度红小豆订单收购量", "Y103", "warning", row=True,
     alt=("Y101",), note="上一年表格的名称留在2025年表里"), "≥2000吨"),
    (None, None, None, None, None, "带动订单种植户", "≥800户"),
    (None, None, None, None, "质量指标", "订单红小豆等级合格率", "≥95%"),
    (None, None, None, None, "时效指标", "补助资金兑付及时率", "≥95%"),
    (None, None, None, None, "成本指标", "订单收购补助标准", mk("≤600元/吨", "B107", "warning",
     row=True, note="600元/吨 × 2000吨 = 120万元 > 96万元")),
    (None, None, None, "效益指标", "经济效益指标", "订单户亩均增收", "≥150元"),
    (None, None, None, "满意度指标", "服务对象满意度指标", "订单种植户满意度", "≥90%"),
)  # fmt: skip


@variant(
    "gc11-hongdou-export",
    (9, 12),
    "budget-system export: money on sheet 05-1 with unit codes, indicators on sheet 05-2 "
    "with project code, name and goal in the first columns and the header on the third row: "
    "parts not adding up, last year's name, a standard × quantity above the money",
)
def gc11() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 26, 26, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(
        "318006",
        "枫渡县粮油收储服务中心",
        "红小豆订单收购补助项目",
        mk(money(96), "B101", "error", note="70 + 20 = 90 ≠ 96"),
        money(70),
        money(20),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 30, 12, 16, 28, 14))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("单位名称：枫渡县粮油收储服务中心")
    indicators(
        t, T11, merged=(1, 2, 3, 4, 5), head=("项目编码", "项目名称", "年度绩效目标", *HEAD11)
    )
    return b


G12 = "推广红小豆良种6000亩，新建烘干线2条，维护产业信息平台，服务种植户1500户。"
TASKS12 = (
    ("红小豆良种推广", "推广良种6000亩", wan(40), "良种覆盖率达到85%"),
    ("红小豆仓储烘干", "新建烘干线2条", wan(50), "烘干线9月底投产"),
    ("产业信息平台运维", "平台全年运行", wan(20), "平台正常运行率98%"),
    ("金额合计", None, wan(110), None),
)  # fmt: skip
HEAD12 = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
T12A = (
    ("产出指标", "数量指标", "良种推广面积", "≥6000亩", 15),
    (None, None, "新建烘干线", "≥2条", 10),
    (None, "质量指标", "烘干红小豆含水率达标率", "≥95%", 10),
    (None, "时效指标", "烘干线投产时间", "2025年9月30日前", 10),
)  # fmt: skip
T12B = (
    ("成本指标", "经济成本指标", "每条烘干线建设成本", "≤25万元", 10),
    ("效益指标", "经济效益指标", "良种田亩均增产", "≥15公斤", 10),
    (None, "社会效益指标", "服务种植户", "≥1500户", 10),
    (None, "可持续影响指标", "产业信息平台正常运行率", "≥98%", 10),
    ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", 15),
)  # fmt: skip


@variant(
    "gc12-hongdou-page-break",
    (4, 12),
    "department, NAT-2021, weight column; a subtotal row, the header repeated after a page "
    "break, a total row, signature; tasks adding to 金额合计 (correct)",
)
def gc12() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="澜桥县红小豆产业发展服务中心",
        goal=G12,
        tasks=TASKS12,
        budget=[tuple(wan(v) for v in (180, 150, 30, 70, 110))],
    )
    indicators(s, T12A, head=HEAD12)
    s.row(None, None, "小计", None, 45)
    s.skip()
    indicators(s, T12B, head=HEAD12)
    s.row(None, None, "小计", None, 55)
    s.row("合计", None, None, None, 100)
    s.skip()
    s.row("单位负责人：钮栖梧", None, "填报人：阚晓棠", None, "填报日期", day(2024, 11, 28))
    return b

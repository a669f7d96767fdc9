"""Returns as other offices lay them out: a flat department list, stacked and second-sheet
projects, template rows, a two-row header with a page break, a two-year project's dates."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout579.common import HEAD, book, funds, notes, sign, table
from tests.variants.holdout579.registry import variant
from tests.variants.kit import Book, Sheet, mk, ok, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("dq13-ginger-flat-direction", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标方向 "
         "as 正向/反向 · 权重), values with operators inside, 0起 on an incident count "
         "(correct)")  # fmt: skip
def ginger_flat_direction() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄岭县生姜产业服务站",
                    budget=[(260, 240, 20, 170, 90)],
                    tasks=[("贮藏窖安全巡查", "窖内二氧化碳检测与巡查", 30, "巡查贮藏窖800窖次"),
                           ("姜种储备", "脱毒姜种窖藏储备", 60, "储备脱毒姜种400吨"),
                           ("金额合计", None, 90, None)],
                    goal="巡查贮藏窖800窖次，窖内作业零事故；储备脱毒姜种400吨。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标方向", "权重")
    s.table([
        ("贮藏窖安全巡查", "≥800", "窖次", "正向", 25),
        ("储备脱毒姜种", "≥400", "吨", "正向", 25),
        ("窖内作业安全事故", "≤0", "起", "反向", 15),
        ("姜种窖藏损耗率", "≤6%", "%", "反向", 15),
        ("每吨姜种储备费用", "≤1500", "元/吨", "反向", 10),
        ("种植户满意度", "≥90%", "%", "正向", 10),
    ])  # fmt: skip
    notes(s, "说明：每吨储备费用1500元×400吨＝60万元，与姜种储备任务金额相等。")
    sign(s, "覃立峰", "0745-3382716")
    return b


@variant("dq14-longan-stacked-defects", (2,),
         "two longan projects stacked, OLD-NAT, one value column: the second project's goal counts "
         "10 houses against an indicator of 8, its unit cost × count above its money")  # fmt: skip
def longan_stacked_defects() -> Book:
    b, s = book("项目绩效目标")
    project_head(s, year=2025, name="龙眼烘干设备及配套烘干房补贴项目",
                 dept="坪塘县农业农村局（517311）",
                 unit="坪塘县农机服务站", money=funds((30, 30)),
                 goals=["补贴购置龙眼烘干机60台，配套新建简易烘干房4座，"
                        "新增烘干能力600吨。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建烘干房", "≥4座"),
        (None, None, "补贴购置烘干机", "≥60台"),
        (None, "质量指标", "机具验收合格率", "=100%"),
        (None, "时效指标", "补贴发放时间", "2025年9月30日前"),
        (None, "成本指标", "单台烘干机补贴标准", "≤0.4万元/台"),
        ("效益指标", "经济效益指标", "新增烘干能力", "≥600吨"),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：烘干机0.4万元/台×60台＝24万元，简易烘干房1.5万元/座×4座＝6万元，合计30万元。")
    s.skip(2)
    goal = mk(
        "新建龙眼烘干房10座，烘干鲜果1000吨。",
        "D104",
        "warning",
        note="the goal counts 10 houses, the indicator 新建烘干房 ≥8座",
    )
    project_head(s, year=2025, name="龙眼产地烘干房建设项目",
                 dept="坪塘县农业农村局（517311）",
                 unit="坪塘县果业发展中心", money=funds((80, 72)),
                 title="", goals=[goal])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "新建烘干房", ok("≥8座", note="the other side of D104")),
        (None, None, "烘干鲜果", "≥1000吨"),
        (None, "质量指标", "烘干房验收合格率", "≥95%"),
        (None, "时效指标", "建设完成时间", "2025年6月30日前"),
        (None, "成本指标", "烘干房建设补助标准",
         mk("≤12万元/座", "B107", "warning", row=True, note="12万元 × 8座 = 96万元 > 80万元")),
        ("效益指标", "经济效益指标", "烘干环节损耗率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("dq15-ginger-second-sheet", (7,),
         "project: head on the first sheet, indicators on a second sheet under headers "
         "考核指标 and 目标值（年度） with a 评价标准 column, the next spring named on "
         "purpose (correct)")  # fmt: skip
def ginger_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(s, year=2025, name="脱毒姜种窖藏储备项目",
                 dept="枫垭县农业农村局（408021）",
                 unit="枫垭县种子管理站", money=funds((36, 36)),
                 goals=["窖藏储备脱毒姜种300吨，供2026年春季种植使用，"
                        "窖藏损耗率不高于5%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 16, 30))
    t.title("项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "窖藏储备脱毒姜种", "≥300吨", "每少10吨扣1分"),
        (None, "质量指标", "入窖姜种检疫合格率", "=100%", "未达标不得分"),
        (None, "时效指标", "入窖完成时间", "2025年12月15日前", "逾期不得分"),
        (None, "成本指标", "每吨储备费用", "≤1200元/吨", "超标准不得分"),
        ("效益指标", "经济效益指标", "窖藏损耗率", "≤5%", "每超1个百分点扣1分"),
        (None, "可持续影响指标", "脱毒姜种推广面积", "≥2000亩", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "领种农户满意度", "≥90%", "按调查结果得分"),
    ])  # fmt: skip
    return b


@variant("dq16-longan-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, a 20XX placeholder in the goal")  # fmt: skip
def longan_template_rows() -> Book:
    b, s = book()
    goal = mk(
        "20XX年建成龙眼烘干示范点2个，烘干鲜龙眼500吨。",
        "X101",
        "error",
        note="the template's 20XX left in the goal",
    )
    project_head(s, year=2025, name="龙眼烘干示范点建设项目",
                 dept="石塘镇人民政府（517420）",
                 unit="石塘镇农业服务中心", money=funds((24, 24)), goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "示范点建设补助标准", "≤12万元/个"),
        (None, mk("社会成本指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("产出指标", "数量指标", "建成烘干示范点", "≥2个"),
        (None, None, mk(None, "F110", "error", note="烘干鲜龙眼 500吨 without its name"),
         ok("≥500吨", "error", note="the missing name may be reported at the value")),
        (None, "质量指标", "龙眼干一级品率", "≥80%"),
        (None, "时效指标", "示范点建成时间", "2025年7月31日前"),
        ("效益指标", "经济效益指标", "示范点带动烘干户", "≥50户"),
        ("满意度指标", "服务对象满意度指标", "烘干户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎国栋", "0758-7642180")
    return b


def _two_row_header(s: Sheet) -> None:
    """绩效目标值 over 比较符 · 目标值 · 计量单位, the tier headers merged over both rows."""
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)


@variant("dq17-ginger-two-row-header", (7, 4),
         "project, OLD-NAT, a two-row header (绩效目标值 over 比较符 · 目标值 · "
         "计量单位), a 注 row between tiers, the header repeated after a page break, "
         "填表说明 and signature (correct)")  # fmt: skip
def ginger_two_row_header() -> Book:
    b, s = book()
    project_head(s, year=2025, name="生姜窖藏冷链周转中心运营补助",
                 dept="岩桥镇人民政府（306117）",
                 unit="岩桥镇供销合作社", money=funds((28, 25)),
                 goals=["保障冷链周转中心全年运营，周转窖藏生姜2000吨，"
                        "冷藏温度达标率98%以上。"])  # fmt: skip
    _two_row_header(s)
    s.table([
        ("产出指标", "数量指标", "周转窖藏生姜", "≥", 2000, "吨"),
        (None, "质量指标", "冷藏温度达标率", "≥", pct(0.98), "%"),
        (None, "时效指标", "出库响应时间", "≤", 24, "小时"),
        (None, "成本指标", "每吨周转运营补助", "≤", 140, "元/吨"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：运营补助140元/吨×2000吨＝28万元，与年度资金总额相等。")
    s.skip()
    _two_row_header(s)
    s.table([
        ("效益指标", "经济效益指标", "错季销售溢价", "≥", 0.8, "元/公斤"),
        (None, "可持续影响指标", "冷链周转中心连续运营", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "入库客户满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.比较符填≥、≤或=；2.目标值填数字，百分比直接输入如90%。")
    sign(s, "尹少川", "0736-6310257")
    return b


@variant("dq18-longan-period-dates", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns with operators inline: a period "
         "acceptance date after the project ends, a 破损率 with ≥")  # fmt: skip
def longan_period_dates() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="龙眼烘干加工片区建设项目",
                 dept="南畲县农业农村局（517204）",
                 unit="南畲县果业产业园管理中心", money=funds((70, 63), (150, 135)),
                 goals=["两年建成龙眼烘干加工片区2个，烘干能力达到3000吨。",
                        "2025年建成烘干加工片区1个，烘干鲜龙眼1200吨。"])  # fmt: skip
    table(s, PERIOD, [
        ("成本指标", "经济成本指标", "片区建设补助标准", "≤70万元/个", "≤70万元/个"),
        ("产出指标", "数量指标", "建成烘干加工片区", "≥2个", "≥1个"),
        (None, None, "烘干鲜龙眼", "≥3000吨", "≥1200吨"),
        (None, "质量指标", "龙眼干烘干破损率", "≥3%",
         mk("≥3%", "T108", "warning", row=True, note="a 破损率 is 反向; ≥ in both columns")),
        (None, "时效指标", "片区竣工验收时间",
         mk("2027年6月30日前", "Y102", "error", note="the project runs 2025–2026"),
         "2025年12月31日前"),
        ("效益指标", "经济效益指标", "带动烘干户增收", "≥1500元/户", "≥1500元/户"),
        ("满意度指标", "服务对象满意度指标", "入园果农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯可欣", "0758-2215093")
    return b

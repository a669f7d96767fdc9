"""Driver testing (机动车驾驶人考试): notes rows, tier labels, header words, exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout369.common import PROJECT, book, indicators, note, one_year, sign, wan
from tests.variants.holdout369.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

POLICE = "澄岭市公安局交通警察支队（203011）"
VEH = "澄岭市公安局交通警察支队车辆管理所"


@variant(
    "vo07-footnotes",
    (4,),
    "project, OLD-NAT, one value column; a 说明 row inside the "
    "table, 注 and 填表说明 under it, signature and a fill date in the prior year (correct)",
)
def vo07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="驾驶人考试考场视频监控升级",
        dept=POLICE,
        unit=VEH,
        money=one_year(64, 64, 0),
        goals=["完成3个科目二、科目三考场视频监控升级，实现考试全过程录像可追溯。"],
    )
    s.row(*PROJECT)
    s.table([
        ("产出指标", "数量指标", "升级考场数量", "3个"),
        (None, None, "新增高清监控点位", "≥180个"),
        (None, "质量指标", "设备安装验收合格率", "100%"),
        (None, "时效指标", "升级完成时间", "9月30日前"),
        (None, "成本指标", "单个考场改造费用", "≤21万元"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：以下效益、满意度指标按考试系统全年统计口径填报。", 4)
    s.table([
        ("效益指标", "社会效益指标", "考试过程录像完整率", "≥99%"),
        (None, "可持续影响指标", "录像资料保存期限", "≥3年"),
        ("满意度指标", "服务对象满意度指标", "考生对考场秩序满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：单个考场改造费用3个合计63万元，余款1万元用于监控存储扩容。", 4)
    note(s, "填表说明：指标值应含比较符和计量单位；定性指标填写等级。", 4)
    sign(s, "龙启舟", "0739-6620174", day(2024, 12, 6))
    s.row("单位负责人（签字）：", "祁文博", "（单位盖章）", None, None, None)
    return b


@variant(
    "vo08-page-break-defects",
    (4, 7),
    "department, NAT-2021, 考核指标 header and weight "
    "column, header repeated after a page break, subtotal rows; a rate given as a time "
    "limit and a satisfaction rate with =",
)
def vo08() -> Book:
    b, s = book("部门整体")
    department_head(
        s,
        year=2025,
        dept="澄岭市公安局交通警察支队车辆管理所",
        budget=[(wan(1460), wan(1400), wan(60), wan(1020), wan(440))],
        goal="提升驾驶人考试服务能力，保障考试公平公正。",
    )
    head = ("一级指标", "二级指标", "考核指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "年度驾驶人考试场次", "≥2400场", 10),
        (None, None, "考试员业务培训人次", "≥160人次", 10),
        (None, "质量指标", "考试监管系统运行正常率", "≥98%", 10),
        (None, "时效指标", "考试预约办理及时率",
         mk("3个工作日", "T105", "error", note="及时率是比率，指标值却是天数"), 10),
        ("产出指标小计", None, None, None, 40),
        ("成本指标", "经济成本指标", "单场考试运行成本", "≤1200元/场", 10),
    ])  # fmt: skip
    indicators(s, head, [
        ("效益指标", "社会效益指标", "考试舞弊案件查处率", "=100%", 15),
        (None, "可持续影响指标", "考试监管制度执行", "健全", 15),
        ("效益指标小计", None, None, None, 30),
        ("满意度指标", "服务对象满意度指标", "考生满意度",
         mk("=95%", "T107", "warning", note="满意度写“=95%”，应为≥95%"), 20),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "vo09-numbered-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with points "
    "(一、产出指标（50分）, （一）数量指标), ★ on core indicators (correct)",
)
def vo09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="退役军人驾驶技能免费培训",
        dept="望川县退役军人事务局",
        unit="望川县退役军人服务中心",
        money=one_year(33, 30, 3),
        goals=["为全县210名退役军人提供C1驾驶技能免费培训并组织考试。"],
    )
    indicators(s, PROJECT, [
        ("一、产出指标（50分）", "（一）数量指标", "★1.参加培训退役军人人数", "≥210人"),
        (None, None, "2.组织集中考试批次", "≥6批"),
        (None, "（二）质量指标", "★3.科目一考试合格率", "≥85%"),
        (None, "（三）时效指标", "4.培训补助发放时间", "12月15日前"),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.人均培训补助标准", "≤1500元/人"),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.参训人员取得驾驶证比例", "≥80%"),
        (None, "（二）可持续影响指标", "7.退役军人就业服务台账", "建立并执行"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "★8.参训人员满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "邵冬禾", "0736-5582417", day(2024, 11, 12))
    return b


@variant(
    "vo10-assessment-header",
    (5, 7),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）, "
    "abbreviated tier labels: a tier-2 under the wrong tier-1, 预算执行率 as a cost",
)
def vo10() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="驾驶人考试远程监管中心运维",
        dept=POLICE,
        unit=VEH,
        money=one_year(52, 52, 0),
        goals=["对全市7个考场实施远程视频监管，抽查考试过程。"],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出", "数量", "远程监管考场数量", "≥7个", "未达到不得分"),
        (None, None, "考试过程抽查场次", "≥900场", "按比例扣分"),
        (None, mk("社会效益指标", "F105", "error", alt=("F104",),
                  note="社会效益指标属于效益指标，不在产出之下"),
         "考试违规行为发现数量", "≥40起", "按比例扣分"),
        (None, "时效", "异常考试复核时限", "≤2个工作日", "超时扣分"),
        ("成本", "经济成本", "远程监管中心年度运维费", "≤50万元", "超支不得分"),
        (None, None, mk("预算执行率", "F202", "warning", row=True,
                        note="预算执行率另行评价，列为成本指标重复计分"),
         "≥95%", "按比例扣分"),
        ("效益", "可持续影响", "远程监管工作机制", "健全", "不健全不得分"),
        ("满意度", "服务对象满意度", "考生对考试公正性满意度", "≥90%", "按比例扣分"),
    ])  # fmt: skip
    return b


@variant(
    "vo11-second-sheet",
    (7,),
    "project: head on the first sheet, the indicator table on a "
    "second sheet under a two-row header 指标内容 · 预期实现值 · 计量单位 (correct)",
)
def vo11() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2025,
        name="驾驶人理论考试题库维护与考务培训",
        dept=POLICE,
        unit=VEH,
        money=one_year(18, 18, 0),
        goals=["更新地方性理论考试题目，培训考试员和考务人员。"],
    )
    t = b.sheet("绩效指标", (14, 16, 30, 14, 12))
    t.title("2025年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", "计量单位", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "指标内容", None, None)
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "更新地方性考试题目", "≥120", "道"),
        (None, None, "考务人员培训人次", "≥90", "人次"),
        (None, "质量指标", "新增题目审核通过率", pct(1), "%"),
        (None, "时效指标", "题库更新上线时间", "6月30日前", None),
        (None, "成本指标", "人均考务培训费用", "≤800", "元/人次"),
        ("效益指标", "社会效益指标", "理论考试题目差错率", "≤0.5", "%"),
        ("满意度指标", "服务对象满意度指标", "考务人员培训满意度", "≥90", "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "vo12-system-export",
    (7, 9),
    "budget-system export: money on sheet 05-1 and the "
    "indicator table on sheet 05-2 under a third-row header, codes in the first columns; "
    "an amount as text with separators, a date serial as text, a deadline as a percent",
)
def vo12() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位：万元", None, None, None, None)
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "203011250004", "科目二科目三考场智能评判系统改造"
    s.row(
        code,
        name,
        mk("1,280.00", "X103", "warning", alt=("B108",), note="金额存成带千分位的文本"),
        money(1080, "#,##0.00"),
        money(200, "#,##0.00"),
    )
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 14, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：澄岭市公安局交通警察支队", None, None, None, None, None)
    rows = [
        ("产出指标", "数量指标", "改造考场数量", "≥4个"),
        ("产出指标", "数量指标", "智能评判车载终端更换数量", "≥96台"),
        ("产出指标", "质量指标", "系统验收一次通过率", "≥95%"),
        ("产出指标", "时效指标", "考场改造完工时间",
         mk("45838", "X104", "warning", note="文本中的日期序列号，即2025-06-30")),
        ("产出指标", "时效指标", "智能评判系统上线时间",
         mk("100%", "T113", "warning", note="期限类指标写成百分比")),
        ("产出指标", "成本指标", "单台车载终端采购单价", "≤8万元/台"),
        ("效益指标", "社会效益指标", "考试评判人工干预率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "考生满意度", "≥90%"),
    ]  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for r in rows:
        t.row(code, name, *r)
    return b

"""Public rental housing and its rent subsidies (公租房租赁补贴) of 澄岭市住房保障服务中心:
khl07–khl12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout886.common import book, funds, indicators, notes, sign, wan
from tests.variants.holdout886.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "澄岭市住房和城乡建设局（417003）"
UNIT = "澄岭市住房保障服务中心"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")

GOAL_07 = (
    "2026年向城镇住房困难家庭2500户（其中新增保障400户）按月发放公租房租赁补贴，"
    "户均年补贴标准不超过0.6万元，审核办结不超过15个工作日。"
)
ROWS_07 = [
    ("产出指标", "数量指标", "租赁补贴发放户数", "大于等于", 2500, "户"),
    (None, None, "新增保障户数", "大于等于", 400, "户"),
    (None, "质量指标", "补贴对象资格复核准确率", "大于等于", 98, "%"),
    (None, "时效指标", "补贴按月发放及时率", "大于等于", pct(0.95), None),
    (None, None, "申请审核办结时限", "小于等于", 15, "个工作日"),
    (None, "成本指标", "户均年补贴标准", "小于等于", 0.6, "万元/户"),
    ("效益指标", "社会效益指标", "骗取租赁补贴案件", "小于等于", 0, "起"),
    (None, None, "低收入家庭租金收入比下降率", "大于等于", 5, "%"),
    (None, "可持续影响指标", "补贴动态复核机制", None, "健全", None),
    ("满意度指标", "服务对象满意度指标", "保障家庭满意度", "大于等于", 90, "%"),
]


@variant(
    "khl07-subsidy-payout",
    (1, 11, 12),
    "project, OLD-NAT (成本 under 产出), operators in words "
    "in 指标方向, bare numbers with a unit column, one typed percent, 0起, a 下降率 with ≥ "
    "(correct)",
)
def subsidy_payout() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="城镇住房困难家庭公租房租赁补贴发放",
        dept=DEPT,
        unit=UNIT,
        money=funds((1800, 1560, 240)),
        goals=(GOAL_07,),
        attr="常年项目",
    )
    indicators(s, (*HEAD[:3], "指标方向", "指标值", "计量单位"), ROWS_07)
    notes(
        s, "注：户均年补贴标准0.6万元/户×2500户=1500万元，其余300万元为标准调整预留及审核管理支出。"
    )
    sign(s, "岑向晚", "0736-5530216", day(2025, 11, 26))
    return b


ROWS_08A = [
    ("产出指标", "数量指标", "租赁补贴发放户数", "≥1200户"),
    (None, "质量指标", "补贴发放准确率", "≥98%"),
    (None, None, "资格审核合规率", "≥98%"),
    (None, None, mk("补贴发放准确率", "D102", "error", row=True, alt=("D101", "D103"),
                    note="同一指标在同一二级指标下写了两次，值不同（98% / 99.5%）"), "≥99.5%"),
    (None, "时效指标", "补贴按月发放时间", "每月20日前"),
    (None, "成本指标", "户均年补贴标准", "≤0.5万元/户"),
    ("效益指标", "社会效益指标", "中低收入家庭住房保障覆盖率", "提高≥2百分点"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
]  # fmt: skip
GOAL_08B = "2026年完成300套公租房维修养护，维修工单7天内办结，单套维修成本不超过0.25万元。"
ROWS_08B = [
    ("产出指标", "数量指标", "公租房维修套数",
     mk("≥250套", "D104", "warning", row=True, note="年度目标写完成300套公租房维修")),
    (None, "质量指标", "维修验收合格率", "=100%"),
    (None, "时效指标", "维修工单办结时限", "≤7天"),
    (None, "成本指标", "单套维修成本", "≤0.25万元/套"),
    ("效益指标", "社会效益指标", "公租房完好率", "≥95%"),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
]  # fmt: skip


@variant(
    "khl08-subsidy-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column: a conflicting duplicate in the first, the second's money and goal count wrong",
)
def subsidy_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="中低收入家庭租赁补贴发放",
        dept=DEPT,
        unit=UNIT,
        money=funds((600, 600, 0)),
        goals=("2026年向1200户中低收入家庭按月发放租赁补贴。",),
    )
    indicators(s, HEAD, ROWS_08A)
    s.skip()
    total = mk(wan(80), "B101", "error", note="财政拨款60万元+其他资金15万元=75万元")
    annual = ok(wan(80), "error", note="the same sum repeated in the 年度 column")
    goal = ok(GOAL_08B, note="D104 may land at the goal text instead of the indicator row")
    project_head(
        s,
        year=2026,
        name="公租房小区维修养护",
        dept=DEPT,
        unit=f"{UNIT}运营管理科",
        money=funds((total, 60, 15), (annual, 60, 15)),
        goals=(goal,),
        title="",
    )
    indicators(s, HEAD, ROWS_08B)
    sign(s, "岑向晚", "0736-5530216", day(2025, 11, 26))
    return b


GOAL_09 = (
    "2026年对2100户公租房保障家庭开展资格年审（其中实物配租1500户、租赁补贴600户），"
    "9月30日前完成年审，清退不符合条件家庭。"
)
ROWS_09 = [
    ("一、产出指标（50分）", "（一）数量指标", "1.资格年审户数", "≥2100户", 15, "每少50户扣1分"),
    (None, None, "2.租赁补贴家庭年审户数", "≥600户", 10, "每少20户扣1分"),
    (None, "（二）质量指标", "3.年审信息录入准确率", "≥98%", 15, "每低1个百分点扣2分"),
    (None, "（三）时效指标", "4.年审完成时间", "2026年9月30日前", 10, "逾期不得分"),
    ("二、效益指标（30分）", "（一）社会效益指标", "5.保障资源精准配置率", "提高≥3百分点", 15,
     "每少1个百分点扣5分"),
    (None, "（二）可持续影响指标", "6.动态管理机制", "健全", 15, "健全得满分，否则酌情扣分"),
    ("三、满意度指标（10分）", "（一）服务对象满意度指标", "7.保障家庭满意度", "≥90%", 10,
     "每低1个百分点扣1分"),
    ("四、成本指标（10分）", "（一）经济成本指标", "8.户均年审成本", "≤276元/户", 10, "超支不得分"),
]  # fmt: skip


@variant(
    "khl09-subsidy-annual-review",
    (5, 7, 10),
    "project, NAT-2021, two-row header with 考核指标, "
    "目标值（年度）, 分值 and 评价标准, numbered labels with points that add up at both levels, "
    "百分点, a goal total with its parts in brackets (correct)",
)
def subsidy_annual_review() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="公租房保障资格年审与动态管理",
        dept=DEPT,
        unit=UNIT,
        money=funds((58, 58, 0)),
        goals=(GOAL_09,),
        attr="常年项目",
    )
    s.row("绩效指标", None, None, "目标值（年度）", "分值", "评价标准", merge=[(1, 3)])
    top = s.r
    s.row("一级指标", "二级指标", "考核指标")
    s.table(ROWS_09, merged=(1, 2))
    for c in (4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    notes(s, "注：资格年审户数2100户含实物配租家庭1500户、租赁补贴家庭600户；分值合计100分。")
    sign(s, "岑向晚", "0736-5530216", day(2025, 11, 26))
    return b


GOAL_10 = mk(
    ok(
        "2026年向1800户城镇住房困难家庭按月发放租赁补贴，2025年12月底前完成全年补贴发放，"
        "户均年补贴标准不超过0.45万元。",
        note="D104 may land here (1800户 against 1600户)",
    ),
    "Y103",
    "error",
    alt=("Y102", "Y101"),
    note="上一年的期限留在2026年的目标里：全年补贴不可能在2025年底前发完",
)
ROWS_10 = [
    ("产出指标", "数量指标", "补贴发放户数",
     mk("≥1600户", "D104", "warning", row=True, note="年度目标写1800户：去年的户数未改")),
    (None, "质量指标", "补贴发放准确率", "≥98%"),
    (None, "时效指标", "补贴按月发放时间", "每月15日前"),
    (None, "成本指标", "户均年补贴标准", "≤0.45万元/户"),
    ("效益指标", "社会效益指标", "住房困难家庭保障覆盖率", "≥95%"),
    (None, "可持续影响指标", "补贴标准动态调整机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "受助家庭满意度", "≥90%"),
]  # fmt: skip


@variant(
    "khl10-subsidy-year-leftover",
    (7,),
    "project, OLD-NAT, headers 指标内容 and 绩效标准: "
    "last year's title, a 2025 deadline in the goal, last year's count in an indicator",
)
def subsidy_year_leftover() -> Book:
    b, s = book()
    title = mk(
        "2025年度项目支出绩效目标申报表",
        "Y101",
        "error",
        note="计划日期、目标和指标都是2026年：标题年度是上一年的",
    )
    project_head(
        s,
        year=2026,
        name="城镇住房困难家庭租赁补贴",
        dept=DEPT,
        unit=UNIT,
        money=funds((810, 810, 0)),
        goals=(GOAL_10,),
        title=title,
    )
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), ROWS_10)
    sign(s, "柏云舟", "0736-5530288", day(2025, 12, 2))
    return b


GOAL_11 = (
    "为3000户新就业无房职工和外来务工人员发放租赁补贴，户均年补贴不超过0.6万元，"
    "建立租赁补贴与公积金租房提取联动机制。"
)
ROWS_11 = [
    ("产出", "数量", "补贴申请受理户数", "≥3200户"),
    (None, "质量", mk("补贴发放户数", "F201", "warning", row=True,
                    note="户数是数量指标，填在质量下"), "≥3000户"),
    (None, None, "补贴发放准确率", "≥98%"),
    (None, "时效", "补贴发放及时率", "≥95%"),
    ("成本", "经济成本", "户均年补贴标准",
     mk("≤0.6万元/户", "B107", "warning", row=True,
        note="0.6万元×3000户=1800万元，超过项目资金1500万元")),
    ("效益", "社会效益", mk("补贴对象满意度", "F201", "warning", row=True,
                        note="满意度应在满意度指标下，填在社会效益下"), "≥90%"),
    (None, "可持续影响", "租赁补贴与公积金租房提取联动机制", "建立并执行"),
    ("满意度", "服务对象满意度", "用人单位满意度", "≥85%"),
]  # fmt: skip


@variant(
    "khl11-subsidy-new-citizens",
    (5,),
    "project, NAT-2021 with abbreviated tier labels: a "
    "count under 质量, a satisfaction rate under 社会效益, a standard × count above the money",
)
def subsidy_new_citizens() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="新就业无房职工和外来务工人员租赁补贴",
        dept=DEPT,
        unit=UNIT,
        money=funds((1500, 1500, 0)),
        goals=(GOAL_11,),
        attr="新增项目",
    )
    indicators(s, HEAD, ROWS_11)
    sign(s, "柏云舟", "0736-5530288", day(2025, 12, 2))
    return b


ROWS_12A = [
    ("*产出指标", "★数量指标", "多部门数据比对户次", "≥6000户次", "含公安、民政、不动产登记"),
    (None, None, "季度核查报告", "≥4份", "按季度报送"),
    (None, "★质量指标", "疑点数据核实率", "=100%", None),
    (None, "时效指标", "疑点核实办结时限", "≤20个工作日", None),
    (None, "成本指标", "单户次比对成本", "≤50元/户次", None),
]  # fmt: skip
ROWS_12B = [
    ("*效益指标", "★社会效益指标", "违规领取补贴追回率", "≥95%", None),
    (None, None, "违规领取补贴发生率", "≤1%", "反向指标"),
    (None, "可持续影响指标", "核查数据共享机制", "健全", None),
    ("*满意度指标", "★服务对象满意度指标", "保障家庭对核查工作满意度", "≥88%", None),
]  # fmt: skip


@variant(
    "khl12-subsidy-data-check",
    (4, 5),
    "project, OLD-NAT, labels marked * and ★, a 说明 row "
    "inside the table, the header repeated after a page break, 填表说明 and signature (correct)",
)
def subsidy_data_check() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="公租房租赁补贴信息化比对核查",
        dept=DEPT,
        unit=f"{UNIT}资格审核科",
        money=funds((36, 30, 6)),
        goals=("2026年完成6000户次多部门数据比对，疑点数据全部核实，追回违规补贴。",),
    )
    head = (*HEAD, "备注")
    indicators(s, head, ROWS_12A)
    notes(s, "说明：以下效益、满意度指标由住房保障科负责统计。", width=5)
    s.skip()
    indicators(s, head, ROWS_12B)
    notes(
        s,
        "填表说明：1.带*的为必填一级指标；2.带★的为核心指标，不得删除；3.指标值应细化、量化。",
        width=5,
    )
    sign(s, "柏云舟", "0736-5530288", day(2025, 12, 2))
    return b

"""Units in the name or only in the header, a two-line header, 中期 and 年度 columns, numbered
tier labels and a money block pasted from a PDF: ii13, ii14, ii17, ii18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout25.common import notes, one_year_money, signature
from tests.variants.holdout25.registry import variant
from tests.variants.kit import Book, day, mk, money, ok


@variant("ii13-units-in-names-ok", (1, 7, 12), "project, NAT-2021, the unit in brackets in the "
         "indicator name and bare numbers as values; "
         "a detail block headed 金额（万元）")  # fmt: skip
def ii13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 32, 16, 16, 16))
    project_head(s, year=2027, name="学前教育普惠保教质量提升", dept="溪南县教育局",
                 unit="溪南县教育局", money=one_year_money(200),
                 goals=["扶持45所普惠性幼儿园提升保教质量，培训保教人员1200人次，"
                        "巩固学前教育普及普惠成果。"])  # fmt: skip
    s.row("支出明细", "明细项目", None, "金额（万元）", merge=[(2, 3)])
    top = s.r
    for item, amount in (("普惠性幼儿园扶持补助", 180), ("保教人员培训", 15),
                         ("保教质量评估", 5), ("合计", 200)):  # fmt: skip
        s.row(None, item, None, money(amount), merge=[(2, 3)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "扶持普惠性幼儿园数（所）", "≥45"),
        (None, None, "保教人员培训人次（人次）", money(1200, "#,##0")),
        (None, "质量指标", "保教质量评估达标率（%）", "≥90"),
        (None, None, "保教人员培训合格率（%）", "≥95"),
        (None, "时效指标", "扶持资金拨付时限（个工作日）", "≤30"),
        ("成本指标", "经济成本指标", "园均扶持标准（万元/所）", "≤4"),
        ("效益指标", "社会效益指标", "学前三年毛入园率（%）", "≥95"),
        (None, "可持续影响指标", "普惠性学前教育保障机制", "逐步健全"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度（%）", "≥90"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 10), phone="0731-8452069", who="易晓玲", checker="罗斌")
    return b


@variant("ii14-duplicate-and-template-rows", (6, 7, 13), "project, NAT-2021, a two-line header "
         "with a 计量单位 column: a conflicting duplicate, a 时效 row left from the template, a "
         "value without a name")  # fmt: skip
def ii14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 28, 12, 16, 16))
    project_head(s, year=2027, name="公共图书馆免费开放", dept="松岗市文化广电旅游局",
                 unit="松岗市图书馆", money=one_year_money(90),
                 goals=["保障市图书馆免费开放，全年图书外借8万册次以上，举办读者活动150场，"
                        "新增馆藏图书1.2万册。"])  # fmt: skip
    s.row("绩效指标", None, None, "计量单位", "年度指标值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "图书外借册次", "万册次", "≥8"),
        (None, None, "读者活动场次", "场", "≥150"),
        (None, None, "新增馆藏图书", "册", "≥12,000"),
        (None, None, mk("图书外借册次", "D102", "error", row=True, alt=("D101",),
                        note="the same indicator again with another value"), "万册次",
         ok("≥10", note="the goal text's 8万册次 against this duplicate's 10 (D104)")),
        (None, "质量指标", "图书编目差错率", "%", "≤1"),
        (None, None, mk(None, "F110", "error", row=True, note="a value without its name"),
         "%", "≥95"),
        (None, mk("时效指标", "F109", "warning", row=True, note="a template row left empty"),
         None, None, None),
        ("成本指标", "经济成本指标", "读者活动场均成本", "元/场", "≤2000"),
        ("效益指标", "社会效益指标", "到馆读者人次", "万人次", "≥35"),
        (None, "可持续影响指标", "全民阅读服务体系", None, "持续完善"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "%", "≥90"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, filled=day(2026, 11, 4), phone="0755-2960138", who="吴嘉欣", checker="邱振华")
    return b


@variant("ii17-multi-year-copied", (5, 8), "three-year project, NAT-2021, 实施期 and 年度 columns "
         "under a 绩效指标 label column: a cumulative count copied into 年度, an annual count "
         "above the period, a 质量指标 under 效益指标")  # fmt: skip
def ii17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (10, 14, 18, 28, 18, 18))
    lines = [
        ["中期资金总额", money(1500), "年度资金总额", money(500)],
        ["其中：财政拨款", money(1500), "其中：财政拨款", money(500)],
        ["其他资金", money(0), "其他资金", money(0)],
    ]
    project_head(s, year=2027, name="智慧校园建设", dept="枫桥县教育局", unit="枫桥县教育局",
                 money=lines, years=3, attr="新增项目",
                 goals=["三年建成智慧教室300间，全县60所中小学接入教育城域网，开展教师信息化"
                        "应用培训3000人次，信息化教学常态化应用率达到90%以上。",
                        "本年建成智慧教室100间，完成首批学校城域网接入，"
                        "信息化教学常态化应用率达到70%以上。"])  # fmt: skip
    top = s.row("绩效指标", "一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    s.table([
        ("产出指标", "数量指标", "建成智慧教室", "≥300间", "≥100间"),
        (None, None, "教师信息化应用培训", "≥3000人次",
         mk("≥3000人次", "D202", "warning", note="the three-year count copied into the year")),
        (None, None, "采购学生平板终端", "≥9000台",
         mk("≥12000台", "D201", "error", note="the annual count above the period count")),
        (None, "质量指标", "设备验收合格率", "100%", "100%"),
        (None, "时效指标", "年度建设任务完成时间", "2029年12月31日前", "2027年12月31日前"),
        ("成本指标", "经济成本指标", "智慧教室单间建设成本", "≤4.5万元/间", "≤4.5万元/间"),
        ("效益指标", "社会效益指标", "信息化教学常态化应用率", "≥90%", "≥70%"),
        (None, mk("质量指标", "F105", "error", row=True, alt=("F104",),
                  note="a 产出 tier-2 under 效益指标"), "智慧校园平台运行稳定率", "≥99%", "≥99%"),
        (None, "可持续影响指标", "智慧校园运维机制", "建立健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥85%"),
    ], merged=(1, 2), col=2)  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    notes(s, "注：实施期指标值为2027—2029年累计目标。")
    return b


@variant("ii18-pdf-money-no-satisfaction", (5, 9, 12), "project, OLD-NAT, numbered tier labels "
         "(一、产出指标, 1.数量指标), money pasted from a PDF (a split number, an amount pasted "
         "twice), no 满意度指标")  # fmt: skip
def ii18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 18, 30, 18, 16, 16))
    w4 = "0.0000"
    lines = [
        ["实施期资金总额",
         mk("126.457 5", "X105", "warning", alt=("X103",), note="a number split by a space"),
         "年度资金总额", money(126.4575, w4)],
        ["其中：财政拨款", money(126.4575, w4), "其中：财政拨款", money(126.4575, w4)],
        ["其他资金", money(0), "其他资金", money(0)],
    ]  # fmt: skip
    project_head(s, year=2027, name="县域经济运行监测平台运维", dept="北渚县统计局",
                 unit="北渚县统计局", money=lines,
                 goals=["保障县域经济运行监测平台稳定运行，维护85个数据采集点，"
                        "按月编发经济运行监测分析报告。"])  # fmt: skip
    s.row(
        "资金明细（万元）",
        "平台运维服务费",
        None,
        mk("80万80万", "X106", "error", alt=("B108",), note="an amount pasted twice"),
    )
    top = s.r
    s.row(None, "数据采集终端更新", None, money(30, w4))
    s.row(None, "监测报告编印", None, money(16.4575, w4))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("一、产出指标", "1.数量指标", "维护数据采集点", "≥85个"),
        (None, None, "编发经济运行监测分析报告", "≥12期"),
        (None, "2.质量指标", "监测平台全年可用率", "≥99.5%"),
        (None, None, "采集数据审核通过率", "≥ 95 %"),
        (None, "3.时效指标", "平台故障响应时间", "≤2小时"),
        (None, "4.成本指标", "平台年运维服务费用", "≤80万元"),
        ("二、效益指标", "1.社会效益指标", "监测数据服务党政决策", "有效支撑"),
        (None, "2.可持续影响指标", "经济运行监测机制", "持续完善"),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标: the platform serves departments and "
                "enterprises that report, whose satisfaction the framework asks for")  # fmt: skip
    signature(s, filled=day(2026, 11, 16), phone="0530-5519283", who="孔令娟", checker="颜斌")
    return b

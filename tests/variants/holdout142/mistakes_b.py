"""Returns of the 142th held-out corpus with planted mistakes (2): dates, 中期/年度 money,
department tables, flat lists."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout142.common import footer, indicators, one_year_money, w
from tests.variants.holdout142.registry import variant
from tests.variants.kit import Book, day, mk, pct

FIRST_DREDGE = mk("渠道清淤长度", "D101", "warning", row=True, required=False, alt=("D103", "D102"))
OP6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
DATE_NOTE = "2月没有30日：不存在的日期（目录里没有专门的代码）"


@variant("mv14-impossible-end-date", (12, 3), "project, NAT-2021, unit column: 计划完成日期 "
         "2026-02-30 typed as text, 渠道/渠系清淤长度 twice")  # fmt: skip
def mv14() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 30, 18, 14, 12))
    project_head(
        s, year=2026, name="冬春农田水利设施清淤修复", dept="南溪县水利局",
        unit="南溪县灌区管理所", money=one_year_money(w(58.8), w(55), w(3.8)),
        start=day(2026, 1, 5),
        end=mk("2026-02-30", "Y102", "error", alt=("T116", "Y104", "X104", "Y106"), note=DATE_NOTE),
        goals=["利用冬春农闲完成灌区渠道清淤42公里、修复渠系建筑物36处，保障春灌用水。"],
    )  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")], [
        ("产出指标", "数量指标", FIRST_DREDGE, "≥42", "公里", None),
        (None, None, "修复渠系建筑物", "≥36", "处", None),
        (None, None, mk("渠系清淤长度", "D101", "warning", row=True, alt=("D103", "D102")),
         "≥42", "公里", None),
        (None, "质量指标", "修复工程验收合格率", "100%", "%", None),
        (None, "时效指标", "春灌前完工率", "100%", "%", None),
        ("成本指标", "经济成本指标", "每公里清淤成本", "≤1.1", "万元/公里", None),
        ("效益指标", "经济效益指标", "恢复灌溉面积", "≥2.6", "万亩", None),
        (None, "社会效益指标", "春灌期渠道输水率", "≥85%", "%", None),
        (None, "可持续影响指标", "渠道管护责任", "落实到村", None, None),
        ("满意度指标", "服务对象满意度指标", "灌区农户满意度", "≥90%", "%", None),
    ])  # fmt: skip
    footer(s, "覃国平", "0743-2237019", "2025年11月14日")
    return b


@variant("mv15-annual-above-period", (8, 12, 1), "three-year project, NAT-2021, operator column, "
         "实施期/年度 values: 年度资金 above 中期资金, a 及时率 of 105%")  # fmt: skip
def mv15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 16, 28, 10, 14, 14, 10))
    project_head(
        s, year=2027, years=3, name="森林防火视频监测体系建设", dept="枫岭县应急管理局",
        unit="枫岭县森林防火指挥中心", attr="新增项目",
        money=[
            ["中期资金总额", w(350), "年度资金总额", mk(w(380), "B103", "error")],
            ["其中：财政拨款", w(330), "其中：财政拨款",
             mk(w(360), "B103", "error", required=False)],
            ["其他资金", w(20), "其他资金", w(20)],
        ],
        goals=[
            "2027—2029年建成覆盖全县重点林区的森林防火视频监测网络，火情早发现、早处置。",
            "2027年建成视频监测塔24座，接入县级指挥平台。",
        ],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "实施期指标值", "年度指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "建成视频监测塔", "≥", 60, 24, "座"),
        (None, None, "覆盖重点林区面积", "≥", 85, 35, "万亩"),
        (None, "质量指标", "监测设备在线率", "≥", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "火情预警推送及时率", "≥", pct(0.95),
         mk(pct(1.05), "T106", "error"), "%"),
        (None, None, "火情核查响应时间", "≤", 30, 30, "分钟"),
        ("成本指标", "经济成本指标", "单座监测塔建设成本", "≤", 5.5, 5.5, "万元/座"),
        ("效益指标", "生态效益指标", "森林火灾受害率", "≤", pct(0.0008, "0.00%"),
         pct(0.0008, "0.00%"), "%"),
        (None, "可持续影响指标", "监测系统运维机制", "定性", "健全", "建立", None),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥", pct(0.9), pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    footer(s, "蒋文斌", "0745-3318420", "2026年10月11日")
    return b


@variant("mv16-dept-swapped-total", (12, 5), "department, NAT-2021: 资金总额 3562.8 against "
         "3400.8 + 126, 满意度 tier-2 under 效益指标")  # fmt: skip
def mv16() -> Book:
    b = Book()
    s = b.sheet("部门整体支出", (16, 18, 30, 16, 16, 16))
    department_head(
        s, year=2027, dept="澄川市市场监督管理局",
        budget=[(mk(w(3562.8), "B101", "error"), w(3400.8), w(126), w(2316.8), w(1210))],
        tasks=[
            ("食品安全抽检", "全市食品安全监督抽检", w(520), "抽检不少于6000批次"),
            ("特种设备检验", "电梯等特种设备定期检验", w(410), "定期检验率100%"),
            ("12315投诉处理", "消费投诉举报受理", w(280), "按时办结率≥98%"),
            ("金额合计", None, w(1210), None),
        ],
        goal="守住食品安全和特种设备安全底线，维护公平竞争市场秩序，保护消费者合法权益。",
    )  # fmt: skip
    indicators(s, [OP6], [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 6000, "批次"),
        (None, None, "特种设备定期检验台数", "≥", 9200, "台"),
        (None, "质量指标", "特种设备定期检验率", "=", pct(1), "%"),
        (None, None, "抽检不合格食品核查处置率", "=", pct(1), "%"),
        (None, "时效指标", "消费投诉按时办结率", "≥", pct(0.98), "%"),
        ("成本指标", "经济成本指标", "每批次食品抽检平均费用", "≤", 860, "元/批次"),
        ("效益指标", "社会效益指标", "食品安全监督抽检合格率", "≥", pct(0.97), "%"),
        (None, None, "特种设备万台死亡率", "≤", 0.1, "人/万台"),
        (None, "可持续影响指标", "智慧监管平台应用", "定性", "持续应用", None),
        (None, mk("服务对象满意度指标", "F105", "error"), "消费者投诉处理满意度", "≥",
         pct(0.9), "%"),
    ])  # fmt: skip
    b.file_mark("F106", "error", required=False, note="满意度指标 tier-1 missing as a result")
    footer(s, "孔令辉", "0736-5587406", "2026年11月5日")
    return b


@variant("mv17-impossible-deadline", (10, 12), "project, NAT-2021, inline operators, 分值: a "
         "deadline 2026年2月30日前, points adding to 95")  # fmt: skip
def mv17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 10, 14))
    project_head(
        s, year=2026, name="春节期间困难群众走访慰问", dept="石埠区民政局",
        unit="石埠区社会救助服务中心", money=one_year_money(w(57.6), w(57.6), w(0)),
        attr="一次性项目",
        goals=["春节前后走访慰问低保、特困等困难群众1920户，每户慰问金300元。"],
    )  # fmt: skip
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标值设定依据")], [
        ("产出指标", "数量指标", "走访慰问困难群众户数", "≥1920户", 15, "计划标准"),
        (None, None, "走访覆盖镇街数", "=9个", 10, "计划标准"),
        (None, "质量指标", "慰问对象精准率", "=100%", 10, "计划标准"),
        (None, "时效指标", "慰问金发放完成时间",
         mk("2026年2月30日前", "T116", "error", alt=("Y102", "Y106"), note=DATE_NOTE), 10,
         "计划标准"),
        ("成本指标", "经济成本指标", "每户慰问金标准", "≤300元/户", 10, "计划标准"),
        ("效益指标", "社会效益指标", "困难群众基本生活保障", "有效保障", 10, "历史标准"),
        (None, None, "慰问资金公示率", "=100%", 10, "计划标准"),
        (None, "可持续影响指标", "困难群众常态化走访机制", "建立并执行", 10, "计划标准"),
        ("满意度指标", "服务对象满意度指标", "受慰问群众满意度", "≥95%", 10, "历史标准"),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="分值合计 95")
    footer(s, "贺小芳", "0731-8843196", "2025年12月2日")
    return b


@variant("mv18-flat-weights-105", (3, 1), "department, flat list (指标名称 · 指标性质 as operator "
         "· 指标值 · 计量单位 · 权重): weights adding to 105, a 及时率 of 105%")  # fmt: skip
def mv18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (18, 30, 12, 14, 12, 10))
    department_head(
        s, year=2027, dept="白沙河区退役军人事务局",
        budget=[(w(612.4), w(600.4), w(12), w(388.4), w(224))],
        tasks=[
            ("优抚对象抚恤补助", "按标准发放定期抚恤补助", w(168), "按月足额发放"),
            ("退役军人就业培训", "适应性培训和技能培训", w(56), "培训不少于350人"),
            ("金额合计", None, w(224), None),
        ],
        goal="落实优抚政策，做好退役军人就业创业服务，维护退役军人合法权益。",
    )  # fmt: skip
    s.row("序号", "指标名称", "指标性质", "指标值", "计量单位", "权重")
    for i, row in enumerate(
        [
            ("定期抚恤补助发放人数", "≥", 1150, "人", 15),
            ("抚恤补助按月发放及时率", "≥", mk(pct(1.05), "T106", "error"), "%", 15),
            ("退役军人就业培训人数", "≥", 350, "人", 15),
            ("培训后就业率", "≥", pct(0.7), "%", 15),
            ("人均培训费用", "≤", 1600, "元/人", 10),
            ("退役军人服务站规范化建设达标率", "≥", pct(0.9), "%", 10),
            ("来信来访按期办结率", "≥", pct(0.95), "%", 10),
            ("服务对象满意度", "≥", pct(0.9), "%", 15),
        ],
        start=1,
    ):
        s.row(i, *row)
    b.file_mark("W101", "error", note="权重合计 105")
    footer(s, "沈建华", "0731-8890517", "2026年11月18日")
    return b

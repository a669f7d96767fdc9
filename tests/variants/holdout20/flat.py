"""部门整体 flat lists without tiers, as some provinces ask for them: 指标名称 · 权重 · 计量单位 ·
指标性质 · 指标值 in varying column orders, the table in column A or B, weights adding to 100 or
not, footnotes and signature lines."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout20.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct


@variant("id07-flat-education-ok", (3, 1), "department, flat list 名称·权重·单位·性质·值")
def id07() -> Book:
    """Correct: a flat list with an operator column; percent cells; a 0 target on an accident
    count, a floor (≥) on a 生均公用经费 standard and =100% on a 落实率 are all right."""
    b = Book()
    s = b.sheet("部门整体绩效目标")
    department_head(
        s, year=2025, dept="澄阳县教育局",
        budget=[(money(8620.4, WAN), money(8410.4, WAN), money(210, WAN), money(6820.4, WAN),
                 money(1800, WAN))],
        tasks=[("义务教育保障", "保障公用经费、校舍维修", money(1120, WAN), "办学条件达标"),
               ("学生资助", "落实各学段资助政策", money(480, WAN), "应助尽助"),
               ("教师队伍建设", "教师培训与乡村教师补助", money(200, WAN), "队伍稳定"),
               ("金额合计", None, money(1800, WAN), None)],
        goal="巩固义务教育均衡发展成果，学前三年毛入园率达到92%以上，落实学生资助政策，"
             "提升教育教学质量。", filled=day(2024, 11, 26))  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重（分）", "计量单位", "指标性质", "指标值")
    s.table([
        ("义务教育巩固率", 15, "%", "≥", pct(0.99)),
        ("学前三年毛入园率", 10, "%", "≥", pct(0.92)),
        ("高中阶段毛入学率", 10, "%", "≥", pct(0.95)),
        ("校舍维修改造面积", 10, "平方米", "≥", 6500),
        ("教师培训人次", 10, "人次", "≥", 1800),
        ("学生资助政策落实率", 10, "%", "=", ok(pct(1), note="=100% 是上限，正确")),
        ("小学生均公用经费标准", 10, "元/生·年", "≥",
         ok(720, note="公用经费是保底标准，≥ 正确")),
        ("校园安全责任事故发生起数", 10, "起", "=", ok(0, note="零事故目标，正确")),
        ("家长满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    s.skip()
    s.row("填表人：周晓岚", None, "审核人：陈建国", None, "联系电话：0000-6128830")
    return b


@variant("id08-flat-science-ok", (3, 4), "department, flat list in column B, direction column")
def id08() -> Book:
    """Correct: the list starts in column B (column A left empty), order 名称·值·单位·性质
    (正向/反向)·权重, a 2.1 % typed with ``0.0%``, a footnote and a signature line."""
    b = Book()
    s = b.sheet("Sheet1")
    department_head(
        s, year=2025, dept="桐岭县科学技术局",
        budget=[(money(386.2), money(386.2), money(0), money(226.2), money(160))],
        goal="深入实施创新驱动发展战略，新增高新技术企业6家，技术合同成交额1.8亿元，"
             "研发经费投入强度达到2.1%。", filled=day(2024, 12, 3))  # fmt: skip
    s.skip()
    s.row("绩效指标", merge=[(2, 6)], col=2)
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重", col=2)
    s.table([
        ("高新技术企业数量", "≥42", "家", "正向", 15),
        ("科技型中小企业入库数", "≥120", "家", "正向", 15),
        ("发明专利授权量", "≥65", "件", "正向", 10),
        ("技术合同成交额", "≥1.8", "亿元", "正向", 10),
        ("科技成果转化项目数", "≥6", "项", "正向", 10),
        ("全社会研发经费投入强度", pct(0.021, "0.0%"), "%", "正向", 10),
        ("科技项目资金拨付时限", "≤30", "个工作日", "反向", 10),
        ("科研项目验收通过率", pct(0.9), "%", "正向", 10),
        ("服务企业满意度", "≥90%", "%", "正向", 10),
    ], col=2)  # fmt: skip
    s.row("注：1.指标值为2025年度目标值；2.权重合计100分。", merge=[(2, 6)], col=2)
    s.row("填表人：林沐", None, "联系电话：0000-5521907", "填报日期：", day(2024, 12, 3),
          col=2)  # fmt: skip
    return b


@variant("id09-flat-farm-defects", (3,), "department, flat list with 序号, weights to 95")
def id09() -> Book:
    """A flat farm list: weights adding to 95, a completion rate given as a count of sites, a
    value left without its indicator name."""
    b = Book()
    s = b.sheet("整体绩效目标")
    department_head(
        s, year=2025, dept="青禾县农业农村局",
        budget=[(money(12480, WAN), money(11920, WAN), money(560, WAN), money(2480, WAN),
                 money(10000, WAN))],
        goal="守牢耕地保护红线，新建高标准农田1.5万亩，粮食播种面积稳定在42万亩以上。",
        filled=day(2024, 11, 15))  # fmt: skip
    s.row("绩效指标（权重合计100）", merge=[(1, 5)])
    s.row("序号", "指标名称", "计量单位", "指标值", "权重")
    s.table([
        (1, "耕地保有量", "万亩", "≥38.6", 15),
        (2, "永久基本农田保护面积", "万亩", "≥31.2", 15),
        (3, "粮食播种面积", "万亩", "≥42", 10),
        (4, "高标准农田建设任务完成率", "个",
         mk("12", "T105", "error", note="完成率给了个数"), 10),
        (5, "农作物良种覆盖率", "%", "≥96", 10),
        (6, mk(None, "F110", "error", note="有值无名"), "%", "≥98", 10),
        (7, "农技推广示范基地", "个", "≥8", 10),
        (8, "亩均节本增效", "元/亩", "≥80", 10),
        (9, "种粮农户满意度", "%", "≥90", 5),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95")
    s.row("注：本表由各股室汇总填报。", merge=[(1, 5)])
    return b


@variant("id10-flat-science-money-defects", (3, 12, 9), "department, flat list, money wrong")
def id10() -> Book:
    """A science bureau: 基本支出 + 项目支出 ≠ 资金总额, task amounts not adding to 金额合计, a
    PDF-split amount, a rate typed ``>=95`` with no percent anywhere."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="鹿鸣县科学技术局",
        budget=[(mk(money(520.6, WAN), "B101", "error", row=True,
                    note="310.6 + 200 = 510.6 ≠ 520.6"),
                 money(500.6, WAN), money(20, WAN), money(310.6, WAN), money(200, WAN))],
        tasks=[("科技计划项目", "支持县级科技攻关和成果转化", money(120, WAN), "立项12项"),
               ("科技创新券", "企业购买研发服务补助", money(50, WAN), "惠及企业10家"),
               ("科学普及", "科技活动周、科普进乡村", mk("20.1 5", "X105", "warning",
                                                       alt=("X103",), note="PDF断开"),
                "活动20场"),
               ("金额合计", None, mk(money(200, WAN), "B102", "error",
                                   note="120 + 50 + 20.15 ≠ 200"), None)],
        goal="支持科技攻关和成果转化，培育创新主体，提升全民科学素质。",
        filled=day(2024, 11, 28))  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table([
        ("立项科技计划项目数", "≥", 12, "项", 20),
        ("创新券惠及企业数", "≥", 10, "家", 15),
        ("科普活动场次", "≥", 20, "场", 15),
        ("科技项目验收合格率", None, mk(">=95", "T105", "error", alt=("T104", "T116"),
                                   note="比率没有%"), None, 20),
        ("技术合同成交额", "≥", 6000, "万元", 15),
        ("服务对象满意度", "≥", pct(0.9), "%", 15),
    ])  # fmt: skip
    return b


@variant("id11-flat-farmland-ok", (3, 4), "department, flat list without weights, text numbers")
def id11() -> Book:
    """Correct: a farm bureau's list without a weight column (名称·单位·性质·值), numbers pasted
    as text where staff copied them, 填报说明 below."""
    b = Book()
    s = b.sheet("部门整体支出绩效目标表")
    department_head(
        s, year=2025, dept="桐岭县农业农村局",
        budget=[(money(9360.8, WAN), money(9100.8, WAN), money(260, WAN), money(1860.8, WAN),
                 money(7500, WAN))],
        tasks=[("耕地保护", "耕地地力保护补贴、撂荒地整治", money(4200, WAN), "耕地面积稳定"),
               ("农业技术推广", "示范基地、农技培训", money(800, WAN), "主推技术到位率95%"),
               ("高标准农田", "新建高标准农田", money(2500, WAN), "新建2.5万亩"),
               ("金额合计", None, money(7500, WAN), None)],
        goal="稳定耕地面积和粮食产量，推广主导品种和主推技术，提升农产品质量安全水平。",
        filled=day(2024, 11, 20))  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 4)])
    s.row("指标名称", "计量单位", "指标性质", "指标值")
    s.table([
        ("耕地保有量", "万亩", "≥", "38.6"),
        ("永久基本农田保护面积", "万亩", "≥", "31.2"),
        ("新建高标准农田面积", "万亩", "≥", 2.5),
        ("农技推广示范基地", "个", "≥", "8"),
        ("主推技术到位率", "%", "≥", pct(0.95)),
        ("农产品质量安全抽检合格率", "%", "≥", pct(0.98)),
        ("示范区亩均节本增效", "元/亩", "≥", 80),
        ("耕地撂荒现象", None, "定性", "逐步改善"),
        ("农户满意度", "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("填报说明：指标性质填写≥、≤、=或定性；比率类指标计量单位为%。", merge=[(1, 6)])
    s.row("填表人：吴海", None, "审核人：赵立平", None, "填报日期", day(2024, 11, 20))
    return b

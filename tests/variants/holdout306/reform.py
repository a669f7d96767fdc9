"""Water pricing reform and metering returns (td13–td18): a budget-system export on two sheets,
a metering project with its table on a second sheet, household meters with footnotes and a page
break, precision subsidies with detail lines, a water bureau's department table and a
transfer-payment 区域绩效目标表."""

from __future__ import annotations

from tests.variants.holdout306.common import (
    TIERS,
    department,
    note,
    one_year,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout306.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

EXPORT = ("单位编码", "单位名称", "项目编码", "项目名称")
UNIT = ("402001", "柘原市水务局", "330700250010", "柘原市农业水价综合改革")


@variant("td13-price-reform-export", (4, 7),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with codes in the first columns, header on the third row, a "
         "说明 row under the table (correct)")  # fmt: skip
def td13() -> Book:
    b = Book()
    s = b.sheet("部门项目支出预算05-1", (10, 14, 16, 24, 12, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row(*EXPORT, "项目类别", "合计", "财政拨款", "其他资金")
    s.row(*UNIT, "一次性项目", wan(185), wan(160), wan(25))
    s.row("合计", None, None, None, None, wan(185), wan(160), wan(25))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 14, 16, 24, 12, 14, 26, 14))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：柘原市水务局")
    table(t, (*EXPORT, *TIERS, "指标值"), [
        (*UNIT, "产出指标", "数量指标", "完成农业水价综合改革面积", "≥4.5万亩"),
        (*UNIT, "产出指标", "数量指标", "配套农业用水计量设施", "≥130处"),
        (*UNIT, "产出指标", "质量指标", "计量设施检定合格率", "≥98%"),
        (*UNIT, "产出指标", "时效指标", "改革任务完成时间", "11月30日前"),
        (*UNIT, "产出指标", "成本指标", "精准补贴和节水奖励资金", "≤60万元"),
        (*UNIT, "效益指标", "社会效益指标", "初始水权分配覆盖率", "≥95%"),
        (*UNIT, "效益指标", "可持续影响指标", "农业水价形成机制", "健全"),
        (*UNIT, "满意度指标", "服务对象满意度指标", "用水合作组织满意度", "≥90%"),
    ], merged=())  # fmt: skip
    note(t, "说明：指标值依据柘原市农业水价综合改革实施方案确定。", 8)
    return b


@variant("td14-metering-second-sheet-defects", (7, 9),
         "project: head on sheet 基本信息 with the total typed as text with separators and the "
         "end date as a serial in a text cell; the table on sheet 绩效指标 under header "
         "预期实现值, one coverage rate given as a count")  # fmt: skip
def td14() -> Book:
    total = mk("1,250.00", "X103", "warning", note="text with a thousands separator")
    serial = mk("45991", "X104", "warning", note="a date serial in a text cell: 2025-11-30")
    b, _ = project(
        sheet="基本信息", year=2025, name="柘原市灌区骨干工程计量监测体系建设",
        dept="柘原市水务局（402001）", unit="柘原市灌区管理中心", end=serial,
        money=one_year(total, 1100, 150),
        goals=["在全市大中型灌区骨干渠道斗口建设计量监测设施，接入统一监测平台。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("项目绩效指标", 4)
    count = mk("≥320处", "T105", "error", note="a 覆盖率 given as a count of sites")
    table(t, (*TIERS, "预期实现值"), [
        ("产出指标", "数量指标", "建设斗口计量设施", "≥320处"),
        (None, None, "骨干渠道斗口计量覆盖率", count),
        (None, "质量指标", "计量设施验收合格率", "≥95%"),
        (None, "时效指标", "监测数据上传及时率", "≥95%"),
        (None, "成本指标", "单处计量设施建设成本", "≤3.2万元/处"),
        ("效益指标", "社会效益指标", "灌区取水计量监测率", "≥90%"),
        (None, "可持续影响指标", "计量监测设施运行维护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "灌区管理单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("td15-meters-footnotes", (4,),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, footnotes, signature and a fill date in the year before "
         "(correct)")  # fmt: skip
def td15() -> Book:
    b, s = project(
        year=2025, name="濠坪县农村供水入户计量改造", dept="濠坪县水利局（118001）",
        unit="濠坪县城乡供水有限公司", money=one_year(280, 250, 30, other_label="其中：单位自筹"),
        goals=["更换农村供水老旧入户水表为智能远传水表，实现计量收费和漏损监测。"],
    )  # fmt: skip
    head = (*TIERS, "指标值")
    s.row(*head)
    note(s, "填表说明：一、二级指标不得修改，三级指标由实施单位根据项目实际填写。", 4)
    s.table([
        ("产出指标", "数量指标", "更换智能远传水表", "≥5200只"),
        (None, None, "新建管网压力监测点", "≥24个"),
        (None, "质量指标", "水表安装验收合格率", "≥98%"),
        (None, None, "水表计量误差", "≤2%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    table(s, head, [
        ("产出指标", "时效指标", "水表更换完成时间", "9月30日前"),
        (None, "成本指标", "单只智能水表采购安装成本", "≤0.045万元/只"),
        ("效益指标", "经济效益指标", "农村供水水费收缴率", "≥95%"),
        (None, "社会效益指标", "农村供水管网漏损率", "≤12%"),
        (None, "可持续影响指标", "计量收费制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.本表金额单位为万元。2.水表计量误差按计量检定规程执行。", 4)
    sign(s, "韦承舟", "蒙秋实", "0558-6723419", day(2024, 12, 5, CN_DATE))
    return b


@variant("td16-subsidy-notes-defect", (4, 9),
         "project, OLD-NAT, one value column, a footnote and detail lines under the table: an "
         "amount pasted twice in a detail line, a payment deadline in the next year")  # fmt: skip
def td16() -> Book:
    b, s = project(
        year=2025, name="栎川县农业水价综合改革精准补贴和节水奖励", unit="栎川县水利局",
        dept="栎川县水利局（206003）", money=one_year(80, 70, 10),
        goals=["对定额内用水的种粮农户给予精准补贴，对节水成效明显的用水户给予奖励。"],
    )  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="a one-year 2025 project cannot set a deadline in 2026")  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "精准补贴覆盖灌溉面积", "≥3.6万亩"),
        (None, "质量指标", "补贴资金发放准确率", "=100%"),
        (None, "时效指标", "补贴资金兑付时间", late),
        (None, "成本指标", "亩均精准补贴标准", "≤10元/亩"),
        ("效益指标", "生态效益指标", "亩均灌溉用水量下降率", "≥5%"),
        (None, "可持续影响指标", "精准补贴和节水奖励机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受补贴农户满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：补贴标准按栎川县农业水价综合改革精准补贴办法执行。", 4)
    s.skip()
    s.row("项目支出明细", merge=[(1, 4)])
    s.row("支出内容", "金额（万元）", "测算依据", None, merge=[(3, 4)])
    twice = mk("36万36万", "X106", "error", alt=("B108",), note="36万 pasted twice")
    s.row("精准补贴", twice, "3.6万亩×10元/亩", None, merge=[(3, 4)])
    s.row("节水奖励", wan(24), "按节水量分档奖励", None, merge=[(3, 4)])
    s.row("计量设施运行维护", wan(20), "按设施数量测算", None, merge=[(3, 4)])
    s.row("合计", wan(80), None, None, merge=[(3, 4)])
    return b


@variant("td17-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计; indicators sound")  # fmt: skip
def td17() -> Book:
    whole = mk(wan(980), "B101", "error", row=True,
               note="900 + 80 = 980 but 基本支出 360 + 项目支出 600 = 960")  # fmt: skip
    summed = mk(wan(600), "B102", "error", note="280 + 190 + 110 = 580, not 600")
    tasks = [
        ("灌区续建配套", "干支渠及渠系建筑物改造", wan(280), "灌溉条件改善"),
        ("高效节水灌溉", "喷滴灌和低压管灌工程建设", wan(190), "节水面积增加"),
        ("农村供水保障", "农村供水工程维修养护", wan(110), "供水稳定可靠"),
        ("金额合计", None, summed, None),
    ]  # fmt: skip
    b, s = department(
        year=2026, dept="洄泽区水利局", budget=[(whole, wan(900), wan(80), wan(360), wan(600))],
        tasks=tasks, goal="推进灌区节水改造和高效节水灌溉建设，保障农村供水安全。",
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "改造灌区干支渠", "≥16公里"),
        (None, None, "新增高效节水灌溉面积", "≥0.9万亩"),
        (None, "质量指标", "水利工程质量合格率", "≥95%"),
        (None, "时效指标", "重点任务完成及时率", "≥95%"),
        ("成本指标", "经济成本指标", "干支渠改造单位成本", "≤16万元/公里"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥95%"),
        (None, "生态效益指标", "农田灌溉水有效利用系数", "≥0.59"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("td18-reform-transfer-labels", (5, 1, 12),
         "transfer-payment 区域绩效目标表, OLD-NAT, labels with * and ★ and abbreviated "
         "tier-2s, operators in words in a 指标性质 column, percent cells, 中央补助 + "
         "地方资金 (correct)")  # fmt: skip
def td18() -> Book:
    b, s = project(
        year=2025, name="柘原市农业水价综合改革（水利发展资金）", dept="柘原市水务局（402001）",
        unit="柘原市农业水价综合改革工作专班", attr="一次性项目",
        title="2025年度中央财政水利发展资金区域绩效目标表", money_label="资金情况（万元）",
        money=[("年度资金总额", wan(520), "其中：中央补助", wan(380)),
               ("其中：地方资金", wan(140), None, None)],
        goals=["推进农业水价综合改革，健全农业用水计量体系，促进农业节水。"],
    )  # fmt: skip
    table(s, (*TIERS, "指标性质", "指标值", "计量单位"), [
        ("*产出指标", "数量", "★农业水价综合改革实施面积", "大于等于", 6.8, "万亩"),
        (None, None, "配套安装计量设施", "大于等于", 180, "处"),
        (None, "质量", "计量设施验收合格率", "大于等于", pct(0.95), "%"),
        (None, "时效", "改革任务按期完成率", "大于等于", pct(0.9), "%"),
        (None, "成本", "亩均精准补贴标准", "小于等于", 25, "元/亩"),
        ("*效益指标", "社会效益", "★改革区域计量收费覆盖率", "等于", pct(1), "%"),
        (None, "生态效益", "项目区农业灌溉用水总量", "小于等于", 1.35, "亿立方米"),
        ("*满意度指标", "服务对象满意度", "用水户满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b

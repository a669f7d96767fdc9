"""Civil-affairs projects and a civil-affairs department, re-typed or converted (pl11–pl14)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout210.common import (
    ONE,
    WRAPPED,
    book,
    fw,
    indicators,
    note,
    one_year_money,
    sign,
    titled,
    wan,
)  # fmt: skip
from tests.variants.holdout210.registry import variant
from tests.variants.kit import Book, mk, ok, pct


@variant("pl11-stacked-repeated-tiers", (2, 5, 9), "two one-year projects stacked, NAT-2021, "
         "tiers repeated in every row, full-width values, the same indicator name with "
         "different values in the two projects, a monthly standard × people × 12 equal to "
         "the money (correct)")  # fmt: skip
def pl11() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="困难残疾人生活补贴项目", dept="青岚市民政局（601）",
        unit="青岚市社会救助服务中心", title="2026年度项目支出绩效目标表",
        money=one_year_money(wan(360), wan(300), wan(60)),
        goals=["全年为3000名困难残疾人按月发放生活补贴，补贴资金发放准确率100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", fw("≥3000人")),
        ("产出指标", "质量指标", "补贴资金发放准确率", pct(1)),
        ("产出指标", "时效指标", "补贴按月发放及时率", fw("≥98%")),
        ("成本指标", "经济成本指标", "困难残疾人生活补贴标准", fw("≤100元/人·月")),
        ("效益指标", "社会效益指标", "困难残疾人基本生活保障覆盖率", fw("100%")),
        ("效益指标", "可持续影响指标", "补贴标准动态调整机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", fw("≥92%")),
    ], merged=())  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="特困人员救助供养项目", dept="青岚市民政局（601）",
        unit="青岚市社会救助服务中心", title="",
        money=one_year_money(wan(1400), wan(1200), wan(200)),
        goals=["保障集中供养特困人员300人、分散供养特困人员900人基本生活，做到应养尽养。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "集中供养特困人员数", fw("≥300人")),
        ("产出指标", "数量指标", "分散供养特困人员数", fw("≥900人")),
        ("产出指标", "质量指标", "补贴资金发放准确率", fw("≥99%")),
        ("产出指标", "时效指标", "供养资金拨付时间", fw("每月10日前")),
        ("成本指标", "经济成本指标", "特困人员基本生活标准", fw("≤950元/人·月")),
        ("效益指标", "社会效益指标", "特困人员应养尽养率", fw("100%")),
        ("效益指标", "可持续影响指标", "特困供养服务质量评估机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "特困供养人员满意度", fw("≥90%")),
    ], merged=())  # fmt: skip
    sign(s, "唐知微", "骆成蹊", "0594-3361207")
    return b


@variant("pl12-over-100-page-break-duplicate", (4, 9), "one-year project, NAT-2021, full-width "
         "values, a page-footer row and the header repeated after a page break: a 完成率 of "
         "≥１０５％, the last row before the break repeated after it")  # fmt: skip
def pl12() -> Book:
    b, s = book("Sheet1")
    titled(s, "2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="居家养老服务补贴项目", dept="白沙河区民政局（602）",
        unit="白沙河区养老服务指导中心", title="",
        money=one_year_money(wan(380), wan(320), wan(60)),
        goals=["为1500名经济困难的高龄、失能老人提供居家养老上门服务，全年服务18万小时，服务"
               "对象满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "享受居家养老服务补贴老人数", fw("≥1500人")),
        (None, None, "上门服务时长", fw("≥18万小时")),
        (None, "质量指标", "服务工单按时完成率",
         mk(fw("≥105%"), "T106", "error", note="a 完成率 cannot pass 100%")),
        (None, "时效指标",
         ok("补贴资金按季拨付时间", note="the first of a pair repeated at the page break"),
         "每季度首月15日前"),
    ])  # fmt: skip
    note(s, "第 1 页，共 2 页")
    indicators(s, ONE, [
        ("产出指标", "时效指标",
         mk("补贴资金按季拨付时间", "D101", "warning", row=True, alt=("D103", "D102"),
            note="the row before the page break typed again"),
         "每季度首月15日前"),
        ("成本指标", "经济成本指标", "每小时上门服务补贴标准", fw("≤20元/小时")),
        ("效益指标", "社会效益指标", "失能半失能老人居家服务覆盖率", fw("≥90%")),
        (None, "可持续影响指标", "居家养老服务监管平台运行情况", "稳定"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", fw("≥90%")),
    ])  # fmt: skip
    note(s, "第 2 页，共 2 页")
    return b


@variant("pl13-line-breaks-wrapped-name", (4, 5, 9), "one-year project, NAT-2021, header and "
         "tier labels with line breaks (产出\\n指标), values with a note on a second line, "
         "＞=90%, a name wrapped onto a second row with nothing beside it, notes and a "
         "prior-year fill date (correct)")  # fmt: skip
def pl13() -> Book:
    b, s = book("Sheet1")
    titled(s, "2026年度项目支出绩效目标表")
    project_head(
        s, year=2026, name="农村留守儿童关爱服务项目", dept="临溪县民政局（603）",
        unit="临溪县未成年人保护工作站", title="",
        money=one_year_money(wan(60), wan(50), wan(10)),
        goals=["为全县800名农村留守儿童建立关爱服务档案，开展关爱服务活动24场次，提供心理健康"
               "辅导服务200人次。"],
    )  # fmt: skip
    indicators(s, WRAPPED, [
        ("产出\n指标", "数量指标", "建立留守儿童关爱服务档案", fw("≥800份")),
        (None, None, "开展关爱服务活动", fw("≥24场次")),
        (None, None, "困境留守儿童心理健康", fw("≥200人次")),
        (None, None, "辅导服务人次", None),
        (None, "质量指标", "留守儿童信息台账准确率", "≥95%\n（省考核）"),
        (None, "时效指标", "关爱服务活动按时完成率", "＞=90%"),
        ("成本\n指标", "经济成本指标", "每场次关爱活动经费", fw("≤5000元/场次")),
        ("效益\n指标", "社会效益指标", "留守儿童监护责任落实率", "≥95%\n（省考核）"),
        (None, "可持续影响指标", "儿童主任培训覆盖率", fw("100%")),
        ("满意度\n指标", "服务对象满意度指标", "留守儿童及监护人满意度", "＞=90%"),
    ])  # fmt: skip
    note(s, "注：1．标“（省考核）”的指标为省民政厅考核指标；2．心理健康辅导服务由专业社工"
            "机构提供。")  # fmt: skip
    sign(s, "姜半夏", "孔令仪", "0594-3375518", filled="2025年12月18日")
    return b


@variant("pl14-department-tasks-vague", (4, 12), "department, NAT-2021, a unit row above the "
         "title, full-width values, notes below: the key tasks add to 2070 under a 金额合计 "
         "of 2100, a count given as 若干个")  # fmt: skip
def pl14() -> Book:
    b, s = book("Sheet1")
    s.row(None, None, None, None, None, "单位：万元")
    department_head(
        s, year=2026, dept="青岚市民政局",
        budget=[(wan(3200), wan(3000), wan(200), wan(1100), wan(2100))],
        tasks=[
            ("社会救助", "城乡低保、特困供养及临时救助", wan(1200), "应保尽保"),
            ("养老服务", "新增社区养老服务站点15个", wan(520), "站点正常运营"),
            ("儿童福利", "孤儿和事实无人抚养儿童基本生活保障", wan(260), "按标准足额发放"),
            ("社会组织培育", "培育孵化社区社会组织", wan(90), "社会组织规范发展"),
            ("金额合计", None,
             mk(wan(2100), "B102", "error", row=True,
                note="1200 + 520 + 260 + 90 = 2070"), None),
        ],
        goal="全年保障城乡低保和特困对象12000人，新增社区养老服务站点15个，救助资金发放准确率"
             "100%。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "城乡低保和特困保障对象人数", fw("≥12000人")),
        (None, None, "新增社区养老服务站点", fw("≥15个")),
        (None, None, "培育孵化社区社会组织数",
         mk("若干个", "T102", "warning", alt=("T116",), note="no number: not assessable")),
        (None, "质量指标", "救助资金发放准确率", fw("100%")),
        (None, "时效指标", "临时救助审批办结时限", fw("≤10个工作日")),
        ("成本指标", "经济成本指标", "孤儿基本生活保障标准", fw("≤2000元/人·月")),
        ("效益指标", "社会效益指标", "困难群众应保尽保率", fw("100%")),
        (None, "可持续影响指标", "社会救助家庭经济状况核对机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", fw("≥90%")),
    ])  # fmt: skip
    note(s, "注：保障对象人数按上年末在册人数测算。")
    sign(s, "钟离", "简书", "0594-3312840")
    return b

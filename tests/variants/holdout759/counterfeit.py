"""Returns kco07–kco12: a counterfeit-goods crackdown (打击侵权假冒)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout759.common import DEPT, H4, YEAR, indicators, notes, sign, start
from tests.variants.holdout759.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "澄湾市市场监管综合行政执法支队"


@variant(
    "kco07-fake-notes",
    (4, 7),
    "project, OLD-NAT, header 预期目标, 注 row inside the table, footnote explaining a total, "
    "signature dated the year before (correct)",
)
def fake_notes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="侵权假冒商品专项整治", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(95, WAN), "其中：财政拨款", money(95, WAN))],
        goals=["查办侵权假冒案件120件（其中网络案件40件），抽检重点商品500批次，"
               "为2026年建立跨区协查机制积累经验。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "查办侵权假冒案件数", "≥120件"),
        (None, None, "其中：网络侵权假冒案件数", "≥40件"),
        (None, None, "重点商品抽检批次", "≥500批次"),
        ("注：以上案件数含移送公安机关案件。", None, None, None),
        (None, "质量指标", "案件办结率", "≥90%"),
        (None, "时效指标", "投诉举报核查时限", "≤7个工作日"),
        (None, "成本指标", "单批次抽检成本", "≤1200元/批次"),
        ("效益指标", "社会效益指标", "重点市场假冒商品检出率下降", "≥3百分点"),
        ("满意度指标", "服务对象满意度指标", "权利人满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, "说明：案件数120件为全市合计，含网络案件40件。",
          "填表说明：指标值请写明比较符和计量单位。")  # fmt: skip
    sign(s, "郑书瑶", "0573-8830 2215", day(YEAR - 1, 11, 6))
    return b


@variant(
    "kco08-fake-cost",
    (12,),
    "project, OLD-NAT, operator in words: unit cost × count above the money, last year's year "
    "left in the goal, one indicator twice with two values",
)
def fake_cost() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="假冒伪劣商品抽检", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(40, WAN), "其中：财政拨款", money(40, WAN))],
        goals=[mk("完成2024年度假冒伪劣重点商品抽检600批次，不合格商品依法处置。", "Y103",
                  "warning", alt=("Y101",), note="年度目标仍写2024年度")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "重点商品抽检批次", "大于等于600批次"),
        (None, None, "不合格商品核查处置率", "大于等于95%"),
        (None, "质量指标", "抽检样品检验报告合格率", "大于等于98%"),
        (None, "时效指标", "抽检结果公布时限", "小于等于20个工作日"),
        (None, "成本指标", "单批次抽检成本",
         mk("小于等于800元/批次", "B107", "warning", row=True,
            note="800元 × 600批次 = 48万元，超过年度资金40万元")),
        ("效益指标", "社会效益指标", "重点商品抽检批次",
         mk("大于等于450批次", "D102", "error", row=True, alt=("D101", "D103", "F201"),
            note="与数量指标的抽检批次同名，值却为450")),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "大于等于90%"),
    ])  # fmt: skip
    sign(s, "冯嘉禾", "0573-8830 2238")
    return b


@variant(
    "kco09-fake-department",
    (12,),
    "department, NAT-2021, key tasks: tasks not adding to 金额合计, a goal tonnage given "
    "otherwise, a near-duplicate indicator",
)
def fake_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄湾市市场监管综合行政执法支队", budget=[
        (money(300, WAN), money(280, WAN), money(20, WAN), money(180, WAN), money(120, WAN))],
        tasks=[("侵权假冒案件查办", "查办商标侵权、假冒专利案件", money(50, WAN), "办案≥150件"),
               ("假冒商品集中销毁", "集中无害化销毁罚没商品", money(30, WAN), "销毁50吨"),
               ("执法装备更新", "快检设备、执法记录仪更新", money(30, WAN), "按期到位"),
               ("金额合计", None, mk(money(120, WAN), "B102", "error",
                                       note="50 + 30 + 30 = 110 ≠ 120"), None)],
        goal="查办侵权假冒案件150件，集中销毁假冒商品50吨，执法装备按期更新。")  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "查办侵权假冒案件数", "≥150件"),
        (None, None, "集中销毁假冒商品重量",
         mk("≥30吨", "D104", "warning", row=True, note="任务和总体目标写销毁50吨")),
        (None, None, mk("查办侵权假冒案件数量", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上两行的案件数几乎同名，值不同"), "≥140件"),
        (None, "质量指标", "案件办结率", "≥90%"),
        (None, "时效指标", "执法装备到位时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "销毁每吨处置成本", "≤6000元/吨"),
        ("效益指标", "社会效益指标", "假冒商品投诉量下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "权利人满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "陈砚秋", "0573-8830 2250")
    return b


@variant(
    "kco10-fake-export",
    (7,),
    "budget-system export: head on the first sheet, indicator table with codes in the first "
    "columns on a second sheet under header 预期实现值 (correct)",
)
def fake_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=YEAR, name="电商平台侵权假冒线索监测", dept=DEPT, unit=UNIT, money=[
        ("年度资金总额", money(72, WAN), "其中：财政拨款", money(60, WAN)),
        (None, None, "其他资金", money(12, WAN))],
        goals=["监测电商平台侵权假冒线索，全年核查线索1000条，立案率不低于15%。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 16, 14, 16, 30, 18))
    t.title("项目支出绩效目标表（2025年度）", 6)
    t.row("单位：澄湾市市场监管综合行政执法支队", None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "预期实现值")
    code, name = "330701251000000213", "电商平台侵权假冒线索监测"
    t.table([
        (code, name, "产出指标", "数量指标", "核查侵权假冒线索数", "≥1000条"),
        (None, None, None, "质量指标", "线索核查立案率", pct(0.15)),
        (None, None, None, "时效指标", "线索核查时限", "≤10个工作日"),
        (None, None, "成本指标", "经济成本指标", "单条线索核查成本", "≤720元/条"),
        (None, None, "效益指标", "社会效益指标", "平台下架侵权链接数", "≥3000条"),
        (None, None, "满意度指标", "服务对象满意度指标", "权利人满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant(
    "kco11-fake-period",
    (8,),
    "two-year project, OLD-NAT, 中期 and 年度 columns: period counts above the year's, rates "
    "equal in both (correct)",
)
def fake_period() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="商标侵权源头治理两年行动", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=[
        ("中期资金总额", money(160, WAN), "年度资金总额", money(90, WAN)),
        ("其中：财政拨款", money(160, WAN), "其中：财政拨款", money(90, WAN))],
        goals=["两年内排查商标侵权源头企业400家，建成重点商标保护名录。",
               "2025年排查源头企业220家，名录收录重点商标80件。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "排查源头企业数", "≥400家", "≥220家"),
        (None, None, "重点商标保护名录收录数", "≥150件", "≥80件"),
        (None, "质量指标", "排查问题整改率", "≥90%", "≥90%"),
        (None, "时效指标", "名录发布时间", "2026年6月30日前", "2025年12月31日前"),
        (None, "成本指标", "单户排查成本", "≤4000元/家", "≤4000元/家"),
        ("效益指标", "社会效益指标", "源头企业侵权复发率", "≤5%", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "商标权利人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "褚清和", "0573-8830 2266")
    return b


@variant(
    "kco12-fake-rates",
    (1, 5),
    "project, OLD-NAT, numbered labels with points: a rate given as a count, a satisfaction "
    "rate under 社会效益, a deadline after the one-year project",
)
def fake_rates() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="农村市场假冒食品整治",
        dept=DEPT,
        unit=UNIT,
        money=[("年度资金总额", money(55, WAN), "其中：财政拨款", money(55, WAN))],
        goals=["整治农村集贸市场和小超市假冒食品，检查经营户1100户，2025年底前完成整改。"],
    )
    indicators(s, H4, [
        ("一、产出指标（50分）", "1.数量指标", "检查农村食品经营户数", "≥1100户"),
        (None, "2.质量指标", "问题经营户整改率",
         mk("≥150户", "T105", "error", note="整改率写成户数")),
        (None, "3.时效指标", "整改完成时间",
         mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
            note="一年期2025年项目，年度目标写年底前完成")),
        (None, "4.成本指标", "单户检查成本", "≤500元/户"),
        ("二、效益指标（30分）", "1.社会效益指标", "农村假冒食品投诉量", "≤60件"),
        (None, None, mk("农村消费者满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下"), "≥88%"),
        ("三、满意度指标（20分）", "1.服务对象满意度指标", "经营户满意度", "≥85%"),
    ])  # fmt: skip
    return b

"""Biological control releases: 花绒寄甲 and 管氏肿腿蜂 against the pine sawyer (kgh13–kgh18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout856.common import (
    BUREAU,
    FARM,
    STATION,
    book,
    notes,
    one_year_money,
    period_money,
    signature,
    tiered,
    wan,
)
from tests.variants.holdout856.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "分值", "指标值")


@variant(
    "kgh13-release-points",
    (10, 1, 11),
    "project, NAT-2021, tier points in the labels and "
    "indicator points (100 both), 百分点, 0起, typed percents (correct)",
)
def kgh13() -> Book:
    b, s = book()
    project_head(s, year=2025, name="松褐天牛天敌防治", dept=BUREAU, unit=STATION,
                 money=one_year_money(120, 100, 20),
                 goals=["在鹤坪等5个重点林区释放花绒寄甲成虫150万头、管氏肿腿蜂300万头，"
                        "松褐天牛寄生率比上年提高5个百分点。"])  # fmt: skip
    tiered(s, HEAD5, [
        ("产出指标（50分）", "数量指标", "花绒寄甲释放数量", 15, "≥150万头"),
        (None, None, "管氏肿腿蜂释放数量", 15, "≥300万头"),
        (None, "质量指标", "天敌成虫活力合格率", 10, pct(0.9)),
        (None, "时效指标", "释放完成时间", 10, "2025年6月30日前"),
        ("成本指标（10分）", "经济成本指标", "花绒寄甲采购单价", 5, "≤0.4元/头"),
        (None, None, "管氏肿腿蜂采购单价", 5, "≤0.1元/头"),
        ("效益指标（30分）", "生态效益指标", "松褐天牛寄生率提高", 15, "≥5百分点"),
        (None, "社会效益指标", "天敌释放引发的生物安全事件", 5, "0起"),
        (None, "可持续影响指标", "天敌种群定殖率", 10, pct(0.6)),
        ("满意度指标（10分）", "服务对象满意度指标", "林场对天敌防治满意度", 10, pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kgh14-release-points-wrong",
    (10,),
    "project, NAT-2021, tier points in the labels: "
    "产出 points not adding up, goal count against the indicator, a rate as a count",
)
def kgh14() -> Book:
    b, s = book()
    b.file_mark("W101", "error", required=False, note="指标分值合计95，可由W103一并说明")
    project_head(s, year=2025, name="石磬林区花绒寄甲释放", dept=BUREAU, unit=FARM,
                 money=one_year_money(70, 60, 10),
                 goals=["在石磬林区释放花绒寄甲成虫150万头，"
                        "松褐天牛寄生率达到30%以上。"])  # fmt: skip
    tiered(s, HEAD5, [
        (mk("产出指标（50分）", "W103", "error", note="其下分值15+10+10+10=45，不是50"),
         "数量指标", "花绒寄甲释放数量", 15,
         mk("≥100万头", "D104", "warning", row=True, note="年度目标写释放150万头")),
        (None, None, "释放点位数量", 10, "≥300个"),
        (None, "质量指标", "天敌成虫活力合格率", 10, "≥90%"),
        (None, "时效指标", "释放完成时间", 10, "2025年6月30日前"),
        ("成本指标（10分）", "经济成本指标", "花绒寄甲采购单价", 10, "≤0.4元/头"),
        ("效益指标（30分）", "生态效益指标", "松褐天牛寄生率", 20,
         mk("≥30头", "T105", "error", alt=("D104",), note="寄生率要百分比，目标写的是30%以上")),
        (None, "可持续影响指标", "天敌种群定殖年限", 10, "≥3年"),
        ("满意度指标（10分）", "服务对象满意度指标", "林场职工满意度", 10, "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh15-wasp-two-year",
    (8, 1, 7),
    "two-year project, NAT-2021, two-row header with 中期 "
    "and 年度, period counts above annual ones, a later year prepared for (correct)",
)
def kgh15() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="管氏肿腿蜂扩繁与释放", dept=BUREAU, unit=STATION,
                 attr="新增项目", money=period_money((260, 240, 20), (130, 120, 10)),
                 goals=["两年累计扩繁释放管氏肿腿蜂800万头，建成扩繁车间1处，为2027年在全县"
                        "推广天敌防治积累经验。",
                        "2025年扩繁释放管氏肿腿蜂400万头，完成扩繁车间建设。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "管氏肿腿蜂释放数量", "≥800万头", "≥400万头"),
        (None, None, "扩繁车间建设数量", "=1处", "=1处"),
        (None, "质量指标", "出蜂率", pct(0.85), pct(0.85)),
        (None, "时效指标", "年度释放完成时间", "每年7月31日前", "2025年7月31日前"),
        ("成本指标", "经济成本指标", "肿腿蜂扩繁单价", "≤0.2元/头", "≤0.2元/头"),
        ("效益指标", "生态效益指标", "放蜂林分松褐天牛寄生率提高", "≥10百分点", "≥5百分点"),
        (None, "可持续影响指标", "扩繁车间年产能", "≥500万头", "≥300万头"),
        ("满意度指标", "服务对象满意度指标", "林农满意度", pct(0.9), pct(0.9)),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kgh16-stacked-release-wrong",
    (2, 8),
    "two projects stacked, the second two-year with "
    "中期 and 年度: annual money above the period's, last year's deadline",
)
def kgh16() -> Book:
    b, s = book()
    project_head(s, year=2025, name="花绒寄甲林间释放", dept=BUREAU, unit=STATION,
                 money=one_year_money(40, 40, 0),
                 goals=["在苍箬、鹤坪两个林区释放花绒寄甲成虫80万头。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "花绒寄甲释放数量", "≥80万头"),
        (None, "质量指标", "成虫活力合格率", "≥90%"),
        (None, "时效指标", "释放完成时间", "2025年6月30日前"),
        (None, "成本指标", "花绒寄甲采购单价", "≤0.4元/头"),
        ("效益指标", "生态效益指标", "松褐天牛寄生率", "≥25%"),
        ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    annual = mk(wan(180), "B103", "error", note="年度资金180万元大于两年期资金总额150万元")
    project_head(s, year=2025, years=2, name="天敌防治效果监测", dept=BUREAU, unit=STATION,
                 title="", money=period_money((150, 130, 20), (annual, 160, 20)),
                 goals=["两年内建立天敌防治效果监测样地40个，形成效果评估报告2份。",
                        "2025年建立监测样地20个，形成年度效果评估报告1份。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "效果监测样地数量", "≥40个", "≥20个"),
        (None, None, "效果评估报告", "≥2份", "≥1份"),
        (None, "时效指标", "年度评估报告提交时间", "每年11月30日前",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y101", "Y103"),
            note="项目期2025—2026年，年度期限却写2024年，沿用上年")),
        (None, "成本指标", "单个样地监测成本", "≤1.5万元/个", "≤1.5万元/个"),
        ("效益指标", "可持续影响指标", "监测数据共享率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "林场满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgh17-marked-labels-notes",
    (5, 4, 7),
    "project, OLD-NAT, labels with ★ and *, "
    "abbreviations, headers 指标内容 and 绩效标准, word operators, notes inside and under "
    "the table, signature dated the year before (correct)",
)
def kgh17() -> Book:
    b, s = book()
    project_head(s, year=2025, name="苍箬林区天敌防治示范", dept=BUREAU, unit=FARM,
                 money=one_year_money(56, 50, 6),
                 goals=["建设天敌防治示范区2000亩，释放花绒寄甲成虫40万头，示范区松褐天牛寄生率"
                        "不低于30%。"])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("★产出指标", "*数量指标", "天敌防治示范区面积", "不少于2000亩"),
        (None, None, "花绒寄甲释放数量", "不少于40万头"),
        (None, "质量", "示范区松褐天牛寄生率", "不低于30%"),
        (None, "时效", "释放完成时间", "2025年6月底前"),
        (None, "成本", "示范区每亩防治成本", "不超过200元/亩"),
    ])  # fmt: skip
    notes(s, "注：以下效益、满意度指标由林场据实评价。")
    tiered(s, (), [
        ("★效益指标", "*生态效益指标", "示范区枯死松树数量下降率", pct(0.2)),
        (None, "社会效益", "天敌防治技术培训人次", "不少于150人次"),
        ("满意度", "服务对象满意度", "示范区周边林农满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "填表说明：带★的一级指标为必填核心指标，不得删除。",
          "注：每亩防治成本含天敌采购、释放和效果调查费用。")  # fmt: skip
    signature(s, "邵明川", "0573-6628147", (2024, 12, 9))
    return b


@variant(
    "kgh18-release-year-duplicate",
    (1, 9),
    "project, OLD-NAT, typed percents: last "
    "year's year in the goal, a typed percent over 100, one indicator twice with two values",
)
def kgh18() -> Book:
    b, s = book()
    goal = mk(
        "2024年在苍箬林区释放管氏肿腿蜂300万头，放蜂林分天敌定殖率达到60%以上。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年度申报表的年度目标写2024年",
    )
    project_head(s, year=2025, name="苍箬林区肿腿蜂释放", dept=BUREAU, unit=STATION,
                 money=one_year_money(48, 45, 3), goals=[goal])  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "管氏肿腿蜂释放数量", "≥300万头"),
        (None, None, mk("肿腿蜂释放数量", "D102", "error", row=True, alt=("D103", "D101"),
                        note="与上一行是同一指标，值却是200万头"), "≥200万头"),
        (None, "质量指标", "放蜂点位验收合格率", pct(0.95)),
        (None, "时效指标", "放蜂完成时间", "2025年7月31日前"),
        (None, "成本指标", "肿腿蜂采购单价", "≤0.12元/头"),
        ("效益指标", "生态效益指标", "天敌定殖率",
         mk(pct(1.05), "T106", "error", alt=("D104",),
            note="定殖率显示105%，超过100%上限（应为60%）")),
        ("满意度指标", "服务对象满意度指标", "林农满意度", pct(0.9)),
    ])  # fmt: skip
    return b

"""Crop loss assessment (查勘定损): kea13–kea18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout797.common import (
    OLD,
    indicators,
    multi_year,
    new_book,
    notes,
    one_year,
    signature,
    w,
)
from tests.variants.holdout797.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

WORDS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")


@variant(
    "kea13-loss-footnotes",
    (4, 11),
    "project, OLD-NAT, operators in words in their own "
    "column, unit column: a 注 row between tiers, footnotes, 填表说明, signature and date "
    "lines (correct)",
)
def kea13() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="苇塘县农作物灾害查勘定损服务",
        dept="苇塘县农业农村局（307011）",
        unit="苇塘县农业保险服务中心",
        money=one_year(180, 150, 30),
        goals=["委托第三方对受灾农作物开展查勘定损，查勘面积不少于25万亩，定损结果公示到户。"],
    )
    indicators(s, WORDS, [
        ("产出指标", "数量指标", "农作物受灾查勘面积", "大于等于", 25, "万亩"),
        (None, "质量指标", "查勘定损差错率", "小于等于", 2, "%"),
        (None, None, "定损结果公示到户率", "等于", 100, "%"),
        (None, "时效指标", "平均查勘时长下降率", "大于等于", 10, "%"),
        (None, "成本指标", "每亩查勘定损服务费", "小于等于", 6, "元/亩"),
    ])  # fmt: skip
    notes(s, "注：差错率为复核抽查中定损面积偏差超过5%的案件占比，越低越好。")
    s.table([
        ("效益指标", "社会效益指标", "定损纠纷引发的群体性事件", "小于等于", 0, "起"),
        (None, None, "受灾农户赔款到户率", "大于等于", 98, "%"),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "说明：1.查勘面积以乡镇报灾汇总为准；2.服务费按实际查勘面积结算，不超过年度预算。",
        "填表说明：指标方向填“大于等于”“小于等于”或“等于”，指标值只填数字。",
    )
    signature(s, "邵晚汀", "0742-6318107", day(2024, 11, 15, CN_DATE))
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, "日期：", day(2024, 11, 18, CN_DATE))
    return b


@variant(
    "kea14-loss-page-break",
    (4,),
    "department, NAT-2021, weight column: a subtotal row, the "
    "header repeated after a page break, a total row; weights add to 100 (correct)",
)
def kea14() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2025,
        dept="雁汀县农业灾害查勘服务中心",
        budget=[(w(620), w(600), w(20), w(380), w(240))],
        goal="完成受灾农作物查勘40万亩、出具定损报告1200份，赔款到户率不低于98%。",
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("产出指标", "数量指标", "受灾农作物查勘面积", "≥40万亩", 10),
        (None, None, "出具定损报告份数", "≥1200份", 10),
        (None, "质量指标", "定损结果复核一致率", "≥95%", 10),
        (None, "时效指标", "报案后到场查勘时限", "≤24小时", 10),
        ("小计", None, None, None, 40),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单份定损报告成本", "≤800元/份", 10),
        ("效益指标", "经济效益指标", "挽回受灾农户经济损失", "≥1800万元", 10),
        (None, "社会效益指标", "受灾农户赔款到户率", "≥98%", 15),
        (None, "可持续影响指标", "灾损数据库年度更新次数", "≥4次", 10),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "≥90%", 15),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant(
    "kea15-loss-conversion",
    (9,),
    "project, OLD-NAT, one value column: a completion date "
    "pasted as a serial into a text cell, a rate given as a count",
)
def kea15() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="禾湄县小麦赤霉病灾损遥感查勘",
        dept="禾湄县农业农村局（402017）",
        unit="禾湄县植保植检站",
        money=one_year(96, 90, 6),
        end=mk("46022", "X104", "warning", note="日期序列号（2025-12-31）存成了文本"),
        goals=["对小麦赤霉病受灾地块开展遥感与地面查勘，查勘面积不少于16万亩。"],
    )
    indicators(s, OLD, [
        ("产出指标", "数量指标", "小麦受灾地块查勘面积", "≥16万亩"),
        (None, "质量指标",
         mk("受灾地块实地查勘到场率", "T105", "error", row=True,
            note="到场率是比率，指标值却是次数"), "≥320次"),
        (None, None, "遥感解译与地面核查一致率", "≥90%"),
        (None, "时效指标", "灾损评估报告提交时限", "≤20个工作日"),
        (None, "成本指标", "每亩查勘费用", "≤5.5元/亩"),
        ("效益指标", "社会效益指标", "受灾农户理赔覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kea16-loss-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template, a value without a name, the template's example row left in",
)
def kea16() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="蒹葭县水稻洪涝灾害查勘定损",
        dept="蒹葭县农业农村局（520306）",
        unit="蒹葭县农业保险服务中心",
        money=one_year(110, 100, 10),
        goals=["对洪涝受灾水稻开展查勘定损，查勘面积不少于18万亩，定损结果按时公示。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "水稻洪涝受灾查勘面积", "≥18万亩"),
        (None, None,
         mk("示例：XX作物查勘面积", "X101", "error", row=True,
            note="模板的示例行未删除"), "≥XX万亩"),
        (None, "质量指标", "定损结果复核一致率", "≥95%"),
        (None, None,
         mk(None, "F110", "error", note="有指标值没有指标名称"), "≥98%"),
        (None, "时效指标", "定损结果公示时限", "≤7个工作日"),
        ("成本指标", "经济成本指标", "每亩查勘定损费用", "≤5元/亩"),
        (None, mk("生态环境成本指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("效益指标", "社会效益指标", "受灾农户赔款到户率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kea17-loss-two-year-headers",
    (7, 8),
    "two-year project, OLD-NAT, two-row header under "
    "指标内容 and 绩效标准 with 中期 and 年度 columns, a later year the work prepares for "
    "(correct)",
)
def kea17() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=2, name="澄岭县无人机遥感灾损查勘体系建设",
                 dept="澄岭县农业农村局（214003）", unit="澄岭县农业技术推广中心", attr="新增项目",
                 money=multi_year((320, 300, 20), (150, 140, 10)),
                 goals=["2025—2026年累计遥感查勘受灾农作物60万亩、无人机航测240架次，形成遥感定损"
                        "技术规程，为2027年全市推广积累经验。",
                        "2025年遥感查勘受灾农作物28万亩、无人机航测110架次。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "遥感查勘受灾农作物面积", "≥60万亩", "≥28万亩"),
        (None, None, "无人机航测架次", "≥240架次", "≥110架次"),
        (None, "质量指标", "遥感定损与实地核查一致率", "≥96%", "≥96%"),
        (None, "时效指标", "灾后出具定损结果时限", "≤48小时", "≤48小时"),
        (None, "成本指标", "亩均遥感查勘成本", "≤5元/亩", "≤5元/亩"),
        ("效益指标", "社会效益指标", "受灾农户获赔率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "遥感定损技术规程", "形成1套", "完成初稿"),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kea18-loss-direction",
    (11,),
    "project, NAT-2021, operators inside the values: an error "
    "rate with ≥, a response time the goal states otherwise",
)
def kea18() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="穗屏县玉米干旱灾害查勘定损",
        dept="穗屏县农业农村局（611024）",
        unit="穗屏县农业保险服务中心",
        money=one_year(84, 80, 4),
        goals=["旱灾发生后48小时内完成查勘，定损面积不少于14万亩，差错率控制在3%以内。"],
    )
    indicators(s, OLD, [
        ("产出指标", "数量指标", "玉米旱灾查勘定损面积", "≥14万亩"),
        (None, "质量指标", "定损差错率",
         mk("≥3%", "T108", "warning", row=True, note="差错率是反向指标，目标写成了≥")),
        (None, "时效指标",
         mk("灾后到场查勘时限", "D104", "warning", row=True,
            note="年度目标写48小时内完成查勘，指标给72小时"), "≤72小时"),
        ("成本指标", "经济成本指标", "每亩查勘定损费用", "≤5元/亩"),
        ("效益指标", "社会效益指标", "受灾农户赔款到户率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受灾农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯望舒", "0751-8830577", day(2024, 12, 2))
    return b

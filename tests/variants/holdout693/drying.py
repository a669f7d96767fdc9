"""A stevia leaf-drying and baling station: dryers, balers, storage (kaa07–kaa12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout693.common import YEAR, book, details, notes, one_year, sign, table, wan
from tests.variants.holdout693.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "甜岗县农业农村局（317004）"
UNIT = "溪樟乡甜叶菊产业合作联社"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kaa07-station-build", (4, 7, 11, 12),
         "project, OLD-NAT, operator (符号) and unit (度量单位) columns, detail lines below, a "
         "下降率 with ≥, 0起 on an incident count, unit costs within their lines "
         "(correct)")  # fmt: skip
def kaa07() -> Book:
    b, s = book()
    goal = ("建成烘干打包站1座，购置连续式烘干机2套、液压打包机3台，年烘干鲜叶4000吨"
            "（折干叶1000吨），12月底前投入运行。")  # fmt: skip
    project_head(s, year=YEAR, name="溪樟乡甜叶菊干叶烘干打包站建设", dept=DEPT, unit=UNIT,
                 attr="新增项目", money=one_year(wan(180), wan(150), wan(30)),
                 goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "符号", "指标值", "度量单位"), [
        ("产出指标", "数量指标", "烘干机购置", "=", 2, "套"),
        (None, None, "液压打包机购置", "=", 3, "台"),
        (None, None, "年烘干鲜叶量", "≥", 4000, "吨"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), None),
        (None, None, "干叶含水率", "≤", 12, "%"),
        (None, "时效指标", "投入运行时间", "≤", day(YEAR, 12, 31, CN_DATE), None),
        (None, "成本指标", "烘干机单价", "≤", 45, "万元/套"),
        (None, None, "打包机单价", "≤", 12, "万元/台"),
        ("效益指标", "经济效益指标", "干叶晾晒损耗下降率", "≥", 20, "%"),
        (None, "社会效益指标", "安全生产事故", "=", 0, "起"),
        (None, "可持续影响指标", "设备设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    details(s, "项目支出明细", [
        ("连续式烘干机", "2套×45万元", wan(90)),
        ("液压打包机", "3台×12万元", wan(36)),
        ("厂房改造", "钢结构棚及地坪", wan(40)),
        ("配电及安装", "变压器接入、设备安装", wan(14)),
    ], wan(180))  # fmt: skip
    notes(s, "填表说明：损耗下降率以2024年晾晒损耗为基数，正数表示下降。")
    sign(s, "陆晓川", "0771-6275530", day(YEAR - 1, 11, 6))
    return b


@variant("kaa08-baler-cost-over", (12,),
         "project, OLD-NAT, one value column, detail lines below: a baler standard × count above "
         "its line, detail lines not adding to 合计")  # fmt: skip
def kaa08() -> Book:
    b, s = book()
    goal = "新增液压打包机4台及输送线1条，年压包干叶1200吨，干叶打包密度达标。"
    project_head(s, year=YEAR, name="甜叶菊烘干打包站扩能改造", dept=DEPT, unit=UNIT,
                 money=one_year(wan(120), wan(100), wan(20)), goals=[goal])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "新增液压打包机", "=4台"),
        (None, None, "年压包干叶量", "≥1200吨"),
        (None, "质量指标", "打包密度达标率", "≥95%"),
        (None, "时效指标", "设备安装完成时间", "2025年8月底前"),
        (None, "成本指标", "液压打包机单价",
         mk("≤18万元/台", "B107", "warning", row=True,
            note="18万元/台 × 4台 = 72万元，超过明细中打包机60万元")),
        ("效益指标", "经济效益指标", "压包服务收入", "≥40万元"),
        (None, "可持续影响指标", "设备完好率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ])  # fmt: skip
    details(s, "项目支出明细", [
        ("液压打包机", "4台", wan(60)),
        ("输送线", "1条", wan(25)),
        ("厂房加固", "钢结构加固", wan(30)),
    ], mk(wan(120), "B102", "error", note="60 + 25 + 30 = 115，与合计120不符"))  # fmt: skip
    sign(s, "陆晓川", "0771-6275530", day(YEAR - 1, 11, 9))
    return b


@variant("kaa09-upkeep-second-sheet", (4, 7),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值, the header repeated after a page break, a note row (correct)")  # fmt: skip
def kaa09() -> Book:
    b, s = book("项目信息")
    goal = "保障烘干打包站收购季连续运行，烘干鲜叶3000吨，压包干叶750吨。"
    project_head(s, year=YEAR, name="甜叶菊烘干打包站运行维护补助", dept=DEPT, unit=UNIT,
                 money=one_year(wan(60), wan(50), wan(10)), goals=[goal])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    table(t, head, [
        ("产出指标", "数量指标", "烘干鲜叶量", "≥3000吨"),
        (None, None, "压包干叶量", "≥750吨"),
        (None, "质量指标", "干叶含水率", "≤12%"),
        (None, None, "打包密度达标率", "≥95%"),
        (None, "时效指标", "鲜叶进站至烘干完成时限", "≤48小时"),
        (None, "成本指标", "干叶烘干打包成本", "≤400元/吨"),
    ])  # fmt: skip
    t.row("注：烘干量按鲜叶计，压包量按干叶计。", merge=[(1, 4)])
    t.skip()
    table(t, head, [
        ("效益指标", "经济效益指标", "干叶提等增收", "≥150万元"),
        (None, "社会效益指标", "服务合作社数量", "≥8家"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ])  # fmt: skip
    t.skip()
    t.row("审核人：", "莫海澄", "日期：", day(YEAR - 1, 12, 3))
    return b


@variant("kaa10-dryline-duplicate", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: the goal's "
         "leaf tonnage against the indicator, one indicator twice with two values, a "
         "deadline in the next year")  # fmt: skip
def kaa10() -> Book:
    b, s = book()
    goal = "改造烘干线2条，全年烘干鲜叶5000吨、压包干叶1250吨，9月底前完成改造。"
    project_head(s, year=YEAR, name="栎坪镇甜叶菊烘干线改造", dept=DEPT,
                 unit="栎坪镇甜叶菊种植专业合作社", money=one_year(wan(90), wan(70), wan(20)),
                 goals=[goal])  # fmt: skip
    full = "完成得满分"
    table(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "烘干线改造", "=2条", full),
        (None, None, "鲜叶烘干量",
         mk("≥4500吨", "D104", "warning", row=True, note="年度目标写烘干鲜叶5000吨"), full),
        (None, None, ok("干叶压包量"), "≥1250吨", full),
        (None, None, "烘干线日处理能力", "≥40吨/日", full),
        (None, None, "干叶压包量",
         mk("≥1000吨", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标填了两次，值不同"), full),
        (None, "质量指标", "干叶含水率", "≤12%", "按比例扣分"),
        (None, "时效指标", "改造完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2025年）的期限落在2026年，目标又写9月底前"), full),
        ("成本指标", "经济成本指标", "烘干线改造单价", "≤35万元/条", full),
        ("效益指标", "经济效益指标", "烘干服务收入", "≥60万元", "按比例扣分"),
        (None, "可持续影响指标", "吨干叶能耗下降率", "≥8%", "按比例扣分"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "按比例扣分"),
    ])  # fmt: skip
    return b


def _stacked(wrong: bool) -> Book:
    """Two station projects stacked in one sheet; ``wrong`` plants the second one's defects."""
    b, s = book()
    project_head(s, year=YEAR, name="甜叶菊烘干打包站电力增容", dept=DEPT, unit=UNIT,
                 money=one_year(wan(40), wan(40), wan(0)),
                 goals=["完成站内电力增容400千伏安，保障收购季烘干线满负荷运行。"],
                 title=f"{YEAR}年度项目支出绩效目标申报表（烘干打包站）")  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "变压器增容", "≥400千伏安"),
        (None, "质量指标", "项目验收合格率", "=100%"),
        (None, "时效指标", "送电时间", "2025年6月底前"),
        (None, "成本指标", "增容工程费", "≤40万元"),
        ("效益指标", "社会效益指标", "服务合作社数量", "≥6家"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = wan(75)
    shelves = ("仓储货架安装数量", "≥120组")
    if wrong:
        total = mk(total, "B101", "error", note="第二个项目：财政拨款50 + 其他资金20 = 70，不是75")
        shelves = ("仓储货架安装数量",
                   mk("≥120组", "F201", "warning", row=True,
                      note="数量填在质量指标下"))  # fmt: skip
    gov = wan(50) if wrong else wan(55)
    project_head(s, year=YEAR, name="甜叶菊干叶仓储库改造", dept=DEPT, unit=UNIT,
                 money=one_year(total, gov, wan(20)),
                 goals=["改造干叶仓储库1200平方米，安装货架120组，库存干叶不霉变。"],
                 title="")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "仓储库改造面积", "≥1200平方米"),
        (None, "质量指标", "项目验收合格率", "=100%"),
        (None, "时效指标", "改造完成时间", "2025年7月底前"),
        (None, "成本指标", "货架单价", "≤0.2万元/组"),
        ("效益指标", "社会效益指标", "服务合作社数量", "≥4家"),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", "≥90%"),
    ]
    rows.insert(2 if wrong else 1, (None, None, *shelves))
    table(s, HEAD4, rows)
    return b


@variant("kaa11-station-stacked", (2,),
         "two station projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator names with different values in the two projects (correct)")  # fmt: skip
def kaa11() -> Book:
    return _stacked(False)


@variant("kaa12-station-stacked-defects", (2, 12),
         "two station projects stacked, OLD-NAT: the second's 年度资金总额 is not 财政拨款 + "
         "其他资金, its shelf count sits under 质量指标")  # fmt: skip
def kaa12() -> Book:
    return _stacked(True)

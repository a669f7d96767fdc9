"""Rabbit-pelt processing cooperatives (兔皮加工合作社): notes, exports, second sheets."""

from __future__ import annotations

from tests.variants.holdout639.common import (
    funds,
    indicators,
    notes,
    project,
    signature,
)
from tests.variants.holdout639.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

COOP = "柘川县兔皮加工专业合作社"
TIER_HEAD_OLD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("fy13-pelt-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row between tiers, 填表说明, "
         "signature and a fill date in the year before (correct)")  # fmt: skip
def fy13() -> Book:
    b, s = project(year=2025, name="兔皮鞣制车间改造项目", unit=COOP,
                   money_rows=funds(150, 100, 50), goals=[
                       "改造兔皮鞣制生产线2条，年加工兔皮12万张（其中獭兔皮8万张、"
                       "肉兔皮4万张），鞣制废水达标排放。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "改造鞣制生产线", "≥2条"),
        (None, None, "年加工兔皮", "≥12万张"),
        (None, "质量指标", "成品皮一次检验合格率", "≥95%"),
        (None, None, "鞣制废水排放达标率", "100%"),
        (None, "时效指标", "生产线改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "生产线改造补助标准", "≤60万元/条"),
    ])  # fmt: skip
    notes(s, "注：以下效益指标按合作社2025年度财务决算核定。", width=4)
    s.table([
        ("效益指标", "经济效益指标", "社员户均增收", "≥1800元"),
        (None, "社会效益指标", "带动养兔社员", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.绩效标准须量化，无法量化的按等级填写。")
    signature(s, "韦秋棠", "0739-6528174", day(2024, 12, 18, CN_DATE))
    return b


@variant("fy14-pelt-last-season", (4, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）, notes under the table: last "
         "season's year in the goal and in a deadline")  # fmt: skip
def fy14() -> Book:
    goal = mk("2024年底前建成兔皮冷藏仓库1座，收储兔皮6万张，减少压价损失。", "Y103",
              "warning", alt=("Y101",),
              note="a year left over from last season in a 2025 goal")  # fmt: skip
    b, s = project(year=2025, name="兔皮收储冷藏仓库建设项目", unit="鹿鸣镇兔皮收储合作社",
                   money_rows=funds(70, 56, 14), goals=[goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("成本指标", "经济成本指标", "冷藏仓库建设成本", "≤70万元"),
        ("产出指标", "数量指标", "建成兔皮冷藏仓库", "≥1座"),
        (None, None, "收储兔皮", "≥6万张"),
        (None, "质量指标", "入库兔皮霉变率", "≤1%"),
        (None, "时效指标", "仓库建成时间",
         mk(day(2024, 12, 31, CN_DATE), "Y102", "error", alt=("Y101", "Y103"),
            note="a deadline in 2024 for a 2025 one-year project")),
        ("效益指标", "经济效益指标", "社员兔皮销售均价提高", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：收储兔皮含獭兔皮和肉兔皮。", "审核人：龙嘉禾    2025年1月6日")
    return b


@variant("fy15-pelt-export-second-sheet", (7, 9, 12),
         "budget-system export: head and detail lines on 「部门项目支出预算05-1」, the indicator "
         "table with codes in the first column on 「部门项目支出绩效目标05-2」 under 预期实现值 "
         "(correct)")  # fmt: skip
def fy15() -> Book:
    b, s = project(year=2025, name="獭兔皮精深加工设备购置项目", unit=COOP,
                   sheet="部门项目支出预算05-1", money_rows=funds(60, 45, 15), goals=[
                       "购置剪毛、拉软设备6台套，培训加工技工40人，"
                       "年加工獭兔皮5万张。"])  # fmt: skip
    s.row("支出明细", "设备购置", money(48), "技术培训", money(12), merge=[])
    s.row("明细合计", money(60))
    t = b.sheet("部门项目支出绩效目标05-2", widths=(10, 14, 16, 26, 16))
    t.row("部门项目支出绩效目标表")
    t.row("单位：柘川县兔皮加工专业合作社", None, None, "金额单位：万元")
    indicators(t, ("指标编码", "一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("0101", "产出指标", "数量指标", "购置加工设备", "≥6台套"),
        ("0102", None, None, "培训加工技工", "≥40人"),
        ("0201", None, "质量指标", "设备安装验收合格率", "=100%"),
        ("0301", None, "时效指标", "设备投产时间", "2025年8月31日前"),
        ("0401", None, "成本指标", "技工培训人均成本", "≤3000元/人"),
        ("0501", "效益指标", "经济效益指标", "獭兔皮加工附加值提高", "≥15%"),
        ("0601", "满意度指标", "服务对象满意度指标", "技工满意度", pct(0.9)),
    ], merged=(2, 3))  # fmt: skip
    return b


@variant("fy16-pelt-detail-artefacts", (9, 12),
         "project, OLD-NAT, detail lines under the table: lines not adding to their 合计, an end "
         "date before the start, a date left as a serial in a text cell")  # fmt: skip
def fy16() -> Book:
    end = mk(day(2025, 3, 31), "Y104", "error", note="ends the day before it starts")
    b, s = project(year=2025, name="兔皮制品加工车间扩建项目", unit="岑坪镇兔皮制品合作社",
                   money_rows=funds(95, 80, 15), start=day(2025, 4, 1), end=end, goals=[
                       "扩建兔皮制品车间600平方米，新增兔皮手套、围巾生产线1条，"
                       "培训社员加工技能60人次。"])  # fmt: skip
    indicators(s, TIER_HEAD_OLD, [
        ("产出指标", "数量指标", "扩建兔皮制品车间", "≥600平方米"),
        (None, None, "新增兔皮制品生产线", "≥1条"),
        (None, None, "培训社员加工技能", "≥60人次"),
        (None, "质量指标", "车间工程验收合格率", "100%"),
        (None, "时效指标", "生产线投产时间",
         mk("45930", "X104", "warning", note="a date serial (2025-09-30) typed as text")),
        (None, "成本指标", "车间扩建单位造价", "≤500元/平方米"),
        ("效益指标", "经济效益指标", "合作社兔皮制品年销售收入增加", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细（万元）", "车间扩建", money(45), "设备购置", money(30))
    s.row(None, "技能培训", money(18), "合计",
          mk(money(95), "B102", "error", note="45 + 30 + 18 = 93, not 95"))  # fmt: skip
    return b


@variant("fy17-pelt-page-break", (4, 13),
         "project, NAT-2021, weight column: subtotal rows, the header repeated after a page "
         "break, a total row, 0 起 on an accident count (correct)")  # fmt: skip
def fy17() -> Book:
    b, s = project(year=2025, name="兔毛兔皮制品技能培训项目", unit="桐冈乡兔皮加工合作社",
                   money_rows=funds(40, 30, 10), goals=[
                       "培训社员兔皮缝制、兔毛纺织技能400人次，新增就业岗位50个，"
                       "全年不发生安全生产事故。"])  # fmt: skip
    head = (*TIER_HEAD_OLD, "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次", 10),
        ("产出指标", "数量指标", "培训社员", "≥400人次", 20),
        (None, None, "编印技能教材", "≥400册", 10),
        (None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, "时效指标", "培训完成时间", "2025年11月30日前", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 60)
    s.skip()
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "新增就业岗位", "≥50个", 15),
        (None, None, "安全生产事故", "≤0起", 5),
        (None, "可持续影响指标", "培训档案留存率", "100%", 10),
        ("满意度指标", "服务对象满意度指标", "参训社员满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 40)
    s.row("合计", None, None, None, 100)
    return b


@variant("fy18-pelt-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
         "name, the goal's processing volume differs from the indicator")  # fmt: skip
def fy18() -> Book:
    b, s = project(year=2025, name="獭兔皮初加工合作社提质项目", unit="鹿鸣镇獭兔皮初加工合作社",
                   money_rows=funds(55, 45, 10), goals=[
                       "更新獭兔皮初加工设备，年加工獭兔皮5万张，"
                       "成品皮合格率达到95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "每张皮加工成本", "≤10元/张"),
        ("产出指标", "数量指标", "年加工獭兔皮",
         mk("≥4万张", "D104", "warning", row=True, note="年度目标写年加工獭兔皮5万张")),
        (None, "质量指标", "成品皮合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥98%"),
        (None, "时效指标", "设备更新完成时间", "2025年7月31日前"),
        ("效益指标", "经济效益指标", "社员户均增收", "≥1500元"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="a template tier-2 without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b

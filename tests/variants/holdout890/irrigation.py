"""Returns on irrigation and drainage: water-saving irrigation, canals, pumping stations
(khp07–12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout890.common import (
    YEAR,
    book,
    details,
    head_row,
    multi_year,
    note,
    one_year,
    sign,
    table,
)
from tests.variants.holdout890.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "khp07-irrigation-word-operators",
    (1, 11),
    "project, OLD-NAT, operators in words in 指标方向, unit column, percent cells (correct)",
)
def khp07() -> Book:
    b, s = book()
    goal = (
        "在柳渠乡新建管道输水灌溉0.7万亩、喷灌0.2万亩，合计高效节水灌溉0.9万亩，"
        "铺设输水管道42公里，灌溉用水量下降20%以上。"
    )
    project_head(s, year=YEAR, name="禾丰县2026年柳渠乡高效节水灌溉项目",
                 dept="禾丰县水利局（318011）", unit="禾丰县农村水利服务站",
                 money=one_year(1260, 1000, 260), goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新增高效节水灌溉面积", "大于等于", 0.9, "万亩"),
        (None, None, "铺设输水管道长度", "大于等于", 42, "公里"),
        (None, "质量指标", "管网漏损率", "小于等于", pct(0.05), "%"),
        (None, None, "设计灌溉保证率", "大于等于", pct(0.85), "%"),
        (None, "时效指标", "通水试运行时间", "小于等于", "2026年9月30日", None),
        (None, "成本指标", "亩均工程投资", "小于等于", 1400, "元/亩"),
        ("效益指标", "经济效益指标", "亩均节水量", "大于等于", 80, "立方米"),
        (None, "生态效益指标", "灌溉用水量下降率", "大于等于", pct(0.2), "%"),
        (None, "可持续影响指标", "农田灌溉水有效利用系数", "大于等于", 0.85, None),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    sign(s, "邝慕白", "0739-5536228", (YEAR - 1, 11, 24))
    return b


@variant(
    "khp08-irrigation-wrong-tier",
    (11, 12),
    "project, OLD-NAT, one value column: a quality rate under 时效, a unit cost above the money, "
    "a 反向 rate with ≥",
)
def khp08() -> Book:
    b, s = book()
    goal = "对鹭溪灌区干支渠60公里进行防渗衬砌，配套渠系建筑物120座，恢复改善灌溉面积2.4万亩。"
    project_head(s, year=YEAR, name="潮堰市2026年鹭溪灌区渠系配套改造项目",
                 dept="潮堰市水利局", unit="潮堰市鹭溪灌区管理所",
                 money=one_year(1800, 1500, 300), goals=[goal])  # fmt: skip
    tier = mk("防渗层抗冻检测达标率", "F201", "warning", row=True,
              note="a quality rate under 时效指标")  # fmt: skip
    cost = mk("≤35万元/公里", "B107", "warning", row=True,
              note="35万元 × 60公里 = 2100万元 > 1800万元")  # fmt: skip
    seep = mk("≥8%", "T108", "warning", row=True, note="a loss rate is 反向: ≤ expected")
    table(s, HEAD, [
        ("产出指标", "数量指标", "渠道防渗衬砌长度", "≥60公里"),
        (None, None, "配套渠系建筑物", "≥120座"),
        (None, "质量指标", "衬砌工程验收合格率", "100%"),
        (None, "时效指标", tier, "≥95%"),
        (None, None, "完工时间", "2026年11月30日前"),
        (None, "成本指标", "每公里渠道衬砌成本", cost),
        ("效益指标", "社会效益指标", "恢复改善灌溉面积", "≥2.4万亩"),
        (None, "生态效益指标", "渠系输水渗漏损失率", seep),
        (None, "可持续影响指标", "灌区灌溉保证率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khp09-irrigation-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns, the year's part named in the goal "
    "(correct)",
)
def khp09() -> Book:
    b, s = book()
    period = "三年新增高效节水灌溉面积3万亩（其中2026年1万亩），改造泵站9座，衬砌渠道54公里。"
    annual = "新增高效节水灌溉面积1万亩，改造泵站3座，衬砌渠道18公里。"
    project_head(s, year=YEAR, name="禾丰县2026—2028年鹭溪灌区续建配套与节水改造项目",
                 dept="禾丰县水利局（318011）", unit="禾丰县鹭溪灌区管理所", years=3,
                 money=multi_year((5400, 4800, 600), (1800, 1600, 200)),
                 goals=[period, annual])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥3万亩", "≥1万亩"),
        (None, None, "改造泵站", "≥9座", "≥3座"),
        (None, None, "衬砌渠道", "≥54公里", "≥18公里"),
        (None, "质量指标", "泵站装置效率", "≥60%", "≥60%"),
        (None, None, "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "完工时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "亩均节水改造投资", "≤1800元/亩", "≤1800元/亩"),
        ("效益指标", "经济效益指标", "年节水量", "≥900万立方米", "≥300万立方米"),
        (None, "生态效益指标", "灌溉水有效利用系数", "≥0.62", "≥0.58"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "khp10-irrigation-year-leftover",
    (4, 12),
    "project, OLD-NAT, a note inside the table and a detail block: last season's year in the goal, "
    "a pump count against the goal, lines not adding up",
)
def khp10() -> Book:
    b, s = book()
    goal = ok(
        mk(
            "对鹭溪镇6座小型泵站进行机电设备更新和进水渠道整治，2025年汛前全部投入运行。",
            "Y103", "warning", alt=("Y101", "Y102"), note="2025 left over from last season",
        ),
        note="the D104 on the goal's 6座 may land here",
    )  # fmt: skip
    project_head(s, year=YEAR, name="北垣县2026年小型泵站更新改造项目", dept="北垣县水利局",
                 unit="北垣县农村水利服务站", money=one_year(640, 540, 100),
                 goals=[goal])  # fmt: skip
    pumps = mk("≥8座", "D104", "warning", row=True, note="the goal says 6 pumping stations")
    table(s, HEAD, [
        ("产出指标", "数量指标", "更新改造泵站数量", pumps),
        (None, None, "整治进水渠道", "≥7公里"),
        (None, "质量指标", "机电设备安装验收合格率", "100%"),
        (None, "时效指标", "泵站投入运行时间", "2026年5月31日前"),
        (None, "成本指标", "单座泵站更新改造成本", "≤80万元/座"),
    ])  # fmt: skip
    note(s, "注：泵站装机容量以初步设计批复为准，以上指标均为2026年度目标。")
    s.table([
        ("效益指标", "社会效益指标", "改善排灌面积", "≥1.1万亩"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    details(s, [("泵站机电设备", 380), ("进水渠道整治", 150), ("出水管道", 90),
                ("其他费用", 40)], 640)  # fmt: skip
    b.file_mark("B102", "error", note="380 + 150 + 90 + 40 = 660, not the 合计 640")
    sign(s, "沈既白", "0735-6631480", (YEAR - 1, 12, 1))
    return b


@variant(
    "khp11-irrigation-stacked-multi-year",
    (2, 8),
    "two multi-year projects stacked, NAT-2021, 中期 and 年度 columns, same names with other "
    "values (correct)",
)
def khp11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="梓陂县2026—2027年灌排泵站改造项目", dept="梓陂县水利局",
                 unit="梓陂县排灌管理站", years=2,
                 money=multi_year((800, 700, 100), (500, 450, 50)),
                 goals=["两年改造灌排泵站5座。", "改造灌排泵站3座。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "改造灌排泵站", "≥5座", "≥3座"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "完工时间", "2027年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单座泵站改造成本", "≤160万元/座", "≤160万元/座"),
        ("效益指标", "社会效益指标", "改善排涝面积", "≥2万亩", "≥1.2万亩"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    head_row(s, "项目二")
    project_head(s, year=YEAR, name="梓陂县2026—2028年排涝沟渠清淤整治项目", title="",
                 dept="梓陂县水利局", unit="梓陂县排灌管理站", years=3,
                 money=multi_year((900, 900, 0), (300, 300, 0)),
                 goals=["三年清淤整治排涝沟渠60公里。", "清淤整治排涝沟渠20公里。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "清淤整治排涝沟渠", "≥60公里", "≥20公里"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "完工时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "每公里清淤成本", "≤15万元/公里", "≤15万元/公里"),
        ("效益指标", "生态效益指标", "沟渠过水能力恢复率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    note(s, "说明：两个项目均为跨年度项目，年度指标值为2026年度目标。")
    return b


@variant(
    "khp12-irrigation-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a value without a name, a template example row, "
    "a pump count against the goal",
)
def khp12() -> Book:
    b, s = book()
    goal = ok("修复水毁排灌渠道25公里、泵站4座，恢复灌溉面积1.5万亩。",
              note="the D104 on the goal's 4座 may land here")  # fmt: skip
    project_head(s, year=YEAR, name="潮堰市2026年农田排灌设施水毁修复项目", dept="潮堰市水利局",
                 unit="潮堰市农村水利服务中心", attr="一次性项目",
                 money=one_year(450, 450, 0), goals=[goal])  # fmt: skip
    pumps = mk("≥6座", "D104", "warning", row=True, note="the goal says 4 pumping stations")
    blank = mk(None, "F110", "error", note="≥1.5万亩 has no indicator name")
    sample = mk("≥XX%", "X101", "error", row=True, note="the template's example row left in")
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "修复排灌渠道", "≥25公里"),
        (None, None, "修复泵站", pumps),
        (None, None, blank, "≥1.5万亩"),
        (None, "质量指标", "（示例）XX工程合格率", sample),
        (None, None, "修复工程验收合格率", "100%"),
        (None, "时效指标", "完工时间", "2026年5月31日前"),
        ("成本指标", "经济成本指标", "每公里渠道修复成本", "≤12万元/公里"),
        ("效益指标", "社会效益指标", "受益农户数", "≥2800户"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    return b

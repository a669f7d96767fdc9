"""Project tables with one value column, 中期/年度 columns or an operator column, damaged (or
not) on the way from PDF or WPS: a split total, a total pasted twice, full-width values, a unit
cost rounded to 0, columns swapped, a shifted row (qq01, qq02, qq03, qq04, qq06, qq10)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout241.common import (
    ONE,
    OPS,
    TWO,
    book,
    four,
    fw,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout241.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("qq01-rural-water-typed-percent", (1, 4, 9), "one-year project, NAT-2021, one value "
         "column and 指标解释: 95 % and 100 % typed in Excel, money in 万元 by format, a footnote "
         "under the table, a phone number with a space (correct)")  # fmt: skip
def qq01() -> Book:
    b, s = book("绩效目标表", (14, 16, 30, 18, 30))
    project_head(
        s, year=2026, name="农村饮水安全巩固提升项目", dept="青岚县水利局（402）",
        unit="青岚县农村供水管理站", money=one_year_money(wan(640), wan(600), wan(40)),
        goals=["2026年新建改造农村供水管网86公里，集中供水工程水质达标率达到95%，农村自来水普及率"
               "提高到96%以上，惠及农村人口4.2万人。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "新建改造供水管网长度", "≥86公里", "主管、支管合计"),
        (None, None, "水质检测样品数", "≥1200份", "出厂水、末梢水"),
        (None, "质量指标", "农村集中供水工程水质达标率", pct(0.95), "按季度抽检"),
        (None, None, "管网改造工程验收合格率", pct(1), None),
        (None, "时效指标", "管网改造工程完工时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "每公里管网改造成本", "≤6.5万元/公里", "86×6.5≈559万元"),
        ("效益指标", "社会效益指标", "农村自来水普及率", "≥96%", "较上年提高1.5个百分点"),
        (None, None, "受益农村人口", "≥4.2万人", None),
        (None, "可持续影响指标", "工程运行管护机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "第三方抽样调查"),
    ])  # fmt: skip
    note(s, "注：本表指标值均为2026年度目标值，水质指标按现行生活饮用水卫生标准检测。", 5)
    sign(s, "龙楚航", "覃雪芬", "0736-5218 6604")
    return b


@variant("qq02-drainage-split-total", (9,), "one-year project, NAT-2021, one value column and "
         "备注: the 年度资金总额 split by a space and stored as text, a cost per 巡检 rounded to "
         "0万元")  # fmt: skip
def qq02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26))
    total = mk("1205.337 6", "X105", "warning", alt=("X103",), note="1205.3376 split by the PDF")
    project_head(
        s, year=2026, name="城区排水管网巡检与清淤项目", dept="桐川区城市管理局（611）",
        unit="桐川区市政设施维护中心", money=one_year_money(total, four(1105.3376), four(100)),
        goals=["2026年完成城区排水管网巡检620公里、清淤86公里，汛前完成重点管段清淤，城区内涝积水"
               "点减少到12处以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "排水管网巡检长度", "≥620公里", None),
        (None, None, "管网清淤长度", "≥86公里", "含雨水、污水管网"),
        (None, None, "管网巡检次数", "≥2400次", "每周巡检"),
        (None, "质量指标", "清淤作业验收合格率", "≥98%", None),
        (None, "时效指标", "汛前重点管段清淤完成时间", "2026年5月31日前", None),
        ("成本指标", "经济成本指标", "单次巡检成本",
         mk("≤0万元/次", "T115", "error", note="about 45 元 rounded away in 万元"), None),
        (None, None, "每公里清淤成本", "≤9.8万元/公里", None),
        ("效益指标", "社会效益指标", "城区内涝积水点数量", "≤12处", "上年17处"),
        (None, "生态效益指标", "雨污混接点整改率", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "沿街居民满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "邝启明", "尹若岚", "0771-63285140")
    return b


@variant("qq03-sewage-pasted-twice", (8, 9), "two-year project, NAT-2021, 中期 and 年度 columns: "
         "the 中期资金总额 pasted twice, a full-width ＞＝１０５％ on a 合格率, a cumulative count "
         "whose 中期 and 年度 values swapped columns")  # fmt: skip
def qq03() -> Book:
    b, s = book("项目绩效目标", (14, 16, 30, 18, 18))
    mid = mk("360万360万（含设备购置120万）", "X106", "error", note="360 pasted twice")
    project_head(
        s, year=2026, years=2, name="农村生活污水治理项目", dept="鹿鸣县生态环境局（508）",
        unit="鹿鸣县农村环境整治服务中心",
        money=period_money((mid, wan(300), wan(60)), (wan(180), wan(150), wan(30))),
        goals=["2026—2027年完成24个行政村生活污水治理，接入农户1600户，农村生活污水治理率达到55%。",
               "2026年完成12个行政村生活污水治理，接入农户800户，治理率达到45%。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成治理行政村数", "≥24个", "≥12个"),
        (None, None, "污水管网接入农户数", "≥800户",
         mk("≥1600户", "D201", "error", row=True, note="中期 and 年度 values swapped")),
        (None, "质量指标", "治理设施验收合格率", fw("≥98%"),
         mk(fw("≥105%"), "T106", "error")),
        (None, "时效指标", "年度治理任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单村治理成本", "≤14万元/个", "≤14万元/个"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥55%", "≥45%"),
        (None, "可持续影响指标", "治理设施正常运行率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦振宇", "聂婉清", "0745-72604418")
    return b


@variant("qq04-farmland-full-width", (8, 9, 4), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, every value in full-width digits and operators (＞＝, ＜＝, ＝, ％) and a "
         "full-width year in the title, a footnote row under the table (correct)")  # fmt: skip
def qq04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 20, 20))
    project_head(
        s, year=2026, years=3, name="高标准农田建设项目", dept="梅垣县农业农村局（301）",
        unit="梅垣县农田建设服务中心", title=fw("2026年度项目支出绩效目标申报表"),
        money=period_money((wan(900), wan(780), wan(120)), (wan(320), wan(280), wan(40))),
        goals=["2026—2028年建成高标准农田4500亩，培训新型职业农民1500人次，项目区亩均粮食产能"
               "提高50公斤以上。",
               "2026年建成高标准农田1500亩，培训新型职业农民500人次，工程验收全部合格。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建设高标准农田面积", fw("≥4500亩"), fw("≥1500亩")),
        (None, None, "培训新型职业农民", fw("≥1500人次"), fw("≥500人次")),
        (None, "质量指标", "工程验收合格率", fw("=100%"), fw("=100%")),
        (None, "时效指标", "年度建设任务完成时间", fw("2028年12月31日前"),
         fw("2026年12月31日前")),
        ("成本指标", "经济成本指标", "每亩建设成本", fw("≤1800元/亩"), fw("≤1800元/亩")),
        ("效益指标", "经济效益指标", "项目区亩均粮食产能提高", fw("≥50公斤"), fw("≥50公斤")),
        (None, "可持续影响指标", "工程管护责任落实率", fw("≥95%"), fw("≥95%")),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", fw("≥90%"), fw("≥90%")),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2028年累计值，年度指标值为2026年度值。", 5)
    sign(s, "甘立群", "欧阳慧", "0739-84126075")
    return b


@variant("qq06-housing-text-total-shift", (9,), "one-year project, NAT-2021, operator and unit "
         "columns: the 年度资金总额 pasted as text with a thousands separator, a row slipped one "
         "column left (name in the tier-2 column, value in the operator column)")  # fmt: skip
def qq06() -> Book:
    b, s = book("Sheet1", (14, 18, 28, 10, 14, 12))
    total = mk("1,386.50", "X103", "warning", note="a number stored as text")
    project_head(
        s, year=2026, name="城镇老旧小区改造项目", dept="朔宁县住房和城乡建设局（415）",
        unit="朔宁县城市更新服务中心", money=one_year_money(total, wan(1300), wan(86.5)),
        goals=["2026年完成11个老旧小区改造，惠及居民320户，改造雨污管网9.6公里，工程验收合格率"
               "100%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造老旧小区个数", "≥", 11, "个"),
        (None, None, "改造雨污分流管网长度", "≥", 9.6, "公里"),
        (None, mk("改造惠及居民户数", "S101", "warning", row=True,
                  note="row slipped one column left"), "≥", 320, "户", None),
        (None, "质量指标", "改造工程验收合格率", "=", 100, "%"),
        (None, "时效指标", "改造工程完工时间", "≤", "2026年11月30日", None),
        ("成本指标", "经济成本指标", "每户改造成本", "≤", 4.2, "万元/户"),
        ("效益指标", "社会效益指标", "小区消防通道打通率", "≥", 95, "%"),
        (None, "可持续影响指标", "小区长效管理机制建立率", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "顾怀瑾", "杭书言", "0553-61072849")
    return b


@variant("qq10-screening-date-zero", (9,), "one-year project, NAT-2021, operator and unit "
         "columns: a completion date before the budget year, a cost per person rounded to 0 "
         "万元")  # fmt: skip
def qq10() -> Book:
    b, s = book("项目支出", (14, 18, 30, 10, 16, 12))
    project_head(
        s, year=2026, name="农村适龄妇女两癌筛查项目", dept="岱川县卫生健康局（306）",
        unit="岱川县妇幼保健院", money=one_year_money(wan(96), wan(96), wan(0)),
        goals=["2026年为农村适龄妇女免费开展宫颈癌、乳腺癌筛查各8000人，筛查异常人员随访率达到95%"
               "以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "宫颈癌筛查人数", "≥", 8000, "人"),
        (None, None, "乳腺癌筛查人数", "≥", 8000, "人"),
        (None, "质量指标", "筛查异常人员随访率", "≥", 95, "%"),
        (None, "时效指标", "筛查设备安装调试完成时间", "≤",
         mk("2025年11月30日", "Y102", "error", note="before the 2026 budget year"), None),
        ("成本指标", "经济成本指标", "人均筛查成本", "≤",
         mk(0, "T115", "error", note="about 60 元 rounded away in 万元"), "万元/人"),
        ("效益指标", "社会效益指标", "两癌早诊率", "≥", 80, "%"),
        (None, "可持续影响指标", "两癌筛查长效工作机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受检妇女满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "蓝秋实", "莫清禾", "0758-33906127")
    return b

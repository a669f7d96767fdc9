"""Reading promotion events (全民阅读推广): kgm13 to kgm18."""

from __future__ import annotations

from tests.variants.holdout861.common import (
    WIDE,
    indicators,
    note,
    one_year,
    project,
    sign,
    two_columns,
)
from tests.variants.holdout861.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "澜桥区文化体育和旅游局（407）"
LIB = "澜桥区图书馆"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgm13-reading-points", (10, 1, 9),
         "project, NAT-2021, tier-1 score column and indicator score column, a reading rate "
         "raised in 百分点, =100% typed as text on a ceiling rate (correct)")  # fmt: skip
def reading_points() -> Book:
    b, s = project(year=2025, name="“书香澜桥”全民阅读推广", dept=DEPT, unit=LIB,
                   money=one_year(30, 25, 5),
                   goals=["全年举办阅读推广活动80场，居民综合阅读率提高2个百分点。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "举办阅读推广活动", "≥80场", 15),
        (None, None, None, "线上阅读打卡参与", "≥20000人次", 10),
        (None, None, "质量指标", "活动方案审核通过率", "=100%", 10),
        (None, None, "时效指标", "读书日主题活动举办时间", "2025年4月30日前", 15),
        ("成本指标", 10, "经济成本指标", "单场活动平均费用", "≤0.3万元/场", 10),
        ("效益指标", 30, "社会效益指标", "居民综合阅读率", "提高≥2百分点", 15),
        (None, None, "可持续影响指标", "常态化阅读推广站点", "≥10个", 15),
        ("满意度指标", 10, "服务对象满意度指标", "活动参与者满意度", pct(0.9), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "贺子衿", "0577-6293108", day(2024, 11, 28))
    return b


@variant("kgm14-reading-duplicates", (7, 11),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: the same count twice "
         "with two values, a count below the goal's, a complaint rate with ≥")  # fmt: skip
def reading_duplicates() -> Book:
    b, s = project(year=2025, name="“悦读四季”系列阅读活动", dept=DEPT, unit=LIB,
                   money=one_year(45, 40, 5),
                   goals=["全年举办“悦读四季”活动120场，服务读者3万人次，培育阅读推广"
                          "志愿者80名。"])  # fmt: skip
    served = mk("≥20000人次", "D104", "warning", row=True,
                note="年度目标写服务读者3万人次，指标却是≥20000人次")  # fmt: skip
    twice = mk("≥100场", "D102", "error", row=True, alt=("D103", "D101"),
               note="与“举办阅读推广活动场次 ≥120场”是同一指标，值却不同")  # fmt: skip
    complaints = mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为≤")
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "举办阅读推广活动场次", "≥120场", "每少5场扣1分"),
        (None, None, "服务读者人次", served, "按比例得分"),
        (None, None, "培育阅读推广志愿者", "≥80名", "每少5名扣1分"),
        (None, None, "阅读推广活动举办场次", twice, "按比例得分"),
        (None, "质量指标", "活动安全事故发生数", "0起", "发生即不得分"),
        (None, "时效指标", "年度活动总结完成时间", "2025年12月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单场活动平均费用", "≤0.35万元/场", "超支不得分"),
        ("效益指标", "社会效益指标", "活动投诉率", complaints, "按比例扣分"),
        (None, None, "图书馆年到馆人次增长率", "≥5%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参与读者满意度", "≥90%", "按比例得分"),
    ])  # fmt: skip
    return b


@variant("kgm15-reading-word-operators", (7, 11),
         "project, NAT-2021, header 指标内容 · 指标性质 (operator in words) · 预期目标 · 计量单位: "
         "0起 on incidents, a 下降率 with 大于等于, a later year worked for (correct)")  # fmt: skip
def reading_word_operators() -> Book:
    b, s = project(year=2025, name="少儿阅读推广（亲子共读）", dept=DEPT,
                   unit="澜桥区少年儿童图书馆", money=one_year(18, 15, 3),
                   goals=["举办亲子共读活动40场，覆盖家庭1200户，为2026年创建省级书香社区"
                          "积累经验。"])  # fmt: skip
    header = ("一级指标", "二级指标", "指标内容", "指标性质", "预期目标", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "亲子共读活动场次", "大于等于", 40, "场"),
        (None, None, "参与家庭数", "大于等于", 1200, "户"),
        (None, "质量指标", "活动安全事故发生数", "等于", 0, "起"),
        (None, "时效指标", "活动完成时间", "小于等于", day(2025, 12, 15, CN_DATE), None),
        ("成本指标", "经济成本指标", "单场活动费用", "小于等于", 0.4, "万元/场"),
        ("效益指标", "社会效益指标", "少儿读者借阅量增长率", "大于等于", 8, "%"),
        (None, None, "少儿图书逾期未还下降率", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "参与家庭满意度", "大于等于", 92, "%"),
    ])  # fmt: skip
    sign(s, "鲁晓岚", "0577-6293126", day(2024, 12, 5))
    return b


@variant("kgm16-reading-season-years", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a cumulative count copied from 中期, "
         "an annual deadline two years after the budget year")  # fmt: skip
def reading_season_years() -> Book:
    b, s = project(year=2025, years=2, attr="新增项目", name="澜桥书香阅读季", dept=DEPT,
                   unit=LIB, money=two_columns((60, 50, 10), (30, 25, 5)),
                   goals=["2025年—2026年举办两届阅读季，累计开展活动200场，服务读者10万人次，"
                          "评选书香家庭60户。",
                          "2025年举办第一届阅读季，开展活动100场，服务读者5万人次，"
                          "评选书香家庭30户。"])  # fmt: skip
    copied = mk("≥60户", "D202", "warning", alt=("D104",),
                note="累计数量的年度值抄自中期，年度目标写30户")  # fmt: skip
    late = mk("2027年11月30日前", "Y102", "error", alt=("Y103",),
              note="年度期限不在2025年内，也超出项目期2025年—2026年")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "阅读季活动场次", "≥200场", "≥100场"),
        (None, None, "服务读者人次", "≥10万人次", "≥5万人次"),
        (None, None, "评选书香家庭", "≥60户", copied),
        (None, "质量指标", "活动方案审核通过率", "100%", "100%"),
        (None, "时效指标", "阅读季闭幕时间", "2026年11月30日前", late),
        ("成本指标", "经济成本指标", "单场活动平均费用", "≤0.25万元/场", "≤0.25万元/场"),
        ("效益指标", "社会效益指标", "阅读季活动知晓率", "≥80%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参与读者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgm17-reading-template-rows", (6, 13, 12),
         "project, NAT-2021, header 预期目标: a value without a name, a tier-2 left from the "
         "template, a cost per event × events above the money")  # fmt: skip
def reading_template_rows() -> Book:
    b, s = project(year=2025, name="街道“城市书房”阅读沙龙", dept=DEPT, unit=LIB,
                   money=one_year(40, 40, 0),
                   goals=["在6个城市书房全年举办阅读沙龙60场，"
                          "城市书房年接待读者8万人次。"])  # fmt: skip
    nameless = mk(None, "F110", "error", note="有指标值≥6个，却没有三级指标名称")
    unit_cost = mk("≤0.8万元/场", "B107", "warning", row=True,
                   note="0.8万元/场 × 60场 = 48万元，超过年度资金40万元")  # fmt: skip
    empty_tier = mk("生态环境成本指标", "F109", "warning", row=True,
                    note="模板留下的二级指标，没有三级指标和指标值")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "阅读沙龙场次", "≥60场"),
        (None, None, nameless, "≥6个"),
        (None, "质量指标", "沙龙嘉宾到场率", "≥95%"),
        (None, "时效指标", "活动完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "单场沙龙费用", unit_cost),
        (None, empty_tier, None, None),
        ("效益指标", "社会效益指标", "城市书房年接待读者", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "沙龙参与者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgm18-reading-second-sheet", (7, 4, 1),
         "project head on 项目信息, indicators on 绩效指标 under header 预期实现值, the header "
         "repeated after a page break, 说明 and signature, percent cells (correct)")  # fmt: skip
def reading_second_sheet() -> Book:
    b, _ = project("项目信息", year=2025, name="“4·23”世界读书日主题活动", dept=DEPT,
                   unit=LIB, money=one_year(12, 10, 2),
                   goals=["4月集中开展图书漂流、作家讲座等读书日活动15场，参与读者不少于"
                          "5000人次。"])  # fmt: skip
    t = b.sheet("绩效指标", WIDE)
    t.title("2025年“4·23”世界读书日主题活动绩效指标", 4)
    header = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, header, [
        ("产出指标", "数量指标", "主题活动场次", "≥15场"),
        (None, None, "参与读者人次", "≥5000人次"),
        (None, "质量指标", "活动安全预案覆盖率", "=100%"),
        (None, "时效指标", "主题活动集中开展时间", "2025年4月30日前"),
        ("成本指标", "经济成本指标", "单场活动费用", "≤0.8万元/场"),
    ])  # fmt: skip
    t.skip()
    indicators(t, header, [
        ("效益指标", "社会效益指标", "活动期间新办借书证", "≥600张"),
        (None, None, "读书日期间图书外借量增长率", pct(0.1)),
        ("满意度指标", "服务对象满意度指标", "参与读者满意度", pct(0.9)),
    ])  # fmt: skip
    note(t, "说明：图书漂流点设在各街道城市书房，漂流图书由馆藏复本调拨，不另行采购。", 4)
    sign(t, "贺子衿", "0577-6293108", day(2025, 1, 6))
    return b

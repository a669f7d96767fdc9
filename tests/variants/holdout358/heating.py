"""Deep and medium-deep geothermal heating (中深层地热供暖): percent cells, stacked projects and
multi-year projects with 中期 and 年度 columns (vd01–vd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout358.common import indicators, multi_year, note, one_year, sign, start
from tests.variants.holdout358.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, ok, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("vd01-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def vd01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="沣原县城区中深层地热供暖改造项目",
                 dept="沣原县住房和城乡建设局（312001）", unit="沣原县热力服务中心",
                 money=one_year(520, 430, 90, WAN),
                 goals=["钻探地热井2眼、改造换热站，新增地热供暖面积12万平方米。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "地热井钻探数量", "≥", 2, "眼"),
        (None, None, "新增地热供暖面积", "≥", 12, "万平方米"),
        (None, "质量指标", "地热井成井验收合格率", "=", pct(1), "%"),
        (None, None, "地热尾水回灌率", "≥", pct(0.95), "%"),
        (None, "时效指标", "换热站改造完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "单井钻探成本", "≤", 180, "万元/眼"),
        ("效益指标", "经济效益指标", "供暖运行费用下降率", "≥", pct(0.12), "%"),
        (None, "社会效益指标", "受益居民户数", "≥", 1500, "户"),
        (None, "生态效益指标", "年减少二氧化碳排放量", "≥", 9000, "吨"),
        (None, "可持续影响指标", "地热井设计使用年限", "≥", 30, "年"),
        ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "陆晓岚", "0719-6627314", day(2024, 11, 12))
    return b


@variant("vd02-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a percent cell over 100, a 反向 energy "
         "use with ≥, a rate given as a count")  # fmt: skip
def vd02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="岫川区地热供暖管网扩容项目",
                 dept="岫川区城市管理局（405003）", unit="岫川区地热供暖公司",
                 money=one_year(360, 300, 60, WAN),
                 goals=["新建地热供暖一级管网4.2公里，扩大地热供暖覆盖范围。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建一级供热管网长度", "≥", 4.2, "公里"),
        (None, "质量指标", "供暖室温达标率", "≥",
         mk(pct(1.05), "T106", "error", note="a 达标率 is capped at 100 %: 105% cannot be"),
         "%"),
        (None, None, "管网泄漏修复及时率", "≥",
         mk(12, "T105", "error", row=True, note="a 及时率 given as 12处, a count"), "处"),
        (None, "时效指标", "管网工程完工时间", "≤", day(2025, 10, 20), None),
        (None, "成本指标", "每公里管网建设成本", "≤", 70, "万元/公里"),
        ("效益指标", "社会效益指标", "新增供暖覆盖户数", "≥", 2100, "户"),
        (None, "生态效益指标", "单位面积供暖能耗",
         mk("≥", "T108", "warning", row=True, note="energy use per m² is 反向: ≤ expected"),
         0.32, "吉焦/平方米"),
        ("满意度指标", "服务对象满意度指标", "新接入用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邱慕凡", "0719-5583162", day(2024, 11, 20))
    return b


@variant("vd03-stacked-two", (2,),
         "two geothermal heating projects stacked in one sheet, OLD-NAT, one value column, the "
         "same indicator name with different values (correct)")  # fmt: skip
def vd03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="嵘川县温泉镇地热集中供暖项目",
                 dept="嵘川县发展和改革局（517002）", unit="嵘川县温泉镇人民政府",
                 money=one_year(300, 260, 40),
                 goals=["建成3座地热换热站，镇区集中供暖。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建地热换热站", "≥3座"),
        (None, None, "新增地热供暖面积", "≥8万平方米"),
        (None, "质量指标", "换热站竣工验收合格率", "=100%"),
        (None, "时效指标", "供暖季前投运率", "≥95%"),
        (None, "成本指标", "单座换热站建设成本", "≤60万元/座"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥900户"),
        (None, "生态效益指标", "替代燃煤锅炉台数", "≥4台"),
        ("满意度指标", "服务对象满意度指标", "镇区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="嵘川县第二中学地热供暖改造项目", title="",
                 dept="嵘川县教育局（517006）", unit="嵘川县第二中学",
                 money=one_year(160, 160, 0),
                 goals=["钻探1眼地热井，替代校内燃气锅炉。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地热井钻探数量", "≥1眼"),
        (None, None, "新增地热供暖面积", "≥2.6万平方米"),
        (None, "质量指标", "教室冬季室温达标率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "单井钻探成本", "≤150万元/眼"),
        ("效益指标", "社会效益指标", "受益师生人数", "≥3200人"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "葛远舟", "0725-3318907", day(2024, 12, 3))
    return b


@variant("vd04-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def vd04() -> Book:
    b, s = start()
    project_head(s, year=2025, name="霁阳市北郊地热供暖一期项目",
                 dept="霁阳市自然资源局（620011）", unit="霁阳市地热开发有限公司",
                 money=one_year(420, 380, 40),
                 goals=["完成地热供暖一期，供暖面积10万平方米。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "地热供暖面积", "≥10万平方米"),
        (None, "质量指标", "地热尾水回灌率", "≥95%"),
        (None, "时效指标", "一期工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "单位面积建设成本", "≤40元/平方米"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥1100户"),
        ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(350, "B101", "error", note="300 + 70 = 370, not 350")
    project_head(s, year=2025, name="霁阳市北郊地热回灌井配套项目", title="",
                 dept="霁阳市自然资源局（620011）", unit="霁阳市地热开发有限公司",
                 money=one_year(total, 300, 70),
                 goals=["配套建设地热回灌井，实现采灌均衡。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建回灌井数量", "≥2眼"),
        (None, "质量指标", "地热尾水回灌率",
         mk("2眼", "T105", "error", note="a 回灌率 given as a count of wells")),
        (None, "时效指标", "回灌井完工时间", "2025年9月30日前"),
        (None, "成本指标", "单井建设成本", "≤160万元/眼"),
        ("效益指标", "生态效益指标", "地热水位年降幅", "≤1米"),
        ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "温砚秋", "0733-8861045", day(2024, 11, 28))
    return b


@variant("vd05-multi-year", (8,),
         "three-year geothermal heating project, OLD-NAT, 中期 and 年度 columns, annual counts "
         "below the period counts (correct)")  # fmt: skip
def vd05() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="漳岩市中深层地热供暖三年行动项目",
                 dept="漳岩市住房和城乡建设局（703004）", unit="漳岩市热力有限公司",
                 money=multi_year((1500, 1200, 300), (600, 480, 120)),
                 goals=["三年新增地热供暖面积36万平方米，建成地热井6眼。",
                        "当年建成地热井2眼，新增地热供暖面积12万平方米。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "地热井钻探数量", "≥6眼", "≥2眼"),
        (None, None, "新增地热供暖面积", "≥36万平方米", "≥12万平方米"),
        (None, "质量指标", "地热尾水回灌率", "≥95%", "≥95%"),
        (None, "时效指标", "当期换热站投运时间", "2027年11月15日前", "2025年11月15日前"),
        (None, "成本指标", "单井钻探成本", "≤180万元/眼", "≤180万元/眼"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥4500户", "≥1500户"),
        (None, "可持续影响指标", "地热资源动态监测覆盖率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "桑若澜", "0752-4470931", day(2024, 11, 6))
    return b


@variant("vd06-multi-year-copied", (8,),
         "three-year project, OLD-NAT, 中期 and 年度 columns: 中期目标 text copied into 年度目标, "
         "cumulative counts copied into the annual column")  # fmt: skip
def vd06() -> Book:
    b, s = start()
    goal = "建成地热供暖示范片区，新增地热供暖面积30万平方米。"
    annual = mk(goal, "D204", "warning", note="年度目标 copies the three-year 中期目标")
    project_head(s, year=2025, years=3, attr="新增项目", name="朔溪市地热供暖示范片区建设项目",
                 dept="朔溪市能源局（815002）", unit="朔溪市地热供暖示范片区管理办公室",
                 money=multi_year((1200, 1000, 200), (400, 340, 60)),
                 goals=[goal, annual])  # fmt: skip
    copied = "a cumulative three-year count copied into the annual column"
    indicators(s, TWO, [
        ("产出指标", "数量指标", "地热井钻探数量", "≥5眼",
         mk("≥5眼", "D202", "warning", note=copied)),
        (None, None, "新增地热供暖面积", "≥30万平方米",
         mk("≥30万平方米", "D202", "warning", note=copied)),
        (None, "质量指标", "地热尾水回灌率", "≥95%", "≥95%"),
        (None, "时效指标", "年度换热站投运时间", "2027年11月15日前", "2025年11月15日前"),
        (None, "成本指标", "单井钻探成本", "≤170万元/眼",
         ok("≤170万元/眼", note="5 × 170 > 400 only because the count was copied")),
        ("效益指标", "社会效益指标", "受益居民户数", "≥3600户", "≥1200户"),
        ("满意度指标", "服务对象满意度指标", "供暖用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：地热井数量按成井验收计。", 5)
    sign(s, "严鹤汀", "0761-2205318", day(2024, 11, 15))
    return b

"""Mugwort (艾草) fields: planting bases, seedlings, a three-year belt and stacked village
projects (fl01–fl06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout626.common import BUREAU, YEAR, funds, notes, sign, start, table, wan
from tests.variants.holdout626.registry import variant
from tests.variants.kit import Book, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
HEAD5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("fl01-field-base", (1, 5), "project, OLD-NAT, numbered tier labels with points, one "
         "value column, a typed percent, a goal area with its parts in brackets "
         "(correct)")  # fmt: skip
def field_base() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="艾溪镇艾草标准化种植基地建设", dept=BUREAU,
                 unit="蒿岭县艾溪镇农业综合服务中心", money=funds(80, 60, 20),
                 goals=["在槐岗村、紫陌村新建艾草标准化种植基地500亩（其中槐岗村200亩、"
                        "紫陌村300亩），带动种植户120户，干艾叶亩产不低于300公斤。"])  # fmt: skip
    table(s, HEAD4, [
        ["一、产出指标（50分）", "（一）数量指标", "新建艾草种植基地面积", "≥500亩"],
        [None, None, "带动种植户数", "≥120户"],
        [None, "（二）质量指标", "艾苗移栽成活率", pct(0.9)],
        [None, None, "干艾叶亩产", "≥300公斤"],
        [None, "（三）时效指标", "移栽完成时间", "2026年5月31日前"],
        [None, "（四）成本指标", "种苗及移栽补助标准", "≤600元/亩"],
        ["二、效益指标（30分）", "（一）经济效益指标", "种植户亩均增收", "≥800元"],
        [None, "（二）社会效益指标", "带动务工人次", "≥3000人次"],
        [None, "（三）生态效益指标", "撂荒地复耕面积", "≥150亩"],
        [None, "（四）可持续影响指标", "基地管护机制", "建立并执行"],
        ["三、满意度指标（10分）", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：预算执行率（10分）另行评价，故各一级指标分值合计90分。")
    sign(s, "柯蔓青", "0725-3318264")
    return b


@variant("fl02-seedling-leftover", (5,), "project, OLD-NAT, abbreviated tier labels: an area "
         "below the goal's, last season's deadline, a quality rate under 时效")  # fmt: skip
def seedling_leftover() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="苏塘乡艾草种苗繁育与移栽补助", dept=BUREAU,
                 unit="蒿岭县苏塘乡农业综合服务中心", money=funds(50, 50, 0),
                 goals=[ok("2026年繁育艾草种苗300万株，完成移栽800亩，4月底前全部移栽到位，"
                           "种苗合格率不低于95%。", "warning",
                           note="D104 may land at the goal instead of the indicator")])  # fmt: skip
    table(s, HEAD4, [
        ["产出", "数量", "艾草种苗繁育数量", "≥300万株"],
        [None, None, "艾草移栽面积", mk("≥600亩", "D104", "warning", row=True,
                                          note="年度目标写移栽800亩")],
        [None, "质量", "移栽苗成活率", "≥90%"],
        [None, "时效", "移栽完成时间", mk("2025年4月30日前", "Y102", "error", alt=("Y101",),
                                          note="上一季的期限：2025年不在2026年度内")],
        [None, None, mk("种苗合格率", "F201", "warning", row=True,
                        note="质量类比率填在时效指标下"), "≥95%"],
        [None, "成本", "种苗单价", "≤0.08元/株"],
        ["效益", "经济效益", "种植户亩均增收", "≥600元"],
        [None, "社会效益", "受益种植户数", "≥90户"],
        ["满意度", "服务对象满意度", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "范青禾", "0725-3320517")
    return b


@variant("fl03-belt-three-year", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: "
         "period counts above the year's, equal rates and a non-cumulative term "
         "(correct)")  # fmt: skip
def belt_three_year() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="蒿岭县艾草产业带建设（2026—2028年）", dept=BUREAU,
                 unit="蒿岭县经济作物技术推广站", attr="新增项目",
                 money=funds(360, 300, 60, (120, 100, 20)),
                 goals=["三年建成艾草种植带1500亩、标准化烘干房6座，培育艾草种植合作社5家。",
                        "2026年新建种植带500亩、烘干房2座，培育合作社2家。"])  # fmt: skip
    table(s, HEAD5, [
        ["产出指标", "数量指标", "艾草种植带面积", "≥1500亩", "≥500亩"],
        [None, None, "标准化烘干房建设数量", "≥6座", "≥2座"],
        [None, None, "培育种植合作社数量", "≥5家", "≥2家"],
        [None, "质量指标", "艾叶烘干合格率", "≥95%", "≥95%"],
        [None, "时效指标", "烘干房完工时间", "2028年10月31日前", "2026年10月31日前"],
        ["成本指标", "经济成本指标", "烘干房建设单价", "≤25万元/座", "≤25万元/座"],
        ["效益指标", "经济效益指标", "艾叶加工产值", "≥900万元", "≥260万元"],
        [None, "可持续影响指标", "种植带管护年限", "≥5年", "≥5年"],
        ["满意度指标", "服务对象满意度指标", "合作社成员满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "聂苡荷", "0725-3307741")
    return b


@variant("fl04-understory-wrong", (8,), "three-year project, NAT-2021, 中期 and 年度 columns: a "
         "period count below the goal's, a year's area above the period's, a count "
         "copied")  # fmt: skip
def understory_wrong() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="紫陌乡艾草林下套种示范（2026—2028年）",
                 dept=BUREAU, unit="蒿岭县紫陌乡林业工作站", attr="新增项目",
                 money=funds(210, 180, 30, (70, 60, 10)),
                 goals=[ok("三年建成林下套种示范基地3个、套种面积900亩，培训林农600人次。",
                           "warning", note="D104 may land at the goal text"),
                        "2026年建成示范基地1个、套种300亩，培训林农200人次。"])  # fmt: skip
    table(s, HEAD5, [
        ["产出指标", "数量指标", "林下套种示范基地数量",
         mk("≥2个", "D104", "warning", row=True, note="中期目标写示范基地3个"), "≥1个"],
        [None, None, "林下套种面积", "≥900亩",
         mk("≥1000亩", "D201", "error", alt=("D104",), note="年度面积超过三年的900亩")],
        [None, None, "培训林农人次", "≥600人次",
         mk("≥600人次", "D202", "warning", alt=("D104",),
            note="三年的人次照抄到年度；年度目标写200人次")],
        [None, "质量指标", "套种艾苗成活率", "≥85%", "≥85%"],
        [None, "时效指标", "套种完成时间", "2028年5月31日前", "2026年5月31日前"],
        ["成本指标", "经济成本指标", "套种补助标准", "≤600元/亩", "≤600元/亩"],
        ["效益指标", "生态效益指标", "林下裸露地覆盖率", "≥80%", "≥60%"],
        [None, "经济效益指标", "林农亩均增收", "≥500元", "≥400元"],
        ["满意度指标", "服务对象满意度指标", "林农满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "龚蒿生", "0725-3311902")
    return b


@variant("fl05-stacked-villages", (2, 1), "two village projects stacked in one sheet, "
         "OLD-NAT, one value column, one indicator name with different values, typed "
         "percents (correct)")  # fmt: skip
def stacked_villages() -> Book:
    b, s = start("艾草项目")
    project_head(s, year=YEAR, name="槐岗村艾草烘干房改造", dept=BUREAU,
                 unit="蒿岭县艾溪镇槐岗村民委员会", money=funds(45, 40, 5),
                 title="2026年度项目支出绩效目标申报表（艾草产业村级项目）",
                 goals=["改造艾草烘干房3座，年烘干鲜艾草600吨，受益种植户60户。"])  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "改造烘干房数量", "≥3座"],
        [None, None, "年烘干鲜艾草量", "≥600吨"],
        [None, "质量指标", "烘干艾叶含水率达标率", pct(0.95)],
        [None, "时效指标", "改造完成时间", "2026年6月30日前"],
        [None, "成本指标", "烘干房改造单价", "≤12万元/座"],
        ["效益指标", "经济效益指标", "受益种植户数", "≥60户"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.92)],
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="紫陌村艾草收割机具购置", dept=BUREAU,
                 unit="蒿岭县紫陌乡紫陌村民委员会", money=funds(30, 24, 6), title="",
                 goals=["购置艾草收割机6台，机收面积400亩，受益种植户85户。"])  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "购置收割机数量", "≥6台"],
        [None, None, "机收面积", "≥400亩"],
        [None, "质量指标", "机具验收合格率", "=100%"],
        [None, "时效指标", "机具到位时间", "2026年5月15日前"],
        [None, "成本指标", "收割机购置单价", "≤4.5万元/台"],
        ["效益指标", "经济效益指标", "受益种植户数", "≥85户"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", pct(0.9)],
    ])  # fmt: skip
    sign(s, "韦艾青", "0725-3329018")
    return b


@variant("fl06-stacked-wrong", (2, 12), "two projects stacked, OLD-NAT, one value column: the "
         "second's annual total is not its parts, one indicator twice under two "
         "tier-2s")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start("艾草项目")
    project_head(s, year=YEAR, name="艾溪镇艾草收储中心建设", dept=BUREAU,
                 unit="蒿岭县艾溪镇农业综合服务中心", money=funds(120, 100, 20),
                 title="2026年度项目支出绩效目标申报表（艾草收储）",
                 goals=["建成艾草收储仓库2000平方米，年收储干艾草200吨。"])  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "收储仓库建筑面积", "≥2000平方米"],
        [None, None, "年收储干艾草量", "≥200吨"],
        [None, "质量指标", "仓库工程验收合格率", "=100%"],
        [None, "时效指标", "仓库竣工时间", "2026年9月30日前"],
        [None, "成本指标", "仓库建设单价", "≤500元/平方米"],
        ["效益指标", "经济效益指标", "收储带动种植户增收", "≥60万元"],
        ["满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    bad = mk(wan(66), "B101", "error", note="48 + 12 = 60，不是 66")
    project_head(s, year=YEAR, name="苏塘乡艾草初加工设备补助", dept=BUREAU,
                 unit="蒿岭县苏塘乡农业综合服务中心", title="",
                 money=[["年度资金总额", bad, "其中：财政拨款", wan(48)],
                        [None, None, "其他资金", wan(12)]],
                 goals=["补助艾草粉碎、筛绒设备10套，年加工艾绒50吨。"])  # fmt: skip
    table(s, HEAD4, [
        ["产出指标", "数量指标", "补助初加工设备数量", "≥10套"],
        [None, None, "年加工艾绒量", "≥50吨"],
        [None, "质量指标", "设备验收合格率", "=100%"],
        [None, "时效指标", "设备安装完成时间", "2026年8月31日前"],
        [None, "成本指标", "设备补助标准", "≤4万元/套"],
        ["效益指标", "经济效益指标",
         mk("年加工艾绒数量", "D103", "warning", row=True, alt=("D101", "F201"),
            note="与第二行“年加工艾绒量”是同一指标，又填在经济效益下"), "≥50吨"],
        [None, "社会效益指标", "带动务工人数", "≥25人"],
        ["满意度指标", "服务对象满意度指标", "受补助企业满意度", "≥90%"],
    ])  # fmt: skip
    sign(s, "韦艾青", "0725-3329018")
    return b

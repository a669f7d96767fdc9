"""肉鸽养殖: breeding lofts, multi-year squab bases, department tables, stacked projects."""

from __future__ import annotations

from tests.variants.holdout641.common import (
    HEAD4,
    TWO,
    book,
    department,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    wan,
)
from tests.variants.holdout641.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ga01-pigeon-loft-project", (1, 7), "project, NAT-2021, headers 指标内容 and 绩效标准, "
         "operator column and unit column, typed percent cells, 万元 in the number format, "
         "an incident count of 0起 (correct)")  # fmt: skip
def ga01() -> Book:
    b, s = book()
    project(s, 2025, "雀岭县肉鸽标准化养殖扶持项目", "雀岭县农业农村局（417003）",
            "雀岭县畜牧兽医服务中心", one_year(86, 70, 16),
            ["在葛家坪镇、芦峪乡扶持肉鸽养殖场6家，新建标准化鸽舍12栋，引进种鸽3000对，"
             "年出栏乳鸽18万羽，开展养殖技术培训120人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位"), [
        ("产出指标", "数量指标", "扶持肉鸽养殖场", "≥", 6, "家"),
        (None, None, "新建标准化鸽舍", "≥", 12, "栋"),
        (None, None, "引进种鸽", "≥", 3000, "对"),
        (None, None, "年出栏乳鸽", "≥", 18, "万羽"),
        (None, None, "养殖技术培训", "≥", 120, "人次"),
        (None, "质量指标", "种鸽检疫合格率", "=", pct(1), "%"),
        (None, None, "乳鸽出栏成活率", "≥", pct(0.92), "%"),
        (None, "时效指标", "鸽舍建成投用时间", "≤", day(2025, 9, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "种鸽引进补助标准", "≤", 100, "元/对"),
        (None, None, "鸽舍建设补助标准", "≤", 3, "万元/栋"),
        ("效益指标", "经济效益指标", "参与养殖户户均增收", "≥", 3000, "元"),
        (None, "生态效益指标", "鸽粪无害化处理率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "重大动物疫情发生起数", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郁长青", "0935-6614029", (2024, 12, 18))
    return b


@variant("ga02-squab-base-three-year", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns: a period count below the goal's, an annual count above the period's, "
         "a completion date before the period")  # fmt: skip
def ga02() -> Book:
    b, s = book()
    project(s, 2025, "柏树塬肉鸽繁育基地建设项目", "雀岭县农业农村局（417003）",
            "雀岭县柏树塬镇人民政府", multi_year((300, 240, 60), (120, 100, 20)),
            ["2025—2027年在柏树塬镇建成肉鸽繁育基地1处，新建鸽舍30栋，种鸽存栏达到2万对，"
             "三年累计出栏乳鸽150万羽。",
             "2025年新建鸽舍10栋，种鸽存栏8000对，出栏乳鸽40万羽，完成基地水电路配套。"],
            years=3, attr="新增项目")  # fmt: skip
    loft = mk("≥20栋", "D104", "warning", row=True,
              note="中期目标写新建鸽舍30栋，中期指标值只有20栋")  # fmt: skip
    squab = mk("≥40万羽", "D201", "error", row=True, alt=("D104",),
               note="年度40万羽大于中期15万羽；中期目标写累计150万羽，漏了一个0")  # fmt: skip
    late = mk("2024年12月31日前", "Y102", "error", alt=("Y103",),
              note="年度指标值的完工日期早于项目期（2025—2027年），是上一期方案遗留")  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新建标准化鸽舍", loft, "≥10栋"),
        (None, None, "种鸽存栏量", "≥20000对", "≥8000对"),
        (None, None, "出栏乳鸽", "≥15万羽", squab),
        (None, "质量指标", "种鸽检疫合格率", "=100%", "=100%"),
        (None, None, "乳鸽出栏成活率", "≥92%", "≥90%"),
        (None, "时效指标", "基地配套工程完工时间", "2027年6月30日前", late),
        ("成本指标", "经济成本指标", "鸽舍建设单位成本", "≤3.5万元/栋", "≤3.5万元/栋"),
        ("效益指标", "经济效益指标", "基地乳鸽销售收入", "≥600万元", "≥160万元"),
        (None, "可持续影响指标", "带动周边养殖户", "≥60户", "≥20户"),
        ("满意度指标", "服务对象满意度指标", "入驻养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ga03-pigeon-station-points", (5, 10, 12), "department, NAT-2021, numbered tier labels "
         "with points and an indicator score column (100 both ways), a rate raised in 百分点, "
         "tasks adding to 金额合计 (correct)")  # fmt: skip
def ga03() -> Book:
    b, s = book("部门整体")
    department(s, 2025, "雀岭县种鸽场", (420, 380, 40, 260, 160),
               "向养殖户供应优质种鸽5000对，鸽病免疫覆盖率达到95%以上，培训养殖户300人次，"
               "乳鸽成活率比上年提高2个百分点。", [
        ("肉鸽良种繁育", "维护种鸽舍，向养殖户供应种鸽", 70, "供应种鸽5000对"),
        ("鸽病防控", "鸽新城疫、毛滴虫病免疫与监测", 50, "免疫覆盖率≥95%"),
        ("养殖技术推广", "集中培训与入场指导", 40, "培训300人次"),
        ("金额合计", None, 160, None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "供应种鸽", "≥5000对", 15),
        (None, None, "养殖技术培训", "≥300人次", 10),
        (None, "（二）质量指标", "鸽病免疫覆盖率", "≥95%", 15),
        (None, "（三）时效指标", "种鸽供应及时率", "≥95%", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "种鸽供应单位成本", "≤120元/对", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "乳鸽成活率提高", "≥2百分点", 10),
        (None, "（二）社会效益指标", "带动养殖户", "≥150户", 10),
        (None, "（三）可持续影响指标", "鸽病监测点正常运行", "≥6个", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "养殖户满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    notes(s, ["注：一级指标分值与三级指标分值各自合计100分，两者不相加。"])
    return b


@variant("ga04-pigeon-centre-tasks", (12, 5), "department, NAT-2021, one value column: tasks not "
         "adding to 金额合计, a training count below the goal's, a satisfaction rate under "
         "社会效益")  # fmt: skip
def ga04() -> Book:
    b, s = book()
    total = mk(wan(120), "B102", "error", alt=("B101",),
               note="55 + 35 + 20 = 110，不等于金额合计120")  # fmt: skip
    department(s, 2025, "砚川县肉鸽产业发展中心", (310, 280, 30, 190, 120),
               "改造标准化鸽舍40栋，引进种鸽2000对，培训养殖户200人次，"
               "种鸽购买户满意度达到90%以上。", [
        ("鸽舍标准化改造", "通风、清粪和自动饮水改造", 55, "改造鸽舍40栋"),
        ("种鸽引进", "引进白羽王鸽、银王鸽种鸽", 35, "引进种鸽2000对"),
        ("养殖户培训", "分片集中培训", 20, "培训200人次"),
        ("金额合计", None, total, None),
    ])  # fmt: skip
    train = mk("≥150人次", "D104", "warning", row=True,
               note="年度总体目标和任务表都写培训养殖户200人次")  # fmt: skip
    misplaced = mk("养殖户对技术服务满意度", "F201", "warning", row=True,
                   note="满意度指标填在社会效益指标下")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "标准化鸽舍改造", "≥40栋"),
        (None, None, "种鸽引进", "≥2000对"),
        (None, None, "养殖户培训", train),
        (None, "质量指标", "改造鸽舍验收合格率", "≥95%"),
        (None, "时效指标", "鸽舍改造完成时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "鸽舍改造补助标准", "≤1.2万元/栋"),
        ("效益指标", "经济效益指标", "改造场户均增收", "≥2500元"),
        (None, "社会效益指标", "带动脱贫户养鸽", "≥30户"),
        (None, None, misplaced, "≥90%"),
        ("满意度指标", "服务对象满意度指标", "种鸽购买户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ga05-stacked-loft-projects", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column; a goal count that is a part of the indicator's, the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def ga05() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "葛家坪镇肉鸽养殖小区建设项目",
        "雀岭县农业农村局（417003）",
        "雀岭县葛家坪镇人民政府",
        one_year(60, 45, 15),
        ["新建鸽舍10栋（其中曹湾村4栋、柳沟村6栋），配套饲料间2处，当年建成入驻。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "新建鸽舍", "≥10栋"),
        (None, None, "配套饲料间", "≥2处"),
        (None, "质量指标", "验收合格率", "≥95%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "鸽舍建设单位成本", "≤4万元/栋"),
        ("效益指标", "经济效益指标", "小区乳鸽年销售收入", "≥150万元"),
        (None, "社会效益指标", "吸纳本地务工人员", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "入驻农户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, 2025, "芦峪乡肉鸽散养户扶持项目", "雀岭县农业农村局（417003）",
            "雀岭县芦峪乡人民政府", one_year(30, 30, 0),
            ["扶持散养户50户，为每户补助鸽笼和自动饮水设备，户均补助不超过5000元。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "扶持散养户", "≥50户"),
        (None, "质量指标", "验收合格率", "≥98%"),
        (None, "时效指标", "补助发放时间", "2025年9月30日前"),
        (None, "成本指标", "户均补助标准", "≤5000元/户"),
        ("效益指标", "经济效益指标", "散养户户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "受扶持农户满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("ga06-stacked-brand-leftovers", (2,), "two projects stacked, OLD-NAT, one value column: "
         "the second project's money does not add up, an indicator carrying last year's year, "
         "one indicator twice with different values under two tier-2s")  # fmt: skip
def ga06() -> Book:
    b, s = book()
    project(
        s,
        2025,
        "雀岭县肉鸽疫病净化项目",
        "雀岭县农业农村局（417003）",
        "雀岭县动物疫病预防控制中心",
        one_year(50, 40, 10),
        ["对全县38家规模鸽场开展毛滴虫病、鸽新城疫净化监测，采样检测1500份。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "监测规模鸽场", "≥38家"),
        (None, None, "采样检测", "≥1500份"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "时效指标", "检测报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单份样品检测费", "≤150元/份"),
        ("效益指标", "社会效益指标", "重大鸽病发生起数", "0起"),
        ("满意度指标", "服务对象满意度指标", "鸽场满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(45), "B101", "error", note="财政拨款30 + 其他资金10 = 40，不等于45")
    project(s, 2025, "雀岭县乳鸽品牌营销项目", "雀岭县农业农村局（417003）",
            "雀岭县农产品营销服务站", one_year(total, 30, 10),
            ["参加农产品展销会3场，推送乳鸽品牌宣传20篇，乳鸽线上销售额达到120万元。"],
            title="")  # fmt: skip
    old = mk("2024年度乳鸽品牌宣传推送", "Y103", "warning", row=True,
             note="指标名沿用上年表格的2024年度，本表为2025年")  # fmt: skip
    twice = mk("≥80万元", "D102", "error", row=True, alt=("D101", "D103", "D104"),
               note="与经济效益下的“乳鸽线上销售额 ≥120万元”是同一指标，值不同")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "参加农产品展销会", "≥3场"),
        (None, None, old, "≥20篇"),
        (None, "质量指标", "宣传信息审核通过率", "=100%"),
        (None, "时效指标", "展销活动完成时间", "2025年10月31日前"),
        ("效益指标", "经济效益指标", "乳鸽线上销售额", "≥120万元"),
        (None, "可持续影响指标", "乳鸽线上销售额", twice),
        ("满意度指标", "服务对象满意度指标", "参展养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b

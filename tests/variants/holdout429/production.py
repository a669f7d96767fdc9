"""Returns xw01–xw06: the seed-production half (组培苗, 原原种 and 原种 at the centre)."""

from __future__ import annotations

from tests.variants.holdout429.common import (
    CENTRE,
    YEAR,
    YUKOU,
    book,
    funds,
    indicators,
    period_funds,
    project,
    signature,
)
from tests.variants.holdout429.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("xw01-minituber-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def xw01() -> Book:
    b, s = book()
    project(s, "脱毒马铃薯原原种（微型薯）生产", CENTRE, funds(360, 330, 30),
            "生产脱毒原原种1200万粒，检测合格率不低于98%，供应全省原种繁育基地。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "脱毒原原种（微型薯）生产量", "≥", 1200, "万粒"),
        (None, None, "组培脱毒苗扩繁量", "≥", 300, "万株"),
        (None, "质量指标", "原原种脱毒检测合格率", "≥", pct(0.98), "%"),
        (None, None, "原原种质量抽检合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "网棚原原种收获完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "原原种单粒生产成本", "≤", 0.25, "元/粒"),
        ("效益指标", "经济效益指标", "带动种薯企业增收", "≥", 800, "万元"),
        (None, "社会效益指标", "供种原种繁育基地数", "≥", 12, "个"),
        (None, "可持续影响指标", "脱毒种薯三级繁育体系运行", "定性", "长期稳定", None),
        ("满意度指标", "服务对象满意度指标", "原种繁育基地满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), rows)
    signature(s, "贺明远", "0937-6281045")
    return b


@variant("xw02-percent-over-direction", (1, 11),
         "project, NAT-2021, one value column with operators inline and typed percent cells: "
         "a typed 105% on a 合格率 and a 反向 rate with ≥")  # fmt: skip
def xw02() -> Book:
    b, s = book()
    project(s, "马铃薯茎尖脱毒与组培苗扩繁", CENTRE, funds(280, 260, 20),
            "扩繁组培脱毒苗400万株，脱毒苗检测全部合格，保障原原种生产用苗。")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a typed 105% on a 合格率: above the 100% ceiling")
    wrong = mk("≥3%", "T108", "warning", row=True, note="复感率 is 反向: should be ≤3%")
    rows = [
        ("产出指标", "数量指标", "组培脱毒苗扩繁量", "≥400万株"),
        (None, None, "茎尖剥离脱毒株系数", "≥60个"),
        (None, "质量指标", "脱毒苗病毒检测合格率", over),
        (None, None, "组培苗病毒复感率", wrong),
        (None, "时效指标", "组培苗出瓶移栽完成时间", "5月31日前"),
        ("成本指标", "经济成本指标", "组培苗单株生产成本", "≤0.6元/株"),
        ("效益指标", "社会效益指标", "保障原原种生产用苗", "≥400万株"),
        (None, "可持续影响指标", "脱毒株系资源保存份数", "≥150份"),
        ("满意度指标", "服务对象满意度指标", "原原种生产车间满意度", pct(0.92)),
    ]
    indicators(s, HEAD4, rows)
    signature(s, "祁晓岚", "0937-6281172")
    return b


@variant("xw03-stacked-seed-classes", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each (correct)")  # fmt: skip
def xw03() -> Book:
    b, s = book()
    project(s, "原原种网棚扩繁", CENTRE, funds(150, 150, 0),
            "网棚扩繁原原种500万粒，质量抽检合格率不低于95%。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "网棚原原种扩繁量", "≥500万粒"),
        (None, "质量指标", "种薯质量抽检合格率", "≥95%"),
        (None, "时效指标", "扩繁任务完成时间", "11月30日前"),
        (None, "成本指标", "网棚扩繁单粒成本", "≤0.28元/粒"),
        ("效益指标", "社会效益指标", "供应原种田用种", "≥500万粒"),
        ("满意度指标", "服务对象满意度指标", "原种繁育企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project(s, "原种田间扩繁", YUKOU, funds(210, 180, 30),
            "在峪口县建原种扩繁田3000亩，生产原种9000吨。", title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "原种扩繁面积", "≥3000亩"),
        (None, None, "原种产量", "≥9000吨"),
        (None, "质量指标", "种薯质量抽检合格率", "≥92%"),
        (None, "时效指标", "原种收获入窖时间", "10月20日前"),
        (None, "成本指标", "原种扩繁亩均补助", "≤600元/亩"),
        ("效益指标", "经济效益指标", "扩繁户亩均增收", "≥400元"),
        ("满意度指标", "服务对象满意度指标", "扩繁农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "贺明远", "0937-6281045")
    return b


@variant("xw04-stacked-money-rate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's total is not "
         "the sum of its sources and one of its rates is given as a count")  # fmt: skip
def xw04() -> Book:
    b, s = book()
    project(s, "脱毒种薯质量检测能力建设", CENTRE, funds(90, 90, 0),
            "完成种薯病毒检测样品2万份，检测报告出具及时。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "种薯病毒检测样品数", "≥20000份"),
        (None, "质量指标", "检测结果复核一致率", "≥98%"),
        (None, "时效指标", "检测报告出具时限", "≤7个工作日"),
        (None, "成本指标", "单份样品检测成本", "≤40元/份"),
        ("效益指标", "社会效益指标", "不合格种薯流入大田批次", "0批次"),
        ("满意度指标", "服务对象满意度指标", "送检单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(money(240, WAN), "B101", "error", row=True, note="200 + 30 = 230, not 240")
    project(s, "脱毒原种入户供种", YUKOU, funds(total, 200, 30),
            "向峪口县种植户供应脱毒原种6000吨。", title="")  # fmt: skip
    to_house = mk("3500户", "T105", "error", note="a 到户率 given as a household count")
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "供应脱毒原种", "≥6000吨"),
        (None, None, "脱毒原种到户率", to_house),
        (None, "质量指标", "供种质量抽检合格率", "≥95%"),
        (None, "时效指标", "春播前供种完成时间", "4月15日前"),
        (None, "成本指标", "原种供种补助标准", "≤350元/吨"),
        ("效益指标", "经济效益指标", "种植户亩均增产", "≥150公斤"),
        ("满意度指标", "服务对象满意度指标", "供种农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "贺明远", "0937-6281045")
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xw05-three-year-minitubers", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, counts split "
         "by year, rates and unit costs equal, a 百分点 change (correct)")  # fmt: skip
def xw05() -> Book:
    b, s = book()
    goals = ("三年生产脱毒原原种3600万粒，建成省级脱毒种薯三级繁育体系。",
             "2025年生产脱毒原原种1200万粒，检测合格率不低于98%。")  # fmt: skip
    project(s, "脱毒马铃薯原原种三年扩繁", CENTRE, period_funds((1080, 1000, 80), (360, 330, 30)),
            "", goals=goals, years=3, attr="新增项目")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "脱毒原原种生产量", "≥3600万粒", "≥1200万粒"),
        (None, None, "新建防虫网棚", "≥30栋", "≥10栋"),
        (None, "质量指标", "原原种脱毒检测合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "年度扩繁任务完成时间", "每年11月30日前", "11月30日前"),
        ("成本指标", "经济成本指标", "原原种单粒生产成本", "≤0.25元/粒", "≤0.25元/粒"),
        ("效益指标", "社会效益指标", "大田马铃薯病毒病发生率下降", "≥3百分点", "≥1百分点"),
        (None, "可持续影响指标", "脱毒种薯三级繁育体系覆盖县数", "≥18个", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "原种繁育基地满意度", "≥90%", "≥90%"),
    ]
    indicators(s, PERIOD_HEAD, rows)
    signature(s, "贺明远", "0937-6281045")
    return b


@variant("xw06-three-year-copied", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 value columns: two cumulative "
         "counts copied into the year, one annual count above its period count")  # fmt: skip
def xw06() -> Book:
    b, s = book()
    goals = ("三年在峪口县建原种扩繁基地6000亩，培训种植户3000人次。",
             "2025年启动扩繁基地和网棚建设，开展种植户技术培训。")  # fmt: skip
    project(s, "峪口县脱毒原种扩繁基地建设", YUKOU, period_funds((900, 840, 60), (300, 280, 20)),
            "", goals=goals, years=3, attr="新增项目")  # fmt: skip
    area = mk("≥6000亩", "D202", "warning", note="three-year cumulative area copied into 2025")
    train = mk("≥3000人次", "D202", "warning", note="three-year training count copied into 2025")
    sheds = mk("≥55个", "D201", "error", note="annual 55 above the period's 40")
    rows = [
        ("产出指标", "数量指标", "原种扩繁基地面积", "≥6000亩", area),
        (None, None, "建设标准化网棚", "≥40个", sheds),
        (None, None, "培训种植户", "≥3000人次", train),
        (None, "质量指标", "原种质量抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "每年12月20日前", "12月20日前"),
        (None, "成本指标", "网棚单个建设成本", "≤4万元/个", "≤4万元/个"),
        ("效益指标", "经济效益指标", "扩繁基地亩均收益", "≥1500元", "≥1500元"),
        (None, "社会效益指标", "带动脱贫户参与扩繁", "≥600户", "≥200户"),
        ("满意度指标", "服务对象满意度指标", "扩繁农户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, PERIOD_HEAD, rows)
    signature(s, "梁振川", "0937-5520318")
    return b

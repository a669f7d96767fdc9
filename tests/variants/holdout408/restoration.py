"""Gobi ecological restoration (戈壁生态修复) project returns: xb01 to xb06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout408.common import NAT, indicators, multi_year, one_year, sign, start
from tests.variants.holdout408.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("xb01-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, percentages "
         "typed in Excel, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def percent_cells() -> Book:
    b, s = start()
    project_head(s, year=2025, name="苍碛县砾石戈壁植被恢复项目",
                 dept="苍碛县林业和草原局（214003）", unit="苍碛县戈壁生态修复站",
                 money=one_year(360, 320, 40),
                 goals=["恢复砾石戈壁植被1.2万亩，补植梭梭、沙拐枣等灌木48万株，"
                        "苗木成活率不低于85%，项目区植被盖度提高3个百分点。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "戈壁植被恢复面积", "≥", 12000, "亩"),
        (None, None, "补植灌木苗木数量", "≥", 48, "万株"),
        (None, "质量指标", "苗木成活率", "≥", pct(0.85), "%"),
        (None, None, "工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "春季栽植工期", "≤", 45, "天"),
        (None, "成本指标", "每亩植被恢复成本", "≤", 0.028, "万元/亩"),
        ("效益指标", "生态效益指标", "项目区植被盖度提高", "≥", 3, "百分点"),
        (None, None, "项目区沙化土地面积下降率", "≥", pct(0.04), "%"),
        (None, "社会效益指标", "吸纳当地农牧民务工人数", "≥", 120, "人"),
        (None, "可持续影响指标", "植被恢复区管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "周边农牧民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "乌兰其木格", "0949-6172358", day(2024, 10, 15, CN_DATE))
    return b


@variant("xb02-percent-wrong", (1, 11), "project, OLD-NAT, operator and unit columns: a "
         "合格率 typed as 105%, a 发生率 with ≥, 其他资金 in 元 inside a 万元 block")  # fmt: skip
def percent_wrong() -> Book:
    b, s = start()
    other = mk(money(300000, YUAN), "B105", "error",
               note="其他资金 shows 300,000.00元 inside 项目资金（万元）")  # fmt: skip
    project_head(
        s,
        year=2025,
        name="赭岭市北部戈壁砾质荒漠封育项目",
        dept="赭岭市林业和草原局（308011）",
        unit="赭岭市荒漠封育管理所",
        money=one_year(180, 150, other),
        goals=["新建封育围栏46公里，封育砾质荒漠4.6万亩，封育区植被盖度提高2个百分点。"],
    )
    b.file_mark("B101", "error", required=False,
                note="read as 元, 150 + 300000 ≠ 180: a consequence of the B105 cell")  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "封育围栏建设长度", "≥", 46, "公里"),
        (None, None, "设置封育警示标牌", "≥", 60, "块"),
        (None, "质量指标", "围栏工程验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, None, "封育区禁牧执行率", "≥", pct(0.98), "%"),
        (None, "时效指标", "围栏建设工期", "≤", 150, "天"),
        (None, "成本指标", "每公里围栏建设成本", "≤", 2.8, "万元/公里"),
        ("效益指标", "生态效益指标", "封育区植被盖度提高", "≥", 2, "百分点"),
        (None, None, "封育区牲畜偷牧发生率",
         mk("≥", "T108", "warning", row=True, note="a 发生率 is 反向: ≤ expected"), pct(0.05), "%"),
        (None, "可持续影响指标", "围栏设施管护年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "周边牧户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("xb03-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value columns, "
         "annual counts below the period, rates equal, =100% text (correct)")  # fmt: skip
def multi_year_ok() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, attr="新增项目", name="砾川旗戈壁荒漠化综合治理三年行动",
                 dept="砾川旗林业和草原局（152207）", unit="砾川旗荒漠化防治中心",
                 money=multi_year((1500, 1350, 150), (520, 470, 50)),
                 goals=["三年治理荒漠化土地4.5万亩，营造人工梭梭林1.8万亩，植被盖度提高6个百分点。",
                        "2025年治理荒漠化土地1.5万亩，营造人工梭梭林0.6万亩。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "荒漠化土地治理面积", "≥4.5万亩", "≥1.5万亩"),
        (None, None, "人工梭梭林营造面积", "≥1.8万亩", "≥0.6万亩"),
        (None, None, "砾石压沙面积", "≥3000亩", "≥1000亩"),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, None, "治理工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度治理任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每亩综合治理成本", "≤300元/亩", "≤300元/亩"),
        (None, "生态环境成本指标", "施工期地表扰动面积", "≤60亩", "≤20亩"),
        ("效益指标", "生态效益指标", "项目区植被盖度提高", "≥6百分点", "≥2百分点"),
        (None, "可持续影响指标", "治理成果管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xb04-multi-year-copied", (8,), "two-year project, OLD-NAT, 中期 and 年度 value "
         "columns: two cumulative counts copied, one annual count above its period")  # fmt: skip
def multi_year_copied() -> Book:
    b, s = start()
    copied = "cumulative count copied from the 中期 column in a two-year project"
    project_head(s, year=2025, years=2, name="赭岭市西部戈壁采砂废弃地生态修复项目",
                 dept="赭岭市自然资源局（308002）", unit="赭岭市国土整治中心",
                 money=multi_year((800, 700, 100), (450, 400, 50)),
                 goals=["两年回填整治废弃采砂坑1200亩，补植乡土灌草1500亩，消除安全隐患点30处。",
                        "2025年完成西片区采砂坑整治和灌草补植，消除安全隐患点15处。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "废弃采砂坑回填整治面积", "≥1200亩",
         mk("≥1200亩", "D202", "warning", note=copied)),
        (None, None, "修复区土地平整面积", "≥2000亩",
         mk("≥2000亩", "D202", "warning", note=copied)),
        (None, None, "乡土灌草补植面积", "≥1500亩",
         mk("≥1800亩", "D201", "error", note="annual 1800 above the period's 1500")),
        (None, "质量指标", "补植灌草成活率", "≥80%", "≥80%"),
        (None, "时效指标", "整治任务按期完成率", "≥95%", "≥95%"),
        (None, "成本指标", "每亩整治成本", "≤0.2万元/亩", "≤0.2万元/亩"),
        ("效益指标", "生态效益指标", "修复区植被盖度提高", "≥5百分点", "≥2百分点"),
        (None, "社会效益指标", "消除采砂坑安全隐患点", "≥30处", "≥15处"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("xb05-tier-labels", (5, 7), "project, NAT-2021, tier labels numbered with points "
         "(一、产出指标（40分）, （一）数量指标, *生态效益指标), header 绩效指标值, 0起 on a "
         "fire count (correct)")  # fmt: skip
def tier_labels() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="砾川旗戈壁荒漠林草植被保护项目",
        dept="砾川旗林业和草原局（152207）",
        unit="砾川旗林草管护站",
        money=one_year(240, 240, 0),
        goals=["管护戈壁荒漠林草植被18万亩，全年不发生林草火灾，植被盖度保持稳定。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效指标值", "备注"), [
        ("一、产出指标（40分）", "（一）数量指标", "林草植被管护面积", "≥18万亩", None),
        (None, None, "聘用生态护林员人数", "≥60人", None),
        (None, "（二）质量指标", "管护区巡护覆盖率", pct(0.95), "每月巡护"),
        (None, "（三）时效指标", "火情报告时限", "≤2小时", None),
        ("二、成本指标（20分）", "（一）经济成本指标", "每亩年管护成本", "≤12元/亩", None),
        ("三、效益指标（30分）", "（一）*生态效益指标", "管护区林草火灾发生起数", "0起", None),
        (None, None, "管护区植被盖度", "≥15%", "上年为15%"),
        (None, "（二）*可持续影响指标", "管护责任制落实", "建立并执行", None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "护林员及牧户满意度", "≥90%", None),
    ])  # fmt: skip
    return b


@variant("xb06-wrong-parent", (5, 13), "project, NAT-2021, numbered tier-1 labels: a 质量指标 "
         "under 效益指标, a value without an indicator name")  # fmt: skip
def wrong_parent() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="苍碛县戈壁湿地周边荒漠植被修复项目",
        dept="苍碛县林业和草原局（214003）",
        unit="苍碛县湿地保护站",
        money=one_year(260, 230, 30),
        goals=["修复湿地周边荒漠植被8000亩，铺设滴灌管网35公里，苗木成活率不低于85%。"],
    )
    indicators(s, NAT, [
        ("一、产出指标", "数量指标", "修复荒漠植被面积", "≥8000亩"),
        (None, None, "铺设滴灌管网长度", "≥35公里"),
        (None, "时效指标", "栽植任务完成时限", "2025年6月30日前"),
        ("二、成本指标", "经济成本指标", "每亩植被修复成本", "≤0.025万元/亩"),
        ("三、效益指标", "生态效益指标", "修复区植被盖度提高", "≥3百分点"),
        (None, mk("质量指标", "F105", "error", note="质量指标 belongs to 产出指标"),
         "苗木成活率", "≥85%"),
        (None, "可持续影响指标", mk(None, "F110", "error", note="a value with no name"), "≥3年"),
        ("四、满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    return b

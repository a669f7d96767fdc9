"""One-year project tables of the water bureaus with rates typed as Excel percentages, an
operator column with a unit column, points on the tier labels and on each indicator, and a
prior-year block (rm01–rm06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout263.common import (
    ONE,
    OPS,
    book,
    indicators,
    one_year_money,
    prior_block,
    sign,
    wan,
)
from tests.variants.holdout263.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PTS = (*OPS, "分值")


@variant("rm01-rural-water-percent-cells", (1,), "one-year project, NAT-2021, inline values: "
         "达标率 95% and 覆盖率 100% typed as Excel percentages, 公里/万人/户, WAN money "
         "(correct)")  # fmt: skip
def rm01() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s, year=2026, name="农村饮水安全巩固提升工程", dept="青漪县水利局（412）",
        unit="青漪县农村供水管理站", money=one_year_money(wan(486), wan(420), wan(66)),
        goals=["2026年新建改造农村供水管网35公里以上，更换入户水表4800户，巩固提升2.6万农村人口"
               "供水保障水平，集中供水工程水质达标率达到95%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建改造农村供水管网长度", "≥35公里"),
        (None, None, "更换智能入户水表数量", "≥4800户"),
        (None, "质量指标", "农村集中供水工程水质达标率", pct(0.95)),
        (None, None, "供水水质检测覆盖率", pct(1)),
        (None, "时效指标", "管网改造完工时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "管网改造单位长度成本", "≤9.5万元/公里"),
        ("效益指标", "社会效益指标", "巩固提升供水保障人口", "≥2.6万人"),
        (None, None, "农村供水保证率", "≥95%"),
        (None, "可持续影响指标", "供水工程长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "蒋澜生", "韦书宁", "0739-6241583")
    return b


@variant("rm02-river-chief-rate-over-cap", (1, 12), "one-year project, NAT-2021, inline values: "
         "a 水质达标率 typed as 105% in Excel; 年度资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def rm02() -> Book:
    b, s = book("Sheet1")
    total = mk(wan(180), "B101", "error", note="150 + 20 = 170, not 180")
    project_head(
        s, year=2026, name="河湖长制工作经费", dept="澄川县水利局（208）",
        unit="澄川县河湖长制工作办公室", money=one_year_money(total, wan(150), wan(20)),
        goals=["2026年组织各级河湖长巡河巡湖不少于2400人次，完成12条县级河道健康评价，"
               "清理河道垃圾，县级以上河湖水功能区水质稳定达标。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "各级河湖长巡河巡湖人次", "≥2400人次"),
        (None, None, "县级河道健康评价数量", "≥12条"),
        (None, None, "河道保洁长度", "≥160公里"),
        (None, "质量指标", "县级以上河湖水功能区水质达标率",
         mk(pct(1.05), "T106", "error", note="shown 105%: a 达标率 cannot pass 100%")),
        (None, "时效指标", "河道健康评价报告完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "河道保洁单位长度成本", "≤0.6万元/公里"),
        ("效益指标", "生态效益指标", "河湖“四乱”问题整改销号率", "≥95%"),
        (None, "可持续影响指标", "河湖长履职考核制度", "有效执行"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邱映川", "莫嘉禾", "0758-3307264")
    return b


@variant("rm03-hydrology-ops-points", (1, 10), "one-year project, NAT-2021, operator, unit and "
         "分值 columns; numbered tier labels with points equal to their indicators' points; "
         "a 98.0% Excel cell beside a % unit; a date value (correct)")  # fmt: skip
def rm03() -> Book:
    b, s = book("项目绩效目标", (18, 16, 30, 10, 16, 12, 8))
    project_head(
        s, year=2026, name="水文监测站网升级改造项目", dept="岚溪市水利局（115）",
        unit="岚溪市水文水资源勘测中心", money=one_year_money(wan(380), wan(380), wan(0)),
        goals=["2026年完成18处水文站网自动化升级改造，新建地下水监测井24眼，发布水情信息3600条"
               "以上，提升洪水预报精度和预警覆盖范围。"],
    )  # fmt: skip
    indicators(s, PTS, [
        ("一、产出指标（50分）", "1.数量指标", "水文站网升级改造站点", "≥", 18, "个", 10),
        (None, None, "新建地下水监测井", "≥", 24, "眼", 10),
        (None, None, "发布水情信息", "大于等于", 3600, "条", 10),
        (None, "2.质量指标", "监测数据到报率", "≥", pct(0.98, "0.0%"), "%", 10),
        (None, "3.时效指标", "站网改造完成时间", "≤", day(2026, 10, 31, CN_DATE), None, 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单站升级改造成本", "≤", 12.5, "万元/站", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "洪水预报合格率", "≥", 85, "%", 10),
        (None, None, "水情预警信息覆盖人口", "≥", 12, "万人", 10),
        (None, "2.可持续影响指标", "自动测报设施设计使用年限", "≥", 8, "年", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "防汛部门对水文服务满意度", "≥", 90,
         "%", 10),
    ])  # fmt: skip
    s.row("注：分值合计100分，一级指标分值为其下三级指标分值之和。", merge=[(1, 7)])
    sign(s, "滕秋野", "关雨桐", "0771-5826410")
    return b


@variant("rm04-flood-rain-gauges-units", (1,), "one-year project, NAT-2021, operator and unit "
         "columns: a count of gauges typed as 30% in Excel; a 及时率 given in 条")  # fmt: skip
def rm04() -> Book:
    b, s = book("防汛抗旱")
    project_head(
        s, year=2026, name="山洪灾害防治非工程措施运行维护", dept="梧岗县水利局（326）",
        unit="梧岗县防汛抗旱服务中心", money=one_year_money(wan(215), wan(195), wan(20)),
        goals=["2026年新建自动雨量站30个，维护山洪灾害监测预警设施168处，汛期预警信息及时发布"
               "到户，开展防汛演练6场。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建自动雨量站数量", "≥",
         mk(pct(0.3), "T120", "warning", alt=("T112",), note="30 个 meant, typed as 30%"), "个"),
        (None, None, "维护监测预警设施", "≥", 168, "处"),
        (None, None, "开展防汛应急演练", "≥", 6, "场"),
        (None, "质量指标", "监测预警设施完好率", "≥", pct(0.95), "%"),
        (None, "时效指标", "山洪预警信息发布及时率", "≥",
         mk(98, "T105", "error", row=True, note="a 及时率 needs %, not 条"), "条"),
        ("成本指标", "经济成本指标", "单处设施年维护成本", "≤", 0.6, "万元/处"),
        ("效益指标", "社会效益指标", "山洪灾害因灾死亡人数", "=", 0, "人"),
        (None, "可持续影响指标", "群测群防体系运行年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "受威胁区群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "严晓汀", "孔慕澜", "0797-2650318")
    return b


@variant("rm05-soil-conservation-prior-flat", (1, 12), "one-year project, NAT-2021, a prior-year "
         "block (上年预算 · 执行 · 执行率 96.7% · 本年 · 0.0%): spending below budget, "
         "与上年持平 on a flat budget, 平方公里/亩/座, ≥0.5个百分点 (correct)")  # fmt: skip
def rm05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="坡耕地水土流失综合治理项目", dept="汶阳县水利局（503）",
        unit="汶阳县水土保持工作站", money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["2026年综合治理水土流失面积8.5平方公里，营造水土保持林3200亩，修建谷坊40座，"
               "项目区水土保持率提高0.5个百分点以上。"],
    )  # fmt: skip
    prior_block(s, wan(320), wan(309.4), pct(0.967, "0.0%"), wan(320), pct(0, "0.0%"))
    indicators(s, ONE, [
        ("产出指标", "数量指标", "综合治理水土流失面积", "≥8.5平方公里"),
        (None, None, "营造水土保持林面积", "≥3200亩"),
        (None, None, "修建谷坊", "≥40座"),
        (None, "质量指标", "治理措施保存率", "≥90%"),
        (None, "时效指标", "年度治理任务完成时间", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位面积综合治理成本", "≤36万元/平方公里"),
        (None, None, "项目管理费用", "与上年持平"),
        ("效益指标", "生态效益指标", "项目区水土保持率提高", "≥0.5个百分点"),
        (None, None, "年减少土壤流失量", "≥1.8万吨"),
        (None, "可持续影响指标", "治理工程管护责任落实", "到位"),
        ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "柯远帆", "史漪然", "0836-4417205")
    return b


@variant("rm06-dredging-tier-points-short", (1, 10), "one-year project, NAT-2021, tier labels "
         "with points and a 分值 column: 产出指标（50分） over indicators worth 45; a 满意度 "
         "of 60%")  # fmt: skip
def rm06() -> Book:
    b, s = book("绩效指标", (18, 16, 30, 18, 10))
    project_head(
        s, year=2026, name="中小河流清淤疏浚工程", dept="沅塘县水利局（237）",
        unit="沅塘县河道管理所", money=one_year_money(wan(540), wan(500), wan(40)),
        goals=["2026年完成沅溪、桐溪等中小河流清淤疏浚26公里，清淤土方18万立方米，恢复河道"
               "行洪能力，沿岸1.4万亩农田防洪排涝条件得到改善。"],
    )  # fmt: skip
    tier = mk("产出指标（50分）", "W103", "error", alt=("W101",), note="its indicators: 45 points")
    indicators(s, (*ONE, "分值"), [
        (tier, "数量指标", "清淤疏浚河道长度", "≥26公里", 15),
        (None, None, "清淤土方量", "≥18万立方米", 10),
        (None, "质量指标", "清淤工程验收合格率", pct(1), 10),
        (None, "时效指标", "主汛期前完工率", pct(1), 10),
        ("成本指标（10分）", "经济成本指标", "单位土方清淤成本", "≤28元/立方米", 10),
        ("效益指标（30分）", "社会效益指标", "改善防洪排涝农田面积", "≥1.4万亩", 15),
        (None, "生态效益指标", "河道行洪断面达标率", "≥90%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "沿岸群众满意度",
         mk("≥60%", "T114", "warning", note="60% is far below the usual range"), 10),
    ])  # fmt: skip
    sign(s, "钟沛霖", "庞若溪", "0745-3592016")
    return b

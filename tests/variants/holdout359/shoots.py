"""Returns on bamboo shoots (竹笋): shoot forests, early-shoot techniques, quality testing,
cold chain and the shoot-service departments."""

from __future__ import annotations

from tests.variants.holdout359.common import (
    TIERS,
    annual_money,
    department,
    indicators,
    project,
    signature,
    wan,
)
from tests.variants.holdout359.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


@variant("ve07-shoots-tier-labels", (5,), "project, NAT-2021, tier labels numbered and with "
         "points (一、产出指标（40分）, （一）数量指标, 1.经济效益指标) (correct)")  # fmt: skip
def shoots_tier_labels() -> Book:
    b, s = project(
        year=2025, name="栖筠县雷竹笋覆盖早出技术推广项目", dept="栖筠县农业农村局（413002）",
        unit="栖筠县经济作物技术推广站", money=annual_money(240, 200, 40),
        goals=["推广雷竹林覆盖早出技术，提高早出笋产量和效益。"],
    )  # fmt: skip
    indicators(s, TIERS, [
        ("一、产出指标（40分）", "（一）数量指标", "雷竹林覆盖早出技术推广面积", "≥1200亩"),
        (None, None, "举办笋农技术培训", "≥8期"),
        (None, "（二）质量指标", "早出笋商品率", "≥85%"),
        (None, "（三）时效指标", "覆盖材料撤除完成时限", "2025年4月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "覆盖早出技术推广补助标准", "≤1500元/亩"),
        (None, "（二）生态环境成本指标", "覆盖物集中回收率", "≥95%"),
        ("三、效益指标（30分）", "1.经济效益指标", "早出笋亩均增收", "≥3000元/亩"),
        (None, "2.社会效益指标", "带动笋农户数", "≥260户"),
        (None, "3.可持续影响指标", "覆盖早出技术规程执行", "有效"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "参训笋农满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃笋生", "0564-7820193", day(2024, 11, 12))
    return b


@variant("ve08-shoots-wrong-parent", (5, 11), "project, OLD-NAT, labels with marks (*, ★) and "
         "abbreviated tier-2s: 质量指标 under 效益指标, a 反向 超标率 with ≥")  # fmt: skip
def shoots_wrong_parent() -> Book:
    b, s = project(
        year=2025, name="碧筱市鲜笋质量安全监测项目", dept="碧筱市农业农村局（306001）",
        unit="碧筱市农产品质量安全检测中心", money=annual_money(85, 70, 15),
        goals=["开展鲜笋农药残留抽检，保障上市鲜笋质量安全。"],
    )  # fmt: skip
    indicators(s, TIERS, [
        ("*产出指标", "数量", "鲜笋农残抽检批次", "≥600批次"),
        (None, "质量", "抽检数据上报准确率", "≥98%"),
        (None, "时效", "检测结果出具时限", "≤5个工作日"),
        (None, "成本", "单批次检测费用", "≤800元/批次"),
        ("★效益指标", "社会效益", "上市鲜笋农残超标率",
         mk("≥2%", "T108", "warning", row=True, note="an 超标率 is 反向: ≤2% meant")),
        (None, mk("质量指标", "F105", "error", row=True, alt=("F201",),
                  note="质量指标 belongs under 产出指标, not 效益指标"),
         "上市鲜笋抽检合格率", "≥97%"),
        (None, "生态效益", "检测废液处置", "规范"),
        ("*满意度指标", "服务对象满意度", "竹笋经营户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "姚箐禾", "0569-3321076", day(2024, 11, 29))
    return b


@variant("ve09-shoots-points", (10, 1), "project, NAT-2021, a tier-1 score column and an "
         "indicator score column both adding to 100, a rate raised in 百分点, typed percent "
         "cells (correct)")  # fmt: skip
def shoots_points() -> Book:
    b, s = project(
        year=2025, name="栖筠县笋用竹林基地提质增效项目", dept="栖筠县农业农村局（413002）",
        unit="栖筠县竹笋产业服务中心", money=annual_money(320, 260, 60),
        goals=["提升笋用竹林基地经营水平，提高竹笋产量和品质。"],
    )  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", 50, "数量指标", "笋用林基地提质面积", "≥3000亩", 15),
        (None, None, None, "新建基地喷灌设施面积", "≥800亩", 10),
        (None, None, "质量指标", "基地竹笋抽检合格率", pct(0.98), 10),
        (None, None, None, "喷灌设施验收合格率", pct(1), 10),
        (None, None, "时效指标", "提质作业完成时限", "2025年6月30日前", 5),
        ("成本指标", 10, "经济成本指标", "基地提质补助标准", "≤700元/亩", 10),
        ("效益指标", 30, "经济效益指标", "基地竹笋优质品率", "提高≥5百分点", 10),
        (None, None, "社会效益指标", "带动笋农增收户数", "≥400户", 10),
        (None, None, "生态效益指标", "基地化肥施用量下降率", "≥10%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "基地笋农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "覃笋生", "0564-7820193", day(2024, 12, 3))
    return b


@variant("ve10-shoots-points-wrong", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator scores: the 产出 indicator scores add to 40 against 50, a rate given as a "
         "count")  # fmt: skip
def shoots_points_wrong() -> Book:
    b, s = project(
        year=2025, name="漾竹镇鲜笋冷链设施建设项目", dept="碧筱市农业农村局（306001）",
        unit="碧筱市漾竹镇人民政府", money=annual_money(150, 120, 30),
        goals=["建设鲜笋预冷库和冷链运输体系，延长鲜笋销售期。"],
    )  # fmt: skip
    declared = mk(50, "W103", "error", alt=("W101",),
                  note="15 + 10 + 10 + 5 = 40 under a declared 50")  # fmt: skip
    indicators(s, SCORED, [
        ("产出指标", declared, "数量指标", "新建鲜笋预冷库", "≥3座", 15),
        (None, None, None, "配置冷链运输车辆", "≥4辆", 10),
        (None, None, "质量指标", "冷链设施验收合格率",
         mk("3座", "T105", "error", note="a 合格率 given as a count"), 10),
        (None, None, "时效指标", "冷库建成投用时限", "2025年9月30日前", 5),
        ("成本指标", 10, "经济成本指标", "预冷库单座建设成本", "≤30万元/座", 10),
        ("效益指标", 30, "经济效益指标", "鲜笋错峰销售溢价", "≥1.5元/公斤", 15),
        (None, None, "社会效益指标", "冷链服务覆盖笋农户数", "≥500户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "笋农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "姚箐禾", "0569-3321076", day(2024, 12, 9))
    return b


@variant("ve11-shoots-flat-department", (3, 12), "department, flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), weights adding to 100, budget and key tasks "
         "consistent (correct)")  # fmt: skip
def shoots_flat_department() -> Book:
    b, s = department(
        year=2025, dept="碧筱市竹笋产业服务中心",
        budget=[(wan(460), wan(420), wan(40), wan(180), wan(280))],
        tasks=[("笋用林技术服务", "开展笋用林经营技术指导和培训", wan(120), "培训笋农1500人次"),
               ("鲜笋质量监测", "开展鲜笋农残和重金属抽检", wan(90), "抽检鲜笋样品800批次"),
               ("竹笋品牌推广", "组织竹笋展销和品牌宣传", wan(70), "举办竹笋展销活动3场"),
               ("金额合计", None, wan(280), None)],
        goal="做好笋用林技术服务、鲜笋质量监测和竹笋品牌推广，促进笋农增收。",
    )  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("笋农技术培训人次", 15, "人次", "≥", 1500),
        ("鲜笋样品抽检批次", 15, "批次", "≥", 800),
        ("竹笋展销活动场次", 10, "场", "≥", 3),
        ("鲜笋抽检合格率", 15, "%", "≥", pct(0.97)),
        ("抽检结果报送时限", 10, "工作日", "≤", 5),
        ("单批次抽检费用", 10, "元/批次", "≤", 1000),
        ("竹笋区域品牌销售额增长率", 10, "%", "≥", 8),
        ("参训笋农满意度", 15, "%", "≥", 90),
    ], merged=())  # fmt: skip
    signature(s, "龙筠溪", "0569-3330914", day(2024, 11, 20))
    return b


@variant("ve12-shoots-flat-wrong", (3, 12), "department, flat list in another order (指标名称 · "
         "指标值 · 计量单位 · 权重): weights adding to 95, a value unit against the unit column, "
         "key tasks not adding to 金额合计")  # fmt: skip
def shoots_flat_wrong() -> Book:
    b, s = department(
        year=2025, dept="栖筠县竹笋加工技术推广站",
        budget=[(wan(300), wan(270), wan(30), wan(110), wan(190))],
        tasks=[("春笋保鲜技术推广", "推广春笋低温保鲜技术", wan(80), "推广农户200户"),
               ("笋干标准化生产指导", "指导企业按标准生产笋干", wan(60), "指导企业12家"),
               ("笋用林病虫害防治", "开展笋用林病虫害统防统治", wan(40), "防治6000亩"),
               ("金额合计", None, mk(wan(190), "B102", "error", row=True,
                                   note="80 + 60 + 40 = 180, not 190"), None)],
        goal="推广竹笋保鲜和笋干标准化生产技术，做好笋用林病虫害防治。",
    )  # fmt: skip
    indicators(s, ("指标名称", "指标值", "计量单位", "权重"), [
        ("春笋保鲜技术推广户数", "≥200", "户", 15),
        ("笋干标准化生产指导企业数", "≥12", "家", 15),
        ("笋用林病虫害防治面积",
         mk("≥6000株", "T112", "error", alt=("D104",),
            note="株 in the value, 亩 in the unit column"),
         "亩", 15),
        ("保鲜春笋损耗率", "≤8%", "%", 10),
        ("笋干产品抽检合格率", "≥96%", "%", 15),
        ("技术指导响应时限", "≤3", "工作日", 10),
        ("受训笋农满意度", "≥90%", "%", 15),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+10+15+10+15 = 95, not 100")
    signature(s, "龙筠溪", "0569-3330914", day(2024, 11, 22))
    return b

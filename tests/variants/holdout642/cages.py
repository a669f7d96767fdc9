"""Returns gb01–gb06: rainbow-trout (虹鳟) net-cage projects of 雾屿县 on its cold reservoirs."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout642.common import (
    HEAD,
    OPS,
    TWO,
    indicators,
    m,
    multi_year,
    one_year,
    start,
)
from tests.variants.holdout642.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "雾屿县农业农村局（206）"
STATION = "雾屿县冷水鱼养殖技术推广站"


@variant("gb01-trout-cage-operator-column", (1, 11, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets (correct)")  # fmt: skip
def gb01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤潭水库虹鳟深水网箱扩容项目", dept=DEPT, unit=STATION,
                 money=one_year(m(80), m(60), m(20)),
                 goals=["在鹤潭水库新增深水网箱40口（其中抗风浪网箱16口），投放虹鳟鱼苗30万尾，"
                        "全年商品鱼产量不低于450吨，带动25户养殖户稳定增收。"])  # fmt: skip
    s.skip()
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新增深水网箱数量", "≥", 40, "口"),
        (None, None, "其中抗风浪网箱数量", "≥", 16, "口"),
        (None, None, "投放虹鳟鱼苗数量", "≥", 30, "万尾"),
        (None, None, "商品鱼产量", "≥", 450, "吨"),
        (None, "质量指标", "鱼苗投放成活率", "≥", pct(0.9), "%"),
        (None, None, "养殖期死亡率", "≤", pct(0.08), "%"),
        (None, "时效指标", "网箱下水完成时间", "≤", day(2025, 6, 30, CN_DATE), None),
        (None, "成本指标", "深水网箱购置单价", "≤", 1.5, "万元/口"),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥", 1.2, "万元/户"),
        (None, "社会效益指标", "带动养殖户稳定增收户数", "≥", 25, "户"),
        (None, "生态效益指标", "网箱区水质达标率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("gb02-trout-three-year-columns", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns, the period's "
         "counts above the year's, rates equal in both (correct)")  # fmt: skip
def gb02() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="冷水鱼网箱养殖示范带建设项目", dept=DEPT,
                 unit=STATION, attr="新增项目",
                 money=multi_year((m(360), m(288), m(72)), (m(120), m(96), m(24))),
                 goals=["2025年—2027年在鹤潭、乌桕两座水库新增深水网箱120口，累计投放虹鳟鱼苗"
                        "150万尾，开展养殖技术培训18场，建成冷水鱼网箱养殖示范带1条。",
                        "2025年在鹤潭水库新增深水网箱40口，投放虹鳟鱼苗50万尾，开展养殖技术"
                        "培训6场，完成示范带规划和首批网箱布设。"])  # fmt: skip
    s.skip()
    indicators(s, TWO, [
        ("产出指标", "数量指标", "新增深水网箱数量", "≥120口", "≥40口"),
        (None, None, "投放虹鳟鱼苗数量", "≥150万尾", "≥50万尾"),
        (None, None, "养殖技术培训场次", "≥18场", "≥6场"),
        (None, "质量指标", "鱼苗投放成活率", pct(0.9), pct(0.9)),
        (None, "时效指标", "网箱布设完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "深水网箱购置单价", "≤2.5万元/口", "≤2.5万元/口"),
        ("效益指标", "经济效益指标", "示范带商品鱼累计产值", "≥3000万元", "≥900万元"),
        (None, "生态效益指标", "示范水域水质达标率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "网箱养殖技术规程", "形成并推广", "初步形成"),
        ("满意度指标", "服务对象满意度指标", "参与养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gb03-trout-goal-against-table", (12,),
         "project, OLD-NAT, one value column: the goal's cage count and deadline given "
         "otherwise by the indicators, a unit cost × count above the money")  # fmt: skip
def gb03() -> Book:
    b, s = start()
    project_head(s, year=2025, name="乌桕水库虹鳟网箱增殖项目", dept=DEPT, unit=STATION,
                 money=one_year(m(45), m(35), m(10)),
                 goals=["在乌桕水库新增深水网箱36口，投放虹鳟鱼苗18万尾，2025年10月底前"
                        "全部网箱下水投产。"])  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "新增深水网箱数量",
         mk("≥30口", "D104", "warning", row=True, note="年度目标写新增网箱36口")),
        (None, None, "投放虹鳟鱼苗数量", "≥18万尾"),
        (None, "质量指标", "鱼苗投放成活率", "≥90%"),
        (None, "时效指标", "网箱下水完成时间",
         mk("2026年6月30日前", "Y102", "error", row=True, alt=("Y103", "D104"),
            note="一年期项目（2025年）的期限落在2026年，也与目标的10月底不符")),
        (None, "成本指标", "深水网箱购置单价",
         mk("≤1.8万元/口", "B107", "warning", row=True,
            note="1.8万元 × 30口 = 54万元，超过年度资金45万元")),
        ("效益指标", "经济效益指标", "养殖户户均增收", "≥1万元/户"),
        (None, "生态效益指标", "网箱区水质达标率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gb04-trout-period-against-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: a year's count above "
         "the period's, a count copied across, the same indicator under two tier-2s")  # fmt: skip
def gb04() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="冷水鱼网箱养殖水质监测能力提升项目", dept=DEPT,
                 unit=STATION, money=multi_year((m(240), m(200), m(40)), (m(90), m(75), m(15))),
                 goals=["三年累计投放虹鳟鱼苗150万尾，开展养殖技术培训36场，建成网箱养殖水质"
                        "在线监测点6个。",
                        "2025年投放虹鳟鱼苗50万尾，开展养殖技术培训12场，建成水质在线监测点"
                        "2个。"])  # fmt: skip
    s.skip()
    indicators(s, TWO, [
        ("产出指标", "数量指标", "投放虹鳟鱼苗数量", "≥150万尾", "≥50万尾"),
        (None, None, "养殖技术培训场次", "≥12场",
         mk("≥12场", "D202", "warning", row=True, alt=("D104",),
            note="累计场次照抄；中期目标写36场")),
        (None, None, "水质在线监测点数量", "≥6个",
         mk("≥8个", "D201", "error", row=True, alt=("D104",),
            note="年度8个大于中期6个，年度目标写2个")),
        (None, "质量指标", "养殖水质达标率", "≥95%", "≥95%"),
        (None, "时效指标", "监测点建成时间", "2027年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单个监测点建设成本", "≤10万元/个", "≤10万元/个"),
        ("效益指标", "生态效益指标",
         mk("养殖水域水质达标率", "D103", "warning", row=True, alt=("D101",),
            note="与质量指标下的养殖水质达标率是同一指标"), "≥95%", "≥95%"),
        (None, "可持续影响指标", "水质监测数据共享平台", "建成并运行", "完成建设"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gb05-trout-two-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def gb05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鹤潭水库虹鳟网箱病害防控项目", dept=DEPT, unit=STATION,
                 money=one_year(m(30), m(30), m(0)),
                 goals=["对鹤潭水库180口虹鳟网箱开展病害巡检，全年巡检不少于24次。"])  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "病害巡检网箱数", "≥180口"),
        (None, None, "全年巡检次数", "≥24次"),
        (None, "质量指标", "病害样品检测准确率", "≥95%"),
        (None, "时效指标", "疫情报告时限", "≤24小时"),
        (None, "成本指标", "单次巡检成本", "≤1万元/次"),
        ("效益指标", "经济效益指标", "网箱鱼病害损失率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, title="", name="乌桕水库冷水鱼苗种保种项目", dept=DEPT,
                 unit="雾屿县虹鳟苗种繁育场", money=one_year(m(25), m(20), m(5)),
                 goals=["保存虹鳟亲本800尾，向周边养殖户供应苗种40万尾。"])  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "保存虹鳟亲本数量", "≥800尾"),
        (None, None, "供应苗种数量", "≥40万尾"),
        (None, "质量指标", "苗种检疫合格率", "=100%"),
        (None, "时效指标", "春季苗种出池时间", "2025年4月30日前"),
        (None, "成本指标", "单尾亲本年保种成本", "≤150元/尾"),
        ("效益指标", "社会效益指标", "供苗覆盖养殖户数", "≥30户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("gb06-trout-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up and its "
         "deadline is last season's")  # fmt: skip
def gb06() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹤潭水库网箱区尾水收集项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(m(40), m(32), m(8)),
        goals=["为鹤潭水库60口虹鳟网箱加装残饵收集装置，年收集残饵粪便不少于30吨。"],
    )
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "加装残饵收集装置网箱数", "≥60口"),
        (None, "质量指标", "装置验收合格率", "=100%"),
        (None, "时效指标", "装置安装完成时间", "2025年8月31日前"),
        (None, "成本指标", "单口网箱装置成本", "≤0.6万元/口"),
        ("效益指标", "生态效益指标", "年收集残饵粪便量", "≥30吨"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2025, title="", name="虹鳟网箱养殖户技能培训项目", dept=DEPT,
                 unit=STATION, goals=["培训网箱养殖户120人次，编印虹鳟养殖技术手册500册。"],
                 money=one_year(mk(m(50), "B101", "error", note="35 + 10 = 45 ≠ 50"),
                                m(35), m(10)))  # fmt: skip
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "培训养殖户人次", "≥120人次"),
        (None, None, "编印技术手册数量", "≥500册"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="上一年度的期限照抄，不在2025年内")),
        (None, "成本指标", "人均培训成本", "≤0.2万元/人次"),
        ("效益指标", "社会效益指标", "参训户技术应用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b

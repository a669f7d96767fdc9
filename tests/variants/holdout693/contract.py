"""Stevia contract farming: order acreage, seedling subsidies, leaf purchase (kaa01–kaa06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout693.common import (
    YEAR,
    book,
    flat,
    notes,
    one_year,
    period_money,
    sign,
    table,
    wan,
)
from tests.variants.holdout693.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "甜岗县农业农村局（317004）"
HEAD6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("kaa01-order-acreage", (1, 5, 12),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "typed percent cells, a goal count with its part in brackets (correct)")  # fmt: skip
def kaa01() -> Book:
    b, s = book()
    goal = ("与3家甜叶菊专业合作社签订收购订单，订单种植甜叶菊8000亩（其中新扩种1200亩），"
            "发放种苗补贴120万元，带动订单农户1500户亩均增收400元以上。")  # fmt: skip
    project_head(s, year=YEAR, name="甜岗县甜叶菊订单种植扶持项目", dept=DEPT,
                 unit="甜岗县经济作物技术推广站", money=one_year(wan(150), wan(120), wan(30)),
                 goals=[goal])  # fmt: skip
    table(s, HEAD6, [
        ("一、产出指标（40分）", "（一）数量指标", "订单种植面积", "≥", 8000, "亩"),
        (None, None, "其中：新扩种面积", "≥", 1200, "亩"),
        (None, None, "签约合作社数量", "≥", 3, "家"),
        (None, "（二）质量指标", "订单收购率", "≥", pct(0.95), None),
        (None, None, "干叶总苷含量达标率", "≥", pct(0.9), None),
        (None, "（三）时效指标", "订单收购完成时间", "≤", day(YEAR, 11, 30, CN_DATE), None),
        ("二、成本指标（20分）", "（一）经济成本指标", "种苗补贴标准", "≤", 150, "元/亩"),
        ("三、效益指标（30分）", "（一）经济效益指标", "订单农户亩均增收", "≥", 400, "元"),
        (None, "（二）社会效益指标", "带动订单农户数", "≥", 1500, "户"),
        (None, "（三）可持续影响指标", "连作地块轮作比例", "≥", pct(0.3), None),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "订单农户满意度", "≥", pct(0.9),
         None),
    ])  # fmt: skip
    notes(s, "注：新扩种面积包含在订单种植面积内，不另计；种苗补贴按8000亩×150元/亩测算。")
    sign(s, "覃立舟", "0771-6283419", day(YEAR - 1, 10, 18))
    return b


@variant("kaa02-order-goal-apart", (12,),
         "project, OLD-NAT, one value column: the goal's household count against the indicator, "
         "a subsidy standard above the money, last season's purchase deadline")  # fmt: skip
def kaa02() -> Book:
    b, s = book()
    goal = ("在栎坪、溪樟两镇落实甜叶菊订单面积6000亩，补贴种苗和地膜，带动订单农户1200户，"
            "10月底前完成干叶收购。")  # fmt: skip
    project_head(s, year=YEAR, name="栎坪镇甜叶菊订单基地建设补助", dept=DEPT,
                 unit="栎坪镇农业综合服务中心", money=one_year(wan(100), wan(80), wan(20)),
                 goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "订单种植面积", "≥6000亩"),
        (None, None, "签约收购主体", "≥2家"),
        (None, "质量指标", "订单履约率", "≥95%"),
        (None, "时效指标", "干叶收购完成时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上一季的截止日期，不在2025年度内")),
        (None, "成本指标", "种苗地膜补贴标准",
         mk("≤200元/亩", "B107", "warning", row=True,
            note="200元/亩 × 6000亩 = 120万元，超过年度资金100万元")),
        ("效益指标", "经济效益指标", "订单干叶收购均价", "≥12元/公斤"),
        (None, "社会效益指标", "带动订单农户数",
         mk("≥1000户", "D104", "warning", row=True, note="年度目标写带动订单农户1200户")),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦春棠", "0771-6283502", day(YEAR - 1, 11, 2))
    return b


@variant("kaa03-seed-base-three-years", (8, 10, 11),
         "three-year project, NAT-2021, 中期 and 年度 columns, the period's count beside a "
         "smaller year's, rates raised in 百分点, a 下降率 with ≥, a later year prepared for "
         "(correct)")  # fmt: skip
def kaa03() -> Book:
    b, s = book()
    goals = ["2025—2027年建成甜叶菊良种繁育基地3处，订单种植面积累计达到24000亩，良种覆盖率"
             "提高15个百分点。",
             "2025年建成良种繁育基地1处，订单种植8000亩，良种覆盖率提高5个百分点，为2028年"
             "全县推广积累种源。"]  # fmt: skip
    project_head(s, year=YEAR, years=3, name="甜叶菊良种繁育与订单种植三年行动", dept=DEPT,
                 unit="甜岗县种子管理站", attr="新增项目",
                 money=period_money((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
                 goals=goals)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "良种繁育基地", "≥3处", "≥1处"),
        (None, None, "订单种植面积", "≥24000亩", "≥8000亩"),
        (None, "质量指标", "良种覆盖率提高", "≥15百分点", "≥5百分点"),
        (None, None, "种苗移栽成活率", ok(pct(0.9)), ok(pct(0.9))),
        (None, "时效指标", "繁育基地建成时间", "2027年10月底前", "2025年10月底前"),
        ("成本指标", "经济成本指标", "繁育基地建设补助", "≤100万元/处", "≤100万元/处"),
        ("效益指标", "经济效益指标", "订单农户亩均增收", "≥450元", "≥400元"),
        (None, "生态效益指标", "化学农药使用量下降率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：种苗移栽成活率为下限，录入时按“不低于”理解。", width=5)
    return b


@variant("kaa04-order-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: a year's area above the period's, "
         "中期目标 copied into 年度目标, one household count twice with a word more")  # fmt: skip
def kaa04() -> Book:
    b, s = book()
    text = "扩大甜叶菊订单种植，提高干叶品质，带动订单农户稳定增收。"
    project_head(s, year=YEAR, years=2, name="溪樟乡甜叶菊订单扩面项目", dept=DEPT,
                 unit="溪樟乡人民政府", attr="新增项目",
                 money=period_money((wan(200), wan(160), wan(40)), (wan(120), wan(100), wan(20))),
                 goals=[text, mk(text, "D204", "warning", note="年度目标照抄中期目标")],
                 )  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "订单种植面积", "≥10000亩",
         mk("≥12000亩", "D201", "error", note="一年的面积大于两年实施期的面积")),
        (None, None, "订单签约农户数", "≥2000户", "≥1200户"),
        (None, "质量指标", "干叶抽检合格率", "≥95%", "≥95%"),
        (None, "时效指标", "订单签订完成时间", "2026年4月底前", "2025年4月底前"),
        ("成本指标", "经济成本指标", "种苗补贴标准", "≤150元/亩", "≤150元/亩"),
        ("效益指标", "经济效益指标", "订单农户亩均增收", "≥400元", "≥350元"),
        (None, "社会效益指标", "订单签约农户数量", "≥2000户",
         mk("≥1000户", "D103", "warning", row=True, alt=("D101", "D102"),
            note="与数量指标“订单签约农户数”是同一指标，年度值却不同")),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kaa05-crop-centre-flat", (3, 1, 12),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
         "cells, weights add to 100, tasks add to 项目支出 (correct)")  # fmt: skip
def kaa05() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="甜岗县特色作物发展中心",
                    budget=[(wan(420), wan(380), wan(40), wan(160), wan(260))],
                    tasks=[("订单种植服务", "组织签订甜叶菊收购订单", wan(150), "订单面积8000亩"),
                           ("良种繁育", "建设良种繁育基地1处", wan(70), "当年建成投用"),
                           ("技术培训", "种植、采收和晾晒技术培训", wan(40), "培训600人次"),
                           ("金额合计", None, wan(260), None)],
                    goal="稳定订单面积8000亩，建成良种繁育基地1处，培训种植户600人次。",
                    )  # fmt: skip
    flat(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("订单种植面积", 20, "亩", "≥", 8000),
        ("良种繁育基地建成数", 10, "处", "≥", 1),
        ("技术培训人次", 10, "人次", "≥", 600),
        ("订单收购率", 15, "%", "≥", pct(0.95)),
        ("干叶抽检合格率", 15, "%", "≥", pct(0.92)),
        ("培训经费标准", 10, "元/人次", "≤", 600),
        ("订单农户亩均增收", 10, "元", "≥", 400),
        ("订单农户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "说明：权重合计100分；培训经费按600人次×600元/人次=36万元测算。", width=5)
    sign(s, "黎秋芸", "0771-6290137", day(YEAR - 1, 11, 20))
    return b


@variant("kaa06-purchase-wrong-tier", (5, 7),
         "project, NAT-2021, headers 指标内容 and 绩效标准: a quality rate under 时效, a "
         "satisfaction rate under 社会效益, last season's year in the goal")  # fmt: skip
def kaa06() -> Book:
    b, s = book()
    goal = mk("2024年在全县设立收购网点6个，收购甜叶菊干叶1500吨，收购款按时结算。",
              "Y103", "warning", alt=("Y101",), note="上一季的年份留在2025年度目标里")  # fmt: skip
    project_head(s, year=YEAR, name="甜叶菊干叶订单收购网点补助", dept=DEPT,
                 unit="甜岗县供销合作社联合社", money=one_year(wan(80), wan(60), wan(20)),
                 goals=[goal])  # fmt: skip
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "订单收购干叶", "≥1500吨"),
        (None, None, "收购网点", "≥6个"),
        (None, "质量指标", "干叶水分达标率", "≥95%"),
        (None, "时效指标", "收购款结算及时率", "≥98%"),
        (None, None, "干叶等级评定合格率",
         mk("≥95%", "F201", "warning", row=True, note="质量类比率填在时效指标下")),
        ("成本指标", "经济成本指标", "收购网点运营补助", "≤5万元/个"),
        ("效益指标", "经济效益指标", "订单收购额", "≥1800万元"),
        (None, "社会效益指标", "带动农户数", "≥900户"),
        (None, None, "合作社社员满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益指标下")),
        ("满意度指标", "服务对象满意度指标", "订单农户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "蒙家禾", "0771-6271846", day(YEAR - 1, 11, 12))
    return b

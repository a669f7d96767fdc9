"""Returns ch01–ch06: Chinese yam (山药) planting bases: percent cells and operator columns,
decorated tier labels with points, multi-year base expansion with 中期 and 年度 columns."""

from __future__ import annotations

from tests.variants.holdout544.common import (
    book,
    funds,
    indicators,
    notes,
    period_funds,
    project,
    sign,
    wan,
)
from tests.variants.holdout544.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("ch01-base-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number "
         "format, a 下降率 with ≥ (correct)")  # fmt: skip
def ch01() -> Book:
    b, s = book()
    project(s, "蒲垣镇铁棍山药标准化种植基地建设", "柘塘县蒲垣镇农业综合服务中心",
            funds(wan(86), wan(70), wan(16)),
            ["新建山药标准化种植基地1200亩，繁育脱毒种苗30万株，带动种植户增收。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "山药标准化种植基地面积", "≥", 1200, "亩"),
        (None, None, "脱毒种苗繁育数量", "≥", 30, "万株"),
        (None, "质量指标", "种苗移栽成活率", "≥", pct(0.92), "%"),
        (None, None, "病虫害发生率", "≤", pct(0.08), "%"),
        (None, "时效指标", "秋季采挖完成时间", "≤", day(2025, 11, 30, CN_DATE), ""),
        (None, "成本指标", "每亩种植补助标准", "≤", 500, "元/亩"),
        ("效益指标", "经济效益指标", "带动种植户户均增收", "≥", 3000, "元"),
        (None, "社会效益指标", "带动脱贫户参与种植", "≥", 150, "户"),
        (None, "生态效益指标", "化肥施用量下降率", "≥", pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：化肥施用量下降率以2024年基地测土配方记录为基数。")
    sign(s, "郑砚秋", "0739-5528816", day(2024, 11, 18))
    return b


@variant("ch02-base-rate-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns: a capped rate typed as 105%, a 反向 "
         "rate with ≥, a subsidy cap with =")  # fmt: skip
def ch02() -> Book:
    b, s = book()
    project(s, "石砚乡山药种苗繁育基地提升", "柘塘县石砚乡农业技术推广站",
            funds(wan(60), wan(52), wan(8)),
            ["改造山药种苗繁育基地800亩，提高种苗成活率，降低病害发生。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "繁育基地改造面积", "≥", 800, "亩"),
        (None, "质量指标",
         "种苗成活率", "≥", mk(pct(1.05), "T106", "error", note="成活率封顶 100%"), "%"),
        (None, None, "山药炭疽病发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为 ≤"),
         pct(0.1), "%"),
        (None, "时效指标", "改造完工时间", "≤", day(2025, 10, 31, CN_DATE), ""),
        (None, "成本指标", "每亩改造补助标准",
         mk("=", "T108", "warning", row=True, note="成本上限写成 =，应为 ≤"), 450, "元/亩"),
        ("效益指标", "经济效益指标", "亩均增收", "≥", 800, "元"),
        (None, "可持续影响指标", "种苗自给年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "育苗户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "龙沛然", "0739-5531240", day(2024, 11, 26))
    return b


@variant("ch03-base-tier-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points, marks and abbreviations, "
         "indicator points adding to each tier's points (correct)")  # fmt: skip
def ch03() -> Book:
    b, s = book()
    project(s, "柘塘县山药地理标志产品保护基地", "柘塘县特色农业发展中心",
            funds(wan(120), wan(100), wan(20)),
            ["建设地理标志保护基地2000亩，开展标准化生产和质量追溯。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "地理标志保护基地面积", "≥2000亩", 10),
        (None, None, "质量追溯赋码户数", "≥260户", 10),
        (None, "（二）质量", "产品抽检合格率", "≥98%", 10),
        (None, "★时效指标", "追溯平台上线时间", "2025年9月30日前", 10),
        ("*二、成本指标（20分）", "经济成本指标", "每亩保护性生产补助", "≤400元/亩", 20),
        ("三、效益指标（30分）", "1.经济效益指标", "基地山药亩均产值", "≥12000元", 10),
        (None, "2.社会效益", "带动就业人数", "≥300人", 10),
        (None, "3.生态效益指标", "农膜回收率", "≥85%", 10),
        ("四、满意度指标（10分）", "服务对象满意度指标", "种植主体满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "说明：一级指标括号内为该类指标分值，三级指标分值合计100分。")
    sign(s, "欧阳霁", "0739-5520377", day(2024, 12, 2))
    return b


@variant("ch04-base-tier-wrong", (5, 10),
         "project, NAT-2021, tier labels with points: 产出 declared 50 but its indicators give "
         "45, a tier-2 under the wrong tier-1")  # fmt: skip
def ch04() -> Book:
    b, s = book()
    project(s, "鹤陂村山药连作障碍治理示范基地", "柘塘县鹤陂镇人民政府",
            funds(wan(45), wan(45), wan(0)),
            ["治理山药连作障碍地块600亩，推广轮作和土壤改良。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (mk("一、产出指标（50分）", "W103", "error", alt=("W101",),
            note="其下分值 15+15+15=45，与声明的 50 分不符"),
         "数量指标", "连作障碍治理面积", "≥600亩", 15),
        (None, "质量指标", "土壤有机质达标率", "≥85%", 15),
        (None, "时效指标", "轮作换茬完成时间", "2025年11月前", 15),
        ("二、成本指标（10分）", "经济成本指标", "每亩土壤改良成本", "≤750元/亩", 10),
        ("三、效益指标（30分）", "经济效益指标", "治理地块山药增产率", "≥10%", 15),
        (None, "社会效益指标", "示范带动农户", "≥120户", 15),
        ("四、满意度指标（10分）",
         mk("可持续影响指标", "F105", "error", row=True, note="可持续影响属效益指标"),
         "治理措施持续应用年限", "≥3年", 5),
        (None, "服务对象满意度指标", "示范户满意度", "≥90%", 5),
    ])  # fmt: skip
    sign(s, "卜晓岚", "0739-5547712", day(2024, 11, 29))
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ch05-base-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts below their period "
         "values, rates and a unit cost legitimately equal (correct)")  # fmt: skip
def ch05() -> Book:
    b, s = book()
    project(s, "柘塘县山药产业带扩面工程（2025—2027年）", "柘塘县特色农业发展中心",
            period_funds((wan(450), wan(400), wan(50)), (wan(150), wan(130), wan(20))),
            ["三年新建山药产业带3000亩，培育种植大户60户，形成区域公用品牌。",
             "2025年新建产业带1000亩，培育种植大户20户，完成品牌注册。"],
            years=3)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建山药产业带面积", "≥3000亩", "≥1000亩"),
        (None, None, "培育种植大户", "≥60户", "≥20户"),
        (None, "质量指标", "种苗成活率", "≥90%", "≥90%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每亩建设补助标准", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "产业带山药年产值", "≥1.2亿元", "≥4000万元"),
        (None, "可持续影响指标", "区域公用品牌", "注册并使用", "完成注册"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：每亩建设补助标准×新建面积与中期、年度资金总额相等。")
    sign(s, "郑砚秋", "0739-5528816", day(2024, 12, 10))
    return b


@variant("ch06-base-multi-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "two cumulative counts copied into the annual column")  # fmt: skip
def ch06() -> Book:
    b, s = book()
    goal = "三年建成山药良种繁育和仓储基地，繁育面积2400亩，培训种植户600人次。"
    project(s, "柘塘县山药良种繁育与仓储基地（2025—2027年）", "柘塘县种子管理站",
            period_funds((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
            [goal, mk(goal, "D204", "warning", note="年度目标逐字照抄中期目标")],
            years=3)  # fmt: skip
    copied = "累计数照抄中期值，三年期项目的年度值应小于中期值"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "良种繁育面积", "≥2400亩",
         mk("≥2400亩", "D202", "warning", note=copied)),
        (None, None, "培训种植户", "≥600人次", mk("≥600人次", "D202", "warning", note=copied)),
        (None, "质量指标", "良种纯度达标率", "≥95%", "≥95%"),
        (None, "时效指标", "仓储库建成时间", "2026年10月31日前", "主体完工"),
        ("成本指标", "经济成本指标", "每亩繁育补助标准", "≤400元/亩", "≤400元/亩"),
        ("效益指标", "经济效益指标", "良种供种能力", "≥2000万株", "≥600万株"),
        ("满意度指标", "服务对象满意度指标", "用种户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "龙沛然", "0739-5531240", day(2024, 12, 12))
    return b

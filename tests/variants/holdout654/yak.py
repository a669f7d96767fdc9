"""牦牛: breeding, cold-season sheds, a department and two stacked projects (gn01–gn06)."""

from __future__ import annotations

from tests.variants.holdout654.common import (
    department,
    footnotes,
    funds,
    funds2,
    indicators,
    new,
    project,
    signature,
    wan,
)
from tests.variants.holdout654.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("gn01-yak-sires-percent", (1, 7, 11), "project, NAT-2021, operator column 指标性质 and "
         "unit column, typed percent cells, a 下降 in 百分点 with ≥ (correct)")  # fmt: skip
def yak_sires_percent() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县牦牛良种种公牛引进", "措嘎县畜牧兽医站",
            funds(wan(60), wan(50), wan(10)),
            ["2025年在雍曲、玛尔琼等4个乡引进牦牛种公牛40头（其中大通牦牛30头、野血牦牛10头），"
             "冻精改良能繁母牛1500头以上，带动养殖户320户增收。"])  # fmt: skip
    indicators(s, OPS, [
        ("成本指标", "经济成本指标", "种公牛购置单价", "≤", 1.2, "万元/头"),
        ("产出指标", "数量指标", "引进牦牛种公牛", "≥", 40, "头"),
        (None, None, "冻精改良能繁母牛", "≥", 1500, "头"),
        (None, "质量指标", "种公牛检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "改良配种及时率", "≥", pct(0.95), "%"),
        ("效益指标", "经济效益指标", "改良户户均增收", "≥", 1500, "元"),
        (None, "社会效益指标", "带动养殖户", "≥", 320, "户"),
        (None, "生态效益指标", "项目区天然草场超载率下降", "≥", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥", pct(0.9), "%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "扎西平措", "0891-6627415")
    return b


@variant("gn02-yak-ai-goal-mismatch", (11, 12), "project, OLD-NAT, operators inside the values: "
         "the goal's count, the year of a deadline and a unit cost against the money")  # fmt: skip
def yak_ai_goal_mismatch() -> Book:
    b, s = new()
    project(
        s,
        2025,
        "措嘎县牦牛冷配改良",
        "措嘎县畜牧兽医站",
        funds(wan(10), wan(8), wan(2)),
        ["完成牦牛冷配改良1200头，建设人工授精站点6个，12月底前完成全部配种与妊娠检查。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "冷配改良牦牛数量", mk(
            "≥1000头", "D104", "warning", row=True, note="年度目标写冷配改良1200头")),
        (None, None, "人工授精站点建设", "≥6个"),
        (None, "质量指标", "情期受胎率", "≥60%"),
        (None, "时效指标", "配种及妊娠检查完成时间", mk(
            "2026年12月31日前", "Y102", "error", alt=("Y103",),
            note="一年期2025年项目，目标写12月底前，期限却在2026年")),
        (None, "成本指标", "冻精及耗材补助标准", mk(
            "≤120元/头", "B107", "warning", row=True,
            note="120元×1000头=12万元，超过年度资金10万元")),
        ("效益指标", "经济效益指标", "改良犊牛初生重提高幅度", "≥8%"),
        (None, "社会效益指标", "受益养殖户", "≥260户"),
        (None, "可持续影响指标", "项目区牦牛良种覆盖率", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "次仁旺堆", "0891-6627438")
    return b


@variant("gn03-yak-fattening-three-years", (8,), "three-year project 2025—2027, NAT-2021, 中期 "
         "and 年度 columns with a unit column, goals naming 2028 as the year prepared for "
         "(correct)")  # fmt: skip
def yak_fattening_three_years() -> Book:
    b, s = new()
    project(s, 2025, "措嘎县牦牛标准化育肥示范", "措嘎县牦牛产业发展中心",
            funds2(wan(450), wan(150), wan(120), wan(30)),
            ["2025—2027年建成牦牛标准化育肥示范场3个，出栏育肥牦牛3000头，为2028年全县推广"
             "冷季补饲模式积累经验。",
             "2025年建成示范场1个，出栏育肥牦牛1000头，冷季补饲覆盖示范户120户。"],
            years=3, attr="新增项目")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "示范场建设补助标准", "≤60", "≤60", "万元/个"),
        ("产出指标", "数量指标", "标准化育肥示范场", "≥3", "≥1", "个"),
        (None, None, "出栏育肥牦牛", "≥3000", "≥1000", "头"),
        (None, None, "冷季补饲示范户", "≥300", "≥120", "户"),
        (None, "质量指标", "育肥牦牛检疫合格率", "≥98%", "≥98%", "%"),
        (None, "时效指标", "出栏任务完成时间", "2027年12月31日前", "2025年12月31日前", None),
        ("效益指标", "经济效益指标", "示范户户均增收", "≥2000", "≥1500", "元"),
        (None, "社会效益指标", "带动周边养殖户", "≥600", "≥200", "户"),
        (None, "生态效益指标", "项目区天然草场超载率下降", "≥5", "≥2", "百分点"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "≥90%", "≥90%", "%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "格桑卓玛", "0891-6627502")
    return b


@variant("gn04-yak-sheds-period-copied", (8,), "two-year project 2025—2026, OLD-NAT, 中期 and "
         "年度 columns: 年度目标 copied from 中期目标, a year's count above "
         "the period's")  # fmt: skip
def yak_sheds_period_copied() -> Book:
    b, s = new()
    goal = "建设牦牛冷季暖棚40座，配套贮草棚20座，带动牧户80户实现安全越冬。"
    project(s, 2025, "雍曲乡牦牛冷季暖棚建设", "措嘎县雍曲乡人民政府",
            funds2(wan(150), wan(90), wan(80), wan(10)),
            [goal, mk(goal, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")],
            years=2)  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "牦牛冷季暖棚", "≥40座", mk(
            "≥60座", "D201", "error", note="年度60座超过两年合计40座")),
        (None, None, "配套贮草棚", "≥20座", "≥10座"),
        (None, "质量指标", "暖棚验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "暖棚建设完成时间", "2026年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "暖棚建设补助标准", "≤1.2万元/座", "≤1.2万元/座"),
        ("效益指标", "经济效益指标", "冷季牦牛掉膘死亡率下降", "≥15%", "≥10%"),
        (None, "社会效益指标", "安全越冬牧户", "≥80户", "≥40户"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    signature(s, "洛桑多吉", "0891-6627519")
    return b


@variant("gn05-yak-department-shares", (12, 1), "department, NAT-2021: budget with a row of "
         "typed percent shares, key tasks adding to 项目支出, a goal's count with its parts in "
         "brackets, 0起 on an incident count (correct)")  # fmt: skip
def yak_department_shares() -> Book:
    b, s = new("部门整体")
    department(s, 2025, "措嘎县畜牧兽医服务中心", [
        (860, 800, 60, 420, 440),
        (pct(1), pct(0.93), pct(0.07), pct(0.49), pct(0.51)),
    ], "全年完成牦牛良种繁育母牛2000头（其中雍曲乡800头、玛尔琼乡1200头），春秋两季强制免疫"
       "牦牛9.5万头以上，确保不发生区域性重大动物疫情。", [
        ("牦牛良种繁育", "繁育母牛补助、种公牛调换", 180, "良种繁育母牛2000头"),
        ("动物疫病防控", "春秋两季集中免疫、监测采样", 160, "强制免疫9.5万头以上"),
        ("冬春饲草储备", "储草补助、应急调运", 100, "储备饲草1500吨"),
        ("金额合计", None, 440, None),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("成本指标", "经济成本指标", "良种繁育母牛补助标准", "≤800", "元/头"),
        ("产出指标", "数量指标", "良种繁育能繁母牛", "≥2000", "头"),
        (None, None, "强制免疫牦牛", "≥95000", "头"),
        (None, None, "冬春储备饲草", "≥1500", "吨"),
        (None, "质量指标", "口蹄疫免疫密度", "≥95%", "%"),
        (None, "时效指标", "春季集中免疫完成时间", "5月31日前", None),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "0", "起"),
        (None, "生态效益指标", "草畜平衡区牲畜超载率", "≤10%", "%"),
        ("满意度指标", "服务对象满意度指标", "牧户对防疫服务满意度", "≥92%", "%"),
    ], label="年度绩效指标")  # fmt: skip
    footnotes(s, "注：良种繁育母牛补助标准按800元/头测算，共160万元，其余20万元用于种公牛调换。")
    signature(s, "德吉央宗", "0891-6628013")
    return b


@variant("gn06-yak-stacked-two", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column: the second project's money does not add up and one indicator appears twice "
         "under two tier-2s; the same name in both projects is legitimate")  # fmt: skip
def yak_stacked_two() -> Book:
    b, s = new()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project(s, 2025, "雍曲乡牦牛鲜奶收购站建设", "措嘎县雍曲乡人民政府",
            funds(wan(70), wan(60), wan(10)),
            ["建成牦牛鲜奶收购站2个，年收购鲜奶300吨，带动牧户150户增收。"])  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "鲜奶收购站", "≥2个"),
        (None, None, "年收购牦牛鲜奶", "≥300吨"),
        (None, "质量指标", "鲜奶抽检合格率", "≥98%"),
        (None, "时效指标", "收购站建成时间", "8月31日前"),
        (None, "成本指标", "收购站建设补助标准", "≤30万元/个"),
        ("效益指标", "经济效益指标", "参与牧户户均增收", "≥1200元"),
        (None, "社会效益指标", "带动牧户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    s.skip()
    project(s, 2025, "玛尔琼村牦牛育肥补饲", "措嘎县玛尔琼乡人民政府",
            funds(mk(wan(45), "B101", "error", note="财政拨款30+其他资金10=40，不是45"),
                  wan(30), wan(10)),
            ["补饲育肥牦牛500头，户均增收2000元。"], title="")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "补饲育肥牦牛出栏数量", "≥500头"),
        (None, "质量指标", "育肥牦牛检疫合格率", "≥98%"),
        (None, "时效指标", mk("补饲育肥牦牛出栏数", "D103", "warning", row=True,
                             alt=("D101", "F201"), note="同一指标在数量下已填"), "≥500头"),
        (None, None, "补饲期完成时间", "5月31日前"),
        (None, "成本指标", "补饲饲料补助标准", "≤600元/头"),
        ("效益指标", "经济效益指标", "育肥户户均增收", "≥2000元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ], label="绩效指标")  # fmt: skip
    return b

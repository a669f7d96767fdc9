"""Kelp (海带) cooperatives: tier labels, header words, template rows, 中期 and 年度 (ae07–ae12)."""

from __future__ import annotations

from tests.variants.holdout489.common import (
    HEAD,
    multi_year,
    notes,
    one_year,
    project,
    start,
    table,
)
from tests.variants.holdout489.registry import variant
from tests.variants.kit import Book, mk

UNIT_K = "澄屿县石鲷湾海带养殖专业合作社"
UNIT_L = "澄屿县东帆岛海带良种繁育合作社"


@variant("ae07-kelp-numbered-labels", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标) "
         "and a ★ core tier-2 (correct)")  # fmt: skip
def ae07() -> Book:
    b, s = start()
    project(s, "海带苗绳更新补助项目", UNIT_K, one_year(150, 120, 30),
            ["更新海带养殖苗绳，稳定淡干海带产量。"])  # fmt: skip
    table(s, HEAD, [
        ("一、产出指标（40分）", "1.数量指标", "更新海带苗绳", "≥300000米"),
        (None, None, "新增浮绠", "≥900条"),
        (None, "2.质量指标", "苗绳夹苗合格率", "≥92%"),
        (None, "3.时效指标", "苗绳夹苗完成时间", "12月31日前"),
        ("二、成本指标（20分）", "1.经济成本指标", "苗绳补助标准", "≤2元/米"),
        (None, "2.生态环境成本指标", "废弃苗绳入海量", "≤0.5吨"),
        ("三、效益指标（30分）", "1.经济效益指标", "淡干海带产量", "≥2600吨"),
        (None, "2.可持续影响指标", "苗绳集中回收机制", "建立并执行"),
        ("四、满意度指标（10分）", "★1.服务对象满意度指标", "社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ae08-kelp-wrong-parent", (5,),
         "project, NAT-2021, plain labels: a benefit tier-2 under 产出指标, a deadline as a "
         "percent, a conflicting duplicate count")  # fmt: skip
def ae08() -> Book:
    b, s = start()
    project(s, "海带夏苗培育补助项目", UNIT_L, one_year(130, 110, 20),
            ["培育海带夏苗，保障本县养殖户苗种供应。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "海带夏苗出库数量", "≥600万株"),
        (None, mk("生态效益指标", "F105", "error", note="生态效益指标属于效益指标"),
         "育苗场尾水达标排放率", "≥95%"),
        (None, "时效指标", "夏苗出库完成时间",
         mk("100%", "T113", "warning", note="完成时间写成百分比")),
        (None, "数量指标", "海带夏苗出库数量",
         mk("≥650万株", "D102", "error", row=True, alt=("D101", "D103"),
            note="同一指标两次出现，600 万株与 650 万株")),
        ("成本指标", "经济成本指标", "夏苗培育成本", "≤0.15元/株"),
        ("效益指标", "社会效益指标", "保障养殖户用苗", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "用苗户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ae09-kelp-second-sheet", (7,),
         "project, OLD-NAT, head on the first sheet, table on a second sheet under a two-row "
         "header (指标内容 · 预期目标 · 计量单位) (correct)")  # fmt: skip
def ae09() -> Book:
    b, s = start("项目信息")
    project(s, "海带盐渍加工车间提升项目", UNIT_K, one_year(88, 70, 18),
            ["提升盐渍海带加工车间卫生条件，扩大加工量。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12))
    t.title("海带盐渍加工车间提升项目绩效指标", 5)
    t.row("绩效指标", None, None, "绩效标准", None, merge=[(1, 3), (4, 5)])
    table(t, ("一级指标", "二级指标", "指标内容", "预期目标", "计量单位"), [
        ("产出指标", "数量指标", "改造加工车间", "≥1200", "平方米"),
        (None, None, "盐渍海带加工量", "≥2000", "吨"),
        (None, "质量指标", "出厂产品抽检合格率", "≥98", "%"),
        (None, "成本指标", "车间改造单位造价", "≤600", "元/平方米"),
        ("效益指标", "经济效益指标", "加工环节新增产值", "≥300", "万元"),
        (None, "社会效益指标", "吸纳周边渔民务工", "≥45", "人"),
        ("满意度指标", "服务对象满意度指标", "务工渔民满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("ae10-kelp-template-rows", (6, 13, 7),
         "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without "
         "a name")  # fmt: skip
def ae10() -> Book:
    b, s = start()
    project(s, "海带养殖海域标识浮标项目", UNIT_L, one_year(60, 50, 10),
            ["布设养殖海域标识浮标，减少航道船只误入养殖区。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "布设标识浮标", "≥80个"),
        (None, mk("质量指标", "F109", "warning", row=True, note="模板行，未填三级指标和值"),
         None, None),
        (None, "时效指标", "浮标布设完成时间", "6月30日前"),
        ("成本指标", "经济成本指标", "浮标单价", "≤5000元/个"),
        ("效益指标", "社会效益指标",
         mk(None, "F110", "error", note="填了指标值却没有三级指标名称"), "≤2起"),
        (None, None, "养殖区标识覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ae11-kelp-three-year", (8,),
         "three-year project 2025–2027, OLD-NAT, 中期 and 年度 columns: counts below their period "
         "value, rates equal in both (correct)")  # fmt: skip
def ae11() -> Book:
    b, s = start()
    goals = ["三年内建成海带良种繁育基地，累计供应良种苗4500万株。",
             "完成育苗车间改造，当年供应良种苗1500万株。"]  # fmt: skip
    project(s, "海带良种繁育基地建设项目", UNIT_L, multi_year((600, 480, 120), (200, 160, 40)),
            goals, years=3, attr="新增项目")  # fmt: skip
    table(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "供应海带良种苗", "≥4500万株", "≥1500万株"),
        (None, None, "改造育苗车间", "≥3000平方米", "≥1000平方米"),
        (None, "质量指标", "良种苗出库合格率", "≥95%", "≥95%"),
        (None, "成本指标", "良种苗培育补助标准", "≤0.05元/株", "≤0.05元/株"),
        ("效益指标", "经济效益指标", "良种养殖亩产提高", "≥8%", "≥5%"),
        (None, "可持续影响指标", "良种保种群体", "≥3个", "≥1个"),
        ("满意度指标", "服务对象满意度指标", "用种户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025年—2027年累计数。")
    return b


@variant("ae12-kelp-period-copied", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
         "中期目标, two cumulative counts copied into 年度")  # fmt: skip
def ae12() -> Book:
    b, s = start()
    text = "两年内建成海带烘干中心两座，年烘干能力达到3000吨。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project(s, "海带烘干中心建设项目", UNIT_K, multi_year((400, 320, 80), (180, 150, 30)),
            [text, copied], years=2, attr="新增项目")  # fmt: skip
    same = "两年项目，累计数量照抄中期值"
    table(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "建成烘干中心", "≥2座",
         mk("≥2座", "D202", "warning", note=same)),
        (None, None, "烘干能力", "≥3000吨", mk("≥3000吨", "D202", "warning", note=same)),
        (None, "质量指标", "烘干海带等级品率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "烘干加工成本", "≤500元/吨", "≤500元/吨"),
        ("效益指标", "经济效益指标", "带动海带加工增值", "≥200万元", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "合作社社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b

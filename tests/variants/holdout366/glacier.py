"""Glacier monitoring returns: mass balance, glacial lakes, ice radar, weather stations."""

from __future__ import annotations

from tests.variants.holdout366.common import book, funds, indicators, project, signature, w
from tests.variants.holdout366.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("vl01-glacier-percent", (1,),
         "project, OLD-NAT, operator and unit columns, percent typed in Excel, 万元 only in the "
         "number format (correct)")  # fmt: skip
def glacier_percent() -> Book:
    b, s = book()
    project(s, "雪岭州冰川物质平衡定位观测项目", "雪岭州冰川观测站", funds(128, 110, 18),
            ["完成霜岩冰川等3条冰川的物质平衡观测，形成年度冰川变化数据集。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "物质平衡花杆观测点数", "≥", 46, "个"),
        (None, None, "冰川末端位置测量次数", "≥", 4, "次"),
        (None, "质量指标", "观测数据有效获取率", "≥", pct(0.95), None),
        (None, None, "花杆读数复核合格率", "≥", pct(0.98), None),
        (None, "时效指标", "月度观测数据上报时限", "≤", 10, "工作日"),
        (None, "成本指标", "单点年度观测成本", "≤", 1.5, "万元/个"),
        ("效益指标", "社会效益指标", "冰川变化年报发布次数", "≥", 1, "次"),
        (None, "可持续影响指标", "观测设备年故障率", "≤", pct(0.05), None),
        (None, None, "物质平衡观测序列连续年限", "≥", 12, "年"),
        ("满意度指标", "服务对象满意度指标", "水文部门数据用户满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    signature(s, "卓青岚", "0997-6183025", (2025, 11, 14))
    return b


@variant("vl02-glacier-percent-wrong", (1, 12),
         "project, OLD-NAT, operator column, a typed percent over 100 on a 及时率 and an amount "
         "formatted in 元 inside the 万元 block")  # fmt: skip
def glacier_percent_wrong() -> Book:
    b, s = book()
    other = mk(money(150000, YUAN), "B105", "error",
               note="其他资金 shows 150,000.00元 in a 项目资金（万元） block")  # fmt: skip
    project(s, "冰湖溃决风险预警监测项目", "雪岭州冰川观测站", funds(95, 80, other),
            ["对冷泉沟等5处冰湖开展水位与坝体监测，及时发布溃决风险预警。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="80 + 150000 ≠ 95 follows from the 元 cell")
    late = mk(pct(1.05), "T106", "error", note="及时率 typed as 105% exceeds the 100% ceiling")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "冰湖水位遥测点数", "≥", 5, "个"),
        (None, None, "坝体形变巡测次数", "≥", 6, "次"),
        (None, "质量指标", "遥测数据到报率", "≥", pct(0.95), None),
        (None, "时效指标", "预警信息发布及时率", "≥", late, None),
        (None, "成本指标", "单点遥测年运维费", "≤", 6, "万元/个"),
        ("效益指标", "社会效益指标", "下游受威胁村落预警覆盖数", "≥", 9, "个"),
        (None, "可持续影响指标", "冰湖风险台账更新次数", "≥", 4, "次"),
        ("满意度指标", "服务对象满意度指标", "下游村民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    return b


def _radar(s: Sheet) -> None:
    """The first of the stacked projects: ice-thickness radar."""
    project(s, "冰川厚度探地雷达测量项目", "雪岭州冰川观测站", funds(60, 50, 10),
            ["完成2条冰川主流线的雷达测厚，更新冰储量估算。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "雷达测线总长度", "≥120公里"),
        (None, "质量指标", "数据有效获取率", "≥95%"),
        (None, "时效指标", "野外测量完成时间", "9月30日前"),
        (None, "成本指标", "每公里测线成本", "≤0.4万元/公里"),
        ("效益指标", "生态效益指标", "冰储量估算更新条数", "≥2条"),
        ("满意度指标", "服务对象满意度指标", "科研用户满意度", "≥90%"),
    ])  # fmt: skip


@variant("vl03-glacier-stacked", (2,),
         "two glacier projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values (correct)")  # fmt: skip
def glacier_stacked() -> Book:
    b, s = book()
    _radar(s)
    s.skip()
    project(s, "冰川区自动气象站运维项目", "雪岭州冰川观测站", funds(42, 34, 8),
            ["保障冰川区7套自动气象站全年连续运行。"], title="")  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "运维气象站数量", "≥7套"),
        (None, "质量指标", "数据有效获取率", "≥90%"),
        (None, "时效指标", "故障站点恢复时限", "≤72小时"),
        (None, "成本指标", "单站年运维成本", "≤6万元/套"),
        ("效益指标", "社会效益指标", "气象数据共享机构数", "≥4家"),
        ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl04-glacier-stacked-defects", (2, 11),
         "two glacier projects stacked, OLD-NAT, one value column: the second project's money "
         "does not add up and a 反向 rate carries ≥")  # fmt: skip
def glacier_stacked_defects() -> Book:
    b, s = book()
    _radar(s)
    s.skip()
    total = mk(w(75), "B101", "error", note="60 + 10 = 70, not 75")
    project(s, "冰川末端无人机航测项目", "雪岭州冰川观测站", funds(total, 60, 10),
            ["每年两期航测冰川末端，生成正射影像和高程模型。"], title="")  # fmt: skip
    miss = mk("≥3%", "T108", "warning", row=True, note="漏测率 is 反向: ≥ should be ≤")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "航测冰川末端数量", "≥6处"),
        (None, "质量指标", "航片重叠区漏测率", miss),
        (None, "时效指标", "影像成果提交时限", "≤30个工作日"),
        (None, "成本指标", "单处航测成本", "≤8万元/处"),
        ("效益指标", "生态效益指标", "冰川末端变化图件", "≥2套"),
        ("满意度指标", "服务对象满意度指标", "应急管理部门满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl05-glacier-labels", (5, 7),
         "project, OLD-NAT, tier labels numbered with points (一、产出指标（50分）, 1.数量指标), "
         "headers 指标内容 and 绩效标准 (correct)")  # fmt: skip
def glacier_labels() -> Book:
    b, s = book()
    project(s, "冰川编目遥感更新项目", "雪岭州冰川观测站", funds(88, 88, 0.0),
            ["基于2026年卫星影像更新全州冰川编目，形成冰川分布矢量数据。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("一、产出指标（50分）", "1.数量指标", "编目更新冰川条数", "≥1800条"),
        (None, "2.质量指标", "冰川边界目视核查合格率", "≥95%"),
        (None, "3.时效指标", "编目成果提交时间", "11月30日前"),
        (None, "4.成本指标", "每百条冰川编目成本", "≤4.5万元"),
        ("二、效益指标（40分）", "1.社会效益指标", "冰川编目成果共享部门数", "≥5家"),
        (None, "2.生态效益指标", "冰川面积变化核算报告", "≥1份"),
        ("三、满意度指标（10分）", "1.服务对象满意度指标", "规划部门使用满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vl06-glacier-template-rows", (5, 6, 13),
         "project, NAT-2021, abbreviated tier labels: a tier-2 under the wrong tier-1, a tier-2 "
         "left from the template, a value without a name")  # fmt: skip
def glacier_template_rows() -> Book:
    b, s = book()
    project(s, "冰川径流水文断面监测项目", "雪岭州冰川观测站", funds(70, 62, 8),
            ["在3处冰川出山口断面开展径流与泥沙监测。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出", "数量", "监测断面数量", "≥3个"),
        (None, "质量", "流量测验误差合格率", "≥95%"),
        (None, mk("生态效益", "F105", "error", note="生态效益指标 belongs to 效益指标"),
         "出山口融水径流量核算", "≥1份"),
        (None, "时效", "汛期水情日报时限", "≤24小时"),
        ("成本", "经济成本", "单断面年监测成本", "≤20万元/个"),
        (None, mk("社会成本", "F109", "warning", row=True, note="template tier-2, nothing filled"),
         None, None),
        ("效益", "社会效益", "融雪洪水预警信息发布", "≥10期"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥2份"),
        ("满意度", "服务对象满意度", "水利部门满意度", "≥90%"),
    ])  # fmt: skip
    return b

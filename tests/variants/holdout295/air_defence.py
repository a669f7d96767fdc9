"""Civil air defence projects (人民防空): alarm networks (防空警报建设) and shelter upkeep
(人防工程维护), ss01–ss06."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout295.common import (
    HEAD4,
    YEAR,
    annual_money,
    book,
    indicators,
    notes,
    one_year_money,
    period_money,
    project,
    signature,
)
from tests.variants.holdout295.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
YAN_RF = "砚川市人民防空办公室（417002）"
HE_RF = "鹤汀县人民防空办公室（521030）"
QI_RF = "栖梧区人民防空办公室（309014）"
CHENG_RF = "澄浦区人民防空办公室（915004）"


@variant("ss01-alarm-percent-cells", (1,), "project, OLD-NAT, operator and unit columns, "
         "typed percent cells, 万元 only in the number format (correct)")  # fmt: skip
def ss01() -> Book:
    b, s = book()
    project(s, name="砚川市防空警报器新建及升级改造", dept=YAN_RF, attr="一次性项目",
            unit="砚川市人防指挥信息保障中心",
            money=one_year_money(money(186, WAN), money(180, WAN), money(6, WAN)),
            goals=["新建电声警报器12台、改造电动警报器20台，"
                   "城区警报音响覆盖率达到95%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "新建电声警报器数量", "≥", 12, "台"),
        (None, None, "改造电动警报器数量", "≥", 20, "台"),
        (None, "质量指标", "警报器安装验收合格率", "=", pct(1), "%"),
        (None, None, "警报音响覆盖率", "≥", pct(0.95), "%"),
        (None, None, "警报器年故障率", "≤", pct(0.02), "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(YEAR, 10, 31, CN_DATE), None),
        (None, "成本指标", "电声警报器单台采购安装成本", "≤", 9.5, "万元/台"),
        (None, None, "电动警报器单台改造成本", "≤", 3.2, "万元/台"),
        ("效益指标", "社会效益指标", "市民防空警报信号识别知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "警报设施设计使用年限", "≥", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "韦启澜", "佘可欣", "0736-5821437", day(YEAR - 1, 11, 12))
    return b


@variant("ss02-alarm-percent-wrong", (1, 11), "project, NAT-2021, operator and unit columns, "
         "typed percent cells: a count typed into a percent cell, a 完好率 above 100 %, "
         "a 反向 rate with ≥")  # fmt: skip
def ss02() -> Book:
    b, s = book()
    project(s, name="鹤汀县防空警报系统运行维护", dept=HE_RF, attr="常年项目",
            unit="鹤汀县人防警报通信站",
            money=one_year_money(money(64, WAN), money(60, WAN), money(4, WAN)),
            goals=["完成全县防空警报器年度维护保养"
                   "和试鸣保障，警报设施完好运行。"])  # fmt: skip
    count = mk(pct(0.48), "T120", "error", row=True, alt=("T112",),
               note="48 typed into a percent cell: shows 48%, the unit says 台")  # fmt: skip
    over = mk(pct(1.05), "T106", "error", row=True, note="完好率 ≥105%: above the 100% ceiling")
    against = mk("≥", "T108", "warning", row=True, note="故障率 is 反向 but takes ≥")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "维护保养警报器数量", "≥", count, "台"),
        (None, None, "组织警报试鸣", "=", 2, "次"),
        (None, "质量指标", "警报器完好率", "≥", over, "%"),
        (None, None, "警报器年故障率", against, pct(0.03), "%"),
        (None, "时效指标", "故障报修响应时间", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "警报器单台年维护成本", "≤", 0.9, "万元/台"),
        ("效益指标", "社会效益指标", "警报试鸣音响覆盖率", "≥", pct(0.93), "%"),
        (None, "可持续影响指标", "警报设施运维管理机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "社会公众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "龙映川", "柏晓雯", "0779-3316208", day(YEAR - 1, 10, 28))
    return b


def _stacked(s: Sheet, title: str | None, name: str, amounts: tuple[Any, Any, Any], goal: str,
             rows: list[tuple[Any, ...]], dept: str, unit: str) -> None:  # fmt: skip
    """One project of a stacked sheet: its short head, then its own indicator table."""
    if title == "":
        s.skip()
    project(s, name=name, dept=dept, unit=unit, money=annual_money(*amounts), goals=[goal],
            title=title)  # fmt: skip
    indicators(s, HEAD4, rows)


@variant("ss03-shelter-stacked-three", (2,), "three shelter projects stacked in one sheet, "
         "OLD-NAT, one value column, the same name with different values in two projects, "
         "0起 on an incident count, a 下降率 with ≥ (correct)")  # fmt: skip
def ss03() -> Book:
    b, s = book()
    unit = "栖梧区人防工程管理所"
    _stacked(s, None, "栖梧区早期人防工程安全排查整治", (48, 48, 0),
             "排查辖区早期人防工程，整治安全隐患，消除坍塌和积水风险。", [
        ("产出指标", "数量指标", "排查早期人防工程面积", "≥15000平方米"),
        (None, None, "整治安全隐患点", "≥28处"),
        (None, "质量指标", "隐患整治验收合格率", "≥95%"),
        (None, "时效指标", "隐患整治完成时间", "2025年11月30日前"),
        (None, "成本指标", "单处隐患整治成本", "≤1.5万元/处"),
        ("效益指标", "社会效益指标", "人防工程安全责任事故", "0起"),
        (None, "可持续影响指标", "早期人防工程安全管理台账", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ], QI_RF, unit)  # fmt: skip
    _stacked(s, "", "栖梧区公用人防工程维护管理", (65, 60, 5),
             "做好公用人防工程日常维护和巡查，保持工程战备完好。", [
        ("产出指标", "数量指标", "维护公用人防工程面积", "≥12000平方米"),
        (None, None, "开展工程维护巡查", "≥48次"),
        (None, "质量指标", "工程维护验收合格率", "100%"),
        (None, "时效指标", "季度巡查按时完成率", "≥95%"),
        (None, "成本指标", "单位面积年维护成本", "≤45元/平方米"),
        ("效益指标", "社会效益指标", "人防工程平时开放利用面积占比", "≥60%"),
        (None, "可持续影响指标", "工程维护管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥88%"),
    ], QI_RF, unit)  # fmt: skip
    _stacked(s, "", "栖梧区人防工程防护设备维修", (32, 32, 0),
             "维修老化的防护密闭门，恢复人防工程防护功能。", [
        ("产出指标", "数量指标", "维修防护密闭门", "≥35樘"),
        (None, "质量指标", "维修设备验收合格率", "≥95%"),
        (None, "时效指标", "设备维修完成时间", "2025年10月31日前"),
        (None, "成本指标", "防护密闭门单樘维修成本", "≤0.8万元/樘"),
        ("效益指标", "社会效益指标", "防护设备故障报修下降率", "≥30%"),
        (None, "可持续影响指标", "防护设备正常使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "工程使用单位满意度", "≥90%"),
    ], QI_RF, unit)  # fmt: skip
    signature(s, "甘砺锋", "覃语桐", "0771-6043159", day(YEAR - 1, 12, 3))
    return b


@variant("ss04-shelter-stacked-defects", (2, 12), "two shelter projects stacked, OLD-NAT, one "
         "value column: the second project's sources exceed its total, and a 完成率 given as a "
         "count")  # fmt: skip
def ss04() -> Book:
    b, s = book()
    unit = "澄浦区人防工程维护中心"
    _stacked(s, None, "澄浦区人防工程平战结合维护", (55, 50, 5),
             "维护平战结合人防工程，保障平时使用安全和战时转换。", [
        ("产出指标", "数量指标", "维护平战结合人防工程", "≥9处"),
        (None, "质量指标", "维护工程验收合格率", "≥95%"),
        (None, "时效指标", "维护任务完成时间", "2025年11月30日前"),
        (None, "成本指标", "单处工程年维护成本", "≤5万元/处"),
        ("效益指标", "社会效益指标", "工程平时使用安全事故", "0起"),
        (None, "可持续影响指标", "平战转换预案", "完备"),
        ("满意度指标", "服务对象满意度指标", "工程使用单位满意度", "≥90%"),
    ], CHENG_RF, unit)  # fmt: skip
    total = mk(money(80), "B101", "error", row=True, note="财政拨款 70 + 其他资金 15 = 85 ≠ 80")
    rate = mk("6处", "T105", "error", note="a 完成率 given as a count of sites")
    _stacked(s, "", "澄浦区人防疏散基地设施维护", (total, 70, 15),
             "维护人防疏散基地供水、供电和生活保障设施，保持基地随时可用。", [
        ("产出指标", "数量指标", "维护疏散基地供水供电设施", "≥14套"),
        (None, None, "疏散基地设施维护计划完成率", rate),
        (None, "质量指标", "设施维护验收合格率", "≥95%"),
        (None, "时效指标", "维护任务完成时间", "2025年10月31日前"),
        (None, "成本指标", "单套设施维护成本", "≤4万元/套"),
        ("效益指标", "社会效益指标", "疏散基地应急接收能力", "提升"),
        (None, "可持续影响指标", "疏散基地管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "基地所在村镇群众满意度", "≥90%"),
    ], CHENG_RF, unit)  # fmt: skip
    signature(s, "沈瀚舟", "黎若岚", "0755-2719840", day(YEAR - 1, 11, 26))
    return b


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ss05-shelter-two-periods", (8,), "three-year shelter project, NAT-2021, 中期 and "
         "年度 value columns, counts split by year, rates and unit costs equal, a 2027 date in "
         "the 中期 column (correct)")  # fmt: skip
def ss05() -> Book:
    b, s = book()
    project(s, name="砚川市公用人防工程维护提升三年行动", dept=YAN_RF, attr="新增项目",
            unit="砚川市人防工程质量监督站", years=3,
            money=period_money((900, 850, 50), (320, 300, 20)),
            goals=["三年完成36处公用人防工程维护提升、更新通风滤毒设备90套，工程防护功能完好率"
                   "保持在95%以上。",
                   "本年完成12处公用人防工程维护提升、更新通风滤毒设备30套，维护工程验收合格率"
                   "达到95%以上。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "维护提升公用人防工程", "≥36处", "≥12处"),
        (None, None, "更新通风滤毒设备", "≥90套", "≥30套"),
        (None, "质量指标", "维护工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "维护任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单处工程维护提升成本", "≤18万元/处", "≤18万元/处"),
        (None, None, "通风滤毒设备单套更新成本", "≤2万元/套", "≤2万元/套"),
        ("效益指标", "社会效益指标", "人防工程防护功能完好率", "≥95%", "≥92%"),
        (None, "可持续影响指标", "人防工程维护管理长效机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "工程使用单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：中期指标值为2025年至2027年三年累计值，年度指标值为2025年度值。", width=5)
    signature(s, "韦启澜", "卜嘉禾", "0736-5821452", day(YEAR - 1, 11, 18))
    return b


@variant("ss06-alarm-period-copied", (8,), "three-year alarm network project, NAT-2021, 中期 "
         "and 年度 value columns: 年度目标 copied from 中期目标, a cumulative count copied, an "
         "annual count above its period count")  # fmt: skip
def ss06() -> Book:
    b, s = book()
    goal = "新建多媒体警报器并接入县人防指挥平台，建成覆盖全县乡镇的防空警报网络。"
    same = mk(goal, "D204", "warning", row=True, note="年度目标 is the 中期目标 word for word")
    copied = mk("≥45台", "D202", "warning", row=True, note="a three-year count copied to 年度")
    above = mk("≥12套", "D201", "error", row=True, note="annual 12 above the period's 9")
    project(s, name="鹤汀县防空警报网络扩容建设", dept=HE_RF, attr="新增项目", years=3,
            unit="鹤汀县人防警报通信站",
            money=period_money((420, 400, 20), (150, 140, 10)), goals=[goal, same])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "新建多媒体警报器", "≥45台", copied),
        (None, None, "接入指挥平台的警报控制终端", "≥9套", above),
        (None, "质量指标", "警报器安装验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务完成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "多媒体警报器单台建设成本", "≤2.5万元/台", "≤2.5万元/台"),
        (None, None, "控制终端单套接入成本", "≤2万元/套", "≤2万元/套"),
        ("效益指标", "社会效益指标", "乡镇警报音响覆盖率", "≥95%", "≥80%"),
        (None, "可持续影响指标", "警报设施维护管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "乡镇群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "龙映川", "岑嘉树", "0779-3316215", day(YEAR - 1, 11, 5))
    return b

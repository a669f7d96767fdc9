"""Weather-station returns: automatic field stations built, run and renewed (kep01–kep06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout812.common import (
    DEPT,
    STATION,
    YEAR,
    cash,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout812.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("kep01-station-network", (1, 5, 12),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "typed percents, 万元 in the number format (correct)")  # fmt: skip
def station_network() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县农田小气候自动气象站建设项目", dept=DEPT,
                 unit=STATION, money=one_year(180, 150, 30), goals=[
                     "新建农田小气候自动气象站12个（蒲汀镇5个、芦湾乡4个、石垄镇3个），"
                     "站点数据实时接入县智慧农业平台，到报率不低于98%，"
                     "为2027年全县推广积累运行数据。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "新建自动气象站数量", "≥", 12, "个"),
        (None, None, "每站接入的气象与墒情要素", "≥", 8, "项"),
        (None, "（二）质量指标", "站点数据到报率", "≥", pct(0.98), "%"),
        (None, None, "数据缺测率", "≤", pct(0.02), "%"),
        (None, "（三）时效指标", "站点安装调试完成时间", "≤", "2026年9月30日", "日期"),
        ("二、成本指标（20分）", "（一）经济成本指标", "单站建设成本", "≤",
         cash(12), "万元/个"),
        ("三、效益指标（20分）", "（一）社会效益指标", "气象灾害预警覆盖种植户", "≥", 1.8,
         "万户"),
        (None, "（二）可持续影响指标", "站点运维机制", "定性", "建立并执行", None),
        (None, None, "站点安全事故", "≤", 0, "起"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥",
         pct(0.9), "%"),
    ])  # fmt: skip
    notes(s, "注：站点按乡镇分列见年度目标，三镇合计12个；单站成本含设备、基座和通信模块。")
    sign(s, "贺禾青", "0739-5528461")
    return b


@variant("kep02-station-midterm", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns, the period's counts beside "
         "smaller annual counts, rates and unit costs equal (correct)")  # fmt: skip
def station_midterm() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澄穗县农业气象监测网三年建设项目",
        dept=DEPT,
        unit=STATION,
        years=3,
        attr="新增项目",
        money=multi_year((540, 450, 90), (180, 150, 30)),
        goals=[
            "2026—2028年建成农田小气候站36个，覆盖全县12个乡镇，形成县域农业气象监测网。",
            "2026年建成站点12个，覆盖蒲汀镇、芦湾乡、石垄镇、桐坳乡4个乡镇。",
        ],
    )
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "新建自动气象站数量", "≥36个", "≥12个"),
        (None, None, "站点覆盖乡镇数", "≥12个", "≥4个"),
        (None, "质量指标", "站点数据到报率", "≥98%", "≥98%"),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤12万元/个", "≤12万元/个"),
        ("效益指标", "社会效益指标", "预警服务覆盖种植户", "≥5万户", "≥1.8万户"),
        (None, "可持续影响指标", "监测数据连续积累年限", "≥3年", "≥1年"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺禾青", "0739-5528461")
    return b


@variant("kep03-station-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same rate name "
         "with different values in the two projects (correct)")  # fmt: skip
def station_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澄穗县自动气象站运维项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(60, 60, 0),
        goals=["全年运维自动气象站24个，数据到报率不低于98%，发布农业气象服务产品36期。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "运维站点数", "≥24个"),
        (None, "质量指标", "站点数据到报率", "≥98%"),
        (None, "时效指标", "故障修复时间", "≤48小时"),
        (None, "成本指标", "单站年运维费", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "农业气象服务产品发布", "≥36期"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="澄穗县农业气象灾害监测设备更新项目",
        dept=DEPT,
        unit=STATION,
        title="",
        attr="一次性项目",
        money=one_year(45, 40, 5),
        goals=["更新老旧站点风速、雨量传感器30套，更新站点数据到报率达到95%以上。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "更新传感器数量", "≥30套"),
        (None, "质量指标", "站点数据到报率", "≥95%"),
        (None, None, "设备验收合格率", "=100%"),
        (None, "时效指标", "更新完成时间", "2026年10月31日前"),
        (None, "成本指标", "传感器单价", "≤1.5万元/套"),
        ("效益指标", "可持续影响指标", "更新设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "站点所在村满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺禾青", "0739-5528461")
    return b


@variant("kep04-station-goal-mismatch", (12,),
         "project, NAT-2021: goal's station count against the indicator, a deadline left "
         "from last season, unit cost × count above the money")  # fmt: skip
def station_goal_mismatch() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄穗县设施农业气象站建设项目", dept=DEPT, unit=STATION,
                 attr="新增项目", money=one_year(150, 120, 30), goals=[
                     "在蒲汀镇、芦湾乡设施蔬菜基地新建设施农业气象站15个，"
                     "2026年10月底前完成安装调试，棚内温湿度数据接入县平台。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标",
         "新建设施农业气象站", mk("≥12个", "D104", "warning", row=True,
                                  note="年度目标写新建15个，指标却是12个")),
        (None, "质量指标", "棚内数据到报率", "≥98%"),
        (None, "时效指标", "安装调试完成时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="2026年的项目写上一季的期限，年度目标写2026年10月底")),
        ("成本指标", "经济成本指标", "单站建设成本",
         mk("≤15万元/个", "B107", "warning", row=True,
            note="15万元×12个=180万元（按目标15个为225万元），超过年度资金150万元")),
        ("效益指标", "经济效益指标", "基地蔬菜亩均节本增效", "≥80元/亩"),
        (None, "社会效益指标", "棚室灾害预警覆盖种植户", "≥600户"),
        ("满意度指标", "服务对象满意度指标", "基地种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺禾青", "0739-5528461")
    return b


@variant("kep05-station-midterm-wrong", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "an annual count above the period's, a cumulative count copied")  # fmt: skip
def station_midterm_wrong() -> Book:
    b, s = start()
    goal = "三年建成村级小型气象站30个，培训基层气象信息员300人，预警信息进村入户。"
    project_head(s, year=YEAR, name="澄穗县村级农业气象信息站建设项目", dept=DEPT,
                 unit=STATION, years=3, attr="新增项目",
                 money=multi_year((270, 240, 30), (90, 80, 10)), goals=[
                     goal, mk(goal, "D204", "warning",
                              note="三年期项目的年度目标与中期目标逐字相同")])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    indicators(s, [
        ("产出指标", "数量指标", "村级小型气象站建成数",
         "≥30个", mk("≥40个", "D201", "error", note="年度40个多于三年合计30个")),
        (None, None, "培训基层气象信息员", "≥300人",
         mk("≥300人", "D202", "warning", note="三年累计人数原样抄进年度")),
        (None, "质量指标", "站点数据到报率", "≥95%", "≥95%"),
        (None, "时效指标", "预警信息进村时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "单站建设成本", "≤8万元/个", "≤8万元/个"),
        ("效益指标", "社会效益指标", "预警信息覆盖行政村", "≥120个", "≥40个"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺禾青", "0739-5528461")
    return b


@variant("kep06-station-duplicates", (2, 5),
         "project, NAT-2021, abbreviated tier labels: the same rate twice with two values, "
         "a timeliness rate under 数量")  # fmt: skip
def station_duplicates() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="澄穗县自动气象站数据服务项目",
        dept=DEPT,
        unit=STATION,
        money=one_year(36, 36, 0),
        goals=["保障全县24个自动气象站数据稳定传输，全年发布农业气象周报52期。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出", "数量", "农业气象周报发布期数", "≥52期"),
        (None, None, "周报发布及时率",
         mk("≥95%", "F201", "warning", row=True, note="及时率是时效指标，填在数量下")),
        (None, "质量", "站点数据到报率", "≥98%"),
        (None, "时效", "数据传输中断修复时间", "≤24小时"),
        ("成本", "经济成本", "单站年数据通信费", "≤1.5万元/个"),
        ("效益", "社会效益", "周报阅读种植户", "≥8000户"),
        (None, "可持续影响", "站点数据到报率",
         mk("≥95%", "D102", "error", row=True, alt=("D101", "D103"),
            note="与质量指标下的“站点数据到报率 ≥98%”同一指标，值不同")),
        ("满意度", "服务对象满意度", "种植户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "贺禾青", "0739-5528461")
    return b

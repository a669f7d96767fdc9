"""Street tree planting: one-year and multi-year planting projects, two stacked sheets."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout866.common import (
    CENTRE,
    DEPT,
    HEAD,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout866.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("kgr01-street-tree-percent", (1, 7, 12),
         "project, NAT-2021, operator and unit columns under header 绩效目标值, typed percent "
         "cells, 万元 only in the number format, a goal total with its parts in brackets "
         "(correct)")  # fmt: skip
def street_tree_percent() -> Book:
    b, s = start()
    project_head(s, year=2026, name="禾丰大道等七条道路行道树补植项目", dept=DEPT, unit=CENTRE,
                 money=one_year(380, 350, 30), goals=[
                     "2026年在禾丰大道、泮塘东路等7条道路补植行道树1200株（其中银杏480株、"
                     "香樟720株），苗木成活率不低于95%，新增树冠覆盖面积1.8万平方米。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位"), [
        ("产出指标", "数量指标", "补植行道树数量", "≥", 1200, "株"),
        (None, None, "补植道路条数", "=", 7, "条"),
        (None, "质量指标", "苗木成活率", "≥", pct(0.95), "%"),
        (None, None, "苗木规格验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "种植完成时间", "≤", day(2026, 4, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单株综合种植成本", "≤", 0.3, "万元/株"),
        ("效益指标", "生态效益指标", "新增树冠覆盖面积", "≥", 1.8, "万平方米"),
        (None, "社会效益指标", "道路遮荫通行条件", "定性", "明显改善", None),
        (None, "可持续影响指标", "补植苗木养护期", "≥", 2, "年"),
        ("满意度指标", "服务对象满意度指标", "沿线居民及商户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0593-8827164")
    return b


@variant("kgr02-tree-goal-date-cost", (12,),
         "project, NAT-2021, one value column: the goal's count against the indicator, a "
         "completion date after the budget year, a unit cost × count above the money")  # fmt: skip
def tree_goal_date_cost() -> Book:
    b, s = start()
    project_head(s, year=2026, name="柘林路片区行道树提档补植项目", dept=DEPT, unit=CENTRE,
                 money=one_year(260, 260, 0), goals=[
                     "2026年完成柘林路、梧岗街等5条道路行道树提档补植1500株，年底前全部完成"
                     "种植并移交养护，苗木成活率不低于95%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补植行道树数量",
         mk("≥1200株", "D104", "warning", row=True,
            note="年度目标写补植1500株，指标只有1200株")),
        (None, None, "提档道路条数", "=5条"),
        (None, "质量指标", "苗木成活率", "≥95%"),
        (None, "时效指标", "种植完成时间",
         mk("2027年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2026-01-01至2026-12-31），目标写年底前完成，期限却在2027年")),
        ("成本指标", "经济成本指标", "单株补植成本",
         mk("≤0.25万元/株", "B107", "warning", row=True,
            note="0.25万元 × 1200株 = 300万元，超过年度资金260万元")),
        ("效益指标", "生态效益指标", "新增树冠投影面积", "≥1.2万平方米"),
        (None, "社会效益指标", "道路遮荫通行条件", "明显改善"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁承泽", "0593-8827190")
    return b


@variant("kgr03-boulevard-two-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 value columns: the period's counts beside "
         "smaller annual counts, rates equal, a later year the work prepares for "
         "(correct)")  # fmt: skip
def boulevard_two_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="泮塘东路林荫大道建设项目", dept=DEPT, unit=CENTRE,
                 attr="新增项目", money=multi_year((620, 620, 0), (340, 340, 0)), goals=[
                     "2026—2027年在泮塘东路全线6.2公里种植行道树3000株，建成林荫大道，为"
                     "2028年申报市级林荫示范道路积累养护数据。",
                     "2026年完成一期2.8公里，种植行道树1400株，成活率不低于95%。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "行道树种植数量", "≥3000株", "≥1400株"),
        (None, None, "林荫道路建设长度", "≥6.2公里", "≥2.8公里"),
        (None, "质量指标", "苗木成活率", "≥95%", "≥95%"),
        (None, "时效指标", "完工时间", "2027年10月31日前", "一期2026年11月30日前"),
        ("成本指标", "经济成本指标", "每公里综合造价", "≤100万元/公里", "≤100万元/公里"),
        ("效益指标", "生态效益指标", "新增树冠覆盖面积", "≥2.6万平方米", "≥1.2万平方米"),
        (None, "可持续影响指标", "建成路段养护责任落实率", "=100%", "=100%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0593-8827164")
    return b


@variant("kgr04-lanes-three-year-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts copied "
         "from 中期 into 年度 against the 年度目标, an annual area above the period's")  # fmt: skip
def lanes_three_year_copied() -> Book:
    b, s = start()
    project_head(s, year=2026, years=3, name="澄埠区背街小巷补绿三年行动", dept=DEPT,
                 unit=CENTRE, money=multi_year((900, 900, 0), (300, 300, 0)), goals=[
                     "2026—2028年为全区42条背街小巷补植乔木4200株，新增绿地1.5万平方米。",
                     "2026年完成14条背街小巷补绿，补植乔木1400株，新增绿地0.5万平方米。"],
    )  # fmt: skip
    copied = "年度目标写14条、1400株，年度指标值照抄了三年的中期指标值"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "补绿街巷数量", "≥42条",
         mk("≥42条", "D202", "warning", alt=("D104",), note=copied)),
        (None, None, "补植乔木数量", "≥4200株",
         mk("≥4200株", "D202", "warning", alt=("D104",), note=copied)),
        (None, None, "新增绿地面积", "≥1.5万平方米",
         mk("≥1.8万平方米", "D201", "error", alt=("D104",),
            note="一年的面积大于三年的面积，年度目标只写0.5万平方米")),
        (None, "质量指标", "补植乔木成活率", "≥95%", "≥95%"),
        (None, "时效指标", "年度补绿任务完成时间", "2028年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单株补植综合成本", "≤0.2万元/株", "≤0.2万元/株"),
        ("效益指标", "社会效益指标", "街巷绿化环境", "明显改善", "有所改善"),
        ("满意度指标", "服务对象满意度指标", "街巷居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁承泽", "0593-8827190")
    return b


def _tree_pits(second_total: Any, deadline: Any, third: tuple[Any, Any]) -> Book:
    """Two planting projects stacked in one sheet, OLD-NAT, one value column."""
    b, s = start("绩效目标表")
    project_head(s, year=2026, name="新城片区行道树补植项目", dept=DEPT, unit=CENTRE,
                 money=one_year(150, 150, 0), goals=[
                     "2026年补植新城片区行道树500株，苗木成活率不低于95%。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "补植行道树数量", "≥500株"),
        (None, "质量指标", "苗木成活率", "≥95%"),
        (None, "时效指标", "种植完成时间", "2026年5月31日前"),
        (None, "成本指标", "单株补植成本", "≤0.28万元/株"),
        ("效益指标", "生态效益指标", "新增遮荫面积", "≥0.6万平方米"),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：苗木成活率按种植后第一个生长季末统计。")
    s.skip()
    project_head(s, year=2026, title="", name="新城片区树穴改造及树池篦子安装项目", dept=DEPT,
                 unit=CENTRE, money=[
                     ("年度资金总额", wan(second_total), "其中：财政拨款", wan(100)),
                     ("其他资金", wan(30), None, None)],
                 goals=["2026年改造树穴1600个，安装树池篦子800套，改善行人通行条件。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "改造树穴数量", "≥1600个"),
        (None, None, "树池篦子安装数量", "≥800套"),
        (None, None, *third),
        (None, "质量指标", "苗木成活率", "≥98%"),
        (None, None, "施工验收合格率", "=100%"),
        (None, "时效指标", "完工时间", deadline),
        (None, "成本指标", "单个树穴改造成本", "≤0.04万元/个"),
        ("效益指标", "社会效益指标", "行人通行舒适度", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：树穴改造成本含透水铺装，树池篦子费用另列。")
    sign(s, "祁望舒", "0593-8827164")
    return b


@variant("kgr05-stacked-tree-pits", (2, 4, 9),
         "two projects stacked in one sheet, OLD-NAT, one value column: the same indicator name "
         "with different values in each project, =100% kept as text, note rows under each "
         "table, signature and stamp lines (correct)")  # fmt: skip
def stacked_tree_pits() -> Book:
    return _tree_pits(130, "2026年9月30日前", ("人行道透水铺装面积", "≥2400平方米"))


@variant("kgr06-stacked-tree-pits-defects", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column: the second project's "
         "total not the sum of its parts, the same indicator twice with a word changed, a "
         "deadline left from last year's form")  # fmt: skip
def stacked_tree_pits_defects() -> Book:
    total = mk(wan(120), "B101", "error", row=True,
               note="财政拨款100万元 + 其他资金30万元 = 130万元，不是120万元")  # fmt: skip
    deadline = mk("2025年10月31日前", "Y102", "error", row=True, alt=("Y103",),
                  note="2026年度项目的完工时间写成上一年的日期（上年表格遗留）")  # fmt: skip
    twin = mk("≥800套", "D103", "warning", row=True, alt=("D101", "D102"),
              note="与上一行“树池篦子安装数量 ≥800套”是同一指标")  # fmt: skip
    return _tree_pits(total, deadline, ("树池篦子安装套数", twin))

"""Returns for the project half of the theme (扶持项目 in resettled villages): vu07–vu12."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout375.common import TIERS, multi_year, new, one_year, project, table, w
from tests.variants.holdout375.registry import variant
from tests.variants.kit import Book, Sheet, mk

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def stacked(
    s: Sheet,
    first: bool,
    name: str,
    money_rows: list[list[Any]],
    goal: str,
    rows: Sequence[Sequence[Any]],
) -> None:
    """One project of several stacked in one sheet: its head, then its indicator table."""
    if not first:
        s.skip()
    project(s, name, money_rows, [goal], title=None if first else "")
    table(s, TIERS, rows)


@variant(
    "vu07-stacked-three-villages",
    (2,),
    "three village projects stacked in one sheet, "
    "OLD-NAT, one value column, the same indicator names with different values (correct)",
)
def vu07() -> Book:
    b, s = new()
    stacked(
        s,
        True,
        "雁汀村移民美丽家园建设",
        one_year(120, 100, 20),
        "硬化雁汀村村内道路3.2公里，新建排水沟渠2.6公里。",
        [
            ("产出指标", "数量指标", "村内道路硬化里程", "≥3.2公里"),
            (None, None, "新建排水沟渠", "≥2.6公里"),
            (None, "质量指标", "工程竣工验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年10月31日前"),
            (None, "成本指标", "道路硬化单位造价", "≤30万元/公里"),
            ("效益指标", "社会效益指标", "受益移民人口", "≥860人"),
            (None, "可持续影响指标", "工程设施使用年限", "≥15年"),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    stacked(
        s,
        False,
        "棠岙村移民安置区饮水安全提升",
        one_year(85, 85, 0),
        "新建蓄水池2座，硬化进水池道路1.5公里。",
        [
            ("产出指标", "数量指标", "新建蓄水池", "≥2座"),
            (None, None, "村内道路硬化里程", "≥1.5公里"),
            (None, "质量指标", "水质检测达标率", "≥95%"),
            (None, "时效指标", "项目完工时间", "2025年9月30日前"),
            (None, "成本指标", "道路硬化单位造价", "≤28万元/公里"),
            ("效益指标", "社会效益指标", "饮水安全保障移民户数", "≥312户"),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥92%"),
        ],
    )
    stacked(
        s,
        False,
        "枫坑村移民茶叶产业扶持",
        one_year(60, 48, 12),
        "新建标准化茶园200亩，带动移民户增收。",
        [
            ("产出指标", "数量指标", "新建标准化茶园面积", "≥200亩"),
            (None, "质量指标", "茶苗成活率", "≥90%"),
            (None, "时效指标", "茶苗栽植完成时间", "2025年4月30日前"),
            (None, "成本指标", "茶园建设补助标准", "≤2500元/亩"),
            ("效益指标", "经济效益指标", "带动移民户年均增收", "≥3000元/户"),
            (None, "可持续影响指标", "茶园管护期", "≥3年"),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vu08-stacked-defects",
    (2, 12),
    "two village projects stacked, OLD-NAT, one value "
    "column: the second project's total ≠ 财政拨款 + 其他资金, a 参与率 given in 户",
)
def vu08() -> Book:
    b, s = new()
    stacked(
        s,
        True,
        "石磴村移民文化广场建设",
        one_year(45, 45, 0),
        "建成石磴村移民文化广场1处。",
        [
            ("产出指标", "数量指标", "新建文化广场面积", "≥1500平方米"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年8月31日前"),
            (None, "成本指标", "广场单位造价", "≤280元/平方米"),
            ("效益指标", "社会效益指标", "受益移民人口", "≥1100人"),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    total = mk(w(150), "B101", "error", note="年度资金总额 150 ≠ 财政拨款 120 + 其他资金 20")
    stacked(
        s,
        False,
        "沙埠村移民安置区护坡整治",
        one_year(total, 120, 20),
        "整治沙埠村安置区护坡，消除滑坡隐患。",
        [
            ("产出指标", "数量指标", "整治护坡长度", "≥1.2公里"),
            (None, "质量指标", "工程验收合格率", "=100%"),
            (None, "时效指标", "项目完工时间", "2025年11月30日前"),
            ("效益指标", "社会效益指标", "消除隐患移民户数", "≥136户"),
            (
                None,
                None,
                "移民户参与率",
                mk("136户", "T105", "error", note="参与率给的是户数，不是百分比"),
            ),
            ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "vu09-three-year-embankment",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, counts smaller in the year, unit costs and rates equal (correct)",
)
def vu09() -> Book:
    b, s = new()
    goals = (
        "三年整治鹭湾水库库岸4.5公里，新建移民村生产便道12公里。",
        "2025年整治库岸1.5公里，新建生产便道4公里。",
    )
    project(
        s,
        "鹭湾水库库区移民村库岸整治",
        multi_year((900, 840, 60), (300, 280, 20)),
        goals,
        years=3,
        attr="新增项目",
    )
    rows = [
        ("成本指标", "经济成本指标", "库岸整治单位造价", "≤180万元/公里", "≤180万元/公里"),
        ("产出指标", "数量指标", "整治库岸长度", "≥4.5公里", "≥1.5公里"),
        (None, None, "新建移民村生产便道", "≥12公里", "≥4公里"),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "年度工程完工时间", "2027年12月31日前", "2025年12月31日前"),
        ("效益指标", "社会效益指标", "受保护移民人口", "≥2400人", "≥800人"),
        (None, "生态效益指标", "库岸水土流失治理面积", "≥36公顷", "≥12公顷"),
        (None, "可持续影响指标", "工程设计使用年限", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "库区移民满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD, rows)
    return b


@variant(
    "vu10-three-year-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "two cumulative counts copied into the year, one annual count above its period",
)
def vu10() -> Book:
    b, s = new()
    goals = (
        "三年新建移民村产业路9公里、灌溉渠道6公里，培训移民1800人次。",
        "2025年启动产业路和灌溉渠道建设，培训移民600人次。",
    )
    project(
        s,
        "岙潭水库移民村产业发展扶持",
        multi_year((1200, 1200, 0), (420, 420, 0)),
        goals,
        years=3,
        attr="新增项目",
    )
    copied = "三年累计数照抄到年度列"
    rows = [
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次", "≤800元/人次"),
        (
            "产出指标",
            "数量指标",
            "新建移民村产业路",
            "≥9公里",
            mk("≥9公里", "D202", "warning", note=copied),
        ),
        (
            None,
            None,
            "新建灌溉渠道",
            "≥6公里",
            mk("≥8公里", "D201", "error", note="年度 8 公里大于三年 6 公里"),
        ),
        (
            None,
            None,
            "培训移民劳动力",
            "≥1800人次",
            mk("≥1800人次", "D202", "warning", note=copied),
        ),
        (None, "质量指标", "工程验收合格率", "=100%", "=100%"),
        ("效益指标", "经济效益指标", "移民人均可支配收入增长率", "≥6%", "≥6%"),
        ("满意度指标", "服务对象满意度指标", "受益移民满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD, rows)
    return b


@variant(
    "vu11-numbered-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points "
    "(一、产出指标（40分）, 1.数量指标), an indicator score column, 百分点 (correct)",
)
def vu11() -> Book:
    b, s = new()
    goal = "改造移民村危桥3座，新建村组道路5.6公里。"
    project(s, "2025年雁汀片区移民村交通设施扶持", one_year(400, 360, 40), [goal])
    rows = [
        ("一、产出指标（40分）", "1.数量指标", "移民村危桥改造", "≥3座", 10),
        (None, None, "新建村组道路", "≥5.6公里", 10),
        (None, "2.质量指标", "工程验收合格率", "=100%", 10),
        (None, "3.时效指标", "项目完工时间", "2025年11月30日前", 10),
        ("二、成本指标（20分）", "1.经济成本指标", "危桥改造单座补助", "≤40万元/座", 10),
        (None, None, "道路建设单位造价", "≤45万元/公里", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "受益移民人口", "≥1500人", 10),
        (None, None, "移民村通组道路硬化率", "提高≥8百分点", 10),
        (None, "2.可持续影响指标", "设施管护责任落实率", "=100%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "受益移民满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]
    table(s, (*TIERS, "分值"), rows)
    return b


@variant(
    "vu12-tier-points-wrong",
    (5, 10),
    "project, NAT-2021, tier-1 score column and indicator "
    "scores: two tier scores not matching their indicators, a 时效指标 under 效益指标",
)
def vu12() -> Book:
    b, s = new(widths=(14, 8, 16, 28, 18, 8))
    goal = "在枫坑移民安置区新建公共服务用房1200平方米，改造公厕18座。"
    project(s, "2025年枫坑移民安置区公共服务设施扶持", one_year(420, 400, 20), [goal])
    rows = [
        (
            "产出指标",
            mk(40, "W103", "error", note="其下分值 15+10+10+10 = 45"),
            "数量指标",
            "新建公共服务用房",
            "≥1200平方米",
            15,
        ),
        (None, None, None, "移民村公厕改造", "≥18座", 10),
        (None, None, "质量指标", "工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "项目完工时间", "2025年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "公共服务用房单位造价", "≤2800元/平方米", 10),
        (None, None, None, "公厕改造单座补助", "≤3万元/座", 10),
        (
            "效益指标",
            mk(30, "W103", "error", note="其下分值 10+5+10 = 25"),
            "社会效益指标",
            "受益移民人口",
            "≥2100人",
            10,
        ),
        (
            None,
            None,
            mk("时效指标", "F105", "error", note="时效指标属于产出指标"),
            "公共服务用房投入使用时间",
            "2025年12月31日前",
            5,
        ),
        (None, None, "可持续影响指标", "设施管护制度建立", "建立并执行", 10),
        ("满意度指标", 10, "服务对象满意度指标", "受益移民满意度", "≥90%", 10),
    ]
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows, merged=(1, 2, 3))
    return b

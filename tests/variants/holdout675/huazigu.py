"""滑子菇 sheds: stacked projects, operator and direction columns, points at two levels
(hi07–hi12)."""

from __future__ import annotations

from typing import Any

from tests.variants.holdout675.common import HEAD4, indicators, one_year, project, sign, start, wan
from tests.variants.holdout675.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

HEAD7 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
POINTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


def _shed_rows(count: str, cost: str, output: str) -> list[tuple[Any, ...]]:
    """The indicators of a 滑子菇 出菇棚 project (OLD-NAT, one value column)."""
    return [
        ("产出指标", "数量指标", "出菇棚建设数量", count),
        (None, "质量指标", "出菇棚验收合格率", "≥95%"),
        (None, "时效指标", "建设完成时间", "2025年9月30日前"),
        (None, "成本指标", "单座出菇棚建设补助", cost),
        ("效益指标", "经济效益指标", "滑子菇鲜品产量", output),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥90%"),
    ]


def _bag_project(s: Sheet, total: Any, start_day: Any, end_day: Any, rate: Any) -> None:
    """The second, stacked project: a 菌包 subsidy."""
    s.skip()
    project(s, title="", name="枫桥坞滑子菇菌包补贴项目", unit="栖云县枫桥坞乡人民政府",
            money=[("资金总额", total, "其中：财政拨款", wan(36)), ("其他资金", wan(4))],
            start=start_day, end=end_day,
            goals=["补贴滑子菇菌包20万袋，菌包成品率92%以上，带动鲜菇产量300吨。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "补贴菌包数量", "≥20万袋"),
        (None, "质量指标", "菌包成品率", rate),
        (None, "时效指标", "补贴发放时间", "2025年6月30日前"),
        (None, "成本指标", "每袋菌包补贴标准", "≤2元/袋"),
        ("效益指标", "经济效益指标", "滑子菇鲜品产量", "≥300吨"),
        ("满意度指标", "服务对象满意度指标", "种植户满意度", "≥92%"),
    ])  # fmt: skip


@variant("hi07-huazigu-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project, goal total with parts (correct)")  # fmt: skip
def stacked() -> Book:
    b, s = start()
    project(s, name="枫桥坞滑子菇出菇棚建设项目", unit="栖云县枫桥坞乡人民政府",
            money=one_year(90, 75, 15),
            goals=["新建滑子菇出菇棚30座（其中钢架棚20座、竹木棚10座），"
                   "年产鲜菇450吨。"])  # fmt: skip
    indicators(s, HEAD4, _shed_rows("≥30座", "≤2.5万元/座", "≥450吨"))
    _bag_project(s, wan(40), None, None, "≥92%")
    sign(s, "岑晓峰", "0779-6650271")
    return b


@variant("hi08-huazigu-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's 资金总额 not its parts' sum, its plan dates "
         "left from 2024")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = start()
    project(s, name="枫桥坞滑子菇出菇棚改建项目", unit="栖云县枫桥坞乡人民政府",
            money=one_year(60, 50, 10),
            goals=["改建滑子菇出菇棚20座，年产鲜菇300吨。"])  # fmt: skip
    indicators(s, HEAD4, _shed_rows("≥20座", "≤2.5万元/座", "≥300吨"))
    end = mk(day(2024, 12, 31), "Y101", "error", row=True, alt=("Y102", "Y103"),
             note="2025年度表中第二个项目的计划日期仍是上一年的2024年")  # fmt: skip
    total = mk(wan(45), "B101", "error", note="36+4=40万元，不等于45万元")
    _bag_project(s, total, day(2024, 3, 1), end, "≥92%")
    sign(s, "岑晓峰", "0779-6650271")
    return b


@variant("hi09-huazigu-words", (1, 11),
         "project, OLD-NAT, 指标性质 as direction, operators in words, bare numbers with a unit "
         "column, typed percents, a 下降率 with 大于等于 and 0起 incidents (correct)")  # fmt: skip
def words() -> Book:
    b, s = start()
    project(s, name="石门坳滑子菇标准化生产示范项目", unit="栖云县石门坳镇农业服务中心",
            money=one_year(50, 45, 5),
            goals=["建设滑子菇标准化示范出菇棚20座，培训菇农200人次，杂菌污染比上年下降20%，"
                   "全年不发生安全生产事故。"])  # fmt: skip
    indicators(s, HEAD7, [
        ("产出指标", "数量指标", "示范出菇棚数量", "正向", "大于等于", 20, "座"),
        (None, None, "技术培训人次", "正向", "大于等于", 200, "人次"),
        (None, "质量指标", "鲜菇一级品率", "正向", "大于等于", pct(0.8), "%"),
        (None, None, "杂菌污染下降率", "正向", "大于等于", pct(0.2), "%"),
        (None, "时效指标", "菌包入棚周期", "反向", "小于等于", 15, "天"),
        (None, "成本指标", "单座示范棚补助", "反向", "小于等于", 2, "万元/座"),
        ("效益指标", "经济效益指标", "示范棚亩均增收", "正向", "大于等于", 6000, "元/亩"),
        (None, "社会效益指标", "安全生产事故", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "示范户满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "黎昌茂", "0779-6642310")
    return b


@variant("hi10-huazigu-bags", (11,),
         "project, OLD-NAT, unit and direction columns: a 反向 rate with ≥, a 合格率 under 时效, "
         "the goal's 20万袋 against an indicator of 15万袋")  # fmt: skip
def bags() -> Book:
    b, s = start()
    project(s, name="雁栖坪滑子菇菌包投放补助项目", unit="栖云县雁栖坪乡人民政府",
            money=one_year(40, 32, 8),
            goals=["扶持出菇棚25座，每棚投放菌包8000袋，共投放菌包20万袋，"
                   "年产鲜菇400吨。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "扶持出菇棚数量", "≥25", "座", "正向"),
        (None, None, "投放菌包数量",
         mk("≥15", "D104", "warning", row=True, note="年度目标写共投放菌包20万袋"), "万袋", "正向"),
        (None, "质量指标", "菌包成品率", "≥92", "%", "正向"),
        (None, None, "菌包杂菌感染率",
         mk("≥3", "T108", "warning", row=True, note="反向指标用了≥"), "%", "反向"),
        (None, "时效指标", "菌包配送及时率", "≥95", "%", "正向"),
        (None, None, mk("出菇质量抽检合格率", "F201", "warning", row=True,
                        note="质量类合格率放在时效指标下"), "≥95", "%", "正向"),
        (None, "成本指标", "每袋菌包补助", "≤1.5", "元/袋", "反向"),
        ("效益指标", "经济效益指标", "出菇棚鲜菇产量", "≥400", "吨", "正向"),
        ("满意度指标", "服务对象满意度指标", "菇农满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    sign(s, "卢定坤", "0779-6672054")
    return b


@variant("hi11-huazigu-points", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a rate raised in 百分点, a unit subsidy within the money (correct)")  # fmt: skip
def points() -> Book:
    b, s = start()
    project(s, name="栖云县滑子菇品质提升项目", unit="栖云县食用菌技术推广站",
            money=one_year(60, 50, 10),
            goals=["建设品质提升示范棚30座，推广液体菌种菌包15万袋，"
                   "鲜菇优质品率提高5个百分点。"])  # fmt: skip
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "品质提升示范棚数量", "≥30座", 15),
        (None, None, None, "推广液体菌种菌包数量", "≥15万袋", 10),
        (None, None, "质量指标", "鲜菇优质品率提高幅度", "≥5百分点", 15),
        (None, None, "时效指标", "菌种更新完成时间", "2025年8月31日前", 10),
        ("成本指标", 10, "经济成本指标", "单座示范棚补助", "≤1.5万元/座", 10),
        ("效益指标", 30, "经济效益指标", "示范户户均增收", "≥8000元", 15),
        (None, None, "可持续影响指标", "液体菌种技术留用户数", "≥40户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "示范户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "蒙秀禾", "0779-6605132")
    return b


@variant("hi12-huazigu-points-wrong", (10, 5),
         "project, NAT-2021, numbered tier labels with a score column: 产出 declared 50 with 45 "
         "under it, 效益 declared 30 with 35 under it (the totals still 100)")  # fmt: skip
def points_wrong() -> Book:
    b, s = start()
    project(s, name="栖云县滑子菇出菇棚节水改造项目", unit="栖云县食用菌技术推广站",
            money=one_year(48, 40, 8),
            goals=["改造滑子菇出菇棚微喷节水设施24座，出菇季节水30%以上。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标", mk(50, "W103", "error", note="其下分值15+10+10+10=45"),
         "1.数量指标", "节水改造出菇棚数量", "≥24座", 15),
        (None, None, None, "安装微喷管道长度", "≥6公里", 10),
        (None, None, "2.质量指标", "改造验收合格率", "≥95%", 10),
        (None, None, "3.时效指标", "改造完成时间", "2025年8月31日前", 10),
        ("二、成本指标", 10, "1.经济成本指标", "单座节水改造补助", "≤1.6万元/座", 10),
        ("三、效益指标", mk(30, "W103", "error", note="其下分值20+15=35"),
         "1.生态效益指标", "出菇季用水节约率", "≥30%", 20),
        (None, None, "2.可持续影响指标", "节水设施使用年限", "≥5年", 15),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "菇农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "蒙秀禾", "0779-6605132")
    return b

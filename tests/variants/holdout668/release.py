"""Fry release (增殖放流): stacked releases, points, multi-year, directions, template rows."""

from __future__ import annotations

from tests.variants.holdout668.common import (
    HEAD4,
    funds,
    indicators,
    note,
    one_year,
    project,
    sign,
    start,
)
from tests.variants.holdout668.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

RIVER = "丰溪河"


def _release(
    s: Sheet,
    name: str,
    money_rows: tuple[int, int, int],
    goal: str,
    rows: list[tuple[object, ...]],
    title: str | None = None,
) -> None:
    project(
        s,
        2025,
        name,
        "芦湾市渔业资源保护站",
        one_year(*money_rows),
        [goal],
        title=title,
        dept="芦湾市海洋渔业局（4102）",
    )
    indicators(s, HEAD4, rows)


@variant(
    "hb13-release-stacked-three",
    (2,),
    "three release projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
    "names with different values, unit costs equal to their money (correct)",
)
def release_stacked_three() -> Book:
    b, s = start()
    _release(
        s,
        "黄颡鱼苗种增殖放流项目",
        (36, 36, 0),
        f"在{RIVER}放流黄颡鱼苗种400万尾。",
        [
            ("产出指标", "数量指标", "苗种放流数量", "≥400万尾"),
            (None, "质量指标", "苗种检验检疫合格率", "=100%"),
            (None, "时效指标", "放流完成时间", "2025年6月30日前"),
            (None, "成本指标", "苗种采购单价", "≤0.09元/尾"),
            ("效益指标", "生态效益指标", "放流水域资源量增长率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "≥90%"),
        ],
    )
    s.skip()
    _release(
        s,
        "对虾苗种增殖放流项目",
        (24, 20, 4),
        "在鹭门湾放流中国对虾苗种8000万尾。",
        [
            ("产出指标", "数量指标", "苗种放流数量", "≥8000万尾"),
            (None, "质量指标", "苗种检验检疫合格率", "=100%"),
            (None, "时效指标", "放流完成时间", "2025年5月31日前"),
            (None, "成本指标", "苗种采购单价", "≤0.003元/尾"),
            ("效益指标", "生态效益指标", "放流水域资源量增长率", "≥5%"),
            ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", "≥90%"),
        ],
        title="",
    )
    s.skip()
    _release(
        s,
        "增殖放流效果监测评估项目",
        (15, 15, 0),
        "设置监测站位12个，评估年度放流效果。",
        [
            ("产出指标", "数量指标", "监测站位数量", "≥12个"),
            (None, "质量指标", "监测数据有效率", "≥95%"),
            (None, "时效指标", "评估报告完成时间", "2025年12月20日前"),
            (None, "成本指标", "每个站位监测费用", "≤1.2万元/个"),
            ("效益指标", "可持续影响指标", "评估结果应用于下年放流方案", "充分应用"),
            ("满意度指标", "服务对象满意度指标", "主管部门满意度", "≥90%"),
        ],
        title="",
    )
    sign(s, "卢静川", "0739-3316572")
    return b


@variant(
    "hb14-release-points-wrong",
    (10,),
    "project, NAT-2021 tiers with OLD-NAT cost, a tier-1 score column beside indicator scores "
    "that do not add up to it, a released count below the goal's",
)
def release_points_wrong() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "丰溪河黄颡鱼增殖放流项目",
        "芦湾市渔业资源保护站",
        one_year(30, 30, 0),
        [f"向{RIVER}芦湾段放流黄颡鱼苗种300万尾，6月底前完成，放流水域黄颡鱼资源量增长10%。"],
        dept="芦湾市海洋渔业局（4102）",
    )
    out = mk(60, "W103", "error", note="产出指标下各指标分值 15+10+10+10+10 = 55")
    eff = mk(30, "W103", "error", note="效益指标下各指标分值 10+15+10 = 35")
    count = mk("≥200万尾", "D104", "warning", row=True, note="年度目标写放流300万尾")
    rows = [
        ("产出指标", out, "数量指标", "黄颡鱼苗种放流数量", count, 15),
        (None, None, "质量指标", "放流苗种规格达标率", "≥95%", 10),
        (None, None, None, "苗种检验检疫合格率", "=100%", 10),
        (None, None, "时效指标", "放流完成时间", "2025年6月30日前", 10),
        (None, None, "成本指标", "苗种采购单价", "≤0.1元/尾", 10),
        ("效益指标", eff, "社会效益指标", "公众参与放流活动人次", "≥500人次", 10),
        (None, None, "生态效益指标", "放流水域黄颡鱼资源量增长率", "≥10%", 15),
        (None, None, "可持续影响指标", "放流水域禁捕管理", "长期有效", 10),
        ("满意度指标", 10, "服务对象满意度指标", "沿河群众满意度", "≥90%", 10),
    ]
    header = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, header, rows, merged=(1, 2, 3))
    sign(s, "卢静川", "0739-3316572")
    return b


@variant(
    "hb15-release-two-years-directions",
    (8, 11, 1),
    "two-year project, NAT-2021, operator column, 中期 and 年度 columns with typed percent "
    "cells, a 下降率 with ≥, 0起 on an incident count, the period's counts beside the year's "
    "(correct)",
)
def release_two_years_directions() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "鹭门湾对虾和黄颡鱼增殖放流项目",
        "芦湾市渔业资源保护站",
        funds((160, 150, 10), (80, 75, 5)),
        [
            "2025—2026年累计放流中国对虾苗种16000万尾、黄颡鱼苗种600万尾，放流水域渔业资源量"
            "增长15%以上。",
            "2025年放流中国对虾苗种8000万尾、黄颡鱼苗种300万尾，6月底前完成。",
        ],
        years=2,
        dept="芦湾市海洋渔业局（4102）",
    )
    rows = [
        ("产出指标", "数量指标", "中国对虾苗种放流数量", "≥", "16000万尾", "8000万尾"),
        (None, None, "黄颡鱼苗种放流数量", "≥", "600万尾", "300万尾"),
        (None, "质量指标", "苗种检验检疫合格率", "=", pct(1), pct(1)),
        (None, None, "放流苗种畸形率", "≤", pct(0.03), pct(0.03)),
        (None, "时效指标", "年度放流完成时间", "≤", "每年6月30日前", day(2025, 6, 30)),
        ("成本指标", "经济成本指标", "苗种采购成本", "≤", "140万元", "70万元"),
        ("效益指标", "生态效益指标", "放流水域渔业资源量增长率", "≥", pct(0.15), pct(0.08)),
        (None, None, "非法捕捞案件下降率", "≥", pct(0.2), pct(0.1)),
        (None, "社会效益指标", "放流苗种死亡事故", "=", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", "≥", pct(0.9), pct(0.9)),
    ]
    header = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值")
    indicators(s, header, rows)
    sign(s, "卢静川", "0739-3316572")
    return b


@variant(
    "hb16-release-direction-wrong",
    (11,),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a unit "
    "column: a 反向 death rate with ≥, last season's year in the goal",
)
def release_direction_wrong() -> Book:
    b, s = start("Sheet1", (14, 16, 26, 10, 10, 12, 10))
    goal = mk(
        "完成2024年度黄颡鱼增殖放流任务，放流苗种450万尾，放流苗种死亡率控制在5%以内。",
        "Y103",
        "warning",
        alt=("Y101",),
        note="2025年项目的目标沿用上一年的年度",
    )
    project(s, 2025, "黄颡鱼增殖放流项目", "沅塘县渔业资源保护站", one_year(45, 40, 5), [goal])
    wrong = mk(
        "≥", "T108", "warning", row=True, alt=("D104",), note="死亡率是反向指标，比较符却是≥"
    )
    rows = [
        ("产出指标", "数量指标", "黄颡鱼苗种放流数量", "正向", "≥", 450, "万尾"),
        (None, "质量指标", "放流苗种死亡率", "反向", wrong, 5, "%"),
        (None, None, "苗种检验检疫合格率", "正向", "=", 100, "%"),
        (None, "时效指标", "苗种运输至放流点时间", "反向", "≤", 4, "小时"),
        (None, "成本指标", "苗种采购单价", "反向", "≤", 0.1, "元/尾"),
        ("效益指标", "生态效益指标", "放流水域资源量增长率", "正向", "≥", 8, "%"),
        (None, "社会效益指标", "非法捕捞举报件数下降率", "正向", "≥", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "沿岸群众满意度", "正向", "≥", 90, "%"),
    ]
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, rows)
    sign(s, "孟书航", "0739-6120458")
    return b


@variant(
    "hb17-release-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left from the template, a value without a "
    "name, plan dates left from last year",
)
def release_template_rows() -> Book:
    b, s = start()
    begin = mk(
        day(2024, 3, 1),
        "Y101",
        "error",
        row=True,
        alt=("Y102",),
        note="2025年度申报表的计划起止日期仍是2024年",
    )
    project(
        s,
        2025,
        "对虾苗种增殖放流项目",
        "鹭汀区渔业资源保护站",
        one_year(28, 25, 3),
        ["放流中国对虾苗种9000万尾，组织公众放流活动，参与人次300以上。"],
        start=begin,
        end=day(2024, 12, 31),
        dept="鹭汀区农业农村局（2207）",
    )
    empty = mk("质量指标", "F109", "warning", row=True, note="模板留下的二级指标，未填指标")
    nameless = mk(None, "F110", "error", note="有指标值≥300人次，却没有指标名称")
    rows = [
        ("产出指标", "数量指标", "中国对虾苗种放流数量", "≥9000万尾"),
        (None, empty, None, None),
        (None, "时效指标", "放流完成时间", "2025年6月15日前"),
        ("成本指标", "经济成本指标", "苗种采购单价", "≤0.003元/尾"),
        ("效益指标", "社会效益指标", nameless, "≥300人次"),
        (None, "生态效益指标", "放流水域对虾资源量增长率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "沿岸渔民满意度", "≥90%"),
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), rows)
    sign(s, "龚若岚", "0739-8830264")
    return b


@variant(
    "hb18-release-detail-cells",
    (9, 12, 1),
    "project, OLD-NAT, operator and unit columns, a typed percent, a date cell, detail lines "
    "below with 万元 only in the number format, adding to the total (correct)",
)
def release_detail_cells() -> Book:
    b, s = start()
    project(
        s,
        2025,
        "丰溪河上游黄颡鱼苗种放流项目",
        "沅塘县渔业资源保护站",
        one_year(60, 55, 5),
        ["在丰溪河上游放流黄颡鱼苗种600万尾，6月底前完成，开展放流效果监测。"],
    )
    rows = [
        ("产出指标", "数量指标", "黄颡鱼苗种放流数量", "≥", 600, "万尾"),
        (None, "质量指标", "苗种检验检疫合格率", "=", pct(1), "%"),
        (None, "时效指标", "放流完成时间", "≤", day(2025, 6, 30), None),
        (None, "成本指标", "苗种采购单价", "≤", 0.08, "元/尾"),
        ("效益指标", "生态效益指标", "放流水域黄颡鱼资源量增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "公众参与放流活动人次", "≥", 300, "人次"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥", pct(0.9), "%"),
    ]
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, header, rows)
    s.skip()
    s.row("资金明细", "支出内容", "金额", "测算依据")
    top = s.r
    s.row(None, "苗种采购", money(48, WAN), "600万尾 × 0.08元/尾")
    s.row(None, "运输及放流", money(6.5, WAN), "运输车辆、船只租用")
    s.row(None, "效果监测", money(5.5, WAN), "放流前后各监测1次")
    s.row(None, "合计", money(60, WAN), None)
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    note(s, "注：苗种采购按政府采购程序执行。")
    sign(s, "卢静川", "0739-3316572")
    return b

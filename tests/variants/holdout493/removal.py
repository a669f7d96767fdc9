"""Returns ai01–ai06: the pearl farms leave 翠渚湖 (网箱拆除, 退养补偿, 转产)."""

from __future__ import annotations

from tests.variants.holdout493.common import (
    TIERS4,
    indicators,
    multi_year,
    one_year,
    pearl_rows,
    project,
    sign,
    start,
    w,
)
from tests.variants.holdout493.registry import variant
from tests.variants.kit import Book, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
GOAL = "拆除翠渚湖珍珠蚌吊养网箱，兑付退养补偿，引导退养户转产，湖区水质逐步改善。"


@variant(
    "ai01-exit-percent-cells",
    (1,),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def exit_percent_cells() -> Book:
    b, s = start()
    project(s, "翠渚湖珍珠养殖退养补偿项目", one_year(520, 450, 70), [GOAL])
    indicators(s, OPS, [
        ("产出指标", "数量指标", "拆除珍珠蚌吊养网箱面积", "≥", 3200, "亩"),
        (None, None, "退养户补偿协议签订数", "≥", 126, "户"),
        (None, "质量指标", "拆除区域验收合格率", "=", pct(1), "%"),
        (None, None, "水面漂浮网具残留率", "≤", pct(0.05), "%"),
        (None, "时效指标", "补偿资金兑付及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "退养补偿标准", "≤", 1200, "元/亩"),
        ("效益指标", "社会效益指标", "退养户转产就业人数", "≥", 85, "人"),
        (None, "生态效益指标", "退养水域总磷浓度", "≤", 0.05, "mg/L"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郜明川", "0571-86203417")
    return b


@variant(
    "ai02-exit-percent-wrong",
    (1, 11),
    "project, OLD-NAT, operator column with percent "
    "cells: a pass rate above 100 %, a 反向 rate with ≥, = on a satisfaction rate",
)
def exit_percent_wrong() -> Book:
    b, s = start()
    project(
        s, "翠渚湖北汊珍珠网箱拆除项目", one_year(310, 260, 50), [GOAL], unit="澹溪县芦汀镇人民政府"
    )
    over = mk(pct(1.05), "T106", "error", note="验收合格率 capped at 100 %: 105% cannot be")
    up = mk("≥", "T108", "warning", row=True, note="an incident rate is 反向: needs ≤")
    eq = mk("=", "T107", "warning", row=True, note="=95% on a satisfaction rate means ≥95%")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "拆除珍珠蚌吊养网箱面积", "≥", 1800, "亩"),
        (None, "质量指标", "拆除区域验收合格率", "≥", over, "%"),
        (None, None, "蚌壳及废弃网具乱堆放发生率", up, pct(0.02), "%"),
        (None, "时效指标", "网箱拆除完成时间", "≤", "2026年9月30日", None),
        (None, "成本指标", "拆除及清运补助标准", "≤", 1500, "元/亩"),
        ("效益指标", "生态效益指标", "北汊水域透明度", "≥", 60, "厘米"),
        (None, "社会效益指标", "退养户转产培训人数", "≥", 70, "人"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", eq, pct(0.95), "%"),
    ])  # fmt: skip
    sign(s, "郜明川", "0571-86203417")
    return b


def _stacked(b: Book, second_money: list[tuple[object, ...]], extra: tuple[object, ...] | None
             ) -> Book:  # fmt: skip
    s = b.sheet("退养项目", (14, 16, 30, 16, 16, 14))
    project(
        s,
        "芦汀镇珍珠养殖退养项目",
        one_year(260, 220, 40),
        [GOAL],
        title="2026年度翠渚湖退养项目绩效目标申报表（分镇）",
        unit="澹溪县芦汀镇人民政府",
    )
    indicators(s, TIERS4, pearl_rows("≥1800亩"))
    s.skip()
    project(s, "鹭滨乡珍珠养殖退养项目", second_money, [GOAL], title="",
            unit="澹溪县鹭滨乡人民政府")  # fmt: skip
    rows = pearl_rows("≥1400亩")
    if extra:
        rows.insert(3, extra)
    indicators(s, TIERS4, rows)
    sign(s, "樊若溪", "0571-86203522")
    return b


@variant(
    "ai03-stacked-two-towns",
    (2,),
    "two one-year pearl-exit projects stacked in one sheet, "
    "OLD-NAT, one value column, the same names with other values (correct)",
)
def stacked_two_towns() -> Book:
    return _stacked(Book(), one_year(200, 170, 30), None)


@variant(
    "ai04-stacked-wrong",
    (2, 12),
    "two pearl-exit projects stacked, OLD-NAT: the second "
    "project's total is not its parts, one of its rates is a count",
)
def stacked_wrong() -> Book:
    total = mk(w(240), "B101", "error", note="170 + 60 = 230, not 240")
    rate = mk("126户", "T105", "error", note="a 完成率 given as a count of households")
    return _stacked(Book(), one_year(total, 170, 60), (None, None, "补偿资金兑付完成率", rate))


PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
PLAN = "三年内全面退出翠渚湖珍珠养殖，退养水域总磷稳定达到Ⅲ类标准，退养户转产就业。"


@variant(
    "ai05-multi-year-exit",
    (8,),
    "three-year pearl-exit project, NAT-2021, 中期 and 年度 "
    "columns, cumulative counts below their period, rates and unit costs equal (correct)",
)
def multi_year_exit() -> Book:
    b, s = start()
    year1 = "2026年拆除北汊、西湾网箱3200亩，兑付首批补偿，组织转产培训。"
    project(s, "翠渚湖珍珠养殖全面退出项目", multi_year((1500, 1200, 300), (620, 500, 120)),
            [PLAN, year1], years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "拆除珍珠蚌吊养网箱面积", "≥9000亩", "≥3200亩"),
        (None, None, "清理吊养毛竹桩及浮球", "≥12万根", "≥4.5万根"),
        (None, "质量指标", "拆除区域验收合格率", "=100%", "=100%"),
        (None, "时效指标", "网箱拆除完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "退养补偿标准", "≤1200元/亩", "≤1200元/亩"),
        ("效益指标", "社会效益指标", "退养户转产就业人数", "≥240人", "≥85人"),
        (None, "生态效益指标", "退养水域总磷浓度", "≤0.05mg/L", "≤0.06mg/L"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郜明川", "0571-86203417")
    return b


@variant(
    "ai06-multi-year-copied",
    (8,),
    "three-year pearl-exit project, NAT-2021, 中期 and 年度 "
    "columns: 年度目标 copied from 中期目标, cumulative counts copied into 年度",
)
def multi_year_copied() -> Book:
    b, s = start()
    same = mk(PLAN, "D204", "warning", note="年度目标 is the 中期目标 word for word")
    project(s, "翠渚湖东湾珍珠养殖退出项目", multi_year((900, 760, 140), (380, 320, 60)),
            [PLAN, same], years=3, attr="新增项目")  # fmt: skip
    area = mk("≥6000亩", "D202", "warning", note="three-year cumulative area copied into 年度")
    homes = mk("≥150户", "D202", "warning", note="cumulative households copied into 年度")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "拆除珍珠蚌吊养网箱面积", "≥6000亩", area),
        (None, None, "签订退养协议户数", "≥150户", homes),
        (None, "质量指标", "拆除区域验收合格率", "=100%", "=100%"),
        (None, "时效指标", "东湾网箱拆除完成时间", "2028年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "退养补偿标准", "≤600元/亩", "≤600元/亩"),
        ("效益指标", "生态效益指标", "东湾水域透明度", "≥80厘米", "≥60厘米"),
        (None, "社会效益指标", "退养户转产就业人数", "≥120人", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "退养户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "樊若溪", "0571-86203522")
    return b

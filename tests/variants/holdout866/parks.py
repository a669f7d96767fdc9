"""Pocket parks: points at two levels, decorated tier labels, department flat lists, a table on a
second sheet and a budget-system export."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout866.common import (
    CENTRE,
    DEPT,
    indicators,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout866.registry import variant
from tests.variants.kit import Book, mk, pct

PARK = "澄埠区口袋公园建设项目"
PARK_GOAL = "2026年利用边角地新建口袋公园6处，新增绿地面积1.2万平方米，改善居民就近休憩条件。"


def _points(out: Any, ben: Any, timely: tuple[Any, ...], pts: tuple[int, int]) -> Book:
    """A pocket-park project, NAT-2021, numbered tier labels with points and a 分值 column."""
    b, s = start()
    project_head(s, year=2026, name=PARK, dept=DEPT, unit=CENTRE, money=one_year(560, 500, 60),
                 goals=[PARK_GOAL])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        (out, "（一）数量指标", "新建口袋公园数量", "≥6处", 10),
        (None, None, "新增绿地面积", "≥1.2万平方米", pts[0]),
        (None, "（二）质量指标", "绿化种植成活率", "≥95%", 10),
        (None, None, "园路及设施施工质量", "符合设计要求", 10),
        (None, "（三）时效指标", *timely),
        ("二、成本指标（10分）", "（一）经济成本指标", "每平方米建设成本", "≤450元/平方米", 10),
        (ben, "（一）社会效益指标", "居民步行5分钟可达公园绿地覆盖率", "提高≥3百分点", pts[1]),
        (None, "（二）生态效益指标", "透水铺装比例", "≥40%", 10),
        (None, "（三）可持续影响指标", "口袋公园管护制度", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "周边居民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row(None, None, "合计", None, 100)
    sign(s, "蔺若溪", "0593-8827231")
    return b


@variant("kgr07-pocket-park-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标) "
         "and an indicator 分值 column, both levels adding to 100, a coverage rate raised in "
         "百分点 (correct)")  # fmt: skip
def pocket_park_points() -> Book:
    return _points("一、产出指标（50分）", "三、效益指标（30分）",
                   ("工程完工时间", "2026年10月31日前", 10), (10, 10))  # fmt: skip


@variant("kgr08-pocket-park-points-defects", (5, 10),
         "project, NAT-2021, numbered tier labels with points: indicator points under two "
         "tier-1s not matching their labels, a quality rate under 时效指标")  # fmt: skip
def pocket_park_points_defects() -> Book:
    out = mk("一、产出指标（50分）", "W103", "error", note="其下分值 10+5+10+10+10 = 45，不是50")
    ben = mk("三、效益指标（30分）", "W103", "error", note="其下分值 15+10+10 = 35，不是30")
    late = mk("=100%", "F201", "warning", row=True, note="竣工验收合格率是质量指标，填在时效指标下")
    return _points(out, ben, ("口袋公园竣工验收合格率", late, 10), (5, 15))


def _department(tasks_total: Any, parks: Any, twin: tuple[Any, ...]) -> Book:
    """A department return with key tasks and a flat list (名称 · 比较符 · 值 · 单位 · 权重)."""
    b, s = start("部门整体")
    goal = ("2026年建成口袋公园8处，提升街头绿地12处，完成全区86万平方米公共绿地养护，"
            "城市绿化服务满意度保持在90%以上。")  # fmt: skip
    department_head(s, year=2026, dept=DEPT, budget=[(wan(1900), wan(1800), wan(100), wan(700),
                    wan(1200))], goal=goal, tasks=[
        ("口袋公园建设", "新建口袋公园8处", wan(480), "建成开放"),
        ("街头绿地提升", "提升街头绿地12处", wan(320), "景观明显改善"),
        ("公共绿地养护", "86万平方米公共绿地养护", wan(400), "养护达标"),
        ("金额合计", None, tasks_total, None)])  # fmt: skip
    s.skip()
    s.row("年度绩效指标", None, None, None, None, merge=[(1, 5)])
    rows = [
        ("口袋公园建成数量", "≥", parks, "处", 15),
        ("街头绿地提升数量", "≥", 12, "处", 15),
        twin,
        ("公共绿地养护面积", "≥", 86, "万平方米", 15),
        ("绿地养护检查达标率", "≥", pct(0.92), "%", 15),
        ("园林绿化安全责任事故", "=", 0, "起", 10),
        ("市民对城市绿化满意度", "≥", pct(0.9), "%", 15),
    ]
    s.row("指标名称", "指标性质", "指标值", "计量单位", "权重")
    s.table(rows)
    s.row("权重合计", None, None, None, 100)
    sign(s, "蔺若溪", "0593-8827231")
    return b


@variant("kgr09-park-department-flat", (1, 3, 12),
         "department, flat list (指标名称 · 指标性质 as operator · 指标值 · 计量单位 · 权重) with "
         "typed percent cells and 0起 on an incident count, weights adding to 100, key tasks "
         "adding to 金额合计 = 项目支出 (correct)")  # fmt: skip
def park_department_flat() -> Book:
    return _department(wan(1200), 8, ("绿化投诉办结及时率", "≥", pct(0.98), "%", 15))


@variant("kgr10-park-department-flat-defects", (3, 12),
         "department, flat list: key tasks not adding to 金额合计, the goal's park count against "
         "the indicator, the same indicator twice with a word more")  # fmt: skip
def park_department_flat_defects() -> Book:
    total = mk(wan(1280), "B102", "error", alt=("B101",),
               note="480 + 320 + 400 = 1200万元，金额合计却写1280万元")  # fmt: skip
    parks = mk(6, "D104", "warning", row=True, note="年度总体目标写建成口袋公园8处")
    twin = mk(12, "D103", "warning", row=True, alt=("D101", "D102"),
              note="与上一行“街头绿地提升数量”是同一指标")  # fmt: skip
    return _department(total, parks, ("街头绿地提升改造数量", "≥", twin, "处", 15))


@variant("kgr11-park-second-sheet", (4, 7),
         "project, OLD-NAT: head on the first sheet, the indicator table on a second sheet "
         "under header 预期实现值, a header row repeated after a page break, 填表说明 rows, a "
         "later year the work prepares for (correct)")  # fmt: skip
def park_second_sheet() -> Book:
    b, s = start("基本信息")
    project_head(
        s, year=2026, name="梧岗街道口袋公园群建设项目", dept=DEPT, unit="梧岗街道办事处",
        attr="一次性项目", money=one_year(420, 300, 120),
        goals=["2026年在梧岗街道建成口袋公园4处，新增绿地面积0.9万平方米，"
               "为2027年全区推广口袋公园建设标准积累经验。"],
    )  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18))
    t.title("口袋公园群建设项目绩效指标", 4)
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    indicators(t, head, [
        ("产出指标", "数量指标", "建成口袋公园数量", "4处"),
        (None, None, "新增绿地面积", "≥0.9万平方米"),
        (None, "质量指标", "工程竣工验收合格率", "100%"),
        (None, "时效指标", "建成开放时间", "2026年9月30日前"),
        (None, "成本指标", "口袋公园平均建设成本", "≤100万元/处"),
    ])  # fmt: skip
    t.skip()
    indicators(t, head, [
        ("效益指标", "社会效益指标", "新增居民休憩座椅", "≥120个"),
        (None, "生态效益指标", "新种乔木数量", "≥160株"),
        (None, "可持续影响指标", "口袋公园移交管护率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "填表说明：1.指标值须可量化考核；2.成本指标按财政评审价填列。", width=4)
    sign(t, "蔺若溪", "0593-8827231")
    return b


@variant("kgr12-park-budget-export", (7, 9),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with codes in the first columns and the header on the third "
         "row: last year in the goal text, a date serial typed as text")  # fmt: skip
def park_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    code, name = "417026-26-0031", "滨江片区口袋公园提升项目"
    s.title("2026年部门项目支出预算表", 6)
    s.row("单位：澄埠区园林绿化服务中心", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, "延续项目", wan(280), wan(280), wan(0))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 34, 12, 16, 26, 16))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：澄埠区园林绿化服务中心")
    goal = mk("2025年新建口袋公园5处，新增绿地面积0.8万平方米，提升滨江片区休憩环境。",
              "Y103", "warning", note="2026年度项目的年度目标写着2025年：上年表格遗留")  # fmt: skip
    serial = mk("46326", "X104", "warning", note="文本单元格中的日期序列号，即2026-10-31")
    head = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, [
        (code, name, goal, "产出指标", "数量指标", "新建口袋公园数量", "≥5处"),
        (None, None, None, None, None, "新增绿地面积", "≥0.8万平方米"),
        (None, None, None, None, "质量指标", "绿化种植成活率", "≥95%"),
        (None, None, None, None, "时效指标", "完工时间", serial),
        (None, None, None, None, "成本指标", "每平方米提升成本", "≤350元/平方米"),
        (None, None, None, "效益指标", "社会效益指标", "滨江片区休憩环境", "明显改善"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "游园群众满意度", "≥90%"),
    ], merged=(1, 2, 3, 4, 5))  # fmt: skip
    return b

"""Quality testing and emergency supply points (储备粮油质量检测, 应急供应网点): an operator and
unit column, a money block converted from PDF, two projects stacked in one sheet, and tier
labels numbered with points at two levels (rs05, rs06, rs09, rs10, rs13, rs14)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout269.common import (
    ONE,
    OPS,
    basis,
    book,
    indicators,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout269.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("rs05-grain-testing-operators", (1,), "one-year project with operator and unit "
         "columns: 98% typed beside %, =0 批次 on a harm, =100% 建档率, a cost per 份 within "
         "the money (correct)")  # fmt: skip
def rs05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14))
    project_head(
        s, year=2026, name="储备粮油质量安全检测项目", dept="安平市粮食和物资储备局（203）",
        unit="安平市粮油质量检测站", money=one_year_money(wan(38), wan(38), wan(0)),
        goals=["2026年对市级储备粮油扦样检测360份、4300项次，检测结果准确率98%以上，7个工作日内"
               "出具检测报告，杜绝超标粮油流入口粮市场。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "储备粮油检测样品数量", "≥", 360, "份"),
        (None, None, "检测指标项次", "≥", 4300, "项次"),
        (None, "质量指标", "检测结果准确率", "≥", pct(0.98), "%"),
        (None, "时效指标", "检测报告出具时间", "≤", 7, "个工作日"),
        ("成本指标", "经济成本指标", "单份样品检测成本", "≤", 850, "元/份"),
        ("效益指标", "社会效益指标", "超标粮油流入口粮市场批次", "=", 0, "批次"),
        (None, "可持续影响指标", "储备粮油质量追溯档案建档率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "储晓东", "明慧芬", "0372-59318426")
    return b


@variant("rs06-testing-lab-pdf", (9, 12), "one-year project converted from PDF: the total "
         "pasted twice, a detail amount split by a space, a unit cost rounded to "
         "0万元")  # fmt: skip
def rs06() -> Book:
    b, s = book("Sheet1")
    total = mk("86.5万86.5万", "X106", "error", note="the total pasted twice")
    project_head(
        s, year=2026, name="储备粮油质量检测能力建设项目", dept="金沙县粮食和物资储备局（126）",
        unit="金沙县粮油质量监测站", money=one_year_money(total, wan(80), wan(6.5)),
        goals=["2026年购置液相色谱仪等检测设备2台，全年检测储备粮油样品360份，检测结果准确率"
               "98%以上。"],
    )  # fmt: skip
    basis(s, [
        ("检测设备购置", "液相色谱仪、原子吸收光谱仪各1台", wan(52.42)),
        ("检测试剂耗材", "按360份样品测算",
         mk("21.5 8", "X105", "warning", note="21.58 split by a space")),
        ("人员培训及能力验证", "培训12人次、参加能力验证2次", wan(12.5)),
    ], wan(86.5))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新增检测设备数量", "≥2台"),
        (None, None, "储备粮油检测样品数量", "≥360份"),
        (None, "质量指标", "检测结果准确率", "≥98%"),
        (None, "时效指标", "检测设备安装调试完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "单份样品检测成本",
         mk("≤0万元/份", "T115", "error", note="about 600元 per sample rounded to 0万元")),
        ("效益指标", "社会效益指标", "可检测储备粮油质量指标项数", "≥45项"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "涂宏伟", "栾月华", "0857-77234105")
    return b


def rs09_rotation(s: Sheet) -> None:
    project_head(
        s, year=2026, name="区级储备粮轮换费用补贴项目", dept="临江区粮食和物资储备局（118）",
        unit="临江区粮食储备库", money=one_year_money(wan(168), wan(168), wan(0)),
        goals=["2026年轮换区级储备粮6000吨，储存损耗控制在0.3%以内。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "区级储备粮轮换数量", "≥6000吨"),
        (None, "质量指标", "年度轮换计划完成率", pct(1)),
        (None, None, "储备粮储存损耗率", "≤0.3%"),
        (None, "时效指标", "轮换完成时间", "2026年11月15日前"),
        ("成本指标", "经济成本指标", "轮换费用补贴标准", "≤250元/吨"),
        ("效益指标", "社会效益指标", "区内应急口粮保障天数", "≥15天"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip


def rs09_testing(s: Sheet) -> None:
    project_head(
        s, year=2026, name="区级储备粮油质量检测项目", dept="临江区粮食和物资储备局（118）",
        unit="临江区粮油质量监测站", money=one_year_money(wan(24), wan(20), wan(4)), title="",
        goals=["2026年检测区级储备粮油样品200份，实现储备粮油质量检测全覆盖。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "储备粮油检测样品数量", "≥200份"),
        (None, "质量指标", "储备粮油质量检测覆盖率", pct(1)),
        (None, "时效指标", "检测报告出具时间", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单份样品检测费用", "≤1000元/份"),
        ("效益指标", "社会效益指标", "不合格储备粮油处置率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%"),
    ])  # fmt: skip


@variant("rs09-two-projects-stacked", (1, 2), "two one-year projects stacked in one sheet, each "
         "with its head, money and indicators; 100% typed (correct)")  # fmt: skip
def rs09() -> Book:
    b, s = book("项目支出绩效目标表")
    rs09_rotation(s)
    s.skip()
    rs09_testing(s)
    sign(s, "景海洋", "申玉洁", "0716-84125937")
    return b


@variant("rs10-two-projects-stacked-wrong", (2, 12), "two projects stacked: a storage cost × "
         "tonnage above the first project's money; in the second, the total not the sum of "
         "its sources and an end date in the next year")  # fmt: skip
def rs10() -> Book:
    b, s = book("项目支出绩效目标表")
    project_head(
        s, year=2026, name="县级储备粮保管费用补贴项目", dept="永丰县粮食和物资储备局（133）",
        unit="永丰县粮食收储有限公司", money=one_year_money(wan(210), wan(210), wan(0)),
        goals=["2026年保管县级储备粮3万吨，储备粮数量真实、质量良好、储存安全。"],
    )  # fmt: skip
    cost = mk("≤90元/吨·年", "B107", "warning", row=True, note="3万吨 × 90元 = 270万 > 210万")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "县级储备粮库存规模", "≥3万吨"),
        (None, "质量指标", "储备粮质量达标率", "≥98%"),
        ("成本指标", "经济成本指标", "储备粮保管费用补贴标准", cost),
        ("效益指标", "社会效益指标", "县域粮食应急保障天数", "≥15天"),
        ("满意度指标", "服务对象满意度指标", "承储企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="县级成品粮应急加工点维护项目", dept="永丰县粮食和物资储备局（133）",
        unit="永丰县粮食收储有限公司", title="",
        money=one_year_money(mk(wan(36), "B101", "error", note="30 + 8 = 38"), wan(30), wan(8)),
        end=mk(day(2027, 3, 31), "Y102", "error", alt=("Y101",), note="a one-year 2026 project"),
        goals=["2026年维护成品粮应急加工点4个，加工设备完好率95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "应急加工点维护数量", "≥4个"),
        (None, "质量指标", "加工设备完好率", "≥95%"),
        ("成本指标", "经济成本指标", "单个加工点维护补助标准", "≤8万元/个"),
        ("效益指标", "社会效益指标", "应急状态下成品粮日加工能力", "≥120吨"),
        ("满意度指标", "服务对象满意度指标", "加工点企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "戚志远", "芦雪梅", "0796-83517264")
    return b


@variant("rs13-supply-points-numbered", (1, 5, 10), "one-year project, OLD-NAT with numbered "
         "tier labels and points at both levels adding up (60/30/10 and 100), 100% typed, a "
         "合计 row (correct)")  # fmt: skip
def rs13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="成品粮油应急供应网点维护项目", dept="白鹭市粮食和物资储备局（307）",
        unit="白鹭市粮油应急保障中心", money=one_year_money(wan(96), wan(90), wan(6)),
        goals=["2026年维护成品粮油应急供应网点48个，签约应急加工企业6家，应急状态下24小时内启动"
               "网点供应。"],
    )  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（60分）", "1.数量指标", "应急供应网点维护数量", "≥48个", 15),
        (None, None, "应急加工企业签约数量", "≥6家", 10),
        (None, "2.质量指标", "应急供应网点建设达标率", "≥95%", 10),
        (None, None, "网点成品粮抽检合格率", pct(1), 5),
        (None, "3.时效指标", "应急状态下网点启动时间", "≤24小时", 10),
        (None, "4.成本指标", "单个网点维护补助标准", "≤1.5万元/个", 10),
        ("二、效益指标（30分）", "1.社会效益指标", "城区街道应急供应网点覆盖率", "≥90%", 10),
        (None, None, "应急保供期间成品粮零售价格涨幅", "≤10%", 10),
        (None, "2.可持续影响指标", "应急供应网点动态管理机制", "健全", 10),
        ("三、满意度指标（10分）", "1.服务对象满意度指标", "网点所在社区居民满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    sign(s, "焦振邦", "宁晓梅", "0592-63108475")
    return b


@variant("rs14-drill-points-wrong", (5, 10), "one-year project, OLD-NAT with numbered tier "
         "labels and points: two tier-1 subtotals that do not match their points, a deadline "
         "given as 100%")  # fmt: skip
def rs14() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="粮食应急保障演练及网点补贴项目", dept="桑田县粮食和物资储备局（214）",
        unit="桑田县粮食应急保障中心", money=one_year_money(wan(64), wan(60), wan(4)),
        goals=["2026年组织粮食应急保障演练2次，补贴应急供应网点30个，应急状态下24小时内启动网点"
               "供应。"],
    )  # fmt: skip
    out = mk("一、产出指标（60分）", "W103", "error", note="its indicators score 55")
    eff = mk("二、效益指标（30分）", "W103", "error", note="its indicators score 35")
    late = mk("100%", "T113", "warning", note="a deadline: ≤24小时 meant")
    indicators(s, POINTS, [
        (out, "1.数量指标", "粮食应急保障演练次数", "≥2次", 10),
        (None, None, "应急供应网点补贴数量", "≥30个", 15),
        (None, "2.质量指标", "演练方案完备率", pct(1), 10),
        (None, "3.时效指标", "应急状态下网点启动时间", late, 10),
        (None, "4.成本指标", "单个网点补贴标准", "≤1.5万元/个", 10),
        (eff, "1.社会效益指标", "应急供应网点乡镇覆盖率", "≥90%", 15),
        (None, None, "应急状态下成品粮零售价格涨幅", "≤10%", 10),
        (None, "2.可持续影响指标", "粮食应急保障预案", "健全", 10),
        ("三、满意度指标（10分）", "1.服务对象满意度指标", "网点服务对象满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "甘宏亮", "柯雨晴", "0738-45216037")
    return b

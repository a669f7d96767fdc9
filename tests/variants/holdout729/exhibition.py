"""Returns of a county museum's exhibition renewal (kbk07–kbk12)."""

from __future__ import annotations

from tests.variants.holdout729.common import H4, indicators, lines, project, sign, wan, yearly
from tests.variants.holdout729.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

DEPT = "枫岙县文化广电旅游体育局（233）"
UNIT = "枫岙县博物馆"


@variant(
    "kbk07-renewal-operator-column",
    (1, 11),
    "project, OLD-NAT, operator column (指标性质) "
    "and unit column, a typed percent, a later year the work prepares for (correct)",
)
def renewal_operator_column() -> Book:
    goal = ("完成基本陈列改陈1650平方米，新增上展文物320件（其中一级文物12件），年内对外开放，"
            "为2027年全县乡镇展厅推广积累经验。")  # fmt: skip
    b, s = project(year=2026, name="枫岙县博物馆基本陈列改陈提升", dept=DEPT, unit=UNIT,
                   money=yearly(wan(420), wan(380), wan(40)), goals=[goal])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    s.table([
        ("产出指标", "数量指标", "改陈展厅面积", "≥", 1650, "平方米"),
        (None, None, "新增上展文物", "≥", 320, "件"),
        (None, None, "一级文物上展数量", "≥", 12, "件"),
        (None, "质量指标", "展陈工程验收合格率", "=", 100, "%"),
        (None, None, "展厅温湿度达标率", "≥", pct(0.95), None),
        (None, "时效指标", "新展对外开放时间", "≤", day(2026, 9, 28), None),
        (None, "成本指标", "展陈改造单位造价", "≤", 2400, "元/平方米"),
        ("效益指标", "社会效益指标", "年接待观众增长率", "≥", 15, "%"),
        (None, None, "观众投诉率", "≤", 1, "%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "kbk08-gallery-cost-date",
    (12, 1),
    "project, NAT-2021, one value column: an area the "
    "goal gives otherwise, a unit cost × area above the money, an opening date next year",
)
def gallery_cost_date() -> Book:
    goal = "改造临展厅1200平方米，全年举办临时展览6个，接待观众不少于8万人次。"
    b, s = project(year=2026, name="枫岙县博物馆临展厅改造", dept=DEPT, unit=UNIT,
                   money=yearly(wan(180), wan(160), wan(20)),
                   goals=[ok(goal, "warning", note="D104 may land at the goal")])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "临展厅改造面积",
         mk("≥1500平方米", "D104", "warning", row=True, note="年度目标写1200平方米")),
        (None, None, "临时展览举办数量", "≥6个"),
        (None, "质量指标", "改造工程验收合格率", pct(1.0)),
        (None, "时效指标", "临展厅开放时间",
         mk(day(2027, 4, 30), "Y102", "error", note="一年期项目，开放日期在2027年")),
        ("成本指标", "经济成本指标", "临展厅改造单位造价",
         mk("≤1500元/平方米", "B107", "warning", row=True,
            note="1500元 × 1500平方米 = 225万元，超过年度资金180万元")),
        ("效益指标", "社会效益指标", "临展观众人次", "≥8万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9)),
    ])  # fmt: skip
    return b


@variant(
    "kbk09-points-two-levels",
    (5, 10),
    "project, NAT-2021, numbered labels with tier "
    "points and an indicator points column, both adding to 100, a rise in 百分点 (correct)",
)
def points_two_levels() -> Book:
    b, s = project(
        year=2026,
        name="枫岙县博物馆数字化展项建设",
        dept=DEPT,
        unit=UNIT,
        money=yearly(wan(190), wan(150), wan(40)),
        goals=["建成数字化展项8个，更新文物展签450块，青少年观众占比提高3个百分点。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "分值")
    s.table([
        ("一、产出指标（50分）", "1.数量指标", "数字化展项数量", "≥8个", 10),
        (None, None, "文物展签更新数量", "≥450块", 10),
        (None, "2.质量指标", "展项运行完好率", "≥98%", 10),
        (None, None, "展品安全事故发生数", "0起", 10),
        (None, "3.时效指标", "展项安装调试完成时间", "2026年8月31日前", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "数字化展项平均造价", "≤22万元/个", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "青少年观众占比", "提高≥3百分点", 15),
        (None, "2.可持续影响指标", "数字展项内容更新周期", "≤12个月", 15),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "观众满意度", "≥92%", 10),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    lines(s, "注：一级指标分值与三级指标分值为同一口径，合计均为100分。")
    return b


@variant("kbk10-wrong-tier-duplicate", (5,), "project, OLD-NAT, labels with marks (*, ★) and "
         "abbreviations: a quality rate under 时效, a satisfaction rate under 社会效益, one "
         "indicator twice with different values")  # fmt: skip
def wrong_tier_duplicate() -> Book:
    b, s = project(
        year=2026,
        name="枫岙县博物馆社会教育与讲解服务提升",
        dept=DEPT,
        unit=UNIT,
        money=yearly(wan(45), wan(45), wan(0)),
        goals=["全年提供讲解服务360场，开展研学活动40场，提升观众服务体验。"],
    )
    indicators(s, H4, [
        ("*产出指标", "★数量", "讲解服务场次", "≥360场"),
        (None, None, "研学活动场次", "≥40场"),
        (None, None, mk("讲解服务场次", "D102", "error", row=True, alt=("D101", "D103"),
                        note="与上两行同一指标，数值不同"), "≥300场"),
        (None, "★质量", "讲解词审核通过率", "100%"),
        (None, "★时效", mk("展品保存完好率", "F201", "warning", row=True,
                           note="质量类比率填在时效下"), "≥99%"),
        (None, None, "研学活动预约响应时间", "≤2个工作日"),
        (None, "成本", "单场讲解服务成本", "≤800元/场"),
        ("*效益指标", "社会效益", "青少年研学参与人次", "≥3000人次"),
        (None, None, mk("观众满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益下"), "≥90%"),
        ("*满意度指标", "服务对象满意度", "研学团体满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbk11-system-export", (7,), "budget-system export: head on 「部门项目支出预算05-1」, "
         "indicators on 「部门项目支出绩效目标05-2」 with codes in the first columns, header on "
         "the third row, header words 绩效指标值 and 度量单位 (correct)")  # fmt: skip
def system_export() -> Book:
    b, _ = project(sheet="部门项目支出预算05-1", year=2026, name="枫岙县博物馆文物库房预防性保护",
                   dept=DEPT, unit=UNIT, money=yearly(wan(96), wan(90), wan(6)),
                   goals=["完成库房环境监测系统建设，监测点位48个，配置囊匣860套。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", widths=(14, 24, 12, 12, 24, 10, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 8)
    t.row("单位：枫岙县博物馆（233007）", None, None, None, None, None, None, "金额单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "绩效指标值",
          "度量单位")  # fmt: skip
    code, name = "233007260014", "枫岙县博物馆文物库房预防性保护"
    t.table([
        (code, name, "产出指标", "数量指标", "库房环境监测点位", "≥", 48, "个"),
        (None, None, None, None, "文物囊匣配置数量", "≥", 860, "套"),
        (None, None, None, "质量指标", "监测数据有效率", "≥", 98, "%"),
        (None, None, None, "时效指标", "系统建成时间", "≤", "2026年10月", None),
        (None, None, None, "成本指标", "单套囊匣采购成本", "≤", 320, "元/套"),
        (None, None, "效益指标", "可持续影响指标", "库房温湿度达标率", "≥", 95, "%"),
        (None, None, "满意度指标", "服务对象满意度指标", "文物保管人员满意度", "≥", 90, "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("kbk12-template-leftover", (6,), "project, NAT-2021: the template's example row left "
         "in, a tier-2 left without indicator, last year's year in the goal")  # fmt: skip
def template_leftover() -> Book:
    b, s = project(
        year=2026,
        name="枫岙县博物馆流动展览进乡村",
        dept=DEPT,
        unit=UNIT,
        money=yearly(wan(36), wan(32), wan(4)),
        goals=[
            mk(
                "2025年赴12个乡镇举办流动展览24场，服务基层群众不少于2万人次。",
                "Y103",
                "warning",
                alt=("Y101",),
                note="上一年的年度目标未改年份",
            )
        ],
    )
    indicators(s, H4, [
        ("产出指标", "数量指标", "流动展览场次", "≥24场"),
        (None, None, "（示例）参观人次", mk("≥**人次", "X101", "error", note="模板示例行未删")),
        (None, "质量指标", "展品运输完好率", "100%"),
        (None, "时效指标", "流动展览完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单场流动展览成本", "≤1.4万元/场"),
        ("效益指标", "社会效益指标", "基层群众服务人次", "≥2万人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板二级指标未填")),
        ("满意度指标", "服务对象满意度指标", "乡镇观众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "汤一苇", "0577-8842105", day(2025, 12, 3, CN_DATE))
    return b

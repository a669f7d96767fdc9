"""Psychological hotline staffing returns (心理援助热线值守), kfi07–kfi12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout831.common import TIERS, book, indicators, notes, one_year, sign
from tests.variants.holdout831.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "梅汀市卫生健康委员会（612）"
CENTRE = "梅汀市精神卫生中心"


@variant(
    "kfi07-hotline-operator-words",
    (1, 11),
    "project, NAT-2021, operators in words in a 指标性质 column, unit column, typed percent cells, "
    "0 on an incident count (correct)",
)
def hotline_operator_words() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="心理援助热线24小时值守项目",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(60, 60, 0),
        goals=["配备专职接线员10人、坐席8个，全年接听来电不少于12000人次，高危来电及时转介。"],
    )
    indicators(
        s,
        (*TIERS, "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "专职接线员人数", "大于等于", 10, "人"),
            (None, None, "热线坐席数", "大于等于", 8, "个"),
            (None, None, "全年接听来电量", "大于等于", 12000, "人次"),
            (None, "质量指标", "来电接通率", "大于等于", pct(0.9), "%"),
            (None, None, "高危来电漏报数", "小于等于", 0, "起"),
            (None, "时效指标", "高危来电转介时限", "小于等于", 30, "分钟"),
            ("成本指标", "经济成本指标", "接线员人均年补贴标准", "小于等于", 5, "万元/人"),
            ("效益指标", "社会效益指标", "来电者危机情绪缓解率", "大于等于", pct(0.8), "%"),
            ("满意度指标", "服务对象满意度指标", "来电者满意度", "大于等于", pct(0.9), "%"),
        ],
    )
    sign(s, "唐栖", "0739-6652031", day(2025, 11, 12))
    return b


@variant(
    "kfi08-hotline-staff-count",
    (11,),
    "project, NAT-2021, one value column: staff count against the goal, a 反向 rate with ≥",
)
def hotline_staff_count() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="心理援助热线扩容项目",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(150, 140, 10),
        goals=[ok("新增坐席6个，配备专职接线员24名，实现热线全天候值守。")],
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "新增坐席数", "≥6个"),
            (None, None, "专职接线员人数",
             mk("≥20人", "D104", "warning", row=True, note="年度目标写24名，指标只写20人")),
            (None, "质量指标", "来电呼损率",
             mk("≥5%", "T108", "warning", row=True, note="呼损率是反向指标，应为≤")),
            (None, "时效指标", "新增坐席启用时间", "2026年6月30日前"),
            ("成本指标", "经济成本指标", "接线员人均年补贴标准", "≤5万元/人"),
            ("效益指标", "社会效益指标", "来电者危机干预成功率", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "来电者满意度", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "唐栖", "0739-6652031", day(2025, 11, 12))
    return b


@variant(
    "kfi09-hotline-export",
    (7,),
    "budget-system export: project head on the first sheet, the indicator table on a second "
    "sheet with project codes in the first column, header 预期实现值 on the third row (correct)",
)
def hotline_export() -> Book:
    b, s = book("部门项目支出预算05-1")
    project_head(
        s,
        year=2026,
        name="夜间心理援助热线值守项目",
        dept=DEPT,
        unit="梅汀市第二人民医院",
        money=one_year(36, 30, 6),
        goals=["夜间（22:00—次日8:00）保持4个坐席值守，全年接听夜间来电不少于4000人次。"],
    )
    t = b.sheet("部门项目支出绩效目标05-2", (20, 14, 16, 28, 16))
    t.title("2026年度项目支出绩效目标", 5)
    t.row("单位名称：梅汀市第二人民医院", None, None, None, "金额单位：万元")
    code = "3307122026000031"
    indicators(
        t,
        ("项目代码", *TIERS, "预期实现值"),
        [
            (code, "产出指标", "数量指标", "夜间值守坐席数", "≥4个"),
            (code, None, None, "夜间来电接听量", "≥4000人次"),
            (code, None, "质量指标", "夜间值守排班到岗率", "≥98%"),
            (code, None, "时效指标", "夜间来电平均等待时长", "≤60秒"),
            (code, "成本指标", "经济成本指标", "每个坐席夜间值守年补贴", "≤6万元/个"),
            (code, "效益指标", "社会效益指标", "夜间高危来电转介率", "≥95%"),
            (code, "满意度指标", "服务对象满意度指标", "夜间来电者满意度", "≥90%"),
        ],
        merged=(2, 3),
    )
    return b


@variant(
    "kfi10-hotline-marked-labels",
    (5, 6),
    "project, OLD-NAT, tier labels with * and ★ and abbreviations: the same indicator twice "
    "with different values, a template tier-2 left empty",
)
def hotline_marked_labels() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="心理援助热线接线员轮训项目",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(18, 18, 0),
        goals=["对全市热线接线员开展危机干预轮训，全年培训不少于120人次。"],
    )
    note_dup = "与上一行“夜间时段坐席在岗率 ≥95%”是同一指标，指标值不同"
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("*产出", "★数量", "接线员轮训人次", "≥120人次"),
            (None, None, "危机干预督导场次", "≥12场"),
            (None, "质量", "夜间时段坐席在岗率", "≥95%"),
            (None, None, mk("夜间坐席在岗率", "D102", "error", row=True,
                            alt=("D103", "D101"), note=note_dup), "≥90%"),
            (None, mk("时效", "F109", "warning", row=True, note="模板留下的二级指标，未填指标"),
             None, None),
            (None, "成本", "人均轮训成本", "≤0.15万元/人次"),
            ("*效益", "社会效益", "接线员危机识别准确率", "≥90%"),
            ("*满意度", "服务对象满意度", "参训接线员满意度", "≥90%"),
        ],
    )  # fmt: skip
    notes(s, "注：标“★”的为核心指标，不得删除。")
    sign(s, "贺闻笙", "0739-6652087", day(2025, 11, 25))
    return b


@variant(
    "kfi11-hotline-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, a rate "
    "raised in 百分点 (correct)",
)
def hotline_points() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="心理援助热线服务质量提升项目",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(45, 40, 5),
        goals=["来电接通率较上年提高5个百分点以上，完成接线员督导48场，建立来电回访制度。"],
    )
    indicators(
        s,
        ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"),
        [
            ("产出指标", 40, "数量指标", "接线员督导场次", "≥48场", 15),
            (None, None, None, "来电回访人次", "≥600人次", 10),
            (None, None, "质量指标", "来电接通率提高幅度", "≥5百分点", 10),
            (None, None, "时效指标", "回访完成时限", "≤7天", 5),
            ("成本指标", 10, "经济成本指标", "每场督导成本", "≤0.5万元/场", 10),
            ("效益指标", 30, "社会效益指标", "来电者危机复发下降率", "≥10%", 15),
            (None, None, "可持续影响指标", "来电回访制度", "建立并执行", 15),
            ("满意度指标", 20, "服务对象满意度指标", "来电者满意度", "≥90%", 20),
        ],
        merged=(1, 2, 3),
    )
    sign(s, "唐栖", "0739-6652031", day(2025, 11, 12))
    return b


@variant(
    "kfi12-hotline-years",
    (7, 12),
    "project, NAT-2021, header 绩效目标值: the end date before the start, last year's year in "
    "the goal, a deadline after the one-year project",
)
def hotline_years() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="心理援助热线坐席设备更新项目",
        dept=DEPT,
        unit=CENTRE,
        money=one_year(28, 28, 0),
        end=mk(day(2025, 12, 31), "Y104", "error", alt=("Y102",),
               note="计划完成日期早于2026年1月1日的开始日期"),
        goals=[mk("更新热线坐席电脑和录音设备8套，确保2025年全年热线不间断运行。", "Y103",
                  "warning", alt=("Y101",), note="2026年项目的目标残留上年年份")],
    )  # fmt: skip
    indicators(
        s,
        (*TIERS, "绩效目标值"),
        [
            ("产出指标", "数量指标", "更新坐席设备套数", "≥8套"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, "时效指标", "设备更新完成时间",
             mk("2027年3月31日前", "Y102", "error", note="一年期2026年项目，期限写到2027年")),
            ("成本指标", "经济成本指标", "每套坐席设备购置标准", "≤3.5万元/套"),
            ("效益指标", "社会效益指标", "热线全年运行中断时长", "≤24小时"),
            ("满意度指标", "服务对象满意度指标", "接线员对设备满意度", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "贺闻笙", "0739-6652087", day(2025, 11, 25))
    return b

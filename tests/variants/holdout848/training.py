"""TCM training for village doctors (乡村医生中医药培训): kfz13–kfz18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout848.common import (
    HEALTH,
    TCM_HOSPITAL,
    first_sheet,
    indicators,
    multi_year,
    notes,
    one_year,
    signed,
)
from tests.variants.holdout848.herbs import PERIOD_HEAD
from tests.variants.holdout848.registry import variant
from tests.variants.kit import Book, mk, ok, pct

POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("kfz13-suitable-tech-points", (5, 10),
         "project, NAT-2021, abbreviated tier labels, ★ core indicators, tier-1 score column and "
         "indicator scores both adding to 100, a rise in 百分点 (correct)")  # fmt: skip
def suitable_tech_points() -> Book:
    b, s = first_sheet("绩效目标")
    project_head(
        s, year=2025, name="乡村医生中医药适宜技术培训项目", dept=HEALTH, unit=TCM_HOSPITAL,
        money=one_year(96, 96, 0),
        goals=["培训乡村医生320人（其中石磴片区120人、樟坑片区200人），每人掌握中医适宜技术"
               "不少于6项，村卫生室中医药服务能力明显提升。"],
    )  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出", 50, "数量", "★培训乡村医生人数", "≥320人", 20),
        (None, None, None, "人均掌握中医适宜技术项数", "≥6项", 10),
        (None, None, "质量", "★结业考核合格率", "≥90%", 10),
        (None, None, "时效", "培训完成时间", "2025年11月30日前", 10),
        ("成本", 10, "经济成本", "人均培训成本", "≤3000元/人", 10),
        ("效益", 30, "社会效益", "提供中医药服务的村卫生室比例", "提高≥10百分点", 15),
        (None, None, None, "村卫生室中医药服务人次占比", "≥30%", 15),
        ("满意度", 10, "服务对象满意度", "参训乡村医生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(s, "注：一级指标分值与三级指标分值是同一总分的两级分解，两列各自合计100分。")
    signed(s, "葛彦澄", "0793-5263195", (2024, 11, 26))
    return b


@variant("kfz14-suitable-tech-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column and indicator scores: 产出 declared 50 over 45, "
         "the goal's 360 village doctors against 300, a deadline in the next year")  # fmt: skip
def suitable_tech_points_wrong() -> Book:
    b, s = first_sheet("绩效目标")
    goal = ok("培训乡村医生360人，每人掌握中医适宜技术不少于5项，年内完成全部培训。", "warning",
              note="D104 may land at the goal text")  # fmt: skip
    project_head(
        s, year=2025, name="村医中医适宜技术轮训项目", dept=HEALTH, unit=TCM_HOSPITAL,
        money=one_year(108, 100, 8), goals=[goal],
    )  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(50, "W103", "error", note="其下指标分值15+10+10+10=45"), "数量指标",
         "轮训乡村医生人数",
         mk("≥300人", "D104", "warning", row=True, note="年度目标写培训乡村医生360人"), 15),
        (None, None, None, "人均掌握中医适宜技术项数", "≥5项", 10),
        (None, None, "质量指标", "结业考核合格率", "≥90%", 10),
        (None, None, "时效指标", "轮训完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2025年），期限落在下一年"), 10),
        ("成本指标", 10, "经济成本指标", "人均轮训成本", "≤3000元/人", 10),
        ("效益指标", 30, "社会效益指标", "村卫生室中医药服务人次占比", "≥30%", 15),
        (None, None, "可持续影响指标", "村医中医药技能长期应用", "持续应用", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训乡村医生满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计95，由产出指标少5分引起，可另报")  # fmt: skip
    return b


@variant("kfz15-mentoring-headers", (4, 7),
         "project, OLD-NAT, two-row header with 考核指标 · 预期实现值 · 评价标准, a 注 row inside "
         "the table, 说明 and signature lines below (correct)")  # fmt: skip
def mentoring_headers() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, name="村医中医药师承带教项目", dept=HEALTH, unit=TCM_HOSPITAL,
        money=one_year(40, 32, 8),
        goals=["组织县中医医院12名中医师与24名乡村医生结对带教，带教对象每人能独立开展中医"
               "适宜技术不少于4项。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "预期实现值", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "结对带教乡村医生人数", "≥24人", "每少1人扣0.5分"),
        (None, None, "带教中医师人数", "≥12人", "每少1人扣0.5分"),
        (None, "质量指标", "出师考核通过率", "≥85%", "每低1个百分点扣0.5分"),
        (None, "时效指标", "带教任务完成时间", "2025年12月20日前", "逾期不得分"),
        (None, "成本指标", "每对师徒带教补助标准", "≤1.5万元/对", "超标准不得分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：带教补助按季度考核后拨付，考核记录由县中医医院留存。", width=5)
    s.table([
        ("效益指标", "社会效益指标", "带教对象独立开展中医适宜技术项数", "≥4项", "每少1项扣1分"),
        ("满意度指标", "服务对象满意度指标", "带教对象满意度", "≥90%", "每低1个百分点扣0.5分"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "说明：补助标准1.5万元/对×24对=36万元，其余4万元用于带教考核和教材。")
    signed(s, "阮清扬", "0793-5270448", (2024, 12, 5))
    return b


@variant("kfz16-classics-template", (6, 13),
         "project, NAT-2021, header 预期目标: a value without a name, a template example row "
         "left with its placeholder, a tier-2 left without an indicator")  # fmt: skip
def classics_template() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, name="乡村医生中医经典研修班项目", dept=HEALTH, unit=TCM_HOSPITAL,
        money=one_year(30, 30, 0),
        goals=["举办中医经典研修班4期，组织150名乡村医生参加研修，提升辨证施治能力。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办中医经典研修班期数", "≥4期"),
        (None, None, "参加研修乡村医生人数", "≥150人"),
        (None, None, mk(None, "F110", "error", note="有指标值≥600课时，三级指标名称空着"),
         "≥600课时"),
        (None, "质量指标", "研修考核合格率", "≥90%"),
        (None, "时效指标", "研修班结业时间", "2025年12月15日前"),
        ("成本指标", "经济成本指标", "人均研修成本", "≤2000元/人"),
        ("效益指标", "社会效益指标", "示例：中医药知识讲座",
         mk("≥**人次", "X101", "error", row=True, alt=("T116",),
            note="模板示例行连同占位符留在表中")),
        (None, mk("可持续影响指标", "F109", "warning", row=True,
                  note="模板中的二级指标行没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfz17-capacity-two-year", (1, 8),
         "two-year project, NAT-2021, 中期 and 年度 columns with a unit column: the period's "
         "counts above the year's, equal rates as percent cells (correct)")  # fmt: skip
def capacity_two_year() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, years=2, name="乡村医生中医药服务能力提升行动", dept=HEALTH,
        unit=TCM_HOSPITAL, money=multi_year((180, 150, 30), (90, 75, 15)),
        goals=["两年培训乡村医生600人次，推广中医适宜技术12项，村卫生室普遍能提供中医药服务。",
               "培训乡村医生300人次，推广中医适宜技术6项。"],
    )  # fmt: skip
    indicators(s, (*PERIOD_HEAD, "计量单位"), [
        ("产出指标", "数量指标", "培训乡村医生人次", "≥600", "≥300", "人次"),
        (None, None, "推广中医适宜技术项数", "≥12", "≥6", "项"),
        (None, "质量指标", "培训考核合格率", pct(0.9), pct(0.9), "%"),
        (None, "时效指标", "年度培训任务完成时间", "2026年11月30日前", "2025年11月30日前", None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2500", "≤2500", "元/人次"),
        ("效益指标", "社会效益指标", "能提供中医药服务的村卫生室占比", "≥70%", "≥55%", "%"),
        ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", pct(0.9), pct(0.9), "%"),
    ])  # fmt: skip
    signed(s, "邢若溪", "0793-5286021", (2024, 11, 28))
    return b


@variant("kfz18-assessment-years-wrong", (8, 11),
         "two-year project, NAT-2021, 中期 and 年度 columns: an annual count above the period's, "
         "a 不合格率 with ≥, an annual deadline in the year before the project")  # fmt: skip
def assessment_years_wrong() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=2025, years=2, name="乡村医生中医药知识考核提升项目", dept=HEALTH,
        unit=TCM_HOSPITAL, money=multi_year((160, 140, 20), (80, 70, 10)),
        goals=["两年培训并考核乡村医生200人，建立村医中医药知识考核题库。",
               "培训并考核乡村医生100人，完成考核题库初稿。"],
    )  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "培训考核乡村医生人数", "≥200人",
         mk("≥260人", "D201", "error", alt=("D104",), note="年度260人高于两年合计200人")),
        (None, None, "考核题库试题数量", "≥2000道", "≥1000道"),
        (None, "质量指标", "培训考核不合格率", "≥5%",
         mk("≥5%", "T108", "warning", row=True, note="不合格率是反向指标，应为≤")),
        (None, "时效指标", "结业考核完成时间", "2026年11月30日前",
         mk("2024年11月30日前", "Y102", "error", row=True, alt=("Y103",),
            note="项目期2025—2026年，年度期限写成2024年")),
        ("成本指标", "经济成本指标", "人均培训考核成本", "≤0.3万元/人", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "村医中医药知识知晓率", "≥85%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训乡村医生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b

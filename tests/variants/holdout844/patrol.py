"""Patrol and enforcement: joint enforcement, patrol stations, drones, video points, training."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout844.common import (
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout844.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "澄汐市林业局（309112）"
SQUAD = "澄汐市自然保护地综合执法支队"


@variant("kfv13-enforcement-department", (12, 4),
         "department, NAT-2021: tasks adding to 项目支出, a goal count with its parts in "
         "brackets, a header row repeated after a page break, a 下降率 with ≥, 0起 on an "
         "incident count (correct)")  # fmt: skip
def enforcement_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=SQUAD,
                    budget=[(wan(560), wan(520), wan(40), wan(330), wan(230))],
                    tasks=[("湿地联合执法", "候鸟迁徙期专项执法", wan(90), "联合执法12次"),
                           ("巡护站运行维护", "9座巡护站水电及维修", wan(80), "巡护站正常运行"),
                           ("执法装备更新", "更新执法记录仪等装备", wan(60), "更新记录仪40台"),
                           ("金额合计", None, wan(230), None)],
                    goal="全年开展湿地联合执法行动12次（春季迁徙期5次、秋季迁徙期7次），"
                         "非法捕鸟案件发生数比上年下降20%以上。")  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, header, [
        ("产出指标", "数量指标", "联合执法行动次数", "≥12次"),
        (None, None, "巡护站维护数量", "≥9座"),
        (None, None, "执法记录仪更新数量", "≥40台"),
        (None, "质量指标", "涉湿案件办结率", "≥95%"),
        (None, "时效指标", "举报线索响应时间", "≤2小时"),
        ("成本指标", "经济成本指标", "执法记录仪单价", "≤0.45万元/台"),
    ])  # fmt: skip
    s.skip()
    indicators(s, header, [
        ("效益指标", "社会效益指标", "非法捕鸟案件发生数下降率", "≥20%"),
        (None, "生态效益指标", "候鸟栖息地非法侵占事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：下降率以上年案件发生数为基数计算。")
    sign(s, "甘澈", "0597-8825316", day(YEAR - 1, 11, 22))
    return b


@variant("kfv14-patrol-station-years", (11, 7),
         "project, NAT-2021, headers 考核指标 and 目标值（年度）: plan dates of the year before "
         "under the title's year, a deadline in the next year, a duration with ≥")  # fmt: skip
def patrol_station_years() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="鹭屿滩湿地巡护站改造及日常巡护",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(150, 150, 0),
        start=mk(
            day(YEAR - 1, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="plan dates in 2025 under a 2026 title",
        ),
        end=day(YEAR - 1, 12, 31),
        goals=["开展鹭屿滩湿地日常巡护，改造巡护站3座，依法查处破坏湿地违法行为。"],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出指标", "数量指标", "湿地巡护天数", "≥330天"),
        (None, None, "巡护站改造数量", "≥3座"),
        (None, "质量指标", "巡护记录上传率", "≥98%"),
        (None, "时效指标", "巡护站改造完工时间",
         mk("2027年3月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="a deadline in the next year for a one-year project")),
        (None, None, "案件查处平均用时",
         mk("≥15个工作日", "T108", "warning", row=True,
            note="a duration is 反向: at most, not at least")),
        ("成本指标", "经济成本指标", "单座巡护站改造成本", "≤35万元/座"),
        ("效益指标", "社会效益指标", "涉湿违法行为查处率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "周边村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv15-drone-patrol-points", (10, 5),
         "project, NAT-2021, a tier-1 score column and an indicator score column (100 both "
         "ways), a coverage rate raised in 百分点 (correct)")  # fmt: skip
def drone_patrol_points() -> Book:
    b, s = start(widths=(14, 8, 16, 28, 18, 8))
    project_head(s, year=YEAR, name="鹭屿滩湿地无人机巡护", dept=DEPT, unit=SQUAD,
                 money=one_year(85, 80, 5),
                 goals=["全年巡护里程12000公里以上，无人机巡查240架次，巡护覆盖率由上年的85%"
                        "提高到90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "巡护里程", "≥12000公里", 15),
        (None, None, None, "无人机巡查架次", "≥240架次", 10),
        (None, None, "质量指标", "巡护问题整改率", "≥95%", 15),
        (None, None, "时效指标", "问题发现上报时限", "≤24小时", 10),
        ("成本指标", 10, "经济成本指标", "无人机单架次巡查成本", "≤0.05万元/架次", 10),
        ("效益指标", 30, "生态效益指标", "巡护覆盖率", "提高≥5百分点", 15),
        (None, None, "社会效益指标", "涉湿违法案件发生数", "比上年下降≥10%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "沿湖群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("kfv16-video-points-copied", (8,),
         "three-year project, NAT-2021, 实施期 and 年度 columns: the 年度目标 copied from the "
         "中期目标, a cumulative patrol distance copied into the year")  # fmt: skip
def video_points_copied() -> Book:
    b, s = start()
    goal = ("建成鹭屿滩湿地智慧巡护体系，累计巡护里程36000公里，建成视频监控点45个，"
            "重点区域违法行为发现能力明显提升。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="鹭屿滩湿地智慧巡护体系建设", dept=DEPT,
                 unit=SQUAD, attr="新增项目", money=multi_year((450, 420, 30), (150, 140, 10)),
                 goals=[goal, mk(goal, "D204", "warning",
                                 note="the 年度目标 is the 中期目标 word for word")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "巡护里程", "≥36000公里",
         mk("≥36000公里", "D202", "warning",
            note="the period's cumulative distance copied into the year")),
        (None, None, "视频监控点建设数量", "≥45个",
         ok("≥15个", "warning", note="the copied 年度目标 says 45; the year's 15 is right")),
        (None, "质量指标", "监控设备完好率", "≥95%", "≥95%"),
        (None, "时效指标", "监控点建成时间", "2028年10月31日前", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单个监控点建设成本", "≤6万元/个", "≤6万元/个"),
        ("效益指标", "社会效益指标", "重点区域违法行为发现率", "≥90%", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "沿湖群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kfv17-training-stacked", (2, 1),
         "two projects stacked in one sheet, OLD-NAT, operator and unit columns, typed "
         "percents, the same indicator name with different values in each project, a unit "
         "cost × count equal to the money (correct)")  # fmt: skip
def training_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="湿地执法队伍能力提升培训",
        dept=DEPT,
        unit=SQUAD,
        money=one_year(36, 36, 0),
        goals=["培训湿地巡护执法人员240人次。"],
    )
    header = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "巡护人员培训人次", "≥", 240, "人次"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "培训完成时间", "≤", day(YEAR, 6, 30), None),
        (None, "成本指标", "人均培训成本", "≤", 0.15, "万元/人次"),
        ("效益指标", "社会效益指标", "执法文书规范率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="候鸟迁徙期护鸟专项行动", dept=DEPT, unit=SQUAD,
                 money=one_year(58, 50, 8), title="",
                 goals=["迁徙期开展清网专项行动10次，培训护鸟志愿者80人次。"])  # fmt: skip
    indicators(s, header, [
        ("产出指标", "数量指标", "巡护人员培训人次", "≥", 80, "人次"),
        (None, None, "清网专项行动次数", "≥", 10, "次"),
        (None, "质量指标", "案件移送及时率", "=", pct(1), "%"),
        (None, "时效指标", "专项行动结束时间", "≤", day(YEAR, 11, 30), None),
        (None, "成本指标", "专项行动单次成本", "≤", 4, "万元/次"),
        ("效益指标", "生态效益指标", "迁徙期候鸟非正常死亡事件", "≤", 2, "起"),
        ("满意度指标", "服务对象满意度指标", "护鸟志愿者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kfv18-patrol-flat-weights", (3, 12),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): "
         "a count below the goal's, a coverage rate above 100%, weights adding to 95")  # fmt: skip
def patrol_flat_weights() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄汐市湿地巡护管理站",
                    budget=[(wan(210), wan(200), wan(10), wan(120), wan(90))],
                    goal="全年组织湿地巡护2400人次，巡护问题处置率95%以上，湿地违法案件不超过"
                         "12起。")  # fmt: skip
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("湿地巡护人次", mk("≥2000", "D104", "warning",
                             note="the goal states 2400人次 of patrols"), "正向", "人次", 15),
        ("巡护区域覆盖率", mk("≥105%", "T106", "error", note="a coverage rate above 100%"),
         "正向", "%", 10),
        ("巡护问题处置率", "≥95%", "正向", "%", 15),
        ("湿地违法案件发生数", "≤12", "反向", "起", 15),
        ("巡护装备完好率", "≥95%", "正向", "%", 10),
        ("单人次巡护成本", "≤0.02", "反向", "万元/人次", 10),
        ("群众举报响应时间", "≤2", "反向", "小时", 10),
        ("周边群众满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    sign(s, "伍沁岚", "0597-8826140", day(YEAR - 1, 11, 25))
    return b

"""Returns of the science-teacher training programme: kbi07 to kbi12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout727.common import (
    TRAIN,
    filled,
    funds,
    indicators,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout727.registry import variant
from tests.variants.kit import Book, mk

DEPT = "琅峰市教育局（406）"
VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbi07-train-points", (5, 10),
         "project, OLD-NAT, numbered tier labels with points, an indicator score column adding "
         "to 100 like the tier points, a rate raised in 百分点, a total row (correct)")  # fmt: skip
def train_points() -> Book:
    b, s = start()
    project_head(s, year=2026, name="初中科学教师实验教学能力提升培训", dept=DEPT, unit=TRAIN,
                 money=one_year(60, 60, 0),
                 goals=["培训全市初中科学教师200人，每人集中培训不少于32学时，教师实验教学"
                        "考核优秀率提高5个百分点以上。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "1.培训教师人数", "≥200人", 15),
        (None, None, "2.人均集中培训学时", "≥32学时", 10),
        (None, "（二）质量指标", "3.结业考核合格率", "≥95%", 10),
        (None, "（三）时效指标", "4.培训完成时间", "2026年11月30日前", 10),
        (None, "（四）成本指标", "5.人均培训成本", "≤0.3万元/人", 5),
        ("二、效益指标（30分）", "（一）社会效益指标", "6.教师实验教学考核优秀率提高",
         "≥5百分点", 15),
        (None, "（二）可持续影响指标", "7.培训成果在校内推广比例", "≥60%", 15),
        ("三、满意度指标（20分）", "（一）服务对象满意度指标", "8.参训教师满意度", "≥90%", 10),
        (None, None, "9.派出学校满意度", "≥90%", 10),
    ]  # fmt: skip
    indicators(s, (*VALUE_HEAD, "分值"), rows)
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "黎书恒", "0772-3351086", filled(2026))
    return b


@variant("kbi08-train-goal-counts", (12,),
         "project, OLD-NAT, one value column: teacher count and hours against the goal, a cost per "
         "teacher times count above the money")  # fmt: skip
def train_goal_counts() -> Book:
    b, s = start()
    project_head(s, year=2026, name="初中科学教师实验技能专项培训", dept=DEPT, unit=TRAIN,
                 money=one_year(60, 50, 10),
                 goals=["培训全市初中科学教师300人，每人集中培训不少于40学时，"
                        "年内完成4期。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "培训教师人数",
         mk("≥240人", "D104", "warning", row=True, note="年度目标写培训300人")),
        (None, None, "人均集中培训学时",
         mk("≥24学时", "D104", "warning", row=True, note="年度目标写每人不少于40学时")),
        (None, None, "培训期数", "≥4期"),
        (None, "质量指标", "结业考核合格率", "≥95%"),
        (None, "时效指标", "培训完成时间", "2026年11月30日前"),
        (None, "成本指标", "人均培训成本",
         mk("≤0.3万元/人", "B107", "warning", row=True,
            note="0.3万元 × 240人 = 72万元，超过年度资金60万元")),
        ("效益指标", "社会效益指标", "参训教师课堂分组实验开出率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    return b


@variant("kbi09-train-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "weights adding to 100, a 下降率 with ≥ (correct)")  # fmt: skip
def train_flat() -> Book:
    b, s = start()
    department_head(s, year=2026, dept=TRAIN,
                    budget=[(w(520), w(480), w(40), w(380), w(140))],
                    goal="全年培训中小学科学教师600人次，开发实验教学培训课程12门，学员实验操作"
                         "差错率较上年下降20%以上。")  # fmt: skip
    rows = [
        ("科学教师培训人次", 20, "人次", "≥", 600),
        ("实验教学培训课程开发数量", 10, "门", "≥", 12),
        ("结业考核合格率", 15, "%", "≥", 95),
        ("培训学员缺勤率", 5, "%", "≤", 3),
        ("学员实验操作差错下降率", 10, "%", "≥", 20),
        ("培训按期完成率", 10, "%", "≥", 95),
        ("人均培训成本", 15, "万元/人次", "≤", 0.2),
        ("参训教师满意度", 15, "%", "≥", 90),
    ]  # fmt: skip
    s.skip()
    s.row("年度绩效指标")
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    notes(s, "注：指标性质填写比较符；人均培训成本按600人次、项目支出140万元中的培训经费测算。")
    return b


@variant("kbi10-train-tier-wrong", (5, 11),
         "project, OLD-NAT, abbreviated and starred tier labels: a count under 质量, a "
         "satisfaction rate under 社会效益, a 反向 rate with ≥")  # fmt: skip
def train_tier_wrong() -> Book:
    b, s = start()
    project_head(s, year=2026, name="乡村学校科学教师送培下乡", dept=DEPT, unit=TRAIN,
                 money=one_year(48, 48, 0),
                 goals=["组织送培下乡12场，覆盖乡村学校科学教师360人。"])  # fmt: skip
    rows = [
        ("★产出", "数量", "送培覆盖乡村教师人数", "≥360人"),
        (None, "质量", "送培场次",
         mk("≥12场", "F201", "warning", row=True, note="场次是数量指标，填在质量下")),
        (None, None, "送培课程考核合格率", "≥95%"),
        (None, "时效", "送培完成时间", "2026年10月31日前"),
        (None, "成本", "每场送培成本", "≤3.5万元/场"),
        ("效益", "社会效益", "乡村学校科学课实验开出率", "≥85%"),
        (None, None, "参训教师满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")),
        (None, None, "参训教师缺勤率",
         mk("≥3%", "T108", "warning", row=True, note="缺勤率是反向指标，应为≤")),
        ("满意度", "服务对象满意度", "乡村学校满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, VALUE_HEAD, rows)
    return b


@variant("kbi11-train-two-year", (4, 8),
         "two-year project, OLD-NAT, 中期 and 年度 columns, the period's count beside the year's, "
         "百分点 in both, a header row repeated after a page break, a note (correct)")  # fmt: skip
def train_two_year() -> Book:
    b, s = start()
    project_head(s, year=2026, years=2, name="初中科学名师工作室建设及教师培训", dept=DEPT,
                 unit=TRAIN, attr="新增项目", money=funds((160, 140, 20), (80, 70, 10)),
                 goals=["2026—2027年培训全市初中科学教师600人，建成科学名师工作室6个。",
                        "2026年培训300人（其中农村学校教师180人），"
                        "建成名师工作室3个。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")
    top = [
        ("产出指标", "数量指标", "培训教师人数", "≥600", "≥300", "人"),
        (None, None, "建成名师工作室数量", "≥6", "≥3", "个"),
        (None, "质量指标", "结业考核合格率", "≥95", "≥95", "%"),
        (None, "时效指标", "培训完成时间", "2027年12月31日前", "2026年12月31日前", None),
    ]  # fmt: skip
    rest = [
        ("产出指标", "成本指标", "人均培训成本", "≤0.25", "≤0.25", "万元/人"),
        ("效益指标", "社会效益指标", "科学课分组实验开出率提高", "≥5", "≥3", "百分点"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90", "≥90", "%"),
    ]  # fmt: skip
    indicators(s, head, top)
    s.row(*head)
    s.table(rest, merged=(1, 2))
    notes(s, "说明：中期指标值为2026—2027年两年累计数。")
    return b


@variant("kbi12-train-stacked", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's totals are not "
         "the sum of their parts, its deadline later than its goal")  # fmt: skip
def train_stacked() -> Book:
    b, s = start()
    project_head(s, year=2026, name="科学教师实验技能培训", dept=DEPT, unit=TRAIN,
                 money=one_year(40, 36, 4),
                 goals=["培训初中科学教师160人，2026年10月底前完成。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "培训教师人数", "≥160人"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        (None, "成本指标", "人均培训成本", "≤0.25万元/人"),
        ("效益指标", "社会效益指标", "参训教师实验考核合格率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ], )  # fmt: skip
    s.skip()
    note = "财政拨款30万元 + 其他资金10万元 = 40万元，不是45万元"
    wrong = [mk(w(45), "B101", "error", note=note), w(30), w(10)]
    project_head(s, year=2026, name="实验员岗位能力培训", dept=DEPT, unit=TRAIN, title="",
                 money=funds(wrong, [mk(w(45), "B101", "error", note=note), w(30), w(10)]),
                 goals=["2026年8月底前完成全市初中实验员岗位培训120人。"])  # fmt: skip
    indicators(s, VALUE_HEAD, [
        ("产出指标", "数量指标", "实验员培训人数", "≥120人"),
        (None, "时效指标", "培训完成时间",
         mk("2026年11月30日前", "D104", "warning", row=True, note="年度目标写8月底前完成")),
        (None, "成本指标", "人均培训成本", "≤0.3万元/人"),
        ("效益指标", "社会效益指标", "实验员持证上岗率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b

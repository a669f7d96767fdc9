"""Job-skill training for veterans: kcy01–kcy06."""

from __future__ import annotations

from tests.variants.holdout769.common import (
    HEAD,
    HEAD2,
    department,
    indicators,
    multi_year,
    note,
    one_year,
    project,
    sign,
)
from tests.variants.holdout769.registry import variant
from tests.variants.kit import Book, mk, pct

TRAIN = "澜江省退役军人就业创业服务中心"


@variant("kcy01-skill-training", (1, 5, 12),
         "project, NAT-2021, numbered tier labels, typed percent, a part in the goal "
         "(correct)")  # fmt: skip
def skill_training() -> Book:
    goal = ("2026年组织退役军人职业技能培训600人（其中电商直播班200人），培训后就业率达到80%"
            "以上，为2027年在全省推广“订单式”培训积累经验。")  # fmt: skip
    b, s = project(2026, "退役军人职业技能提升培训", TRAIN, one_year(180, 150, 30), [goal])
    indicators(s, HEAD, [
        ("一、产出指标", "（一）数量指标", "职业技能培训人数", "≥600人"),
        (None, None, "其中：电商直播班培训人数", "≥200人"),
        (None, "（二）质量指标", "结业考核合格率", pct(0.95)),
        (None, "（三）时效指标", "培训任务完成时间", "2026年11月30日前"),
        ("二、成本指标", "（一）经济成本指标", "人均培训补贴标准", "≤3000元/人"),
        ("三、效益指标", "（一）社会效益指标", "培训后就业率", "≥80%"),
        (None, "（二）可持续影响指标", "订单式培训合作企业数", "≥15家"),
        ("四、满意度指标", "（一）服务对象满意度指标", "参训退役军人满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：电商直播班人数包含在培训总人数600人内；补贴标准600人×3000元=180万元。")
    sign(s, "孟繁川", "0871-6630 2147", (2025, 10, 28))
    return b


@variant("kcy02-training-goal-mismatch", (5, 12),
         "project, NAT-2021, abbreviated labels, header 考核指标 / 目标值（年度）")  # fmt: skip
def training_goal_mismatch() -> Book:
    goal = "培训退役军人800人，开设汽修、家政、无人机操控三个专业，培训后就业率不低于75%。"
    b, s = project(2026, "退役军人适应性技能培训", "栖凤市退役军人服务中心",
                   one_year(160, 140, 20), [goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）"), [
        ("产出", "数量", "技能培训人数",
         mk("≥600人", "D104", "warning", row=True, note="年度目标写培训800人")),
        (None, None, "开设培训专业数", "≥3个"),
        (None, "质量", "结业考核合格率", "≥90%"),
        (None, "时效", "培训完成时间",
         mk("2025年12月31日前", "Y102", "error", alt=("Y103",),
            note="2026年度项目的期限落在2025年：上年表格残留")),
        ("成本", "经济成本", "人均培训成本",
         mk("≤3500元/人", "B107", "warning", row=True,
            note="600人×3500元=210万元，超过年度资金160万元")),
        ("效益", "社会效益", "培训后就业率", "≥75%"),
        ("满意度", "服务对象满意度", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦孟达", "0873-2215 608", (2025, 11, 6))
    return b


@variant("kcy03-training-three-years", (8, 10),
         "three-year project, NAT-2021, 中期 and 年度 columns, rates raised in 百分点 "
         "(correct)")  # fmt: skip
def training_three_years() -> Book:
    goals = ("2026—2028年累计培训退役军人1800人，建成实训基地3个，培训后就业率稳定在80%以上。",
             "2026年培训退役军人600人，建成实训基地1个，培训后就业率达到80%。")  # fmt: skip
    b, s = project(2026, "退役军人实训基地建设与培训", TRAIN,
                   multi_year((1500, 1350, 150), (500, 450, 50)), goals, years=3)  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "退役军人培训人数", "≥1800人", "≥600人"),
        (None, None, "实训基地建成数", "≥3个", "≥1个"),
        (None, "质量指标", "结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤2500元/人", "≤2500元/人"),
        (None, None, "单个实训基地建设成本", "≤300万元/个", "≤300万元/个"),
        ("效益指标", "社会效益指标", "培训后就业率较上年提高", "≥3百分点", "≥1百分点"),
        ("满意度指标", "服务对象满意度指标", "参训退役军人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "孟繁川", "0871-6630 2147", (2025, 10, 30))
    return b


@variant("kcy04-training-period-copied", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns, goal and counts copied "
         "across")  # fmt: skip
def training_period_copied() -> Book:
    text = "累计培训退役军人创业骨干1000人，孵化退役军人创业项目40个，带动就业300人以上。"
    goals = (text, mk(text, "D204", "warning", note="年度目标与中期目标逐字相同"))
    b, s = project(2026, "退役军人创业孵化培训（2026—2027年）", "澜江省退役军人创业孵化基地",
                   multi_year((800, 720, 80), (400, 360, 40)), goals, years=2)  # fmt: skip
    indicators(s, HEAD2, [
        ("产出指标", "数量指标", "创业培训人数", "≥1000人",
         mk("≥1000人", "D202", "warning", note="两年期累计人数，年度照抄中期")),
        (None, None, "孵化创业项目数", "≥40个",
         mk("≥55个", "D201", "error", note="一年孵化数超过两年合计40个")),
        (None, "质量指标", "孵化项目存活率", "≥70%", "≥70%"),
        (None, "时效指标", "孵化项目入驻时间", "2027年6月30日前", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "人均创业培训成本", "≤4000元/人", "≤4000元/人"),
        ("效益指标", "社会效益指标", "带动就业人数", "≥300人", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "创业学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kcy05-flat-employment-service", (3, 1, 11, 12),
         "department, flat list (名称·权重·单位·指标性质 as operator·值), 下降率 with ≥ "
         "(correct)")  # fmt: skip
def flat_employment_service() -> Book:
    tasks = [("职业技能培训", "组织退役军人技能培训", 420, "培训1200人"),
             ("专场招聘服务", "举办退役军人专场招聘会", 180, "举办招聘会24场"),
             ("金额合计", None, 600, None)]  # fmt: skip
    goal = "全年培训退役军人1200人，举办专场招聘会24场，培训后就业率达到75%以上。"
    b, s = department(2026, TRAIN, [(960, 900, 60, 360, 600)], goal, tasks)
    s.skip()
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("退役军人技能培训人数", 20, "人", "≥", 1200),
        ("专场招聘会场次", 15, "场", "≥", 24),
        ("结业考核合格率", 15, None, "≥", pct(0.9)),
        ("培训后就业率", 20, "%", "≥", 75),
        ("服务投诉率", 10, "%", "≤", 2),
        ("登记待业退役军人人数下降率", 10, "%", "≥", 10),
        ("服务对象满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "孟繁川", "0871-6630 2147", (2025, 11, 12))
    return b


@variant("kcy06-flat-duplicate-weights", (3,),
         "department, flat list (名称·指标值·单位·权重), a near-duplicate and weights "
         "off 100")  # fmt: skip
def flat_duplicate_weights() -> Book:
    goal = "全年开展退役军人职业技能培训500人，推荐就业岗位1500个，就业率不低于70%。"
    b, s = department(2026, "栖凤市退役军人服务中心", [(520, 500, 20, 200, 320)], goal)
    s.skip()
    s.row("指标名称", "指标值", "计量单位", "权重")
    s.table([
        ("退役军人职业技能培训人数", "≥500", "人", 20),
        ("推荐就业岗位数", "≥1500", "个", 20),
        ("培训结业合格率", "≥90", "%", 15),
        ("职业技能培训人数",
         mk("≥450", "D102", "error", row=True, alt=("D103", "D101"),
            note="与第一行是同一指标，少一个词，指标值却不同"), "人", 15),
        ("推荐就业成功率", "≥70", "%", 15),
        ("服务对象满意度", "≥90", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+20+15+15+15+10=95，不是100")
    return b

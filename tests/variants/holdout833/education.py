"""Road safety education in schools: six returns (three correct)."""

from __future__ import annotations

from tests.variants.holdout833.common import (
    department,
    header,
    indicators,
    multi_year,
    notes,
    one_year,
    project,
    sign_off,
    start,
)
from tests.variants.holdout833.registry import variant
from tests.variants.kit import Book, day, mk, pct

EDU = "鹭埠县教育局（402）"


@variant(
    "kfk13-school-education",
    (7, 10, 11),
    "project, NAT-2021, two-row header, operators "
    "in words in their own column, unit column, 百分点 (correct)",
)
def school_education() -> Book:
    b, s = start()
    goal = ("在全县86所中小学（其中村小54所）开展交通安全进校园，"
            "每校每学期至少1次安全课，印发学生交通安全读本1.8万册。")  # fmt: skip
    project(s, 2025, "鹭埠县中小学道路交通安全教育项目", "鹭埠县学校安全服务中心",
            one_year(30, 30, 0), [goal], dept=EDU)  # fmt: skip
    top = header(s, "一级指标", "二级指标", "三级指标", "指标值", None, "计量单位")
    s.row(None, None, None, "比较方式", "目标值")
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top, end_column=5)
    for c in (1, 2, 3, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    indicators(s, [
        ("成本指标", "经济成本指标", "每校宣教材料及课时费", "小于等于", 0.3, "万元/所"),
        ("产出指标", "数量指标", "覆盖中小学校", "大于等于", 86, "所"),
        (None, None, "其中：覆盖村小", "大于等于", 54, "所"),
        (None, None, "交通安全读本印发", "大于等于", 1.8, "万册"),
        (None, "质量指标", "学生交通安全知识测试合格率", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "秋季学期安全课完成时间", "小于等于", day(2025, 11, 30), None),
        ("效益指标", "社会效益指标", "涉学生道路交通事故起数", "定性", "下降", None),
        (None, "可持续影响指标", "交通安全教育纳入校本课程的学校比例", "大于等于", 3, "百分点"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    notes(s, "说明：86所×0.3万元=25.8万元，余额用于读本印制；比例比上年提高3百分点。")
    return b


@variant(
    "kfk14-school-goal-mismatch",
    (12,),
    "project, OLD-NAT, one value column: title year "
    "after the plan's, a count against the goal, a lecture cost over the money",
)
def school_goal_mismatch() -> Book:
    b, s = start()
    b.file_mark("Y101", "error", alt=("Y102",), note="标题2026年度，计划日期均在2025年")
    goal = "全年在村小开展交通安全讲座200场，覆盖学生1.2万人次。"
    project(s, 2025, "村小交通安全讲座项目", "鹭埠县学校安全服务中心", one_year(30, 30, 0),
            [goal], dept=EDU, title="2026年度项目支出绩效目标申报表")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "交通安全讲座场次", "≥200场"),
        (None, None, "覆盖学生人次",
         mk("≥9000人次", "D104", "warning", note="年度目标写1.2万人次")),
        (None, "质量指标", "讲座课件审核通过率", "=100%"),
        (None, "时效指标", "讲座完成时间", "2025年12月20日前"),
        (None, "成本指标", "每场讲座费用",
         mk("≤0.2万元/场", "B107", "warning", note="200场×0.2万元=40万元，超过30万元")),
        ("效益指标", "社会效益指标", "村小学生交通安全意识", "明显提升"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk15-school-flat-notes",
    (3, 4),
    "department, flat list, a 说明 row inside, header "
    "repeated after a page break, total row, notes, signature dated the year before (correct)",
)
def school_flat_notes() -> Book:
    b, s = start()
    department(s, 2025, "栎桥县教育局", (1260, 1200, 60, 980, 280),
               "保障学校运转，开展中小学道路交通安全教育。")  # fmt: skip
    cols = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    header(s, *cols)
    s.table([
        ("交通安全课覆盖学校数", 15, "所", "≥", 72),
        ("校园周边道路隐患排查次数", 10, "次", "≥", 4),
        ("说明：以下为质量及时效类指标", None, None, None, None),
        ("交通安全知识测试合格率", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    header(s, *cols)
    s.table([
        ("隐患整改办结时限", 10, "工作日", "≤", 15),
        ("涉学生交通事故起数", 15, "起", "≤", 0),
        ("家长安全接送知晓率", 15, "%", "≥", pct(0.85)),
        ("校车驾驶员培训人数", 10, "人", "≥", 46),
        ("学生家长满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, "注：指标性质栏填写比较符。", "填表说明：权重合计应为100。", width=5)
    sign_off(s, "韦晓苓", "0731-6281937", (2024, 11, 22))
    return b


@variant(
    "kfk16-school-leftover",
    (6,),
    "project, OLD-NAT: a template example row left in, "
    "last year's deadline, one indicator twice under two tier-2s",
)
def school_leftover() -> Book:
    b, s = start()
    goal = "秋季学期为全县村小6000名学生开展交通安全实训。"
    project(s, 2025, "村小学生交通安全实训项目", "栎桥县青少年校外活动中心",
            one_year(48, 48, 0), [goal], dept="栎桥县教育局（407）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, [
        ("产出指标", "数量指标", "参训学生人数", "≥6000人"),
        (None, None, "示例：XX主题活动场次",
         mk("≥XX场", "X101", "error", row=True, note="模板示例行未删除")),
        (None, "质量指标", "学生交通安全知识知晓率", "≥85%"),
        (None, "时效指标", "实训完成时间",
         mk("2024年12月31日前", "Y102", "error", alt=("Y103",), note="上一年度期限遗留")),
        (None, "成本指标", "人均实训成本", "≤80元/人", "6000人×80元=48万元"),
        ("效益指标", "社会效益指标", "交通安全知识知晓率",
         mk("≥90%", "D103", "warning", row=True, alt=("D102", "D101"),
            note="与质量指标下的知晓率是同一指标，值不同")),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfk17-school-multi-year",
    (5, 8),
    "two-year project, OLD-NAT, labels with ★ and * "
    "and abbreviated, 中期 and 年度 columns, period counts above annual ones (correct)",
)
def school_multi_year() -> Book:
    b, s = start()
    goals = (
        "2025—2026年为全县校车驾驶员和照管员培训240人次，建设交通安全体验教室12间。",
        "2025年培训校车驾驶员和照管员120人次，建成体验教室6间。",
    )
    project(s, 2025, "校车安全与交通安全体验教室项目", "鹭埠县学校安全服务中心",
            multi_year((180, 160, 20), (90, 80, 10)), goals, years=2, dept=EDU)  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
    indicators(s, [
        ("★产出", "*数量", "校车驾驶员和照管员培训", "≥240人次", "≥120人次"),
        (None, None, "交通安全体验教室", "≥12间", "≥6间"),
        (None, "*质量", "培训考核合格率", pct(0.95), pct(0.95)),
        (None, "时效", "体验教室建成时间", "2026年8月31日前", "2025年12月31日前"),
        (None, "成本", "体验教室建设成本", "≤14万元/间", "≤14万元/间", "6×14=84万元"),
        ("★效益", "社会效益", "校车安全事故", "0起", "0起"),
        ("满意度", "服务对象满意度", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：★为核心指标，*为必填指标；培训费由其他资金列支。")
    return b


@variant(
    "kfk18-school-wrong-tier",
    (5, 10),
    "project, NAT-2021, tier labels with points and an "
    "indicator score column: points not adding up, a rate under 时效, deadline vs goal",
)
def school_wrong_tier() -> Book:
    b, s = start()
    goal = "9月1日开学前完成校车驾驶员安全培训，开展交通安全主题班会1200节。"
    project(s, 2025, "校车与校园交通安全提升项目", "栎桥县学生资助与安全管理中心",
            one_year(24, 24, 0), [goal], dept="栎桥县教育局（407）")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    tier = mk("一、产出指标（50分）", "W103", "error", alt=("W101",),
              note="其下分值20+15+10=45")  # fmt: skip
    indicators(s, [
        (tier, "1.数量指标", "交通安全主题班会", "≥1200节", 20),
        (None, "2.时效指标", "校车驾驶员培训完成时间",
         mk("2025年10月31日前", "D104", "warning", note="年度目标写9月1日开学前"), 15),
        (None, None, "安全课教案审核合格率",
         mk("≥95%", "F201", "warning", row=True, note="质量类指标填在时效指标下"), 10),
        ("二、成本指标（10分）", "1.经济成本指标", "每节班会材料费", "≤150元/节", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "涉校车交通事故", "0起", 30),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "家长满意度", "≥90%", 10),
    ])  # fmt: skip
    return b

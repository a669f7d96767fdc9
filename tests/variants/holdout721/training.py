"""Rural e-commerce training for women (kbc07–kbc12): project, flat list, tiers, multi-year,
department."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout721.common import (
    WOMEN,
    indicators,
    money_period,
    money_year,
    notes,
    sign,
    start,
    two_row_header,
    w,
)
from tests.variants.holdout721.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")


@variant(
    "kbc07-training-word-operators",
    (1, 11),
    "project, NAT-2021, operators in words in a 指标方向 column, unit column, typed percent "
    "cells, a later year the work prepares for, a rate raised in 百分点 (correct)",
)
def kbc07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="农村妇女电商直播技能培训",
        dept=f"{WOMEN}（318001）",
        unit=f"{WOMEN}发展部",
        money=money_year(w(64), w(56), w(8)),
        goals=[
            "举办农村妇女电商直播培训班8期，培训400人次（其中脱贫户及监测户妇女不少于120人次），"
            "为2027年在全县推广“巾帼电商”积累课程和师资。"
        ],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训班期数", "大于等于", 8, "期"),
        (None, None, "培训人次", "大于等于", 400, "人次"),
        (None, None, "脱贫户及监测户妇女参训人次", "大于等于", 120, "人次"),
        (None, "质量指标", "培训结业率", "大于等于", pct(0.9), "%"),
        (None, "时效指标", "培训任务完成时间", "小于等于", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "人均培训成本", "小于等于", 1500, "元/人次"),
        ("效益指标", "经济效益指标", "学员新开网店或直播账号数", "大于等于", 150, "个"),
        (None, "社会效益指标", "参训脱贫户妇女电商就业比例较上年提高", "大于等于", 5, "百分点"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "说明：人均培训成本1500元×400人次=60万元，其余4万元用于直播设备租赁。")
    sign(s, "蒙晓岚", "0873-6230516", day(2025, 11, 12))
    return b


@variant(
    "kbc08-training-goal-dates",
    (7, 12),
    "project, NAT-2021, headers 考核指标 and 目标值（年度）: the goal's count against the "
    "indicator, a next-year deadline in a one-year project, a unit cost × count above the money",
)
def kbc08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="巾帼电商创业培训",
        dept=f"{WOMEN}（318001）",
        unit=f"{WOMEN}发展部",
        money=money_year(w(60), w(50), w(10)),
        goals=["2026年举办农村妇女电商创业培训班6期，培训300人次，带动参训妇女新开网店100个。"],
    )
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "培训班期数", "≥6期", "每少1期扣1分"),
        (None, None, "培训人次",
         mk("≥360人次", "D104", "warning", row=True, note="年度目标写培训300人次"),
         "按签到表核定"),
        (None, "质量指标", "结业考核合格率", "≥85%", "按考核记录"),
        (None, "时效指标", "培训任务完成时间",
         mk("2027年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2026年1月1日—12月31日）的期限落在下一年"), "逾期不得分"),
        ("成本指标", "经济成本指标", "人均培训成本",
         mk("≤2200元/人次", "B107", "warning", row=True,
            note="2200元×360人次=79.2万元（按300人次为66万元），超过年度资金60万元"),
         "按决算核定"),
        ("效益指标", "经济效益指标", "参训妇女新开网店数", "≥100个", "按平台截图核定"),
        (None, "社会效益指标", "参训妇女中脱贫户占比", "≥30%", "按花名册核定"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant(
    "kbc09-training-flat",
    (3, 4, 11),
    "department (妇联), flat list 指标名称 · 权重 · 计量单位 · 指标性质 (operator) · 指标值, "
    "weights "
    "add to 100, a 下降率 with ≥, 0 on an incident count, 注 and 填表说明 rows (correct)",
)
def kbc09() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept=WOMEN,
        budget=[(w(420), w(400), w(20), w(260), w(160))],
        goal="围绕巾帼电商和家政技能培训，提升农村妇女就业创业能力，帮助困难妇女家庭稳定增收。",
    )
    s.row("年度绩效指标")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("农村妇女电商培训人次", 20, "人次", "≥", 800),
        ("巾帼电商示范点建设数量", 15, "个", "≥", 6),
        ("培训结业率", 10, "%", "≥", 90),
        ("参训妇女线上开店率", 10, "%", "≥", 30),
        ("困难家庭妇女参训占比", 10, "%", "≥", 25),
        ("参训妇女家庭低收入风险户下降率", 10, "%", "≥", 10),
        ("培训安全事故发生次数", 5, "次", "=", 0),
        ("人均培训成本", 10, "元/人次", "≤", 1200),
        ("参训妇女满意度", 10, "%", "≥", 90),
    ])  # fmt: skip
    notes(
        s,
        "注：权重合计100；下降率以2025年底低收入风险户监测数为基数。",
        "填表说明：指标性质填≥、≤或=；指标值填数字，单位见计量单位列。",
    )
    sign(s, "蒙晓岚", "0873-6230516", day(2025, 11, 18))
    return b


@variant(
    "kbc10-training-marked-tiers",
    (5, 6),
    "project, NAT-2021, tier labels with * and ★ and abbreviated tier-2s: a pass rate under 时效, "
    "a satisfaction rate under 社会效益, a template tier-2 left empty",
)
def kbc10() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="乡村巾帼电商带头人培训",
        dept=f"{WOMEN}（318001）",
        unit=f"{WOMEN}发展部",
        money=money_year(w(48), w(40), w(8)),
        goals=["培训农村妇女电商带头人300人次，培育示范网店30个，提升困难妇女线上销售能力。"],
    )
    indicators(s, HEAD, [
        ("*产出指标", "★数量", "电商带头人培训人次", "≥300人次", None),
        (None, None, "培育示范网店数量", "≥30个", None),
        (None, "质量", "课程讲师持证上岗率", "100%", None),
        (None, "时效", "培训班按计划开班时间", "2026年10月31日前", None),
        (None, None, "培训考核合格率",
         mk("≥90%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"), None),
        ("*成本指标", "经济成本", "人均培训成本", "≤1500元/人次", "300人次×1500元=45万元"),
        ("*效益指标", mk("经济效益", "F109", "warning", row=True,
                       note="模板留下的二级指标，没有三级指标和指标值"), None, None, None),
        (None, "社会效益", "示范网店带动困难妇女就业人数", "≥90人", None),
        (None, None, "参训学员满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下，应属满意度指标"),
         None),
        (None, "可持续影响", "示范网店一年后持续经营率", "≥80%", None),
        ("*满意度指标", "服务对象满意度", "参训妇女对课程安排满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "蒙晓岚", "0873-6230516", day(2025, 11, 12))
    return b


@variant(
    "kbc11-training-two-years",
    (7, 8),
    "two-year project 2026–2027, NAT-2021, two-row header with 中期 and 年度 value columns: "
    "period counts above the year's, rates and unit costs equal, 填表说明 below (correct)",
)
def kbc11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        years=2,
        attr="新增项目",
        name="巾帼电商骨干两年培育计划",
        dept=f"{WOMEN}（318001）",
        unit=f"{WOMEN}发展部",
        money=money_period((w(150), w(130), w(20)), (w(75), w(65), w(10))),
        goals=[
            "2026年—2027年培训农村妇女电商骨干800人次，培育巾帼电商带头人40名，"
            "建成村级电商服务点16个。",
            "2026年培训400人次，培育带头人20名，建成服务点8个，为2027年扩面积累课程。",
        ],
    )
    two_row_header(
        s, ("一级指标", "二级指标", "三级指标"), ("中期（2026—2027年）", "年度（2026年）")
    )
    s.table([
        ("产出指标", "数量指标", "电商骨干培训人次", "≥800人次", "≥400人次"),
        (None, None, "培育巾帼电商带头人数", "≥40名", "≥20名"),
        (None, None, "村级电商服务点建设数量", "≥16个", "≥8个"),
        (None, "质量指标", "结业考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "培训任务完成时间", "2027年11月底前", "2026年11月底前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1500元/人次", "≤1500元/人次"),
        ("效益指标", "经济效益指标", "带头人带动农户线上销售额", "≥600万元", "≥250万元"),
        (None, "可持续影响指标", "电商服务点持续运营率", "≥80%", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(
        s,
        "填表说明：中期列填两年累计值，年度列填2026年值；比率和单位成本两列可相同。",
        width=5,
    )
    return b


@variant(
    "kbc12-training-department-money",
    (12,),
    "department (妇联), NAT-2021, budget and key tasks: 基本支出 + 项目支出 ≠ 资金总额, task "
    "amounts not adding to 金额合计",
)
def kbc12() -> Book:
    b, s = start()
    department_head(
        s,
        year=2026,
        dept=WOMEN,
        budget=[(
            mk(w(520), "B101", "error", row=True,
               note="财政拨款480+其他资金40=520，但基本支出300+项目支出240=540"),
            w(480), w(40), w(300), w(240),
        )],
        tasks=[
            ("农村妇女电商培训", "电商直播、网店运营培训", w(120), "培训800人次以上"),
            ("巾帼示范点建设", "建设村级巾帼电商示范点", w(60), "建成6个示范点"),
            ("手工技能培训", "刺绣、竹编技能培训", w(40), "培训300人次以上"),
            ("金额合计", None,
             mk(w(240), "B102", "error", alt=("B101",), note="120+60+40=220，不是240"), None),
        ],
        goal="提升农村妇女电商和手工技能，帮助困难妇女家庭稳定增收。",
    )  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "电商培训人次", "≥800人次", None),
        (None, None, "巾帼电商示范点建设数量", "≥6个", None),
        (None, "质量指标", "培训结业率", "≥90%", None),
        (None, "时效指标", "示范点建成时间", "2026年9月30日前", None),
        ("成本指标", "经济成本指标", "单个示范点建设补助", "≤10万元/个", None),
        ("效益指标", "社会效益指标", "带动困难妇女就业人数", "≥200人", None),
        ("满意度指标", "服务对象满意度指标", "参训妇女满意度", "≥90%", None),
    ])  # fmt: skip
    return b

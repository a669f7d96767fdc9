"""Chronic disease follow-ups (慢性病随访): kgq13–kgq18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout865.common import (
    FLAT,
    PERIOD,
    POINTS,
    indicators,
    money_period,
    money_year,
    new_book,
    note,
    sign,
    wan,
)
from tests.variants.holdout865.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kgq13-followup-points",
    (10, 5),
    "project, NAT-2021, tier-1 score column and indicator "
    "scores both adding to 100, a rate raised in 百分点, persons in the goal (correct)",
)
def followup_points() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="柘川县慢性病患者规范化随访管理",
        dept="柘川县卫生健康局 302",
        unit="柘川县疾病预防控制中心",
        attr="常年项目",
        money=money_year(wan(92), wan(80), wan(12)),
        goals=[
            "全年对辖区6000名高血压患者和2000名2型糖尿病患者每季度面对面随访一次，"
            "高血压患者规范管理率较上年提高3个百分点。"
        ],
    )
    indicators(s, POINTS, [
        ("一、产出指标", 50, "数量指标", "高血压患者面对面随访人次", "≥24000人次", 15),
        (None, None, None, "2型糖尿病患者面对面随访人次", "≥8000人次", 10),
        (None, None, "质量指标", "随访记录规范率", "≥95%", 10),
        (None, None, None, "随访信息录入完整率", "≥95%", 5),
        (None, None, "时效指标", "季度随访完成及时率", "≥90%", 10),
        ("二、成本指标", 10, "经济成本指标", "随访服务补助标准", "≤25元/人次", 10),
        ("三、效益指标", 30, "社会效益指标", "高血压患者规范管理率较上年提高", "≥3百分点", 10),
        (None, None, None, "2型糖尿病患者血糖控制率", "≥50%", 10),
        (None, None, "可持续影响指标", "慢病随访团队工作机制", "健全", 10),
        ("四、满意度指标", 10, "服务对象满意度指标", "随访患者满意度", "≥90%", 10),
        ("合计", 100, "", None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kgq14-followup-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 and indicator scores: "
    "the 效益 scores short of the tier's, a management rate below the goal's",
)
def followup_points_wrong() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="梧塘县高血压糖尿病患者随访提质项目",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县疾病预防控制中心",
        attr="延续项目",
        money=money_year(wan(75), wan(65), wan(10)),
        goals=[
            "对辖区5000名高血压患者、1500名糖尿病患者开展季度随访，高血压患者规范管理率达到65%。"
        ],
    )
    tier = mk(30, "W103", "error", note="效益指标写30分，其下指标分值 10 + 10 + 5 = 25")
    rate = mk("≥60%", "D104", "warning", row=True, note="年度目标写规范管理率达到65%，指标为60%")
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由效益指标少5分引起")
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "高血压患者季度随访人次", "≥20000人次", 15),
        (None, None, None, "糖尿病患者季度随访人次", "≥6000人次", 10),
        (None, None, "质量指标", "随访信息真实率", "≥95%", 15),
        (None, None, "时效指标", "随访数据月度上传及时率", "≥95%", 10),
        ("成本指标", 10, "经济成本指标", "随访服务补助标准", "≤28元/人次", 10),
        ("效益指标", tier, "社会效益指标", "高血压患者规范管理率", rate, 10),
        (None, None, None, "糖尿病患者规范管理率", "≥60%", 10),
        (None, None, "可持续影响指标", "村医随访能力", "持续提升", 5),
        ("满意度指标", 10, "服务对象满意度指标", "随访患者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kgq15-followup-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percents, a 下降率 with ≥, tasks adding up (correct)",
)
def followup_flat() -> Book:
    b, s = new_book()
    department_head(
        s,
        year=2026,
        dept="柘川县基层卫生服务中心",
        budget=[(wan(520), wan(470), wan(50), wan(310), wan(210))],
        tasks=[
            ("慢病随访管理", "高血压、糖尿病患者季度随访", wan(96), "随访32000人次"),
            ("家庭医生签约服务", "重点人群签约及履约", wan(84), "签约覆盖率75%"),
            ("村卫生室设备维护", "诊疗设备巡检维修", wan(30), "设备完好率95%"),
            ("金额合计", None, wan(210), None),
        ],
        goal="目标1：规范开展慢病患者随访；目标2：提高重点人群签约覆盖率；"
        "目标3：保障村卫生室设备正常运行。",
    )
    s.skip()
    indicators(s, FLAT, [
        ("高血压患者随访人次", 20, "人次", "≥", 24000),
        ("糖尿病患者随访人次", 15, "人次", "≥", 8000),
        ("重点人群家庭医生签约覆盖率", 15, "%", "≥", pct(0.75)),
        ("慢病患者随访失访率", 10, "%", "≤", pct(0.05)),
        ("慢病并发症住院人次下降率", 10, "%", "≥", pct(0.05)),
        ("村卫生室诊疗设备完好率", 10, "%", "≥", pct(0.95)),
        ("随访患者满意度", 20, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    note(s, "填表说明：权重合计100；下降率按较上年下降幅度填报，正数表示下降。")
    sign(s, "裘一苇", "0833-7215046")
    return b


@variant(
    "kgq16-followup-flat-wrong",
    (3, 12),
    "department, flat list: key tasks not adding to 金额合计, the same indicator listed twice",
)
def followup_flat_wrong() -> Book:
    b, s = new_book()
    total = mk(wan(130), "B102", "error", alt=("B101",), note="52 + 46 + 38 = 136，不是130")
    department_head(
        s,
        year=2026,
        dept="梧塘县鹤汀乡中心卫生院",
        budget=[(wan(380), wan(330), wan(50), wan(250), wan(130))],
        tasks=[
            ("家庭医生签约服务", "重点人群签约及上门服务", wan(52), "签约4200人"),
            ("慢病随访管理", "高血压、糖尿病患者季度随访", wan(46), "随访16000人次"),
            ("村卫生室设备更新", "更新村卫生室诊疗设备", wan(38), "更新设备19套"),
            ("金额合计", None, total, None),
        ],
        goal="规范开展签约服务和慢病随访，改善村卫生室诊疗条件。",
    )
    s.skip()
    dup = mk(
        12000,
        "D101",
        "warning",
        row=True,
        alt=("D103", "D102"),
        note="与上面第二行“高血压患者季度随访人次”完全相同",
    )
    indicators(s, FLAT, [
        ("重点人群签约人数", 15, "人", "≥", 4200),
        ("高血压患者季度随访人次", 15, "人次", "≥", 12000),
        ("糖尿病患者季度随访人次", 10, "人次", "≥", 4000),
        ("村卫生室诊疗设备更新数", 10, "套", "≥", 19),
        ("高血压患者季度随访人次", 10, "人次", "≥", dup),
        ("慢病患者规范管理率", 20, "%", "≥", pct(0.6)),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    return b


@variant(
    "kgq17-screening-three-years",
    (8, 4),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns, header repeated after a page break, 填表说明 under the table (correct)",
)
def screening_three_years() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="澄岭县慢病高危人群筛查及随访干预",
        dept="澄岭县卫生健康局 418",
        unit="澄岭县疾病预防控制中心",
        money=money_period((wan(270), wan(240), wan(30)), (wan(90), wan(80), wan(10))),
        goals=[
            "2026年—2028年累计筛查35岁以上居民4.5万人，对筛出的高危人群建立随访档案并"
            "干预，三年内覆盖全县16个乡镇。",
            "2026年在6个乡镇筛查1.5万人，高危人群随访干预率达到80%。",
        ],
    )
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "35岁以上居民慢病筛查人数", "≥45000人", "≥15000人"),
        (None, None, "覆盖乡镇数", "16个", "6个"),
        (None, "质量指标", "高危人群随访干预率", "≥80%", "≥80%"),
        (None, "时效指标", "筛查结果反馈时间", "≤10个工作日", "≤10个工作日"),
        ("成本指标", "经济成本指标", "人均筛查及随访补助", "≤60元/人", "≤60元/人"),
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        ("效益指标", "社会效益指标", "高危人群血压知晓率较基线提高", "≥10百分点", "≥4百分点"),
        (None, "可持续影响指标", "慢病筛查随访信息共享机制", "建立并执行", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "筛查居民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "填表说明：中期指标值为2026年—2028年累计数，年度指标值为2026年当年数。", width=5)
    return b


@variant(
    "kgq18-visits-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 copied into 年度目标, cumulative counts copied into the year's column",
)
def visits_copied() -> Book:
    b, s = new_book()
    goal = "对辖区高血压、糖尿病患者开展规范化季度随访，提升村医随访能力，患者规范管理率逐年提高。"
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="梧塘县慢病医防融合随访能力提升",
        dept="梧塘县卫生健康局 215",
        unit="梧塘县疾病预防控制中心",
        money=money_period((wan(300), wan(260), wan(40)), (wan(100), wan(90), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标与中期目标逐字相同")],
    )
    visits = mk("≥54000人次", "D202", "warning", note="三年累计随访人次原样抄到年度栏")
    trained = mk("≥360人次", "D202", "warning", note="三年累计培训人次原样抄到年度栏")
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "慢病患者季度随访人次", "≥54000人次", visits),
        (None, None, "村医随访技能培训人次", "≥360人次", trained),
        (None, None, "配置随访包的村卫生室数", "≥40个", "≥15个"),
        (None, "质量指标", "随访记录合格率", "≥95%", "≥95%"),
        (None, "时效指标", "随访数据上传及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "随访服务补助标准", "≤15元/人次", "≤15元/人次"),
        ("效益指标", "社会效益指标", "高血压患者规范管理率", "≥70%", "≥64%"),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "鲍知予", "0739-6631208")
    return b

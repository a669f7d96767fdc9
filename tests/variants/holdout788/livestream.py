"""Live-streaming sales training: kdr07–kdr12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout788.common import book, details, indicators, multi_year, one_year
from tests.variants.holdout788.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kdr07-live-three-years",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, numbered tier labels with points and "
    "an indicator points column, a rate raised in 百分点 (correct)",
)
def kdr07() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        years=3,
        name="茅沟县直播带货人才培育计划",
        dept="茅沟县商务局 517302",
        unit="茅沟县职业技术学校",
        attr="新增项目",
        money=multi_year((450, 420, 30), (150, 140, 10)),
        goals=[
            "三年培训直播带货学员1500人次，孵化本地主播90名，建成县级直播实训基地1个。",
            "2025年培训学员500人次，孵化主播30名，完成实训基地装修，为2026年基地投入运营做准备。",
        ],
    )
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "直播带货培训学员", "≥1500人次", "≥500人次", 15),
        (None, None, "孵化本地带货主播", "≥90名", "≥30名", 10),
        (None, "（二）质量指标", "学员结业考核合格率", "≥90%", "≥90%", 10),
        (None, "（三）时效指标", "结业证书发放时限", "≤15个工作日", "≤15个工作日", 5),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均培训成本", "≤1500元/人次",
         "≤1500元/人次", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "学员网店销售额增长率比上年提高",
         "≥5百分点", "≥3百分点", 10),
        (None, "（二）社会效益指标", "带动农村青年返乡创业", "≥150人", "≥50人", 10),
        (None, "（三）可持续影响指标", "本地直播电商师资库人数", "≥40人", "≥15人", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "学员培训满意度", "≥90%",
         "≥90%", 20),
    ]  # fmt: skip
    indicators(s, (*TWO, "分值"), rows)
    s.row("合计", None, None, None, None, 100)
    return b


@variant(
    "kdr08-live-period-copied",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a year's trainees above the period's, "
    "a cumulative count copied, the 中期目标 copied into the 年度目标",
)
def kdr08() -> Book:
    b, s = book()
    goal = "开展直播电商实操培训，举办直播带货专场活动，带动脱贫户增收。"
    project_head(
        s,
        year=2025,
        years=2,
        name="石磴县直播电商实操培训",
        dept="石磴县商务局 620118",
        unit="石磴县电子商务协会",
        money=multi_year((200, 180, 20), (110, 100, 10)),
        goals=[goal, mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")],
    )
    rows = [
        ("产出指标", "数量指标", "直播电商实操培训学员", "≥800人次",
         mk("≥900人次", "D201", "error", note="一年的学员900人次多于两年的800人次")),
        (None, None, "直播带货专场活动", "≥40场",
         mk("≥40场", "D202", "warning", note="两年累计场次原样抄入年度列")),
        (None, "质量指标", "学员实操考核通过率", "≥85%", "≥85%"),
        (None, "时效指标", "培训资金拨付时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单场直播活动补贴", "≤0.5万元/场", "≤0.5万元/场"),
        ("效益指标", "经济效益指标", "直播带货农产品销售额", "≥3000万元", "≥1200万元"),
        (None, "社会效益指标", "带动脱贫户增收", "≥200户", "≥100户"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO, rows)
    return b


@variant(
    "kdr09-live-goal-mismatch",
    (7,),
    "project, NAT-2021, headers 考核指标, 目标值（年度） and 评价标准: the goal's sessions "
    "against the indicator, a deadline in the next year, a template example row",
)
def kdr09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="枞阳口县直播带货培训班",
        dept="枞阳口县人力资源和社会保障局",
        unit="枞阳口县就业服务中心",
        money=one_year(35, 32, 3),
        goals=["全年举办直播带货培训8期，培训学员400人次，2025年11月底前全部结业。"],
    )
    header = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    rows = [
        ("产出指标", "数量指标", "直播带货培训期数",
         mk("≥6期", "D104", "warning", note="年度目标写8期，指标只有6期"), "每少1期扣1分"),
        (None, None, "培训学员人次", "≥400人次", "按完成比例计分"),
        (None, None, "（示例）XX培训场次",
         mk("≥XX场", "X101", "error", row=True, note="模板的示例行未删"), "按完成比例计分"),
        (None, "质量指标", "学员结业率", "≥90%", "按完成比例计分"),
        (None, "时效指标", "培训结业时间",
         mk("2026年11月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期2025年项目，目标写2025年11月底结业"), "逾期不得分"),
        ("成本指标", "经济成本指标", "每期培训成本", "≤4万元/期", "超支不得分"),
        ("效益指标", "社会效益指标", "学员开设网店或直播账号", "≥200个", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "按问卷结果计分"),
    ]  # fmt: skip
    indicators(s, header, rows)
    return b


@variant(
    "kdr10-live-second-sheet",
    (7, 9),
    "project: head and 资金明细 on the first sheet in 万元 number formats with date cells, "
    "the indicator table on a second sheet under 预期实现值, an incident count of 0 (correct)",
)
def kdr10() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=2025,
        name="椒溪县农村电商带货实训",
        dept="椒溪县商务局 730215",
        unit="椒溪县电子商务进农村综合示范办公室",
        money=one_year(30, 27, 3, WAN),
        start=day(2025, 3, 1),
        end=day(2025, 11, 30),
        goals=[
            ok(
                "培训农村电商带货学员300人次，开展直播实训20场，为2026年全县“村播”推广积累师资。",
                note="2026年是后续推广，不是年度不符",
            )
        ],
    )
    details(s, [("师资费", 12), ("场地及设备租赁", 9), ("学员实训补贴", 9)], 30, WAN)
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    rows = [
        ("产出指标", "数量指标", "培训农村电商带货学员", "≥300人次"),
        (None, None, "直播实训场次", "≥20场"),
        (None, "质量指标", "学员独立开播率", "≥70%"),
        (None, None, "学员直播违规被平台处罚", "0起"),
        (None, "时效指标", "实训完成时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤1000元/人次"),
        ("效益指标", "经济效益指标", "学员带货农产品销售额", "≥500万元"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥92%"),
    ]
    t.title("2025年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), rows)
    return b


@variant(
    "kdr11-live-wrong-tier",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points and an indicator points column: a "
    "pass rate under 时效, a partners' satisfaction under 社会效益, 产出 points short",
)
def kdr11() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="岚垭镇“村播”主播孵化",
        dept="樟埠县商务局 815402",
        unit="樟埠县岚垭镇人民政府",
        money=one_year(40, 36, 4),
        goals=["孵化本乡村播主播50人，举办助农直播专场60场，带动农产品网销800万元。"],
    )
    tier = mk("一、产出指标（40分）", "W103", "error", note="其下分值 15 + 10 + 10 = 35，不是40")
    rows = [
        (tier, "1.数量指标", "主播孵化人数", "≥50人", 15),
        (None, None, "助农直播专场", "≥60场", 10),
        (None, "2.时效指标",
         mk("学员结业考核合格率", "F201", "warning", row=True, note="合格率是质量指标，填在时效下"),
         "≥90%", 10),
        ("二、成本指标（10分）", "1.经济成本指标", "单场直播补贴", "≤2000元/场", 10),
        ("三、效益指标（30分）", "1.经济效益指标", "带货农产品销售额", "≥800万元", 15),
        (None, "2.社会效益指标",
         mk("合作商户满意度", "F201", "warning", row=True, alt=("F105",),
            note="满意度应在满意度指标下，不是社会效益"), "≥90%", 15),
        ("四、满意度指标（20分）", "1.服务对象满意度指标", "学员满意度", "≥90%", 20),
    ]  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), rows)
    b.file_mark("W101", "error", required=False, note="分值合计95，与W103是同一处问题")
    return b


@variant(
    "kdr12-live-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 in words · 指标值), typed "
    "percent cells, a rate change in 百分点, a 合计 row of weights (correct)",
)
def kdr12() -> Book:
    b, s = book()
    department_head(
        s,
        year=2025,
        dept="鹭汀县电子商务发展中心",
        budget=[[money(180), money(170), money(10), money(100), money(80)]],
        goal="全年培训直播电商学员600人次，孵化带货主播40名，全县农产品网络零售额"
        "增速比上年提高3个百分点。",
    )
    header = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
    rows = [
        ("直播电商培训人次", 20, "人次", "大于等于", 600),
        ("孵化带货主播", 15, "名", "大于等于", 40),
        ("学员结业率", 15, "%", "大于等于", pct(0.9)),
        ("人均培训成本", 10, "元/人次", "小于等于", 1200),
        ("农产品网络零售额增长率比上年提高", 15, "百分点", "大于等于", 3),
        ("学员投诉率", 10, "%", "小于等于", pct(0.02)),
        ("参训学员满意度", 15, "%", "大于等于", pct(0.9)),
    ]  # fmt: skip
    indicators(s, header, rows, merged=())
    s.row("合计", 100)
    return b

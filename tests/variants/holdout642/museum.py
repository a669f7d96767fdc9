"""Returns gb07–gb12: projects of the 南栎市鳄类驯养科普馆 (crocodile husbandry science hall)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout642.common import HEAD, indicators, m, one_year, start
from tests.variants.holdout642.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

DEPT = "南栎市林业和湿地保护局（318）"
HALL = "南栎市鳄类驯养科普馆"
SCORED = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("gb07-croc-points-two-levels", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "both levels adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def gb07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="鳄类驯养科普讲解提升项目", dept=DEPT, unit=HALL,
                 money=one_year(m(60), m(45), m(15)),
                 goals=["全年开展鳄类科普讲解120场、研学活动40批次，更新驯养展区科普展板30块，"
                        "青少年鳄类保护知识知晓率比上年提高5个百分点。"])  # fmt: skip
    s.skip()
    indicators(s, SCORED, [
        ("一、产出指标（50分）", "1.数量指标", "鳄类科普讲解场次", "≥120场", 10),
        (None, None, "研学活动批次", "≥40批次", 10),
        (None, None, "科普展板更新数量", "≥30块", 8),
        (None, "2.质量指标", "讲解员持证上岗率", "=100%", 8),
        (None, None, "驯养鳄类健康检查覆盖率", "≥95%", 7),
        (None, "3.时效指标", "展板更新完成时间", "2025年9月30日前", 7),
        ("二、成本指标（10分）", "1.经济成本指标", "单场科普讲解成本", "≤0.15万元/场", 10),
        ("三、效益指标（30分）", "1.社会效益指标", "青少年鳄类保护知识知晓率", "提高≥5百分点", 10),
        (None, "2.生态效益指标", "鳄池尾水达标排放率", "=100%", 10),
        (None, "3.可持续影响指标", "科普志愿者在册人数", "≥50人", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参观者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("gb08-croc-points-mismatch", (5, 10),
         "project, NAT-2021, tier points in the labels against the indicator scores under "
         "them, the same count twice under 数量 with different values")  # fmt: skip
def gb08() -> Book:
    b, s = start()
    project_head(s, year=2025, name="幼鳄驯养与科普讲解项目", dept=DEPT, unit=HALL,
                 money=one_year(m(70), m(60), m(10)),
                 goals=["全年开展鳄类科普讲解150场，驯养幼鳄30条，青少年鳄类保护知识知晓率"
                        "达到80%以上。"])  # fmt: skip
    s.skip()
    w103 = "其下分值 10+10+10+10+5 = 45"
    indicators(s, SCORED, [
        (mk("一、产出指标（40分）", "W103", "error", note=w103), "1.数量指标",
         "鳄类科普讲解场次", "≥150场", 10),
        (None, None, "科普讲解场次",
         mk("≥120场", "D102", "error", row=True, alt=("D103", "D101"),
            note="与上一行是同一指标（少“鳄类”二字），值却不同"), 10),
        (None, None, "幼鳄驯养数量", "≥30条", 10),
        (None, "2.质量指标", "驯养鳄类健康检查覆盖率", "≥95%", 10),
        (None, "3.时效指标", "驯养日志归档及时率", "≥95%", 5),
        ("二、成本指标（10分）", "1.经济成本指标", "单场科普讲解成本", "≤0.2万元/场", 10),
        (mk("三、效益指标（40分）", "W103", "error", note="其下分值 15+10+10 = 35"),
         "1.社会效益指标", "青少年鳄类保护知识知晓率", "≥80%", 15),
        (None, "2.生态效益指标", "鳄池尾水达标排放率", "=100%", 10),
        (None, "3.可持续影响指标", "驯养技术档案完整率", "≥95%", 10),
        ("四、满意度指标（10分）", "1.服务对象满意度指标", "参观者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("gb09-croc-assessment-headers", (7,),
         "project, NAT-2021, headers 考核指标, 目标值（年度） and a 评价标准 column; a goal count "
         "with its part in brackets, 0起 on an incident count, a later year prepared for "
         "(correct)")  # fmt: skip
def gb09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鳄类保护主题展览项目",
        dept=DEPT,
        unit=HALL,
        money=one_year(m(48), m(40), m(8)),
        goals=[
            "全年接待参观者8万人次（其中中小学研学学生2万人次），举办鳄类保护主题展览"
            "2期，驯养区安全事故零发生，为2026年鳄类繁育展区扩建积累行为观测数据。"
        ],
    )
    s.skip()
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "参观接待人次", "≥8万人次", "每少5%扣1分"),
        (None, None, "中小学研学学生人次", "≥2万人次", "每少5%扣1分"),
        (None, None, "鳄类保护主题展览期数", "≥2期", "少1期扣3分"),
        (None, "质量指标", "驯养区安全事故发生次数", "0起", "发生即不得分"),
        (None, "时效指标", "第二期展览开展时间", "2025年11月30日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "单期展览布展成本", "≤6万元/期", "超支不得分"),
        ("效益指标", "社会效益指标", "参观者鳄类保护知识测试合格率", "≥85%", "按比例得分"),
        (None, "可持续影响指标", "鳄类行为观测记录", "≥1200条", "为2026年扩建提供依据"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    return b


@variant("gb10-croc-year-and-goal", (7,),
         "project, NAT-2021, header 绩效指标值: plan dates of another year than the title, the "
         "goal's lecture count given otherwise, a satisfaction rate under 社会效益")  # fmt: skip
def gb10() -> Book:
    b, s = start()
    project_head(s, year=2025, name="湾鳄驯养展区改造及科普讲座项目", dept=DEPT, unit=HALL,
                 money=one_year(m(55), m(40), m(15)),
                 start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2025年度申报表的项目期写成2024年"),
                 end=day(2024, 12, 31),
                 goals=["开展鳄类科普讲座24场，完成湾鳄驯养展区玻璃幕墙改造1处，参观者满意度"
                        "达到90%以上。"])  # fmt: skip
    s.skip()
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效指标值"), [
        ("产出指标", "数量指标", "鳄类科普讲座场次",
         mk("≥20场", "D104", "warning", row=True, note="年度目标写科普讲座24场")),
        (None, None, "展区玻璃幕墙改造数量", "≥1处"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造完工时间",
         ok("2025年10月31日前", "error", note="在预算年度内，只与写错的项目期不符")),
        ("成本指标", "经济成本指标", "单场讲座成本", "≤0.3万元/场"),
        ("效益指标", "社会效益指标", "青少年受众人次", "≥1.5万人次"),
        (None, None, mk("参观者满意度", "F201", "warning", row=True,
                        note="满意度指标填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "研学学校满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("gb11-croc-second-sheet", (1, 7, 11),
         "project: head on the first sheet, the table on a second sheet under 预期实现值 with "
         "operator and unit columns, typed percents, a 下降率 with ≥ (correct)")  # fmt: skip
def gb11() -> Book:
    b, s = start("项目基本信息")
    project_head(s, year=2025, name="扬子鳄驯养区夜间科普开放项目", dept=DEPT, unit=HALL,
                 money=one_year(m(52), m(40), m(12)),
                 goals=["驯养扬子鳄45条，开展夜间科普开放24场，接待夜间参观1.2万人次，鳄池周边"
                        "异味投诉比上年下降20%。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 28, 10, 14, 12))
    t.title("2025年度项目绩效指标", 6)
    indicators(t, ("一级指标", "二级指标", "三级指标", "比较符", "预期实现值", "单位"), [
        ("产出指标", "数量指标", "扬子鳄驯养个体数", "≥", 45, "条"),
        (None, None, "夜间科普开放场次", "≥", 24, "场"),
        (None, "质量指标", "鳄池水质日检达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "夜间突发情况响应时间", "≤", 30, "分钟"),
        ("成本指标", "经济成本指标", "单条扬子鳄年饲养成本", "≤", 0.6, "万元/条"),
        ("效益指标", "生态效益指标", "鳄池周边异味投诉下降率", "≥", pct(0.2), "%"),
        (None, "社会效益指标", "夜间参观人次", "≥", 1.2, "万人次"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    return b


@variant("gb12-croc-wrong-tier2", (5, 12),
         "project, OLD-NAT, labels marked and abbreviated (*产出, 数量): a count under 质量, a "
         "quality rate under 时效, a unit cost × count above the money")  # fmt: skip
def gb12() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鳄类驯养日常管护项目",
        dept=DEPT,
        unit=HALL,
        money=one_year(m(40), m(32), m(8)),
        goals=["驯养湾鳄与扬子鳄共60条，培训饲养员40人次，全年驯养个体体检全覆盖。"],
    )
    s.skip()
    indicators(s, HEAD, [
        ("*产出", "数量", "驯养鳄类数量", "≥60条"),
        (None, None, "饲养员培训人次", "≥40人次"),
        (None, "质量", "驯养鳄类年度体检率", "=100%"),
        (None, None, mk("科普展板更新数量", "F201", "warning", row=True,
                        note="数量指标填在质量指标下"), "≥30块"),
        (None, "时效", mk("饲养员持证上岗率", "F201", "warning", row=True,
                          note="质量类比率填在时效指标下"), "=100%"),
        (None, None, "年度体检完成时间", "2025年10月31日前"),
        (None, "成本", "单条鳄类年饲养成本",
         mk("≤0.8万元/条", "B107", "warning", row=True,
            note="0.8万元 × 60条 = 48万元，超过年度资金40万元")),
        ("*效益", "社会效益", "鳄类科普受众人次", "≥5万人次"),
        (None, "生态效益", "鳄池尾水达标排放率", "=100%"),
        ("*满意度", "服务对象满意度", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    return b

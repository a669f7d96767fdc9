"""Safety training for small mines and hazardous-chemical firms: kdl07–kdl12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout782.common import DEPT, header, indicators, notes, signature, start
from tests.variants.holdout782.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

UNIT = "汶岭县应急管理局安全生产基础股"


@variant("kdl07-training-points", (5, 10),
         "project, NAT-2021, numbered tier labels with points and an indicator score column, "
         "100 both ways, a rate raised in 百分点 (correct)")  # fmt: skip
def kdl07() -> Book:
    b, s = start()
    project_head(s, year=2025, name="非煤矿山和危化企业从业人员安全培训", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(35, WAN), "其中：财政拨款", money(32, WAN)),
                        ("其他资金", money(3, WAN), None, None)],
                 goals=["培训非煤矿山和危化品企业从业人员600人次，覆盖企业45家，考核合格率不低于"
                        "95%，持证上岗率提高3个百分点。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.从业人员培训人次", "≥600人次", 10),
        (None, None, "2.覆盖企业数量", "≥45家", 10),
        (None, "（二）质量指标", "3.培训考核合格率", "≥95%", 10),
        (None, "（三）时效指标", "4.年度培训完成时间", "≤11月30日", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.人均培训成本", "≤500元/人次", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.企业从业人员持证上岗率提高", "≥3百分点",
         10),
        (None, None, "7.培训企业较大以上生产安全事故起数", "≤0起", 10),
        (None, "（二）可持续影响指标", "8.企业安全培训档案建档率", "≥95%", 10),
        ("四、满意度指标（20分）", "（一）服务对象满意度指标", "9.参训人员满意度", "≥90%", 10),
        (None, None, "10.参训企业满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    return b


@variant("kdl08-training-wrong-tier", (5,),
         "project, OLD-NAT, tier labels with marks (*, ★) and abbreviations: a pass rate "
         "under 时效, a firm count under 质量, the goal's trainee count not the "
         "indicator's")  # fmt: skip
def kdl08() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="小型矿山特种作业人员安全培训",
        dept=DEPT,
        unit=UNIT,
        money=[("年度资金总额", money(26, WAN), "其中：财政拨款", money(26, WAN))],
        goals=["组织38家小型矿山企业特种作业人员培训420人次，实操考核合格率不低于92%。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    rate = mk("培训实操考核合格率", "F201", "warning", row=True, alt=("F105",),
              note="合格率是质量指标，填在时效下")  # fmt: skip
    firms = mk("参训矿山企业数量", "F201", "warning", row=True, alt=("F105",),
               note="企业数是数量指标，填在质量下")  # fmt: skip
    count = mk("≥380人次", "D104", "warning", row=True,
               note="年度目标写培训420人次，指标只有380人次")  # fmt: skip
    indicators(s, [
        ("*产出指标", "★数量", "特种作业人员培训人次", count),
        (None, None, "培训班期数", "≥6期"),
        (None, "质量", firms, "≥38家"),
        (None, None, "教材及课件审核通过率", "=100%"),
        (None, "时效", rate, "≥92%"),
        (None, None, "培训班结业时间", "≤10月31日"),
        (None, "成本", "人均培训费", "≤600元/人次"),
        ("*效益指标", "社会效益", "矿山特种作业持证上岗率", "≥98%"),
        (None, "可持续影响", "矿山安全培训师资库", "建立并执行"),
        ("*满意度指标", "★服务对象满意度", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kdl09-training-header-words", (7,),
         "project, NAT-2021, two-row header with 考核指标, 目标值（年度） and a 评价标准 column "
         "(correct)")  # fmt: skip
def kdl09() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="危险化学品企业安全管理人员轮训",
        dept=DEPT,
        unit=UNIT,
        money=[("年度资金总额", money(28, WAN), "其中：财政拨款", money(28, WAN))],
        goals=["对全县31家危化品生产经营企业的安全管理人员轮训一遍，共140人。"],
    )
    s.row("考核指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    rows = [
        ("产出指标", "数量指标", "轮训企业数量", "≥31家", "每少1家扣1分"),
        (None, None, "轮训安全管理人员人数", "≥140人", "按完成比例得分"),
        (None, "质量指标", "轮训考核合格率", "≥95%", "达到得满分"),
        (None, "时效指标", "轮训完成时间", "≤9月30日", "逾期不得分"),
        ("成本指标", "经济成本指标", "人均轮训成本", "≤2000元/人", "超支不得分"),
        ("效益指标", "社会效益指标", "危化企业重大隐患整改率", "≥95%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参训企业满意度", "≥90%", "问卷测评"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("kdl10-training-department", (12, 4),
         "department, NAT-2021, budget and key tasks, a 注 row inside the table and 填表说明 under "
         "it: 基本+项目 ≠ 资金总额, tasks not adding to 金额合计, a task's trainee count differing "
         "from the indicator")  # fmt: skip
def kdl10() -> Book:
    b, s = start()
    total = mk(money(640), "B101", "error", note="基本支出400 + 项目支出250 = 650 ≠ 640")
    summe = mk(money(250), "B102", "error", note="150 + 60 + 30 = 240 ≠ 250")
    department_head(s, year=2025, dept="汶岭县应急管理局", budget=[
        (total, money(620), money(20), money(400), money(250))],
        tasks=[("防汛物资储备", "县级库及前置点物资储备", money(150), "物资完好率≥98%"),
               ("小型矿山和危化企业安全培训", "主要负责人、安全管理人员及特种作业人员培训",
                money(60), "培训从业人员800人"),
               ("乡镇应急救援队伍建设", "装备补充、训练演练", money(30), "演练不少于20次"),
               ("金额合计", None, summe, None)],
        goal="目标1：汛期物资保障到位；目标2：培训小型矿山和危化企业从业人员800人；"
             "目标3：乡镇救援队伍演练不少于20次。")  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    trained = mk("≥600人", "D104", "warning", row=True,
                 note="任务和总体目标写培训800人，指标只有600人")  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "矿山和危化企业从业人员培训人数", trained),
        (None, None, "乡镇救援队伍演练次数", "≥20次"),
        (None, "质量指标", "储备物资完好率", "≥98%"),
        (None, "时效指标", "汛前物资补充完成时间", "≤5月31日"),
        ("注：时效指标按季度分解，见附表。", "", None, None),
        ("成本指标", "经济成本指标", "人均培训成本", "≤600元/人"),
        ("效益指标", "社会效益指标", "较大以上生产安全事故起数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.金额单位为万元；2.指标值须含比较符和计量单位。")
    return b


@variant("kdl11-training-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under "
         "预期实现值: a deadline in the year before, one count given twice with two "
         "values")  # fmt: skip
def kdl11() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="危化品企业主要负责人复训",
        dept=DEPT,
        unit=UNIT,
        money=[("年度资金总额", money(12, WAN), "其中：财政拨款", money(12, WAN))],
        goals=["对全县危化品企业主要负责人开展复训，11月底前完成，考核合格率不低于95%。"],
    )
    t = b.sheet("绩效指标")
    t.title("2025年度项目绩效指标", 5)
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值", "计量单位")
    late = mk(day(2024, 11, 30), "Y102", "error", alt=("Y101", "Y103"),
              note="复训完成时间写成上一年11月30日，不在2025年预算年度内")  # fmt: skip
    again = mk(150, "D102", "error", row=True, alt=("D101", "D103"),
               note="与上方同名指标重复，数值120与150不同")  # fmt: skip
    indicators(t, [
        ("产出指标", "数量指标", "危化企业主要负责人复训人数", 120, "人"),
        (None, None, "复训班次", 3, "期"),
        (None, None, "危化企业主要负责人复训人数", again, "人"),
        (None, "质量指标", "复训考核合格率", pct(0.95), "%"),
        (None, "时效指标", "复训完成时间", late, "日期"),
        (None, "成本指标", "人均复训成本", 800, "元/人"),
        ("效益指标", "社会效益指标", "危化企业安全管理制度落实率", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "参训负责人满意度", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kdl12-training-direction", (11, 1),
         "project, OLD-NAT, 指标性质 as direction (正向/反向) and operators in words in their own "
         "column, typed percents, a 下降率 with 大于等于, 0起 on incidents (correct)")  # fmt: skip
def kdl12() -> Book:
    b, s = start()
    project_head(s, year=2025, name="小型非煤矿山安全生产帮扶培训", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(18, WAN), "其中：财政拨款", money(18, WAN))],
                 goals=["对全县22座小型非煤矿山开展入企帮扶培训，隐患数量同比下降15%，"
                        "不发生生产安全亡人事故。"])  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "帮扶培训矿山数量", "正向", "大于等于", 22, "座"),
        (None, "质量指标", "帮扶发现隐患整改率", "正向", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "重大隐患整改期限", "反向", "小于等于", 30, "天"),
        (None, "成本指标", "单座矿山帮扶成本", "反向", "小于等于", 0.8, "万元/座"),
        ("效益指标", "社会效益指标", "矿山隐患数量同比下降率", "正向", "大于等于", pct(0.15), "%"),
        (None, None, "生产安全亡人事故起数", "反向", "小于等于", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "矿山企业满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "覃晓岚", "0739-5526013", (2024, 11, 26))
    return b

"""Returns kbg13–kbg18: the chronic-disease follow-up programme (慢性病随访管理)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout725.common import BUREAU, first, funds, funds2, indicators
from tests.variants.holdout725.registry import variant
from tests.variants.kit import Book, mk, ok, pct

CDC = "栖梧县疾病预防控制中心"
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kbg13-followup-points", (7, 10), "project, NAT-2021, headers 指标内容 and 绩效标准, "
         "a tier-1 score column and an indicator score column (100 both ways), a goal total "
         "with its parts in brackets, a rate raised in 百分点 (correct)")  # fmt: skip
def followup_points() -> Book:
    b, s = first()
    project_head(s, year=2025, name="高血压糖尿病患者随访管理项目", dept=BUREAU, unit=CDC,
                 money=funds(156, 156, 0), goals=(
                     "全年对辖区高血压、2型糖尿病患者开展面对面随访不少于48000人次（其中高血压"
                     "32000人次、糖尿病16000人次），规范管理率较上年提高3个百分点。",))  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "指标内容", "绩效标准", "指标分值"), [
        ("产出指标", 50, "数量指标", "面对面随访人次", "≥48000人次", 15),
        (None, None, None, "纳入管理的高血压患者", "≥8000人", 10),
        (None, None, None, "纳入管理的2型糖尿病患者", "≥4000人", 10),
        (None, None, "质量指标", "随访记录规范填写率", pct(0.95), 10),
        (None, None, "时效指标", "新发现患者首次随访时限", "≤15个工作日", 5),
        ("成本指标", 10, "经济成本指标", "每人次随访服务补助", "≤25元/人次", 10),
        ("效益指标", 30, "社会效益指标", "高血压患者规范管理率提高幅度", "≥3百分点", 15),
        (None, None, None, "2型糖尿病患者血糖控制率", "≥50%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "慢病患者满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("kbg14-archive-three-years", (8,), "three-year project (2025—2027), NAT-2021, 中期 "
         "and 年度 columns: the period's count other than the 中期目标's, a cumulative count "
         "copied into the year, the period's deadline copied into the year")  # fmt: skip
def archive_three_years() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, attr="新增项目", name="高血压患者电子档案与签约管理项目",
                 dept=BUREAU, unit=CDC, money=funds2((420, 420, 0), (140, 140, 0)), goals=(
                     ok("2025—2027年为全县12000名高血压患者建立电子健康档案并纳入家庭医生签约"
                        "管理，慢病规范管理率达到70%。", note="D104 here"),
                     "2025年新建高血压患者电子档案4000份，签约患者季度随访率达到"
                     "95%。"))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建立电子健康档案的高血压患者", mk("≥10000人", "D104",
            "warning", row=True, note="中期目标写12000名"), "≥4000人"),
        (None, None, "慢病健康讲座场次", "≥36场", mk("≥36场", "D202", "warning",
            note="三年累计场次照抄到年度")),
        (None, "质量指标", "签约患者季度随访率", "≥95%", "≥95%"),
        (None, "时效指标", "随访评估完成时间", "2027年12月31日前", mk("2027年12月31日前",
            "Y102", "error", alt=("D202",), note="年度指标的期限在2027年")),
        ("成本指标", "经济成本指标", "每份电子档案建档补助", "≤20元/份", "≤20元/份"),
        ("效益指标", "社会效益指标", "慢病规范管理率", "≥70%", "≥62%"),
        ("满意度指标", "服务对象满意度指标", "签约患者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbg15-followup-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same satisfaction indicator with different values in each "
         "(correct)")  # fmt: skip
def followup_stacked() -> Book:
    b, s = first()
    project_head(s, year=2025, name="慢性病随访员配备项目", dept=BUREAU, unit=CDC,
                 money=funds(88, 80, 8), goals=(
                     "为8个乡镇卫生院慢病门诊配备专职随访员16名，全年随访高血压、糖尿病患者"
                     "20000人次。",))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配备专职随访员", "≥16人"),
        (None, None, "随访人次", "≥20000人次"),
        (None, "质量指标", "随访信息录入准确率", "≥95%"),
        (None, "时效指标", "随访完成及时率", "≥90%"),
        (None, "成本指标", "随访员工作补贴标准", "≤3000元/人·月"),
        ("效益指标", "社会效益指标", "慢病患者并发症筛查率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="慢病长处方用药保障项目", dept=BUREAU, unit=CDC,
                 title="2025年度项目支出绩效目标申报表（二）", money=funds(126, 126, 0), goals=(
                     "为3000名签约慢病患者提供4周长处方用药保障，全年保障配药不少于39000人次。",
                 ))  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受长处方保障的慢病患者", "≥3000人"),
        (None, None, "长处方配药人次", "≥39000人次"),
        (None, "质量指标", "慢病基本药物配备率", "≥90%"),
        (None, "时效指标", "配药等待时间", "≤30分钟"),
        (None, "成本指标", "人均年度药品补助", "≤400元/人"),
        ("效益指标", "社会效益指标", "患者规律服药率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kbg16-copd-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a "
         "value without a name, a tier-2 left from the template, last year's year in the "
         "goal")  # fmt: skip
def copd_template_rows() -> Book:
    b, s = first()
    project_head(s, year=2025, name="慢阻肺患者随访管理项目", dept=BUREAU, unit=CDC,
                 money=funds(36, 36, 0), goals=(mk(
                     "2024年对辖区在册慢阻肺患者开展季度随访，随访覆盖率达到85%。", "Y101",
                     "error", alt=("Y103",), note="预算年度2025年，目标写2024年"),))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "在册慢阻肺患者随访人数", "≥1800人"),
        (None, None, mk(None, "F110", "error", note="有指标值无名称"), "≥7200人次"),
        (None, "质量指标", "随访覆盖率", "≥85%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("成本指标", "经济成本指标", "肺功能检测单价", "≤80元/人次"),
        ("效益指标", "社会效益指标", "慢阻肺患者急性加重住院率", "≤15%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kbg17-screening-operators", (1, 11), "project, OLD-NAT, operators in words in a "
         "指标方向 column, unit column, typed percents: a count under 质量, a unit cost × count "
         "above the money, a 漏诊率 with 大于等于")  # fmt: skip
def screening_operators() -> Book:
    b, s = first()
    project_head(s, year=2025, name="糖尿病并发症筛查随访项目", dept=BUREAU, unit=CDC,
                 money=funds(80, 80, 0), goals=(
                     "全年为7500名糖尿病患者开展眼底和足部并发症筛查随访30000人次，筛查阳性"
                     "患者及时转诊。",))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "并发症筛查糖尿病患者", "大于等于", 7500, "人"),
        (None, "质量指标", "并发症筛查随访人次", "大于等于", mk(ok(30000, note="B107 here"),
            "F201", "warning", row=True, note="人次是数量指标"), "人次"),
        (None, None, "筛查结果复核符合率", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "阳性患者转诊及时率", "大于等于", pct(0.9), "%"),
        (None, "成本指标", "每人次筛查随访补助", "小于等于", mk(30, "B107", "warning", row=True,
            note="30000人次×30元 = 90万元，超过年度资金80万元"), "元/人次"),
        ("效益指标", "社会效益指标", "糖尿病视网膜病变漏诊率", mk("大于等于", "T108", "warning",
            row=True, note="漏诊率是反向指标"), pct(0.05), "%"),
        ("满意度指标", "服务对象满意度指标", "筛查患者满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbg18-clinic-two-sets", (7, 8), "two-year project (2025—2026), NAT-2021, two "
         "complete column sets (二级/三级/指标值 for 中期, then for 年度), the year's counts "
         "below the period's, a later year the work prepares for (correct)")  # fmt: skip
def clinic_two_sets() -> Book:
    b, s = first()
    project_head(s, year=2025, years=2, name="乡镇慢病一体化门诊建设项目", dept=BUREAU,
                 unit=CDC, money=funds2((190, 190, 0), (90, 90, 0)), goals=(
                     "2025—2026年在全县14个乡镇卫生院建成慢病一体化门诊，累计随访管理患者"
                     "24000人次，为2027年全县推广慢病管理信息化积累经验。",
                     "2025年在6个乡镇卫生院建成慢病一体化门诊，随访管理患者"
                     "10000人次。"))  # fmt: skip
    d, v = "建成慢病一体化门诊的乡镇卫生院", "随访管理人次"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值（中期：2025—2026年）",
                   "二级指标", "三级指标", "指标值（2025年度）"), [
        ("产出指标", "数量指标", d, "≥14个", "数量指标", d, "≥6个"),
        (None, None, v, "≥24000人次", None, v, "≥10000人次"),
        (None, "质量指标", "随访数据完整率", pct(0.95), "质量指标", "随访数据完整率",
         pct(0.95)),
        (None, "时效指标", "门诊建成时间", "2026年10月31日前", "时效指标", "门诊建成时间",
         "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个门诊建设补助", "≤10万元/个", "经济成本指标",
         "单个门诊建设补助", "≤10万元/个"),
        ("效益指标", "社会效益指标", "慢病患者规范管理率", "≥70%", "社会效益指标",
         "慢病患者规范管理率", "≥65%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%", "服务对象满意度指标",
         "患者满意度", "≥90%"),
    ], merged=(1, 2, 5))  # fmt: skip
    return b

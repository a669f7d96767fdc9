"""Screening returns of the 492nd held-out set: chest films, lung-function tests and follow-up
for former underground miners (ah01–ah06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout492.common import (
    YEAR,
    details,
    first_sheet,
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout492.registry import variant
from tests.variants.kit import Book, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "指标值（中期）", "指标值（年度）")


@variant("ah01-screening-percent-cells", (1,),
         "project, OLD-NAT, operator column (symbols and 大于等于), unit column, percent cells, "
         "万元 in the number format, 0起 incident count (correct)")  # fmt: skip
def ah01() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, name="岑峪县原井下作业人员尘肺病筛查项目", dept="岑峪县卫生健康局（318001）",
        unit="岑峪县职业病防治所", money=one_year(wan(96), wan(90), wan(6)),
        goals=["为全县在册原井下作业人员6000人开展高千伏胸片筛查，早发现、早干预尘肺病。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "筛查原井下作业人员人数", "大于等于", 6000, "人"),
        (None, None, "高千伏胸片拍摄人次", "≥", 6000, "人次"),
        (None, "质量指标", "胸片质量合格率", "≥", pct(0.955, "0.00%"), "%"),
        (None, None, "疑似病例复查率", "≥", pct(0.9), "%"),
        (None, "时效指标", "筛查结果告知时限", "≤", 15, "个工作日"),
        (None, "成本指标", "人均筛查费用", "≤", 150, "元/人"),
        ("效益指标", "社会效益指标", "疑似尘肺病早期发现人数", "≥", 120, "人"),
        (None, None, "筛查辐射安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "筛查档案电子化率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受检人员满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, rows, header=OP_HEAD)
    signature(s, "龚慧然", "0739-5561208")
    return b


@variant("ah02-screening-percent-wrong", (1, 11),
         "project, OLD-NAT, operator column, percent cells: a completion rate of 105%, a miss "
         "rate with ≥, a report deadline given as 100%")  # fmt: skip
def ah02() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, name="石棠区停产煤矿退役矿工尘肺病主动筛查",
        dept="石棠区卫生健康局（402013）", unit="石棠区疾病预防控制中心",
        money=one_year(wan(64), wan(60), wan(4)),
        goals=["对辖区停产煤矿退役矿工5200人开展胸片和问诊筛查，建立健康档案。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "筛查退役矿工人数", "≥", 5200, "人"),
        (None, None, "筛查任务完成率", "≥",
         mk(pct(1.05), "T106", "error", note="a completion rate shown 105%: above its cap"), "%"),
        (None, "质量指标", "胸片漏诊率",
         mk("≥", "T108", "warning", row=True, note="a miss rate is 反向 but takes ≥"),
         pct(0.03), "%"),
        (None, "时效指标", "筛查报告出具时限", "=",
         mk(pct(1), "T113", "warning", note="a deadline given as a percentage"), "%"),
        (None, "成本指标", "人均筛查费用", "≤", 110, "元/人"),
        ("效益指标", "社会效益指标", "退役矿工健康档案建档人数", "≥", 5200, "人"),
        ("满意度指标", "服务对象满意度指标", "受检矿工满意度", "≥", pct(0.9), "%"),
    ]  # fmt: skip
    indicators(s, rows, header=OP_HEAD)
    signature(s, "樊立秋", "0739-6628415")
    return b


@variant("ah03-screening-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns: annual counts a "
         "third of the period, rates and unit costs equal in both (correct)")  # fmt: skip
def ah03() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, years=3, name="柘岭市尘肺病筛查与随访三年行动", attr="新增项目",
        dept="柘岭市卫生健康委员会（105001）", unit="柘岭市职业病防治院",
        money=multi_year((wan(900), wan(840), wan(60)), (wan(300), wan(280), wan(20))),
        goals=["三年内完成全市原矿山从业人员18000人筛查，确诊患者全部纳入随访管理。",
               "2025年完成6000人筛查，新确诊患者随访管理800人。"],
    )  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "人均筛查费用", "≤140元/人", "≤140元/人"),
        ("产出指标", "数量指标", "原矿山从业人员筛查人数", "≥18000人", "≥6000人"),
        (None, None, "确诊患者随访管理人数", "≥2400人", "≥800人"),
        (None, "质量指标", "胸片质量合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度筛查完成时间", "每年11月30日前", "2025年11月30日前"),
        ("效益指标", "社会效益指标", "早期病例检出率", "≥2%", "≥2%"),
        (None, "可持续影响指标", "随访档案动态更新率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "受检人员满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, header=PERIOD_HEAD)
    signature(s, "司马静", "0731-8852016")
    return b


@variant("ah04-screening-period-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: the 中期目标 text and two "
         "cumulative counts copied into the year")  # fmt: skip
def ah04() -> Book:
    b, s = first_sheet()
    goal = "三年内为原矿工开展肺功能复查3000人，随访9000人次。"
    project_head(
        s, year=YEAR, years=3, name="岑峪县尘肺病患者肺功能复查", attr="新增项目",
        dept="岑峪县卫生健康局（318001）", unit="岑峪县人民医院",
        money=multi_year((wan(420), wan(390), wan(30)), (wan(140), wan(130), wan(10))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
    )  # fmt: skip
    copied = "a cumulative count copied from the 中期 column"
    rows = [
        ("成本指标", "经济成本指标", "人均肺功能检查费用", "≤300元/人", "≤300元/人"),
        ("产出指标", "数量指标", "肺功能复查人数", "≥3000人",
         mk("≥3000人", "D202", "warning", note=copied)),
        (None, None, "患者随访人次", "≥9000人次", mk("≥9000人次", "D202", "warning", note=copied)),
        (None, "质量指标", "检查报告规范率", "≥95%", "≥95%"),
        (None, "时效指标", "复查结果反馈时限", "≤10个工作日", "≤10个工作日"),
        ("效益指标", "社会效益指标", "病情进展患者及时转诊率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "复查患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows, header=PERIOD_HEAD)
    signature(s, "龚慧然", "0739-5561208")
    return b


@variant("ah05-screening-second-sheet", (7, 12),
         "project: head and budget detail lines on the first sheet, the indicator table on a "
         "second sheet under 考核指标 / 目标值（年度） / 评价标准; a unit cost × count equal "
         "to its line (correct)")  # fmt: skip
def ah05() -> Book:
    b, s = first_sheet("基本信息")
    project_head(
        s, year=YEAR, name="栗坪乡原矿工尘肺病巡回筛查", dept="岑峪县卫生健康局（318001）",
        unit="栗坪乡卫生院", money=one_year(wan(75), wan(70), wan(5)),
        goals=["组织巡回筛查车进村，为原矿工5000人拍摄胸片并做肺功能检测。"],
    )  # fmt: skip
    s.skip()
    details(s, [
        ("高千伏胸片拍摄", "5000人×90元", wan(45)),
        ("肺功能检测", "3000人×60元", wan(18)),
        ("专家集中读片", "30天×3000元", wan(9)),
        ("宣传动员", "印制告知书、村广播", wan(3)),
    ], wan(75))  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 18, 24))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    rows = [
        ("产出指标", "数量指标", "胸片筛查人数", "≥5000人", "完成得满分，每少100人扣1分"),
        (None, None, "肺功能检测人数", "≥3000人", "按比例得分"),
        (None, "质量指标", "胸片质量合格率", "≥95%", "低于目标不得分"),
        (None, "时效指标", "巡回筛查完成时间", "2025年10月31日前", "逾期不得分"),
        (None, "成本指标", "人均胸片费用", "≤90元/人", "超标准不得分"),
        ("效益指标", "社会效益指标", "疑似病例转诊率", "=100%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "受检村民满意度", "≥90%", "问卷调查"),
    ]
    indicators(t, rows, header=("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"))
    return b


@variant("ah06-screening-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table, converted from a "
         "PDF: a date serial as text, a split number, an amount pasted twice")  # fmt: skip
def ah06() -> Book:
    b, s = first_sheet()
    project_head(
        s, year=YEAR, name="石棠区尘肺病筛查质量提升", dept="石棠区卫生健康局（402013）",
        unit="石棠区职业病防治所", money=one_year(wan(58), wan(55), wan(3)),
        end=mk("46022", "X104", "warning", note="计划完成日期: the serial of 2025-12-31 as text"),
        goals=["为原矿工5000人完成胸片筛查，读片质量达到国家质控要求。"],
    )  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "胸片筛查人数", "≥5000人"),
        (None, "质量指标", "读片一致率", "≥90%"),
        (None, "时效指标", "筛查完成时间", "2025年11月30日前"),
        (None, "成本指标", "人均胸片费用", "≤75元/人"),
        ("效益指标", "社会效益指标", "疑似病例复查率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受检矿工满意度", "≥90%"),
    ]
    indicators(s, rows)
    s.skip()
    details(s, [
        ("高千伏胸片拍摄", "胸片拍摄及复拍",
         mk("38.4 5", "X105", "warning", alt=("X103",), note="38.45 split by a space")),
        ("肺功能检测", "2000人×60元",
         mk("12万12万（含耗材）", "X106", "error", alt=("B108",), note="12万 pasted twice")),
        ("质控与培训", "读片医师培训", wan(7.55)),
    ], wan(58))  # fmt: skip
    notes(s, "注：本表由PDF转换，金额单位为万元。")
    return b

"""Returns of legal aid for migrant workers (kau13–kau18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout713.common import (
    AID,
    YEAR,
    detail,
    indicators,
    multi_year,
    notes,
    one_year,  # fmt: skip
    sign,
    start,
    wan,
)
from tests.variants.holdout713.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "澄漾市法律援助中心"


@variant("kau13-legalaid-word-operators", (11, 1),
         "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator in words, bare numbers "
         "with a unit column, a 下降率 raised with 大于等于 (correct)")  # fmt: skip
def kau13() -> Book:
    b, s = start(widths=(14, 16, 28, 10, 12, 12, 12))
    project_head(s, year=YEAR, name="澄漾市农民工法律援助专项项目", dept=AID, unit=UNIT,
                 money=one_year(wan(200), wan(180), wan(20)),
                 goals=["全年办理农民工法律援助案件1200件（其中欠薪案件900件），接待法律咨询"
                        "8000人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "农民工法律援助案件办理数量", "正向", "大于等于", 1200, "件"),
        (None, None, "法律咨询接待人次", "正向", "大于等于", 8000, "人次"),
        (None, "质量指标", "案件办理质量评查合格率", "正向", "大于等于", pct(0.95), "%"),
        (None, "时效指标", "欠薪案件受理审查时限", "反向", "小于等于", 3, "个工作日"),
        (None, "成本指标", "每件案件办案补贴标准", "反向", "小于等于", 1500, "元/件"),
        ("效益指标", "社会效益指标", "农民工欠薪投诉量下降率", "正向", "大于等于", 10, "%"),
        (None, None, "受援人对援助案件投诉率", "反向", "小于等于", 2, "%"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "正向", "大于等于", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "邝志远", "0773-5820146")
    return b


@variant("kau14-legalaid-direction-goal", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, the goal's case "
         "count against the indicator, last year's figures left in the 年度目标")  # fmt: skip
def kau14() -> Book:
    b, s = start()
    goal = ("2025年完成欠薪案件调处600件；全年为农民工提供法律援助不少于1500件，"
            "开展工地普法宣讲40场。")  # fmt: skip
    project_head(s, year=YEAR, name="澄漾市“护薪”法律援助工作站项目", dept=AID, unit=UNIT,
                 money=one_year(wan(120), wan(120), wan(0)),
                 goals=[mk(goal, "Y103", "warning", alt=("Y101",),
                           note="2026年一年期项目的年度目标写2025年的任务，上年残留")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "法律援助案件办理数量",
         mk("≥1200件", "D104", "warning", note="年度目标写不少于1500件")),
        (None, None, "工地普法宣讲场次", "≥40场"),
        (None, "质量指标", "援助案件结案归档合格率", "≥95%"),
        (None, "时效指标", "援助案件超期办结率",
         mk("≥3%", "T108", "warning", row=True, note="超期率是反向指标，应为≤")),
        ("成本指标", "经济成本指标", "每场普法宣讲成本", "≤0.5万元/场"),
        ("效益指标", "社会效益指标", "受援农民工挽回欠薪金额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kau15-legalaid-notes", (4, 1),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, a note explaining the total, 填表说明, signature and a "
         "date in the year before (correct)")  # fmt: skip
def kau15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄漾市农民工法律援助值班律师项目", dept=AID, unit=UNIT,
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["在8个劳动争议仲裁院和人社服务大厅派驻值班律师，全年接待农民工"
                        "不少于3000人次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "值班律师接待农民工人次", "≥3000人次"),
        (None, None, "值班律师派驻点数量", "≥8个"),
        (None, "质量指标", "值班律师服务记录完整率", pct(0.98)),
    ])  # fmt: skip
    notes(s, "（以下填写时效、成本、效益、满意度指标，可增行）", width=4)
    s.skip()
    indicators(s, head, [
        ("产出指标", "时效指标", "咨询当场答复率", "≥90%"),
        (None, "成本指标", "值班律师补贴标准", "≤200元/人次"),
        ("效益指标", "社会效益指标", "引导农民工依法维权案件数", "≥600件"),
        ("满意度指标", "服务对象满意度指标", "接待农民工满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度资金总额120万元中，其他资金20万元为上年结转的劳动保障专项资金。",
          "填表说明：指标值应含比较符和计量单位；比率类指标以百分比填写。")  # fmt: skip
    sign(s, "潘韵秋", "0773-5820153", day(YEAR - 1, 11, 6))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("kau16-legalaid-cost", (12,),
         "project, OLD-NAT, headers 考核指标 and 目标值（年度） with a 评价标准 column: unit "
         "subsidy × cases over the money, a print cost under 数量, end date next year")  # fmt: skip
def kau16() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄漾市建筑业农民工欠薪法律援助项目", dept=AID, unit=UNIT,
                 end=mk(day(YEAR + 1, 6, 30), "Y102", "error", alt=("Y101",),
                        note="项目期1年、2026年度申报，完成日期却是2027年6月30日"),
                 money=one_year(wan(150), wan(150), wan(0)),
                 goals=["全年办理建筑业农民工欠薪法律援助案件600件，"
                        "发放普法宣传册20000册。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "欠薪法律援助案件办理数量", "≥600件", "按完成比例计分"),
        (None, None, "普法宣传册发放数量", "≥20000册", "按完成比例计分"),
        (None, None, mk("普法宣传册印制单价", "F201", "warning", row=True,
                        note="单价是成本指标，填在数量指标下"), "≤2元/册", "超出不得分"),
        (None, "质量指标", "援助案件质量评查合格率", "≥95%", "每低1%扣1分"),
        (None, "时效指标", "欠薪案件指派时限", "≤2个工作日", "超时不得分"),
        (None, "成本指标", mk("每件案件办案补贴标准", "B107", "warning", row=True,
                              note="3000元/件 × 600件 = 180万元，超过年度资金150万元"),
         "≤3000元/件", "超出不得分"),
        ("效益指标", "社会效益指标", "帮助农民工追回欠薪金额", "≥2000万元", "按完成比例计分"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    detail(s, [("办案补贴", 120), ("宣传册印制", 4), ("值班律师补贴", 26)], 150)
    return b


@variant("kau17-legalaid-template", (6, 13),
         "project, NAT-2021, header 预期目标: a tier-2 label left from the template without "
         "indicator, a value whose name cell is empty")  # fmt: skip
def kau17() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄漾市农民工劳动合同法律体检项目", dept=AID, unit=UNIT,
                 money=one_year(wan(36), wan(36), wan(0)),
                 goals=["为500家小微企业开展劳动合同法律体检，"
                        "帮助农民工规范签订劳动合同。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "开展法律体检企业数量", "≥500家"),
        (None, "质量指标", "体检报告出具合格率", "≥95%"),
        (None, "时效指标", mk(None, "F110", "error", note="有指标值，没有三级指标名称"),
         "≤10个工作日"),
        ("成本指标", "经济成本指标", "每家企业体检成本", "≤700元/家"),
        ("效益指标", "社会效益指标", "体检企业劳动合同签订率", "≥95%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="模板留下的二级指标，没有三级指标和指标值"), None, None),
        ("满意度指标", "服务对象满意度指标", "受检企业农民工满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kau18-legalaid-two-years", (7, 8),
         "two-year project, OLD-NAT, a two-row header (绩效目标值 over 中期 and 年度): the "
         "period's count beside the year's, a goal total with its parts (correct)")  # fmt: skip
def kau18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=2, name="澄漾市农民工法律援助“绿色通道”项目", dept=AID,
                 unit=UNIT, attr="新增项目",
                 money=multi_year((wan(360), wan(340), wan(20)), (wan(180), wan(170), wan(10))),
                 goals=["两年办理农民工法律援助案件2400件（其中劳动争议1800件、工伤600件），"
                        "建成绿色通道窗口16个。",
                        "2026年办理农民工法律援助案件1200件，建成绿色通道窗口8个。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, merge=[(4, 5)])
    top = s.r
    s.row(None, None, None, "中期", "年度")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "法律援助案件办理数量", "≥2400件", "≥1200件"),
        (None, None, "绿色通道窗口建设数量", "≥16个", "≥8个"),
        (None, "质量指标", "援助案件质量评查合格率", "≥95%", "≥95%"),
        (None, "时效指标", "绿色通道案件指派时限", "≤1个工作日", "≤1个工作日"),
        (None, "成本指标", "每件案件办案补贴标准", "≤1200元/件", "≤1200元/件"),
        ("效益指标", "社会效益指标", "农民工维权平均周期缩短", "≥20%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "受援农民工满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：中期指标值为2026—2027年累计数。", width=5)
    return b

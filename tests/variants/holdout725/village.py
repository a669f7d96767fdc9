"""Returns kbg07–kbg12: subsidies for village clinic doctors (乡村医生补助)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout725.common import (
    BUREAU,
    first,
    funds,
    funds2,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout725.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL07 = ("按月足额发放在岗乡村医生岗位补助（386人，每人每月400元）和离岗老年乡村医生"
          "生活补助（120人，每人每月300元），稳定村医队伍。")  # fmt: skip


@variant("kbg07-post-subsidy", (1, 11), "project, OLD-NAT, operators in words in a 指标性质 "
         "column, unit column, typed percents, =100% on a ceiling rate, 0 incidents, a 下降幅度 "
         "with 大于等于 (correct)")  # fmt: skip
def post_subsidy() -> Book:
    b, s = first()
    project_head(s, year=2025, name="乡村医生岗位及生活补助项目", dept=BUREAU,
                 unit="栖梧县基层卫生服务中心", money=funds(240, 240, 0),
                 goals=(GOAL07,))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "享受岗位补助的在岗乡村医生", "大于等于", 386, "人"),
        (None, None, "享受生活补助的离岗老年乡村医生", "大于等于", 120, "人"),
        (None, "质量指标", "补助对象身份核实准确率", "等于", pct(1), "%"),
        (None, None, "补助资金违规发放事件", "小于等于", 0, "起"),
        (None, "时效指标", "补助资金按月拨付及时率", "大于等于", pct(0.98), "%"),
        (None, "成本指标", "在岗乡村医生岗位补助标准", "小于等于", 400, "元/人·月"),
        (None, None, "离岗老年乡村医生生活补助标准", "小于等于", 300, "元/人·月"),
        ("效益指标", "社会效益指标", "村医流失率较上年下降幅度", "大于等于", 2, "百分点"),
        (None, "可持续影响指标", "有合格村医的村卫生室比例", "大于等于", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "在岗乡村医生满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("kbg08-training-points", (5, 10), "project, NAT-2021, tier-1 labels with points and "
         "marks (*, ★), abbreviated tier-2s, an indicator points column: a training count "
         "other than the goal's, a satisfaction rate under 社会效益")  # fmt: skip
def training_points() -> Book:
    b, s = first()
    project_head(s, year=2025, name="乡村医生能力提升培训项目", dept=BUREAU,
                 unit="栖梧县卫生健康局", money=funds(96, 96, 0), goals=(ok(
                     "全年组织村医集中培训2期，每期不少于5天，培训在岗村医386人次；选派20名"
                     "村医到县人民医院进修3个月。", note="D104 here"),))  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("*产出指标（50分）", "数量", "村医集中培训期数", mk("≥3期", "D104", "warning",
            row=True, note="年度目标写培训2期"), 10),
        (None, None, "参训村医人次", "≥386人次", 10),
        (None, None, "选派进修村医人数", "≥20人", 10),
        (None, "质量", "培训考核合格率", "≥95%", 10),
        (None, "时效", "进修结业时间", "2025年11月30日前", 10),
        ("★成本指标（10分）", "经济成本", "进修村医生活补助标准", "≤1500元/人·月", 10),
        ("效益指标（30分）", "社会效益", "村医常见病诊疗能力达标率", "≥85%", 15),
        (None, None, "村民对村医服务满意度", mk("≥90%", "F201", "warning", row=True,
            alt=("F105",), note="满意度应在满意度指标下"), 15),
        ("满意度指标（10分）", "服务对象满意度", "参训村医满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("kbg09-subsidy-three-years", (8,), "three-year project (2025—2027), NAT-2021, two-row "
         "header with 中期 and 年度 columns: cumulative counts above the year's, rates and "
         "unit costs equal in both columns (correct)")  # fmt: skip
def subsidy_three_years() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="乡村医生队伍稳定三年行动", dept=BUREAU,
                 unit="栖梧县基层卫生服务中心", money=funds2((720, 720, 0), (240, 240, 0)), goals=(
                     "2025—2027年持续发放乡村医生岗位补助，三年累计补助在岗村医1158人次"
                     "（每年386人），村医队伍保持稳定。",
                     "2025年为386名在岗乡村医生按月发放岗位补助，村医流失率较上年下降2个"
                     "百分点。"))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", None, merge=[(4, 5)])
    top = s.r
    indicators(s, (None, None, None, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "累计补助在岗村医人次", "≥1158人次", "≥386人次"),
        (None, "质量指标", "补助对象核实准确率", "=100%", "=100%"),
        (None, "时效指标", "补助按月发放及时率", pct(0.98), pct(0.98)),
        ("成本指标", "经济成本指标", "岗位补助标准", "≤400元/人·月", "≤400元/人·月"),
        ("效益指标", "社会效益指标", "村医流失率较上年下降幅度", "≥2百分点", "≥2百分点"),
        (None, "可持续影响指标", "村医队伍年龄结构", "逐年优化", "有所优化"),
        ("满意度指标", "服务对象满意度指标", "在岗村医满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    return b


@variant("kbg10-township-flat", (3, 9), "department (township health centre), flat list "
         "(指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a count other than the "
         "goal's, last year's deadline, a date stored as a serial number")  # fmt: skip
def township_flat() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="栖梧县檀口镇卫生院",
                    budget=[(wan(310), wan(260), wan(50), wan(250), wan(60))],
                    goal=ok("为全镇46名在岗村医发放岗位补助，完成村卫生室一体化管理考核，"
                            "培训村医92人次。", note="D104 here"))  # fmt: skip
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("享受岗位补助的在岗村医", mk("≥52", "D104", "warning", row=True,
            note="年度总体目标写46名"), "正向", "人", 20),
        ("村卫生室一体化管理考核覆盖率", "=100", "正向", "%", 15),
        ("补助资金拨付完成时限", mk("2024年6月30日前", "Y102", "error", alt=("Y101", "Y103"),
            note="预算年度为2025年，期限是上年遗留"), "反向", "日期", 15),
        ("村卫生室考核完成日期", mk("45930", "X104", "warning",
            note="文本中的日期序列号（2025-09-30）"), "反向", "日期", 10),
        ("补助发放差错率", "≤1", "反向", "%", 10),
        ("村医培训人次", "≥92", "正向", "人次", 15),
        ("村民满意度", "≥90", "正向", "%", 15),
    ], merged=())  # fmt: skip
    return b


@variant("kbg11-subsidy-notes", (4, 12), "project, OLD-NAT, one value column: an instruction "
         "row inside the table, the header repeated after a page break, a footnote explaining "
         "the total (上年结转), 填表说明, signature and a fill date in the prior year "
         "(correct)")  # fmt: skip
def subsidy_notes() -> Book:
    b, s = first()
    money = [["年度资金总额", wan(243.6), "其中：当年财政拨款", wan(240)],
             ["上年结转", wan(3.6), "其他资金", wan(0)]]  # fmt: skip
    project_head(s, year=2025, name="乡村医生补助资金项目", dept=BUREAU,
                 unit="栖梧县基层卫生服务中心", money=money, goals=(
                     "为386名在岗乡村医生发放岗位补助，为120名离岗老年乡村医生发放生活补助，"
                     "补发上年12月离岗村医生活补助。",))  # fmt: skip
    s.row(*HEAD4)
    s.row("注：以下指标值均为年度目标，补助标准按县定标准执行。", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "在岗乡村医生岗位补助人数", "≥386人"),
        (None, None, "离岗老年乡村医生生活补助人数", "≥120人"),
        (None, "质量指标", "补助对象公示率", "=100%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    indicators(s, HEAD4, [
        ("产出指标", "时效指标", "补助资金按月拨付率", "≥98%"),
        (None, "成本指标", "岗位补助标准", "≤400元/人·月"),
        (None, None, "生活补助标准", "≤300元/人·月"),
        ("效益指标", "社会效益指标", "村卫生室正常开诊率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "补助对象满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：年度资金总额243.6万元含上年结转3.6万元，用于补发2024年12月离岗村医生活补助"
             "（120人×300元）。",
          "填表说明：1.指标值应可量化；2.金额单位为万元。")  # fmt: skip
    sign(s, "邬成林", "祁雨桐", "0736-5523817", day(2024, 12, 6, CN_DATE))
    return b


@variant("kbg12-bureau-money", (12,), "department (health bureau), NAT-2021, budget and key "
         "tasks: the tasks not adding to 金额合计, a subsidy standard × doctors above the "
         "task's money")  # fmt: skip
def bureau_money() -> Book:
    b, s = first()
    tasks = [
        ("乡村医生补助", "在岗村医岗位补助", wan(36), "86名在岗村医按月领取补助"),
        ("基本公共卫生服务", "12类基本公卫服务", wan(164), "覆盖132个行政村"),
        ("远程医疗协作网运维", "县乡村远程平台运维", wan(110), "平台全年稳定运行"),
        ("金额合计", None, mk(wan(320), "B102", "error", note="36 + 164 + 110 = 310 ≠ 320"),
         None),
    ]  # fmt: skip
    department_head(s, year=2025, dept=BUREAU, tasks=tasks,
                    budget=[(wan(860), wan(780), wan(80), wan(540), wan(320))],
                    goal="为86名在岗村医发放岗位补助，基本公共卫生服务覆盖全县132个行政村，"
                         "远程医疗协作网全年稳定运行。")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "享受岗位补助的在岗村医", ok("≥86人", note="B107 here")),
        (None, None, "基本公共卫生服务覆盖行政村", "≥132个"),
        (None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, "时效指标", "补助资金按季拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "在岗村医岗位补助标准", mk("≤400元/人·月", "B107",
            "warning", row=True, note="86人×400元×12月 = 41.28万元，超过任务金额36万元")),
        ("效益指标", "社会效益指标", "居民电子健康档案建档率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "居民对基层医疗服务满意度", "≥88%"),
    ])  # fmt: skip
    return b

"""Returns wy07–wy12: traditional wushu promotion (传统武术推广): associations and events."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout405.common import (
    TIERED,
    book,
    footnotes,
    indicators,
    multi_year,
    one_year,
    sign,
)
from tests.variants.holdout405.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("wy07-department-money", (12, 1), "department, NAT-2021: budget with typed-percent "
         "shares, key tasks adding to 金额合计 = 项目支出, all consistent (correct)")  # fmt: skip
def wy07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="澄溪市武术运动管理中心", budget=[
        (money(580, WAN), money(520, WAN), money(60, WAN), money(310, WAN), money(270, WAN)),
        (pct(1), pct(0.8966, "0.00%"), pct(0.1034, "0.00%"), pct(0.5345, "0.00%"),
         pct(0.4655, "0.00%")),
    ], tasks=[
        ("传统武术进社区", "在40个社区设立武术辅导站", money(120, WAN), "辅导站覆盖率达到80%"),
        ("武术公开赛", "举办澄溪市传统武术公开赛", money(90, WAN), "参赛选手不少于900人"),
        ("拳种挖掘整理", "整理地方拳种套路与口述资料", money(60, WAN), "完成6个拳种档案"),
        ("金额合计", None, money(270, WAN), None),
    ], goal="推广传统武术，建设社区辅导站40个，举办公开赛1届，整理拳种档案6个。")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "社区武术辅导站数量", "≥40个"),
        (None, None, "公开赛参赛选手人数", "≥900人"),
        (None, "质量指标", "辅导站社区覆盖率", pct(0.8)),
        (None, "时效指标", "公开赛举办时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单个辅导站建设补助", "≤3万元/个"),
        ("效益指标", "社会效益指标", "经常参加武术锻炼人数增长率", "≥5%"),
        (None, "可持续影响指标", "拳种档案数字化保存率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wy08-department-money-wrong", (12, 1), "department, NAT-2021: 基本支出 + 项目支出 "
         "≠ 资金总额, tasks not adding to 金额合计, a 通过率 given as a head count")  # fmt: skip
def wy08() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="柘川县武术协会", budget=[
        (mk(money(420, WAN), "B101", "error", note="180 + 230 = 410 ≠ 420"), money(390, WAN),
         money(30, WAN), money(180, WAN), money(230, WAN)),
    ], tasks=[
        ("武术段位推广", "组织段位培训与考试", money(100, WAN), "考段人数不少于800人"),
        ("乡村武术节", "在8个乡镇举办武术节", money(80, WAN), "观众不少于2万人次"),
        ("拳师传承补助", "资助传统拳师带徒授艺", money(60, WAN), "资助拳师20名"),
        ("金额合计", None, mk(money(230, WAN), "B102", "error", alt=("B101",),
                             note="100 + 80 + 60 = 240 ≠ 230"), None),
    ], goal="普及武术段位制，办好乡村武术节，扶持传统拳师传承。")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "参加段位考试人数", "≥800人"),
        (None, None, "举办乡镇武术节场次", "≥8场"),
        (None, "质量指标", "段位考试通过率",
         mk("≥600人", "T105", "error", note="a 通过率 given as a head count")),
        (None, "时效指标", "传承补助发放时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "拳师传承补助标准", "≤3万元/人"),
        ("效益指标", "社会效益指标", "武术节观众人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wy09-notes-page-break", (4, 10), "project, OLD-NAT, weight column: a 说明 row inside "
         "the table, header repeated after a page break, subtotal rows, a total of 90 explained "
         "in a footnote, signature lines (correct)")  # fmt: skip
def wy09() -> Book:
    b, s = book()
    project_head(s, year=2025, name="青屿区太极拳公园辅导点推广项目",
                 dept="青屿区文化体育和旅游局（318204）", unit="青屿区社会体育指导中心",
                 money=one_year(36, 36, 0),
                 goals=["在15个公园设立太极拳辅导点，全年公益辅导1500课次。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（分）")
    indicators(s, head, [
        ("产出指标", "数量指标", "公园太极拳辅导点数量", "≥15个", 15),
        (None, None, "公益辅导课次", "≥1500课次", 15),
        (None, "质量指标", "辅导员持证上岗率", "≥95%", 10),
        (None, "时效指标", "辅导点设立完成时间", "2025年4月30日前", 5),
        (None, "成本指标", "每课次辅导补贴", "≤200元/课次", 5),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50, merge=[(1, 4)])
    s.row("说明：以下为效益、满意度指标（第2页）", merge=[(1, 5)])
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "辅导点周边居民参与人次", "≥30000人次", 20),
        (None, "可持续影响指标", "辅导点常年开放率", "≥90%", 10),
        ("满意度指标", "服务对象满意度指标", "参练群众满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("效益及满意度指标小计", None, None, None, 40, merge=[(1, 4)])
    s.row("合计", None, None, None, 90, merge=[(1, 4)])
    footnotes(s, "注：预算执行率（10分）在绩效评价中另行计分，本表指标权重合计90分。",
              "填表说明：指标值须写明比较符和计量单位。", width=5)  # fmt: skip
    sign(s, 2025, "骆文彬", "0592-7714305")
    return b


@variant("wy10-multi-year-copied", (8,), "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
         "columns: two cumulative counts copied, one annual count above its period")  # fmt: skip
def wy10() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="岱溪市传统拳种传承人培养计划",
                 dept="岱溪市体育局（402117）", unit="岱溪市武术运动协会",
                 money=multi_year((360, 330, 30), (120, 110, 10)),
                 goals=["三年培养传统拳种传承人90名，建设传习基地9个。",
                        "年度培养传承人30名，建设传习基地3个。"])  # fmt: skip
    copied = "cumulative count copied from the 中期 column in a three-year project"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培养传承人人数", "≥90人",
         mk("≥90人", "D202", "warning", note=copied)),
        (None, None, "建设传习基地数量", "≥9个", "≥3个"),
        (None, None, "整理拳种套路视频", "≥60部",
         mk("≥60部", "D202", "warning", note=copied)),
        (None, None, "举办传承展演场次", "≥12场",
         mk("≥15场", "D201", "error", note="the annual count exceeds the three-year count")),
        (None, "质量指标", "传承人考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "年度培养任务完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "人均培养经费", "≤3万元/人", "≤3万元/人"),
        ("效益指标", "社会效益指标", "传统拳种习练人数增长率", "≥10%", "≥3%"),
        ("满意度指标", "服务对象满意度指标", "传承人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wy11-one-year-equal", (8,), "one-year project with 中期 and 年度 columns, equal money "
         "and goals, values legitimately identical (correct)")  # fmt: skip
def wy11() -> Book:
    b, s = book()
    goal = "举办柳泉镇第五届传统武术大会，参赛队伍不少于60支。"
    project_head(s, year=2025, name="柳泉镇第五届传统武术大会", attr="一次性项目",
                 dept="柳泉镇人民政府（550862）", unit="柳泉镇综合文化站",
                 money=multi_year((28, 25, 3), (28, 25, 3)), goals=[goal, goal])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "参赛队伍数量", "≥60支", "≥60支"),
        (None, None, "比赛项目数", "≥18项", "≥18项"),
        (None, "质量指标", "裁判员持证率", "=100%", "=100%"),
        (None, "时效指标", "大会举办时间", "2025年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每支队伍参赛补助", "≤2000元/支", "≤2000元/支"),
        ("效益指标", "社会效益指标", "现场及线上观众人次", "≥50000人次", "≥50000人次"),
        (None, None, "赛事安全事故", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "参赛队伍满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wy12-flat-defects", (3, 11), "department, flat list (指标名称 · 权重 · 计量单位 · "
         "指标性质 as operator · 指标值): weights add to 95, a unit conflict, a 反向 rate with "
         "大于等于")  # fmt: skip
def wy12() -> Book:
    b, s = book()
    s.title("2025年度部门整体支出绩效指标（芦湾区武术协会）", 5)
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("武术公开课场次", 20, "场", "大于等于", mk("12万元", "T112", "error", alt=("T119",),
                                                  note="万元 in the value, 场 in the unit column")),
        ("武术辅导员培训人数", 20, "人", "大于等于", 150),
        ("赛事组织投诉率", 15, "%", "大于等于",
         mk(2, "T108", "warning", row=True, note="a 投诉率 is 反向: ≥2% is the wrong way")),
        ("培训结业合格率", 15, "%", "大于等于", 95),
        ("每场公开课补贴", 15, "元/场", "小于等于", 3000),
        ("参训群众满意度", 10, "%", "大于等于", 90),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights 20+20+15+15+15+10 = 95, not 100")
    return b

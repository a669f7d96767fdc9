"""People's mediation committees (人民调解委员会) and the offices that guide them."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout559.common import (
    DEPT,
    YEAR,
    indicators,
    notes,
    period_wan,
    signature,
    start,
    wan,
)
from tests.variants.holdout559.registry import variant
from tests.variants.kit import Book, day, mk, pct

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "cw07-committee-content-standard",
    (7,),
    "project, OLD-NAT, 雁丘镇 village committees: a two-row header with 指标内容 and 绩效标准, "
    "a 备注 column, 0起 on an incident count (correct)",
)
def cw07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁丘镇村级人民调解委员会规范化建设", dept=DEPT,
                 unit="砚川县雁丘镇司法所", money=wan(10, 10, 0),
                 goals=("指导12个村级人民调解委员会完成规范化建设。",))  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "备注", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    s.ws.merge_cells(start_row=s.r - 1, start_column=4, end_row=s.r, end_column=4)
    s.ws.merge_cells(start_row=s.r - 1, start_column=5, end_row=s.r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "村级调委会规范化建设个数", "≥12个", "按验收名单"),
        (None, "质量指标", "调解卷宗归档合格率", "≥95%", None),
        (None, "时效指标", "一般纠纷受理后调结时限", "≤15日", "疑难纠纷除外"),
        (None, "成本指标", "村级调委会以奖代补标准", "≤5000元/个", None),
        ("效益指标", "社会效益指标", "因调解不当引发的群体性事件", "0起", "零发生"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "柯望舒", "0795-5240872")
    return b


@variant(
    "cw08-committee-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a 时效指标 row left from the template, a value "
    "without an indicator name",
)
def cw08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桐垭镇人民调解以案定补", dept=DEPT,
                 unit="砚川县桐垭镇司法所", money=wan(8, 8, 0),
                 goals=("全镇各级调委会调解矛盾纠纷不少于260件。",))  # fmt: skip
    left = mk("时效指标", "F109", "warning", row=True, note="template tier-2 with no indicator")
    nameless = mk(None, "F110", "error", note="a value without an indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "调解矛盾纠纷件数", "≥260件"),
        (None, "质量指标", "纠纷调解成功率", "≥96%"),
        (None, left, None, None),
        ("成本指标", "经济成本指标", "每件纠纷调解补贴", "≤150元/件"),
        ("效益指标", "社会效益指标", nameless, "≥85%"),
        (None, "可持续影响指标", "专兼职调解员队伍稳定率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龚立岩", "0795-5264318")
    return b


@variant(
    "cw09-committee-three-years",
    (8,),
    "three-year project 2025—2027, NAT-2021, 中期 and 年度 columns: annual counts a third of "
    "the period, rates and unit costs equal in both (correct)",
)
def cw09() -> Book:
    b, s = start()
    goals = ("三年新建规范化调解室30个，培训专职人民调解员450人次。",
             "2025年新建规范化调解室10个，培训专职人民调解员150人次。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="砚川县规范化人民调解室建设", dept=DEPT,
                 unit="砚川县司法局基层工作股", money=period_wan(120, 40), goals=goals)  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新建规范化调解室", "≥30个", "≥10个"),
        (None, None, "专职人民调解员培训", "≥450人次", "≥150人次"),
        (None, "质量指标", "调解协议书制作规范率", "≥95%", "≥95%"),
        (None, "时效指标", "调解案件平均办结天数", "≤15天", "≤15天"),
        ("成本指标", "经济成本指标", "每个调解室建设补助", "≤1.2万元/个", "≤1.2万元/个"),
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "群众对调解工作满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃向北", "0795-5261094")
    return b


@variant(
    "cw10-committee-copied-period",
    (8,),
    "two-year project 2025—2026, NAT-2021, 中期 and 年度 columns: the 年度目标 copies the "
    "中期目标, two cumulative counts copied from the 中期 column",
)
def cw10() -> Book:
    b, s = start()
    text = "完成调解员轮训200人次，村级调解档案数字化40个，提升调解规范化水平。"
    same = mk(text, "D204", "warning", note="年度目标 word for word the 中期目标")
    project_head(s, year=YEAR, years=2, name="人民调解员轮训及档案数字化", dept=DEPT,
                 unit="砚川县司法局基层工作股", money=period_wan(60, 30),
                 goals=(text, same))  # fmt: skip
    trained = mk("≥200人次", "D202", "warning", note="cumulative count copied from 中期")
    files = mk("≥40个", "D202", "warning", note="cumulative count copied from 中期")
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "人民调解员轮训人次", "≥200人次", trained),
        (None, None, "村级调解档案数字化个数", "≥40个", files),
        (None, "质量指标", "轮训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "档案数字化完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "人均轮训成本", "≤600元/人次", "≤600元/人次"),
        ("效益指标", "社会效益指标", "调解文书规范率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "参训调解员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃向北", "0795-5261094")
    return b


@variant(
    "cw11-committee-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, a 下降率 with ≥, weights adding to 100 (correct)",
)
def cw11() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="砚川县雁丘镇司法所（镇人民调解委员会办公室）",
                    budget=[(86, 80, 6, 52, 34)],
                    tasks=[("人民调解以奖代补", "按调结纠纷件数补贴调解员", 20, "调结纠纷≥130件"),
                           ("调解员培训", "镇村两级调解员集中培训", 14, "培训≥120人次"),
                           ("金额合计", None, 34, None)],
                    goal="调解成功率不低于96%，信访转化量下降10%以上。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("矛盾纠纷排查次数", 15, "次", "≥", 48),
        ("纠纷调解成功率", 20, "%", "≥", pct(0.96)),
        ("纠纷信访转化下降率", 15, "%", "≥", pct(0.1)),
        ("调解卷宗评查合格率", 15, "%", "≥", pct(0.9)),
        ("每件纠纷调解补贴", 10, "元/件", "≤", 150),
        ("调解员培训人次", 10, "人次", "≥", 120),
        ("纠纷当事人满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    signature(s, "邬青禾", "0795-5277360")
    return b


@variant(
    "cw12-committee-notes-defects",
    (4, 11),
    "project, OLD-NAT, 指标性质 as direction (正向/反向): an instruction row, a 说明 row between "
    "tiers, footnotes and a stamp line; a 反悔率 with ≥ and a duplicated indicator",
)
def cw12() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="柏坪乡人民调解委员会工作经费", dept=DEPT,
                 unit="砚川县柏坪乡司法所", money=wan(16, 16, 0),
                 goals=("保障18个村级调委会正常运转，全年开展纠纷排查48次。",))  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "指标性质")
    s.row(*head)
    notes(s, ["（填写说明：指标值含比较符，指标性质填正向或反向）"], width=5)
    back = mk("≥3%", "T108", "warning", row=True, note="a 反悔率 is 反向: ≤ expected")
    again = mk("≥36次", "D102", "error", row=True, alt=("D101", "D103", "D104"),
               note="the same indicator as row above with another value")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "矛盾纠纷排查次数", "≥48次", "正向"),
        (None, None, "运转保障村级调委会个数", "≥18个", "正向"),
        (None, None, "矛盾纠纷排查次数", again, "正向"),
        (None, "质量指标", "调解协议反悔率", back, "反向"),
        (None, "时效指标", "纠纷受理登记时限", "≤1个工作日", "反向"),
        (None, "成本指标", "每个调委会年度工作经费", "≤4000元/个", "反向"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["说明：以下效益类指标以县矛盾纠纷多元化解平台统计为准"], width=5)
    s.table([
        ("效益指标", "社会效益指标", "矛盾纠纷化解率", "≥95%", "正向"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.排查次数按月统计；2.反悔率=反悔案件数÷调解成功案件数。",
              "填表说明：本表一式两份，报县司法局基层工作股。"], width=5)  # fmt: skip
    signature(s, "柯望舒", "0795-5240872")
    s.row("单位（盖章）：", None, "负责人签字：", None, "日期：", day(YEAR - 1, 11, 28))
    return b

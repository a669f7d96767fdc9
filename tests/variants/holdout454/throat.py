"""Throat-singing (呼麦) returns of county art troupes: yv01 to yv06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout454.common import STD, YEAR, annual, book, period, table, w
from tests.variants.holdout454.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("yv01-humai-percent-cells", (1, 7), "project, OLD-NAT, headers 指标内容 and 绩效标准, "
         "operator and unit columns, percent cells, 万元 in the number format "
         "(correct)")  # fmt: skip
def humai_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="岩棠县呼麦传习班", dept="岩棠县文化广电和旅游局 318004",
                 unit="岩棠县民族歌舞团", money=annual(w(38), w(30), w(8)),
                 goals=["开办呼麦传习班4期，培养学员40名，完成进校园演出24场。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "比较符", "绩效标准", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "呼麦传习班开班期数", "≥", 4, "期"),
        (None, None, "呼麦进校园演出场次", "≥", 24, "场"),
        (None, "质量指标", "学员结业考核合格率", "≥", pct(0.9), "%"),
        (None, None, "年度教学计划完成率", "=", pct(1), "%"),
        (None, "时效指标", "传习班结业汇报演出完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "学员人均教学成本", "≤", 1500, "元/人"),
        ("效益指标", "社会效益指标", "观众投诉量下降率", "≥", pct(0.2), "%"),
        (None, None, "演出安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "呼麦曲目整理入库数量", "≥", 30, "首"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant("yv02-humai-direction", (11,), "project, NAT-2021, operators inside the values: a cost "
         "cap with =, a 正向 count with ≤, a 反向 incident rate with ≥")  # fmt: skip
def humai_direction() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="呼麦下乡惠民演出季", dept="苍栎县文化和旅游局 207011",
                 unit="苍栎县文工团", money=annual(w(45), w(40), w(5)),
                 goals=["全年送呼麦节目下乡演出30场，惠及群众15000人次。"])  # fmt: skip
    cost = "单场下乡演出成本上限是控制数，应写≤；写=则读成固定值"
    table(s, STD, [
        ("成本指标", "经济成本指标", "单场下乡演出成本",
         mk("=1.2万元/场", "T108", "warning", row=True, note=cost)),
        ("产出指标", "数量指标", "呼麦下乡惠民演出场次", "≥30场"),
        (None, None, "呼麦传习班学员人数",
         mk("≤40人", "T108", "warning", row=True, note="正向的学员人数用了≤，应为≥")),
        (None, "质量指标", "演出节目审查通过率", "≥95%"),
        (None, "时效指标", "惠民演出季完成时间", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "演出安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为≤")),
        (None, None, "惠民演出观众人次", "≥15000人次"),
        ("满意度指标", "服务对象满意度指标", "基层观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yv03-humai-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same satisfaction indicator with different values (correct)")  # fmt: skip
def humai_stacked() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="呼麦传承人带徒补助", dept="云垭县文化馆 411002",
                 unit="云垭县民族艺术团", money=annual(w(24), w(20), w(4)),
                 goals=["资助6名呼麦传承人各带徒2名以上，完成传承汇报演出。"])  # fmt: skip
    table(s, STD, [
        ("产出指标", "数量指标", "带徒传承人人数", "≥6人"),
        (None, None, "传承汇报演出场次", "≥2场"),
        (None, "质量指标", "徒弟年度考核合格率", "≥90%"),
        (None, "时效指标", "补助资金发放及时率", "≥95%"),
        (None, "成本指标", "每名传承人年度补助标准", "≤2万元/人"),
        ("效益指标", "可持续影响指标", "呼麦传承梯队人数", "≥12人"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="草原呼麦艺术节", dept="云垭县文化馆 411002",
                 unit="云垭县民族艺术团", money=annual(w(50), w(46), w(4)), title="",
                 goals=["举办第三届草原呼麦艺术节，邀请8支基层呼麦队伍参演。"])  # fmt: skip
    table(s, STD, [
        ("产出指标", "数量指标", "参演基层呼麦队伍", "≥8支"),
        (None, None, "艺术节演出场次", "≥6场"),
        (None, "质量指标", "演出节目审查通过率", "=100%"),
        (None, "时效指标", "艺术节举办时间", "2025年8月31日前"),
        (None, "成本指标", "单场演出成本", "≤6万元/场"),
        ("效益指标", "社会效益指标", "现场观众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("yv04-humai-multi-year", (8,), "three-year project, NAT-2021, 中期 and 年度 value "
         "columns: one cumulative count copied, one annual count above its period "
         "count")  # fmt: skip
def humai_multi_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="呼麦艺术人才梯队培养", dept="岩棠县文化广电和旅游局 318004",
                 unit="岩棠县民族歌舞团", money=period((w(150), w(120), w(30)),
                                                (w(50), w(40), w(10))),
                 years=3, attr="新增项目", goals=[
                     "三年培养呼麦青年演员12名，创作原创曲目9首，完成专场演出60场。",
                     "本年度招收青年演员4名，创作原创曲目3首，完成专场演出20场。"])  # fmt: skip
    copied = "三年累计培养12人，年度值照抄中期值"
    above = "年度专场演出80场多于三年合计60场，不可能"
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "培养呼麦青年演员", "≥12人",
         mk("≥12人", "D202", "warning", note=copied)),
        (None, None, "呼麦原创曲目创作", "≥9首", "≥3首"),
        (None, None, "呼麦专场演出场次", "≥60场", mk("≥80场", "D201", "error", note=above)),
        (None, "质量指标", "青年演员考级通过率", "≥85%", "≥85%"),
        (None, "时效指标", "年度培养计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "青年演员人均年度培养成本", "≤3万元/人", "≤3万元/人"),
        ("效益指标", "社会效益指标", "演出覆盖观众人次", "≥60000人次", "≥20000人次"),
        (None, "可持续影响指标", "人才梯队长效培养机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yv05-humai-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 "
         "labels left from the template, a value without a name")  # fmt: skip
def humai_template() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="呼麦演出服装道具更新", dept="松砾县文化和旅游局 106023",
                 unit="松砾县乌兰艺术团", money=annual(w(20), w(18), w(2)),
                 goals=["更新呼麦演出蒙古袍30套、马头琴道具8件，保障全年演出。"])  # fmt: skip
    left = "模板留下的二级指标，没有三级指标也没有指标值"
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "更新演出服装", "≥30套"),
        (None, None, "更新演出道具", "≥8件"),
        (None, "质量指标", "服装道具验收合格率", "=100%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有指标名称"), "≥95%"),
        (None, "时效指标", "采购完成时间", "2025年6月30日前"),
        ("成本指标", "经济成本指标", "演出服装单价", "≤4500元/套"),
        ("效益指标", mk("经济效益指标", "F109", "warning", row=True, note=left)),
        (None, "社会效益指标", "全年使用新服装道具演出场次", "≥40场"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note=left)),
        ("满意度指标", "服务对象满意度指标", "演职人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yv06-humai-points", (10,), "project, NAT-2021, tier-1 labels with points and an "
         "indicator score column, both adding to 100, a rate raised in 百分点 "
         "(correct)")  # fmt: skip
def humai_points() -> Book:
    b, s = book(widths=(18, 16, 30, 16, 10, 16))
    project_head(s, year=YEAR, name="呼麦乐团年度演出季", dept="苍栎县文化和旅游局 207011",
                 unit="苍栎县文工团", money=annual(w(40), w(36), w(4)),
                 goals=["全年演出40场，新排呼麦作品2部，上座率比上年提高5个百分点。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标（50分）", "数量指标", "呼麦乐团年度演出场次", "≥40场", 15),
        (None, None, "新排呼麦作品", "≥2部", 10),
        (None, "质量指标", "演出质量评审优良率", "≥90%", 15),
        (None, "时效指标", "演出季按期完成率", "≥95%", 10),
        ("成本指标（10分）", "经济成本指标", "单场演出平均成本", "≤0.8万元/场", 10),
        ("效益指标（30分）", "社会效益指标", "演出上座率较上年提高", "≥5百分点", 15),
        (None, "可持续影响指标", "呼麦曲目数字化存档", "≥20首", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "观众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b

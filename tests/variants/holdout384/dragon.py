"""Dragon dance troupes (舞龙): percent cells, direction against operator, stacked projects."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout384.common import YEAR, first, funds, indicators, sign
from tests.variants.holdout384.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "漾川县文化和旅游局（217003）"
OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wd01-dragon-percent", (1,),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format (correct)")  # fmt: skip
def dragon_percent() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="漾川县舞龙队伍传承扶持项目", dept=DEPT,
                 unit="漾川县文化馆", money=funds(48, 40, 8),
                 goals=["扶持12支乡村舞龙队训练和节庆展演，传承人带徒教学。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "扶持舞龙队数量", "≥", 12, "支"),
        (None, None, "节庆展演场次", "≥", 36, "场"),
        (None, "质量指标", "展演节目验收合格率", "≥", pct(0.95), None),
        (None, "时效指标", "扶持资金拨付及时率", "=", pct(1), None),
        (None, "成本指标", "每支舞龙队扶持标准", "≤", 3, "万元/支"),
        ("效益指标", "社会效益指标", "观演群众人次", "≥", 20000, "人次"),
        (None, "可持续影响指标", "传承人带徒学员人数", "≥", 60, "人"),
        ("满意度指标", "服务对象满意度指标", "舞龙队及观众满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "龚秀岚", "0736-5281746")
    return b


@variant("wd02-dragon-percent-wrong", (1,),
         "project, OLD-NAT, operator and unit columns: a typed percent over 100 and a "
         "完成率 given in 场")  # fmt: skip
def dragon_percent_wrong() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="漾川县舞龙技艺进乡村项目", dept=DEPT,
                 unit="漾川县群众艺术馆", money=funds(30, 30, 0),
                 goals=["组织舞龙技艺下乡培训和展演，提升乡村舞龙队伍水平。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "下乡培训场次", "≥", 24, "场"),
        (None, None, "舞龙培训计划完成率", "≥",
         mk(24, "T105", "error", row=True, note="a 完成率 given as 24 场, not a percent"), "场"),
        (None, "质量指标", "展演节目验收合格率", "≥",
         mk(pct(1.05), "T106", "error", note="typed 105% on a capped 合格率"), None),
        (None, "时效指标", "培训完成时间", "≤", "2025年11月30日", None),
        (None, "成本指标", "单场培训补助标准", "≤", 1, "万元/场"),
        ("效益指标", "社会效益指标", "参训乡村舞龙队员人次", "≥", 480, "人次"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥", pct(0.92), None),
    ])  # fmt: skip
    return b


@variant("wd03-dragon-direction", (11,),
         "project, NAT-2021, operators inside the values: a 反向 rate with ≥, a cost cap with =, "
         "a 正向 count with ≤")  # fmt: skip
def dragon_direction() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="鹤岭镇龙具修缮及巡游安全项目", dept="鹤岭镇人民政府（403021）",
                 unit="鹤岭镇综合文化站", money=funds(30, 25, 5),
                 goals=["修缮全镇龙具20套，开展舞龙技艺培训，保障元宵巡游安全有序。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "修缮龙具套数", "≥20套"),
        (None, None, "舞龙技艺培训人次",
         mk("≤300人次", "T108", "warning", row=True, note="正向 count capped with ≤")),
        (None, "质量指标", "修缮龙具验收合格率", "≥95%"),
        (None, "时效指标", "龙具修缮完成时间", "2025年12月20日前"),
        ("成本指标", "经济成本指标", "龙具修缮单价",
         mk("=0.6万元/套", "T108", "warning", row=True, note="= on a cost cap, ≤ meant")),
        ("效益指标", "社会效益指标", "巡游安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="反向 rate with ≥")),
        (None, "可持续影响指标", "龙具可正常使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "巡游村民满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wd04-dragon-direction-lookalikes", (11,),
         "project, NAT-2021, 指标性质 as direction and 指标方向 as operator in words, bare numbers "
         "with a unit column: a 下降率 with ≥, 0起 on an incident count (correct)")  # fmt: skip
def dragon_direction_lookalikes() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="澄浦县元宵舞龙巡游组织项目", dept="澄浦县文化馆（305011）",
                 unit="澄浦县文化馆", money=funds(25, 20, 5),
                 goals=["组织元宵舞龙巡游18场，巡游安全零事故，游客投诉较上年下降。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出指标", "数量指标", "舞龙巡游场次", "正向", "大于等于", 18, "场"),
        (None, "质量指标", "龙具安全检测合格率", "正向", "大于等于", 98, "%"),
        (None, "时效指标", "巡游方案报备提前天数", "正向", "大于等于", 7, "天"),
        ("成本指标", "经济成本指标", "单场巡游安保费用", "反向", "小于等于", 0.5, "万元/场"),
        ("效益指标", "社会效益指标", "巡游踩踏等安全事故", "反向", "小于等于", 0, "起"),
        (None, None, "游客投诉下降率", "正向", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "邝梓航", "0738-7316024")
    return b


@variant("wd05-dragon-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each (correct)")  # fmt: skip
def dragon_stacked() -> Book:
    b, s = first("绩效目标表")
    project_head(s, year=YEAR, name="箬溪村龙狮协会赛事补助", dept=DEPT, unit="箬溪村龙狮协会",
                 money=funds(18, 15, 3), goals=["补助协会参加市级舞龙赛事4项。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "参加市级舞龙赛事项数", "≥4项"),
        (None, "质量指标", "参赛节目获奖率", "≥50%"),
        (None, "成本指标", "单项赛事补助标准", "≤4万元/项"),
        ("效益指标", "社会效益指标", "赛事网络直播观看人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="石鼓岭乡舞龙道具购置", dept=DEPT, unit="石鼓岭乡文化站",
                 money=funds(12, 12, 0), goals=["购置布龙6条及锣鼓乐器，配齐乡舞龙队。"],
                 title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "购置布龙条数", "≥6条"),
        (None, "质量指标", "道具验收合格率", "=100%"),
        (None, "时效指标", "道具到位时间", "2025年9月30日前"),
        (None, "成本指标", "每条布龙购置单价", "≤1.5万元/条"),
        ("效益指标", "可持续影响指标", "道具使用年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("wd06-dragon-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is a count")  # fmt: skip
def dragon_stacked_wrong() -> Book:
    b, s = first("绩效目标表")
    project_head(s, year=YEAR, name="岩湾村舞龙队春节展演补助", dept=DEPT, unit="岩湾村村委会",
                 money=funds(10, 8, 2), goals=["春节期间在岩湾村及周边展演舞龙12场。"])  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "春节舞龙展演场次", "≥12场"),
        (None, "质量指标", "展演安全检查合格率", "=100%"),
        (None, "成本指标", "单场展演补助", "≤0.8万元/场"),
        ("效益指标", "社会效益指标", "观演群众人次", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "观演群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(35, "B101", "error", note="35 ≠ 30 + 8")
    project_head(s, year=YEAR, name="漾川县舞龙队伍集训", dept=DEPT, unit="漾川县文化馆",
                 money=funds(total, 30, 8), goals=["集训全县舞龙骨干队员，备战省级比赛。"],
                 title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "集训骨干队员人数", "≥120人"),
        (None, "质量指标", "集训考核通过率",
         mk("96人", "T105", "error", note="a 通过率 given as a head count")),
        (None, "成本指标", "人均集训费用", "≤0.25万元/人"),
        ("效益指标", "社会效益指标", "省级比赛参赛队伍数", "≥3支"),
        ("满意度指标", "服务对象满意度指标", "参训队员满意度", "≥90%"),
    ])  # fmt: skip
    return b

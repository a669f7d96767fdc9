"""Township judicial offices (司法所): legal aid, community correction, mediation guidance."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout559.common import DEPT, YEAR, indicators, signature, start, wan
from tests.variants.holdout559.registry import variant
from tests.variants.kit import WAN, YUAN, Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
PLAIN_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
POINTS_HEAD = ("一级指标", "一级分值（合计100分）", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "cw01-legal-aid-percent",
    (1, 12),
    "project, OLD-NAT, 桐垭镇司法所: operator and unit columns, typed percent cells, "
    "万元 only in the number format (correct)",
)
def cw01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桐垭镇公共法律服务工作站建设", dept=DEPT,
                 unit="砚川县桐垭镇司法所", money=wan(48, 40, 8),
                 goals=("建成公共法律服务点14个，办理法律援助案件不少于60件。",))  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥", 60, "件"),
        (None, None, "村（社区）公共法律服务点建成数", "≥", 14, "个"),
        (None, "质量指标", "法律援助案件结案率", "≥", pct(0.95), "%"),
        (None, "时效指标", "援助申请审查办结时限", "≤", 7, "工作日"),
        (None, "成本指标", "每件援助案件办案补贴", "≤", 3000, "元/件"),
        ("效益指标", "社会效益指标", "群众公共法律服务知晓率", "≥", pct(0.85), "%"),
        (None, "可持续影响指标", "社区矫正对象再犯罪率", "≤", pct(0.002, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "龚立岩", "0795-5264318")
    return b


@variant(
    "cw02-correction-artefacts",
    (1, 9),
    "project, OLD-NAT, 柏坪乡司法所, money in 元: a 报到率 typed as 105%, 财政拨款 as text "
    "with separators, the completion date as a serial in a text cell",
)
def cw02() -> Book:
    b, s = start()
    fiscal = mk("300,000.00", "X103", "warning", note="an amount typed as text with separators")
    end = mk("45991", "X104", "warning", note="2025-11-30 pasted as a serial into a text cell")
    money_rows = [("年度资金总额", money(360000, YUAN), "其中：财政拨款", fiscal),
                  ("其他资金", money(60000, YUAN))]  # fmt: skip
    project_head(s, year=YEAR, name="柏坪乡社区矫正监督管理", dept=DEPT,
                 unit="砚川县柏坪乡司法所", money=money_rows, end=end,
                 money_label="项目资金（元）",
                 goals=("对在册社区矫正对象开展日常走访384人次。",))  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 报到率 cannot exceed 100%")
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "社区矫正对象日常走访", "≥", 384, "人次"),
        (None, "质量指标", "社区矫正对象报到率", "≥", over, "%"),
        (None, "时效指标", "新接收对象入矫宣告时限", "≤", 3, "工作日"),
        (None, "成本指标", "矫正对象每人每月监管经费", "≤", 250, "元/人·月"),
        ("效益指标", "社会效益指标", "矫正对象重新犯罪率", "≤", pct(0.005, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "矫正对象家属满意度", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    signature(s, "覃向北", "0795-5261094")
    return b


@variant(
    "cw03-training-points",
    (5, 10),
    "project, NAT-2021, 雁丘镇司法所: numbered labels with points, a tier-1 score column and "
    "an indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def cw03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁丘镇人民调解员能力提升培训", dept=DEPT,
                 unit="砚川县雁丘镇司法所", money=wan(12, 12, 0),
                 goals=("培训人民调解员180人次，开展法治宣传进村（社区）36场。",))  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("一、产出指标（50分）", 50, "（一）数量指标", "1.人民调解员培训人次", "≥180人次", 15),
        (None, None, None, "2.法治宣传进村（社区）场次", "≥36场", 15),
        (None, None, "（二）质量指标", "3.培训考核合格率", "≥90%", 10),
        (None, None, "（三）时效指标", "4.培训任务完成时间", "2025年10月31日前", 10),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "5.人均培训成本", "≤400元/人次", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "6.纠纷调解成功率提高", "≥3百分点", 15),
        (None, None, "（二）可持续影响指标", "7.调解员持证上岗率", "≥95%", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "8.参训人员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "邬青禾", "0795-5277360")
    return b


@variant(
    "cw04-points-wrong",
    (10, 11),
    "project, NAT-2021, 石臼乡司法所: tier-1 points against indicator points (产出 declares 50, "
    "its indicators give 45), a 履行率 given in 件, a 超期率 with ≥",
)
def cw04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="石臼乡矛盾纠纷多元化解指导", dept=DEPT,
                 unit="砚川县石臼乡司法所", money=wan(15, 15, 0),
                 goals=("指导村级调委会调处矛盾纠纷不少于240件，开展集中排查12次。",))  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="15 + 10 + 10 + 10 = 45, not 50")
    rate = mk("≥120件", "T105", "error", note="a 履行率 given as a count")
    late = mk("≥2%", "T108", "warning", row=True, note="an 超期率 is 反向: ≤ expected")
    indicators(s, POINTS_HEAD, [
        ("一、产出指标（50分）", tier, "（一）数量指标", "1.指导调处矛盾纠纷件数", "≥240件", 15),
        (None, None, None, "2.矛盾纠纷集中排查次数", "≥12次", 10),
        (None, None, "（二）质量指标", "3.调解协议自动履行率", rate, 10),
        (None, None, "（三）时效指标", "4.调解案件办结超期率", late, 10),
        ("二、成本指标（10分）", 10, "（一）经济成本指标", "5.每件纠纷指导经费", "≤500元/件", 10),
        ("三、效益指标（30分）", 30, "（一）社会效益指标", "6.矛盾纠纷化解率", "≥95%", 15),
        (None, None, "（二）可持续影响指标", "7.村级调委会规范运行率", "≥90%", 15),
        ("四、满意度指标（10分）", 10, "（一）服务对象满意度指标", "8.当事人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the indicator points add to 95")
    signature(s, "柯望舒", "0795-5240872")
    return b


@variant(
    "cw05-stacked-legal-aid",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator names "
    "with different values in each project (correct)",
)
def cw05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桐垭镇法律援助便民服务", dept=DEPT,
                 unit="砚川县桐垭镇司法所", money=wan(20, 16, 4),
                 goals=("受理法律援助案件不少于60件，开展法律咨询接待600人次。",))  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥60件"),
        (None, None, "法律咨询接待人次", "≥600人次"),
        (None, "质量指标", "援助案件质量评查合格率", "≥95%"),
        (None, "时效指标", "援助申请审批时限", "≤7个工作日"),
        (None, "成本指标", "每件援助案件办案补贴", "≤2000元/件"),
        ("效益指标", "社会效益指标", "困难群众应援尽援率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=YEAR, name="柏坪乡法律援助便民服务", dept=DEPT, title="",
                 unit="砚川县柏坪乡司法所", money=wan(15, 15, 0),
                 goals=("受理法律援助案件不少于45件，开展法律咨询接待400人次。",))  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥45件"),
        (None, None, "法律咨询接待人次", "≥400人次"),
        (None, "质量指标", "援助案件质量评查合格率", "≥92%"),
        (None, "时效指标", "援助申请审批时限", "≤5个工作日"),
        (None, "成本指标", "每件援助案件办案补贴", "≤2000元/件"),
        ("效益指标", "社会效益指标", "困难群众应援尽援率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龚立岩", "0795-5264318")
    return b


@variant(
    "cw06-stacked-money-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's 年度资金总额 is not "
    "财政拨款 + 其他资金, and its 答复率 is given in 人次",
)
def cw06() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="雁丘镇社区矫正教育帮扶", dept=DEPT,
                 unit="砚川县雁丘镇司法所", money=wan(18, 18, 0),
                 goals=("组织社区矫正对象集中教育24场，开展心理评估50人。",))  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "集中教育学习场次", "≥24场"),
        (None, None, "矫正对象心理评估人数", "≥50人"),
        (None, "质量指标", "教育帮扶档案完整率", "≥95%"),
        (None, "时效指标", "入矫教育完成时限", "≤30日"),
        (None, "成本指标", "人均教育帮扶成本", "≤2500元/人"),
        ("效益指标", "社会效益指标", "矫正期内重新犯罪率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "矫正对象满意度", "≥88%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(30, WAN), "B101", "error", note="22 + 6 = 28, not 30")
    project_head(s, year=YEAR, name="雁丘镇公共法律服务热线值守", dept=DEPT, title="",
                 unit="砚川县雁丘镇司法所", money=wan(total, 22, 6),
                 goals=("热线值守全年不间断，接听群众法律咨询不少于300人次。",))  # fmt: skip
    count = mk("≥300人次", "T105", "error", note="an 答复率 given as a count")
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "热线接听法律咨询人次", "≥300人次"),
        (None, "质量指标", "法律咨询接待答复率", count),
        (None, "时效指标", "来电咨询回复时限", "≤24小时"),
        (None, "成本指标", "热线值守人均补助", "≤1200元/人·月"),
        ("效益指标", "社会效益指标", "群众法律咨询便利度提升", "提升"),
        ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邬青禾", "0795-5277360")
    return b

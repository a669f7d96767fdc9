"""Returns by01–by06: 水碓 (water-powered trip-hammer) mills restored for rural tourism."""

from __future__ import annotations

from tests.variants.holdout535.common import YEAR, funds, project, sign, start, table, w
from tests.variants.holdout535.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "by01-hammer-percent-cells",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the format (correct)",
)
def by01() -> Book:
    b, s = start()
    project(
        s,
        "石臼坪村水碓群修复与舂米体验项目",
        "桐澜县漾溪镇人民政府",
        funds((w(86.4), w(70), w(16.4))),
        ["2025年修复石臼坪村水碓8座，疏浚引水渠，开设舂米体验，年接待研学游客1.5万人次以上。"],
    )
    rows = [
        ("产出指标", "数量指标", "修复水碓座数", "≥", 8, "座"),
        (None, None, "疏浚引水渠长度", "≥", 1.2, "公里"),
        (None, "质量指标", "修复工程验收合格率", "≥", pct(0.95), "%"),
        (None, None, "水碓舂米演示正常运转率", "≥", pct(0.9), "%"),
        (None, "时效指标", "修复工期", "≤", 150, "天"),
        (None, "成本指标", "单座水碓修复成本", "≤", 6.5, "万元/座"),
        ("效益指标", "经济效益指标", "带动村民经营性收入", "≥", 30, "万元"),
        (None, "社会效益指标", "年接待研学游客", "≥", 1.5, "万人次"),
        (None, "可持续影响指标", "水碓日常管护制度", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
        (None, None, "村民满意度", "≥", pct(0.88), "%"),
    ]
    table(s, OP_HEAD, rows)
    sign(s, "柯晓岚", "0797-6231408", day(YEAR - 1, 12, 2, CN_DATE))
    return b


@variant(
    "by02-hammer-percent-wrong",
    (1, 12),
    "project, OLD-NAT, operator column, a typed percent over 100, annual money not adding up",
)
def by02() -> Book:
    b, s = start()
    total = mk(
        w(120),
        "B101",
        "error",
        note="年度资金 120 ≠ 财政拨款 95 + 其他资金 20（中期列 100 + 20 = 120 成立）",
    )
    project(
        s,
        "鹤垄村水碓作坊及舂米体验馆修缮项目",
        "桐澜县鹤垄村民委员会",
        funds((w(120), w(100), w(20)), (total, w(95), w(20))),
        ["2025年修缮鹤垄村水碓作坊3处、建成舂米体验馆1座，全年开放不少于300天。"],
    )
    over = mk(pct(1.05), "T106", "error", row=True, note="合格率以 100% 为上限，105% 不可能")
    rows = [
        ("产出指标", "数量指标", "修缮水碓作坊处数", "≥", 3, "处"),
        (None, None, "建成舂米体验馆", "=", 1, "座"),
        (None, "质量指标", "修缮工程验收合格率", "≥", over, "%"),
        (None, "时效指标", "体验馆年开放天数", "≥", 300, "天"),
        (None, "成本指标", "体验馆建设成本", "≤", 45, "万元"),
        ("效益指标", "社会效益指标", "年接待游客", "≥", 2, "万人次"),
        (None, "经济效益指标", "作坊舂米产品销售收入", "≥", 12, "万元"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ]
    table(s, OP_HEAD, rows)
    return b


@variant(
    "by03-hammer-points-labels",
    (5, 10),
    "project, NAT-2021, numbered labels with points, indicator points, 百分点 (correct)",
)
def by03() -> Book:
    b, s = start()
    project(
        s,
        "漾溪古水碓复建及传统工艺传承项目",
        "桐澜县漾溪镇文化站",
        funds((w(60), w(50), w(10))),
        ["2025年复建漾溪古水碓5座，培训传统水碓工匠40人，带动沿溪民宿入住率提升。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "分值")
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "1.复建水碓座数", "≥5座", 10),
        (None, None, "2.培训传统水碓工匠", "≥40人", 10),
        (None, "（二）质量指标", "3.复建工程验收合格率", "≥95%", 10),
        (None, "（三）时效指标", "4.复建工程按期完工率", "=100%", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.单座水碓复建成本", "≤9万元/座", 10),
        (None, None, "6.工匠培训人均成本", "≤0.12万元/人", 10),
        (
            "三、效益指标（30分）",
            "（一）经济效益指标",
            "7.沿溪民宿入住率较上年提高",
            "≥5百分点",
            10,
        ),
        (None, "（二）社会效益指标", "8.年接待研学学生", "≥6000人次", 10),
        (None, "（三）可持续影响指标", "9.水碓复建后持续运营年限", "≥10年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "10.游客满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]
    table(s, head, rows)
    return b


@variant(
    "by04-hammer-direction",
    (11,),
    "project, OLD-NAT, operators in words in their own column, three against the direction",
)
def by04() -> Book:
    b, s = start()
    project(
        s,
        "洄溪水碓研学基地运维项目",
        "桐澜县洄溪乡人民政府",
        funds((w(28), w(28), w(0))),
        ["2025年保障洄溪水碓研学基地正常运转，水碓设施完好，研学课程持续开设。"],
    )
    note = "反向指标（故障率）应为小于等于"
    rows = [
        (
            "产出指标",
            "数量指标",
            "研学体验人次",
            mk("小于等于", "T108", "warning", row=True, note="正向数量写成小于等于"),
            8000,
            "人次",
        ),
        (None, None, "维护水碓座数", "大于等于", 6, "座"),
        (
            None,
            "质量指标",
            "水碓停摆故障率",
            mk("大于等于", "T108", "warning", row=True, note=note),
            3,
            "%",
        ),
        (None, "时效指标", "故障修复响应时间", "小于等于", 48, "小时"),
        (
            None,
            "成本指标",
            "单次维修成本",
            mk("等于", "T108", "warning", row=True, note="成本上限写成等于"),
            0.8,
            "万元/次",
        ),
        ("效益指标", "社会效益指标", "研学课程开设门数", "大于等于", 8, "门"),
        ("满意度指标", "服务对象满意度指标", "研学学生满意度", "大于等于", 90, "%"),
    ]
    table(s, OP_HEAD, rows)
    return b


PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "绩效目标值（中期）", "绩效目标值（年度）")


@variant(
    "by05-hammer-three-years",
    (8, 7),
    "three-year project, NAT-2021, 中期 and 年度 columns under 绩效目标值 (correct)",
)
def by05() -> Book:
    b, s = start()
    goals = [
        "2025—2027年修复漾溪流域水碓12座及引水堰6处，形成水碓文化游线，累计接待游客9万人次。",
        "2025年修复水碓4座、引水堰2处，开放首段游线，接待游客2.5万人次。",
    ]
    project(
        s,
        "漾溪流域水碓文化游线建设项目",
        "桐澜县文化馆",
        funds((w(300), w(240), w(60)), (w(110), w(90), w(20))),
        goals,
        years=3,
        attr="新增项目",
    )
    rows = [
        ("成本指标", "经济成本指标", "单座水碓修复成本", "≤15万元/座", "≤15万元/座"),
        ("产出指标", "数量指标", "修复水碓座数", "≥12座", "≥4座"),
        (None, None, "修复水碓引水堰", "≥6处", "≥2处"),
        (None, "质量指标", "修复工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "修复任务完成时间", "2027年11月30日前", "2025年11月30日前"),
        ("效益指标", "经济效益指标", "水碓游线带动村集体增收", "≥60万元", "≥15万元"),
        (None, "社会效益指标", "累计接待游客", "≥9万人次", "≥2.5万人次"),
        (None, "生态效益指标", "引水渠沿线水质达标率", "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥88%"),
    ]
    table(s, PERIOD_HEAD, rows)
    return b


@variant(
    "by06-hammer-copied-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: goal text and a count copied, "
    "an annual count above its period count",
)
def by06() -> Book:
    b, s = start()
    goal = "修复古道沿线水碓15座，建成水碓文化古道，培训讲解员，带动古道沿线乡村旅游。"
    same = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(
        s,
        "桐澜县水碓古道连片修复项目",
        "桐澜县文化和旅游局",
        funds((w(450), w(360), w(90)), (w(150), w(120), w(30))),
        [goal, same],
        years=3,
        attr="新增项目",
    )
    copied = mk("≥15座", "D202", "warning", note="三年累计座数原样抄到年度列")
    above = mk("≥45人", "D201", "error", note="年度培训人数 45 大于实施期 30")
    rows = [
        ("成本指标", "经济成本指标", "单座水碓修复成本", "≤8万元/座", "≤8万元/座"),
        ("产出指标", "数量指标", "修复古道沿线水碓座数", "≥15座", copied),
        (None, None, "培训水碓讲解员", "≥30人", above),
        (None, "质量指标", "修复工程验收合格率", "≥95%", "≥95%"),
        ("效益指标", "社会效益指标", "累计接待游客", "≥12万人次", "≥4万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ]
    table(s, PERIOD_HEAD, rows)
    return b

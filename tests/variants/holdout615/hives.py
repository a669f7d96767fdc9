"""中华蜂 (Chinese honeybee) pollination returns: fa01–fa06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout615.common import (
    PERIOD5,
    book,
    indicators,
    one_year,
    period,
    project,
    sign,
    wan,
)
from tests.variants.holdout615.registry import variant
from tests.variants.kit import Book, day, mk, pct

CENTRE = "岩沟县蜂业发展服务中心"


@variant("fa01-oil-tea-hive-points", (1, 5, 10),
         "project, NAT-2021, numbered tier labels with points, operator and unit columns, "
         "indicator points, typed percent cells, a rate raised in 百分点 (correct)")  # fmt: skip
def fa01() -> Book:
    b, s = book()
    project(s, "油茶基地中华蜂授粉服务补助", CENTRE, one_year(90, 80, 10),
            ["组织中华蜂授粉蜂群600群（其中油茶基地400群、猕猴桃基地200群），"
             "服务花期果园4500亩，提高坐果率，带动蜂农增收。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "分值")
    indicators(s, head, [
        ("一、产出指标（50分）", "（一）数量指标", "授粉蜂群数量", "≥", 600, "群", 15),
        (None, None, "服务油茶、猕猴桃基地面积", "≥", 4500, "亩", 10),
        (None, "（二）质量指标", "蜂群健康检疫合格率", "≥", pct(0.98), "%", 10),
        (None, "（三）时效指标", "蜂群花期进场及时率", "≥", pct(0.95), "%", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "蜂群租赁补助标准", "≤", 1200, "元/群", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "油茶坐果率提高", "≥", 5, "百分点", 10),
        (None, "（二）生态效益指标", "化学授粉剂使用量下降率", "≥", 20, "%", 10),
        (None, "（三）可持续影响指标", "授粉服务合作社持续运营年限", "≥", 3, "年", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "种植户满意度", "≥", pct(0.9), "%",
         10),
        ("合计", "", None, None, None, None, 100),
    ])  # fmt: skip
    sign(s, "陶明远", "0835-6612047", day(2024, 11, 26))
    return b


@variant("fa02-pear-hive-goal-mismatch", (7,),
         "project, NAT-2021, header 绩效标准: a count and a deadline unlike the goal's, "
         "one indicator twice with a word more")  # fmt: skip
def fa02() -> Book:
    b, s = book()
    project(s, "梨桃园中华蜂授粉服务", CENTRE, one_year(70, 60, 10),
            ["2025年组织中华蜂授粉蜂群800群，服务梨园、桃园6000亩，"
             "9月30日前完成全部授粉服务结算。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效标准"), [
        ("产出指标", "数量指标", "授粉蜂群数量",
         mk("≥600群", "D104", "warning", row=True, note="年度目标写组织授粉蜂群800群")),
        (None, None, "服务梨园、桃园面积", "≥6000亩"),
        (None, "质量指标", "授粉蜂群检疫合格率", "≥95%"),
        (None, None, "授粉期蜂群损失率", "≤5%"),
        (None, None, mk("授粉蜂群健康检疫合格率", "D103", "warning", row=True,
                        alt=("D101", "D102"), note="与上两行的检疫合格率是同一指标"), "≥95%"),
        (None, "时效指标", "授粉服务结算完成时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("D104",),
            note="一年期项目的期限落在2026年；年度目标写9月30日前")),
        ("成本指标", "经济成本指标", "蜂群租赁补助标准", "≤800元/群"),
        ("效益指标", "经济效益指标", "梨果亩均增产", "≥50公斤"),
        (None, "生态效益指标", "果园人工授粉用工减少", "≥3000工日"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa03-hive-demo-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns, the period's counts above the "
         "year's, a later year the work prepares for (correct)")  # fmt: skip
def fa03() -> Book:
    b, s = book()
    project(s, "中华蜂授粉示范场建设", CENTRE, period((150, 120, 30), (60, 50, 10)), [
        "2025年—2027年建设中华蜂授粉示范场3个，累计提供授粉服务3000群次，"
        "形成可复制的授粉服务模式，为2028年在全县推广积累技术数据。",
        "2025年建成中华蜂授粉示范场1个，提供授粉服务1000群次，蜂群越冬存活率达到90%以上。",
    ], years=3, attr="新增项目")  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "授粉示范场建设数量", "≥3个", "≥1个"),
        (None, None, "授粉服务蜂群", "≥3000群次", "≥1000群次"),
        (None, "质量指标", "蜂群越冬存活率", "≥90%", "≥90%"),
        (None, "时效指标", "示范场建成时间", "2027年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "示范场建设补助标准", "≤30万元/个", "≤30万元/个"),
        ("效益指标", "经济效益指标", "示范场蜂产品销售收入", "≥180万元", "≥60万元"),
        (None, "可持续影响指标", "授粉技术规程编制数量", "≥2项", "≥1项"),
        ("满意度指标", "服务对象满意度指标", "合作种植户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa04-hive-breeding-period-copy", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: 中期目标 copied into 年度目标, "
         "a year's count above the period's")  # fmt: skip
def fa04() -> Book:
    b, s = book()
    goal = "建设中华蜂良种繁育场，开展蜂农技术培训，推广活框饲养，提升授粉服务能力。"
    project(s, "中华蜂良种繁育与蜂农培训", CENTRE, period((120, 100, 20), (70, 60, 10)), [
        goal, mk(goal, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同"),
    ], years=2)  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "良种繁育场建设数量", "≥2个", "≥1个"),
        (None, None, "蜂农技术培训人数", "≥250人",
         mk("≥300人", "D201", "error", note="年度300人超过两年的250人")),
        (None, None, "推广活框饲养中华蜂", "≥2000群", "≥800群"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "首个繁育场建成时间", "2026年9月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "蜂农培训人均成本", "≤800元/人", "≤800元/人"),
        ("效益指标", "经济效益指标", "参训蜂农户均增收", "≥3000元", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "参训蜂农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("fa05-hive-centre-flat", (3, 1),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed "
         "percent cells, a 0起 incident count, weights add to 100 (correct)")  # fmt: skip
def fa05() -> Book:
    b, s = book()
    department_head(s, year=2025, dept=CENTRE,
                    budget=[(wan(380), wan(350), wan(30), wan(230), wan(150))], tasks=[
        ("中华蜂授粉服务", "组织授粉蜂群进园服务", wan(90), "授粉蜂群≥600群"),
        ("蜂病防控", "囊状幼虫病监测与防治", wan(40), "监测蜂场≥120个"),
        ("蜂农技术培训", "活框饲养与授粉技术培训", wan(20), "培训蜂农≥200人"),
        ("金额合计", None, wan(150), None),
    ], goal="组织授粉蜂群600群，监测蜂场120个，培训蜂农200人，保障果园授粉。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        (1, "授粉蜂群数量", 15, "群", "≥", 600),
        (2, "监测蜂场数量", 10, "个", "≥", 120),
        (3, "培训蜂农人数", 10, "人", "≥", 200),
        (4, "蜂病监测覆盖率", 10, "%", "≥", pct(0.95)),
        (5, "蜂群病害发生率", 10, "%", "≤", pct(0.05)),
        (6, "农药致蜂群中毒事件", 10, "起", "≤", 0),
        (7, "授粉服务及时率", 10, "%", "≥", pct(0.95)),
        (8, "授粉果园增产率", 10, "%", "≥", pct(0.08)),
        (9, "服务对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("fa06-kiwi-hive-money", (12, 1),
         "project, OLD-NAT, operator and unit columns: the money total not the sum of its "
         "parts, a unit cost × count above the money, a coverage rate given in 户")  # fmt: skip
def fa06() -> Book:
    b, s = book()
    total = mk(wan(85), "B101", "error", note="财政拨款70 + 其他资金10 = 80")
    project(
        s,
        "猕猴桃园中华蜂蜂箱补助",
        CENTRE,
        one_year(total, 70, 10),
        ["为栗川镇猕猴桃园补助中华蜂蜂箱2000箱，开展授粉服务，培训蜂农120户。"],
    )
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "补助中华蜂蜂箱数量", "≥", 2000, "箱"),
        (None, None, "授粉服务猕猴桃园面积", "≥", 3000, "亩"),
        (None, "质量指标", "蜂箱验收合格率", "≥", 98, "%"),
        (None, None, "蜂农技术培训覆盖率", "≥",
         mk(120, "T105", "error", row=True, alt=("T112",), note="覆盖率写成120户"), "户"),
        (None, "时效指标", "蜂箱发放及时率", "≥", 95, "%"),
        (None, "成本指标", "蜂箱购置补助标准", "≤",
         mk(500, "B107", "warning", row=True, note="500元/箱 × 2000箱 = 100万元，超过85万元"),
         "元/箱"),
        ("效益指标", "经济效益指标", "猕猴桃亩均增产", "≥", 60, "公斤"),
        (None, "社会效益指标", "带动蜂农户数", "≥", 120, "户"),
        ("满意度指标", "服务对象满意度指标", "果农满意度", "≥", 90, "%"),
    ])  # fmt: skip
    return b

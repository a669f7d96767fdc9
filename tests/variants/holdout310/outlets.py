"""Postal half: 邮政普遍服务 and 邮政网点改造 (th01–th06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout310.common import (
    indicators,
    multi_year,
    notes,
    one_year,
    signature,
    start,
    two_row_header,
    wan,
)
from tests.variants.holdout310.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct


@variant(
    "th01-outlet-ageing",
    (1, 7),
    "project, NAT-2021, operator column 指标性质, unit "
    "column, header 绩效目标值, percent cells typed in Excel (correct)",
)
def outlet_ageing() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="乡镇邮政网点适老化改造",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        money=one_year(wan(186), wan(150), wan(36)),
        goals=["完成30个乡镇邮政网点适老化改造，配齐无障碍设施和助老服务设备。"],
        attr="新增项目",
    )
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值", "计量单位")
    indicators(s, [
        ("成本指标", "经济成本指标", "单个网点适老化改造成本", "≤", money(6.2), "万元/个"),
        ("产出指标", "数量指标", "完成适老化改造的乡镇网点数", "≥", 30, "个"),
        (None, "质量指标", "改造工程验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "改造工程完工时间", "≤", day(2025, 10, 31, CN_DATE), None),
        ("效益指标", "社会效益指标", "改造网点无障碍设施配备率", "≥", pct(0.95), "%"),
        (None, "可持续影响指标", "改造设施持续使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "老年用户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "th02-universal-service",
    (1, 11),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "operators inside the values: a typed 105% on a 通邮率, a 差错率 with ≥",
)
def universal_service() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="邮政普遍服务补助（建制村直接通邮巩固）",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        money=one_year(wan(88), wan(88), wan(0)),
        goals=["巩固全县412个建制村直接通邮成果，保障农村邮件、报刊按频次投递。"],
    )
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    rate = mk(pct(1.05), "T106", "error", note="通邮率上限为100%，105%不可能")
    wrong = mk("≥0.3%", "T108", "warning", row=True, note="差错率是反向指标，应为≤0.3%")
    indicators(s, [
        ("产出指标", "数量指标", "建制村邮件投递覆盖数", "≥412个"),
        (None, None, "建制村每周投递频次", "≥5次"),
        (None, "质量指标", "建制村直接通邮率", rate),
        (None, None, "邮件投递差错率", wrong),
        (None, "时效指标", "党报党刊当日投递及时率", "≥95%"),
        (None, "成本指标", "单个建制村年度投递补助", "≤0.2万元/个"),
        ("效益指标", "社会效益指标", "农村群众用邮便利度", "提高"),
        (None, "可持续影响指标", "农村投递长效保障机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "农村用邮群众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th03-postal-bureau",
    (4, 12),
    "department, NAT-2021, budget and key tasks adding up, "
    "an instruction row inside the table, 注 and 填表说明 below, signature lines (correct)",
)
def postal_bureau() -> Book:
    b, s = start()
    department_head(s, year=2025, dept="桐岭县邮政管理局",
                    budget=[(money(412.6), money(380.6), money(32), money(262.6), money(150))],
                    goal="保障全县邮政普遍服务，推进快递进村，守住寄递渠道安全底线。", tasks=[
        ("邮政普遍服务监督检查", "检查全县41个邮政网点服务质量", money(58), "普遍服务达标"),
        ("快递进村推进", "支持村级寄递物流综合服务站建设", money(64), "建制村快递服务全覆盖"),
        ("寄递渠道安全监管", "寄递企业安全检查与实名收寄抽检", money(28), "不发生重大事故"),
        ("金额合计", None, money(150), None),
    ])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.row("（填表时删除本行）指标值须写明比较符、数值和计量单位", merge=[(1, 4)])
    indicators(s, [
        ("产出指标", "数量指标", "邮政网点服务质量检查覆盖数", "≥41个"),
        (None, None, "寄递企业安全检查次数", "≥24次"),
        (None, "质量指标", "实名收寄抽检合格率", "≥98%"),
        (None, "时效指标", "用户申诉处理及时率", "=100%"),
        ("成本指标", "经济成本指标", "单个网点检查经费", "≤0.5万元/个"),
        ("效益指标", "社会效益指标", "重大寄递安全事故", "0起"),
        (None, None, "快递服务用户申诉率下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "寄递用户满意度", "≥88%"),
    ])  # fmt: skip
    notes(s, [
        "注：1.“重大寄递安全事故 0起”指全年不发生；2.申诉率下降率按与上年相比计算。",
        "填表说明：本表随部门预算一并报送，金额单位为万元。",
    ], width=4)  # fmt: skip
    signature(s, "程岚舟", "0736-4218859", day(2024, 11, 20, CN_DATE))
    return b


@variant(
    "th04-outlets-stacked",
    (2, 12),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column: a 合格率 given as a count, the second project's money not adding up",
)
def outlets_stacked() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="乡镇邮政网点标识更新",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        money=one_year(wan(54), wan(45), wan(9)),
        goals=["更新36个乡镇邮政网点门头和营业厅标识，统一服务形象。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    count = mk("18个", "T105", "error", note="合格率写成了个数")
    indicators(s, [
        ("产出指标", "数量指标", "更新标识的邮政网点数", "≥36个"),
        (None, "质量指标", "标识安装验收合格率", count),
        (None, "时效指标", "标识更新完成时间", "2025年9月30日前"),
        (None, "成本指标", "单个网点标识更新费用", "≤1.5万元/个"),
        ("效益指标", "社会效益指标", "邮政网点辨识度", "提高"),
        ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(96), "B101", "error", row=True, note="财政拨款 80 + 其他资金 10 = 90，不是 96")
    project_head(
        s,
        year=2025,
        name="农村邮政网点租金补助",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        money=one_year(total, wan(80), wan(10)),
        title="",
        goals=["为16个农村邮政网点提供租金补助，保障网点持续开办。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("产出指标", "数量指标", "享受租金补助的农村邮政网点数", "≥16个"),
        (None, "质量指标", "补助资金拨付准确率", "=100%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        (None, "成本指标", "单个网点年度租金补助", "≤5万元/个"),
        ("效益指标", "可持续影响指标", "农村邮政网点持续开办率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "网点承办人员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th05-network-two-year",
    (8,),
    "two-year project, NAT-2021, a two-row header "
    "指标值 over 中期 and 年度, annual counts below the period ones (correct)",
)
def network_two_year() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="邮政网点标准化改造（2025—2026年）",
        dept="芦汀县邮政管理局（318004）",
        unit="芦汀县邮政分公司",
        attr="新增项目",
        money=multi_year((wan(420), wan(360), wan(60)), (wan(220), wan(190), wan(30))),
        goals=[
            "两年内完成全县40个邮政网点标准化改造，网点服务功能全部达标。",
            "2025年完成首批20个网点改造，更新40台自助服务终端。",
        ],
    )
    two_row_header(s, ("一级指标", "二级指标", "三级指标"), "指标值", ("中期", "年度"))
    indicators(s, [
        ("成本指标", "经济成本指标", "单个网点标准化改造成本", "≤10.5万元/个", "≤10.5万元/个"),
        ("产出指标", "数量指标", "完成标准化改造的邮政网点数", "≥40个", "≥20个"),
        (None, None, "更新自助服务终端台数", "≥80台", "≥40台"),
        (None, "质量指标", "改造工程验收合格率", "100%", "100%"),
        (None, "时效指标", "改造任务完成时间", "2026年11月30日前", "2025年12月15日前"),
        ("效益指标", "社会效益指标", "网点综合服务功能达标率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "改造网点持续运营年限", "≥8年", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "网点服务群众满意度", "≥92%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "th06-outlet-template-rows",
    (5, 6, 13),
    "project, NAT-2021, numbered tier labels with "
    "points, header 预期目标: a 时效 row left from the template, a value without a name",
)
def outlet_template_rows() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="乡镇邮政网点服务能力提升",
        dept="桐岭县邮政管理局（318011）",
        unit="桐岭县邮政分公司",
        money=one_year(wan(64), wan(60), wan(4)),
        goals=["提升16个乡镇邮政网点服务能力，配备智能包裹柜，规范网点服务。"],
    )
    s.row("一级指标", "二级指标", "三级指标", "预期目标")
    empty = mk("（三）时效指标", "F109", "warning", row=True, note="模板行未填写三级指标和指标值")
    nameless = mk(None, "F110", "error", note="填了≥92%，却没有三级指标名称")
    indicators(s, [
        ("一、产出指标（50分）", "（一）数量指标", "提升服务能力的乡镇网点数", "≥16个"),
        (None, None, "配备智能包裹柜组数", "≥16组"),
        (None, "（二）质量指标", "网点服务规范达标率", "≥95%"),
        (None, empty, None, None),
        ("二、成本指标（10分）", "（一）经济成本指标", "单个网点提升改造成本", "≤4万元/个"),
        ("三、效益指标（30分）", "（一）社会效益指标", "乡镇网点日均办理业务量", "≥120笔"),
        (None, None, nameless, "≥92%"),
        (None, "（二）可持续影响指标", "网点服务规范长效机制", "建立并执行"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "网点服务群众满意度", "≥90%"),
    ])  # fmt: skip
    return b

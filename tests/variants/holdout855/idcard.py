"""ID card processing: acceptance, production and issue of 居民身份证 (kgg01–kgg06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout855.common import (
    HEAD,
    HEAD2,
    budget,
    indicators,
    multi_year,
    one_year,
    start,
    tasks,
    wan,
)
from tests.variants.holdout855.registry import variant
from tests.variants.kit import Book, mk, pct


@variant(
    "kgg01-idcard-percent-cells",
    (1, 7),
    "project, NAT-2021, headers 指标内容 and 绩效标准, operator and unit columns, "
    "percents typed in Excel (correct)",
)
def idcard_percent_cells() -> Book:
    b, s = start()
    goal = (
        "全年受理居民身份证申领、换领、补领约21000张，其中首次申领6500张；"
        "证件制作合格率不低于99.5%，办证群众满意度95%以上。"
    )
    project_head(
        s,
        year=2026,
        name="居民身份证受理制证专项经费",
        dept="汀苇县公安局（318001）",
        unit="汀苇县公安局户政管理大队",
        money=one_year(86, 86, 0),
        goals=[goal],
    )
    rows = [
        ("成本指标", "经济成本指标", "身份证制证单位成本", "≤", 38, "元/张"),
        ("产出指标", "数量指标", "受理身份证申领数量", "≥", 21000, "张"),
        (None, None, "其中：首次申领受理数量", "≥", 6500, "张"),
        (None, "质量指标", "证件制作合格率", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "证件信息差错率", "≤", pct(0.001, "0.0%"), "%"),
        (None, "时效指标", "受理至发证平均时限", "≤", 15, "个工作日"),
        ("效益指标", "社会效益指标", "异地受理业务覆盖率", "=", pct(1), "%"),
        (None, "可持续影响指标", "制证数据安全事件", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "办证群众满意度", "≥", pct(0.95), "%"),
    ]  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    indicators(s, head, rows)
    return b


@variant(
    "kgg02-idcard-goal-money",
    (12,),
    "project, OLD-NAT, one value column: money parts off their total, a count the goal states "
    "otherwise, a unit cost × count above the money",
)
def idcard_goal_money() -> Book:
    b, s = start()
    total = mk(wan(50), "B101", "error", note="财政拨款40 + 其他资金5 = 45，与资金总额50不符")
    goal = (
        "全年为辖区群众免费换领到期居民身份证12000张，办理临时居民身份证2000张，证件合格率99%以上。"
    )
    project_head(
        s,
        year=2026,
        name="到期居民身份证免费换领补助",
        dept="棠舟县公安局（402017）",
        unit="棠舟县公安局户政管理大队",
        money=one_year(total, 40, 5),
        goals=[goal],
    )
    count = mk("≥15000张", "D104", "warning", row=True, note="年度目标写换领12000张")
    cost = mk(
        "≤40元/张",
        "B107",
        "warning",
        row=True,
        note="40元/张 × 15000张 = 60万元，超过项目资金50万元",
    )
    rows = [
        ("产出指标", "数量指标", "免费换领身份证数量", count),
        (None, None, "临时居民身份证办理数量", "≥2000张"),
        (None, "质量指标", "证件制作合格率", "≥99%"),
        (None, "时效指标", "换领证件发放及时率", "≥95%"),
        (None, "成本指标", "换领证件单位制证成本", cost),
        ("效益指标", "社会效益指标", "群众换领证件跑动次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "换领群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b


@variant(
    "kgg03-idcard-terminals-multiyear",
    (8, 1, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, "
    "a rate raised in 百分点, a 下降率 with ≥, a later year the work prepares for (correct)",
)
def idcard_terminals_multiyear() -> Book:
    b, s = start()
    goals = [
        "2026年—2028年在全区14个派出所布设身份证自助办证一体机60台，实现自助受理、自助领证，"
        "为2029年全市推广积累经验。",
        "2026年在8个派出所布设自助办证一体机20台，自助办证业务占比提高5个百分点以上。",
    ]
    project_head(
        s,
        year=2026,
        name="身份证自助办证一体机布设项目",
        dept="榆湾区公安分局（207003）",
        unit="榆湾区公安分局户政科",
        money=multi_year((270, 270, 0), (95, 95, 0)),
        goals=goals,
        years=3,
        attr="新增项目",
    )
    rows = [
        ("成本指标", "经济成本指标", "一体机单台采购成本", "≤4.5万元/台", "≤4.5万元/台"),
        ("产出指标", "数量指标", "布设自助办证一体机数量", "≥60台", "≥20台"),
        (None, None, "覆盖派出所数量", "≥14个", "≥8个"),
        (None, "质量指标", "设备验收合格率", pct(1), pct(1)),
        (None, "时效指标", "布设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("效益指标", "社会效益指标", "自助办证业务占比", "提高≥15百分点", "提高≥5百分点"),
        (None, None, "窗口排队时长下降率", "≥30%", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "自助办证群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD2, rows)
    return b


@variant(
    "kgg04-idcard-crossprov-multiyear",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, a year's "
    "count above the period's, the same indicator twice with a word less",
)
def idcard_crossprov_multiyear() -> Book:
    b, s = start()
    text = "建成身份证跨省通办受理窗口，实现跨省首次申领、换领、补领全覆盖，办证群众满意度90%以上。"
    copied = mk(text, "D204", "warning", note="两年期项目，年度目标与中期目标逐字相同")
    project_head(
        s,
        year=2026,
        name="居民身份证跨省通办能力提升项目",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=multi_year((160, 150, 10), (80, 75, 5)),
        goals=[text, copied],
        years=2,
    )
    above = mk("≥30个", "D201", "error", note="年度30个大于实施期24个")
    twin = mk(
        "临时身份证办理数量",
        "D103",
        "warning",
        row=True,
        alt=("D101", "D102"),
        note="与上一行“临时居民身份证办理数量”是同一指标",
    )
    rows = [
        ("产出指标", "数量指标", "跨省通办受理窗口数量", "≥24个", above),
        (None, None, "跨省通办受理证件数量", "≥36000张", "≥18000张"),
        (None, None, "临时居民身份证办理数量", "≥4000张", "≥2000张"),
        (None, None, twin, "≥4000张", "≥2500张"),
        (None, "质量指标", "跨省通办证件合格率", "≥99%", "≥99%"),
        (None, "时效指标", "跨省证件平均制发时限", "≤20个工作日", "≤20个工作日"),
        ("成本指标", "经济成本指标", "受理窗口改造单位成本", "≤2.5万元/个", "≤2.5万元/个"),
        ("效益指标", "社会效益指标", "群众跨省办证往返次数", "≤1次", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "跨省办证群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD2, rows)
    return b


@variant(
    "kgg05-idcard-flat-department",
    (3, 1, 4),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), percents "
    "typed in Excel, 0起 on an incident count, weights add to 100 with a 合计 row (correct)",
)
def idcard_flat_department() -> Book:
    b, s = start()
    work = [
        ("身份证受理制证", "居民身份证受理、制证、发放", 66, "全年受理20000张"),
        ("户籍档案管理", "户籍纸质档案整理与补录", 38, "档案规范整理"),
        ("流动人口服务", "居住登记与居住证办理", 40, "居住证按时制发"),
    ]
    department_head(
        s,
        year=2026,
        dept="汀苇县公安局户政管理大队",
        budget=budget(412.6, 400.6, 12, 268.6, 144),
        goal="全年受理居民身份证20000张、户口迁移业务8500件，户籍业务零泄密，群众满意度95%以上。",
        tasks=tasks(work, 144),
    )
    rows = [
        ("居民身份证受理量", 15, "张", "≥", 20000),
        ("户口迁移业务办理量", 10, "件", "≥", 8500),
        ("证件制作合格率", 15, "%", "≥", pct(0.995, "0.0%")),
        ("错证率", 10, "%", "≤", pct(0.002, "0.0%")),
        ("户籍业务办结时限", 10, "个工作日", "≤", 5),
        ("户籍信息泄露事件", 10, "起", "=", 0),
        ("户籍业务系统可用率", 10, "%", "≥", pct(0.99)),
        ("群众办事满意度", 20, "%", "≥", pct(0.95)),
        ("合计", 100, None, None, None),
    ]  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), rows, merged=())
    return b


@variant(
    "kgg06-idcard-department-numbered",
    (12, 5),
    "department, NAT-2021, numbered tier labels (一、产出指标, （一）数量指标): key tasks off "
    "their 金额合计, a deadline left over from last year",
)
def idcard_department_numbered() -> Book:
    b, s = start()
    work = [
        ("身份证制证发放", "居民身份证制证、邮寄发放", 52, "全年发放16000张"),
        ("户籍档案整理", "纸质户籍档案整理装订", 30, "整理档案9000卷"),
        ("上门办证服务", "为行动不便群众上门办证", 38, "应办尽办"),
    ]
    closing = mk(wan(126), "B102", "error", note="52 + 30 + 38 = 120，与金额合计126不符")
    department_head(
        s,
        year=2026,
        dept="棠舟县公安局户政治安管理大队",
        budget=budget(356, 340, 16, 230, 126),
        goal="全年发放居民身份证16000张，整理户籍纸质档案9000卷，群众满意度92%以上。",
        tasks=tasks(work, closing),
    )
    late = mk(
        "2025年12月31日前",
        "Y102",
        "error",
        alt=("Y103", "Y101"),
        note="2026年度的表，期限却在2025年底：上年遗留",
    )
    rows = [
        ("一、产出指标", "（一）数量指标", "身份证制证发放数量", "≥16000张"),
        (None, None, "户籍纸质档案整理卷数", "≥9000卷"),
        (None, "（二）质量指标", "证件发放差错率", "≤0.1%"),
        (None, "（三）时效指标", "户籍档案整理完成时间", late),
        (None, None, "证件受理至发放时限", "≤20个工作日"),
        ("二、成本指标", "（一）经济成本指标", "档案整理单位成本", "≤30元/卷"),
        ("三、效益指标", "（一）社会效益指标", "户籍业务一次办结率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "办证群众满意度", "≥92%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b

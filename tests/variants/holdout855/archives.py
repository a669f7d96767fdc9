"""Archives digitization at police stations: 派出所户籍档案数字化 and archive rooms
(kgg13–kgg18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout855.common import (
    HEAD,
    HEAD2,
    budget,
    indicators,
    multi_year,
    note,
    one_year,
    sign,
    start,
    tasks,
    wan,
)
from tests.variants.holdout855.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

EXPORT = ("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
SCAN = ("318001", "31800126A0011", "户籍档案数字化加工")
ROOM = ("318001", "31800126A0012", "户籍档案库房改造")


@variant(
    "kgg13-archive-budget-export",
    (7, 9, 12),
    "budget-system export: sheets 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, header "
    "on the third row, codes in the first columns, tiers repeated, =100% kept as text (correct)",
)
def archive_budget_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    s.title("2026年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    fmt = "#,##0.00"
    for code, name, total, fiscal, other in (
        ("31800126A0011", "户籍档案数字化加工", 120, 120, 0),
        ("31800126A0012", "户籍档案库房改造", 45, 40, 5),
    ):
        s.row(
            "318001", "汀苇县公安局", code, name, *(money(v, fmt) for v in (total, fiscal, other))
        )
    s.row("合计", None, None, None, money(165, fmt), money(160, fmt), money(5, fmt))
    s = b.sheet("部门项目支出绩效目标05-2", (10, 16, 20, 12, 16, 26, 18))
    s.title("2026年部门项目支出绩效目标表", 7)
    s.row("单位：汀苇县公安局")
    rows = [
        (*SCAN, "产出指标", "数量指标", "档案数字化加工页数", "≥1800000页"),
        (*SCAN, "产出指标", "数量指标", "覆盖派出所数量", "≥12个"),
        (*SCAN, "产出指标", "质量指标", "数字化图像合格率", "=100%"),
        (*SCAN, "产出指标", "时效指标", "加工任务完成时间", "2026年11月30日前"),
        (*SCAN, "成本指标", "经济成本指标", "档案数字化单价", "≤0.6元/页"),
        (*SCAN, "效益指标", "社会效益指标", "户籍档案调阅平均用时", "≤10分钟"),
        (*SCAN, "满意度指标", "服务对象满意度指标", "调档群众满意度", "≥90%"),
        (*ROOM, "产出指标", "数量指标", "库房改造面积", "≥320平方米"),
        (*ROOM, "产出指标", "质量指标", "改造工程验收合格率", pct(1)),
        (*ROOM, "产出指标", "时效指标", "改造工程完工时间", "2026年8月31日前"),
        (*ROOM, "成本指标", "经济成本指标", "库房改造单位成本", "≤1200元/平方米"),
        (*ROOM, "效益指标", "可持续影响指标", "库房防潮防火达标情况", "达标"),
        (*ROOM, "满意度指标", "服务对象满意度指标", "户籍民警满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, EXPORT, rows, merged=())
    return b


@variant(
    "kgg14-archive-cost-lines",
    (12, 4),
    "project, OLD-NAT, one value column, money detail lines under the table: plan dates left "
    "from last year, a unit cost × count above the money, detail lines off their 合计",
)
def archive_cost_lines() -> Book:
    b, s = start()
    begin = mk(day(2025, 1, 1), "Y102", "error", alt=("Y101",),
               note="2026年度的一年期项目，计划日期却是2025年：上年遗留")  # fmt: skip
    end = ok(day(2025, 12, 31), "error", note="同一遗留年份，已在开始日期标出")
    project_head(
        s,
        year=2026,
        name="派出所户籍档案数字化加工（二期）",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=one_year(130, 130, 0),
        goals=["完成9个派出所户籍纸质档案数字化加工200万页，数字化图像合格率99.5%以上。"],
        start=begin,
        end=end,
    )
    cost = mk("≤0.8元/页", "B107", "warning", row=True,
              note="0.8元/页 × 200万页 = 160万元，超过项目资金130万元")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "档案数字化加工页数", "≥200万页"),
        (None, None, "覆盖派出所数量", "≥9个"),
        (None, "质量指标", "数字化图像合格率", "≥99.5%"),
        (None, "时效指标", "加工批次交付周期", "≤30天"),
        (None, "成本指标", "档案数字化加工单价", cost),
        ("效益指标", "社会效益指标", "户籍档案调阅平均用时", "≤10分钟"),
        ("满意度指标", "服务对象满意度指标", "调档群众满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据")
    s.row(1, "扫描加工费", wan(96), "200万页×0.48元/页")
    s.row(2, "数据质检与著录费", wan(18), "200万页×0.09元/页")
    s.row(3, "存储设备购置", wan(12), "存储服务器1台")
    closing = mk(wan(130), "B102", "error", note="96 + 18 + 12 = 126，与合计130不符")
    s.row("合计", None, closing)
    return b


@variant(
    "kgg15-archive-three-years",
    (8, 1),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts above the year's, a "
    "goal count with its parts in brackets, a later year prepared for, percents typed (correct)",
)
def archive_three_years() -> Book:
    b, s = start()
    goals = [
        "2026年—2028年完成全县22个派出所户籍纸质档案数字化约450万页（其中常住人口档案380万页、"
        "迁出注销档案70万页），为2029年实现电子档案跨所调阅奠定基础。",
        "2026年完成8个派出所约160万页档案数字化，建成县级户籍电子档案库。",
    ]
    project_head(
        s,
        year=2026,
        name="户籍档案数字化三年行动",
        dept="棠舟县公安局（402017）",
        unit="棠舟县公安局户政管理大队",
        money=multi_year((300, 300, 0), (110, 110, 0)),
        goals=goals,
        years=3,
        attr="新增项目",
    )
    rate = pct(0.995, "0.0%")
    rows = [
        ("产出指标", "数量指标", "档案数字化加工页数", "≥450万页", "≥160万页"),
        (None, None, "完成数字化派出所数量", "≥22个", "≥8个"),
        (None, "质量指标", "数字化图像合格率", rate, rate),
        (None, "时效指标", "加工任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "档案数字化单价", "≤0.65元/页", "≤0.65元/页"),
        ("效益指标", "社会效益指标", "户籍档案调阅平均用时", "≤10分钟", "≤10分钟"),
        (None, "可持续影响指标", "电子档案异地备份机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "调档群众满意度", pct(0.9), pct(0.9)),
    ]  # fmt: skip
    indicators(s, HEAD2, rows)
    return b


@variant(
    "kgg16-archive-rescue-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: a period count the goal states "
    "otherwise, a cumulative count copied from 中期 into 年度",
)
def archive_rescue_two_years() -> Book:
    b, s = start()
    goals = [
        "2026年—2027年完成全市28个派出所历史户籍档案抢救性数字化，加工档案约240万页，"
        "建成市级户籍电子档案库。",
        "2026年完成14个派出所历史户籍档案数字化加工，加工档案约120万页。",
    ]
    project_head(
        s,
        year=2026,
        name="派出所历史户籍档案抢救性数字化",
        dept="澜屿市公安局（110009）",
        unit="澜屿市公安局人口管理支队",
        money=multi_year((200, 200, 0), (110, 110, 0)),
        goals=goals,
        years=2,
    )
    stations = mk("≥24个", "D104", "warning", row=True, note="中期目标写28个派出所")
    copied = mk("≥240万页", "D202", "warning", alt=("D104",),
                note="累计页数年度与中期相同；年度目标写约120万页")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "完成数字化派出所数量", stations, "≥14个"),
        (None, None, "档案数字化加工页数", "≥240万页", copied),
        (None, "质量指标", "数字化图像合格率", "≥99%", "≥99%"),
        (None, "时效指标", "加工任务完成时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "档案数字化单价", "≤0.4元/页", "≤0.4元/页"),
        ("效益指标", "社会效益指标", "户籍档案调阅平均用时", "≤15分钟", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "调档群众满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD2, rows)
    return b


@variant(
    "kgg17-archive-room-notes",
    (4,),
    "project, OLD-NAT, one value column and 备注: a 注 row inside the table, the header repeated "
    "after a page break, 填表说明, signature and a fill date in the year before (correct)",
)
def archive_room_notes() -> Book:
    b, s = start()
    project_head(
        s,
        year=2026,
        name="派出所户籍档案库房标准化改造",
        dept="汀苇县公安局（318001）",
        unit="汀苇县公安局户政管理大队",
        money=one_year(22, 22, 0),
        goals=[
            "为全县6个派出所改造档案密集架30组，安装库房温湿度监控设备，档案保管达到标准化要求。"
        ],
    )
    head = (*HEAD, "备注")
    rows = [
        ("产出指标", "数量指标", "改造档案密集架组数", "≥30组", None),
        (None, None, "覆盖派出所数量", "≥6个", None),
        (None, "质量指标", "改造工程验收合格率", pct(1), None),
        (None, "时效指标", "改造完工时间", "2026年9月30日前", None),
        (None, "成本指标", "密集架单组改造成本", "≤0.35万元/组", "按同类采购价测算"),
    ]  # fmt: skip
    indicators(s, head, rows)
    note(s, "注：数量指标以各派出所档案室验收台账为准。", 5)
    s.skip()
    rows = [
        ("效益指标", "社会效益指标", "户籍档案调阅平均用时", "≤10分钟", None),
        (None, "可持续影响指标", "库房温湿度达标天数占比", "≥95%", "监控系统自动统计"),
        ("满意度指标", "服务对象满意度指标", "户籍民警满意度", "≥90%", None),
    ]  # fmt: skip
    indicators(s, head, rows)
    s.skip()
    note(s, "填表说明：1.指标值应为可考核的数值或等级；2.金额单位为万元。", 5)
    sign(s, "周砚", "江若禾", "0736-4418265", (2025, 11, 18))
    return b


@variant(
    "kgg18-archive-department-short",
    (12, 5),
    "department, NAT-2021, abbreviated tier labels (产出, 数量, 满意度): 基本支出 + 项目支出 off "
    "资金总额, a count the goal states otherwise, one indicator twice under two tier-2s",
)
def archive_department_short() -> Book:
    b, s = start()
    total = mk(wan(520), "B101", "error", row=True, note="基本支出360 + 项目支出150 = 510，不是520")
    work = [
        ("户籍档案数字化", "16个派出所户籍档案数字化加工", 80, "加工档案150万页"),
        ("身份证受理制证", "居民身份证受理、制证、发放", 40, "全年受理26000张"),
        ("流动人口服务", "居住登记与居住证办理", 30, "居住证按时制发"),
    ]
    department_head(
        s,
        year=2026,
        dept="榆湾区公安分局",
        budget=budget(total, 500, 20, 360, 150),
        goal="年内完成全局16个派出所户籍档案数字化，加工档案约150万页；全年受理居民身份证26000张。",
        tasks=tasks(work, 150),
    )
    stations = mk("≥18个", "D104", "warning", row=True, note="年度总体目标写16个派出所")
    twin = mk("完成户籍档案数字化页数", "D103", "warning", row=True, alt=("D102", "D101"),
              note="与数量下的“户籍档案数字化加工页数”是同一指标，值不同")  # fmt: skip
    twin = mk(twin, "F201", "warning", row=True, required=False, note="数量填在质量下，同一问题")
    rows = [
        ("产出", "数量", "完成档案数字化派出所数量", stations),
        (None, None, "户籍档案数字化加工页数", "≥150万页"),
        (None, None, "居民身份证受理数量", "≥26000张"),
        (None, "质量", "数字化图像合格率", "≥99%"),
        (None, None, twin, "≥120万页"),
        (None, "时效", "证件受理至发放时限", "≤20个工作日"),
        ("成本", "经济成本", "档案数字化单价", "≤0.5元/页"),
        ("效益", "社会效益", "户籍档案线上调阅率", "≥90%"),
        ("满意度", "服务对象满意度", "办事群众满意度", "≥92%"),
    ]  # fmt: skip
    indicators(s, HEAD, rows)
    return b

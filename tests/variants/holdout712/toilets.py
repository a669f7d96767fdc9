"""Returns of the scenic-area toilet upgrade (kat07–kat12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout712.common import (
    DEPT,
    details,
    indicators,
    new_book,
    notes,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout712.registry import variant
from tests.variants.kit import Book, day, mk, pct

UNIT = "鹤汀县云杳山景区管理处"
POINTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")


@variant("kat07-toilet-points", (5, 10), "project, NAT-2021, numbered tier labels with points and "
         "an indicator points column (100 both ways), a rise in 百分点, 0起 (correct)")  # fmt: skip
def kat07() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="云杳山景区旅游厕所提升改造", dept=DEPT, unit=UNIT,
                 money=one_year_money(240, 200, 40),
                 goals=["改造提升云杳山等4个景区旅游厕所12座（含新建第三卫生间3座），"
                        "按A级旅游厕所标准验收，游客如厕满意度明显提高。"])  # fmt: skip
    indicators(s, POINTS, [
        ("一、产出指标（50分）", "（一）数量指标", "改造提升景区厕所数量", "≥12座", 10),
        (None, None, "新建第三卫生间数量", "≥3座", 10),
        (None, "（二）质量指标", "改造厕所验收合格率", "100%", 10),
        (None, None, "厕所日保洁频次", "≥4次/日", 10),
        (None, "（三）时效指标", "改造工程完工时间", "2025年11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "单座厕所改造平均成本", "≤20万元/座", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "游客如厕满意度提升幅度", "提高≥5百分点",
         10),
        (None, None, "厕所安全责任事故", "0起", 10),
        (None, "（二）可持续影响指标", "厕所日常管护制度", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kat08-toilet-points-wrong",
    (5, 10),
    "project, NAT-2021, tier labels with points: "
    "产出 points not adding up, the goal's toilet count, a unit cost over the money",
)
def kat08() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="石楠湖景区厕所革命提升工程", dept=DEPT,
                 unit="鹤汀县石楠湖景区管理所", money=one_year_money(240, 220, 20),
                 goals=["2025年改造提升石楠湖景区旅游厕所15座，配套无障碍设施，"
                        "实现景区厕所“干净、无味、实用”。"])  # fmt: skip
    tier = mk(
        "产出指标(50分)",
        "W103",
        "error",
        alt=("W101",),
        note="其下指标分值 15 + 10 + 10 + 10 = 45 ≠ 50",
    )
    indicators(s, POINTS, [
        (tier, "1.数量指标", "改造提升景区厕所数量",
         mk("≥12座", "D104", "warning", row=True, note="年度目标写改造15座，指标只有12座"), 15),
        (None, None, "无障碍厕位配建数量", "≥12个", 10),
        (None, "2.质量指标", "改造厕所验收合格率", "100%", 10),
        (None, "3.时效指标", "改造工程完工时间", "2025年10月31日前", 10),
        ("成本指标(10分)", "1.经济成本指标", "单座厕所改造成本",
         mk("≤25万元/座", "B107", "warning", row=True,
            note="25万元 × 12座 = 300万元（按15座为375万元），超过项目资金 240万元"), 10),
        ("效益指标(30分)", "1.社会效益指标", "厕所异味投诉下降率", "≥30%", 15),
        (None, "2.生态效益指标", "厕所污水达标排放率", "100%", 15),
        ("满意度指标(10分)", "1.服务对象满意度指标", "游客满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant(
    "kat09-toilet-two-year",
    (8, 11),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "period counts above the year's, a 下降率 with ≥, a later year prepared for (correct)",
)
def kat09() -> Book:
    b, s = new_book()
    project_head(s, year=2025, years=2, name="鹤汀县A级景区厕所提质两年行动", dept=DEPT,
                 unit=UNIT, attr="新增项目", money=period_money((500, 450, 50), (220, 200, 20)),
                 goals=["两年改造提升全县A级景区旅游厕所40座，配套智慧监测终端，"
                        "为2027年创建省级全域旅游示范县打好基础。",
                        "2025年改造提升景区旅游厕所18座，安装智慧监测终端18套，"
                        "异味投诉明显下降。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造提升厕所数量", "≥40座", "≥18座"),
        (None, None, "智慧监测终端安装数量", "≥40套", "≥18套"),
        (None, "质量指标", "改造厕所验收合格率", "100%", "100%"),
        (None, "时效指标", "年度改造任务完成时间", "2026年11月30日前", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单座厕所改造成本", "≤12万元/座", "≤12万元/座"),
        ("效益指标", "社会效益指标", "厕所异味投诉下降率", "≥30%", "≥15%"),
        (None, "生态效益指标", "厕所污水达标排放率", "100%", "100%"),
        ("满意度指标", "服务对象满意度指标", "游客如厕满意度", "≥92%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kat10-toilet-operator-column",
    (11, 1),
    "project, NAT-2021, operator and unit columns, "
    "percent cells: a response time with ≥, one indicator twice, a quality rate under 时效",
)
def kat10() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="鹤汀县旅游厕所补短板工程", dept=DEPT,
                 unit="鹤汀县旅游发展服务中心", money=one_year_money(120, 100, 20),
                 goals=["改造提升乡村旅游点厕所8座，其中新建第三卫生间4座，"
                        "建立厕所故障快速报修机制。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "运算符", "指标值", "计量单位")
    dup = mk(5, "D102", "error", row=True, alt=("D103", "D101", "D104"),
             note="与上一行是同一指标，指标值 4 与 5 不同（目标写4座）")  # fmt: skip
    indicators(s, head, [
        ("产出指标", "数量指标", "改造提升厕所数量", "≥", 8, "座"),
        (None, None, "新建第三卫生间数量", "≥", 4, "座"),
        (None, None, "第三卫生间新建数量", "≥", dup, "座"),
        (None, "质量指标", "改造厕所验收合格率", "=", pct(1), "%"),
        (None, "时效指标", mk("厕所保洁达标率", "F201", "warning", row=True,
                              note="保洁达标率是质量指标，填在时效指标下"), "≥", pct(0.95), "%"),
        (None, None, "改造工程完工时间", "≤", day(2025, 10, 31), None),
        (None, None, "故障报修响应时间", mk("≥", "T108", "warning", row=True,
                                            note="响应时间越短越好，应为≤"), 24, "小时"),
        ("成本指标", "经济成本指标", "单座厕所改造成本", "≤", 15, "万元/座"),
        ("效益指标", "社会效益指标", "厕所相关投诉下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "管护责任落实率", "=", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kat11-toilet-system-export",
    (7, 9, 12),
    "budget-system export: budget sheet 05-1 and "
    "goal sheet 05-2 with codes in the first columns, header 绩效目标值, =100% as text (correct)",
)
def kat11() -> Book:
    b, s = new_book("部门项目支出预算05-1", (14, 24, 18, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：鹤汀县文化和旅游局", None, None, None, None, None, "金额单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    code, name = "33112225T000000418", "景区旅游厕所智慧化改造"
    s.row("218001", "鹤汀县文化和旅游局", code, name, wan(96), wan(90), wan(6))
    s.row("合计", None, None, None, wan(96), wan(90), wan(6))
    t = b.sheet("部门项目支出绩效目标05-2", (20, 24, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：鹤汀县文化和旅游局")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    for row in [
        ("产出指标", "数量指标", "智慧化改造厕所数量", "≥8座"),
        ("产出指标", "数量指标", "厕位占用监测终端安装数量", "≥64个"),
        ("产出指标", "质量指标", "系统验收合格率", "=100%"),
        ("产出指标", "时效指标", "系统上线运行时间", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "单座厕所智慧化改造成本", "≤12万元/座"),
        ("效益指标", "社会效益指标", "高峰期游客如厕排队时间", "≤10分钟"),
        ("效益指标", "可持续影响指标", "厕所运行数据接入率", "100%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ]:
        t.row(code, name, *row)
    return b


@variant("kat12-toilet-second-sheet", (7, 12, 13), "project: head and detail lines on the first "
         "sheet, indicators on a second sheet under 预期实现值: lines short of their total, "
         "a deadline in the next year, a value without a name")  # fmt: skip
def kat12() -> Book:
    b, s = new_book("项目信息")
    project_head(
        s,
        year=2025,
        name="雁栖谷景区生态厕所建设",
        dept=DEPT,
        unit="鹤汀县雁栖谷景区管理处",
        money=one_year_money(160, 140, 20),
        goals=["建设雁栖谷景区生态厕所6座，配套给排水及化粪池，年内建成投用。"],
    )
    total = mk(wan(160), "B102", "error", row=True, note="明细 96 + 36 + 18 = 150 ≠ 合计 160")
    details(s, [("厕所主体建设", 96, "6座×16万元/座"), ("给排水及化粪池", 36, "6套×6万元/套"),
                ("智慧管理系统", 18, "按询价")], total)  # fmt: skip
    sign(s, "钟予舟", "0571-6633 2433", day(2024, 12, 2))
    t = b.sheet("绩效指标")
    t.title("雁栖谷景区生态厕所建设绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "生态厕所建设数量", "≥6座"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥95%"),
        (None, "时效指标", "竣工验收时间",
         mk("2026年6月30日前", "Y102", "error", note="一年期项目的期限落在下一年")),
        ("成本指标", "经济成本指标", "单座生态厕所建设成本", "≤16万元/座"),
        ("效益指标", "生态效益指标", "粪污无害化处理率", "100%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "说明：指标值以竣工验收报告为准。", width=4)
    return b

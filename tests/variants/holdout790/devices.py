"""Assistive devices handed out: kdt07–kdt12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout790.common import (
    book,
    indicators,
    one_year,
    periods,
    signature,
    wan,
)
from tests.variants.holdout790.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "石樊市蓼川区残疾人联合会（402017）"
UNIT = "蓼川区残疾人辅助器具服务站"


@variant(
    "kdt07-devices-flat",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
    "percent cells, weights adding to 100, tasks adding to 项目支出 (correct)",
)
def kdt07() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="石樊市蓼川区残疾人联合会",
                    budget=[[wan(1280), wan(1200), wan(80), wan(560), wan(720)]],
                    tasks=[("辅助器具适配服务", "为持证残疾人评估并适配辅具", wan(300),
                            "适配1500人"),
                           ("残疾儿童康复救助", "定点机构康复训练补助", wan(260), "救助170人"),
                           ("家庭无障碍改造", "困难重度残疾人家庭改造", wan(160), "改造130户"),
                           ("金额合计", None, wan(720), None)],
                    goal="全年为1500名残疾人适配辅助器具，救助残疾儿童170人，"
                         "完成130户家庭无障碍改造，服务对象满意度90%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("辅助器具适配人数", 20, "人", "≥", 1500),
        ("残疾儿童康复救助人数", 15, "人", "≥", 170),
        ("家庭无障碍改造户数", 15, "户", "≥", 130),
        ("辅具适配评估覆盖率", 10, "%", "≥", pct(0.95)),
        ("无障碍改造验收合格率", 10, "%", "=", pct(1)),
        ("辅具人均适配成本", 10, "元/人", "≤", 2000),
        ("服务对象满意度", 20, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    signature(s, "黎振邦", "0817-3306452", day(2024, 11, 25))
    return b


@variant(
    "kdt08-devices-dates",
    (1, 12),
    "project, OLD-NAT, value and unit columns, percent cells: plan dates left from last "
    "year under a 2025 title, a deadline after the project ends",
)
def kdt08() -> Book:
    b, s = book()
    start = mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为2025年度，计划起止日期却是2024年（上年残留）")  # fmt: skip
    project_head(s, year=2025, name="残疾人基本型辅助器具适配补贴项目", dept=DEPT, unit=UNIT,
                 money=one_year(240, 200, 40), start=start, end=day(2024, 12, 31),
                 goals=["2025年为全区1200名持证残疾人适配基本型辅助器具，"
                        "适配合格率95%以上。"])  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
              note="一年期2025年项目的完成时间落在2026年")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "辅具适配人数", "≥1200", "人"),
        (None, "质量指标", "辅具适配合格率", pct(0.95), "%"),
        (None, "时效指标", "辅具发放完成时间", late, None),
        (None, "成本指标", "人均适配补贴标准", "≤2000", "元/人"),
        ("效益指标", "社会效益指标", "受助残疾人辅具使用率", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt09-devices-lines",
    (12,),
    "project, OLD-NAT, one value column, detail lines under the table: the goal's count "
    "given otherwise, unit cost × count above the money, lines not adding to 合计",
)
def kdt09() -> Book:
    b, s = book()
    project_head(s, year=2025, name="残疾人辅助器具集中配发项目", dept=DEPT, unit=UNIT,
                 money=one_year(240, 200, 40),
                 goals=["为全区残疾人集中配发辅助器具1200件，平均每件不超过0.2万元。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "配发辅助器具件数",
         mk("≥1500件", "D104", "warning", row=True, note="年度目标写1200件，指标却是≥1500件")),
        (None, "质量指标", "辅具产品抽检合格率", "≥98%"),
        (None, "时效指标", "配发完成时间", "2025年11月30日前"),
        (None, "成本指标", "平均每件配发成本",
         mk("≤0.2万元/件", "B107", "warning", row=True,
            note="0.2万元 × 1500件 = 300万元，超过年度资金总额240万元")),
        ("效益指标", "社会效益指标", "配发辅具使用率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", merge=[(2, 3)])
    for item, amount in (("轮椅及助行类辅具", 96), ("助听器", 72), ("视力类辅具", 30),
                         ("适配评估服务", 30)):  # fmt: skip
        s.row(None, item, None, wan(amount), merge=[(2, 3)])
    s.row(None, "合计", None, mk(wan(240), "B102", "error", row=True,
                                 note="96 + 72 + 30 + 30 = 228 ≠ 240"), merge=[(2, 3)])  # fmt: skip
    return b


@variant(
    "kdt10-devices-two-year-points",
    (8, 10),
    "two-year project, NAT-2021, 中期 and 年度 columns, points for tier-1 and for each "
    "indicator, a rate raised in 百分点, a later year the work prepares for (correct)",
)
def kdt10() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 8, 18, 18))
    project_head(s, year=2025, years=2, name="县级辅助器具适配中心建设项目", dept=DEPT,
                 unit=UNIT, money=periods((500, 440, 60), (240, 210, 30)),
                 goals=["2025—2026年为全区2400名残疾人适配辅助器具，建成辅具适配服务网点12个，"
                        "为2027年全市推广辅具租赁服务积累经验。",
                        "2025年为1100名残疾人适配辅助器具，建成服务网点6个。"])  # fmt: skip
    header = ("一级指标", "分值", "二级指标", "三级指标", "分值", "中期指标值", "年度指标值")
    indicators(s, header, [
        ("产出指标", 50, "数量指标", "辅具适配人数", 20, "≥2400人", "≥1100人"),
        (None, None, None, "辅具适配服务网点数", 10, "≥12个", "≥6个"),
        (None, None, "质量指标", "辅具适配合格率", 10, "≥95%", "≥95%"),
        (None, None, "时效指标", "适配申请办结时限", 10, "≤20个工作日", "≤20个工作日"),
        ("成本指标", 10, "经济成本指标", "人均适配补贴标准", 10, "≤0.2万元/人", "≤0.2万元/人"),
        ("效益指标", 30, "社会效益指标", "持证残疾人辅具适配率", 15, "比基期提高≥5百分点",
         "比上年提高≥3百分点"),
        (None, None, "可持续影响指标", "辅具回收再利用机制", 15, "建立并执行", "建立并执行"),
        ("满意度指标", 10, "服务对象满意度指标", "受助残疾人满意度", 10, "≥90%", "≥90%"),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "kdt11-devices-direction",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction and 指标方向 as operator, bare numbers with a "
    "unit column: a 反向 rate with ≥, a rate as a count, a count repeated under 社会效益",
)
def kdt11() -> Book:
    b, s = book(widths=(14, 16, 26, 10, 10, 12, 12))
    project_head(s, year=2025, name="残疾人辅助器具发放项目", dept=DEPT, unit=UNIT,
                 money=one_year(160, 160, 0),
                 goals=["为800名残疾人发放适配辅助器具，辅具返修率控制在3%以内。"])  # fmt: skip
    header = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, header, [
        ("产出指标", "数量指标", "辅具适配人数", "正向", "≥", 800, "人"),
        (None, "质量指标", "辅具适配评估覆盖率", "正向", "≥",
         mk(800, "T105", "error", row=True, note="覆盖率是比率，值却是800人"), "人"),
        (None, None, "辅具返修率", "反向",
         mk("≥", "T108", "warning", row=True, note="返修率是反向指标，比较符却是≥"), 3, "%"),
        (None, "时效指标", "辅具发放办结时限", "反向", "≤", 15, "个工作日"),
        (None, "成本指标", "人均辅具发放成本", "反向", "≤", 2000, "元/人"),
        ("效益指标", "社会效益指标", "残疾人辅具适配人数", "正向", "≥",
         mk(850, "D103", "warning", row=True, alt=("D102", "D101", "F201"),
            note="与数量指标“辅具适配人数 ≥800人”是同一指标，值却不同，且是产出数量"), "人"),
        (None, None, "受助残疾人辅具使用率", "正向", "≥", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "受助残疾人满意度", "正向", "≥", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "kdt12-devices-export",
    (7, 4),
    "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on "
    "the third row, NAT-2021, percent cells, a 下降率 with ≥ (correct)",
)
def kdt12() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 30, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 5)
    s.row("单位名称：石樊市蓼川区残疾人联合会", None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("402017-25-0031", "残疾人辅助器具租赁服务项目", wan(150), wan(120), wan(30))
    s.row("合计", None, wan(150), wan(120), wan(30))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：石樊市蓼川区残疾人联合会", None, None, None, None, None)
    code, name = "402017-25-0031", "残疾人辅助器具租赁服务项目"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "辅具租赁服务人次", "≥600人次"),
        (None, None, None, None, "可租赁辅具品种数", "≥30种"),
        (None, None, None, "质量指标", "租赁辅具消毒合格率", pct(1)),
        (None, None, None, "时效指标", "租赁申请响应时间", "≤3个工作日"),
        (None, None, "成本指标", "经济成本指标", "每人次租赁补贴标准", "≤2500元/人次"),
        (None, None, "效益指标", "社会效益指标", "辅具重复购置下降率", "≥10%"),
        (None, None, "满意度指标", "服务对象满意度指标", "租赁用户满意度", pct(0.9)),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

"""Fermented foods (豆豉, 泡菜): em07–em12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout601.common import book, indicators, notes, one_year, sign, wan
from tests.variants.holdout601.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("em07-douchi-flat-list", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, weights adding to 100 (correct)")  # fmt: skip
def em07() -> Book:
    b, s = book()
    department_head(s, year=2026, dept="沅桥县豆豉产业服务站",
                    budget=[(wan(150), wan(140), wan(10), wan(60), wan(90))],
                    goal="指导豆豉作坊60户规范发酵，抽检豆豉产品240批次。")  # fmt: skip
    indicators(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("豆豉作坊技术指导户数", 20, "户", "≥", 60),
        ("豆豉产品抽检批次", 15, "批次", "≥", 240),
        ("豆豉产品抽检合格率", 15, "%", "≥", pct(0.97)),
        ("豆豉霉变投诉下降率", 10, "%", "≥", 20),
        ("技术指导按时完成率", 10, "%", "≥", 95),
        ("单户技术指导成本", 10, "元/户", "≤", 3000),
        ("作坊经营者满意度", 20, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ], merged=())  # fmt: skip
    sign(s, "粟黎", "0745-8826017", (2025, 11, 14))
    return b


@variant("em08-paocai-numbered-dup", (5, 7),
         "project, OLD-NAT, numbered tier labels, header 目标值（年度）: the same count twice "
         "with two values, a quality rate under 时效")  # fmt: skip
def em08() -> Book:
    b, s = book()
    project_head(s, year=2026, name="泡菜坛密封改良与亚硝酸盐监测", dept="沅桥县农业农村局 203",
                 unit="沅桥县农产品质量安全检测站", money=one_year(wan(42), wan(36), wan(6)),
                 goals=["改良泡菜坛密封500个，监测泡菜亚硝酸盐300批次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "目标值（年度）"), [
        ("一、产出指标", "（一）数量指标", "亚硝酸盐监测批次", "≥300批次"),
        (None, None, "改良密封泡菜坛数", "≥500个"),
        (None, "（二）质量指标", "亚硝酸盐含量达标率", "≥98%"),
        (None, None, "亚硝酸盐监测批次",
         mk("≥240批次", "D102", "error", row=True, alt=("D101", "D103", "F201"),
            note="同一指标在数量指标下为300批次，此处又写240批次")),
        (None, "（三）时效指标",
         mk("密封泡菜坛抽检合格率", "F201", "warning", row=True,
            note="合格率是质量指标，填在时效指标下"), "≥95%"),
        (None, None, "监测报告出具时限", "≤3个工作日"),
        (None, "（四）成本指标", "单个泡菜坛改良成本", "≤300元/个"),
        ("二、效益指标", "（一）社会效益指标", "家庭泡菜安全知识知晓率", "≥85%"),
        ("三、满意度指标", "（一）服务对象满意度指标", "泡菜作坊满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "向禾", "0745-8826030", (2025, 12, 1))
    return b


HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("em09-douchi-points", (10,),
         "project, NAT-2021, tier-1 points and indicator points both adding to 100, a rate "
         "raised in 百分点 (correct)")  # fmt: skip
def em09() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="豆豉传统工艺标准化示范",
        dept="桂岫县农业农村局 203",
        unit="桂岫县豆豉行业协会",
        money=one_year(wan(60), wan(55), wan(5)),
        goals=["建设豆豉示范作坊10家，制定发酵工艺规程2项，优质品率提高3个百分点。"],
    )
    indicators(s, HEAD, [
        ("产出指标", 40, "数量指标", "示范作坊建设数", "≥10家", 10),
        (None, None, None, "发酵工艺规程制定数", "≥2项", 10),
        (None, None, "质量指标", "示范作坊产品抽检合格率", "≥98%", 10),
        (None, None, "时效指标", "示范作坊验收完成时间", "2026年11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "单家示范作坊补助", "≤4万元/家", 10),
        (None, None, None, "工艺规程编制费", "≤8万元", 10),
        ("效益指标", 30, "经济效益指标", "示范作坊豆豉优质品率提高", "≥3百分点", 15),
        (None, None, "社会效益指标", "带动周边作坊规范生产户数", "≥30户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "示范作坊经营者满意度", "≥90%", 10),
        ("合计", 100, None, None, None, 100),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "覃岚", "0779-6613071", (2025, 11, 21))
    return b


@variant("em10-paocai-points-wrong", (10, 13),
         "project, NAT-2021, tier-1 and indicator points: 产出 scores short of its 50, a value "
         "without a name, an output below the goal's")  # fmt: skip
def em10() -> Book:
    b, s = book()
    project_head(s, year=2026, name="泡菜集中发酵中心运营", dept="梧川市农业农村局 203",
                 unit="梧川市泡菜集中发酵中心", money=one_year(wan(75), wan(60), wan(15)),
                 goals=["集中发酵中心全年代加工泡菜500吨，服务泡菜作坊40家。"])  # fmt: skip
    tier = mk(50, "W103", "error", alt=("W101",), note="产出指标50分，其下10+10+10+15=45分")
    b.file_mark("W101", "error", required=False, note="指标分值合计95，与一级分值100不符")
    indicators(s, HEAD, [
        ("产出指标", tier, "数量指标",
         "代加工泡菜产量", mk("≥300吨", "D104", "warning", row=True,
                              note="年度目标写代加工500吨"), 10),
        (None, None, None, "服务泡菜作坊数", "≥40家", 10),
        (None, None, "质量指标",
         mk(None, "F110", "error", note="有指标值和分值，三级指标名称空着"), "≥95%", 10),
        (None, None, "时效指标", "代加工订单交付及时率", "≥95%", 15),
        ("成本指标", 10, "经济成本指标", "每吨代加工成本", "≤1200元/吨", 10),
        ("效益指标", 30, "经济效益指标", "作坊泡菜销售收入增长率", "≥8%", 15),
        (None, None, "社会效益指标", "泡菜亚硝酸盐超标批次", "≤0批次", 15),
        ("满意度指标", 10, "服务对象满意度指标", "泡菜作坊满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    sign(s, "向禾", "0745-8826030", (2025, 12, 3))
    return b


@variant("em11-douchi-second-sheet", (7, 9),
         "project: head and money detail on the first sheet, indicators on a second sheet under "
         "预期实现值, text =100% kept as text (correct)")  # fmt: skip
def em11() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2026,
        name="豆豉原料黑豆仓储检测",
        dept="沅桥县粮食和物资储备局 118",
        unit="沅桥县豆豉产业服务站",
        money=one_year(wan(28), wan(25), wan(3)),
        goals=["检测黑豆原料150批次，改造恒温仓库1座。"],
    )
    s.row("资金明细", "检测设备购置", wan(16), "仓库恒温改造", wan(9), None)
    s.row(None, "检测人员培训", wan(3), "合计", wan(28), None)
    t = b.sheet("绩效指标")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "黑豆原料检测批次", "≥150批次"),
        (None, None, "恒温仓库改造数", "=1座"),
        (None, "质量指标", "仓库改造验收合格率", "=100%"),
        (None, "时效指标", "仓库改造完成时间", day(2026, 9, 30)),
        (None, "成本指标", "单批次检测成本", "≤600元/批次"),
        ("效益指标", "社会效益指标", "豆豉原料霉变率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "豆豉作坊满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "注：检测成本600元/批次×150批次=9万元，含在检测设备与人员费用内。", width=4)
    return b


@variant(
    "em12-ferment-export",
    (5, 9),
    "budget-system export: money on sheet 05-1 with codes, indicators on sheet 05-2 under a "
    "third-row header, abbreviated tiers: last season's plan dates, a date serial as text",
)
def em12() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 14, 16, 22, 8, 12, 12, 10, 10, 10))
    s.title("2026年部门项目支出预算表", 10)
    s.row("单位：万元")
    s.row("单位代码", "单位名称", "项目代码", "项目名称", "项目期", "开始日期", "结束日期",
          "合计", "财政拨款", "其他资金")  # fmt: skip
    start = mk(day(2025, 1, 1), "Y101", "error", row=True, alt=("Y102",),
               note="2026年的预算表，计划起止日期却是2025年全年")  # fmt: skip
    s.row("611203", "沅桥县发酵食品检验所", "4331202601", "豆豉泡菜风险监测", "1年", start,
          day(2025, 12, 31), wan(35), wan(30), wan(5))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 10, 12, 24, 14, 10))
    t.title("2026年部门项目支出绩效目标表", 7)
    t.row("单位：沅桥县发酵食品检验所")
    serial = mk(ok("46356", "error", note="此日期与计划期的冲突由Y101一并说明"), "X104", "warning",
                note="文本单元格中的46356是日期序列号（2026-11-30）")  # fmt: skip
    indicators(t, ("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值",
                   "计量单位"), [
        ("4331202601", "豆豉泡菜风险监测", "产出", "数量", "风险监测样品批次", "≥350", "批次"),
        (None, None, None, "质量", "监测数据上报准确率", "≥98", "%"),
        (None, None, None, "时效", "监测报告报送时间", serial, "日期"),
        (None, None, None, "成本", "单批次监测成本", "≤900", "元/批次"),
        (None, None, "效益", "社会效益", "发酵食品风险预警发布次数", "≥4", "次"),
        (None, None, "满意度", "服务对象满意度", "监管部门满意度", "≥90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

"""Water-saving irrigation returns (td07–td12): multi-year 高效节水灌溉 and 灌区续建配套
projects with 中期 and 年度 columns, an irrigation service centre's flat lists, metering
projects scored at two levels."""

from __future__ import annotations

from tests.variants.holdout306.common import (
    TIERS,
    department,
    multi_year,
    one_year,
    project,
    table,
    wan,
)
from tests.variants.holdout306.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("td07-irrigation-multiyear", (8,),
         "three-year 高效节水灌溉 project, NAT-2021, 中期 and 年度 value columns: annual counts "
         "below the period ones, rates and unit costs equal (correct)")  # fmt: skip
def td07() -> Book:
    b, s = project(
        year=2025, years=3, name="蔺河灌区高效节水灌溉建设项目", dept="栎川县农业农村局（206011）",
        unit="蔺河灌区管理所", attr="新增项目", money=multi_year((2400, 2100, 300),
        (900, 800, 100)), goals=["三年新增高效节水灌溉面积3万亩以上，配套低压输水管网，"
        "项目区灌溉水利用效率明显提高。", "本年度建成高效节水灌溉面积1.1万亩以上，完成首批"
        "低压管道铺设。"],
    )  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "新增高效节水灌溉面积", "≥3万亩", "≥1.1万亩"),
        (None, None, "铺设低压输水管道", "≥180公里", "≥65公里"),
        (None, "质量指标", "工程验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度建设任务按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "高效节水灌溉亩均投资", "≤750元/亩", "≤750元/亩"),
        ("效益指标", "经济效益指标", "项目区亩均节本增效", "≥120元/亩", "≥120元/亩"),
        (None, "生态效益指标", "项目区灌溉用水量下降率", "≥15%", "≥8%"),
        (None, "可持续影响指标", "灌溉水有效利用系数", "≥0.62", "≥0.6"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("td08-irrigation-period-copied", (8,),
         "three-year 灌区续建配套 project, NAT-2021, 中期 and 年度 columns: 年度目标 text "
         "copied from 中期目标, a cumulative count copied, an annual count above its "
         "period count")  # fmt: skip
def td08() -> Book:
    goal = "完成苇埠灌区干支渠及渠系建筑物续建配套和节水改造，灌区用水计量全覆盖。"
    same = mk(goal, "D204", "warning", note="年度目标 is the 中期目标 text word for word")
    b, s = project(
        year=2025, years=3, name="苇埠灌区续建配套与节水改造", dept="柘原市水务局（402001）",
        unit="苇埠灌区管理处", money=multi_year((3600, 3000, 600), (1300, 1100, 200)),
        goals=[goal, same],
    )  # fmt: skip
    copied = mk("≥42公里", "D202", "warning",
                note="a three-year cumulative length copied into the 年度 column")  # fmt: skip
    above = mk("≥310座", "D201", "error",
               note="one year cannot build more than the three-year total of 260")  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "改造干支渠", "≥42公里", copied),
        (None, None, "新建改造渠系建筑物", "≥260座", above),
        (None, None, "安装斗口用水计量设施", "≥150处", "≥60处"),
        (None, "质量指标", "渠道工程质量合格率", "≥95%", "≥95%"),
        (None, "时效指标", "年度工程建设任务完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "干支渠改造单位成本", "≤28万元/公里", "≤28万元/公里"),
        ("效益指标", "生态效益指标", "灌区渠系水利用系数", "≥0.65", "≥0.6"),
        (None, "社会效益指标", "改善灌溉面积", "≥6.5万亩", "≥2万亩"),
        ("满意度指标", "服务对象满意度指标", "灌区用水户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("td09-irrigation-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a typed percent, a coefficient without unit, a 零增长 target, weights add to "
         "100 (correct)")  # fmt: skip
def td09() -> Book:
    b, s = department(
        year=2026, dept="濠坪县农业节水灌溉服务中心", goal="推广高效节水灌溉，完善农业用水计量，"
        "控制农业用水总量，提高农业用水效率。", filled=None,
        budget=[(wan(540), wan(500), wan(40), wan(180), wan(360))],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("高效节水灌溉面积", 20, "万亩", "≥", 1.2),
        ("农业用水计量设施安装", 15, "处", "≥", 85),
        ("计量设施运行完好率", 15, "%", "≥", pct(0.92)),
        ("农田灌溉水有效利用系数", 10, None, "≥", 0.6),
        ("亩均灌溉用水量较上年下降率", 10, "%", "≥", 3),
        ("农业用水总量增长率", 10, "%", "≤", 0),
        ("节水技术培训农户", 10, "人次", "≥", 600),
        ("服务对象满意度", 10, "%", "≥", 90),
    ], merged=())  # fmt: skip
    s.row("合计", 100)
    return b


@variant("td10-irrigation-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit typo against the unit column, a 反向 rate with ≥, "
         "weights 95")  # fmt: skip
def td10() -> Book:
    b, s = department(
        year=2025, dept="栎川县农村水利服务站", goal="推进喷滴灌等高效节水设施建设，加强灌溉"
        "用水计量和设施运行维护。", budget=[(wan(320), wan(300), wan(20), wan(120), wan(200))],
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    typo = mk("≥1500米", "T112", "error", alt=("T119",),
              note="value in 米 against the unit column 亩 (米 typed for 亩)")  # fmt: skip
    fault = mk("≥5%", "T108", "warning", row=True,
               note="故障率 is 反向 (its direction column says so) but carries ≥")  # fmt: skip
    table(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重（100分）"), [
        ("新增高效节水灌溉面积", "≥0.8", "正向", "万亩", 25),
        ("喷滴灌设施改造面积", typo, "正向", "亩", 10),
        ("计量设施故障率", fault, "反向", "%", 10),
        ("渠系水利用系数", "≥0.65", "正向", None, 10),
        ("节水灌溉工程验收合格率", "≥95%", "正向", "%", 15),
        ("灌溉用水计量率", "≥85%", "正向", "%", 15),
        ("服务对象满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, the header says 100")
    return b


@variant("td11-irrigation-points", (10, 5),
         "project, NAT-2021, abbreviated tier labels (产出, 数量, 经济成本), a tier-1 score "
         "column and an indicator score column both adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def td11() -> Book:
    b, s = project(
        year=2025, name="珉湾镇农业水价综合改革及计量设施建设", dept="柘原市水务局（402001）",
        unit="珉湾镇农业综合服务中心", money=one_year(300, 270, 30),
        goals=["完成全镇农业水价综合改革，配套安装农业用水计量设施，建立节水激励机制。"],
    )  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")
    table(s, head, [
        ("产出", 40, "数量", "安装农业用水计量设施", "≥220处", 15),
        (None, None, None, "完成水价综合改革面积", "≥2.6万亩", 10),
        (None, None, "质量", "计量设施安装合格率", "≥95%", 10),
        (None, None, "时效", "年度改革任务完成及时率", "≥95%", 5),
        ("成本", 20, "经济成本", "单处计量设施安装成本", "≤0.9万元/处", 20),
        ("效益", 30, "经济效益", "农业水费实收率", "≥95%", 10),
        (None, None, "社会效益", "农业用水计量率提高", "≥5百分点", 10),
        (None, None, "生态效益", "亩均灌溉用水量下降率", "≥8%", 10),
        ("满意度", 10, "服务对象满意度", "用水户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    return b


@variant("td12-irrigation-points-wrong", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it "
         "(产出 declared 40 but 45 below, 效益 declared 30 but 25), a satisfaction "
         "written =95%")  # fmt: skip
def td12() -> Book:
    b, s = project(
        year=2025, name="洄泽区灌区用水计量设施建设", dept="洄泽区水务局（301002）",
        unit="洄泽区灌区管理站", money=one_year(260, 240, 20),
        goals=["在洄泽区灌区斗口以上取水口安装用水计量设施，实现灌区用水计量监控。"],
    )  # fmt: skip
    out = mk(40, "W103", "error", note="产出 declared 40, indicators below add to 45")
    eff = mk(30, "W103", "error", note="效益 declared 30, indicators below add to 25")
    eq = mk("=95%", "T107", "warning", note="=95% on a satisfaction means ≥95%")
    table(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值"), [
        ("产出指标", out, "数量指标", "安装斗口计量设施", "≥140处", 20),
        (None, None, None, "建设计量监控平台", "=1套", 5),
        (None, None, "质量指标", "计量设施检定合格率", "≥98%", 10),
        (None, None, "时效指标", "设施安装完成及时率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "单处计量设施建设成本", "≤1.6万元/处", 20),
        ("效益指标", eff, "社会效益指标", "灌区用水计量率", "≥90%", 15),
        (None, None, "可持续影响指标", "计量设施管护制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "用水户满意度", eq, 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b

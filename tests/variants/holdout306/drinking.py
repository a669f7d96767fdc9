"""Rural drinking-water returns (td01–td06): water-quality upgrades, small supply works, repair
and testing projects stacked in one sheet, a water bureau's department table, a template left
half filled."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout306.common import (
    TIERS,
    department,
    note,
    one_year,
    project,
    table,
    wan,
)
from tests.variants.holdout306.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("td01-water-percent-cells", (1, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, 指标性质 as operator, unit column, "
         "percent cells typed in Excel, 万元 in the number format (correct)")  # fmt: skip
def td01() -> Book:
    b, s = project(
        year=2025, name="濠坪县农村供水水质提升项目", dept="濠坪县水利局（118001）",
        unit="濠坪县农村供水管理站", money=one_year(260, 230, 30),
        goals=["完成全县农村集中供水工程净化消毒设施改造，加强水质检测，提升农村供水水质。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "指标性质", "绩效标准", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "改造净化消毒设施", "≥", 46, "处"),
        (None, None, "水质检测样品数", "≥", 1380, "份"),
        (None, "质量指标", "出厂水水质检测合格率", "≥", pct(0.95), "%"),
        (None, None, "消毒设施改造验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "检测结果报送时限", "≤", 5, "工作日"),
        (None, "成本指标", "单处消毒设施改造成本", "≤", 4.5, "万元/处"),
        ("效益指标", "社会效益指标", "受益农村人口", "≥", 8.6, "万人"),
        (None, None, "末梢水浑浊度超标率", "≤", pct(0.03), "%"),
        (None, None, "农村供水水质安全事故", "≤", 0, "起"),
        (None, "可持续影响指标", "水质检测制度执行情况", "定性", "长期有效", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("td02-water-direction", (5, 11),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标), operators inside the values: a 反向 rate with ≥, a 正向 count "
         "with ≤")  # fmt: skip
def td02() -> Book:
    b, s = project(
        year=2025, name="栎川县农村小型供水工程巩固提升", dept="栎川县水利局（206003）",
        unit="栎川县农村饮水工程服务中心", money=one_year(480, 400, 80),
        goals=["新建改造小型集中供水工程，更换老旧入户管网，巩固提升农村供水保障水平。"],
    )  # fmt: skip
    bad_rate = mk("≥3%", "T108", "warning", row=True,
                  note="不合格率 is 反向: a ≥ rewards more failures; ≤3% was meant")  # fmt: skip
    bad_count = mk("≤2.4万人", "T108", "warning", row=True,
                   note="受益人口 is a 正向 output: ≤ caps it; ≥2.4万人 was meant")  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "新建改造小型集中供水工程", "≥12处"),
        (None, None, "更换入户供水管网", "≥86公里"),
        (None, "（二）质量指标", "工程竣工验收合格率", "≥98%"),
        (None, None, "水质检测不合格率", bad_rate),
        (None, "（三）时效指标", "工程完工及时率", "≥95%"),
        ("二、成本指标（20分）", "（一）经济成本指标", "入户管网改造单位成本", "≤3.2万元/公里"),
        ("三、效益指标（30分）", "（一）社会效益指标", "工程受益人口", bad_count),
        (None, None, "供水保证率", "≥95%"),
        (None, "（二）可持续影响指标", "工程管护责任落实率", "=100%"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "受益群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


REPAIR = [
    ("产出指标", "数量指标", "维修养护供水工程", "≥60处"),
    (None, "质量指标", "水质检测合格率", "≥95%"),
    (None, "时效指标", "维修养护任务完成及时率", "≥95%"),
    (None, "成本指标", "单处维修养护成本", "≤1.5万元/处"),
    ("效益指标", "社会效益指标", "农村集中供水率", "≥93%"),
    (None, "可持续影响指标", "工程运行管护机制", "健全"),
    ("满意度指标", "服务对象满意度指标", "供水服务满意度", "≥90%"),
]  # fmt: skip


@variant("td03-water-stacked", (2, 12),
         "two projects stacked in one sheet, OLD-NAT, one value column, each with its own head "
         "and money; the same 水质检测合格率 with different values in each (correct)")  # fmt: skip
def td03() -> Book:
    b, s = project(
        sheet="项目绩效目标", year=2025, name="洄泽区农村供水工程维修养护",
        dept="洄泽区水务局（301002）", unit="洄泽区农村供水站", money=one_year(150, 150, 0),
        goals=["完成农村供水工程维修养护，保障工程正常运行和群众安全饮水。"],
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), REPAIR)
    s.skip()
    project_head(
        s, year=2025, name="洄泽区农村供水水质检测能力建设", dept="洄泽区水务局（301002）",
        unit="洄泽区水质检测中心", money=one_year(90, 80, 10), title="",
        goals=["配置水质检测设备，开展农村供水水质巡检，提高检测覆盖面和检测质量。"],
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "购置水质检测设备", "≥18台"),
        (None, None, "水质巡检次数", "≥4次"),
        (None, "质量指标", "水质检测合格率", "≥97%"),
        (None, "时效指标", "设备采购完成时间", "6月30日前"),
        (None, "成本指标", "设备购置费用", "≤62万元"),
        ("效益指标", "社会效益指标", "农村供水工程水质检测覆盖率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "乡镇供水单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("td04-water-stacked-defects", (1, 2, 12),
         "two projects stacked, OLD-NAT, operator and unit columns with percent cells: the "
         "second project's 年度资金总额 does not add up and a coverage rate is typed "
         "105%")  # fmt: skip
def td04() -> Book:
    head = (*TIERS, "比较符", "指标值", "计量单位")
    b, s = project(
        year=2025, name="珉湾镇农村饮水水源保护", dept="柘原市水务局（402001）",
        unit="珉湾镇水利站", money=one_year(120, 110, 10),
        goals=["划定并标识农村千人以上供水工程水源保护范围，清理保护区内污染源。"],
    )  # fmt: skip
    table(s, head, [
        ("产出指标", "数量指标", "设置水源保护标志牌", "≥", 75, "块"),
        (None, "质量指标", "保护范围划定合规率", "=", pct(1), "%"),
        (None, "时效指标", "标志牌设置完成时间", "≤", "9月30日", None),
        ("效益指标", "生态效益指标", "水源地水质达标率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(210), "B101", "error", row=True,
               note="160 + 40 = 200 ≠ 210: 年度资金总额 is not 财政拨款 + 其他资金")  # fmt: skip
    project_head(
        s, year=2025, name="珉湾镇农村供水水质巡检", dept="柘原市水务局（402001）",
        unit="珉湾镇水利站", money=one_year(total, 160, 40), title="",
        goals=["对全镇农村供水工程开展水质巡检，覆盖全部千人以上供水工程。"],
    )  # fmt: skip
    over = mk(pct(1.05), "T106", "error", note="a 覆盖率 cannot exceed 100%: typed 105%")
    table(s, head, [
        ("产出指标", "数量指标", "水样采集检测", "≥", 640, "份"),
        (None, "质量指标", "千人以上供水工程水样检测覆盖率", "≥", over, "%"),
        (None, "时效指标", "检测报告出具时限", "≤", 7, "工作日"),
        ("效益指标", "社会效益指标", "水质问题整改率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "供水单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("td05-water-department", (12,),
         "department, NAT-2021: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, "
         "key tasks adding to a 金额合计 equal to 项目支出, a footnote explaining the "
         "total (correct)")  # fmt: skip
def td05() -> Book:
    tasks = [
        ("农村供水保障", "农村供水工程维修养护和应急供水", wan(430), "工程正常运行"),
        ("水源地保护", "水源保护区标志设置和污染源清理", wan(220), "水源水质稳定达标"),
        ("水质监测", "农村供水水质抽检和信息公开", wan(140), "水质问题及时发现处置"),
        ("金额合计", None, wan(790), None),
    ]  # fmt: skip
    b, s = department(
        year=2025, dept="柘原市水务局", budget=[(wan(1260), wan(1180), wan(80), wan(470),
        wan(790))], tasks=tasks, goal="保障农村供水工程稳定运行，提升水源保护和水质监测水平。",
    )  # fmt: skip
    table(s, (*TIERS, "指标值"), [
        ("产出指标", "数量指标", "农村供水工程维修养护", "≥180处"),
        (None, None, "水源保护区标志设置", "≥64块"),
        (None, None, "年度水质监测样品", "≥1100份"),
        (None, "质量指标", "农村集中供水工程水质达标率", "≥92%"),
        (None, "时效指标", "水质监测结果公开及时率", "≥95%"),
        ("成本指标", "经济成本指标", "水质监测单样检测成本", "≤0.12万元/份"),
        ("效益指标", "社会效益指标", "农村集中供水率", "≥93%"),
        (None, "生态效益指标", "县级以上饮用水水源地水质达标率", "=100%"),
        (None, "可持续影响指标", "供水工程长效管护机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "农村供水服务满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：金额合计为年度主要任务的项目支出合计，不含基本支出。")
    return b


@variant("td06-water-template-empty", (6, 13),
         "project, NAT-2021, header 预期目标: a template tier-2 left without indicator, a value "
         "typed in a row whose name is empty")  # fmt: skip
def td06() -> Book:
    b, s = project(
        year=2025, name="苇埠乡农村供水管网延伸工程", dept="栎川县水利局（206003）",
        unit="苇埠乡人民政府", money=one_year(340, 300, 40),
        start=day(2025, 3, 1, CN_DATE), end=day(2025, 11, 30, CN_DATE),
        goals=["将城镇供水管网延伸至苇埠乡各行政村，解决分散供水水质不稳定问题。"],
    )  # fmt: skip
    unnamed = mk(None, "F110", "error",
                 note="a value ≥95% under 质量指标 with no indicator name")  # fmt: skip
    left = mk("生态效益指标", "F109", "warning", row=True,
              note="template tier-2 kept with no indicator and no value")  # fmt: skip
    table(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "新建延伸供水主管网", "≥38公里"),
        (None, None, "新增通水行政村", "≥14个"),
        (None, "质量指标", unnamed, "≥95%"),
        (None, "时效指标", "管网通水时间", "11月30日前"),
        ("成本指标", "经济成本指标", "主管网延伸单位造价", "≤7.5万元/公里"),
        ("效益指标", "社会效益指标", "新增受益人口", "≥1.6万人"),
        (None, left, None, None),
        (None, "可持续影响指标", "管网运行管护责任落实率", "=100%"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    return b

"""Meal subsidies for the oldest old (高龄老人助餐补贴) and department returns: kgk13–kgk18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout859.common import TIERS, book, indicators, multi_year, one_year, sign
from tests.variants.holdout859.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

NAT = (*TIERS, "年度指标值")


@variant(
    "kgk13-subsidy-department",
    (12,),
    "department, NAT-2021: budget with shares, key "
    "tasks adding to 金额合计 = 项目支出, all consistent (correct)",
)
def subsidy_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="蓼川市老龄事业发展中心", budget=[
        (money(1200), money(1100), money(100), money(450), money(750)),
        (pct(1), pct(0.9167, "0.00%"), pct(0.0833, "0.00%"), pct(0.375, "0.00%"),
         pct(0.625, "0.00%")),
    ], tasks=[
        ("高龄老人助餐补贴", "为80周岁以上老人发放助餐补贴", money(480), "按月足额发放"),
        ("长者食堂运营补助", "补助全市长者食堂运营", money(180), "食堂常态运营"),
        ("送餐上门服务", "为失能高龄老人送餐", money(90), "全年送餐不间断"),
        ("金额合计", None, money(750), None),
    ], goal="目标1：为全市8000名80周岁以上老人按月发放助餐补贴；目标2：支持长者食堂和送餐上门"
            "服务常态运行。")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "高龄助餐补贴发放人数", "≥8000人"),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%"),
        (None, "时效指标", "补贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "高龄助餐补贴标准", "≤600元/人·年"),
        ("效益指标", "社会效益指标", "高龄老人助餐需求满足率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助高龄老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgk14-subsidy-department-wrong",
    (12,),
    "department, NAT-2021: 基本支出 + 项目支出 ≠ "
    "资金总额, tasks not adding to 金额合计, the goal's count against the indicator",
)
def subsidy_department_wrong() -> Book:
    b, s = book("部门整体")
    total = mk(money(1300), "B101", "error", row=True, note="基本支出460 + 项目支出820 = 1280")
    department_head(s, year=2026, dept="栖梧县老龄工作服务中心", budget=[
        (total, money(1200), money(100), money(460), money(820)),
    ], tasks=[
        ("高龄老人助餐补贴", "为80周岁以上老人发放助餐补贴", money(500), "按月足额发放"),
        ("农村幸福食堂补助", "补助村级幸福食堂运营", money(200), "食堂常态运营"),
        ("助餐服务监管", "食品安全和资金监管", money(100), "无食品安全事故"),
        ("金额合计", None, mk(money(820), "B102", "error", note="500 + 200 + 100 = 800"),
         None),
    ], goal="为全县9600名80周岁以上老人按月发放助餐补贴，农村幸福食堂常态运营。")  # fmt: skip
    indicators(s, NAT, [
        ("产出指标", "数量指标", "高龄助餐补贴发放人数",
         mk("≥9000人", "D104", "warning", row=True, note="年度总体目标写9600名")),
        (None, "质量指标", "补贴对象资格审核准确率", "=100%"),
        ("成本指标", "经济成本指标", "高龄助餐补贴标准", "≤500元/人·年"),
        ("效益指标", "社会效益指标", "农村高龄老人助餐保障率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kgk15-subsidy-export",
    (7, 9),
    "budget-system export: money on 部门项目支出预算05-1, "
    "indicators on 部门项目支出绩效目标05-2 with codes in the first columns, header on the "
    "third row (correct)",
)
def subsidy_export() -> Book:
    b, s = book("部门项目支出预算05-1", (12, 26, 14, 14, 14))
    s.title("部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("43102326000017", "高龄老人助餐补贴", money(432, WAN), money(432, WAN), money(0, WAN))
    s.row("43102326000021", "长者食堂运营补助", money(68, WAN), money(60, WAN), money(8, WAN))
    s.row("合计", None, money(500, WAN), money(492, WAN), money(8, WAN))
    t = b.sheet("部门项目支出绩效目标05-2", (12, 20, 10, 10, 14, 22, 10, 10))
    t.title("部门项目支出绩效目标表（2026年度）", 8)
    t.row("单位名称：蓼川市檀湾区民政局", None, None, "单位：万元")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值",
          "度量单位")  # fmt: skip
    for code, name, rows in (("43102326000017", "高龄老人助餐补贴", (
            ("产出指标", "数量指标", "补贴发放人数", "≥", "6000", "人"),
            ("产出指标", "成本指标", "补贴标准", "≤", "720", "元/人·年"),
            ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥", "90", "%"))),
            ("43102326000021", "长者食堂运营补助", (
            ("产出指标", "数量指标", "运营长者食堂数量", "=", "5", "个"),
            ("效益指标", "社会效益指标", "老年人就餐便利度", "定性", "提高", None),
            ("满意度指标", "服务对象满意度指标", "就餐老人满意度", "≥", "90", "%")))):  # fmt: skip
        for r in rows:
            t.row(code, name, *r)
    return b


@variant(
    "kgk16-subsidy-multiyear",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "period counts above the year's, rates equal, money within the period (correct)",
)
def subsidy_multiyear() -> Book:
    b, s = book()
    project_head(s, year=2026, years=2, name="鹭汀区百岁老人营养餐补贴", attr="新增项目",
                 dept="鹭汀区民政局 318001", unit="鹭汀区老龄工作服务中心",
                 money=multi_year((720, 720, 0), (360, 360, 0)),
                 goals=["两年为百岁及90岁以上老人发放营养餐补贴累计1.2万人次，实现应补尽补。",
                        "2026年为6000名90岁以上老人按月发放营养餐补贴。"])  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "营养餐补贴发放人次", "≥12000人次", "≥6000人次"),
        (None, "质量指标", "补贴对象认定准确率", "=100%", "=100%"),
        (None, "时效指标", "补贴按月发放及时率", "≥98%", "≥98%"),
        ("成本指标", "经济成本指标", "营养餐补贴标准", "≤600元/人·年", "≤600元/人·年"),
        ("效益指标", "社会效益指标", "90岁以上老人营养改善", "有效", "有效"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6283415", day(2025, 11, 14))
    return b


@variant(
    "kgk17-subsidy-unitcost",
    (11, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "年度资金 above 中期资金, standard × count above the year's money, a satisfaction rate "
    "under 社会效益",
)
def subsidy_unitcost() -> Book:
    b, s = book()
    annual = mk(money(900, WAN), "B103", "error", note="年度资金900万元大于中期资金800万元")
    project_head(s, year=2026, years=2, name="檀湾区高龄老人助餐补贴", attr="延续项目",
                 dept="檀湾区民政局 318020", unit="檀湾区老龄事业发展中心",
                 money=multi_year((800, 700, 100), (annual, 800, 100)),
                 goals=["两年为80岁以上老人发放助餐补贴累计2万人，助餐需求基本满足。",
                        "2026年为1万名80岁以上老人发放助餐补贴。"])  # fmt: skip
    indicators(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "助餐补贴发放人数", "≥20000人", "≥10000人"),
        (None, "时效指标", "补贴发放及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "年补贴标准", "≤960元/人",
         mk("≤960元/人", "B107", "warning", row=True,
            note="960元 × 1万人 = 960万元，超过年度资金900万元")),
        ("效益指标", "社会效益指标", "高龄老人助餐需求满足率", "≥90%", "≥90%"),
        (None, None, mk("受助老人满意度", "F201", "warning", row=True,
                        note="满意度填在社会效益指标下"), "≥90%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "子女及照护家属满意度", "≥85%", "≥85%"),
    ])  # fmt: skip
    return b


@variant(
    "kgk18-subsidy-empty-names",
    (6, 13),
    "project, NAT-2021, header 预期目标: a template "
    "tier-2 left empty, a value without a name, the goal naming last year",
)
def subsidy_empty_names() -> Book:
    b, s = book()
    project_head(s, year=2026, name="芸川镇高龄老人助餐补贴", dept="芸川镇人民政府 6120",
                 unit="芸川镇社会事务办公室", money=one_year(42, 42, 0),
                 goals=[mk("完成2025年度全镇700名80岁以上老人助餐补贴发放。", "Y103", "warning",
                           alt=("Y101",), note="预算年度2026，目标仍写2025年度")])  # fmt: skip
    indicators(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", "助餐补贴发放人数", "≥700人"),
        (None, "质量指标", mk(None, "F110", "error", note="有指标值，无三级指标名称"), "=100%"),
        (None, "时效指标", "补贴按月发放及时率", "≥95%"),
        ("成本指标", "经济成本指标", "助餐补贴标准", "≤600元/人·年"),
        ("效益指标", "社会效益指标", "高龄老人助餐需求满足率", "≥90%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行未填"), None, None),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    return b

"""Mobile science vans: six returns (kfp13-kfp18)."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout838.common import TIERS, YEAR, book, one_year, periods, table, wan
from tests.variants.holdout838.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

VAN = "雁屿市科普大篷车巡展"


@variant(
    "kfp13-van-three-years",
    (8,),
    (
        "three-year project, NAT-2021, 中期 and 年度 columns: period counts above the "
        "year's, equal rates, a later year prepared for (correct)"
    ),
)
def van_three_years() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="科普大篷车乡村学校巡展",
                 dept="柘塘县科学技术协会 217", unit="柘塘县科技馆", attr="新增项目",
                 money=periods((wan(360), wan(300), wan(60)), (wan(120), wan(100), wan(20))),
                 goals=["三年内巡展覆盖全县12个乡镇，巡展450站次，服务学生18万人次，为2029年"
                        "建立常态化巡展机制积累经验。",
                        "2026年巡展150站次，覆盖4个乡镇，服务学生6万人次。"])  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "巡展站次", "≥450站次", "≥150站次"),
        (None, None, "覆盖乡镇数", "=12个", "≥4个"),
        (None, "质量指标", "车载展品完好率", pct(0.95), pct(0.95)),
        (None, "时效指标", "巡展计划按时完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每站次运行成本", "≤0.6万元/站次", "≤0.6万元/站次"),
        ("效益指标", "社会效益指标", "服务学生人次", "≥18万人次", "≥6万人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp14-van-copied",
    (8,),
    (
        "two-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
        "中期目标, two cumulative counts copied into 年度"
    ),
)
def van_copied() -> Book:
    b, s = book()
    text = "两年内科普大篷车进校巡展240站次，服务学生10万人次，配备新展品30件。"
    project_head(s, year=YEAR, years=2, name="科普大篷车进校园", dept="枫垣市科学技术协会 109",
                 unit="枫垣市科技馆", money=periods((wan(200), wan(180), wan(20)),
                                                    (wan(110), wan(100), wan(10))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标与中期目标逐字相同")])  # fmt: skip
    table(s, (*TIERS, "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "进校巡展站次", "≥240站次",
         mk("≥240站次", "D202", "warning", note="两年累计数照抄到年度")),
        (None, None, "新配展品数量", "≥30件", "≥20件"),
        (None, "质量指标", "展品完好率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每站次巡展成本", "≤0.8万元/站次", "≤0.8万元/站次"),
        ("效益指标", "社会效益指标", "服务学生人次", "≥10万人次",
         mk("≥10万人次", "D202", "warning", note="两年累计数照抄到年度")),
        ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


def _export_money(b: Book, lines: list[tuple[str, Any]], total: Any) -> None:
    """The export's money sheet: codes first, detail lines under the project total."""
    m = b.sheet("部门项目支出预算05-1", (16, 24, 16, 16, 16))
    m.title(f"{YEAR}年部门项目支出预算表", 5)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    m.row("3605012601", VAN, *total)
    for i, (name, amount) in enumerate(lines, start=1):
        m.row(f"3605012601-0{i}", name, amount)


def _export_goals(b: Book, rows: list[tuple[Any, ...]]) -> Sheet:
    """The export's goal sheet: header on the third row, code and name repeated per row."""
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 12, 16, 26, 16, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("预算单位：雁屿市科技馆")
    t.row("项目编码", "项目名称", *TIERS, "指标值", "计量单位")
    for r in rows:
        t.row("3605012601", VAN, *r)
    return t


@variant(
    "kfp15-van-export",
    (1, 7, 9),
    (
        "budget-system export, two sheets, codes in the first columns, header on the "
        "third row, 0.00% cells, detail lines adding up (correct)"
    ),
)
def van_export() -> Book:
    b = Book()
    _export_money(b, [("车辆运维", wan(30)), ("展品更新", wan(25)), ("讲解员劳务", wan(15))],
                  (wan(70), wan(60), wan(10)))  # fmt: skip
    _export_goals(b, [
        ("产出指标", "数量指标", "巡展站次", "≥120", "站次"),
        ("产出指标", "质量指标", "展品完好率", pct(0.92, "0.00%"), "%"),
        ("产出指标", "时效指标", "巡展计划按时完成率", pct(0.95, "0.00%"), "%"),
        ("成本指标", "经济成本指标", "单站次运行成本", "≤0.5", "万元/站次"),
        ("效益指标", "社会效益指标", "服务学生人次", "≥40000", "人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp16-van-export-wrong",
    (9, 12),
    (
        "budget-system export: detail lines not adding to the total, a deadline as a "
        "date serial in text, a unit cost over the money"
    ),
)
def van_export_wrong() -> Book:
    b = Book()
    total = mk(wan(100), "B102", "error", note="明细40+30+25=95≠资金总额100")
    _export_money(b, [("车辆改装", wan(40)), ("展品采购", wan(30)), ("巡展运维", wan(25))],
                  (total, wan(90), wan(10)))  # fmt: skip
    _export_goals(b, [
        ("产出指标", "数量指标", "巡展站次", "≥150", "站次"),
        ("产出指标", "质量指标", "展品完好率", pct(0.95, "0.00%"), "%"),
        ("产出指标", "时效指标", "巡展任务完成时间",
         mk("46387", "X104", "warning", note="日期序列号46387（2026-12-31）存成了文字"), None),
        ("成本指标", "经济成本指标", "单站次运行成本",
         mk("≤0.8", "B107", "warning", row=True, note="0.8万元×150站次=120万元，超过资金100万元"),
         "万元/站次"),
        ("效益指标", "社会效益指标", "服务学生人次", "≥50000", "人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "kfp17-van-department",
    (3, 12),
    (
        "department, tasks adding to 项目支出, flat list (指标名称 · 指标值 · 计量单位 "
        "· 指标性质 as direction · 权重), goal count with its part (correct)"
    ),
)
def van_department() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept="鹭汀市科学技术协会",
                    budget=[(wan(540), wan(500), wan(40), wan(300), wan(240))],
                    tasks=[("科普大篷车巡展", "乡村与城区学校巡展", wan(120), "巡展150站"),
                           ("校园科学讲座", "科技工作者进校讲座", wan(80), "讲座100场"),
                           ("科技馆运行补助", "展厅开放与维护", wan(40), "开放≥300天"),
                           ("金额合计", None, wan(240), None)],
                    goal="全年巡展150站（其中乡村学校90站），开展校园科学讲座100场。")  # fmt: skip
    s.row("指标名称", "指标值", "计量单位", "指标性质", "权重")
    s.table([
        ("科普大篷车巡展站数", "≥150", "站", "正向", 20),
        ("乡村学校巡展站数", "≥90", "站", "正向", 10),
        ("校园科学讲座场次", "≥100", "场", "正向", 15),
        ("车载展品故障率", "≤3", "%", "反向", 10),
        ("学生科学兴趣调查优良率提升", "≥2", "百分点", "正向", 10),
        ("巡展车辆安全事故", "=0", "起", "反向", 10),
        ("服务对象满意度", pct(0.92), "%", "正向", 15),
        ("每站巡展成本", "≤0.8", "万元/站", "反向", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "kfp18-van-template-left",
    (6, 13),
    (
        "project, NAT-2021, header 预期目标: a template tier-2 left empty, a value "
        "without a name, last year's year in an indicator name"
    ),
)
def van_template_left() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="科普大篷车社区巡展", dept="澜湾区科学技术协会 217",
                 unit="澜湾区科技馆", money=one_year(wan(48), wan(40), wan(8)),
                 goals=["2026年在社区和学校巡展100站次，服务群众3万人次。"])  # fmt: skip
    table(s, (*TIERS, "预期目标"), [
        ("产出指标", "数量指标", mk("2025年度巡展站次", "Y103", "warning", row=True,
                                     alt=("Y101",), note="2026年的项目，指标名仍写2025年"),
         "≥100站次"),
        (None, "质量指标", "车载展品完好率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="有指标值却没有三级指标名称"), "≥98%"),
        (None, "时效指标", "巡展完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "每站次巡展成本", "≤0.45万元/站次"),
        ("效益指标", "社会效益指标", "服务群众人次", "≥30000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="模板行，未填指标"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    return b

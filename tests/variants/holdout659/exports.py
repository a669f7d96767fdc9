"""Returns from budget-system exports, two-year projects and department forms that mix both
halves of the theme: antler grading and waste water, farm isolation zones, cold chain
(gs13-gs18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout659.common import (
    HEAD4,
    HEAD5,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    wan,
)
from tests.variants.holdout659.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

UNIT = ("412031", "鹤背岭县鹿产业服务站")


def budget_sheet(b: Book, code: str, name: str, money: Sequence[Any]) -> Sheet:
    """The export's 05-1 sheet: title, unit line, header on the third row, one project."""
    s = b.sheet("部门项目支出预算05-1", (10, 20, 18, 26, 12, 12, 12))
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row(*UNIT, code, name, *(wan(m) for m in money))
    return s


def target_sheet(b: Book, code: str, rows: Sequence[Sequence[Any]], split: int = 0) -> Sheet:
    """The export's 05-2 sheet: codes in the first columns, tiers repeated in every row, the
    header repeated after a page break before row ``split`` (0: no break)."""
    s = b.sheet("部门项目支出绩效目标05-2", (10, 18, 14, 16, 28, 18))
    s.title("2025年部门项目支出绩效目标表", 6)
    s.row(f"单位名称：{UNIT[1]}")
    head = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值")
    s.row(*head)
    for i, r in enumerate(rows):
        if split and i == split:
            s.row(*head)
        s.row(UNIT[0], code, *r)
    return s


@variant(
    "gs13-grading-export",
    (4, 7),
    "budget-system export: 05-1 money sheet and 05-2 target "
    "sheet, header on the third row, codes in the first columns, header repeated after a "
    "page break (correct)",
)
def gs13() -> Book:
    b = Book()
    code = "41203125000012"
    s = budget_sheet(b, code, "马鹿茸分级标准化加工示范", (52, 48, 4))
    s.row("年度绩效目标：按分级标准加工马鹿茸1500千克，建成分级示范点1个。", merge=[(1, 7)])
    target_sheet(
        b,
        code,
        [
            ("产出指标", "数量指标", "马鹿茸分级加工量", "≥1500千克"),
            ("产出指标", "数量指标", "分级示范点建成数量", "=1个"),
            ("产出指标", "质量指标", "分级结果复检符合率", pct(0.95)),
            ("产出指标", "时效指标", "示范点建成时间", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "分级设备购置费", "≤30万元"),
            ("效益指标", "经济效益指标", "分级后鹿茸平均售价提高", "≥8%"),
            ("效益指标", "可持续影响指标", "应用分级规程的加工企业", "≥6家"),
            ("满意度指标", "服务对象满意度指标", "合作企业满意度", "≥90%"),
        ],
        split=4,
    )
    return b


@variant(
    "gs14-stock-export-artefacts",
    (9, 12),
    "budget-system export: total ≠ parts in 05-1, a "
    "date serial as text, last season's deadline left in the 2025 table",
)
def gs14() -> Book:
    b = Book()
    code = "41203125000027"
    total = mk(wan(75), "B101", "error", note="财政拨款 60 + 其他资金 12 = 72 ≠ 75")
    budget_sheet(b, code, "梅花鹿场防疫消毒物资储备", (total, 60, 12))
    serial = mk("45838", "X104", "warning", note="文本中的日期序列号（2025-06-30）")
    stale = mk(
        "2024年10月31日前",
        "Y102",
        "error",
        row=True,
        alt=("Y103",),
        note="上年秋防的完成时间留在 2025 年度的表中",
    )
    target_sheet(
        b,
        code,
        [
            ("产出指标", "数量指标", "储备消毒剂", "≥12吨"),
            ("产出指标", "数量指标", "储备防护服", "≥3000套"),
            ("产出指标", "质量指标", "储备物资抽检合格率", "=100%"),
            ("产出指标", "时效指标", "储备物资入库完成时间", serial),
            ("产出指标", "时效指标", "秋防消毒物资发放完成时间", stale),
            ("成本指标", "经济成本指标", "消毒剂采购单价", "≤3.5万元/吨"),
            ("效益指标", "社会效益指标", "鹿场消毒物资保障率", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gs15-isolation-zone-weights",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns "
    "with a weight column adding to 100, a later year the work prepares for (correct)",
)
def gs15() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        years=2,
        name="鹿场生物安全隔离区建设",
        dept="柞河市农业农村局 327014",
        unit="柞河市动物疫病预防控制中心",
        attr="新增项目",
        money=multi_year((260, 220, 40), (150, 130, 20)),
        goals=[
            "两年内建成鹿场生物安全隔离区3处、隔离观察圈舍24间，引种鹿只隔离观察率"
            "100%，为2027年全市推广鹿场分区管理积累经验。",
            "2025年建成隔离区1处、隔离观察圈舍8间。",
        ],
    )
    indicators(
        s,
        (*HEAD5, "权重"),
        [
            ("产出指标", "数量指标", "生物安全隔离区建成数量", "≥3处", "≥1处", 15),
            (None, None, "隔离观察圈舍建设数量", "≥24间", "≥8间", 15),
            (None, "质量指标", "工程验收合格率", "=100%", "=100%", 10),
            (None, None, "引种鹿只隔离观察率", "=100%", "=100%", 10),
            (None, "时效指标", "隔离区投入使用时间", "2026年10月31日前", "2025年11月30日前", 10),
            ("成本指标", "经济成本指标", "单间圈舍建设成本", "≤6万元/间", "≤6万元/间", 10),
            ("效益指标", "社会效益指标", "引种带入疫病发生数", "0起", "0起", 10),
            (None, "可持续影响指标", "隔离区设计使用年限", "≥15年", "≥15年", 10),
            ("满意度指标", "服务对象满意度指标", "鹿场业主满意度", "≥90%", "≥90%", 10),
        ],
    )
    return b


@variant(
    "gs16-wastewater-two-year",
    (8, 12),
    "two-year project, NAT-2021, 中期 and 年度 columns: "
    "annual money above the period's, a cumulative count copied, goal capacity",
)
def gs16() -> Book:
    b, s = start()
    annual = mk(wan(180), "B103", "error", note="年度资金 180 万元大于中期资金 150 万元")
    project_head(
        s,
        year=2025,
        years=2,
        name="鹿茸加工企业废水处理设施建设",
        dept="栎原县农业农村局 413102",
        unit="栎原县鹿业发展中心",
        attr="新增项目",
        money=multi_year((150, 120, 30), (annual, 150, 30)),
        goals=[
            "两年内为4家鹿茸加工企业建成废水处理设施4套，出水达标率100%。",
            "2025年建成废水处理设施2套，单套日处理能力达到50吨，出水达标。",
        ],
    )
    copied = mk(
        "≥4套", "D202", "warning", alt=("D104",), note="两年期累计数照抄到年度列，年度目标写 2 套"
    )
    capacity = mk("≥30吨", "D104", "warning", note="年度目标写单套日处理能力 50 吨")
    indicators(
        s,
        HEAD5,
        [
            ("产出指标", "数量指标", "废水处理设施建设数量", "≥4套", copied),
            (None, None, "单套设施日处理能力", "≥50吨", capacity),
            (None, "质量指标", "出水水质达标率", "=100%", "=100%"),
            (None, "时效指标", "设施建成时间", "2026年9月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "单套设施建设成本", "≤35万元/套", "≤35万元/套"),
            ("效益指标", "生态效益指标", "化学需氧量削减量", "≥20吨", "≥8吨"),
            (None, "可持续影响指标", "设施运维管理制度", "建立并执行", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "gs17-deer-centre-department",
    (6, 12, 13),
    "department, NAT-2021: 资金总额 ≠ 基本支出 + "
    "项目支出, a task's count above the indicator's, a tier-2 left from the template",
)
def gs17() -> Book:
    b, s = start()
    total = mk(wan(380), "B101", "error", note="基本支出 210 + 项目支出 160 = 370 ≠ 380")
    department_head(
        s,
        year=2025,
        dept="栎原县鹿业发展中心",
        budget=[(total, wan(350), wan(30), wan(210), wan(160))],
        tasks=[
            ("马鹿茸加工培训", "标准化加工技术培训", wan(40), "培训300人次"),
            ("加工设备补助", "补助加工户设备", wan(90), "补助设备30台套"),
            ("鹿茸品牌推介", "参加农产品展会", wan(30), "参展3场"),
            ("金额合计", None, wan(160), None),
        ],
        goal="培训马鹿茸加工技术人员300人次，补助加工设备30台套，推介栎原鹿茸品牌。",
    )
    trained = mk("≥200人次", "D104", "warning", note="任务和总体目标写培训 300 人次")
    empty = mk(
        "时效指标", "F109", "warning", row=True, note="模板留下的二级指标，无三级指标和指标值"
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "加工技术培训人次", trained),
            (None, None, "加工设备补助台套数", "≥30台套"),
            (None, None, "品牌推介展会场次", "≥3场"),
            (None, "质量指标", "培训考核合格率", "≥90%"),
            (None, None, "补助设备验收合格率", "=100%"),
            (None, empty, None, None),
            ("成本指标", "经济成本指标", "加工设备补助标准", "≤3万元/台套"),
            ("效益指标", "经济效益指标", "加工户户均增收", "≥2000元"),
            (None, "社会效益指标", "带动就业人数", "≥60人"),
            ("满意度指标", "服务对象满意度指标", "加工户满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "gs18-cold-chain-page-break",
    (4,),
    "project, OLD-NAT, one value column, a 说明 row inside "
    "the table, the header repeated after a page break, 填表说明 and a signature line dated "
    "in the prior year (correct)",
)
def gs18() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="鹿场防疫冷链设备购置",
        dept="柞河市农业农村局 327014",
        unit="柞河市动物疫病预防控制中心",
        money=one_year(32, 32, 0),
        goals=["购置疫苗冷藏箱20台、冷藏车1辆，保障鹿场疫苗储运全程冷链。"],
    )
    indicators(
        s,
        HEAD4,
        [
            ("产出指标", "数量指标", "购置疫苗冷藏箱", "≥20台"),
            (None, None, "购置疫苗冷藏车", "=1辆"),
            (None, "质量指标", "设备验收合格率", "=100%"),
            (None, None, "疫苗储运温度达标率", "≥98%"),
            (None, "时效指标", "设备到位时间", "2025年5月31日前"),
            (None, "成本指标", "冷藏箱购置单价", "≤0.35万元/台"),
            (None, None, "冷藏车购置价格", "≤24万元/辆"),
        ],
    )
    notes(s, "说明：冷藏箱7万元、冷藏车24万元，余1万元用于温度记录仪。", width=4)
    indicators(
        s,
        HEAD4,
        [
            ("效益指标", "社会效益指标", "疫苗失效损失下降率", "≥30%"),
            (None, None, "冷链断链造成的疫苗报废", "0起"),
            (None, "可持续影响指标", "冷链设备使用年限", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "乡镇防疫站满意度", "≥90%"),
        ],
    )
    notes(s, "填表说明：1.本表一式两份；2.指标值须量化并注明计量单位。")
    sign(s, "沈岩", "0439-5816042", day(2024, 11, 18, 'yyyy"年"m"月"d"日"'))
    return b

"""Budget-system exports, tables broken over pages, stacked multi-year projects and two-row
headers, for both halves of the theme (dr13–dr18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout580.common import (
    NAT4,
    PERIOD5,
    book,
    funds,
    indicators,
    notes,
    sign,
    wan,
)
from tests.variants.holdout580.registry import variant
from tests.variants.kit import Book, day, mk, pct

EXPORT = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip


def _export(code: str, name: str, amounts: Sequence[Any], total: Sequence[float], goal: str,
            rows: Sequence[Sequence[Any]]) -> Book:  # fmt: skip
    """A 预算管理一体化 export: the budget on 「部门项目支出预算05-1」, the indicators on
    「部门项目支出绩效目标05-2」 under a header on the third row, code and name in every row."""
    b, s = book("部门项目支出预算05-1", (18, 34, 14, 14, 14, 44))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：椰汀县商务局（312）", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(code, name, *amounts, goal)
    s.row("合计", "", *total)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 30, 12, 18, 28, 10, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位名称：椰汀县商务局（312）")
    t.row(*EXPORT)
    t.table([(code, name, *r) for r in rows])
    return b


@variant(
    "dr13-coconut-export",
    (7,),
    "budget-system export, NAT-2021: budget on 「部门项目支出预算05-1」, indicators on "
    "「部门项目支出绩效目标05-2」 with the header on row 3, codes in the first columns, "
    "operators in words under 指标方向, a 度量单位 column (correct)",
)
def coconut_export() -> Book:
    return _export("469027-25-0031", "椰子制品出口加工园区公共检测服务平台项目",
                   (320, 260, 60), (320, 260, 60),
                   "服务出口企业30家，完成椰子制品出口检测600批次，"
                   "园区椰子制品出口额增长10%以上。", [
        ("产出指标", "数量指标", "平台服务出口企业数量", "大于等于", 30, "家"),
        ("产出指标", "数量指标", "椰子制品出口检测批次", "大于等于", 600, "批次"),
        ("产出指标", "质量指标", "出口检测结果准确率", "大于等于", pct(0.99), "%"),
        ("产出指标", "时效指标", "检测报告出具时限", "小于等于", 3, "个工作日"),
        ("成本指标", "经济成本指标", "单批次检测补助", "小于等于", 0.2, "万元/批次"),
        ("效益指标", "经济效益指标", "园区椰子制品出口额增长率", "大于等于", 10, "%"),
        ("效益指标", "社会效益指标", "带动园区就业人数", "大于等于", 300, "人"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "大于等于", 90, "%"),
    ])  # fmt: skip


@variant(
    "dr14-coconut-export-wrong",
    (7, 9),
    "budget-system export, NAT-2021: an amount stored as text with a thousands separator, "
    "a deadline in the year before the budget year, two export-batch indicators that say "
    "the same thing with other values",
)
def coconut_export_wrong() -> Book:
    return _export("469027-25-0047", "椰子粉及椰浆出口精深加工技改项目",
                   (mk("1,280.50", "X103", "warning", note="金额存为带千分位的文本"), 980.5, 300),
                   (1280.5, 980.5, 300),
                   "技改椰子粉生产线2条，年出口椰子粉40批以上，出口企业满意度90%以上。", [
        ("产出指标", "数量指标", "技改椰子粉生产线数量", "大于等于", 2, "条"),
        ("产出指标", "数量指标", "椰子粉出口批次", "大于等于", 40, "批"),
        ("产出指标", "质量指标", "椰子粉出口抽检合格率", "大于等于", 98, "%"),
        ("产出指标", "时效指标", "技改生产线投产时间", "小于等于",
         mk("2024年10月31日", "Y102", "error", note="2025年度预算，投产期限却在2024年"), None),
        ("成本指标", "经济成本指标", "单条生产线技改投入", "小于等于", 600, "万元/条"),
        ("效益指标", "经济效益指标", "椰子粉产品出口批次", "大于等于",
         mk(45, "D103", "warning", row=True, alt=("D102", "D101", "D104"),
            note="与“椰子粉出口批次 ≥40批”是同一指标，数值不同"), "批"),
        ("效益指标", "社会效益指标", "带动椰农供果户数", "大于等于", 500, "户"),
        ("满意度指标", "服务对象满意度指标", "出口企业满意度", "大于等于", 90, "%"),
    ])  # fmt: skip


SERVICE = [
    ("产出指标", "数量指标", "葵花籽统防统治服务面积", "≥30000亩", 15),
    (None, None, "托管服务合作社数量", "≥25家", 10),
    (None, "质量指标", "统防统治病虫害防治效果", "≥85%", 15),
    (None, "时效指标", "播种期托管服务完成时间", "2025年5月31日前", 10),
    ("产出指标小计", "", None, None, 50),
    ("注：下页续表", "", None, None, None),
    ("一级指标", "二级指标", "三级指标", "指标值", "权重"),
    ("成本指标", "经济成本指标", "统防统治作业补助标准", "≤25元/亩", 10),
    ("成本指标小计", "", None, None, 10),
    ("效益指标", "经济效益指标", "托管户亩均节本增效", "≥80元/亩", 10),
    (None, "社会效益指标", "带动小农户数", "≥2000户", 10),
    (None, "生态效益指标", "化学农药使用量下降率", "≥5%", 10),
    ("效益指标小计", "", None, None, 30),
    ("满意度指标", "服务对象满意度指标", "托管农户满意度", pct(0.9), 10),
    ("满意度指标小计", "", None, None, 10),
    ("合计", "", None, None, 100),
]  # fmt: skip


@variant(
    "dr15-sunflower-pagebreak",
    (4,),
    "department, NAT-2021, weight column: a 续表 note and the header repeated after a page "
    "break, subtotal and total rows, 填表说明 and signature lines below (correct)",
)
def sunflower_pagebreak() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="北葵县农业社会化服务中心",
                    budget=[(wan(300), wan(260), wan(40), wan(110), wan(190))],
                    goal="为25家向日葵合作社提供统防统治托管服务30000亩，带动小农户2000户，"
                         "化学农药使用量下降5%以上。")  # fmt: skip
    indicators(s, (*NAT4, "权重"), SERVICE)
    notes(s, "填表说明：1.权重合计100分，小计行不重复计分；2.下降率按正数填写。",
          "说明：统防统治作业补助按实际作业面积据实结算。")  # fmt: skip
    sign(s, "白向阳", "0477-8316 205", day(2024, 11, 26))
    return b


@variant(
    "dr16-sunflower-pagebreak-wrong",
    (4, 5),
    "project, OLD-NAT, labels marked with *, a note row and the header repeated after a "
    "page break: a title year other than the plan dates, a placeholder count, a "
    "satisfaction indicator under 社会效益",
)
def sunflower_pagebreak_wrong() -> Book:
    b, s = book()
    project_head(s, year=2025, title="2024年度项目支出绩效目标申报表",
                 name="沙垣县葵花籽收获机具购置补贴项目", dept="沙垣县农业农村局（226）",
                 unit="沙垣县农机服务中心", money=funds((80, 80, 0)),
                 goals=["2025年补贴合作社购置葵花籽收获脱粒机具40台，降低机收损失。"])  # fmt: skip
    b.file_mark("Y101", "error", alt=("Y102", "Y103"),
                note="标题写2024年度，计划日期和年度目标都是2025年")  # fmt: skip
    indicators(s, NAT4, [
        ("*产出指标", "*数量指标", "葵花籽收获脱粒机具补贴台数", "≥40台"),
        (None, None, "受益种植户数",
         mk("≥**户", "X101", "error", alt=("T116",), note="占位符 ** 未替换")),
        (None, "*质量指标", "补贴机具抽检合格率", "≥95%"),
        ("注：本页完，下页续", "", None, None),
        ("一级指标", "二级指标", "三级指标", "指标值"),
        ("*产出指标", "*时效指标", "补贴资金兑付时间", "2025年11月30日前"),
        (None, "*成本指标", "单台机具补贴标准", "≤2万元/台"),
        ("*效益指标", "*经济效益指标", "葵花籽机收损失率", "≤3%"),
        (None, "*社会效益指标",
         mk("购机社员对补贴兑付满意度", "F201", "warning", row=True,
            note="满意度指标填在社会效益下，应属服务对象满意度指标"), "≥90%"),
        (None, "*可持续影响指标", "补贴机具使用年限", "≥6年"),
        ("*满意度指标", "*服务对象满意度指标", "合作社满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "dr17-sunflower-stacked-two-year",
    (2, 8),
    "two two-year sunflower projects stacked in one sheet, NAT-2021, 中期 and 年度 columns, "
    "the same satisfaction indicator with another value in each project (correct)",
)
def sunflower_stacked_two_year() -> Book:
    b, s = book()
    project_head(s, year=2025, years=2, name="葵原旗葵花籽良种繁育基地建设项目",
                 dept="葵原旗农牧局（407）", unit="葵原旗种子管理站",
                 money=funds((300, 240, 60), (150, 120, 30)),
                 goals=["2026年底前建成良种繁育基地2000亩，累计繁育葵花籽良种400吨。",
                        "2025年建成繁育基地1000亩，繁育葵花籽良种180吨。"])  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "繁育基地建设面积", "≥2000亩", "≥1000亩"),
        (None, None, "葵花籽良种繁育量", "≥400吨", "≥180吨"),
        (None, "质量指标", "良种纯度达标率", "≥98%", "≥98%"),
        (None, "时效指标", "基地建成时间", "2026年10月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "基地建设亩均投入", "≤1500元/亩", "≤1500元/亩"),
        ("效益指标", "经济效益指标", "良种推广带动增收", "≥600万元", "≥250万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, years=2, title="", name="沙垣县葵花籽合作社冷榨油坊提质项目",
                 dept="沙垣县农业农村局（226）", unit="沙垣县丰葵种植专业合作社",
                 money=funds((160, 130, 30), (90, 70, 20)),
                 goals=["建成冷榨油坊标准化车间2个，累计加工葵花籽2400吨。",
                        "2025年建成标准化车间1个，加工葵花籽1000吨。"])  # fmt: skip
    indicators(s, PERIOD5, [
        ("产出指标", "数量指标", "标准化车间建设数量", "≥2个", "≥1个"),
        (None, None, "葵花籽加工量", "≥2400吨", "≥1000吨"),
        (None, "质量指标", "葵花籽油抽检合格率", pct(0.98), pct(0.98)),
        (None, "时效指标", "车间建成时间", "2026年6月30日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单个车间改造投入", "≤70万元/个", "≤70万元/个"),
        ("效益指标", "经济效益指标", "油坊销售收入", "≥1800万元", "≥700万元"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥92%", "≥92%"),
    ])  # fmt: skip
    return b


@variant(
    "dr18-sunflower-two-row-header",
    (7, 12),
    "project, OLD-NAT, a two-row header (绩效目标值 over 比较符 · 数值 · 计量单位): a unit "
    "cost × count the money cannot pay, a unit in the value that conflicts with the unit "
    "column",
)
def sunflower_two_row_header() -> Book:
    b, s = book()
    project_head(s, year=2025, name="北葵县葵花籽色选加工合作社设备购置项目",
                 dept="北葵县农业农村局（233）", unit="北葵县向阳葵业专业合作社",
                 money=funds((200, 160, 40)),
                 goals=["购置葵花籽色选机6台、包装线2条，年色选加工葵花籽5000吨，"
                        "培训社员300人次。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "绩效目标值", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较符", "数值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "购置葵花籽色选机数量", "≥", 6, "台"),
        (None, None, "购置包装线数量", "≥", 2, "条"),
        (None, None, "社员操作培训人次", "≥",
         mk("300人次", "T112", "error", row=True, note="数值写人次，计量单位列却是户"), "户"),
        (None, "质量指标", "色选后葵花籽纯净度", "≥", pct(0.995, "0.0%"), "%"),
        (None, "时效指标", "设备安装完成时间", "≤", day(2025, 7, 31), None),
        (None, "成本指标", "色选机购置单价", "≤",
         mk(45, "B107", "warning", row=True,
            note="45万元 × 6台 = 270万元，超过项目资金200万元"), "万元/台"),
        (None, None, "包装线购置单价", "≤", 10, "万元/条"),
        ("效益指标", "经济效益指标", "色选葵花籽销售溢价", "≥", 0.3, "元/公斤"),
        (None, "社会效益指标", "带动社员户数", "≥", 260, "户"),
        ("满意度指标", "服务对象满意度指标", "社员满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b

"""Budget-system exports with extra columns (序号, 单位编码, 项目编码, 备注) and single project
sheets with their own value styles: custom number formats (a11, a12), word operators and
grades (a17), a NAT-2021 table without 满意度 (a18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout4.common import PROVINCE, project_block, signatures, title_at
from tests.variants.holdout4.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, C, day, mk, ok, pct

WIDE = (14, 16, 30, 12, 16, 12, 12)
CODE = "@"  # codes are text: leading zeros and long digit strings must survive


def _budget_sheet(book: Book, unit: tuple[str, str], projects: Sequence[Sequence[Any]]) -> None:
    """The export's first sheet: one line per project with its money (万元)."""
    s = book.sheet("项目支出预算", (6, 10, 24, 24, 30, 14, 14, 14))
    title_at(s, "项目支出预算表", 1, 8)
    s.row("单位：万元", None, None, None, None, None, None, "导出时间：2024-12-02")
    s.row(
        "序号", "单位编码", "单位名称", "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金"
    )
    for i, (code, name, total, grant, other) in enumerate(projects, start=1):
        s.row(i, C(unit[0], CODE), unit[1], C(code, CODE), name,
              C(total, "#,##0.00"), C(grant, "#,##0.00"), C(other, "#,##0.00"))  # fmt: skip


def _export_rows(first: int, unit: tuple[str, str], project: tuple[str, str],
                 rows: Sequence[Sequence[Any]]) -> list[tuple[Any, ...]]:  # fmt: skip
    """Export lines: 序号, 单位编码, 单位名称, 项目编码, 项目名称, then the row's cells."""
    code, name = project
    return [(first + i, C(unit[0], CODE), unit[1], C(code, CODE), name, *r)
            for i, r in enumerate(rows)]  # fmt: skip


EXPORT_HEAD = ("序号", "单位编码", "单位名称", "项目编码", "项目名称", "一级指标", "二级指标",
               "三级指标", "指标性质", "指标值", "度量单位", "备注")  # fmt: skip
EXPORT_WIDTHS = (6, 10, 22, 24, 26, 12, 16, 30, 8, 10, 10, 14)

# ------------------------------------------------------------------ a03: export, correct
SCI = ("215001", f"{PROVINCE}科学技术厅")
SCI_A = ("53000025R000000041237", "科技特派员服务乡村振兴")
SCI_B = ("53000025R000000041302", "省级重点实验室运行补助")


@variant(
    "a03-system-export-ok",
    (2, 7),
    "budget-system export: a budget sheet, then one goal "
    "sheet with 序号/单位编码/项目编码 columns, two projects in rows, header on row 3, "
    "operator (指标性质) and unit columns, the same indicator in both projects",
)
def a03() -> Book:
    book = Book()
    _budget_sheet(book, SCI, [(*SCI_A, 3200, 3200, 0), (*SCI_B, 2400, 2400, 0)])
    s = book.sheet("项目支出绩效目标", EXPORT_WIDTHS)
    title_at(s, "项目支出绩效目标表", 1, 12)
    s.row("预算年度：2025", None, None, None, None, None, None, None, None, None, None,
          "导出时间：2024-12-02")  # fmt: skip
    s.row(*EXPORT_HEAD)
    s.table(_export_rows(1, SCI, SCI_A, [
        ("产出指标", "数量指标", "选派科技特派员", "≥", 1500, "人", None),
        ("产出指标", "数量指标", "开展技术培训", "≥", 900, "场次", None),
        ("产出指标", "质量指标", "特派员年度考核合格率", "≥", 95, "%", "历史标准"),
        ("产出指标", "时效指标", "补助资金拨付及时率", "≥", 95, "%", None),
        ("成本指标", "经济成本指标", "特派员人均补助", "≤", 2, "万元/人", "计划标准"),
        ("效益指标", "经济效益指标", "推广新技术新品种", "≥", 300, "项", None),
        ("效益指标", "社会效益指标", "服务农户", "≥", 6, "万户", None),
        ("效益指标", "可持续影响指标", "科技特派员服务机制", "定性", "持续完善", None, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", None),
    ]) + _export_rows(10, SCI, SCI_B, [
        ("产出指标", "数量指标", "支持省级重点实验室", "≥", 40, "个", None),
        ("产出指标", "质量指标", "实验室年度评估合格率", "≥", 90, "%", None),
        ("产出指标", "时效指标", "补助资金下达时限", "≤", 60, "日", None),
        ("成本指标", "经济成本指标", "单个实验室运行补助", "≤", 60, "万元/个", None),
        ("效益指标", "社会效益指标", "对外开放共享仪器设备机时", "≥", 20, "万小时", None),
        ("效益指标", "可持续影响指标", "实验室开放共享机制", "定性", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥", 90, "%", None),
    ]))  # fmt: skip
    return book


# ----------------------------------------------------------------- a04: export, defects
MKT = ("238001", f"{PROVINCE}市场监督管理局")
MKT_A = ("53000025R000000052118", "食品安全抽检监测")
MKT_B = ("53000025R000000052160", "计量检定能力提升")
HEAD4 = ("序号", "项目编码", "项目名称", "单位编码", "单位名称", "一级指标", "二级指标",
         "三级指标", "比较符", "指标值", "度量单位", "指标方向", "备注")  # fmt: skip


@variant(
    "a04-system-export-defects",
    (7, 11),
    "budget-system export, columns in another order "
    "with 比较符 and 指标方向: ≥ on a 反向 rate, a 准确率 over 100, one indicator twice "
    "with different values",
)
def a04() -> Book:
    book = Book()
    _budget_sheet(book, MKT, [(*MKT_A, 2800, 2800, 0), (*MKT_B, 1200, 1000, 200)])
    s = book.sheet("项目支出绩效目标", (6, 24, 22, 10, 22, 12, 16, 30, 8, 10, 10, 10, 14))
    title_at(s, "项目支出绩效目标表（2025年度）", 1, 13)
    s.row("单位：万元")
    s.row(*HEAD4)

    def lines(first: int, p: tuple[str, str], rows: Sequence[Sequence[Any]]) -> list[Any]:
        return [(first + i, C(p[0], CODE), p[1], C(MKT[0], CODE), MKT[1], *r)
                for i, r in enumerate(rows)]  # fmt: skip

    s.table(lines(1, MKT_A, [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 36000, "批次", "正向", None),
        ("产出指标", "数量指标", "农贸市场快检批次", "≥", 5000, "批次", "正向", None),
        ("产出指标", "质量指标", "抽检样品检验报告准确率", "≥",
         mk(102, "T106", "error", note="准确率不能超过100%"), "%", "正向", None),
        ("产出指标", "质量指标", "抽检不合格食品核查处置率", "=", 100, "%", "正向", None),
        ("产出指标", "时效指标", "检验报告出具时限", "≤", 20, "个工作日", "反向", None),
        ("产出指标", "数量指标", "农贸市场快检批次", "≥",
         mk(6000, "D102", "error", row=True, alt=("D101", "D103"),
            note="与第5行同一指标，指标值不同"), "批次", "正向", None),
        ("成本指标", "经济成本指标", "每批次监督抽检平均费用", "≤", 700, "元/批次", "反向", None),
        ("效益指标", "社会效益指标", "食品抽检不合格率",
         mk("≥", "T108", "warning", row=True, note="反向指标用了≥"), 3, "%", "反向", None),
        ("效益指标", "可持续影响指标", "食品安全风险预警机制", "定性", "健全", None, "定性", None),
        ("满意度指标", "服务对象满意度指标", "公众食品安全满意度", "≥", 85, "%", "正向", None),
    ]) + lines(11, MKT_B, [
        ("产出指标", "数量指标", "新建社会公用计量标准", "≥", 12, "项", "正向", None),
        ("产出指标", "质量指标", "计量标准考核合格率", "=", 100, "%", "正向", None),
        ("产出指标", "时效指标", "设备购置完成时间", "≤", day(2025, 9, 30), None, "反向", None),
        ("成本指标", "经济成本指标", "单项计量标准建设费用", "≤", 100, "万元/项", "反向", None),
        ("效益指标", "社会效益指标", "年检定校准服务量", "≥", 8, "万台件", "正向", None),
        ("满意度指标", "服务对象满意度指标", "企业满意度", "≥", 90, "%", "正向", None),
    ]))  # fmt: skip
    return book


# --------------------------------------------------- a11, a12: custom number formats
COM = f"{PROVINCE}商务厅（141）"
EDU = f"{PROVINCE}教育厅（105）"


@variant(
    "a11-custom-formats-ok",
    (1,),
    "project, NAT-2021, 比较符, 计量单位 and 指标方向 "
    'columns; values in 0.0%, 0"个", #,##0"人" formats, a pasted text number, a date',
)
def a11() -> Book:
    book = Book()
    s = book.sheet("县域商业体系建设", WIDE)
    project_block(s, year=2025, name="县域商业体系建设", dept=COM, unit="省商务发展服务中心",
                  money=[("年度资金总额", C(6800, "#,##0.00"), "其中：财政拨款",
                          C(6500, "#,##0.00")), (None, None, "其他资金", C(300, "#,##0.00"))],
                  goals=("支持20个县完善县域商业体系，新建改造乡镇商贸中心60个。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")
    s.table([
        ("产出指标", "数量指标", "支持县域商业建设行动县", "≥", C(20, '0"个"'), "个", "正向"),
        (None, None, "新建改造乡镇商贸中心", "≥", C(60, '0"个"'), "个", "正向"),
        (None, None, "培训农村电商人才", "≥", "1500", "人次", "正向"),
        (None, "质量指标", "项目验收合格率", "=", pct(1), "%", "正向"),
        (None, "时效指标", "项目建设完成时间", "≤", day(2025, 12, 31, CN_DATE), None, "反向"),
        ("成本指标", "经济成本指标", "单县补助标准", "≤", C(300, "0"), "万元/个", "反向"),
        ("效益指标", "经济效益指标", "县域社会消费品零售总额增长率", "≥", pct(0.06, "0.0%"),
         "%", "正向"),
        (None, "社会效益指标", "带动农村就业", "≥", C(8000, '#,##0"人"'), "人", "正向"),
        (None, "可持续影响指标", "县域商业网点长效运营机制", "定性", "逐步建立", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "经营主体满意度", "≥", pct(0.9, "0.0%"), "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    signatures(s, who="孙嘉禾", checker="闵晓彤", phone="0871-6536 0921",
               filled=day(2024, 11, 22, CN_DATE))  # fmt: skip
    return book


@variant(
    "a12-custom-formats-wrong",
    (1,),
    "project, NAT-2021, 比较符 column and units only in "
    "the values: a rate without %, a garbled operator, a doubled %",
)
def a12() -> Book:
    book = Book()
    s = book.sheet("学生资助", WIDE)
    project_block(s, year=2025, name="家庭经济困难学生资助", dept=EDU, unit="省学生资助管理中心",
                  attr="常年项目", money=[
        ("年度资金总额", C(38000, WAN), "其中：财政拨款", C(36500, WAN)),
        (None, None, "其他资金", C(1500, WAN)),
    ], goals=("资助家庭经济困难学生18.6万人次，做到应助尽助。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "资助家庭经济困难学生", "≥", C(186000, '#,##0"人次"'), None),
        (None, None, "覆盖学校", "≥", C(420, '0"所"'), None),
        (None, "质量指标", "资助对象认定准确率", "≥",
         mk(98, "T105", "error", note="比率没有%，也没有计量单位列"), None),
        (None, "时效指标", "资助资金发放及时率", "≥", pct(0.95), None),
        ("成本指标", "经济成本指标", "生均资助标准", "≤", C(2000, '0"元/人·年"'), None),
        ("效益指标", "社会效益指标", "家庭经济困难学生应助尽助率", "=", pct(1), None),
        (None, "可持续影响指标", "学生资助管理信息化水平", "定性", "逐步提升", None),
        ("满意度指标", "服务对象满意度指标", "受助学生满意度", None,
         mk("≥≤90%", "T116", "error", alt=("T102", "T103", "T108"),
            note="两个比较符，无法判断"), None),
        (None, None, "学生家长满意度", "≥",
         mk("95%%", "T116", "warning", alt=("T102",), note="百分号重复"), None),
    ], merged=(1, 2))  # fmt: skip
    return book


# --------------------------------------------------- a17: word operators and grades
@variant(
    "a17-word-operators-ok",
    (11,),
    "project, OLD-NAT, 计量单位 and 指标方向 columns, "
    "word operators (不少于, 以上, 日内, 不高于), grades, a 下降率 as a positive target",
)
def a17() -> Book:
    book = Book()
    s = book.sheet("基层应急能力提升", WIDE)
    project_block(
        s,
        year=2025,
        name="基层应急救援能力提升",
        dept=f"{PROVINCE}应急管理厅（147）",
        unit="省应急救援保障中心",
        money=[
            ("年度资金总额", C(1800, WAN), "其中：财政拨款", C(1650, WAN)),
            (None, None, "其他资金", C(150, WAN)),
        ],
        goals=("培训基层应急救援队员2000人次，配发救援装备1200套，基层应急处置能力有效提升。",),
    )
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向")
    s.table([
        ("产出指标", "数量指标", "培训基层应急救援队员", "不少于2000", "人次", "正向"),
        (None, None, "配发应急救援装备", "1200套以上", "套", "正向"),
        (None, "质量指标", "装备验收合格率", "=100%", "%", "正向"),
        (None, None, "培训考核通过率", "95%以上", "%", "正向"),
        (None, "时效指标", "装备配发时限", "30日内", "日", "反向"),
        (None, None, "灾情信息报送时限", "≤2小时", "小时", "反向"),
        (None, "成本指标", "人均培训成本", "不高于800", "元/人次", "反向"),
        ("效益指标", "社会效益指标", "生产安全事故死亡人数下降率", "不低于3%", "%", "正向"),
        (None, None, "基层应急处置能力", "有效提升", None, "定性"),
        (None, "可持续影响指标", "救援队伍标准化建设", "达标", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "受训人员满意度", "不低于90%", "%", "正向"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填表说明：指标方向为“定性”的指标填写等级；“以上”“以内”均含本数。")
    return book


# ------------------------------------------------ a18: NAT-2021 without 满意度指标
@variant(
    "a18-nat2021-defects",
    (5,),
    "project, NAT-2021, inline operators: no 满意度指标, a "
    "rate given as a count, a planned end date before the start",
)
def a18() -> Book:
    book = Book()
    s = book.sheet("水质自动监测站建设", WIDE)
    project_block(s, year=2025, name="地表水水质自动监测站建设",
                  dept=f"{PROVINCE}生态环境厅（132）",
                  unit="省生态环境监测中心", attr="一次性项目",
                  end=mk(day(2023, 12, 31), "Y104", "error", row=True, alt=("Y102", "Y101"),
                         note="完成日期早于开始日期，也不在2025年内"),
                  money=[("年度资金总额", C(2200, WAN), "其中：财政拨款", C(2200, WAN)),
                         (None, None, "其他资金", C(0, WAN))],
                  goals=("新建水质自动监测站25个，国控断面水质优良比例保持92%以上。",))  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", "数量指标", "新建水质自动监测站", "≥25个", None),
        (None, None, "重点排污单位自动监控联网率",
         mk("120家", "T105", "error", note="比率写成家数"), None),
        (None, "质量指标", "监测数据有效率", "≥90%", None),
        (None, "时效指标", "监测站建成时间",
         ok("2025年10月31日前", "error", note="只因完成日期笔误而落在项目期外"), None),
        ("成本指标", "经济成本指标", "单站建设成本", "≤80万元/个", None),
        (None, "生态环境成本指标", "施工期扬尘投诉", "≤3件", None),
        ("效益指标", "生态效益指标", "国控断面水质优良比例", "≥92%", None),
        (None, "社会效益指标", "水环境风险预警能力", "明显提升", None),
        (None, "可持续影响指标", "监测站运维机制", "健全", None),
    ], merged=(1, 2))  # fmt: skip
    book.file_mark("F106", "error", note="NAT-2021 要求满意度指标")
    return book

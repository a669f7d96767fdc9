"""Layouts offices send: a table from column C under a two-line header repeated after a page
break (jb13), a PDF-converted return with template rows left (jb14), separate 指标方向 /
比较符 / 计量单位 columns on bed use and length of stay, correct (jb15) and not (jb16)."""

from __future__ import annotations

from openpyxl.styles import Alignment

from tests.variants.heads import project_head
from tests.variants.holdout44.parts import filled, indicators, signatures
from tests.variants.holdout44.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, money, pct

AMT = "#,##0.00"


def two_line_header(s: Sheet) -> None:
    """一级/二级/三级 merged over two rows, an empty spacer column, 指标值 over three columns."""
    top = s.row("一级指标", "二级指标", "三级指标", None, "指标值", merge=[(7, 9)], col=3)
    s.row(None, None, None, None, "比较符", "目标值", "计量单位", col=3)
    for c in (3, 4, 5, 6):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.ws.cell(top, 7).alignment = Alignment(horizontal="center")


@variant("jb13-column-c-page-break-ok", (4, 7), "project, OLD-NAT, from column C, two-line header")
def jb13() -> Book:
    book = Book()
    s = book.sheet("白溪乡", widths=(3, 3, 14, 14, 28, 3, 10, 10, 10))
    s.row("2025年度项目支出绩效目标申报表", merge=[(3, 9)], col=3)
    s.row("单位：万元", col=8)
    s.row("项目名称", "乡村医生签约服务补助项目", None, None, "实施单位", "岚山县白溪乡卫生院",
          merge=[(4, 6), (8, 9)], col=3)  # fmt: skip
    s.row("主管部门", "岚山县卫生健康局", None, None, "项目期", "1年", merge=[(4, 6), (8, 9)],
          col=3)  # fmt: skip
    s.row("项目资金", "年度资金总额", money(86.4, AMT), "其中：财政拨款", money(86.4, AMT),
          "其他资金", money(0, AMT), col=3)  # fmt: skip
    s.row("年度绩效目标", "按每人每年3.6万元标准补助在岗乡村医生24人，稳定乡村医生队伍，"
          "做实村级签约服务。", merge=[(4, 9)], col=3)  # fmt: skip
    two_line_header(s)
    s.table([
        ("产出指标", "数量指标", "补助乡村医生人数", None, "大于等于", 24, "人"),
        (None, None, "开展签约服务的行政村数", None, "大于等于", "18", "个"),
        (None, "质量指标", "乡村医生执业资格合格率", None, "等于", pct(1.0), "%"),
        (None, None, "签约居民履约服务完成率", None, "大于等于", pct(0.9, "0.0%"), "%"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.skip()  # the page break: the header printed again on the second page
    two_line_header(s)
    s.table([
        ("产出指标", "时效指标", "补助资金发放及时率", None, "等于", pct(1.0), "%"),
        (None, "成本指标", "乡村医生人均补助标准", None, "小于等于", 3.6, "万元/人"),
        ("效益指标", "社会效益指标", "村卫生室基本医疗服务覆盖率", None, "大于等于",
         pct(0.95), "%"),
        (None, "可持续影响指标", "乡村医生队伍", None, "定性", "保持稳定", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", None, "大于等于", pct(0.9), "%"),
    ], merged=(1, 2), col=3)  # fmt: skip
    s.row("填报说明：1.比较符选填“大于等于”“小于等于”“等于”“定性”；2.第2页为续表。",
          merge=[(3, 9)], col=3)  # fmt: skip
    signatures(s, filled=filled(2024, 11, 8), who="龙小燕", checker="石光明", phone="13907364418",
               col=3)  # fmt: skip
    return book


@variant("jb14-pdf-template-rows", (6, 9, 13), "project, NAT-2021, PDF artefacts, template rows")
def jb14() -> Book:
    book = Book()
    s = book.sheet("Sheet1")
    project_head(s, year=2025, name="全民健康信息平台升级项目", dept="岚山县卫生健康局",
                 unit="岚山县卫生健康局", attr="新增项目",
                 money=[("年度资金总额",
                         mk("1205.337 6", "X105", "warning", alt=("X103",)),
                         "其中：财政拨款", money(1205.3376, "0.0000")),
                        ("其他资金", money(0, "0.0000"), None, None)],
                 goals=["升级县级全民健康信息平台，46家医疗机构接入，"
                        "实现检查检验结果互认。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("成本指标", "经济成本指标", "平台软件开发成本", "≤585.34万元"),
        ("产出指标", "数量指标", "接入区域平台的医疗机构数", "≥46家"),
        (None, None, mk(None, "F110", "error", note="a value with no name"), "≥12个"),
        (None, "质量指标", "信息系统等级保护测评通过率", pct(1.0)),
        (None, mk("时效指标", "F109", "warning", row=True), None, None),
        ("效益指标", "社会效益指标", "检查检验结果互认医疗机构覆盖率", "≥80%"),
        (None, "可持续影响指标", "平台稳定运行年限", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "医务人员使用满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金测算明细（万元）", merge=[(1, 6)])
    s.row("序号", "支出内容", None, "金额", "备注", None, merge=[(2, 3), (5, 6)])
    s.row(1, "平台软件开发及接口改造", None, money(585.3376, "0.0000"), None, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(2, "服务器及存储设备购置", None, money(500.0, "0.0000"), None, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row(3, "网络安全等级保护测评", None,
          mk("120万120万", "X106", "error", alt=("B108",)), None, None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    return book


HEAD7 = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")


def hospital(s: Sheet, unit: str, total: float, fiscal: float) -> None:
    project_head(s, year=2025, name=f"{unit}医疗服务能力提升项目", dept="岚山县卫生健康局",
                 unit=unit, attr="延续项目",
                 money=[("年度资金总额", money(total, AMT), "其中：财政拨款", money(fiscal, AMT)),
                        ("其他资金", money(total - fiscal, AMT), None, None)],
                 goals=["提高床位使用效率，缩短平均住院日，提升重点专科诊疗能力。"])  # fmt: skip


@variant("jb15-bed-use-stay-ok", (1, 11), "project, OLD-NAT, direction, operator and unit columns")
def jb15() -> Book:
    book = Book()
    s = book.sheet("Sheet1", widths=(12, 14, 28, 10, 8, 10, 10))
    hospital(s, "岚山县第二人民医院", 320.0, 300.0)
    indicators(s, HEAD7, [
        ("产出指标", "数量指标", "年出院患者人次", "正向", "≥", 26000, "人次"),
        (None, None, "开展新技术新项目", "正向", "≥", 6, "项"),
        (None, "质量指标", "床位使用率", "正向", "≥", pct(0.85, "0.0%"), "%"),
        (None, None, "医院感染发生率", "反向", "≤", pct(0.025, "0.0%"), "%"),
        (None, None, "出院患者平均住院日", "反向", "≤", "8.5", "天"),
        (None, "时效指标", "门诊患者平均预约等待时间", "反向", "≤", 20, "分钟"),
        (None, "成本指标", "门诊次均费用增长率", "反向", "≤", pct(0.03, "0.0%"), "%"),
        ("效益指标", "社会效益指标", "三四级手术占比提高", "正向", "≥", 2, "百分点"),
        (None, "可持续影响指标", "县域内就诊率", "正向", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "正向", "≥", pct(0.92, "0.0%"), "%"),
    ])  # fmt: skip
    return book


@variant("jb16-bed-use-stay-wrong", (1, 11), "project, OLD-NAT, direction and percent defects")
def jb16() -> Book:
    book = Book()
    s = book.sheet("Sheet1", widths=(12, 14, 28, 10, 8, 10, 10))
    hospital(s, "云溪县人民医院", 280.0, 250.0)
    indicators(s, HEAD7, [
        ("产出指标", "数量指标", "年出院患者人次", "正向", "≥", 21000, "人次"),
        (None, "质量指标", "床位使用率", "正向", "≥", pct(0.88, "0.0%"), "%"),
        (None, None, "出院患者平均住院日", "反向",
         mk("≥", "T108", "warning", row=True, note="a 反向 stay with ≥"), 9, "天"),
        (None, None, "危重患者抢救成功率", "正向", "≥",
         mk(120, "T105", "error", row=True, alt=("T112",)), "人"),
        (None, "时效指标", "急诊患者平均滞留时间", "反向", "≤", 6, "小时"),
        (None, "成本指标", "住院次均费用增长率", "反向", "≤", pct(0.04, "0.0%"), "%"),
        ("效益指标", "社会效益指标", "县域内就诊率", "正向", "≥", pct(0.88), "%"),
        (None, "可持续影响指标", "重点专科服务能力", "正向", "定性", "有效提升", None),
        ("满意度指标", "服务对象满意度指标", "住院患者满意度", "正向", "≥",
         mk(C(95, "0%"), "T106", "error", alt=("T105",), note="95 typed under 0%: 9500%"), "%"),
    ])  # fmt: skip
    return book

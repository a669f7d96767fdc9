"""Exported project tables with a 资金明细 block under the 资金来源 block: one return in 元 that
adds up, one in 万元 with amounts pasted from a PDF by staff."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout9.export import (
    AMT,
    indicators,
    kv,
    sign,
    sources,
    text_line,
    title,
    yuan,
)
from tests.variants.holdout9.registry import variant
from tests.variants.kit import CN_DATE, Book, C, Sheet, day, mk, money, pct

WIDTHS = (3, 12, 10, 14, 16, 30, 9, 14, 12, 12)


def details(s: Sheet, col: int, label: str, lines: Sequence[tuple[str, Any, str]]) -> None:
    """A 资金明细 block: 明细项目 | 金额 | 测算依据 (merged across the rest of the table)."""
    top = s.row(label, "明细项目", None, "金额", "测算依据", col=col,
                merge=[(col + 1, col + 2), (col + 4, col + 8)])  # fmt: skip
    for name, amount, basis in lines:
        s.row(None, name, None, amount, basis, col=col,
              merge=[(col + 1, col + 2), (col + 4, col + 8)])  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=col, end_row=s.r, end_column=col)


@variant("r13-pdf-artefacts", (5, 9, 12), "project export from column B, NAT-2021, 资金来源 and "
         "资金明细 in 万元 pasted from a PDF: a split number, an amount pasted twice, a tier-2 "
         "under the wrong tier-1")  # fmt: skip
def r13() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标表", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 9)
    kv(s, 2, [("项目代码", "361132250000000500077"),
              ("项目名称", "2025年乡村学校营养改善计划配套项目"),
              ("主管部门", "桐阜县教育体育局"), ("实施单位", "桐阜县学生资助管理中心"),
              ("项目类别", "经常性项目"), ("项目期", "1年")])  # fmt: skip
    w = [money(v, "0.0000") for v in (2105.3376, 900, 0, 0)]
    split = mk("1205.337 6", "X105", "warning", alt=("X103",), note="read as 1205.3376")
    sources(s, 2, w[0], [w[1], w[2], split, w[3]], label="资金来源（万元）")
    details(s, 2, "资金明细（万元）", [
        ("学生营养餐补助", money(1780.3376, "0.0000"), "按受益学生人数、每生每天5元测算"),
        ("厨房设备更新", mk("120万120万", "X106", "error", alt=("B108",),
                           note="the amount pasted twice; 120 makes the lines add up"),
         "24所学校厨房设备更新"),
        ("食品安全检测", money(45, "0.0000"), "委托第三方检测"),
        ("从业人员培训", money(20, "0.0000"), "食堂从业人员培训"),
        ("运行保障", money(140, "0.0000"), "配送及运行保障"),
        ("合计", money(2105.3376, "0.0000"), ""),
    ])  # fmt: skip
    text_line(s, 2, "年度绩效目标",
              "目标1：为全县约1.78万名农村义务教育学生提供营养膳食补助；目标2：完成24所学校"
              "厨房设备更新；目标3：学生家长满意度达到90%以上。")  # fmt: skip
    indicators(s, 2, [
        ("YY13001", "产出指标", "数量指标", "受益学生人数", "≥", 17800, "人", "正向"),
        ("YY13002", None, None, "更新厨房设备学校数", "≥", 24, "所", "正向"),
        ("YY13003", None, "质量指标", "营养餐供餐天数达标率", "≥", pct(0.95), "%", "正向"),
        ("YY13004", None, "时效指标", "补助资金拨付时限", "≤", 30, "日", "反向"),
        ("YY13005", "成本指标", "经济成本指标", "生均每天营养膳食补助标准", "≤", 5, "元/人·天",
         "反向"),
        ("YY13006", "效益指标", "社会效益指标", "学生营养健康状况", "定性", "逐步改善", None,
         "正向"),
        ("YY13007", None, mk("质量指标", "F105", "error", note="质量指标 belongs to 产出指标"),
         "食品安全抽检合格率", "≥", pct(0.98), "%", "正向"),
        ("YY13008", None, "可持续影响指标", "营养改善长效机制", "定性", "健全", None, "正向"),
        ("YY13009", "满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%",
         "正向"),
    ], seed="0b9e")  # fmt: skip
    sign(s, 2, "汪静怡", "卢志强", "0797-4420913", day(2024, 11, 29))
    return b


@variant("r16-money-detail-ok", (1, 4, 12), "project export from column B, NAT-2021, 资金来源 and "
         "资金明细 in 元 both adding up, a cost standard × count within the budget, 0.0% cells, "
         "footnotes with numbers, 填报说明 and signature lines")  # fmt: skip
def r16() -> Book:
    b = Book()
    s = b.sheet("部门项目支出绩效目标05-2", WIDTHS)
    title(s, "2025年度项目支出绩效目标表", 2, 9)
    s.row(*([None] * 8), "金额单位：元", col=2)
    kv(s, 2, [("项目代码", "361133250000000600152"),
              ("项目名称", "2025年大气污染防治网格化监管项目"),
              ("主管部门", "临雁市生态环境局"), ("实施单位", "临雁市生态环境监测站"),
              ("项目类别", "延续项目"), ("项目期", "1年"),
              ("计划开始日期", day(2025, 1, 1)), ("计划完成日期", day(2025, 12, 31))])  # fmt: skip
    sources(s, 2, yuan(3460000), [yuan(2160000), yuan(0), yuan(1000000), yuan(300000)])
    details(s, 2, "资金明细（元）", [
        ("网格员补助", yuan(1440000), "120人×1,000元/人·月×12个月"),
        ("监测设备运维", yuan(980000), "空气自动监测微站运维"),
        ("走航监测服务", yuan(640000), "全年48次"),
        ("数据平台运维", yuan(260000), "网格化监管平台运维"),
        ("宣传培训", yuan(140000), "网格员培训及宣传"),
        ("合计", yuan(3460000), ""),
    ])  # fmt: skip
    text_line(s, 2, "年度绩效目标",
              "目标1：全市配备大气污染防治网格员120名，全年开展走航监测48次；\n目标2：空气质量"
              "优良天数比率达到87.5%以上，重污染天数控制在3天以内；\n目标3：群众对空气质量满意度"
              "达到88%以上。")  # fmt: skip
    indicators(s, 2, [
        ("HB16001", "产出指标", "数量指标", "网格员配备人数", "≥", 120, "人", "正向"),
        ("HB16002", None, None, "走航监测次数", "≥", 48, "次", "正向"),
        ("HB16003", None, "质量指标", "监测数据有效率", "≥", pct(0.95, "0.0%"), "%", "正向"),
        ("HB16004", None, "时效指标", "污染问题交办处置时限", "≤", 48, "小时", "反向"),
        ("HB16005", "成本指标", "经济成本指标", "网格员补助标准", "≤", C(1000, AMT), "元/人·月",
         "反向"),
        ("HB16006", "效益指标", "生态效益指标", "空气质量优良天数比率", "≥", pct(0.875, "0.0%"),
         "%", "正向"),
        ("HB16007", None, None, "重污染天数", "≤", 3, "天", "反向"),
        ("HB16008", None, "可持续影响指标", "网格化监管机制", "定性", "健全", None, "正向"),
        ("HB16009", "满意度指标", "服务对象满意度指标", "群众对空气质量满意度", "≥", pct(0.88),
         "%", "正向"),
    ], seed="5d21")  # fmt: skip
    s.row("注：1.本表金额单位为元；2.网格员补助按120人×1,000元/人·月×12个月测算。", col=2,
          merge=[(2, 10)])  # fmt: skip
    s.row("填报说明：本表数据由预算管理一体化系统导出，经单位核对后报送。", col=2,
          merge=[(2, 10)])  # fmt: skip
    sign(s, 2, "蒋思远", "韩玉洁", "0791-8863305", day(2024, 12, 6, CN_DATE))
    return b

"""Project tables with money in 元 or mixed units and PDF artefacts, and tables with separate
比较符 / 计量单位 / 指标方向 columns holding bare numbers (§3.3), from 潆州市 bureaus.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout6.registry import variant
from tests.variants.kit import WAN, YUAN, Book, Sheet, mk, money, pct

HEADER = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据")
WAN4 = '0.0000"万元"'
COLUMNS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


@variant(
    "b09-yuan-block-ok",
    (1, 12),
    'project, OLD-NAT, 项目资金（元） with #,##0.00"元", '
    "unit cost in 元/页 × pages within the budget, percent as text and as 0.0% numbers, "
    "a 指标值设定依据 column, 2025年第四季度",
)
def b09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 28, 18, 16, 16))
    project_head(
        s,
        year=2025,
        name="馆藏档案数字化加工",
        dept="潆州市档案馆（118）",
        unit="潆州市档案馆",
        money_label="项目资金（元）",
        money=[
            ("资金总额", money(1860000, YUAN), "其中：财政拨款", money(1860000, YUAN)),
            (None, None, "其他资金", money(0, YUAN)),
        ],
        goals=["完成馆藏纸质档案数字化加工480万页、著录条目36万条，提升档案利用服务水平。"],
    )
    s.row(*HEADER)
    s.table(
        [
            ("产出指标", "数量指标", "档案数字化加工页数", "≥480万页", "计划标准"),
            (None, None, "档案著录条目数", "≥36万条", "计划标准"),
            (None, "质量指标", "图像质量抽检合格率", pct(0.98, "0.0%"), "行业标准"),
            (None, None, "数据著录差错率", "≤0.3%", "行业标准"),
            (None, "时效指标", "项目验收时间", "2025年第四季度", "计划标准"),
            (None, "成本指标", "单页加工成本", "≤0.35元/页", "历史标准"),
            ("效益指标", "社会效益指标", "档案利用服务人次", "较上年增长10%", "历史标准"),
            (None, "可持续影响指标", "数字档案长期保存", "有效保障", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "查档群众满意度", "95%以上", "行业标准"),
        ],
        merged=(1, 2),
    )
    return b


@variant(
    "b10-wan-yuan-pdf-defects",
    (9, 12),
    "project, OLD-NAT, 万元 block copied from a PDF: "
    "a number split by a space, 其他资金 formatted in 元, an amount pasted twice in the "
    "detail lines below the table",
)
def b10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 28, 18, 16, 16))
    split = mk("1205.337 6", "X105", "warning", alt=("X103",), note="PDF split 1205.3376")
    yuan = mk(money(150000, YUAN), "B105", "error", note="150,000.00元 in a 万元 block")
    project_head(
        s,
        year=2025,
        name="公共文化服务体系建设",
        dept="潆州市文化广电旅游局（240）",
        unit="潆州市文化馆",
        money=[
            ("资金总额", money(1220.3376, WAN4), "其中：财政拨款", split),
            (None, None, "其他资金", yuan),
        ],
        goals=["开展群众文化活动不少于300场，保障文化场馆免费开放，更新基层文化设备。"],
    )
    s.row(*HEADER[:4])
    s.table(
        [
            ("产出指标", "数量指标", "群众文化活动场次", "≥300场"),
            (None, None, "基层文化设备更新点位", "≥40个"),
            (None, "质量指标", "场馆免费开放达标率", "100%"),
            (None, "时效指标", "设备采购完成时间", "2025年8月底前"),
            (None, "成本指标", "单场活动平均成本", "≤1.8万元/场"),
            ("效益指标", "社会效益指标", "群众文化活动参与人次", "≥25万人次"),
            (None, "可持续影响指标", "公共文化服务体系", "逐步完善"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金用途明细（万元）", None, None, "金额", merge=[(1, 3)])
    twice = mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice: 120")
    for name, amount in (
        ("基层文化设备购置", twice),
        ("群众文化活动组织", 585.3376),
        ("文化场馆免费开放运维", 515),
    ):
        s.row(name, None, None, amount, merge=[(1, 3)])
    s.row("合计", None, None, money(1220.3376, "0.0000"), merge=[(1, 3)])
    b.file_mark("B101", "error", required=False, note="may follow from the 元 cell")
    b.file_mark("B102", "error", required=False, note="may follow from the doubled amount")
    return b


def _columns_table(s: Sheet, rows: Sequence[Sequence[Any]]) -> None:
    s.row(*COLUMNS)
    s.table(rows, merged=(1, 2))


@variant(
    "b11-operator-columns-ok",
    (11, 1),
    "project, OLD-NAT, 比较符 / 计量单位 / 指标方向 "
    "columns with bare numbers, 定性 rows, =100 on a ceiling rate, ≤ on 反向 rows",
)
def b11() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 26, 10, 12, 12, 12))
    project_head(
        s,
        year=2025,
        name="食品安全监督抽检",
        dept="潆州市市场监督管理局（262）",
        unit="潆州市食品检验所",
        money=[
            ("资金总额", money(760, WAN), "其中：财政拨款", money(760, WAN)),
            (None, None, "其他资金", money(0, WAN)),
        ],
        goals=[
            "完成食品安全监督抽检6000批次，不合格食品核查处置率100%，群众食品安全满意度稳步提高。"
        ],
    )
    _columns_table(
        s,
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 6000, "批次", "正向"),
            (None, None, "农贸市场快检筛查批次", "≥", 20000, "批次", "正向"),
            (None, "质量指标", "抽检任务完成率", "=", 100, "%", "正向"),
            (None, None, "不合格食品核查处置率", "=", 100, "%", "正向"),
            (None, "时效指标", "抽检结果公布时限", "≤", 20, "工作日", "反向"),
            (None, "成本指标", "单批次抽检成本", "≤", 1200, "元/批次", "反向"),
            ("效益指标", "社会效益指标", "食品安全抽检合格率", "≥", 97, "%", "正向"),
            (None, None, "食品安全状况", "定性", "有效提升", None, "定性"),
            (None, "可持续影响指标", "抽检监测信息共享机制", "定性", "逐步完善", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "群众食品安全满意度", "≥", 85, "%", "正向"),
        ],
    )
    return b


@variant(
    "b12-operator-columns-defects",
    (11, 13, 6),
    "project, OLD-NAT, 比较符 / 计量单位 / "
    "指标方向 columns: ≥ on a 反向 rate, a rate as >=95 with no unit, a value without a "
    "name",
)
def b12() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 26, 10, 12, 12, 12))
    project_head(
        s,
        year=2025,
        name="安全生产执法检查",
        dept="潆州市应急管理局（270）",
        unit="潆州市应急管理综合执法支队",
        money=[
            ("资金总额", money(380, WAN), "其中：财政拨款", money(350, WAN)),
            (None, None, "其他资金", money(30, WAN)),
        ],
        goals=["对全市重点行业企业开展执法检查不少于1800家次，重大事故隐患整改到位。"],
    )
    _columns_table(
        s,
        [
            ("产出指标", "数量指标", "执法检查企业家次", "≥", 1800, "家次", "正向"),
            (
                None,
                None,
                mk(None, "F110", "error", note="value and unit but no name"),
                "≥",
                12,
                "次",
                "正向",
            ),
            (
                None,
                "质量指标",
                "重点企业执法检查覆盖率",
                None,
                mk(">=95", "T105", "error", alt=("T104", "T116"), note="a rate with no % anywhere"),
                None,
                "正向",
            ),
            (None, None, "重大事故隐患整改率", "=", 100, "%", "正向"),
            (None, "时效指标", "隐患整改复查时限", "≤", 30, "日", "反向"),
            (None, "成本指标", "单次执法检查成本", "≤", 1500, "元/家次", "反向"),
            (
                "效益指标",
                "社会效益指标",
                "企业事故隐患复发率",
                mk("≥", "T108", "warning", row=True, note="反向 rate with ≥"),
                5,
                "%",
                "反向",
            ),
            (None, "可持续影响指标", "执法检查长效机制", "定性", "逐步健全", None, "定性"),
            ("满意度指标", "服务对象满意度指标", "企业对执法服务满意度", "≥", 90, "%", "正向"),
        ],
    )
    return b

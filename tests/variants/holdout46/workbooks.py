"""Workbooks as tools write them: one project per sheet under a 汇总 sheet, OA exports starting
in column C with spacer columns and merged-cell remnants, PDF artefacts, page breaks with the
header repeated and 第1页 共2页 footers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.holdout46.common import SPLIT, coded, footer, system_head
from tests.variants.holdout46.registry import variant
from tests.variants.kit import Book, C, mk

WIDTHS = (12, 14, 18, 30, 8, 10, 10, 10)
SUMMARY = ("序号", "项目编码", "项目名称", "实施单位", "资金总额（万元）", "财政拨款", "其他资金")


def _summary(b: Book, year: int, rows: Sequence[Sequence[Any]], loose: bool = False) -> None:
    """The 汇总 sheet; ``loose``: a project's money is wrong, so the 合计 row may be flagged."""
    s = b.sheet("汇总", (6, 20, 30, 24, 14, 12, 12))
    s.row(f"{year}年度项目支出绩效目标汇总表", merge=[(1, 7)])
    s.row(*SUMMARY)
    for i, r in enumerate(rows, start=1):
        s.row(str(i), *r)
    total = [sum(float(v.value if isinstance(v, C) else v) for v in (r[k] for r in rows))
             for k in (3, 4, 5)]  # fmt: skip
    first: Any = f"{total[0]:.2f}"
    if loose:
        first = mk(first, "B101", "error", row=True, required=False, note="the wrong project")
    s.row("合计", None, None, None, first, *(f"{t:.2f}" for t in total[1:]), merge=[(1, 4)])


@variant("jd07-sheet-per-project-ok", (2, 7, 12), "workbook: a 汇总 sheet listing three projects, "
         "then one export sheet per project, NAT-2021, all text, totals consistent")  # fmt: skip
def jd07() -> Book:
    b = Book()
    _summary(b, 2025, [
        ("331127250000000301", "村级文化礼堂设备更新", "岚溪县文化馆", "96.00", "96.00", "0.00"),
        ("331127250000000302", "非遗传承人研培", "岚溪县非遗保护中心", "48.50", "40.00", "8.50"),
        ("331127250000000303", "公共图书馆数字资源采购", "岚溪县图书馆", "75.00", "75.00", "0.00"),
    ])  # fmt: skip
    projects = [
        ("村级文化礼堂设备更新", "331127250000000301", "岚溪县文化馆", ("96.00", "96.00", "0.00"),
         "为32个村级文化礼堂更新音响和投影设备，年均开展文化活动不少于640场。", [
            ("产出指标", "数量指标", "更新设备的文化礼堂数", "≥", "32", "个", "正向"),
            ("产出指标", "质量指标", "设备验收合格率", "=", "100", "%", "正向"),
            ("产出指标", "时效指标", "设备安装完成时间", "≤", "2025年9月", "", "反向"),
            ("成本指标", "经济成本指标", "单个礼堂设备更新成本", "≤", "3", "万元/个", "反向"),
            ("效益指标", "社会效益指标", "礼堂年度文化活动场次", "≥", "640", "场", "正向"),
            ("满意度指标", "服务对象满意度指标", "村民满意度", "≥", "90", "%", "正向")]),
        ("非遗传承人研培", "331127250000000302", "岚溪县非遗保护中心", ("48.50", "40.00", "8.50"),
         "组织非遗传承人研修培训4期，培训传承人120人次。", [
            ("产出指标", "数量指标", "举办研修培训期数", "≥", "4", "期", "正向"),
            ("产出指标", "数量指标", "培训传承人人次", "≥", "120", "人次", "正向"),
            ("产出指标", "质量指标", "学员结业考核通过率", "≥", "95", "%", "正向"),
            ("成本指标", "经济成本指标", "人均培训成本", "≤", "4000", "元/人次", "反向"),
            ("效益指标", "可持续影响指标", "非遗项目传承人梯队", "=", "逐步完善", "", "定性"),
            ("满意度指标", "服务对象满意度指标", "参训传承人满意度", "≥", "92", "%", "正向")]),
        ("公共图书馆数字资源采购", "331127250000000303", "岚溪县图书馆", ("75.00", "75.00", "0.00"),
         "采购电子图书与数据库资源，数字资源年访问量达到35万人次。", [
            ("产出指标", "数量指标", "采购电子图书种数", "≥", "30000", "种", "正向"),
            ("产出指标", "数量指标", "新增数据库数量", "≥", "3", "个", "正向"),
            ("产出指标", "时效指标", "资源上线时限", "≤", "60", "日", "反向"),
            ("成本指标", "经济成本指标", "采购价格较同类市场价下浮", "≥", "5", "%", "正向"),
            ("效益指标", "社会效益指标", "数字资源年访问量", "≥", "35", "万人次", "正向"),
            ("满意度指标", "服务对象满意度指标", "读者满意度", "≥", "90", "%", "正向")]),
    ]  # fmt: skip
    for i, (name, code, unit, money, goal, rows) in enumerate(projects, start=1):
        s = b.sheet(f"项目{i}", WIDTHS)
        system_head(
            s,
            title="2025年度项目支出绩效目标表",
            name=name,
            code=code,
            unit=unit,
            dept="岚溪县文化和广电旅游体育局",
            money=money,
            goal=goal,
        )
        s.row(*SPLIT)
        s.table(coded(rows))
        footer(s, "2024-11-25 16:40:12")
    return b


@variant("jd08-sheet-per-project-defects", (2, 12), "workbook: 汇总 then one sheet per project, "
         "NAT-2021: a project without 满意度指标, one with 总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def jd08() -> Book:
    b = Book()
    _summary(b, 2025, [
        ("331127250000000411", "乡镇农贸市场提升改造", "岚溪县商务局", "180.00", "150.00", "30.00"),
        ("331127250000000412", "电商直播人才培训", "岚溪县商务局",
         mk("64.00", "B101", "error", row=True, required=False, note="as on 项目2"), "48.00",
         "6.00"),
    ], loose=True)  # fmt: skip
    s = b.sheet("项目1", WIDTHS)
    system_head(
        s,
        title="2025年度项目支出绩效目标表",
        name="乡镇农贸市场提升改造",
        code="331127250000000411",
        dept="岚溪县商务局",
        unit="岚溪县商务局",
        money=("180.00", "150.00", "30.00"),
        goal="完成3个乡镇农贸市场棚顶、排水和智慧监管设施改造。",
    )
    s.row(*SPLIT)
    s.table(coded([
        ("产出指标", "数量指标", "改造乡镇农贸市场数量", "≥", "3", "个", "正向"),
        ("产出指标", "质量指标", "改造工程验收合格率", "=", "100", "%", "正向"),
        ("产出指标", "时效指标", "改造完成时间", "≤", "2025年10月", "", "反向"),
        ("成本指标", "经济成本指标", "单个市场改造成本", "≤", "60", "万元/个", "反向"),
        ("效益指标", "社会效益指标", "市场食品安全抽检合格率", "≥", "98", "%", "正向"),
        ("效益指标", "可持续影响指标", "智慧监管设施使用年限", "≥", "8", "年", "正向"),
    ]))  # fmt: skip
    b.file_mark("F106", "error", note="项目1 has no 满意度指标 (its users are vendors and buyers)")
    footer(s, "2024-11-26 11:02:33")
    s = b.sheet("项目2", WIDTHS)
    system_head(s, title="2025年度项目支出绩效目标表", name="电商直播人才培训",
                code="331127250000000412", dept="岚溪县商务局", unit="岚溪县电子商务服务中心",
                money=(mk("64.00", "B101", "error", row=True, note="48 + 6 = 54, not 64"),
                       "48.00", "6.00"),
                goal="开展电商直播实训8期，培训农村电商从业人员400人次。")  # fmt: skip
    s.row(*SPLIT)
    s.table(coded([
        ("产出指标", "数量指标", "举办直播实训期数", "≥", "8", "期", "正向"),
        ("产出指标", "数量指标", "培训从业人员人次", "≥", "400", "人次", "正向"),
        ("产出指标", "质量指标", "实训结业率", "≥", "90", "%", "正向"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", "1200", "元/人次", "反向"),
        ("效益指标", "经济效益指标", "参训学员开设网店数", "≥", "120", "家", "正向"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", "90", "%", "正向"),
    ]))  # fmt: skip
    footer(s, "2024-11-26 11:02:35")
    return b

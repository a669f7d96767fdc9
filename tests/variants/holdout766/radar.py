"""Weather-radar maintenance contract: S- and X-band radars, calibration, spare parts, power and
communications at radar sites (kcv13–kcv18)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout766.common import (
    BUREAU,
    TIERS,
    YEAR,
    first,
    funds,
    indicators,
    signature,
    wan,
)
from tests.variants.holdout766.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

PERIOD = (*TIERS, "中期指标值", "年度指标值")
UNIT = "澜州省大气探测技术保障中心"


@variant(
    "kcv13-radar-contract",
    (1, 11, 12),
    "project, OLD-NAT, operator column, unit column, typed percent cells, 万元 in the number "
    "format, a contract cost equal to its money (correct)",
)
def kcv13() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="澜州省新一代天气雷达年度维护保障服务",
        dept=BUREAU,
        unit=UNIT,
        attr="常年项目",
        money=funds(165, 150, 15),
        goals=(
            "委托专业单位对全省4部S波段天气雷达开展全年维护保障，雷达年平均可用率"
            "不低于96%，单次故障修复不超过48小时。",
        ),
    )
    indicators(
        s,
        (*TIERS, "指标性质", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "维护雷达数量", "≥", 4, "部"),
            (None, None, "雷达站巡检次数", "≥", 48, "次"),
            (None, "质量指标", "雷达年平均可用率", "≥", pct(0.96), "%"),
            (None, "时效指标", "单次故障修复时长", "≤", 48, "小时"),
            (None, "成本指标", "维护合同金额", "≤", 165, "万元"),
            ("效益指标", "社会效益指标", "雷达产品对外服务保障率", "≥", pct(0.98), "%"),
            (None, "可持续影响指标", "雷达关键部件备件保障率", "≥", pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "预报员对雷达资料满意度", "≥", 90, "%"),
        ],
    )
    signature(s, "尹澈舟", "费念禾", "0597-6635107", day(2025, 12, 2))
    return b


@variant(
    "kcv14-radar-money",
    (12, 8),
    "three-year project, NAT-2021, 中期 and 年度 columns, a 资金明细 block: annual money not "
    "the sum of its sources, detail lines not adding up, a unit cost × radars above the "
    "year's money",
)
def kcv14() -> Book:
    b, s = first()
    annual = mk(wan(200), "B101", "error", row=True, note="年度资金：180+30=210，不是200")
    project_head(
        s,
        year=YEAR,
        years=3,
        name="黛川市X波段天气雷达维护合同",
        dept=BUREAU,
        unit="黛川市气象局",
        attr="新增项目",
        money=funds(600, 540, 60, annual, 180, 30),
        goals=(
            "2026—2028年对全市4部X波段天气雷达开展维护，三年累计巡检144次。",
            "2026年对4部X波段天气雷达开展维护，全年巡检48次。",
        ),
    )
    indicators(
        s,
        PERIOD,
        [
            (
                "产出指标",
                "数量指标",
                "维护雷达数量",
                "≥4部",
                ok("≥4部", "warning", note="每年维护的是同一批4部雷达，不是累计数"),
            ),
            (None, None, "雷达巡检次数", "≥144次", "≥48次"),
            (None, "质量指标", "雷达年平均可用率", "≥95%", "≥95%"),
            (None, "时效指标", "单次故障修复时长", "≤48小时", "≤48小时"),
            (
                "成本指标",
                "经济成本指标",
                "单部雷达年维护费",
                "≤60万元/部",
                mk(
                    "≤60万元/部",
                    "B107",
                    "warning",
                    row=True,
                    note="60万元×4部=240万元，超过年度资金200万元（三年720万元也超过600万元）",
                ),
            ),
            ("效益指标", "社会效益指标", "短时强降水预警提前量", "≥30分钟", "≥30分钟"),
            ("满意度指标", "服务对象满意度指标", "预报员满意度", "≥90%", "≥90%"),
        ],
    )
    s.skip()
    s.row("资金明细", "支出内容", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for line in (
        ("备件采购", wan(80), "按合同备件清单"),
        ("巡检人工", wan(70), "48次巡检"),
        ("标定服务", wan(40), "年度标定4部"),
    ):
        s.row(None, *line, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("合计", None, mk(wan(200), "B102", "error", alt=("B101",), note="80+70+40=190"))
    return b


@variant(
    "kcv15-radar-multi-year",
    (8, 10),
    "three-year project, NAT-2021, 中期 and 年度 columns: the period's count beside the "
    "year's, rates equal in both, a rise in 百分点, unit cost × radars equal to the money "
    "(correct)",
)
def kcv15() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澜州省天气雷达双偏振升级后运维保障",
        dept=BUREAU,
        unit=UNIT,
        attr="新增项目",
        money=funds(540, 500, 40, 180, 165, 15),
        goals=(
            "2026—2028年保障4部双偏振天气雷达稳定运行，三年累计巡检144次，"
            "雷达数据可用率较升级前提高3个百分点以上。",
            "2026年保障4部双偏振天气雷达稳定运行，全年巡检48次，雷达数据可用率不低于96%。",
        ),
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "保障运行雷达数量", "≥4部", "≥4部"),
            (None, None, "雷达巡检次数", "≥144次", "≥48次"),
            (None, "质量指标", "雷达数据可用率", "≥96%", "≥96%"),
            (None, "时效指标", "单次故障修复时长", "≤48小时", "≤48小时"),
            ("成本指标", "经济成本指标", "单部雷达年维护费", "≤45万元/部", "≤45万元/部"),
            ("效益指标", "社会效益指标", "强对流天气预警提前量", "≥30分钟", "≥30分钟"),
            (None, "可持续影响指标", "数据可用率较升级前提升幅度", "≥3百分点", "≥1百分点"),
            ("满意度指标", "服务对象满意度指标", "预报员满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv16-radar-calibration-copied",
    (8, 1),
    "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the 中期目标, "
    "a rate above 100% in the 中期 column, last year's deadline in the 年度 column",
)
def kcv16() -> Book:
    b, s = first()
    text = "完成2部C波段天气雷达标定和关键备件更换，雷达年平均可用率不低于95%。"
    copied = mk(text, "D204", "warning", note="两年期项目的年度目标与中期目标逐字相同")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="苍浦区C波段天气雷达标定与备件更换",
        dept=BUREAU,
        unit="苍浦区气象局",
        attr="新增项目",
        money=funds(260, 240, 20, 130, 120, 10),
        goals=(text, copied),
    )
    indicators(
        s,
        PERIOD,
        [
            ("产出指标", "数量指标", "雷达标定次数", "≥8次", "≥4次"),
            (
                None,
                "质量指标",
                "雷达标定合格率",
                mk("≥102%", "T106", "error", note="合格率不能超过100%"),
                "≥98%",
            ),
            (
                None,
                "时效指标",
                "年度维护报告提交时间",
                "2027年12月31日前",
                mk(
                    "2025年12月31日前",
                    "Y102",
                    "error",
                    alt=("Y103", "Y101"),
                    note="上一年的期限残留，不在2026—2027年内",
                ),
            ),
            ("成本指标", "经济成本指标", "单次标定费用", "≤12万元/次", "≤12万元/次"),
            ("效益指标", "社会效益指标", "雷达年平均可用率", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "预报员满意度", "≥90%", "≥90%"),
        ],
    )
    return b


def _export(b: Book, budget: Sequence[Any], rows: Sequence[Sequence[Any]]) -> None:
    """A 预算管理一体化 export: budget sheet 05-1 and goal sheet 05-2, headers on the third row."""
    s: Sheet = b.sheet("部门项目支出预算05-1", (18, 26, 14, 14, 14, 40))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位名称：澜州省大气探测技术保障中心", None, None, None, None, "单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金", "年度绩效目标")
    s.row(*budget)
    t = b.sheet("部门项目支出绩效目标05-2", (18, 26, 14, 18, 30, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：澜州省大气探测技术保障中心")
    t.row("项目代码", "项目名称", *TIERS, "指标值")
    for r in rows:
        t.row(budget[0], budget[1], *r)


@variant(
    "kcv17-radar-site-export",
    (9, 7),
    "budget-system export, NAT-2021: sheets 05-1 and 05-2 with headers on the third row, "
    "project codes in the first columns, a typed percent cell (correct)",
)
def kcv17() -> Book:
    b = Book()
    _export(
        b,
        (
            "36100126A0017",
            "雷达站供电及通信保障",
            wan(86),
            wan(80),
            wan(6),
            "保障3部天气雷达站全年供电和通信稳定，通信中断4小时内恢复。",
        ),
        [
            ("产出指标", "数量指标", "保障雷达站数量", "≥3个"),
            ("产出指标", "质量指标", "雷达站供电保障率", pct(0.99)),
            ("产出指标", "时效指标", "通信中断恢复时限", "≤4小时"),
            ("成本指标", "经济成本指标", "单站年保障费用", "≤28万元/个"),
            ("效益指标", "社会效益指标", "雷达资料对外共享部门数", "≥10个"),
            ("满意度指标", "服务对象满意度指标", "雷达站值守人员满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "kcv18-radar-overhaul-export",
    (9, 6, 13),
    "budget-system export, NAT-2021: an amount as text with separators, last year's radar "
    "count in the goal, a tier-2 left from the template without an indicator",
)
def kcv18() -> Book:
    b = Book()
    total = mk("1,255.00", "X103", "warning", alt=("B108",), note="带千分位的文本，不是数字")
    _export(
        b,
        (
            "36100126A0031",
            "S波段天气雷达大修及备件更换",
            total,
            wan(1200),
            wan(55),
            "对全省3部S波段天气雷达开展年度大修和关键备件更换。",
        ),
        [
            (
                "产出指标",
                "数量指标",
                "大修雷达数量",
                mk(
                    "≥4部",
                    "D104",
                    "warning",
                    row=True,
                    note="年度绩效目标写3部雷达（上一年的数），指标却是4部",
                ),
            ),
            ("产出指标", "质量指标", "大修验收合格率", "≥98%"),
            ("产出指标", "时效指标", "大修完成时间", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "单部雷达大修费用", "≤300万元/部"),
            ("效益指标", "社会效益指标", "雷达年平均可用率", "≥95%"),
            (
                "效益指标",
                mk(
                    "生态效益指标",
                    "F109",
                    "warning",
                    row=True,
                    note="模板留下的二级指标，没有三级指标和指标值",
                ),
                None,
                None,
            ),
            ("满意度指标", "服务对象满意度指标", "预报员满意度", "≥90%"),
        ],
    )
    return b

"""Quarantine checkpoint returns (kgn07–kgn12): 公路临时查验点, 动物卫生监督检查站, 指定通道."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout862.common import first, funds, header, indicators, note, sign
from tests.variants.holdout862.registry import variant
from tests.variants.kit import WAN, Book, Sheet, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


def stacked(s: Sheet, n: int, name: str, unit: str, cash: list[list[Any]], goal: str,
            rows: list[tuple[Any, ...]]) -> None:  # fmt: skip
    """One checkpoint project stacked under the others: its own head, header and indicators."""
    if n:
        s.skip()
    project_head(s, year=2026, name=name, dept="栗川市农业农村局", unit=unit, money=cash,
                 goals=[goal], title=None if n == 0 else "")  # fmt: skip
    header(s, *HEAD)
    indicators(s, rows)


def checkpoint_rows(cars: Any, cost: Any, rate: Any) -> list[tuple[Any, ...]]:
    """The indicators a checkpoint project reports (OLD-NAT, one value column)."""
    return [
        ("产出指标", "数量指标", "查验畜禽运输车辆数量", cars),
        (None, "质量指标", "动物检疫证明查验率", rate),
        (None, "时效指标", "单车查验消毒时长", "≤30分钟"),
        (None, "成本指标", "车辆消毒单车成本", cost),
        ("效益指标", "社会效益指标", "违规调运畜禽案件查处率", "100%"),
        ("满意度指标", "服务对象满意度指标", "货主及承运人满意度", "≥90%"),
    ]


@variant(
    "kgn07-checkpoint-stacked",
    (2,),
    "three checkpoint projects stacked in one sheet, OLD-NAT, one value column, the same "
    "indicators with different values in different projects (correct)",
)
def checkpoint_stacked() -> Book:
    b, s = first()
    stacked(s, 0, "G327国道动物卫生监督检查站运行", "栗川市动物卫生监督所", funds(96, 80, 16),
            "全年查验进出本市畜禽运输车辆8000车次，检疫证明查验率100%。",
            checkpoint_rows("≥8000车次", "≤60元/车次", pct(1)))  # fmt: skip
    stacked(s, 1, "鹤岭区公路临时动物防疫查验点值守", "鹤岭区畜牧兽医站", funds(48, 48, 0),
            "全年查验过境畜禽运输车辆3000车次，检疫证明查验率100%。",
            checkpoint_rows("≥3000车次", "≤80元/车次", pct(1)))  # fmt: skip
    stacked(s, 2, "桑滩县动物及动物产品指定通道消毒设施维护", "桑滩县动物卫生监督所",
            funds(30, 25, 5), "维护指定通道洗消设施2处，全年查验调入车辆1500车次。",
            checkpoint_rows("≥1500车次", "≤100元/车次", "=100%"))  # fmt: skip
    sign(s, "覃晓岚", "0745-6651024", (2025, 11, 18))
    return b


@variant("kgn08-checkpoint-stacked-wrong", (2, 12),
         "two checkpoint projects stacked, OLD-NAT: the second's 资金总额 is not its parts, its "
         "goal's 6000车次 against 4000, a wash standard × count above the money")  # fmt: skip
def checkpoint_stacked_wrong() -> Book:
    b, s = first()
    stacked(s, 0, "沙塘镇公路临时动物防疫查验点", "沙塘镇农业综合服务站", funds(36, 36, 0),
            "全年查验过境畜禽运输车辆2000车次，洗消车辆2000车次。",
            checkpoint_rows("≥2000车次", "≤150元/车次", "100%"))  # fmt: skip
    total = mk(money(80, WAN), "B101", "error", note="80 ≠ 财政拨款60 + 其他资金15")
    rows = checkpoint_rows(
        mk("≥4000车次", "D104", "warning", row=True, note="年度目标写查验6000车次"),
        mk("≤250元/车次", "B107", "warning", row=True, alt=("D104",),
           note="250元 × 4000车次 = 100万元，超过项目资金80万元"), "100%")  # fmt: skip
    stacked(s, 1, "梧坪县跨省调入畜禽查验点运行", "梧坪县动物卫生监督所",
            [["资金总额", total, "其中：财政拨款", money(60, WAN)],
             ["其他资金", money(15, WAN), None, None]],
            "全年查验跨省调入畜禽运输车辆6000车次，落实落地报告和隔离观察。", rows)  # fmt: skip
    sign(s, "蓝砚秋", "0736-5821196", (2025, 12, 2))
    return b


def flat_head(s: Sheet, dept: str, budget: tuple[Any, ...], goal: str) -> None:
    """A department head followed by the flat list's header."""
    department_head(s, year=2026, dept=dept, budget=[budget], goal=goal)
    header(s, "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant(
    "kgn09-flat-checkpoint",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percent "
    "cells, a zero incident count, a 下降率 with ≥, weights adding to 100 (correct)",
)
def flat_checkpoint() -> Book:
    b, s = first()
    flat_head(s, "桑滩县动物卫生监督所",
              (money(210), money(190), money(20), money(150), money(60)),
              "守住公路查验和指定通道两道防线，全年查验调运车辆4500车次，不发生因违规调运引发"
              "的区域性疫情。")  # fmt: skip
    s.table([
        ("查验调运车辆数量", 20, "车次", "≥", 4500),
        ("动物检疫证明查验率", 15, "%", "≥", pct(1)),
        ("车辆洗消合格率", 15, "%", "≥", pct(0.98)),
        ("违规调运案件数比上年下降率", 10, "%", "≥", pct(0.1)),
        ("因违规调运引发的区域性疫情", 10, "起", "=", 0),
        ("单车查验平均时长", 10, "分钟", "≤", 30),
        ("查验信息录入及时率", 10, "%", "≥", pct(0.95)),
        ("承运人满意度", 10, "%", "≥", pct(0.9)),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "韦知夏", "0917-3326640", (2025, 11, 10))
    return b


@variant("kgn10-flat-year-leftover", (3,),
         "department, flat list: weights adding to 95, a name left over from the 2024 season, "
         "the same report rate twice with a word more")  # fmt: skip
def flat_year_leftover() -> Book:
    b, s = first()
    flat_head(s, "鹤岭区动物卫生监督所",
              (money(150), money(150), money(0), money(110), money(40)),
              "2026年做好冬春季公路查验值守，跨省调入畜禽落地报告率达到100%。")  # fmt: skip
    s.table([
        ("查验调运车辆数量", 20, "车次", "≥", 3000),
        (mk("2024年冬春季查验点值守天数", "Y103", "warning", alt=("Y101",),
            note="2026年度的表中留着2024年的季节"), 15, "天", "≥", 120),
        ("跨省调入畜禽落地报告率", 15, "%", "≥", pct(1)),
        ("车辆洗消合格率", 15, "%", "≥", pct(0.98)),
        (mk("跨省调入畜禽落地报告率（含种畜禽）", "D103", "warning", row=True,
            alt=("D101", "D102"), note="与上面的落地报告率是同一指标，只多了括号"),
         10, "%", "≥", pct(1)),
        ("单车查验平均时长", 10, "分钟", "≤", 30),
        ("承运人满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计95，应为100")
    sign(s, "满映雪", "0833-7142275", (2025, 11, 21))
    return b


@variant(
    "kgn11-second-sheet-checkpoint",
    (7, 4),
    "project: head on 基本信息, indicators on a second sheet under 预期实现值, a footnote "
    "explaining a total, 填表说明 and signature lines (correct)",
)
def second_sheet_checkpoint() -> Book:
    b, s = first("基本信息")
    project_head(s, year=2026, name="栗川市动物防疫屏障查验体系运行", dept="栗川市农业农村局",
                 unit="栗川市动物卫生监督所", money=funds(120, 100, 20),
                 goals=["全年查验畜禽运输车辆8000车次（公路查验点5000车次、指定通道3000车次），"
                        "违规调运案件比上年下降10%以上。"])  # fmt: skip
    t = b.sheet("绩效指标")
    header(t, "一级指标", "二级指标", "三级指标", "预期实现值", "备注")
    indicators(t, [
        ("产出指标", "数量指标", "查验畜禽运输车辆数量", "≥8000车次", "见注1"),
        (None, "质量指标", "车辆洗消合格率", pct(0.98), None),
        (None, "时效指标", "疫情信息报告时限", "≤2小时", None),
        (None, "成本指标", "车辆消毒单车成本", "≤70元/车次", None),
        ("效益指标", "社会效益指标", "违规调运案件下降率", "≥10%", "比上年"),
        (None, "可持续影响指标", "查验值守制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "承运人满意度", "≥90%", None),
    ])  # fmt: skip
    note(t, "注1：8000车次为公路查验点5000车次与指定通道3000车次之和。", 5)
    note(t, "填表说明：指标值应细化量化，比率类指标以百分比填列。", 5)
    sign(t, "易沐风", "0745-6653317", (2025, 10, 30))
    return b


@variant("kgn12-export-checkpoint", (9, 7, 12),
         "budget-system export: sheets 05-1 and 05-2, codes in the first columns, header on the "
         "third row; the goal's 3个 against 5个, a completion date in the next year")  # fmt: skip
def export_checkpoint() -> Book:
    b, s = first("部门项目支出预算05-1", (14, 26, 14, 14, 14))
    s.title("2026年部门项目支出预算表", 5)
    s.row("单位：万元")
    header(s, "项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("520131260007", "桑滩县公路临时动物防疫查验点建设", money(75), money(60), money(15))
    s.row("合计", None, money(75), money(60), money(15))
    t = b.sheet("部门项目支出绩效目标05-2", (14, 22, 30, 12, 12, 26, 8, 12, 10))
    t.title("2026年部门项目支出绩效目标表", 9)
    t.row("单位名称：桑滩县动物卫生监督所")
    header(t, "项目编码", "项目名称", "年度目标", "一级指标", "二级指标", "三级指标", "指标性质",
           "指标值", "度量单位")  # fmt: skip
    goal = "在县境主要入口建设3个公路临时动物防疫查验点，2026年10月底前投入值守。"
    t.table([
        ("520131260007", "桑滩县公路临时动物防疫查验点建设", goal, "产出指标", "数量指标",
         "查验点建设数量", "=", mk("5", "D104", "warning", row=True,
                                  note="年度目标写建设3个查验点"), "个"),
        (None, None, None, None, "质量指标", "查验点验收合格率", "≥", "100", "%"),
        (None, None, None, None, "时效指标", "查验点建成投用时间", "≤",
         mk("2027年6月30日", "Y102", "error", alt=("Y101", "Y103"),
            note="一年期2026年项目，目标写10月底前投用"), None),
        (None, None, None, None, "成本指标", "单个查验点建设成本", "≤", "15", "万元"),
        (None, None, None, "效益指标", "社会效益指标", "外来疫情传入次数", "=", "0", "起"),
        (None, None, None, "满意度指标", "服务对象满意度指标", "周边群众满意度", "≥", "90", "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

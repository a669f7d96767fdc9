"""Returns of 濑江县's mango grading-packing centres (分级包装中心) (xn07–xn12)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout420.common import (
    HEAD4,
    SUPPLY,
    YEAR,
    first,
    funds,
    grid,
    notes,
    sign,
    wan,
)
from tests.variants.holdout420.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

OPS = "濑江县供销社农产品流通服务中心"


def centre(s: Sheet, town: str, money: Sequence[Sequence[Any]], goal: str,
           rows: Sequence[Sequence[Any]], top: bool) -> None:  # fmt: skip
    """One packing centre's project in a stacked sheet: its head, then its indicators."""
    if not top:
        s.skip()
    project_head(s, year=YEAR, name=f"{town}芒果分级包装中心运营补助", dept=SUPPLY, unit=OPS,
                 money=money, goals=[goal], title=None if top else "")  # fmt: skip
    grid(s, HEAD4, rows)


def packing_rows(tons: str, jobs: str, rate: Any, cost: str) -> list[tuple[Any, ...]]:
    """The indicators every packing centre reports, with its own figures."""
    return [
        ("产出指标", "数量指标", "分级包装芒果量", tons),
        (None, None, "吸纳周边务工人员", jobs),
        (None, "质量指标", "分级包装果品抽检合格率", rate),
        (None, "时效指标", "采后24小时内完成预冷比例", "≥90%"),
        (None, "成本指标", "每吨分级包装补助标准", cost),
        ("效益指标", "经济效益指标", "入库芒果收购价较散卖提高", "≥0.4元/公斤"),
        (None, "可持续影响指标", "中心运营管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "交售果农满意度", "≥90%"),
    ]  # fmt: skip


@variant("xn07-towns-stacked", (2,),
         "three packing-centre projects stacked in one sheet, OLD-NAT, one value column, the "
         "same indicators with different values in each project (correct)")  # fmt: skip
def towns_stacked() -> Book:
    b, s = first()
    centre(s, "石埠镇", funds(wan(160), wan(130), wan(30)), "分级包装芒果8000吨。",
           packing_rows("≥8000吨", "≥60人", "≥98%", "≤150元/吨"), top=True)  # fmt: skip
    centre(s, "榄塘镇", funds(wan(95), wan(80), wan(15)), "分级包装芒果5000吨。",
           packing_rows("≥5000吨", "≥35人", "≥97%", "≤160元/吨"), top=False)  # fmt: skip
    centre(s, "峒口乡", funds(wan(48), wan(48), wan(0)), "分级包装芒果3000吨。",
           packing_rows("≥3000吨", "≥20人", "≥95%", "≤160元/吨"), top=False)  # fmt: skip
    sign(s, "周晓岚", "0779-6233046")
    return b


@variant("xn08-towns-stacked-wrong", (2, 12),
         "two packing-centre projects stacked, OLD-NAT: the second one's 年度资金总额 is not "
         "the sum of its sources and one rate is given in 吨")  # fmt: skip
def towns_stacked_wrong() -> Book:
    b, s = first()
    centre(s, "石埠镇", funds(wan(160), wan(130), wan(30)), "分级包装芒果8000吨。",
           packing_rows("≥8000吨", "≥60人", "≥98%", "≤150元/吨"), top=True)  # fmt: skip
    total = mk(wan(150), "B101", "error", note="110 + 30 = 140，不是 150")
    rows = packing_rows("≥9000吨", "≥70人", "≥98%", "≤150元/吨")
    rows[2] = (None, "质量指标", "分级包装果品商品化处理率",
               mk("6000吨", "T105", "error", note="处理率给的是吨数"))  # fmt: skip
    centre(s, "六湾镇", funds(total, wan(110), wan(30)), "分级包装芒果9000吨。", rows, top=False)
    sign(s, "周晓岚", "0779-6233046")
    return b


@variant("xn09-coldchain-artefacts", (9,),
         "project, OLD-NAT, detail lines under the table: a number split by a space, an amount "
         "pasted twice, a completion date stored as a serial in a text cell")  # fmt: skip
def coldchain_artefacts() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果分级包装中心冷链设备购置", dept=SUPPLY, unit=OPS,
                 money=funds(wan(260), wan(220), wan(40)),
                 end=mk("46295", "X104", "warning", note="计划完成日期是序列号文本（2026-09-30）"),
                 goals=["购置光电分选线和预冷库设备，分级包装能力提高到每日120吨。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "购置光电无损分选线", "≥1条"),
        (None, None, "新增预冷库容量", "≥800立方米"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装调试完成时间", "2026年9月30日前"),
        (None, "成本指标", "设备购置成本控制", "≤260万元"),
        ("效益指标", "经济效益指标", "日分级包装能力", "≥120吨"),
        (None, None, "芒果采后损耗率", "≤8%"),
        (None, "社会效益指标", "带动周边务工人员", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "入驻合作社满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "支出内容", None, "金额（万元）", "备注", None, merge=[(2, 3), (5, 6)])
    s.row(None, "光电无损分选线",
          None, mk("118.6 4", "X105", "warning", alt=("X103",), note="118.64 被空格断开"),
          None)  # fmt: skip
    s.row(None, "预冷库设备", None,
          mk("86万86万", "X106", "error", alt=("B108",), note="86 万粘贴了两次"))  # fmt: skip
    s.row(None, "包装材料及周转筐", None, 55.36)
    s.row(None, "合计", None, 260)
    sign(s, "周晓岚", "0779-6233046")
    return b


POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


def points_rows(output: Any, accuracy: Any, scale: int) -> list[tuple[Any, ...]]:
    """A packing centre's indicators with a tier-1 score and a score for each indicator."""
    return [
        ("产出指标", output, "数量指标", "年度分级包装芒果量", "≥12000吨", 10),
        (None, None, None, "带动合作社入驻", "≥15家", 10),
        (None, None, "质量指标", "出库芒果分级准确率", accuracy, 10),
        (None, None, "时效指标", "采收后入库分级时限", "≤24小时", scale),
        ("成本指标", 10, "经济成本指标", "每吨分级包装运营成本", "≤180元/吨", 10),
        ("效益指标", 40, "经济效益指标", "一级果比例提高", "≥5百分点", 15),
        (None, None, None, "入驻合作社芒果销售收入增长率", "≥10%", 10),
        (None, None, "生态效益指标", "次果综合利用率", "≥85%", 5),
        (None, None, "可持续影响指标", "分级包装服务长效运营机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "入驻合作社和果农满意度", "≥90%", 10),
    ]  # fmt: skip


@variant("xn10-hub-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column (both add to "
         "100), a rate raised in 百分点 (correct)")  # fmt: skip
def hub_points() -> Book:
    b, s = first(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="县芒果分级包装集散中心运营", dept=SUPPLY, unit=OPS,
                 money=funds(wan(240), wan(200), wan(40)),
                 goals=["集散中心年分级包装芒果12000吨，一级果比例提高5个百分点。"])  # fmt: skip
    grid(s, POINTS_HEAD, points_rows(40, "≥95%", 10), merged=(1, 2, 3))
    s.row("合计", 100, None, None, None, 100)
    sign(s, "邓丽萍", "0779-6236671")
    return b


@variant("xn11-hub-points-wrong", (10, 1),
         "project, NAT-2021, tier-1 and indicator score columns: the 产出 scores add to 35 "
         "against 40 declared; a percent typed in Excel above 100 %")  # fmt: skip
def hub_points_wrong() -> Book:
    b, s = first(widths=(14, 8, 16, 30, 16, 8))
    project_head(s, year=YEAR, name="县芒果分级包装集散中心运营", dept=SUPPLY, unit=OPS,
                 money=funds(wan(240), wan(200), wan(40)),
                 goals=["集散中心年分级包装芒果12000吨，一级果比例提高5个百分点。"])  # fmt: skip
    declared = mk(40, "W103", "error", alt=("W101",), note="产出指标下分值合计 35")
    accuracy = mk(pct(1.02), "T106", "error", note="分级准确率 102%")
    grid(s, POINTS_HEAD, points_rows(declared, accuracy, 5), merged=(1, 2, 3))
    sign(s, "邓丽萍", "0779-6236671")
    return b


NOTES_HEAD = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "权重", "备注")


def subtotal(s: Sheet, label: str, weight: int) -> None:
    s.row(label, None, None, None, weight, None, merge=[(1, 4)])


@variant("xn12-trace-notes", (4, 7),
         "project, OLD-NAT, headers 考核指标 / 目标值（年度） and a weight column; an instruction "
         "row inside the table, subtotals, the header repeated after a page break, notes, "
         "填表说明 and signature lines (correct)")  # fmt: skip
def trace_notes() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="芒果分级包装质量追溯体系建设", dept=SUPPLY, unit=OPS,
                 money=funds(wan(75), wan(60), wan(15)),
                 goals=["18家合作社接入芒果质量追溯平台，赋码追溯芒果20万箱。"])  # fmt: skip
    grid(s, NOTES_HEAD, [
        ("产出指标", "数量指标", "赋码追溯芒果箱数", "≥20万箱", 15, None),
        (None, None, "接入追溯平台合作社", "≥18家", 10, None),
        (None, "质量指标", "追溯信息完整率", "≥95%", 10, None),
        (None, "时效指标", "追溯系统上线时间", "2026年6月30日前", 5, None),
        (None, "成本指标", "每家合作社接入费用", "≤1.5万元/家", 10, "含赋码设备"),
    ])  # fmt: skip
    notes(s, "注：指标值须量化；确实无法量化的，按“好、较好、一般、差”填写。")
    subtotal(s, "产出指标小计", 50)
    grid(s, NOTES_HEAD, [
        ("效益指标", "经济效益指标", "追溯芒果收购溢价", "≥0.6元/公斤", 15, None),
        (None, "社会效益指标", "芒果质量投诉下降率", "≥20%", 10, "与上年比"),
        (None, "可持续影响指标", "追溯数据更新机制", "健全", 15, None),
    ])  # fmt: skip
    subtotal(s, "效益指标小计", 40)
    s.table([("满意度指标", "服务对象满意度指标", "采购商满意度", "≥90%", 10, None)],
            merged=(1, 2))  # fmt: skip
    subtotal(s, "满意度指标小计", 10)
    subtotal(s, "合计", 100)
    notes(s, "说明：1. 权重合计100分，其中产出50分、效益40分、满意度10分；",
          "2. 预算执行率由财政部门另行考核，未列入本表。",
          "填表说明：本表由项目实施单位填写，报县财政局预算股审核。")  # fmt: skip
    sign(s, "邓丽萍", "0779-6236671")
    return b

"""Returns vn13–vn18: rubbings of steles and inscriptions (碑刻传拓与拓片整理)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout368.common import (
    YEAR,
    indicators,
    notes,
    project_book,
    sign,
    wan,
)
from tests.variants.holdout368.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
DIR_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")


@variant(
    "vn13-footnotes",
    (4,),
    "project, OLD-NAT, one value column: a 注 row inside the table, "
    "the header repeated after a page break, footnotes, 填表说明, signature lines (correct)",
)
def footnotes() -> Book:
    b, s = project_book(
        "Sheet1",
        name="碑刻拓片整理装裱",
        unit="砚屏县图书馆",
        total=64.5,
        fiscal=58,
        goals=["整理装裱馆藏碑刻拓片420张并编目。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "拓片整理装裱", "≥420张"),
        (None, None, "拓片编目著录", "≥420条"),
        (None, "质量指标", "装裱验收合格率", "≥98%"),
    ])  # fmt: skip
    notes(s, "注：装裱按《古籍修复技术规范》执行，合格率以抽检结果计。")
    s.skip()
    indicators(s, HEAD, [
        ("产出指标", "时效指标", "装裱编目完成时间", "12月15日前"),
        (None, "成本指标", "单张拓片装裱成本", "≤0.12万元/张"),
        ("效益指标", "社会效益指标", "拓片专题展览", "≥2场"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ])  # fmt: skip
    notes(
        s,
        "注：资金总额64.5万元含其他资金6.5万元（馆藏经营收入）。",
        "填表说明：指标值应写明比较符和计量单位；定性指标写明等级。",
    )
    sign(s, "闻涧舟", "0739-5283310", day(YEAR - 1, 11, 26, CN_DATE))
    return b


@variant(
    "vn14-detail-artefacts",
    (9, 4),
    "project, OLD-NAT, detail lines with a subtotal under "
    "the table: a number split by a space, an amount pasted twice, a rate given as a count",
)
def detail_artefacts() -> Book:
    b, s = project_book(
        "项目表",
        name="宋元碑刻精拓",
        unit="砚屏县文物保护中心",
        total=80,
        fiscal=72,
        goals=["精拓宋元碑刻36通，每通拓制2份。"],
    )
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "宋元碑刻精拓", "≥36通"),
        (None, "质量指标", "碑刻病害调查覆盖率", mk("36通", "T105", "error",
                                                   note="a 覆盖率 given as a count")),
        (None, "时效指标", "精拓完成时间", "11月30日前"),
        (None, "成本指标", "单通碑刻精拓成本", "≤2.2万元/通"),
        ("效益指标", "社会效益指标", "精拓本入藏", "≥72份"),
        ("满意度指标", "服务对象满意度指标", "研究机构满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("支出明细", "支出内容", "金额（万元）", "备注")
    s.row(
        None,
        "宣纸、墨料购置",
        mk("23.4 8", "X105", "warning", alt=("X103",), note="read as 23.48; the lines then add up"),
        "按实采购",
    )
    s.row(
        None,
        "拓制工具及运输",
        mk("15万15万(含运输)", "X106", "error", alt=("B108",), note="15万 pasted twice"),
        None,
    )
    s.row(None, "传拓技师劳务", wan(41.52), "36通×2份")
    s.row(None, "小计", wan(80), None)
    b.file_mark("B102", "error", required=False, note="follows from the pasted amount")
    return b


def _department(
    dept: str, budget: tuple[object, ...], tasks: list[tuple[object, ...]], goal: str
) -> tuple[Book, Sheet]:
    b = Book()
    s = b.sheet("部门整体")
    department_head(s, year=YEAR, dept=dept, budget=[budget], tasks=tasks, goal=goal)
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "碑刻传拓", "≥300张"),
        (None, "质量指标", "拓片入藏验收合格率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", "12月31日前"),
        ("成本指标", "经济成本指标", "单张拓片传拓成本", "≤0.1万元/张"),
        ("效益指标", "社会效益指标", "拓片公开展示", "≥120张"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b, s


@variant(
    "vn15-department-money",
    (12,),
    "department, NAT-2021: budget and key tasks adding to "
    "a 金额合计 equal to 项目支出, a footnote explaining the total (correct)",
)
def department_money() -> Book:
    b, s = _department(
        "砚屏县碑刻博物馆",
        (wan(528.4), wan(502.4), wan(26), wan(341.2), wan(187.2)),
        [
            ("石刻文物普查复核", "复核全县石刻文物点", wan(62.5), "复核≥150处"),
            ("碑刻拓片整理", "传拓与入藏", wan(48.7), "入藏≥300张"),
            ("碑亭修缮", "修缮碑亭4座", wan(76), "验收合格"),
            ("金额合计", None, wan(187.2), None),
        ],
        "完成普查复核、拓片整理和碑亭修缮。",
    )
    notes(s, "注：金额合计为项目支出187.2万元，不含基本支出。")
    return b


@variant(
    "vn16-department-money-wrong",
    (12,),
    "department, NAT-2021: 资金总额 not the sum of "
    "its parts, key tasks not adding to their 金额合计",
)
def department_money_wrong() -> Book:
    total = mk(wan(436), "B101", "error", note="410.5 + 21.5 = 280 + 152 = 432, not 436")
    b, _ = _department(
        "砚屏县石刻研究所",
        (total, wan(410.5), wan(21.5), wan(280), wan(152)),
        [
            ("碑刻题记释读", "释读题记并出版", wan(58), "释读≥200则"),
            ("碑刻拓片整理", "传拓与入藏", wan(47.5), "入藏≥300张"),
            ("石刻数据库维护", "数据维护与开放", wan(42), "开放≥1000条"),
            (
                "金额合计",
                None,
                mk(wan(152), "B102", "error", note="58 + 47.5 + 42 = 147.5, not 152"),
                None,
            ),
        ],
        "完成题记释读、拓片整理和数据库维护。",
    )
    return b


@variant(
    "vn17-system-export",
    (7, 9),
    "budget-system export: sheets 05-1 and 05-2, header on "
    "the third row, project codes in the first columns, =100% kept as text (correct)",
)
def system_export() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", widths=(16, 26, 12, 14, 14, 14))
    m.title(f"{YEAR}年部门项目支出预算表", 6)
    m.row("单位：万元")
    m.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    m.row("318006260014", "碑刻拓片数字化服务平台", "一次性项目", wan(39.6), wan(36), wan(3.6))
    s = b.sheet("部门项目支出绩效目标05-2", widths=(16, 22, 12, 14, 28, 10, 12, 10))
    s.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    s.row("单位：砚屏县碑刻博物馆")
    code, name = "318006260014", "碑刻拓片数字化服务平台"
    s.row(
        "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位"
    )
    for row in [
        ("产出指标", "数量指标", "拓片数字图像上线", "≥", 800, "张"),
        ("产出指标", "质量指标", "平台功能验收合格率", "=", "=100%", "%"),
        ("产出指标", "质量指标", "图像著录完整率", "≥", pct(0.95, "0.00%"), "%"),
        ("产出指标", "时效指标", "平台上线时间", "≤", day(YEAR, 9, 30), None),
        ("产出指标", "成本指标", "单张拓片上线成本", "≤", 0.045, "万元/张"),
        ("效益指标", "社会效益指标", "平台年访问量", "≥", 30000, "人次"),
        ("满意度指标", "服务对象满意度指标", "平台用户满意度", "≥", 90, "%"),
    ]:
        s.row(code, name, *row)
    return b


@variant(
    "vn18-direction-column",
    (11, 1),
    "project, OLD-NAT, 指标性质 as direction (正向/反向), "
    "指标方向 as operator in words, bare numbers and a unit column: two direction conflicts, "
    "a unit conflict",
)
def direction_column() -> Book:
    b, s = project_book(
        "Sheet1",
        name="清代碑刻传拓出版",
        unit="砚屏县图书馆",
        total=52,
        fiscal=48,
        goals=["传拓清代碑刻86通并编印拓片集。"],
    )
    s.ws.column_dimensions["G"].width = 10
    indicators(s, DIR_HEAD, [
        ("产出指标", "数量指标", "清代碑刻传拓", "正向", "大于等于", 86, "通"),
        (None, None, "拓片集印制", "正向", mk("小于等于", "T108", "warning", row=True,
                                           note="a 正向 count capped with 小于等于"), 500, "册"),
        (None, None, "拓片集收录拓片", "正向", "大于等于", mk("172张", "T112", "error",
                                                       note="张 in the value, 通 in the column"),
         "通"),
        (None, "质量指标", "拓片验收合格率", "正向", "大于等于", pct(0.98), "%"),
        (None, None, "传拓纸张损耗率", "反向", mk("大于等于", "T108", "warning", row=True,
                                              note="a 反向 loss rate with 大于等于"), 5, "%"),
        (None, "时效指标", "拓片集出版时间", "反向", "小于等于", day(YEAR, 12, 20), None),
        (None, "成本指标", "单通碑刻传拓成本", "反向", "小于等于", 0.35, "万元/通"),
        ("效益指标", "社会效益指标", "拓片集发放公共图书馆", "正向", "大于等于", 60, "家"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b

"""Returns khk13–khk18: 非遗展览 and 展演 (exhibitions): points at two levels, a table on a
second sheet, conversion artefacts, a budget-system export, operators in words."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout885.common import (
    HEAD4,
    YEAR,
    book,
    header,
    indicators,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout885.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "指标分值")


def _scored_head(s: Sheet, name: str, unit: str, total: float) -> None:
    project_head(
        s,
        year=YEAR,
        name=name,
        dept="琅峰市文化和旅游局 406",
        unit=unit,
        money=one_year(wan(total), wan(total - 10), wan(10)),
        goals=["举办年度非遗专题展览，展出非遗项目展品，开展讲解和互动体验。"],
    )


@variant(
    "khk13-exhibition-points",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a visitor growth raised in 百分点 (correct)",
)
def exhibition_points() -> Book:
    b, s = book("绩效目标")
    _scored_head(s, "琅峰市“匠心传承”非遗专题展", "琅峰市博物馆", 80)
    header(s, *SCORED)
    indicators(s, [
        ("产出指标", 40, "数量指标", "展出非遗项目", "≥60项", 10),
        (None, None, None, "开展讲解和互动体验", "≥120场", 10),
        (None, None, "质量指标", "展品完好率", pct(1), 10),
        (None, None, "时效指标", "展览开幕时间", "6月13日前", 10),
        ("成本指标", 10, "经济成本指标", "单场互动体验成本", "≤0.3万元/场", 10),
        ("效益指标", 30, "社会效益指标", "观展人次", "≥80000人次", 15),
        (None, None, None, "观展人次增长率", "比上年提高≥5百分点", 15),
        ("满意度指标", 20, "服务对象满意度指标", "观众满意度", "≥90%", 10),
        (None, None, None, "参展传承人满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值与三级指标分值均按100分计，二者不相加。")
    signature(s, "滕素衣", "0752-88406113")
    return b


@variant(
    "khk14-exhibition-points-wrong",
    (10, 1),
    "project, NAT-2021, tier-1 score column: the "
    "产出 indicator scores do not add up to the tier score, a typed percent over 100",
)
def exhibition_points_wrong() -> Book:
    b, s = book("绩效目标")
    _scored_head(s, "琅峰市非遗巡回展", "琅峰市群众艺术馆", 60)
    header(s, *SCORED)
    indicators(s, [
        ("产出指标",
         mk(40, "W103", "error", alt=("W101",), note="10 + 10 + 15 = 35 under a tier of 40"),
         "数量指标", "巡展站点", "≥12个", 10),
        (None, None, "质量指标", "展品讲解覆盖率",
         mk(pct(1.2), "T106", "error", note="typed 120% on a coverage rate"), 10),
        (None, None, "时效指标", "巡展完成时间", "11月30日前", 15),
        ("成本指标", 10, "经济成本指标", "单站巡展成本", "≤4万元/站", 10),
        ("效益指标", 30, "社会效益指标", "基层观展人次", "≥36000人次", 30),
        ("满意度指标", 20, "服务对象满意度指标", "基层观众满意度", "≥90%", 20),
    ], merged=(1, 2, 3))  # fmt: skip
    signature(s, "滕素衣", "0752-88406113")
    return b


@variant("khk15-exhibition-second-sheet", (7, 4), "project, OLD-NAT: head on the first sheet, "
         "the table on a second sheet under 预期实现值 with a weight column, subtotal rows, the "
         "header repeated after a page break, 填表说明 (correct)")  # fmt: skip
def exhibition_second_sheet() -> Book:
    b, s = book("项目信息")
    project_head(
        s,
        year=YEAR,
        name="汀州府城非遗展示馆常设展提升",
        dept="汀州区文化馆 118",
        unit="汀州区非遗展示馆",
        money=one_year(wan(120), wan(100), wan(20)),
        goals=["更新常设展展陈内容，新增非遗项目展区2个，全年接待观众10万人次。"],
    )
    t = b.sheet("绩效指标", (16, 16, 30, 18, 10))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    words = ("一级指标", "二级指标", "三级指标", "预期实现值", "权重")
    header(t, *words)
    indicators(t, [
        ("产出指标", "数量指标", "新增非遗项目展区", "=2个", 15),
        (None, None, "更新展陈展品", "≥150件", 15),
        (None, "质量指标", "展陈工程验收合格率", "=100%", 10),
        (None, "时效指标", "展陈提升完成时间", "9月30日前", 10),
        (None, "成本指标", "展陈更新单位成本", "≤0.5万元/件", 10),
    ])  # fmt: skip
    t.row("产出指标小计", None, None, None, 60)
    header(t, *words)
    indicators(t, [
        ("效益指标", "社会效益指标", "接待观众人次", "≥100000人次", 20),
        (None, "可持续影响指标", "展馆对外开放天数", "≥300天", 10),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.92), 10),
    ])  # fmt: skip
    t.row("效益及满意度指标小计", None, None, None, 40)
    t.row("合计", None, None, None, 100)
    note(t, "填表说明：权重合计100分；小计、合计行不是指标。", 5)
    signature(t, "江照影", "0753-62118302")
    return b


@variant("khk16-exhibition-artefacts", (9, 12), "project, OLD-NAT, detail lines under the "
         "table: a number split by a space, an amount pasted twice")  # fmt: skip
def exhibition_artefacts() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="濯缨县非遗年货节展演",
        dept="濯缨县文化和旅游局 205",
        unit="濯缨县文化馆",
        money=one_year(wan(100), wan(90), wan(10)),
        goals=["春节期间举办非遗年货节，组织展演20场、展销摊位60个。"],
    )
    header(s, *HEAD4)
    indicators(s, [
        ("产出指标", "数量指标", "非遗展演场次", "≥20场"),
        (None, None, "非遗展销摊位", "≥60个"),
        (None, "质量指标", "展演节目审核通过率", "=100%"),
        (None, "时效指标", "年货节举办时间", "2月15日前"),
        (None, "成本指标", "单场展演成本", "≤1.6万元/场"),
        ("效益指标", "社会效益指标", "参与群众人次", "≥50000人次"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细（万元）", "支出内容", None, "金额", merge=[(2, 3)])
    s.row(None, "展演组织", None, 32.5, merge=[(2, 3)])
    s.row(None, "摊位搭建", None,
          mk("18.7 5", "X105", "warning", alt=("X103",), note="18.75 split by a space"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "场地租赁", None,
          mk("40万40万", "X106", "error", alt=("B108",), note="40万 pasted twice"),
          merge=[(2, 3)])  # fmt: skip
    s.row(None, "宣传推广", None, 8.75, merge=[(2, 3)])
    s.row(None, "合计", None, 100, merge=[(2, 3)])
    s.ws.merge_cells(start_row=s.r - 5, start_column=1, end_row=s.r, end_column=1)
    signature(s, "冼栖云", "0754-87205116")
    return b


@variant("khk17-exhibition-export", (7, 4), "budget-system export: a budget sheet 05-1 and the "
         "indicator sheet 05-2 with project codes in the first columns, header on the third row, "
         "amounts in 元 (correct)")  # fmt: skip
def exhibition_export() -> Book:
    b, s = book("部门项目支出预算05-1", (22, 26, 16, 16, 16))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位名称：鹭门市非遗保护中心", None, None, None, "单位：元")
    s.row("项目编码", "项目名称", "合计", "财政拨款", "其他资金")
    code = "35020026X0004417"
    s.row(code, "鹭门非遗影像展", money(680000, YUAN), money(600000, YUAN),
          money(80000, YUAN))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (22, 20, 12, 14, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：鹭门市非遗保护中心", None, None, None, "导出时间：", day(YEAR - 1, 12, 2))
    header(t, "项目编码", "项目名称", *HEAD4)
    rows = [
        ("产出指标", "数量指标", "展出非遗影像作品", "≥80部"),
        (None, None, "举办展映场次", "≥40场"),
        (None, "质量指标", "影像作品审片合格率", pct(1)),
        (None, "时效指标", "展览开幕时间", "6月10日前"),
        (None, "成本指标", "单场展映成本", "≤8000元/场"),
        ("效益指标", "社会效益指标", "线上线下观看人次", "≥200000人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", pct(0.9)),
    ]
    indicators(t, [(code, "鹭门非遗影像展", *r) for r in rows], merged=(3, 4))
    return b


@variant("khk18-exhibition-direction-words", (11,), "project, OLD-NAT, 指标性质 as direction and "
         "指标方向 as operator in words: a 反向 rate with 大于等于, 等于 on a cost cap, 等于 on "
         "a satisfaction rate")  # fmt: skip
def exhibition_direction_words() -> Book:
    b, s = book("Sheet1", (16, 16, 28, 12, 14, 12, 12))
    project_head(
        s,
        year=YEAR,
        name="霁川市非遗精品联展",
        dept="霁川市文化和旅游局 308",
        unit="霁川市美术馆",
        money=one_year(wan(120), wan(110), wan(10)),
        goals=["举办非遗精品联展，布展面积1200平方米，展出精品300件。"],
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "展出非遗精品", "正向", "大于等于", 300, "件"),
        (None, None, "布展面积", "正向", "大于等于", 1200, "平方米"),
        (None, "质量指标", "展品损坏率", "反向",
         mk("大于等于", "T108", "warning", row=True, note="反向 rate with 大于等于"), 0.5, "%"),
        (None, "时效指标", "联展开幕时间", "反向", "小于等于", "9月28日", None),
        (None, "成本指标", "布展费用单价", "反向",
         mk("等于", "T108", "warning", row=True, note="等于 on a cost cap"), 300, "元/平方米"),
        ("效益指标", "社会效益指标", "观展人次", "正向", "大于等于", 60000, "人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "正向",
         mk("等于", "T107", "warning", row=True, note="=95% on a satisfaction rate"), 95, "%"),
    ])  # fmt: skip
    signature(s, "祁鸣珂", "0755-83308225")
    return b

"""湖笔 workshops: operator columns, percent cells, stacked projects and flat lists (zo01-zo06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout473.common import DEPT, YEAR, annual, sign, start, table, wan
from tests.variants.holdout473.registry import variant
from tests.variants.kit import YUAN, Book, Sheet, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zo01-brush-operator-column", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, =100% at the ceiling (correct)")  # fmt: skip
def zo01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="毫溪镇湖笔制作技艺传习工坊扶持项目", dept=DEPT,
                 unit="毫溪镇湖笔传习所", money=annual(wan(48), wan(40), wan(8)),
                 goals=["培训湖笔学徒40人，开展示范课24场，新增传承人3人。"])  # fmt: skip
    table(s, OP_HEAD, [
        ("成本指标", "经济成本指标", "学徒培训人均补助", "≤", 6000, "元/人"),
        (None, None, "羊毫原料采购成本", "≤", 12, "万元"),
        ("产出指标", "数量指标", "培训湖笔学徒人数", "≥", 40, "人"),
        (None, None, "制笔工序示范课", "≥", 24, "场"),
        (None, "质量指标", "学徒结业考核合格率", "≥", pct(0.9), "%"),
        (None, "时效指标", "补助资金拨付及时率", "=", pct(1), "%"),
        ("效益指标", "社会效益指标", "新增湖笔技艺传承人", "≥", 3, "人"),
        (None, "可持续影响指标", "传习工坊持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "学徒满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "沈禾青", "0572-6630418", day(YEAR - 1, 12, 9))
    return b


@variant("zo02-brush-percent-wrong", (1, 11, 12),
         "project, OLD-NAT, operator column: a typed percent over 100 on a 合格率, a 反向 rate "
         "with ≥, 其他资金 formatted in 元 inside a 万元 block")  # fmt: skip
def zo02() -> Book:
    b, s = start()
    other = mk(money(100000, YUAN), "B105", "error", note="元 amount in the 项目资金（万元）block")
    project_head(s, year=YEAR, name="墨岭县湖笔笔头精工改良项目", dept=DEPT,
                 unit="墨岭县毫溪湖笔合作社", money=annual(wan(60), wan(50), other),
                 goals=["改良笔头精工工序，年产合格笔头不少于8000支。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell; tolerated")
    high = mk(pct(1.05), "T106", "error", note="合格率 capped at 100%; 105% impossible")
    back = mk("≥", "T108", "warning", row=True, note="退换率 is 反向, needs ≤")
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "合格笔头产量", "≥", 8000, "支"),
        (None, "质量指标", "笔头成品合格率", "≥", high, "%"),
        (None, None, "售后退换率", back, pct(0.02), "%"),
        (None, "时效指标", "改良工序定型时间", "≤", day(YEAR, 10, 31), "日期"),
        (None, "成本指标", "每支笔头加工成本", "≤", 45, "元/支"),
        ("效益指标", "经济效益指标", "合作社笔头销售收入增长率", "≥", pct(0.08), "%"),
        (None, "社会效益指标", "带动笔工就业人数", "≥", 25, "人"),
        ("满意度指标", "服务对象满意度指标", "笔庄采购商满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "钱若舟", "0572-6631275", day(YEAR - 1, 12, 2))
    return b


def _stack_first(s: Sheet) -> None:
    """The first of two stacked 湖笔 projects (correct in both returns)."""
    project_head(s, year=YEAR, name="湖笔紫毫笔料收储项目", dept=DEPT,
                 unit="毫溪镇笔料收储站", money=annual(wan(30), wan(25), wan(5)),
                 goals=["收储紫毫笔料120千克，带动笔工就业15人。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "收储紫毫笔料", "≥120千克"),
        (None, "质量指标", "笔料分拣合格率", "≥95%"),
        (None, "时效指标", "收储完成时间", "10月31日前"),
        (None, "成本指标", "笔料收储单价", "≤2000元/千克"),
        ("效益指标", "社会效益指标", "带动笔工就业", "≥15人"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("zo03-brush-stacked-two", (2,),
         "two 湖笔 projects stacked in one sheet, OLD-NAT, one value column, the same "
         "indicator name with different values in each project (correct)")  # fmt: skip
def zo03() -> Book:
    b, s = start()
    _stack_first(s)
    s.skip(2)
    project_head(s, year=YEAR, name="湖笔非遗展示馆陈列更新项目", dept=DEPT, title="",
                 unit="墨岭县湖笔非遗展示馆", money=annual(wan(18), wan(18), wan(0)),
                 goals=["更新陈列展品60件，全年接待参观8000人次。"])  # fmt: skip
    table(s, HEAD4, [
        ("产出指标", "数量指标", "更新陈列展品", "≥60件"),
        (None, "质量指标", "展品建档完整率", "≥95%"),
        (None, "时效指标", "陈列更新完成时间", "6月30日前"),
        (None, "成本指标", "展柜改造费用", "≤10万元"),
        ("效益指标", "社会效益指标", "全年接待参观", "≥8000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("zo04-brush-stacked-defects", (2,),
         "two 湖笔 projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and one 完成率 is given as a count")  # fmt: skip
def zo04() -> Book:
    b, s = start()
    _stack_first(s)
    s.skip(2)
    total = mk(wan(42), "B101", "error", note="35 + 5 = 40, not 42")
    project_head(s, year=YEAR, name="湖笔笔工技能提升培训项目", dept=DEPT, title="",
                 unit="墨岭县湖笔行业协会", money=annual(total, wan(35), wan(5)),
                 goals=["培训制笔笔工30人，组织技能比武2场。"])  # fmt: skip
    count = mk("≥30人", "T105", "error", note="a 完成率 given as a head count")
    table(s, HEAD4, [
        ("产出指标", "数量指标", "笔工技能培训完成率", count),
        (None, None, "组织技能比武", "≥2场"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "9月30日前"),
        (None, "成本指标", "人均培训费用", "≤8000元/人"),
        ("效益指标", "社会效益指标", "笔工持证上岗率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "参训笔工满意度", "≥90%"),
    ])  # fmt: skip
    return b


FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("zo05-brush-flat-list", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, a 下降率 with ≥, weights add to 100 (correct)")  # fmt: skip
def zo05() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="毫溪镇湖笔产业服务中心",
                    budget=[(wan(260), wan(230), wan(30), wan(150), wan(110))],
                    goal="服务湖笔产业，培训300人次，抽检产品40批次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    table(s, FLAT_HEAD, [
        ("湖笔产业技能培训", 20, "人次", "≥", 300),
        ("湖笔质量抽检", 15, "批次", "≥", 40),
        ("抽检产品合格率", 15, "%", "≥", pct(0.92)),
        ("消费投诉率", 10, "%", "≤", pct(0.01)),
        ("笔料损耗下降率", 10, "%", "≥", pct(0.05)),
        ("组织产业展会", 10, "场", "≥", 4),
        ("培训补助人均标准", 10, "元/人次", "≤", 1500),
        ("服务企业满意度", 10, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    sign(s, "陆知远", "0572-6638092", day(YEAR - 1, 11, 20))
    return b


@variant("zo06-brush-flat-defects", (3,),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a rate as a count, weights add to 95")  # fmt: skip
def zo06() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="墨岭县湖笔产业发展中心",
                    budget=[(wan(310), wan(280), wan(30), wan(190), wan(120))],
                    goal="扶持制笔作坊12家，开展湖笔质量抽检25批次。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    unit = mk("≥12万元", "T112", "error", note="万元 in the value, 家 in the unit column")
    rate = mk("≥25批次", "T105", "error", note="a 合格率 given as a count of batches")
    table(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("扶持制笔作坊数量", unit, "正向", "家", 15),
        ("作坊产品抽检合格率", rate, "正向", "批次", 15),
        ("湖笔质量抽检", "≥25批次", "正向", "批次", 15),
        ("产品质量投诉率", "≤2%", "反向", "%", 15),
        ("作坊扶持资金人均标准", "≤2000元/人", "反向", "元/人", 10),
        ("湖笔区域品牌知晓率", "≥60%", "正向", "%", 15),
        ("制笔作坊满意度", "≥90%", "正向", "%", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="weights 15+15+15+15+10+15+10 = 95, not 100")
    return b

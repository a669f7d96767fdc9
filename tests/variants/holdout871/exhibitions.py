"""Museum exhibitions: kgw13–kgw18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout871.common import (
    indicators,
    note,
    one_year,
    period,
    signature,
    start,
    wan,
)
from tests.variants.holdout871.registry import variant
from tests.variants.kit import Book, day, mk, pct

DIRECTED = ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值", "计量单位")
ONE = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")
MUSEUM = "澄渚市文化广电旅游局（306001）"


@variant(
    "kgw13-temporary-shows",
    (11,),
    "project, OLD-NAT, 指标性质 as direction (正向/反向) and 指标方向 as operator in words, "
    "bare numbers with a unit column: a 下降率 with 大于等于, 0起 on an incident count (correct)",
)
def kgw13() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄渚市博物馆2025年临时展览项目", dept=MUSEUM,
                 unit="澄渚市博物馆", money=one_year(80, 70, 10),
                 goals=["举办临时展览5个（含国际博物馆日特展1个），展出文物不少于300件（套），"
                        "全年接待观众不少于15万人次。"])  # fmt: skip
    indicators(s, DIRECTED, [
        ("产出指标", "数量指标", "举办临时展览数量", "正向", "大于等于", 5, "个"),
        (None, None, "展出文物数量", "正向", "大于等于", 300, "件（套）"),
        (None, "质量指标", "展品安全事故", "反向", "小于等于", 0, "起"),
        (None, "时效指标", "特展开幕时间", "反向", "小于等于", "5月18日", None),
        (None, "成本指标", "单个展览布展成本", "反向", "小于等于", 14, "万元/个"),
        ("效益指标", "社会效益指标", "接待观众人次", "正向", "大于等于", 15, "万人次"),
        (None, None, "观众投诉下降率", "正向", "大于等于", 10, "%"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    note(s, "注：观众投诉下降率按（上年投诉数−本年投诉数）÷上年投诉数计算，为正向指标。", 7)
    signature(s, "程鹭安", "0735-6603318", day(2024, 12, 2))
    return b


@variant(
    "kgw14-temporary-shows-wrong",
    (11,),
    "project, OLD-NAT, direction and operator columns in words: a cost cap with 大于等于, "
    "the goal's exhibition count against the indicator, a start date left from last year",
)
def kgw14() -> Book:
    b, s = start()
    begin = mk(day(2024, 1, 1), "Y101", "error", alt=("Y102",),
               note="2025年度的表，计划开始日期却是2024年1月1日（上年表的遗留）")  # fmt: skip
    project_head(s, year=2025, name="蘅川区博物馆专题展览项目", dept="蘅川区文化旅游体育局",
                 unit="蘅川区博物馆", money=one_year(60, 60, 0), start=begin,
                 goals=["举办“蘅川窑瓷器”等专题展览6个，展出文物不少于200件（套）。"])  # fmt: skip
    shows = mk(4, "D104", "warning", row=True, note="年度目标写专题展览6个，指标只有4个")
    cost = mk(
        "大于等于", "T108", "warning", row=True, note="布展成本是反向指标，比较符却是大于等于"
    )
    indicators(s, DIRECTED, [
        ("产出指标", "数量指标", "举办专题展览数量", "正向", "大于等于", shows, "个"),
        (None, None, "展出文物数量", "正向", "大于等于", 200, "件（套）"),
        (None, "质量指标", "展品完好率", "正向", "等于", 100, "%"),
        (None, "成本指标", "单个展览布展成本", "反向", cost, 10, "万元/个"),
        ("效益指标", "社会效益指标", "接待观众人次", "正向", "大于等于", 8, "万人次"),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "正向", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant("kgw15-permanent-gallery-notes", (4, 1),
         "project, OLD-NAT, one value column: an instruction row inside the table, the header "
         "repeated after a page break, 填表说明, signature and date lines (correct)")  # fmt: skip
def kgw15() -> Book:
    b, s = start()
    project_head(s, year=2025, name="澄渚市博物馆基本陈列提升项目", dept=MUSEUM,
                 unit="澄渚市博物馆", money=one_year(180, 150, 30),
                 goals=["完成《江海遗珍》基本陈列提升，更新展陈面积1200平方米，新增展品"
                        "180件（套），年内重新开放。"])  # fmt: skip
    s.row(*ONE)
    s.table([
        ("产出指标", "数量指标", "更新展陈面积", "≥1200平方米", "平方米", None),
        (None, None, "新增展品数量", "≥180件（套）", "件（套）", None),
        (None, "质量指标", "★展陈工程验收合格率", pct(1), "%", "一次验收"),
        (None, "时效指标", "重新开放时间", "2025年12月20日前", None, None),
        (None, "成本指标", "单位面积展陈改造成本", "≤0.14万元/平方米", "万元/平方米", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "（以下各项请按实际填写，★为核心指标，不得删除）")
    s.table([
        ("效益指标", "社会效益指标", "年接待观众人次", "≥20万人次", "万人次", None),
        (None, None, "青少年研学活动场次", "≥60场", "场", None),
        (None, "可持续影响指标", "展品数字化展示覆盖率", "≥60%", "%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*ONE)
    s.table([
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥92%", "%", None),
        (None, None, "研学学生满意度", pct(0.9, "0.00%"), "%", "不低于"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值须量化；2.★为核心指标；3.金额单位为万元。")
    note(s, "注：展陈改造成本0.14万元/平方米×1200平方米=168万元，其余12万元为展品征集。")
    signature(s, "程鹭安", "0735-6603318", day(2024, 12, 16))
    return b


@variant(
    "kgw16-bronze-show-artefacts",
    (4, 9),
    "project, OLD-NAT, notes under the table: money parts that do not add up, the goal's "
    "exhibit count against the indicator, an opening date stored as a text serial",
)
def kgw16() -> Book:
    b, s = start()
    total = mk(wan(96), "B101", "error", note="财政拨款70 + 其他资金20 = 90 ≠ 96")
    project_head(s, year=2025, name="澄渚出土青铜器特展项目", dept=MUSEUM,
                 unit="澄渚市博物馆", money=one_year(total, 70, 20),
                 goals=["举办青铜器特展1个，展出文物不少于150件（套），6月1日开幕，"
                        "展期不少于120天。"])  # fmt: skip
    shown = mk("≥120件（套）", "D104", "warning", note="年度目标写展出文物不少于150件（套）")
    serial = mk("45809", "X104", "warning", note="文本中的Excel日期序列号，即2025年6月1日")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "展出文物数量", shown, "件（套）", None),
        (None, None, "展期", "≥120天", "天", None),
        (None, "质量指标", "借展文物安全完好率", "=100%", "%", None),
        (None, "时效指标", "特展开幕时间", serial, None, None),
        (None, "成本指标", "借展文物运输保险费", "≤30万元", "万元", None),
        ("效益指标", "社会效益指标", "特展接待观众人次", "≥6万人次", "万人次", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "%", None),
    ])  # fmt: skip
    note(s, "注：借展文物来自省内3家博物馆，运输保险费按借展协议计列。")
    signature(s, "程鹭安", "0735-6603318", day(2024, 12, 5))
    return b


def _tour(visitors: Any, nameless: Any) -> list[tuple[Any, ...]]:
    return [
        ("产出指标", "数量指标", "巡展站点数量", "≥8个", "≥4个", None),
        (None, None, "巡展观众人次", "≥60000人次", visitors, None),
        (None, "质量指标", "展品安全完好率", "=100%", "=100%", None),
        (None, "时效指标", "首站开展时间", "2025年4月30日前", "2025年4月30日前", None),
        ("成本指标", "经济成本指标", "单站巡展成本", "≤22万元/站", "≤22万元/站", None),
        ("效益指标", "社会效益指标", "非遗项目展示数量", "≥40项", "≥20项", None),
        (None, "可持续影响指标", nameless, "≥90%", "≥90%", None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥90%", "≥90%", None),
    ]


@variant(
    "kgw17-heritage-tour-two-year",
    (8, 12),
    "two-year touring exhibition, NAT-2021, 中期 and 年度 columns, detail lines under the "
    "table adding up to the year's money, a later year the tour prepares for (correct)",
)
def kgw17() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, years=2, name="澄渚非遗精品巡回展", dept=MUSEUM,
                 unit="澄渚市非物质文化遗产保护中心", attr="新增项目",
                 money=period((180, 160, 20), (90, 80, 10)),
                 goals=["两年内在8个县（市、区）巡展，展示非遗项目40项，观众6万人次。",
                        "2025年巡展4站，展示20项，观众3万人次，为2027年申报省级巡展品牌"
                        "积累经验。"])  # fmt: skip
    rows = _tour("≥30000人次", "巡展资料数字化归档率")
    indicators(s, TWO, rows)
    s.skip()
    s.row("年度预算明细（万元）", "展品运输", "展览保险", "布展搭建", "宣传推广", "合计")
    s.row(None, wan(30), wan(12), wan(40), wan(8), wan(90))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    note(s, "注：单站巡展成本22万元×4站=88万元，未超过年度资金90万元。")
    return b


@variant("kgw18-heritage-tour-wrong", (8, 6, 13),
         "two-year touring exhibition, NAT-2021, 中期 and 年度 columns: a cumulative count "
         "copied into the year, an indicator row with values but no name")  # fmt: skip
def kgw18() -> Book:
    b, s = start("绩效目标表")
    project_head(s, year=2025, years=2, name="蘅川区红色文物巡回展", dept="蘅川区文化旅游体育局",
                 unit="蘅川区博物馆", attr="新增项目",
                 money=period((176, 176, 0), (88, 88, 0)),
                 goals=["两年内巡展8站，展示红色文物40项，观众6万人次。",
                        "2025年巡展4站，展示20项，观众3万人次。"])  # fmt: skip
    copied = mk("≥60000人次", "D202", "warning", note="累计观众人次年度值照抄两年的中期值")
    nameless = mk(None, "F110", "error", note="有指标值却没有三级指标名称")
    indicators(s, TWO, _tour(copied, nameless))
    return b

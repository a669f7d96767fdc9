"""Flower-market projects (vc07–vc12): stacked projects, notes and page breaks, other header
words, a table on a second sheet."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout357.common import (
    TIERED,
    YEAR,
    first,
    indicators,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout357.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct


def fire_refit(s: Sheet, title: str | None, satisfied: str) -> None:
    """The first stacked project: a fire-safety refit of the flower market."""
    project_head(s, year=YEAR, name="雁汀花卉交易市场消防设施改造", dept="雁汀区商务局 304",
                 unit="雁汀区花卉市场管理所", money=one_year(wan(85), wan(70), wan(15)),
                 goals=["完成交易大棚消防设施改造，消除市场火灾隐患。"], title=title)  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "改造交易大棚消防喷淋系统", "≥6座"),
        (None, "质量指标", "消防设施验收合格率", "100%"),
        (None, "时效指标", "改造工程完工时间", "2025年8月31日前"),
        (None, "成本指标", "单座大棚消防改造成本", "≤14万元/座"),
        ("效益指标", "社会效益指标", "市场火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "商户满意度", satisfied),
    ])  # fmt: skip


@variant("vc07-stacked-markets", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, 商户满意度 with different values in the two projects (correct)")  # fmt: skip
def stacked_markets() -> Book:
    b, s = first()
    fire_refit(s, None, "≥90%")
    s.skip()
    project_head(s, year=YEAR, name="雁汀年宵花展销会", dept="雁汀区商务局 304",
                 unit="雁汀区花卉市场管理所", money=one_year(wan(40), wan(30), wan(10)),
                 goals=["举办年宵花展销会，促进花卉消费。"], title="")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "设置展销展位", "≥180个"),
        (None, "质量指标", "参展花卉检疫合格率", "100%"),
        (None, "时效指标", "展销会开幕时间", "2025年1月20日前"),
        (None, "成本指标", "单个展位搭建成本", "≤0.2万元/个"),
        ("效益指标", "经济效益指标", "展销会花卉交易额", "≥1500万元"),
        ("满意度指标", "服务对象满意度指标", "商户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("vc08-stacked-markets-wrong", (2, 12), "two projects stacked, OLD-NAT: the second "
         "project's money does not add up and a rental rate is given as a count")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = first()
    fire_refit(s, None, "≥90%")
    s.skip()
    total = mk(wan(65), "B101", "error", note="50 + 10 = 60 ≠ 65")
    project_head(s, year=YEAR, name="雁汀花卉电商直播基地建设", dept="雁汀区商务局 304",
                 unit="雁汀区花卉市场管理所", money=one_year(total, wan(50), wan(10)),
                 goals=["建设花卉电商直播基地，拓展线上销售渠道。"], title="")  # fmt: skip
    indicators(s, TIERED, [
        ("产出指标", "数量指标", "建设直播间", "≥20间"),
        (None, "质量指标", "直播间出租率",
         mk("16间", "T105", "error", note="a 出租率 given as a count")),
        (None, "时效指标", "基地投入运营时间", "2025年6月30日前"),
        (None, "成本指标", "单间直播间装修成本", "≤2.5万元/间"),
        ("效益指标", "经济效益指标", "线上花卉销售额", "≥3000万元"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


def wholesale_rows(pivot: Any, done: Any) -> list[tuple[Any, ...]]:
    """Indicator rows of the wholesale-hall upgrade; ``pivot`` and ``done`` vary by return."""
    return [
        ("产出指标", "数量指标", "改造批发交易大厅", "≥4500平方米"),
        (None, None, "新增冷链预冷库容", "≥600立方米"),
        (None, "质量指标", "改造工程验收合格率", "100%"),
        (None, "时效指标", "交易大厅改造完工时间", done),
        (None, "成本指标", "交易大厅单位改造成本", "≤300元/平方米"),
        ("效益指标", "经济效益指标", "鲜切花日均交易量增长率", "≥15%"),
        (None, "社会效益指标", "鲜切花交易损耗率", pivot),
        (None, "可持续影响指标", "冷链设施持续使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "批发商户满意度", "≥90%"),
    ]  # fmt: skip


def wholesale_head(s: Sheet) -> None:
    project_head(s, year=YEAR, name="澄桥花卉批发市场交易大厅提升改造", dept="澄桥市商务局 127",
                 unit="澄桥市花卉市场服务中心", money=one_year(wan(260), wan(200), wan(60)),
                 goals=["改造批发交易大厅，新增冷链预冷库容，降低鲜切花损耗。"])  # fmt: skip


@variant("vc09-wholesale-notes", (4,), "project, OLD-NAT, one value column: an instruction row "
         "inside the table, the header repeated after a page break, 注, 填表说明, signature and "
         "a fill date in the previous year (correct)")  # fmt: skip
def wholesale_notes() -> Book:
    b, s = first()
    wholesale_head(s)
    rows = wholesale_rows("≤8%", "2025年10月31日前")
    s.row(*TIERED)
    s.row("（请按项目实际填写，定量指标须写明比较符和计量单位）", merge=[(1, 4)])
    s.table(rows[:5], merged=(1, 2))
    s.skip()
    s.row(*TIERED)
    s.table(rows[5:], merged=(1, 2))
    notes(s, "注：交易大厅改造面积以竣工图为准；冷链预冷库容含新建和扩容两部分。",
          "填表说明：1.指标值应细化量化；2.成本指标按批复概算测算。")  # fmt: skip
    sign(s, "顾听澜", "0812-3357604", day(2024, 12, 18))
    s.row("单位负责人（签字）：", None, "财务负责人（签字）：", None, "（单位盖章）")
    return b


@variant("vc10-wholesale-notes-wrong", (4, 11), "project, OLD-NAT, one value column, footnotes "
         "and a stamp line: a loss rate with ≥, a completion date given as 100 %")  # fmt: skip
def wholesale_wrong() -> Book:
    b, s = first()
    wholesale_head(s)
    pivot = mk("≥8%", "T108", "warning", row=True, note="a 损耗率 (反向) with ≥")
    done = mk("100%", "T113", "warning", note="a completion time given as a percentage")
    indicators(s, TIERED, wholesale_rows(pivot, done))
    notes(s, "注：鲜切花交易损耗率按市场抽样统计口径计算。", "（单位盖章）")
    return b


@variant("vc11-expo-header-words", (7,), "project, NAT-2021, two-row header with 考核指标, "
         "目标值（年度） and a 评价标准 column, word operators (correct)")  # fmt: skip
def expo_headers() -> Book:
    b, s = first()
    project_head(s, year=YEAR, name="澄桥第七届花卉园艺博览会", dept="澄桥市商务局 127",
                 unit="澄桥市会展服务中心", money=one_year(wan(150), wan(120), wan(30)),
                 goals=["办好花卉园艺博览会，集中展示本地花卉园艺新品种。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标")
    for col in (4, 5):
        s.ws.merge_cells(start_row=top, start_column=col, end_row=top + 1, end_column=col)
    s.table([
        ("产出指标", "数量指标", "参展花卉园艺企业", "不少于120家", "每少10家扣1分"),
        (None, None, "展出花卉园艺新品种", "不少于300个", "每少20个扣1分"),
        (None, "质量指标", "展区布展验收合格率", "100%", "未达标不得分"),
        (None, "时效指标", "博览会开幕时间", "2025年4月30日前", "延期不得分"),
        ("成本指标", "经济成本指标", "标准展位搭建成本", "不超过0.3万元/个", "超出不得分"),
        ("效益指标", "经济效益指标", "博览会现场及订单交易额", "不低于2亿元", "按比例得分"),
        (None, "社会效益指标", "观展人次", "不少于20万人次", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "不低于90%", "按比例得分"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("vc12-seedling-market-second-sheet", (5, 7), "transfer-payment project: head on the "
         "first sheet, the table on a second sheet under 预期实现值, labels with *, ★ and "
         "abbreviations, a typed percent cell (correct)")  # fmt: skip
def second_sheet() -> Book:
    b, s = first("项目信息")
    project_head(s, year=YEAR, name="苗木交易市场升级改造补助", dept="澄桥市林业局 131",
                 unit="澄桥市苗木交易市场", money=one_year(wan(200), wan(160), wan(40)),
                 goals=["补助苗木交易市场升级改造，提升苗木交易和检疫服务能力。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 14, 30, 18))
    t.title("苗木交易市场升级改造补助绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("*产出", "数量", "★升级改造苗木交易摊位", "≥240个"),
        (None, "质量", "苗木检疫服务覆盖率", pct(0.98)),
        (None, "时效", "改造工程完工时间", "2025年9月30日前"),
        (None, "成本", "单个摊位改造补助标准", "≤0.8万元/个"),
        ("*效益", "经济效益", "★市场苗木年交易额", "≥5亿元"),
        (None, "社会效益", "带动苗木经纪人就业", "≥200人"),
        ("*满意度", "服务对象满意度", "入场商户满意度", "≥90%"),
    ])  # fmt: skip
    return b

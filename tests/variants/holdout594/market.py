"""Returns on the county crab market (河蟹交易市场): ef13–ef18."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout594.common import (
    IND,
    TWO,
    details,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout594.registry import variant
from tests.variants.kit import Book, day, mk, pct

MDEPT = "苇汀区商务局（427003）"
MARKET = "苇汀区河蟹交易市场管理服务中心"


@variant(
    "ef13-market-two-row-header",
    (7, 12),
    "project, NAT-2021, two-row header, unit column, 支出明细 block above the table (correct)",
)
def market_two_row_header() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="河蟹交易大厅提升改造", dept=MDEPT, unit=MARKET,
        attr="一次性项目", money=one_year(120, 100, 20),
        goals=["改造交易摊位50个，新建冷库1座、快检室1间，交易河蟹抽检合格率98%以上。"],
    )  # fmt: skip
    details(s, [("交易摊位改造", 60), ("冷库建设", 40), ("快检室建设", 20)], 120)
    s.row("绩效指标", None, None, "指标值", "计量单位", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标")
    for col in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    s.table([
        ("产出指标", "数量指标", "改造交易摊位", "≥50", "个"),
        (None, None, "新建冷库", "1", "座"),
        (None, "质量指标", "交易河蟹抽检合格率", pct(0.98), "%"),
        (None, "时效指标", "改造完成时间", day(2026, 8, 31), None),
        ("成本指标", "经济成本指标", "单个摊位改造费用", "≤1.2", "万元/个"),
        ("效益指标", "经济效益指标", "市场年交易额增长率", "≥8", "%"),
        (None, "社会效益指标", "河蟹质量安全事件", "0", "起"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant(
    "ef14-market-leftovers",
    (6, 12),
    "project, OLD-NAT: money not adding up, last year's target and a template example row",
)
def market_leftovers() -> Book:
    b, s = start()
    total = mk(68, "B101", "error", note="财政拨款55 + 其他资金10 = 65，不是68")
    project_head(
        s, year=2026, name="河蟹线上交易平台建设", dept=MDEPT, unit=MARKET,
        attr="新增项目", money=one_year(total, 55, 10),
        goals=["建成河蟹线上交易平台，入驻商户200户，线上交易额1.5亿元。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "平台入驻商户", "≥200户"),
        (None, None, mk("2025年河蟹线上交易额", "Y103", "warning", row=True,
                        alt=("Y101", "D104"), note="上一年的指标没改（目标写1.5亿元）"),
         "≥1.2亿元"),
        (None, "质量指标", "（示例）交易信息上线率",
         mk("≥XX%", "X101", "error", note="模板的示例行没删")),
        (None, None, "平台系统可用率", "≥99%"),
        (None, "时效指标", "平台上线时间", "2026年9月30日前"),
        (None, "成本指标", "平台开发费用", "≤50万元"),
        ("效益指标", "经济效益指标", "线上交易额", "≥1.5亿元"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "ef15-market-cold-chain-period",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns, goal count with its part (correct)",
)
def market_cold_chain_period() -> Book:
    b, s = start()
    project_head(
        s, year=2026, years=2, name="河蟹交易市场冷链大棚建设", dept=MDEPT, unit=MARKET,
        attr="新增项目", money=multi_year((300, 260, 40), (180, 160, 20)),
        goals=["两年建成交易大棚3500平方米，配套冷链暂养池，市场交易量年均增长8%。",
               "2026年建成交易大棚2000平方米（其中冷链区600平方米）。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "交易大棚建成面积", "≥3500平方米", "≥2000平方米"),
        (None, None, "冷链暂养池", "≥16个", "≥6个"),
        (None, "质量指标", "大棚工程验收合格率", "=100%", "=100%"),
        (None, "时效指标", "大棚完工时间", "2027年10月31日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "大棚改造单价", "≤600元/平方米", "≤600元/平方米"),
        ("效益指标", "经济效益指标", "市场交易量增长率", "≥8%", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%", "≥90%"),
    ], header=TWO)  # fmt: skip
    return b


@variant(
    "ef16-market-marked-points",
    (5, 10),
    "project, NAT-2021, ★ labels with points, abbreviated tier-2s, a 分值 column",
)
def market_marked_points() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="河蟹质量安全追溯体系建设", dept=MDEPT, unit=MARKET,
        money=one_year(45, 45, 0),
        goals=["为入场河蟹赋追溯码，追溯覆盖率90%以上，抽检合格率98%以上。"],
    )  # fmt: skip
    tier = mk("★产出指标（50分）", "W103", "error", note="其下分值15+10+10+10=45，不是50")
    indicators(s, [
        (tier, "数量", "赋码河蟹批次", "≥3000批次", 15),
        (None, "质量", "入场河蟹抽检合格率", "≥98%", 10),
        (None, "时效", "追溯信息上传时限", "≤24小时", 10),
        (None, None, mk("追溯码赋码准确率", "F201", "warning", row=True,
                        note="准确率是质量指标，填在时效下"), "≥99%", 10),
        ("成本指标（10分）", "经济成本", "单批次赋码成本", "≤120元/批次", 10),
        ("效益指标（30分）", "社会效益", "入场河蟹追溯覆盖率", "≥90%", 15),
        (None, "可持续影响", "追溯数据保存年限", "≥3年", 15),
        ("★满意度指标（10分）", "服务对象满意度", "采购商满意度", "≥90%", 10),
    ], header=(*IND, "分值"))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="分值合计95，随W103而来")
    return b


@variant(
    "ef17-market-department-columns",
    (8, 12),
    "department, NAT-2021, 实施周期 and 年度 columns: budget split, a year above its period, "
    "a near-duplicate",
)
def market_department_columns() -> Book:
    b, s = start()
    total = mk(450, "B101", "error", note="基本支出260 + 项目支出180 = 440，不是450")
    department_head(
        s, year=2026, dept="苇汀区蟹业市场服务中心", budget=[(total, 420, 30, 260, 180)],
        goal="2026—2028年举办河蟹品鉴推介活动100场，年度开展市场河蟹抽检，保障交易安全。",
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "河蟹品鉴推介活动", "≥100场",
         mk("≥120场", "D201", "error", note="年度场次大于三年的场次")),
        (None, None, "市场交易河蟹抽检批次", "≥3000批次", "≥1000批次"),
        (None, "质量指标", "交易河蟹抽检批次数",
         "≥2400批次", mk("≥800批次", "D103", "warning", row=True, alt=("D101", "D102"),
                          note="与数量指标的抽检批次是同一指标，值不同")),
        (None, "时效指标", "抽检结果公布时限", "≤2个工作日", "≤2个工作日"),
        ("成本指标", "经济成本指标", "单批次抽检费用", "≤300元/批次", "≤300元/批次"),
        ("效益指标", "社会效益指标", "河蟹质量安全事件", "0起", "0起"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%", "≥90%"),
    ], header=(*IND[:3], "实施周期指标值", "年度指标值"))  # fmt: skip
    return b


@variant(
    "ef18-market-stacked-signed",
    (2, 4),
    "two market projects stacked, OLD-NAT, same indicator names, signatures (correct)",
)
def market_stacked_signed() -> Book:
    b, s = start()
    project_head(
        s, year=2026, name="河蟹交易市场环境整治", dept=MDEPT, unit=MARKET,
        money=one_year(30, 30, 0),
        goals=["整治市场排水沟1.2公里，更新垃圾收集点12个，商户满意度90%以上。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "整治排水沟长度", "≥1.2公里"),
        (None, None, "更新垃圾收集点", "≥12个"),
        (None, "时效指标", "整治完成时间", "2026年7月31日前"),
        (None, "成本指标", "排水沟每公里整治费用", "≤20万元/公里"),
        ("效益指标", "生态效益指标", "市场环境投诉次数", "≤6次"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="河蟹交易市场消防设施更新", dept=MDEPT, unit=MARKET, title="",
        money=one_year(25, 20, 5),
        goals=["更新消防栓和喷淋设施，全年不发生火灾事故。"],
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "更新消防栓", "≥40个"),
        (None, "质量指标", "消防设施验收合格率", "=100%"),
        (None, "成本指标", "单个消防栓更新费用", "≤0.4万元/个"),
        ("效益指标", "社会效益指标", "火灾事故", "0起"),
        ("满意度指标", "服务对象满意度指标", "入场商户满意度", "≥85%"),
    ])  # fmt: skip
    notes(s, "注：两个项目分别申报，分别考核。")
    sign(s, "许澄波", "0571-8826410", day(2025, 11, 21))
    return b

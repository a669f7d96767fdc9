"""Wet-market returns (菜市场标准化改造): un01 to un06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout342.common import YEAR, first, funds, funds_multi, indicators, wan
from tests.variants.holdout342.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "un01-market-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, percent "
    "cells typed in Excel, 万元 only in the number format, 0起 incidents (correct)",
)
def un01() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="苇川县城区菜市场标准化改造项目",
        dept="苇川县市场监督管理局 318",
        unit="苇川县市场服务中心",
        money=funds(wan(240), wan(200), wan(40)),
        goals=["完成4个城区菜市场标准化改造，统一价格公示，快检室常态运行。"],
    )
    rows = [
        ["产出指标", "数量指标", "完成标准化改造的菜市场", "≥", 4, "个"],
        [None, None, "统一设置的价格公示牌", "≥", 260, "块"],
        [None, "质量指标", "食品安全快速检测覆盖率", "≥", pct(0.95), "%"],
        [None, None, "农药残留快检合格率", "≥", pct(0.98), "%"],
        [None, "时效指标", "改造工程完工时间", "≤", day(YEAR, 9, 30, CN_DATE), None],
        [None, "成本指标", "单个菜市场改造补助标准", "≤", 55, "万元/个"],
        ["效益指标", "社会效益指标", "食品安全事故发生数", "=", 0, "起"],
        [None, None, "价格监测数据上报及时率", "≥", pct(0.9), "%"],
        [None, "可持续影响指标", "快检室长效运行机制", None, "健全", None],
        ["满意度指标", "服务对象满意度指标", "入场商户满意度", "≥", pct(0.9), "%"],
        [None, None, "周边居民满意度", "≥", pct(0.9), "%"],
    ]
    indicators(s, (*HEAD[:3], "指标性质", "指标值", "计量单位"), rows)
    return b


@variant(
    "un02-market-direction",
    (11, 1),
    "project, NAT-2021, operators inside the values: a "
    "不合格率 with ≥, a rate over 100 %, a unit cost with =",
)
def un02() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="桐湾区农贸市场提升改造项目",
        dept="桐湾区商务局 204",
        unit="桐湾区菜篮子工程服务站",
        money=funds(wan(480), wan(400), wan(80)),
        goals=["改造6个农贸市场、420个摊位，食品快检全覆盖。"],
    )
    bad = "快检不合格率是反向指标，≥2% 要求不合格越多越好"
    cap = "单位成本是成本上限，应写 ≤，= 不是上限"
    rows = [
        ["产出指标", "数量指标", "标准化改造农贸市场数量", "≥6个"],
        [None, None, "升级改造摊位数", "≥420个"],
        [
            None,
            "质量指标",
            "食品安全快检不合格率",
            mk("≥2%", "T108", "warning", row=True, note=bad),
        ],
        [
            None,
            None,
            "改造工程验收合格率",
            mk("≥105%", "T106", "error", note="合格率以 100% 为上限"),
        ],
        [None, "时效指标", "改造工程完工时间", "2025年10月31日前"],
        [
            "成本指标",
            "经济成本指标",
            "单个摊位改造成本",
            mk("=0.8万元/个", "T108", "warning", row=True, note=cap),
        ],
        ["效益指标", "经济效益指标", "改造后摊位出租率", "≥90%"],
        [None, "社会效益指标", "快检结果公示率", "≥95%"],
        [None, "可持续影响指标", "市场长效管理制度", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"],
        [None, None, "入场商户满意度", "≥85%"],
    ]
    indicators(s, HEAD, rows)
    return b


def _stacked_first(s: Sheet) -> None:
    """The first of two stacked market projects (correct in both returns)."""
    project_head(
        s,
        year=YEAR,
        name="鹤汀市城东菜市场标准化改造",
        dept="鹤汀市商务局 112",
        unit="鹤汀市城东街道办事处",
        money=funds(wan(180), wan(150), wan(30)),
        goals=["改造城东菜市场1个，摊位160个，设快检室1间。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（一）",
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "改造摊位数", "≥160个"],
        [None, "质量指标", "快检样品合格率", "≥98%"],
        [None, "时效指标", "改造完工时间", "2025年8月31日前"],
        [None, "成本指标", "摊位改造单价", "≤0.9万元/个"],
        ["效益指标", "社会效益指标", "快检信息公示率", "=100%"],
        ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()


@variant(
    "un03-market-stacked",
    (2,),
    "two market projects stacked in one sheet, OLD-NAT, one "
    "value column, the same satisfaction indicator with different values (correct)",
)
def un03() -> Book:
    b, s = first()
    _stacked_first(s)
    project_head(
        s,
        year=YEAR,
        name="鹤汀市社区生鲜便民点冷链配置",
        dept="鹤汀市商务局 112",
        unit="鹤汀市商贸流通服务中心",
        money=funds(wan(96), wan(80), wan(16)),
        goals=["为12个社区生鲜便民点配置冷藏展示柜和温控记录仪。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "配置冷藏展示柜", "≥24台"],
        [None, "质量指标", "冷藏柜温控达标率", "≥95%"],
        [None, "时效指标", "设备安装完成时间", "2025年6月30日前"],
        [None, "成本指标", "冷藏展示柜单价", "≤3.5万元/台"],
        ["效益指标", "社会效益指标", "生鲜损耗率下降", "≥3百分点"],
        [None, "可持续影响指标", "设备维护责任制度", "健全"],
        ["满意度指标", "服务对象满意度指标", "周边居民满意度", "≥85%"],
    ])  # fmt: skip
    return b


@variant(
    "un04-market-stacked-defects",
    (2, 12),
    "two market projects stacked, OLD-NAT, one "
    "value column: the second project's money does not add up and a rate is a count",
)
def un04() -> Book:
    b, s = first()
    _stacked_first(s)
    total = mk(wan(150), "B101", "error", note="120 + 20 = 140，不是 150")
    project_head(
        s,
        year=YEAR,
        name="鹤汀市农贸市场冷链暂存点建设",
        dept="鹤汀市商务局 112",
        unit="鹤汀市商贸流通服务中心",
        money=funds(total, wan(120), wan(20)),
        goals=["在4个农贸市场建设冷链暂存点，配置冷库12台。"],
        title=f"{YEAR}年度项目支出绩效目标申报表（二）",
    )
    indicators(s, HEAD, [
        ["产出指标", "数量指标", "建设冷链暂存点", "≥4个"],
        [None, "质量指标", "冷库运行完好率", mk("12台", "T105", "error",
                                                note="完好率写成了台数")],
        [None, "时效指标", "暂存点投用时间", "2025年9月30日前"],
        [None, "成本指标", "单个暂存点建设成本", "≤30万元/个"],
        ["效益指标", "社会效益指标", "进场冷链食品追溯率", "≥95%"],
        ["满意度指标", "服务对象满意度指标", "入场商户满意度", "≥90%"],
    ])  # fmt: skip
    return b


@variant(
    "un05-market-multi-year",
    (8,),
    "three-year market project, OLD-NAT, 中期 and 年度 "
    "columns: two cumulative counts copied into 年度, 中期目标 text copied",
)
def un05() -> Book:
    b, s = first()
    goal = "三年改造提升9个菜市场，新增冷链暂存点12个，建立长效管理机制。"
    copied = "多年期项目的年度指标值照抄中期累计数"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="澄溪市菜市场提档升级三年行动",
        dept="澄溪市商务局 027",
        unit="澄溪市市场发展服务中心",
        money=funds_multi((wan(900), wan(800), wan(100)), (wan(300), wan(270), wan(30))),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标照抄中期目标")],
    )
    rows = [
        ["产出指标", "数量指标", "改造提升菜市场数量", "≥9个",
         mk("≥9个", "D202", "warning", note=copied)],
        [None, None, "新增冷链暂存点", "≥12个", mk("≥12个", "D202", "warning", note=copied)],
        [None, None, "升级智慧价格公示屏", "≥300块", "≥100块"],
        [None, "质量指标", "食品快检合格率", "≥98%", "≥98%"],
        [None, "时效指标", "改造任务完成时间", "2027年12月31日前", "2025年12月31日前"],
        [None, "成本指标", "单个菜市场改造补助", "≤30万元/个", "≤30万元/个"],
        ["效益指标", "社会效益指标", "市场食品安全抽检合格率", "≥97%", "≥97%"],
        [None, "可持续影响指标", "菜市场长效管理机制", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "≥90%"],
    ]  # fmt: skip
    indicators(s, (*HEAD[:3], "中期指标值", "年度指标值"), rows)
    return b


@variant(
    "un06-market-tier-points",
    (5, 10),
    "project, NAT-2021, numbered tier labels with "
    "points, indicator points too, a 合计 row, a rate raised in 百分点 (correct)",
)
def un06() -> Book:
    b, s = first()
    project_head(
        s,
        year=YEAR,
        name="栖凤区菜市场食品安全快检能力提升",
        dept="栖凤区市场监管局 09",
        unit="栖凤区食品安全检测站",
        money=funds(wan(64), wan(64), wan(0)),
        goals=["为8个菜市场快检室更新设备，全年快检不少于2.4万批次。"],
    )
    rows = [
        ["一、产出指标（40分）", "（一）数量指标", "全年快检批次", "≥24000批次", 15],
        [None, None, "更新快检设备套数", "≥8套", 10],
        [None, "（二）质量指标", "快检结果复核一致率", "≥95%", 10],
        [None, "（三）时效指标", "快检结果公示时限", "≤2小时", 5],
        ["二、成本指标（20分）", "（一）经济成本指标", "单套快检设备购置成本", "≤6万元/套", 20],
        ["三、效益指标（30分）", "（一）社会效益指标", "菜市场快检覆盖率", "提高≥5百分点", 15],
        [None, None, "不合格食品下架处置率", "=100%", 10],
        [None, "（二）可持续影响指标", "快检室运行管理制度", "健全", 5],
        ["四、满意度指标（10分）", "（一）服务对象满意度指标", "购菜群众满意度", "≥90%", 10],
        ["合计", None, None, None, 100],
    ]  # fmt: skip
    indicators(s, (*HEAD, "分值"), rows)
    return b

"""Project tables (§3.1) from line bureaus: goalbook-like and period layouts, percent cells as
Excel stores them, money blocks, multi-year projects. Each return says which are correct."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout3.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "中期指标值", "年度指标值")


def indicators(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    s.row("绩效指标", merge=[(1, len(head))])
    s.row(*head)
    s.table(rows, merged=(1, 2))


@variant("q01-skills-training-ok", (1, 5), "project, 比较符 column, percent cells, merged tiers")
def q01() -> Book:
    """Correct: a one-year training project; percentages typed in Excel (0.9 with ``0%``)."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="青岚市职业技能提升培训补助", dept="青岚市人力资源和社会保障局 301",
        unit="青岚市职业技能鉴定指导中心",
        money=[("年度资金总额", money(64.8, WAN), "其中：财政拨款", money(64.8, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["组织开展电工、育婴员、中式烹调师等工种技能培训不少于720人次，取证率不低于85%，"
               "提升城乡劳动者就业能力。"])  # fmt: skip
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "技能培训人次", "≥", 720, "人次"),
            (None, None, "培训工种数", "≥", 6, "个"),
            (None, "质量指标", "培训取证率", "≥", pct(0.85), "%"),
            (None, "时效指标", "补助资金拨付时限", "≤", 30, "个工作日"),
            ("成本指标", "经济成本指标", "人均培训补助标准", "≤", 900, "元/人次"),
            ("效益指标", "社会效益指标", "参训人员六个月内就业率", "≥", pct(0.6), "%"),
            (None, "可持续影响指标", "技能人才队伍规模", "定性", "提高", None),
            ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant("q02-village-roads-ok", (8, 12), "project, three years, 中期 and 年度 columns")
def q02() -> Book:
    """Correct: a three-year road project; annual counts below the period, rates equal."""
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, years=3, name="白沙河区农村公路提档升级工程", attr="新增项目",
        dept="白沙河区交通运输局 214", unit="白沙河区农村公路管理所",
        money=[("中期资金总额", money(2400), "年度资金总额", money(800)),
               ("其中：财政拨款", money(2100), "其中：财政拨款", money(700)),
               ("其他资金", money(300), "其他资金", money(100))],
        goals=["2025—2027年完成农村公路提档升级96公里，危桥改造12座，群众出行条件明显改善。",
               "2025年完成提档升级32公里、危桥改造4座，工程质量一次验收合格。"])  # fmt: skip
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "农村公路提档升级里程", "正向", "≥96公里", "≥32公里"),
            (None, None, "危桥改造数量", "正向", "≥12座", "≥4座"),
            (None, "质量指标", "交工验收合格率", "正向", "100%", "100%"),
            (None, "时效指标", "年度工程完工时间", "反向", "2027年11月30日前", "2025年11月30日前"),
            ("成本指标", "经济成本指标", "每公里提档升级平均造价", "反向", "≤22万元", "≤22万元"),
            (
                "效益指标",
                "社会效益指标",
                "沿线行政村通达三级及以上公路比例",
                "正向",
                "≥95%",
                "≥80%",
            ),
            (None, "可持续影响指标", "公路养护管理机制", "正向", "健全", "健全"),
            ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("q03-water-plant-rates", (1,), "project, 比较符 column, percent cells")
def q03() -> Book:
    """Two defects: ``≥ │ 100%`` (stored 1 with ``0%``) on a 完好率, and a 完成率 given in 次."""
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2025,
        name="临溪县城乡供水设施运行维护",
        dept="临溪县水利局 118",
        unit="临溪县供排水服务中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(156, WAN), "其中：财政拨款", money(136, WAN)),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=["保障全县12座供水站正常运行，全年巡检48次，出厂水水质达标。"],
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "维护供水站数量", "=", 12, "座"),
            (
                None,
                None,
                "巡检计划完成率",
                "=",
                mk(48, "T105", "error", row=True, note="a 完成率 given as a count of inspections"),
                "次",
            ),
            (None, "质量指标", "出厂水水质达标率", "≥", pct(0.98), "%"),
            (
                None,
                None,
                "供水设备完好率",
                "≥",
                mk(pct(1.0), "T106", "error", row=True, note="≥100% on a capped rate"),
                "%",
            ),
            (None, "时效指标", "故障抢修响应时间", "≤", 2, "小时"),
            ("成本指标", "经济成本指标", "单站年均运维费用", "≤", 13, "万元"),
            ("效益指标", "社会效益指标", "农村集中供水覆盖率", "≥", pct(0.92), "%"),
            ("满意度指标", "服务对象满意度指标", "用水群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    return b


@variant("q04-sanitation-money", (11, 12), "project, money block, one value column")
def q04() -> Book:
    """Two defects: 资金总额 120 ≠ 财政拨款 90 + 其他资金 20; ``投诉率 ≥2%`` (反向 with ≥)."""
    b = Book()
    s = b.sheet("绩效目标申报表")
    project_head(
        s,
        year=2025,
        name="青岚市城区环卫保洁服务购买",
        dept="青岚市城市管理局 407",
        unit="青岚市环境卫生管理处",
        money=[
            (
                "年度资金总额",
                mk(money(120, WAN), "B101", "error", row=True, note="120 ≠ 90 + 20"),
                "其中：财政拨款",
                money(90, WAN),
            ),
            ("其他资金", money(20, WAN), None, None),
        ],
        goals=["购买城区主次干道及背街小巷保洁服务，保洁面积不少于380万平方米，道路保洁达标。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        [
            ("产出指标", "数量指标", "道路保洁面积", "≥380万平方米"),
            (None, None, "公厕日常保洁座数", "≥146座"),
            (None, "质量指标", "道路保洁质量检查达标率", "≥95%"),
            (None, "时效指标", "垃圾日产日清率", "100%"),
            ("成本指标", "经济成本指标", "每平方米年保洁费用", "≤0.3元"),
            (
                "效益指标",
                "社会效益指标",
                "市容环境卫生投诉率",
                mk("≥2%", "T108", "warning", row=True, note="反向 rate with ≥"),
            ),
            ("满意度指标", "服务对象满意度指标", "市民对环境卫生满意度", "≥90%"),
        ],
    )
    return b


@variant("q05-housing-multiyear-copy", (8,), "project, three years, 中期 and 年度 columns")
def q05() -> Book:
    """Defects: two cumulative counts copied into the 年度 column; one annual count above the
    period count."""
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, years=3, name="临溪县老旧小区改造", dept="临溪县住房和城乡建设局 122",
        unit="临溪县城镇建设服务中心", attr="新增项目",
        money=[("中期资金总额", money(5400), "年度资金总额", money(1800)),
               ("其中：财政拨款", money(4500), "其中：财政拨款", money(1500)),
               ("其他资金", money(900), "其他资金", money(300))],
        goals=["三年改造老旧小区40个、惠及居民4200户，完善水电气路及消防设施。",
               "2025年启动改造首批小区，完成雨污分流和消防设施改造。"])  # fmt: skip
    note = "cumulative count equal in both columns of a three-year project"
    indicators(
        s,
        PERIOD_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "改造老旧小区个数",
                "正向",
                "≥40个",
                mk("≥40个", "D202", "warning", note=note),
            ),
            (
                None,
                None,
                "惠及居民户数",
                "正向",
                "≥4200户",
                mk("≥4500户", "D201", "error", note="annual 4500 above period 4200"),
            ),
            (
                None,
                None,
                "新增停车位",
                "正向",
                "≥600个",
                mk("≥600个", "D202", "warning", note=note),
            ),
            (None, "质量指标", "工程竣工验收合格率", "正向", "100%", "100%"),
            (
                None,
                "时效指标",
                "年度改造任务完成时间",
                "反向",
                "2027年12月31日前",
                "2025年12月31日前",
            ),
            ("成本指标", "经济成本指标", "每平方米综合改造成本", "反向", "≤300元", "≤300元"),
            ("效益指标", "社会效益指标", "改造小区消防通道畅通率", "正向", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "正向", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("q06-clinic-build-dates", (1, 11), "project, one year, percent and date values")
def q06() -> Book:
    """Defects: a completion date in the next year for a one-year 2025 project; a completion
    time given as 100 % (stored 1 with ``0%``)."""
    b = Book()
    s = b.sheet("绩效目标")
    project_head(
        s,
        year=2025,
        name="白沙河区村卫生室标准化建设",
        dept="白沙河区卫生健康局 231",
        unit="白沙河区卫生健康局",
        attr="一次性项目",
        money=[
            ("年度资金总额", money(210, WAN), "其中：财政拨款", money(210, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["2025年完成14个村卫生室标准化建设并配齐基本诊疗设备。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", None, None),
        [
            ("产出指标", "数量指标", "标准化村卫生室建设数量", "≥14个"),
            (None, None, "配置基本诊疗设备套数", "≥14套"),
            (None, "质量指标", "建设项目验收合格率", "100%"),
            (
                None,
                "时效指标",
                "主体工程完工时间",
                mk(pct(1.0), "T113", "warning", note="a deadline given as 100%"),
            ),
            (
                None,
                None,
                "设备安装调试完成时间",
                mk(
                    "2026年3月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="next-year date in a one-year 2025 project",
                ),
            ),
            ("成本指标", "经济成本指标", "单个卫生室建设补助", "≤15万元"),
            ("效益指标", "社会效益指标", "村民就近就医率", "≥70%"),
            ("满意度指标", "服务对象满意度指标", "就诊村民满意度", "≥90%"),
        ],
    )
    return b


@variant("q07-library-unit-column", (1,), "project, value and 计量单位 columns")
def q07() -> Book:
    """Defects: ``12万元`` with 计量单位 ``人``; ``=95%`` on a satisfaction rate."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s,
        year=2025,
        name="青岚市图书馆全民阅读推广",
        dept="青岚市文化广电旅游局 509",
        unit="青岚市图书馆",
        money=[
            ("年度资金总额", money(48, WAN), "其中：财政拨款", money(48, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["举办阅读推广活动不少于60场，新增图书8000册，服务读者不少于12万人次。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注"),
        [
            ("产出指标", "数量指标", "阅读推广活动场次", "≥60", "场"),
            (None, None, "新增馆藏图书", "≥8000", "册"),
            (
                None,
                None,
                "服务读者人次",
                mk(
                    "≥12万元",
                    "T112",
                    "error",
                    note="unit 万元 in the value, 人次 in the unit column",
                ),
                "人次",
            ),
            (None, "质量指标", "新购图书编目差错率", "≤1", "%"),
            (None, "时效指标", "新书上架周期", "≤30", "天"),
            ("成本指标", "经济成本指标", "单场活动平均成本", "≤3000", "元/场"),
            ("效益指标", "社会效益指标", "持证读者年增长率", "≥5", "%"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "读者满意度",
                mk("=95%", "T107", "warning", note="= on a satisfaction rate"),
                "%",
            ),
        ],
    )
    return b


@variant("q08-shanghai-community-yuan-ok", (5, 12), "Shanghai framework, 元, 指标目标值")
def q08() -> Book:
    """Correct: Shanghai tiers (投入与管理 … 影响力目标), money in 元, ASCII operators."""
    b = Book()
    s = b.sheet("项目绩效目标")
    s.title("2025年度财政项目支出绩效目标表", 6)
    s.row("项目名称", "社区老年助餐服务补贴", None, "项目类别", "经常性专项业务费",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("主管部门", "青岚市民政局", None, "项目实施单位", "青岚市养老服务指导中心",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目总预算（元）", money(3_960_000, "#,##0"), None, "项目当年预算（元）",
          money(3_960_000, "#,##0"), None, merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目开始日期", day(2025, 1, 1), None, "项目结束日期", day(2025, 12, 31), None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("年度绩效目标", "为辖区80周岁以上及困难老年人提供助餐补贴，全年助餐不少于33万人次。",
          merge=[(2, 6)])  # fmt: skip
    s.row("一级目标", "二级目标", "三级目标", "指标目标值", None, None, merge=[(4, 6)])
    top = s.r
    s.table(
        [
            ("投入与管理", "财务管理", "资金使用合规性", "合规"),
            (None, "实施管理", "助餐点服务协议签订率", "100%"),
            ("产出目标", "数量", "助餐服务人次", ">=330000人次"),
            (None, None, "社区助餐点数量", ">=22个"),
            (None, "质量", "助餐点食品安全检查合格率", "=100%"),
            (None, "时效", "补贴资金按季拨付及时率", ">=95%"),
            (None, "成本", "每人次助餐补贴标准", "<=12元"),
            ("效果目标", "社会效益", "高龄老人助餐服务覆盖率", ">=60%"),
            (None, "满意度", "就餐老人满意度", ">=90%"),
            ("影响力目标", "长效管理", "助餐点日常监管制度", "健全"),
        ],
        merged=(1, 2),
    )
    for r in range(top + 1, s.r + 1):
        s.ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    return b

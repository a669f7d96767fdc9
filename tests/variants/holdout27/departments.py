"""Department tables (§3.2) of 信息化 units (a 大数据中心, an 信息中心, a 网信办), and a
platform project with template rows left. Each return says whether it is correct."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout27.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注")


@variant("ik04-info-centre-dept-ok", (12,), "department, NAT-2021, budget, tasks, one value column")
def ik04() -> Book:
    """Correct: the 信息中心 of an invented county. 资金总额 = 财政拨款 + 其他资金 = 基本支出 +
    项目支出; the three project tasks add up to 项目支出 (the 金额合计 row); indicators of
    system operation with 毫秒 and 小时 limits."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="鹿鸣县信息中心",
        budget=[(money(860.5), money(820.5), money(40), money(310.5), money(550))],
        tasks=[
            ("县级政务云运维", "政务云资源租赁及运维保障", money(320), "全年可用率≥99.9%"),
            ("网络安全保障", "等保测评、安全监测和应急演练", money(150), "不发生重大安全事件"),
            ("视频会议系统维护", "县乡村三级视频会议系统维护", money(80), "会议保障成功率100%"),
            ("金额合计", None, money(550), None),
        ],
        goal="保障县级政务云、电子政务外网和视频会议系统稳定运行，完成重要信息系统等保测评，"
             "提升全县政务信息化支撑能力。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "保障运行的业务系统", "≥70个", None),
            (None, None, "等保测评系统数量", "≥6个", "其中三级系统2个"),
            (None, None, "视频会议保障场次", "≥120场", None),
            (None, "质量指标", "政务云平台可用率", "≥99.9%", None),
            (None, None, "视频会议保障成功率", "100%", None),
            (None, "时效指标", "电子政务外网故障响应时间", "≤2小时", None),
            (None, None, "门户网站首页打开时间", "≤800毫秒", None),
            ("成本指标", "经济成本指标", "政务云运维成本", "≤320万元", None),
            ("效益指标", "社会效益指标", "重大网络安全事件", "零发生", None),
            (None, "可持续影响指标", "政务信息化支撑能力", "逐步提升", None),
            ("满意度指标", "服务对象满意度指标", "县直部门满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("ik08-data-bureau-two-sheets-ok", (7, 12), "department, second sheet, column B, 2 headers")
def ik08() -> Book:
    """Correct: a 数据资源局 department table; the head on one sheet, the indicator table on a
    second sheet starting in column B under a two-line header (年度指标值 split into 比较符 and
    目标值, percent cells), with the money in 万元 as a number format."""
    b = Book()
    s = b.sheet("部门整体支出")
    department_head(
        s, year=2025, dept="明湖市数据资源管理局",
        budget=[(money(2436.8, WAN), money(2236.8, WAN), money(200, WAN), money(636.8, WAN),
                 money(1800, WAN))],
        tasks=[
            ("城市大数据平台运维", "数据归集治理、共享交换平台运维", money(980, WAN),
             "新增归集数据≥200TB"),
            ("数字政府应用建设", "一网通办、一网统管应用迭代", money(620, WAN),
             "新增上线应用≥15个"),
            ("网络安全与等保测评", "关键信息基础设施保护、等保测评", money(200, WAN),
             "三级系统测评全覆盖"),
            ("金额合计", None, money(1800, WAN), None),
        ],
        goal="完成城市大数据平台和数字政府应用的运维与迭代，推进公共数据开放共享，"
             "保障关键信息基础设施安全。")  # fmt: skip
    t = b.sheet("绩效指标", widths=(4, 14, 16, 28, 10, 12, 10))
    t.title("明湖市数据资源管理局2025年度部门整体绩效指标", 7)
    t.row(None, "一级指标", "二级指标", "三级指标", "年度指标值", None, "计量单位",
          merge=[(5, 6)])  # fmt: skip
    t.row(None, None, None, None, "比较符", "目标值", None)
    for c in (2, 3, 4, 7):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table(
        [
            ("产出指标", "数量指标", "新增归集政务数据", "≥", 200, "TB"),
            (None, None, "新增上线数字政府应用", "≥", 15, "个"),
            (None, None, "开放公共数据集", "≥", 400, "个"),
            (None, "质量指标", "共享交换平台可用率", "≥", pct(0.999, "0.0%"), "%"),
            (None, None, "三级系统等保测评覆盖率", "=", pct(1), "%"),
            (None, "时效指标", "数据共享申请办理时限", "≤", 5, "个工作日"),
            (None, None, "接口平均响应时间", "≤", 300, "毫秒"),
            ("成本指标", "经济成本指标", "大数据平台运维成本", "≤", 980, "万元"),
            ("效益指标", "经济效益指标", "公共数据开放调用次数", "≥", 500, "万次"),
            (None, "社会效益指标", "数据共享需求满足率", "≥", pct(0.9), "%"),
            ("满意度指标", "服务对象满意度指标", "数据使用单位满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
        col=2,
    )
    return b


@variant("ik13-hotline-template-wrong", (6, 13), "project, NAT-2021, template rows, no 满意度")
def ik13() -> Book:
    """A 12345 hotline platform (identifiable users) without any 满意度指标, and one value whose
    indicator name was never typed."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="南溪湾区12345政务服务便民热线平台运维", dept="南溪湾区政务服务中心 150",
        unit="南溪湾区12345热线受理中心", attr="常年项目",
        money=[("资金总额", money(135), "年度资金总额", money(135)),
               ("其中：财政拨款", money(135), "其中：财政拨款", money(135)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["保障12345热线平台全年7×24小时运行，受理群众诉求不少于18万件，"
               "按时办结率不低于95%。"])  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标 on a hotline serving the public")
    s.row("绩效指标", merge=[(1, 5)])
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "受理群众诉求", "≥18万件", None),
            (None, None, "热线坐席数量", "≥60个", None),
            (None, None, mk(None, "F110", "error"), "≥3000条", None),
            (None, "质量指标", "热线平台可用率", "≥99.9%", None),
            (None, None, "诉求按时办结率", "≥95%", None),
            (None, "时效指标", "来电平均接通时间", "≤15秒", None),
            ("成本指标", "经济成本指标", "坐席运维服务单价", "≤2.2万元/个·年", None),
            ("效益指标", "社会效益指标", "诉求一次性解决率", "≥85%", None),
        ],
        merged=(1, 2),
    )
    return b


@variant("ik16-network-dept-wrong", (11, 12), "department, NAT-2021, budget and tasks do not add")
def ik16() -> Book:
    """An 网信办 department table: 基本支出 + 项目支出 ≠ 资金总额, the tasks do not add up to the
    金额合计, a complaint rate with ≥ and a satisfaction of ≥100 %."""
    b = Book()
    s = b.sheet("部门整体")
    department_head(
        s, year=2025, dept="青枫市委网络安全和信息化委员会办公室",
        budget=[(mk(money(1200), "B101", "error", row=True), money(1100), money(100),
                 money(420), money(760))],
        tasks=[
            ("网络安全监测预警", "7×24小时监测、通报处置", money(400), "处置率100%"),
            ("网络安全宣传周", "宣传活动及攻防演练", money(250), "参与人数≥5万人次"),
            ("网信数据中心运维", "机房及设备运维", money(90), "可用率≥99.9%"),
            ("金额合计", None, mk(money(760), "B102", "error", row=True), None),
        ],
        goal="健全全市网络安全监测预警和应急处置体系，组织网络安全宣传周活动，"
             "保障网信数据中心稳定运行。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*HEAD)
    s.table(
        [
            ("产出指标", "数量指标", "监测重要网站和系统", "≥500个", None),
            (None, None, "组织网络安全攻防演练", "≥2次", None),
            (None, "质量指标", "安全事件通报处置率", "100%", None),
            (None, "时效指标", "安全事件通报时限", "≤1小时", None),
            ("成本指标", "经济成本指标", "宣传周活动成本", "≤250万元", None),
            ("效益指标", "社会效益指标", "网络安全知识知晓率", "≥85%", None),
            (None, None, "网络安全事件投诉率", mk("≥5%", "T108", "warning", row=True), None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "被监测单位满意度",
                mk("≥100%", "T106", "error", alt=("T114",)),
                None,
            ),
        ],
        merged=(1, 2),
    )
    return b

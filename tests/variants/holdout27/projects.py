"""Project tables (§3.1) of IT and digital-government projects: 政务云 operation, a big-data
centre with a 建设期 and a 运维期, money split into 硬件购置/软件开发/运维服务/等保测评, unit
prices of cloud resources against the money. Each return says whether it is correct."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tests.variants.heads import project_head
from tests.variants.holdout27.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, ok, pct

INLINE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "指标解释")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def indicators(s: Sheet, head: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    s.row("绩效指标", merge=[(1, len(head))])
    s.row(*head)
    s.table(rows, merged=(1, 2))


def detail(s: Sheet, lines: Sequence[Sequence[Any]], total: Any) -> None:
    """A 资金明细 block: (支出内容, 金额, 测算依据) lines, then the 合计 line."""
    s.row("资金明细（万元）", "支出内容", "金额", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    for name, amount, basis in lines:
        s.row(None, name, amount, basis, None, None, merge=[(4, 6)])
    s.row(None, "合计", total, None, None, None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


def one_year(total: float, fiscal: float, other: float) -> list[tuple[Any, ...]]:
    return [
        ("资金总额", money(total), "年度资金总额", money(total)),
        ("其中：财政拨款", money(fiscal), "其中：财政拨款", money(fiscal)),
        ("其他资金", money(other), "其他资金", money(other)),
    ]


@variant("ik01-gov-cloud-ops-ok", (11, 12), "project, NAT-2021, operators inside the values")
def ik01() -> Book:
    """Correct: a one-year 政务云 operation project. Availability 99.9 %, response and repair
    times with ≤ / 以内 (反向), a unit price per vCPU-year whose product stays within the money,
    a data-backup rate at the 100 % ceiling, 等保 written as a level."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="青枫市政务云平台运维服务", dept="青枫市政务服务数据管理局 117",
        unit="青枫市大数据中心", attr="常年项目", money=one_year(186, 186, 0),
        goals=["保障政务云平台全年稳定运行，为全市85个以上业务系统提供计算、存储和网络资源，"
               "平台可用率不低于99.9%，故障4小时内修复。"])  # fmt: skip
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "提供云主机vCPU资源", "≥1200核", None),
            (None, None, "提供内存资源", "≥4800GB", None),
            (None, None, "提供分布式存储容量", "≥600TB", None),
            (None, None, "承载业务系统数量", "≥85个", None),
            (None, "质量指标", "政务云平台可用率", "≥99.9%", "全年可用时长/全年总时长"),
            (None, None, "数据备份成功率", "100%", None),
            (None, None, "网络安全等级保护测评", "达到三级", "等保2.0第三级"),
            (None, "时效指标", "故障响应时间", "≤30分钟", None),
            (None, None, "一般故障修复时间", "4小时以内", None),
            ("成本指标", "经济成本指标", "云主机资源租赁单价", "≤1000元/核·年", "含配套内存"),
            (None, None, "运维服务费", "≤66万元", None),
            ("效益指标", "社会效益指标", "政务服务事项网上可办率", "≥95%", None),
            (None, "可持续影响指标", "政务云资源集约利用水平", "有效提升", None),
            ("满意度指标", "服务对象满意度指标", "使用部门满意度", "≥90%", None),
        ],
    )
    return b


@variant("ik02-bigdata-centre-ok", (8, 12), "project, three years (建设期 + 运维期), 中期 and 年度")
def ik02() -> Book:
    """Correct: a three-year big-data centre, built in 2025 and run in 2026–2027. Cumulative
    counts in the year are below the period; rates equal; the rack count is reached in the
    build year, so its equal columns are right (a warning is tolerated there)."""
    b = Book()
    s = b.sheet("项目绩效目标")
    project_head(
        s, year=2025, years=3, name="鹿鸣县城市大数据中心建设及运维", attr="新增项目",
        dept="鹿鸣县数据资源局 062", unit="鹿鸣县信息化发展中心",
        money=[("中期资金总额", money(1350), "年度资金总额", money(780)),
               ("其中：财政拨款", money(1350), "其中：财政拨款", money(780)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["建设期（2025年）建成数据中心机房及大数据平台，运维期（2026—2027年）累计归集"
               "政务数据800TB以上，接入部门60个以上，平台可用率不低于99.9%。",
               "完成机房120个机柜及大数据平台建设，通过等保三级测评，归集政务数据300TB以上，"
               "接入部门40个以上。"],
        start=day(2025, 1, 1), end=day(2027, 12, 31))  # fmt: skip
    indicators(
        s,
        PERIOD_HEAD,
        [
            (
                "产出指标",
                "数量指标",
                "建成机房机柜数量",
                "≥120个",
                ok("≥120个", note="all racks are built in the 建设期"),
            ),
            (None, None, "政务数据归集量", "≥800TB", "≥300TB"),
            (None, None, "接入部门数量", "≥60个", "≥40个"),
            (None, "质量指标", "大数据平台可用率", "≥99.9%", "≥99.9%"),
            (None, None, "网络安全等级保护", "通过三级测评", "通过三级测评"),
            (None, "时效指标", "建设期工程完工时间", "2025年12月31日前", "2025年12月31日前"),
            ("成本指标", "经济成本指标", "项目建设及运维成本", "≤1350万元", "≤780万元"),
            ("效益指标", "社会效益指标", "数据共享接口调用次数", "≥3000万次", "≥800万次"),
            (None, "生态效益指标", "数据中心电能利用效率（PUE）", "≤1.4", "≤1.4"),
            ("满意度指标", "服务对象满意度指标", "数据使用部门满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("ik09-security-rates-wrong", (1, 11), "project, NAT-2021, operators inside the values")
def ik09() -> Book:
    """A security-operation project: an availability rate without %, a 发生率 and a response
    time with ≥ (反向), a scan coverage over 100 %."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="明湖市网络安全态势感知平台运维", dept="明湖市委网信办 009",
        unit="明湖市网络安全应急指挥中心", money=one_year(96, 96, 0),
        goals=["对全市党政机关门户网站和重要信息系统开展7×24小时安全监测，及时处置安全事件，"
               "全年不发生重大网络安全事件。"])  # fmt: skip
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "纳入监测的网站和信息系统", "≥230个", None),
            (None, None, "开展漏洞扫描", "≥12次", "每月一次"),
            (
                None,
                "质量指标",
                "态势感知平台可用率",
                mk("≥99.9", "T105", "error", alt=("T104", "T116")),
                None,
            ),
            (None, None, "漏洞扫描覆盖率", mk("≥105%", "T106", "error"), None),
            (None, None, "网络安全事件发生率", mk("≥2%", "T108", "warning", row=True), None),
            (
                None,
                "时效指标",
                "监测平台页面平均响应时间",
                mk("≥3秒", "T108", "warning", row=True),
                None,
            ),
            (None, None, "高危漏洞处置时限", "≤24小时", None),
            ("成本指标", "经济成本指标", "安全运维服务费", "≤96万元", None),
            ("效益指标", "社会效益指标", "重大网络安全事件", "不发生", None),
            ("满意度指标", "服务对象满意度指标", "被监测单位满意度", "≥90%", None),
        ],
    )
    return b


@variant("ik10-cloud-money-wrong", (12,), "project, NAT-2021, 资金明细 and a unit price per 核·年")
def ik10() -> Book:
    """The detail lines do not add up to their 合计, and the cloud price times the vCPU count
    (1800 元/核·年 × 1000 核 = 180 万元) is above the year's 150 万元."""
    b = Book()
    s = b.sheet("绩效目标表")
    project_head(
        s, year=2025, name="云岫县电子政务外网及政务云扩容", dept="云岫县行政审批服务局 211",
        unit="云岫县电子政务中心", attr="一次性项目", money=one_year(150, 140, 10),
        goals=["完成电子政务外网乡镇节点升级和政务云扩容，新增vCPU资源1000核，"
               "保障全县业务系统稳定运行。"])  # fmt: skip
    detail(
        s,
        [
            ("硬件购置", money(45), "乡镇汇聚交换机12台、防火墙4台"),
            ("软件开发", money(60), "云管平台二次开发"),
            ("运维服务", money(30), "外网及云平台驻场运维"),
            ("等保测评", money(12), "三级系统2个"),
        ],
        mk(money(150), "B102", "error", row=True),
    )
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "新增云主机vCPU资源", "≥1000核", None),
            (None, None, "升级乡镇外网节点", "≥12个", None),
            (None, "质量指标", "电子政务外网可用率", "≥99.5%", None),
            (None, "时效指标", "扩容完成时间", "2025年9月30日前", None),
            (
                "成本指标",
                "经济成本指标",
                "云资源租赁单价",
                mk("≤1800元/核·年", "B107", "warning", row=True),
                None,
            ),
            ("效益指标", "社会效益指标", "业务系统迁移上云率", "≥90%", None),
            ("满意度指标", "服务对象满意度指标", "乡镇用户满意度", "≥90%", None),
        ],
    )
    return b


@variant("ik11-platform-copied-wrong", (8,), "project, three years, 中期 and 年度 columns")
def ik11() -> Book:
    """A three-year 一网通办 platform: 年度目标 pasted from the 中期目标, cumulative counts copied
    from the 中期 column, and a training count above its period value."""
    b = Book()
    s = b.sheet("项目绩效目标")
    goal = ("建成县级一网通办平台，迁移业务系统12个，归集政务数据300TB，培训窗口人员500人次，"
            "政务服务事项网上可办率达到95%以上。")  # fmt: skip
    project_head(
        s, year=2025, years=3, name="南溪湾区一网通办平台建设运维", attr="新增项目",
        dept="南溪湾区政务服务中心 150", unit="南溪湾区数字政府运营中心",
        money=[("中期资金总额", money(900), "年度资金总额", money(300)),
               ("其中：财政拨款", money(900), "其中：财政拨款", money(300)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=[goal, mk(goal, "D204", "warning")])  # fmt: skip
    indicators(
        s,
        PERIOD_HEAD,
        [
            ("产出指标", "数量指标", "迁移业务系统数量", "≥12个", mk("≥12个", "D202", "warning")),
            (None, None, "政务数据归集量", "≥300TB", mk("≥300TB", "D202", "warning")),
            (
                None,
                None,
                "窗口人员培训人次",
                "≥500人次",
                ok(mk("≥800人次", "D201", "error"), note="D104 vs the goal text 500人次 tolerated"),
            ),
            (None, "质量指标", "平台可用率", "≥99.9%", "≥99.9%"),
            (None, "时效指标", "业务办理平均响应时间", "≤2秒", "≤2秒"),
            ("成本指标", "经济成本指标", "平台建设运维成本", "≤900万元", "≤300万元"),
            ("效益指标", "社会效益指标", "政务服务事项网上可办率", "≥95%", "≥95%"),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", "≥90%"),
        ],
    )
    return b


@variant("ik12-system-years-wrong", (12,), "project, NAT-2021, dates and a duplicated indicator")
def ik12() -> Book:
    """A 2025 system project whose 计划完成日期 was typed as 2024, whose go-live date is in 2023
    (copied from an old table), and whose availability indicator is listed twice with two
    values."""
    b = Book()
    s = b.sheet("绩效目标表")
    dup = mk("业务系统可用率", "D102", "error", row=True, alt=("D101",))
    dup = ok(dup, note="a quality name under 社会效益: F201 tolerated")
    project_head(
        s, year=2025, name="青枫市不动产登记业务系统升级改造", dept="青枫市自然资源局 204",
        unit="青枫市不动产登记中心", attr="一次性项目", money=one_year(78, 78, 0),
        start=day(2025, 3, 1),
        end=mk(day(2024, 12, 31), "Y104", "error", alt=("Y101", "Y102")),
        goals=["完成不动产登记业务系统升级改造并上线运行，实现一窗受理、并行办理，"
               "登记办理时间压缩至3个工作日以内。"])  # fmt: skip
    indicators(
        s,
        INLINE_HEAD,
        [
            ("产出指标", "数量指标", "升级改造业务模块", "≥18个", None),
            (None, "质量指标", "业务系统可用率", "≥99.9%", None),
            (None, None, "系统并发用户数", "≥800人", None),
            (None, "时效指标", "新系统上线时间", mk("2023年10月31日前", "Y102", "error"), None),
            (None, None, "一般登记办理时间", "≤3个工作日", None),
            ("成本指标", "经济成本指标", "软件开发费", "≤78万元", None),
            ("效益指标", "社会效益指标", dup, "≥99.5%", None),
            ("满意度指标", "服务对象满意度指标", "办事群众满意度", "≥90%", None),
        ],
    )
    return b


OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位", "指标方向")


@variant("ik05-city-brain-money-ok", (1, 4, 12), "project, OLD-NAT, 比较符 column, 资金明细")
def ik05() -> Book:
    """Correct: a smart-city operation centre. Amounts carry 万元 in the number format, the
    four lines (硬件购置, 软件开发, 运维服务, 等保测评) add up to the total, which is 财政拨款 +
    其他资金; percentages are percent cells; response time in 毫秒 (反向, ≤); footnotes,
    signature lines and a fill date in the year before the budget year."""
    b = Book()
    s = b.sheet("Sheet1", widths=(16, 16, 30, 10, 14, 12, 12))
    project_head(
        s, year=2025, name="云岫县智慧城市运营管理中心（一期）", dept="云岫县数据资源中心 088",
        unit="云岫县数据资源中心", attr="新增项目",
        money=[("资金总额", money(468.5, WAN), "年度资金总额", money(468.5, WAN)),
               ("其中：财政拨款", money(420, WAN), "其中：财政拨款", money(420, WAN)),
               ("其他资金", money(48.5, WAN), "其他资金", money(48.5, WAN))],
        goals=["建成城市运营管理中心指挥大厅和城市运行体征监测平台，接入城管、交通、应急等"
               "部门业务系统不少于20个，实现城市事件统一受理、分拨和处置。"])  # fmt: skip
    detail(
        s,
        [
            ("硬件购置", money(156.8, WAN), "LED拼接屏、服务器8台、存储1套"),
            ("软件开发", money(215.2, WAN), "体征监测、事件分拨、可视化三个子系统"),
            ("运维服务", money(72.5, WAN), "系统运维及驻场服务12个月"),
            ("等保测评", money(24, WAN), "三级系统测评及整改复测"),
        ],
        money(468.5, WAN),
    )
    indicators(
        s,
        OP_HEAD,
        [
            ("产出指标", "数量指标", "接入部门业务系统", "≥", 20, "个", "正向"),
            (None, None, "城市运行体征指标", "≥", 150, "项", "正向"),
            (None, None, "视频资源接入路数", "≥", 3000, "路", "正向"),
            (None, "质量指标", "平台可用率", "≥", pct(0.999, "0.0%"), "%", "正向"),
            (None, None, "事件分拨准确率", "≥", pct(0.95, "0%"), "%", "正向"),
            (None, None, "等保测评等级", "=", "三级", None, "定性"),
            (None, "时效指标", "可视化页面平均响应时间", "≤", 800, "毫秒", "反向"),
            (None, None, "平台建成时间", "≤", day(2025, 11, 30), None, "反向"),
            (None, "成本指标", "项目总成本", "≤", money(468.5), "万元", "反向"),
            ("效益指标", "社会效益指标", "城市事件按期处置率", "≥", pct(0.9, "0%"), "%", "正向"),
            (None, "可持续影响指标", "城市运行管理数字化水平", "定性", "持续提升", None, "定性"),
            (
                "满意度指标",
                "服务对象满意度指标",
                "接入部门满意度",
                "≥",
                pct(0.9, "0%"),
                "%",
                "正向",
            ),
        ],
    )
    s.skip()
    s.row("注：1. 指标值为2025年度目标值；2. 资金明细按政府采购预算填列；3. 等保测评按第三级要求。",
          merge=[(1, 7)])  # fmt: skip
    s.row("填表人：周语桐", None, "审核人：贺明川", None, "联系电话：0797-6621835")
    s.row("填报日期：", day(2024, 10, 28, CN_DATE))
    return b

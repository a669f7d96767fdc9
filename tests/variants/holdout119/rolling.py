"""Three-year rolling tables with 2026年 · 2027年 · 2028年 value columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout119.common import (
    PCT1,
    ROLL,
    ROLL_W,
    YUAN,
    rolling_money,
    sections,
    signature,
    wan,
)
from tests.variants.holdout119.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant(
    "ly08-rolling-three-years",
    (8,),
    "three-year project, NAT-2021, 2026年 · 2027年 · 2028年 columns, 比较符 and 计量单位",
)
def ly08() -> Book:
    b = Book()
    s = b.sheet("三年滚动绩效目标", ROLL_W)
    project_head(
        s,
        year=2026,
        years=3,
        name="枫渡市智慧停车系统建设",
        dept="枫渡市城市管理局（602）",
        unit="枫渡市停车服务中心",
        money=rolling_money(2400, (800, 920, 680)),
        title="2026—2028年项目支出三年滚动绩效目标表",
        goals=[
            "三年新增智慧泊位1.2万个，接入全市公共停车场，泊位周转率提高，停车难投诉下降。",
            "2026年新增智慧泊位4000个，平台上线运行。",
        ],
    )
    s.row(*ROLL)
    s.table(
        [
            ["产出指标", "数量指标", "新增智慧泊位", "≥", "个", 4000, 4500, 3500, "建设台账"],
            [None, None, "接入公共停车场", "≥", "个", 60, 70, 50, "平台接入清单"],
            [None, None, "安装地磁及视频桩", "≥", "套", 4000, 4500, 3500, "设备验收单"],
            [None, "质量指标", "设备在线率", "≥", "%", pct(0.95), pct(0.96), pct(0.97), "平台监测"],
            [
                None,
                None,
                "识别准确率",
                "≥",
                "%",
                pct(0.985, PCT1),
                pct(0.99, PCT1),
                pct(0.99, PCT1),
                "第三方检测",
            ],
            [None, "时效指标", "当年建设任务完成时间", "≤", "月", 11, 11, 10, "年度计划"],
            [
                "成本指标",
                "经济成本指标",
                "单个泊位建设成本",
                "≤",
                "元/个",
                wan(1800, YUAN),
                wan(1800, YUAN),
                wan(1750, YUAN),
                "概算批复",
            ],
            ["效益指标", "经济效益指标", "泊位日均周转次数", "≥", "次", 3.5, 3.8, 4, "平台统计"],
            [None, "社会效益指标", "停车难投诉件数", "≤", "件", 300, 250, 200, "12345热线"],
            [
                None,
                "可持续影响指标",
                "平台运维保障",
                "",
                "",
                "持续运行",
                "持续运行",
                "持续运行",
                "运维合同",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "车主满意度",
                "≥",
                "%",
                pct(0.85),
                pct(0.88),
                pct(0.9),
                "线上评价",
            ],
        ],
        merged=(1, 2),
    )
    signature(s, "岑若木", "0797-8123560", "2025年11月25日")
    return b


@variant(
    "ly09-rolling-sections-source",
    (5, 8),
    "three-year project, OLD-NAT, rolling year columns under tier-1 heading rows, 数据来源 notes",
)
def ly09() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 28, 8, 10, 12, 12, 12, 24))
    project_head(
        s,
        year=2026,
        years=3,
        attr="延续项目",
        name="青苇县农村饮水安全巩固提升",
        dept="青苇县水务局（509）",
        unit="青苇县农村供水管理站",
        money=rolling_money(1500, (520, 500, 480)),
        goals=[
            "三年改造农村供水管网260公里，农村自来水普及率达到98%，水质达标率稳定。",
            "2026年改造管网90公里，新建规模化水厂1座。",
        ],
    )
    s.row("二级指标", "三级指标", "比较符", "计量单位", "2026年", "2027年", "2028年", "数据来源")
    sections(
        s,
        8,
        [
            (
                "产出指标",
                [
                    ["数量指标", "改造供水管网", "≥", "公里", 90, 90, 80, "工程计量"],
                    [None, "新建规模化水厂", "≥", "座", 1, 1, 1, "项目批复"],
                    [None, "更换智能水表", "≥", "只", 6000, 5000, 5000, "采购清单"],
                    [
                        "质量指标",
                        "出厂水水质达标率",
                        "=",
                        "%",
                        pct(1),
                        pct(1),
                        pct(1),
                        "县疾控中心检测",
                    ],
                    [None, "管网漏损率", "≤", "%", pct(0.12), pct(0.11), pct(0.1), "供水公司报表"],
                    ["时效指标", "停水抢修到场时间", "≤", "小时", 2, 2, 2, "抢修工单"],
                    [
                        "成本指标",
                        "管网改造单位成本",
                        "≤",
                        "万元/公里",
                        4.5,
                        4.5,
                        4.5,
                        "预算评审报告",
                    ],
                ],
            ),
            (
                "效益指标",
                [
                    [
                        "社会效益指标",
                        "农村自来水普及率",
                        "≥",
                        "%",
                        pct(0.96),
                        pct(0.97),
                        pct(0.98),
                        "水利统计年报",
                    ],
                    [None, "受益农村人口", "≥", "万人", 4.2, 3.8, 3.5, "乡镇人口统计"],
                    [
                        "可持续影响指标",
                        "工程运行管护机制",
                        "",
                        "",
                        "健全",
                        "健全",
                        "健全",
                        "管护办法",
                    ],
                ],
            ),
            (
                "满意度指标",
                [
                    [
                        "服务对象满意度指标",
                        "受益群众满意度",
                        "≥",
                        "%",
                        pct(0.9),
                        pct(0.9),
                        pct(0.92),
                        "入户问卷",
                    ],
                ],
            ),
        ],
    )
    return b


@variant(
    "ly10-rolling-year-slip",
    (8, 9),
    "three-year project, NAT-2021, rolling columns: a start a year early, a conflicting duplicate",
)
def ly10() -> Book:
    b = Book()
    s = b.sheet("三年滚动绩效目标", ROLL_W)
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="澜石县公共充电基础设施建设",
        dept="澜石县发展和改革局（301）",
        unit="澜石县能源服务中心",
        start=mk(
            day(2025, 1, 1),
            "Y101",
            "error",
            row=True,
            alt=("Y102",),
            note="a 2026—2028 project starting in 2025",
        ),
        money=rolling_money(1350, (450, 500, 400)),
        title="2026—2028年项目支出三年滚动绩效目标表",
        goals=[
            "三年建成公共充电桩600个，实现乡镇充电站全覆盖。",
            "2026年建成充电桩200个，覆盖8个乡镇。",
        ],
    )
    s.row(*ROLL)
    s.table(
        [
            ["产出指标", "数量指标", "新建公共充电桩", "≥", "个", 200, 220, 180, "建设台账"],
            [None, None, "覆盖乡镇", "≥", "个", 8, 4, 2, "乡镇名录"],
            [None, None, "新建集中充电站", "≥", "座", 4, 4, 3, "项目清单"],
            [
                None,
                "质量指标",
                "充电设施验收合格率",
                "≥",
                "%",
                pct(0.98),
                pct(0.98),
                pct(0.98),
                "验收报告",
            ],
            [None, None, "设备可用率", "≥", "%", pct(0.95), pct(0.95), pct(0.96), "监测平台"],
            [
                None,
                None,
                mk(
                    "新建公共充电桩",
                    "D102",
                    "error",
                    row=True,
                    alt=("D101", "D103"),
                    note="repeats row above with other targets",
                ),
                "≥",
                "个",
                150,
                200,
                250,
                "建设台账",
            ],
            [None, "时效指标", "年度建设完成时间", "≤", "月", 12, 12, 12, "年度计划"],
            ["成本指标", "经济成本指标", "单桩平均建设成本", "≤", "万元/个", 2, 2, 2, "概算"],
            [
                "效益指标",
                "经济效益指标",
                "年充电服务量",
                "≥",
                "万千瓦时",
                180,
                400,
                600,
                "运营数据",
            ],
            [None, "生态效益指标", "年减少碳排放", "≥", "吨", 1100, 2400, 3600, "测算报告"],
            [
                "满意度指标",
                "服务对象满意度指标",
                "充电用户满意度",
                "≥",
                "%",
                pct(0.9),
                pct(0.9),
                pct(0.9),
                "线上评价",
            ],
        ],
        merged=(1, 2),
    )
    return b

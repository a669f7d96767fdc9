"""me12 and me18: a municipal-facility inspection project with weights and a smart
city-management platform with 中期/年度 columns."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout125.common import footer, funds, table
from tests.variants.holdout125.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

W6 = (14, 14, 30, 18, 18, 16)


@variant(
    "me12-facility-inspection",
    (10, 12),
    "one-year inspection project, OLD-NAT, 计量单位 "
    "and 权重 columns: weights adding to 95, a rate in 座, a value unit against the column",
)
def me12() -> Book:
    b = Book()
    s = b.sheet("Sheet1", W6)
    project_head(
        s,
        year=2027,
        name="城市道路桥梁设施检测评估项目",
        dept="桐川市住房和城乡建设局 318001",
        unit="桐川市市政设施管理中心",
        attr="常年项目",
        money=[
            ("年度资金总额", money(860, WAN), "其中：财政拨款", money(860, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["完成86座城市桥梁定期检测和120公里城市道路技术状况检测，形成评估报告。"],
    )
    funds(s, (2027,), [("市级资金", (860,))])
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "权重"),
        [
            ("产出指标", "数量指标", "城市桥梁定期检测", "≥86", "座", 15),
            (
                None,
                None,
                "城市道路技术状况检测里程",
                mk("≥120公里", "T112", "error"),
                "万平方米",
                10,
            ),
            (None, None, "出具检测评估报告", "≥2", "份", 5),
            (
                None,
                "质量指标",
                "桥梁定期检测覆盖率",
                mk(86, "T105", "error", alt=("T112",), note="a rate in 座"),
                "座",
                15,
            ),
            (None, None, "检测报告一次通过评审率", "≥95", "%", 10),
            (None, "时效指标", "检测任务完成时间", "2027年10月31日前", None, 10),
            (None, "成本指标", "单座桥梁检测费用", "≤6.5", "万元/座", 10),
            ("效益指标", "社会效益指标", "设施安全隐患发现及时率", "≥95", "%", 10),
            ("满意度指标", "服务对象满意度指标", "设施管养单位满意度", "≥90", "%", 10),
        ],
    )
    b.file_mark("W101", "error", note="15+10+5+15+10+10+10+10+10 = 95")
    footer(s, "冯晓东", "2026年11月22日")
    return b


@variant(
    "me18-smart-platform",
    (8, 12),
    "two-year 智慧城管 platform, NAT-2021, 比较符 column, "
    "中期/年度: the 2027 column of the source block, an annual count above the period's, a "
    "satisfaction of 105%",
)
def me18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 28, 8, 16, 16, 12))
    project_head(
        s,
        year=2027,
        years=2,
        name="桐川市智慧城管平台二期建设项目",
        dept="桐川市城市管理局 322",
        unit="桐川市数字城管指挥中心",
        attr="新增项目",
        money=[
            ("中期资金总额", money(2600, WAN), "年度资金总额", money(1500, WAN)),
            ("其中：财政拨款", money(2600, WAN), "其中：财政拨款", money(1500, WAN)),
            ("其他资金", money(0, WAN), "其他资金", money(0, WAN)),
        ],
        goals=[
            "两年接入视频监控点位1200个，建成城市部件感知网络，案件结案率95%以上。",
            "2027年接入视频监控点位700个，完成平台升级和指挥大厅改造。",
        ],
    )
    funds(
        s,
        (2027, 2028),
        [("省级补助", (600, 400)), ("市级资金", (900, 700))],
        bad={
            (2, 0): mk(money(1600), "B101", "error", alt=("B102",), note="2027: 600 + 900 = 1500"),
            (2, 2): ok(
                money(2600),
                "error",
                note="correct total; a finding here may localise the 2027 slip",
            ),
        },
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位"),
        [
            (
                "产出指标",
                "数量指标",
                "接入视频监控点位",
                "≥",
                1200,
                ok(mk(1500, "D201", "error", note="annual 1500 > period 1200; the goal says 700")),
                "个",
            ),
            (None, None, "布设城市部件感知设备", "≥", 3000, 1800, "台"),
            (None, "质量指标", "城管案件结案率", "≥", pct(0.95), pct(0.95), "%"),
            (None, "时效指标", "平台升级上线时间", "≤", "2027年9月30日", "2027年9月30日", None),
            ("成本指标", "经济成本指标", "视频点位接入单价", "≤", 0.6, 0.6, "万元/个"),
            (
                "效益指标",
                "社会效益指标",
                "城市管理问题发现处置效率",
                None,
                "明显提升",
                "明显提升",
                None,
            ),
            (None, "可持续影响指标", "平台运维保障机制", None, "健全", "健全", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "市民对城市管理满意度",
                "≥",
                pct(0.9),
                mk(pct(1.05), "T106", "error"),
                "%",
            ),
        ],
    )
    footer(s, "彭卫", "2026年11月28日")
    return b

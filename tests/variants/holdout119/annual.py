"""Three-year projects whose 年度 value column comes before the 中期 column."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout119.common import (
    ANNUAL_FIRST,
    wan,
)
from tests.variants.holdout119.registry import variant
from tests.variants.kit import Book, mk


@variant(
    "ly03-annual-first-three-year",
    (8,),
    "three-year project, NAT-2021, 年度 column before 中期, operators in the values, unit column",
)
def ly03() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 14, 18, 10, 10, 24))
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="枫渡市中小河流综合治理（三期）",
        dept="枫渡市水利局（415）",
        unit="枫渡市河道管理所",
        money=[
            ("中期资金总额", wan(4500), "年度资金总额", wan(1600)),
            ("其中：财政拨款", wan(4200), "其中：财政拨款", wan(1500)),
            ("其他资金", wan(300), "其他资金", wan(100)),
        ],
        goals=[
            "三年治理中小河流岸线36公里，河道防洪标准达到20年一遇，水功能区水质达标率不低于90%。",
            "2026年治理岸线12公里，清淤疏浚30万立方米，工程验收合格率100%。",
        ],
    )
    s.row(*ANNUAL_FIRST)
    s.table(
        [
            ["产出指标", "数量指标", "治理河道岸线长度", "≥12", "≥36", "公里", "定量", "工程计量"],
            [None, None, "清淤疏浚土方量", "≥30", "≥85", "万立方米", "定量", "监理月报"],
            [None, None, "新建生态护岸", "≥4", "≥10", "公里", "定量", "工程计量"],
            [None, "质量指标", "工程验收合格率", "=100%", "=100%", "%", "定量", "竣工验收报告"],
            [None, "时效指标", "年度工程完工时间", "≤12", "≤12", "月", "定量", "施工进度计划"],
            [
                "成本指标",
                "经济成本指标",
                "岸线治理单位成本",
                "≤120",
                "≤120",
                "万元/公里",
                "定量",
                "概算批复",
            ],
            [
                "效益指标",
                "社会效益指标",
                "治理段防洪标准",
                "≥20",
                "≥20",
                "年一遇",
                "定量",
                "设计文件",
            ],
            [None, None, "受益人口", "≥3.5", "≥9", "万人", "定量", "乡镇统计"],
            [
                None,
                "生态效益指标",
                "水功能区水质达标率",
                "≥85%",
                "≥90%",
                "%",
                "定量",
                "水质监测报告",
            ],
            [
                None,
                "可持续影响指标",
                "河道管护长效机制",
                "建立",
                "健全",
                None,
                "定性",
                "河长制办公室",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "沿河群众满意度",
                "≥90%",
                "≥90%",
                "%",
                "定量",
                "入户问卷",
            ],
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("说明：年度指标值为2026年当年目标，中期指标值为三年累计目标。")
    return b


@variant(
    "ly04-annual-first-swapped",
    (8,),
    "three-year project, OLD-NAT, 年度 first: an annual count above the period's, a rate > 100%",
)
def ly04() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 28, 14, 18, 10, 10, 24))
    project_head(
        s,
        year=2026,
        years=3,
        attr="新增项目",
        name="青苇县义务教育薄弱学校改造",
        dept="青苇县教育局（503）",
        unit="青苇县教育技术装备站",
        money=[
            ("中期资金总额", wan(3600), "年度资金总额", wan(1300)),
            ("其中：财政拨款", wan(3600), "其中：财政拨款", wan(1300)),
            ("其他资金", wan(0), "其他资金", wan(0)),
        ],
        goals=[
            "三年改造薄弱学校校舍4.8万平方米，配齐功能教室设备，办学条件全面达标。",
            "2026年改造校舍1.6万平方米，更新教学设备1500台（套）。",
        ],
    )
    s.row(*ANNUAL_FIRST)
    s.table(
        [
            [
                "产出指标",
                "数量指标",
                "改造校舍面积",
                "≥1.6",
                "≥4.8",
                "万平方米",
                "定量",
                "竣工结算",
            ],
            [
                None,
                None,
                "更新教学设备",
                mk("≥1500", "D201", "error", row=True, note="annual 1500 above the period's 1200"),
                "≥1200",
                "台（套）",
                "定量",
                "采购合同",
            ],
            [None, None, "改造学校数", "≥5", "≥14", "所", "定量", "项目清单"],
            [
                None,
                "质量指标",
                "工程验收合格率",
                mk("≥105%", "T106", "error", row=True, note="a 合格率 cannot exceed 100%"),
                "=100%",
                "%",
                "定量",
                "竣工验收",
            ],
            [None, None, "设备安装调试合格率", "≥98%", "≥98%", "%", "定量", "验收单"],
            [None, "时效指标", "年度改造任务完成时间", "≤8", "≤8", "月", "定量", "暑期施工安排"],
            [None, "成本指标", "校舍改造单位造价", "≤700", "≤700", "元/平方米", "定量", "预算评审"],
            [
                "效益指标",
                "社会效益指标",
                "受益学生人数",
                "≥6000",
                "≥15000",
                "人",
                "定量",
                "学籍系统",
            ],
            [
                None,
                "可持续影响指标",
                "校舍安全保障",
                "持续提升",
                "持续提升",
                None,
                "定性",
                "安全检查",
            ],
            [
                "满意度指标",
                "服务对象满意度指标",
                "师生及家长满意度",
                "≥90%",
                "≥90%",
                "%",
                "定量",
                "问卷调查",
            ],
        ],
        merged=(1, 2),
    )
    return b

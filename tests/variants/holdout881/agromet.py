"""Agricultural meteorological services (农业气象服务): points, stacked projects, tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout881.common import YEAR, book, funds, indicators, wan
from tests.variants.holdout881.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct

VALUE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "khg07-agro-points-labels",
    (5, 10),
    "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）), an indicator "
    "score column adding to each tier, a 合计 row, a coverage rate raised in 百分点 (correct)",
)
def khg07() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="砚口县农业气象监测预报服务",
        dept="砚口县气象局（217031）",
        unit="砚口县农业气象服务站",
        money=funds(32, 28, 4),
        goals=(
            "围绕春播、三夏、秋收等关键农时发布农业气象周报和专题服务材料，"
            "开展农业气象灾害调查，提升气象为农服务覆盖面。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")
    rows = [
        ("一、产出指标（40分）", "（一）数量指标", "1.发布农业气象周报", "≥52期", 10, None),
        (None, None, "2.开展农业气象灾害调查", "≥12次", 10, None),
        (None, "（二）质量指标", "3.农业气象产品质量考核合格率", "≥95%", 10, "省级考核"),
        (None, "（三）时效指标", "4.关键农时专题服务发布及时率", "≥95%", 10, None),
        (
            "二、成本指标（20分）",
            "（一）经济成本指标",
            "5.单期农业气象周报制作成本",
            "≤0.3万元/期",
            10,
            None,
        ),
        (None, None, "6.单次灾害调查成本", "≤0.8万元/次", 10, None),
        (
            "三、效益指标（30分）",
            "（一）社会效益指标",
            "7.农业气象服务信息进村入户覆盖率较上年提高",
            "≥3百分点",
            10,
            "上年为82%",
        ),
        (None, None, "8.关键农时服务覆盖新型农业经营主体", "≥200家", 10, None),
        (None, "（二）可持续影响指标", "9.农业气象服务业务规范", "健全", 10, None),
        (
            "四、满意度指标（10分）",
            "（一）服务对象满意度指标",
            "10.新型农业经营主体满意度",
            "≥90%",
            10,
            None,
        ),
    ]
    indicators(s, head, rows)
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    return b


@variant(
    "khg08-greenhouse-points-wrong",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator score column: two tiers whose "
    "indicator scores do not add up to the tier score (totals 100 both ways)",
)
def khg08() -> Book:
    b, s = book("绩效目标", (14, 8, 18, 30, 14, 10))
    project_head(
        s,
        year=YEAR,
        name="鹤埠县设施农业小气候监测服务",
        dept="鹤埠县气象局（305012）",
        unit="鹤埠县气象服务中心",
        money=funds(28, 25, 3),
        goals=("维护20台设施大棚小气候监测仪，发布低温寡照和高温高湿预警。",),
    )
    over = "产出 declared 40, its indicator scores add to 45"
    under = "效益 declared 30, its indicator scores add to 25"
    head = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    rows = [
        (
            "产出指标",
            mk(40, "W103", "error", note=over),
            "数量指标",
            "维护小气候监测仪",
            "≥20台",
            15,
        ),
        (None, None, None, "发布设施农业气象预警", "≥24期", 10),
        (None, None, "质量指标", "监测数据有效率", "≥95%", 10),
        (None, None, "时效指标", "预警信息发布及时率", "≥95%", 10),
        ("成本指标", 20, "经济成本指标", "单台监测仪年维护成本", "≤0.5万元/台", 20),
        (
            "效益指标",
            mk(30, "W103", "error", note=under),
            "社会效益指标",
            "设施种植户预警信息接收率",
            "≥90%",
            15,
        ),
        (None, None, "可持续影响指标", "小气候监测服务机制", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "设施种植户满意度", "≥90%", 10),
    ]
    indicators(s, head, rows, merged=(1, 2, 3))
    return b


def _stacked(s: Sheet, rows: list[tuple[object, ...]]) -> None:
    s.row(*VALUE_HEAD)
    s.table(rows, merged=(1, 2))
    s.skip()


def _hail(s: Sheet) -> None:
    """The third stacked project of khg09."""
    project_head(
        s,
        year=YEAR,
        name="人工影响天气防雹作业",
        dept="栎川市气象局（118004）",
        unit="栎川市人工影响天气办公室",
        money=funds(54, 50, 4),
        attr="常年项目",
        title="",
        goals=("保障9个固定防雹作业点全年安全作业，减轻冰雹对经济作物的危害。",),
    )
    _stacked(
        s,
        [
            ("产出指标", "数量指标", "保障固定防雹作业点", "≥9个"),
            (None, "质量指标", "作业安全事故", "0起"),
            (None, "时效指标", "作业指令响应时间", "≤15分钟"),
            (None, "成本指标", "单点年作业保障费", "≤5.5万元/点"),
            ("效益指标", "经济效益指标", "防雹保护区农作物受灾面积下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )


@variant(
    "khg09-agro-stacked-three",
    (2,),
    "three projects stacked in one sheet, OLD-NAT, one value column, the same satisfaction "
    "indicator with different values, an incident count of 0起, a 下降率 with ≥ (correct)",
)
def khg09() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="设施农业小气候监测站建设",
        dept="栎川市气象局（118004）",
        unit="栎川市农业气象中心",
        money=funds(38, 38, 0),
        attr="一次性项目",
        title=f"{YEAR}年度项目支出绩效目标表（农业气象类）",
        goals=("在设施农业园区新建12个小气候观测站，11月底前投入运行。",),
    )
    _stacked(
        s,
        [
            ("产出指标", "数量指标", "新建小气候观测站", "≥12个"),
            (None, "质量指标", "观测数据有效率", "≥95%"),
            (None, "时效指标", "观测站建成投运时间", "2026年11月30日前"),
            (None, "成本指标", "单站建设成本", "≤3万元/站"),
            ("效益指标", "社会效益指标", "设施种植户预警信息接收率", "≥90%"),
            (None, "可持续影响指标", "观测站运行年限", "≥5年"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
        ],
    )
    project_head(
        s,
        year=YEAR,
        name="农业干旱监测与墒情服务",
        dept="栎川市气象局（118004）",
        unit="栎川市农业气象中心",
        money=funds(26.4, 20, 6.4),
        attr="常年项目",
        title="",
        goals=("维护18个土壤水分自动站，全年发布墒情简报36期。",),
    )
    _stacked(
        s,
        [
            ("产出指标", "数量指标", "维护土壤水分自动站", "≥18个"),
            (None, None, "发布土壤墒情简报", "≥36期"),
            (None, "时效指标", "墒情简报发布及时率", "≥95%"),
            (None, "成本指标", "单站年维护成本", "≤1.2万元/站"),
            ("效益指标", "社会效益指标", "抗旱决策服务材料采用率", "≥80%"),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
        ],
    )
    _hail(s)
    return b


@variant(
    "khg10-agro-stacked-wrong",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: the second project's total is not "
    "the sum of its parts and one of its rates is given as a count",
)
def khg10() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="特色林果花期气象服务",
        dept="蒲湾区气象局（402117）",
        unit="蒲湾区气象服务中心",
        money=funds(18, 15, 3),
        attr="常年项目",
        goals=("在林果花期发布霜冻和花期天气专题预报，服务果农合作社。",),
    )
    _stacked(
        s,
        [
            ("产出指标", "数量指标", "发布花期天气专题预报", "≥20期"),
            (None, "质量指标", "霜冻预报准确率", "≥85%"),
            (None, "时效指标", "霜冻预警提前时间", "≥12小时"),
            (None, "成本指标", "单期专题预报制作成本", "≤0.5万元/期"),
            ("效益指标", "社会效益指标", "果农合作社预报信息接收率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "果农满意度", "≥90%"),
        ],
    )
    total = mk(wan(45), "B101", "error", row=True, note="45 ≠ 财政拨款 30 + 其他资金 10")
    project_head(
        s,
        year=YEAR,
        name="粮食作物产量气象预报服务",
        dept="蒲湾区气象局（402117）",
        unit="蒲湾区气象服务中心",
        money=funds(total, 30, 10),
        attr="常年项目",
        title="",
        goals=("发布夏粮、秋粮产量气象预报，开展作物长势遥感监测。",),
    )
    _stacked(
        s,
        [
            ("产出指标", "数量指标", "发布粮食产量气象预报", "≥6期"),
            (None, None, "作物长势遥感监测", "≥10次"),
            (None, "质量指标", "产量预报准确率", "≥90%"),
            (None, "时效指标", "产量预报发布及时率", "≥95%"),
            (None, "成本指标", "单次遥感监测成本", "≤1.5万元/次"),
            (
                "效益指标",
                "社会效益指标",
                "农业产量气象服务覆盖率",
                mk("24个", "T105", "error", note="a 覆盖率 given as a count of 24 个"),
            ),
            ("满意度指标", "服务对象满意度指标", "农业部门满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "khg11-agro-transfer-labels",
    (5,),
    "transfer-payment project, OLD-NAT, required marks (*) and numbering on tier-1, abbreviated "
    "tier-2 (数量, 质量), ★ core indicators, 中央补助 + 地方资金, unit cost × count equal to "
    "the money, a 下降率 with ≥ (correct)",
)
def khg11() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="农业气象服务能力提升补助资金",
        dept="岑桥市气象局（226010）",
        unit="岑桥市所辖6县气象局",
        money=funds(120, 90, 30, fiscal_label="其中：中央补助", other_label="地方资金"),
        attr="延续项目",
        title=f"{YEAR}年度农业气象服务补助资金区域绩效目标表",
        goals=(
            "支持6个县级农业气象服务站运行，发布农业气象灾害预警，"
            "减轻冰雹、霜冻等灾害对农业生产的损失。",
        ),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    rows = [
        ("*一、产出指标", "（一）数量", "★补助县级农业气象服务站", "≥6", "个", "核心指标"),
        (None, None, "★发布农业气象灾害预警", "≥120", "期", "核心指标"),
        (None, "（二）质量", "农业气象灾害预警准确率", "≥85%", None, None),
        (None, "（三）时效", "补助资金下达时限", "≤30", "日", "收到资金后"),
        (None, "（四）成本", "单站运行补助标准", "≤20", "万元/个", None),
        ("*二、效益指标", "（一）经济效益", "冰雹霜冻灾害农业损失下降率", "≥5%", None, "较上年"),
        (None, "（二）社会效益", "农业气象灾害预警信息覆盖行政村比例", "≥95%", None, None),
        (None, "（三）可持续影响", "县级农业气象服务站运行机制", "健全", None, None),
        ("*三、满意度指标", "（一）服务对象满意度", "农业经营主体满意度", "≥90%", None, None),
    ]
    indicators(s, head, rows)
    return b


@variant(
    "khg12-agro-wrong-parent",
    (5, 11),
    "project, NAT-2021, numbered tier labels, operators in words in their own column: a "
    "tier-2 (质量指标) under 效益指标, a 正向 count with 小于等于",
)
def khg12() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="春播春管农业气象保障服务",
        dept="鹤埠县气象局（305012）",
        unit="鹤埠县农业气象服务站",
        money=funds(15, 15, 0),
        attr="常年项目",
        goals=("在春播春管期间开展专题气象服务和田间土壤温湿度观测。",),
    )
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
    rows = [
        (
            "一、产出指标",
            "1.数量指标",
            "发布春播春管专题气象服务材料",
            mk("小于等于", "T108", "warning", row=True, note="a 正向 output count capped with ≤"),
            12,
            "期",
        ),
        (None, None, "开展田间土壤温湿度观测", "大于等于", 40, "次"),
        (None, "2.时效指标", "专题服务材料发布及时率", "大于等于", pct(0.95), "%"),
        ("二、成本指标", "1.经济成本指标", "单期专题服务材料制作成本", "小于等于", 0.4, "万元/期"),
        (
            "三、效益指标",
            "1.社会效益指标",
            "春播关键期气象服务覆盖乡镇比例",
            "大于等于",
            pct(0.9),
            "%",
        ),
        (
            None,
            mk("2.质量指标", "F105", "error", note="质量指标 belongs under 产出指标, not 效益指标"),
            "田间观测数据有效率",
            "大于等于",
            pct(0.95),
            "%",
        ),
        (None, "3.可持续影响指标", "春季农业气象服务工作机制", "等于", "健全", None),
        ("四、满意度指标", "1.服务对象满意度指标", "种植户满意度", "大于等于", pct(0.9), "%"),
    ]
    indicators(s, head, rows)
    return b

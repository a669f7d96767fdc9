"""Layouts of commerce and industry projects: tier labels with numbers and points and a header
repeated after a page break (商务局), separate 指标性质, 指标方向, 比较符 and 计量单位 columns with
qualitative values (工信局)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout29.common import header, indicators, signature
from tests.variants.holdout29.registry import variant
from tests.variants.kit import Book, day, money, pct


@variant(
    "im16-pagebreak-ok",
    (4, 5, 10),
    "project, NAT-2021, tier labels with numbers and "
    "points, an indicator score column, the header repeated after a page break",
)
def im16() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        name="县域商业体系建设项目",
        dept="临澜县商务局",
        unit="临澜县商务局",
        money=[
            ("年度资金总额", money(950)),
            ("其中：财政拨款", money(800), "其他资金", money(150)),
        ],
        goals=["改造乡镇商贸中心6个，建设村级便民商店60个，完善县乡村三级物流配送。"],
    )
    cols = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
    header(s, *cols)
    indicators(
        s,
        [
            ("一、成本指标（10分）", "经济成本指标", "单个乡镇商贸中心改造补助", "≤80万元", 10),
            ("二、产出指标（50分）", "（一）数量指标", "改造乡镇商贸中心", "≥6个", 10),
            (None, None, "建设村级便民商店", "≥60个", 10),
            (None, None, "新增冷链仓储库容", "≥2000立方米", 10),
            (None, "（二）质量指标", "改造项目验收合格率", "100%", 10),
            (None, "（三）时效指标", "项目完工时间", "2026年11月30日前", 10),
        ],
    )
    s.skip()
    s.row("（续表）")
    header(s, *cols)
    indicators(
        s,
        [
            ("三、效益指标（30分）", "（一）经济效益指标", "农村网络零售额增长率", "≥10%", 10),
            (None, None, "县域社会消费品零售总额增幅", "≥6%", 10),
            (None, "（二）社会效益指标", "村级快递服务覆盖率", "≥95%", 10),
            ("四、满意度指标（10分）", "服务对象满意度指标", "农村居民满意度", "≥90%", 10),
        ],
    )
    s.row("合计", None, None, None, 100)
    s.row("填报说明：分值合计100分，一级指标分值已在括号中注明。", merge=[(1, 5)])
    return b


@variant(
    "im17-qualitative-ok",
    (1, 11),
    "project, OLD-NAT, separate 指标性质 (定量/定性), 指标方向 "
    "(正向/反向), 比较符 and 计量单位 columns, qualitative values and a 下降率 as 正向",
)
def im17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 28, 10, 10, 8, 12, 10))
    project_head(
        s,
        year=2025,
        name="工业园区节能与安全生产监察",
        dept="云埠市工业和信息化局",
        unit="云埠市节能监察中心",
        money=[("年度资金总额", money(180)), ("其中：财政拨款", money(180), "其他资金", money(0))],
        goals=["对80家重点用能企业开展节能监察，园区单位工业增加值能耗下降3%以上。"],
    )
    header(
        s,
        "一级指标",
        "二级指标",
        "三级指标",
        "指标性质",
        "指标方向",
        "比较符",
        "指标值",
        "计量单位",
    )
    indicators(
        s,
        [
            ("产出指标", "数量指标", "节能监察企业数", "定量", "正向", "≥", 80, "家"),
            (None, None, "安全生产培训", "定量", "正向", "≥", 12, "期"),
            (None, "质量指标", "监察问题整改完成率", "定量", "正向", "≥", pct(0.95), "%"),
            (None, None, "园区企业安全生产标准化", "定性", "正向", None, "达标", None),
            (None, "时效指标", "监察报告出具时限", "定量", "反向", "≤", 15, "个工作日"),
            (None, "成本指标", "单家企业监察费用", "定量", "反向", "≤", 1.8, "万元"),
            (
                "效益指标",
                "经济效益指标",
                "园区单位工业增加值能耗下降率",
                "定量",
                "正向",
                "≥",
                pct(0.03),
                "%",
            ),
            (
                None,
                "社会效益指标",
                "园区安全生产事故发生率",
                "定量",
                "反向",
                "≤",
                pct(0.005, "0.0%"),
                "%",
            ),
            (None, None, "企业安全生产意识", "定性", "正向", None, "有效提升", None),
            (None, "生态效益指标", "园区生态环境质量", "定性", "正向", None, "逐步改善", None),
            (None, "可持续影响指标", "园区管理服务水平", "定性", "正向", None, "良好", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "监察企业满意度",
                "定量",
                "正向",
                "≥",
                pct(0.9),
                "%",
            ),
        ],
    )
    s.row("注：定性指标不填比较符和计量单位。")
    signature(s, day(2024, 10, 15))
    return b

"""Three-year projects with 中期 and 年度 values (nt03, nt04)."""

from __future__ import annotations

from tests.variants.holdout166.common import Book, project_head, sign, table, wan
from tests.variants.holdout166.registry import variant
from tests.variants.kit import mk


def three_year(mid: tuple[float, float, float], year: tuple[float, float, float]) -> list[tuple]:
    return [
        ("中期资金总额", wan(mid[0]), "年度资金总额", wan(year[0])),
        ("其中：财政拨款", wan(mid[1]), "其中：财政拨款", wan(year[1])),
        ("其他资金", wan(mid[2]), "其他资金", wan(year[2])),
    ]


@variant(
    "nt03-period-count-copied",
    (8,),
    "three-year project 2026–2028, NAT-2021, 中期 and "
    "年度 columns: a channel length copied from 中期 into 年度; rates equal legitimately",
)
def nt03() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s,
        year=2026,
        years=3,
        name="高标准农田建设项目",
        dept="临溪县农业农村局（204）",
        unit="临溪县农田建设管理站",
        money=three_year((3000, 2700, 300), (1000, 900, 100)),
        goals=[
            "2026年—2028年新建高标准农田30000亩，配套灌排渠道，项目区粮食综合生产能力明显提高。",
            "2026年新建高标准农田10000亩，工程验收合格率不低于95%。",
        ],
    )
    table(
        s,
        ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"),
        [
            (
                "产出指标",
                "数量指标",
                [
                    ("新建高标准农田面积", "≥30000亩", "≥10000亩"),
                    (
                        "新建灌排渠道长度",
                        "≥45公里",
                        mk(
                            "≥45公里",
                            "D202",
                            "warning",
                            note="a cumulative length copied from 中期",
                        ),
                    ),
                ],
            ),
            ("产出指标", "质量指标", [("工程验收合格率", "≥95%", "≥95%")]),
            (
                "产出指标",
                "时效指标",
                [("建设任务完成时间", "2028年12月31日前", "2026年12月31日前")],
            ),
            ("成本指标", "经济成本指标", [("亩均建设投入", "≤1000元/亩", "≤1000元/亩")]),
            ("效益指标", "经济效益指标", [("项目区粮食亩产增长率", "≥10%", "≥5%")]),
            ("效益指标", "可持续影响指标", [("工程设计使用年限", "≥15年", "≥15年")]),
            ("满意度指标", "服务对象满意度指标", [("项目区农户满意度", "≥90%", "≥90%")]),
        ],
    )
    sign(s, "甘志明", "0771-5813064")
    return b


@variant(
    "nt04-two-column-sets",
    (8,),
    "three-year project 2026–2028, NAT-2021, two complete "
    "column sets (二级/三级/指标值 for 中期, then for 年度), counts growing, rates equal",
)
def nt04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 14, 24, 16, 14, 24, 16))
    project_head(
        s,
        year=2026,
        years=3,
        name="智慧社区信息平台建设项目",
        dept="白沙河区政务服务和大数据管理局（320）",
        unit="白沙河区大数据中心",
        money=three_year((600, 600, 0), (200, 200, 0)),
        goals=[
            "2026年—2028年建成覆盖全区60个社区的智慧社区信息平台，社区事项线上办理率达到60%以上。",
            "2026年完成平台主体建设，接入20个社区，社区事项线上办理率达到40%以上。",
        ],
    )
    s.row("绩效指标", merge=[(1, 7)])
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "二级指标", "三级指标", "年度指标值")
    rows = [
        ("产出指标", "数量指标", "接入社区数量", "≥60个", "数量指标", "接入社区数量", "≥20个"),
        (None, None, "平台功能模块数量", "≥12个", None, "平台功能模块数量", "≥6个"),
        (None, "质量指标", "平台系统可用率", "≥99%", "质量指标", "平台系统可用率", "≥99%"),
        (
            None,
            "时效指标",
            "建设任务完成时间",
            "2028年12月31日前",
            "时效指标",
            "建设任务完成时间",
            "2026年12月31日前",
        ),
        (
            "成本指标",
            "经济成本指标",
            "单个社区接入成本",
            "≤5万元/个",
            "经济成本指标",
            "单个社区接入成本",
            "≤5万元/个",
        ),
        (
            "效益指标",
            "社会效益指标",
            "社区事项线上办理率",
            "≥60%",
            "社会效益指标",
            "社区事项线上办理率",
            "≥40%",
        ),
        (
            None,
            "可持续影响指标",
            "平台运维保障年限",
            "≥5年",
            "可持续影响指标",
            "平台运维保障年限",
            "≥5年",
        ),
        (
            "满意度指标",
            "服务对象满意度指标",
            "社区居民满意度",
            "≥90%",
            "服务对象满意度指标",
            "社区居民满意度",
            "≥90%",
        ),
    ]
    s.table(rows, merged=(1, 2, 5))
    sign(s, "梁慧敏", "0775-3327015")
    return b

"""Two projects stacked in one sheet (nt08, nt18)."""

from __future__ import annotations

from tests.variants.holdout166.common import Book, project_head, sign, table, wan
from tests.variants.holdout166.registry import variant
from tests.variants.kit import mk

H4 = ("一级指标", "二级指标", "三级指标", "指标值")


def money(total: float, fiscal: float, other: float) -> list[tuple]:
    return [
        ("资金总额", wan(total), "其中：财政拨款", wan(fiscal)),
        ("其他资金", wan(other), None, None),
    ]


@variant(
    "nt08-stacked-within-money",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "standards × counts within each project's money, the same 满意度 name in both",
)
def nt08() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2026年度项目支出绩效目标申报表", 6)
    project_head(
        s,
        year=2026,
        title="",
        name="农村义务教育学生营养改善项目",
        dept="青岚市教育局（409）",
        unit="青岚市学生资助管理中心",
        money=money(100, 100, 0),
        goals=["为800名农村义务教育学生提供营养膳食补助，保障学生营养健康。"],
    )
    table(
        s,
        H4,
        [
            ("产出指标", "数量指标", [("受助学生人数", "≥800人")]),
            ("产出指标", "质量指标", [("膳食营养达标率", "≥95%")]),
            ("产出指标", "时效指标", [("补助资金拨付时限", "≤30日")]),
            ("产出指标", "成本指标", [("生均营养膳食补助标准", "≤1000元/人")]),
            ("效益指标", "社会效益指标", [("受助学生营养不良发生率", "≤5%")]),
            ("满意度指标", "服务对象满意度指标", [("受益对象满意度", "≥90%")]),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="乡村教师能力提升培训项目",
        dept="青岚市教育局（409）",
        unit="青岚市教师发展中心",
        money=money(60, 50, 10),
        goals=["培训乡村教师300人，培训考核合格率不低于95%。"],
    )
    table(
        s,
        H4,
        [
            ("产出指标", "数量指标", [("培训乡村教师人数", "≥300人")]),
            ("产出指标", "质量指标", [("培训考核合格率", "≥95%")]),
            ("产出指标", "时效指标", [("培训完成时间", "2026年12月31日前")]),
            ("产出指标", "成本指标", [("人均培训费用", "≤2000元/人")]),
            ("效益指标", "可持续影响指标", [("参训教师教学能力提升率", "≥80%")]),
            ("满意度指标", "服务对象满意度指标", [("受益对象满意度", "≥90%")]),
        ],
    )
    sign(s, "周晓婷", "0771-5815033")
    return b


@variant(
    "nt18-stacked-two-slips",
    (1, 2, 11),
    "two projects stacked, OLD-NAT, one value column: "
    "the first correct (培训500人次 │ ≥500人次); the second 体检12000人次 │ ≥10000人次 and a "
    "及时率 given as 0.95 with no unit",
)
def nt18() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    s.title("2026年度项目支出绩效目标申报表", 6)
    project_head(
        s,
        year=2026,
        title="",
        name="社区居家养老护理员培训项目",
        dept="白沙河区卫生健康局（318）",
        unit="白沙河区老年健康服务中心",
        money=money(50, 50, 0),
        goals=["培训居家养老护理员500人次，提升居家养老护理服务水平。"],
    )
    table(
        s,
        H4,
        [
            ("产出指标", "数量指标", [("培训护理员500人次", "≥500人次")]),
            ("产出指标", "质量指标", [("培训考核合格率", "≥90%")]),
            ("产出指标", "时效指标", [("培训完成时间", "2026年11月30日前")]),
            ("产出指标", "成本指标", [("人均培训成本", "≤800元/人次")]),
            ("效益指标", "社会效益指标", [("参训护理员持证上岗率", "≥80%")]),
            ("满意度指标", "服务对象满意度指标", [("参训人员满意度", "≥90%")]),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2026,
        title="",
        name="城乡居民健康体检项目",
        dept="白沙河区卫生健康局（318）",
        unit="白沙河区疾病预防控制中心",
        money=money(150, 150, 0),
        goals=["为辖区65岁以上老年人等重点人群提供免费健康体检，早发现早干预慢性病。"],
    )
    table(
        s,
        H4,
        [
            (
                "产出指标",
                "数量指标",
                [
                    (
                        "开展健康体检12000人次",
                        mk(
                            "≥10000人次",
                            "T110",
                            "warning",
                            row=True,
                            note="12000 in the name, 10000 in the value",
                        ),
                    )
                ],
            ),
            (
                "产出指标",
                "质量指标",
                [
                    (
                        "体检报告反馈及时率",
                        mk(0.95, "T105", "error", alt=("T104",), note="0.95 with no unit anywhere"),
                    )
                ],
            ),
            ("产出指标", "时效指标", [("体检工作完成时间", "2026年11月30日前")]),
            ("产出指标", "成本指标", [("人均体检费用", "≤100元/人次")]),
            ("效益指标", "社会效益指标", [("慢性病早期发现率", "≥60%")]),
            ("满意度指标", "服务对象满意度指标", [("体检群众满意度", "≥90%")]),
        ],
    )
    sign(s, "蒙丽华", "0775-3328046")
    return b

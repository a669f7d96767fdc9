"""Two projects stacked in one sheet, each with its own head and indicator table (oo17, oo18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout187.common import footer, header, one_year
from tests.variants.holdout187.registry import variant
from tests.variants.kit import Book, mk

PROJ = (16, 18, 30, 18, 18, 16)


@variant(
    "oo17-sanitation-stacked-correct",
    (2,),
    "two one-year projects stacked, NAT-2021, operators inside the values; the same 群众满意度 "
    "in both, =0 起, 下降率 ≥20% and ≥10%",
)
def oo17() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", PROJ)
    project_head(
        s,
        year=2026,
        name="城区公厕提升改造",
        dept="青岚市城市管理局（408020）",
        unit="青岚市环境卫生管理处",
        money=one_year(150, 120, 30),
        attr="一次性项目",
        goals=("完成城区公厕提升改造30座，改造工程验收合格率100%，2026年9月底前完工。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "公厕提升改造座数", "≥30座"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造工程完工时间", "2026年9月30日前"),
            ("成本指标", "经济成本指标", "每座公厕改造成本", "≤4.5万元/座"),
            ("效益指标", "社会效益指标", "公厕环境卫生投诉下降率", "≥20%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="生活垃圾分类投放点建设",
        dept="青岚市城市管理局（408020）",
        unit="青岚市生活垃圾分类指导中心",
        money=one_year(210, 180, 30),
        attr="新增项目",
        title="",
        goals=(
            "建设生活垃圾分类投放点120个，培训分类督导员500人次，生活垃圾回收利用率达到35%以上。",
        ),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "垃圾分类投放点建设数量", "≥120个"),
            (None, None, "分类督导员培训人次", "≥500人次"),
            (None, "质量指标", "投放点设施验收合格率", "=100%"),
            (None, "时效指标", "投放点建成时间", "2026年6月30日前"),
            ("成本指标", "经济成本指标", "每个投放点建设成本", "≤1.2万元/个"),
            ("效益指标", "社会效益指标", "分类作业安全事故发生数", "=0起"),
            (None, "生态效益指标", "生活垃圾回收利用率", "≥35%"),
            (None, None, "生活垃圾填埋量下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="许文静", tel="0571-8875320")
    return b


@variant(
    "oo18-first-aid-walkway-stacked",
    (2, 12),
    "two one-year projects stacked, OLD-NAT, operators inside the values; the first with a "
    "完成率 written ≥100人, the second with 每公里 22 万元 × 18 公里 = 396 above its "
    "320",
)
def oo18() -> Book:
    b = Book()
    s = b.sheet("Sheet1", PROJ)
    project_head(
        s,
        year=2026,
        name="公众应急救护技能普及培训",
        dept="溪川县红十字会（312030）",
        unit="溪川县红十字会",
        money=one_year(80, 70, 10),
        attr="常年项目",
        goals=("全年开展应急救护持证培训2000人，培训考核通过率90%以上。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "应急救护持证培训人数", "≥2000人"),
            (None, None, "培训计划完成率", mk("≥100人", "T105", "error")),
            (None, "质量指标", "培训考核通过率", "≥90%"),
            (None, "时效指标", "年度培训完成时间", "2026年11月30日前"),
            (None, "成本指标", "人均培训成本", "≤300元/人"),
            ("效益指标", "社会效益指标", "公众应急救护知识知晓率", "≥60%"),
            ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    project_head(
        s,
        year=2026,
        name="县城慢行道路改造",
        dept="溪川县住房和城乡建设局（312008）",
        unit="溪川县市政工程建设中心",
        money=one_year(320, 280, 40),
        attr="新增项目",
        title="",
        goals=("改造县城慢行道路18公里，工程验收合格率100%，2026年11月底前完工。",),
    )
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "慢行道路改造长度", "≥18公里"),
            (None, "质量指标", "改造工程验收合格率", "=100%"),
            (None, "时效指标", "改造工程完工时间", "2026年11月30日前"),
            (
                None,
                "成本指标",
                "每公里慢行道路改造成本",
                mk("≤22万元/公里", "B107", "warning", row=True, note="22 × 18 = 396 > 320"),
            ),
            ("效益指标", "社会效益指标", "慢行交通事故下降率", "≥10%"),
            ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    footer(s, who="林佳琪", tel="0571-6613842")
    return b

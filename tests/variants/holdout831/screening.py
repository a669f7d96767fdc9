"""Community mental health screening returns (社区心理健康筛查), kfi13–kfi18."""

from __future__ import annotations

from typing import Any

from tests.variants.heads import department_head, project_head
from tests.variants.holdout831.common import (
    TIERS,
    book,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    w,
)
from tests.variants.holdout831.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, ok, pct

DEPT = "苇塘区卫生健康局（521）"
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


def _screening_department(s: Sheet, goal: Any, tasks_total: Any = None) -> None:
    department_head(
        s,
        year=2026,
        dept="苇塘区社区心理健康服务中心",
        budget=[(w(520), w(480), w(40), w(380), w(140))],
        tasks=[
            ("社区心理健康筛查", "对辖区居民开展心理健康问卷筛查", w(60), "筛查结果建档"),
            ("阳性人员随访转介", "对筛查阳性人员随访并转介专科", w(45), "阳性人员全部随访"),
            ("社区心理服务站运行", "保障12个社区心理服务站运行", w(35), "服务站正常开放"),
            ("金额合计", None, tasks_total or w(140), None),
        ],
        goal=goal,
    )


@variant(
    "kfi13-screening-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), typed "
    "percent cells, weights adding to 100 (correct)",
)
def screening_flat() -> Book:
    b, s = book()
    _screening_department(
        s, "全年筛查居民不少于30000人，阳性人员随访率达到95%以上，12个社区心理服务站正常运行。"
    )
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    for line in [
        ("社区居民心理健康筛查人数", 25, "人", "≥", 30000),
        ("筛查阳性人员随访率", 20, "%", "≥", pct(0.95)),
        ("社区心理服务站开放数", 15, "个", "≥", 12),
        ("阳性人员转介时限", 10, "个工作日", "≤", 5),
        ("人均筛查成本", 10, "元/人", "≤", 20),
        ("居民心理健康知识知晓率", 10, "%", "≥", pct(0.8)),
        ("受检居民满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*line)
    sign(s, "沈予桐", "0733-2905146", day(2025, 11, 20))
    return b


@variant(
    "kfi14-screening-flat-goal",
    (3,),
    "department, flat list: the screening count against the goal, weights adding to 95",
)
def screening_flat_goal() -> Book:
    b, s = book()
    _screening_department(
        s, ok("全年筛查居民不少于30000人，阳性人员随访率达到95%以上，12个社区心理服务站正常运行。")
    )
    b.file_mark("W101", "error", note="权重 25 + 20 + 15 + 10 + 10 + 5 + 10 = 95，应为100")
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row(*FLAT)
    for line in [
        ("社区居民心理健康筛查人数", 25, "人", "≥",
         mk(25000, "D104", "warning", row=True, note="年度总体目标写不少于30000人")),
        ("筛查阳性人员随访率", 20, "%", "≥", pct(0.95)),
        ("社区心理服务站开放数", 15, "个", "≥", 12),
        ("阳性人员转介时限", 10, "个工作日", "≤", 5),
        ("人均筛查成本", 10, "元/人", "≤", 20),
        ("居民心理健康知识知晓率", 5, "%", "≥", pct(0.8)),
        ("受检居民满意度", 10, "%", "≥", pct(0.9)),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "沈予桐", "0733-2905146", day(2025, 11, 20))
    return b


@variant(
    "kfi15-screening-stacked",
    (2, 12),
    "two projects stacked, NAT-2021, one value column: an indicator repeated under two tier-2s, "
    "the second project's money not adding up and a timeliness rate under 数量",
)
def screening_stacked() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="老年人心理健康筛查项目",
        dept=DEPT,
        unit="苇塘区社区心理健康服务中心",
        money=one_year(40, 36, 4),
        goals=["为辖区65岁以上老年人开展心理健康筛查不少于8000人，筛查结果全部建档。"],
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "老年人心理健康筛查人数", "≥8000人"),
            (None, "质量指标", "筛查量表填写完整率", "≥95%"),
            (None, "时效指标", "筛查完成时间", "2026年10月31日前"),
            ("成本指标", "经济成本指标", "人均筛查成本", "≤40元/人"),
            ("效益指标", "社会效益指标",
             mk("老年人心理健康筛查人数", "D101", "warning", row=True, alt=("D103",),
                note="与数量指标下的同名指标重复"), "≥8000人"),
            ("满意度指标", "服务对象满意度指标", "受检老人满意度", "≥90%"),
        ],
    )  # fmt: skip
    s.skip(2)
    project_head(
        s,
        year=2026,
        name="青少年心理健康筛查项目",
        dept=DEPT,
        unit="苇塘区妇幼保健院",
        money=one_year(mk(w(30), "B101", "error", note="20 + 15 = 35 ≠ 30"), 20, 15),
        goals=["为辖区初中、高中学生开展心理健康筛查不少于5000人，阳性学生及时转介。"],
        title="",
    )
    indicators(
        s,
        (*TIERS, "指标值"),
        [
            ("产出指标", "数量指标", "青少年心理健康筛查人数", "≥5000人"),
            (None, None, mk("筛查阳性学生转介及时率", "F201", "warning", row=True,
                            note="及时率是时效指标，填在数量指标下"), "≥95%"),
            (None, "质量指标", "筛查量表填写完整率", "≥95%"),
            ("成本指标", "经济成本指标", "人均筛查成本", "≤30元/人"),
            ("效益指标", "社会效益指标", "阳性学生家校沟通覆盖率", "≥90%"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "沈予桐", "0733-2905146", day(2025, 11, 20))
    return b


@variant(
    "kfi16-screening-notes",
    (4, 9),
    "project, OLD-NAT, one value column: an instruction row inside the table, a header repeated "
    "after a page break, =100% typed as text, a footnote explaining a total, 说明 and signature "
    "lines dated the year before (correct)",
)
def screening_notes() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        name="社区居民心理健康普查项目",
        dept=DEPT,
        unit="苇塘区社区心理健康服务中心",
        money=one_year(54, 50, 4),
        goals=["全年为辖区居民开展心理健康筛查18000人，筛查结果全部录入居民健康档案。"],
    )
    header = (*TIERS, "指标值")
    indicators(
        s,
        header,
        [
            ("产出指标", "数量指标", "居民心理健康筛查人数", "≥18000人"),
            (None, None, "（填写说明：数量指标填写可核实的人数、场次）", None),
            (None, "质量指标", "筛查档案录入完整率", "=100%"),
            (None, "时效指标", "筛查结果反馈时限", "≤10个工作日"),
            (None, "成本指标", "人均筛查成本", "≤30元/人"),
        ],
    )
    s.skip()
    indicators(
        s,
        header,
        [
            ("效益指标", "社会效益指标", "阳性人员随访管理率", "≥90%"),
            (None, "可持续影响指标", "居民心理健康档案动态更新", "建立并执行"),
            ("满意度指标", "服务对象满意度指标", "受检居民满意度", "≥90%"),
        ],
    )
    notes(
        s,
        "注：筛查人数18000人含60岁以上老人7000人、在校学生5000人、其他居民6000人。",
        "说明：人均筛查成本含问卷印制、量表授权和数据录入费用。",
        "填表说明：指标值应包含比较符和计量单位。",
    )
    sign(s, "戴若溪", "0733-2917350", day(2025, 12, 8))
    s.row("单位负责人（签字）：", None, "（单位盖章）", None, None, None)
    return b


@variant(
    "kfi17-screening-period",
    (1, 8),
    "three-year project, NAT-2021, 中期 and 年度 columns, period counts three times the year's, "
    "the goal's count a part of the indicator's, typed percent cells (correct)",
)
def screening_period() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="社区心理健康筛查三年行动项目",
        dept=DEPT,
        unit="苇塘区社区心理健康服务中心",
        attr="新增项目",
        money=period_money((300, 270, 30), (100, 90, 10)),
        goals=[
            "三年累计筛查居民54000人，培训社区网格员600人次，建成居民心理健康档案。",
            "2026年筛查居民18000人（其中独居老人6000人），培训网格员200人次。",
        ],
    )
    indicators(
        s,
        (*TIERS, "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "居民心理健康筛查人数", "≥54000人", "≥18000人"),
            (None, None, "社区网格员培训人次", "≥600人次", "≥200人次"),
            (None, "质量指标", "阳性人员随访率", pct(0.95), pct(0.95)),
            (None, "时效指标", "年度筛查完成时间", "2028年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "人均筛查成本", "≤50元/人", "≤50元/人"),
            ("效益指标", "社会效益指标", "阳性人员规范管理率", pct(0.85), pct(0.85)),
            ("满意度指标", "服务对象满意度指标", "受检居民满意度", pct(0.9), pct(0.9)),
        ],
    )
    sign(s, "戴若溪", "0733-2917350", day(2025, 12, 8))
    return b


@variant(
    "kfi18-screening-period-wrong",
    (8, 12),
    "three-year project, NAT-2021, 中期 and 年度 columns: the period count below the goal's, a "
    "cumulative count copied, the annual money above the period's",
)
def screening_period_wrong() -> Book:
    b, s = book()
    project_head(
        s,
        year=2026,
        years=3,
        name="流动人口心理健康筛查项目",
        dept=DEPT,
        unit="苇塘区疾病预防控制中心",
        attr="新增项目",
        money=period_money(
            (250, 220, 30),
            (mk(w(300), "B103", "error", note="年度资金300万元大于中期资金250万元"), 270, 30),
        ),
        goals=[
            ok("三年累计为流动人口筛查60000人，培训社区网格员600人次。"),
            "2026年为流动人口筛查15000人，培训网格员200人次。",
        ],
    )
    indicators(
        s,
        (*TIERS, "中期指标值", "年度指标值"),
        [
            ("产出指标", "数量指标", "流动人口心理健康筛查人数",
             mk("≥45000人", "D104", "warning", row=True, note="中期目标写三年累计60000人"),
             "≥15000人"),
            (None, None, "社区网格员培训人次", "≥600人次",
             mk("≥600人次", "D202", "warning", alt=("D104",),
                note="累计人次从中期栏照抄，年度目标写200人次")),
            (None, "质量指标", "阳性人员随访率", "≥90%", "≥90%"),
            (None, "时效指标", "年度筛查完成时间", "2028年11月30日前", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "人均筛查成本", "≤40元/人", "≤40元/人"),
            ("效益指标", "社会效益指标", "阳性人员规范管理率", "≥85%", "≥85%"),
            ("满意度指标", "服务对象满意度指标", "受检人员满意度", "≥90%", "≥90%"),
        ],
    )  # fmt: skip
    sign(s, "戴若溪", "0733-2917350", day(2025, 12, 8))
    return b

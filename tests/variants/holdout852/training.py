"""Food safety training for vendors: returns kgd13–kgd18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout852.common import (
    first,
    multi_money,
    notes,
    one_money,
    sign,
    table,
    wan,
)
from tests.variants.holdout852.registry import variant
from tests.variants.kit import Book, day, mk, pct

SCORED = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kgd13-training-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column, a pass rate "
         "raised in 百分点 (correct)")  # fmt: skip
def training_points() -> Book:
    b, s = first()
    project_head(s, year=2025, name="夜市及流动摊贩食品安全培训", dept="云岫区市场监督管理局",
                 unit="云岫区食品安全宣传中心", money=one_money(48, 45, 3),
                 goals=["对农贸市场、夜市和流动摊点经营者开展食品安全培训1200人次（其中夜市"
                        "摊贩400人次），考核合格率比上年提高5个百分点。"])  # fmt: skip
    rows = [
        ("产出指标", 50, "数量指标", "摊贩食品安全培训人次", "≥1200人次", 20),
        (None, None, None, "夜市摊贩培训人次", "≥400人次", 10),
        (None, None, "质量指标", "培训考核合格率", "≥90%", 10),
        (None, None, "时效指标", "年度培训完成时间", day(2025, 11, 30), 10),
        ("成本指标", 10, "经济成本指标", "人均培训成本", "≤350元/人次", 10),
        ("效益指标", 30, "社会效益指标", "摊贩食品安全知识考核合格率提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "摊贩自查台账建立率", "≥80%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "参训摊贩满意度", "≥92%", 10),
    ]
    table(s, SCORED, rows, merged=(1, 2, 3))
    notes(s, "注：一级指标分值合计100分，三级指标分值合计100分，两者不相加。")
    return b


@variant("kgd14-training-points-wrong", (10,),
         "project, NAT-2021, tier labels with points: 产出 points not matching its indicators, "
         "a goal count against the indicator, a satisfaction rate under 社会效益")  # fmt: skip
def training_points_wrong() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="食品摊贩持证经营培训",
        dept="栖梧县市场监督管理局",
        unit="栖梧县市场监督管理局",
        money=one_money(60, 60, 0),
        goals=["全年培训食品摊贩1500人次，培训后持证经营率达到85%。"],
    )
    b.file_mark("W101", "error", required=False, note="指标分值合计95，由产出的缺口引起")
    rows = [
        (mk("产出指标（50分）", "W103", "error", alt=("W101",),
            note="其下指标分值 20+15+10=45，不是50"), "数量指标", "摊贩培训人次",
         mk("≥1200人次", "D104", "warning", row=True, note="年度目标写培训1500人次"), 20),
        (None, "质量指标", "培训考核合格率", "≥90%", 15),
        (None, "时效指标", "培训完成时间", "11月30日前", 10),
        ("成本指标（10分）", "经济成本指标", "人均培训成本", "≤300元/人次", 10),
        ("效益指标（30分）", "社会效益指标", "摊贩持证经营率", "≥85%", 15),
        (None, None, "参训摊贩满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下"), 15),
        ("满意度指标（10分）", "服务对象满意度指标", "消费者对摊点卫生满意度", "≥85%", 10),
    ]  # fmt: skip
    table(s, (*PLAIN, "分值"), rows)
    return b


@variant("kgd15-training-two-sheet", (7, 4),
         "project head on the first sheet, the indicators on a second sheet under 预期实现值 "
         "with operator and unit columns, a header repeated after a page break "
         "(correct)")  # fmt: skip
def training_two_sheet() -> Book:
    b, s = first("项目申报表")
    project_head(
        s,
        year=2025,
        name="小餐饮及摊贩负责人持证培训",
        dept="望潮市市场监督管理局",
        unit="望潮市食品安全培训中心",
        money=one_money(36, 30, 6),
        goals=["培训小餐饮和食品摊贩负责人900人，考核合格后发放培训合格证明。"],
    )
    sign(s, "苗若川", "0794-2217690", day(2024, 12, 2))
    t = b.sheet("绩效指标", (16, 18, 28, 10, 12, 12))
    t.title("项目绩效指标", 6)
    head = ("一级指标", "二级指标", "三级指标", "比较符", "预期实现值", "计量单位")
    table(t, head, [
        ("产出指标", "数量指标", "负责人培训人数", "≥", 900, "人"),
        (None, None, "培训课时", "≥", 16, "学时/人"),
        (None, "质量指标", "培训考核合格率", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, "（续表）")
    table(t, head, [
        ("产出指标", "时效指标", "培训合格证明发放时限", "≤", 10, "个工作日"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤", 400, "元/人"),
        ("效益指标", "社会效益指标", "培训对象违规经营投诉率", "≤", pct(0.02), "%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    notes(t, "注：人均培训成本含教材、场地和考核费用，400元×900人=36万元。")
    return b


@variant("kgd16-training-direction", (11,),
         "project, OLD-NAT, operators in words in their own column: a 反向 rate with 大于等于, "
         "plan dates in the year before the title's")  # fmt: skip
def training_direction() -> Book:
    b, s = first()
    project_head(s, year=2025, name="农贸市场经营户食品安全轮训", dept="鹿鸣区市场监督管理局",
                 unit="鹿鸣区市场监督管理局", money=one_money(30, 30, 0),
                 start=mk(day(2024, 1, 1), "Y101", "error", row=True, alt=("Y102",),
                          note="2025年度申报表的计划起止日期都在2024年"),
                 end=day(2024, 12, 31),
                 goals=["轮训农贸市场经营户1000人次，降低经营户被投诉比例。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "经营户轮训人次", "大于等于", 1000, "人次"),
        (None, "质量指标", "培训考核合格率", "大于等于", 90, "%"),
        (None, "成本指标", "人均培训成本", "小于等于", 300, "元/人次"),
        ("效益指标", "社会效益指标", "经营户被投诉率",
         mk("大于等于", "T108", "warning", row=True, note="投诉率是反向指标"), 2, "%"),
        ("满意度指标", "服务对象满意度指标", "参训经营户满意度", "大于等于", 90, "%"),
    ]  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), rows)
    return b


@variant("kgd17-training-stacked-multi", (2, 8),
         "two multi-year projects stacked, NAT-2021, 中期 and 年度 columns, period counts "
         "above the year's, costs equal to the money (correct)")  # fmt: skip
def training_stacked_multi() -> Book:
    b, s = first()
    head = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    project_head(
        s,
        year=2025,
        years=3,
        name="小餐饮从业人员持证培训",
        unit="栖梧县食品安全办",
        dept="栖梧县市场监督管理局",
        money=multi_money((150, 150, 0), (50, 50, 0)),
        goals=["三年培训小餐饮从业人员3000人。", "2025年培训1000人。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "从业人员培训人数", "≥3000人", "≥1000人"),
        (None, "质量指标", "培训考核合格率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤500元/人", "≤500元/人"),
        ("效益指标", "社会效益指标", "从业人员持证率", "≥95%", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        years=2,
        name="食品摊贩示范街区培训",
        unit="栖梧县食品安全办",
        dept="栖梧县市场监督管理局",
        money=multi_money((40, 36, 4), (20, 18, 2)),
        title="",
        goals=["两年在示范街区举办现场培训8场。", "2025年举办现场培训4场。"],
    )
    table(s, head, [
        ("产出指标", "数量指标", "示范街区现场培训场次", "≥8场", "≥4场"),
        (None, "时效指标", "单场培训通知提前时间", "≥5日", "≥5日"),
        ("成本指标", "经济成本指标", "单场培训成本", "≤4万元/场", "≤4万元/场"),
        ("效益指标", "社会效益指标", "示范街区摊贩亮证经营率", "≥95%", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "街区摊贩满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kgd18-training-stacked-wrong", (2, 12),
         "two one-year projects stacked, OLD-NAT: the second's money does not add up, its cost "
         "exceeds its money, a near-duplicate count")  # fmt: skip
def training_stacked_wrong() -> Book:
    b, s = first()
    project_head(
        s,
        year=2025,
        name="校园周边食品摊贩培训",
        dept="望潮市市场监督管理局",
        unit="望潮市市场监督管理局",
        money=one_money(24, 20, 4),
        goals=["培训校园周边食品摊贩600人次。"],
    )
    table(s, PLAIN, [
        ("产出指标", "数量指标", "校园周边摊贩培训人次", "≥600人次"),
        (None, "成本指标", "人均培训成本", "≤400元/人次"),
        ("效益指标", "社会效益指标", "校园周边摊贩持证率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "参训摊贩满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="旅游景区食品摊贩培训", dept="望潮市市场监督管理局",
                 unit="望潮市文旅市场服务中心", title="",
                 money=one_money(mk(wan(60), "B101", "error",
                                    note="财政拨款50+其他资金5=55，不是60"), 50, 5),
                 goals=["培训景区食品摊贩2000人次。"])  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "景区食品摊贩培训人次", "≥2000人次"),
        (None, None, "景区摊贩食品安全培训人次",
         mk("≥2000人次", "D103", "warning", row=True, alt=("D101",),
            note="与上一行是同一指标，换了说法")),
        (None, "成本指标", "人均培训成本",
         mk("≤400元/人次", "B107", "warning", row=True,
            note="400元×2000人次=80万元，超过项目资金60万元")),
        ("效益指标", "社会效益指标", "景区摊贩持证率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b

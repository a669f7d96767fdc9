"""Rural-tourism quality villages (乡村旅游精品村): kcx01–kcx06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout768.common import (
    BUREAU,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout768.registry import variant
from tests.variants.kit import Book, mk, pct

UNIT = "澜泽市文化广电和旅游局"


@variant(
    "kcx01-village-awards",
    (1, 12),
    "project, NAT-2021, percent cells, 万元 formats, "
    "a goal count with its parts in brackets and a later year prepared for (correct)",
)
def village_awards() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="乡村旅游精品村创建奖补",
        dept=BUREAU,
        unit=UNIT,
        money=one_year(wan(300), wan(260), wan(40)),
        goals=[
            "创建乡村旅游精品村6个（其中省级2个、市级4个），培育星级民宿20家，"
            "为2027年创建省级乡村旅游示范区积累经验。"
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "乡村旅游精品村创建数量", "≥6个"),
        (None, None, "星级民宿培育数量", "≥20家"),
        (None, "质量指标", "精品村验收合格率", pct(1)),
        (None, "时效指标", "奖补资金拨付完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单村奖补标准", "≤50万元/个"),
        ("效益指标", "社会效益指标", "精品村旅游安全事故发生数", "=0起"),
        (None, "经济效益指标", "精品村旅游接待人次增长率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：单村奖补标准按6个村、每村不超过50万元测算，合计不超过300万元。")
    sign(s, "郑岚舟", "0579-86213047")
    return b


@variant(
    "kcx02-village-goal-money",
    (12,),
    "project, NAT-2021: the goal's village count differs "
    "from the indicator, unit cost × count above the money, a deadline in the year before",
)
def village_goal_money() -> Book:
    b, s = book()
    project_head(
        s,
        year=YEAR,
        name="乡村旅游精品村提升改造",
        dept=BUREAU,
        unit=UNIT,
        money=one_year(wan(400), wan(400), wan(0)),
        goals=["对柘塘区、鹭汀县5个乡村旅游精品村实施游客中心和停车场提升改造，年内全部通过验收。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "精品村提升改造数量",
         mk("≥6个", "D104", "warning", row=True, note="年度目标写5个村，指标写6个")),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间",
         mk("2025年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年项目的完工期限落在上一年：沿用了上年的表")),
        ("成本指标", "经济成本指标", "单村改造补助标准",
         mk("≤80万元/个", "B107", "warning", row=True,
            note="80万元 × 6个 = 480万元，超过年度资金400万元")),
        ("效益指标", "社会效益指标", "带动村民就业人数", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑岚舟", "0579-86213047")
    return b


@variant(
    "kcx03-village-stacked",
    (2,),
    "two projects stacked in one sheet, NAT-2021, the same "
    "satisfaction indicator with different values in each (correct)",
)
def village_stacked() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s,
        year=YEAR,
        name="乡村旅游精品村宣传推广",
        dept=BUREAU,
        unit=UNIT,
        money=one_year(wan(60), wan(60), wan(0)),
        goals=["制作精品村宣传片3部，举办乡村旅游推介会4场。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "宣传片制作数量", "≥3部"),
        (None, None, "推介会举办场次", "≥4场"),
        ("成本指标", "经济成本指标", "单场推介会费用", "≤8万元/场"),
        ("效益指标", "社会效益指标", "宣传片网络播放量", "≥50万次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=YEAR,
        name="乡村旅游标识标牌设置",
        dept=BUREAU,
        unit="澜泽市旅游发展服务中心",
        money=one_year(wan(45), wan(45), wan(0)),
        title="",
        goals=["在12个乡村旅游点设置双语标识标牌150块。"],
    )
    indicators(s, [
        ("产出指标", "数量指标", "标识标牌设置数量", "≥150块"),
        (None, "质量指标", "标牌安装验收合格率", "=100%"),
        ("成本指标", "经济成本指标", "标牌单价", "≤3000元/块"),
        ("效益指标", "社会效益指标", "覆盖乡村旅游点数量", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥85%"),
    ])  # fmt: skip
    return b


MY = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "kcx04-village-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 "
    "columns: goal text copied, a cumulative count copied, a year's count above the period's",
)
def village_period_copied() -> Book:
    b, s = book()
    goal = "建成乡村旅游精品线路3条，串联精品村12个，培育乡村旅游带头人60名。"
    project_head(
        s,
        year=YEAR,
        years=3,
        name="乡村旅游精品线路建设",
        dept=BUREAU,
        unit=UNIT,
        money=multi_year((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
        goals=[goal, mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")],
    )
    indicators(s, [
        ("产出指标", "数量指标", "精品线路建成数量", "≥3条",
         mk("≥3条", "D202", "warning", note="三年累计的线路数照抄到年度列")),
        (None, None, "串联精品村数量", "≥12个",
         mk("≥15个", "D201", "error", note="年度15个多于三年的12个，不可能")),
        (None, None, "乡村旅游带头人培训人数", "≥60人", "≥20人"),
        (None, "质量指标", "线路节点验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "带头人人均培训费用", "≤3000元/人", "≤3000元/人"),
        ("效益指标", "经济效益指标", "沿线乡村旅游收入增长率", "≥10%", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", "≥90%"),
    ], header=MY)  # fmt: skip
    return b


@variant(
    "kcx05-village-period",
    (8, 1),
    "two-year project, NAT-2021, 中期 and 年度 columns: the "
    "period's count beside a smaller year's count, rates equal in both (correct)",
)
def village_period() -> Book:
    b, s = book("绩效目标表")
    project_head(
        s,
        year=YEAR,
        years=2,
        name="民宿集聚区培育",
        dept=BUREAU,
        unit="鹭汀县文化和旅游局",
        attr="新增项目",
        money=multi_year((wan(500), wan(420), wan(80)), (wan(240), wan(200), wan(40))),
        goals=[
            "两年培育民宿集聚区4个、精品民宿80家，民宿从业人员持证上岗。",
            "年内培育民宿集聚区2个、精品民宿35家，完成从业人员培训300人次。",
        ],
    )
    indicators(s, [
        ("产出指标", "数量指标", "民宿集聚区培育数量", "≥4个", "≥2个"),
        (None, None, "精品民宿培育数量", "≥80家", "≥35家"),
        (None, None, "从业人员培训人次", "≥600人次", "≥300人次"),
        (None, "质量指标", "从业人员持证上岗率", pct(0.95), pct(0.95)),
        (None, "时效指标", "年度培训完成时间", "2027年11月30日前", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单个集聚区补助标准", "≤100万元/个", "≤100万元/个"),
        ("效益指标", "社会效益指标", "民宿投诉率", "≤2%", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "住客满意度", "≥92%", "≥92%"),
    ], header=MY)  # fmt: skip
    notes(s, "说明：中期指标值为2026—2027年累计数，年度指标值为2026年当年数。")
    return b


@variant(
    "kcx06-village-export",
    (2, 9),
    "budget-system export with codes in the first columns, "
    "header on the third row: a near-duplicate count and a rate under 时效",
)
def village_export() -> Book:
    b, s = book("部门项目支出绩效目标05-2", (10, 14, 14, 14, 30, 16))
    s.title("部门项目支出绩效目标表", 6)
    s.row(
        "单位：412001 澜泽市文化广电和旅游局（本级）",
        None,
        None,
        None,
        "金额单位：万元",
        merge=[(1, 4)],
    )
    s.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    code, name = "41200126Q0031", "乡村旅游精品村运营提升（年度资金120万元）"
    s.table([
        (code, name, "产出指标", "数量指标", "乡村旅游精品村运营提升数量", "≥8个"),
        (None, None, None, None, "驻村运营团队引进数量", "≥4个"),
        (None, None, None, None, mk("精品村运营提升数量", "D103", "warning", row=True,
                                    alt=("D101", "D102"),
                                    note="与上面“乡村旅游精品村运营提升数量”是同一指标，值不同"),
         "≥10个"),
        (None, None, None, "时效指标", mk("民宿消防安全检查合格率", "F201", "warning", row=True,
                                          note="合格率是质量指标，填在时效指标下"),
         "=100%"),
        (None, None, None, None, "运营提升方案完成时间", "2026年6月30日前"),
        (None, None, "成本指标", "经济成本指标", "单村运营补助标准", "≤12万元/个"),
        (None, None, "效益指标", "经济效益指标", "精品村旅游收入增长率", "≥6%"),
        (None, None, "满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

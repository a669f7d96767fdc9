"""Returns of the 76th held-out corpus: stacked projects, a 比较符 column and a 指标性质
(direction) column with filled-down tiers."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout76.common import footer, ge, indicators
from tests.variants.holdout76.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

P2 = "0.00%"


@variant(
    "kh16-stacked-rate-count",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one "
    "value column: the second project gives a rate as a count",
)
def kh16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 18, 16, 14))
    project_head(
        s,
        year=2027,
        name="澄岭区河道日常保洁",
        dept="澄岭区水务局（509）",
        unit="澄岭区河道管理所",
        money=[("资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN))],
        goals=["对区内河道62公里开展日常保洁，河面漂浮物及时打捞。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "日常保洁河道长度", "≥62公里"),
            (None, None, "打捞河面漂浮物", "≥900吨"),
            (None, "质量指标", "河道保洁考核达标率", ge(0.95)),
            (None, "时效指标", "漂浮物发现后打捞时限", "≤24小时"),
            (None, "成本指标", "每公里河道年保洁费用", "≤2.4万元/公里"),
            ("效益指标", "生态效益指标", "河道水面洁净率", ge(0.95)),
            (None, "可持续影响指标", "河长制巡河记录完整率", ge(0.95)),
            ("满意度指标", "服务对象满意度指标", "沿河居民满意度", ge(0.9)),
        ],
    )
    s.skip()
    project_head(
        s,
        year=2027,
        name="澄岭区小型水库安全运行管护",
        title="",
        dept="澄岭区水务局（509）",
        unit="澄岭区水库管理站",
        money=[("资金总额", money(66, WAN), "其中：财政拨款", money(66, WAN))],
        goals=["对区内11座小型水库开展安全巡查和设施维护，确保安全度汛。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "管护小型水库数量", "≥11座"),
            (None, None, "汛期安全巡查次数", "≥120次"),
            (
                None,
                "质量指标",
                "水库监测设施完好率",
                mk("≥11座", "T105", "error", note="a rate given as a count of reservoirs"),
            ),
            (None, "时效指标", "汛前检查完成时间", "2027年4月30日前"),
            (None, "成本指标", "单座水库年均管护费用", "≤6万元/座"),
            ("效益指标", "社会效益指标", "水库安全度汛率", pct(1)),
            (None, "可持续影响指标", "水库管护人员到岗率", ge(0.95)),
            ("满意度指标", "服务对象满意度指标", "下游受益群众满意度", ge(0.9)),
        ],
    )
    footer(s, "澄岭区水务局（盖章）　　填报人：钟海燕　　2026年11月23日")
    return b


@variant(
    "kh17-operator-column-direction",
    (11,),
    "project, NAT-2021, 比较符 column with bare "
    "numbers and a unit column, percent cells: a 反向 rate with ≥",
)
def kh17() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 16, 30, 10, 14, 12))
    project_head(
        s,
        year=2027,
        name="青岚市12345政务服务便民热线运行",
        dept="青岚市政务服务管理局（121）",
        unit="青岚市政务服务热线中心",
        money=[
            ("资金总额", money(310, WAN), "其中：财政拨款", money(310, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=["全年受理群众来电及网络诉求不少于60万件，按时办结率不低于95%。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"),
        [
            ("产出指标", "数量指标", "受理群众诉求件数", "≥", 60, "万件"),
            (None, None, "话务座席数量", "≥", 80, "席"),
            (None, "质量指标", "诉求按时办结率", "≥", pct(0.95), "%"),
            (
                None,
                None,
                "工单派发差错率",
                mk("≥", "T108", "warning", row=True, note="差错率 is 反向: ≤ was meant"),
                pct(0.02),
                "%",
            ),
            (None, "时效指标", "来电平均接通时长", "≤", 15, "秒"),
            ("成本指标", "经济成本指标", "座席人员人均年运行费用", "≤", 3.6, "万元/人"),
            ("效益指标", "社会效益指标", "诉求解决率", "≥", pct(0.85), "%"),
            (None, None, "诉求重复来电率", "≤", pct(0.08), "%"),
            (None, "可持续影响指标", "热线知识库更新条目", "≥", 2000, "条"),
            ("满意度指标", "服务对象满意度指标", "来电群众满意度", "≥", pct(0.9), "%"),
        ],
    )
    footer(s, "填报人：严雪　　联系电话：0851-3312345　　单位负责人：包志远（签字）")
    return b


@variant(
    "kh18-direction-filled-down",
    (1, 5),
    "project, NAT-2021, tiers filled down in every "
    "row, 指标性质 as direction (正向/反向), 比较符 and 计量单位 columns, 0.00% percent cells",
)
def kh18() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 16, 30, 10, 10, 14, 10))
    project_head(
        s,
        year=2027,
        name="栖凤县道路交通安全隐患治理",
        dept="栖凤县公安局（335）",
        unit="栖凤县公安局交通管理大队",
        money=[
            ("资金总额", money(185, WAN), "其中：财政拨款", money(185, WAN)),
            ("其他资金", money(0, WAN), None, None),
        ],
        goals=[
            "治理农村道路交通安全隐患点位45处，安装减速带和警示标志，"
            "道路交通事故死亡人数比上年下降。"
        ],
    )
    hdr = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "治理交通安全隐患点位", "正向", "≥", 45, "处"),
        ("产出指标", "数量指标", "新设交通警示标志", "正向", "≥", 360, "块"),
        ("产出指标", "数量指标", "开展农村交通安全宣传", "正向", "≥", 80, "场"),
        ("产出指标", "质量指标", "隐患治理工程验收合格率", "正向", "≥", pct(0.98, P2), "%"),
        ("产出指标", "时效指标", "隐患点位治理完成时限", "反向", "≤", 10, "个月"),
        ("成本指标", "经济成本指标", "单处隐患点位治理平均费用", "反向", "≤", 4.1, "万元/处"),
        ("效益指标", "社会效益指标", "道路交通事故死亡人数下降率", "正向", "≥", pct(0.05, P2), "%"),
        (
            "效益指标",
            "社会效益指标",
            "治理点位交通事故发生率下降幅度",
            "正向",
            "≥",
            pct(0.1, P2),
            "%",
        ),
        ("效益指标", "可持续影响指标", "治理点位季度复查覆盖率", "正向", "≥", pct(0.95, P2), "%"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "正向", "≥", pct(0.9, P2), "%"),
    ]
    indicators(s, hdr, rows, merged=())
    footer(s, "填报人：秦朗　　审核：（签字）　　栖凤县公安局（章）　　2026年11月26日", width=7)
    return b

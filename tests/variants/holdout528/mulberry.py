"""Mulberry (桑葚) processing returns of the 528th held-out set: br07–br12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout528.common import (
    YEAR,
    book,
    header,
    indicators,
    multi_year,
    one_year,
    two_row_header,
)
from tests.variants.holdout528.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹤坪县林业和蚕桑发展中心（512）"


@variant(
    "br07-mulberry-multi-year",
    (8,),
    "three-year project, OLD-NAT, two-row header with 中期 and 年度 value columns and a unit "
    "column: cumulative counts below their period values, rates and unit costs equal (correct)",
)
def br07() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, years=3, name="低产桑园改造与桑葚初加工提升项目", dept=DEPT,
        unit="鹤坪县蒲垭乡蚕桑服务站", money=multi_year((150, 120, 30), (50, 40, 10)),
        goals=["三年改造低产桑园1500亩，初加工桑葚鲜果2400吨，桑农亩均增收1200元以上。",
               "2025年改造低产桑园500亩，初加工桑葚鲜果600吨，桑农亩均增收800元以上。"],
    )  # fmt: skip
    two_row_header(
        s, ("一级指标", "二级指标", "三级指标", "指标值", None, "计量单位"),
        (None, None, None, "中期（2025—2027年）", "年度（2025年）", None), (4, 5),
    )  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "低产桑园改造面积", "≥1500", "≥500", "亩"),
        (None, None, "桑葚鲜果初加工量", "≥2400", "≥600", "吨"),
        (None, "质量指标", "鲜果分级合格率", pct(0.95), pct(0.95), "%"),
        (None, "时效指标", "鲜果采后预冷时限", "≤4", "≤4", "小时"),
        (None, "成本指标", "每亩改造补助标准", "≤800", "≤800", "元/亩"),
        ("效益指标", "经济效益指标", "桑农亩均增收", "≥1200", "≥800", "元"),
        (None, "生态效益指标", "桑园病虫害绿色防控覆盖率", "≥80", "≥70", "%"),
        ("满意度指标", "服务对象满意度指标", "桑农满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant(
    "br08-mulberry-copied-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 value columns: the 中期目标 text copied into "
    "年度目标 and two cumulative counts copied from the 中期 column",
)
def br08() -> Book:
    b, s = book()
    goal = "建成桑葚冻干生产线2条，新增签约收购桑园1200亩，开展电商直播培训600人次。"
    project_head(
        s, year=YEAR, years=2, name="桑葚冻干果加工与直播销售项目", dept=DEPT,
        unit="鹤坪县桑果产业发展有限公司", money=multi_year((200, 160, 40), (110, 90, 20)),
        goals=[goal, mk(goal, "D204", "warning", note="年度目标 identical to 中期目标")],
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    copied = "cumulative count over two years copied into the 年度 column"
    indicators(s, [
        ("产出指标", "数量指标", "建成桑葚冻干生产线", "=2条", "=1条"),
        (None, None, "新增签约收购桑园面积", "≥1200亩",
         mk("≥1200亩", "D202", "warning", note=copied)),
        (None, None, "电商直播培训人次", "≥600人次",
         mk("≥600人次", "D202", "warning", note=copied)),
        (None, "质量指标", "冻干果出厂检验合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度建设任务完成时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "单条冻干线建设成本", "≤90万元/条", "≤90万元/条"),
        ("效益指标", "经济效益指标", "冻干果网络销售额", "≥900万元", "≥300万元"),
        (None, "社会效益指标", "带动桑农就业人数", "≥60人", "≥40人"),
        ("满意度指标", "服务对象满意度指标", "签约桑农满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "br09-mulberry-points",
    (10,),
    "project, NAT-2021, a tier-1 score column and an indicator score column (100 both ways), a "
    "线上销售占比 raised in 百分点, a typed percent cell (correct)",
)
def br09() -> Book:
    b, s = book(widths=(14, 8, 18, 28, 18, 8))
    project_head(
        s, year=YEAR, name="桑葚酵素与桑叶茶加工项目", dept=DEPT,
        unit="鹤坪县桑源农产品加工合作社", money=one_year(90, 70, 20),
        goals=["加工桑葚酵素80吨、桑叶茶12吨，线上销售占比提高5个百分点以上。"],
    )  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标", 40, "数量指标", "桑葚酵素加工量", "≥80吨", 10),
        (None, None, None, "桑叶茶加工量", "≥12吨", 10),
        (None, None, "质量指标", "产品抽检合格率", pct(0.98), 10),
        (None, None, "时效指标", "加工车间投产时间", "2025年6月30日前", 10),
        ("成本指标", 20, "经济成本指标", "每吨酵素加工成本", "≤4500元/吨", 10),
        (None, None, "生态环境成本指标", "果渣综合利用率", "≥95%", 10),
        ("效益指标", 30, "经济效益指标", "线上销售占比", "提高≥5百分点", 10),
        (None, None, None, "带动桑农户均增收", "≥1500元", 10),
        (None, None, "可持续影响指标", "自有品牌网店复购率", "≥25%", 10),
        ("满意度指标", 10, "服务对象满意度指标", "采购商满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "br10-mulberry-points-wrong",
    (5, 10),
    "project, NAT-2021, numbered tier labels with a tier-1 score column: two tier scores that "
    "the indicator scores do not add up to, a 质量指标 under 成本指标",
)
def br10() -> Book:
    b, s = book(widths=(16, 8, 18, 28, 18, 8))
    project_head(
        s, year=YEAR, name="桑葚果干烘制与分级包装项目", dept=DEPT,
        unit="鹤坪县桑林坳桑果专业合作社", money=one_year(70, 56, 14),
        goals=["烘制桑葚果干40吨，建成分级包装线1条，带动桑农户均增收1000元。"],
    )  # fmt: skip
    header(s, "一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    out = mk(40, "W103", "error", note="indicator scores under 产出 add to 45")
    eff = mk(30, "W103", "error", note="indicator scores under 效益 add to 25")
    parent = mk("（二）质量指标", "F105", "error", note="质量指标 belongs under 产出指标")
    indicators(s, [
        ("一、产出指标", out, "（一）数量指标", "桑葚果干烘制量", "≥40吨", 15),
        (None, None, None, "分级包装线建设", "=1条", 10),
        (None, None, "（二）质量指标", "果干水分达标率", "≥95%", 10),
        (None, None, "（三）时效指标", "包装线投产时间", "2025年7月31日前", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "每吨果干烘制成本", "≤6000元/吨", 10),
        (None, None, parent, "果干二氧化硫残留达标率", "≥98%", 10),
        ("三、效益指标", eff, "（一）经济效益指标", "桑农户均增收", "≥1000元", 15),
        (None, None, "（二）社会效益指标", "带动脱贫户务工人数", "≥25人", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "桑农满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant(
    "br11-mulberry-direction",
    (11,),
    "project, OLD-NAT, operators in words in a 比较方式 column, bare numbers with a unit "
    "column: a 超标率 with 大于等于, a cost cap with 等于, a count with 小于等于",
)
def br11() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="桑葚鲜果冷链集配与网销项目", dept=DEPT,
        unit="鹤坪县供销社桑果集配中心", money=one_year(85, 70, 15),
        goals=["建成桑葚集配中心1处，冷链发运鲜果500吨，新增电商网店12家。"],
        start=day(YEAR, 3, 1), end=day(YEAR, 11, 30),
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "比较方式", "指标值", "计量单位")
    indicators(s, [
        ("产出指标", "数量指标", "冷链发运桑葚鲜果", "大于等于", 500, "吨"),
        (None, None, "新增电商网店", mk("小于等于", "T108", "warning", row=True,
                                        note="a 正向 count capped with 小于等于"), 12, "家"),
        (None, "质量指标", "鲜果农残超标率", mk("大于等于", "T108", "warning", row=True,
                                               note="a 反向 rate with 大于等于"), 2, "%"),
        (None, "时效指标", "订单发货时限", "小于等于", 24, "小时"),
        (None, "成本指标", "每公斤冷链运输成本", mk("等于", "T108", "warning", row=True,
                                                    note="= on a cost cap"), 1.2, "元/公斤"),
        ("效益指标", "经济效益指标", "鲜果运输损耗下降率", "大于等于", 10, "%"),
        (None, "社会效益指标", "带动桑农户数", "大于等于", 450, "户"),
        ("满意度指标", "服务对象满意度指标", "网购消费者满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    return b


@variant(
    "br12-mulberry-tier-labels",
    (5,),
    "transfer-payment project, OLD-NAT, tier labels with *, ★, points (50/40/10) and "
    "abbreviated tier-2s (数量, 质量, 成本, 社会效益) (correct)",
)
def br12() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="蚕桑产业衔接推进乡村振兴补助项目", dept=DEPT,
        unit="鹤坪县乡村振兴局", money=one_year(150, 150, 0), attr="一次性项目",
        goals=["扶持桑葚加工经营主体8家，新建标准化桑园600亩，带动脱贫户210户增收。"],
        title=f"{YEAR}年度财政衔接推进乡村振兴补助资金项目绩效目标表",
    )  # fmt: skip
    header(s, "一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, [
        ("*产出指标（50分）", "★数量", "扶持桑葚加工经营主体", "≥8家"),
        (None, None, "新建标准化桑园", "≥600亩"),
        (None, "质量", "新建桑园成活率", "≥92%"),
        (None, "时效", "补助资金拨付时间", "2025年9月30日前"),
        (None, "成本", "每亩桑园建设补助", "≤1000元/亩"),
        ("*效益指标（40分）", "★经济效益", "带动脱贫户户均增收", "≥1000元"),
        (None, "社会效益", "带动脱贫户数", "≥210户"),
        (None, "可持续影响", "经营主体联农带农机制建立率", "=100%"),
        ("*满意度指标（10分）", "★服务对象满意度", "受益脱贫户满意度", "≥90%"),
    ])  # fmt: skip
    return b

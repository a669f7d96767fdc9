"""One-sheet project tables whose percentages are typed in Excel (stored 0.95 with a percent
format), with direction, operator and unit columns: consumption vouchers, time-honoured brands
and fairs (ri01–ri06), and a stacked pair of fairs with a direction column (ri11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout259.common import (
    DIR,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    stacked,
    wan,
)  # fmt: skip
from tests.variants.holdout259.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct


@variant("ri01-vouchers-direction-column", (1, 11), "one-year project, NAT-2021, inline "
         "operators, 指标方向 and 备注 columns, money in a 万元 number format, a bare 100%; a "
         "下降率 with ≥ marked 正向, a cost per 张 within its money (correct)")  # fmt: skip
def ri01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 12, 26))
    project_head(
        s, year=2026, name="2026年促消费惠民消费券发放项目", dept="青岚县商务局（412）",
        unit="青岚县商务局", money=one_year_money(wan(320), wan(300), wan(20)),
        goals=["2026年分批发放惠民消费券30000张，带动社会消费不低于1500万元，消费券核销率"
               "达到95%以上，参与商户投诉率控制在1%以内。"],
    )  # fmt: skip
    indicators(s, (*DIR, "备注"), [
        ("产出指标", "数量指标", "发放惠民消费券数量", "≥30000张", "正向", "分四批发放"),
        (None, None, "参与活动商户数量", "≥260家", "正向", None),
        (None, "质量指标", "消费券核销率", "≥95%", "正向", "核销金额÷发放金额"),
        (None, None, "消费券资金兑付准确率", pct(1), "正向", None),
        (None, "时效指标", "消费券资金兑付时限", "≤5个工作日", "反向", "自商户申请之日起"),
        ("成本指标", "经济成本指标", "单张消费券补贴标准", "≤100元/张", "反向", None),
        ("效益指标", "经济效益指标", "带动社会消费金额", "≥1500万元", "正向", None),
        (None, "社会效益指标", "参与商户投诉率", "≤1%", "反向", None),
        (None, None, "消费者投诉量下降率", "≥10%", "正向", "与活动前同期相比"),
        ("满意度指标", "服务对象满意度指标", "参与群众满意度", "≥90%", "正向", "抽样问卷"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "覃振国", "0771-63125408")
    return b


@variant("ri02-vouchers-over-ceiling", (1, 11, 12), "one-year project, NAT-2021, direction, "
         "operator and unit columns, percentages typed in Excel: a 核销率 of 102%, ≥ on a "
         "投诉率 declared 反向, a subsidy per 张 × count beyond the money")  # fmt: skip
def ri02() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 10, 14, 12))
    project_head(
        s, year=2026, name="数字消费券发放项目", dept="鹤鸣县商务和粮食局（305）",
        unit="鹤鸣县商务和粮食局", money=one_year_money(wan(600), wan(560), wan(40)),
        goals=["2026年通过数字平台发放消费券，吸引500家以上商户参与，带动消费3000万元以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "发放数字消费券数量", "正向", "≥", 200000, "张"),
        (None, None, "参与活动商户数量", "正向", "≥", 500, "家"),
        (None, "质量指标", "消费券核销率", "正向", "≥",
         mk(pct(1.02), "T106", "error", note="102%: a 核销率 cannot pass 100%"), "%"),
        (None, "时效指标", "消费券资金结算周期", "反向", "≤", 7, "个工作日"),
        ("成本指标", "经济成本指标", "单张消费券补贴标准", "反向", "≤",
         mk(50, "B107", "warning", row=True, note="50元 × 200000张 = 1000万元 > 600万元"),
         "元/张"),
        ("效益指标", "经济效益指标", "带动消费金额", "正向", "≥", 3000, "万元"),
        (None, "社会效益指标", "参与商户投诉率", "反向",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 declared 反向: ≤2% meant"),
         2, "%"),
        ("满意度指标", "服务对象满意度指标", "参与消费者满意度", "正向", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "蒙丽华", "黄守业", "0778-72219036")
    return b


@variant("ri03-brands-operator-column", (1, 11), "one-year project, NAT-2021, operator column "
         "headed 指标性质, percentages typed in Excel (95%, 98.5%, 0.5%, =100%), a date value, a "
         "投诉率 with ≤, a subsidy per 家 within its money (correct)")  # fmt: skip
def ri03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12, 24))
    project_head(
        s, year=2026, name="老字号传承保护与创新发展项目", dept="望川市商务局（208）",
        unit="望川市老字号协会", money=one_year_money(wan(180), wan(150), wan(30)),
        goals=["2026年支持20家老字号企业实施数字化改造，举办老字号嘉年华活动2场，推动老字号"
               "企业线上销售额增长15%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "指标解释")
    indicators(s, head, [
        ("产出指标", "数量指标", "支持老字号企业数字化改造数量", "≥", 20, "家", None),
        (None, None, "举办老字号嘉年华活动场次", "≥", 2, "场", None),
        (None, "质量指标", "改造项目验收合格率", "=", pct(1), "%", "验收合格项目÷改造项目"),
        (None, None, "老字号企业存续率", "≥", pct(0.985, "0.0%"), "%", None),
        (None, "时效指标", "项目验收完成时间", "≤", day(2026, 11, 30, CN_DATE), None, None),
        ("成本指标", "经济成本指标", "单家企业数字化改造补助", "≤", 6, "万元/家",
         "按改造投入30%补助"),
        ("效益指标", "经济效益指标", "老字号企业线上销售额增长率", "≥", pct(0.15), "%", None),
        (None, "社会效益指标", "老字号品牌消费投诉率", "≤", pct(0.005, "0.0%"), "%", None),
        (None, "可持续影响指标", "老字号技艺传承人储备数量", "≥", 40, "人", None),
        ("满意度指标", "服务对象满意度指标", "老字号企业满意度", "≥", pct(0.92), "%", None),
    ])  # fmt: skip
    note(s, "注：“指标性质”栏填写比较符，百分比指标按“%”计量。", 7)
    sign(s, "许砚秋", "邓启明", "0797-85520147")
    return b


@variant("ri04-brands-word-operators", (1, 11), "one-year project, NAT-2021, operators in words "
         "in their own column and a unit column: ≤ on a 规范率, a count of enterprises given as "
         "a percentage")  # fmt: skip
def ri04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 16, 12))
    project_head(
        s, year=2026, name="老字号保护扶持资金", dept="桐川县商务和经济信息化局（117）",
        unit="桐川县商务和经济信息化局", money=one_year_money(wan(96), wan(96), wan(0)),
        goals=["2026年扶持12家老字号企业改造门店、传承技艺，提升老字号品牌影响力。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "扶持老字号企业数量", "大于等于", 12, "家"),
        (None, None, "新认定县级老字号企业数", "大于等于",
         mk(pct(0.15), "T120", "warning", row=True, note="a count of enterprises given as 15%"),
         "%"),
        (None, "质量指标", "老字号门店品牌标识规范率",
         mk("小于等于", "T108", "warning", row=True, note="a 规范率 is 正向: 大于等于 meant"),
         pct(0.9), "%"),
        (None, "时效指标", "扶持资金拨付时间", "小于等于", "2026年9月30日", None),
        ("成本指标", "经济成本指标", "单家企业扶持标准", "小于等于", 8, "万元/家"),
        ("效益指标", "社会效益指标", "老字号品牌宣传覆盖人次", "大于等于", 50, "万人次"),
        (None, "可持续影响指标", "老字号技艺传承档案建档率", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "受扶持企业满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "粟婉婷", "杨德昌", "0745-62318870")
    return b


@variant("ri05-fair-two-years", (1, 8, 11), "two-year project, NAT-2021, 中期 and 年度 "
         "columns and a direction column: counts halved for the year, rates, a cost cap and "
         "=0起 equal in both columns, a bare 100% (correct)")  # fmt: skip
def ri05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, years=2, attr="新增项目", name="楠湾市消费品博览会举办项目",
        dept="楠湾市商务局（306）", unit="楠湾市会展服务中心",
        money=period_money((wan(1200), wan(1000), wan(200)), (wan(600), wan(500), wan(100))),
        goals=["2026年—2027年每年举办一届消费品博览会，累计吸引参展企业不少于1600家，实现"
               "现场及线上交易额不低于6亿元。",
               "2026年举办一届消费品博览会，吸引参展企业不少于800家，实现交易额不低于3亿元。"],
    )  # fmt: skip
    indicators(s, (*TWO, "指标方向"), [
        ("产出指标", "数量指标", "举办博览会届数", "≥2届", "≥1届", "正向"),
        (None, None, "参展企业数量", "≥1600家", "≥800家", "正向"),
        (None, None, "专业采购商邀请人次", "≥6000人次", "≥3000人次", "正向"),
        (None, "质量指标", "展馆消防安全检查覆盖率", pct(1), pct(1), "正向"),
        (None, None, "展位利用率", "≥95%", "≥95%", "正向"),
        (None, "时效指标", "博览会筹备完成时间", "2027年9月30日前", "2026年9月30日前", "反向"),
        ("成本指标", "经济成本指标", "单届展会场馆租赁及搭建费用", "≤450万元", "≤450万元", "反向"),
        ("效益指标", "经济效益指标", "博览会交易额", "≥6亿元", "≥3亿元", "正向"),
        (None, "社会效益指标", "展会期间安全责任事故", "=0起", "=0起", "反向"),
        (None, "可持续影响指标", "签约项目履约率", "≥80%", "≥80%", "正向"),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "陆子衿", "钟国梁", "0759-32876015")
    return b


@variant("ri06-night-fair-period", (8,), "two-year project, NAT-2021, 实施期 and 年度 columns "
         "with bare numbers and a unit column: an annual count above the period count, a "
         "deadline after the period")  # fmt: skip
def ri06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 12))
    project_head(
        s, year=2026, years=2, name="夜间消费节及特色展销会举办项目",
        dept="柘溪区商务局（221）", unit="柘溪区商贸发展服务中心",
        money=period_money((wan(300), wan(300), wan(0)), (wan(160), wan(160), wan(0))),
        goals=["2026年—2027年举办特色展销会6场以上、夜间消费节活动不少于60天，累计带动销售额"
               "2400万元以上。",
               "2026年举办夜间消费节和特色展销活动，夜间消费节活动不少于30天，带动销售额1200万元"
               "以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "举办特色展销会场次", "≥6",
         mk("≥8", "D201", "error", alt=("D104",), note="8 a year against 6 over two years"),
         "场"),
        (None, None, "夜间消费节活动天数", "≥60", "≥30", "天"),
        (None, "质量指标", "参展商品抽检合格率", "≥98", "≥98", "%"),
        (None, "时效指标", "展销会全部举办完成时间",
         mk("2028年6月30日前", "Y102", "error", alt=("Y103",), note="the period ends in 2027"),
         "2026年12月31日前", None),
        ("成本指标", "经济成本指标", "单场展销会布展成本", "≤18", "≤18", "万元"),
        ("效益指标", "经济效益指标", "展销活动带动销售额", "≥2400", "≥1200", "万元"),
        (None, "社会效益指标", "带动就业人数", "≥300", "≥150", "人"),
        ("满意度指标", "服务对象满意度指标", "参展商户满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    note(s, "说明：实施期指标值为2026年—2027年累计值。")
    sign(s, "卢思源", "乔美玲", "0736-52098314")
    return b


@variant("ri11-tea-fair-and-new-year-market", (2, 11), "two one-year projects stacked, "
         "NAT-2021, direction and 备注 columns, a January–February project, =0起, a bare 100%, "
         "a footnote on directions (correct)")  # fmt: skip
def ri11() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 12, 24))
    s.title("鹭川县2026年度会展促消费项目绩效目标表", 6)
    dept = "鹭川县商务局（215）"
    stacked(s, 2026, "鹭川县茶产业博览会举办项目", dept, "鹭川县会展服务中心",
            one_year_money(wan(180), wan(150), wan(30)),
            "2026年举办茶产业博览会，搭建标准展位400个，吸引参展企业300家以上，签约金额2亿元"
            "以上。")  # fmt: skip
    indicators(s, (*DIR, "备注"), [
        ("产出指标", "数量指标", "参展企业数量", "≥300家", "正向", None),
        (None, None, "搭建标准展位", "≥400个", "正向", "每个9平方米"),
        (None, None, "举办茶产业推介活动场次", "≥6场", "正向", None),
        (None, "质量指标", "展会安全检查覆盖率", pct(1), "正向", None),
        (None, "时效指标", "茶博会举办时间", "2026年5月31日前", "反向", None),
        ("成本指标", "经济成本指标", "标准展位搭建单价", "≤3000元/个", "反向", None),
        ("效益指标", "经济效益指标", "现场及线上签约金额", "≥2亿元", "正向", None),
        (None, "社会效益指标", "展会期间安全责任事故", "=0起", "反向", None),
        ("满意度指标", "服务对象满意度指标", "参展企业满意度", "≥90%", "正向", "第三方测评"),
    ])  # fmt: skip
    stacked(s, 2026, "年货节暨农特产品展销会项目", dept, "鹭川县商务局",
            one_year_money(wan(45), wan(45), wan(0)),
            "春节前举办年货节暨农特产品展销会，展销10天以上，实现销售额800万元以上。",
            start=day(2026, 1, 5), end=day(2026, 2, 28))  # fmt: skip
    indicators(s, (*DIR, "备注"), [
        ("产出指标", "数量指标", "展销会举办天数", "≥10天", "正向", None),
        (None, None, "参展农特产品经营主体", "≥120家", "正向", None),
        (None, "质量指标", "参展食品抽检合格率", "≥98%", "正向", None),
        (None, "时效指标", "展销会结束时间", "2026年2月10日前", "反向", "春节前结束"),
        ("成本指标", "经济成本指标", "展销会布展费用", "≤40万元", "反向", None),
        ("效益指标", "经济效益指标", "展销会销售额", "≥800万元", "正向", None),
        ("满意度指标", "服务对象满意度指标", "消费者满意度", "≥85%", "正向", None),
    ])  # fmt: skip
    note(s, "注：指标方向为“正向”的以“≥”表示不低于，为“反向”的以“≤”表示不超过。")
    sign(s, "欧阳静", "廖正平", "0797-66213058")
    return b

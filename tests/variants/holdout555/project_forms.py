"""Project tables of single street offices: operator and unit columns, typed percent cells,
numbered and pointed tier labels, other header words, notes under the table (cs01–cs06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout555.common import (
    HEAD4,
    YEAR,
    indicators,
    lines,
    one_year,
    signature,
    start,
    street,
    wan,
)
from tests.variants.holdout555.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct


@variant("cs01-canteen-operator-words", (1, 7),
         "project, OLD-NAT, header 指标内容, 指标性质 as operator in words, unit column, typed "
         "percent cells, 万元 in the number format (correct)")  # fmt: skip
def cs01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="翠埠街道长者食堂运营补贴", dept=f"{street('翠埠')} 318004",
                 unit="翠埠街道社区居家养老服务中心",
                 money=one_year(wan(68.4), wan(60.4), wan(8.0)),
                 goals=["保障辖区12个长者食堂全年运营，日均供餐不少于480人次，食品安全零事故，"
                        "就餐老年人满意度达到90%以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "运营长者食堂数量", "大于等于", 12, "个"),
        (None, None, "日均供餐人次", "大于等于", 480, "人次"),
        (None, "质量指标", "食品安全抽检合格率", "大于等于", pct(0.98), "%"),
        (None, None, "食品安全事故发生次数", "等于", 0, "起"),
        (None, "时效指标", "运营补贴按季度拨付及时率", "大于等于", pct(0.95), "%"),
        (None, "成本指标", "每人次就餐补贴标准", "小于等于", 3, "元/人次"),
        ("效益指标", "社会效益指标", "60周岁以上老年人助餐服务覆盖率", "大于等于", pct(0.3), "%"),
        (None, "可持续影响指标", "长者食堂运营管理制度", "等于", "健全", None),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "邝秋岚", "0579-86123047", day(YEAR - 1, 11, 18))
    return b


@variant("cs02-delivery-points", (5, 10),
         "project, NAT-2021, labels numbered with tier points (一、产出指标（50分）, （一）, 1.), "
         "an indicator 分值 column adding to 100, a coverage rate raised in 百分点 "
         "(correct)")  # fmt: skip
def cs02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="汀澜街道高龄独居老人送餐上门服务",
                 dept=f"{street('汀澜')} 318007",
                 unit="汀澜街道办事处社会事务科", money=one_year(wan(48.5), wan(45.0), wan(3.5)),
                 goals=["为辖区260名以上高龄、独居、失能老人提供午餐送餐上门服务，全年送餐不少于"
                        "76000份。"])  # fmt: skip
    indicators(s, (*HEAD4, "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.送餐上门服务老年人数", "≥260人", 15),
        (None, None, "2.全年送餐份数", "≥76000份", 15),
        (None, "（二）质量指标", "3.送达餐食中心温度达标率", "≥95%", 10),
        (None, "（三）时效指标", "4.接单后送达时限", "≤45分钟", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.每份餐配送补贴标准", "≤4元/份", 10),
        (None, None, "6.送餐电动车运维费用", "≤6.2万元", 10),
        ("三、效益指标（20分）", "（一）社会效益指标", "7.高龄独居老人送餐覆盖率比上年提高",
         "≥4百分点", 10),
        (None, "（二）可持续影响指标", "8.送餐服务纳入社区养老服务清单", "长期有效", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "9.送餐服务对象满意度", "≥92%", 10),
    ])  # fmt: skip
    lines(s, "说明：一级指标括号内为该类指标分值合计，与各指标分值之和一致，满分100分。")
    return b


@variant("cs03-delivery-direction", (11, 5),
         "project, OLD-NAT, abbreviated labels (产出, 数量, 满意度), operators inside the "
         "values: a 反向 rate with ≥, a cost cap with =, a satisfaction over 100%")  # fmt: skip
def cs03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="梧垟街道助餐配送服务", dept=f"{street('梧垟')} 318011",
                 unit="梧垟街道综合服务中心", money=one_year(wan(72.8), wan(66.8), wan(6.0)),
                 goals=["依托中心厨房向9个社区配送助餐，全年服务52000人次以上。"])  # fmt: skip
    late = mk("≥3%", "T108", "warning", row=True, note="超时率是反向指标，应为 ≤3%")
    cap = mk("=12元/份", "T108", "warning", row=True, note="成本上限写成“=”，应为 ≤12元/份")
    over = mk("≥105%", "T106", "error", note="满意度不能超过 100%")
    indicators(s, HEAD4, [
        ("产出", "数量", "助餐配送覆盖社区数", "≥9个"),
        (None, None, "年度送餐服务人次", "≥52000人次"),
        (None, "质量", "餐食留样合规率", "≥98%"),
        (None, None, "送餐超时率", late),
        (None, "时效", "冬季保温餐箱配发完成时间", "2025年10月31日前"),
        (None, "成本", "每份助餐餐品成本", cap),
        ("效益", "社会效益", "失能半失能老人就餐需求满足率", "≥90%"),
        ("满意度", "服务对象满意度", "送餐服务对象满意度", over),
    ])  # fmt: skip
    return b


@variant("cs04-renovation-assessment", (7,),
         "project, NAT-2021, headers 考核指标 and 目标值（年度） with a 评价标准 scoring column, a "
         "下降率 with ≥, a unit cost × count equal to the budget (correct)")  # fmt: skip
def cs04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蔺家湾街道助餐点适老化改造", dept=f"{street('蔺家湾')} 318009",
                 unit="蔺家湾街道办事处", attr="一次性项目",
                 money=one_year(wan(93.6), wan(93.6), wan(0)),
                 goals=["完成12个社区助餐点适老化和明厨亮灶改造，9月底前投入使用。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "完成适老化改造助餐点数", "≥12个", "每少1个扣2分"),
        (None, "质量指标", "改造工程验收合格率", "=100%", "未达到不得分"),
        (None, "时效指标", "改造完成并投入使用时间", "2025年9月30日前", "每延迟1月扣2分"),
        ("成本指标", "经济成本指标", "单个助餐点改造补助标准", "≤7.8万元/个", "超出不得分"),
        ("效益指标", "社会效益指标", "助餐点餐食浪费下降率", "≥10%", "按比例得分"),
        (None, "可持续影响指标", "改造设施维护管理责任落实", "到位", "未落实扣3分"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%", "按调查结果计分"),
    ])  # fmt: skip
    return b


@variant("cs05-notes-and-defects", (4,),
         "project, OLD-NAT, one value column; a 填表说明 row inside the table, 注 lines, a stamp "
         "and signature line below; a rate given as a count, a next-year date")  # fmt: skip
def cs05() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="栖凤桥街道中心长者食堂消防及厨房改造",
                 dept=f"{street('栖凤桥')} 318012", unit="栖凤桥街道平安建设办公室",
                 attr="一次性项目", money=one_year(wan(38.0), wan(35.0), wan(3.0)),
                 goals=["完成中心长者食堂消防设施和厨房排烟改造，确保年内安全运营。"])  # fmt: skip
    s.row(*HEAD4)
    lines(s, "填表说明：定量指标须写明比较符和计量单位，定性指标填写等级。", width=4)
    count = mk("12次", "T105", "error", note="合格率写成次数，应为百分比")
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="一年期项目（2025年）的完成时间落在2026年")  # fmt: skip
    s.table([
        ("产出指标", "数量指标", "改造厨房排烟设施套数", "≥2套"),
        (None, None, "新增消防喷淋点位", "≥36个"),
        (None, "质量指标", "食品留样合格率", count),
        (None, "时效指标", "消防改造完成时间", late),
        (None, "成本指标", "消防改造单位面积造价", "≤260元/平方米"),
        ("效益指标", "社会效益指标", "食堂安全事故发生次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "就餐老年人满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    lines(s, "注：1. 改造面积约820平方米；2. 其他资金为辖区企业捐赠。", "（单位盖章）")
    signature(s, "岑晓砚", "0579-86127751", day(YEAR - 1, 12, 3))
    return b


@variant("cs06-subsidy-percent-money", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percents: one over 100%, a deadline "
         "as a percent, 其他资金 typed in 元 inside the 万元 block")  # fmt: skip
def cs06() -> Book:
    b, s = start()
    other = mk(money(40000, YUAN), "B105", "error", note="万元栏中填了元")
    project_head(s, year=YEAR, name="翠埠街道困难老人就餐补贴", dept=f"{street('翠埠')} 318004",
                 unit="翠埠街道社区居家养老服务中心",
                 money=one_year(wan(54.0), wan(50.0), other),
                 goals=["为辖区低保、特困老人发放就餐补贴，补贴发放准确率达到100%。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="元填入万元栏导致合计不符，可容忍")
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "享受就餐补贴老年人数", "≥", 420, "人"),
        (None, "质量指标", "补贴对象资格复核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="合格率不能超过100%"), "%"),
        (None, "时效指标", "补贴发放系统上线时间", "=",
         mk(pct(1), "T113", "warning", row=True, note="期限写成了百分比"), "%"),
        (None, "成本指标", "每人每月就餐补贴", "≤", 100, "元/人·月"),
        ("效益指标", "社会效益指标", "困难老人就餐困难问题解决率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b

"""Rock-sugar (冰糖) workshops: eu01–eu06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout609.common import PLAIN, new_book, notes, one_year, sign, table, wan
from tests.variants.holdout609.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

DEPT = "岑坪县农业农村局 318004"


@variant("eu01-crystal-pools", (1,),
         "project, OLD-NAT, operator and unit columns, percentages typed in Excel, 万元 only in "
         "the number format (correct)")  # fmt: skip
def crystal_pools() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="砚桥镇冰糖工坊结晶车间改造", dept=DEPT,
                 unit="岑坪县砚桥镇农业综合服务中心", money=one_year(96, 80, 16),
                 goals=["改造冰糖结晶车间1处，新建结晶池12个（其中单晶池4个、多晶池8个），"
                        "冰糖年产量达到260吨，成品抽检合格率不低于98%。"])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "新建结晶池", "≥", 12, "个"),
        (None, None, "改造结晶车间", "=", 1, "处"),
        (None, None, "冰糖年产量", "≥", 260, "吨"),
        (None, "质量指标", "成品抽检合格率", "≥", pct(0.98), "%"),
        (None, None, "结晶池竣工验收合格率", "=", pct(1), "%"),
        (None, "时效指标", "车间改造完工时间", "≤", day(2025, 9, 30, CN_DATE), None),
        (None, "成本指标", "结晶池单池建设成本", "≤", 4.5, "万元/个"),
        (None, None, "结晶车间改造成本", "≤", 38, "万元"),
        ("效益指标", "经济效益指标", "工坊冰糖销售收入增长率", "≥", pct(0.15), "%"),
        (None, "社会效益指标", "带动周边农户就业", "≥", 35, "人"),
        (None, "生态效益指标", "单位产品煤耗下降率", "≥", pct(0.08), "%"),
        (None, "可持续影响指标", "结晶池设计使用年限", "≥", 15, "年"),
        ("满意度指标", "服务对象满意度指标", "入驻工坊农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, 2025, "韦承岳", "蒙雪棠", "0771-6635 208")
    return b


@variant("eu02-boiler-count", (12,),
         "project, OLD-NAT, one value column: the goal's boiler count against the indicator, a "
         "unit cost × count above the money, a money total not adding up")  # fmt: skip
def boiler_count() -> Book:
    b, s = new_book()
    total = mk(wan(120), "B101", "error", note="财政拨款 90 + 其他资金 40 = 130 ≠ 资金总额 120")
    project_head(s, year=2025, name="澜禾区老街冰糖作坊熬糖锅炉改造", dept="澜禾区商务局 226010",
                 unit="澜禾区老街社区居民委员会", money=one_year(total, 90, 40),
                 goals=["将老街冰糖作坊群的燃煤熬糖锅炉6台改造为电加热锅炉，配套安装油烟净化"
                        "设备6套，年内全部通过验收。"])  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "改造熬糖锅炉",
         mk("4台", "D104", "warning", row=True, alt=("D102",),
            note="年度目标写改造锅炉6台，指标只有4台")),
        (None, None, "安装油烟净化设备", "6套"),
        (None, "质量指标", "锅炉改造验收合格率", "100%"),
        (None, "时效指标", "锅炉改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单台锅炉改造费用",
         mk("≤36万元/台", "B107", "warning", row=True,
            note="36万元 × 4台 = 144万元，超过资金总额120万元（按各项之和130万元也超过）")),
        ("效益指标", "生态效益指标", "作坊群年燃煤减少量", "≥300吨"),
        (None, "社会效益指标", "作坊油烟投诉件数", "≤2件"),
        (None, "可持续影响指标", "电加热锅炉使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eu03-two-workshops", (2,),
         "two rock-sugar projects stacked in one sheet, OLD-NAT, one value column, the same "
         "satisfaction indicator with different values in each (correct)")  # fmt: skip
def two_workshops() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="蔗湾乡冰糖作坊卫生提升", dept=DEPT,
                 unit="岑坪县蔗湾乡人民政府", money=one_year(48, 40, 8),
                 goals=["完成冰糖作坊卫生提升18户，每户配置不锈钢晾糖架和防蝇纱窗。"],
                 title="2025年度项目支出绩效目标申报表（蔗湾乡汇总）")  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "卫生提升作坊户", "≥18户"),
        (None, "质量指标", "食品生产卫生检查合格率", "≥95%"),
        (None, "时效指标", "卫生提升完成时间", "2025年8月31日前"),
        (None, "成本指标", "户均卫生提升补助", "≤2.6万元/户"),
        ("效益指标", "社会效益指标", "取得小作坊登记证户数", "≥15户"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="蔗湾冰糖品牌包装设计", dept=DEPT,
                 unit="岑坪县蔗湾乡人民政府", money=one_year(30, 24, 6),
                 goals=["设计“蔗湾老冰糖”礼盒包装6款，参加农产品展销会3场。"],
                 title="")  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "礼盒包装设计款式", "≥6款"),
        (None, None, "参加农产品展销会", "≥3场"),
        (None, "质量指标", "包装设计方案评审通过率", "100%"),
        (None, "时效指标", "设计方案定稿时间", "2025年6月30日前"),
        (None, "成本指标", "单场展销会参展费用", "≤3万元/场"),
        ("效益指标", "经济效益指标", "礼盒冰糖销售额", "≥80万元"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("eu04-packing-leftover", (2,),
         "two rock-sugar projects stacked, OLD-NAT: the second keeps last season's end date and "
         "repeats one indicator with a word more under another tier-2")  # fmt: skip
def packing_leftover() -> Book:
    b, s = new_book()
    project_head(s, year=2025, name="朔丰镇冰糖作坊煤改气", dept="朔丰县市场监督管理局 402117",
                 unit="朔丰县朔丰镇人民政府", money=one_year(64, 56, 8),
                 goals=["完成冰糖作坊煤改气8户，作坊燃气管道全部通过安全检测。"])  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "煤改气作坊户", "≥8户"),
        (None, "质量指标", "燃气管道安全检测合格率", "100%"),
        (None, "时效指标", "煤改气完成时间", "2025年9月30日前"),
        (None, "成本指标", "户均煤改气补助", "≤7万元/户"),
        ("效益指标", "生态效益指标", "作坊燃煤减少量", "≥120吨"),
        ("满意度指标", "服务对象满意度指标", "作坊户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    end = mk(
        day(2024, 12, 31),
        "Y102",
        "error",
        alt=("Y104", "Y101"),
        note="预算年度2025年，计划完成日期仍是上一季的2024年12月31日，早于开始日期",
    )
    project_head(s, year=2025, name="朔丰冰糖礼盒包装升级", dept="朔丰县市场监督管理局 402117",
                 unit="朔丰县冰糖产业协会", money=one_year(26, 20, 6), end=end,
                 goals=["升级冰糖礼盒包装5款，完成包装食品接触材料检测。"], title="")  # fmt: skip
    table(s, PLAIN, [
        ("产出指标", "数量指标", "冰糖礼盒包装设计款式", "≥5款"),
        (None, "质量指标", "包装材料检测合格率", "100%"),
        (None, None, mk("冰糖礼盒包装设计款式数量", "D103", "warning", row=True,
                        alt=("D101", "F201"), note="与数量指标下的同一指标重复，只多“数量”二字"),
         "≥5款"),
        (None, "时效指标", "包装定稿时间", "2025年5月31日前"),
        (None, "成本指标", "单款包装设计费用", "≤2万元/款"),
        ("效益指标", "经济效益指标", "礼盒冰糖销售额", "≥60万元"),
        ("满意度指标", "服务对象满意度指标", "协会会员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("eu05-points-tiers", (5, 10),
         "project, NAT-2021, numbered tier labels with points, an indicator score column adding to "
         "the same 100, a rate raised in 百分点 (correct)")  # fmt: skip
def points_tiers() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="岑坪冰糖单晶工艺提升",
        dept=DEPT,
        unit="岑坪县糖业技术推广站",
        money=one_year(75, 60, 15),
        goals=["在5家冰糖工坊推广单晶冰糖控温结晶工艺，优等品率比上年提高3个百分点。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "1.单家工坊工艺改造补助", "≤15万元/家", 10),
        ("二、产出指标（50分）", "（一）数量指标", "1.推广控温结晶工艺工坊", "≥5家", 15),
        (None, None, "2.培训结晶操作工", "≥40人", 15),
        (None, "（二）质量指标", "3.单晶冰糖优等品率提高", "≥3百分点", 10),
        (None, "（三）时效指标", "4.工艺改造完成时间", "2025年10月底前", 10),
        ("三、效益指标（30分）", "（一）经济效益指标", "1.单晶冰糖每吨售价增加", "≥800元/吨", 10),
        (None, "（二）社会效益指标", "2.带动蔗农订单收购甘蔗", "≥1500吨", 10),
        (None, "（三）可持续影响指标", "3.形成结晶工艺操作规程", "1套", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "1.参训工坊满意度", "≥90%", 10),
    ])  # fmt: skip
    notes(s, "注：一级指标括号内为该级分值，各三级指标分值之和与之相同，合计均为100分。",
          width=5)  # fmt: skip
    return b


@variant("eu06-tier-slips", (5,),
         "project, OLD-NAT, labels with marks (*, ★) and abbreviations: a quality rate under 时效, "
         "a count under 质量, a satisfaction rate under 社会效益")  # fmt: skip
def tier_slips() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="澜禾区冰糖小作坊质量提升",
        dept="澜禾区市场监督管理局 226031",
        unit="澜禾区食品小作坊服务站",
        money=one_year(40, 32, 8),
        goals=["培训冰糖作坊熬糖技师60人，作坊冰糖成品抽检合格率达到96%以上。"],
    )
    table(s, PLAIN, [
        ("*产出", "数量", "冰糖作坊巡查", "≥120户次"),
        (None, "质量", mk("熬糖技师培训人数", "F201", "warning", row=True,
                          note="人数是数量指标，填在质量下"), "≥60人"),
        (None, None, "作坊生产记录规范率", "≥90%"),
        (None, "时效", "巡查问题整改及时率", "≥95%"),
        (None, None, mk("冰糖成品抽检合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "≥96%"),
        (None, "成本", "人均培训费用", "≤800元/人"),
        ("★效益", "社会效益", "作坊食品安全事故", "0起"),
        (None, None, mk("作坊经营户满意度", "F201", "warning", row=True, alt=("F105",),
                        note="满意度应在满意度指标下，填在社会效益下"), "≥90%"),
        ("满意度", "服务对象满意度", "冰糖收购商满意度", "≥85%"),
    ])  # fmt: skip
    return b

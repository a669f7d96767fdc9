"""Beef-jerky (牛肉干) returns: dn01–dn06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout576.common import (
    DEPT,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout576.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, ok, pct

UNIT = "昂曲牧业专业合作社"
COOP = "色尔沟村股份经济合作社"


@variant("dn01-jerky-percent-cells", (1,),
         "project, NAT-2021, operator and unit columns, percent typed in Excel, 万元 in the "
         "number format (correct)")  # fmt: skip
def dn01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="风干牛肉干标准化加工提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(300), wan(240), wan(60)),
                 goals=["2025年加工风干牛肉干120吨，产品抽检合格率不低于98%，"
                        "带动入社牧户260户增收。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "牛肉干加工量", "≥", 120, "吨"),
        (None, None, "带动入社牧户数", "≥", 260, "户"),
        (None, "质量指标", "产品抽检合格率", "≥", pct(0.98), None),
        (None, None, "冷链运输温度达标率", "≥", pct(0.95), None),
        (None, "时效指标", "加工任务完成时间", "≤", day(2025, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "牦牛肉原料收购补贴标准", "≤", 0.8, "万元/吨"),
        ("效益指标", "经济效益指标", "入社牧户户均增收", "≥", 3000, "元"),
        (None, "可持续影响指标", "合作社自有品牌持续运营年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "入社牧户满意度", "≥", pct(0.9), None),
    ]
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    indicators(s, rows, head)
    sign(s, "达瓦次仁", "0891-7304418")
    return b


@variant("dn02-jerky-cold-store-dates", (4, 9),
         "project, OLD-NAT, one value column, a 注 row inside the table and 填表说明 below: "
         "completion date stored as a serial, a next-year deadline, a goal text that "
         "disagrees with its indicator")  # fmt: skip
def dn02() -> Book:
    b, s = book()
    text = "2025年收购牦牛肉800吨，建成200立方米牛肉干冷库1座，淡季库存周转天数压缩至45天以内。"
    note = "the goal says 800吨 bought, the indicator 牦牛肉收购量 ≥600吨"
    goal = mk(text, "D104", "warning", note=note)
    end = mk(
        "45838", "X104", "warning", note="计划完成日期 typed as text serial 45838 (2025-06-30)"
    )
    project_head(s, year=2025, name="牦牛肉干冷链仓储建设项目", dept=DEPT, unit=COOP,
                 money=one_year(wan(150), wan(120), wan(30)), goals=[goal], attr="一次性项目",
                 end=end)  # fmt: skip
    late = mk("2026年6月30日前", "Y102", "error",
              note="a one-year 2025 project cannot finish in 2026")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "牦牛肉收购量", "≥600吨"),
        (None, None, "冷库建设数量", "=1座"),
        (None, "质量指标", "冷库竣工验收合格率", "=100%"),
        (None, "时效指标", "冷库建成投用时间", late),
        (None, "成本指标", "冷库建设单价", "≤0.45万元/立方米"),
        ("注：冷库容积以竣工验收报告为准。", None, None, None),
        ("效益指标", "经济效益指标", "淡季库存周转天数", "≤45天"),
        (None, "社会效益指标", "带动牧户数", "≥180户"),
        ("满意度指标", "服务对象满意度指标", "入库牧户满意度", "≥90%"),
    ]
    indicators(s, rows)
    notes(s, "填表说明：1.金额单位为万元；2.指标值须含比较符和计量单位。")
    sign(s, "格桑旺姆", "0891-7302265")
    return b


@variant("dn03-jerky-two-row-header", (5, 7, 10),
         "project, NAT-2021, two-row header 绩效指标 / 考核指标 / 目标值（年度）, numbered tier "
         "labels, tier-1 and indicator points both adding to 100, a rate lowered in 百分点 "
         "(correct)")  # fmt: skip
def dn03() -> Book:
    b, s = book(widths=(16, 10, 16, 30, 18, 10))
    project_head(s, year=2025, name="牛肉干真空包装生产线改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(120), wan(100), wan(20)),
                 goals=["完成2条牛肉干真空包装生产线改造，培训加工技术人员60人次以上，"
                        "产品损耗率降低3个百分点以上。"])  # fmt: skip
    s.row("绩效指标", None, None, None, "目标值（年度）", "分值", merge=[(1, 4)])
    rows = [
        ("一、产出指标", 50, "（一）数量指标", "生产线改造数量", "=2条", 15),
        (None, None, None, "培训加工技术人员", "≥60人次", 10),
        (None, None, "（二）质量指标", "产品微生物检测合格率", pct(0.98), 15),
        (None, None, "（三）时效指标", "生产线改造完成时间", "2025年9月30日前", 10),
        ("二、成本指标", 10, "（一）经济成本指标", "单条生产线改造成本", "≤45万元/条", 10),
        ("三、效益指标", 30, "（一）经济效益指标", "产品损耗率降低幅度", "≥3百分点", 10),
        (None, None, "（二）社会效益指标", "带动牧民就业人数", "≥40人", 10),
        (None, None, "（三）可持续影响指标", "生产线设计使用年限", "≥10年", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "合作社成员满意度", "≥90%", 10),
    ]
    head = ("一级指标", "一级分值", "二级指标", "考核指标", None, None)
    indicators(s, rows, head, merged=(1, 2, 3))
    sign(s, "才让多杰", "0891-7306630")
    return b


@variant("dn04-jerky-three-years", (8, 12),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 value columns and money: an "
         "annual count above its period, a year outside the period in the 中期目标, a 年度目标 "
         "count that disagrees with its indicator")  # fmt: skip
def dn04() -> Book:
    b, s = book()
    period = mk("到2029年建成覆盖全县6个乡的牛肉干加工网络，三年培训牧民加工技能900人次。",
                "Y103", "warning", note="2029 lies outside the 项目期 2025–2027")  # fmt: skip
    annual = mk("2025年建成加工点2个，培训牧民加工技能300人次。", "D104", "warning",
                note="text 300人次, annual indicator ≥200人次")  # fmt: skip
    project_head(s, year=2025, years=3, name="牧区牛肉干加工网络建设项目", dept=DEPT, unit=UNIT,
                 money=multi_year((wan(600), wan(500), wan(100)), (wan(200), wan(160), wan(40))),
                 goals=[period, annual])  # fmt: skip
    over = mk("≥1800吨", "D201", "error", note="annual 1800吨 above the three-year 1500吨")
    rows = [
        ("产出指标", "数量指标", "牛肉干加工点建设数量", "≥6个", "≥2个"),
        (None, None, "培训牧民加工技能", "≥900人次", "≥200人次"),
        (None, None, "牦牛肉收购量", "≥1500吨", over),
        (None, "质量指标", "加工点卫生许可取得率", "=100%", "=100%"),
        (None, "时效指标", "年度建设任务完成及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个加工点建设成本", "≤80万元", "≤80万元"),
        ("效益指标", "经济效益指标", "加工点销售收入", "≥900万元", "≥200万元"),
        (None, "社会效益指标", "带动牧户增收户数", "≥500户", "≥150户"),
        ("满意度指标", "服务对象满意度指标", "牧户满意度", "≥90%", "≥90%"),
    ]
    indicators(s, rows, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"))
    sign(s, "洛桑", "0891-7301187")
    return b


@variant("dn05-jerky-second-sheet", (7, 12),
         "project, NAT-2021: head on 基本信息, indicators on a second sheet under 预期实现值 and "
         "评价标准, unit cost × quantity exactly the budget, a later year named on purpose "
         "(correct)")  # fmt: skip
def dn05() -> Book:
    b, s = book("基本信息")
    project_head(s, year=2025, name="牛肉干社区电商销售项目", dept=DEPT, unit="嘎玛乡牧民合作联社",
                 money=one_year(wan(180), wan(150), wan(30)),
                 goals=["通过社区电商平台销售牛肉干50吨，"
                        "单位加工成本控制在每吨3.6万元以内。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 18, 30, 18, 24))
    t.title("项目绩效指标", 5)
    trademark = ok("至2034年", "warning", note="a trademark registered for ten years: on purpose")
    rows = [
        ("产出指标", "数量指标", "线上销售牛肉干数量", "≥50吨", "达到得满分"),
        (None, "质量指标", "产品质量抽检合格率", pct(0.98), "每低1%扣1分"),
        (None, "时效指标", "订单发货及时率", "≥95%", "每低1%扣1分"),
        ("成本指标", "经济成本指标", "单位加工成本", "≤3.6万元/吨", "超出不得分"),
        ("效益指标", "经济效益指标", "线上销售收入", "≥400万元", "按比例得分"),
        (None, "可持续影响指标", "自有品牌商标注册有效期", trademark, "有效得分"),
        ("满意度指标", "服务对象满意度指标", "线上消费者好评率", pct(0.95), "按比例得分"),
    ]
    indicators(t, rows, ("一级指标", "二级指标", "三级指标", "预期实现值", "评价标准"))
    sign(t, "白玛", "0891-7308852")
    return b


@variant("dn06-jerky-leftovers", (6, 13),
         "project, OLD-NAT, one value column: an HTML tag in the 年度目标, a placeholder value, "
         "a value whose name was left empty")  # fmt: skip
def dn06() -> Book:
    b, s = book()
    goal = mk("<p>扶持牛肉干作坊改造10家，提升产品卫生合格水平。</p>", "X102", "warning",
              note="HTML paragraph tags left in the 年度目标")  # fmt: skip
    project_head(s, year=2025, name="牛肉干家庭作坊改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(wan(80), wan(80), wan(0)), goals=[goal])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造家庭作坊数量", "≥10家"),
        (None, None, "作坊牛肉干年产量", mk("≥**吨", "X101", "error", note="placeholder")),
        (None, "质量指标", "改造作坊验收合格率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="a value without its indicator name"), "≥90%"),
        (None, "时效指标", "改造完成时间", "2025年10月31日前"),
        (None, "成本指标", "单个作坊改造补助", "≤8万元"),
        ("效益指标", "社会效益指标", "作坊从业牧民人数", "≥30人"),
        ("满意度指标", "服务对象满意度指标", "作坊经营户满意度", "≥90%"),
    ]
    indicators(s, rows)
    sign(s, "次旦卓玛", "0891-7305524")
    return b

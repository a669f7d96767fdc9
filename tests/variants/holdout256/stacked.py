"""Several projects stacked in one sheet, each with its own head, money and indicator table:
subsidies for farmland and machinery, 衔接推进乡村振兴 funds, village sanitation and collective
economy (rf01–rf06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout256.common import (
    ONE,
    OPS,
    TWO,
    WEIGHT,
    book,
    divider,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)  # fmt: skip
from tests.variants.holdout256.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "青岚县农业农村局（403）"


@variant("rf01-two-subsidies-weights", (2, 12), "two one-year projects stacked, each with its "
         "title and weights adding to 100 (200 in the sheet), 亩 standard × area within money, "
         "pct(1), WAN money (correct)")  # fmt: skip
def rf01() -> Book:
    b, s = book("补贴项目")
    project_head(
        s, year=2026, name="2026年耕地地力保护补贴项目", dept=DEPT, unit="青岚县农业农村局",
        money=one_year_money(wan(5480), wan(5480), wan(0)),
        goals=["2026年向全县约4.1万户承包农户发放耕地地力保护补贴，补贴面积52万亩，每亩补贴"
               "105元，补贴资金通过一卡通直接兑付到户。"],
    )  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "补贴发放面积", "≥52万亩", 15),
        (None, None, "补贴发放农户数", "≥4.1万户", 10),
        (None, "质量指标", "补贴面积核实准确率", "≥98%", 10),
        (None, None, "补贴资金一卡通兑付率", pct(1), 10),
        (None, "时效指标", "补贴资金兑付完成时间", "2026年9月30日前", 10),
        ("成本指标", "经济成本指标", "每亩补贴标准", "≤105元/亩", 10),
        ("效益指标", "社会效益指标", "耕地撂荒面积下降率", "≥10%", 10),
        (None, "生态效益指标", "秸秆还田面积", "≥18万亩", 5),
        (None, "可持续影响指标", "农户耕地地力保护意识", "明显提升", 10),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥92%", 10),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="2026年农机购置与应用补贴项目", dept=DEPT, unit="青岚县农机推广站",
        money=one_year_money(wan(1860), wan(1800), wan(60)),
        goals=["2026年补贴购置各类农机具1500台（套），受益农户和农业经营主体1200户，主要农作物"
               "耕种收综合机械化率达到86%。"],
    )  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "补贴机具数量", "≥1500台（套）", 15),
        (None, None, "受益农户和经营主体数", "≥1200户", 10),
        (None, "质量指标", "补贴机具核验合格率", "≥98%", 10),
        (None, "时效指标", "补贴资金结算完成时间", "2026年12月15日前", 10),
        ("成本指标", "经济成本指标", "单台（套）平均补贴额", "≤1.2万元/台", 15),
        ("效益指标", "经济效益指标", "主要农作物耕种收综合机械化率", "≥86%", 15),
        (None, "社会效益指标", "农机安全生产事故起数", "=0起", 15),
        ("满意度指标", "服务对象满意度指标", "购机户满意度", "≥90%", 10),
    ])  # fmt: skip
    sign(s, "郑禾生", "温启兰", "0739-57203316")
    return b


@variant("rf02-three-projects-slips", (2, 12), "three one-year projects stacked under one "
         "title: a 合格率 ≥105% in the first, 总额 ≠ 财政拨款 + 其他资金 in the second, an end "
         "date before the start in the third")  # fmt: skip
def rf02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农村人居环境整治提升项目", dept="石埠县农业农村局（218）",
        unit="石埠县农村人居环境整治办公室", title="石埠县2026年度农业农村项目绩效目标表",
        money=one_year_money(wan(860), wan(800), wan(60)),
        goals=["2026年完成农村户厕改造3200户，新建农村生活垃圾收集点150个，行政村生活垃圾有效"
               "治理率保持100%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "农村户厕改造数", "≥3200户"),
        (None, None, "新建垃圾收集点", "≥150个"),
        (None, "质量指标", "户厕改造验收合格率",
         mk("≥105%", "T106", "error", note="a 合格率 cannot pass 100%")),
        (None, "时效指标", "改厕任务完成时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "户均改厕补助", "≤2000元/户"),
        ("效益指标", "生态效益指标", "行政村生活垃圾有效治理率", pct(1)),
        ("满意度指标", "服务对象满意度指标", "农户满意度", "≥90%"),
    ])  # fmt: skip
    divider(s, "二、村级集体经济发展扶持项目")
    project_head(
        s, year=2026, name="2026年扶持村级集体经济发展项目", dept="石埠县农业农村局（218）",
        unit="石埠县农村经营管理站", title="",
        money=one_year_money(mk(wan(650), "B101", "error", note="600 + 30 = 630, not 650"),
                             wan(600), wan(30)),
        goals=["2026年扶持12个村发展壮大村级集体经济，每村扶持资金50万元，扶持村集体经营性收入"
               "达到15万元以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "扶持村数量", "≥12个"),
        (None, "质量指标", "扶持项目验收合格率", "≥95%"),
        ("成本指标", "经济成本指标", "每村扶持资金", "≤50万元/村"),
        ("效益指标", "经济效益指标", "扶持村集体经营性收入", "≥15万元/村"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%"),
    ])  # fmt: skip
    divider(s, "三、衔接资金产业发展项目")
    project_head(
        s, year=2026, name="2026年衔接推进乡村振兴补助资金产业发展项目", title="",
        dept="石埠县乡村振兴服务中心（221）", unit="石埠县乡村振兴服务中心",
        money=one_year_money(wan(1320), wan(1320), wan(0)), start=day(2026, 3, 1),
        end=mk(day(2025, 11, 30), "Y104", "error", alt=("Y102",), note="ends before it starts"),
        goals=["2026年支持脱贫村特色种养业项目11个，带动脱贫户和监测户1100户增收。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "支持特色产业项目数", "≥11个"),
        (None, None, "带动脱贫户和监测户数", "≥1100户"),
        ("成本指标", "经济成本指标", "单个项目平均补助", "≤120万元/个"),
        ("效益指标", "经济效益指标", "带动户户均增收", "≥1500元"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "庞雨田", "鲁静姝", "0772-64381025")
    return b


@variant("rf03-period-then-posts", (2, 8, 12), "a three-year 衔接资金 project with 中期 and 年度 "
         "columns, then a divider row and a one-year project without title: rates and unit "
         "costs equal in both columns, counts below their period (correct)")  # fmt: skip
def rf03() -> Book:
    b, s = book("衔接资金")
    project_head(
        s, year=2026, years=3, name="衔接推进乡村振兴补助资金产业发展项目（2026—2028年）",
        dept="柳渡县乡村振兴局（512）", unit="柳渡县乡村振兴局", attr="新增项目",
        money=period_money((wan(4500), wan(4200), wan(300)), (wan(1500), wan(1400), wan(100))),
        goals=["2026—2028年累计支持脱贫村产业项目36个，带动脱贫户和监测户5400户稳定增收。",
               "2026年支持脱贫村产业项目12个，带动脱贫户和监测户1800户增收。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "支持产业发展项目数", "≥36个", "≥12个"),
        (None, None, "带动脱贫户和监测户数", "≥5400户", "≥1800户"),
        (None, "质量指标", "项目竣工验收合格率", "≥95%", "≥95%"),
        (None, "时效指标", "衔接资金拨付及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单个产业项目平均补助额", "≤125万元/个", "≤125万元/个"),
        ("效益指标", "经济效益指标", "脱贫人口人均纯收入增幅", "≥6%", "≥6%"),
        (None, "可持续影响指标", "联农带农利益联结机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    divider(s, "二、2026年乡村公益性岗位补助项目")
    project_head(
        s, year=2026, name="乡村公益性岗位开发补助项目", dept="柳渡县乡村振兴局（512）",
        unit="柳渡县各乡镇人民政府", title="", money=one_year_money(wan(312), wan(312), wan(0)),
        goals=["2026年开发乡村公益性岗位260个，按每人每月1000元发放岗位补贴，兜底安置弱劳力"
               "和半劳力就业。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开发乡村公益性岗位数", "≥260个"),
        (None, "质量指标", "岗位补贴发放准确率", pct(1)),
        ("成本指标", "经济成本指标", "岗位补贴标准", "≤1000元/人·月"),
        ("效益指标", "社会效益指标", "上岗人员在岗稳定率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "上岗人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "褚望舒", "甘立峰", "0736-52190874")
    return b


@variant("rf04-annual-over-period", (2, 12), "a three-year sewage project stacked over a "
         "one-year machinery scrapping project: 年度资金 above 中期资金, 单台补贴 × 台数 above "
         "the money")  # fmt: skip
def rf04() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 14))
    project_head(
        s, year=2026, years=3, name="农村生活污水治理项目（2026—2028年）",
        dept="梧冈县生态环境局（307）", unit="梧冈县农村环境整治中心", attr="新增项目",
        money=period_money(
            (wan(2400), wan(2400), wan(0)),
            (mk(wan(2600), "B103", "error", note="2600 > 中期 2400"), wan(2600), wan(0))),
        goals=["2026—2028年完成60个行政村生活污水治理，治理率提高到65%。",
               "2026年完成22个行政村生活污水治理，建成集中处理设施22座。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成生活污水治理行政村数", "≥60个", "≥22个"),
        (None, "质量指标", "处理设施出水达标率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "单村治理平均投资", "≤40万元/村", "≤40万元/村"),
        ("效益指标", "生态效益指标", "农村生活污水治理率", "≥65%", "≥45%"),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    divider(s, "项目二")
    project_head(
        s, year=2026, name="2026年农机报废更新补贴项目", dept="梧冈县农业农村局（302）",
        unit="梧冈县农机服务中心", title="", money=one_year_money(wan(360), wan(360), wan(0)),
        goals=["2026年补贴报废老旧农机400台，更新为节能环保机具。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "报废更新农机台数", "≥400台"),
        ("成本指标", "经济成本指标", "单台平均报废补贴",
         mk("≤1.2万元/台", "B107", "warning", note="400 × 1.2万 = 480万 > 360万")),
        ("效益指标", "生态效益指标", "老旧农机淘汰率", "≥30%"),
        ("满意度指标", "服务对象满意度指标", "机手满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rf05-operator-columns-notes", (1, 2, 4), "two projects stacked in operator and unit "
         "columns, a footnote under each table, 95% typed in Excel, 0起 with =, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def rf05() -> Book:
    b, s = book("绩效目标", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="2026年美丽乡村示范村建设项目", dept="桐溪县农业农村局（116）",
        unit="桐溪县美丽乡村建设服务中心", money=one_year_money(wan(900), wan(750), wan(150)),
        goals=["2026年建成美丽乡村示范村6个，每村补助150万元，示范村生活垃圾分类覆盖率达到"
               "100%，村内道路硬化率达到95%。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "建成美丽乡村示范村", "≥", 6, "个"),
        (None, "质量指标", "村内道路硬化率", "≥", pct(0.95), None),
        (None, None, "生活垃圾分类覆盖率", "=", pct(1), None),
        ("成本指标", "经济成本指标", "每村补助标准", "≤", 150, "万元/村"),
        ("效益指标", "社会效益指标", "村庄环境卫生投诉量下降率", "≥", 20, "%"),
        (None, "生态效益指标", "村庄绿化覆盖率", "≥", 40, "%"),
        ("满意度指标", "服务对象满意度指标", "示范村村民满意度", "≥", 90, "%"),
    ])  # fmt: skip
    note(s, "注：本表金额单位为万元，指标值均为2026年度目标。")
    s.skip()
    project_head(
        s, year=2026, name="2026年农村公路养护补助项目", dept="桐溪县交通运输局（121）",
        unit="桐溪县农村公路管理所", money=one_year_money(wan(264), wan(264), wan(0)),
        goals=["2026年养护农村公路880公里，每公里养护补助3000元，优良中等路率保持85%以上。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "农村公路养护里程", "≥", 880, "公里"),
        (None, "质量指标", "优良中等路率", "≥", 85, "%"),
        ("成本指标", "经济成本指标", "每公里养护补助", "≤", 3000, "元/公里"),
        ("效益指标", "社会效益指标", "农村公路交通事故起数", "=", 0, "起"),
        ("满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    note(s, "说明：养护里程按县乡道和村道合计填写。")
    sign(s, "卜秋池", "詹岫云", "0571-63807215")
    return b

"""Several projects stacked in one sheet, each under its own head block with its money and its
indicator table: weights per project, 元 and 万元, 中期/年度 columns, numbered tier labels
(rq07–rq10, rq12; rq11 sits in ports.py)."""

from __future__ import annotations

from tests.variants.holdout267.common import (
    ONE,
    TWO,
    WEIGHT,
    book,
    head,
    indicators,
    one_year_money,
    period_money,
    sign,
    wan,
    yuan,
)
from tests.variants.holdout267.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("rq07-two-projects-weights", (2,), "two one-year projects in 万元 stacked in one sheet, "
         "each with weights adding to 100 (200 over the sheet) (correct)")  # fmt: skip
def rq07() -> Book:
    b, s = book("项目绩效目标")
    s.title("青峪县商务局2026年度项目支出绩效目标表", 6)
    head(s, name="城乡物流配送网络补助项目", dept="青峪县商务局（109）", unit="青峪县商务局",
         money=one_year_money(wan(200), wan(180), wan(20)),
         goals=["2026年补助建设乡镇物流配送站点12个、村级物流服务点60个，农村快递包裹48小时内"
                "送达。"])  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "建设乡镇物流配送站点", "≥12个", 15),
        (None, None, "新增村级物流服务点", "≥60个", 10),
        (None, "质量指标", "配送站点验收合格率", "≥95%", 10),
        (None, "时效指标", "站点建设完成时间", "2026年10月31日前", 10),
        ("成本指标", "经济成本指标", "单个乡镇配送站点补助", "≤10万元/个", 10),
        ("效益指标", "经济效益指标", "农产品网络销售额增长率", "≥10%", 15),
        (None, "社会效益指标", "农村快递包裹平均送达时长", "≤48小时", 10),
        (None, "可持续影响指标", "配送站点运营维护机制", "健全", 10),
        ("满意度指标", "服务对象满意度指标", "农村群众满意度", "≥90%", 10),
    ])  # fmt: skip
    head(s, name="冷链设施运营补贴项目", dept="青峪县商务局（109）",
         unit="青峪县农产品冷链服务中心", money=one_year_money(wan(150), wan(150), wan(0)),
         goals=["2026年对5000吨产地冷库运营给予补贴，冷库年周转6次以上。"])  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "补贴冷库运营库容", "≥5000吨", 20),
        (None, "质量指标", "冷库温度监测数据上传率", "≥95%", 10),
        (None, "时效指标", "补贴资金季度拨付及时率", pct(1), 10),
        ("成本指标", "经济成本指标", "每吨库容年度运营补贴", "≤300元/吨", 10),
        ("效益指标", "经济效益指标", "冷库年周转次数", "≥6次", 15),
        (None, "社会效益指标", "农产品产后损耗率", "≤12%", 15),
        (None, "生态效益指标", "冷库单位能耗下降率", "≥5%", 10),
        ("满意度指标", "服务对象满意度指标", "冷库经营主体满意度", "≥92%", 10),
    ])  # fmt: skip
    sign(s, "陶语冰", "顾行之", "0739-52816604")
    return b


@variant("rq08-second-project-annual", (2, 12), "two stacked projects: the second, over two "
         "years, has 年度资金 above 中期资金 and weights adding to 95")  # fmt: skip
def rq08() -> Book:
    b, s = book("Sheet1")
    s.title("东沙港务管理局2026年度项目支出绩效目标", 6)
    head(s, name="港区公共锚地维护项目", dept="东沙港务管理局（318）", unit="东沙港航道维护站",
         money=one_year_money(wan(85), wan(85), wan(0)),
         goals=["2026年完成锚地维护疏浚12万立方米，维护航标36座，保障船舶安全锚泊。"])  # fmt: skip
    indicators(s, WEIGHT, [
        ("产出指标", "数量指标", "锚地维护疏浚量", "≥12万立方米", 20),
        (None, None, "航标维护数量", "≥36座", 10),
        (None, "质量指标", "锚地水深达标率", "≥98%", 10),
        (None, "时效指标", "维护疏浚完成时间", "2026年9月30日前", 10),
        ("成本指标", "经济成本指标", "单位疏浚成本", "≤6元/立方米", 10),
        ("效益指标", "社会效益指标", "船舶锚泊安全事故", "=0起", 15),
        (None, "可持续影响指标", "锚地通航保障天数", "≥350天", 10),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%", 15),
    ])  # fmt: skip
    head(s, name="临港物流园区基础设施建设项目", dept="东沙港务管理局（318）",
         unit="东沙临港物流园区建设办公室", years=2, attr="新增项目",
         money=period_money((wan(1000), wan(900), wan(100)), (mk(
             wan(1200), "B103", "error", note="年度 1200 above 中期 1000"), wan(1100), wan(100))),
         goals=["建成园区道路3.2公里、仓储用房24000平方米，引进物流企业30家。",
                "建成园区道路1.6公里、仓储用房12000平方米。"])  # fmt: skip
    b.file_mark("W101", "error", note="the second project's weights add up to 95")
    indicators(s, (*TWO, "权重"), [
        ("产出指标", "数量指标", "建成园区道路", "≥3.2公里", "≥1.6公里", 15),
        (None, None, "建成仓储用房", "≥24000平方米", "≥12000平方米", 15),
        (None, "质量指标", "工程竣工验收合格率", "=100%", "=100%", 10),
        (None, "时效指标", "工程完工时间", "2027年12月31日前", "2026年12月31日前", 10),
        ("成本指标", "经济成本指标", "园区道路单位造价", "≤250万元/公里", "≤250万元/公里", 10),
        ("效益指标", "经济效益指标", "入园物流企业", "≥30家", "≥12家", 10),
        (None, None, "园区物流业务收入增长率", "≥10%", "≥10%", 10),
        ("满意度指标", "服务对象满意度指标", "入园企业满意度", "≥90%", "≥90%", 15),
    ])  # fmt: skip
    sign(s, "宁晚舟", "莫怀川", "0596-72134580")
    return b


def rq09_projects(s: Sheet) -> None:
    """The first two of rq09's three projects, in 元; the second with numbered tier labels."""
    head(s, name="港口岸电设施建设补助项目", dept="澄海市港航发展局（226）",
         unit="澄海港口集团有限公司", money_label="项目资金（元）",
         money=one_year_money(yuan(1350000), yuan(1350000), yuan(0)),
         goals=["2026年补助建成3个泊位岸电设施并投入使用，减少靠港船舶燃油消耗。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成泊位岸电设施", "≥3套"),
        (None, "质量指标", "岸电设施检测合格率", "=100%"),
        (None, "时效指标", "岸电设施投运时间", "2026年9月30日前"),
        ("成本指标", "经济成本指标", "单套岸电设施补助标准", "≤450000元/套"),
        ("效益指标", "生态效益指标", "靠港船舶燃油消耗减少量", "≥300吨"),
        ("满意度指标", "服务对象满意度指标", "港口企业满意度", "≥90%"),
    ])  # fmt: skip
    head(s, name="内河集装箱航线培育补助项目", dept="澄海市港航发展局（226）",
         unit="澄海市港航发展局", money_label="项目资金（元）",
         money=one_year_money(yuan(900000), yuan(600000), yuan(300000)),
         goals=["2026年补助内河集装箱运量30000标箱，新开内河集装箱航线2条。"])  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "补助内河集装箱运量", "≥30000标箱"),
        (None, None, "新开内河集装箱航线", "≥2条"),
        (None, "2.质量指标", "航线班期准点率", "≥90%"),
        (None, "3.时效指标", "补助资金兑付时间", "2026年12月20日前"),
        ("二、成本指标", "1.经济成本指标", "单标箱补助标准", "≤30元/标箱"),
        ("三、效益指标", "1.经济效益指标", "内河集装箱运输成本下降率", "≥8%"),
        (None, "2.社会效益指标", "公路集装箱车流量减少", "≥15000车次"),
        ("四、满意度指标", "1.服务对象满意度指标", "货主企业满意度", "≥90%"),
    ])  # fmt: skip


@variant("rq09-three-projects-yuan", (2, 5), "three one-year projects in 元 stacked in one sheet, "
         "per-套, per-标箱 and per-班 costs exactly at the money, numbered tiers, a footnote "
         "(correct)")  # fmt: skip
def rq09() -> Book:
    b, s = book("项目支出绩效目标表")
    s.title("澄海市港航发展局2026年度项目支出绩效目标表", 6)
    rq09_projects(s)
    head(s, name="航空货运全货机包机奖励项目", dept="澄海市港航发展局（226）",
         unit="澄海市临空经济发展服务中心", money_label="项目资金（元）",
         money=one_year_money(yuan(1600000), yuan(1600000), yuan(0)),
         goals=["2026年奖励全货机包机航班40班，稳定运营全货机航线2条。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励全货机包机航班", "≥40班"),
        (None, "质量指标", "包机航班计划执飞率", "≥95%"),
        (None, "时效指标", "奖励资金审核办结时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "单班次包机奖励标准", "≤40000元/班"),
        ("效益指标", "经济效益指标", "机场航空货邮吞吐量增长率", "≥12%"),
        (None, "可持续影响指标", "稳定运营全货机航线", "≥2条"),
        ("满意度指标", "服务对象满意度指标", "货运航空公司满意度", "≥90%"),
    ])  # fmt: skip
    s.row("注：本表金额单位为元，各项目指标值均为2026年度目标值。", merge=[(1, 6)])
    sign(s, "庄雨桐", "程砚秋", "0756-33470918")
    return b


@variant("rq10-route-and-park", (2, 8), "two stacked projects: a 客座率 given in 人次, then a "
         "two-year park project with a count equal in 中期 and 年度 and no 满意度指标")  # fmt: skip
def rq10() -> Book:
    b, s = book("Sheet1")
    s.title("鹭屿市口岸办2026年度项目支出绩效目标表", 6)
    head(s, name="国内航线加密培育奖励项目", dept="鹭屿市口岸办公室（131）",
         unit="鹭屿市口岸办公室", money=one_year_money(wan(240), wan(240), wan(0)),
         goals=["2026年奖励加密国内航线航班160班，航线旅客运输量24000人次以上。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "奖励加密航班", "≥160班"),
        (None, "质量指标", "加密航线平均客座率",
         mk("≥12000人次", "T105", "error", note="a 客座率 needs a %")),
        (None, "时效指标", "奖励资金兑付时间", "2026年12月25日前"),
        ("成本指标", "经济成本指标", "单班次奖励标准", "≤1.5万元/班"),
        ("效益指标", "经济效益指标", "加密航线旅客运输量", "≥24000人次"),
        (None, "可持续影响指标", "航线持续运营时间", "≥12个月"),
        ("满意度指标", "服务对象满意度指标", "旅客满意度", "≥90%"),
    ])  # fmt: skip
    head(s, name="空港物流园区招商运营补助项目", dept="鹭屿市口岸办公室（131）",
         unit="鹭屿空港物流园区运营中心", years=2,
         money=period_money((wan(600), wan(600), wan(0)), (wan(300), wan(300), wan(0))),
         goals=["两年内引进物流企业40家，新增仓储面积40000平方米。",
                "引进物流企业20家，新增仓储面积20000平方米。"])  # fmt: skip
    b.file_mark("F106", "error", note="the park project has no 满意度指标")
    indicators(s, TWO, [
        ("产出指标", "数量指标", "引进入园物流企业", "≥40家",
         mk("≥40家", "D202", "warning", row=True, alt=("D104",),
            note="the year cannot bring all 40; its goal says 20")),
        (None, None, "新增仓储面积", "≥40000平方米", "≥20000平方米"),
        (None, "质量指标", "入园企业合规经营率", "≥98%", "≥98%"),
        (None, "时效指标", "补助资金拨付时间", "2027年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单位仓储面积运营补助", "≤120元/平方米", "≤120元/平方米"),
        ("效益指标", "经济效益指标", "园区物流营业收入增长率", "≥15%", "≥15%"),
        (None, "社会效益指标", "新增就业岗位", "≥800个", "≥400个"),
    ])  # fmt: skip
    sign(s, "温既白", "柯念慈", "0592-65108273")
    return b


@variant("rq12-three-projects-slips", (2, 12), "three stacked one-year projects in 万元: the "
         "second's total is not its sources, the third has 时效指标 under 效益指标")  # fmt: skip
def rq12() -> Book:
    b, s = book("Sheet1")
    s.title("枫桥区商务局2026年度项目支出绩效目标表", 6)
    head(s, name="城市公共配送中心运营补助项目", dept="枫桥区商务局（064）",
         unit="枫桥区商务局", money=one_year_money(wan(180), wan(150), wan(30)),
         goals=["2026年补助城市公共配送中心2个，日均配送订单不少于8000单。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助城市公共配送中心", "≥2个"),
        (None, "质量指标", "配送订单准确率", "≥99%"),
        ("成本指标", "经济成本指标", "单个配送中心运营补助", "≤90万元/个"),
        ("效益指标", "经济效益指标", "日均配送订单量", "≥8000单"),
        ("满意度指标", "服务对象满意度指标", "商超门店满意度", "≥90%"),
    ])  # fmt: skip
    head(s, name="冷链物流追溯平台建设项目", dept="枫桥区商务局（064）",
         unit="枫桥区商贸流通服务中心", money=one_year_money(
             mk(wan(150), "B101", "error", note="120 + 20 = 140, not 150"), wan(120), wan(20)),
         goals=["2026年建成冷链物流追溯平台，接入冷链企业60家。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "接入追溯平台冷链企业", "≥60家"),
        (None, "质量指标", "追溯数据上传完整率", "≥95%"),
        (None, "时效指标", "平台上线运行时间", "2026年8月31日前"),
        ("成本指标", "经济成本指标", "平台建设总成本", "≤140万元"),
        ("效益指标", "社会效益指标", "进口冷链食品追溯覆盖率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "接入企业满意度", "≥90%"),
    ])  # fmt: skip
    head(s, name="铁水联运物流补助项目", dept="枫桥区商务局（064）", unit="枫桥区商务局",
         money=one_year_money(wan(200), wan(200), wan(0)),
         goals=["2026年补助铁水联运集装箱20000标箱，集装箱平均中转时长不超过24小时。"])  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助铁水联运集装箱", "≥20000标箱"),
        (None, "质量指标", "联运集装箱货损率", "≤0.1%"),
        ("成本指标", "经济成本指标", "单标箱联运补助标准", "≤100元/标箱"),
        ("效益指标", "经济效益指标", "铁水联运量增长率", "≥15%"),
        (None, mk("时效指标", "F105", "error", row=True, note="时效 belongs under 产出指标"),
         "铁水联运集装箱平均中转时长", "≤24小时"),
        ("满意度指标", "服务对象满意度指标", "货主企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘露", "卓鸿远", "0571-85630247")
    return b

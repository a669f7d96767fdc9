"""One-year and multi-year project tables of port, airport and cold-chain funds, each with its
money block: sources with 上年结转, 测算依据 lines, an operator column, 中期/年度 columns
(rq01–rq06), and two port projects in 中期/年度 columns stacked in one sheet (rq11)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout267.common import (
    ONE,
    OPS,
    TWO,
    basis,
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
from tests.variants.kit import Book, day, mk, ok, pct


@variant("rq01-berth-subsidy-yuan", (1, 12), "one-year project in 元 (number format), sources "
         "with 上年结转, a 测算依据 block adding up, 100% typed in Excel (correct)")  # fmt: skip
def rq01() -> Book:
    b, s = book("项目绩效目标表")
    project_head(
        s, year=2026, name="港口集疏运码头建设补助项目", dept="滨澄市交通运输局（412）",
        unit="滨澄市港航事业发展中心", money_label="项目资金（元）",
        money=[("年度资金总额", yuan(4800000), None, None),
               ("其中：当年财政拨款", yuan(4200000), "上年结转", yuan(300000)),
               ("其他资金", yuan(300000), None, None)],
        goals=["2026年补助完成3个内贸泊位改造和4公里集疏运道路建设，对港区集装箱运输给予补助，"
               "集卡平均等待时长明显缩短。"],
    )  # fmt: skip
    basis(s, "元", [
        ("泊位改造补助", yuan(3000000), "3个泊位 × 100万元/个"),
        ("集疏运道路补助", yuan(1200000), "4公里 × 30万元/公里"),
        ("集装箱运输补助", yuan(600000), "40000标箱 × 15元/标箱"),
    ], yuan(4800000))  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "完成内贸泊位改造数量", "≥3个", None),
        (None, None, "新建集疏运道路里程", "≥4公里", None),
        (None, None, "补助集装箱运输量", "≥40000标箱", "按港区闸口数据核定"),
        (None, "质量指标", "改造工程验收合格率", pct(1), None),
        (None, "时效指标", "补助资金拨付完成时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单个泊位改造补助标准", "≤100万元/个", None),
        (None, None, "单标箱运输补助标准", "≤15元/标箱", None),
        ("效益指标", "经济效益指标", "港区集装箱吞吐量增长率", "≥6%", "与上年同期相比"),
        (None, "社会效益指标", "集卡平均等待时长下降率", "≥10%", "下降率为正数"),
        (None, "可持续影响指标", "码头设施运维管护机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "港航企业满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    sign(s, "邵汀兰", "葛承泽", "0631-57204318")
    return b


@variant("rq02-teu-subsidy-overrun", (12,), "one-year project in 万元: 总额 ≠ 财政拨款 + 其他资金, "
         "a per-标箱 subsidy × 标箱 count above the money")  # fmt: skip
def rq02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="内贸集装箱航线运输补助项目", dept="荻港市商务局（227）",
        unit="荻港市口岸物流服务中心",
        money=one_year_money(
            mk(wan(300), "B101", "error", note="260 + 20 = 280, not 300"), wan(260), wan(20)),
        goals=["2026年对经荻港港中转的内贸集装箱给予运输补助，培育稳定运营的内贸集装箱航线。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "补助内贸集装箱量", "≥120000标箱"),
        (None, None, "稳定运营内贸集装箱航线", "≥4条"),
        (None, "质量指标", "补助申报材料审核合格率", "≥98%"),
        (None, "时效指标", "补助资金兑付时间", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "单标箱运输补助标准",
         mk("≤30元/标箱", "B107", "warning", row=True,
            note="30元 × 120000标箱 = 360万元, more than 300 万元")),
        ("效益指标", "经济效益指标", "港口内贸集装箱吞吐量增长率", "≥5%"),
        (None, "社会效益指标", "公路运输转水路运输量", "≥30000标箱"),
        ("满意度指标", "服务对象满意度指标", "航运企业满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "凌书韵", "管伯原", "0517-86320941")
    return b


@variant("rq03-route-reward-ops", (1, 12), "one-year project in 万元, operator and unit "
         "columns: a per-航班 reward within the money, 85% typed in Excel (correct)")  # fmt: skip
def rq03() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 12))
    project_head(
        s, year=2026, name="国际及地区客运航线培育奖励项目", dept="云渡市商务局（208）",
        unit="云渡市口岸与航空物流服务中心",
        money=one_year_money(wan(320), wan(320), wan(0)),
        goals=["2026年对新开及加密的国际和地区客运航线按执飞班次给予奖励，新开客运航线3条，"
               "全年奖励航班不少于120班。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "奖励航线执飞航班", "≥", 120, "班"),
        (None, None, "新开通国际及地区客运航线", "≥", 3, "条"),
        (None, "质量指标", "航线平均客座率", "≥", 75, "%"),
        (None, None, "奖励航线航班正常率", "≥", pct(0.85), "%"),
        (None, "时效指标", "航班执行数据核验周期", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "单班次奖励标准", "≤", 2.5, "万元/班"),
        ("效益指标", "经济效益指标", "奖励航线旅客吞吐量", "≥", 36000, "人次"),
        (None, "社会效益指标", "奖励航线旅客投诉率", "≤", 0.5, "%"),
        (None, "可持续影响指标", "航线连续运营时间", "≥", 12, "个月"),
        ("满意度指标", "服务对象满意度指标", "航空公司满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "汤逸凡", "麦清禾", "0898-66013527")
    return b


@variant("rq04-cold-store-artefacts", (9,), "one-year project in 万元: the total split by a space "
         "(text), a unit cost rounded to 0, a 达标率 above 100%")  # fmt: skip
def rq04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农产品冷链物流设施建设补助项目", dept="柘川县商务局（115）",
        unit="柘川县商务局",
        money=one_year_money(
            mk("1205.337 6", "X105", "warning", note="pasted from a PDF: 1205.3376"),
            wan(1000), wan(205.3376)),
        goals=["2026年补助新建改造产地冷库12000吨，购置冷藏车20辆，降低农产品产后损耗。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "新建改造冷库库容", "≥12000吨"),
        (None, None, "购置冷藏运输车辆", "≥20辆"),
        (None, "质量指标", "冷库温控达标率",
         mk("≥105%", "T106", "error", note="a 达标率 cannot pass 100%")),
        (None, "时效指标", "项目竣工验收时间", "2026年11月30日前"),
        ("成本指标", "经济成本指标", "单吨库容建设补助",
         mk("≤0万元/吨", "T115", "error", note="0.083万元/吨 rounded to 0")),
        (None, None, "单辆冷藏车购置补助", "≤10万元/辆"),
        ("效益指标", "经济效益指标", "果蔬冷链流通率", "≥45%"),
        (None, "社会效益指标", "带动种植农户", "≥1500户"),
        (None, "可持续影响指标", "冷链设施设计使用年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "冷链经营主体满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟岚", "韦致远", "0745-62519036")
    return b


@variant("rq05-cold-chain-period", (8, 9, 12), "three-year project, 中期/年度 columns: a "
         "money cell with a note in brackets, a 反向 rate looser yearly (correct)")  # fmt: skip
def rq05() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, name="城市冷链物流配送中心建设项目", dept="澜江市商务局（302）",
        unit="澜江市农产品流通服务中心", attr="新增项目",
        money=period_money((wan(1680), wan(1500), wan(180)),
                           (ok("560万元(其中设备购置380万元)"), wan(500), wan(60))),
        goals=["建成覆盖主城区的冷链配送中心3个，新增冷藏库容9000吨，生鲜农产品流通损耗率降至"
               "8%以内。", "建成东城冷链配送中心，新增冷藏库容3000吨，配置冷藏配送车辆20辆。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成冷链配送中心", "≥3个", "≥1个"),
        (None, None, "新增冷藏库容", "≥9000吨", "≥3000吨"),
        (None, None, "配置冷藏配送车辆", "≥60辆", "≥20辆"),
        (None, "质量指标", "冷库建设工程验收合格率", pct(1), pct(1)),
        (None, "时效指标", "建设任务完成时间", "2028年12月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单吨库容建设成本", "≤0.12万元/吨", "≤0.12万元/吨"),
        ("效益指标", "经济效益指标", "冷链配送企业营业收入增长率", "≥8%", "≥8%"),
        (None, "社会效益指标", "生鲜农产品流通损耗率", "≤8%", "≤10%"),
        (None, "可持续影响指标", "冷链配送中心运营管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "入驻商户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.row("注：中期指标值为2026—2028年累计值，年度指标值为2026年度值。", merge=[(1, 6)])
    sign(s, "贺知秋", "裴远航", "0771-38826154")
    return b


@variant("rq06-air-cargo-pasted", (9, 12), "one-year project in 万元: 其他资金 pasted twice, a "
         "planned end in the next year")  # fmt: skip
def rq06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="航空货运物流园区配套设施补助项目", dept="鹤汀市交通运输局（406）",
        unit="鹤汀临空物流园区管理委员会",
        money=one_year_money(wan(480), wan(400), mk(
            "80万80万（园区企业自筹）", "X106", "error", note="80万元 pasted twice")),
        end=mk(day(2027, 6, 30), "Y102", "error", alt=("Y101",),
               note="a one-year 2026 project cannot end in 2027"),
        goals=["2026年完成临空物流园区货站安检通道、智能分拣线及配套道路建设，提升航空货运"
               "保障能力。"],
    )  # fmt: skip
    basis(s, "万元", [
        ("货站安检通道", wan(180), "3条 × 60万元/条"),
        ("智能分拣线", wan(240), "2条 × 120万元/条"),
        ("园区配套道路", wan(60), "1.5公里 × 40万元/公里"),
    ], wan(480))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "建成货站安检通道", "≥3条"),
        (None, None, "建成智能分拣线", "≥2条"),
        (None, "质量指标", "设施竣工验收合格率", "=100%"),
        (None, "时效指标", "安检通道投入使用时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "单条智能分拣线建设补助", "≤120万元/条"),
        ("效益指标", "经济效益指标", "园区航空货邮处理能力提升", "≥20%"),
        (None, "社会效益指标", "货物平均安检等待时间", "≤30分钟"),
        ("满意度指标", "服务对象满意度指标", "货运代理企业满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "梅若川", "欧阳静", "0513-81657730")
    return b


@variant("rq11-gate-and-hazmat", (2, 8), "two stacked projects in 中期/年度 columns: a three-year "
         "one with counts growing over the years, then a one-year one with equal columns, equal "
         "money and the same goal text twice (correct)")  # fmt: skip
def rq11() -> Book:
    b, s = book("Sheet1")
    s.title("临江港口管理局2026年度项目支出绩效目标表", 6)
    head(s, name="港口智慧闸口改造项目", dept="临江港口管理局（507）", unit="临江港口管理局",
         years=3, attr="新增项目",
         money=period_money((wan(900), wan(800), wan(100)), (wan(300), wan(260), wan(40))),
         goals=["三年内完成港区9条闸口智慧化改造，集卡单车平均通关时间缩短至2分钟以内。",
                "完成3条闸口智慧化改造，单车平均通关时间不超过3分钟。"])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "完成智慧闸口改造", "≥9条", "≥3条"),
        (None, "质量指标", "闸口车牌识别准确率", "≥99%", "≥99%"),
        (None, "时效指标", "集卡单车平均通关时间", "≤2分钟", "≤3分钟"),
        ("成本指标", "经济成本指标", "单条闸口改造成本", "≤100万元/条", "≤100万元/条"),
        ("效益指标", "经济效益指标", "港区集卡通行效率提升", "≥30%", "≥10%"),
        (None, "社会效益指标", "闸口拥堵投诉量下降率", "≥20%", "≥10%"),
        (None, "可持续影响指标", "智慧闸口运维管理机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "集卡司机满意度", "≥90%", "≥88%"),
    ])  # fmt: skip
    same = ("2026年查验港区危险货物集装箱4000箱次，开展港口危险货物安全检查48次，全年不发生"
            "较大及以上安全事故。")  # fmt: skip
    head(s, name="港口危险货物安全监管补助项目", dept="临江港口管理局（507）",
         unit="临江港口安全监督站",
         money=period_money((wan(260), wan(260), wan(0)), (wan(260), wan(260), wan(0))),
         goals=[same, same])  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "危险货物集装箱查验", "≥4000箱次", "≥4000箱次"),
        (None, None, "港口危险货物安全检查", "≥48次", "≥48次"),
        (None, "质量指标", "查验发现问题整改率", "=100%", "=100%"),
        (None, "时效指标", "安全隐患整改完成时限", "≤15个工作日", "≤15个工作日"),
        ("成本指标", "经济成本指标", "单箱次查验成本", "≤500元/箱次", "≤500元/箱次"),
        ("效益指标", "社会效益指标", "较大及以上安全事故", "=0起", "=0起"),
        (None, "可持续影响指标", "危险货物安全监管长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "港口经营企业满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "封晓岚", "晏初阳", "0523-86741095")
    return b

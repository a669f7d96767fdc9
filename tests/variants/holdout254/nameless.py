"""Tiered project tables about indicators without a name: an empty name cell beside a value,
a tier-2 template row left empty, stacked projects, numbered tier labels, 中期 and 年度
columns, footnotes, money in 元 (rd13–rd18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout254.common import (
    ONE,
    TWO,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout254.registry import variant
from tests.variants.kit import YUAN, Book, C, mk


@variant("rd13-rapid-test-empty-rows", (6, 13), "one-year project, NAT-2021, merged tiers: "
         "an indicator row with a value but no name, an empty 时效指标 template row")  # fmt: skip
def rd13() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="农贸市场食用农产品快检项目", dept="柘城区市场监督管理局（219）",
        unit="柘城区食品安全快检中心",
        money=one_year_money(wan(58), wan(58), wan(0)),
        goals=["2026年在全区36家农贸市场开展食用农产品快检12000批次以上，快检不合格产品全部"
               "销毁处置，建立快检结果公示制度。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "食用农产品快检批次", "≥12000批次"),
        (None, None, mk(None, "F110", "error", note="≥36家 without a name"), "≥36家"),
        (None, "质量指标", "快检阳性样品复核确认率", "≥98%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "单批次快检成本", "≤40元/批次"),
        ("效益指标", "社会效益指标", "快检不合格食用农产品销毁处置率", "100%"),
        (None, "可持续影响指标", "快检结果公示制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "市场经营户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("rd14-gas-cylinder-footnote", (4, 13), "one-year project, NAT-2021, an 指标解释 "
         "column mostly empty, long wrapped names, 超期未检 with ≥, a footnote and a "
         "signature (correct)")  # fmt: skip
def rd14() -> Book:
    b, s = book("绩效目标表", (14, 16, 34, 16, 26))
    project_head(
        s, year=2026, name="瓶装液化石油气气瓶安全追溯监管项目", dept="岚县市场监督管理局（407）",
        unit="岚县特种设备安全监察所",
        money=one_year_money(wan(96), wan(80), wan(16)),
        goals=["2026年对全县26家气瓶充装单位开展监督检查，为42000只液化石油气钢瓶安装电子"
               "追溯标签，超期未检气瓶全部报废处置，全年不发生瓶装燃气安全事故。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "气瓶充装单位监督检查覆盖家数", "≥26家", "辖区全部持证充装单位"),
        (None, None, "安装电子追溯标签的液化石油气钢瓶数量（含新购及在用钢瓶）", "≥42000只",
         None),
        (None, "质量指标", "超期未检气瓶检出后报废处置率", "≥98%", "报废处置数/检出数"),
        (None, None, "充装前后检查记录抽查合格率", "≥95%", None),
        (None, "时效指标", "发现问题气瓶处置时限", "≤24小时", None),
        ("成本指标", "经济成本指标", "单只气瓶追溯标签及安装成本", "≤15元/只", None),
        ("效益指标", "社会效益指标", "瓶装燃气安全事故起数", "=0起", None),
        (None, "可持续影响指标", "气瓶质量安全追溯平台运行", "有效", None),
        ("满意度指标", "服务对象满意度指标", "燃气用户满意度", "≥90%", "抽样电话回访"),
    ])  # fmt: skip
    note(s, "注：指标解释栏空白的，按指标名称理解；本表指标值均为2026年度目标值。")
    sign(s, "骆晨曦", "潘守一", "0358-66240317")
    return b


@variant("rd15-stacked-12315-hotline", (2, 11, 13), "two one-year projects stacked in one "
         "sheet: the first correct, the second with a nameless row and ≥ on a "
         "转办时长")  # fmt: skip
def rd15() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, name="消费维权宣传教育项目", dept="曲江湾市市场监督管理局（133）",
        unit="曲江湾市消费者权益保护委员会",
        money=one_year_money(wan(35), wan(35), wan(0)),
        goals=["2026年开展消费维权宣传活动15场以上，发放消费警示资料20000份，消费者维权知识"
               "知晓率达到80%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "开展消费维权宣传活动场次", "≥15场"),
        (None, None, "发放消费警示宣传资料", "≥20000份"),
        (None, "质量指标", "宣传活动覆盖乡镇（街道）比例", "≥90%"),
        (None, "时效指标", "宣传活动按计划完成及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单场宣传活动平均成本", "≤12000元/场"),
        ("效益指标", "社会效益指标", "消费者维权知识知晓率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "活动参与群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="12315投诉举报热线运行维护项目", dept="曲江湾市市场监督管理局（133）",
        unit="曲江湾市12345政务服务便民热线中心", title="",
        money=one_year_money(wan(88), wan(88), wan(0)),
        goals=["2026年12315热线受理诉求45000件以上，接通率95%以上，诉求平均转办时长不超过"
               "2个工作日。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "12315热线年受理诉求件数", "≥45000件"),
        (None, "质量指标", "热线接通率", "≥95%"),
        (None, None, mk(None, "F110", "error", note="≥96% without a name"), "≥96%"),
        (None, "时效指标", "诉求平均转办时长",
         mk("≥2个工作日", "T108", "warning", row=True, note="a 时长 is 反向: ≤ meant")),
        ("成本指标", "经济成本指标", "单件诉求平均处理成本", "≤18元/件"),
        ("效益指标", "社会效益指标", "消费诉求按期办结率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "诉求人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rd16-stacked-numbered-tiers", (2, 5), "two one-year projects stacked, tier labels "
         "numbered (一、产出指标 / 1.数量指标), deadline dates in the year, 下降率 ≥, cost caps "
         "(correct)")  # fmt: skip
def rd16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="民生计量器具强制检定项目", dept="枫亭县市场监督管理局（318）",
        unit="枫亭县计量检定所", money=one_year_money(wan(64), wan(64), wan(0)),
        goals=["2026年11月底前完成加油机、出租车计价器等民生计量器具检定5200台以上，民生计量"
               "投诉量较上年下降5%。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "加油机、出租车计价器等民生计量器具检定台数", "≥5200台"),
        (None, "2.质量指标", "检定结果复核准确率", "≥99%"),
        (None, "3.时效指标", "检定完成时间", "2026年11月30日前"),
        ("二、成本指标", "1.经济成本指标", "单台民生计量器具检定成本", "≤110元/台"),
        ("三、效益指标", "1.社会效益指标", "民生计量投诉量下降率", "≥5%"),
        (None, "2.可持续影响指标", "民生计量器具监管档案", "完备"),
        ("四、满意度指标", "1.服务对象满意度指标", "经营者及消费者满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="商标专用权保护专项行动项目", dept="枫亭县市场监督管理局（318）",
        unit="枫亭县市场监管综合行政执法大队", title="",
        money=one_year_money(wan(42), wan(30), wan(12)),
        goals=["2026年10月底前检查商品交易市场及展会40个以上，查办商标侵权假冒案件60件以上，"
               "结案率95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "1.数量指标", "检查商品交易市场及展会数", "≥40个"),
        (None, None, "查办商标侵权假冒案件", "≥60件"),
        (None, "2.质量指标", "侵权假冒案件结案率", "≥95%"),
        (None, "3.时效指标", "专项行动完成时间", "2026年10月31日前"),
        ("二、成本指标", "1.经济成本指标", "单件案件平均办案成本", "≤3000元/件"),
        ("三、效益指标", "1.社会效益指标", "商标侵权假冒投诉举报下降率", "≥10%"),
        ("四、满意度指标", "1.服务对象满意度指标", "商标权利人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韩语桐", "柯建明", "0594-75318260")
    return b


@variant("rd17-ip-mediation-period", (8, 11, 13), "three-year project, 中期 and 年度 "
         "columns: a nameless row, an annual count above the period, ≥ on an annual "
         "调解周期")  # fmt: skip
def rd17() -> Book:
    b, s = book("绩效目标")
    project_head(
        s, year=2026, name="知识产权纠纷多元化解体系建设项目", dept="桑榆市知识产权局（524）",
        unit="桑榆市知识产权保护中心", years=3, attr="新增项目",
        money=period_money((wan(450), wan(390), wan(60)), (wan(150), wan(130), wan(20))),
        goals=["2026年—2028年建成知识产权纠纷人民调解工作站15个，调解知识产权纠纷900件以上，"
               "形成纠纷多元化解协作机制。",
               "2026年建成调解工作站5个，调解知识产权纠纷300件以上，开展调解员培训20场。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建设知识产权纠纷人民调解工作站", "≥15个", "≥5个"),
        (None, None, "调解知识产权纠纷案件", "≥900件",
         mk("≥1100件", "D201", "error", note="annual 1100 above the period's 900")),
        (None, None, mk(None, "F110", "error", note="≥60场 / ≥20场 without a name"), "≥60场",
         "≥20场"),
        (None, "质量指标", "调解协议司法确认率", "≥60%", "≥60%"),
        (None, "时效指标", "纠纷受理后平均调解周期", "≤30天",
         mk("≥30天", "T108", "warning", row=True, alt=("D203",), note="反向: ≤30天 meant")),
        ("成本指标", "经济成本指标", "单件纠纷平均调解成本", "≤1200元/件", "≤1200元/件"),
        ("效益指标", "社会效益指标", "知识产权侵权纠纷诉前化解率", "≥40%", "≥40%"),
        (None, "可持续影响指标", "纠纷多元化解协作机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "纠纷当事人满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("rd18-odr-old-nat-yuan", (1, 11), "one-year project, OLD-NAT (成本指标 under 产出), "
         "money in 元 in the number format, a 12315 name, an 处理时长 ≤, a 挽回损失 in 万元 "
         "(correct)")  # fmt: skip
def rd18() -> Book:
    b, s = book("Sheet1", (14, 16, 34, 18, 24))
    project_head(
        s, year=2026, name="消费纠纷在线解决（ODR）企业培育项目",
        dept="金沙渡区市场监督管理局（105）",
        unit="金沙渡区市场监督管理局消费者权益保护科", money_label="项目资金（元）",
        money=one_year_money(C(480000, YUAN), C(420000, YUAN), C(60000, YUAN)),
        goals=["2026年培育ODR在线纠纷解决企业120家，通过12315平台由企业直接处理投诉3000件以上，"
               "企业在线和解率85%以上。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "培育ODR在线纠纷解决企业", "≥120家", None),
        (None, None, "12315平台ODR企业直接处理投诉件数", "≥3000件", None),
        (None, "质量指标", "ODR企业投诉和解率", "≥85%", "和解件数/处理件数"),
        (None, None, "企业在线处理投诉平均时长", "≤7天", None),
        (None, "时效指标", "ODR企业培训完成时间", "2026年9月30日前", None),
        (None, "成本指标", "单家ODR企业培育成本", "≤3500元/家", "含培训、上门指导"),
        ("效益指标", "社会效益指标", "消费投诉线下转线上分流率", "≥30%", None),
        (None, "经济效益指标", "为消费者挽回经济损失", "≥200万元", None),
        (None, "可持续影响指标", "ODR企业动态管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "消费者对ODR处理结果满意度", "≥88%", None),
    ])  # fmt: skip
    sign(s, "严书禾", "戴朗", "0731-84623159")
    return b

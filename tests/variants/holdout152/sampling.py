"""Food and drug sampling returns (食品、药品抽检): nf01–nf04."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout152.common import NAT, footer, indicators
from tests.variants.holdout152.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct


@variant("nf01-food-sampling", (1,), "project, NAT-2021, 比较符 and 计量单位 columns, merged tiers")
def nf01() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 14, 14))
    project_head(
        s, year=2026, name="2026年食品安全监督抽检项目", dept="岚川市市场监督管理局（318001）",
        unit="岚川市食品药品检验检测中心",
        money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(120, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["完成全市食品安全监督抽检3000批次以上，对不合格产品全部核查处置，抽检结果按时向社会"
               "公开，守住不发生区域性系统性食品安全风险的底线。"],
    )  # fmt: skip
    indicators(s, (*NAT, "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "食品安全监督抽检批次", "≥", 3000, "批次"),
        (None, None, "农贸市场食用农产品快检批次", "≥", 12000, "批次"),
        (None, None, "抽检覆盖食品大类", "≥", 32, "类"),
        (None, "质量指标", "监督抽检合格率", "≥", pct(0.97), "%"),
        (None, None, "不合格产品核查处置率", "=", pct(1), "%"),
        (None, "时效指标", "抽检结果信息公开时限", "≤", 20, "个工作日"),
        (None, None, "不合格产品核查处置完成时限", "≤", 90, "天"),
        ("成本指标", "经济成本指标", "每批次监督抽检费用", "≤", 380, "元/批次"),
        ("效益指标", "社会效益指标", "问题线索移送查处率", "=", pct(1), "%"),
        (None, "可持续影响指标", "抽检信息追溯系统覆盖率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "被抽检经营主体满意度", "≥", pct(0.9), "%"),
        (None, None, "群众对食品安全工作满意度", "≥", pct(0.85), "%"),
    ])  # fmt: skip
    footer(s, 2026)
    return b


@variant("nf02-drug-sampling", (1, 10), "project, OLD-NAT, 指标性质 as operator, 度量单位 and 权重")
def nf02() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 14, 30, 10, 12, 12, 8))
    project_head(
        s, year=2026, name="药品医疗器械化妆品监督抽检", dept="鹭滨区市场监督管理局",
        unit="鹭滨区市场监督管理局药品安全监管科", attr="常年项目",
        money=[("年度资金总额", 260, "其中：财政拨款", 220),
               ("其他资金", 40, None, None)],
        goals=["全年完成药品抽检800批次、医疗器械抽检260批次、化妆品抽检300批次，不合格产品全部"
               "核查处置，辖区药品安全风险隐患及时发现、及时处置。"],
        title="鹭滨区2026年度项目支出绩效目标表",
    )  # fmt: skip
    indicators(s, (*NAT, "指标性质", "指标值", "度量单位", "权重"), [
        ("产出指标", "数量指标", "药品抽检批次", "≥", 800, "批次", 10),
        (None, None, "医疗器械抽检批次", "≥", 260, "批次", 8),
        (None, None, "化妆品抽检批次", "≥", 300, "批次", 7),
        (None, "质量指标", "药品抽检合格率", "≥", pct(0.98), "%", 8),
        (None, None, "不合格药品核查处置率", "=", pct(1), "%", 8),
        (None, "时效指标", "检验报告出具时限", "≤", 25, "个工作日", 7),
        (None, "成本指标", "药品抽检每批次检验费用", "≤", 1800, "元/批次", 6),
        (None, None, "医疗器械抽检每批次检验费用", "≤", 3000, "元/批次", 6),
        ("效益指标", "社会效益指标", "药品安全风险隐患处置率", "≥", pct(0.95), "%", 10),
        (None, "可持续影响指标", "零售药店风险监测覆盖率", "≥", pct(0.9), "%", 10),
        ("满意度指标", "服务对象满意度指标", "监管对象满意度", "≥", pct(0.9), "%", 10),
        (None, None, "公众用药安全满意度", "≥", pct(0.88), "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100)
    footer(s, 2026, who="陈某", phone="0795-6620117")
    return b


@variant(
    "nf03-food-defects", (11, 12), "project, NAT-2021, one 指标值 column with operators inline"
)
def nf03() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 18, 18, 18))
    project_head(
        s, year=2026, name="餐饮食品安全抽检监测", dept="梧原县市场监督管理局",
        unit="梧原县市场监督管理局食品安全科",
        money=[("年度资金总额", 90, "其中：财政拨款", 90), ("其他资金", 0, None, None)],
        goals=["围绕校园食堂、集体用餐配送单位和网络订餐开展食品安全抽检监测2500批次，及时核查处置"
               "不合格食品，提升餐饮食品安全水平。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", note="2500批次 × 450元/批次 = 112.5万元，超过年度资金90万元")
    indicators(s, (*NAT, "指标值"), [
        ("产出指标", "数量指标", "餐饮食品抽检批次", "≥2500批次"),
        (None, None, "校园食堂抽检覆盖学校", "≥120所"),
        (None, "质量指标", "抽检样品检验合格率", "≥96%"),
        (None, None, "餐饮具抽检不合格率",
         mk("≥3%", "T108", "warning", row=True, note="不合格率是反向指标，应为≤")),
        (None, None, "不合格食品核查处置率", pct(1)),
        (None, "时效指标", "抽检结果公布时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "每批次抽检费用", "≤450元/批次"),
        ("效益指标", "社会效益指标", "问题食品下架召回率", pct(1)),
        (None, "可持续影响指标", "餐饮单位明厨亮灶覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生家长对校园食品安全满意度", "≥90%"),
    ])  # fmt: skip
    footer(s, 2026, who="刘某", phone="0796-3381025")
    return b


@variant("nf04-drug-defects", (12, 1), "project, OLD-NAT, operator column, units inside the value")
def nf04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (14, 14, 30, 10, 18, 18))
    project_head(
        s, year=2026, name="疫苗和特殊药品流通使用环节监督检查", dept="槐阳县市场监督管理局",
        unit="槐阳县市场监督管理局",
        money=[("年度资金总额", mk(money(180, WAN), "B101", "error", row=True,
                                   note="财政拨款150 + 其他资金20 = 170，不是180")),
               ("其中：财政拨款", money(150, WAN), "其他资金", money(20, WAN))],
        goals=["对全县疫苗储存运输单位和接种单位开展全覆盖检查，完成疫苗及特殊药品抽检120批次，"
               "抽检合格率不低于98%，发现问题全部核查处置。"],
    )  # fmt: skip
    indicators(s, (*NAT, "比较符", "指标值"), [
        ("产出指标", "数量指标", "疫苗及特殊药品抽检批次", "≥", "120批次"),
        (None, None, "接种单位检查家次", "≥", "85家次"),
        (None, "质量指标", "疫苗储运单位检查覆盖率", "≥",
         mk("45家", "T105", "error", note="覆盖率给成了家数")),
        (None, None, "疫苗抽检合格率", "≥", "98%"),
        (None, "时效指标", "问题线索核查办结时限", "≤", "30个工作日"),
        (None, "成本指标", "每批次抽检检验费用", "≤", "2500元/批次"),
        ("效益指标", "社会效益指标", "疫苗质量安全事件发生起数", "=", "0起"),
        (None, "可持续影响指标", "疫苗追溯信息覆盖率", "≥", "95%"),
        ("满意度指标", "服务对象满意度指标", "接种单位满意度", "≥", "90%"),
        (None, None, "受种者家长满意度", "≥", "88%"),
    ])  # fmt: skip
    footer(s, 2026, who="赵某某", phone="0796-5527730")
    return b

"""One-year 高龄津贴 and 残疾人两项补贴 projects: standards per person a month in age or grade
tiers that split one count of people, 测算依据 blocks, stacked projects (qc01–qc06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout227.common import (
    ONE,
    OPS,
    basis,
    book,
    indicators,
    notes,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout227.registry import variant
from tests.variants.kit import Book, Sheet, mk, money, pct


@variant("qc01-elderly-allowance-age-tiers", (11, 12, 1), "one-year project, NAT-2021, one "
         "value column and 指标解释: 高龄津贴 in three age tiers splitting one count, standards "
         "≤元/人·月, a 测算依据 block, 100% as pct(1) (correct)")  # fmt: skip
def qc01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 18, 22))
    project_head(
        s, year=2026, name="高龄老人津贴发放项目", dept="石桥县民政局（402）", unit="石桥县民政局",
        money=one_year_money(wan(1045.20), wan(980.00), wan(65.20)), attr="常年项目",
        goals=["2026年按月足额发放高龄津贴，惠及80周岁及以上老年人7730人，其中80—89周岁6800人、"
               "90—99周岁920人、百岁老人10人，资金发放差错率控制在0.5%以内。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥7730人", "三个年龄段合计"),
        (None, None, "80—89周岁老人津贴发放人数", "≥6800人", None),
        (None, None, "90—99周岁老人津贴发放人数", "≥920人", None),
        (None, None, "百岁老人长寿保健金发放人数", "≥10人", None),
        (None, "质量指标", "发放对象资格复核准确率", "≥99%", "与户籍、殡葬信息比对"),
        (None, None, "津贴资金发放差错率", "≤0.5%", "差错笔数÷发放总笔数"),
        (None, "时效指标", "津贴按月足额发放率", pct(1), "每月20日前打卡发放"),
        ("成本指标", "经济成本指标", "80—89周岁高龄津贴标准", "≤100元/人·月", "县定标准"),
        (None, None, "90—99周岁高龄津贴标准", "≤200元/人·月", None),
        (None, None, "百岁老人长寿保健金标准", "≤700元/人·月", None),
        ("效益指标", "社会效益指标", "符合条件高龄老人津贴覆盖率", "100%", None),
        (None, None, "冒领津贴资金追回率", "≥95%", "死亡未报停等情形"),
        (None, "可持续影响指标", "高龄津贴动态管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "高龄老人及家属满意度", "≥92%", "抽样电话回访"),
    ])  # fmt: skip
    basis(s, [
        (1, "80—89周岁高龄津贴", "100元/人·月×6800人×12个月", money(816.00)),
        (2, "90—99周岁高龄津贴", "200元/人·月×920人×12个月", money(220.80)),
        (3, "百岁老人长寿保健金", "700元/人·月×10人×12个月", money(8.40)),
    ], money(1045.20))  # fmt: skip
    sign(s, "郑晓岚", "彭立新", "0739-5216083")
    return b


@variant("qc02-disability-subsidy-sum-direction", (12, 11), "one-year project, NAT-2021, "
         "operator and unit columns: 年度资金总额 ≠ 财政拨款 + 其他资金, a 差错率 "
         "with ≥")  # fmt: skip
def qc02() -> Book:
    b, s = book("Sheet1")
    total = mk(wan(1190.00), "B101", "error", row=True, note="1120.00 + 60.00 = 1180.00")
    project_head(
        s, year=2026, name="困难残疾人生活补贴和重度残疾人护理补贴",
        dept="柳塘区残疾人联合会（318）", unit="柳塘区残疾人联合会",
        money=one_year_money(total, wan(1120.00), wan(60.00)),
        goals=["2026年为4800名困难残疾人发放生活补贴、为5400名一级和二级重度残疾人发放护理补贴，"
               "补贴按月足额发放到人。"],
    )  # fmt: skip
    wrong = mk("≥", "T108", "warning", row=True, note="a 差错率 is 反向: ≤0.3% meant")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥", 4800, "人"),
        (None, None, "重度残疾人护理补贴发放人数", "≥", 5400, "人"),
        (None, "质量指标", "补贴对象认定准确率", "≥", 98, "%"),
        (None, None, "补贴资金发放差错率", wrong, 0.3, "%"),
        (None, "时效指标", "补贴资金按月发放及时率", "≥", 98, "%"),
        ("成本指标", "经济成本指标", "困难残疾人生活补贴标准", "≤", 90, "元/人·月"),
        (None, None, "一级重度残疾人护理补贴标准", "≤", 120, "元/人·月"),
        (None, None, "二级重度残疾人护理补贴标准", "≤", 90, "元/人·月"),
        ("效益指标", "社会效益指标", "符合条件残疾人应补尽补率", "=", 100, "%"),
        (None, None, "冒领补贴资金追回率", "≥", 95, "%"),
        (None, "可持续影响指标", "两项补贴动态管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "邵嘉禾", "柯永平", "0739-7632415")
    return b


@variant("qc03-disability-grade-words", (11, 1, 5, 4), "one-year project, NAT-2021, numbered "
         "tier labels, operators in words, unit column, percent cells; 护理补贴 in two grades "
         "splitting one count, a 测算依据 block and footnotes (correct)")  # fmt: skip
def qc03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="残疾人两项补贴发放", dept="雁归县残疾人联合会（511）",
        unit="雁归县残疾人联合会", money=one_year_money(wan(1021.80), wan(960.00), wan(61.80)),
        goals=["2026年为3900名困难残疾人按月发放生活补贴，为4400名一级、二级重度残疾人按月发放"
               "护理补贴，做到应补尽补、精准发放。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("一、产出指标", "1.数量指标", "困难残疾人生活补贴发放人数", "大于等于", 3900, "人"),
        (None, None, "重度残疾人护理补贴发放人数", "大于等于", 4400, "人"),
        (None, None, "一级重度残疾人护理补贴人数", "大于等于", 1800, "人"),
        (None, None, "二级重度残疾人护理补贴人数", "大于等于", 2600, "人"),
        (None, "2.质量指标", "补贴资金发放差错率", "小于等于", 0.2, "%"),
        (None, None, "新申请对象审核准确率", "大于等于", pct(0.98), "%"),
        (None, "3.时效指标", "新申请补贴审核办理时限", "小于等于", 20, "个工作日"),
        ("二、成本指标", "1.经济成本指标", "困难残疾人生活补贴标准", "小于等于", 95, "元/人·月"),
        (None, None, "一级重度残疾人护理补贴标准", "小于等于", 130, "元/人·月"),
        (None, None, "二级重度残疾人护理补贴标准", "小于等于", 95, "元/人·月"),
        ("三、效益指标", "1.社会效益指标", "残疾人两项补贴冒领率", "小于等于", 0.1, "%"),
        (None, None, "重度残疾人护理补贴覆盖率", "等于", pct(1), "%"),
        (None, "2.可持续影响指标", "补贴政策落实长效机制", "定性", "健全", None),
        ("四、满意度指标", "1.服务对象满意度指标", "补贴对象满意度", "大于等于", pct(0.92), "%"),
    ])  # fmt: skip
    notes(s, "注：1.护理补贴按残疾等级分档，一级每人每月130元、二级每人每月95元；",
          "2.本表指标值均为年度目标。")  # fmt: skip
    basis(s, [
        (1, "困难残疾人生活补贴", "95元/人·月×3900人×12个月", money(444.60)),
        (2, "一级重度残疾人护理补贴", "130元/人·月×1800人×12个月", money(280.80)),
        (3, "二级重度残疾人护理补贴", "95元/人·月×2600人×12个月", money(296.40)),
    ], money(1021.80))  # fmt: skip
    sign(s, "龚素琴", "黎建华", "0739-6254871")
    return b


@variant("qc04-elderly-pasted-twice-zero-cost", (9, 12), "one-year project, NAT-2021, one "
         "value column, a 测算依据 block: an amount pasted twice, a unit cost rounded to "
         "0万元")  # fmt: skip
def qc04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="高龄津贴发放", dept="枫林镇人民政府（733）",
        unit="枫林镇社会事务办公室",
        money=one_year_money(wan(686.40), wan(686.40), wan(0)),
        goals=["2026年为全镇4768名80周岁及以上老人按月发放高龄津贴，其中90周岁及以上468人。"],
    )  # fmt: skip
    zero = mk("≤0万元/人·年", "T115", "error", note="about 2元/人·年 rounded away in 万元")
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥4768人"),
        (None, None, "90周岁及以上老人津贴发放人数", "≥468人"),
        (None, "质量指标", "发放对象信息核准率", "≥99%"),
        (None, None, "津贴发放差错率", "≤0.3%"),
        (None, "时效指标", "津贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "80—89周岁高龄津贴标准", "≤100元/人·月"),
        (None, None, "90—99周岁高龄津贴标准", "≤300元/人·月"),
        (None, None, "百岁老人长寿保健金标准", "≤500元/人·月"),
        (None, None, "人均津贴代发服务成本", zero),
        ("效益指标", "社会效益指标", "高龄津贴政策知晓率", "≥90%"),
        (None, "可持续影响指标", "高龄津贴数据共享比对机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益老人满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("165.6万165.6万", "X106", "error", alt=("B108",), note="165.60 pasted twice")
    basis(s, [
        (1, "80—89周岁高龄津贴", "100元/人·月×4300人×12个月", money(516.00)),
        (2, "90—99周岁高龄津贴", "300元/人·月×460人×12个月", twice),
        (3, "百岁老人长寿保健金", "500元/人·月×8人×12个月", money(4.80)),
    ], money(686.40))  # fmt: skip
    sign(s, "黄意诚", "莫晓燕", "0739-3318726")
    return b


def _elderly(s: Sheet) -> None:
    project_head(
        s, year=2026, name="高龄津贴", dept="南浦县民政局（406）", unit="南浦县民政局",
        money=one_year_money(wan(952.80), wan(952.80), wan(0)), attr="常年项目",
        title="南浦县民政局2026年度项目支出绩效目标表",
        goals=["2026年为5800名80周岁及以上老人按月发放高龄津贴，其中90周岁及以上700人。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥5800人"),
        (None, "质量指标", "资金发放差错率", "≤0.5%"),
        (None, "时效指标", "按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "80—89周岁津贴标准", "≤120元/人·月"),
        (None, None, "90周岁及以上津贴标准", "≤260元/人·月"),
        ("效益指标", "社会效益指标", "符合条件老人津贴覆盖率", "100%"),
        ("满意度指标", "服务对象满意度指标", "受益老人满意度", "≥90%"),
    ])  # fmt: skip


def _disabled(s: Sheet) -> None:
    project_head(
        s, year=2026, name="残疾人两项补贴", dept="南浦县民政局（406）", unit="南浦县民政局",
        money=one_year_money(wan(721.20), wan(700.00), wan(21.20)), attr="常年项目", title="",
        goals=["2026年为2600名困难残疾人发放生活补贴、为3100名重度残疾人发放护理补贴。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "生活补贴发放人数", "≥2600人"),
        (None, None, "护理补贴发放人数", "≥3100人"),
        (None, "质量指标", "资金发放差错率", "≤0.3%"),
        (None, "时效指标", "按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "困难残疾人生活补贴标准", "≤100元/人·月"),
        (None, None, "重度残疾人护理补贴标准", "≤110元/人·月"),
        ("效益指标", "社会效益指标", "符合条件残疾人应补尽补率", "100%"),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("qc05-stacked-allowances", (2, 11, 12), "two one-year projects stacked in one sheet, "
         "NAT-2021, one value column: the same indicator names with different values in the two "
         "projects, each standard × count × 12 within its own money (correct)")  # fmt: skip
def qc05() -> Book:
    b, s = book("项目支出绩效目标")
    _elderly(s)
    s.skip()
    _disabled(s)
    sign(s, "陶敏", "钟守义", "0739-4281569")
    return b


@variant("qc06-elderly-standard-over-budget", (11, 12), "one-year project, NAT-2021, value, "
         "unit and 指标方向 columns: standard × people × 12 months above the money, a 冒领率 "
         "declared 反向 with ≥, =95% on a 发放率")  # fmt: skip
def qc06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="80周岁以上老年人高龄津贴", dept="云溪区民政局（215）",
        unit="云溪区民政局", money=one_year_money(wan(1200.00), wan(1150.00), wan(50.00)),
        goals=["2026年为全区9200名80周岁以上老年人按月发放高龄津贴，津贴按时足额发放到人。"],
    )  # fmt: skip
    over = mk("≤150", "B107", "warning", row=True,
              note="150元 × 9200人 × 12个月 = 1656万元 > 1200万元")  # fmt: skip
    ge = mk("≥0.2", "T108", "warning", row=True, note="a 冒领率 declared 反向 takes ≤")
    eq = mk("=95", "T107", "warning", alt=("T108",), note="a 发放率 floor: ≥95% meant")
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "指标方向"), [
        ("产出指标", "数量指标", "80周岁以上高龄津贴发放人数", "≥9200", "人", "正向"),
        (None, "质量指标", "发放对象身份核验准确率", "≥99", "%", "正向"),
        (None, None, "高龄津贴冒领率", ge, "%", "反向"),
        (None, "时效指标", "津贴按时发放率", eq, "%", "正向"),
        ("成本指标", "经济成本指标", "80周岁以上高龄津贴标准", over, "元/人·月", "反向"),
        ("效益指标", "社会效益指标", "高龄津贴应发尽发率", "=100", "%", "正向"),
        (None, "可持续影响指标", "高龄津贴信息化管理水平", "提升", None, "定性"),
        ("满意度指标", "服务对象满意度指标", "受益老人满意度", "≥90", "%", "正向"),
    ])  # fmt: skip
    sign(s, "俞静", "韦国栋", "0739-2875164")
    return b

"""Project tables of allowances and relief with a 测算依据 block (standard per person and month
× months × persons): one-year heads and 中期/年度 heads, inline operators or an operator and
unit column (ra01–ra06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout251.common import (
    ONE,
    OPS,
    TWO,
    basis,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout251.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("ra01-old-age-allowance-basis", (12,), "one-year project, NAT-2021, inline operators, "
         "a 测算依据 block whose lines add up to the total, a count in 万人, 100% stored as 1 "
         "(correct)")  # fmt: skip
def ra01() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="高龄老年人津贴发放项目", dept="岚溪县民政局（412）",
        unit="岚溪县养老服务指导中心", money=one_year_money(wan(486.24), wan(486.24), wan(0)),
        goals=["按月足额发放80周岁及以上老年人高龄津贴和百岁老人长寿补贴，保障对象约3229人，"
               "资格年审全覆盖，提升高龄老人生活质量。"],
    )  # fmt: skip
    basis(s, "项目支出测算依据", [
        ("80—89周岁高龄津贴", "100元/人·月×12个月×2860人", wan(343.20)),
        ("90—99周岁高龄津贴", "300元/人·月×12个月×352人", wan(126.72)),
        ("100周岁及以上长寿补贴", "800元/人·月×12个月×17人", wan(16.32)),
    ], wan(486.24))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高龄津贴发放对象人数", "≥0.32万人"),
        (None, None, "百岁老人长寿补贴发放人数", "≥17人"),
        (None, "质量指标", "津贴对象资格年审准确率", pct(1)),
        (None, "时效指标", "津贴按月发放及时率", "≥98%"),
        ("成本指标", "经济成本指标", "80—89周岁高龄津贴标准", "≤100元/人·月"),
        (None, None, "90—99周岁高龄津贴标准", "≤300元/人·月"),
        ("效益指标", "社会效益指标", "高龄津贴政策知晓率", "≥90%"),
        (None, "可持续影响指标", "高龄津贴动态调整机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "高龄老人及家属满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "邝雨桐", "韦承安", "0793-62418705")
    return b


@variant("ra02-disability-subsidies-wrong", (12,), "one-year project, NAT-2021, operator and "
         "unit columns, a 测算依据 block: lines not adding to 合计, a 及时率 given as 12次, a "
         "count named in 万人次 given in 人次")  # fmt: skip
def ra02() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="困难残疾人生活补贴和重度残疾人护理补贴", dept="青岚市民政局（206）",
        unit="青岚市社会救助服务中心", money=one_year_money(wan(1036.80), wan(1036.80), wan(0)),
        goals=["为困难残疾人和重度残疾人按月发放两项补贴，实现应补尽补，补贴资金社会化发放。"],
    )  # fmt: skip
    basis(s, "资金测算依据", [
        ("困难残疾人生活补贴", "90元/人·月×12个月×4200人", wan(453.60)),
        ("一级重度残疾人护理补贴", "120元/人·月×12个月×2600人", wan(374.40)),
        ("二级重度残疾人护理补贴", "90元/人·月×12个月×1900人", wan(205.20)),
    ], mk(wan(1036.80), "B102", "error", row=True, note="the lines add up to 1033.20"))  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "困难残疾人生活补贴发放人数", "≥", 0.42, "万人"),
        (None, None, "护理补贴发放人次（万人次）", "≥",
         mk(54000, "T119", "warning", row=True, note="the name says 万人次: ≥5.4 meant"), "人次"),
        (None, "质量指标", "补贴对象认定准确率", "≥", 98, "%"),
        (None, "时效指标", "补贴按月发放及时率", "≥",
         mk(12, "T105", "error", row=True, note="a 及时率 given as a count"), "次"),
        ("成本指标", "经济成本指标", "一级护理补贴标准", "≤", 120, "元/人·月"),
        ("效益指标", "社会效益指标", "残疾人家庭基本生活保障水平", "定性", "逐步提高", None),
        (None, "可持续影响指标", "两项补贴动态管理机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "补贴对象满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "滕子墨", "欧阳澜", "0736-85102943")
    return b


@variant("ra03-home-care-period", (8, 10, 12), "three-year project, NAT-2021, 中期 and 年度 "
         "columns, counts in 万小时 and 万人次, a coverage rise in 百分点, 95% stored as 0.95, "
         "a 测算依据 block below (correct)")  # fmt: skip
def ra03() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=3, attr="新增项目", name="社区居家养老服务提升项目",
        dept="柘川区民政局（118）", unit="柘川区居家养老服务指导中心",
        money=period_money((wan(1260), wan(1080), wan(180)), (wan(420), wan(360), wan(60))),
        goals=["三年内累计提供居家上门服务19.5万小时，社区养老服务站增至18个，居家养老服务覆盖率"
               "提高6个百分点。", "本年度提供上门服务6.5万小时，运营社区养老服务站15个，覆盖率"
               "提高2个百分点。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "居家养老上门服务时长", "≥19.5万小时", "≥6.5万小时"),
        (None, None, "社区居家养老服务人次", "≥36万人次", "≥12万人次"),
        (None, None, "社区养老服务站运营数量", "≥18个", "≥15个"),
        (None, "质量指标", "上门服务质量抽查合格率", pct(0.95), pct(0.95)),
        (None, "时效指标", "服务工单平均响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "上门服务购买单价", "≤40元/小时", "≤40元/小时"),
        ("效益指标", "社会效益指标", "居家养老服务覆盖率提高", "≥6百分点", "≥2百分点"),
        (None, "可持续影响指标", "居家养老服务网络", "持续完善", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip()
    basis(s, "年度资金测算依据", [
        ("居家上门服务购买", "40元/小时×6.5万小时", wan(260)),
        ("社区养老服务站运营补贴", "8万元/个·年×15个", wan(120)),
        ("智慧养老信息平台运维", "按运维合同", wan(40)),
    ], wan(420))  # fmt: skip
    return b


@variant("ra04-funeral-relief-wrong", (12,), "one-year project, OLD-NAT, operator and unit "
         "columns: a 减免标准 × 具数 above the money, a plan end in the next year")  # fmt: skip
def ra04() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="惠民殡葬基本服务费用减免项目", dept="汀阳县民政局（331）",
        unit="汀阳县殡仪馆", money=one_year_money(wan(500), wan(460), wan(40)),
        end=mk(day(2027, 3, 31), "Y102", "error", alt=("Y101",),
               note="a one-year 2026 project ending in 2027"),
        goals=["对辖区户籍居民遗体接运、暂存、火化、骨灰寄存等基本殡葬服务费用全额减免，"
               "推行节地生态安葬。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "基本殡葬服务费用减免遗体数", "≥", 5200, "具"),
        (None, "质量指标", "减免政策落实率", "=", 100, "%"),
        (None, "时效指标", "减免费用结算周期", "≤", 30, "天"),
        (None, "成本指标", "基本殡葬服务减免标准", "≤",
         mk(1200, "B107", "warning", row=True, note="1200元 × 5200具 = 624万元 > 500万元"),
         "元/具"),
        ("效益指标", "社会效益指标", "遗体火化率", "≥", 99, "%"),
        (None, "生态效益指标", "节地生态安葬率提高", "≥", 3, "百分点"),
        (None, "可持续影响指标", "惠民殡葬政策长效机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, "祁晓岚", "符振东", "0745-27361184")
    return b


@variant("ra05-minimum-living-relief", (5, 12), "one-year project, NAT-2021, numbered tier "
         "labels, an 指标解释 column, =100% at the ceiling, 100% stored as 1, counts in 万人 and "
         "人次, a 测算依据 block and a footnote (correct)")  # fmt: skip
def ra05() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 26, 14))
    project_head(
        s, year=2026, name="城乡最低生活保障和特困人员救助供养", dept="澄水县民政局（207）",
        unit="澄水县社会救助服务中心",
        money=one_year_money(wan(2837.52), wan(2637.52), wan(200)),
        goals=["保障城乡低保对象4000人、特困人员520人基本生活，实施临时救助1800人次，"
               "救助资金全部社会化发放。"],
    )  # fmt: skip
    indicators(s, (*ONE, "指标解释"), [
        ("一、产出指标", "1.数量指标", "城乡低保保障人数", "≥0.4万人", "城市860人、农村3140人"),
        (None, None, "特困人员救助供养人数", "≥520人", None),
        (None, None, "临时救助人次", "≥1800人次", None),
        (None, "2.质量指标", "低保对象动态管理核查率", pct(1), "每年全面复核一次"),
        (None, None, "救助资金社会化发放率", "=100%", "通过“一卡通”发放"),
        (None, "3.时效指标", "临时救助审批办结时限", "≤20个工作日", None),
        ("二、成本指标", "1.经济成本指标", "农村低保月人均补差", "≤380元/人·月", None),
        (None, None, "临时救助平均标准", "≤1500元/人次", None),
        ("三、效益指标", "1.社会效益指标", "有劳动能力低保对象就业帮扶率", "≥60%", None),
        (None, None, "因救助不及时引发的重大负面舆情", "=0起", None),
        ("四、满意度指标", "1.服务对象满意度指标", "救助对象满意度", "≥90%", None),
    ])  # fmt: skip
    s.skip()
    basis(s, "测算依据", [
        ("城市低保", "月人均补差520元×12个月×860人", wan(536.64)),
        ("农村低保", "月人均补差380元×12个月×3140人", wan(1431.84)),
        ("特困人员基本生活费", "960元/人·月×12个月×520人", wan(599.04)),
        ("临时救助", "1500元/人次×1800人次", wan(270)),
    ], wan(2837.52))  # fmt: skip
    note(s, "注：其他资金200万元为上级补助结转资金。")
    return b


@variant("ra06-destitute-care-period-wrong", (8, 12), "two-year project, NAT-2021, 中期 and "
         "年度 columns: the 年度资金总额 above the 中期, an annual 万人次 count above its "
         "period count")  # fmt: skip
def ra06() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, years=2, attr="新增项目", name="特困人员集中供养能力提升项目",
        dept="梧溪县民政局（415）", unit="梧溪县社会福利中心",
        money=period_money((wan(600), wan(540), wan(60)), (
            mk(wan(640), "B103", "error", note="年度 640 > 中期 600"), wan(580), wan(60))),
        goals=["两年内改造护理型床位120张，集中供养生活不能自理特困人员比例提高8个百分点。",
               "本年度改造护理型床位60张，集中供养特困人员320人。"],
    )  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "集中供养特困人员人数", "≥360人", "≥320人"),
        (None, None, "失能特困人员照护服务人次", "≥1.8万人次",
         mk("≥2.4万人次", "D201", "error", note="annual above the two-year count")),
        (None, None, "护理型床位改造数量", "≥120张", "≥60张"),
        (None, "质量指标", "供养机构消防安全达标率", "=100%", "=100%"),
        (None, "时效指标", "护理型床位改造完成时间", "2027年10月31日前", "2026年12月31日前"),
        ("成本指标", "经济成本指标", "护理型床位改造单价", "≤1.5万元/张", "≤1.5万元/张"),
        ("效益指标", "社会效益指标", "失能特困人员集中供养率提高", "≥8百分点", "≥4百分点"),
        (None, "可持续影响指标", "机构照护服务能力", "持续提升", "持续提升"),
        ("满意度指标", "服务对象满意度指标", "供养对象满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "麦清和", "晏书宁", "0771-58290316")
    return b

"""Animal epidemic vaccination: keg01–keg06."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout803.common import (
    first,
    notes,
    period_money,
    project_head,
    sign,
    table,  # fmt: skip
    wan,
    year_money,
)
from tests.variants.holdout803.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
ONE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("keg01-immunization-percent", (1, 11),
         "project, NAT-2021, operator and unit columns, typed percent cells (correct)")  # fmt: skip
def keg01() -> Book:
    b, s = first()
    project_head(s, year=2025, name="鹤栖县2025年动物强制免疫疫苗采购与注射补助",
                 dept="鹤栖县农业农村局 301", unit="鹤栖县动物疫病预防控制中心",
                 money=year_money(86, 70, 16),
                 goals=["全年完成口蹄疫等强制免疫48万头只（其中猪30万头、牛羊18万头只），"
                        "群体免疫密度保持在90%以上，全县不发生区域性重大动物疫情。"])  # fmt: skip
    table(s, OPS, [
        ("产出指标", "数量指标", "生猪口蹄疫免疫数量", "≥", 30, "万头"),
        (None, None, "牛羊口蹄疫免疫数量", "≥", 18, "万头只"),
        (None, None, "强制免疫疫苗采购数量", "≥", 96, "万头份"),
        (None, "质量指标", "应免畜禽群体免疫密度", "≥", pct(0.9), "%"),
        (None, None, "免疫抗体合格率", "≥", pct(0.7), "%"),
        (None, "时效指标", "秋季集中免疫完成时间", "≤", day(2025, 11, 30, CN_DATE), ""),
        ("成本指标", "经济成本指标", "疫苗采购单价", "≤", 0.7, "元/头份"),
        (None, None, "免疫注射劳务补助标准", "≤", 0.3, "元/头只"),
        ("效益指标", "社会效益指标", "区域性重大动物疫情发生次数", "≤", 0, "起"),
        (None, None, "布病血清学阳性率下降率", "≥", pct(0.1), "%"),
        (None, "可持续影响指标", "免疫档案建档率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "周岚芝", "0739-6612408", day(2024, 11, 15))
    return b


@variant("keg02-poultry-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: goal count, annual above period, "
         "last season's year")  # fmt: skip
def keg02() -> Book:
    b, s = first()
    project_head(s, year=2025, years=3, name="石埠县2025—2027年家禽禽流感免疫提升项目",
                 dept="石埠县农业农村局 214", unit="石埠县动物疫病预防控制中心",
                 money=period_money(360, 120, 100, 20), attr="新增项目",
                 goals=["三年累计免疫家禽900万羽，建成规模场免疫监测点30个，"
                        "免疫抗体合格率稳定在70%以上。",
                        mk("2024年免疫家禽300万羽，新建免疫监测点10个。", "Y103", "warning",
                           alt=("Y101",), note="年度目标写上一季的2024年")])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "家禽禽流感免疫数量",
         mk("≥600万羽", "D104", "warning", row=True, note="中期目标写三年累计900万羽"),
         "≥300万羽"),
        (None, None, "规模场免疫监测点建设数量", "≥30个",
         mk("≥35个", "D201", "error", note="年度35个多于三年合计30个")),
        (None, "质量指标", "免疫抗体合格率", "≥70%", "≥70%"),
        (None, "时效指标", "春季集中免疫完成时间", "每年5月31日前", "2025年5月31日前"),
        ("成本指标", "经济成本指标", "禽流感疫苗采购单价", "≤0.12元/羽份", "≤0.12元/羽份"),
        ("效益指标", "社会效益指标", "高致病性禽流感疫情发生次数", "0起", "0起"),
        (None, "可持续影响指标", "规模场免疫监测机制", "长期有效运行", "建立并运行"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("keg03-stacked-campaigns", (2,),
         "two one-year projects stacked in one sheet, OLD-NAT, one value column "
         "(correct)")  # fmt: skip
def keg03() -> Book:
    b, s = first()
    project_head(s, year=2025, name="岚谷区2025年春秋季重大动物疫病集中免疫",
                 dept="岚谷区农业农村局 117", unit="岚谷区动物疫病预防控制中心",
                 money=year_money(54, 48, 6),
                 goals=["春秋两季集中免疫畜禽62万头只，覆盖全区38个村（社区），"
                        "群体免疫密度90%以上。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "集中免疫畜禽数量", "≥62万头只"),
        (None, None, "免疫覆盖村（社区）数", "=38个"),
        (None, "质量指标", "群体免疫密度", "≥90%"),
        (None, "时效指标", "秋防完成时间", "2025年10月31日前"),
        (None, "成本指标", "免疫注射劳务补助标准", "≤0.6元/头只"),
        ("效益指标", "社会效益指标", "免疫知识入户宣传覆盖率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, title="", name="岚谷区2025年免疫效果监测与评价",
                 dept="岚谷区农业农村局 117", unit="岚谷区动物疫病预防控制中心",
                 money=year_money(22, 22, 0),
                 goals=["对全区规模养殖场开展免疫抗体监测6000份，"
                        "按季度形成免疫效果评价报告。"])  # fmt: skip
    table(s, ONE, [
        ("产出指标", "数量指标", "免疫抗体监测样品数", "≥6000份"),
        (None, None, "免疫效果评价报告", "=4份"),
        (None, "质量指标", "监测结果上报准确率", "=100%"),
        (None, "时效指标", "季度评价报告报送时限", "≤15个工作日"),
        (None, "成本指标", "单份样品检测费用", "≤30元/份"),
        ("效益指标", "社会效益指标", "免疫失败风险场点识别数", "≥5个"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("keg04-cold-chain-tiers", (5,),
         "project, OLD-NAT, numbered labels （一）/1.: a quality rate under 时效, "
         "a near-duplicate, "
         "a cost over the money")  # fmt: skip
def keg04() -> Book:
    b, s = first()
    project_head(s, year=2025, name="榆沟区2025年动物疫苗冷链配送体系运行",
                 dept="榆沟区农业农村局 208", unit="榆沟区动物疫病预防控制中心",
                 money=year_money(45, 40, 5),
                 goals=["为全区9个乡镇兽医站配送强制免疫疫苗48批次，全程冷链温控，"
                        "疫苗效价有保障。"])  # fmt: skip
    table(s, ONE, [
        ("一、产出指标", "（一）数量指标", "1.疫苗配送乡镇兽医站数量", "=9个"),
        (None, None, "2.疫苗冷链配送批次", "≥48批次"),
        (None, "（二）质量指标", "1.冷链配送温度达标率", "≥98%"),
        (None, None, "2.疫苗配送到站签收率", "=100%"),
        (None, "（三）时效指标", "1.疫苗配送及时率", "≥95%"),
        (None, None, "2.疫苗效价抽检合格率",
         mk("≥95%", "F201", "warning", row=True, note="合格率是质量指标，填在时效下")),
        (None, "（四）成本指标", "1.单批次冷链配送费用",
         mk("≤1.2万元/批次", "B107", "warning", row=True,
            note="1.2万元×48批次=57.6万元，超过年度资金45万元")),
        ("二、效益指标", "（一）社会效益指标", "1.疫苗冷链失效损失率", "≤1%"),
        (None, None, "2.冷链配送温度合格率",
         mk("≥98%", "D103", "warning", row=True, alt=("D101",),
            note="与质量指标“冷链配送温度达标率”是同一指标，只换了一个词")),
        (None, "（二）可持续影响指标", "1.冷链温控记录保存年限", "≥2年"),
        ("三、满意度指标", "（一）服务对象满意度指标", "1.乡镇兽医站满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("keg05-flat-department", (1, 3, 10),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 · 指标值), typed percents, "
         "百分点 (correct)")  # fmt: skip
def keg05() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="云桥市动物疫病预防控制中心",
                    budget=[(wan(640), wan(600), wan(40), wan(410), wan(230))],
                    tasks=[("强制免疫技术指导", "培训与督导", wan(120), "免疫密度90%以上"),
                           ("动物疫病监测与流调", "采样检测", wan(80), "监测样品2.4万份"),
                           ("免疫效果评价", "抗体评价", wan(30), "形成评价报告"),
                           ("金额合计", None, wan(230), None)],
                    goal="指导全市强制免疫，群体免疫密度保持90%以上，"
                         "完成监测样品2.4万份。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("强制免疫技术培训场次", 10, "场", "≥", 24),
        ("动物疫病监测样品数量", 15, "万份", "≥", 2.4),
        ("群体免疫密度", 15, "%", "≥", pct(0.9)),
        ("监测数据上报及时率", 10, "%", "≥", pct(0.95)),
        ("免疫抗体合格率", 10, "%", "≥", pct(0.7)),
        ("重大动物疫情漏报率", 10, "%", "≤", pct(0)),
        ("布病阳性检出率下降", 10, "百分点", "≥", 1),
        ("单份样品检测成本", 10, "元/份", "≤", 28),
        ("服务对象满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    notes(s, "注：权重合计100。")
    sign(s, "韩沐晴", "0731-5538271", day(2024, 11, 20))
    return b


@variant("keg06-second-sheet-deadline", (7,),
         "project: head on the first sheet, table on a second sheet under 预期实现值: a goal count "
         "and a deadline in the next year")  # fmt: skip
def keg06() -> Book:
    b, s = first("项目信息")
    project_head(s, year=2025, name="枫渡县2025年小反刍兽疫免疫与补免",
                 dept="枫渡县农业农村局 405", unit="枫渡县畜牧兽医服务中心",
                 money=year_money(32, 32, 0),
                 goals=["全年免疫羊只12万只，覆盖全县12个乡镇，"
                        "秋防结束后年内完成补免。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 20))
    t.title("绩效指标", 4)
    table(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "羊只小反刍兽疫免疫数量", "≥12万只"),
        (None, None, "免疫覆盖乡镇数",
         mk("≥10个", "D104", "warning", row=True, note="年度目标写覆盖12个乡镇")),
        (None, "质量指标", "免疫密度", "≥90%"),
        (None, None, "免疫抗体合格率", "≥70%"),
        (None, "时效指标", "补免工作完成时间",
         mk("2026年3月31日前", "Y102", "error", note="一年期项目（2025年），期限落在2026年")),
        ("成本指标", "经济成本指标", "疫苗及注射综合成本", "≤2.5元/只"),
        ("效益指标", "社会效益指标", "羊只因病死亡率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "养羊户满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "绩效指标见“绩效指标”表。")
    return b

"""湖羊 sheep farms: hl07-hl12 (three correct, three with planted mistakes)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout678.common import book, indicators, notes, one_year, sign, w
from tests.variants.holdout678.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "澄陂县农业农村局（408012）"
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")
OPS = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")


@variant("hl07-hu-sheep-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, one indicator name with "
         "different values in each project (correct)")  # fmt: skip
def hu_sheep_stacked() -> Book:
    b, s = book()
    project_head(s, year=2026, name="湖羊种羊场扩繁项目", dept=DEPT, unit="澄陂县种畜场",
                 money=one_year(90, 80, 10),
                 goals=["扩繁湖羊种母羊1500只，供种300户。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "扩繁湖羊种母羊", "≥1500只"),
        (None, "质量指标", "种羊系谱档案完整率", pct(1)),
        (None, "时效指标", "种羊供应完成时间", "2026年12月前"),
        (None, "成本指标", "每只种母羊扩繁补助", "≤400元/只"),
        ("效益指标", "社会效益指标", "供种养殖户", "≥300户"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥92%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, name="湖羊舍饲圈养技术推广项目", dept=DEPT, title="",
                 unit="澄陂县畜牧技术推广站", money=one_year(30, 30, 0),
                 goals=["举办舍饲圈养培训20期，培训养殖户800人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "举办培训", "≥20期"),
        (None, None, "培训养殖户", "≥800人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "时效指标", "培训完成时间", "2026年10月31日前"),
        (None, "成本指标", "每期培训费用", "≤1.2万元/期"),
        ("效益指标", "经济效益指标", "舍饲户均增收", "≥2500元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "殷文涛", "0725-8830142")
    return b


@variant("hl08-hu-sheep-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second project's money does not add up and its goal "
         "states more rams than its indicator")  # fmt: skip
def hu_sheep_stacked_wrong() -> Book:
    b, s = book()
    project_head(s, year=2026, name="湖羊肉品质提升项目", dept=DEPT, unit="澄陂县畜牧技术推广站",
                 money=one_year(60, 50, 10),
                 goals=["推广全混合日粮饲喂技术养殖场30个。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "推广全混合日粮养殖场", "≥30个"),
        (None, "质量指标", "出栏羊胴体抽检合格率", "≥98%"),
        (None, "时效指标", "技术推广完成时间", "2026年11月30日前"),
        (None, "成本指标", "每个养殖场推广补助", "≤1.5万元/个"),
        ("效益指标", "经济效益指标", "出栏羊只均增收", "≥80元"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, name="湖羊种公羊引进项目", dept=DEPT, title="",
                 unit="澄陂县种畜场", money=[
                     ["年度资金总额", mk(w(75), "B101", "error",
                                       note="财政拨款60 + 其他资金10 = 70，不是75"),
                      "其中：财政拨款", w(60)],
                     ["其他资金", w(10), None, None]],
                 goals=["引进湖羊优质种公羊50只，开展本交改良母羊2500只。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "引进优质种公羊",
         mk("≥30只", "D104", "warning", note="年度目标写引进50只，指标只有30只")),
        (None, None, "本交改良母羊", "≥2500只"),
        (None, "质量指标", "引进种公羊检疫合格率", "100%"),
        (None, "时效指标", "种公羊引进完成时间", "2026年6月30日前"),
        (None, "成本指标", "每只种公羊引进补助", "≤6000元/只"),
        ("效益指标", "经济效益指标", "改良羔羊初生重提高", "≥0.3千克"),
        ("满意度指标", "服务对象满意度指标", "养殖户满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, 2026, "殷文涛", "0725-8830142")
    return b


@variant("hl09-hu-sheep-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells, weights adding to 100 (correct)")  # fmt: skip
def hu_sheep_flat() -> Book:
    b, s = book("部门整体")
    department_head(s, year=2026, dept="澄陂县畜牧技术推广站", budget=[
        (w(260), w(240), w(20), w(170), w(90)),
    ], goal="推广湖羊高效养殖技术，全年培训养殖户1000人次，湖羊存栏稳定在12万只以上。")  # fmt: skip
    indicators(s, FLAT, [
        ("培训养殖户人次", 20, "人次", "≥", 1000),
        ("建设湖羊养殖示范场", 15, "个", "≥", 8),
        ("湖羊存栏", 15, "万只", "≥", 12),
        ("技术到户率", 15, "%", "≥", pct(0.9)),
        ("羔羊死亡下降率", 10, "%", "≥", pct(0.1)),
        ("重大动物疫情发生数", 10, "起", "=", 0),
        ("养殖户满意度", 15, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    notes(s, "注：羔羊死亡下降率指较上年下降的幅度，数值越大越好。")
    sign(s, 2026, "葛玉珍", "0725-8846017")
    return b


@variant("hl10-hu-sheep-flat-wrong", (3,),
         "department, flat list: weights adding to 95, one indicator twice with different "
         "values, a deadline before the budget year")  # fmt: skip
def hu_sheep_flat_wrong() -> Book:
    b, s = book("部门整体")
    b.file_mark("W101", "error", note="权重 20+15+15+15+10+10+10 = 95，不是100")
    department_head(s, year=2026, dept="澄陂县动物疫病预防控制中心", budget=[
        (w(310), w(300), w(10), w(200), w(110)),
    ], goal="湖羊小反刍兽疫免疫密度95%以上，布病监测样本3000份。")  # fmt: skip
    indicators(s, FLAT, [
        ("湖羊小反刍兽疫免疫密度", 20, "%", "≥", pct(0.95)),
        ("布病监测样本", 15, "份", "≥", 3000),
        ("防疫物资采购完成时限", 15, "日期", "≤",
         mk("2025年10月31日", "Y102", "error", alt=("Y103", "Y101"),
            note="2026年度预算，期限却在2025年")),
        ("免疫抗体合格率", 15, "%", "≥", pct(0.8)),
        ("布病监测样本数", 10, "份", "≥",
         mk(2000, "D102", "error", row=True, alt=("D103", "D101"),
            note="与布病监测样本3000份是同一指标")),
        ("重大动物疫情发生数", 10, "起", "=", 0),
        ("养殖户满意度", 10, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    sign(s, 2026, "鲁长庚", "0725-8852336")
    return b


@variant("hl11-hu-sheep-operator-words", (11, 1),
         "project, OLD-NAT, operators in words in their own column, unit column, a 下降率 with "
         "大于等于 and a cost within its money (correct)")  # fmt: skip
def hu_sheep_operator_words() -> Book:
    b, s = book(widths=(16, 16, 30, 14, 14, 12))
    project_head(s, year=2026, name="湖羊规模养殖场防疫能力提升项目", dept=DEPT,
                 unit="澄陂县动物疫病预防控制中心", money=one_year(30, 28, 2),
                 goals=["为全县湖羊规模场免疫20000只，羔羊死亡率较上年下降10%以上。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "湖羊免疫数量", "大于等于", 20000, "只"),
        (None, "质量指标", "免疫抗体合格率", "大于等于", pct(0.8), "%"),
        (None, None, "羔羊死亡下降率", "大于等于", 10, "%"),
        (None, "时效指标", "春防完成时间", "小于等于", 45, "天"),
        (None, "成本指标", "每只免疫成本", "小于等于", 12, "元/只"),
        ("效益指标", "社会效益指标", "重大动物疫情发生数", "等于", 0, "起"),
        (None, "可持续影响指标", "防疫档案规范率", "等于", pct(1), "%"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, 2026, "鲁长庚", "0725-8852336")
    return b


@variant("hl12-hu-sheep-fattening-wrong", (11,),
         "project, OLD-NAT, operator column: a death rate with ≥, a unit cost × count above the "
         "money, a goal left from 2024")  # fmt: skip
def hu_sheep_fattening_wrong() -> Book:
    b, s = book(widths=(16, 16, 30, 14, 14, 12))
    project_head(s, year=2026, name="湖羊育肥场标准化改造项目", dept=DEPT,
                 unit="澄陂县畜牧技术推广站", money=one_year(30, 25, 5),
                 goals=[mk("2024年完成育肥场改造12个，育肥湖羊25000只。", "Y103", "warning",
                           alt=("Y101",), note="2026年度项目，年度目标写的是2024年")])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "改造育肥场", "≥", 12, "个"),
        (None, None, "育肥湖羊", "≥", 25000, "只"),
        (None, "质量指标", "育肥羊死亡率",
         mk("≥", "T108", "warning", row=True, note="死亡率是反向指标"), 2, "%"),
        (None, "时效指标", "改造完成时间", "≤", 8, "月"),
        (None, "成本指标", "每只育肥羊防疫成本", "≤",
         mk(15, "B107", "warning", row=True, note="15元 × 25000只 = 37.5万元，超过年度资金30万元"),
         "元/只"),
        ("效益指标", "经济效益指标", "每只育肥羊增收", "≥", 150, "元"),
        ("满意度指标", "服务对象满意度指标", "养殖场户满意度", "≥", 90, "%"),
    ])  # fmt: skip
    sign(s, 2026, "殷文涛", "0725-8830142")
    return b

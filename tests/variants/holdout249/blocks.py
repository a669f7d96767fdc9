"""Money in blocks: department tables with 年度主要任务, one with 占比 (qy14, qy17, qy18), and
two projects stacked in one sheet with 资金明细 and 测算依据 (qy15, qy16)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout249.common import (
    ONE,
    book,
    dept_budget,
    details,
    indicators,
    one_year_money,
    sign,
    tasks,
    wan,
)
from tests.variants.holdout249.registry import variant
from tests.variants.kit import Book, Sheet, mk, pct


@variant("qy14-health-bureau-total-off", (12,), "department table with tasks: 资金总额 ≠ "
         "财政拨款 + 其他资金, a 儿童健康管理率 ≥105%")  # fmt: skip
def qy14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="梅溪县卫生健康局",
        budget=[(mk(wan(2950), "B101", "error", row=True, note="2600 + 300 = 2900"),
                 wan(2600), wan(300), wan(1180), wan(1770))],
        tasks=[("慢性病管理", "高血压、糖尿病患者规范管理", wan(820), "规范管理率≥65%"),
               ("免疫规划", "适龄儿童免疫规划疫苗接种", wan(310), "接种率≥95%"),
               ("妇幼健康", "孕产妇和0—6岁儿童健康管理", wan(640), "系统管理率≥90%"),
               ("金额合计", None, wan(1770), None)],
        goal="提升基本公共卫生服务均等化水平，慢性病规范管理率、适龄儿童免疫规划疫苗接种率和"
             "孕产妇系统管理率稳步提高。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "高血压患者规范管理人数", "≥1.6万人"),
        (None, None, "2型糖尿病患者规范管理人数", "≥5200人"),
        (None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, None, "0—6岁儿童健康管理率",
         mk("≥105%", "T106", "error", note="a 管理率 cannot exceed 100%")),
        (None, None, "孕产妇系统管理率", "≥90%"),
        (None, "时效指标", "年度健康体检完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "慢性病患者年人均管理成本", "≤70元/人"),
        ("效益指标", "社会效益指标", "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, "可持续影响指标", "基本公共卫生服务绩效考核机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "曾可欣", "包振东", "0598-6623194")
    return b


def qy15_education(s: Sheet) -> None:
    """The first stacked project: 健康教育 with a 资金明细 block (45万元)."""
    project_head(
        s, year=2026, name="健康教育与健康促进项目", dept="兰陵湾区卫生健康局（208）",
        unit="兰陵湾区健康教育所", money=one_year_money(wan(45), wan(45), wan(0)),
        goals=["2026年发放健康教育宣传资料6万份，开展健康知识讲座400场，完成居民健康素养监测"
               "1500人，居民健康素养水平较上年提高2个百分点以上。"],
    )  # fmt: skip
    details(s, [
        ("健康教育宣传资料印制", wan(18), "6万份×3元/份=18万元"),
        ("健康知识讲座及义诊", wan(12), "400场×300元/场=12万元"),
        ("居民健康素养监测调查", wan(15), "1500人×100元/人=15万元"),
    ], wan(45))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "健康教育宣传资料发放数", "≥6万份"),
        (None, None, "健康知识讲座场次", "≥400场"),
        (None, None, "居民健康素养监测人数", "≥1500人"),
        (None, "质量指标", "健康素养监测问卷有效率", "≥95%"),
        (None, "时效指标", "健康素养监测完成时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "健康知识讲座场均成本", "≤300元/场"),
        (None, None, "宣传资料单份印制成本", "≤3元/份"),
        ("效益指标", "社会效益指标", "居民健康素养水平较上年提高", "≥2个百分点"),
        ("满意度指标", "服务对象满意度指标", "参与居民满意度", "≥90%"),
    ])  # fmt: skip


def qy15_assistance(s: Sheet) -> None:
    """The second stacked project: 门诊慢特病救助 (76万元), no title row of its own."""
    s.skip()
    project_head(
        s, year=2026, name="困难群众门诊慢特病救助项目", dept="兰陵湾区卫生健康局（208）",
        unit="兰陵湾区医疗救助服务中心", money=one_year_money(wan(76), wan(76), wan(0)),
        goals=["2026年对800名困难群众门诊慢特病费用实施救助，救助资金在20个工作日内拨付到位。"],
        title="",
    )  # fmt: skip
    details(s, [
        ("门诊慢特病救助", wan(64), "800人×800元/人=64万元"),
        ("救助经办服务", wan(12), "12个街道×1万元/个=12万元"),
    ], wan(76))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "门诊慢特病救助人数", "≥800人"),
        (None, "质量指标", "救助对象身份核实准确率", pct(1)),
        (None, "时效指标", "救助资金拨付时限", "≤20个工作日"),
        ("成本指标", "经济成本指标", "门诊慢特病人均救助标准", "≤800元/人"),
        ("效益指标", "社会效益指标", "救助对象门诊自付比例较上年下降", "≥5个百分点"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip


@variant("qy15-stacked-education-assistance", (1, 2, 10, 12), "two one-year projects stacked in "
         "one sheet, each with a 资金明细 block whose 测算依据 repeat the amounts, costs × counts "
         "equal to their lines, 100% typed in Excel, 百分点 (correct)")  # fmt: skip
def qy15() -> Book:
    b, s = book("项目绩效目标表")
    qy15_education(s)
    qy15_assistance(s)
    sign(s, "贺语桐", "欧阳卓", "0591-8372640")
    return b


@variant("qy16-stacked-cold-chain-lost-decimal", (2, 9, 12), "two one-year projects stacked "
         "in one sheet: a 资金明细 line that lost its decimal point, a 覆盖率 given as a "
         "count")  # fmt: skip
def qy16() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="预防接种冷链能力提升项目", dept="龙湫县卫生健康局（322）",
        unit="龙湫县疾病预防控制中心", money=one_year_money(wan(55), wan(50), wan(5)),
        goals=["2026年为接种单位配置医用冷藏柜12台，完成冷链温度监测系统运维和冷链管理人员培训。"],
    )  # fmt: skip
    details(s, [
        ("医用冷藏柜购置", wan(36), "12台×3万元/台=36万元"),
        ("冷链温度监测系统运维",
         mk(wan(1250), "B110", "error", alt=("B102",), note="12.50 lost its decimal point"),
         "50个接种单位×2500元/个=12.5万元"),
        ("冷链管理人员培训", wan(6.5), "130人次×500元/人次=6.5万元"),
    ], wan(55))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "医用冷藏柜配置数", "≥12台"),
        (None, "质量指标", "冷链温度监测达标率", "≥98%"),
        (None, "时效指标", "设备安装完成时间", "2026年6月30日前"),
        ("成本指标", "经济成本指标", "医用冷藏柜单台购置成本", "≤3万元/台"),
        ("效益指标", "社会效益指标", "疫苗储存运输温度异常发生率", "≤1%"),
        ("满意度指标", "服务对象满意度指标", "接种单位满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s, year=2026, name="艾滋病综合防治项目", dept="龙湫县卫生健康局（322）",
        unit="龙湫县疾病预防控制中心", money=one_year_money(wan(64), wan(58), wan(6)), title="",
        goals=["2026年对重点人群开展艾滋病检测1.2万人次，感染者随访检测比例达到95%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "重点人群艾滋病检测人次", "≥1.2万人次"),
        (None, "质量指标", "抗病毒治疗覆盖率", mk("≥560人", "T105", "error")),
        (None, None, "感染者随访检测比例", "≥95%"),
        (None, "时效指标", "检测结果反馈时间", "≤7天"),
        ("成本指标", "经济成本指标", "单人次检测成本", "≤35元/人次"),
        ("效益指标", "社会效益指标", "经输血传播病例发生数", "=0例"),
        (None, None, "艾滋病母婴传播率", "≤2%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "秦楚瑶", "卢建平", "0745-2837160")
    return b


def qy17_table(s: Sheet) -> None:
    """The indicators of qy17, the header repeated after a page break, and two note rows."""
    head = (*ONE, "备注")
    indicators(s, head, [
        ("产出指标", "1.数量指标", "孕产妇早孕建册人数", "≥2300人", None),
        (None, None, "0—6岁儿童健康管理人数", "≥1.9万人", None),
        (None, None, "两癌筛查人数", "≥1.5万人", "农村适龄妇女"),
        (None, "2.质量指标", "孕产妇系统管理率", "≥92%", None),
        (None, None, "3岁以下儿童系统管理率", "≥90%", None),
        (None, "3.时效指标", "高危孕产妇专案建档时限", "≤7天", "自筛查确认之日起"),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标", "经济成本指标", "两癌筛查人均成本", "≤120元/人", None),
        ("效益指标", "社会效益指标", "婴儿死亡率", "≤5‰", None),
        (None, None, "5岁以下儿童死亡率", "≤7‰", None),
        (None, None, "孕产妇死亡率", "≤12/10万", "户籍人口"),
        (None, "可持续影响指标", "妇幼健康服务体系", "健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%", None),
    ])  # fmt: skip
    s.row("注：本表指标值均为年度目标；死亡率指标按户籍人口统计。", merge=[(1, 5)])
    s.row("填表说明：定性指标填写“健全”“有效”等。", merge=[(1, 5)])


@variant("qy17-mch-hospital-repeated-header", (4, 5, 11), "department table with tasks: "
         "numbered tier-2 labels, the header repeated after a page break, ‰ and /10万 death "
         "rates, 3岁 and 5岁 in names, notes under the table (correct)")  # fmt: skip
def qy17() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="沅陵湾县妇幼保健院",
        budget=[(wan(1860), wan(1240), wan(620), wan(1320), wan(540))],
        tasks=[("孕产期保健", "孕产妇早孕建册、产前检查和高危专案管理", wan(210), "系统管理率≥92%"),
               ("儿童健康管理", "0—6岁儿童健康体检和随访", wan(150), "儿童健康管理人数≥1.9万人"),
               ("两癌筛查", "农村适龄妇女宫颈癌、乳腺癌筛查", wan(180), "筛查1.5万人"),
               ("金额合计", None, wan(540), None)],
        goal="做好孕产期保健、儿童健康管理和两癌筛查，婴儿死亡率、5岁以下儿童死亡率和孕产妇"
             "死亡率保持在较低水平。",
    )  # fmt: skip
    qy17_table(s)
    sign(s, "向婉清", "麻志强", "0745-4325816")
    return b


@variant("qy18-cdc-share-tasks-split-value", (9, 12), "department table with amounts and 占比: "
         "a 基本支出 share that does not match, tasks that do not add up to 金额合计, an "
         "indicator value split by a space")  # fmt: skip
def qy18() -> Book:
    b, s = book("部门整体支出绩效目标")
    dept_budget(
        s, year=2026, dept="鹭岗区疾病预防控制中心",
        amounts=(wan(2400), wan(2160), wan(240), wan(960), wan(1440)),
        shares=(pct(1), pct(0.9), pct(0.1),
                mk(pct(0.45), "B111", "error", note="960 ÷ 2400 = 40%"), pct(0.6)),
        goal="完成基本公共卫生服务、免疫规划和医疗救助相关公共卫生任务，居民电子健康档案建档率"
             "达到90%以上，适龄儿童免疫规划疫苗接种率保持在95%以上。",
    )  # fmt: skip
    total = mk(wan(1440), "B102", "error", row=True, alt=("B101",), note="860+380+260=1500")
    tasks(s, [
        ("基本公共卫生服务", "居民健康档案管理和重点人群健康管理", wan(860), "建档率≥90%"),
        ("医疗救助", "困难群众医疗救助经办", wan(380), "救助资金及时拨付"),
        ("免疫规划", "适龄儿童免疫规划疫苗接种", wan(260), "接种率≥95%"),
    ], total)  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "居民电子健康档案建档人数",
         mk("≥2 8600人", "X105", "warning", note="PDF split: 28600")),
        (None, "质量指标", "居民电子健康档案建档率", "≥90%"),
        (None, None, "适龄儿童免疫规划疫苗接种率", "≥95%"),
        (None, "时效指标", "医疗救助资金拨付时限", "≤15个工作日"),
        ("成本指标", "经济成本指标", "居民健康档案人均维护成本", "≤10元/人"),
        ("效益指标", "社会效益指标", "适龄儿童疫苗针对传染病报告发病率", "≤10/10万"),
        (None, "可持续影响指标", "公共卫生应急处置机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "杨沐晴", "许国栋", "0592-5726143")
    return b

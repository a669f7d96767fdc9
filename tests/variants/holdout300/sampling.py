"""Drug sampling (药品抽检) and vaccine distribution (疫苗流通监管): returns sx01 to sx06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout300.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout300.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
WORD_HEAD = ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant(
    "sx01-sampling-percent",
    (1, 12),
    "project, OLD-NAT, 指标性质 as operator, unit column, percent cells typed in Excel, 万元 only "
    "in the number format, =100% on a 处置率, a 下降率 with ≥, 0起 on an incident count (correct)",
)
def sx01() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, name="雁台市药品质量监督抽检项目", dept="雁台市市场监督管理局 305021",
        unit="雁台市食品药品检验检测中心", attr="常年项目", money=one_year(186, 170, 16),
        goals=["完成辖区药品生产、经营、使用环节监督抽检，及时核查处置不合格药品，保障群众用药安全。"],
    )  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "药品监督抽检批次", "≥", 520, "批次"),
        (None, None, "抽检覆盖药品经营使用单位数", "≥", 310, "家"),
        (None, "质量指标", "检验结论复核符合率", "≥", pct(0.99), "%"),
        (None, None, "不合格药品核查处置率", "=", pct(1), "%"),
        (None, "时效指标", "检验报告出具时限", "≤", 20, "个工作日"),
        (None, None, "不合格结果移送及时率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单批次抽检检验费用", "≤", 0.32, "万元/批次"),
        ("效益指标", "社会效益指标", "群众药品质量投诉量下降率", "≥", pct(0.05), "%"),
        (None, None, "药品质量安全事件发生数", "=", 0, "起"),
        (None, "可持续影响指标", "药品质量风险预警机制运行情况", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "被抽检单位满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郁青禾", "0571-86203317")
    return b


@variant(
    "sx02-sampling-artefacts",
    (1, 9),
    "project, OLD-NAT, operators in words in a 指标方向 column, percent cells: a completion rate "
    "typed as 105%, a deadline given as 100%, the end date a serial in a text cell",
)
def sx02() -> Book:
    b, s = book()
    end = mk("46022", "X104", "warning", note="2025-12-31 left as a date serial in a text cell")
    project_head(
        s, year=YEAR, name="柘川区药品流通环节专项抽检", dept="柘川区市场监督管理局 412007",
        unit="柘川区药品稽查大队", attr="一次性项目", money=one_year(64, 58, 6), end=end,
        goals=["对辖区药品批发企业和零售连锁门店开展专项抽检，督促问题药品下架召回。"],
    )  # fmt: skip
    late = mk(pct(1), "T113", "warning", row=True, note="a time limit cannot be a percentage")
    over = mk(pct(1.05), "T106", "error", note="a completion rate cannot exceed 100%")
    indicators(s, WORD_HEAD, [
        ("产出指标", "数量指标", "流通环节药品抽检批次", "大于等于", 200, "批次"),
        (None, None, "抽检药品零售连锁门店数", "大于等于", 85, "家"),
        (None, "质量指标", "抽检任务完成率", "大于等于", over, "%"),
        (None, None, "检验数据录入准确率", "大于等于", pct(0.98), "%"),
        (None, "时效指标", "检验报告出具时限", "大于等于", late, "%"),
        (None, "成本指标", "单批次检验费用", "小于等于", 0.28, "万元/批次"),
        ("效益指标", "社会效益指标", "问题药品下架召回率", "大于等于", pct(0.95), "%"),
        (None, "可持续影响指标", "流通环节药品质量追溯机制", None, "健全", None),
        ("满意度指标", "服务对象满意度指标", "药品经营企业满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "鲍承远", "0576-81523309")
    return b


COLD_CHAIN = [
    ("产出指标", "数量指标", "冷链设备温度监测点位检查数", "≥120个"),
    (None, None, "疫苗配送企业检查家次", "≥24家次"),
    (None, "质量指标", "冷链温度记录完整率", "≥98%"),
    (None, None, "检查发现问题整改率", "≥95%"),
    (None, "时效指标", "温度异常处置响应时间", "≤2小时"),
    (None, "成本指标", "单个点位年度监测成本", "≤0.35万元/个"),
    ("效益指标", "社会效益指标", "疫苗质量安全事件发生数", "=0起"),
    (None, "可持续影响指标", "冷链温度异常预警机制", "长效运行"),
    ("满意度指标", "服务对象满意度指标", "接种单位满意度", "≥90%"),
]
CLINICS = [
    ("产出指标", "数量指标", "预防接种单位检查家次", "≥86家次"),
    (None, "质量指标", "疫苗出入库记录核查合格率", "≥95%"),
    (None, None, "检查发现问题整改率", "=100%"),
    (None, "时效指标", "问题整改反馈时限", "≤15个工作日"),
    (None, "成本指标", "单家次检查成本", "≤0.34万元/家次"),
    ("效益指标", "社会效益指标", "过期疫苗违规使用发生数", "=0起"),
    (None, "可持续影响指标", "接种单位疫苗管理制度执行情况", "规范"),
    ("满意度指标", "服务对象满意度指标", "受检单位满意度", "≥88%"),
]


def clinic_head(s: Sheet, name: str, money: list[list[object]], title: str | None) -> None:
    project_head(
        s, year=YEAR, name=name, dept="澄岭县市场监督管理局 508113", title=title,
        unit="澄岭县药品和医疗器械监管股", attr="常年项目", money=money,
        goals=["规范疫苗储存、运输和使用管理，确保疫苗全程冷链、来源可查、去向可追。"],
    )  # fmt: skip


@variant(
    "sx03-vaccine-stacked",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator "
    "(检查发现问题整改率) with different values in the two projects, =0起 on incidents (correct)",
)
def sx03() -> Book:
    b, s = book("疫苗流通监管")
    clinic_head(s, "澄岭县疫苗储运冷链监管", one_year(48, 48, 0), None)
    indicators(s, ONE_HEAD, COLD_CHAIN)
    s.skip()
    clinic_head(s, "澄岭县预防接种单位疫苗使用检查", one_year(36, 30, 6), "")
    indicators(s, ONE_HEAD, CLINICS)
    sign(s, "龚若岚", "0578-76604452")
    return b


@variant(
    "sx04-vaccine-stacked-wrong",
    (2, 11, 12),
    "two projects stacked, NAT-2021, one value column: a 差错率 with ≥ in the first, the second "
    "project's 年度资金总额 not the sum of 财政拨款 and 其他资金",
)
def sx04() -> Book:
    b, s = book()
    dept, unit = "枫渚县市场监督管理局 621004", "枫渚县药品安全监管所"
    project_head(
        s, year=YEAR, name="枫渚县疫苗流通追溯码核查", dept=dept, unit=unit,
        money=one_year(40, 36, 4),
        goals=["核查疫苗追溯码上传和扫码出入库，确保疫苗来源可查、去向可追。"],
    )  # fmt: skip
    wrong = mk("≥1%", "T108", "warning", row=True, note="a 差错率 is 反向: ≤ expected")
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "疫苗追溯码核查批次", "≥150批次"),
        (None, "质量指标", "疫苗追溯信息差错率", wrong),
        (None, "时效指标", "追溯数据异常核查时限", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单批次核查成本", "≤0.24万元/批次"),
        ("效益指标", "社会效益指标", "疫苗追溯数据完整率", "≥98%"),
        (None, "可持续影响指标", "疫苗追溯协同监管机制", "健全"),
        ("满意度指标", "服务对象满意度指标", "疫苗配送企业满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(52), "B101", "error", row=True, note="44 + 6 = 50, not 52")
    project_head(
        s, year=YEAR, name="枫渚县非免疫规划疫苗储存检查", dept=dept, unit=unit, title="",
        money=one_year(total, 44, 6),
        goals=["检查非免疫规划疫苗储存条件和出入库记录，消除储存隐患。"],
    )  # fmt: skip
    indicators(s, ONE_HEAD, [
        ("产出指标", "数量指标", "接种单位储存条件检查家次", "≥90家次"),
        (None, "质量指标", "出入库记录核查合格率", "≥95%"),
        (None, "时效指标", "储存隐患整改时限", "≤10个工作日"),
        ("成本指标", "经济成本指标", "单家次检查成本", "≤0.48万元/家次"),
        ("效益指标", "社会效益指标", "疫苗储存隐患整改率", "≥95%"),
        (None, "可持续影响指标", "疫苗储存检查常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受检接种单位满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁立衡", "0579-85127760")
    return b


@variant(
    "sx05-sampling-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 value columns: two cumulative counts copied "
    "from the 中期 column, one annual count above its period count",
)
def sx05() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, years=3, name="雁台市基本药物质量提升抽检计划", attr="延续项目",
        dept="雁台市市场监督管理局 305021", unit="雁台市食品药品检验检测中心",
        money=multi_year((450, 420, 30), (150, 140, 10)),
        goals=["三年内实现基本药物品种抽检全覆盖，建立基本药物质量档案和风险会商机制。",
               "完成本年度基本药物抽检任务，对基层医疗机构开展快检培训，按季度开展风险会商。"],
    )  # fmt: skip
    copied = "a cumulative count copied from the 中期 column"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "基本药物抽检批次", "≥1500批次", "≥500批次"),
        (None, None, "基层药品快检培训场次", "≥36场", mk("≥36场", "D202", "warning", note=copied)),
        (None, None, "基层药品质量宣传活动次数", "≥30次",
         mk("≥30次", "D202", "warning", note=copied)),
        (None, None, "药品质量风险会商次数", "≥12次",
         mk("≥15次", "D201", "error", note="15 a year cannot fit in 12 over three years")),
        (None, "质量指标", "检验结论复核符合率", "≥99%", "≥99%"),
        (None, "时效指标", "抽检结果公告时限", "≤30个工作日", "≤30个工作日"),
        ("成本指标", "经济成本指标", "单批次检验成本", "≤0.28万元/批次", "≤0.28万元/批次"),
        ("效益指标", "社会效益指标", "基层医疗机构用药风险隐患整改率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "基本药物质量档案", "持续完善", "持续完善"),
        ("满意度指标", "服务对象满意度指标", "基层医疗机构满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郁青禾", "0571-86203317")
    return b


@variant(
    "sx06-vaccine-two-years",
    (8,),
    "two-year project, NAT-2021, 实施期 and 年度 value columns: annual counts below the period, "
    "rates and unit costs equal, a 2026 deadline only in the 实施期 column (correct)",
)
def sx06() -> Book:
    b, s = book()
    project_head(
        s, year=YEAR, years=2, name="疫苗流通全程追溯监管平台升级", attr="新增项目",
        dept="雁台市市场监督管理局 305021", unit="雁台市药品安全信息中心",
        money=multi_year((260, 240, 20), (150, 140, 10)),
        goals=["两年内将全市疫苗配送企业和接种单位全部接入追溯监管平台，实现疫苗流通全程可追溯。",
               "本年度完成平台一期升级上线，接入主要疫苗配送企业和接种单位。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "追溯数据接入单位数", "≥420家", "≥260家"),
        (None, None, "平台监管人员操作培训人次", "≥300人次", "≥180人次"),
        (None, "质量指标", "追溯数据上传完整率", "≥98%", "≥98%"),
        (None, "时效指标", "平台升级上线时间", "2026年12月31日前", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "单位接入成本", "≤0.3万元/家", "≤0.3万元/家"),
        ("效益指标", "社会效益指标", "疫苗流通环节可追溯率", "≥95%", "≥90%"),
        (None, "可持续影响指标", "疫苗追溯数据共享机制", "长效运行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "接入单位满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：实施期为2025年至2026年，平台一期于本年度上线，二期于实施期末完成。")
    sign(s, "龚若岚", "0571-86209925", day(YEAR - 1, 12, 3))
    return b

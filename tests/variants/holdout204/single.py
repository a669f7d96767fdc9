"""One-year project tables from township health centres and small units: values split over
指标值 │ 计量单位, fullwidth and word operators, an operator column, a direction column, weight
columns (pf01, pf04, pf06, pf12, pf13, pf15, pf16)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout204.common import (
    ONE,
    SPLIT,
    book,
    indicators,
    notes,
    one_year_money,
    signatures,
    top,
    wan,
)
from tests.variants.holdout204.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("pf01-family-doctor-split-values", (1, 9), "township health centre, one-year, NAT-2021, "
         "title and unit rows, 指标值 │ 计量单位 split, typed and text percents; 40元/人·年 × "
         "9600人 equals the 38.4万元, signature rows with a fill date in the prior year "
         "(correct)")  # fmt: skip
def pf01() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 14, 14))
    top(s, "2026年度项目支出绩效目标表", "临溪县石门镇卫生院")
    project_head(
        s, year=2026, title="", name="家庭医生签约服务项目", dept="临溪县卫生健康局（310）",
        unit="临溪县石门镇卫生院", attr="常年项目",
        money=one_year_money(wan(38.4), wan(32), wan(6.4)),
        goals=["2026年组建家庭医生团队8个，签约服务常住居民9600人，重点人群签约率不低于75%，"
               "脱贫人口签约全覆盖，签约居民满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, SPLIT, [
        ("产出指标", "数量指标", "组建家庭医生团队数", "≥ 8", "个"),
        (None, None, "签约服务常住居民人数", "≥9600", "人"),
        (None, "质量指标", "重点人群家庭医生签约率", "≥75", "%"),
        (None, None, "脱贫人口家庭医生签约覆盖率", pct(1), "%"),
        (None, None, "签约居民高血压患者规范管理率", "≥60%", "%"),
        (None, "时效指标", "签约服务协议签订完成时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "签约服务补助标准", "≤40", "元/人·年"),
        ("效益指标", "社会效益指标", "签约居民高血压患者血压控制率", pct(0.55), "%"),
        (None, "可持续影响指标", "家庭医生团队考核激励机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "签约居民满意度", "≥90", "%"),
    ])  # fmt: skip
    notes(s, ["指标值与计量单位分列填写，百分比指标的计量单位填“%”。",
              "签约人数以家庭医生签约服务信息系统统计为准。"])  # fmt: skip
    signatures(s, "王立群", "陈晓", "0597-6231108", day(2025, 11, 18))
    return b


@variant("pf04-vaccination-over-100-harm-ge", (9, 11), "township health centre, one-year, "
         "NAT-2021, fullwidth and word operators, a unit column: a 接种率 of ≥102%, a 反向 "
         "差错发生率 with ＞＝")  # fmt: skip
def pf04() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 14, 12, 20))
    top(s, "青岚市2026年项目支出绩效目标表", "青岚市白鹭镇卫生院")
    project_head(
        s, year=2026, title="", name="预防接种门诊运行保障项目", dept="青岚市卫生健康委员会（208）",
        unit="青岚市白鹭镇卫生院",
        money=one_year_money(wan(24), wan(20), wan(4)),
        goals=["2026年完成辖区适龄儿童免疫规划疫苗接种21000剂次以上，开展预防接种知识宣传12场，"
               "规范接种操作，受种者监护人满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, (*SPLIT, "备注"), [
        ("产出指标", "数量指标", "免疫规划疫苗接种剂次", "≧21000", "剂次", "以信息系统登记为准"),
        (None, None, "预防接种知识宣传活动", "不少于12", "场", None),
        (None, "质量指标", "适龄儿童免疫规划疫苗接种率",
         mk("≥102", "T106", "error", row=True, note="a 接种率 cannot pass 100%"), "%", None),
        (None, None, "接种差错发生率",
         mk("＞＝0.5", "T108", "warning", row=True, note="a harm rate with ≥: ≤ meant"), "%",
         None),
        (None, "时效指标", "疑似预防接种异常反应报告及时率", pct(1), "%", "发现后及时报告"),
        ("成本指标", "经济成本指标", "预防接种门诊运行保障经费", "≤24", "万元", None),
        ("效益指标", "社会效益指标", "监护人预防接种知识知晓率", "≥85", "%", "问卷抽样"),
        (None, "可持续影响指标", "疫苗冷链设备运行管理制度", "健全", None, None),
        ("满意度指标", "服务对象满意度指标", "受种者监护人满意度", "90%以上", "%", None),
    ])  # fmt: skip
    signatures(s, "刘长河", "许雯", "0598-7720316", day(2025, 12, 2), compact=True)
    return b


@variant("pf06-fund-supervision-rate-as-count", (1, 10), "医保 small unit, one-year, NAT-2021, "
         "operator words in a 指标性质 column, value, unit and weight columns adding to 100: a "
         "检查覆盖率 given as 320家")  # fmt: skip
def pf06() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 12, 10, 10, 8))
    top(s, "2026年度项目支出绩效目标申报表", "白沙河区医疗保障局", width=7)
    project_head(
        s, year=2026, title="", name="医保基金监管专项行动项目", dept="白沙河区医疗保障局（415）",
        unit="白沙河区医疗保障基金监管中心",
        money=one_year_money(wan(60), wan(60), wan(0)),
        goals=["2026年对辖区320家定点医药机构开展医保基金使用现场检查，开展基金监管宣传活动10场，"
               "违规基金追回率达到95%以上，定点医药机构满意度85%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位", "权重"), [
        ("产出指标", "数量指标", "开展基金监管宣传活动", "大于等于", 10, "场", 10),
        (None, None, "委托第三方机构专项审计", "大于等于", 2, "次", 10),
        (None, "质量指标", "定点医药机构现场检查覆盖率", "大于等于",
         mk(320, "T105", "error", row=True, note="a 覆盖率 given as a count of 家"), "家", 10),
        (None, None, "违规基金追回率", "大于等于", 95, "%", 10),
        (None, "时效指标", "举报线索核查办结时限", "小于等于", 30, "日", 10),
        ("成本指标", "经济成本指标", "第三方专项审计费用", "小于等于", 20, "万元", 10),
        ("效益指标", "社会效益指标", "违规问题整改率", "等于", 100, "%", 10),
        (None, None, "参保群众医保政策知晓率", "大于等于", 80, "%", 10),
        (None, "可持续影响指标", "医保基金智能监控系统运行", "定性", "稳定", None, 10),
        ("满意度指标", "服务对象满意度指标", "定点医药机构满意度", "大于等于", 85, "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, 100, merge=[(1, 6)])
    return b


@variant("pf12-smart-supervision-fullwidth", (9, 11), "医保 small unit, one-year, NAT-2021, "
         "指标性质 as direction (正向/反向/定性): ＞＝ with fullwidth digits, ≧, 不少于, 不高于, "
         "以内, 以上; a 追回金额 above the budget as an outcome (correct)")  # fmt: skip
def pf12() -> Book:
    b, s = book("Sheet1", (14, 16, 32, 10, 18))
    top(s, "2026年度项目支出绩效目标表", "青岚市医疗保障信息中心", width=5)
    project_head(
        s, year=2026, title="", name="医保基金智能监管系统运维项目",
        dept="青岚市医疗保障局（233）", unit="青岚市医疗保障信息中心",
        money=one_year_money(wan(85), wan(85), wan(0)),
        goals=["2026年更新医保智能监控规则120条，接入定点医药机构1600家，疑点数据复核率达到95%"
               "以上，系统年度故障停机时长控制在24小时以内。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值"), [
        ("产出指标", "数量指标", "智能监控规则库更新条数", "正向", "≧120条"),
        (None, None, "接入智能监控定点医药机构数", "正向", "不少于1600家"),
        (None, "质量指标", "智能审核疑点数据复核率", "正向", "＞＝９５％"),
        (None, None, "智能审核疑点误报率", "反向", "不高于5%"),
        (None, None, "系统年度故障停机时长", "反向", "24小时以内"),
        (None, "时效指标", "疑点数据推送时限", "反向", "≤3个工作日"),
        ("成本指标", "经济成本指标", "系统年度运维费用", "反向", "≤85万元"),
        ("效益指标", "社会效益指标", "通过智能监控追回违规医保基金", "正向", "300万元以上"),
        (None, "可持续影响指标", "智能监控规则动态更新机制", "定性", "健全"),
        ("满意度指标", "服务对象满意度指标", "定点医药机构满意度", "正向", "85%以上"),
    ])  # fmt: skip
    notes(s, ["指标性质填写正向、反向或定性。", "追回金额为监管成效，不属于本项目支出。"], width=5)
    signatures(s, "杨嘉树", "方宁", "0591-88216034", day(2025, 11, 26), compact=True)
    return b


@variant("pf13-allowance-total-and-feb29", (9, 12), "township government, one-year, NAT-2021, "
         "指标值 │ 计量单位 split: 年度资金总额 186 ≠ 176.4 + 7.2, a deadline on 2026年2月29日 "
         "(2026 is not a leap year)")  # fmt: skip
def pf13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 12, 16))
    top(s, "2026年度项目支出绩效目标表", "青岚市松溪镇人民政府")
    project_head(
        s, year=2026, title="", name="高龄津贴发放项目", dept="青岚市松溪镇人民政府（602）",
        unit="青岚市松溪镇社会事务办公室", attr="常年项目",
        money=one_year_money(
            mk(wan(186), "B101", "error", note="176.4 + 7.2 = 183.6"),
            mk(wan(176.4), "B101", "error", required=False),
            mk(wan(7.2), "B101", "error", required=False)),
        goals=["2026年按月为辖区80周岁及以上老年人发放高龄津贴，保障1356名高龄老人按标准足额领取，"
               "津贴发放准确率100%，高龄老人满意度达到92%以上。"],
    )  # fmt: skip
    indicators(s, (*SPLIT, "备注"), [
        ("产出指标", "数量指标", "高龄津贴发放人数", "≥1356", "人", "80周岁及以上"),
        (None, None, "其中：百岁老人长寿津贴发放人数", "≥6", "人", None),
        (None, "质量指标", "津贴发放准确率", pct(1), "%", None),
        (None, None, "发放对象资格年审率", pct(1), "%", None),
        (None, "时效指标", "年度资格认证完成时间",
         mk("2026年2月29日前", "Y106", "error", alt=("T116",),
            note="2026 is not a leap year: no 2月29日"), None, None),
        (None, None, "津贴按月发放时间", "每月10日前", None, None),
        ("成本指标", "经济成本指标", "80至89周岁高龄津贴标准", "≤100", "元/人·月", "1200人"),
        (None, None, "90至99周岁高龄津贴标准", "≤200", "元/人·月", "150人"),
        (None, None, "百岁老人长寿津贴标准", "≤500", "元/人·月", "6人"),
        ("效益指标", "社会效益指标", "高龄津贴政策知晓率", "≥90", "%", None),
        ("满意度指标", "服务对象满意度指标", "高龄老人满意度", "≥92", "%", None),
    ])  # fmt: skip
    notes(s, ["金额单位为万元；津贴标准按县级文件执行。", "发放人数以民政信息系统12月底数据为准。"])
    signatures(s, "钟海平", "吴丽娟", "0591-83360927", day(2025, 11, 21))
    return b


@variant("pf15-tcm-vague-and-wrong-parent", (5,), "township health centre, one-year, NAT-2021, "
         "numbered tier labels (一、产出指标, （一）数量指标): a count given as 按上级要求开展, "
         "可持续影响指标 under 满意度指标")  # fmt: skip
def pf15() -> Book:
    b, s = book("Sheet1", (16, 22, 32, 20))
    top(s, "项目支出绩效目标表（2026年度）", "临溪县柏树乡卫生院", width=4)
    project_head(
        s, year=2026, title="", name="老年人中医药健康管理服务项目",
        dept="临溪县卫生健康局（310）", unit="临溪县柏树乡卫生院",
        money=one_year_money(wan(15), wan(12), wan(3)),
        goals=["2026年为辖区65岁及以上老年人提供中医体质辨识服务1500人，老年人中医药健康管理率"
               "达到70%，服务对象满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ONE, [
        ("一、产出指标", "（一）数量指标", "中医体质辨识服务人数", "≥1500人"),
        (None, None, "老年人中医药健康知识讲座场次",
         ok(mk("按上级要求开展", "T102", "warning", note="no number for a count of 场次"))),
        (None, "（二）质量指标", "老年人中医药健康管理率", "≥70%"),
        (None, "（三）时效指标", "体质辨识结果反馈时限", "辨识后7日以内"),
        ("二、成本指标", "（一）经济成本指标", "中医体质辨识服务补助标准", "≤80元/人"),
        ("三、效益指标", "（一）社会效益指标", "老年人中医药健康知识知晓率", "≥80%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "服务对象满意度", "≥90%"),
        (None, ok(mk("（二）可持续影响指标", "F105", "error", note="a tier-2 of 效益指标")),
         "中医药健康管理服务长效机制", "健全"),
    ])  # fmt: skip
    signatures(s, "罗成", "何小燕", "0597-6458812", day(2025, 11, 10), compact=True)
    return b


@variant("pf16-medical-aid-direction-weights-90", (10, 11), "医保 small unit, one-year, "
         "NAT-2021, direction, operator, value, unit and weight columns; weights add to 90 with "
         "预算执行率 10分 scored apart, an =100% ceiling (correct)")  # fmt: skip
def pf16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 8, 10, 12, 10))
    top(s, "2026年度项目支出绩效目标表", "临溪县医疗保障局", width=8)
    project_head(
        s, year=2026, title="", name="城乡困难群众医疗救助项目", dept="临溪县医疗保障局（316）",
        unit="临溪县医疗保障事务中心", attr="常年项目",
        money=one_year_money(wan(1200), wan(1050), wan(150)),
        goals=["2026年对城乡困难群众实施医疗救助不少于6500人次，政策范围内住院费用救助比例不低于"
               "70%，救助资金审批后10个工作日内拨付，救助对象满意度90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "比较符", "指标值",
                   "计量单位", "权重（预算执行率10分另计）"), [
        ("产出指标", "数量指标", "医疗救助人次", "正向", "≥", 6500, "人次", 15),
        (None, None, "其中：门诊慢特病救助人次", "正向", "≥", 2000, "人次", 10),
        (None, "质量指标", "政策范围内住院费用救助比例", "正向", "≥", 70, "%", 10),
        (None, None, "救助对象身份信息核查准确率", "正向", "=", 100, "%", 10),
        (None, "时效指标", "救助资金拨付时限", "反向", "≤", 10, "个工作日", 5),
        ("成本指标", "经济成本指标", "人均救助金额", "反向", "≤", 1800, "元/人次", 10),
        ("效益指标", "社会效益指标", "困难群众因病返贫致贫发生率", "反向", "≤", 1, "%", 10),
        (None, "可持续影响指标", "医疗救助“一站式”结算机制", "定性", None, "健全", None, 10),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "正向", "≥", 90, "%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, None, None, None, 90, merge=[(1, 7)])
    notes(s, ["预算执行率（10分）按规定单独评价，不列入本表。", "人均救助金额按全年救助人次计算。"],
          width=8)  # fmt: skip
    signatures(s, "郭振华", "邱敏", "0597-6125530", day(2025, 11, 14))
    return b

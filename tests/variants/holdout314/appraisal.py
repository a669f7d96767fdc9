"""Returns on judicial-appraisal supervision and quality review (司法鉴定机构监管, 鉴定质量评查):
tl01–tl06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout314.common import grid, one_year, sign, start
from tests.variants.holdout314.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("tl01-appraisal-percent", (1, 5), "project, NAT-2021, numbered tier labels, operator "
         "and unit columns, percent cells typed in Excel, a 下降率 with ≥, 0起 on an incident "
         "count, a unit cost × count equal to the budget (correct)")  # fmt: skip
def appraisal_percent() -> Book:
    b, s = start()
    project_head(s, year=2026, name="司法鉴定机构“双随机”监管抽查", dept="澄屿县司法局（214008）",
                 unit="澄屿县公共法律服务管理中心", money=one_year(48.6, 48.6, 0),
                 goals=["对全县12家司法鉴定机构开展三轮双随机抽查（36家次），评查鉴定文书400份，"
                        "评查发现问题整改率达到95%以上。"])  # fmt: skip
    grid(s, OPS, [
        ("一、产出指标", "（一）数量指标", "双随机抽查司法鉴定机构", "≥", 36, "家次"),
        (None, None, "评查司法鉴定文书", "≥", 400, "份"),
        (None, "（二）质量指标", "评查发现问题整改率", "≥", pct(0.95), "%"),
        (None, None, "评查结论复核一致率", "=", pct(1), "%"),
        (None, "（三）时效指标", "抽查报告出具时限", "≤", 15, "个工作日"),
        ("二、成本指标", "（一）经济成本指标", "单家次抽查成本", "≤", 1.35, "万元/家次"),
        ("三、效益指标", "（一）社会效益指标", "鉴定文书差错下降率", "≥", pct(0.1), "%"),
        (None, None, "重大违规执业事件", "≤", 0, "起"),
        (None, "（二）可持续影响指标", "鉴定机构动态监管机制", None, "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "委托人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "葛明岚", "邬晓澄", (2025, 11, 26))
    return b


@variant("tl02-review-direction", (1, 11), "project, OLD-NAT, word operators in their own "
         "column: a review pass rate typed as 105%, a 反向 rate with 大于等于, a cost standard "
         "with 等于")  # fmt: skip
def review_direction() -> Book:
    b, s = start()
    project_head(s, year=2026, name="司法鉴定质量评查专项", dept="枫渡市司法局（301115）",
                 unit="枫渡市司法鉴定管理处", money=one_year(32, 32, 0),
                 goals=["抽取320卷司法鉴定案卷开展质量评查，通报评查结果并督促整改。"])  # fmt: skip
    grid(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "抽取评查鉴定案卷", "大于等于", 320, "卷"),
        (None, None, "组织评查专家", "大于等于", 24, "人"),
        (None, "质量指标", "评查案卷合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="合格率 is capped at 100 %: 105% cannot be"), "%"),
        (None, "时效指标", "评查结果通报时限", "小于等于", 20, "个工作日"),
        (None, "成本指标", "评查专家劳务费标准",
         mk("等于", "T108", "warning", row=True, note="a cost standard is a cap: 小于等于"),
         0.08, "万元/人·天"),
        ("效益指标", "社会效益指标", "鉴定意见书退回重做率",
         mk("大于等于", "T108", "warning", row=True, note="退回重做率 is 反向: 小于等于"),
         3, "%"),
        (None, "可持续影响指标", "评查结果纳入机构年度考核", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "鉴定委托人满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "芮东野", "詹屿", (2025, 12, 3))
    return b


VALUE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "tl03-stacked-appraisal",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column, the same indicator name with different values in the two projects (correct)",
)
def stacked_appraisal() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="司法鉴定机构年度考核", dept="岫川区司法局（118203）",
                 unit="岫川区司法局鉴定管理科", money=one_year(18.5, 18.5, 0),
                 goals=["完成全区42家司法鉴定机构和260名司法鉴定人的年度考核。"])  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "年度考核司法鉴定机构", "≥42家"),
        (None, None, "年度考核司法鉴定人", "≥260人"),
        (None, None, "参与考核评查专家", "≥15人"),
        (None, "质量指标", "考核结果复核准确率", "≥98%"),
        (None, "时效指标", "考核结果公示时间", "2026年4月30日前"),
        (None, "成本指标", "考核工作经费", "≤18.5万元"),
        ("效益指标", "社会效益指标", "鉴定机构执业规范水平", "提升"),
        ("满意度指标", "服务对象满意度指标", "鉴定机构对考核工作满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    project_head(s, year=2026, name="法医类鉴定质量能力验证", dept="岫川区司法局（118203）",
                 unit="岫川区司法鉴定协会", money=one_year(26, 20, 6), title="",
                 goals=["组织6项法医类能力验证，覆盖11家法医类鉴定机构。"])  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "组织能力验证项目", "≥6项"),
        (None, None, "参加能力验证鉴定机构", "≥11家"),
        (None, None, "参与考核评查专家", "≥8人"),
        (None, "质量指标", "能力验证结果满意比例", "≥85%"),
        (None, "时效指标", "能力验证结果反馈时间", "≤30个工作日"),
        (None, "成本指标", "单项能力验证成本", "≤4.3万元/项"),
        ("效益指标", "可持续影响指标", "能力验证常态化机制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参验机构满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "tl04-stacked-money-rate",
    (2, 12),
    "two projects stacked, OLD-NAT, one value column: "
    "the second project's total is not its parts and a coverage rate is given as a count",
)
def stacked_money_rate() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="司法鉴定执业监督检查", dept="瑶坪县司法局（520417）",
                 unit="瑶坪县司法局公共法律服务股", money=one_year(12.4, 12.4, 0),
                 goals=["对全县9家司法鉴定机构开展执业检查，处理鉴定投诉。"])  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "执业检查司法鉴定机构", "≥9家"),
        (None, "质量指标", "鉴定投诉依法办结率", "=100%"),
        (None, "时效指标", "投诉受理告知时限", "≤5个工作日"),
        (None, "成本指标", "执业检查经费", "≤12.4万元"),
        ("效益指标", "社会效益指标", "鉴定执业违规行为", "减少"),
        ("满意度指标", "服务对象满意度指标", "投诉人满意度", "≥85%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(60, WAN), "B101", "error", note="财政拨款 45 + 其他资金 10 = 55, not 60")
    project_head(s, year=2026, name="声像资料鉴定质量评查", dept="瑶坪县司法局（520417）",
                 unit="瑶坪县司法鉴定质量评查中心", money=one_year(total, 45, 10), title="",
                 goals=["对声像资料类鉴定机构开展质量评查，评查鉴定文书150份。"])  # fmt: skip
    grid(s, VALUE, [
        ("产出指标", "数量指标", "评查声像资料鉴定文书", "≥150份"),
        (None, None, "声像资料鉴定机构检查覆盖率",
         mk("9家", "T105", "error", note="a 覆盖率 needs a %, not a count of units")),
        (None, "质量指标", "评查问题整改率", "≥95%"),
        (None, "时效指标", "评查报告出具时限", "≤20个工作日"),
        (None, "成本指标", "单份文书评查成本", "≤0.3万元/份"),
        ("效益指标", "社会效益指标", "声像资料鉴定意见采信率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "委托人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tl05-appraisal-export", (7,), "project head on the first sheet, the indicator table on "
         "a second sheet of a budget-system export: project code and name in the first columns, "
         "header 绩效目标值 on the third row, a 指标值设定依据 column (correct)")  # fmt: skip
def appraisal_export() -> Book:
    b, s = start("部门项目支出预算05-1")
    project_head(s, year=2026, name="司法鉴定信息化监管平台运维", dept="槿原县司法局（407320）",
                 unit="槿原县司法局", money=one_year(36.8, 36.8, 0), attr="常年项目",
                 goals=["保障鉴定信息化监管平台全年稳定运行，17家鉴定机构全部接入。"])  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (20, 24, 14, 18, 28, 16, 14))
    t.title("部门项目支出绩效目标表（2026年度）", 7)
    t.row("单位名称：槿原县司法局", None, None, None, None, "金额单位：万元")
    code, name = "432611260000000037", "司法鉴定信息化监管平台运维"
    grid(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值",
             "指标值设定依据"), [
        (code, name, "产出指标", "数量指标", "接入平台司法鉴定机构", "≥17家", "计划标准"),
        (None, None, None, None, "平台鉴定案件电子登记", "≥5200件", "历史标准"),
        (None, None, None, "质量指标", "鉴定案件信息上传完整率", "≥98%", "行业标准"),
        (None, None, None, "时效指标", "系统故障响应时间", "≤2小时", "行业标准"),
        (None, None, "成本指标", "经济成本指标", "平台年度运维费", "≤36.8万元", "计划标准"),
        (None, None, "效益指标", "社会效益指标", "鉴定案件全流程可追溯率", "≥95%", "计划标准"),
        (None, None, None, "可持续影响指标", "平台数据安全管理制度", "健全", "其他标准"),
        (None, None, "满意度指标", "服务对象满意度指标", "鉴定机构使用满意度", "≥90%",
         "历史标准"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("tl06-appraisal-points", (5, 10), "project, NAT-2021, numbered tier-1 labels with a "
         "tier score column and an indicator score column: the 产出 scores fall short of its "
         "tier score, a rate given as a count, a rate raised in 百分点")  # fmt: skip
def appraisal_points() -> Book:
    b, s = start("绩效目标")
    project_head(s, year=2026, name="司法鉴定人出庭作证保障", dept="鹭岙市司法局（360522）",
                 unit="鹭岙市司法鉴定管理处", money=one_year(22.5, 22.5, 0),
                 goals=["保障司法鉴定人依法出庭作证，提升鉴定意见书规范水平。"])  # fmt: skip
    tier = mk(
        50,
        "W103",
        "error",
        alt=("W101",),
        note="产出 scores 15 + 15 + 10 + 5 = 45, not the 50 declared",
    )
    grid(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标", tier, "1.数量指标", "出庭作证补助鉴定人", "≥150人次", 15),
        (None, None, None, "出庭作证业务培训", "≥4场", 15),
        (None, None, "2.质量指标", "鉴定人出庭作证率",
         mk("≥120人次", "T105", "error", note="a 出庭作证率 needs a %, not 人次"), 10),
        (None, None, "3.时效指标", "出庭补助发放时限", "≤10个工作日", 5),
        ("二、成本指标", 10, "1.经济成本指标", "出庭作证补助标准", "≤0.12万元/人次", 10),
        ("三、效益指标", 30, "1.社会效益指标", "鉴定意见书规范率提高", "≥3百分点", 10),
        (None, None, None, "鉴定人无正当理由拒不出庭事件", "≤2起", 10),
        (None, None, "2.可持续影响指标", "出庭作证保障机制", "建立并执行", 10),
        ("四、满意度指标", 10, "1.服务对象满意度指标", "审判机关满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark(
        "W101",
        "error",
        required=False,
        note="the indicator scores add to 95 because of the same shortfall",
    )
    return b

"""Returns converted from PDF: text dates, amounts stored as text, a number split by a space,
an amount pasted twice, a decimal point lost, a unit cost rounded to 0; tier cells unmerged and
blank below their first row; money blocks with 测算依据 before the table (qd07–qd12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout228.common import book, details, indicators, one_year_money, sign
from tests.variants.holdout228.registry import variant
from tests.variants.kit import Book, mk, ok

PLAIN = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("qd07-brochure-split-and-pasted", (9,), "one-year project, OLD-NAT, converted from PDF: "
         "the total split by a space, a print cost pasted twice, a deadline in the next "
         "year")  # fmt: skip
def qd07() -> Book:
    b, s = book("Table 1")
    project_head(
        s, year=2026, name="政务宣传品设计印制项目", dept="横塘区人民政府办公室（001）",
        unit="横塘区政务信息中心", start="2026年1月1日", end="2026年12月31日",
        money=one_year_money(mk("48.365 2", "X105", "warning", alt=("X103",),
                                note="48.3652 split by the PDF conversion"), 40.3652, 8),
        goals=["2026年设计印制政策宣传册20000册、宣传展板64块，面向全区群众开展政策宣传。"],
    )  # fmt: skip
    details(s, [
        ("印刷费", mk("26.5万26.5万（含纸张及装订）", "X106", "error", alt=("B108",)),
         "宣传册20000册×8元/册=16万元；政策折页及海报10.5万元"),
        ("设计排版费", 8.3652, "按三家询价最低价"),
        ("宣传品配送费", 5.5, "配送至13个街道及社区"),
        ("展板制作费", 8, "展板64块×1250元/块=8万元"),
    ])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "政策宣传册印制数量", "≥20000册"),
        (None, None, "宣传展板制作数量", "≥64块"),
        (None, "质量指标", "印刷品质量验收合格率", "≥98%"),
        (None, "时效指标", "宣传册印制完成时间",
         mk("2027年1月15日前", "Y102", "error", note="a one-year 2026 project")),
        (None, "成本指标", "宣传册单册印制成本", "≤8元/册"),
        ("效益指标", "社会效益指标", "政策宣传覆盖人次", "≥10万人次"),
        ("满意度指标", "服务对象满意度指标", "群众对宣传品满意度", "≥90%"),
    ], merged=())  # fmt: skip
    sign(s, "邓嘉禾", "宋立岩", "0712-4436 8820")
    return b


@variant("qd08-yearbook-text-dates", (9,), "one-year project, NAT-2021, converted from PDF: text "
         "dates, a print cost with a legitimate note in brackets, a 差错率 ≤0.01%, a phone "
         "number split by a space (correct)")  # fmt: skip
def qd08() -> Book:
    b, s = book("Page 1")
    project_head(
        s, year=2026, name="地方年鉴及政策汇编编印项目", dept="秀水县地方志编纂中心（118）",
        unit="秀水县地方志编纂中心", start="2026年3月1日", end="2026年12月31日",
        money=one_year_money(32.5, 32.5, 0),
        goals=["2026年编纂出版《秀水年鉴》1500册，编印政策汇编3000册，按时赠阅全县机关、"
               "学校和图书馆。"],
    )  # fmt: skip
    details(s, [
        ("年鉴印制费", ok("18.60（其中设计排版3.60）", note="a legitimate note"),
         "1500册×100元/册=15万元，设计排版3.6万元"),
        ("政策汇编印制费", 9, "3000册×30元/册=9万元"),
        ("资料征集及审稿费", 4.9, "按实际工作量测算"),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "年鉴印制数量", "≥1500册"),
        (None, None, "政策汇编印制数量", "≥3000册"),
        (None, "质量指标", "出版物编校差错率", "≤0.01%"),
        (None, "时效指标", "年鉴出版时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "年鉴单册印制成本", "≤100元/册"),
        ("效益指标", "社会效益指标", "年鉴赠阅覆盖单位", "≥260个"),
        (None, "可持续影响指标", "地方志资料数据库", "持续更新"),
        ("满意度指标", "服务对象满意度指标", "读者满意度", "≥90%"),
    ], merged=())  # fmt: skip
    sign(s, "汪书瑶", "黎一鸣", "0576-8831 2046", "2025年11月24日")
    return b


@variant("qd09-study-lost-decimal", (9,), "one-year project, NAT-2021, converted from PDF: a "
         "cost line 160 where 1.60 was meant, a plan end on 6月31日")  # fmt: skip
def qd09() -> Book:
    b, s = book("Sheet1")
    project_head(
        s, year=2026, name="县域营商环境优化专题研究项目", dept="澄湖区发展和改革局（062）",
        unit="澄湖区经济研究中心", start="2026年1月1日",
        end=mk("2026年6月31日", "Y106", "error", note="June has 30 days"),
        money=one_year_money(35.8, 32.6, 3.2),
        goals=["2026年上半年完成营商环境专题研究，调查企业500家，形成研究报告并提出政策建议"
               "不少于5条。"],
    )  # fmt: skip
    details(s, [
        ("专家咨询费", 9.6, "1600元/人·次×60人次=9.6万元"),
        ("问卷调查费", 12, "500份×240元/份=12万元"),
        ("调研差旅费", 8.6, "按差旅费管理办法测算"),
        ("资料印刷费", mk(160, "B110", "error", alt=("B102",), note="1.60 lost its point"),
         "资料汇编200册×80元/册=1.6万元"),
        ("成果评审费", 4, "评审会2次×2万元"),
    ])  # fmt: skip
    indicators(s, (*PLAIN, "备注"), [
        ("产出指标", "数量指标", "形成专题研究报告", "≥1篇", "含总报告"),
        (None, None, "企业问卷调查", "≥500份", None),
        (None, None, "专家咨询", "≥60人次", None),
        (None, "质量指标", "研究报告专家评审", "通过", "评审会2次"),
        (None, "时效指标", "研究报告提交时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "专家咨询费标准", "≤1600元/人·次", None),
        ("效益指标", "社会效益指标", "研究成果提出政策建议", "≥5条", None),
        ("满意度指标", "服务对象满意度指标", "委托单位满意度", "≥90%", None),
    ], merged=())  # fmt: skip
    sign(s, "范思远", "季蔓", "0515-7740 3318")
    return b


@variant("qd10-renewal-study-formulas", (9,), "one-year project, NAT-2021, converted from PDF: "
         "dates typed 2026.04.01, a money block whose 测算依据 hold unit prices and products that "
         "add up, tier cells unmerged (correct)")  # fmt: skip
def qd10() -> Book:
    b, s = book("Table 1")
    project_head(
        s, year=2026, name="城市更新专项规划前期研究项目", dept="云泽市自然资源和规划局（205）",
        unit="云泽市城市规划研究中心", start="2026.04.01", end="2026.11.30",
        money=one_year_money(45.6, 40, 5.6), attr="一次性项目",
        goals=["2026年完成老城区16个街区的实地调研，形成城市更新专项研究报告3篇，为专项规划"
               "编制提供依据。"],
    )  # fmt: skip
    details(s, [
        ("委托研究服务费", 18, "按政府采购合同价"),
        ("专家咨询费", 6, "1500元/人·次×40人次=6万元"),
        ("实地调研费", 12.8, "800元/人·天×160人·天=12.8万元"),
        ("测绘数据购置费", 8, "街区地形图及建筑普查数据"),
        ("成果印刷费", 0.8, "400元/册×20册=0.8万元"),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "完成专项研究报告", "≥3篇", None),
        (None, None, "专家咨询论证", "≥40人次", None),
        (None, None, "实地调研街区", "≥16个", "老城区"),
        (None, "质量指标", "研究报告评审通过率", "100%", "专家评审"),
        (None, "时效指标", "研究成果提交时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "专家咨询费标准", "≤1500元/人·次", None),
        ("效益指标", "社会效益指标", "研究建议被规划编制采纳率", "≥60%", None),
        (None, "可持续影响指标", "城市更新基础数据库", "建立并持续更新", None),
        ("满意度指标", "服务对象满意度指标", "委托部门满意度", "≥90%", None),
    ], merged=())  # fmt: skip
    sign(s, "何望舒", "贝立言", "0731-8452 6630")
    return b


@variant("qd11-marriage-archive-dates-and-zero", (9,), "one-year project, NAT-2021, converted "
         "from PDF: text dates ending before they start, 其他资金 split by a space, a unit cost "
         "in 万元 rounded to 0")  # fmt: skip
def qd11() -> Book:
    b, s = book("Table 1")
    project_head(
        s, year=2026, name="婚姻登记历史档案数字化项目", dept="秀水县民政局（121）",
        unit="秀水县婚姻登记处", start="2026年3月1日",
        end=mk("2026年2月28日", "Y104", "error", row=True, note="before the start 3月1日"),
        money=one_year_money(62.4375, 60, mk("2.437 5", "X105", "warning", alt=("X103",))),
        goals=["2026年完成婚姻登记历史档案4.5万卷数字化加工和9万条目录著录，实现婚姻档案"
               "网上查询。"],
    )  # fmt: skip
    details(s, [
        ("数字化加工费", 54, "4.5万卷×12元/卷=54万元"),
        ("目录著录费", 4.5, "9万条×0.5元/条=4.5万元"),
        ("存储介质及耗材", 3.9375, "按询价"),
    ])  # fmt: skip
    indicators(s, PLAIN, [
        ("产出指标", "数量指标", "婚姻登记档案数字化加工", "≥4.5万卷"),
        (None, None, "档案目录著录条目", "≥9万条"),
        (None, "质量指标", "扫描图像质检合格率", "≥98%"),
        (None, "时效指标", "数字化成果移交时间", "2026年12月20日前"),
        ("成本指标", "经济成本指标", "单卷数字化加工成本",
         mk("≤0万元/卷", "T115", "error", note="12元/卷 rounded away in 万元")),
        ("效益指标", "社会效益指标", "婚姻档案查询平均办理时间", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "查档群众满意度", "≥90%"),
    ], merged=())  # fmt: skip
    sign(s, "鲁雪晴", "庞振东", "0576-8830 1752")
    return b


@variant("qd12-hotline-12345-unit-column", (9,), "one-year project, NAT-2021, converted from "
         "PDF: a 12345 hotline, a document number of the year before in the goal, operators in "
         "the value and units in 计量单位, a 7×24小时 name, a money block that adds up "
         "(correct)")  # fmt: skip
def qd12() -> Book:
    b, s = book("Table 1")
    project_head(
        s, year=2026, name="12345政务服务便民热线系统运维项目",
        dept="鹭川区政务服务数据管理局（046）",
        unit="鹭川区12345热线服务中心", money=one_year_money(86.4, 80, 6.4), attr="经常性项目",
        goals=["按照《鹭川区政务服务便民热线运行管理办法》（鹭政办发〔2025〕14号）要求，2026年"
               "保障热线系统和60个坐席终端稳定运行，来电接通率不低于95%。"],
    )  # fmt: skip
    details(s, [
        ("系统运维服务费", 52.8, "合同价4.4万元/月×12个月=52.8万元"),
        ("通信线路租用费", 21.6, "1.8万元/月×12个月=21.6万元"),
        ("坐席终端维护费", 12, "60台×0.2万元/台=12万元"),
    ])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "坐席终端维护数量", "≥60", "台"),
        (None, None, "系统巡检次数", "≥12", "次"),
        (None, "质量指标", "热线系统可用率", "≥99.9", "%"),
        (None, "时效指标", "系统故障平均修复时长", "≤4", "小时"),
        ("成本指标", "经济成本指标", "坐席终端年维护单价", "≤0.2", "万元/台"),
        ("效益指标", "社会效益指标", "热线来电接通率", "≥95", "%"),
        (None, "可持续影响指标", "7×24小时运维值守机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "热线话务人员满意度", "≥90", "%"),
    ], merged=())  # fmt: skip
    sign(s, "严可欣", "裘志航", "0598-8765 4321", "2025年11月20日")
    return b

"""Returns of a county court's online case-filing service (kau01–kau06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout713.common import (
    COURT,
    YEAR,
    indicators,
    notes,
    one_year,
    sign,
    start,  # fmt: skip
    wan,
)
from tests.variants.holdout713.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD6 = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")


@variant("kau01-efiling-percent", (1, 12),
         "project, NAT-2021, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a 下降率 with ≥ (correct)")  # fmt: skip
def kau01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桐澜县人民法院网上立案系统升级项目", dept=COURT,
                 unit="桐澜县人民法院立案庭", money=one_year(wan(96), wan(90), wan(6)),
                 goals=["完成网上立案系统升级，全年受理网上立案不少于6000件（其中民商事5200件、"
                        "行政800件），电子送达覆盖全部案件类型。"])  # fmt: skip
    indicators(s, HEAD6, [
        ("产出指标", "数量指标", "网上立案受理件数", "≥", 6000, "件"),
        (None, None, "电子送达短信发送量", "≥", 200000, "条"),
        (None, "质量指标", "立案材料一次审核通过率", "≥", pct(0.9), "%"),
        (None, None, "诉讼材料退回补正率", "≤", pct(0.05), "%"),
        (None, "时效指标", "网上立案平均审查时长", "≤", 2, "个工作日"),
        ("成本指标", "经济成本指标", "系统升级改造费用", "≤", 80, "万元"),
        (None, None, "电子送达短信单价", "≤", 0.05, "元/条"),
        ("效益指标", "社会效益指标", "当事人往返法院次数下降率", "≥", pct(0.3), "%"),
        ("满意度指标", "服务对象满意度指标", "网上立案当事人满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "韦晓岚", "0771-6203418")
    return b


@variant("kau02-efiling-goal-drift", (12,),
         "project, OLD-NAT, headers 指标内容 and 绩效标准; the goal's count against its "
         "indicator, a deadline from last year, unit price × count over the money")  # fmt: skip
def kau02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="桐澜县跨域立案及诉讼服务终端建设项目", dept=COURT,
                 unit="桐澜县人民法院诉讼服务中心", money=one_year(wan(150), wan(150), wan(0)),
                 goals=["2026年建成跨域立案服务点12个，全年网上立案不少于8000件，诉讼服务终端"
                        "覆盖全县9个人民法庭。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准"), [
        ("产出指标", "数量指标", "跨域立案服务点建设数量", "≥12个"),
        (None, None, "网上立案受理件数",
         mk("≥6000件", "D104", "warning", note="年度目标写全年网上立案不少于8000件")),
        (None, None, "诉讼服务终端采购数量", "≥30台"),
        (None, "质量指标", "终端设备验收合格率", "=100%"),
        (None, "时效指标", "跨域立案系统上线时间",
         mk("2025年6月30日前", "Y102", "error", alt=("Y103", "Y101"),
            note="预算年度2026、项目期一年，期限却在2025年：上年申报表的残留")),
        (None, "成本指标", "诉讼服务终端采购单价",
         mk("≤6万元/台", "B107", "warning", row=True,
            note="6万元/台 × 30台 = 180万元，超过年度资金150万元")),
        ("效益指标", "社会效益指标", "当事人平均往返法院次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "跨域立案当事人满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃立新", "0771-6203422")
    return b


@variant("kau03-stacked-two-courts", (2, 9),
         "two projects stacked, OLD-NAT, one value column, one satisfaction name with two "
         "values, =100% as text, a goal count with its parts (correct)")  # fmt: skip
def kau03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="诉讼服务中心智能化改造项目", dept=COURT,
                 unit="桐澜县人民法院诉讼服务中心", money=one_year(wan(60), wan(60), wan(0)),
                 goals=["在诉讼服务中心安装智能导诉设备8台，缩短来访群众排队时间。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "智能导诉设备安装数量", "≥8台"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备安装完成时间", "2026年9月30日前"),
        (None, "成本指标", "智能导诉设备购置单价", "≤5万元/台"),
        ("效益指标", "社会效益指标", "来访群众平均排队时长", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title(f"{YEAR}年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=YEAR, name="电子卷宗随案生成项目", dept=COURT, title="",
                 unit="桐澜县人民法院档案室", money=one_year(wan(45), wan(40), wan(5)),
                 goals=["全年扫描归档卷宗12000卷（其中民事9000卷、行政及执行3000卷），实现电子"
                        "卷宗随案生成。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "电子卷宗扫描数量", "≥12000卷"),
        (None, "质量指标", "扫描件质检合格率", "≥98%"),
        (None, "时效指标", "随案扫描完成时限", "≤3个工作日"),
        (None, "成本指标", "卷宗扫描单价", "≤30元/卷"),
        ("效益指标", "社会效益指标", "法官阅卷效率提升", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("kau04-stacked-hotline-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, its plan dates are last year's, one indicator twice with two values")  # fmt: skip
def kau04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="诉讼费网上缴纳平台建设项目", dept=COURT,
                 unit="桐澜县人民法院财务科", money=one_year(wan(32), wan(32), wan(0)),
                 goals=["建成诉讼费网上缴纳及电子票据平台，"
                        "全年网上缴费不少于5000笔。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "诉讼费网上缴费笔数", "≥5000笔"),
        (None, "质量指标", "电子票据开具准确率", "≥99%"),
        (None, "时效指标", "退费办理时限", "≤5个工作日"),
        (None, "成本指标", "平台建设费用", "≤30万元"),
        ("效益指标", "社会效益指标", "当事人现场缴费次数下降率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "缴费当事人满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="12368诉讼服务热线运行项目", dept=COURT, title="",
                 unit="桐澜县人民法院诉讼服务中心",
                 start=mk(day(2025, 1, 1), "Y102", "error", row=True, alt=("Y101",),
                          note="2026年度申报表中第二个项目的计划起止日期仍是2025年"),
                 end=day(2025, 12, 31),
                 money=one_year(mk(wan(58), "B101", "error", note="50 + 5 = 55 ≠ 58"),
                                wan(50), wan(5)),
                 goals=["热线全年接听来电不少于20000个，及时答复当事人咨询。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "热线来电接听数量", "≥20000个"),
        (None, "质量指标", "热线电话接通率", "≥95%"),
        (None, "时效指标", mk("热线电话接通率", "D102", "error", row=True, alt=("D101", "D103"),
                              note="同一指标在质量指标下写≥95%，此处写≥90%"), "≥90%"),
        (None, None, "工单转办时限", "≤1个工作日"),
        (None, "成本指标", "热线座席人均年成本", "≤5万元/人"),
        ("效益指标", "社会效益指标", "当事人重复来访率", "≤10%"),
        ("满意度指标", "服务对象满意度指标", "来电当事人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kau05-second-sheet-tiers", (7,),
         "project, NAT-2021, head on the first sheet, indicators on a second sheet under "
         "预期实现值: an accuracy rate under 时效, a satisfaction under 社会效益")  # fmt: skip
def kau05() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="立案信息自助录入系统项目", dept=COURT,
                 unit="桐澜县人民法院立案庭", money=one_year(wan(42), wan(42), wan(0)),
                 goals=["上线立案信息自助录入系统，全年自助录入案件不少于3000件。"])  # fmt: skip
    t = b.sheet("绩效指标", (16, 18, 30, 18))
    t.title("立案信息自助录入系统项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值"), [
        ("产出指标", "数量指标", "自助录入案件数量", "≥3000件"),
        (None, "质量指标", "系统故障修复率", "≥98%"),
        (None, "时效指标", mk("立案信息录入准确率", "F201", "warning", row=True,
                              note="准确率是质量指标，填在时效指标下"), "≥98%"),
        (None, None, "单件录入平均用时", "≤20分钟"),
        ("成本指标", "经济成本指标", "系统开发费用", "≤40万元"),
        ("效益指标", "社会效益指标", "窗口人工录入量下降率", "≥30%"),
        (None, None, mk("诉讼当事人满意度", "F201", "warning", row=True,
                        note="满意度是服务对象满意度指标，填在社会效益指标下"), "≥90%"),
        ("满意度指标", "服务对象满意度指标", "立案法官系统使用满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("kau06-budget-export", (4, 7),
         "budget-system export, codes in the first columns, money on sheet 05-1 and indicators "
         "on sheet 05-2, header on the third row, 0起, a later year (correct)")  # fmt: skip
def kau06() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 22, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("21701-26-003", "在线诉讼平台运维项目", 40, 40, 0)
    s.row("合计", None, 40, 40, 0)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 14, 30, 18))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位名称：桐澜县人民法院　年度目标：保障在线诉讼平台全年稳定运行，在线庭审不少于"
          "1500场，为2027年全市推广积累经验。", merge=[(1, 6)])  # fmt: skip
    code, name = "21701-26-003", "在线诉讼平台运维项目"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "在线庭审场次", "≥1500场"),
        (code, name, None, "质量指标", "平台可用率", pct(0.995, "0.0%")),
        (code, name, None, None, "平台安全事故", "0起"),
        (code, name, None, "时效指标", "故障响应时长", "≤2小时"),
        (code, name, "成本指标", "经济成本指标", "平台运维费用", "≤38万元"),
        (code, name, "效益指标", "社会效益指标", "当事人线下往返次数下降率", "≥25%"),
        (code, name, "满意度指标", "服务对象满意度指标", "在线诉讼当事人满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    notes(t, "注：平台安全事故指因平台原因造成的数据泄露或庭审中断。")
    return b

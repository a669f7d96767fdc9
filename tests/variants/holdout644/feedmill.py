"""Feed-mill technical upgrades (gd07–gd12): other header words, money in every block, a table
on a second sheet, a department return, notes and page breaks, a budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout644.common import HEAD4, funds, indicators, notes, sign, start
from tests.variants.holdout644.registry import variant
from tests.variants.kit import WAN, Book, mk, money, ok, pct

DEPT = "鹭湾县工业和信息化局（402）"
MILL = "鹭湾县禾丰饲料有限公司"


@variant("gd07-header-assessment", (7,),
         "project, NAT-2021, headers 考核指标 · 目标值（年度） · 评价标准, a 下降率 with ≥, 0起 on "
         "an incident count, a cost within its money (correct)")  # fmt: skip
def gd07() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="颗粒饲料生产线节能技改项目",
        dept=DEPT,
        unit=MILL,
        money=funds(120, 100, 20),
        goals=["更换高效制粒机2台，吨饲料电耗比上年下降12%以上，全年安全生产零事故。"],
    )
    head = ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准")
    rows = [
        ("产出指标", "数量指标", "更换高效制粒机", "≥2台", "完成得满分"),
        (None, "质量指标", "颗粒饲料成型率", "≥97%", "按抽检结果计分"),
        (None, "时效指标", "制粒机安装调试完成时间", "2025年8月31日前", "逾期不得分"),
        ("成本指标", "经济成本指标", "制粒机购置单价", "≤45万元/台", "超支不得分"),
        ("效益指标", "经济效益指标", "吨饲料电耗下降率", "≥12%", "按计量数据计分"),
        (None, "社会效益指标", "安全生产事故", "0起", "发生即不得分"),
        (None, "生态效益指标", "制粒工段粉尘排放浓度", "≤10毫克/立方米", "按监测报告计分"),
        ("满意度指标", "服务对象满意度指标", "下游养殖客户满意度", "≥90%", "按问卷计分"),
    ]
    indicators(s, head, rows, label=None)
    sign(s, "葛晓川", "0739-6630218", (2024, 12, 5))
    return b


@variant("gd08-puffing-line-money", (12,),
         "project, NAT-2021, detail lines under the table: the money split does not add up, the "
         "goal's capacity and deadline differ from the indicators")  # fmt: skip
def gd08() -> Book:
    b, s = start()
    total = money(320, WAN)
    project_head(s, year=2025, name="膨化饲料生产线技术改造项目", dept=DEPT, unit=MILL,
                 money=[("中期资金总额", ok(total, "error", note="同一缺口"),
                         "年度资金总额", mk(total, "B101", "error",
                                          note="财政拨款200 + 其他资金100 = 300 ≠ 320")),
                        ("其中：财政拨款", money(200, WAN), "其中：财政拨款", money(200, WAN)),
                        ("其他资金", money(100, WAN), "其他资金", money(100, WAN))],
                 goals=["改造膨化饲料生产线1条，技改后产能达到每小时15吨，"
                        "于2025年6月30日前完成技改并投产。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "改造膨化生产线", "≥1条"),
        (None, "质量指标", "膨化饲料糊化度达标率", "≥95%"),
        (None, "时效指标", "技改完工投产时间",
         mk("2025年10月31日前", "D104", "warning", note="年度目标写6月30日前投产")),
        ("成本指标", "经济成本指标", "设备购置费", "≤180万元"),
        ("效益指标", "经济效益指标", "技改后生产线产能",
         mk("≥12吨/小时", "D104", "warning", note="年度目标写每小时15吨")),
        (None, "生态效益指标", "吨产品蒸汽消耗下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "采购客户满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, HEAD4, rows)
    s.skip()
    s.row("资金明细", "设备购置", "安装调试", "检测验收", "合计")
    s.row("金额（万元）", 180, 100, 40, 320)
    return b


@variant("gd09-second-sheet-deadline", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值; a deadline in the next year, a count under 质量")  # fmt: skip
def gd09() -> Book:
    b, s = start("项目信息")
    project_head(
        s,
        year=2025,
        name="饲料厂中控配料系统升级项目",
        dept=DEPT,
        unit="鹭湾县金穗饲料厂",
        money=funds(95, 80, 15),
        goals=["升级中控配料系统1套，改造配料秤6台，年内完成系统上线。"],
    )
    t = b.sheet("绩效指标")
    head = ("一级指标", "二级指标", "三级指标", "预期实现值")
    rows = [
        ("产出指标", "数量指标", "升级中控配料系统", "≥1套"),
        (None, "质量指标", mk("改造配料秤数量", "F201", "warning",
                            note="数量写在质量指标下"), "≥6台"),
        (None, None, "配料计量误差合格率", "≥99%"),
        (None, "时效指标", "中控系统上线时间",
         mk("2026年6月30日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（2025年），目标写年内上线")),
        ("成本指标", "经济成本指标", "配料秤改造单价", "≤6万元/台"),
        ("效益指标", "经济效益指标", "配料损耗下降率", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "生产班组满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, head, rows, label=None)
    return b


@variant("gd10-department-money", (12, 1),
         "department, NAT-2021: budget with shares as typed percent cells, tasks adding to the "
         "金额合计 (= 项目支出), a footnote explaining the total (correct)")  # fmt: skip
def gd10() -> Book:
    b, s = start()
    department_head(
        s,
        year=2025,
        dept="鹭湾县饲料工业服务站",
        budget=[(500, 420, 80, 180, 320), (pct(1), pct(0.84), pct(0.16), pct(0.36), pct(0.64))],
        tasks=[
            ("饲料厂技改指导", "技改方案评审、现场指导", 150, "指导企业12家"),
            ("昆虫蛋白饲料检测", "蟋蟀粉、蜗牛粉原料检测", 100, "检测样品400批次"),
            ("饲料质量安全抽检", "成品饲料监督抽检", 70, "抽检260批次"),
            ("金额合计", None, 320, None),
        ],
        goal="指导饲料企业技改12家，检测昆虫蛋白原料400批次，抽检成品饲料260批次。",
    )
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    rows = [
        ("产出指标", "数量指标", "指导饲料企业技改", "≥", 12, "家"),
        (None, None, "昆虫蛋白原料检测", "≥", 400, "批次"),
        (None, None, "成品饲料监督抽检", "≥", 260, "批次"),
        (None, "质量指标", "检测报告差错率", "≤", pct(0.01), "%"),
        (None, "时效指标", "抽检结果通报时限", "≤", 15, "个工作日"),
        ("成本指标", "经济成本指标", "单批次原料检测费用", "≤", 2500, "元"),
        ("效益指标", "社会效益指标", "饲料产品抽检合格率", "≥", pct(0.98), "%"),
        ("满意度指标", "服务对象满意度指标", "受指导企业满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, head, rows, label="年度绩效指标")
    notes(s, "注：金额合计320万元为项目支出，基本支出180万元未列入年度主要任务。")
    return b


@variant("gd11-notes-page-break", (4,),
         "project, NAT-2021, a 注 row inside the table, the header repeated after a page break, "
         "填表说明 and signature lines dated the year before (correct)")  # fmt: skip
def gd11() -> Book:
    b, s = start()
    project_head(
        s,
        year=2025,
        name="预混合饲料车间洁净化技改项目",
        dept=DEPT,
        unit="鹭湾县禾丰饲料有限公司预混车间",
        money=funds(150, 120, 30),
        goals=["完成预混车间洁净化改造800平方米，新增自动小料配料线1条。"],
    )
    rows = [
        ("产出指标", "数量指标", "洁净化改造面积", "≥800平方米"),
        (None, None, "新增自动小料配料线", "≥1条"),
        (None, "质量指标", "预混料混合均匀度合格率", "≥98%"),
        (None, "时效指标", "车间改造完成时间", "2025年9月30日前"),
    ]
    indicators(s, HEAD4, rows)
    notes(s, "注：以下效益、满意度指标按投产后三个月统计。")
    s.skip()
    s.row(*HEAD4)
    s.table([
        ("成本指标", "经济成本指标", "每平方米改造成本", "≤1500元"),
        ("效益指标", "社会效益指标", "预混料交叉污染投诉", "≤2起"),
        (None, "可持续影响指标", "车间洁净管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "饲料经销商满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值应量化；2.比率类指标填写百分比；3.本表一式两份。")
    sign(s, "任秋岚", "0739-6638805", (2024, 12, 18))
    return b


@variant("gd12-budget-export", (4, 9),
         "budget-system export: 05-1 budget sheet and 05-2 goal sheet with codes in the "
         "first column, header on the third row; last season's year in the goal, a date "
         "serial")  # fmt: skip
def gd12() -> Book:
    b, s = start("项目支出预算05-1", (14, 30, 16, 16, 16, 16))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row("430781250017", "蜗牛粉饲料专线改造项目", 210, 180, 30, "1年")
    s.row("年度目标", mk("2024年完成蜗牛粉饲料专线改造，年产蜗牛蛋白饲料3000吨。", "Y103",
                          "warning", alt=("Y101",), note="上一年的年份，预算年度2025"),
          merge=[(2, 6)])  # fmt: skip
    t = b.sheet("项目支出绩效目标05-2", (14, 14, 16, 30, 18, 10))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：鹭湾县恒牧饲料厂")
    t.row("项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    t.table([
        ("430781250017", "产出指标", "数量指标", "改造蜗牛粉饲料专线", "≥1", "条"),
        (None, None, None, "蜗牛蛋白饲料产量", "≥3000", "吨"),
        (None, None, "质量指标", "产品粗蛋白达标率", "≥95", "%"),
        (None, None, "时效指标", "专线投产时间",
         mk("45900", "X104", "warning", note="文本中的日期序列号，即2025-08-31"), None),
        (None, "成本指标", "经济成本指标", "专线改造总成本", "≤210", "万元"),
        (None, "效益指标", "经济效益指标", "新增销售收入", "≥900", "万元"),
        (None, "满意度指标", "服务对象满意度指标", "养殖客户满意度", "≥90", "%"),
    ], merged=(1, 2, 3))  # fmt: skip
    t.row("合计", None, None, "指标数：7")
    return b

"""Department returns (部门整体) from 民政局 and 文旅局, a 民政局 project with 指标性质 and
指标方向 columns, and a 文旅局 project whose fund calculation sits on a second sheet named 附件."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout8.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok, pct

CIVIL = "鹿鸣市民政局"
CULTURE = "鹿鸣市文化旅游广电体育局"
WAN_SEP = '#,##0.00"万元"'


@variant("k07-civil-affairs-dept-ok", (5, 12), "department, NAT-2021, tasks and money consistent")
def k07() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 18, 18))
    department_head(s, year=2025, dept=CIVIL,
                    budget=[(money(4860.4, WAN), money(4700.4, WAN), money(160, WAN),
                             money(1320.4, WAN), money(3540, WAN))],
                    tasks=[("困难群众救助", "城乡低保、特困供养、临时救助", money(2980, WAN),
                            "应保尽保，按时足额发放"),
                           ("养老服务体系建设", "社区居家养老服务站运营补助", money(420, WAN),
                            "新增社区养老服务站8个"),
                           ("婚姻殡葬服务", "婚姻登记及惠民殡葬", money(140, WAN),
                            "惠民殡葬政策全覆盖"),
                           ("金额合计", None, money(3540, WAN), None)],
                    goal="兜牢民生保障底线，完善养老服务网络，提升基层治理水平。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "城乡低保保障人数（人）", "≥9800", None),
        (None, None, "新增社区养老服务站（个）", "8", None),
        (None, "质量指标", "救助资金发放准确率", "100%", None),
        (None, "时效指标", "低保金按月发放及时率", "100%", "每月10日前"),
        (None, None, "临时救助审批时限", "≤30个工作日", None),
        ("成本指标", "经济成本指标", "养老服务站运营补助标准", "≤5万元/个·年", None),
        ("效益指标", "社会效益指标", "困难群众基本生活", "有效保障", None),
        (None, "可持续影响指标", "社会救助动态管理机制", "持续完善", None),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", ok(pct(0.9)), "抽样回访"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("k08-culture-dept-tier-weights-ok", (5, 10), "department, NAT-2021, points at tier-1 only")
def k08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 10, 18, 30, 18, 18))
    department_head(s, year=2025, dept=CULTURE,
                    budget=[(money(3120, WAN), money(2980, WAN), money(140, WAN),
                             money(1180, WAN), money(1940, WAN))],
                    goal="办好全民健身和公共文化服务，推动文旅融合发展。")  # fmt: skip
    s.row("一级指标", "分值", "二级指标", "三级指标", "指标值", "备注")
    s.table([
        ("产出指标", 50, "数量指标", "送戏下乡场次", "≥120场", None),
        (None, None, None, "公共图书馆年接待读者", "≥35万人次", None),
        (None, None, "质量指标", "文物安全事故发生次数", "0次", "零事故"),
        (None, None, "时效指标", "全民健身赛事按计划举办率", "≥95%", None),
        ("成本指标", 10, "经济成本指标", "送戏下乡场均成本", "≤1.2万元", None),
        ("效益指标", 30, "社会效益指标", "群众文化生活", "不断丰富", None),
        (None, None, "经济效益指标", "接待游客人次增长率", "≥8%", "较上年"),
        ("满意度指标", 10, "服务对象满意度指标", "群众对公共文化服务满意度", "≥88%", None),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, None)
    return b


@variant("k09-welfare-dept-defects", (6, 12), "department, NAT-2021, money off, no 满意度 tier")
def k09() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 18, 18, 18))
    department_head(s, year=2025, dept="鹿鸣市社会福利院",
                    budget=[(mk(money(1260, WAN), "B101", "error", row=True), money(1260, WAN),
                             money(0, WAN), money(760, WAN), money(540, WAN))],
                    tasks=[("集中供养", "孤弃儿童、特困人员集中供养", money(380, WAN),
                            "集中供养对象生活照料到位"),
                           ("院舍维修", "老年公寓屋面及消防改造", money(180, WAN),
                            "按期完成改造"),
                           ("金额合计", None, mk(money(540, WAN), "B102", "error", alt=("B101",)),
                            None)],
                    goal="做好集中供养对象的生活照料、医疗康复和院舍安全管理。")  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table([
        ("产出指标", "数量指标", "集中供养人数（人）", "≥210", None),
        (None, "质量指标", "院内安全责任事故（起）", "0", None),
        (None, "时效指标", "院舍改造完工时间", "2025年10月底前", None),
        ("成本指标", "经济成本指标", "人均年供养成本", "≤1.8万元", None),
        ("效益指标", "社会效益指标", "供养对象生活质量", "稳步提高", None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="no 满意度指标")
    return b


@variant("k10-culture-project-annex-ok", (7, 12), "project, OLD-NAT, fund detail on sheet 附件")
def k10() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 18, 18, 18))
    project_head(s, year=2025, name="非遗传承人培训及展演", dept=CULTURE + "（322001）",
                 unit="鹿鸣市文化馆",
                 money=[("年度资金总额", money(64, WAN), "财政拨款", money(64, WAN))],
                 goals=["开展非遗传承人培训和展演，资金测算见附件。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table([
        ("产出指标", "数量指标", "培训传承人数", "≥150", "人次", None),
        (None, None, "非遗展演场次", "≥24", "场", None),
        (None, "质量指标", "培训结业率", "≥95%", None, None),
        (None, "时效指标", "展演完成时间", "2025年12月前", None, None),
        (None, "成本指标", "场均展演成本", "≤1.5", "万元", "见附件"),
        ("效益指标", "社会效益指标", "非遗项目社会影响力", "有所扩大", None, None),
        ("满意度指标", "服务对象满意度指标", "观众满意度", "≥85%", None, None),
    ], merged=(1, 2))  # fmt: skip
    a = b.sheet("附件", (8, 30, 14, 14, 16))
    a.title("附件：项目资金测算明细", 5)
    a.row("序号", "支出内容", "数量", "单价（万元）", "金额（万元）")
    a.row(1, "传承人培训（期）", 5, 5.6, money(28, "0.00"))
    a.row(2, "非遗展演（场）", 24, 1.5, money(36, "0.00"))
    a.row("合计", None, None, None, money(64, "0.00"))
    a.row("注：单价参照鹿鸣市文化活动经费标准。")
    a.row("填报日期", day(2024, 11, 5, 'yyyy"年"m"月"d"日"'))
    return b


@variant(
    "k16-elderly-subsidy-direction-ok", (1, 11), "project, OLD-NAT, 指标性质 and 指标方向 columns"
)
def k16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (12, 14, 26, 10, 10, 8, 12, 10))
    s.title("2025年度项目支出绩效目标表", 8)
    s.row("项目名称", "高龄老人津贴及居家养老服务补贴", None, None, "主管部门", CIVIL, None, None,
          merge=[(2, 4), (6, 8)])  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(1296, WAN_SEP), None, "财政拨款",
          money(1296, WAN_SEP), None, None)  # fmt: skip
    s.row("年度绩效目标", "按月足额发放高龄津贴，为失能、独居老人购买居家养老服务。",
          merge=[(2, 8)])  # fmt: skip
    s.row(
        "一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "比较符", "指标值", "计量单位"
    )
    s.table([
        ("产出指标", "数量指标", "高龄津贴发放人数", "定量", "正向", "≥",
         ok("3,600", note="pasted as text with a separator"), "人"),
        (None, None, "居家养老服务对象", "定量", "正向", "≥", 1200, "人"),
        (None, "质量指标", "津贴发放差错率", "定量", "反向", "≤", pct(0.01), None),
        (None, "时效指标", "津贴按月发放到位率", "定量", "正向", "=", pct(1), None),
        (None, "成本指标", "居家养老服务人均补贴", "定量", "反向", "≤", 3600, "元/人·年"),
        ("效益指标", "社会效益指标", "老年人意外伤害发生率", "定量", "反向", "≤",
         pct(0.005, "0.0%"), None),
        (None, "可持续影响指标", "居家养老服务体系", "定性", "正向", None, "逐步健全", None),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "定量", "正向", "≥", pct(0.9), None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row("填表人：", "梁佳", None, "审核人：", "罗文斌", None, "填报日期：", day(2024, 11, 8))
    return b

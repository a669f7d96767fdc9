"""The county judicial bureau's returns: department tables, flat lists, system exports."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout559.common import DEPT, YEAR, indicators, notes, signature, start
from tests.variants.holdout559.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money

PLAIN_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
BUREAU = "砚川县司法局"


@variant(
    "cw13-bureau-department",
    (12,),
    "department, NAT-2021, 砚川县司法局: 资金总额 = 财政拨款 + 其他资金 = 基本支出 + 项目支出, "
    "key tasks adding to 金额合计 = 项目支出 (correct)",
)
def cw13() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=BUREAU, budget=[(860, 800, 60, 520, 340)],
                    tasks=[("法律援助", "办理法律援助案件、值班律师服务", 120, "办理案件≥600件"),
                           ("社区矫正", "全县社区矫正对象监管与教育帮扶", 95, "再犯罪率≤0.5%"),
                           ("基层司法所建设", "9个司法所业务用房维修改造", 125, "改造司法所9个"),
                           ("金额合计", None, 340, None)],
                    goal="全年办理法律援助案件600件以上，完成9个司法所业务用房改造。")  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥600件"),
        (None, None, "司法所业务用房改造个数", "≥9个"),
        (None, "质量指标", "改造工程验收合格率", "=100%"),
        (None, "时效指标", "改造工程完工时间", "2025年11月30日前"),
        ("成本指标", "经济成本指标", "单个司法所改造成本", "≤13.5万元/个"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.5%"),
        (None, "可持续影响指标", "司法所规范化达标率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "群众对司法行政服务满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞书远", "0795-5230615")
    return b


@variant(
    "cw14-bureau-money-wrong",
    (12, 5),
    "department, NAT-2021, 砚川县法律援助中心: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding "
    "to 金额合计, a deadline in the following year",
)
def cw14() -> Book:
    b, s = start()
    total = mk(640, "B101", "error", row=True, note="410 + 250 = 660, not 640")
    sum_ = mk(250, "B102", "error", note="90 + 80 + 70 = 240, not 250")
    department_head(s, year=YEAR, dept="砚川县法律援助中心", budget=[(total, 600, 40, 410, 250)],
                    tasks=[("法律援助办案", "刑事、民事法律援助案件办理", 90, "办理案件≥420件"),
                           ("值班律师", "看守所、法院值班律师工作站", 80, "值班≥480人日"),
                           ("援助站点", "乡镇法律援助工作站运行", 70, "运行站点≥9个"),
                           ("金额合计", None, sum_, None)],
                    goal="办理法律援助案件420件以上，值班律师服务480人日以上。")  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error", alt=("Y103",),
              note="a 2025 department goal with a deadline in 2026")  # fmt: skip
    indicators(s, PLAIN_HEAD, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥420件"),
        (None, None, "值班律师服务人日", "≥480人日"),
        (None, "质量指标", "援助案件质量评查合格率", "≥95%"),
        (None, "时效指标", "援助工作站标准化改造完成时间", late),
        ("成本指标", "经济成本指标", "每件援助案件办案补贴", "≤2000元/件"),
        ("效益指标", "社会效益指标", "困难群众应援尽援率", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "受援人满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞书远", "0795-5230615")
    return b


@variant(
    "cw15-aid-flat-wrong",
    (3, 11),
    "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): an "
    "amount against a 件 unit column, a 反向 rate with ≥, weights adding to 95",
)
def cw15() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="砚川县公共法律服务中心",
                    budget=[(310, 300, 10, 190, 120)],
                    tasks=[("热线与窗口", "12348热线及服务大厅运行", 70, "接待咨询≥4000人次"),
                           ("援助办案", "法律援助案件办理补贴", 50, "办理案件≥240件"),
                           ("金额合计", None, 120, None)],
                    goal="接待法律咨询4000人次以上，办理法律援助案件240件以上。")  # fmt: skip
    unit = mk("≤12万元", "T112", "error", alt=("T119",), note="万元 against the unit column 件")
    up = mk("≥2", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤ expected")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("法律咨询接待人次", "≥4000", "正向", "人次", 20),
        ("法律援助案件办理数", "≥240", "正向", "件", 15),
        ("援助案件办案补贴总额", unit, "反向", "件", 15),
        ("案件质量评查优良率", "≥90", "正向", "%", 15),
        ("服务对象投诉率", up, "反向", "%", 10),
        ("援助申请办结时限", "≤7", "反向", "工作日", 10),
        ("受援人满意度", "≥92", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="the weights add to 95, not 100")
    signature(s, "庞书远", "0795-5230615")
    return b


@variant(
    "cw16-system-export",
    (7, 4),
    "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on sheet "
    "部门项目支出绩效目标05-2 under 绩效目标值, codes in the first columns, header on row 3, "
    "export lines below (correct)",
)
def cw16() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 22, 14, 14, 14))
    code, name = "417003250021", "社区矫正教育帮扶"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：砚川县司法局", None, None, None, None, "单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "单位名称", "资金总额", "财政拨款", "其他资金")
    s.row(code, name, BUREAU, 36, 30, 6)
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 14, 18, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row("单位：砚川县司法局", merge=[(1, 6)])
    rows = [
        ("产出指标", "数量指标", "集中教育学习场次", "≥24场"),
        ("产出指标", "数量指标", "矫正对象心理评估人数", "≥60人"),
        ("产出指标", "质量指标", "教育帮扶档案完整率", "≥95%"),
        ("产出指标", "时效指标", "入矫教育完成时限", "≤30日"),
        ("成本指标", "经济成本指标", "人均教育帮扶成本", "≤3000元/人"),
        ("效益指标", "社会效益指标", "矫正期内重新犯罪率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "矫正对象满意度", "≥88%"),
    ]  # fmt: skip
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效目标值")
    for row in rows:
        t.row(code, name, *row)
    t.skip()
    t.row("数据来源：砚川县预算管理一体化系统", merge=[(1, 6)])
    t.row("导出时间：", day(YEAR, 1, 8))
    return b


@variant(
    "cw17-marks-page-break",
    (4, 5),
    "department, NAT-2021, 柏坪乡司法所: labels with * and ★ and abbreviated, a weight column, "
    "小计 rows, the header repeated after a page break, a 合计 row, =100% at the ceiling (correct)",
)
def cw17() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="砚川县柏坪乡司法所", budget=[(58, 55, 3, 40, 18)],
                    tasks=[("社区矫正", "矫正对象谈话教育与走访", 8, "谈话教育≥180人次"),
                           ("人民调解", "村级调委会调解补贴", 10, "受理纠纷≥150件"),
                           ("金额合计", None, 18, None)],
                    goal="受理矛盾纠纷150件以上，矫正对象谈话教育180人次以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    s.row(*head)
    s.table([
        ("*产出", "数量", "人民调解案件受理数", "≥150件", 15),
        (None, None, "社区矫正对象谈话教育", "≥180人次", 10),
        (None, "★质量", "纠纷调解成功率", "≥95%", 15),
        (None, "时效", "矫正对象报到衔接时限", "≤10日", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.skip()
    s.row(*head)
    s.table([
        ("*成本", "经济成本", "每件纠纷调解补贴", "≤300元/件", 10),
        ("*效益", "社会效益", "矛盾纠纷化解率", "≥92%", 15),
        (None, "可持续影响", "村（社区）法律顾问覆盖率", "=100%", 15),
        ("*满意度", "服务对象满意度", "群众满意度", "≥90%", 10),
    ], merged=(1, 2))  # fmt: skip
    s.row("小计", None, None, None, 50, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    notes(s, ["说明：带*的一级指标为必填项，★为核心指标，不得删除。"], width=5)
    signature(s, "石砚秋", "0795-5288143")
    return b


@variant(
    "cw18-numbered-artefacts",
    (5, 9),
    "project, NAT-2021, numbered labels: a 社会效益指标 under 产出指标, 财政拨款 split by a "
    "space, a placeholder left in a value",
)
def cw18() -> Book:
    b, s = start()
    split = mk("24.4 5", "X105", "warning", alt=("X103",), note="24.45 split by a space")
    money_rows = [("年度资金总额", money(26.45, WAN), "其中：财政拨款", split),
                  ("其他资金", money(2, WAN))]  # fmt: skip
    project_head(s, year=YEAR, name="石臼乡“法律明白人”培养工程", dept=DEPT,
                 unit="砚川县石臼乡司法所", money=money_rows,
                 goals=("培养村级“法律明白人”96名，开展以案释法活动24场。",))  # fmt: skip
    wrong = mk("（三）社会效益指标", "F105", "error", note="a 效益 tier-2 under 产出指标")
    hole = mk("≥**场", "X101", "error", note="placeholder left from the template")
    indicators(s, PLAIN_HEAD, [
        ("一、产出指标", "（一）数量指标", "1.培养“法律明白人”人数", "≥96人"),
        (None, None, "2.以案释法活动场次", hole),
        (None, "（二）质量指标", "3.培养对象考核合格率", "≥90%"),
        (None, wrong, "4.村民法律知识普及率", "≥80%"),
        ("二、成本指标", "（一）经济成本指标", "5.人均培养成本", "≤2000元/人"),
        ("三、效益指标", "（一）可持续影响指标", "6.村级法律明白人在岗率", "≥95%"),
        ("四、满意度指标", "（一）服务对象满意度指标", "7.村民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柯望舒", "0795-5240872")
    return b

"""Okra (黄秋葵) returns: contract farming, pre-cooling, export (hr07–hr12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout684.common import first, indicators, lines, notes, sign
from tests.variants.holdout684.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

DEPT = "棠浦县农业农村局（305011）"
UNIT = "棠浦县苇岭果蔬专业合作社联合社"


@variant("hr07-okra-contract-words", (4, 11),
         "project, OLD-NAT, operators in words in a 指标性质 column, unit column, a note row "
         "between tiers, 填表说明 and a signature under the table (correct)")  # fmt: skip
def hr07() -> Book:
    b, s = first()
    project_head(s, year=2025, name="黄秋葵订单种植及保鲜收购", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(120, WAN), "其中：财政拨款", money(90, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=["在苇岭、溪坂两镇订单种植黄秋葵2000亩，保鲜收购鲜荚3000吨，"
                        "供速冻厂加工出口。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "订单种植黄秋葵面积", "大于等于", 2000, "亩"),
        (None, None, "鲜荚收购量", "大于等于", 3000, "吨"),
        (None, "质量指标", "鲜荚分级合格率", "大于等于", 95, "%"),
        (None, "时效指标", "采后入冷库时间", "小于等于", 4, "小时"),
        (None, "成本指标", "种苗补贴标准", "小于等于", 150, "元/亩"),
    ])  # fmt: skip
    notes(s, "注：种苗补贴按实际签约面积据实结算。")
    s.table([
        ("效益指标", "经济效益指标", "签约农户亩均增收", "大于等于", 1200, "元"),
        (None, "社会效益指标", "采摘安全间隔期违规发生率", "小于等于", 1, "%"),
        (None, "生态效益指标", "田间农药包装废弃物回收率", "大于等于", 90, "%"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标性质填写大于等于、小于等于或等于；2.计量单位与指标值分列填写。")
    sign(s, "蓝疏桐", "0736-5521094")
    return b


@variant("hr08-okra-wrong-tier2", (5,),
         "project, OLD-NAT, abbreviated tier labels with *: a quality rate under 时效, a storage "
         "count under 质量, a satisfaction rate under 社会")  # fmt: skip
def hr08() -> Book:
    b, s = first()
    project_head(s, year=2025, name="速冻黄秋葵出口加工提升", dept=DEPT,
                 unit="棠浦县禾冽食品有限公司",
                 money=[("年度资金总额", money(200, WAN), "其中：财政拨款", money(160, WAN)),
                        ("其他资金", money(40, WAN), None, None)],
                 goals=["速冻黄秋葵加工2400吨，新增冷藏库容1500吨，"
                        "出口创汇900万美元。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("*产出", "数量", "速冻秋葵加工量", "≥2400吨"),
        (None, "质量", "速冻产品批次合格率", "≥98%"),
        (None, None, mk("新增冷藏库容", "F201", "warning", row=True,
                        note="库容是数量指标，填在质量下"), "≥1500吨"),
        (None, "时效", "鲜荚入厂至速冻完成时间", "≤6小时"),
        (None, None, mk("金属异物检测合格率", "F201", "warning", row=True,
                        note="合格率是质量指标，填在时效下"), "=100%"),
        (None, "成本", "单吨加工财政补助", "≤600元/吨"),
        ("*效益", "经济", "出口创汇额", "≥900万美元"),
        (None, "社会", "带动季节性务工人数", "≥260人"),
        (None, None, mk("出口客商满意度", "F201", "warning", row=True,
                        note="满意度应在服务对象满意度下，填在社会效益下"), "≥90%"),
        ("*满意度", "服务对象满意度", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hr09-okra-cost-lines", (12,),
         "project, NAT-2021, detail lines under the table: a subsidy standard × the area above "
         "the money, lines not adding to their 合计, last season's year in the goal")  # fmt: skip
def hr09() -> Book:
    b, s = first()
    project_head(s, year=2025, name="黄秋葵订单基地种苗地膜补助", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(150, WAN), "其中：财政拨款", money(120, WAN)),
                        ("其他资金", money(30, WAN), None, None)],
                 goals=[mk("2024年完成黄秋葵订单种植1800亩，配套保鲜预冷设备，培训农户400人次。",
                           "Y103", "warning", alt=("Y101",),
                           note="2025年度的年度目标写2024年：上一季的文字")])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "订单种植黄秋葵面积", "≥1800亩"),
        (None, None, "培训农户人次", "≥400人次"),
        (None, "质量指标", "种苗成活率", "≥92%"),
        (None, "时效指标", "补助资金兑付时间", "2025年10月31日前"),
        ("成本指标", "经济成本指标", "种苗及地膜补助标准",
         mk("≤1000元/亩", "B107", "warning", row=True,
            note="1000元/亩 × 1800亩 = 180万元，超过年度资金150万元")),
        ("效益指标", "经济效益指标", "签约农户亩均增收", "≥1000元"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    lines(s, "资金明细", [("种苗地膜补助", money(60, WAN)), ("保鲜预冷设备", money(55, WAN)),
                          ("农户技术培训", money(12, WAN)), ("检测费", money(8, WAN))],
          mk(money(150, WAN), "B102", "error", alt=("B101",),
             note="60 + 55 + 12 + 8 = 135，不是150"))  # fmt: skip
    return b


@variant("hr10-okra-second-sheet", (7, 1, 10),
         "project: head on the first sheet, the indicator table on a second sheet "
         "under 预期实现值, typed percent cells, a loss rate lowered in 百分点, "
         "a goal count with its parts (correct)")  # fmt: skip
def hr10() -> Book:
    b, s = first("项目信息")
    project_head(s, year=2025, name="黄秋葵产地预冷库建设", dept=DEPT, unit=UNIT,
                 money=[("年度资金总额", money(95, WAN), "其中：财政拨款", money(80, WAN)),
                        ("其他资金", money(15, WAN), None, None)],
                 goals=["建设黄秋葵产地预冷库2座（每座库容300吨），"
                        "鲜荚预冷损耗率下降2个百分点。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("2025年黄秋葵产地预冷库建设绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "备注"), [
        ("产出指标", "数量指标", "预冷库建设数量", "≥2座", None),
        (None, None, "预冷库总库容", "≥600吨", "2座×300吨"),
        (None, "质量指标", "预冷库竣工验收合格率", pct(1), None),
        (None, "时效指标", "预冷库投入使用时间", "2025年8月31日前", None),
        (None, "成本指标", "单座预冷库建设成本", "≤45万元", None),
        ("效益指标", "经济效益指标", "鲜荚预冷损耗率下降", "≥2百分点", "上年损耗率9%"),
        (None, "可持续影响指标", "预冷库设计使用年限", "≥15年", None),
        ("满意度指标", "服务对象满意度指标", "入社农户满意度", pct(0.92), None),
    ])  # fmt: skip
    return b


@variant("hr11-okra-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计, "
         "the goal's household count against the indicator")  # fmt: skip
def hr11() -> Book:
    b, s = first()
    department_head(s, year=2025, dept="棠浦县农产品出口促进中心",
                    budget=[(mk(money(480, WAN), "B101", "error", row=True,
                                note="基本支出150 + 项目支出310 = 460，不是480"),
                             money(400, WAN), money(80, WAN), money(150, WAN), money(310, WAN))],
                    tasks=[("订单基地服务", "技术指导", money(120, WAN), "服务3000亩"),
                           ("出口检测", "农残检测", money(90, WAN), "检测260批次"),
                           ("冷链补助", "预冷冷藏补助", money(110, WAN), "补助8家"),
                           ("金额合计", None, mk(money(310, WAN), "B102", "error",
                                                 note="120 + 90 + 110 = 320"), None)],
                    goal="带动黄秋葵签约农户1200户，服务订单基地3000亩，"
                         "补助冷链企业8家。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "带动签约农户数",
         mk("≥2100户", "D104", "warning", row=True, note="年度总体目标写1200户")),
        (None, None, "订单基地服务面积", "≥3000亩"),
        (None, None, "冷链补助企业数", "≥8家"),
        (None, "质量指标", "出口检测合格率", "≥98%"),
        (None, "时效指标", "补助资金拨付及时率", "≥95%"),
        ("成本指标", "经济成本指标", "单家冷链企业补助上限", "≤15万元"),
        ("效益指标", "社会效益指标", "出口黄秋葵退运批次", "≤1批次"),
        ("满意度指标", "服务对象满意度指标", "签约农户满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("hr12-okra-system-export", (4, 7),
         "budget-system export: money on 「项目支出预算05-1」, the indicator table on "
         "「项目支出绩效目标05-2」 with codes in the first columns, "
         "header on row 3, 0起 (correct)")  # fmt: skip
def hr12() -> Book:
    b, s = first("项目支出预算05-1", (14, 30, 14, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "预算年度", "资金总额", "财政拨款", "其他资金")
    s.row("305011250007", "黄秋葵速冻出口认证服务", 2025, money(140), money(110), money(30))
    t = b.sheet("项目支出绩效目标05-2", (14, 20, 14, 18, 30, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：棠浦县农产品出口促进中心")
    code, name = "305011250007", "黄秋葵速冻出口认证服务"
    indicators(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        (code, name, "产出指标", "数量指标", "协助取得出口备案企业", "≥3家"),
        (code, name, None, None, "出口基地备案面积", "≥1500亩"),
        (code, name, None, "质量指标", "备案材料一次通过率", "≥90%"),
        (code, name, None, "时效指标", "认证服务完成时间", "2025年11月30日前"),
        (code, name, "成本指标", "经济成本指标", "单家企业认证服务费", "≤20万元"),
        (code, name, "效益指标", "社会效益指标", "出口食品安全事故", "=0起"),
        (code, name, None, "经济效益指标", "新增出口订单金额", "≥600万元"),
        (code, name, "满意度指标", "服务对象满意度指标", "企业满意度", "≥90%"),
    ], merged=(3, 4))  # fmt: skip
    return b

"""渔港维护 and 渔业安全生产: sn13–sn18 (a page break with subtotal rows, notes with defects,
decorated labels on a transfer payment, a flat list with defects, a two-row header, conversion
artefacts)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout290.common import (
    indicators,
    note,
    one_year,
    page_break,
    signature,
    start,
)
from tests.variants.holdout290.registry import variant
from tests.variants.kit import Book, day, mk, money, ok, pct

WEIGHT_TABLE = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
SIMPLE_TABLE = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("sn13-harbour-pagebreak", (4,), "department (中心渔港管理所), NAT-2021, weight column: "
         "a subtotal row under every tier-1, the header row repeated after a page break, a total "
         "row, 0起 on an incident count (correct)")  # fmt: skip
def sn13() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="蚝屿区中心渔港管理所",
        budget=[(money(640), money(600), money(40), money(240), money(400))],
        tasks=[
            ("渔港航道疏浚", "疏浚进港航道和港池", money(220), "疏浚量不少于8万立方米"),
            ("码头及防波堤维修", "维修老码头和防波堤破损段", money(130), "维修码头260米"),
            ("渔港安全监管", "进出港登记、消防和安全巡查", money(50), "港内安全事故零发生"),
            ("金额合计", None, money(400), None),
        ],
        goal="2025年完成蚝屿中心渔港航道疏浚和码头维修，保障渔船安全进出港和避风。",
    )  # fmt: skip
    s.skip()
    indicators(s, WEIGHT_TABLE, [
        ("产出指标", "数量指标", "航道疏浚量", "≥8万立方米", 15),
        (None, None, "码头维修长度", "≥260米", 10),
        (None, "质量指标", "疏浚工程验收合格率", pct(1), 15),
        (None, "时效指标", "码头维修完成时间", "2025年6月30日前", 10),
    ])  # fmt: skip
    s.row("产出指标小计", None, None, None, 50, merge=[(1, 4)])
    s.table([("成本指标", "经济成本指标", "航道疏浚单价", "≤25元/立方米", 10)], merged=(1, 2))
    s.row("成本指标小计", None, None, None, 10, merge=[(1, 4)])
    page_break(s)
    s.row("（续表）", merge=[(1, 5)])
    indicators(s, WEIGHT_TABLE, [
        ("效益指标", "社会效益指标", "港内渔船安全事故发生数", "0起", 10),
        (None, "经济效益指标", "渔港年卸港量增长率", "≥5%", 10),
        (None, "可持续影响指标", "渔港设施维护长效机制", "健全", 10),
    ])  # fmt: skip
    s.row("效益指标小计", None, None, None, 30, merge=[(1, 4)])
    s.table([("满意度指标", "服务对象满意度指标", "进港渔民满意度", "≥90%", 10)], merged=(1, 2))
    s.row("满意度指标小计", None, None, None, 10, merge=[(1, 4)])
    s.row("合计", None, None, None, 100, merge=[(1, 4)])
    signature(s, "邱海晏", "沈若澜", "0657-2249618", day(2024, 11, 19))
    return b


@variant("sn14-inspection-notes", (4,), "project, OLD-NAT, 渔船安全隐患排查整治, one value "
         "column: a 填表说明 row inside the table, footnotes and signature lines below, a prior-"
         "year fill date; a satisfaction rate with = and a deadline after the one-year "
         "project")  # fmt: skip
def sn14() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="蚝屿区2025年渔船安全隐患排查整治项目",
        dept="蚝屿区农业农村和海洋渔业局（207013）", unit="蚝屿区渔业安全生产监督站",
        money=one_year(75, 60, 15),
        goals=["2025年对全区渔船开展安全隐患排查1500艘次，重大隐患全部整改销号，"
               "遏制渔业生产安全事故。"],
    )  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error",
              note="一年期项目（2025年）的期限落在2026年")  # fmt: skip
    equals = mk("=95%", "T107", "warning", note="满意度写“=95%”，应为 ≥95%")
    s.row(*SIMPLE_TABLE)
    note(s, "填表说明：指标值须写明比较符和计量单位，定性指标填写“健全”“有效”等。", 4)
    s.table([
        ("产出指标", "数量指标", "渔船安全隐患排查艘次", "≥1500艘次"),
        (None, None, "隐患整改复查次数", "≥4次"),
        (None, "质量指标", "重大隐患整改完成率", "=100%"),
        (None, "时效指标", "隐患整改销号时间", late),
        (None, "成本指标", "单艘次排查费用", "≤400元/艘次"),
        ("效益指标", "社会效益指标", "渔业生产安全事故起数", "≤2起"),
        (None, "可持续影响指标", "隐患排查治理台账", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "渔船船东满意度", equals),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1. 排查艘次含同一渔船多次出港前检查；", 4)
    note(s, "2. 本表金额单位为万元。", 4)
    signature(s, "邱海晏", "骆听涛", "0657-2250374", day(2024, 12, 6))
    s.row("（单位盖章）", None, None, None, "审核人：", "鲁映川")
    return b


@variant("sn15-port-transfer-labels", (5, 1), "transfer-payment project 渔港升级改造 (中央补助 + "
         "地方资金), OLD-NAT, tier labels with * and abbreviated (*产出, 数量, 成本), ★ core "
         "indicators, a 备注 column, a typed 100% at the ceiling (correct)")  # fmt: skip
def sn15() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="鲸澳县一级渔港升级改造项目", dept="鲸澳县海洋与渔业局（611305）",
        unit="鲸澳县渔港管理站", money=one_year(800, 500, 300, fin_label="其中：中央补助",
                                                  other_label="地方资金"),
        title="2025年度渔业发展补助资金项目绩效目标申报表",
        goals=["2025年加固鲸澳一级渔港防波堤420米、清淤港池3.5万平方米，"
               "提升渔港避风能力和卸港能力。"],
    )  # fmt: skip
    indicators(s, (*SIMPLE_TABLE, "备注"), [
        ("*产出", "数量", "★渔港防波堤加固长度", "≥420米", "核心指标"),
        (None, None, "★港池清淤面积", "≥3.5万平方米", "核心指标"),
        (None, "质量", "工程竣工验收合格率", pct(1), None),
        (None, "时效", "主体工程完工时间", "2025年11月30日前", None),
        (None, "成本", "防波堤加固单位造价", "≤1.2万元/米", None),
        (None, None, "港池清淤单价", "≤60元/平方米", None),
        ("*效益", "经济效益", "渔港年卸港量增长率", "≥6%", None),
        (None, "社会效益", "台风期间渔船进港避风率", "≥95%", None),
        (None, "可持续影响", "工程设计使用年限", "≥50年", None),
        ("*满意度", "服务对象满意度", "渔港使用渔民满意度", "≥90%", None),
    ])  # fmt: skip
    note(s, "注：带“★”的为核心绩效指标，带“*”的一级指标为必填。", 5)
    signature(s, "严观澜", "杜映川", "0659-3106842", day(2024, 10, 21))
    return b


@variant("sn16-safety-flat-wrong", (3, 11), "department (渔业安全生产监督站), flat list in another "
         "order (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a value whose unit "
         "conflicts with the unit column, an accident rate marked 反向 with ≥, weights adding to "
         "95")  # fmt: skip
def sn16() -> Book:
    b, s = start()
    department_head(
        s, year=2025, dept="珊港市渔业安全生产监督站",
        budget=[(money(310), money(290), money(20), money(190), money(120))],
        tasks=[
            ("渔船安全检查", "出港前安全检查和隐患整改", money(70), "检查渔船不少于1800艘次"),
            ("渔业船员培训", "船员安全和应急培训", money(30), "培训船员不少于900人"),
            ("海上应急演练", "组织海上搜救和消防演练", money(20), "演练不少于4次"),
            ("金额合计", None, money(120), None),
        ],
        goal="2025年开展渔船安全检查、船员培训和应急演练，降低渔业船舶水上安全事故发生率。",
    )  # fmt: skip
    s.skip()
    unit_clash = mk("≥320艘", "T112", "error", alt=("T105",),
                    note="覆盖率的值写成艘数，与计量单位列的 % 冲突")  # fmt: skip
    wrong_op = mk("≥0.5", "T108", "warning", row=True, note="发生率是反向指标，不应写 ≥")
    indicators(s, ("指标名称", "指标值", "指标性质", "计量单位", "权重"), [
        ("渔船安全检查艘次", "≥1800", "正向", "艘次", 20),
        (ok("渔船安全检查覆盖率", "warning", note="与上一行近似，可以提示"), unit_clash,
         "正向", "%", 15),
        ("渔业船员安全培训人数", "≥900", "正向", "人", 15),
        ("海上应急演练次数", "≥4", "正向", "次", 10),
        ("渔业船舶水上安全事故发生率", wrong_op, "反向", "%", 15),
        ("安全隐患整改完成率", "≥95", "正向", "%", 10),
        ("服务对象满意度", "≥90", "正向", "%", 10),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+15+10+10 = 95，应为 100")
    signature(s, "袁听帆", "龚晴川", "0655-4419733", day(2024, 11, 14))
    return b


@variant("sn17-aids-two-row-header", (7,), "project, NAT-2021, 渔港航标和锚地浮标维护: a "
         "two-row header (绩效指标 over 一级指标 · 二级指标 · 指标内容, then 预期实现值, "
         "计量单位, 评价标准 merged down), bare numbers with a unit column, 0起 on an "
         "incident count (correct)")  # fmt: skip
def sn17() -> Book:
    b, s = start()
    project_head(
        s, year=2025, name="螺屿区渔港航标和避风锚地浮标维护项目",
        dept="螺屿区海洋渔业局（115032）", unit="螺屿区渔港监督所", attr="常年项目",
        money=one_year(55, 50, 5),
        goals=["2025年维护渔港航标46座、更换锚地系泊浮标20个，保障渔船夜间进出港和避风安全。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "预期实现值", "计量单位", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容")
    for col in (4, 5, 6):
        s.ws.merge_cells(start_row=s.r - 1, start_column=col, end_row=s.r, end_column=col)
    s.table([
        ("产出指标", "数量指标", "维护航标数量", "≥46", "座", "每少1座扣0.5分"),
        (None, None, "更换锚地系泊浮标数量", "≥20", "个", "每少1个扣0.5分"),
        (None, "质量指标", "航标正常发光率", "≥99", "%", "每低1个百分点扣1分"),
        (None, "时效指标", "航标故障修复时限", "≤48", "小时", "超时一次扣1分"),
        ("成本指标", "经济成本指标", "单座航标年维护费用", "≤0.8", "万元/座", "超支不得分"),
        (None, None, "系泊浮标更换单价", "≤0.9", "万元/个", "超支不得分"),
        ("效益指标", "社会效益指标", "进出港渔船触礁搁浅事故", 0, "起", "发生一起不得分"),
        (None, "可持续影响指标", "航标巡检维护制度", "健全", None, "未建立不得分"),
        ("满意度指标", "服务对象满意度指标", "进出港渔民满意度", "≥90", "%", "按问卷结果计分"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "叶沧平", "彭书汀", "0652-5180627", day(2024, 11, 26))
    return b


@variant("sn18-lifesaving-artefacts", (9,), "project, OLD-NAT, 渔船救生设备配备, detail lines "
         "below the table: the plan end date stored as a serial in a text cell, an amount split "
         "by a space, a unit price rounded to 0万元")  # fmt: skip
def sn18() -> Book:
    b, s = start()
    serial = mk("46022", "X104", "warning", note="2025-12-31 的日期序列号存成了文本")
    project_head(
        s, year=2025, name="苍礁县渔船救生设备配备项目", dept="苍礁县海洋渔业发展中心（506114）",
        unit="苍礁县渔业安全监督站", money=one_year(96, 80, 16), end=serial,
        goals=["2025年为近海渔船配备气胀式救生筏85具、救生衣1200件、AIS防碰撞终端120台。"],
    )  # fmt: skip
    zero = mk("≤0万元/件", "T115", "error", note="180元/件按万元四舍五入成了 0")
    indicators(s, SIMPLE_TABLE, [
        ("产出指标", "数量指标", "配备气胀式救生筏数量", "≥85具"),
        (None, None, "配发救生衣数量", "≥1200件"),
        (None, None, "安装AIS防碰撞终端数量", "≥120台"),
        (None, "质量指标", "救生设备检验合格率", "100%"),
        (None, "时效指标", "设备配发完成时间", "2025年9月30日前"),
        (None, "成本指标", "救生筏购置单价", "≤0.45万元/具"),
        (None, None, "救生衣购置单价", zero),
        (None, None, "AIS防碰撞终端购置单价", "≤0.3万元/台"),
        ("效益指标", "社会效益指标", "渔船遇险人员获救率", "≥95%"),
        (None, "可持续影响指标", "救生设备定期检验制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "受益渔民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    split = mk("38.257 5", "X105", "warning", alt=("X103",), note="数字被空格断开，读作 38.2575")
    s.row("项目支出明细（万元）", merge=[(1, 5)])
    s.row("序号", "支出内容", "数量", "金额", "备注")
    s.row(1, "气胀式救生筏购置", "85具", split, "含运输")
    s.row(2, "救生衣购置", "1200件", money(21.7425, "0.0000"), None)
    s.row(3, "AIS防碰撞终端购置", "120台", money(36, "0.0000"), "含安装")
    s.row("合计", None, None, money(96, "0.0000"), None, merge=[(1, 3)])
    signature(s, "任礁声", "包映潮", "0658-6026814", day(2024, 11, 10))
    return b

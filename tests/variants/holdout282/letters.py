"""Returns of 榆汀县信访局 (invented): the reception hall, 网上信访, 领导接访 and the county's
department table (sf01–sf06)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout282.common import (
    HEAD_ONE,
    HEAD_OP,
    funds,
    funds_one,
    indicators,
    note,
    sign,
    start,
)
from tests.variants.holdout282.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, pct

DEPT = "榆汀县信访局（317001）"


@variant("sf01-reception-hall", (1, 5, 11), "project, NAT-2021, numbered tier labels, 指标性质 "
         "as operator with a unit column, typed percent cells, a 下降率 with ≥ and ≤0起 on an "
         "incident count (correct)")  # fmt: skip
def sf01() -> Book:
    b, s = start()
    project_head(s, year=2026, name="县群众来访接待中心运行保障", dept=DEPT,
                 unit="榆汀县群众来访接待中心", money=funds((46.5, 46.5, 0), fmt=WAN),
                 goals=("保障来访接待中心全年开放，规范登记、受理、转送和答复，推动来访事项"
                        "就地化解。",))  # fmt: skip
    indicators(s, HEAD_OP, [
        ("一、产出指标", "（一）数量指标", "来访群众接待登记人次", "≥", 5200, "人次"),
        (None, None, "县级领导公开接访日活动", "≥", 48, "场"),
        (None, "（二）质量指标", "来访事项信息系统录入完整率", "≥", pct(0.98), "%"),
        (None, "（三）时效指标", "来访事项告知是否受理时限", "≤", 15, "日"),
        ("二、成本指标", "（一）经济成本指标", "接待场所运行维护费", "≤", 18.6, "万元"),
        ("三、效益指标", "（一）社会效益指标", "重复来访人次下降率", "≥", pct(0.08), "%"),
        (None, None, "接待现场发生的极端事件", "≤", 0, "起"),
        (None, "（二）可持续影响指标", "来访接待工作规程", "定性", "健全", None),
        ("四、满意度指标", "（一）服务对象满意度指标", "来访群众对接待服务的满意度", "≥", pct(0.9),
         "%"),
    ])  # fmt: skip
    sign(s, "钟予宁", "0583-6271904", day(2025, 11, 14))
    return b


@variant("sf02-online-petition", (1, 11), "project, OLD-NAT, 指标性质 as operator with a "
         "unit column: a 受理率 typed as 105%, a 办理时长 with ≥, a 转送交办率 given as a "
         "count")  # fmt: skip
def sf02() -> Book:
    b, s = start()
    project_head(s, year=2026, name="网上信访信息系统运行维护", dept=DEPT,
                 unit="榆汀县信访信息中心", money=funds((38, 38, 0)),
                 goals=("保障网上信访信息系统稳定运行，网上信访事项及时受理、按期办结、全程"
                        "可查询可评价。",))  # fmt: skip
    indicators(s, HEAD_OP, [
        ("产出指标", "数量指标", "网上信访件登记录入", "≥", 3600, "件"),
        (None, None, "信访信息系统终端运维点位", "≥", 26, "个"),
        (None, "质量指标", "信访信息系统年度可用率", "≥", pct(0.995, "0.0%"), "%"),
        (None, None, "网上信访件转送交办率", "≥",
         mk(1200, "T105", "error", note="a rate given as a count of 件"), "件"),
        (None, "时效指标", "网上信访事项及时受理率", "≥",
         mk(pct(1.05), "T106", "error", note="a typed 105% on a capped rate"), "%"),
        (None, None, "网上信访事项平均办理时长",
         mk("≥", "T108", "warning", row=True, note="a processing time is 反向: ≤"), 30, "日"),
        (None, "成本指标", "系统运行维护服务费", "≤", 21.4, "万元"),
        ("效益指标", "社会效益指标", "网上信访占信访总量比例", "≥", pct(0.45), "%"),
        (None, "可持续影响指标", "信访数据共享部门", "≥", 12, "个"),
        ("满意度指标", "服务对象满意度指标", "网上信访群众满意率", "≥", pct(0.88), "%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0583-6271937", day(2025, 11, 21))
    return b


@variant("sf03-leader-visits-stacked", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator names with other values in the second project "
         "(correct)")  # fmt: skip
def sf03() -> Book:
    b, s = start("项目绩效目标")
    project_head(s, year=2026, name="县级领导接访下访工作经费", dept=DEPT,
                 unit="榆汀县信访局", money=funds_one(24, 24, 0, WAN),
                 goals=("落实县级领导定期接访、带案下访制度，推动信访积案就地化解。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "县级领导接访下访", "≥36次"),
        (None, None, "带案下访化解信访事项", "≥60件"),
        (None, "质量指标", "领导包案事项化解率", "≥85%"),
        (None, "时效指标", "接访事项交办单出具时限", "≤3个工作日"),
        (None, "成本指标", "下访交通及资料印制费", "≤6.5万元"),
        ("效益指标", "社会效益指标", "信访积案化解", "≥40件"),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="信访事项复查复核与督查督办", dept=DEPT, title="",
                 unit="榆汀县信访局督查复查股", money=funds_one(15.6, 12.6, 3, WAN),
                 goals=("依法办理复查复核申请，督办重点信访事项按期办结。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "复查复核事项办理", "≥45件"),
        (None, None, "督查督办情况通报", "≥8期"),
        (None, "质量指标", "复查复核意见书规范率", "≥98%"),
        (None, "时效指标", "复查复核事项按期办结率", "≥95%"),
        (None, "成本指标", "督查工作差旅费", "≤4.2万元"),
        ("效益指标", "社会效益指标", "信访积案化解", "≥20件"),
        ("满意度指标", "服务对象满意度指标", "来访群众满意度", "≥88%"),
    ])  # fmt: skip
    sign(s, "钟予宁", "0583-6271904", day(2025, 11, 14))
    return b


@variant("sf04-stacked-money-wrong", (2, 12), "two projects stacked, OLD-NAT, one value "
         "column: a 律师 subsidy standard × its count above the first project's money, the "
         "second project's 资金总额 ≠ 财政拨款 + 其他资金")  # fmt: skip
def sf04() -> Book:
    b, s = start()
    project_head(s, year=2026, name="律师参与信访接待和化解服务", dept=DEPT,
                 unit="榆汀县信访局", money=funds_one(22, 22, 0),
                 goals=("购买律师服务，律师每日在接待中心值班，为来访群众提供法律"
                        "咨询。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "律师值班接待来访群众", "≥480人次"),
        (None, "质量指标", "律师法律意见书出具合格率", "≥95%"),
        (None, "时效指标", "疑难信访事项法律意见出具时限", "≤5个工作日"),
        (None, "成本指标", "律师值班补贴标准", "≤600元/人次"),
        ("效益指标", "社会效益指标", "通过法律途径分流的信访事项", "≥90件"),
        ("满意度指标", "服务对象满意度指标", "来访群众对律师服务满意度", "≥90%"),
    ])  # fmt: skip
    b.file_mark("B107", "warning", note="600元/人次 × 480人次 = 28.8万元, above the 22万元 of "
                "the first project")  # fmt: skip
    s.skip()
    total = mk(money(35), "B101", "error", note="30 + 8 = 38, not 35")
    project_head(s, year=2026, name="困难信访群众救助", dept=DEPT, title="",
                 unit="榆汀县信访局", money=funds_one(total, 30, 8),
                 goals=("对生活确有困难、诉求已依法处理的信访群众给予一次性救助。",))  # fmt: skip
    indicators(s, HEAD_ONE, [
        ("产出指标", "数量指标", "困难信访群众救助", "≥70人"),
        (None, "质量指标", "救助对象审核合规率", "=100%"),
        (None, "时效指标", "救助金审批发放时限", "≤20个工作日"),
        (None, "成本指标", "人均救助标准", "≤4000元/人"),
        ("效益指标", "社会效益指标", "救助后息诉罢访率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "救助对象满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟予宁", "0583-6271904", day(2025, 11, 14))
    return b


@variant("sf05-department-template", (6, 13), "department, NAT-2021, one 年度指标值 column: "
         "two tier-2 rows left from the template without indicators, a value whose name cell "
         "holds only a full-width space")  # fmt: skip
def sf05() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2026, dept="榆汀县信访局", budget=[
        (money(612.4), money(598.4), money(14), money(402.4), money(210))],
        tasks=[("群众来访接待", "接待中心运行、领导接访", money(62), "来访事项及时受理"),
               ("网上信访受理", "网上信访平台运维、数据分析", money(38), "网上信访全程可查"),
               ("矛盾纠纷排查化解", "重点信访事项包案化解", money(110), "积案化解率提升"),
               ("金额合计", None, money(210), None)],
        goal="信访事项及时就地依法解决，信访秩序持续好转。")  # fmt: skip
    empty = mk("　", "F110", "error", note="the value ≥24期 has no indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "来信来访事项登记办理", "≥4800件"),
        (None, None, empty, "≥24期"),
        (None, "质量指标", "信访事项受理告知书送达率", "≥98%"),
        (None, "时效指标", "信访事项按期办结率", "≥95%"),
        ("成本指标", "经济成本指标", "矛盾纠纷排查化解专项经费", "≤110万元"),
        (None, mk("社会成本指标", "F109", "warning", row=True, note="template row"), None, None),
        ("效益指标", "社会效益指标", "重点信访事项化解率", "≥88%"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row"), None, None),
        ("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁望舒", "0583-6271937", day(2025, 11, 20))
    return b


@variant("sf06-second-sheet", (7,), "project, OLD-NAT: head on 基本信息, the indicator "
         "table on a second sheet under a two-row header (考核指标 · 目标值（年度） · 单位) "
         "(correct)")  # fmt: skip
def sf06() -> Book:
    b, s = start("基本信息")
    project_head(s, year=2026, name="信访积案攻坚化解专项行动", dept=DEPT,
                 unit="榆汀县信访工作联席会议办公室", money=funds((28, 25, 3)),
                 goals=("排查交办信访积案，律师、心理咨询师参与接访，积案清仓见底。",))  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("信访积案攻坚化解专项行动绩效指标", 5)
    t.row("绩效指标", None, None, "预期实现值", None, merge=[(1, 3), (4, 5)])
    indicators(t, ("一级", "二级", "考核指标", "目标值（年度）", "单位"), [
        ("产出指标", "数量指标", "排查交办信访积案", "≥80", "件"),
        (None, None, "律师、心理咨询师参与接访", "≥300", "人次"),
        (None, "质量指标", "交办积案化解率", "≥80", "%"),
        (None, "时效指标", "积案化解完成时间", "2026年11月30日前", None),
        (None, "成本指标", "律师参与接访补贴标准", "≤300", "元/人次"),
        ("效益指标", "社会效益指标", "越级走访人次下降率", "≥15", "%"),
        (None, "可持续影响指标", "积案化解长效工作机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "积案当事人满意度", "≥85", "%"),
    ])  # fmt: skip
    note(t, "注：积案指截至上年底仍未化解的重复信访事项。", 5)
    return b

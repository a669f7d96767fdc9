"""Assistive devices (假肢/辅具), returns vp01 to vp06."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout370.common import HEAD4, funds, grid, notes, sign, start
from tests.variants.holdout370.registry import variant
from tests.variants.kit import WAN, Book, mk, money, pct

OPS6 = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("vp01-prosthesis-percent", (1,),
         "project, NAT-2021, operator and unit columns, typed percent cells, a 下降率 with ≥ "
         "(correct)")  # fmt: skip
def vp01() -> Book:
    b, s = start()
    project_head(s, year=2026, name="北坪县残疾人辅助器具适配补贴", dept="北坪县残疾人联合会 418",
                 unit="北坪县残疾人康复服务中心", money=funds(480, 420, 60),
                 goals=["装配假肢120人，适配辅具1500人次，合格率不低于95%。"])  # fmt: skip
    grid(s, OPS6, [
        ("产出指标", "数量指标", "假肢装配人数", "≥", 120, "人"),
        (None, None, "辅助器具适配人次", "≥", 1500, "人次"),
        (None, "质量指标", "假肢适配合格率", "≥", pct(0.95), "%"),
        (None, None, "辅具适配评估覆盖率", "=", pct(1), "%"),
        (None, "时效指标", "补贴资金发放时限", "≤", 15, "工作日"),
        ("成本指标", "经济成本指标", "假肢装配补贴标准", "≤", 1.5, "万元/人"),
        (None, None, "一般辅具人均补贴", "≤", 0.15, "万元/人次"),
        ("效益指标", "社会效益指标", "持证肢体残疾人辅具适配率", "≥", pct(0.85), "%"),
        (None, None, "辅具申领办理时长下降率", "≥", pct(0.2), "%"),
        (None, "可持续影响指标", "适配不良事件发生率", "≤", pct(0.02, "0.0%"), "%"),
        ("满意度指标", "服务对象满意度指标", "适配对象满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("vp02-orthosis-over-cap", (1, 11),
         "project, OLD-NAT, operator in words and a unit column: a typed 105% on a 合格率, a "
         "返修率 with 大于等于")  # fmt: skip
def vp02() -> Book:
    b, s = start()
    project_head(s, year=2026, name="南渚区矫形器适配服务", dept="南渚区残疾人联合会 522",
                 unit="南渚区康复辅具服务站", money=funds(260, 230, 30),
                 goals=["适配矫形器500件，验收合格、返修少。"])  # fmt: skip
    grid(s, OPS6, [
        ("产出指标", "数量指标", "矫形器适配件数", "大于等于", 500, "件"),
        (None, "质量指标", "矫形器适配验收合格率", "大于等于",
         mk(pct(1.05), "T106", "error", note="a 合格率 cannot exceed 100%"), "%"),
        (None, None, "矫形器返修率",
         mk("大于等于", "T108", "warning", row=True, note="a 返修率 is 反向: ≤ expected"),
         pct(0.05), "%"),
        (None, "时效指标", "适配完成时限", "小于等于", 30, "天"),
        (None, "成本指标", "单件矫形器补贴标准", "小于等于", 0.4, "万元/件"),
        ("效益指标", "社会效益指标", "适配对象日常活动能力改善率", "大于等于", pct(0.8), "%"),
        ("满意度指标", "服务对象满意度指标", "适配对象满意度", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    return b


def _wheel_rows(cost: object) -> list[tuple[object, ...]]:
    return [
        ("产出指标", "数量指标", "轮椅配发数量", "≥400台"),
        (None, "质量指标", "轮椅验收合格率", "≥98%"),
        (None, "时效指标", "配发完成时间", "2026年10月31日前"),
        (None, "成本指标", "轮椅采购单价", cost),
        ("效益指标", "社会效益指标", "重度肢体残疾人出行改善率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ]


@variant("vp03-stacked-devices", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column; the same indicator name "
         "with different values in the two projects (correct)")  # fmt: skip
def vp03() -> Book:
    b, s = start()
    project_head(s, year=2026, name="东岙市假肢矫形器康复补贴", dept="东岙市残疾人联合会 601",
                 unit="东岙市假肢矫形康复中心", money=funds(320, 300, 20),
                 goals=["为260名截肢者装配或更换假肢，人均补贴不超过1.2万元。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "假肢装配人数", "≥260人"),
        (None, "质量指标", "假肢装配合格率", "≥95%"),
        (None, "时效指标", "补贴审核办结时限", "≤10个工作日"),
        (None, "成本指标", "人均假肢补贴", "≤1.2万元/人"),
        ("效益指标", "社会效益指标", "装配对象恢复独立行走比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2026, name="东岙市社区辅具租赁服务站运营", dept="东岙市残疾人联合会 601",
                 unit="东岙市康复辅具资源中心", money=funds(90, 80, 10), title="",
                 goals=["社区辅具租赁服务站出租、回收、消毒辅具600件。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "租赁辅具件数", "≥600件"),
        (None, "质量指标", "回收辅具消毒合格率", "=100%"),
        (None, "时效指标", "租赁申请响应时间", "≤48小时"),
        (None, "成本指标", "单件租赁维护成本", "≤0.12万元/件"),
        ("效益指标", "可持续影响指标", "辅具循环使用率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    return b


@variant("vp04-stacked-devices-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: unit price × count above the first "
         "project's money, the second's total ≠ its parts, a 回访率 given as a count")  # fmt: skip
def vp04() -> Book:
    b, s = start()
    project_head(s, year=2026, name="西坨县重度残疾人轮椅配发", dept="西坨县残疾人联合会 307",
                 unit="西坨县残疾人服务中心", money=funds(180, 160, 20),
                 goals=["为重度肢体残疾人配发轮椅400台。"])  # fmt: skip
    cost = mk("≤0.5万元/台", "B107", "warning", row=True,
              note="0.5万元 × 400台 = 200万元, above the 180万元 of the project")  # fmt: skip
    grid(s, HEAD4, _wheel_rows(cost))
    s.skip()
    total = mk(money(150, WAN), "B101", "error", row=True, note="100 + 40 = 140 ≠ 150")
    project_head(s, year=2026, name="西坨县听障人士助听器验配", dept="西坨县残疾人联合会 307",
                 unit="西坨县残疾人服务中心", money=funds(total, 100, 40), title="",
                 goals=["为听障人士验配助听器300台并开展验配后回访。"])  # fmt: skip
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "助听器验配台数", "≥300台"),
        (None, "质量指标", "助听器验配回访率",
         mk("≥300人次", "T105", "error", note="a 回访率 given as a count")),
        (None, "时效指标", "验配完成时间", "2026年11月30日前"),
        (None, "成本指标", "单台助听器补贴标准", "≤0.3万元/台"),
        ("效益指标", "社会效益指标", "验配对象言语识别改善率", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vp05-device-flat", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def vp05() -> Book:
    b, s = start()
    department_head(s, year=2026, dept="云枫市康复辅具资源中心",
                    budget=[(money(860, WAN), money(800, WAN), money(60, WAN), money(310, WAN),
                             money(550, WAN))],
                    goal="完成辅具适配4000人次，辅具租赁回收1200件，适配对象满意度不低于90%。",
                    tasks=[("辅具适配", "评估、适配、回访", money(330, WAN), "适配4000人次"),
                           ("辅具租赁回收", "租赁、回收、消毒", money(220, WAN), "租赁回收1200件"),
                           ("金额合计", None, money(550, WAN), None)])  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("辅具适配人次", 20, "人次", "≥", 4000),
        ("辅具租赁回收件数", 15, "件", "≥", 1200),
        ("适配评估规范率", 15, "%", "≥", pct(0.95)),
        ("适配服务安全事故", 10, "起", "≤", 0),
        ("人均适配成本", 10, "元/人次", "≤", 800),
        ("回收辅具再利用率", 15, "%", "≥", pct(0.6)),
        ("适配对象满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    return b


@variant("vp06-device-notes", (4, 12),
         "project, OLD-NAT, budget detail lines above the table, a 注 row inside it, 填表说明, "
         "signature and a prior-year fill date below (correct)")  # fmt: skip
def vp06() -> Book:
    b, s = start()
    project_head(s, year=2026, name="岚桥镇社区康复辅具服务站建设", dept="岚桥镇人民政府 115",
                 unit="岚桥镇残疾人联合会", money=funds(200, 170, 30),
                 goals=["建成社区辅具服务站6个，提供辅具展示、借用和维修。"])  # fmt: skip
    s.row("支出明细（万元）", "辅具采购", money(120, WAN), "服务站改造", money(50, WAN))
    s.row(None, "人员培训", money(30, WAN), "合计", money(200, WAN))
    s.ws.merge_cells(start_row=s.r - 1, start_column=1, end_row=s.r, end_column=1)
    grid(s, HEAD4, [
        ("产出指标", "数量指标", "建成社区辅具服务站", "≥6个"),
        (None, None, "辅具借用服务人次", "≥900人次"),
        (None, "质量指标", "服务站验收合格率", "=100%"),
        (None, "时效指标", "服务站建成时间", "2026年9月30日前"),
        (None, "成本指标", "单个服务站改造成本", "≤8万元/个"),
    ])  # fmt: skip
    notes(s, "注：辅具采购含轮椅、助行器、坐便椅等，单价见采购清单。")
    s.table([
        ("效益指标", "社会效益指标", "残疾人辅具就近借用率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "填表说明：1.指标值须写明比较符和计量单位；2.支出明细合计应等于年度资金总额。",
          "说明：合计200万元＝辅具采购120万元＋服务站改造50万元＋人员培训30万元。")  # fmt: skip
    sign(s, 2026, "柯蔓", "0571-6284 3390")
    return b

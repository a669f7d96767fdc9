"""Returns kho07–kho12: 未成年人法律援助 projects of 岫岭区 (decorated tier labels and points,
stacked projects, a table on a second sheet under other header words, notes inside the table)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout889.common import (
    BASIC,
    YEAR,
    indicators,
    notes,
    one_year,
    signature,
    start,
    w,
)
from tests.variants.holdout889.registry import variant
from tests.variants.kit import Book, Sheet, day, mk, pct

DEPT = "岫岭区司法局（118003）"
CENTRE = "岫岭区法律援助中心"


@variant("kho07-aid-points-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（50分）, "
         "（一）数量指标), an indicator score column also adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def kho07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="未成年人法律援助专项项目", dept=DEPT, unit=CENTRE,
                 money=one_year(58, 55, 3),
                 goals=["为涉案未成年人提供全覆盖的法律援助，提高案件办理质量。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、产出指标（50分）", "（一）数量指标", "1.未成年人法律援助案件办结数", "≥260件", 20),
        (None, "（二）质量指标", "2.案件质量评查优良率", "≥90%", 15),
        (None, "（三）时效指标", "3.援助申请审查时限", "≤5个工作日", 15),
        ("二、成本指标（10分）", "（一）经济成本指标", "4.案件办案补贴标准", "≤1800元/件", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "5.案件结案率较上年提高", "≥3百分点", 15),
        (None, None, "6.涉案未成年人获得援助比例", "100%", 5),
        (None, "（二）可持续影响指标", "7.未成年人援助律师库动态管理", "建立并执行", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.受援未成年人及监护人满意度",
         "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    signature(s, "宓霁雯", "0745-3360291")
    return b


@variant("kho08-aid-wrong-parent", (5,),
         "project, NAT-2021, abbreviated and ★-marked labels: a tier-2 under the wrong tier-1, "
         "a capped rate at ≥100%, a unit cost × count above the money")  # fmt: skip
def kho08() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="未成年人法律援助值班律师项目", dept=DEPT, unit=CENTRE,
                 money=one_year(60, 60, 0),
                 goals=["在公安派出所和检察院设置未成年人法律援助值班律师工作站。"])  # fmt: skip
    indicators(s, BASIC, [
        ("★产出", "数量", "值班律师工作站数量", "≥6个"),
        (None, None, "值班律师提供法律帮助人次", "≥900人次"),
        (None, None, "受理援助案件数", "≥260件"),
        (None, mk("社会效益", "F105", "error", note="社会效益指标属于效益，不在产出之下"),
         "未成年人讯问合适成年人到场率", "≥95%"),
        (None, "质量", "值班记录归档合格率",
         mk("≥100%", "T106", "error", note="合格率以 100% 为上限，不能写 ≥100%")),
        ("★成本", "经济成本", mk("值班律师补贴标准", "B107", "warning", row=True,
                                note="3000元/件 × 260件 = 78万元，超过年度资金 60万元"),
         "≤3000元/件"),
        ("★效益", "可持续影响", "值班律师轮值制度", "健全"),
        ("★满意度", "服务对象满意度", "受帮助未成年人满意度", "≥90%"),
    ])  # fmt: skip
    return b


def _stacked(s: Sheet, name: str, money: list[tuple[object, ...]], goal: str,
             rows: list[tuple[object, ...]], first: bool) -> None:  # fmt: skip
    """One project of a stacked sheet: its head, then its indicator table."""
    if not first:
        s.skip()
    project_head(s, year=YEAR, name=name, dept=DEPT, unit=CENTRE, money=money, goals=[goal],
                 title=None if first else "")  # fmt: skip
    indicators(s, BASIC, rows)


@variant("kho09-aid-stacked", (2,),
         "three projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in different projects (correct)")  # fmt: skip
def kho09() -> Book:
    b, s = start()
    sat = ("满意度指标", "服务对象满意度指标", "受援未成年人及家长满意度")
    _stacked(s, "未成年人刑事案件法律援助", one_year(36, 36, 0),
             "为刑事案件中的未成年犯罪嫌疑人、被告人提供辩护援助。", [
        ("产出指标", "数量指标", "指派律师办理案件数", "≥150件"),
        (None, "质量指标", "案件质量评查合格率", "≥95%"),
        (None, "成本指标", "刑事案件办案补贴", "≤2000元/件"),
        ("效益指标", "社会效益指标", "未成年人刑事案件援助覆盖率", "100%"),
        (*sat, "≥90%"),
    ], True)  # fmt: skip
    _stacked(s, "未成年被害人法律援助", one_year(12, 10, 2),
             "为遭受侵害的未成年人提供诉讼代理和心理疏导。", [
        ("产出指标", "数量指标", "指派律师办理案件数", "≥40件"),
        (None, "时效指标", "援助申请受理后指派时限", "≤3个工作日"),
        (None, "成本指标", "被害人案件办案补贴", "≤2500元/件"),
        ("效益指标", "社会效益指标", "被害人心理疏导转介率", "≥80%"),
        (*sat, "≥92%"),
    ], False)  # fmt: skip
    _stacked(s, "校园法律援助工作站运行", one_year(9.6, 9.6, 0),
             "在辖区中学设立法律援助工作站，开展咨询和法治宣讲。", [
        ("产出指标", "数量指标", "法治宣讲场次", "≥32场"),
        (None, "质量指标", "咨询记录完整率", "≥95%"),
        (None, "成本指标", "单场宣讲成本", "≤1500元/场"),
        ("效益指标", "可持续影响指标", "校园工作站值守制度", "健全"),
        (*sat, "≥90%"),
    ], False)  # fmt: skip
    return b


@variant("kho10-aid-stacked-defects", (2,),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up, a 覆盖率 in the first given as a head count")  # fmt: skip
def kho10() -> Book:
    b, s = start()
    _stacked(s, "留守儿童法律援助进乡村", one_year(18, 18, 0),
             "为农村留守儿童及其监护人提供上门法律咨询和援助。", [
        ("产出指标", "数量指标", "上门法律咨询次数", "≥120次"),
        (None, None, "留守儿童法律援助覆盖率",
         mk("1200人", "T105", "error", note="覆盖率给成人数")),
        (None, "成本指标", "上门咨询交通补贴", "≤200元/次"),
        ("效益指标", "社会效益指标", "监护人法律知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "留守儿童监护人满意度", "≥90%"),
    ], True)  # fmt: skip
    money = [
        ("年度资金总额", mk(w(45), "B101", "error", note="40 + 8 = 48，不等于 45")),
        ("其中：财政拨款", w(40)),
        ("其他资金", w(8)),
    ]
    _stacked(s, "涉罪未成年人附条件不起诉帮教援助", [(*money[0], *money[1]), (*money[2], None,
             None)], "对附条件不起诉的未成年人开展法律帮教和跟踪回访。", [
        ("产出指标", "数量指标", "帮教对象人数", "≥60人"),
        (None, "质量指标", "帮教档案完整率", "≥95%"),
        (None, "成本指标", "人均帮教成本", "≤5000元/人"),
        ("效益指标", "社会效益指标", "帮教对象再犯罪率", "≤3%"),
        ("满意度指标", "服务对象满意度指标", "帮教对象家长满意度", "≥90%"),
    ], False)  # fmt: skip
    return b


@variant("kho11-aid-second-sheet", (7,),
         "project: head on the first sheet, the indicator table on a second sheet under a "
         "two-row header (考核指标, 目标值（年度）, 评价标准), OLD-NAT (correct)")  # fmt: skip
def kho11() -> Book:
    b, s = start("项目信息")
    project_head(s, year=YEAR, name="未成年人家事案件法律援助项目", dept=DEPT, unit=CENTRE,
                 money=one_year(24.5, 22, 2.5),
                 goals=["为家事纠纷中的未成年人提供法律援助，维护其合法权益。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 30))
    t.title(f"{YEAR}年度项目绩效指标", 5)
    t.row("绩效指标", None, None, "目标值（年度）", "评价标准", merge=[(1, 3)])
    t.row("一级指标", "二级指标", "考核指标")
    for c in (4, 5):
        t.ws.merge_cells(start_row=t.r - 1, start_column=c, end_row=t.r, end_column=c)
    t.table([
        ("产出指标", "数量指标", "家事案件援助件数", "≥110件", "每少5件扣1分"),
        (None, "质量指标", "援助案件卷宗合格率", pct(0.95), "每低1个百分点扣1分"),
        (None, "时效指标", "案件指派时限", "≤3个工作日", "超时1件扣0.5分"),
        (None, "成本指标", "家事案件办案补贴", "≤1600元/件", "超标准不得分"),
        ("效益指标", "社会效益指标", "受援未成年人抚养费执行到位率", "≥85%", "按比例得分"),
        ("满意度指标", "服务对象满意度指标", "受援家庭满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("kho12-aid-notes-defect", (4,),
         "project, OLD-NAT, one value column: a 说明 row between tiers, the header repeated after "
         "a page break, 注 and signature lines; = on a satisfaction rate, an end date in the next "
         "year of a one-year project")  # fmt: skip
def kho12() -> Book:
    b, s = start()
    end = mk(day(YEAR + 1, 3, 31), "Y102", "error", note="一年期项目的计划完成日期落在次年")
    project_head(s, year=YEAR, name="未成年人法律援助热线运行项目", dept=DEPT, unit=CENTRE,
                 money=one_year(15.8, 15.8, 0), end=end,
                 goals=["保障未成年人法律援助热线全年畅通，及时转办援助申请。"])  # fmt: skip
    indicators(s, BASIC, [
        ("产出指标", "数量指标", "热线接听咨询量", "≥3000人次"),
        (None, None, "转办法律援助申请件数", "≥150件"),
        (None, "质量指标", "热线通话录音完整率", "≥98%"),
    ])  # fmt: skip
    s.row("说明：以下时效、成本指标按热线服务外包合同约定填写。", merge=[(1, 4)])
    s.row(*BASIC)
    s.table([
        ("产出指标", "时效指标", "来电转办时限", "≤24小时"),
        (None, "成本指标", "热线坐席外包单价", "≤4.5万元/席·年"),
        ("效益指标", "社会效益指标", "咨询问题一次解答率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "来电未成年人及家长满意度",
         mk("=95%", "T107", "warning", note="满意度写成“=”，应为 ≥95%")),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：1.热线坐席3席；2.满意度以季度回访抽样计算。"], 4)
    signature(s, "宓霁雯", "0745-3360291", day(YEAR - 1, 12, 2, 'yyyy"年"m"月"d"日"'))
    return b

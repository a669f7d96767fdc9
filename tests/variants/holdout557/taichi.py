"""Tai chi (太极) returns: footnotes, page breaks, tier labels, template rows (cu07–cu12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout557.common import (
    HEAD,
    YEAR,
    book,
    indicators,
    money_rows,
    notes,
    sign,
    wan,
)
from tests.variants.holdout557.registry import variant
from tests.variants.kit import Book, mk

OPS = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant("cu07-taichi-footnotes", (4,),
         "project, OLD-NAT, one value column; an instruction row inside the table, 注 and "
         "填表说明 under it, signature and date lines; a 下降率 with ≥ (correct)")  # fmt: skip
def cu07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="老年人太极拳公益培训", dept="岑阳县体育局 502",
                 unit="岑阳县社会体育指导中心", money=money_rows((18, 15, 3)),
                 goals=["开办老年太极拳公益培训10期，培训学员500人次。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "开办太极拳培训班", "≥10期"),
        (None, None, "培训老年学员", "≥500人次"),
        (None, "（以下质量指标按县级社会体育指导员考核办法执行）", None, None),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "培训班按计划开班率", "≥95%"),
        (None, "成本指标", "每期培训补助", "≤1.5万元/期"),
        ("效益指标", "社会效益指标", "学员运动损伤下降率", "≥10%"),
        (None, "可持续影响指标", "培训后自发组建晨练点", "≥8个"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：运动损伤下降率以参训前后自报损伤次数比较计算，数值为正表示下降。",
          "填表说明：指标值应可量化；定性指标请写明评价等级。")  # fmt: skip
    sign(s, "严若萍", "0736-4821157")
    s.row("单位负责人（签字）：", None, "（单位盖章）")
    return b


@variant("cu08-taichi-page-break", (4,),
         "department, NAT-2021, weight column; unit row, header repeated after a page break, "
         "subtotal rows per tier-1 and a total row (correct)")  # fmt: skip
def cu08() -> Book:
    b, s = book("部门整体")
    budget = [[wan(410), wan(380), wan(30), wan(290), wan(120)]]
    department_head(s, year=YEAR, dept="沅港县全民健身中心", budget=budget,
                    goal="建成老年太极拳健身站点网络，常态开展科学健身指导。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    s.row(*head)
    s.row(None, None, None, None, "（分）")
    s.table([
        ("成本指标", "经济成本指标", "站点建设单位成本", "≤1.5万元/个", 10),
        ("成本指标小计", None, None, None, 10),
        ("产出指标", "数量指标", "新建太极拳健身站点", "≥60个", 20),
        (None, None, "开展太极拳展演活动", "≥12场", 10),
        (None, "质量指标", "站点器材验收合格率", "≥98%", 10),
        (None, "时效指标", "站点建成时间", "10月底前", 10),
        ("产出指标小计", None, None, None, 50),
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "经常参加太极拳锻炼的老年人", "≥3000人", 15),
        (None, "可持续影响指标", "站点长期开放机制", "建立并执行", 10),
        ("效益指标小计", None, None, None, 25),
        ("满意度指标", "服务对象满意度指标", "健身老年人满意度", "≥90%", 15),
        ("满意度指标小计", None, None, None, 15),
        ("合计", None, None, None, 100),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("cu09-taichi-notes-wrong", (4, 11),
         "project, OLD-NAT, operator column; a 说明 row between tiers, a stamp line: a 反向 "
         "complaint rate with ≥ and a satisfaction rate with =")  # fmt: skip
def cu09() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="太极拳晨练点遮阳棚建设", dept="鹭汀县体育局 226",
                 unit="鹭汀县体育设施管理站", money=money_rows((24, 24, 0)),
                 goals=["为16个太极拳晨练点搭建遮阳棚，改善老年人晨练条件。"])  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "搭建遮阳棚晨练点", "≥", 16, "个"),
        (None, "质量指标", "遮阳棚验收合格率", "≥", 98, "%"),
        (None, "成本指标", "每处遮阳棚造价", "≤", 1.5, "万元/个"),
        ("说明：成本按县财政评审中心评审价测算", "", None, None, None, None),
        ("效益指标", "社会效益指标", "晨练点噪声与占道投诉率",
         mk("≥", "T108", "warning", row=True, note="a 投诉率 is 反向: ≤"), 2, "%"),
        (None, "可持续影响指标", "遮阳棚设计使用年限", "≥", 8, "年"),
        ("满意度指标", "服务对象满意度指标", "晨练老年人满意度", "=",
         mk(95, "T107", "warning", row=True, note="= on a satisfaction rate means ≥"), "%"),
    ])  # fmt: skip
    s.row("（单位盖章）", None, None, "填报日期：", "2024年12月")
    return b


@variant("cu10-taichi-points-labels", (5,),
         "project, NAT-2021, tier labels numbered with points (一、产出指标（40分）, "
         "（一）数量指标, 1.), 成本 listed second (correct)")  # fmt: skip
def cu10() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="太极拳推广示范镇创建", dept="桐渚县体育局 135",
                 unit="桐渚县体育总会", money=money_rows((40, 35, 5)),
                 goals=["创建太极拳推广示范镇4个，培养太极拳骨干教练80名。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "1.创建示范镇", "≥4个"),
        (None, None, "2.培养骨干教练", "≥80名"),
        (None, "（二）质量指标", "3.教练考核合格率", "≥90%"),
        (None, "（三）时效指标", "4.创建验收完成时间", "11月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.每个示范镇创建补助", "≤8万元/个"),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.示范镇常练太极拳老年人数", "≥2000人"),
        (None, "（二）可持续影响指标", "7.示范镇太极拳队伍持续活动", "≥3年"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.老年练习者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "覃亦舟", "0731-6650921")
    return b


@variant("cu11-taichi-wrong-parent", (5,),
         "project, NAT-2021, numbered and abbreviated labels: a 社会效益 tier-2 under 产出, a "
         "coverage rate given as a count")  # fmt: skip
def cu11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="社区太极拳辅导站点补助", dept="濑口县体育局 604",
                 unit="濑口县社会体育指导员协会", money=money_rows((30, 30, 0)),
                 goals=["补助社区太极拳辅导站点50个，组织义务辅导。"])  # fmt: skip
    indicators(s, HEAD, [
        ("一、产出", "1.数量", "补助辅导站点", "≥50个"),
        (None, "2.质量", "辅导员持证上岗率", "≥95%"),
        (None, mk("3.社会效益", "F105", "error", row=True, alt=("F104", "F201"),
                  note="社会效益 belongs under 效益"), "带动社区老年人健身", "≥1500人"),
        ("二、成本", "1.经济成本", "每个站点补助标准", "≤0.6万元/个"),
        ("三、效益", "1.社会效益", "辅导站点社区覆盖率",
         mk("≥25个", "T105", "error", note="a 覆盖率 given as 25个")),
        (None, "2.可持续影响", "站点义务辅导机制", "长期有效"),
        ("四、满意度", "1.服务对象满意度", "站点学员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("cu12-taichi-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标: two tier-2 labels left from the template without "
         "indicators, a value without a name")  # fmt: skip
def cu12() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="老年太极拳比赛及展演", dept="磐溪县文化体育局 309",
                 unit="磐溪县老年人体育协会", money=money_rows((15, 12, 3)),
                 goals=["举办县老年太极拳比赛1届、展演6场。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "举办太极拳展演", "≥6场"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥300人"),
        (None, "质量指标", "比赛组织安全事故", "0起"),
        (None, mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("成本指标", "经济成本指标", "比赛及展演总成本", "≤15万元"),
        ("效益指标", "社会效益指标", "现场观众", "≥2000人次"),
        (None, mk("生态效益指标", "F109", "warning", row=True, note="template row left empty"),
         None, None),
        ("满意度指标", "服务对象满意度指标", "参赛老年人满意度", "≥90%"),
    ])  # fmt: skip
    return b

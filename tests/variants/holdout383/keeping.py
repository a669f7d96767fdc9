"""Returns wc07–wc12: keeping old potted-landscape collections (古盆景藏品保护)."""

from __future__ import annotations

from tests.variants.holdout383.common import (
    YEAR,
    department,
    funds,
    indicators,
    new_book,
    notes,
    project,
    sign,
    wan,
)
from tests.variants.holdout383.registry import variant
from tests.variants.kit import Book, C, day, mk

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("wc07-footnotes", (4,),
         "project, OLD-NAT, one value column; a 注 row inside the table, a footnote explaining "
         "the total, 填表说明, signature and a fill date in the year before (correct)")  # fmt: skip
def wc07() -> Book:
    b, s = new_book()
    project(s, "澄岙县明清古盆器修复保护项目", "澄岙县博物馆", funds(wan(54), 50, 4),
            ["修复明清紫砂及石湾古盆器45件，完成数字化建档。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "古盆器修复数量", "≥45件"),
        (None, None, "古盆器数字化建档数量", "≥120件"),
        ("注：修复件数以专家验收清单为准", None, None, None),
        (None, "质量指标", "修复验收合格率", "≥95%"),
        (None, "成本指标", "单件修复成本", "≤1万元/件"),
        ("效益指标", "社会效益指标", "修复古盆器公开展出件数", "≥20件"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "说明：项目资金54万元含修复45万元、建档9万元，合计与年度资金总额一致。",
          "填表说明：指标值须含比较符和计量单位。")  # fmt: skip
    sign(s, "卢晗", "0573-8861 2047", day(YEAR - 1, 10, 28, 'yyyy"年"m"月"d"日"'))
    return b


@variant("wc08-page-break-defects", (4, 5),
         "department, NAT-2021, weight column, header repeated after a page break and 小计 "
         "rows; a 社会效益指标 under 产出指标 and one indicator given twice with two "
         "values")  # fmt: skip
def wc08() -> Book:
    b, s = new_book()
    department(s, "澄岙县文物保护中心", [(wan(210), wan(200), wan(10), wan(130), wan(80))],
               "完成古盆景藏品登记和库房温湿度改造。", tasks=[
        ("藏品登记", "古盆景及盆器登记造册", wan(30), "登记200件"),
        ("库房改造", "藏品库房温湿度调控改造", wan(50), "改造库房2间"),
        ("金额合计", None, wan(80), None),
    ])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重")
    indicators(s, head, [
        ("成本指标", "经济成本指标", "单间库房改造成本", "≤25万元/间", 10),
        ("小计", None, None, None, 10),
        ("产出指标", "数量指标", "古盆景藏品登记数量", "≥200件", 15),
        (None, None, "温湿度调控库房改造数量", "≥2间", 15),
        (None, mk("社会效益指标", "F105", "error",
                  note="a tier-2 of 效益指标 placed under 产出指标"),
         "藏品公开展示次数", "≥3次", 10),
    ])  # fmt: skip
    s.skip()
    indicators(s, head, [
        (None, "质量指标", "库房温湿度达标率", "≥95%", 10),
        (None, "时效指标", "库房改造完成时间", "≤9个月", 5),
        ("小计", None, None, None, 55),
        ("效益指标", "可持续影响指标", "古盆景藏品登记数量",
         mk("≥260件", "D102", "error", row=True, note="same name as row above, 200件 there"),
         15),
        ("满意度指标", "服务对象满意度指标", "研究人员满意度", "≥90%", 10),
        ("小计", None, None, None, 25),
        ("合计", None, None, None, 100),
    ])  # fmt: skip
    return b


@variant("wc09-tier-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points, ★ and abbreviations, a score "
         "per indicator: 100 both ways (correct)")  # fmt: skip
def wc09() -> Book:
    b, s = new_book()
    project(s, "桐屿市岭南派古盆景征集项目", "桐屿市盆景博物馆", funds(wan(120), 100, 20),
            ["征集岭南派古盆景12盆，入藏并定期养护。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（10分）", "（一）经济成本指标", "单盆征集平均成本", "≤10万元/盆", 10),
        ("二、产出指标（50分）", "1.数量指标", "古盆景征集入藏数量", "≥12盆", 20),
        (None, "★质量指标", "入藏前专家鉴定通过率", "=100%", 20),
        (None, "3.时效", "征集入藏完成时间", "≤10个月", 10),
        ("三、效益指标（30分）", "社会效益", "征集盆景公开展出次数", "≥2次", 15),
        (None, "可持续影响", "入藏盆景养护档案建立率", "≥95%", 15),
        ("四、满意度指标（10分）", "服务对象满意度", "参观者满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("wc10-template-rows", (6, 13),
         "project, NAT-2021, header 预期目标; a tier-2 left from the template without an "
         "indicator, a value without a name")  # fmt: skip
def wc10() -> Book:
    b, s = new_book()
    project(s, "鹤汀镇盆景老艺人技艺记录项目", "鹤汀镇文化站", funds(wan(18), 18, 0),
            ["记录盆景老艺人技艺8人，整理影像资料。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "人均记录成本", "≤2万元/人"),
        ("产出指标", "数量指标", "老艺人技艺记录人数", "≥8人"),
        (None, "质量指标", mk(None, "F110", "error", note="a value without a name"), "≥85%"),
        (None, "时效指标", "影像资料整理完成时间", "≤11个月"),
        ("效益指标", "社会效益指标", "技艺影像公开播放次数", "≥6次"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without an indicator"), None, None),
        ("满意度指标", "服务对象满意度指标", "老艺人满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wc11-header-words", (7,),
         "project, OLD-NAT, two-row header with 考核指标, 目标值（年度） and a 评价标准 "
         "scoring column (correct)")  # fmt: skip
def wc11() -> Book:
    b, s = new_book()
    project(s, "苔岩镇石盆与配石保护项目", "苔岩镇文化站", funds(wan(22), 20, 2),
            ["整理保护旧藏石盆及配石60件。"])  # fmt: skip
    s.row("绩效指标", None, None, None, None, merge=[(1, 5)])
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "石盆及配石整理件数", "≥60件", "每少1件扣0.5分"),
        (None, "质量指标", "整理件数据完整率", "≥95%", "低于目标按比例扣分"),
        (None, "成本指标", "单件整理保护成本", "≤0.35万元/件", "超支不得分"),
        ("效益指标", "社会效益指标", "对外开放展示天数", "≥200天", "按比例扣分"),
        ("满意度指标", "服务对象满意度指标", "参观者满意度", "≥90%", "低于目标不得分"),
    ])  # fmt: skip
    return b


@variant("wc12-second-sheet", (7, 9),
         "project: head on the first sheet with a 年度资金总额 split by a space, the table on "
         "a second sheet under 指标内容 and 预期实现值, one rate given as a count")  # fmt: skip
def wc12() -> Book:
    b, s = new_book("项目信息")
    total = mk(C("36.5 8"), "X105", "warning", alt=("X103",), note="read as 36.58 = 30 + 6.58")
    project(s, "桐屿市盆景园古桩防冻棚建设项目", "桐屿市盆景园", funds(total, 30, 6.58),
            ["建设古桩越冬防冻棚4座，保护不耐寒古桩。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, ("一级指标", "二级指标", "指标内容", "预期实现值"), [
        ("产出指标", "数量指标", "防冻棚建设数量", "≥4座"),
        (None, "质量指标", "古桩越冬成活率", mk("80株", "T105", "error",
                                          note="a rate given as a count")),
        (None, "成本指标", "单座防冻棚造价", "≤9万元/座"),
        ("效益指标", "生态效益指标", "不耐寒古桩冻害发生率", "≤5%"),
        ("满意度指标", "服务对象满意度指标", "园区职工满意度", "≥90%"),
    ])  # fmt: skip
    return b

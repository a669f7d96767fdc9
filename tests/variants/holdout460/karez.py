"""Karez wells (坎儿井) restoration projects: percent cells, points at two levels, notes under
the table, header words and tier labels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout460.common import (
    TIERS,
    YEAR,
    book,
    indicators,
    notes,
    one_year,
    signature,
)
from tests.variants.holdout460.registry import variant
from tests.variants.kit import Book, day, mk, pct

OP_HEAD = (*TIERS, "指标性质", "指标值", "计量单位")
SCORE_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant("zb01-karez-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells, 万元 in the number "
         "format, =100% at the ceiling (correct)")  # fmt: skip
def karez_percent_cells() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="砾原县坎儿井暗渠加固与清淤工程", dept="砾原县水利局（301）",
                 unit="砾原县坎儿井保护管理站", money=one_year(486.5, 420, 66.5),
                 goals=["清淤暗渠6.8公里、加固竖井口240眼，恢复12条坎儿井出水。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "暗渠清淤长度", "≥", 6.8, "公里"),
        (None, None, "竖井口加固数量", "≥", 240, "眼"),
        (None, None, "恢复出水坎儿井", "≥", 12, "条"),
        (None, "质量指标", "清淤工程验收合格率", "=", pct(1), "%"),
        (None, None, "竖井口加固质量达标率", "≥", pct(0.95), "%"),
        (None, "时效指标", "项目完工时间", "≤", day(YEAR, 10, 31), None),
        (None, "成本指标", "暗渠清淤单位成本", "≤", 42, "万元/公里"),
        (None, None, "竖井口加固单位成本", "≤", 0.8, "万元/眼"),
        ("效益指标", "社会效益指标", "受益农户", "≥", 860, "户"),
        (None, "经济效益指标", "恢复灌溉面积", "≥", 3200, "亩"),
        (None, "生态效益指标", "坎儿井渗漏损失率", "≤", pct(0.12), "%"),
        (None, "可持续影响指标", "坎儿井管护制度执行率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "受益农户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "艾尔肯", "0995-8862137")
    return b


@variant("zb02-karez-percent-wrong", (1, 11),
         "project, OLD-NAT, operator and unit columns, percent cells: a capped rate above 100% "
         "and a 反向 rate with ≥")  # fmt: skip
def karez_percent_wrong() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="沙棘湾乡坎儿井竖井防护工程", dept="沙棘湾乡人民政府（512）",
                 unit="沙棘湾乡水利管理所", money=one_year(312, 280, 32),
                 goals=["加固竖井口180眼，清淤暗渠4公里，恢复9条坎儿井出水。"])  # fmt: skip
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "竖井口加固数量", "≥", 180, "眼"),
        (None, None, "暗渠清淤长度", "≥", 4, "公里"),
        (None, "质量指标", "出水流量恢复达标率", "≥",
         mk(pct(1.05), "T106", "error", note="达标率以100%为上限，≥105%不可能"), "%"),
        (None, "时效指标", "汛前清淤完成率", "≥", pct(0.9), "%"),
        (None, "成本指标", "竖井口加固单位成本", "≤", 0.9, "万元/眼"),
        (None, None, "暗渠清淤单位成本", "≤", 36, "万元/公里"),
        ("效益指标", "社会效益指标", "暗渠坍塌发生率",
         mk("≥", "T108", "warning", row=True, note="发生率是反向指标，应为≤"), pct(0.03), "%"),
        (None, "生态效益指标", "渗漏损失率降低", "≥", 5, "百分点"),
        (None, "可持续影响指标", "管护人员到岗率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "用水户满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    signature(s, "吐尔洪", "0995-8417725")
    return b


def _scored(s_rows: list[tuple[object, ...]], title: str, name: str, dept: str) -> Book:
    b, s = book("绩效目标", (14, 10, 16, 28, 14, 10))
    project_head(s, year=YEAR, name=name, dept=dept, unit="红柳台镇坎儿井协会",
                 money=one_year(268, 268, 0), title=title,
                 goals=["清淤暗渠4.2公里，加固竖井150眼，减少渗漏损失。"])  # fmt: skip
    indicators(s, SCORE_HEAD, s_rows, merged=(1, 2, 3))
    notes(s, "注：一级指标分值与三级指标分值为两级计分，各自合计100分。")
    signature(s, "帕丽旦", "0995-8730416")
    return b


@variant("zb03-karez-points", (10, 5),
         "project, NAT-2021, numbered tier labels, tier-1 and indicator score columns both "
         "adding to 100, a rate cut in 百分点 (correct)")  # fmt: skip
def karez_points() -> Book:
    rows = [
        ("一、产出指标", 40, "（一）数量指标", "暗渠清淤长度", "≥4.2公里", 10),
        (None, None, None, "竖井口加固数量", "≥150眼", 10),
        (None, None, "（二）质量指标", "加固工程验收合格率", "≥95%", 10),
        (None, None, "（三）时效指标", "年度任务按期完成率", "≥95%", 10),
        ("二、成本指标", 20, "（一）经济成本指标", "暗渠清淤单位成本", "≤38万元/公里", 10),
        (None, None, None, "竖井口加固单位成本", "≤0.7万元/眼", 10),
        ("三、效益指标", 30, "（一）社会效益指标", "受益人口", "≥2100人", 10),
        (None, None, "（二）生态效益指标", "渗漏损失率降低", "≥3百分点", 10),
        (None, None, "（三）可持续影响指标", "村级管护公约覆盖率", "=100%", 10),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "受益群众满意度", "≥92%", 10),
    ]  # fmt: skip
    return _scored(rows, f"{YEAR}年度项目支出绩效目标表", "红柳台镇坎儿井抢修工程",
                   "红柳台镇人民政府（608）")  # fmt: skip


@variant("zb04-karez-points-mismatch", (10,),
         "project, NAT-2021, tier-1 score column against the indicator scores under it: "
         "产出 45 under 40, 效益 25 under 30")  # fmt: skip
def karez_points_mismatch() -> Book:
    rows = [
        ("一、产出指标", mk(40, "W103", "error", note="其下指标分值 10+10+10+15=45"),
         "（一）数量指标", "暗渠清淤长度", "≥4.2公里", 10),
        (None, None, None, "竖井口加固数量", "≥150眼", 10),
        (None, None, "（二）质量指标", "加固工程验收合格率", "≥95%", 10),
        (None, None, "（三）时效指标", "年度任务按期完成率", "≥95%", 15),
        ("二、成本指标", 20, "（一）经济成本指标", "暗渠清淤单位成本", "≤38万元/公里", 10),
        (None, None, None, "竖井口加固单位成本", "≤0.7万元/眼", 10),
        ("三、效益指标", mk(30, "W103", "error", note="其下指标分值 10+10+5=25"),
         "（一）社会效益指标", "受益人口", "≥2100人", 10),
        (None, None, "（二）生态效益指标", "渗漏损失率降低", "≥3百分点", 10),
        (None, None, "（三）可持续影响指标", "村级管护公约覆盖率", "=100%", 5),
        ("四、满意度指标", 10, "（一）服务对象满意度指标", "受益群众满意度", "≥92%", 10),
    ]  # fmt: skip
    return _scored(rows, f"{YEAR}年度项目支出绩效目标表", "红柳台镇坎儿井竖井修复工程",
                   "红柳台镇人民政府（608）")  # fmt: skip


@variant("zb05-karez-notes", (4,),
         "project, OLD-NAT, one value column; a 说明 row between tiers, a header repeated after "
         "a page break, footnotes, 填表说明, a signature of the prior year (correct)")  # fmt: skip
def karez_notes() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="葡谷县坎儿井文化遗产保护修缮项目", dept="葡谷县文物局（214）",
                 unit="葡谷县坎儿井遗产保护中心", money=one_year(198, 163, 35),
                 goals=["修缮坎儿井暗渠3.5公里、竖井96眼，建立遗产监测档案。"])  # fmt: skip
    head = (*TIERS, "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "暗渠修缮长度", "≥3.5公里"),
        (None, None, "竖井修缮数量", "≥96眼"),
        (None, "质量指标", "修缮工程验收合格率", "≥95%"),
        (None, "时效指标", "修缮完工时间", "2025年11月30日前"),
        (None, "成本指标", "暗渠修缮单位成本", "≤36万元/公里"),
        (None, None, "竖井修缮单位成本", "≤0.6万元/眼"),
    ])  # fmt: skip
    notes(s, "说明：以下效益指标按2025年灌溉季统计。")
    s.row(*head)
    s.table([
        ("效益指标", "社会效益指标", "坎儿井遗产监测档案建档率", "≥90%"),
        (None, None, "修缮期间安全生产事故", "0起", "事故次数，目标为零"),
        (None, "可持续影响指标", "修缮后坎儿井正常出水年限", "≥10年"),
        ("满意度指标", "服务对象满意度指标", "沿线村民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：项目资金198万元含县级配套35万元（其他资金），财政拨款163万元。",
          "填表说明：三级指标由项目单位填写，指标值应可量化、可考核。")  # fmt: skip
    signature(s, "阿依古丽", "0995-8526093", day(YEAR - 1, 12, 5))
    return b


@variant("zb06-karez-wrong-parent", (5, 7),
         "project, NAT-2021, headers 指标内容 and 绩效标准, numbered tier-2 labels: 质量指标 "
         "under 效益指标, a completion date given as a percentage")  # fmt: skip
def karez_wrong_parent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="火石岭村坎儿井明渠涝坝整治工程", dept="赤坂县水利局（305）",
                 unit="赤坂县火石岭村村民委员会", money=one_year(154, 140, 14),
                 goals=["整治明渠2.6公里、涝坝3座，恢复坎儿井出水口至田间的输水。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "1.数量指标", "明渠整治长度", "≥2.6公里"),
        (None, None, "涝坝整治数量", "≥3座"),
        (None, "2.时效指标", "整治工程完工时间",
         mk("100%", "T113", "warning", note="完工时间应写日期或期限，不是百分比")),
        ("成本指标", "1.经济成本指标", "明渠整治单位成本", "≤40万元/公里"),
        (None, None, "涝坝整治单位成本", "≤12万元/座"),
        ("效益指标", "1.社会效益指标", "受益农户", "≥140户"),
        (None, mk("2.质量指标", "F105", "error", note="质量指标属产出指标，不在效益指标下"),
         "明渠衬砌验收合格率", "≥95%"),
        (None, "3.生态效益指标", "输水损失率", "≤15%"),
        ("满意度指标", "1.服务对象满意度指标", "受益农户满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "买买提", "0995-8650382")
    return b

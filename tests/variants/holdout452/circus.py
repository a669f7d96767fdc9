"""Circus troupes (马戏) touring villages: project returns yt01–yt06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout452.common import (
    YEAR,
    indicators,
    note,
    one_year,
    short_money,
    signatures,
    start,
    wan,
)
from tests.variants.holdout452.registry import variant
from tests.variants.kit import Book, mk, pct

DEPT = "枫岭县文化和旅游局 318"
TROUPE = "枫岭县杂技马戏团"


@variant("yt01-circus-percent-cells", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells typed in Excel, 万元 only "
         "in the number format (correct)")  # fmt: skip
def yt01() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="“马戏进乡村”巡回演出", dept=DEPT, unit=TROUPE,
                 money=one_year(96, 80, 16),
                 goals=["全年赴22个乡镇巡演马戏80场，惠及农村观众4万人次以上。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "乡村巡演场次", "≥", 80, "场"),
        (None, None, "覆盖乡镇数", "≥", 22, "个"),
        (None, "质量指标", "演出节目审核通过率", "=", pct(1), "%"),
        (None, None, "演出安全责任事故", "≤", 0, "起"),
        (None, "时效指标", "巡演计划按期完成率", "≥", pct(0.95), "%"),
        (None, "成本指标", "单场演出补助标准", "≤", 1.2, "万元/场"),
        ("效益指标", "社会效益指标", "惠及农村观众人次", "≥", 40000, "人次"),
        (None, "可持续影响指标", "乡镇固定演出点", "≥", 6, "个"),
        ("满意度指标", "服务对象满意度指标", "农村观众满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("yt02-circus-direction", (11,),
         "project, NAT-2021, operators inside the values: a 正向 count with ≤, a 反向 rate "
         "with ≥, a cost with =")  # fmt: skip
def yt02() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="送马戏下乡惠民演出", dept=DEPT, unit=TROUPE,
                 money=one_year(48, 40, 8),
                 goals=["组织马戏送戏下乡，丰富山区群众文化生活。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "送戏下乡演出场次",
         mk("≤60场", "T108", "warning", row=True, note="演出场次是正向指标，应为≥")),
        (None, "质量指标", "驯兽表演安全事故发生率",
         mk("≥1%", "T108", "warning", row=True, note="事故发生率是反向指标，应为≤")),
        (None, None, "节目彩排合格率", "≥95%"),
        (None, "时效指标", "演出季完成时间", "10月31日前"),
        ("成本指标", "经济成本指标", "单场演出成本",
         mk("=0.8万元/场", "T108", "warning", row=True, note="成本上限不应写“=”，应为≤")),
        ("效益指标", "社会效益指标", "农村观众覆盖人次", "≥30000人次"),
        ("满意度指标", "服务对象满意度指标", "山区观众满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt03-circus-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in the two projects (correct)")  # fmt: skip
def yt03() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="乡村马戏流动舞台巡演", dept=DEPT, unit=TROUPE,
                 money=short_money(wan(50), wan(40), wan(10)),
                 goals=["以流动舞台车赴偏远村屯演出马戏，年内完成巡演任务。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "流动舞台演出场次", "≥50场"),
        (None, "质量指标", "舞台车安全检验合格率", "=100%"),
        (None, "时效指标", "巡演完成时间", "11月30日前"),
        (None, "成本指标", "单场演出成本", "≤1万元/场"),
        ("效益指标", "社会效益指标", "偏远村屯观演人次", "≥20000人次"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="马戏团演出动物防疫保障", dept=DEPT, unit=TROUPE,
                 money=short_money(wan(18), wan(18), wan(0)), title="",
                 goals=["做好演出动物防疫和饲养保障，杜绝疫病传播。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "保障演出动物数量", "≥30只"),
        (None, "质量指标", "动物免疫接种率", "=100%"),
        (None, "时效指标", "春秋两季防疫完成时间", "10月31日前"),
        (None, "成本指标", "每只动物年度保障标准", "≤0.6万元/只"),
        ("效益指标", "社会效益指标", "人畜共患病传播事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"),
    ])  # fmt: skip
    return b


@variant("yt04-circus-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and one of its rates is given as a count")  # fmt: skip
def yt04() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="马戏进校园专场演出", dept=DEPT, unit=TROUPE,
                 money=short_money(wan(24), wan(20), wan(4)),
                 goals=["为农村中小学演出马戏专场并开展安全观演教育。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "校园专场场次", "≥40场"),
        (None, "质量指标", "专场演出安全达标率", "=100%"),
        (None, "时效指标", "专场完成时间", "12月15日前"),
        (None, "成本指标", "单场专场成本", "≤0.6万元/场"),
        ("效益指标", "社会效益指标", "受益农村学生人次", "≥16000人次"),
        ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(wan(35), "B101", "error", note="财政拨款30 + 其他资金8 = 38，不等于资金总额35")
    project_head(s, year=YEAR, name="乡镇集市马戏展演", dept=DEPT, unit=TROUPE,
                 money=short_money(total, wan(30), wan(8)), title="",
                 goals=["在乡镇集市日开展马戏展演，带动集市人气。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "集市展演场次", "≥60场"),
        (None, "质量指标", "乡镇集市覆盖率",
         mk("12个", "T105", "error", note="覆盖率是比率，却填了个数")),
        (None, "时效指标", "展演完成时间", "11月30日前"),
        (None, "成本指标", "单场展演成本", "≤0.5万元/场"),
        ("效益指标", "经济效益指标", "带动集市日客流人次", "≥50000人次"),
        ("满意度指标", "服务对象满意度指标", "赶集群众满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("yt05-circus-multi-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: two cumulative counts copied "
         "from the 中期 column and the 中期目标 text copied into 年度目标")  # fmt: skip
def yt05() -> Book:
    b, s = start()
    goal = "建设乡村马戏巡演网络，培养青年马戏演员，让山区群众就近看上马戏。"
    project_head(s, year=YEAR, years=3, name="马戏巡演网络三年建设", dept=DEPT, unit=TROUPE,
                 attr="新增项目", goals=[goal, mk(goal, "D204", "warning",
                                                  note="年度目标与中期目标逐字相同")],
                 money=[("中期资金总额", wan(270), "年度资金总额", wan(90)),
                        ("其中：财政拨款", wan(240), "其中：财政拨款", wan(80)),
                        ("其他资金", wan(30), "其他资金", wan(10))])  # fmt: skip
    copied = "三年累计数照抄为年度数"
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "巡演场次", "≥240场",
         mk("≥240场", "D202", "warning", note=copied)),
        (None, None, "培养青年马戏演员", "≥60人",
         mk("≥60人", "D202", "warning", note=copied)),
        (None, "质量指标", "演出安全检查合格率", "=100%", "=100%"),
        (None, "时效指标", "年度巡演计划按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "演出车辆年度运维费", "≤36万元", "≤12万元"),
        ("效益指标", "社会效益指标", "山区观众观演人次", "≥90000人次", "≥30000人次"),
        (None, "可持续影响指标", "乡镇固定演出点", "≥12个", "≥4个"),
        ("满意度指标", "服务对象满意度指标", "山区观众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yt06-circus-points", (10,),
         "project, NAT-2021, tier-1 score column and indicator score column both adding to 100, "
         "a share raised in 百分点, a footnote explaining the total (correct)")  # fmt: skip
def yt06() -> Book:
    b, s = start(widths=(14, 8, 18, 28, 16, 8))
    project_head(s, year=YEAR, name="马戏驻村演出季", dept=DEPT, unit=TROUPE,
                 money=one_year(60, 50, 10),
                 goals=["在农闲时节驻村演出马戏，提高农村儿童观演比例。"])  # fmt: skip
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 50, "数量指标", "驻村演出场次", "≥80场", 20),
        (None, None, "质量指标", "节目安全审查通过率", "=100%", 15),
        (None, None, "时效指标", "演出季完成时间", "3月31日前", 15),
        ("成本指标", 10, "经济成本指标", "单场演出成本", "≤0.75万元/场", 10),
        ("效益指标", 30, "社会效益指标", "农村儿童观演比例较上年", "提高≥3百分点", 20),
        (None, None, "可持续影响指标", "驻村演出点保留数", "≥5个", 10),
        ("满意度指标", 10, "服务对象满意度指标", "村民满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    note(s, "注：一级指标分值为其下三级指标分值之和，两列合计均为100分。")
    signatures(s, "韦小满", "0771-6358214", (YEAR - 1, 12, 8))
    return b

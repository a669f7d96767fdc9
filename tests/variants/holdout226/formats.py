"""Percentages, units and operators carried by number formats; dates typed as text, as date
cells and as bare serials; footnotes, signature lines and a page break (qb13–qb18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout226.common import (
    ONE,
    OPS,
    book,
    indicators,
    note,
    one_year_money,
    period_money,
    sign,
    wan,
)
from tests.variants.holdout226.registry import variant
from tests.variants.kit import CN_DATE, YUAN, Book, C, day, mk, money, pct


@variant("qb13-percent-and-unit-formats", (1, 4), "one-year project, NAT-2021, operator and unit "
         "columns: percent cells (one also with % in the unit column), 100% as 1, a unit cost "
         "with 万元/台 in its number format, a date cell under ≤, =0起, footnotes "
         "(correct)")  # fmt: skip
def qb13() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12))
    project_head(
        s, year=2026, name="电梯安全监管项目", dept="澄湖县市场监督管理局（221）",
        unit="澄湖县特种设备安全监察所",
        money=one_year_money(wan(138), wan(120), wan(18)),
        goals=["2026年监督抽查在用电梯420台，检查电梯维保单位36家次，抽查发现的隐患全部整改，"
               "电梯困人应急救援30分钟内到达，全年不发生电梯安全事故。"],
    )  # fmt: skip
    indicators(s, OPS, [
        ("产出指标", "数量指标", "在用电梯监督抽查台数", "≥", 420, "台"),
        (None, None, "电梯维保单位检查家次", "≥", 36, "家次"),
        (None, "质量指标", "抽查发现隐患整改率", "=", pct(1), None),
        (None, None, "应急处置平台接警响应率", "≥", pct(0.95), "%"),
        (None, "时效指标", "电梯困人应急救援到达时间", "≤", 30, "分钟"),
        (None, None, "年度抽查任务完成时间", "≤", day(2026, 11, 30, CN_DATE), None),
        ("成本指标", "经济成本指标", "单台电梯抽查检验成本", "≤", C(0.18, '0.00"万元/台"'), None),
        ("效益指标", "社会效益指标", "电梯安全事故发生起数", "=", 0, "起"),
        (None, "可持续影响指标", "电梯安全责任保险覆盖率", "≥", pct(0.6), None),
        ("满意度指标", "服务对象满意度指标", "电梯使用单位满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    note(s, "注：1.比较符栏填写≥、≤或＝；2.百分比指标值按百分比格式录入。")
    note(s, "填表说明：本表金额单位为万元。")
    sign(s, "顾雨辰", "柏文静", "0512-69308417", day(2025, 11, 26, CN_DATE))
    return b


@variant("qb14-percent-cells-wrong", (1,), "one-year project, NAT-2021, operator column, percent "
         "cells: 105% on a 合格率, a count shown as a percentage, 其他资金 in 元 by its number "
         "format inside a 万元 block")  # fmt: skip
def qb14() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 16, 12))
    other = mk(money(200000, YUAN), "B105", "error", note="200,000.00元 in a 万元 block")
    project_head(
        s, year=2026, name="河道保洁及水质提升项目", dept="芦湾区水务局（117）",
        unit="芦湾区河道管理所", money=one_year_money(wan(120), wan(100), other),
        goals=["2026年完成区管河道日常保洁86公里，开展水质监测24次，整治沿河排污口，河道水质"
               "达标率达到80%以上。"],
    )  # fmt: skip
    b.file_mark("B101", "error", required=False, note="caused by the 元 cell")
    indicators(s, OPS, [
        ("产出指标", "数量指标", "河道日常保洁长度", "≥", 86, "公里"),
        (None, None, "开展水质监测频次", "≥", 24, "次"),
        (None, None, "沿河排污口整治数量", "≥",
         mk(pct(0.85), "T120", "warning", note="a count shown as 85%"), None),
        (None, "质量指标", "河道保洁验收合格率", "≥", mk(pct(1.05), "T106", "error"), None),
        (None, None, "水质监测数据有效率", "≥", pct(0.95), None),
        (None, "时效指标", "水面漂浮物发现后清理时限", "≤", 24, "小时"),
        ("成本指标", "经济成本指标", "每公里河道年保洁成本", "≤", 0.9, "万元/公里"),
        ("效益指标", "生态效益指标", "河道水质达标率", "≥", pct(0.8), None),
        (None, "社会效益指标", "涉河投诉办结率", "=", pct(1), None),
        ("满意度指标", "服务对象满意度指标", "沿河居民满意度", "≥", pct(0.9), None),
    ])  # fmt: skip
    sign(s, "范嘉禾", "骆小川", "0571-83206951")
    return b


@variant("qb15-department-dates", (1, 4), "department, NAT-2021, one value column and a 备注 "
         "column: a date cell and a text date as targets, 100.00% in a 0.00% cell, =0起, the "
         "header repeated after a page break, text fill date, footnote (correct)")  # fmt: skip
def qb15() -> Book:
    b, s = book("部门整体支出绩效目标表", (16, 18, 32, 18, 22, 16))
    department_head(
        s, year=2026, dept="鹤汀县应急管理局", filled="2025年11月24日",
        budget=[(wan(980), wan(960), wan(20), wan(540), wan(440))],
        goal="2026年检查安全生产重点企业600家以上，开展应急演练24场、防灾减灾宣传40场，培训"
             "专职应急救援队员120人，全年不发生较大及以上生产安全事故。",
        tasks=[("安全生产监管执法", "重点行业企业执法检查及隐患排查", wan(150), "检查企业600家"),
               ("应急救援队伍建设", "专职应急救援队伍训练及装备维护", wan(180), "培训队员120人"),
               ("防灾减灾宣传", "防灾减灾宣传及应急演练", wan(110), "演练24场、宣传40场"),
               ("金额合计", None, wan(440), None)],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "安全生产执法检查企业数", "≥600家", None),
        (None, None, "专职应急救援队员培训人数", "≥120人", None),
        (None, None, "应急演练场次", "≥24场", None),
        (None, None, "防灾减灾宣传活动场次", "≥40场", None),
        (None, "质量指标", "执法检查发现隐患整改闭环率", pct(1, "0.00%"), "按隐患台账核销"),
        (*ONE, "备注"),
        ("产出指标", "时效指标", "汛前隐患排查完成时间", day(2026, 5, 31, CN_DATE),
         "5月31日前完成"),
        (None, None, "年度应急预案修订时间", "2026年6月30日前", None),
        ("成本指标", "经济成本指标", "专职应急救援队员人均年训练经费", "≤0.6万元/人", None),
        ("效益指标", "社会效益指标", "较大及以上生产安全事故起数", "=0起", "全年不发生"),
        (None, "可持续影响指标", "应急物资储备管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "企业和群众满意度", "≥90%", None),
    ], breaks=(4,))  # fmt: skip
    note(s, "注：时间类指标以完成日期为准。", 5)
    s.skip()
    s.row("单位（盖章）：鹤汀县应急管理局", None, "负责人：龙启明", None, "2025年11月24日")
    return b


@variant("qb16-dates-wrong", (1,), "one-year project, NAT-2021, one value column and a 备注 "
         "column: the planned end typed before the start, an impossible day, a date pasted as "
         "a bare serial in a text cell")  # fmt: skip
def qb16() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 22))
    project_head(
        s, year=2026, name="地质灾害隐患点综合治理项目", dept="泊川县自然资源局（408）",
        unit="泊川县地质环境监测站", start=day(2026, 4, 1),
        end=mk(day(2026, 3, 31), "Y104", "error", row=True, note="end typed before start"),
        money=one_year_money(wan(310), wan(300), wan(10)),
        goals=["2026年综合治理地质灾害隐患点12处，设立群测群防监测点40个，汛前完成隐患排查，"
               "全年不发生因地质灾害造成的人员死亡。"],
    )  # fmt: skip
    indicators(s, (*ONE, "备注"), [
        ("产出指标", "数量指标", "治理地质灾害隐患点", "≥12处", None),
        (None, None, "设立群测群防监测点", "≥40个", None),
        (None, "质量指标", "治理工程验收合格率", "=100%", None),
        (None, "时效指标", "汛前隐患排查完成时间", mk("2026年2月30日前", "Y106", "error"), None),
        (None, None, "监测预警设备安装完成时间",
         mk("46142", "X104", "warning", alt=("T116",), note="2026-04-30 as a serial"),
         "设备到货后安装"),
        (None, None, "治理工程完工时间", "2026年11月30日前", None),
        ("成本指标", "经济成本指标", "单处隐患点平均治理成本", "≤22万元/处", None),
        ("效益指标", "社会效益指标", "受威胁群众转移避险预案覆盖率", "=100%", None),
        (None, None, "因地质灾害造成人员死亡人数", "=0人", None),
        (None, "可持续影响指标", "群测群防监测网络运行机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%", None),
    ])  # fmt: skip
    sign(s, "莫文涛", "甘丽萍", "0774-38215096")
    return b


def at_least(value: float, unit: str) -> C:
    """A value whose operator and unit live in its number format (shown ``≥650人``)."""
    return C(value, f'"≥"0"{unit}"')


@variant("qb17-one-year-formats", (1, 8), "one-year project, NAT-2021, 实施期 and 年度 columns "
         "legitimately identical (goals too), operators and units carried by custom number "
         "formats (\"≥\"0\"人\", \"≥\"0%, \"≤\"0\"元/人\"), footnote (correct)")  # fmt: skip
def qb17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 16, 16))
    goal = ("2026年为250名残疾儿童提供康复救助，为1200名残疾人适配辅助器具，康复服务规范率达到"
            "95%以上。")  # fmt: skip
    project_head(
        s, year=2026, years=1, name="残疾儿童康复救助及辅具适配项目",
        dept="岙山县残疾人联合会（612）", unit="岙山县残疾人康复中心",
        money=period_money((wan(260), wan(240), wan(20)), (wan(260), wan(240), wan(20))),
        goals=[goal, goal],
    )  # fmt: skip
    rate, cap = C(0.95, '"≥"0%'), C(7000, '"≤"0"元/人"')
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "备注"), [
        ("产出指标", "数量指标", "残疾儿童康复救助人数", at_least(250, "人"),
         at_least(250, "人"), None),
        (None, None, "残疾人辅助器具适配人数", "≥1200人", "≥1200人", None),
        (None, "质量指标", "康复服务规范率", rate, rate, None),
        (None, "时效指标", "救助资金拨付完成时间", "2026年12月15日前", "2026年12月15日前", None),
        ("成本指标", "经济成本指标", "残疾儿童人均康复救助标准", cap, cap, "按省定标准"),
        (None, None, "辅助器具适配人均费用", "≤600元/人", "≤600元/人", None),
        ("效益指标", "社会效益指标", "残疾人基本康复服务覆盖率", "≥85%", "≥85%", None),
        (None, "可持续影响指标", "康复服务转介机制", "健全", "健全", None),
        ("满意度指标", "服务对象满意度指标", "残疾人及家属满意度", C(0.9, '"≥"0%'),
         C(0.9, '"≥"0%'), None),
    ])  # fmt: skip
    note(s, "注：本项目为一年期项目，实施期指标值与年度指标值一致。")
    sign(s, "秦若溪", "翁志远", "0580-26154873")
    return b


@variant("qb18-break-duplicate-deadlines", (1, 4), "one-year project, NAT-2021, value and unit "
         "columns: the last row before a page break pasted again after the repeated header, a "
         "deadline given as 100%, a deadline in the next year")  # fmt: skip
def qb18() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 16, 12))
    project_head(
        s, year=2026, name="生活垃圾分类推进项目", dept="苇塘区城市管理局（135）",
        unit="苇塘区环境卫生管理所",
        money=one_year_money(wan(360), wan(330), wan(30)),
        goals=["2026年创建垃圾分类示范小区120个，新增分类投放点300个，入户宣传8万户次，生活"
               "垃圾回收利用率达到35%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "垃圾分类示范小区创建数", "≥120", "个"),
        (None, None, "新增分类投放点", "≥300", "个"),
        (None, None, "开展入户宣传", "≥8", "万户次"),
        head,
        ("产出指标", "数量指标", mk("开展入户宣传", "D101", "warning", row=True,
                                    note="pasted again after the page break"), "≥8", "万户次"),
        (None, "质量指标", "分类投放点规范设置率", "≥95", "%"),
        (None, "时效指标", "示范小区创建完成时间", mk(pct(1), "T113", "warning"), None),
        (None, None, "分类收运体系建成时间", mk("2027年6月30日前", "Y102", "error"), None),
        ("成本指标", "经济成本指标", "单个示范小区创建补助", "≤1.5", "万元/个"),
        (None, None, "单个分类投放点建设成本", "≤0.5", "万元/个"),
        ("效益指标", "生态效益指标", "生活垃圾回收利用率", "≥35", "%"),
        (None, "社会效益指标", "居民垃圾分类知晓率", "≥90", "%"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90", "%"),
    ], breaks=(2,))  # fmt: skip
    sign(s, "于晓峰", "薛婧", "022-58713046")
    return b

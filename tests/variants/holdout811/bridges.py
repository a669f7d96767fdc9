"""Bridge inspection returns (keo13–keo18)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout811.common import (
    CENTRE,
    DEPT,
    indicators,
    notes,
    one_year,
    period_money,
    sign,
    start,
    wan,
)
from tests.variants.holdout811.registry import variant
from tests.variants.kit import Book, mk, money

TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "keo13-bridge-notes-page-break",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row, the header "
    "repeated after a page break, a footnote (correct)",
)
def bridge_notes_page_break() -> Book:
    b, s = start()
    project_head(s, year=2025, name="嵩桥县乡村公路桥梁检查项目", dept=DEPT, unit=CENTRE,
                 money=one_year(wan(68), wan(60), wan(8)),
                 goals=["完成全县乡村公路桥梁经常性检查212座次、定期检查53座，"
                        "发现病害48小时内上报，11月底前形成桥梁技术状况评定报告。"])  # fmt: skip
    head = ("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row(*head)
    notes(s, "（说明：绩效标准须量化；下列指标按年度填写。）", width=4)
    s.table([
        ["产出指标", "数量指标", "桥梁经常性检查", "≥212座次"],
        [None, None, "桥梁定期检查数量", "≥53座"],
        [None, "质量指标", "检查记录完整率", "≥95%"],
        [None, "时效指标", "技术状况评定报告完成时间", "2025年11月30日前"],
        [None, None, "病害上报时限", "≤48小时"],
        [None, "成本指标", "定期检查单价", "≤8000元/座"],
    ], merged=(1, 2))  # fmt: skip
    s.row(*head)
    s.table([
        ["效益指标", "社会效益指标", "桥梁安全责任事故", "0起"],
        [None, "可持续影响指标", "桥梁技术档案", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%"],
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：经常性检查按每季度一次、全县53座计，共212座次。", width=4)
    sign(s, "费清禾", "0739-6238842")
    return b


@variant(
    "keo14-bridge-tier-points",
    (10, 5),
    "project, OLD-NAT, a tier-1 score column and an indicator score column: 产出 "
    "scored 60 over 55, the goal's bridge count swapped",
)
def bridge_tier_points() -> Book:
    b, s = start("绩效目标", (14, 8, 14, 28, 16, 8))
    project_head(s, year=2025, name="柘源乡农村公路桥梁定期检查项目", dept=DEPT,
                 unit="柘源乡人民政府", money=one_year(wan(55), wan(50), wan(5)),
                 goals=["完成乡村公路桥梁定期检查46座，对3座四类桥完成加固方案设计。"])  # fmt: skip
    tier = mk(60, "W103", "error", note="产出指标下各指标分值 15 + 10 + 10 + 10 + 10 = 55 ≠ 60")
    count = mk("≥64座", "D104", "warning", row=True, note="年度目标写定期检查46座（数字颠倒）")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ["产出指标", tier, "数量指标", "桥梁定期检查数量", count, 15],
        [None, None, None, "四类桥加固方案设计", "≥3座", 10],
        [None, None, "质量指标", "检查报告合格率", "=100%", 10],
        [None, None, "时效指标", "定期检查完成时间", "2025年10月31日前", 10],
        [None, None, "成本指标", "定期检查单价", "≤8000元/座", 10],
        ["效益指标", 30, "社会效益指标", "桥梁安全隐患发现率", "≥95%", 15],
        [None, None, "可持续影响指标", "桥梁养护档案", "建立并执行", 15],
        ["满意度指标", 10, "服务对象满意度指标", "沿线群众满意度", "≥90%", 10],
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95：同一处缺分的后果")
    sign(s, "芮行简", "0739-6240713")
    return b


@variant(
    "keo15-bridge-two-years",
    (8,),
    "two-year project, NAT-2021, 中期 and 年度 columns: the period's counts beside "
    "smaller annual ones, costs within both moneys (correct)",
)
def bridge_two_years() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="梧冈镇危桥检测与加固两年行动", dept=DEPT,
                 unit="梧冈镇交通管理站", money=period_money(
                     (wan(400), wan(360), wan(40)), (wan(180), wan(160), wan(20))),
                 goals=["两年完成全镇乡村公路桥梁检测120座，加固四、五类危桥8座。",
                        "2025年检测桥梁70座，加固危桥3座，其余5座完成加固设计，"
                        "为2026年集中施工做准备。"])  # fmt: skip
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "单座桥梁检测费用", "≤6000元/座", "≤6000元/座"],
        [None, None, "危桥加固单价", "≤40万元/座", "≤40万元/座"],
        ["产出指标", "数量指标", "桥梁检测数量", "≥120座", "≥70座"],
        [None, None, "危桥加固数量", "≥8座", "≥3座"],
        [None, "质量指标", "加固工程交工验收合格率", "=100%", "=100%"],
        [None, "时效指标", "年度加固工程完工时间", "2026年11月30日前", "2025年11月30日前"],
        ["效益指标", "社会效益指标", "四、五类危桥占比", "≤2%", "≤5%"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    notes(s, "注：年度资金：检测70座 × 0.6万元 = 42万元，加固3座 × 40万元 = 120万元，合计162万元。",
          width=5)  # fmt: skip
    sign(s, "郜晴川", "0739-6253096")
    return b


@variant(
    "keo16-bridge-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from "
    "中期目标, a year's count above the period's, a rate as a count",
)
def bridge_period_copied() -> Book:
    b, s = start()
    text = "完成危桥加固改造6座，定期检查乡村公路桥梁150座，建立桥梁电子档案。"
    copied = mk(text, "D204", "warning", note="年度目标与中期目标逐字相同")
    project_head(s, year=2025, years=3, name="嵩桥县农村公路桥梁安全提升工程", dept=DEPT,
                 unit=CENTRE, money=period_money(
                     (wan(900), wan(750), wan(150)), (wan(300), wan(250), wan(50))),
                 goals=[text, copied])  # fmt: skip
    above = mk("≥9座", "D201", "error", row=True, alt=("D104",), note="年度9座 > 中期6座")
    cover = mk("150座", "T105", "error", note="覆盖率写成座数")
    indicators(s, TWO, [
        ["成本指标", "经济成本指标", "危桥加固单价", "≤30万元/座", "≤30万元/座"],
        ["产出指标", "数量指标", "危桥加固改造数量", "≥6座", above],
        [None, None, "桥梁定期检查", "≥450座次", "≥150座次"],
        [None, "质量指标", "桥梁检查覆盖率", "=100%", cover],
        [None, None, "桥梁电子档案建档率", "≥90%", "≥60%"],
        [None, "时效指标", "年度检查完成时间", "每年10月31日前", "2025年10月31日前"],
        ["效益指标", "社会效益指标", "桥梁安全责任事故", "0起", "0起"],
        ["满意度指标", "服务对象满意度指标", "沿线群众满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    sign(s, "容若谷", "0739-6268254")
    return b


EXPORT = ("单位编码", "项目编码", "一级指标", "二级指标", "三级指标", "指标值", "计量单位")
UNIT, CODE = "318001", "53200025000001"


@variant(
    "keo17-bridge-system-export",
    (7, 9, 5),
    "budget-system export: money on 05-1, indicators on 05-2 under a third-row "
    "header, codes in the first columns, 产出/数量 and ★ (correct)",
)
def bridge_system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 18, 18, 24, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "年度资金合计", "财政拨款",
          "其他资金")  # fmt: skip
    s.row(UNIT, "嵩桥县交通运输局", CODE, "乡村公路桥梁经常性检查", "延续项目",
          money(48), money(45), money(3))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 18, 10, 12, 28, 12, 10))
    t.title("2025年部门项目支出绩效目标表", 7)
    t.row("项目名称：乡村公路桥梁经常性检查", None, None, None, "年度目标：检查桥梁40座、160座次",
          merge=[(1, 4), (5, 7)])  # fmt: skip
    t.row(*EXPORT)
    t.table([
        [UNIT, CODE, "产出", "数量", "经常性检查", "≥160", "座次"],
        [UNIT, CODE, None, None, "定期检查桥梁数量", "≥40", "座"],
        [UNIT, CODE, None, "质量", "★检查记录完整率", "≥95", "%"],
        [UNIT, CODE, None, "时效", "病害处置上报时限", "≤48", "小时"],
        [UNIT, CODE, None, "成本", "定期检查单价", "≤8000", "元/座"],
        [UNIT, CODE, "效益", "社会效益", "桥梁安全责任事故", "0", "起"],
        [UNIT, CODE, "满意度", "服务对象满意度", "通行群众满意度", "≥90", "%"],
    ], merged=(3, 4))  # fmt: skip
    return b


@variant(
    "keo18-bridge-export-defects",
    (9, 7, 12),
    "project head on one sheet with detail lines, indicators on a second sheet: lines "
    "off their total, a date serial, a rate misplaced",
)
def bridge_export_defects() -> Book:
    b, s = start("项目申报")
    project_head(
        s,
        year=2025,
        name="覃家坝乡桥梁检测及加固设计项目",
        dept=DEPT,
        unit="覃家坝乡人民政府",
        money=one_year(wan(48), wan(40), wan(8)),
        goals=["检测乡村公路桥梁30座，完成2座危桥加固方案设计，6月底前提交检测报告。"],
    )
    s.row("支出明细（万元）", "明细项目", "金额", None, None, None)
    top = s.r
    s.row(None, "桥梁检测费", wan(25))
    s.row(None, "加固方案设计费", wan(18))
    s.row(None, "检测车辆租赁费", wan(3))
    s.row(None, "明细合计", mk(wan(48), "B102", "error", alt=("B101",),
                                note="25 + 18 + 3 = 46 ≠ 48"))  # fmt: skip
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    t = b.sheet("绩效目标")
    serial = mk("45838", "X104", "warning", note="文本里的Excel日期序列号，即2025-06-30")
    misplaced = mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")
    indicators(t, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ["产出指标", "数量指标", "桥梁检测数量", "≥30座"],
        [None, None, "危桥加固方案设计", "≥2座"],
        [None, "质量指标", "检测报告合格率", "=100%"],
        [None, "时效指标", "检测报告提交时间", serial],
        [None, "成本指标", "单座桥梁检测费用", "≤8000元/座"],
        ["效益指标", "社会效益指标", "桥梁通行群众满意度", misplaced],
        ["满意度指标", "服务对象满意度指标", "沿线学校师生满意度", "≥90%"],
    ])  # fmt: skip
    sign(t, "伍映川", "0739-6279431")
    return b

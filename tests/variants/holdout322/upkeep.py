"""Returns on maintaining the facilities inside the tunnels (廊内设施维护): tt07–tt12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout322.common import (
    CENTER,
    CITY_DEPT,
    HEAD,
    TINGLAN,
    WUBU,
    YEAR,
    book,
    fill_date,
    indicators,
    notes,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout322.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("tt07-upkeep-notes", (4,),
         "project, OLD-NAT, one value column: a 说明 row inside the table, the header repeated "
         "after a page break, 填表说明, signature and date lines below (correct)")  # fmt: skip
def tt07() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="廊内消防与排水设施维护", dept=CITY_DEPT, unit=CENTER,
                 money=one_year(248, 208, 40),
                 goals=["维护廊内消防喷淋、灭火装置和排水泵组，保持设施完好。"])  # fmt: skip
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "维护消防喷淋及灭火装置", "≥1860套"),
        (None, None, "疏通廊内排水沟", "≥18.5公里"),
        (None, "质量指标", "消防设施完好率", "≥98%"),
        (None, None, "排水泵组维修合格率", "=100%"),
        (None, "时效指标", "故障设备修复时间", "≤48小时"),
        (None, "成本指标", "消防设施单套年维护费", "≤420元/套"),
    ])  # fmt: skip
    notes(s, "说明：完好率、合格率按季度抽检结果计算。", width=4)
    s.skip()
    indicators(s, HEAD, [
        ("效益指标", "社会效益指标", "廊内火情事件", "=0起"),
        (None, "可持续影响指标", "设施维护档案完整率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值应含比较符和计量单位；2.金额单位为万元。",
          "注：本表一式两份，报市财政局一份。")  # fmt: skip
    signature(s, "邵景川", "庞雨桐", "0713-6628417", fill_date(11, 18))
    return b


_DEPT_ROWS = [
    ("产出指标", "数量指标", "维护管廊长度", "=48公里"),
    (None, None, "更换老化照明灯具", "≥2400套"),
    (None, "质量指标", "消防设施完好率", "≥98%"),
    (None, None, "结构病害修复率", "≥95%"),
    (None, "时效指标", "紧急抢修到场时间", "≤30分钟"),
    ("成本指标", "经济成本指标", "单公里廊内设施年维护费", "≤28万元/公里"),
    ("效益指标", "社会效益指标", "因设施故障导致的管线停运", "=0次"),
    (None, "可持续影响指标", "设施维护信息化管理覆盖率", "=100%"),
    ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
]


@variant("tt08-upkeep-department", (12,),
         "department, NAT-2021: budget with shares, four tasks adding to a 金额合计 equal to "
         "项目支出, a footnote explaining the total (correct)")  # fmt: skip
def tt08() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=CENTER, budget=[
        (wan(2000), wan(1800), wan(200), wan(640), wan(1360)),
        (pct(1), pct(0.9), pct(0.1), pct(0.32), pct(0.68)),
    ], tasks=[
        ("廊内消防设施维护", "喷淋、灭火器、防火门检修", wan(420), "消防设施完好率≥98%"),
        ("通风排水设备维修", "风机、排水泵组维修更换", wan(380), "设备完好率≥97%"),
        ("供配电与照明维护", "配电柜、照明灯具维护", wan(310), "照明完好率≥98%"),
        ("结构病害修复", "渗漏、裂缝修补", wan(250), "病害修复率≥95%"),
        ("金额合计", None, wan(1360), None),
    ], goal="维护全市48公里管廊廊内设施，保障入廊管线安全运行。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD, _DEPT_ROWS)
    notes(s, "注：金额合计为项目支出合计，基本支出640万元不列入年度主要任务。")
    return b


@variant("tt09-upkeep-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding to 金额合计")  # fmt: skip
def tt09() -> Book:
    b, s = book()
    total = mk(wan(1650), "B101", "error", row=True, note="基本支出 520 + 项目支出 1080 = 1600")
    share = mk(pct(0.19), "B111", "error", row=True, note="150 ÷ 1650 ≈ 9%")
    department_head(s, year=YEAR, dept=WUBU, budget=[
        (total, wan(1500), wan(150), wan(520), wan(1080)),
        (pct(1), pct(0.91), share, None, None),
    ], tasks=[
        ("廊内设施日常维护", "消防、通风、排水设施维护", wan(460), "设施完好率≥97%"),
        ("供配电系统检修", "高低压配电柜检修", wan(380), "检修完成率≥95%"),
        ("结构病害修复", "渗漏、裂缝修补", wan(250), "病害修复率≥95%"),
        ("金额合计", None, mk(wan(1080), "B102", "error", note="460 + 380 + 250 = 1090"), None),
    ], goal="维护新区22公里管廊廊内设施，保障入廊管线安全运行。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    indicators(s, HEAD, [
        ("产出指标", "数量指标", "维护管廊长度", "=22公里"),
        (None, "质量指标", "廊内设施完好率", "≥97%"),
        (None, "时效指标", "紧急抢修到场时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "单公里廊内设施年维护费", "≤45万元/公里"),
        ("效益指标", "社会效益指标", "因设施故障导致的管线停运", "=0次"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tt10-upkeep-second-sheet", (7, 11),
         "project, OLD-NAT: head on the first sheet, the table on a second sheet under 考核指标 "
         "and 预期实现值: a 反向 rate with ≥, a deadline as a percent, a date after the "
         "one-year project")  # fmt: skip
def tt10() -> Book:
    b, s = book("项目信息")
    project_head(s, year=YEAR, name="廊内通风与供配电设备维修", dept=CITY_DEPT, unit=CENTER,
                 money=one_year(176, 156, 20),
                 goals=["维修更换廊内轴流风机和配电柜，保障通风与供电。"])  # fmt: skip
    t = b.sheet("绩效指标")
    t.title("项目绩效指标", 4)
    late = mk("2027年3月31日前", "Y102", "error", note="一年期项目止于2026年12月31日")
    indicators(t, ("一级指标", "二级指标", "考核指标", "预期实现值"), [
        ("产出指标", "数量指标", "维修更换轴流风机", "≥64台"),
        (None, None, "检修配电柜", "≥210面"),
        (None, "质量指标", "设备维修一次合格率", "≥96%"),
        (None, None, "维修返修率", mk("≥3%", "T108", "warning", row=True,
                                    note="返修率是反向指标，应为≤")),
        (None, "时效指标", "年度维修任务完成时间", late),
        (None, None, "设备故障修复时限", mk("100%", "T113", "warning", note="时限写成百分比")),
        (None, "成本指标", "单台风机维修更换费", "≤1.2万元/台"),
        ("效益指标", "社会效益指标", "廊内氧气浓度达标率", "≥99%"),
        ("满意度指标", "服务对象满意度指标", "入廊管线单位满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("tt11-upkeep-labels", (5, 7),
         "project, OLD-NAT, two-row header, tier labels with * marks, abbreviations (数量, "
         "质量, 成本) and a bracketed alternative, ★ core indicators (correct)")  # fmt: skip
def tt11() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="汀澜区管廊廊内设施小修保养", dept="汀澜区住房和城乡建设局",
                 unit=TINGLAN, money=one_year(132.6, 112.6, 20),
                 goals=["完成辖区22.4公里管廊廊内设施季度小修保养。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "指标值", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "三级指标", None)
    s.ws.merge_cells(start_row=top, start_column=4, end_row=top + 1, end_column=4)
    s.table([
        ("*产出指标", "数量", "★小修保养管廊长度", "≥22.4公里"),
        (None, None, "保养排水泵", "≥96台"),
        (None, "质量", "★设施保养合格率", "≥95%"),
        (None, "时效指标（工期指标）", "年度保养任务完成时间", "2026年11月30日前"),
        (None, "成本", "单公里小修保养费", "≤5.8万元/公里"),
        ("*效益指标", "社会效益", "廊内设施带病运行时长下降率", "≥15%"),
        (None, "可持续影响", "保养记录归档率", "≥95%"),
        ("*满意度", "服务对象满意度", "入廊管线单位满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：带★的为核心指标，不得删除。", width=4)
    return b


@variant("tt12-upkeep-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 score column and indicator scores: the 成本 indicators "
         "short of the tier score, one tier-2 under the wrong tier-1")  # fmt: skip
def tt12() -> Book:
    b, s = book(widths=(14, 8, 16, 28, 18, 8))
    project_head(s, year=YEAR, name="梧埠新区管廊结构病害整治", dept="梧埠新区建设管理局",
                 unit=WUBU, money=one_year(318, 268, 50),
                 goals=["整治新区管廊渗漏点和结构裂缝，减少廊内积水。"])  # fmt: skip
    cost = mk(20, "W103", "error", note="其下指标分值 10 + 5 = 15")
    parent = mk("经济效益指标", "F105", "error", note="经济效益指标属效益指标，不在产出指标下")
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), [
        ("产出指标", 40, "数量指标", "整治渗漏点", "≥140处", 10),
        (None, None, None, "修补结构裂缝", "≥860米", 5),
        (None, None, "质量指标", "整治工程验收合格率", "=100%", 10),
        (None, None, "时效指标", "整治工程完工时间", "2026年10月31日前", 5),
        (None, None, parent, "减少管线停运损失", "≥80万元", 10),
        ("成本指标", cost, "经济成本指标", "单处渗漏点整治费用", "≤1.2万元/处", 10),
        (None, None, "生态环境成本指标", "施工废弃物外运量", "≤35吨", 5),
        ("效益指标", 30, "社会效益指标", "廊内渗漏积水事件下降率", "≥40%", 20),
        (None, None, "可持续影响指标", "整治部位质保期", "≥5年", 10),
        ("满意度指标", 10, "服务对象满意度指标", "入廊管线单位满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计 95 ≠ 100，是成本指标少 5 分的结果")  # fmt: skip
    return b

"""Chest-pain centre: points at two levels, stacked projects, a department and a flat list."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout793.common import (
    YEAR,
    book,
    funds,
    indicators,
    notes,
    project,
    sign,
)
from tests.variants.holdout793.registry import variant
from tests.variants.kit import WAN, Book, Sheet, day, mk, money, pct

PTS = ("一级指标", "二级指标", "三级指标", "指标值", "分值")
CENTRE = "县人民医院胸痛中心建设项目"
DEPT = "芦渡县人民医院"


@variant("kdw07-chest-pain-points", (5, 10),
         "project, NAT-2021, tier labels numbered with points and an indicator score column, "
         "100 both ways, a rate raised in 百分点, a goal count with its part in brackets "
         "(correct)")  # fmt: skip
def chest_pain_points() -> Book:
    b, s = book()
    project(s, CENTRE, funds(300, 300, 260, 260), [
        "建成标准版胸痛中心1个，培训胸痛急救人员120人次（其中乡镇卫生院医生80人次），"
        "急性心梗患者院内死亡率控制在6%以内。"])  # fmt: skip
    rows = [
        ("一、产出指标（50分）", "（一）数量指标", "胸痛中心建设数量", "=1个", 10),
        (None, None, "胸痛急救人员培训人次", "≥120人次", 10),
        (None, "（二）质量指标", "胸痛中心建设达标率", "=100%", 10),
        (None, "（三）时效指标", "首份心电图完成时间", "≤10分钟", 10),
        (None, None, "进门至球囊扩张时间", "≤90分钟", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "导管室设备采购成本", "≤260万元", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "急性心梗患者院内死亡率", "≤6%", 15),
        (None, None, "急性心梗患者再灌注治疗率", "提高≥5百分点", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "患者及家属满意度", "≥90%", 10),
        ("合计", None, None, None, 100),
    ]  # fmt: skip
    indicators(s, rows, PTS)
    notes(s, "注：一级指标后括号内为该级分值，三级指标分值合计100分。")
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw08-chest-pain-points-wrong", (10, 11),
         "project, NAT-2021, tier points: 产出 declared 50 with 45 under it, a death rate with ≥, "
         "a goal training 150 while the indicator asks 100")  # fmt: skip
def chest_pain_points_wrong() -> Book:
    b, s = book()
    project(s, "县中医院胸痛救治能力提升项目", funds(180, 180, 150, 150), [
        "完善胸痛救治流程，培训胸痛急救人员150人次，年内通过胸痛中心基层版认证。"],
        unit="芦渡县中医医院")  # fmt: skip
    b.file_mark("W101", "error", required=False, note="the 45 under 产出 leaves the sum at 95")
    out = mk(
        "产出指标（50分）", "W103", "error", note="indicators under it: 15 + 10 + 10 + 10 = 45"
    )
    rows = [
        (out, "数量指标", "胸痛急救人员培训人次",
         mk("≥100人次", "D104", "warning", row=True, note="the goal trains 150")),
        (None, None, "院前心电图传输设备配置数量", "≥6台", 10),
        (None, "质量指标", "胸痛中心基层版认证通过率", "=100%", 10),
        (None, "时效指标", "首份心电图完成时间", "≤10分钟", 10),
        ("成本指标（10分）", "经济成本指标", "心电图传输设备单价", "≤3万元/台", 10),
        ("效益指标（30分）", "社会效益指标", "胸痛患者院内死亡率",
         mk("≥3%", "T108", "warning", row=True, note="a death rate is 反向: ≤ meant"), 15),
        (None, None, "胸痛患者县域内就诊率", "≥85%", 15),
        ("满意度指标（10分）", "服务对象满意度指标", "患者满意度", "≥90%", 10),
    ]  # fmt: skip
    rows[0] = (*rows[0], 15)
    indicators(s, rows, PTS)
    sign(s, "谭玉岚", "0731-6652 3307")
    return b


def centre_table(s: Sheet, count: int, trained: str) -> None:
    """The indicator table of a chest-pain project (one value column)."""
    rows = [
        ("产出指标", "数量指标", "胸痛救治单元建设数量", f"={count}个"),
        (None, None, "急救人员培训人次", trained),
        (None, "质量指标", "救治单元验收合格率", "=100%"),
        (None, "时效指标", "建设完成时间", "2025年11月30日前"),
        (None, "成本指标", "单个救治单元建设成本", "≤15万元"),
        ("效益指标", "社会效益指标", "胸痛患者首诊心电图完成率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)


@variant("kdw09-chest-pain-stacked", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each project (correct)")  # fmt: skip
def chest_pain_stacked() -> Book:
    b, s = book()
    project(s, "县级胸痛中心救治单元建设项目（城区）", funds(60, 60, 60, 60), [
        "在城区2个社区卫生服务中心建设胸痛救治单元，培训急救人员40人次。"])  # fmt: skip
    centre_table(s, 2, "≥40人次")
    s.skip(2)
    project(s, "乡镇胸痛救治单元建设项目", funds(120, 120, 100, 100), [
        "在桐口镇等8个乡镇卫生院建设胸痛救治单元，培训急救人员160人次。"],
        title="", unit="芦渡县卫生健康局")  # fmt: skip
    centre_table(s, 8, "≥160人次")
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw10-chest-pain-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT: the second's year money does not add up, its goal "
         "builds 8 units while the indicator counts 6")  # fmt: skip
def chest_pain_stacked_wrong() -> Book:
    b, s = book()
    project(s, "县级胸痛中心救治单元建设项目（城区）", funds(60, 60, 60, 60), [
        "在城区2个社区卫生服务中心建设胸痛救治单元，培训急救人员40人次。"])  # fmt: skip
    centre_table(s, 2, "≥40人次")
    s.skip(2)
    total = mk(money(150, WAN), "B101", "error", note="120 + 20 = 140, not 150")
    project(s, "乡镇胸痛救治单元建设项目", funds(300, total, 260, 120, 40, 20), [
        "两年内建成乡镇胸痛救治单元16个。", "2025年在8个乡镇卫生院建设胸痛救治单元。"],
        title="", years=2, unit="芦渡县卫生健康局")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "胸痛救治单元建设数量",
         mk("=6个", "D104", "warning", row=True, note="the year's goal builds 8 units")),
        (None, "质量指标", "救治单元验收合格率", "=100%"),
        (None, "成本指标", "单个救治单元建设成本", "≤15万元"),
        ("效益指标", "社会效益指标", "胸痛患者首诊心电图完成率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, rows)
    return b


@variant("kdw11-chest-pain-department", (4, 12),
         "department, NAT-2021, tasks adding to 项目支出, a goal total with its parts in brackets, "
         "0起 on an incident count, 注 rows and signature lines (correct)")  # fmt: skip
def chest_pain_department() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=DEPT, budget=[[5200, 3800, 1400, 3600, 1600]], tasks=[
        ("CT购置", "购置64排CT 1台", 680, "年检查12000人次"),
        ("胸痛中心建设", "导管室及流程改造", 420, "通过胸痛中心认证"),
        ("远程医疗", "连通14个乡镇卫生院", 300, "远程会诊3000例"),
        ("急救能力提升", "培训急救人员", 200, "培训300人次"),
        ("金额合计", None, 1600, None),
    ], goal="完成远程会诊3000例（其中心电2000例、影像1000例），胸痛中心通过认证，"
            "培训急救人员300人次。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "远程心电会诊例数", "≥2000例"),
        (None, None, "远程影像会诊例数", "≥1000例"),
        (None, None, "急救人员培训人次", "≥300人次"),
        (None, "质量指标", "胸痛中心认证通过率", "=100%"),
        (None, "时效指标", "远程会诊响应时间", "≤30分钟"),
        ("成本指标", "经济成本指标", "64排CT采购成本", "≤650万元"),
        ("效益指标", "社会效益指标", "医疗设备安全责任事故", "=0起"),
        (None, None, "县域内就诊率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "患者满意度", "≥90%"),
    ]  # fmt: skip
    s.row("年度绩效指标", None, None, None, None, None, merge=[(1, 6)])
    indicators(s, rows)
    notes(s, "注1：远程会诊3000例为心电、影像会诊合计。", "注2：资金总额含基本支出3600万元。")
    sign(s, "邵启明", "0731-6652 4410")
    return b


@variant("kdw12-chest-pain-flat-wrong", (3,),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值): "
         "weights add to 95, a 2024 deadline, 150 village doctors for the goal's 200")  # fmt: skip
def chest_pain_flat_wrong() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="芦渡县急救中心", budget=[[860, 700, 160, 520, 340]],
                    goal="建成县乡一体化胸痛急救网络，培训乡村医生200人，"
                         "急救反应时间缩短至15分钟以内。")  # fmt: skip
    b.file_mark("W101", "error", note="25 + 20 + 15 + 15 + 10 + 10 = 95, not 100")
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.row("急救站点建设数量", 25, "个", "≥", 6)
    s.row("乡村医生胸痛急救培训人数", 20, "人", "≥",
          mk(150, "D104", "warning", row=True, note="the goal trains 200"))  # fmt: skip
    s.row("急救反应时间", 15, "分钟", "≤", 15)
    s.row("胸痛中心通过认证时间", 15, "日期", "≤",
          mk(day(2024, 12, 31), "Y102", "error", row=True, note="2024 in 2025"))  # fmt: skip
    s.row("院前心电图传输率", 10, "%", "≥", pct(0.9))
    s.row("服务对象满意度", 10, "%", "≥", pct(0.9))
    sign(s, "柯向东", "0731-6653 1120")
    return b

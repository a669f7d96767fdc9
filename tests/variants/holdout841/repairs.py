"""Archive building repairs: roofs, fire safety, humidity, shelving (kfs07–kfs12)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout841.common import IND6, book, indicators, notes, one_year, sign, wan
from tests.variants.holdout841.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "鹿岙县档案局 402011"
UNIT = "鹿岙县档案馆"


@variant("kfs07-roof-repair", (12, 11), "project, OLD-NAT, operator and unit columns: a goal "
         "area with its parts, =100% acceptance, 0 accidents, a cost within its money "
         "(correct)")  # fmt: skip
def roof_repair() -> Book:
    b, s = book()
    project_head(s, year=2025, name="档案库房屋面防水维修工程", dept=DEPT, unit=UNIT,
                 attr="一次性项目", money=one_year(wan(80), wan(70), wan(10)),
                 goals=["修缮库房屋面1850平方米（其中东库房1100平方米、西库房750平方米），"
                        "消除渗漏隐患，工程10月底前完工。"])  # fmt: skip
    indicators(s, IND6, [
        ("产出指标", "数量指标", "屋面防水维修面积", "≥", 1850, "平方米"),
        (None, None, "东库房屋面维修面积", "≥", 1100, "平方米"),
        (None, "质量指标", "工程验收合格率", "=", "100%", None),
        (None, None, "施工安全事故发生数", "=", 0, "起"),
        (None, "时效指标", "工程完工时间", "≤", day(2025, 10, 31), None),
        (None, "成本指标", "屋面维修单位造价", "≤", 420, "元/平方米"),
        ("效益指标", "社会效益指标", "库房渗漏点下降率", "≥", pct(0.9), "%"),
        (None, "可持续影响指标", "防水层质保期", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "馆内保管人员满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "郑远航", "0572-7712 6035")
    return b


@variant("kfs08-repair-money", (12,), "project, OLD-NAT, one value column: sources not adding "
         "to the total, unit cost × area above the money, the goal's area against the "
         "indicator's")  # fmt: skip
def repair_money() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="档案馆外墙及门窗修缮工程",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=one_year(mk(wan(95), "B101", "error", note="80 + 10 = 90, not 95"), wan(80), wan(10)),
        goals=["修缮档案馆外墙2400平方米，更换密闭防尘门窗46樘。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "外墙修缮面积",
         mk("≥2000平方米", "D104", "warning", row=True,
            note="the goal says 2400平方米")),
        (None, None, "更换防尘门窗数量", "≥46樘"),
        (None, "质量指标", "竣工验收合格率", "=100%"),
        (None, "时效指标", "工程完工时间", "2025年11月30日前"),
        (None, "成本指标", "外墙修缮单位造价",
         mk("≤600元/平方米", "B107", "warning", row=True,
            note="600元 × 2000平方米 = 120万元, above the project's 95 (or 90) 万元")),
        ("效益指标", "可持续影响指标", "外墙修缮质保期", "≥5年"),
        ("满意度指标", "服务对象满意度指标", "馆内职工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑远航", "0572-7712 6035")
    return b


@variant("kfs09-humidity-two-sheets", (7, 10, 5), "project: head on the first sheet, the table "
         "on a second sheet under 预期实现值, tier points and indicator points both adding to "
         "100, a rise in 百分点 (correct)")  # fmt: skip
def humidity_two_sheets() -> Book:
    b, s = book("基本信息")
    project_head(
        s,
        year=2025,
        name="档案库房恒温恒湿系统改造",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(64), wan(64), wan(0)),
        goals=["改造4个档案库房恒温恒湿系统，库房温湿度达标率提高5个百分点以上。"],
    )
    t = b.sheet("绩效指标", (20, 16, 30, 16, 10))
    t.title("2025年度项目绩效指标", 5)
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "分值"), [
        ("一、产出指标（50分）", "数量指标", "改造恒温恒湿库房数量", "≥4间", 15),
        (None, None, "安装温湿度监测点位", "≥48个", 10),
        (None, "质量指标", "系统调试验收合格率", "=100%", 15),
        (None, "时效指标", "改造完成时间", "2025年9月30日前", 10),
        ("二、成本指标（10分）", "经济成本指标", "每间库房改造成本", "≤16万元", 10),
        ("三、效益指标（30分）", "社会效益指标", "库房温湿度达标率提高", "≥5百分点", 15),
        (None, "可持续影响指标", "设备维保期", "≥3年", 15),
        ("四、满意度指标（10分）", "服务对象满意度指标", "库房管理人员满意度", "≥90%", 10),
        ("合计（100分）", None, None, None, 100),
    ])  # fmt: skip
    notes(t, "说明：一级指标括号内为该类指标分值，与其下三级指标分值之和一致。", width=5)
    return b


@variant("kfs10-fire-wrong-tier", (5, 11), "project, OLD-NAT, abbreviated tier labels: a rate "
         "under 时效, a count under 质量, a deadline in the next year")  # fmt: skip
def fire_wrong_tier() -> Book:
    b, s = book()
    project_head(
        s,
        year=2025,
        name="档案库房消防系统改造",
        dept=DEPT,
        unit=UNIT,
        attr="一次性项目",
        money=one_year(wan(55), wan(55), wan(0)),
        goals=["更换库房气体灭火装置12套，完成消防验收。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出", "数量", "气体灭火装置更换数量", "≥12套"),
        (None, "质量", mk("烟感探测器安装数量", "F201", "warning", row=True,
                          note="a count placed under 质量"), "≥60个"),
        (None, "时效", mk("消防验收合格率", "F201", "warning", row=True,
                          note="a quality rate placed under 时效"), "=100%"),
        (None, None, "工程完工时间",
         mk("2026年5月31日前", "Y102", "error",
            note="a one-year 2025 project whose deadline falls in 2026")),
        (None, "成本", "每套灭火装置采购单价", "≤4.2万元"),
        ("效益", "社会效益", "库房火灾事故发生数", "=0起"),
        ("满意度", "服务对象满意度", "馆内职工满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑远航", "0572-7712 6035")
    return b


@variant("kfs11-stacked-repairs", (2,), "two projects stacked in one sheet, OLD-NAT, one value "
         "column, the same indicator name with different values in each (correct)")  # fmt: skip
def stacked_repairs() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name="档案库房白蚁防治",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(12), wan(12), wan(0)),
        goals=["对3栋档案库房开展白蚁防治，虫害发生数为0。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "白蚁防治库房栋数", "≥3栋"),
        (None, "质量指标", "工程验收合格率", "≥98%"),
        (None, "成本指标", "每栋防治费用", "≤4万元"),
        ("效益指标", "可持续影响指标", "档案虫害发生数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "保管人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="档案密集架更换",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(36), wan(30), wan(6)),
        goals=["更换老旧档案密集架120组，新增排架长度1500米。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "密集架更换组数", "≥120组"),
        (None, None, "新增排架长度", "≥1500米"),
        (None, "质量指标", "工程验收合格率", "=100%"),
        (None, "成本指标", "每组密集架采购单价", "≤0.3万元"),
        ("效益指标", "社会效益指标", "库房容量提高", "≥20%"),
        ("满意度指标", "服务对象满意度指标", "保管人员满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "郑远航", "0572-7712 6035")
    return b


@variant("kfs12-stacked-wrong", (2,), "two projects stacked, OLD-NAT: the second project's "
         "sources do not add up, and one indicator given twice under two tier-2s with two "
         "values")  # fmt: skip
def stacked_wrong() -> Book:
    b, s = book()
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    project_head(
        s,
        year=2025,
        name="档案馆电梯更新",
        dept=DEPT,
        unit=UNIT,
        money=one_year(wan(28), wan(28), wan(0)),
        goals=["更换档案专用货梯1部，通过特种设备检验。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "档案专用货梯更换数量", "=1部"),
        (None, "质量指标", "特种设备检验合格率", "=100%"),
        (None, "成本指标", "货梯采购安装费用", "≤28万元"),
        ("效益指标", "社会效益指标", "档案搬运安全事故发生数", "=0起"),
        ("满意度指标", "服务对象满意度指标", "馆内职工满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(
        s,
        year=2025,
        title="",
        name="档案修复室设备购置",
        dept=DEPT,
        unit=UNIT,
        money=one_year(mk(wan(40), "B101", "error", note="32 + 5 = 37, not 40"), wan(32), wan(5)),
        goals=["购置档案修复设备15台（套），年修复破损档案2万页。"],
    )
    indicators(s, head, [
        ("产出指标", "数量指标", "修复设备购置数量", "≥15台（套）"),
        (None, None, "破损档案修复页数", "≥2万页"),
        (None, "质量指标", mk("破损档案修复数量", "D103", "warning", alt=("D102", "F201"),
                              row=True, note="the page count again, under 质量, 1.5万 not 2万"),
         "≥1.5万页"),
        (None, "成本指标", "设备平均购置单价", "≤2.4万元"),
        ("效益指标", "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "修复人员满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑远航", "0572-7712 6035")
    return b

"""Returns on the school's practical-training base (实训基地): kaq01 to kaq06."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout709.common import (
    EDU,
    SCHOOL,
    lines,
    note,
    period_money,
    project,
    sign,
    table,
    year_money,
)
from tests.variants.holdout709.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, Sheet, day, mk, money, ok, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
HEAD = ("一级指标", "二级指标", "三级指标", "指标值")


@variant(
    "kaq01-equipment-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
    "format, a 0起 incident count and a 反向 rate with ≤ (correct)",
)
def kaq01() -> Book:
    b, s = project(
        2026,
        "鹭门职校智能制造公共实训基地设备更新",
        SCHOOL,
        year_money(300, 260, 40),
        (
            "更新数控车床、工业机器人等实训设备46台（套），改造实训工位200个，"
            "全年承接校内外实训6万人次，设备完好率保持95%以上。",
        ),
    )
    table(s, OP_HEAD, [
        ("产出指标", "数量指标", "更新实训设备数量", "≥", 46, "台（套）"),
        (None, None, "改造实训工位数", "≥", 200, "个"),
        (None, "质量指标", "设备验收合格率", "=", pct(1), "%"),
        (None, None, "设备故障率", "≤", pct(0.03), "%"),
        (None, "时效指标", "设备安装调试完成时间", "≤", day(2026, 9, 30, CN_DATE), None),
        (None, "成本指标", "实训工位改造单价", "≤", 1.2, "万元/个"),
        ("效益指标", "社会效益指标", "年实训服务人次", "≥", 60000, "人次"),
        (None, None, "实训安全责任事故", "≤", 0, "起"),
        (None, "可持续影响指标", "设备完好率", "≥", pct(0.95), "%"),
        ("满意度指标", "服务对象满意度指标", "参训学生满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "邵雁秋", "0731-6628417", day(2025, 10, 15))
    return b


@variant(
    "kaq02-workshop-period",
    (8, 12),
    "two-year project, OLD-NAT, 中期 and 年度 columns: the goal's workshop count against the "
    "indicator, a year's count above the period's, the year's money above the period's",
)
def kaq02() -> Book:
    b, s = project(
        2026,
        "鹭门职校新能源汽车实训车间建设",
        SCHOOL,
        period_money(
            (800, 700, 100),
            (
                mk(money(850, WAN), "B103", "error", note="年度资金总额 850 大于中期 800"),
                ok(money(760, WAN), "error", note="随年度总额一起超过中期财政拨款"),
                90,
            ),
        ),
        (
            "两年内建成新能源汽车检测、智能产线运维等实训车间4个，新增实训工位360个，"
            "年均承接社会培训1.5万人次。",
            "2026年完成2个实训车间主体改造并投入使用，开展社会培训1.5万人次。",
        ),
        years=2,
    )
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "建成实训车间数",
         mk("≥3个", "D104", "warning", row=True, note="中期目标写建成实训车间4个"), "≥2个"),
        (None, None, "新增实训工位数", "≥360个",
         mk("≥380个", "D201", "error", note="年度 380 个大于中期 360 个")),
        (None, "质量指标", "实训车间竣工验收合格率", "=100%", "=100%"),
        (None, "时效指标", "主体改造完成时间", "2027年6月30日前", "2026年12月31日前"),
        (None, "成本指标", "实训工位建设单价", "≤2万元/个", "≤2万元/个"),
        ("效益指标", "社会效益指标", "社会培训人次", "≥3万人次", "≥1.5万人次"),
        (None, "可持续影响指标", "实训基地开放共享机制", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "kaq03-numbered-duplicate",
    (5,),
    "project, OLD-NAT, numbered tier labels with points (一、产出指标（50分）, （一）数量指标): "
    "a quality rate under 时效, the same 工位 count twice with different values",
)
def kaq03() -> Book:
    b, s = project(
        2026,
        "鹭门职校焊接与增材制造实训室改造",
        SCHOOL,
        year_money(180, 150, 30),
        ("改造焊接、增材制造实训室2间，新增实训工位150个，全年开展实训教学4.2万人时。",),
    )
    table(s, HEAD, [
        ("一、产出指标（50分）", "（一）数量指标", "改造实训室", "≥2间"),
        (None, None, "新增实训工位数", "≥150个"),
        (None, None, "新增实训工位",
         mk("≥120个", "D102", "error", row=True, alt=("D103", "D101"),
            note="同一指标“新增实训工位数”已填≥150个")),
        (None, "（二）质量指标", "焊接烟尘净化达标率", "=100%"),
        (None, "（三）时效指标",
         mk("实训设备验收合格率", "F201", "warning", row=True, note="合格率是质量指标"), "≥98%"),
        (None, None, "实训室改造完成时间", "2026年8月31日前"),
        (None, "（四）成本指标", "实训工位改造单价", "≤1万元/个"),
        ("二、效益指标（30分）", "（一）社会效益指标", "年实训教学人时", "≥4.2万人时"),
        (None, "（二）可持续影响指标", "实训室使用年限", "≥8年"),
        ("三、满意度指标（10分）", "（一）服务对象满意度指标", "实训学生满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：预算执行率10分另行评价，合计100分。")
    return b


@variant(
    "kaq04-greenhouse-second-sheet",
    (7, 4),
    "project: head on the first sheet, the indicator table on a second sheet under "
    "绩效目标值 and 备注, a goal count with its part in brackets, 填表说明 and signature (correct)",
)
def kaq04() -> Book:
    b, s = project(
        2026,
        "鹭门职校现代农业实训基地建设",
        SCHOOL,
        year_money(240, 200, 40),
        (
            "建成现代农业实训温室3栋，新增实训工位120个（其中智能温室实训工位80个），"
            "为2027年申报省级高水平实训基地积累教学案例。",
        ),
        sheet="基本信息",
    )
    sign(s, "蒲知远", "0731-6628452", day(2025, 10, 20))
    t = b.sheet("绩效指标", (14, 18, 28, 18, 24))
    t.title("2026年度项目绩效指标", 5)
    table(t, ("一级指标", "二级指标", "三级指标", "绩效目标值", "备注"), [
        ("产出指标", "数量指标", "新增实训工位数", "≥120个", "含智能温室工位80个"),
        (None, None, "建成实训温室", "≥3栋", None),
        (None, "质量指标", "温室工程验收合格率", pct(1), None),
        (None, "时效指标", "温室建成投用时间", "2026年10月31日前", None),
        (None, "成本指标", "温室建设单价", "≤60万元/栋", "3栋合计不超过180万元"),
        ("效益指标", "社会效益指标", "年开展农业实训", "≥8000人次", None),
        (None, "可持续影响指标", "形成实训教学案例", "≥10个", "为2027年申报积累"),
        ("满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", None),
    ])  # fmt: skip
    note(t, "填表说明：1.指标值应细化、量化；2.定性指标应写明评价等级。", 5)
    t.row("单位负责人：", "翟叔平", None, "审核日期", day(2025, 10, 22))
    return b


@variant(
    "kaq05-open-days-leftover",
    (12, 4),
    "project, OLD-NAT, a 说明 row inside the table and 资金明细 below: a unit price × count "
    "above the money, an indicator name carrying last season's year",
)
def kaq05() -> Book:
    b, s = project(
        2026,
        "鹭门职校电气自动化实训基地提升",
        SCHOOL,
        year_money(200, 170, 30),
        ("购置PLC、变频调速等实训设备30台，全年开放实训基地不少于220天。",),
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "购置实训设备", "≥30台"),
        (None, None, mk("2024年度实训基地开放天数", "Y103", "warning", row=True,
                        note="预算年度 2026，名称留着 2024 年"), "≥220天"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备到货安装时间", "2026年7月31日前"),
        (None, "成本指标",
         mk("实训设备购置单价", "B107", "warning", row=True,
            note="8 万元 × 30 台 = 240 万元，超过资金总额 200 万元"), "≤8万元/台"),
    ])  # fmt: skip
    note(s, "说明：设备清单以政府采购合同为准。")
    s.table([
        ("效益指标", "社会效益指标", "年实训服务学生", "≥3000人"),
        (None, "可持续影响指标", "设备使用年限", "≥8年"),
        ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    lines(s, "资金明细", [("设备购置", 150), ("安装调试", 30), ("师资培训", 20)], 200)
    return b


@variant(
    "kaq06-two-base-projects",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value column each, the same "
    "satisfaction indicator with different values in the two projects (correct)",
)
def kaq06() -> Book:
    b, s = project(
        2026,
        "鹭门职校实训基地设备补充",
        SCHOOL,
        year_money(150, 120, 30),
        ("补充钳工、电工实训设备60台（套），满足12个班级同时实训。",),
    )
    table(s, HEAD, [
        ("产出指标", "数量指标", "补充实训设备", "≥60台（套）"),
        (None, "质量指标", "设备验收合格率", "=100%"),
        (None, "时效指标", "设备交付时间", "2026年8月20日前"),
        (None, "成本指标", "设备平均单价", "≤2万元/台（套）"),
        ("效益指标", "社会效益指标", "同时实训班级数", "≥12个"),
        ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_two(s)
    return b


def project_two(s: Sheet) -> None:
    """The second project stacked under the first (no title of its own)."""
    project_head(
        s, year=2026, name="鹭门职校实训基地运行维护", dept=EDU, unit=SCHOOL,
        money=year_money(60, 60, 0), goals=("维护实训设备100台，全年基地开放不少于240天。",),
        attr="常年项目", title="",
    )  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "维护实训设备", "≥100台"),
        (None, "质量指标", "设备完好率", "≥95%"),
        (None, "时效指标", "故障报修响应时间", "≤24小时"),
        (None, "成本指标", "设备年维护单价", "≤0.5万元/台"),
        ("效益指标", "社会效益指标", "基地年开放天数", "≥240天"),
        ("满意度指标", "服务对象满意度指标", "实训学生满意度", "≥92%"),
    ])  # fmt: skip

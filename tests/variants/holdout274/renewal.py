"""Urban-renewal projects (老旧街区改造, 老旧小区, 历史街区), rx07 to rx12."""

from __future__ import annotations

from tests.variants.holdout274.common import W6, indicators, note, project, signature, stamp, wan
from tests.variants.holdout274.registry import variant
from tests.variants.kit import Book, mk, money

HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")
LP_DEPT = "蓼坪区住房和城乡建设局（412）"


@variant("rx07-renewal-numbered-points", (5, 10), "urban-renewal project, NAT-2021, 老旧小区: tier "
         "labels numbered with points (一、成本指标（20分）, （一）经济成本指标) and an indicator "
         "score column, 100 both ways (correct)")  # fmt: skip
def rx07() -> Book:
    b, s = project(
        year=2025, name="蓼坪区老旧小区及背街小巷改造提升项目", dept=LP_DEPT,
        unit="蓼坪区城市更新服务中心",
        money=[("资金总额", wan(5400), "其中：财政拨款", wan(1400)),
               ("其他资金（专项债券）", wan(4000), None, None)],
        goals=["改造老旧小区1850户，整治背街小巷24条，11月底前完工，居民满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值", "分值"), [
        ("一、成本指标（20分）", "（一）经济成本指标", "老旧小区改造户均成本", "≤2.6万元/户", 10),
        (None, "（二）社会成本指标", "施工扰民有效投诉", "≤20件", 10),
        ("二、产出指标（40分）", "（一）数量指标", "改造老旧小区户数", "≥1850户", 10),
        (None, None, "整治背街小巷", "≥24条", 10),
        (None, "（二）质量指标", "工程竣工验收合格率", "100%", 10),
        (None, "（三）时效指标", "主体改造完工时间", "2025年11月30日前", 10),
        ("三、效益指标（30分）", "（一）社会效益指标", "受益居民人数", "≥5200人", 10),
        (None, None, "改造小区雨污分流达标率", "≥95%", 10),
        (None, "（二）可持续影响指标", "长效物业管理覆盖率", "≥85%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "改造小区居民满意度", "≥90%", 10),
    ])  # fmt: skip
    signature(s, "黎闻舟", "0738-4420957", 2024, 11, 19)
    return b


@variant("rx08-renewal-abbrev-wrong", (5, 11), "urban-renewal project, OLD-NAT, 老城片区: "
         "abbreviated tier labels with a leading * (产出, 数量, 成本); a tier-2 under the wrong "
         "tier-1 and a 反向 rate with ≥")  # fmt: skip
def rx08() -> Book:
    b, s = project(
        year=2025, name="苇港县老城片区老旧街区改造项目（专项债券）",
        dept="苇港县住房和城乡建设局（503）", unit="苇港县城市建设服务中心",
        money=[("资金总额", wan(3600), "其中：财政拨款", wan(600)),
               ("其他资金（专项债券）", wan(3000), None, None)],
        goals=["改造老城片区街区建筑12.5万平方米，更新燃气、供水老旧管网9.6公里，惠及居民3100户。"],
    )  # fmt: skip
    misplaced = mk("社会效益", "F105", "error", note="社会效益 belongs under 效益, not 产出")
    against = mk("≥10%", "T108", "warning", row=True, note="a leakage rate is 反向: ≤10%")
    indicators(s, HEAD4, [
        ("*产出", "数量", "改造老旧街区建筑面积", "≥12.5万平方米"),
        (None, None, "改造燃气、供水老旧管网", "≥9.6公里"),
        (None, "质量", "改造工程竣工验收合格率", "100%"),
        (None, "时效", "改造工程完工时间", "2025年11月30日前"),
        (None, "成本", "街区改造单位面积成本", "≤260元/平方米"),
        (None, misplaced, "受益居民户数", "≥3100户"),
        (None, None, "改造后片区供水管网漏损率", against),
        ("*效益", "经济效益", "沿街商铺租金收入增长率", "≥8%"),
        (None, "可持续影响", "改造设施长效管护机制", "健全"),
        ("*满意度", "服务对象满意度", "改造片区居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "闵若溪", "0739-6605128", 2024, 12, 2)
    return b


@variant("rx09-renewal-footnotes", (4,), "urban-renewal project, OLD-NAT, 街区微更新: one value "
         "column and a 备注 column; a 注 row inside the table, the header repeated after a page "
         "break, 说明 / 填表说明 under it, a stamp, signature and a date in the year before "
         "(correct)")  # fmt: skip
def rx09() -> Book:
    b, s = project(
        year=2025, name="鹭汀区枫湾片区老旧街区微更新项目", dept="鹭汀区住房和城乡建设局（226）",
        unit="鹭汀区枫湾街道办事处",
        money=[("资金总额", wan(2980), "其中：财政拨款", wan(2180)),
               ("其他资金", wan(800), None, None)],
        goals=["完成枫湾片区46栋沿街建筑立面整治，新增口袋公园3处，更新路灯180盏。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ("产出指标", "数量指标", "立面整治沿街建筑", "≥46栋", None),
        (None, None, "新增口袋公园", "≥3处", None),
        (None, None, "更新改造路灯", "≥180盏", "含智慧灯杆"),
        (None, "质量指标", "立面整治工程验收合格率", "≥98%", None),
        (None, "时效指标", "微更新工程完工时间", "2025年10月31日前", None),
        (None, "成本指标", "立面整治单栋平均成本", "≤38万元/栋", "按设计概算"),
    ])  # fmt: skip
    note(s, "注：以下效益指标以改造完成后三个月的监测数据计算。", 5)
    s.skip()
    indicators(s, head, [
        ("效益指标", "社会效益指标", "片区日均客流量增长率", "≥15%", "比上年同期"),
        (None, None, "受益居民人数", "≥3600人", None),
        (None, "可持续影响指标", "街区长效保洁管理机制", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "片区居民及商户满意度", "≥90%", "问卷调查"),
    ])  # fmt: skip
    note(s, "说明：1.项目资金中的其他资金800万元为上级城市更新补助资金；2.立面整治含屋面防水。", 5)
    note(s, "填表说明：定量指标须写明比较符和计量单位，定性指标按“好、较好、一般、差”分级。", 5)
    stamp(s, "鹭汀区枫湾街道办事处")
    signature(s, "包沁然", "0736-2258641", 2024, 11, 18)
    return b


@variant("rx10-renewal-template-rows", (6, 13), "urban-renewal project, NAT-2021, 老街区更新: "
         "header 预期目标; a template tier-2 left without indicator and a value without a "
         "name")  # fmt: skip
def rx10() -> Book:
    b, s = project(
        year=2025, name="榆塘市南门老街区更新改造项目", dept="榆塘市住房和城乡建设局（318）",
        unit="榆塘市城市更新服务中心",
        money=[("资金总额", wan(2600), "其中：财政拨款", wan(600)),
               ("其他资金（专项债券）", wan(2000), None, None)],
        goals=["改造南门老街区建筑5.6万平方米，新增休憩节点14处，惠及居民2600户。"],
    )  # fmt: skip
    empty = mk("生态环境成本指标", "F109", "warning", row=True,
               note="template tier-2 left with no indicator and no value")  # fmt: skip
    nameless = mk(None, "F110", "error", note="a value (≥14处) without an indicator name")
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("成本指标", "经济成本指标", "老街区改造综合单价", "≤420元/平方米"),
        (None, "社会成本指标", "施工期占道影响时长", "≤90天"),
        (None, empty, None, None),
        ("产出指标", "数量指标", "改造老街区建筑面积", "≥5.6万平方米"),
        (None, None, nameless, "≥14处"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2025年12月20日前"),
        ("效益指标", "社会效益指标", "受益居民户数", "≥2600户"),
        (None, "可持续影响指标", "街区长效管理制度", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "街区居民满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "阮知行", "0736-5103378", 2024, 11, 27)
    return b


DEC4 = "0.0000"


@variant("rx11-renewal-pdf-artefacts", (9,), "urban-renewal project, OLD-NAT, 老旧小区, converted "
         "from PDF: one value column, a detail block below; a number split by a space, an amount "
         "pasted twice and a date serial in a text cell")  # fmt: skip
def rx11() -> Book:
    split = mk("1126.448 2", "X105", "warning", alt=("X103",), note="read as 1126.4482")
    serial = mk("45961", "X104", "warning", note="45961 is 2025-10-31 stored as text")
    b, s = project(
        year=2025, name="苇港县城关镇老旧小区改造项目（2025年第二批）",
        dept="苇港县住房和城乡建设局（503）", unit="苇港县城关镇人民政府", end=serial,
        money=[("资金总额", money(3126.4482, DEC4), "其中：财政拨款", split),
               ("其他资金（专项债券）", money(2000, DEC4), None, None)],
        goals=["改造城关镇老旧小区9个、1460户，10月底前完工，居民满意度达到90%以上。"],
    )  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "改造老旧小区", "≥9个"),
        (None, None, "改造户数", "≥1460户"),
        (None, "质量指标", "改造工程验收合格率", "≥98%"),
        (None, "时效指标", "改造工程完工时间", "2025年10月31日前"),
        (None, "成本指标", "户均改造成本", "≤2.1万元/户"),
        ("效益指标", "社会效益指标", "受益居民人数", "≥4300人"),
        (None, "可持续影响指标", "改造小区物业管理覆盖率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "改造小区居民满意度", "≥90%"),
    ])  # fmt: skip
    twice = mk("2680万2680万", "X106", "error", alt=("B108",), note="2680 pasted twice")
    s.skip()
    s.row("项目资金明细", "明细项目", "金额（万元）", "测算依据", None, None, merge=[(4, 6)])
    top = s.r
    s.row(None, "工程费用", twice, "建安工程量清单", merge=[(4, 6)])
    s.row(None, "工程建设其他费用", money(280, DEC4), "设计、监理、审计等", merge=[(4, 6)])
    s.row(None, "预备费", money(166.4482, DEC4), "按工程费用约6%计列", merge=[(4, 6)])
    s.row(None, "合计", money(3126.4482, DEC4), None, merge=[(4, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    b.file_mark("B102", "error", required=False,
                note="tolerated if the doubled 2680 is read as one number")  # fmt: skip
    return b


@variant("rx12-renewal-header-words", (7, 10), "urban-renewal project, OLD-NAT, 历史街区: a "
         "two-row header (绩效指标 over 一级指标 · 二级指标 · 指标内容, then 绩效标准 and "
         "计量单位), "
         "operators inside 绩效标准, a vacancy rate lowered in 百分点 (correct)")  # fmt: skip
def rx12() -> Book:
    b, s = project(
        W6, year=2025, name="蓼坪区东渡老街历史街区保护更新项目", dept=LP_DEPT,
        unit="蓼坪区东渡街道办事处",
        money=[("资金总额", wan(1880), "其中：财政拨款", wan(880)),
               ("其他资金（专项债券）", wan(1000), None, None)],
        goals=["修缮东渡老街历史建筑12栋，改造街巷路面8600平方米，带动街区商业复苏。"],
    )  # fmt: skip
    s.row("绩效指标", None, None, "绩效标准", "计量单位", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "指标内容", None, None)
    for c in (4, 5):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "修缮历史建筑", "≥12", "栋"),
        (None, None, "改造街巷路面", "≥8600", "平方米"),
        (None, "质量指标", "历史建筑修缮验收合格率", "=100", "%"),
        (None, "时效指标", "修缮工程完工时间", "2025年12月15日前", None),
        (None, "成本指标", "历史建筑单栋修缮成本", "≤85", "万元/栋"),
        (None, None, "街巷路面改造单价", "≤650", "元/平方米"),
        ("效益指标", "经济效益指标", "街区商铺空置率下降", "≥5", "百分点"),
        (None, "社会效益指标", "街区年接待游客量增长率", "≥12", "%"),
        (None, "可持续影响指标", "历史建筑保护档案建档率", "100", "%"),
        ("满意度指标", "服务对象满意度指标", "街区居民满意度", "≥90", "%"),
        (None, None, "游客满意度", "≥88", "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：商铺空置率下降以上年末街区空置率为基数，按百分点计算。", 5)
    signature(s, "司徒映", "0738-4487302", 2025, 1, 6)
    return b

"""Single-year project returns: percent cells typed in Excel, points at two levels, tier labels
as offices write them, direction against operator (be01–be06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout515.common import indicators, new_book, one_year_money, sign, wan
from tests.variants.holdout515.registry import variant
from tests.variants.kit import YUAN, Book, day, mk, money, pct

OPS = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
POINTS = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "指标分值")


@variant(
    "be01-zangyi-yaoyu-percent",
    (1,),
    "project, OLD-NAT, operator and unit columns, "
    "percent cells typed in Excel, 万元 in the number format (correct)",
)
def be01() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="觉木隆乡卫生院藏医药浴服务能力提升项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县觉木隆乡卫生院",
        money=one_year_money(wan(42), wan(34), wan(8)),
        goals=["改造藏医药浴室并新增治疗床位8张，全年开展藏医药浴治疗3200人次以上。"],
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "藏医药浴治疗人次", "≥", 3200, "人次"),
        (None, None, "新增药浴治疗床位", "=", 8, "张"),
        (None, "质量指标", "药浴操作规范合格率", "≥", pct(0.95), "%"),
        (None, None, "药浴相关院内感染发生率", "≤", pct(0.005, "0.0%"), "%"),
        (None, "时效指标", "药浴室改造完成时间", "≤", day(2025, 6, 30), None),
        (None, "成本指标", "药浴单人次材料成本", "≤", 85, "元/人次"),
        ("效益指标", "社会效益指标", "牧区群众就近获得藏医药服务情况", "定性", "明显改善", None),
        (None, "可持续影响指标", "药浴设备持续使用年限", "≥", 5, "年"),
        ("满意度指标", "服务对象满意度指标", "药浴患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "次仁旺姆", "0896-5530217", day(2024, 11, 8))
    return b


@variant(
    "be02-mengyi-zhenggu-percent",
    (1, 12),
    "project, OLD-NAT, operator and unit columns: "
    "a percent cell above 100 and 其他资金 formatted in 元 inside a 万元 block",
)
def be02() -> Book:
    b, s = new_book()
    other = mk(
        money(60000, YUAN),
        "B105",
        "error",
        note="其他资金 shows 60,000.00元 in a 项目资金（万元） block: 6万元 typed in 元",
    )
    project_head(
        s,
        year=2025,
        name="赛音察布苏木卫生院蒙医正骨技术推广项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗赛音察布苏木卫生院",
        money=one_year_money(wan(36), wan(30), other),
        goals=["推广蒙医正骨、温针等适宜技术，培训嘎查医生20人，全年蒙医正骨复位1100例。"],
    )
    b.file_mark(
        "B101",
        "error",
        required=False,
        note="the 元 cell read as 60000 makes 30 + 60000 ≠ 36: follows from the B105",
    )
    indicators(s, OPS, [
        ("产出指标", "数量指标", "蒙医正骨复位例数", "≥", 1100, "例"),
        (None, None, "培训嘎查医生人数", "≥", 20, "人"),
        (None, "质量指标", "蒙医正骨复位合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a 合格率 capped at 100% shows ≥105%")),
        (None, "时效指标", "培训完成时间", "≤", day(2025, 9, 30), None),
        (None, "成本指标", "嘎查医生人均培训费用", "≤", 3000, "元/人"),
        ("效益指标", "社会效益指标", "骨伤患者转诊旗医院比例", "≤", pct(0.15), "%"),
        (None, "可持续影响指标", "掌握正骨技术的嘎查医生留用年限", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "骨伤患者满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "乌云其木格", "0479-6612083", day(2024, 11, 15))
    return b


@variant(
    "be03-zangyi-keshi-points",
    (10,),
    "project, OLD-NAT, tier-1 score column and "
    "indicator score column both adding to 100, a rate raised in 百分点 (correct)",
)
def be03() -> Book:
    b, s = new_book(widths=(14, 10, 16, 30, 16, 10))
    project_head(
        s,
        year=2026,
        name="拉加日乡卫生院藏医科标准化建设项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县拉加日乡卫生院",
        money=one_year_money(wan(60), wan(50), wan(10)),
        goals=["完成藏医科诊室和藏药房标准化改造，藏医门诊量占比提高3个百分点。"],
    )
    indicators(s, POINTS, [
        ("产出指标", 50, "数量指标", "藏医门诊诊疗人次", "≥4500人次", 10),
        (None, None, None, "开展藏医适宜技术项数", "≥6项", 10),
        (None, None, "质量指标", "藏医病历书写合格率", pct(0.92), 10),
        (None, None, "时效指标", "科室设备安装完成及时率", "=100%", 10),
        (None, None, "成本指标", "科室设备购置成本", "≤24万元", 10),
        ("效益指标", 30, "社会效益指标", "藏医门诊量占卫生院门诊量比例", "提高≥3百分点", 10),
        (None, None, None, "患者次均门诊费用下降率", "≥5%", 10),
        (None, None, "可持续影响指标", "藏医科持续运行年限", "≥5年", 10),
        ("满意度指标", 20, "服务对象满意度指标", "门诊患者满意度", "≥90%", 10),
        (None, None, None, "乡村医生进修满意度", "≥88%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "扎西顿珠", "0896-5541906", day(2025, 10, 27))
    return b


@variant(
    "be04-mengyi-points-direction",
    (10, 11),
    "project, OLD-NAT, tier-1 score column against the indicator scores under it, a 发生率 with ≥",
)
def be04() -> Book:
    b, s = new_book(widths=(14, 10, 16, 30, 16, 10))
    project_head(
        s,
        year=2026,
        name="额尔敦希拉苏木卫生院蒙药房规范化建设项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗额尔敦希拉苏木卫生院",
        money=one_year_money(wan(48), wan(40), wan(8)),
        goals=["规范蒙药房调剂流程，配齐常用蒙药制剂，全年调剂蒙药处方9000张。"],
    )
    note = "the indicator scores under this tier-1 add to {}, not the declared {}"
    indicators(s, POINTS, [
        ("产出指标", mk(50, "W103", "error", note=note.format(55, 50)), "数量指标",
         "蒙药处方调剂张数", "≥9000张", 10),
        (None, None, None, "常用蒙药制剂配备品种", "≥40种", 10),
        (None, None, "质量指标", "蒙药饮片调剂差错率", "≤0.5%", 10),
        (None, None, "时效指标", "蒙药房改造完成时间", "2026年7月31日前", 15),
        (None, None, "成本指标", "蒙药房改造成本", "≤30万元", 10),
        ("效益指标", mk(30, "W103", "error", note=note.format(25, 30)), "社会效益指标",
         "蒙药不良反应发生率",
         mk("≥1%", "T108", "warning", row=True, note="a 发生率 is 反向 and wants ≤"), 10),
        (None, None, "可持续影响指标", "蒙药房管理制度健全程度", "健全", 15),
        ("满意度指标", 20, "服务对象满意度指标", "取药患者满意度", "≥90%", 10),
        (None, None, None, "临床医师对蒙药供应满意度", "≥85%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    s.row("合计", 100, None, None, None, 100)
    sign(s, "那顺巴雅尔", "0479-6627714", day(2025, 11, 3))
    return b


@variant(
    "be05-zangyi-decorated-labels",
    (5,),
    "project, NAT-2021, tier labels numbered with "
    "points (一、产出指标（40分）, （一）数量指标), abbreviated and marked ★ (correct)",
)
def be05() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2025,
        name="达日朗乡卫生院藏医特色诊疗能力提升项目",
        dept="娘曲县卫生健康局（418006）",
        unit="娘曲县达日朗乡卫生院",
        money=one_year_money(wan(28), wan(28), wan(0)),
        goals=["开展藏医特色诊疗2600人次以上，藏医师12人完成规范化培训。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标（40分）", "（一）数量指标", "★藏医特色诊疗人次", "≥2600人次"),
        (None, None, "藏药院内协定处方使用种数", "≥15种"),
        (None, None, "完成规范化培训的藏医师人数", "≥12人"),
        (None, "（二）质量", "藏医师规范化培训考核合格率", "≥90%"),
        (None, "（三）时效", "诊疗设备到位时间", "2025年9月30日前"),
        ("二、成本指标（20分）", "（一）经济成本指标", "藏医师人均培训成本", "≤3000元/人"),
        (None, "（二）社会成本", "设备安装期间停诊天数", "≤10天"),
        ("三、效益指标（30分）", "（一）社会效益指标", "牧区群众藏医药服务覆盖率", "≥85%"),
        (None, "（二）可持续影响", "藏医特色诊疗持续开展年限", "≥3年"),
        ("四、满意度指标（10分）", "服务对象满意度", "★就诊群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "格桑卓玛", "0896-5573320", day(2024, 12, 2))
    return b


@variant(
    "be06-mengyi-direction-words",
    (5, 11),
    "project, OLD-NAT, abbreviated tier labels, "
    "指标性质 as direction and 指标方向 as word operators, bare numbers with a unit column: "
    "a 正向 count with 小于等于 and a waiting time with 大于等于",
)
def be06() -> Book:
    b, s = new_book()
    project_head(
        s,
        year=2026,
        name="巴彦乌苏苏木卫生院蒙医适宜技术推广项目",
        dept="呼和温都旗卫生健康委员会（207113）",
        unit="呼和温都旗巴彦乌苏苏木卫生院",
        money=one_year_money(wan(45), wan(38), wan(7)),
        goals=["推广蒙医适宜技术8项，培训嘎查医生20人，蒙医诊疗5200人次以上。"],
    )
    warn = "a {} indicator with the operator {}"
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标性质", "指标方向", "指标值",
                   "计量单位"), [
        ("产出", "数量", "推广蒙医温针、正骨等适宜技术项数", "正向",
         mk("小于等于", "T108", "warning", row=True, note=warn.format("正向", "≤")), 8, "项"),
        (None, None, "蒙医诊疗人次", "正向", "大于等于", 5200, "人次"),
        (None, None, "培训嘎查医生人数", "正向", "大于等于", 20, "人"),
        (None, "质量", "蒙药饮片调剂差错率", "反向", "小于等于", pct(0.005, "0.0%"), "%"),
        (None, "时效", "患者平均候诊时间", "反向",
         mk("大于等于", "T108", "warning", row=True, note=warn.format("反向", "≥")), 30, "分钟"),
        (None, "成本", "嘎查医生人均培训费用", "反向", "小于等于", 2500, "元/人"),
        ("效益", "社会效益", "苏木群众蒙医药知晓率", "正向", "大于等于", pct(0.8), "%"),
        ("满意度", "服务对象满意度", "就诊牧民满意度", "正向", "大于等于", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "宝力德", "0479-6654128", day(2025, 11, 12))
    return b

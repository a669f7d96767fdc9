"""ys07–ys12: children's violin lessons (小提琴) in community music rooms: multi-year projects
with 中期 and 年度 columns, department flat lists, template rows, other header words."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout451.common import (
    DEPT,
    HALL,
    PALACE,
    YEAR,
    note,
    sign,
    start,
    table,
    wan,
)
from tests.variants.holdout451.registry import variant
from tests.variants.kit import Book, day, mk, pct

HM = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant(
    "ys07-violin-three-years",
    (8,),
    "three-year project 2025–2027, NAT-2021, 中期 and 年度 "
    "value columns, annual counts below the period counts, rates equal (correct)",
)
def ys07() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区音乐教室少儿小提琴普及",
        dept=DEPT,
        unit=PALACE,
        years=3,
        attr="新增项目",
        money=[
            ["中期资金总额", wan(150), "年度资金总额", wan(50)],
            ["其中：财政拨款", wan(135), "其中：财政拨款", wan(45)],
            ["其他资金", wan(15), "其他资金", wan(5)],
        ],
        goals=[
            "三年内在9个社区音乐教室建成小提琴普及班，累计培养少儿学员不少于540人。",
            "本年在3个社区音乐教室开班，培养少儿学员不少于180人。",
        ],
    )
    table(s, HM, [
        ("产出指标", "数量指标", "开设小提琴普及班的社区音乐教室", "≥9个", "≥3个"),
        (None, None, "培养少儿学员人数", "≥540人", "≥180人"),
        (None, "质量指标", "学员结业演奏考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "普及班按期开班率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每名学员年度课程成本", "≤2500元/人", "≤2500元/人"),
        ("效益指标", "社会效益指标", "社区少儿弦乐展演场次", "≥9场", "≥3场"),
        (None, "可持续影响指标", "结业后继续学琴学员比例", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁遥川", "0739-6631207")
    return b


@variant(
    "ys08-violin-period-copied",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "two cumulative counts copied into the annual column, one annual count above its period",
)
def ys08() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="少儿小提琴社区乐团培育",
        dept=DEPT,
        unit=PALACE,
        years=3,
        attr="新增项目",
        money=[
            ["中期资金总额", wan(120), "年度资金总额", wan(40)],
            ["其中：财政拨款", wan(108), "其中：财政拨款", wan(36)],
            ["其他资金", wan(12), "其他资金", wan(4)],
        ],
        goals=[
            "三年内组建3支社区少儿小提琴乐团，累计授课不少于2400课时。",
            "本年组建1支社区少儿小提琴乐团，授课不少于800课时。",
        ],
    )
    copied = "累计数照抄实施期值：年度值应小于三年的实施期值"
    table(s, HM, [
        ("产出指标", "数量指标", "组建社区少儿小提琴乐团", "≥3支", "≥1支"),
        (None, None, "乐团集体课授课课时", "≥2400课时",
         mk("≥2400课时", "D202", "warning", note=copied)),
        (None, None, "乐团少儿团员人数", "≥300人", mk("≥300人", "D202", "warning", note=copied)),
        (None, "质量指标", "团员分级考核合格率", "≥90%", "≥90%"),
        (None, "时效指标", "乐团按期组建率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每名团员年度培养成本", "≤1200元/人", "≤1200元/人"),
        ("效益指标", "社会效益指标", "社区公益演出场次", "≥9场",
         mk("≥12场", "D201", "error", note="年度 12 场超过三年合计 9 场")),
        ("满意度指标", "服务对象满意度指标", "团员家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁遥川", "0739-6631207")
    return b


@variant(
    "ys09-violin-flat-department",
    (3, 1),
    "department, flat list (指标名称 · 权重 · 计量单位 "
    "· 指标性质 as operator · 指标值), percent cells, a 下降率 with ≥, weights 100 (correct)",
)
def ys09() -> Book:
    b, s = start(widths=(30, 16, 14, 14, 14, 14))
    department_head(
        s,
        year=YEAR,
        dept=HALL,
        budget=[[wan(186), wan(160), wan(26), wan(66), wan(120)]],
        goal="办好社区音乐教室少儿小提琴和钢琴课，全年授课不少于4000课时。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "权重", "计量单位", "指标性质", "指标值"), [
        ("社区音乐教室少儿器乐授课课时", 20, "课时", "≥", 4000),
        ("少儿小提琴学员人数", 15, "人", "≥", 220),
        ("少儿钢琴学员人数", 15, "人", "≥", 260),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("学员中途退课下降率", 10, "%", "≥", pct(0.1)),
        ("琴房安全责任事故", 5, "起", "≤", 0),
        ("学员家长满意度", 20, "%", "≥", pct(0.9)),
    ], merged=())  # fmt: skip
    note(s, "注：学员中途退课下降率 = （上年退课率 − 本年退课率）÷ 上年退课率。", 5)
    sign(s, "葛洛宁", "0739-6640312")
    return b


@variant(
    "ys10-violin-flat-defects",
    (3, 11),
    "department, flat list in another order (指标名称 · "
    "指标值 · 指标方向 · 计量单位 · 权重): a unit conflict, ≥ on a 反向 rate, weights 95",
)
def ys10() -> Book:
    b, s = start(widths=(30, 16, 14, 14, 14, 14))
    department_head(
        s,
        year=YEAR,
        dept=HALL,
        budget=[[wan(150), wan(130), wan(20), wan(60), wan(90)]],
        goal="在社区音乐教室开设少儿小提琴公益课，全年受益学员不少于200人。",
    )
    s.row("年度绩效指标", merge=[(1, 5)])
    table(s, ("指标名称", "指标值", "指标方向", "计量单位", "权重"), [
        ("少儿小提琴公益课授课课时", "≥1600", "正向", "课时", 20),
        ("公益课受益学员", mk("≥12万元", "T112", "error", alt=("D104",),
                               note="数量指标写万元，计量单位列却是人"), "正向", "人", 15),
        ("学员结业演奏合格率", "≥90", "正向", "%", 15),
        ("租借乐器损坏率", "≥2", mk("反向", "T108", "warning", row=True,
                                    note="反向指标却写 ≥"), "%", 10),
        ("每名学员乐器租借成本", "≤600", "反向", "元/人", 15),
        ("学员家长满意度", "≥90", "正向", "%", 20),
    ], merged=())  # fmt: skip
    b.file_mark("W101", "error", note="权重 20+15+15+10+15+20 = 95，应为 100")
    sign(s, "葛洛宁", "0739-6640312")
    return b


@variant(
    "ys11-violin-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 "
    "left from the template without an indicator, a value without a name",
)
def ys11() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="社区音乐教室小提琴暑期班",
        dept=DEPT,
        unit=PALACE,
        money=[
            ["中期资金总额", wan(16), "年度资金总额", wan(16)],
            ["其中：财政拨款", wan(16), "其中：财政拨款", wan(16)],
            ["其他资金", wan(0), "其他资金", wan(0)],
        ],
        start=day(YEAR, 7, 1),
        end=day(YEAR, 8, 31),
        goals=["暑期在4个社区音乐教室开设少儿小提琴班，授课不少于640课时。"],
    )
    table(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "暑期班授课课时", "≥640课时"),
        (None, None, mk(None, "F110", "error", note="填了指标值，三级指标名称却空着"), "≥40场"),
        (None, "质量指标", "结课汇报演奏合格率", "≥90%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), "", ""),
        ("成本指标", "经济成本指标", "每课时授课成本", "≤200元/课时"),
        ("效益指标", "社会效益指标", "参加结课汇报演出少儿", "≥80人"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "祁遥川", "0739-6631207", day(YEAR, 5, 12))
    return b


@variant(
    "ys12-violin-content-standard",
    (7, 4),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, "
    "a 注 row between tiers, 填表说明 and signature lines below (correct)",
)
def ys12() -> Book:
    b, s = start(widths=(16, 16, 30, 18, 22, 10))
    project_head(
        s,
        year=YEAR,
        name="少儿小提琴进社区音乐教室",
        dept=DEPT,
        unit=PALACE,
        money=[
            ["中期资金总额", wan(22), "年度资金总额", wan(22)],
            ["其中：财政拨款", wan(20), "其中：财政拨款", wan(20)],
            ["其他资金", wan(2), "其他资金", wan(2)],
        ],
        goals=["在3个社区音乐教室开设少儿小提琴课，全年授课不少于1100课时。"],
    )
    table(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ("产出指标", "数量指标", "小提琴课授课课时", "≥1100课时", "每周约22课时"),
        (None, None, "受益少儿学员", "≥90人", ""),
        (None, "质量指标", "学员期末演奏考核合格率", "≥90%", ""),
        (None, "时效指标", "春秋两季按期开课率", "≥95%", ""),
        (None, "成本指标", "每课时授课成本", "≤180元/课时", "含教师课酬"),
    ])  # fmt: skip
    note(s, "注：效益和满意度指标按区文旅局统一口径填写。", 5)
    s.table([
        ("效益指标", "社会效益指标", "社区少儿弦乐汇报演出", "≥4场", ""),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", ""),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：1.指标值须含比较符和计量单位；2.金额单位为万元。", 5)
    sign(s, "祁遥川", "0739-6631207")
    return b

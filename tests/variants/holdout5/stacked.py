"""Two projects stacked in one sheet, each with its own head block and indicator table: from a
primary school (correct) and a township government (with defects)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout5.common import notes, signature
from tests.variants.holdout5.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk

W = (16, 18, 28, 18, 18, 14)
HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "备注", None)


@variant(
    "g10-stacked-school-ok",
    (2,),
    "two projects stacked in one sheet, OLD-NAT, one value "
    "column; the same indicator name with different values in the two projects, cost "
    "standard × area equal to the money",
)
def g10() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="学生营养改善计划", dept="梧川县教育局",
        unit="梧川县柳溪乡中心小学", attr="常年项目",
        money=[("年度资金总额", 58.32, "其中：财政拨款", 58.32), ("其他资金", 0, None, None)],
        goals=["为648名在校学生提供营养膳食补助，全年供餐180天以上。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "受益学生人数", "≥648人", None),
        (None, None, "营养餐供餐天数", "≥180天", None),
        (None, "质量指标", "食品留样检查合格率", "100%", None),
        (None, "时效指标", "补助资金按月拨付率", "100%", None),
        (None, "成本指标", "每生每天膳食补助标准", "≤5元/人·天", None),
        ("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", None),
        ("满意度指标", "服务对象满意度指标", "受益学生满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip(2)
    project_head(
        s, year=2026, name="校舍维修改造", dept="梧川县教育局", unit="梧川县柳溪乡中心小学",
        attr="一次性项目", start=day(2026, 6, 1), end=day(2026, 8, 31),
        title="2026年度项目支出绩效目标申报表（续）",
        money=[("年度资金总额", 45.00, "其中：财政拨款", 40.00), ("其他资金", 5.00, None, None)],
        goals=["利用暑假维修教学楼屋面和外墙1200平方米，消除校舍安全隐患。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "维修校舍面积", "≥1200平方米", None),
        (None, "质量指标", "维修工程验收合格率", "100%", None),
        (None, "时效指标", "工程完工时间", "2026年8月31日前", "暑假期间施工"),
        (None, "成本指标", "单位面积维修成本", "≤375元/平方米", None),
        ("效益指标", "社会效益指标", "校舍安全隐患", "有效消除", None),
        (None, "可持续影响指标", "校舍使用年限延长", "≥10年", None),
        ("满意度指标", "服务对象满意度指标", "受益学生满意度", "≥85%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注：两个项目分别申报，金额单位为万元。"])
    signature(s, filler="麻晓芸", checker="杨再兴", phone="0739-5281409",
              filled=day(2025, 11, 17, CN_DATE))  # fmt: skip
    return b


@variant(
    "g11-stacked-township-defects",
    (2,),
    "two projects stacked in one sheet, OLD-NAT: the "
    "first without 满意度指标, the second with last year's completion date and one indicator "
    "entered twice with different values",
)
def g11() -> Book:  # fmt: skip
    b = Book()
    s = b.sheet("Sheet1", W)
    project_head(
        s, year=2026, name="农村公路日常养护", dept="梧川县交通运输局",
        unit="梧川县青石镇人民政府", attr="常年项目",
        money=[("年度资金总额", 96.00, "其中：财政拨款", 96.00), ("其他资金", 0, None, None)],
        goals=["对全镇126公里农村公路开展日常养护，路况优良率保持在80%以上。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "养护农村公路里程", "≥126公里", None),
        (None, "质量指标", "路况优良率", "≥80%", None),
        (None, "时效指标", "路面坑槽修补时限", "≤7天", None),
        (None, "成本指标", "每公里年养护成本", "≤7500元/公里", None),
        ("效益指标", "社会效益指标", "群众出行条件", "明显改善", None),
        (None, "可持续影响指标", "农村公路管护机制", "长效运行", None),
    ], merged=(1, 2))  # fmt: skip
    b.file_mark("F106", "error", note="the first project has no 满意度指标")
    s.skip(2)
    project_head(
        s, year=2026, name="乡村保洁服务", dept="梧川县农业农村局", unit="梧川县青石镇人民政府",
        attr="常年项目", title="2026年度项目支出绩效目标申报表",
        end=mk(day(2025, 12, 31), "Y102", "error", alt=("Y104",),
               note="last year's completion date in a 2026 table"),
        money=[("年度资金总额", 84.00, "其中：财政拨款", 80.00), ("其他资金", 4.00, None, None)],
        goals=["全镇118个村组保洁全覆盖，垃圾日产日清。"],
    )  # fmt: skip
    s.row(*HEAD)
    s.table([
        ("产出指标", "数量指标", "保洁覆盖村组", "≥118个", None),
        (None, None, "配备保洁员", "≥64人", None),
        (None, "质量指标", "垃圾日产日清率", "≥95%", None),
        (None, None, mk("垃圾日产日清率", "D102", "error", row=True, alt=("D101", "D103"),
                        note="the same indicator twice, 95% and 98%"), "≥98%", None),
        (None, "成本指标", "保洁员人均年报酬", "≤12000元/人", None),
        ("效益指标", "生态效益指标", "村庄环境卫生", "明显改善", None),
        ("满意度指标", "服务对象满意度指标", "村民满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    return b

"""Returns on 防溺水宣传教育 and 游泳技能培训 (uc01–uc06): percent cells, flat lists, a
multi-year training project, points at two levels."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout331.common import department, indicators, project, start, wan
from tests.variants.holdout331.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")


@variant(
    "uc01-typed-percent",
    (1,),
    "project, OLD-NAT, operator column (指标性质) and unit column, "
    "percentages typed in Excel, =100% on a 及时率, 万元 in the number format (correct)",
)
def uc01() -> Book:
    b, s = start()
    project(
        s,
        name="蔺湾县中小学防溺水宣传教育项目",
        dept="蔺湾县教育局（301）",
        unit="蔺湾县中小学安全教育中心",
        total=48,
        fin=45,
        other=3,
        goal="覆盖全县62所中小学开展防溺水专题教育，学生防溺水知识知晓率达到96%以上。",
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "防溺水专题宣传课覆盖学校", "≥", 62, "所"),
        (None, None, "发放《致家长的一封信》", "≥", 38000, "份"),
        (None, "质量指标", "学生防溺水知识测试合格率", "≥", pct(0.95), "%"),
        (None, None, "家长告知书回执签收率", "≥", pct(0.98), "%"),
        (None, "时效指标", "宣传资料发放及时率", "=", pct(1), "%"),
        (None, "成本指标", "宣传资料印制单价", "≤", 0.6, "元/份"),
        ("效益指标", "社会效益指标", "学生防溺水安全知识知晓率", "≥", pct(0.96), "%"),
        (None, "可持续影响指标", "家校联动防溺水机制", None, "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant(
    "uc02-percent-over",
    (1, 11),
    "project, OLD-NAT, operator and unit columns, typed "
    "percentages: a pass rate typed as 105% and an accident rate with ≥",
)
def uc02() -> Book:
    b, s = start()
    project(
        s,
        name="潆水区青少年游泳技能培训项目",
        dept="潆水区文化体育局（412）",
        unit="潆水区青少年业余体育学校",
        total=66,
        fin=60,
        other=6,
        goal="暑期为1800名青少年开展游泳及自救技能培训，培训考核合格率达到95%以上。",
    )
    indicators(s, OP_HEAD, [
        ("产出指标", "数量指标", "参训青少年人数", "≥", 1800, "人"),
        (None, None, "开设培训班期数", "≥", 45, "期"),
        (None, "质量指标", "培训考核合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate cannot exceed 100% (105% typed)"), "%"),
        (None, None, "学员训练伤害事故发生率",
         mk("≥", "T108", "warning", row=True, note="an accident rate is 反向: ≤ expected"),
         pct(0.01), "%"),
        (None, "时效指标", "暑期培训完成时间", "≤", day(2025, 8, 31), None),
        (None, "成本指标", "人均培训成本", "≤", 320, "元/人"),
        ("效益指标", "社会效益指标", "参训学员自救技能掌握率", "≥", pct(0.9), "%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", pct(0.92), "%"),
    ])  # fmt: skip
    return b


@variant(
    "uc03-flat-department",
    (3,),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), a 下降率 with ≥, 0 incidents, weights add to 100 (correct)",
)
def uc03() -> Book:
    b, s = start()
    department(
        s,
        dept="楮山市芗溪区教育体育局",
        budget=[(wan(260), wan(240), wan(20), wan(150), wan(110))],
        goal="全区中小学生防溺水教育全覆盖，组织3200名学生参加游泳技能普及培训。",
        tasks=[
            ("游泳技能普及培训", "委托公共泳池分批培训", money(96), "培训3200人"),
            ("防溺水宣传教育", "专题课、告知书、知识竞赛", money(14), "全覆盖"),
            ("金额合计", None, money(110), None),
        ],
    )
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("每学期防溺水专题教育课时", 10, "课时", "≥", 4),
        ("中小学生游泳技能普及培训人数", 15, "人", "≥", 3200),
        ("学生游泳技能达标率", 15, "%", "≥", pct(0.85)),
        ("防溺水家长告知书签收率", 10, "%", "≥", pct(0.98)),
        ("学生溺水死亡事故起数", 10, "起", "≤", 0),
        ("涉水警情下降率", 10, "%", "≥", 15),
        ("游泳培训人均成本", 10, "元/人", "≤", 300),
        ("学生家长满意度", 10, "%", "≥", 92),
        ("防溺水安全知识知晓率", 10, "%", "≥", pct(0.95)),
    ])  # fmt: skip
    return b


@variant(
    "uc04-flat-defects",
    (3,),
    "department, flat list (指标名称 · 指标值 · 指标性质 as "
    "direction · 计量单位 · 权重): an amount where the unit column says 块, weights 95",
)
def uc04() -> Book:
    b, s = start()
    department(
        s,
        dept="蔺湾县教育局",
        budget=[(wan(180), wan(170), wan(10), wan(95), wan(85))],
        goal="开展防溺水主题班会、知识竞赛和校园宣传，学生防溺水意识明显增强。",
    )
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("防溺水主题班会覆盖班级数", "≥460个", "正向", "个", 15),
        ("宣传展板制作数量",
         mk("6万元", "T112", "error", note="万元 against unit column 块"), "正向", "块", 10),
        ("防溺水安全知识竞赛参与学生", "≥5200人", "正向", "人", 15),
        ("安全教育平台专题学习完成率", "≥95%", "正向", "%", 15),
        ("学生涉水事故发生率", "≤0.02%", "反向", "%", 10),
        ("宣传品采购单价", "≤12元/份", "反向", "元/份", 10),
        ("防溺水教育长效机制", "健全", "正向", None, 10),
        ("学生家长满意度", "≥90%", "正向", "%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="weights add to 95, not 100")
    return b


@variant(
    "uc05-swim-three-years",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "中期目标 text copied into 年度目标, an annual count above its period count",
)
def uc05() -> Book:
    b, s = start()
    text = "三年内为3600名中小学生提供游泳技能培训，防溺水安全教育进校园不少于90场。"
    project_head(
        s,
        year=2025,
        years=3,
        name="楮山市中小学生游泳技能提升三年行动",
        dept="楮山市教育局（205）",
        unit="楮山市学生体育协会",
        attr="新增项目",
        money=[
            ("中期资金总额", wan(360), "年度资金总额", wan(120)),
            ("其中：财政拨款", wan(330), "其中：财政拨款", wan(110)),
            ("其他资金", wan(30), "其他资金", wan(10)),
        ],
        goals=[text, mk(text, "D204", "warning", note="年度目标 copied from 中期目标")],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "游泳技能培训学生人数", "≥3600人", "≥1200人"),
        (None, None, "防溺水安全教育进校园场次", "≥90场",
         mk("≥150场", "D201", "error", note="annual 150 above the three-year 90")),
        (None, "质量指标", "培训学生游泳技能达标率", "≥85%", "≥85%"),
        (None, "时效指标", "暑期培训完成时间", "每年8月31日前", "2025年8月31日前"),
        ("成本指标", "经济成本指标", "学员人均培训成本", "≤350元/人", "≤350元/人"),
        ("效益指标", "社会效益指标", "学生自救自护能力", "显著提升", "有所提升"),
        (None, "可持续影响指标", "校园游泳培训长效机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "uc06-points-two-levels",
    (10,),
    "project, NAT-2021, tier-1 score column and indicator "
    "score column both adding to 100, a rate raised in 百分点, a 合计 row (correct)",
)
def uc06() -> Book:
    b, s = start(widths=(14, 10, 16, 30, 18, 10))
    project(
        s,
        name="楮山市中小学生防溺水“安全第一课”项目",
        dept="楮山市教育局（205）",
        unit="楮山市教育科学研究院",
        total=65,
        fin=60,
        other=5,
        goal="开展防溺水专题课120场，培训教师480人，学生游泳技能达标率较上年提高5个百分点。",
    )
    words = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "指标分值")
    indicators(s, words, [
        ("产出指标", 40, "数量指标", "专题安全教育课开展场次", "≥120场", 10),
        (None, None, None, "参训教师人数", "≥480人", 10),
        (None, None, "质量指标", "教师防溺水急救培训考核合格率", "≥95%", 10),
        (None, None, "时效指标", "专题课完成时间", "2025年6月20日前", 10),
        ("成本指标", 10, "经济成本指标", "每场专题课成本", "≤1500元/场", 10),
        ("效益指标", 30, "社会效益指标", "学生游泳技能达标率较上年提高", "≥5百分点", 15),
        (None, None, None, "学生防溺水知识知晓率", "≥95%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "学生满意度", "≥90%", 10),
        (None, None, None, "家长满意度", "≥90%", 10),
        ("合计", 100, "", "", "", 100),
    ], merged=(1, 2, 3))  # fmt: skip
    return b

"""Multi-year project returns of the 171st held-out corpus (ny07–ny10): 中期 and 年度 money
in a 资金来源（万元） block under a head in 元, 中期 and 年度 goals over numbered rows, a 中期
value column beside 目标值（2026年）."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout171.common import (
    VALUE,
    YEAR,
    funds_wan,
    goals3,
    indicators,
    project_vhead,
    review,
    tier,
)
from tests.variants.holdout171.registry import variant
from tests.variants.kit import Book, day, mk, money

END3 = YEAR + 2
END2 = YEAR + 1


@variant(
    "ny07-farmland-three-years",
    (8, 5),
    (
        "three-year project, NAT-2021, head down A and B in 元, 资金来源 in 万元 by 中期 and "
        "年度, numbered 中期 and 年度 goals, 一级/二级/三级 headers, 中期 beside "
        "目标值（2026年）"
    ),
)
def ny07() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (20, 18, 30, 20, 20))
    project_vhead(
        s, title=f"澄川县{YEAR}年度项目支出绩效目标表", name="高标准农田建设",
        code="CCX-NY-2026-003", dept="澄川县农业农村局", unit="澄川县农田建设服务中心",
        person="闻禾生", phone="0739-6230851", attr="新增项目", sector="农林水",
        place="澄川县东部五个乡镇", total=36_000_000, fiscal=30_000_000, other=6_000_000,
        annual=12_000_000, years=3,
        summary="分三年建成高标准农田，配套灌排渠道、田间道路和农田防护设施。",
        basis="《澄川县高标准农田建设规划》", filled=day(YEAR - 1, 10, 20),
        width=5)  # fmt: skip
    funds_wan(s, [("财政拨款", 3000, 1000), ("其他资金", 600, 200), ("合计", 3600, 1200)],
              periods=True)  # fmt: skip
    goals3(s, f"中期目标（{YEAR}—{END3}年）", [
        "1.建成高标准农田不少于12000亩，新建改造灌排渠道不少于60公里；",
        "2.工程验收合格率98%以上，项目区灌溉节水率达到10%以上；",
        f"3.{END3}年底前全面完成建设任务，项目区粮食亩均增产50公斤以上。",
    ], width=5)  # fmt: skip
    goals3(s, "年度目标", [
        "1.建成高标准农田不少于4000亩，新建改造灌排渠道不少于20公里；",
        "2.当年工程验收合格率98%以上；",
        f"3.{YEAR}年底前完成首批片区建设并交付使用。",
    ], width=5)  # fmt: skip
    s.skip()
    head = ("一级", "二级", "三级", "中期指标值", VALUE)
    indicators(s, head, [
        ("成本指标", "经济成本指标", "亩均建设成本", "≤2800元/亩", "≤2800元/亩"),
        ("产出指标", "数量指标", "建成高标准农田", "≥12000亩", "≥4000亩"),
        (None, None, "新建改造灌排渠道", "≥60公里", "≥20公里"),
        (None, "质量指标", "工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "建设任务完成时间", f"{END3}年12月31日前", f"{YEAR}年12月31日前"),
        ("效益指标", "经济效益指标", "项目区粮食亩均增产", "≥50公斤", "≥50公斤"),
        (None, "生态效益指标", "项目区农田灌溉节水率", "≥10%", "≥10%"),
        (None, "可持续影响指标", "工程设计使用年限", "≥15年", "≥15年"),
        ("满意度指标", "服务对象满意度指标", "项目区农户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="车继农", reviewer="包云舒", when=f"{YEAR - 1}年10月30日", width=5)
    return b


@variant(
    "ny08-school-mind-two-years-weights",
    (8, 10),
    (
        "two-year project, OLD-NAT, six-column head in 万元, unit column, 实施期 and 年度 "
        "columns, 权重（分） with tier-1 rows carrying their own score"
    ),
)
def ny08() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 10, 14, 14, 10))
    project_head(
        s, year=YEAR, years=2, name="中小学心理健康服务", dept="青梧市教育局（305001）",
        unit="青梧市中小学心理健康教育指导中心", attr="新增项目",
        money=[("中期资金总额", money(560), "年度资金总额", money(280)),
               ("其中：财政拨款", money(480), "其中：财政拨款", money(240)),
               ("其他资金", money(80), "其他资金", money(40))],
        goals=[f"两年内培训心理健康教师600人次，完成学生心理健康筛查8万人次，心理辅导室达标率90%，"
               f"{END2}年底前形成覆盖全市中小学的心理健康工作机制。",
               "培训心理健康教师300人次，完成学生心理健康筛查4万人次，心理辅导室达标率80%。"],
        title=f"青梧市{YEAR}年度项目支出绩效目标申报表")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "计量单位", "实施期指标值", "年度指标值",
            "权重（分）")  # fmt: skip
    indicators(s, head, [
        tier("产出指标", 60, 3),
        (None, "数量指标", "心理健康教师培训", "人次", "≥600", "≥300", 15),
        (None, None, "学生心理健康筛查", "人次", "≥80000", "≥40000", 15),
        (None, "质量指标", "心理辅导室标准化建设达标率", "%", "≥90", "≥80", 10),
        (None, "时效指标", "筛查结果反馈时限", "工作日", "≤10", "≤10", 10),
        (None, "成本指标", "教师培训人均成本", "元/人次", "≤1500", "≤1500", 10),
        tier("效益指标", 30, 3),
        (None, "社会效益指标", "心理危机个案干预成功率", "%", "≥95", "≥95", 15),
        (None, "可持续影响指标", "心理健康工作机制覆盖学校比例", "%", "≥95", "≥90", 15),
        tier("满意度指标", 10, 3),
        (None, "服务对象满意度指标", "学生及家长满意度", "%", "≥90", "≥90", 10),
    ], caption=None)  # fmt: skip
    s.row("说明：一级指标分值为其下三级指标分值之和，合计100分。", merge=[(1, 7)])
    return b


@variant(
    "ny09-river-annual-above-period",
    (8, 11),
    (
        "three-year project, NAT-2021, head down A and B in 元, 资金来源 in 万元 by period: an "
        "annual dredging volume above its 中期 volume, ≥ on a 反向 rate"
    ),
)
def ny09() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (20, 18, 30, 20, 20))
    project_vhead(
        s, title=f"枫岭区{YEAR}年度项目支出绩效目标表", name="白沙河生态修复",
        code="FL-SL-2026-011", dept="枫岭区水务局", unit="枫岭区河道管理所",
        person="苗泽川", phone="0731-8419263", attr="新增项目", sector="节能环保",
        place="白沙河枫岭段", total=24_000_000, fiscal=20_000_000, other=4_000_000,
        annual=9_000_000, years=3,
        summary="分三年对白沙河枫岭段实施清淤疏浚、生态护岸建设和水面保洁。",
        basis="《枫岭区河湖生态保护规划》", filled=day(YEAR - 1, 10, 25),
        width=5)  # fmt: skip
    funds_wan(s, [("财政拨款", 2000, 750), ("其他资金", 400, 150), ("合计", 2400, 900)],
              periods=True)  # fmt: skip
    goals3(s, f"中期目标（{YEAR}—{END3}年）", [
        "1.建设生态护岸不少于18公里，清淤疏浚不少于45万立方米；",
        "2.河道断面水质达标率达到90%以上；",
        "3.防洪能力达到二十年一遇标准。",
    ], width=5)  # fmt: skip
    goals3(s, "年度目标", [
        "1.建设生态护岸不少于6公里，完成首期清淤疏浚；",
        "2.河道断面水质达标率达到85%以上；",
        f"3.{YEAR}年11月底前完成当年工程。",
    ], width=5)  # fmt: skip
    s.skip()
    head = ("一级", "二级", "三级", "中期指标值", VALUE)
    indicators(s, head, [
        ("成本指标", "经济成本指标", "护岸每公里综合造价", "≤120万元/公里", "≤120万元/公里"),
        ("产出指标", "数量指标", "生态护岸建设", "≥18公里", "≥6公里"),
        (None, None, "河道清淤疏浚量", "≥45万立方米",
         mk("≥52万立方米", "D201", "error", note="one year cannot dredge more than three")),
        (None, "质量指标", "护岸工程验收合格率", "≥98%", "≥98%"),
        (None, "时效指标", "年度工程完工时间", f"{END3}年11月30日前", f"{YEAR}年11月30日前"),
        ("效益指标", "生态效益指标", "河道断面水质达标率", "≥90%", "≥85%"),
        (None, None, "河道水面漂浮物超标率", "≥5%",
         mk("≥5%", "T108", "warning", row=True, note="a 反向 rate with ≥ (both columns)")),
        (None, "社会效益指标", "沿河防洪标准重现期", "≥20年", "≥20年"),
        ("满意度指标", "服务对象满意度指标", "沿河群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="尚涛", reviewer="詹若水", when=f"{YEAR - 1}年11月4日", width=5)
    return b


@variant(
    "ny10-archive-digitising-two-years",
    (8, 5),
    (
        "two-year project, OLD-NAT, head down A and B in 元, 资金来源 in 万元 by period, "
        "一级/二级/三级 headers with 实施期 and 目标值（2026年）, 审核意见 with signatures"
    ),
)
def ny10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (20, 18, 30, 20, 20))
    project_vhead(
        s, title=f"青梧市{YEAR}年度项目支出绩效目标表", name="馆藏档案数字化",
        code="QW-DA-2026-002", dept="青梧市档案局", unit="青梧市档案馆",
        person="史墨林", phone="0728-3312746", attr="新增项目", sector="一般公共服务",
        place="青梧市档案馆", total=4_200_000, fiscal=4_200_000, other=0,
        annual=2_600_000, years=2,
        summary="分两年对馆藏纸质档案进行数字化扫描、图像处理和目录著录。",
        basis="《青梧市档案事业发展规划》", filled=day(YEAR - 1, 11, 1),
        width=5)  # fmt: skip
    funds_wan(s, [("财政拨款", 420, 260), ("其他资金", 0, 0), ("合计", 420, 260)],
              periods=True)  # fmt: skip
    goals3(s, f"中期目标（{YEAR}—{END2}年）", [
        "1.完成馆藏档案数字化不少于120万画幅，著录条目不少于30万条；",
        "2.数字化图像抽检合格率99%以上；",
        f"3.{END2}年10月底前完成全部成果验收。",
    ], width=5)  # fmt: skip
    goals3(s, "年度目标", [
        "1.完成馆藏档案数字化不少于70万画幅，著录条目不少于18万条；",
        "2.数字化图像抽检合格率99%以上；",
        f"3.{YEAR}年12月20日前完成一期成果验收。",
    ], width=5)  # fmt: skip
    s.skip()
    head = ("一级", "二级", "三级", "实施期指标值", VALUE)
    indicators(s, head, [
        ("产出指标", "数量指标", "馆藏档案数字化", "≥120万画幅", "≥70万画幅"),
        (None, None, "数字化档案著录条目", "≥30万条", "≥18万条"),
        (None, "质量指标", "数字化图像抽检合格率", "≥99%", "≥99%"),
        (None, "时效指标", "数字化成果验收时间", f"{END2}年10月31日前", f"{YEAR}年12月20日前"),
        (None, "成本指标", "每画幅数字化加工成本", "≤2.2元/画幅", "≤2.2元/画幅"),
        ("效益指标", "社会效益指标", "档案查阅平均等待时长", "≤10分钟", "≤10分钟"),
        (None, "可持续影响指标", "数字档案长期保存年限", "≥30年", "≥30年"),
        ("满意度指标", "服务对象满意度指标", "档案利用者满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    review(s, unit_head="冉文博", reviewer="韦清", when=f"{YEAR - 1}年11月10日", width=5)
    return b

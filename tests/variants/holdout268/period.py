"""Tables with 中期 (实施期) and 年度 target columns: multi-year projects of prisons and legal aid,
a one-year community-correction project whose two columns legitimately agree, a drug
rehabilitation department with 实施周期 and 年度 columns (rr07–rr12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout268.common import TWO, book, note, period_money, sign, tiered, wan
from tests.variants.holdout268.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("rr07-prison-workshop-period", (8,), "three-year project, NAT-2021, 中期 and 年度 columns "
         "and a direction column: a count equal in both, an annual count above 中期")  # fmt: skip
def rr07() -> Book:
    b, s = book("项目绩效目标")
    project_head(
        s, year=2026, years=3, name="罪犯劳动改造技能实训基地建设项目",
        dept="青原省监狱管理局（512）", unit="青原省北岭监狱", attr="新增项目",
        money=period_money((wan(1860), wan(1800), wan(60)), (wan(680), wan(660), wan(20))),
        goals=["2026—2028年建成罪犯职业技能实训车间3个，累计培训罪犯3600人次，出监罪犯技能"
               "证书获取率达到60%以上。",
               "2026年建成实训车间1个，培训罪犯1200人次，出监罪犯技能证书获取率达到55%以上。"],
    )  # fmt: skip
    tiered(s, (*TWO, "指标方向"), [
        ("产出指标", "数量指标", "实训车间建成数", "≥3个", "≥1个", "正向"),
        (None, None, "罪犯职业技能培训人次", "≥3600人次", "≥1200人次", "正向"),
        (None, None, "罪犯技能鉴定人数", "≥900人",
         mk("≥900人", "D202", "warning", row=True, note="a 3-year sum equal to one year's"),
         "正向"),
        (None, None, "罪犯心理健康辅导人次", "≥5000人次",
         mk("≥6000人次", "D201", "error", row=True, note="a yearly count above its 3-year sum"),
         "正向"),
        (None, "质量指标", "实训设备验收合格率", "100%", "100%", "正向"),
        (None, None, "出监罪犯技能证书获取率", "≥60%", "≥55%", "正向"),
        (None, "时效指标", "实训车间建设完成时间", "2028年10月31日前", "2026年11月30日前", "反向"),
        ("成本指标", "经济成本指标", "人均培训成本", "≤800元/人次", "≤800元/人次", "反向"),
        ("效益指标", "社会效益指标", "刑释人员就业率", "≥50%", "≥45%", "正向"),
        (None, "可持续影响指标", "实训基地长效运行机制", "健全", "建立", "正向"),
        ("满意度指标", "服务对象满意度指标", "参训罪犯满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "尹国栋", "冯晓蕾", "0871-65093372")
    return b


@variant("rr08-prison-education-points", (4, 5, 8, 10), "two-year project, tier-1 labels with "
         "points, indicator weights, direction column, a note inside (correct)")  # fmt: skip
def rr08() -> Book:
    b, s = book("Sheet1", (16, 16, 30, 18, 18, 10, 8))
    project_head(
        s, year=2026, years=2, name="罪犯教育改造质量提升项目",
        dept="青原省监狱管理局（512）", unit="青原省西山监狱",
        money=period_money((wan(920), wan(900), wan(20)), (wan(470), wan(460), wan(10))),
        goals=["2026—2027年累计开展罪犯文化教育2400人次、心理矫治1600人次，罪犯教育改造质量"
               "评估合格率保持在95%以上。",
               "2026年开展罪犯文化教育1200人次、心理矫治800人次，罪犯教育改造质量评估合格率"
               "达到95%以上。"],
    )  # fmt: skip
    tiered(s, (*TWO, "指标方向", "权重"), [
        ("产出指标（50分）", "数量指标", "罪犯文化教育人次", "≥2400人次", "≥1200人次", "正向", 10),
        (None, None, "心理矫治个别咨询人次", "≥1600人次", "≥800人次", "正向", 10),
        (None, "质量指标", "罪犯教育改造质量评估合格率", "≥95%", "≥95%", "正向", 10),
        (None, None, "文化教育考试合格率", "≥85%", "≥85%", "正向", 10),
        (None, "时效指标", "年度教育计划完成时间", "2027年12月31日前", "2026年12月31日前",
         "反向", 10),
        ("成本指标（10分）", "经济成本指标", "人均心理矫治成本", "≤300元/人次", "≤300元/人次",
         "反向", 10),
        ("效益指标（30分）", "社会效益指标", "罪犯违规违纪发生率", "≤2%", "≤2%", "反向", 10),
        (None, None, "刑释人员两年内重新犯罪率", "≤3%", "≤3%", "反向", 10),
        (None, "可持续影响指标", "教育改造工作长效机制", "健全", "健全", "正向", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "罪犯家属满意度", "≥90%", "≥90%", "正向",
         10),
    ])  # fmt: skip
    note(s, "注：中期指标值为2026—2027年累计值，比率类指标为期末值；各一级指标分值为其下指标"
            "权重之和。", 7)  # fmt: skip
    sign(s, "柏建平", "曹慧敏", "0871-65217740")
    return b


@variant("rr09-legal-platform-copied-goal", (8,), "three-year project, 中期 and 年度 columns: "
         "the annual goal copied, a 中期 date after the period, =95% on 满意度")  # fmt: skip
def rr09() -> Book:
    b, s = book("Sheet1")
    same = ("建成县乡两级公共法律服务实体平台，为群众提供便捷高效的法律咨询、法律援助和"
            "人民调解服务。")  # fmt: skip
    project_head(
        s, year=2026, years=3, name="公共法律服务实体平台建设项目",
        dept="雁门县司法局（207）", unit="雁门县公共法律服务中心", attr="新增项目",
        money=period_money((wan(540), wan(540), wan(0)), (wan(196), wan(196), wan(0))),
        goals=[same, mk(same, "D204", "warning", row=True, note="年度目标 copied from 中期目标")],
    )  # fmt: skip
    tiered(s, TWO, [
        ("产出指标", "数量指标", "乡镇公共法律服务工作站建成数", "≥14个", "≥5个"),
        (None, None, "法律咨询服务人次", "≥6000人次", "≥2000人次"),
        (None, "质量指标", "工作站建设验收合格率", "100%", "100%"),
        (None, "时效指标", "县级中心建成投用时间",
         mk("2029年6月30日前", "Y102", "error", row=True, note="after the period 2026—2028"),
         "2026年12月31日前"),
        ("成本指标", "经济成本指标", "单个工作站建设成本", "≤25万元/个", "≤25万元/个"),
        ("效益指标", "社会效益指标", "矛盾纠纷调解成功率", "≥95%", "≥95%"),
        (None, "可持续影响指标", "乡镇公共法律服务网络覆盖率", "100%", "≥35%"),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥95%",
         mk("=95%", "T107", "warning", row=True, alt=("T108", "D203"))),
    ])  # fmt: skip
    sign(s, "霍思源", "葛丽娟", "0350-52681174")
    return b


@variant("rr10-correction-one-year-equal", (1, 4, 8), "one-year project with 实施期 and 年度 "
         "columns that agree, the same goal twice, typed 100% (correct)")  # fmt: skip
def rr10() -> Book:
    b, s = book("Sheet1")
    goal = ("2026年对在册社区矫正对象开展集中教育、心理健康评估和公益活动，入矫教育全覆盖，"
            "再犯罪率控制在0.2%以内。")  # fmt: skip
    project_head(
        s, year=2026, years=1, name="社区矫正对象教育帮扶项目",
        dept="梅岭区司法局（118）", unit="梅岭区社区矫正管理局", attr="常年项目",
        money=period_money((wan(186), wan(180), wan(6)), (wan(186), wan(180), wan(6))),
        goals=[goal, goal],
    )  # fmt: skip
    tiered(s, ("一级指标", "二级指标", "三级指标", "实施期指标值", "年度指标值", "计量单位"), [
        ("产出指标", "数量指标", "集中教育学习人次", "≥1500", "≥1500", "人次"),
        (None, None, "心理健康评估人数", "≥420", "≥420", "人"),
        (None, None, "公益活动组织场次", "≥24", "≥24", "场"),
        (None, "质量指标", "入矫教育覆盖率", pct(1), pct(1), "%"),
        (None, "时效指标", "入矫评估完成时限", "≤10", "≤10", "工作日"),
        ("成本指标", "经济成本指标", "人均教育帮扶成本", "≤1200", "≤1200", "元/人"),
        ("效益指标", "社会效益指标", "社区矫正对象再犯罪率", "≤0.2", "≤0.2", "%"),
        (None, None, "社区矫正对象就业就学率", "≥85", "≥85", "%"),
        ("满意度指标", "服务对象满意度指标", "矫正对象满意度", "≥90", "≥90", "%"),
    ])  # fmt: skip
    note(s, "注：本项目实施期为1年（2026年），实施期指标值与年度指标值一致。")
    sign(s, "孔令仪", "严志刚", "0797-82156930")
    return b


@variant("rr11-rehab-dept-cycle", (8, 11), "department, 实施周期 and 年度 columns with the "
         "period in the header: 复吸率 ≥ beside 反向, a time limit as 100%")  # fmt: skip
def rr11() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="石门市戒毒管理所",
        budget=[(wan(4215.8), wan(4115.8), wan(100), wan(3402.6), wan(813.2))],
        tasks=[
            ("戒毒医疗", "诊断评估、传染病防治、医疗救治", wan(356), "戒毒医疗规范"),
            ("教育矫治", "心理矫治、康复训练、技能培训", wan(241.2), "戒治质量提升"),
            ("安全管理", "安防设施运维、应急处置演练", wan(216), "场所安全稳定"),
            ("金额合计", None, wan(813.2), None),
        ],
        goal="以戒毒工作三年行动为抓手，提升教育戒治质量，确保场所安全稳定。",
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "实施周期指标值（2026—2028年）",
            "年度指标值（2026年）", "指标方向")  # fmt: skip
    tiered(s, head, [
        ("产出指标", "数量指标", "收治戒毒人员诊断评估人次", "≥3000人次", "≥1000人次", "正向"),
        (None, None, "戒毒人员康复训练人次", "≥45000人次", "≥15000人次", "正向"),
        (None, "质量指标", "诊断评估规范率", "≥98%", "≥98%", "正向"),
        (None, "时效指标", "新收戒毒人员入所体检完成时限", "≤24小时",
         mk("100%", "T113", "warning", row=True, alt=("D203",), note="a time limit as a %"),
         "反向"),
        ("成本指标", "经济成本指标", "戒毒人员人均伙食成本", "≤16元/人·日", "≤16元/人·日", "反向"),
        ("效益指标", "社会效益指标", "解除戒毒人员三年操守保持率", "≥35%", "≥32%", "正向"),
        (None, None, "解除戒毒人员复吸率", "≤30%",
         mk("≥28%", "T108", "warning", row=True, alt=("D203",), note="反向: ≤28% meant"), "反向"),
        (None, "可持续影响指标", "戒毒康复长效机制", "健全", "健全", "正向"),
        ("满意度指标", "服务对象满意度指标", "戒毒人员家属满意度", "≥90%", "≥90%", "正向"),
    ])  # fmt: skip
    sign(s, "钟敏杰", "谭秋月", "0736-72284651")
    return b


@variant("rr12-legal-aid-operator-column", (8,), "three-year project, an operator column shared "
         "by 中期 and 年度, a unit column, a benefit above the budget (correct)")  # fmt: skip
def rr12() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 10, 14, 14, 12))
    project_head(
        s, year=2026, years=3, name="法律援助便民服务提升工程",
        dept="青溪市司法局（301）", unit="青溪市法律援助中心",
        money=period_money((wan(1280), wan(1200), wan(80)), (wan(420), wan(400), wan(20))),
        goals=["2026—2028年累计办理法律援助案件6000件以上，12348热线接通率稳定在95%以上，"
               "村（社区）法律援助联络点基本实现全覆盖。",
               "2026年办理法律援助案件2000件以上，完成热线座席扩容，受援群众满意度达到92%以上。"],
    )  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "比较符", "中期指标值", "年度指标值", "计量单位")
    tiered(s, head, [
        ("产出指标", "数量指标", "法律援助案件办理数", "≥", 6000, 2000, "件"),
        (None, "质量指标", "案件质量评查合格率", "≥", 95, 95, "%"),
        (None, None, "12348热线接通率", "≥", 95, 95, "%"),
        (None, "时效指标", "法律援助事项办理时限", "≤", 3, 3, "工作日"),
        (None, None, "热线平均接通等待时长", "≤", 30, 30, "秒"),
        ("成本指标", "经济成本指标", "单件案件平均补贴", "≤", 1600, 1600, "元/件"),
        ("效益指标", "经济效益指标", "为受援人挽回经济损失", "≥", 9000, 3000, "万元"),
        (None, "社会效益指标", "法律援助案件受理量增长率", "≥", 8, 8, "%"),
        (None, "可持续影响指标", "村（社区）法律援助联络点覆盖率", "≥", 98, 90, "%"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥", 92, 92, "%"),
    ])  # fmt: skip
    note(s, "注：比较符适用于中期和年度两列；数量类中期指标值为2026—2028年累计数。", 7)
    sign(s, "施雨桐", "龚建新", "0734-82317596", "2025年11月25日")
    return b

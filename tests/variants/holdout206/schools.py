"""部门整体 tables of schools and of a 学生资助管理中心: 基本支出 and 项目支出, key tasks, a flat
list, 实施周期 and 年度 columns (ph15, ph16, ph17, ph18)."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout206.common import ONE, book, indicators, sign, wan
from tests.variants.holdout206.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct


@variant("ph15-school-department", (12,), "department of a primary school, NAT-2021: 1850 = "
         "1800 + 50 = 1420 + 430, four key tasks adding to the 430 of 项目支出, 生均公用经费 "
         "650元/生·年 × 2400人 inside 基本支出, 安全事故 =0起, a 2025 fill date "
         "(correct)")  # fmt: skip
def ph15() -> Book:
    b, s = book("部门整体")
    department_head(
        s, year=2026, dept="青岚市第三实验小学",
        budget=[(wan(1850), wan(1800), wan(50), wan(1420), wan(430))],
        tasks=[
            ("课后服务", "组织课后托管和兴趣社团活动", wan(120), "参与率90%以上"),
            ("校舍维修改造", "教学楼屋面及卫生间维修", wan(210), "暑期完工"),
            ("教师培训", "教师全员继续教育", wan(40), "人均72学时以上"),
            ("学生活动及研学", "开展研学实践和校园文体活动", wan(60), "全体学生参与"),
            ("金额合计", None, wan(430), None),
        ],
        goal="保障在校学生2400人正常教学，课后服务参与率达到90%以上，完成教学楼维修改造，"
             "教师人均培训不少于72学时，学生安全事故零发生。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "在校学生人数", "≥2400人"),
        (None, None, "教师人均培训学时", "≥72学时"),
        (None, "质量指标", "学生体质健康达标率", "≥92%"),
        (None, None, "课后服务参与率", "≥90%"),
        (None, "时效指标", "教学楼维修改造完工时间", "2026年8月20日前"),
        ("成本指标", "经济成本指标", "生均公用经费标准", "≤650元/生·年"),
        ("效益指标", "社会效益指标", "学生安全事故起数", "=0起"),
        (None, "可持续影响指标", "学生辍学率", "≤0.5%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "周明", "林雅琴", "0591-83326617")
    return b


@variant("ph16-school-tasks-short", (12,), "department of a middle school, NAT-2021: four key "
         "tasks add to 600 under a 金额合计 of 620 (= 项目支出); a 课后服务学生参与率 written "
         "≥1500人")  # fmt: skip
def ph16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="白沙河区第二中学", filled=day(2025, 11, 26),
        budget=[(wan(2600), wan(2500), wan(100), wan(1980),
                 ok(wan(620), "error", note="the tasks below add to 600"))],
        tasks=[
            ("校舍维修改造", "综合楼外墙及屋面维修", wan(260), "暑期完工"),
            ("教师培训", "教师全员继续教育及骨干研修", wan(60), "完成年度学时"),
            ("课后服务", "课后托管及社团活动", wan(180), "学生自愿参加"),
            ("实验室设备更新", "更新理化生实验室设备", wan(100), "满足分组实验"),
            ("金额合计", None,
             mk(wan(620), "B102", "error", row=True, alt=("B101",),
                note="260 + 60 + 180 + 100 = 600"), None),
        ],
        goal="保障3000名在校学生教育教学，实施校舍维修改造和实验室设备更新，"
             "开展课后服务和教师全员培训。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "在校学生人数", "≥3000人"),
        (None, None, "更新实验室数量", "≥6间"),
        (None, "质量指标", "课后服务学生参与率",
         mk("≥1500人", "T105", "error", note="a 参与率 needs a percentage, not a head count")),
        (None, None, "维修工程验收合格率", "=100%"),
        (None, "时效指标", "校舍维修完工时间", "2026年8月25日前"),
        ("成本指标", "经济成本指标", "生均公用经费标准", "≤950元/生·年"),
        ("效益指标", "社会效益指标", "学生体质健康达标率", "≥90%"),
        (None, "可持续影响指标", "实验室设备管理制度", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ph17-aid-centre-flat", (3,), "department of a 学生资助管理中心, flat list "
         "(指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), weights add to 100; "
         "2000元/生·年 × 2500人 = the 500万元 task, a 认定准确率 =100, a 辍学率 ≤0.5 "
         "(correct)")  # fmt: skip
def ph17() -> Book:
    b, s = book("Sheet1", (30, 16, 16, 14, 16, 14))
    department_head(
        s, year=2026, dept="青岚市学生资助管理中心",
        budget=[(wan(960), wan(940), wan(20), wan(160), wan(800))],
        tasks=[
            ("国家助学金发放", "资助普通高中家庭经济困难学生", wan(500), "按时足额发放"),
            ("生源地助学贷款风险补偿", "按贷款发生额计提风险补偿金", wan(120), "贷款应贷尽贷"),
            ("困难学生生活补助", "补助义务教育家庭经济困难学生", wan(180), "应助尽助"),
            ("金额合计", None, wan(800), None),
        ],
        goal="全年资助国家助学金学生2500人，受理生源地助学贷款1200人，资助资金按时足额发放，"
             "确保不让一个学生因家庭经济困难而失学。",
    )  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("国家助学金资助学生人数", 15, "人", "≥", 2500),
        ("生源地助学贷款受理人数", 10, "人", "≥", 1200),
        ("资助资金发放及时率", 10, "%", "≥", 98),
        ("家庭经济困难学生认定准确率", 10, "%", "=", 100),
        ("受助学生辍学率", 10, "%", "≤", 0.5),
        ("国家助学金资助标准", 15, "元/生·年", "≤", 2000),
        ("学生资助政策知晓率", 10, "%", "≥", 95),
        ("资助档案管理规范性", 10, None, "定性", "规范"),
        ("受助学生满意度", 10, "%", "≥", 90),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    sign(s, "郭子涵", "梁志远", "0591-83340092", filled="2025年11月20日")
    return b


@variant("ph18-school-two-columns", (8, 12), "department of a high school, NAT-2021, 实施周期 "
         "and 年度 columns equal for a one-year budget: the 年度总体目标 says 体质健康达标率95%, "
         "the indicator ≥92%; a 学时达标率 stored as 102% (percent cell)")  # fmt: skip
def ph18() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="临溪县第一中学",
        budget=[(wan(3200), wan(3100), wan(100), wan(2500), wan(700))],
        tasks=[
            ("教学楼维修改造", "教学楼屋面及外墙维修", wan(300), "暑期完工"),
            ("教师全员培训", "260名教师继续教育", wan(80), "完成年度学时"),
            ("校园安保服务", "购买校园安保服务", wan(120), "校园安全稳定"),
            ("信息化教学设备更新", "更新多媒体教学设备", wan(200), "设备正常使用"),
            ("金额合计", None, wan(700), None),
        ],
        goal="保障3600名在校学生教育教学，学生体质健康达标率达到95%以上，教师全员培训260人，"
             "完成教学楼维修改造，学生安全责任事故零发生。",
    )  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "在校学生人数", "≥3600人", "≥3600人"),
        (None, None, "教师全员培训人数", "≥260人", "≥260人"),
        (None, "质量指标", "学生体质健康达标率", "≥92%",
         mk("≥92%", "D104", "warning", row=True, note="the 年度总体目标 says 95%以上")),
        (None, None, "教师继续教育学时达标率", pct(1),
         mk(mk(pct(1.02), "T106", "error", note="a 达标率 cannot pass 100%"), "D201", "error",
            required=False, note="above the 实施周期 value only because it is wrong")),
        (None, "时效指标", "教学楼维修改造完工时间", "2026年8月25日前", "2026年8月25日前"),
        ("成本指标", "经济成本指标", "生均公用经费标准", "≤1200元/生·年", "≤1200元/生·年"),
        ("效益指标", "社会效益指标", "学生安全责任事故起数", "0起", "0起"),
        (None, None, "学生辍学率", "≤0.5%", "≤0.5%"),
        (None, "可持续影响指标", "教师队伍建设长效机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b

"""Returns tr01–tr06: 归侨侨眷帮扶 and 华文教育支持 (first half of the theme)."""

from __future__ import annotations

from tests.variants.holdout320.common import (
    FED,
    HEAD4,
    OFFICE,
    department,
    indicators,
    note,
    period_money,
    project,
    sign,
    start,
    year_money,
)
from tests.variants.holdout320.registry import variant
from tests.variants.kit import Book, mk, money, pct

SCORE = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "指标解释")


@variant(
    "tr01-guiqiao-points",
    (1, 5, 10),
    "project, NAT-2021, numbered tier labels with tier "
    "points, indicator points adding to 100, a total row, a typed 100% cell (correct)",
)
def tr01() -> Book:
    b, s = start()
    project(s, "困难归侨侨眷帮扶项目", "榕汀市人民政府侨务办公室", year_money(86, 80, 6),
            ["帮扶困难归侨侨眷家庭320户以上，传统节日走访慰问600人次以上，慰问金在审批后"
             "10个工作日内发放到户。"])  # fmt: skip
    indicators(s, SCORE, [
        ("一、产出指标（50分）", "（一）数量指标", "1.帮扶困难归侨侨眷户数", "≥320户", 15,
         "在册困难家庭"),
        (None, None, "2.传统节日走访慰问人次", "≥600人次", 10, "春节、中秋两次"),
        (None, "（二）质量指标", "3.帮扶对象精准识别率", pct(1), 15, "镇街侨联入户核实"),
        (None, "（三）时效指标", "4.慰问金发放时限", "≤10个工作日", 10, "自审批之日起计"),
        ("二、成本指标（10分）", "（一）经济成本指标", "5.户均年度帮扶标准", "≤2000元/户", 10,
         "分档补助"),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.帮扶家庭生活困难缓解率", "≥85%", 15,
         "回访统计"),
        (None, "（二）可持续影响指标", "7.困难归侨侨眷动态监测机制", "健全", 15, "季度更新台账"),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.受助归侨侨眷满意度", "≥92%", 10,
         "抽样问卷"),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    sign(s, "陈沐秋", "0598-6627315")
    return b


@variant(
    "tr02-huawen-operator",
    (1, 11),
    "project, OLD-NAT, operator column and unit column, "
    "typed percent cells: a pass rate over 100% and a dropout rate with ≥",
)
def tr02() -> Book:
    b, s = start()
    project(
        s,
        "海外华文教师培训项目",
        "榕汀市华文教育服务中心",
        year_money(58, 55, 3),
        ["举办海外华文教师研修班，培训教师180人以上，开设线上华文课程24门以上。"],
    )
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "培训海外华文教师人数", "≥", 180, "人"),
        (None, None, "线上华文课程开课数", "≥", 24, "门"),
        (None, "质量指标", "华文教师培训结业合格率", "≥",
         mk(pct(1.05), "T106", "error", note="a pass rate typed as 105%: above the 100% cap"),
         "%"),
        (None, None, "参训学员中途流失率",
         mk("≥", "T108", "warning", row=True, note="a dropout rate is 反向: ≤ expected"),
         pct(0.05), "%"),
        (None, "时效指标", "结业证书发放时限", "≤", 15, "个工作日"),
        (None, "成本指标", "人均培训成本", "≤", 2800, "元/人"),
        ("效益指标", "社会效益指标", "参训教师覆盖国家数", "≥", 12, "个"),
        (None, "可持续影响指标", "培训课程资源库年度更新次数", "≥", 2, "次"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    sign(s, "黄映川", "0598-6627342")
    return b


@variant(
    "tr03-qiaolian-department",
    (1, 4, 12),
    "department, NAT-2021, budget with typed "
    "shares, tasks adding to 项目支出, a note row inside the table, 说明 and 填表说明 "
    "under it, signature lines (correct)",
)
def tr03() -> Book:
    b, s = start()
    department(s, FED.split("（")[0], [
        [money(1260), money(1180), money(80), money(760), money(500)],
        [pct(1, "0.00%"), pct(0.9365, "0.00%"), pct(0.0635, "0.00%"), pct(0.6032, "0.00%"),
         pct(0.3968, "0.00%")],
    ], "做好困难归侨侨眷帮扶和华侨农场归侨养老服务，征集整理侨史资料，开展侨界文化交流。", [
        ("困难归侨侨眷帮扶", "走访慰问、医疗救助、助学帮扶", money(180), "帮扶300户以上"),
        ("华侨农场归侨养老服务", "日间照料、助餐、健康巡诊", money(150), "服务260人以上"),
        ("侨界文化交流", "侨乡文化节、侨界联谊活动", money(90), "举办活动6场"),
        ("侨史资料征集整理", "口述史采录、实物征集、数字化", money(80), "征集400件以上"),
        ("金额合计", None, money(500), None),
    ])  # fmt: skip
    header = (*HEAD4, "备注")
    indicators(s, header, [
        ("产出指标", "数量指标", "帮扶困难归侨侨眷户数", "≥300户", None),
        (None, None, "华侨农场归侨养老服务人数", "≥260人", None),
        (None, None, "征集侨史资料件数", "≥400件", "含口述史音像"),
        (None, "质量指标", "侨史资料整理归档合格率", "≥95%", None),
        (None, "时效指标", "医疗救助审批办结时限", "≤7个工作日", None),
    ])  # fmt: skip
    note(s, "注：以下效益、满意度指标按全年统计，户数不重复计算。", 5)
    s.table([
        ("成本指标", "经济成本指标", "医疗救助人均补助标准", "≤3000元/人", None),
        ("效益指标", "社会效益指标", "侨界信访积案下降率", "≥10%", "以上年末积案为基数"),
        (None, None, "侨界群体性事件发生数", "=0起", None),
        (None, "可持续影响指标", "侨史资料数字化管理机制", "健全", None),
        ("满意度指标", "服务对象满意度指标", "归侨侨眷满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：侨界信访积案下降率以2024年末积案12件为基数计算。", 5)
    note(s, "填表说明：1.指标值应细化、量化；2.金额合计为项目支出任务合计。", 5)
    sign(s, "林晓澜", "0598-6631870")
    return b


@variant(
    "tr04-huawen-stacked",
    (2, 12),
    "two 华文教育 projects stacked in one sheet, OLD-NAT, "
    "one value column: a rate given as a count, the second project's money not adding up",
)
def tr04() -> Book:
    b, s = start()
    project(
        s,
        "海外华文学校教材配送项目",
        "榕汀市华文教育服务中心",
        year_money(45, 42, 3),
        ["向海外华文学校配送教材12000册以上，受益学校40所以上。"],
    )
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "配送华文教材册数", "≥12000册"),
        (None, None, "受益海外华文学校数", "≥40所"),
        (None, "质量指标", "教材配送到位率",
         mk("12000册", "T105", "error", note="a 到位率 given as a count of books")),
        (None, "时效指标", "教材寄送完成时间", "10月31日前"),
        (None, "成本指标", "每册教材平均配送成本", "≤35元/册"),
        ("效益指标", "社会效益指标", "海外华文学校使用新版教材比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "华文学校师生满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(money(60), "B101", "error", row=True, note="60 ≠ 财政拨款 50 + 其他资金 8")
    project(s, "海外华裔青少年华文研学营项目", "榕汀市华文教育服务中心",
            year_money(total, 50, 8), ["举办华文研学营3期，接待营员150人以上。"],
            title="")  # fmt: skip
    indicators(s, HEAD4, [
        ("产出指标", "数量指标", "接待研学营营员人数", "≥150人"),
        (None, None, "举办研学营期数", "≥3期"),
        (None, "质量指标", "研学课程完成率", "≥95%"),
        (None, "时效指标", "研学营结营时间", "8月31日前"),
        (None, "成本指标", "营员人均研学成本", "≤3800元/人"),
        ("效益指标", "社会效益指标", "营员华文水平测试通过率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "营员及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄映川", "0598-6627342")
    return b


@variant(
    "tr05-yanglao-multiyear",
    (8,),
    "three-year project, NAT-2021, 中期 and 年度 columns: "
    "an annual count above its period count, a cumulative count copied, 中期目标 copied",
)
def tr05() -> Book:
    b, s = start()
    goal = "为华侨农场高龄归侨建立健康档案，开展走访慰问和适老化改造，健全养老关爱机制。"
    project(s, "华侨农场归侨养老关爱项目", "榕汀市归国华侨联合会",
            period_money((360, 330, 30), (120, 110, 10)),
            [goal, mk(goal, "D204", "warning", note="年度目标 copied from the 中期目标")],
            years=3, attr="新增项目")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "走访慰问高龄归侨人次", "≥3000人次",
         mk("≥3600人次", "D201", "error", note="annual 3600 above the three-year 3000")),
        (None, None, "建立归侨健康档案份数", "≥900份",
         mk("≥900份", "D202", "warning", note="a cumulative count copied into 年度")),
        (None, None, "适老化改造户数", "≥150户", "≥50户"),
        (None, "质量指标", "健康档案信息完整率", "≥95%", "≥95%"),
        (None, "时效指标", "紧急救助响应时间", "≤24小时", "≤24小时"),
        ("成本指标", "经济成本指标", "户均适老化改造补助", "≤6000元/户", "≤6000元/户"),
        ("效益指标", "社会效益指标", "高龄归侨意外伤害发生率", "≤2%", "≤2%"),
        (None, "可持续影响指标", "归侨养老关爱长效机制", "健全", "初步建立"),
        ("满意度指标", "服务对象满意度指标", "受助归侨满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "郑岚舟", "0598-6635208")
    return b


@variant(
    "tr06-huawen-flat",
    (1, 3),
    "department, flat list (指标名称 · 权重 · 计量单位 · "
    "指标性质 as operator · 指标值), typed percent cells, weights adding to 100 (correct)",
)
def tr06() -> Book:
    b, s = start()
    department(s, OFFICE.split("（")[0], [
        [money(420), money(400), money(20), money(260), money(160)],
    ], "推进华文教育基地建设，培训海外华文教师，办好华裔青少年研学营。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("华文教育基地学校数", 10, "所", "≥", 6),
        ("海外华文教师培训人数", 15, "人", "≥", 180),
        ("华裔青少年研学营营员人数", 15, "人", "≥", 150),
        ("华文教材本土化改编种数", 10, "种", "≥", 4),
        ("华文教师培训结业合格率", 10, "%", "≥", pct(0.95)),
        ("人均培训成本", 10, "元/人", "≤", 2800),
        ("华文线上课程点击量增长率", 10, "%", "≥", pct(0.15)),
        ("研学营安全事故发生数", 5, "起", "=", 0),
        ("参训教师满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    sign(s, "苏念禾", "0598-6627309")
    return b

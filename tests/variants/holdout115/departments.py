"""Department returns (§3.2) of 桐渚市 (invented): lu08–lu10 and lu15."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout115.common import sign
from tests.variants.holdout115.registry import variant
from tests.variants.kit import Book, day, mk, money, pct


@variant("lu08-agriculture-bureau-sums", (12, 1), "department, NAT-2021, key tasks: 基本支出 + "
         "项目支出 not adding to 资金总额, a satisfaction given in households")  # fmt: skip
def lu08() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 16, 16))
    department_head(
        s, year=2027, dept="桐渚市农业农村局",
        budget=[(mk(money(2360.5), "B101", "error", row=True,
                    note="1480.5 + 920 = 2400.5, not 2360.5"),
                 money(2300.5), money(60), money(1480.5), money(920))],
        tasks=[("高标准农田建后管护", "对已建成高标准农田灌排设施、田间道路开展管护", money(420),
                "管护面积不少于12万亩"),
               ("动物疫病防控", "开展重大动物疫病强制免疫和监测", money(260),
                "应免畜禽免疫密度不低于90%"),
               ("农村人居环境整治", "农村生活垃圾收运、户厕问题整改", money(240),
                "农村生活垃圾有效处理"),
               ("金额合计", None, money(920), None)],
        goal="保障粮食和重要农产品稳定供给，守住不发生区域性重大动物疫情底线，持续改善农村"
             "人居环境。",
    )  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("一级指标", "二级指标", "三级指标", "指标值", "指标值说明", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "高标准农田管护面积", "≥12万亩", None),
            (None, None, "畜禽强制免疫数量", "≥85万头（羽）", None),
            (None, None, "农村生活垃圾收运行政村数", "≥146个", None),
            (None, "质量指标", "应免畜禽免疫密度", "≥90%", None),
            (None, None, "灌排设施完好率", "≥95%", None),
            (None, "时效指标", "户厕问题整改完成时间", "2027年11月30日前", None),
            ("成本指标", "经济成本指标", "高标准农田亩均管护费", "≤35元/亩", None),
            ("效益指标", "经济效益指标", "粮食播种面积", "稳定在48万亩以上", None),
            (None, "社会效益指标", "区域性重大动物疫情发生次数", "0次", None),
            (None, "生态效益指标", "农村生活垃圾有效处理率", "≥90%", None),
            (
                "满意度指标",
                "服务对象满意度指标",
                "农户满意度",
                mk(
                    "≥3000户",
                    "T105",
                    "error",
                    row=True,
                    note="a satisfaction rate given in households",
                ),
                None,
            ),
        ],
        merged=(1, 2),
    )
    sign(s, "桐渚市农业农村局", "宋长海", "0576-8821350", "2026年11月25日")
    return b


@variant("lu09-market-regulation-blank-name", (6, 11), "department, NAT-2021, 指标值 and 计量单位 "
         "columns: a value without an indicator name, a cost with ≥")  # fmt: skip
def lu09() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 16, 16, 16))
    department_head(
        s, year=2027, dept="桐渚市市场监督管理局",
        budget=[(money(3120), money(3050), money(70), money(2210), money(910))],
        tasks=[("食品安全抽检监测", "按计划开展食品安全监督抽检和风险监测", money(380),
                "完成抽检任务，不合格食品依法处置"),
               ("特种设备安全监察", "电梯、锅炉等特种设备定期监督检查", money(290),
                "特种设备定期检验率达标"),
               ("智慧市场监管平台运维", "平台运行维护和数据对接", money(240), "平台全年稳定运行"),
               ("金额合计", None, money(910), None)],
        goal="守牢食品、特种设备安全底线，提升市场监管效能，营造公平有序的市场环境。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "计量单位", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "食品安全监督抽检批次", "≥4200", "批次", None),
            (None, None, "特种设备监督检查台次", "≥2600", "台次", None),
            (None, None, "消费投诉举报处理件数", "≥1800", "件", None),
            (None, "质量指标", "食品抽检不合格产品核查处置率", "100", "%", None),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value with no indicator name"),
                "≥98",
                "%",
                None,
            ),
            (None, "时效指标", "投诉举报按时办结率", "≥95", "%", None),
            (
                "成本指标",
                "经济成本指标",
                "食品抽检单批次平均成本",
                mk("≥800", "T108", "warning", row=True, note="a cost cap with ≥"),
                "元/批次",
                None,
            ),
            ("效益指标", "社会效益指标", "食品安全评价性抽检合格率", "≥98", "%", None),
            (None, None, "特种设备事故发生起数", "≤1", "起", None),
            (None, "可持续影响指标", "智慧监管平台数据共享", "持续深化", None, None),
            ("满意度指标", "服务对象满意度指标", "市场主体满意度", "≥90", "%", None),
        ],
        merged=(1, 2),
    )
    sign(s, "桐渚市市场监督管理局", "钟敏", "0576-8823377", "2026年11月24日")
    return b


@variant("lu10-culture-bureau", (12, 1), "department, NAT-2021, key tasks, 比较符 and 计量单位 "
         "columns, percent cells; correct")  # fmt: skip
def lu10() -> Book:
    b = Book()
    s = b.sheet("部门整体", (16, 16, 30, 12, 16, 16))
    department_head(
        s, year=2027, dept="桐渚市文化广电旅游局",
        budget=[(money(1685.4), money(1620.4), money(65), money(1105.4), money(580))],
        tasks=[("公共文化惠民演出", "组织送戏下乡和广场文艺演出", money(210), "惠及城乡群众"),
               ("文物保护单位维修", "市级文物保护单位抢险维修", money(260), "消除文物安全隐患"),
               ("全域旅游推广", "旅游线路推介和节庆活动", money(110), "提升城市旅游知名度"),
               ("金额合计", None, money(580), None)],
        goal="完善公共文化服务体系，加强文物保护利用，推动文旅融合发展。",
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "送戏下乡演出场次", "≥", 160, "场"),
            (None, None, "文物保护单位维修处数", "≥", 6, "处"),
            (None, None, "旅游节庆推介活动", "≥", 4, "次"),
            (None, "质量指标", "文物维修工程验收合格率", "≥", pct(0.95), None),
            (None, "时效指标", "维修工程按期完工率", "≥", pct(0.9), None),
            ("成本指标", "经济成本指标", "送戏下乡单场补助", "≤", 0.8, "万元/场"),
            ("效益指标", "社会效益指标", "惠民演出观众人次", "≥", 12, "万人次"),
            (None, "经济效益指标", "接待游客人次增长率", "≥", pct(0.05), None),
            (None, "可持续影响指标", "文物安全巡查制度", "定性", "健全", None),
            ("满意度指标", "服务对象满意度指标", "群众文化活动满意度", "≥", pct(0.9), None),
        ],
        merged=(1, 2),
    )
    sign(s, "桐渚市文化广电旅游局", "邝晓川", "0576-8826615", "2026年11月26日")
    return b


@variant("lu15-statistics-flat", (3, 1), "department, flat list (序号 · 指标名称 · 比较符 · 指标值 "
         "· 计量单位 · 备注), percent cells; correct")  # fmt: skip
def lu15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 22, 30, 14, 14, 16))
    department_head(
        s, year=2027, dept="桐渚市统计局", filled=day(2026, 11, 27),
        budget=[(money(612.8), money(612.8), money(0), money(498.8), money(114))],
        tasks=[("经济普查准备", "普查区划分和单位清查", money(74), "按期完成清查"),
               ("统计数据质量核查", "重点企业数据现场核查", money(40), "数据质量可靠"),
               ("金额合计", None, money(114), None)],
        goal="按时高质量完成统计调查任务，做好经济普查准备，提升统计数据质量和服务水平。",
    )  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", None, "比较符", "指标值", "计量单位", merge=[(2, 3)])
    for i, (name, op, value, unit) in enumerate(
        [
            ("统计调查项目完成数", "≥", 36, "项"),
            ("经济普查清查单位数", "≥", 21000, "家"),
            ("重点企业数据现场核查家数", "≥", 150, "家"),
            ("统计报表按时报送率", "≥", pct(0.98), None),
            ("核查数据差错率", "≤", pct(0.02), None),
            ("统计信息发布及时率", "≥", pct(0.95), None),
            ("单户现场核查平均成本", "≤", 2500, "元/家"),
            ("统计公报和分析报告篇数", "≥", 24, "篇"),
            ("统计执法检查单位数", "≥", 60, "家"),
            ("统计数据使用单位满意度", "≥", pct(0.9), None),
        ],
        start=1,
    ):
        s.row(i, name, None, op, value, unit, merge=[(2, 3)])
    sign(s, "桐渚市统计局", "温家瑞", "0576-8829042", "2026年11月27日")
    return b

"""Water conservancy (水利局): irrigation districts, reservoir dredging and safety appraisal,
soil and water conservation over three years, and a department table. Each return says
whether it is correct."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head, project_head
from tests.variants.holdout42.forms import down, notes, sign_off, title_at, wide
from tests.variants.holdout42.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, ok, pct

HEAD5 = ("一级指标", "二级指标", "三级指标", "指标值", "指标值设定依据", "备注")


@variant("iz01-irrigation-district-ok", (1, 12), "project, NAT-2021, one value column, 万亩")
def iz01() -> Book:
    """Correct: an irrigation district upgrade; 灌溉水有效利用系数 is a coefficient without a
    unit, the per-亩 cost times every area stays within the money."""
    b = Book()
    s = b.sheet("项目绩效目标表", (16, 18, 30, 20, 16, 14))
    project_head(
        s, year=2026, name="东干渠灌区续建配套与节水改造项目", dept="苍岭县水利局 117001",
        unit="苍岭县东干渠灌区管理所", attr="新增项目",
        money=[("年度资金总额", money(1850, "#,##0.00"), "其中：财政拨款",
                money(1600, "#,##0.00")),
               ("其他资金", money(250, "#,##0.00"), None, None)],
        goals=["完成东干渠及3条支渠防渗衬砌18.6公里，新建及改造渠系建筑物42座，新增节水灌溉面积"
               "1.2万亩、改善灌溉面积3.5万亩，灌区灌溉水有效利用系数提高到0.58以上。"],
    )  # fmt: skip
    s.row(*HEAD5)
    s.table(
        [
            ("产出指标", "数量指标", "渠道防渗衬砌长度", "≥18.6公里", "计划标准"),
            (None, None, "新建及改造渠系建筑物", "≥42座", "计划标准"),
            (None, None, "新增节水灌溉面积", "≥1.2万亩", "计划标准"),
            (None, None, "改善灌溉面积", "≥3.5万亩", "计划标准"),
            (None, "质量指标", "工程质量验收合格率", pct(1), "行业标准"),
            (None, None, "衬砌渠段输水损失率", "≤8%", "行业标准"),
            (None, "时效指标", "工程完工时间", "2026年11月30日前", "计划标准"),
            ("成本指标", "经济成本指标", "灌区改造亩均投资", "≤390元/亩", "历史标准"),
            ("效益指标", "经济效益指标", "年新增节水量", "≥260万立方米", "计划标准"),
            (None, "社会效益指标", "受益农户", "≥6800户", "计划标准"),
            (None, "生态效益指标", "灌区灌溉水有效利用系数", "≥0.58", "行业标准"),
            (None, "可持续影响指标", "灌区工程运行管护机制", "健全", "其他标准"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", pct(0.9), "行业标准"),
        ],
        merged=(1, 2),
    )
    sign_off(s, who="余晓芳", checker="韩立军", phone="0736-5218463", filled=day(2025, 11, 14))
    return b


@variant("iz02-reservoir-dredging", (1, 12), "project, OLD-NAT, money in one row, copied row")
def iz02() -> Book:
    """Wrong: 资金总额 980 ≠ 800 + 150; 清淤土方量 appears twice with different values; the
    灌溉设计保证率 is written ``≥75`` without %."""
    b = Book()
    s = b.sheet("Sheet1", (18, 16, 30, 20, 14, 14))
    s.title("青墩县2026年度项目支出绩效目标表", 6)
    wide(s, "项目名称", "小型水库清淤扩容工程", 1, 6)
    s.row("主管部门", "青墩县水利局", None, "实施单位", "青墩县水利工程建设管理站", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row("年度资金总额（万元）", mk(money(980), "B101", "error", row=True), "其中：财政拨款",
          money(800), "其他资金", money(150))  # fmt: skip
    wide(s, "年度绩效目标", "完成4座小型水库库区清淤12.5万立方米，恢复兴利库容15万立方米以上，"
         "新建迎水面护坡1.6公里，改善下游灌溉条件。", 1, 6)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "清淤土方量", "≥12.5万立方米"),
            (None, None, "清淤水库座数", "≥4座"),
            (None, None, "新建迎水面护坡", "≥1.6公里"),
            (None, None, "清淤土方量", mk("≥11万立方米", "D102", "error", row=True)),
            (None, "质量指标", "清淤工程验收合格率", pct(1)),
            (None, "时效指标", "清淤工程完工时间", "2026年5月31日前", "主汛期前完工"),
            (None, "成本指标", "清淤单方成本", "≤38元/立方米"),
            ("效益指标", "经济效益指标", "恢复兴利库容", "≥15万立方米"),
            (None, None, "恢复灌溉设计保证率", mk("≥75", "T105", "warning", alt=("T104",))),
            (None, "社会效益指标", "受益人口", "≥1.1万人"),
            (None, "生态效益指标", "库区水质", "稳定达到Ⅲ类"),
            (None, "可持续影响指标", "水库运行管护责任", "落实到人"),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


PERIOD6 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "备注")


@variant("iz03-slope-farmland-three-years", (8,), "project, 2026–2028, 中期 and 年度 columns")
def iz03() -> Book:
    """Wrong: the period area copied into the year; the annual 坡改梯 above the period one; an
    annual deadline in 2024 in a project that starts in 2026."""
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 20, 20, 14))
    project_head(
        s, year=2026, years=3, name="麓川县坡耕地水土流失综合治理工程", attr="新增项目",
        dept="麓川县水利局 208", unit="麓川县水土保持工作站",
        money=[("中期资金总额", money(3600, WAN), "年度资金总额", money(1200, WAN)),
               ("其中：财政拨款", money(3300, WAN), "其中：财政拨款", money(1100, WAN)),
               ("其他资金", money(300, WAN), "其他资金", money(100, WAN))],
        goals=["2026—2028年综合治理水土流失面积45平方公里，实施坡改梯6000亩，营造水土保持林"
               "9000亩，项目区土壤流失量明显减少。",
               "2026年治理水土流失面积15平方公里，实施坡改梯2000亩，营造水土保持林3000亩。"],
    )  # fmt: skip
    b.file_mark("D104", "warning", required=False, note="the 年度目标 text against the copy")
    s.row(*PERIOD6)
    s.table(
        [
            ("产出指标", "数量指标", "治理水土流失面积", "≥45平方公里",
             mk("≥45平方公里", "D202", "warning", alt=("D104",))),
            (None, None, "坡改梯", "≥6000亩", mk("≥7500亩", "D201", "error", alt=("D104",))),
            (None, None, "营造水土保持林", "≥9000亩", "≥3000亩"),
            (None, None, "修建谷坊及拦沙坝", "≥36座", "≥12座"),
            (None, "质量指标", "治理措施保存率", "≥85%", "≥85%"),
            (None, None, "工程验收合格率", pct(1), pct(1)),
            (None, "时效指标", "治理任务完成时间", "2028年12月31日前",
             mk("2024年12月31日前", "Y102", "error", alt=("Y103",))),
            ("成本指标", "经济成本指标", "单位面积综合治理投资", "≤80万元/平方公里",
             mk("≤80万元/平方公里", "*", "warning", required=False, row=True,
                note="80 × 45 is over the year's money only because of the copied area")),
            ("效益指标", "生态效益指标", "年减少土壤流失量", "≥3.2万吨", "≥1.1万吨"),
            (None, "社会效益指标", "受益群众", "≥2.4万人", "≥0.8万人"),
            (None, "可持续影响指标", "工程管护责任落实率", pct(1), pct(1)),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    return b


@variant("iz04-clean-watershed-two-sets-ok", (8, 7), "project, two years, two column sets")
def iz04() -> Book:
    """Correct: two complete column sets (中期 then 年度) under a two-line header; annual
    amounts half the period ones, rates, unit cost and 使用年限 legitimately equal."""
    b = Book()
    s = b.sheet("项目支出绩效目标表", (14, 14, 26, 18, 14, 26, 18))
    project_head(
        s, year=2026, years=2, name="清水河生态清洁小流域建设", attr="新增项目",
        dept="溪口县水利局 305", unit="溪口县河湖保护中心",
        money=[("中期资金总额", money(1480, WAN), "年度资金总额", money(760, WAN)),
               ("其中：财政拨款", money(1280, WAN), "其中：财政拨款", money(660, WAN)),
               ("其他资金", money(200, WAN), "其他资金", money(100, WAN))],
        goals=["2026—2027年建成清水河生态清洁小流域，治理水土流失面积32平方公里，建设生态护岸"
               "12公里，流域出境断面水质稳定达到Ⅲ类。",
               "2026年治理水土流失面积16平方公里，建设生态护岸5公里，完成9个村庄生活污水收集"
               "处理。"],
    )  # fmt: skip
    top = s.row("一级指标", "中期绩效指标", None, None, "年度绩效指标", None, None,
                merge=[(2, 4), (5, 7)])  # fmt: skip
    s.row(None, "二级指标", "三级指标", "指标值", "二级指标", "三级指标", "指标值")
    down(s, 1, top, s.r)
    s.table(
        [
            ("产出指标", "数量指标", "治理水土流失面积", "≥32平方公里",
             "数量指标", "治理水土流失面积", "≥16平方公里"),
            (None, None, "建设生态护岸", "≥12公里", None, "建设生态护岸", "≥5公里"),
            (None, None, "生活污水收集处理村庄", "≥18个", None, "生活污水收集处理村庄",
             "≥9个"),
            (None, "质量指标", "工程验收合格率", pct(1), "质量指标", "工程验收合格率", pct(1)),
            (None, "时效指标", "项目建设完成时间", "2027年12月31日前", "时效指标",
             "年度建设任务完成时间", "2026年12月31日前"),
            ("成本指标", "经济成本指标", "小流域综合治理单位投资", "≤46万元/平方公里",
             "经济成本指标", "小流域综合治理单位投资", "≤46万元/平方公里"),
            ("效益指标", "生态效益指标", "水土流失治理度", "≥80%", "生态效益指标",
             "水土流失治理度", "≥75%"),
            (None, None, "出境断面水质", "达到Ⅲ类", None, "出境断面水质", "达到Ⅲ类"),
            (None, "社会效益指标", "受益人口", "≥1.6万人", "社会效益指标", "受益人口",
             "≥0.8万人"),
            (None, "可持续影响指标", "工程设计使用年限", "≥20年", "可持续影响指标",
             "工程设计使用年限", "≥20年"),
            ("满意度指标", "服务对象满意度指标", "项目区群众满意度", "≥90%",
             "服务对象满意度指标", "项目区群众满意度", "≥90%"),
        ],
        merged=(1, 2, 5),
    )  # fmt: skip
    notes(s, ["注：中期指标为2026—2027年累计数，年度指标为2026年数。"], 1, 7)
    return b


@variant("iz05-water-department", (12,), "department, NAT-2021, budget and key tasks")
def iz05() -> Book:
    """Wrong: 基本支出 + 项目支出 = 3350 ≠ 资金总额 3450; the tasks add up to 1870, not to the
    金额合计 1970 written; no 满意度指标 at all."""
    b = Book()
    s = b.sheet("部门整体", (16, 20, 30, 18, 18, 18))
    department_head(
        s, year=2026, dept="白鹭河市水利局",
        budget=[(mk(money(3450, WAN), "B101", "error", row=True), money(3200, WAN),
                 money(250, WAN), money(1480, WAN), money(1870, WAN))],
        tasks=[("河湖长制与河湖管护", "市级河湖巡查、河道保洁和岸线管理", money(620, WAN),
                "河湖“四乱”问题动态清零"),
               ("水旱灾害防御", "山洪灾害监测预警系统运维、防汛物资储备", money(540, WAN),
                "山洪灾害预警信息发布及时"),
               ("农村供水保障", "农村供水工程维修养护和水质检测", money(710, WAN),
                "农村自来水普及率稳定在95%以上"),
               ("金额合计", None, mk(money(1970, WAN), "B102", "error", alt=("B101",)), None)],
        goal="落实河湖长制，完成市级河湖巡查和河道保洁；做好水旱灾害防御，确保不发生因洪涝"
             "灾害造成的人员死亡；巩固提升农村供水保障水平。",
    )  # fmt: skip
    b.file_mark("F106", "error", note="NAT-2021 table without 满意度指标")
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注")
    s.table(
        [
            ("产出指标", "数量指标", "市级河湖巡查", "≥24次"),
            (None, None, "山洪灾害监测站点运维", "≥156个"),
            (None, None, "农村供水工程维修养护", "≥85处"),
            (None, "质量指标", "农村供水水质检测合格率", "≥92%"),
            (None, "时效指标", "山洪预警信息发布时限", "≤30分钟"),
            ("成本指标", "经济成本指标", "单处供水工程维修养护成本", "≤6万元/处"),
            ("效益指标", "社会效益指标", "因洪涝灾害死亡人数", ok("0人", "warning")),
            (None, None, "农村自来水普及率", "≥95%"),
            (None, "生态效益指标", "重点河湖水质达标率", "≥90%"),
            (None, "可持续影响指标", "河湖长制工作机制", "长效运行"),
        ],
        merged=(1, 2),
    )
    return b


W8 = ("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位", "权重（分）")


@variant("iz06-reservoir-appraisal-ok", (4, 1), "project from column B, header repeated, weights")
def iz06() -> Book:
    """Correct: a table from column B after an empty column, 指标性质 as direction, a separate
    比较符, the deadline a date cell, the header repeated after a page break, weights adding to
    100 with a 合计 row, ``= 100 %`` at the ceiling."""
    b = Book()
    s = b.sheet("绩效目标申报表", (3, 14, 16, 30, 10, 8, 14, 12, 10))
    title_at(s, "溪口县2026年度项目支出绩效目标申报表", 2, 8)
    wide(s, "项目名称", "小型水库安全鉴定及除险加固前期工作", 2, 8)
    wide(s, "主管部门", "溪口县水利局", 2, 8)
    wide(s, "实施单位", "溪口县水库管理服务中心", 2, 8)
    s.row("项目期", "1年", "计划开始日期", day(2026, 3, 1), None, "计划完成日期",
          day(2026, 11, 30), None, col=2)  # fmt: skip
    s.row("年度资金（万元）", "资金总额", money(186), "财政拨款", money(186), "其他资金",
          money(0), None, col=2)  # fmt: skip
    wide(s, "年度绩效目标", "完成23座小型水库安全鉴定，对鉴定为三类坝的6座水库编制除险加固"
         "初步设计，落实水库安全管理责任。", 2, 8)  # fmt: skip
    s.row(*W8, col=2)
    s.table(
        [
            ("产出指标", "数量指标", "完成小型水库安全鉴定", "正向", "≥", 23, "座", 15),
            (None, None, "编制除险加固初步设计", "正向", "≥", 6, "座", 10),
            (None, "质量指标", "鉴定成果审定通过率", "正向", "=", 100, "%", 10),
            (None, "时效指标", "鉴定工作完成时间", "反向", "≤", day(2026, 10, 31, CN_DATE),
             None, 10),
            ("成本指标", "经济成本指标", "单座水库鉴定费用", "反向", "≤", 6.5, "万元/座", 10),
        ],
        merged=(1, 2),
        col=2,
    )  # fmt: skip
    s.row(*W8, col=2)  # the header printed again at the top of the second page
    s.ws.row_breaks.append(Break(id=s.r - 1))
    s.table(
        [
            ("效益指标", "社会效益指标", "下游受保护人口", "正向", "≥", 3.8, "万人", 15),
            (None, None, "隐患整改建议采纳率", "正向", "≥", 90, "%", 10),
            (None, "可持续影响指标", "水库安全“三个责任人”落实率", "正向", "=", 100, "%", 10),
            ("满意度指标", "服务对象满意度指标", "受益群众满意度", "正向", "≥", 90, "%", 10),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("合计", None, None, None, None, None, None, 100, col=2, merge=[(2, 8)])
    sign_off(s, who="谭明", checker="陆建国", phone="0745-6623107", filled=day(2025, 12, 2),
             col=2)  # fmt: skip
    return b

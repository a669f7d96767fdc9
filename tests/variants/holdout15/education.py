"""教育 (l10–l13): a county student-aid fund with 指标性质 / 比较符 / 计量单位 columns and standards
in 元/生/学期, a school-building project whose table starts in column C behind a spacer column, an
education bureau's department table with 分值 and 评（扣）分标准 and a repeated head after a page
break, and a school-meals transfer copied out of a PDF."""

from __future__ import annotations

from openpyxl.worksheet.pagebreak import Break

from tests.variants.heads import department_head, project_head
from tests.variants.holdout15.common import regional_head, shrug, sign_off
from tests.variants.holdout15.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

AMT = "#,##0.00"


@variant("l10-student-aid-ok", (1, 11), "project, OLD-NAT, 指标性质 as direction (正向/反向/"
         "定性), 比较符 and 计量单位 columns, standards fixed by policy with =, a zero 辍学 count, "
         "a pasted text number, 不低于上年 on a 巩固率")  # fmt: skip
def l10() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 36, 10, 10, 12, 14))
    project_head(
        s, year=2026, name="岚溪县学生资助补助资金", dept="岚溪县教育局",
        unit="岚溪县学生资助管理中心", attr="常年项目",
        money=[("资金总额", money(1486.4), "年度资金总额", money(1486.4)),
               ("其中：财政拨款", money(1486.4), "其中：财政拨款", money(1486.4)),
               ("其他资金", money(0), "其他资金", money(0))],
        goals=["落实从学前教育到高中阶段教育的学生资助政策，做到应助尽助，资助资金按时足额发放，"
               "不让一名学生因家庭经济困难而失学辍学。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标性质", "比较符", "指标值", "计量单位")
    fixed = "a standard fixed by policy: = is right"
    s.table(
        [
            ("产出指标", "数量指标", "资助家庭经济困难学生人次", "正向", "≥", "3200", "人次"),
            (None, None, "普通高中国家助学金资助人数", "正向", "≥", 1150, "人"),
            (None, "质量指标", "资助对象认定准确率", "正向", "=", 100, "%"),
            (None, None, "资助资金足额发放率", "正向", "=", 100, "%"),
            (None, "时效指标", "资助资金发放时限", "反向", "≤", 30, "个工作日"),
            (
                None,
                "成本指标",
                "普通高中国家助学金资助标准",
                "正向",
                shrug("=", fixed),
                1000,
                "元/生/学期",
            ),
            (
                None,
                None,
                "义务教育家庭经济困难寄宿生生活补助标准（小学）",
                "正向",
                shrug("=", fixed),
                500,
                "元/生/学期",
            ),
            ("效益指标", "社会效益指标", "家庭经济困难学生因贫失学辍学人数", "反向", "=", 0, "人"),
            (
                None,
                None,
                "义务教育巩固率",
                "正向",
                None,
                shrug("不低于上年", "a comparative target on a rate"),
                None,
            ),
            (None, "可持续影响指标", "学生资助政策", "定性", None, "长期有效实施", None),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "正向", "≥", 90, "%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("l11-school-building-column-c", (6, 11, 13), "project, OLD-NAT, table from column C "
         "with an empty spacer column: a start date two years before the budget year, a value "
         "without a name, a 达标率 as a count, a 辍学率 with ≥")  # fmt: skip
def l11() -> Book:
    b = Book()
    s = b.sheet("项目表", widths=(3, 3, 14, 16, 32, 8, 18, 16))
    s.row("2025年度项目支出绩效目标表", merge=[(3, 8)], col=3)
    s.row("项目名称", "汶屏县义务教育薄弱环节改善与能力提升项目", None, "主管部门", "汶屏县教育局",
          None, merge=[(4, 5), (7, 8)], col=3)  # fmt: skip
    s.row("实施单位", "汶屏县教育局", None, "项目属性", "延续项目", None,
          merge=[(4, 5), (7, 8)], col=3)  # fmt: skip
    s.row("项目期", "1年", "计划开始日期",
          mk(day(2023, 3, 1), "Y102", "error", alt=("Y101",), note="2023 in a 2025 table"),
          "计划完成日期", day(2025, 12, 31), col=3)  # fmt: skip
    s.row("项目资金（万元）", "资金总额", money(1260, AMT), "年度资金总额", money(1260, AMT), None,
          col=3)  # fmt: skip
    s.row(None, "其中：财政拨款", money(1100, AMT), "其中：财政拨款", money(1100, AMT), None, col=3)
    s.row(None, "其他资金", money(160, AMT), "其他资金", money(160, AMT), None, col=3)
    s.ws.merge_cells(start_row=5, start_column=3, end_row=7, end_column=3)
    s.row("年度绩效目标", "改扩建校舍6000平方米，购置教学仪器设备1200台（套），消除校舍安全隐患，"
          "改善农村义务教育学校基本办学条件。", merge=[(4, 8)], col=3)  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", None, "指标值", "备注", col=3)
    s.table(
        [
            ("产出指标", "数量指标", "新建、改扩建校舍面积", None, "≥6000平方米", None),
            (
                None,
                None,
                mk(None, "F110", "error", note="a value without a name"),
                None,
                "≥35所",
                None,
            ),
            (None, None, "购置教学仪器设备", None, "≥1200台（套）", None),
            (
                None,
                "质量指标",
                "校舍安全达标率",
                None,
                mk("12所", "T105", "error", note="a 达标率 given as a count"),
                None,
            ),
            (None, None, "工程验收合格率", None, "=100%", None),
            (None, "时效指标", "工程按期完工率", None, "≥95%", None),
            (None, "成本指标", "校舍改扩建单位造价", None, "≤1800元/平方米", "含配套设施"),
            (
                "效益指标",
                "社会效益指标",
                "学生辍学率",
                None,
                mk("≥0.5%", "T108", "warning", row=True, note="辍学率 is 反向: ≤0.5% meant"),
                None,
            ),
            (None, None, "义务教育学校办学条件", None, "明显改善", None),
            (None, "可持续影响指标", "义务教育均衡发展水平", None, "持续提升", None),
            ("满意度指标", "服务对象满意度指标", "师生及家长满意度", None, "≥90%", None),
        ],
        merged=(1, 2),
        col=3,
    )
    return b


_HEAD = ("一级指标", "二级指标", "三级指标", "指标值", "分值", "评（扣）分标准")


@variant("l12-education-bureau-department-ok", (4, 10, 12), "department, NAT-2021, 分值 and "
         "评（扣）分标准 columns, points adding to 100 with a 合计 row, the head repeated after a "
         "page break, sign-off lines with a fill date in the year before")  # fmt: skip
def l12() -> Book:
    b = Book()
    s = b.sheet("部门整体支出绩效目标表", widths=(16, 22, 32, 16, 10, 26))
    department_head(
        s, year=2026, dept="岚溪县教育局",
        budget=[(money(12846.3, AMT), money(12306.3, AMT), money(540, AMT), money(9416.3, AMT),
                 money(3430, AMT))],
        tasks=[("学前教育普惠发展", "公办园扩容、普惠性民办园奖补", money(1120, AMT),
                "普惠性幼儿园覆盖率稳步提高"),
               ("义务教育优质均衡", "学校标准化建设、生均公用经费保障", money(1460, AMT),
                "县域义务教育优质均衡推进"),
               ("教师队伍建设", "教师培训、乡村教师生活补助", money(850, AMT),
                "教师专业能力提升"),
               ("金额合计", None, money(3430, AMT), None)],
        goal="推进学前教育普及普惠、义务教育优质均衡发展，加强教师队伍建设，办好人民满意的教育。",
        filled=day(2025, 11, 18),
    )  # fmt: skip
    s.row(*_HEAD)
    s.table(
        [
            ("产出指标（50分）", "数量指标", "义务教育学校标准化建设", "≥8所", 10, "每少1所扣1分"),
            (None, None, "中小学教师培训", "≥2600人次", 10, "按完成比例计分"),
            (None, "质量指标", "义务教育入学率", "=100%", 10, "未达到不得分"),
            (None, None, "九年义务教育巩固率", pct(0.975, "0.0%"), 10, "每低0.5个百分点扣2分"),
            (None, "时效指标", "生均公用经费拨付及时率", "=100%", 10, "每延迟1个月扣2分"),
            (
                "成本指标（10分）",
                "经济成本指标",
                "义务教育小学生均公用经费标准",
                shrug("≥365元/生/学期", "a floor set by policy"),
                10,
                "低于标准不得分",
            ),
        ],
        merged=(1, 2),
    )
    s.ws.row_breaks.append(Break(id=s.r))
    s.row(*_HEAD)
    s.table(
        [
            (
                "效益指标（30分）",
                "社会效益指标",
                "县域义务教育优质均衡发展",
                "稳步推进",
                10,
                "定性评价",
            ),
            (None, None, "学生体质健康达标率", "≥92%", 10, "每低1个百分点扣2分"),
            (None, "可持续影响指标", "教育公平", "持续提升", 10, "定性评价"),
            (
                "满意度指标（10分）",
                "服务对象满意度指标",
                "学生家长满意度",
                "≥90%",
                10,
                "每低1个百分点扣1分",
            ),
        ],
        merged=(1, 2),
    )
    s.row("合计", None, None, None, 100, None, merge=[(1, 4)])
    sign_off(s, year=2025, month=11, date=18, who="柯佳宁", checker="沈立群",
             phone="0736-5512087")  # fmt: skip
    return b


@variant("l13-school-meals-pdf", (6, 9, 12), "regional transfer table, OLD-NAT, copied from a "
         "PDF: an amount split by a space, a detail amount pasted twice, a 时效指标 template row "
         "left empty, amounts in 万元 to four decimals")  # fmt: skip
def l13() -> Book:
    b = Book()
    s = b.sheet("Sheet1", widths=(14, 16, 34, 18, 16, 16))
    regional_head(
        s, year="2026年度", name="农村义务教育学生营养改善计划补助资金", central="教育部",
        local="朔岚省教育厅",
        money=[("年度金额：", money(3520.3376, "0.0000")),
               ("其中：中央补助", mk("2805.337 6", "X105", "warning", alt=("X103",),
                                   note="a space inside the number (PDF)")),
               ("　　　地方资金", money(715, "0.0000"))],
        goals=["为试点地区约3.5万名农村义务教育学生提供营养膳食补助，保障学校食堂供餐安全，"
               "学生营养健康状况逐步改善。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值", "备注", None, merge=[(5, 6)])
    s.table(
        [
            ("产出指标", "数量指标", "营养改善计划覆盖学生人数", "≥3.5万人", None),
            (None, None, "覆盖学校数", "≥260所", None),
            (None, "质量指标", "供餐食品安全事故发生次数", "=0次", None),
            (None, None, "学生营养膳食补助足额发放率", "=100%", None),
            (
                None,
                mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
                None,
                None,
                None,
            ),
            (
                None,
                "成本指标",
                "学生营养膳食补助标准",
                shrug("≥5元/生/天", "a floor set by policy"),
                "按在校天数计算",
            ),
            ("效益指标", "社会效益指标", "学生营养健康状况", "逐步改善", None),
            (None, "可持续影响指标", "营养改善计划长效机制", "健全", None),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%", None),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金明细（万元）", "学生营养膳食补助", money(3160.3376, "0.0000"), None)
    top = s.r
    s.row(None, "食堂设备购置", money(240, "0.0000"), None)
    s.row(
        None,
        "食品安全抽检监测",
        mk("120万120万", "X106", "error", alt=("B108",), note="pasted twice"),
        None,
    )
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    return b

"""Projects of schools and the education bureau: teacher training and 校舍维修 with detail
lines, and a vocational school's multi-year projects with 中期 and 年度 columns.

ij04 teacher training, numbered labels: details not adding to their 合计, `≥98%%`, a tier-2
under the wrong tier-1; ij05 校舍维修 with a 指标值设定依据 column and detail lines (correct);
ij06 校舍维修 with a completion date two years back and a 投诉率 given ≥;
ij15 实训基地 over three years: cumulative counts copied into 年度, an annual count above the
period, a value without a name; ij17 "双师型"教师 over two years, 比较符 and unit columns,
dates as dates (correct).
"""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout26.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("ij04-teacher-training", (5, 12), "project, NAT-2021, numbered labels, detail lines")
def ij04() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    project_head(
        s, year=2026, name="2026年中小学教师培训", dept="白鹭县教育局", unit="白鹭县教师发展中心",
        money=[("资金总额", money(160), "其中：财政拨款", money(160)),
               ("其他资金", money(0), None, None)],
        goals=["完成国培配套、省级骨干教师培训和县级全员培训3352人次，建设名师工作室8个，提升"
               "中小学教师教育教学能力。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("一、产出指标", "1.数量指标", "参训教师人次", "≥3352人次"),
            (None, None, "名师工作室建设数量", "8个"),
            (
                None,
                "2.质量指标",
                "参训教师结业合格率",
                mk("≥98%%", "T116", "warning", note="a doubled percent sign"),
            ),
            (
                None,
                mk("3.社会效益指标", "F105", "error", note="a 效益 tier-2 inside 产出指标"),
                "教师教学能力提升",
                "有效提升",
            ),
            (None, "4.时效指标", "年度培训计划完成时间", "2026年12月20日前"),
            ("二、成本指标", "1.经济成本指标", "县级全员培训人均成本", "≤200元/人"),
            ("三、效益指标", "1.社会效益指标", "参训教师课堂教学优良率", "≥85%"),
            (None, "2.可持续影响指标", "教师专业发展长效机制", "逐步健全"),
            ("四、满意度指标", "1.服务对象满意度指标", "参训教师满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("项目资金明细（万元）", None, None, None, merge=[(1, 4)])
    s.row("序号", "支出内容", "测算依据", "金额")
    s.row(1, "国培计划配套", "140人×2500元/人", money(35))
    s.row(2, "省级骨干教师培训", "97人×5000元/人", money(48.5))
    s.row(3, "县级全员培训", "3115人×200元/人", money(62.3))
    s.row(4, "名师工作室", "8个×1.775万元/个", money(14.2))
    s.row("合计", None, None, mk(money(165), "B102", "error", alt=("B101",),
                                 note="35 + 48.5 + 62.3 + 14.2 = 160"))  # fmt: skip
    return b


@variant("ij05-school-repair-ok", (4, 7, 12),
         "project, NAT-2021, 指标值设定依据 column, repair detail lines by school")  # fmt: skip
def ij05() -> Book:
    b = Book()
    s = b.sheet("校舍维修", (16, 18, 30, 20, 16, 16))
    project_head(
        s, year=2026, name="2026年中小学校舍维修改造", dept="鹤川县教育局",
        unit="鹤川县教育局基建股", attr="一次性项目",
        money=[("资金总额", money(273, WAN), "其中：财政拨款", money(200, WAN)),
               ("其他资金", money(73, WAN), None, None)],
        goals=["暑假期间完成溪口小学、东岗中学、南塘幼儿园3所学校校舍维修改造4200平方米，秋季学期"
               "开学前交付使用，消除校舍安全隐患。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", "指标值设定依据")
    s.table(
        [
            ("产出指标", "数量指标", "维修改造校舍面积", "≥4200平方米", "计划标准"),
            (None, None, "维修改造学校数", "3所", "计划标准"),
            (None, "质量指标", "工程验收合格率", pct(1), "行业标准"),
            (None, "时效指标", "工程完工时间", "2026年8月25日前", "计划标准"),
            ("成本指标", "经济成本指标", "校舍维修单位面积成本", "≤650元/平方米", "行业标准"),
            ("效益指标", "社会效益指标", "维修校舍安全隐患消除率", pct(1), "计划标准"),
            (None, "可持续影响指标", "维修后校舍安全使用年限", "≥10年", "行业标准"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%", "历史标准"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("维修项目明细", "学校", "维修内容", "面积（平方米）", "金额（万元）")
    top = s.r
    s.row(None, "溪口小学", "屋面防水及排水改造", 1200, money(78))
    s.row(None, "东岗中学", "外墙修缮及门窗更换", 1600, money(104))
    s.row(None, "南塘幼儿园", "室内改造及消防设施", 1400, money(91))
    s.row(None, "合计", None, 4200, money(273))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    s.row("填表人：曾立华", None, "审核人：汤敏", None, "联系电话：0743-5216093")
    return b


@variant("ij06-repair-old-date", (11,), "project, OLD-NAT, one value column")
def ij06() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="乡村小学厕所及围墙维修", dept="芦滩县教育局", unit="芦滩县教育局",
        attr="一次性项目",
        money=[("资金总额", money(96), "其中：财政拨款", money(96)),
               ("其他资金", money(0), None, None)],
        goals=["维修改造5所乡村小学厕所及围墙1500平方米，暑假期间完工。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "维修改造面积", "≥1500平方米"),
            (None, None, "维修学校数", "5所"),
            (None, "质量指标", "工程验收合格率", "100%"),
            (
                None,
                "时效指标",
                "工程完工时间",
                mk(
                    "2024年8月31日前",
                    "Y102",
                    "error",
                    alt=("Y101",),
                    note="a 2026 project completed by 2024: copied from an old table",
                ),
            ),
            (None, "成本指标", "单位面积维修成本", "≤640元/平方米"),
            ("效益指标", "社会效益指标", "学校卫生条件", "明显改善"),
            (
                None,
                None,
                "工程质量投诉率",
                mk("≥5%", "T108", "warning", row=True, note="投诉率 is 反向"),
            ),
            (None, "可持续影响指标", "校舍设施使用年限", "≥15年"),
            ("满意度指标", "服务对象满意度指标", "师生满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ij15-training-base-years", (8, 6, 13), "three-year project, NAT-2021, 中期 and 年度")
def ij15() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 18, 18, 18))
    project_head(
        s, year=2026, years=3, name="智能制造专业群实训基地建设", dept="潭州市教育局",
        unit="潭州市第二职业中等专业学校", attr="新增项目",
        money=[("中期资金总额", money(1800), "年度资金总额", money(650)),
               ("其中：财政拨款", money(1500), "其中：财政拨款", money(550)),
               ("其他资金", money(300), "其他资金", money(100))],
        goals=["三年建成智能制造专业群实训室12个，采购实训设备600台套，累计实训学生9000人次以上。",
               "2026年建成实训室4个，采购实训设备200台套，完成实训3000人次。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
    s.table(
        [
            (
                "产出指标",
                "数量指标",
                "新建专业实训室数量",
                "≥12个",
                mk("≥12个", "D202", "warning", note="the period count copied into 年度 (goal: 4)"),
            ),
            (
                None,
                None,
                "实训学生人次",
                "≥9000人次",
                mk("≥9000人次", "D202", "warning", note="copied from 中期 (goal: 3000)"),
            ),
            (
                None,
                None,
                "采购实训设备台套数",
                "≥600台套",
                mk("≥650台套", "D201", "error", note="annual above the period"),
            ),
            (None, None, mk(None, "F110", "error", note="a value without a name"), "≥4家", "≥2家"),
            (None, "质量指标", "实训设备验收合格率", "=100%", "=100%"),
            (None, "时效指标", "年度建设任务完成率", "≥95%", "≥95%"),
            ("成本指标", "经济成本指标", "实训室建设单位成本", "≤150万元/个", "≤150万元/个"),
            ("效益指标", "社会效益指标", "毕业生专业对口就业率", "≥80%", "≥75%"),
            (None, "可持续影响指标", "实训基地设备使用年限", "≥8年", "≥8年"),
            ("满意度指标", "服务对象满意度指标", "学生满意度", "≥90%", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ij17-dual-teacher-ok", (1, 8), "two-year project, NAT-2021, 比较符 and unit columns")
def ij17() -> Book:
    b = Book()
    s = b.sheet("绩效目标", (16, 18, 30, 8, 16, 16, 12))
    project_head(
        s, year=2026, years=2, name="职业院校“双师型”教师培养", dept="潭州市教育局",
        unit="潭州市工业职业技术学校", attr="新增项目",
        money=[("中期资金总额", money(180, WAN), "年度资金总额", money(90, WAN)),
               ("其中：财政拨款", money(180, WAN), "其中：财政拨款", money(90, WAN))],
        goals=["两年培养“双师型”专业教师80人，组织教师企业实践160人次，健全校企合作培养机制。",
               "2026年培养第一批“双师型”教师40人，秋季学期开学前完成首轮企业实践。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "实施期指标值", "年度指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "培养“双师型”教师人数", "≥", 80, 40, "人"),
            (None, None, "教师企业实践人次", "≥", 160, 80, "人次"),
            (None, "质量指标", "“双师型”教师认定通过率", "≥", pct(0.9, "0.0%"),
             pct(0.9, "0.0%"), "%"),
            (None, "时效指标", "培养任务完成时间", "≤", day(2027, 12, 31, CN_DATE),
             day(2026, 12, 31, CN_DATE), None),
            ("成本指标", "经济成本指标", "人均培养成本", "≤", 2.25, 2.25, "万元/人"),
            ("效益指标", "社会效益指标", "专业教师实践教学能力", "定性", "明显提升", "有所提升",
             None),
            (None, "可持续影响指标", "校企合作培养机制", "定性", "健全", "逐步健全", None),
            ("满意度指标", "服务对象满意度指标", "学生对专业课教学满意度", "≥", pct(0.9),
             pct(0.9), "%"),
        ],
        merged=(1, 2),
    )  # fmt: skip
    s.row("注：实施期为2026年1月至2027年12月，年度指标值为2026年度目标。")
    return b

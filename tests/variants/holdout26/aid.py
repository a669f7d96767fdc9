"""Student-aid projects (学生资助): the standard times the students is the money.

ij01 国家助学金 (中职), operator and unit columns, percent cells, a 因贫辍学 target of 0 (correct);
ij02 营养改善计划 5元/生·天 × 200天 × 8000人, the money block not adding up, a rate as a count;
ij03 学前教育资助 across 2026 春季 and 2026—2027学年秋季学期, table in column B under a two-line
header (correct); ij16 普通高中国家助学金 pasted from a PDF (split number, amount pasted twice);
ij18 学前教育资助 whose standard × children exceeds the money, no 满意度指标, a rate with =.
"""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout26.registry import variant
from tests.variants.kit import CN_DATE, WAN, Book, day, mk, money, pct


@variant("ij01-stipend-columns-ok", (1, 4, 12), "project, OLD-NAT, 比较符 and 计量单位 columns")
def ij01() -> Book:
    b = Book()
    s = b.sheet("项目绩效目标", (14, 14, 30, 8, 12, 12))
    project_head(
        s, year=2026, name="2026年中等职业学校国家助学金", dept="枫溪县教育局（301）",
        unit="枫溪县学生资助管理中心", attr="常年项目",
        money=[("资金总额", money(240, WAN), "其中：财政拨款", money(240, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["按每生每年2000元标准，资助全县中职学校一、二年级涉农专业学生和家庭经济困难学生约"
               "1200人，春、秋两个学期资助资金足额发放到受助学生本人。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "受助学生人数", "≥", 1200, "人"),
            (None, None, "国家助学金资助标准", "=", 2000, "元/人·年"),
            (None, "质量指标", "资助对象认定准确率", "≥", pct(0.98), "%"),
            (None, "时效指标", "资助资金发放及时率", "=", pct(1), "%"),
            (None, "成本指标", "国家助学金支出总额", "≤", money(240), "万元"),
            ("效益指标", "社会效益指标", "家庭经济困难学生因贫辍学人数", "=", 0, "人"),
            (None, "可持续影响指标", "学生资助政策知晓率", "≥", pct(0.95), "%"),
            ("满意度指标", "服务对象满意度指标", "受助学生满意度", "≥", pct(0.9), "%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("注：资助标准按省财政厅、省教育厅有关文件执行，春季学期、秋季学期各发放一半。")
    s.row("填表人：邹晓岚", None, "审核人：熊建平", None, "联系电话：0795-6231847")
    s.row("填报日期：", day(2025, 11, 18, CN_DATE))
    return b


@variant("ij02-nutrition-meals", (1, 12), "project, NAT-2021, operators inside the values")
def ij02() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    project_head(
        s, year=2026, name="农村义务教育学生营养改善计划", dept="青岚县教育体育局",
        unit="青岚县教育体育局", attr="延续项目",
        money=[("资金总额", mk(money(800), "B101", "error",
                               note="740 + 40 = 780, not 800")),
               ("其中：财政拨款", money(740)), ("其他资金", money(40))],
        goals=["按每生每天5元标准，为全县28所农村义务教育学校约8000名学生提供营养膳食补助，全年"
               "供餐不少于200天，改善农村学生营养健康状况。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "受益学生人数", "≥8000人"),
            (None, None, "全年供餐天数", "≥200天"),
            (None, "质量指标", "食堂食品安全抽检合格率", pct(1)),
            (
                None,
                None,
                "学生营养健康监测覆盖率",
                mk("28所", "T105", "error", note="a rate given as a count of schools"),
            ),
            (None, "时效指标", "膳食补助资金拨付及时率", "≥95%"),
            ("成本指标", "经济成本指标", "营养膳食补助标准", "≤5元/生·天"),
            ("效益指标", "社会效益指标", "农村学生营养健康状况", "逐步改善"),
            (None, "可持续影响指标", "营养餐供餐长效机制", "健全"),
            ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    return b


@variant("ij03-preschool-school-year-ok", (4, 7, 12),
         "project, NAT-2021, from column B, two-line header, 学年 across years")  # fmt: skip
def ij03() -> Book:
    b = Book()
    s = b.sheet("学前资助", (14, 14, 14, 30, 22, 22))
    s.title("2026年度项目支出绩效目标表", 6)
    s.row("项目名称", "学前教育幼儿资助", None, "主管部门", "石溪县教育局", merge=[(2, 3), (5, 6)])
    s.row("实施单位", "石溪县学生资助管理中心", None, "项目属性", "常年项目",
          merge=[(2, 3), (5, 6)])  # fmt: skip
    s.row("项目期", "1年", "计划开始日期", day(2026, 1, 1), "计划完成日期", day(2026, 12, 31))
    s.row("项目资金（万元）", "资金总额", money(150, WAN), "其中：财政拨款", money(150, WAN))
    s.row("年度绩效目标",
          "资助2026年春季学期和2026—2027学年秋季学期在园家庭经济困难幼儿约1500人，按每生每年"
          "1000元标准减免保育教育费，保障困难家庭幼儿接受学前教育。", merge=[(2, 6)])  # fmt: skip
    s.skip()
    s.row("绩效指标", None, None, None, merge=[(2, 5)], col=2)
    s.row("一级指标", "二级指标", "三级指标", "年度指标值", col=2)
    s.table(
        [
            ("产出指标", "数量指标", "资助幼儿人数", "≥1500人"),
            (None, "质量指标", "资助对象精准率", pct(0.98)),
            (None, "时效指标", "秋季学期资助资金发放时间", "2026年11月30日前"),
            ("成本指标", "经济成本指标", "幼儿资助标准", "1000元/生·年"),
            ("效益指标", "社会效益指标", "家庭经济困难幼儿入园率", "≥95%"),
            (None, "可持续影响指标", "学前教育资助长效机制", "持续健全"),
            ("满意度指标", "服务对象满意度指标", "受助幼儿家长满意度", pct(0.92)),
        ],
        merged=(1, 2),
        col=2,
    )
    s.row("填报说明：2026—2027学年秋季学期资助资金在2026年12月底前发放完毕，春季学期资金已于"
          "上半年发放。", merge=[(2, 5)], col=2)  # fmt: skip
    return b


@variant("ij16-hs-stipend-pdf", (9, 12), "project, OLD-NAT, pasted from a PDF, detail lines")
def ij16() -> Book:
    b = Book()
    s = b.sheet("Sheet1", (16, 18, 30, 16, 18, 18))
    project_head(
        s, year=2026, name="普通高中国家助学金及资助工作经费", dept="云渡市教育局",
        unit="云渡市学生资助管理中心", attr="常年项目",
        money=[("资金总额", mk("1205.337 6", "X105", "warning", alt=("X103",),
                               note="a PDF line break inside 1205.3376")),
               ("其中：财政拨款", money(1205.3376, "0.0000")), ("其他资金", money(0))],
        goals=["按每生每年2000元标准资助普通高中家庭经济困难学生5426人，保障全市学生资助"
               "管理、信息系统运维和政策宣传工作。"],
    )  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table(
        [
            ("产出指标", "数量指标", "资助普通高中学生人数", "5426人"),
            (None, None, "资助政策宣传活动场次", "≥12场"),
            (None, "质量指标", "学生资助信息系统数据准确率", "≥98%"),
            (None, "时效指标", "助学金按学期发放及时率", "100%"),
            (None, "成本指标", "国家助学金资助标准", "2000元/生·年"),
            ("效益指标", "社会效益指标", "家庭经济困难学生应助尽助", "应助尽助"),
            (None, "可持续影响指标", "资助育人工作机制", "长效运行"),
            ("满意度指标", "服务对象满意度指标", "受助学生及家长满意度", "≥90%"),
        ],
        merged=(1, 2),
    )
    s.skip()
    s.row("资金测算明细", "支出内容", "测算依据", "金额（万元）")
    s.row(None, "国家助学金", "5426人×2000元/人·年", money(1085.2, "0.0000"))
    s.row(None, "资助工作经费", "信息系统运维、宣传、培训",
          mk("120.1376万120.1376万", "X106", "error", alt=("B108",),
             note="the amount pasted twice"))  # fmt: skip
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    return b


@variant("ij18-preschool-aid-over", (1, 12), "project, NAT-2021, 比较符 column, no 满意度指标")
def ij18() -> Book:
    b = Book()
    s = b.sheet("绩效目标表", (14, 16, 30, 8, 14, 12))
    project_head(
        s, year=2026, name="学前教育资助资金", dept="澄川县教育局", unit="澄川县学生资助管理中心",
        money=[("资金总额", money(200, WAN), "其中：财政拨款", money(200, WAN)),
               ("其他资金", money(0, WAN), None, None)],
        goals=["按每生每年1200元标准，资助全县公办幼儿园和普惠性民办幼儿园家庭经济困难幼儿约2000"
               "人次。"],
    )  # fmt: skip
    b.file_mark("B107", "warning", note="1200元 × 2000人 = 240万元 > 200万元")
    b.file_mark("F106", "error", note="no 满意度指标 (the aid has identifiable users)")
    s.row("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    s.table(
        [
            ("产出指标", "数量指标", "资助幼儿人数", "≥", 2000, "人次"),
            (None, "质量指标", "资助对象认定符合率", "≥", pct(0.97), "%"),
            (
                None,
                "时效指标",
                "资助资金发放及时率",
                mk("=", "T107", "warning", row=True, note="= on a rate, ≥ meant"),
                pct(0.95),
                "%",
            ),
            ("成本指标", "经济成本指标", "幼儿资助标准", "≤", 1200, "元/生·年"),
            (
                "效益指标",
                "社会效益指标",
                "困难家庭幼儿因经济原因失学情况",
                "定性",
                "有效避免",
                None,
            ),
            (None, "可持续影响指标", "普惠性学前教育资助体系", "定性", "逐步完善", None),
        ],
        merged=(1, 2),
    )
    s.row("填报人：石婉清", None, "联系电话：0736-5829014", None, "填报日期：2025年12月3日")
    return b

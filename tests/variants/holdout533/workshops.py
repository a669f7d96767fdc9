"""Both crafts' workshops: notes and header words, department money, template rows left empty,
conversion artefacts and a budget-system export."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout533.common import (
    SHEARS_DEPT,
    WOK_DEPT,
    YEAR,
    indicators,
    notes,
    one_year,
    signature,
    start,
    wan,
)
from tests.variants.holdout533.registry import variant
from tests.variants.kit import Book, day, mk, pct

CONTENT_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准")


@variant(
    "bw13-wok-footnotes",
    (4, 7),
    "project, OLD-NAT, headers 指标内容 and 绩效标准, a note "
    "row inside, header repeated after a page break, 填表说明 and signature (correct)",
)
def wok_footnotes() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="砧岭铁锅锻制技艺口述史整理",
        dept=WOK_DEPT,
        unit="砧岭县文化馆",
        money=one_year(wan(18), wan(18), wan(0)),
        goals=["采录锻锅老艺人口述史并整理成册。"],
    )
    indicators(
        s,
        CONTENT_HEAD,
        [
            ("产出指标", "数量指标", "采录锻锅老艺人人数", "≥8人"),
            (None, None, "口述史文字整理", "≥15万字"),
            (None, "质量指标", "采录资料专家验收通过率", "100%"),
        ],
    )
    notes(s, "注：验收由县非遗保护专家组按采录规范组织。", width=4)
    s.skip()
    indicators(
        s,
        CONTENT_HEAD,
        [
            ("产出指标", "时效指标", "口述史成册时间", "11月30日前"),
            (None, "成本指标", "每位艺人采录成本", "≤1.2万元/人"),
            ("效益指标", "社会效益指标", "口述史向学校赠阅册数", "≥200册"),
            ("满意度指标", "服务对象满意度指标", "受访艺人满意度", "≥90%"),
        ],
    )
    notes(s, "填表说明：1.指标值须写明比较符和单位；2.成本指标按单位成本填写。", width=4)
    signature(s, "龙季川", "0739-5581264", day(YEAR - 1, 11, 18))
    return b


@variant(
    "bw14-shears-department-money",
    (12, 7),
    "department, budget with shares, tasks adding "
    "to 金额合计, the indicators on a second sheet under 考核指标 / 目标值（年度） (correct)",
)
def shears_department_money() -> Book:
    b, s = start("部门整体")
    department_head(
        s,
        year=YEAR,
        dept="钳川市剪刀锻制传习所",
        budget=[
            (wan(500), wan(450), wan(50), wan(300), wan(200)),
            (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4)),
        ],
        tasks=[
            ("传习所运行", "维持锻制传习所日常传习", wan(80), "传习不断档"),
            ("剪刀技艺展示馆", "布展刀剪锻制工具与作品", wan(70), "展示馆开放"),
            ("作坊帮扶", "帮扶城郊手工剪刀作坊", wan(50), "作坊稳定经营"),
            ("金额合计", None, wan(200), None),
        ],
        goal="保障传习所运行，建成剪刀技艺展示馆，帮扶手工作坊。",
    )
    t = b.sheet("绩效指标", (16, 18, 30, 16, 30))
    t.title(f"{YEAR}年度部门整体支出绩效指标", 5)
    indicators(
        t,
        ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"),
        [
            ("产出指标", "数量指标", "传习所带教学徒", "≥30人", "达到得满分，每少1人扣0.5分"),
            (None, None, "展示馆布展展品", "≥300件", "达到得满分"),
            (None, "质量指标", "帮扶作坊剪刀抽检合格率", "≥95%", "按抽检报告计分"),
            ("成本指标", "经济成本指标", "每件展品布展成本", "≤0.2万元/件", "超标不得分"),
            ("效益指标", "社会效益指标", "展示馆年接待参观人次", "≥30000人次", "按票务记录计分"),
            (None, "可持续影响指标", "帮扶作坊持续经营率", "≥90%", "按年末经营情况计分"),
            ("满意度指标", "服务对象满意度指标", "学徒及作坊主满意度", "≥90%", "按问卷计分"),
        ],
    )
    return b


@variant(
    "bw15-wok-department-money-wrong",
    (12,),
    "department: 基本支出 + 项目支出 ≠ 资金总额, a "
    "share not matching its amount, tasks not adding to 金额合计",
)
def wok_department_money_wrong() -> Book:
    b, s = start()
    department_head(
        s,
        year=YEAR,
        dept="砧岭县铁砂镇文化综合服务中心",
        budget=[
            (
                mk(wan(360), "B101", "error", row=True, note="基本 220 + 项目 150 = 370"),
                wan(320),
                wan(40),
                wan(220),
                wan(150),
            ),
            (
                pct(1),
                mk(pct(0.8), "B111", "error", note="320 ÷ 360 = 88.9%"),
                pct(0.111, "0.0%"),
                None,
                None,
            ),
        ],
        tasks=[
            ("铸锅作坊帮扶", "帮扶镇内铸锅作坊", wan(60), "作坊稳定生产"),
            ("锻锅技艺展演", "组织锻锅技艺展演", wan(50), "展演常态化"),
            ("铁锅文化节", "举办铁锅文化节", wan(45), "扩大影响"),
            ("金额合计", None, mk(wan(150), "B102", "error", note="60 + 50 + 45 = 155"), None),
        ],
        goal="扶持铸锅锻锅作坊，办好铁锅文化节。",
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "帮扶铸锅作坊数", "≥10家"),
            (None, None, "锻锅技艺展演场次", "≥12场"),
            (None, "质量指标", "帮扶作坊产品抽检合格率", "≥95%"),
            ("成本指标", "经济成本指标", "每家作坊帮扶标准", "≤5万元/家"),
            ("效益指标", "社会效益指标", "铁锅文化节参与人次", "≥20000人次"),
            ("满意度指标", "服务对象满意度指标", "作坊主满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "bw16-shears-template-rows",
    (6, 13),
    "project, NAT-2021, header 预期目标: a tier-2 left "
    "from the template without indicator, a value whose name is empty",
)
def shears_template_rows() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="钳川剪刀淬火工艺标准化试点",
        dept=SHEARS_DEPT,
        unit="钳川市刀剪行业协会",
        money=one_year(wan(28), wan(25), wan(3)),
        goals=["在试点作坊推行剪刀淬火工艺规范。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "预期目标"),
        [
            ("产出指标", "数量指标", "淬火工艺试点作坊数", "≥6家"),
            (None, "质量指标", "试点作坊淬火硬度达标率", "≥95%"),
            (None, None, mk(None, "F110", "error", note="有指标值，三级指标名称为空"), "≥90%"),
            (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填写"), None, None),
            ("成本指标", "经济成本指标", "每家试点作坊补助标准", "≤4万元/家"),
            ("效益指标", "社会效益指标", "淬火工艺规范推广作坊数", "≥20家"),
            ("满意度指标", "服务对象满意度指标", "试点作坊满意度", "≥90%"),
        ],
    )
    return b


@variant(
    "bw17-wok-pdf-artefacts",
    (9,),
    "project, OLD-NAT, one value column, detail lines below: "
    "a split number, an amount pasted twice, a unit cost rounded to 0",
)
def wok_pdf_artefacts() -> Book:
    b, s = start()
    project_head(
        s,
        year=YEAR,
        name="炉湾村铸锅熔炉节能改造",
        dept=WOK_DEPT,
        unit="砧岭县炉湾村铸锅作坊",
        money=one_year(wan(70.45), wan(60.45), wan(10)),
        goals=["改造铸锅熔炉，降低能耗并保持铸锅品质。"],
    )
    indicators(
        s,
        ("一级指标", "二级指标", "三级指标", "指标值"),
        [
            ("产出指标", "数量指标", "改造节能熔炉数", "≥4座"),
            (None, "质量指标", "改造熔炉验收合格率", "100%"),
            (
                None,
                "成本指标",
                "每口铸锅熔炼能耗成本",
                mk("≤0万元/口", "T115", "error", note="单口成本按万元四舍五入成 0"),
            ),
            ("效益指标", "生态效益指标", "熔炉单位能耗下降率", "≥15%"),
            ("满意度指标", "服务对象满意度指标", "铸锅工人满意度", "≥90%"),
        ],
    )
    s.skip()
    s.row("项目支出明细", "支出内容", "金额（万元）", "测算依据")
    s.row(
        1,
        "生铁及焦炭采购",
        mk("32.4 5", "X105", "warning", alt=("X103",), note="32.45 被空格断开"),
        "按市价",
    )
    s.row(
        2,
        "熔炉模具翻新",
        mk("18万18万", "X106", "error", alt=("B108",), note="金额粘贴两次，应为 18"),
        "4座",
    )
    s.row(3, "节能炉衬材料", 20, "按询价")
    s.row("合计", None, 70.45, None)
    return b


@variant(
    "bw18-shears-export",
    (7, 4),
    "budget-system export: sheets 05-1 and 05-2, codes in the "
    "first columns, title and unit rows, two-row header on the third row (correct)",
)
def shears_export() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 26, 14, 14, 14))
    s.title(f"{YEAR}年部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("428011250003", "钳川手工剪刀锻制工坊提升", wan(64), wan(60), wan(4))
    s.row("合计", None, wan(64), wan(60), wan(4))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 18, 14, 24, 14, 16, 28, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位：钳川市剪刀锻制传习所")
    t.row(
        "单位代码",
        "单位名称",
        "项目代码",
        "项目名称",
        "绩效指标",
        None,
        None,
        "指标值",
        "计量单位",
        merge=[(5, 7)],
    )
    t.row(None, None, None, None, "一级指标", "二级指标", "三级指标")
    code = ("428011", "钳川市剪刀锻制传习所", "428011250003", "钳川手工剪刀锻制工坊提升")
    for row in [
        ("产出指标", "数量指标", "工坊锻制工位提升数", "≥16", "个"),
        ("产出指标", "质量指标", "工坊锻制剪刀抽检合格率", pct(0.97), None),
        ("产出指标", "时效指标", "工位提升完工时限", "≤240", "天"),
        ("成本指标", "经济成本指标", "每个工位提升成本", "≤3.5", "万元/个"),
        ("效益指标", "经济效益指标", "工坊手工剪刀销量增长率", "≥10", "%"),
        ("效益指标", "社会效益指标", "剪刀锻制体验接待人次", "≥3000", "人次"),
        ("满意度指标", "服务对象满意度指标", "工坊匠人满意度", "≥90", "%"),
    ]:
        t.row(*code, *row)
    return b

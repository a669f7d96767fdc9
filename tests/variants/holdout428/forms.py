"""Forms of both halves: header words, a table on a second sheet, department money blocks, a
budget-system export, decorated tier labels."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout428.common import (
    GARDEN,
    OUTREACH,
    YEAR,
    annual_money,
    first_sheet,
    indicators,
    project,
    sign,
    wan,
)
from tests.variants.holdout428.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

SCORE = "达到目标值得满分，未达到按完成比例计分"


@variant("xv13-aquatic-garden-headers", (7,),
         "project, NAT-2021, a two-row header (绩效指标 / 预期目标 over 考核指标 and "
         "目标值（年度）) and a 评价标准 column (correct)")  # fmt: skip
def aquatic_garden_headers() -> Book:
    b, s = first_sheet(widths=(14, 16, 28, 16, 30, 10))
    project(s, "水生植物专类园保育", annual_money(money(42), money(40), money(2)),
            ["保育水生植物180种以上，整治专类园水面6000平方米，6月底前开放睡莲展。"])  # fmt: skip
    top = s.row("绩效指标", None, None, "预期目标", "评价标准", merge=[(1, 3)])
    s.row("一级指标", "二级指标", "考核指标", "目标值（年度）")
    s.ws.merge_cells(start_row=top, start_column=5, end_row=top + 1, end_column=5)
    s.table([
        ("产出指标", "数量指标", "保育水生植物种类", "≥180种", SCORE),
        (None, None, "清淤整治专类园水面", "≥6000平方米", SCORE),
        (None, "质量指标", "专类园水质达标率", "≥90%", SCORE),
        (None, "时效指标", "睡莲展开展时间", "2025年6月30日前", SCORE),
        ("成本指标", "经济成本指标", "每平方米水面整治成本", "≤35元/平方米", SCORE),
        ("效益指标", "生态效益指标", "水生植物群落覆盖度", "≥60%", SCORE),
        (None, "社会效益指标", "专类园观赏游客", "≥15万人次", SCORE),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%", SCORE),
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("xv14-herbarium-second-sheet", (7, 9),
         "project: head on the first sheet, the indicator table on a second sheet under header "
         "预期实现值 with a unit column; a date pasted as a serial in a text cell, a time limit "
         "given as a percentage")  # fmt: skip
def herbarium_second_sheet() -> Book:
    b, s = first_sheet("项目基本信息")
    project(s, "植物标本馆标本整理入库", annual_money(wan(32), wan(30), wan(2)),
            ["整理入库馆藏积压标本12000份，订正标本鉴定名称，向科研人员开放查阅。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 28, 16, 12))
    t.title("植物标本馆标本整理入库绩效指标", 5)
    serial = mk("45930", "X104", "warning", note="45930 is the serial of 2025-09-30 kept as text")
    limit = mk(pct(1), "T113", "warning", note="a processing time limit given as 100%")
    indicators(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        ("产出指标", "数量指标", "整理入库标本", "≥12000", "份"),
        (None, None, "订正标本鉴定名称", "≥3000", "份"),
        (None, "质量指标", "标本鉴定准确率", "≥98", "%"),
        (None, "时效指标", "标本入库完成时间", serial, None),
        (None, None, "标本消毒处理时限", limit, "%"),
        (None, "成本指标", "单份标本整理成本", "≤20", "元/份"),
        ("效益指标", "社会效益指标", "提供标本查阅服务", "≥300", "人次"),
        (None, "可持续影响指标", "标本馆藏管理制度", "健全", None),
        ("满意度指标", "服务对象满意度指标", "查阅用户满意度", "≥90", "%"),
    ])  # fmt: skip
    return b


@variant("xv15-outreach-department-money", (4, 12),
         "department, NAT-2021: budget amounts with a share row, four key tasks with a 金额合计 "
         "equal to 项目支出, the indicator header repeated after a page break "
         "(correct)")  # fmt: skip
def outreach_department_money() -> Book:
    b, s = first_sheet()
    shares = (pct(1), pct(0.9231, "0.00%"), pct(0.0769, "0.00%"), pct(0.5962, "0.00%"),
              pct(0.4038, "0.00%"))  # fmt: skip
    department_head(s, year=YEAR, dept=OUTREACH,
                    budget=[(wan(520), wan(480), wan(40), wan(310), wan(210)), shares],
                    tasks=[
                        ("自然科普课堂", "面向中小学生开设植物科普课程", wan(85),
                         "全年开展科普课程不少于80场"),
                        ("植物科普展览", "举办主题科普展览", wan(70), "举办主题展览不少于6场"),
                        ("科普志愿服务", "科普志愿者招募培训与管理", wan(25),
                         "在册科普志愿者不少于150人"),
                        ("科普数字传播", "新媒体科普内容制作", wan(30), "发布科普作品不少于200篇"),
                        ("金额合计", None, wan(210), None),
                    ],
                    goal="办好自然课堂、科普展览和新媒体科普，"
                         "全年科普受众20万人次以上。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值")
    indicators(s, head, [
        ("产出指标", "数量指标", "开展自然科普课程", "≥80场"),
        (None, None, "举办主题科普展览", "≥6场"),
        (None, None, "发布新媒体科普作品", "≥200篇"),
        (None, "质量指标", "科普内容审核通过率", "=100%"),
        (None, "时效指标", "主题展览按计划开展及时率", "≥95%"),
    ])  # fmt: skip
    indicators(s, head, [
        ("成本指标", "经济成本指标", "每场科普课程成本", "≤8000元/场"),
        ("效益指标", "社会效益指标", "科普受众", "≥20万人次"),
        (None, "可持续影响指标", "在册科普志愿者", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "参与公众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "韦晓棠", "0739-6153106", day(2024, 11, 18))
    return b


@variant("xv16-garden-department-money", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to their "
         "金额合计")  # fmt: skip
def garden_department_money() -> Book:
    b, s = first_sheet()
    total = mk(money(1900), "B101", "error", row=True,
               note="基本支出 1160 + 项目支出 720 = 1880 ≠ 1900 "
                    "(财政拨款 + 其他资金 holds)")  # fmt: skip
    summed = mk(money(720), "B102", "error", row=True,
                note="tasks 260 + 180 + 150 + 120 = 710 ≠ 720")  # fmt: skip
    department_head(s, year=YEAR, dept=GARDEN,
                    budget=[(total, money(1760), money(140), money(1160), money(720))],
                    tasks=[
                        ("专类园养护提升", "各专类园日常养护与景观提升", money(260),
                         "专类园养护达标"),
                        ("温室群运维", "展览温室和科研温室运行维护", money(180),
                         "温室全年稳定运行"),
                        ("活植物收集与引种", "国内外植物引种登录", money(150), "新增引种350种"),
                        ("植物科学研究", "植物分类和保育研究", money(120), "支撑科研课题"),
                        ("金额合计", None, summed, None),
                    ],
                    goal="保存活植物7000种以上，新增引种350种，"
                         "保障专类园和温室群运行。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "活植物收集保存种类", "≥7000种"),
        (None, None, "新增引种植物", "≥350种"),
        (None, "质量指标", "登录植物档案信息准确率", "≥98%"),
        (None, "时效指标", "病虫害监测报告报送及时率", "≥95%"),
        ("成本指标", "经济成本指标", "新引种植物平均引种成本", "≤2000元/种"),
        ("效益指标", "生态效益指标", "保存珍稀濒危植物", "≥420种"),
        (None, "社会效益指标", "年入园游客", "≥200万人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘昭禾", "0739-6152217", day(2024, 11, 18))
    return b


@variant("xv17-seed-bank-export", (5, 7),
         "budget-system export: money on sheet 部门项目支出预算05-1, indicators on sheet "
         "部门项目支出绩效目标05-2 with the header on the third row, project code and name in the "
         "first columns, abbreviated OLD-NAT tier labels repeated in every row "
         "(correct)")  # fmt: skip
def seed_bank_export() -> Book:
    code, name = "318006250017", "植物园种子库种质资源保存"
    b, s = first_sheet("部门项目支出预算05-1", (16, 26, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row(f"单位名称：{GARDEN}（318006）", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "合计", "财政拨款", "其他资金")
    s.row(code, name, "常年项目", money(58), money(50), money(8))
    s.row("合计", None, None, money(58), money(50), money(8))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 8, 16, 26, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 6)
    t.row(f"单位名称：{GARDEN}（318006）")
    t.row("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    for tier1, tier2, indicator, value in (
        ("产出", "数量", "新入库种子", "≥400份"),
        ("产出", "数量", "种子库保存种质总数", "≥12000份"),
        ("产出", "质量", "入库种子活力检测合格率", "≥85%"),
        ("产出", "时效", "种子干燥入库处理时限", "≤30天"),
        ("产出", "成本", "单份种子入库成本", "≤600元/份"),
        ("效益", "社会效益", "向科研单位提供种质材料", "≥60份"),
        ("效益", "生态效益", "保存本地特有植物种质", "≥80种"),
        ("满意度", "服务对象满意度", "科研合作单位满意度", "≥90%"),
    ):  # fmt: skip
        t.row(code, name, tier1, tier2, indicator, value)
    return b


@variant("xv18-exhibit-hall-wrong-parent", (5, 11),
         "project, NAT-2021, tier-1 labels marked with *, a core indicator with ★, header "
         "绩效目标值: a 效益 tier-2 under 产出, a 反向 rate with 不低于, a deadline after the "
         "one-year project")  # fmt: skip
def exhibit_hall_wrong_parent() -> Book:
    b, s = first_sheet()
    project(s, "植物科普展厅展陈更新", annual_money(wan(75), wan(70), wan(5)),
            ["更新植物科普展厅展陈，更新展板120块，新增互动展项8项，年内完成改造并开放。"],
            unit=OUTREACH)  # fmt: skip
    late = mk("2026年3月31日前", "Y102", "error",
              note="one-year 2025 project (2025-01-01 to 2025-12-31); "
                   "the deadline is in 2026")  # fmt: skip
    wrong = mk("不低于2%", "T108", "warning", row=True,
               note="故障率 is 反向: 不低于 (≥) should be 不高于 (≤)")  # fmt: skip
    parent = mk("可持续影响指标", "F105", "error", note="可持续影响指标 belongs under 效益指标")
    indicators(s, ("一级指标", "二级指标", "三级指标", "绩效目标值"), [
        ("*产出指标", "数量指标", "更新科普展板", "≥120块"),
        (None, None, "新增互动展项", "≥8项"),
        (None, "质量指标", "展陈内容科学性审核通过率", "=100%"),
        (None, None, "互动展项设备故障率", wrong),
        (None, "时效指标", "展厅改造完工时间", late),
        (None, parent, "展项日常维护制度", "建立并执行"),
        ("*成本指标", "经济成本指标", "单块展板制作成本", "≤1500元/块"),
        ("*效益指标", "社会效益指标", "★展厅年接待观众", "≥12万人次"),
        ("*满意度指标", "服务对象满意度指标", "观众满意度", "≥90%"),
    ])  # fmt: skip
    return b

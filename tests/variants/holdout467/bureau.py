"""Department returns, a flat list, stacked projects and a budget-system export covering both
glasses and dentures: six returns, three correct."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout467.common import (
    CIVIL,
    YEAR,
    notes,
    one_year,
    project,
    sign,
    stacked,
    table,
    w,
)
from tests.variants.holdout467.registry import variant
from tests.variants.kit import Book, mk, pct

HEADER = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("zi13-bureau-department", (4, 12),
         "department, NAT-2021: budget and tasks adding up, the header repeated after a page "
         "break, 注 rows and signature lines, fill date in the year before (correct)")  # fmt: skip
def zi13() -> Book:
    b = Book()
    s = b.sheet("部门整体")
    tasks = [
        ("老花镜免费验配", "为农村老年人筛查视力并配发老花镜", w(150), "验配老花镜≥7500副"),
        ("义齿免费安装", "为缺牙农村老年人安装活动义齿", w(270), "安装义齿≥1800人"),
        ("金额合计", None, w(420), None),
    ]
    department_head(s, year=YEAR, dept="岫川县卫生健康局", budget=[(1260, 1180, 80, 840, 420)],
                    goal="完成老花镜验配7500副、义齿安装1800人。", tasks=tasks)  # fmt: skip
    first = [
        ("成本指标", "经济成本指标", "单副老花镜验配成本", "≤200元/副"),
        (None, None, "人均义齿安装补助标准", "≤1500元/人"),
        ("产出指标", "数量指标", "老花镜验配数量", "≥7500副"),
        (None, None, "义齿安装人数", "≥1800人"),
    ]
    table(s, HEADER, first)
    s.skip()
    second = [
        ("产出指标", "质量指标", "义齿适配合格率", "≥95%"),
        (None, "时效指标", "年度任务完成时间", f"{YEAR}年12月25日前"),
        ("效益指标", "社会效益指标", "农村老年人缺牙修复率提高", "≥6百分点"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, HEADER, second)
    notes(s, "注：1.金额合计为项目支出，基本支出不列任务。",
          "2.缺牙修复率提高按百分点计算，基数为上年末抽样调查结果。")  # fmt: skip
    sign(s, "汤慧敏", "0736-5800417")
    return b


@variant("zi14-bureau-department-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to the "
         "金额合计")  # fmt: skip
def zi14() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    total = mk(1260, "B101", "error", note="850 + 420 = 1270 ≠ 1260 (1180 + 80 = 1260)")
    tasks = [
        ("老花镜送配到户", "为农村老年人送配老花镜", w(150), "送配老花镜≥7500副"),
        ("义齿修复补助", "为缺牙农村老年人修复义齿", w(270), "修复义齿≥1800人"),
        ("金额合计", None, mk(w(410), "B102", "error", note="150 + 270 = 420"), None),
    ]
    department_head(s, year=YEAR, dept=CIVIL, budget=[(total, 1180, 80, 850, 420)],
                    goal="落实农村老年人老花镜送配和义齿修复补助。", tasks=tasks)  # fmt: skip
    rows = [
        ("成本指标", "经济成本指标", "单副老花镜送配成本", "≤200元/副"),
        ("产出指标", "数量指标", "老花镜送配数量", "≥7500副"),
        (None, None, "义齿修复补助人数", "≥1800人"),
        (None, "时效指标", "补助发放及时率", "≥95%"),
        ("效益指标", "社会效益指标", "受助老人生活质量改善率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    table(s, HEADER, rows)
    sign(s, "岑国栋", "0736-5833590")
    return b


@variant("zi15-bureau-flat", (1, 3),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "typed percents, weights adding to 100, a 投诉率 with ≤ (correct)")  # fmt: skip
def zi15() -> Book:
    b = Book()
    s = b.sheet("Sheet1")
    tasks = [
        ("老花镜验配", "为农村老年人验配老花镜", 54, "验配≥3000副"),
        ("义齿安装", "为缺牙农村老年人安装义齿", 96, "安装≥600人"),
        ("金额合计", None, 150, None),
    ]
    department_head(s, year=YEAR, dept="岫川县老龄工作委员会办公室",
                    budget=[(860, 820, 40, 710, 150)], tasks=tasks,
                    goal="为农村老年人免费验配老花镜、安装义齿。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("老花镜免费验配数量", 20, "副", "≥", 3000),
        ("义齿免费安装人数", 20, "人", "≥", 600),
        ("义齿适配合格率", 15, "%", "≥", pct(0.95)),
        ("老花镜发放及时率", 10, "%", "≥", pct(0.95)),
        ("佩戴不适投诉率", 10, "%", "≤", pct(0.03)),
        ("单副老花镜采购成本", 10, "元/副", "≤", 180),
        ("受助老人满意度", 15, "%", "≥", pct(0.9)),
    ])  # fmt: skip
    s.row("合计", 100)
    sign(s, "伍晓兰", "0736-5856632")
    return b


@variant("zi16-bureau-stacked", (2,),
         "two projects stacked in one sheet (glasses, then dentures), OLD-NAT, one value "
         "column, the same indicator name with different values (correct)")  # fmt: skip
def zi16() -> Book:
    b, s = project("农村老年人老花镜免费验配项目", "岫川县人民医院眼科",
                   one_year(w(72), w(70), w(2)), ["免费验配老花镜4000副。"])  # fmt: skip
    table(s, HEADER, [
        ("产出指标", "数量指标", "老花镜免费验配数量", "≥4000副"),
        (None, "成本指标", "单副老花镜验配成本", "≤180元/副"),
        ("效益指标", "社会效益指标", "受助老人阅读困难缓解率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    stacked(s, "农村老年人义齿免费安装项目", "岫川县口腔医院",
            one_year(w(108), w(100), w(8)), "免费安装义齿720人。")  # fmt: skip
    table(s, HEADER, [
        ("产出指标", "数量指标", "义齿免费安装人数", "≥720人"),
        (None, "成本指标", "人均义齿安装成本", "≤1500元/人"),
        ("效益指标", "社会效益指标", "受助老人咀嚼功能恢复率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "甘秀芝", "0736-5821407")
    return b


@variant("zi17-bureau-export", (4, 7),
         "budget-system export: money on sheet 项目支出预算05-1 with a 合计 row, indicators on "
         "sheet 项目支出绩效目标05-2, project codes in the first columns (correct)")  # fmt: skip
def zi17() -> Book:
    b = Book()
    s = b.sheet("项目支出预算05-1", (16, 34, 14, 14, 14))
    s.title(f"{YEAR}年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("430521-25-0017", "农村老年人老花镜验配项目", w(64.8), w(60), w(4.8))
    s.row("430521-25-0018", "农村老年人义齿安装项目", w(126), w(120), w(6))
    s.row("合计", None, w(190.8), w(180), w(10.8))
    t = b.sheet("项目支出绩效目标05-2", (16, 28, 14, 18, 28, 16))
    t.title(f"{YEAR}年度部门项目支出绩效目标表", 6)
    t.row("单位：岫川县卫生健康局")
    glasses = ("430521-25-0017", "农村老年人老花镜验配项目")
    teeth = ("430521-25-0018", "农村老年人义齿安装项目")
    rows = [
        (*glasses, "产出指标", "数量指标", "老花镜验配数量", "≥3600副"),
        (None, None, None, "成本指标", "单副老花镜验配成本", "≤180元/副"),
        (None, None, "效益指标", "社会效益指标", "受助老人阅读困难缓解率", "≥85%"),
        (None, None, "满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
        (*teeth, "产出指标", "数量指标", "义齿安装人数", "≥700人"),
        (None, None, None, "成本指标", "人均义齿安装成本", "≤1800元/人"),
        (None, None, "效益指标", "社会效益指标", "受助老人咀嚼功能恢复率", "≥90%"),
        (None, None, "满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ]
    header = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值")
    table(t, header, rows, merged=(1, 2, 3, 4))
    return b


@variant("zi18-bureau-stacked-wrong", (2, 12),
         "two projects stacked, OLD-NAT, one value column: a 完成率 given as a count in the "
         "first, the second's money not adding up and its satisfaction with =")  # fmt: skip
def zi18() -> Book:
    b, s = project("偏远村老年人老花镜配送项目", "岫川县疾病预防控制中心",
                   one_year(w(54), w(50), w(4)), ["为偏远村老年人配送老花镜3000副。"])  # fmt: skip
    count = mk("3000副", "T105", "error", note="a 完成率 needs a percentage")
    table(s, HEADER, [
        ("产出指标", "数量指标", "老花镜配送数量", "≥3000副"),
        (None, None, "老花镜配送计划完成率", count),
        (None, "成本指标", "单副老花镜配送成本", "≤180元/副"),
        ("效益指标", "社会效益指标", "受助老人阅读困难缓解率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", "≥90%"),
    ])  # fmt: skip
    total = mk(w(96), "B101", "error", note="80 + 12 = 92 ≠ 96")
    stacked(s, "偏远村老年人义齿修复项目", "岫川县口腔医院",
            one_year(total, w(80), w(12)), "为偏远村缺牙老年人修复义齿500人。")  # fmt: skip
    eq = mk("=95%", "T107", "warning", note="= on a satisfaction: ≥95% meant")
    table(s, HEADER, [
        ("产出指标", "数量指标", "义齿修复人数", "≥500人"),
        (None, "成本指标", "人均义齿修复成本", "≤1800元/人"),
        ("效益指标", "社会效益指标", "受助老人进食能力改善率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受助老人满意度", eq),
    ])  # fmt: skip
    sign(s, "黎振华", "0736-5847751")
    return b

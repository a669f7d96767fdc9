"""Rescue-centre returns (xc13–xc18): department money blocks, flat lists, stacked projects,
notes and signature lines, a conversion artefact."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout409.common import YEAR, funds, notes, sign, start, table
from tests.variants.holdout409.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "澜港市海洋野生动物救护中心"
TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
FLAT = ("序号", "指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("xc13-department-money", (12, 4),
         "department, NAT-2021: budget, key tasks adding to a 金额合计 equal to 项目支出, a note "
         "explaining the total, signature lines (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept=DEPT, budget=[(860, 800, 60, 520, 340)], tasks=[
        ("海龟救护", "救治受伤、搁浅海龟并放归", 150, "救治海龟120只以上"),
        ("鲸豚救护", "搁浅鲸豚现场救护和康复", 110, "救护鲸豚30头以上"),
        ("科普宣传", "救护科普馆运行和进校园活动", 80, "科普受众1万人次以上"),
        ("金额合计", None, 340, None),
    ], goal="全面履行海洋野生动物救护职责，提升救护成功率和公众保护意识。")  # fmt: skip
    notes(s, "注：金额合计为项目支出部分，基本支出（人员和公用经费520万元）未列入年度主要任务。")
    table(s, TIERS, [
        ("成本指标", "经济成本指标", "单只海龟平均救治成本", "≤0.8万元/只"),
        ("产出指标", "数量指标", "救治受伤及搁浅海龟数量", "≥120只"),
        (None, None, "救护搁浅鲸豚数量", "≥30头"),
        (None, "质量指标", "救治成功率", "≥70%"),
        (None, "时效指标", "接报后到场时间", "≤2小时"),
        ("效益指标", "社会效益指标", "科普受众", "≥10000人次"),
        (None, "生态效益指标", "救护动物死亡下降率", "≥5%"),
        ("满意度指标", "服务对象满意度指标", "报警群众满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄潮生", "0593-6610358", day(YEAR, 1, 12))
    return b


@variant("xc14-department-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, key tasks not adding to the "
         "金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(900, "B101", "error", row=True, note="基本支出 520 + 项目支出 340 = 860 ≠ 900")
    department_head(s, year=YEAR, dept="海屿县海洋生物救护站", budget=[(total, 840, 60, 520, 340)],
                    tasks=[
        ("海龟救护", "救治受伤海龟并放归", 120, "救治海龟90只以上"),
        ("斑海豹救护", "误捕斑海豹收容救护", 110, "救护斑海豹20头以上"),
        ("救护点建设", "新增两处滩涂救护点", 100, "新建救护点2个"),
        ("金额合计", None, mk(340, "B102", "error", row=True, note="120+110+100=330 ≠ 340"),
         None),
    ], goal="做好辖区海洋野生动物救护，新建两处滩涂救护点。")  # fmt: skip
    table(s, TIERS, [
        ("成本指标", "经济成本指标", "单个救护点建设成本", "≤50万元/个"),
        ("产出指标", "数量指标", "救治海龟数量", "≥90只"),
        (None, None, "新建滩涂救护点", "≥2个"),
        (None, "质量指标", "救护点验收合格率", "=100%"),
        ("效益指标", "生态效益指标", "救护个体放归率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "沿海渔民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "吴晴岚", "0593-6702814")
    return b


@variant("xc15-flat-list", (3, 1),
         "department, flat list (序号 · 指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def flat_list() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鸥湾市海洋生物救护中心", budget=[(420, 400, 20, 260, 160)],
                    goal="救护海洋野生动物200只（头）以上，救治成功率保持在70%以上。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row(*FLAT)
    for line in [
        (1, "救护海洋野生动物数量", 20, "只", "≥", 200),
        (2, "海龟放归数量", 15, "只", "≥", 90),
        (3, "救治成功率", 15, "%", "≥", pct(0.7)),
        (4, "接报到场时间", 10, "小时", "≤", 3),
        (5, "救护动物死亡率", 10, "%", "≤", pct(0.25)),
        (6, "单只平均救治成本", 10, "万元/只", "≤", 0.6),
        (7, "科普宣传受众", 10, "人次", "≥", 6000),
        (8, "报警群众满意度", 10, "%", "≥", pct(0.9)),
        ("合计", None, 100, None, None, None),
    ]:  # fmt: skip
        s.row(*line)
    sign(s, "罗海宁", "0597-2286401")
    return b


@variant("xc16-flat-defects", (3,),
         "department, flat list in another order (序号 · 指标名称 · 指标值 · 计量单位 · 权重): a "
         "unit conflict, a rate given as a count, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="海屿县海洋生物救护站", budget=[(300, 280, 20, 190, 110)],
                    goal="救护海洋野生动物150只（头）以上，组织志愿者巡滩。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("序号", "指标名称", "指标值", "计量单位", "权重")
    for line in [
        (1, "救护海洋野生动物数量", "≥150", "只", 20),
        (2, "志愿者巡滩人次", mk("≥1200公里", "T112", "error", row=True,
                                 note="值写公里，计量单位列却是人次"), "人次", 15),
        (3, "救护个体放归率", mk("≥60", "T105", "error",
                                 note="放归率是比率，计量单位却是只"), "只", 15),
        (4, "接报到场时间", "≤3", "小时", 10),
        (5, "单只平均救治成本", "≤0.5", "万元/只", 10),
        (6, "救护记录完整率", "≥95", "%", 10),
        (7, "报警群众满意度", "≥90", "%", 15),
    ]:  # fmt: skip
        s.row(*line)
    notes(s, "填表说明：各指标权重合计应为100。")
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+10+15=95，不是 100")
    sign(s, "吴晴岚", "0593-6702814")
    return b


@variant("xc17-stacked-notes", (2, 4),
         "two projects of one centre stacked, OLD-NAT, one value column, the header repeated "
         "after a page break, the same name with different values, notes and a prior-year "
         "fill date (correct)")  # fmt: skip
def stacked_notes() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="海龟救护与放归项目", dept=DEPT, unit=DEPT,
                 money=funds(30, 30, 0), goals=["救治海龟60只以上，康复个体放归。"])  # fmt: skip
    table(s, TIERS, [
        ("产出指标", "数量指标", "救治海龟数量", "≥60只"),
        (None, "质量指标", "救治成功率", "≥70%"),
        (None, "成本指标", "单只海龟平均救治成本", "≤0.4万元/只"),
    ])  # fmt: skip
    s.skip()
    table(s, TIERS, [
        ("效益指标", "生态效益指标", "康复海龟放归数量", "≥40只"),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, name="海洋野生动物救护科普馆运行项目", dept=DEPT, unit=DEPT,
                 money=funds(20, 18, 2), title="",
                 goals=["科普馆全年开放，接待参观群众2万人次以上。"])  # fmt: skip
    table(s, TIERS, [
        ("产出指标", "数量指标", "接待参观人次", "≥20000人次"),
        (None, "时效指标", "科普馆年开放天数", "≥300天"),
        ("效益指标", "社会效益指标", "青少年科普活动场次", "≥24场"),
        ("满意度指标", "服务对象满意度指标", "公众满意度", "≥92%"),
    ])  # fmt: skip
    notes(s, "注：1.两个项目分别申报、分别评价；2.救治成本按上年实际单价测算。")
    sign(s, "黄潮生", "0593-6610358", day(YEAR - 1, 12, 18))
    return b


@variant("xc18-stacked-defects", (2, 9, 12),
         "two projects stacked, NAT-2021: the second's 资金总额 ≠ 财政拨款 + 其他资金, its start "
         "date a date serial typed as text")  # fmt: skip
def stacked_defects() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="受伤海龟救治项目", dept=DEPT, unit=DEPT,
                 money=funds(40, 36, 4), goals=["救治受伤海龟80只以上。"])  # fmt: skip
    table(s, TIERS, [
        ("成本指标", "经济成本指标", "单只海龟平均救治成本", "≤0.45万元/只"),
        ("产出指标", "数量指标", "救治受伤海龟数量", "≥80只"),
        ("效益指标", "生态效益指标", "康复海龟放归率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "报警群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    total = mk(50, "B101", "error", row=True, note="财政拨款 40 + 其他资金 5 = 45 ≠ 50")
    serial = mk("45658", "X104", "warning", note="文本中的日期序列号（2025-01-01）")
    project_head(s, year=YEAR, name="搁浅鲸豚救护项目", dept=DEPT, unit=DEPT, title="",
                 money=funds(total, 40, 5, (50, 40, 5)), start=serial,
                 goals=["救护搁浅鲸豚20头以上。"])  # fmt: skip
    table(s, TIERS, [
        ("成本指标", "经济成本指标", "单头鲸豚救护成本", "≤1.5万元/头"),
        ("产出指标", "数量指标", "救护搁浅鲸豚数量", "≥20头"),
        ("效益指标", "生态效益指标", "救护个体放归率", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "救护志愿者满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黄潮生", "0593-6610358")
    return b

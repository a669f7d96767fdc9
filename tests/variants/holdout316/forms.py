"""Returns tn13–tn18: recovery-network projects in the other forms offices send (multi-year
columns, notes and page breaks, a budget-system export, a transfer-payment table with marked
labels, stacked projects, points at two levels), film and pesticide packaging alike."""

from __future__ import annotations

from tests.variants.holdout316.common import (
    CITY_DEPT,
    HEAD4,
    YEAR,
    book,
    funds,
    indicators,
    note,
    project,
    signature,
    wan,
)
from tests.variants.holdout316.registry import variant
from tests.variants.kit import Book, mk, pct


@variant("tn13-network-two-years", (8,),
         "two-year recovery-network project, OLD-NAT, 中期 and 年度 value columns, annual "
         "counts below the period counts, rates and mechanisms equal in both "
         "(correct)")  # fmt: skip
def network_two_years() -> Book:
    b, s = book()
    project(s, "栖苇县农膜和农药包装废弃物回收网点建设项目", "栖苇县农业生态与资源保护站",
            funds(420, 360, 60, annual=(230, 200, 30)),
            ["2025—2026年新建乡镇回收站8个、村级回收点96个，回收网点覆盖全部行政村。",
             "2025年新建乡镇回收站5个、村级回收点60个，回收废旧农膜1500吨、农药包装废弃物"
             "80吨。"], years=2, attr="新增项目")  # fmt: skip
    rows = [
        ["产出指标", "数量指标", "新建乡镇回收站", "≥8个", "≥5个"],
        [None, None, "新建村级回收点", "≥96个", "≥60个"],
        [None, None, "回收废旧农膜", "≥3200吨", "≥1500吨"],
        [None, None, "回收农药包装废弃物", "≥170吨", "≥80吨"],
        [None, "质量指标", "回收站建设验收合格率", "=100%", "=100%"],
        [None, "时效指标", "建设任务完成时间", "2026年11月30日前", "2025年11月30日前"],
        [None, "成本指标", "乡镇回收站建设补助标准", "≤30万元/个", "≤30万元/个"],
        ["效益指标", "生态效益指标", "行政村回收网点覆盖率", "=100%", "≥65%"],
        [None, "可持续影响指标", "回收站运营管护制度", "建立并执行", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "农户满意度", "≥90%", "≥90%"],
    ]
    indicators(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), rows)
    return b


@variant("tn14-film-notes", (4,),
         "project, OLD-NAT, one value column and a 备注 column: an instruction row inside the "
         "table, the header repeated after a page break, 注 and 说明 rows, signature and a "
         "fill date in the year before (correct)")  # fmt: skip
def film_notes() -> Book:
    b, s = book()
    project(s, "栖苇县残膜回收机械化作业补助项目", "栖苇县农业机械化技术推广站",
            funds(wan(75), wan(60), wan(15)),
            ["完成机械化残膜回收作业5万亩，补助残膜回收机具20台，"
             "作业地块残膜拾净率85%以上。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "备注")
    indicators(s, head, [
        ["产出指标", "数量指标", "机械化残膜回收作业面积", "≥5万亩", ""],
        [None, None, "补助残膜回收机具", "≥20台", ""],
        [None, "质量指标", "作业地块残膜拾净率", "≥85%", "抽样测定"],
        [None, "时效指标", "作业补助兑付时间", "12月15日前", ""],
        [None, "成本指标", "机械化回收作业补助标准", "≤12元/亩", ""],
    ])  # fmt: skip
    note(s, "填表说明：三级指标应细化量化，定性指标填写“健全”“持续推广”等；本行不填指标。", 5)
    indicators(s, head, [
        ["效益指标", "生态效益指标", "作业区耕层残膜量", "≤4.5公斤/亩", "较上年下降"],
        [None, "社会效益指标", "残膜回收作业服务覆盖乡镇", "≥9个", ""],
        [None, "可持续影响指标", "残膜回收机械化作业模式", "持续推广", ""],
        ["满意度指标", "服务对象满意度指标", "作业农户满意度", "≥90%", ""],
    ])  # fmt: skip
    note(s, "注：1. 作业面积以乡镇验收台账为准；2. 补助标准按县农业农村局核定标准执行。", 5)
    note(s, "说明：本表金额单位为万元，机具补助另按农机购置补贴政策执行。", 5)
    signature(s, "冉知秋", "卓禾生", "0779-6632450")
    return b


@variant("tn15-network-export", (7,),
         "budget-system export: money on sheet 部门项目支出预算05-1, the indicator table on "
         "sheet 部门项目支出绩效目标05-2 under a header on the third row with code columns "
         "first: a rate given as a count, a deadline in the following year")  # fmt: skip
def network_export() -> Book:
    b, s = book("部门项目支出预算05-1", (14, 30, 14, 12, 12, 12))
    name = "砚岭市农膜和农药包装废弃物回收体系建设项目"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("部门：砚岭市农业农村局", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("208011250317", name, "一次性项目", 68, 60, 8)
    s.row("合计", None, None, 68, 60, 8)
    t = b.sheet("部门项目支出绩效目标05-2", (14, 24, 30, 12, 16, 28, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("部门：" + CITY_DEPT)
    count = mk("36个", "T105", "error", note="覆盖率是比率，指标值却是个数")
    late = mk("2026年6月30日前", "Y102", "error", alt=("Y103",),
              note=f"预算年度 {YEAR}，一次性项目，完成时间却在次年")  # fmt: skip
    goal = "新建村级回收网点36个，废旧农膜回收率85%以上、农药包装废弃物回收率75%以上。"
    rows = [
        ["208011250317", name, goal, "产出指标", "数量指标", "新建村级回收网点", "≥36个"],
        [None, None, None, None, None, "行政村回收网点覆盖率", count],
        [None, None, None, None, "质量指标", "网点建设验收合格率", "=100%"],
        [None, None, None, None, "时效指标", "网点建设完成时间", late],
        [None, None, None, None, "成本指标", "村级网点建设补助标准", "≤1.5万元/个"],
        [None, None, None, "效益指标", "生态效益指标", "废旧农膜回收率", "≥85%"],
        [None, None, None, None, None, "农药包装废弃物回收率", "≥75%"],
        [None, None, None, "满意度指标", "服务对象满意度指标", "网点服务村民满意度", "≥90%"],
    ]
    head = ("项目编码", "项目名称", "年度绩效目标", "一级指标", "二级指标", "三级指标", "指标值")
    indicators(t, head, rows, merged=(1, 2, 3, 4, 5))
    return b


@variant("tn16-film-transfer-labels", (5,),
         "transfer-payment regional table, OLD-NAT, tier labels with * and ★ and abbreviated "
         "tier-2s (数量, 质量, 成本), ★ core indicators, 中央补助 + 地方资金 "
         "(correct)")  # fmt: skip
def film_transfer_labels() -> Book:
    b, s = book()
    project(s, "砚岭市地膜科学使用回收试点", "砚岭市农业环境保护监测站",
            [["资金总额", wan(300), "其中：中央补助", wan(200)],
             ["其中：地方资金", wan(100), None, None]],
            ["推广加厚高强度地膜8万亩、全生物降解地膜替代试点1万亩，当季地膜回收率85%以上。"],
            dept=CITY_DEPT, title=f"{YEAR}年度农业生态保护转移支付区域绩效目标表")  # fmt: skip
    rows = [
        ["*产出指标", "★数量", "★加厚高强度地膜推广应用面积", "≥8万亩"],
        [None, None, "全生物降解地膜替代试点面积", "≥1万亩"],
        [None, "质量", "★当季地膜回收率", "≥85%"],
        [None, "时效", "试点任务完成时间", "2025年12月31日前"],
        [None, "成本", "加厚地膜推广补贴标准", "≤20元/亩"],
        [None, None, "降解地膜试点补贴标准", "≤100元/亩"],
        ["*效益指标", "生态效益", "★农田白色污染防控水平", "有效提升"],
        [None, "社会效益", "用膜主体科学用膜意识", "明显增强"],
        ["*满意度指标", "服务对象满意度", "★用膜主体满意度", "≥90%"],
    ]
    indicators(s, HEAD4, rows)
    note(s, "注：标★的为核心指标，不得删除或修改指标名称。")
    return b


@variant("tn17-stacked-defects", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and one of its indicators is listed twice with different values")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book()
    project(s, "栖苇县残膜回收示范村建设项目", "栖苇县农业生态与资源保护站",
            funds(80, 70, 10), ["建设残膜回收示范村12个，示范村当季地膜回收率88%以上。"],
            title=f"{YEAR}年度项目支出绩效目标申报表（回收类项目）")  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "残膜回收示范村", "≥12个"],
        [None, "质量指标", "示范村当季地膜回收率", "≥88%"],
        [None, "时效指标", "示范村建设完成时间", "2025年11月30日前"],
        [None, "成本指标", "示范村建设补助标准", "≤5万元/村"],
        ["效益指标", "生态效益指标", "示范村耕层残膜量下降率", "≥20%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"],
    ])  # fmt: skip
    s.skip()
    total = mk(105, "B101", "error", row=True,
               note="财政拨款 85 + 其他资金 15 = 100，不是 105")  # fmt: skip
    project(s, "栖苇县农药包装废弃物回收补助项目", "栖苇县植保植检站",
            funds(total, 85, 15, annual=(105, 85, 15)),
            ["回收农药包装废弃物100吨，建设村级回收点30个。"], title="")  # fmt: skip
    twice = mk("≥35个", "D102", "error", row=True, alt=("D101",),
               note="同一项目内“村级回收点建设数量”出现两次，一次 ≥30个、一次 ≥35个")  # fmt: skip
    indicators(s, HEAD4, [
        ["产出指标", "数量指标", "村级回收点建设数量", "≥30个"],
        [None, None, "农药包装废弃物回收量", "≥100吨"],
        [None, None, "村级回收点建设数量", twice],
        [None, "质量指标", "回收包装废弃物无害化处置率", "=100%"],
        [None, "成本指标", "农药包装废弃物回收补助标准", "≤8元/公斤"],
        ["效益指标", "生态效益指标", "农药包装废弃物回收率", "≥80%"],
        ["满意度指标", "服务对象满意度指标", "服务对象满意度", "≥85%"],
    ])  # fmt: skip
    return b


@variant("tn18-pack-points-mismatch", (10, 1),
         "project, NAT-2021, tier-1 score column against the indicator scores under it, a "
         "typed 100% cell, a satisfaction rate written =95%")  # fmt: skip
def pack_points_mismatch() -> Book:
    b, s = book("绩效目标")
    project(s, "砚岭市农药包装废弃物回收补助项目", "砚岭市农药检定所",
            funds(100, 85, 15), ["回收农药包装废弃物120吨，新建村级回收点40个。"],
            dept=CITY_DEPT)  # fmt: skip
    declared = mk(50, "W103", "error",
                  note="产出指标声明 50 分，其下指标分值 15+15+10+5 = 45")  # fmt: skip
    equals = mk("=95%", "T107", "warning", note="满意度写成 =95%，应为 ≥95%")
    rows = [
        ["成本指标", 10, "经济成本指标", "回收处置补助标准", "≤7元/公斤", 10],
        ["产出指标", declared, "数量指标", "农药包装废弃物回收量", "≥120吨", 15],
        [None, None, None, "新建村级回收点", "≥40个", 15],
        [None, None, "质量指标", "回收包装废弃物无害化处置率", pct(1), 10],
        [None, None, "时效指标", "回收补助兑付完成时间", "2025年12月15日前", 5],
        ["效益指标", 30, "生态效益指标", "农药包装废弃物回收率", "≥80%", 20],
        [None, None, "社会效益指标", "农药包装回收政策知晓率", "≥85%", 10],
        ["满意度指标", 10, "服务对象满意度指标", "农户满意度", equals, 10],
    ]
    indicators(s, ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值"), rows,
               merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False,
                note="指标分值合计 95 而非 100，与产出指标的分值差是同一个问题")  # fmt: skip
    return b

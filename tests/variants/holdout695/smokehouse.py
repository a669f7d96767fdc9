"""The eel-smoking workshop: kac07 to kac12."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout695.common import book, indicators, notes, one_year, signature, wan
from tests.variants.holdout695.registry import variant
from tests.variants.kit import Book, day, mk

DEPT = "苇汀县农业农村局（317001）"
UNIT = "苇汀县鳗业加工服务中心"


@variant("kac07-smokehouse-operator-words", (1, 11), "project, OLD-NAT, operator column 指标性质 "
         "in words, unit column, a 下降率 with 大于等于, a 不合格率 with 小于等于 "
         "(correct)")  # fmt: skip
def smokehouse_operator_words() -> Book:
    b, s = book()
    project_head(s, year=2025, name="烤鳗熏制生产线提升项目", dept=DEPT, unit=UNIT,
                 money=one_year(120, 100, 20),
                 goals=["改造烤鳗熏制生产线2条，年加工烤鳗300吨，"
                        "产品抽检合格率98%以上。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "烤鳗加工量", "大于等于", 300, "吨"),
        (None, None, "熏制生产线改造", "等于", 2, "条"),
        (None, "质量指标", "产品抽检合格率", "大于等于", 98, "%"),
        (None, None, "产品抽检不合格批次率", "小于等于", 2, "%"),
        (None, "时效指标", "生产线改造完成时限", "小于等于", 180, "天"),
        (None, "成本指标", "吨产品加工补助标准", "小于等于", 0.3, "万元/吨"),
        ("效益指标", "经济效益指标", "烤鳗加工增值", "大于等于", 600, "万元"),
        (None, "生态效益指标", "单位产品能耗下降率", "大于等于", 8, "%"),
        ("满意度指标", "服务对象满意度指标", "烤鳗经销商满意度", "大于等于", 90, "%"),
    ], head=("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位"))  # fmt: skip
    signature(s, "龚书瑶", "0596-7741932", day(2024, 11, 20))
    return b


@variant("kac08-smokehouse-numbered-tiers", (5,), "project, NAT-2021, numbered tier labels "
         "(一、（一）): a 合格率 under 时效, a satisfaction rate under 社会效益")  # fmt: skip
def smokehouse_numbered_tiers() -> Book:
    b, s = book()
    project_head(s, year=2025, name="烤鳗车间标准化改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(95, 80, 15),
                 goals=["完成烤鳗车间标准化改造，年产烤鳗250吨，带动就业40人。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标", "（一）数量指标", "烤鳗产量", "≥250吨"),
        (None, "（二）质量指标", "车间改造验收合格率", "≥95%"),
        (None, "（三）时效指标", "改造完成时间", "2025年10月31日前"),
        (None, None, "熏制产品出厂合格率", mk(
            "≥98%", "F201", "warning", note="合格率是质量指标，填在时效指标下")),
        ("二、成本指标", "（一）经济成本指标", "单位产品加工成本", "≤0.25万元/吨"),
        ("三、效益指标", "（一）经济效益指标", "烤鳗销售收入", "≥1500万元"),
        (None, "（二）社会效益指标", "带动就业", "≥40人"),
        (None, None, "烤鳗经销商满意度", mk(
            "≥90%", "F201", "warning", note="满意度填在社会效益指标下，应属服务对象满意度指标")),
        ("四、满意度指标", "（一）服务对象满意度指标", "车间职工满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "龚书瑶", "0596-7741932", day(2024, 11, 21))
    return b


@variant("kac09-smokehouse-dates", (7,), "project, OLD-NAT, headers 考核指标 and 目标值（年度）, "
         "a start in March, a deadline in December, a later year prepared for, a rate raised "
         "in 百分点 (correct)")  # fmt: skip
def smokehouse_dates() -> Book:
    b, s = book()
    project_head(s, year=2025, name="烤鳗熏制工艺检测能力建设项目", dept=DEPT, unit=UNIT,
                 money=one_year(70, 60, 10), start=day(2025, 3, 1),
                 goals=["建成熏制工艺检测室1间，全年检测烤鳗样品600批次，为2026年申请出口"
                        "加工备案积累检测数据。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "建成熏制工艺检测室", "≥1间"),
        (None, None, "检测烤鳗样品", "≥600批次"),
        (None, "质量指标", "检测结果复核一致率", "≥95%"),
        (None, "时效指标", "检测室投入使用时间", "2025年12月20日前"),
        (None, "成本指标", "单批次检测成本", "≤0.05万元/批次"),
        ("效益指标", "经济效益指标", "烤鳗出成率", "提高≥2百分点"),
        (None, "社会效益指标", "苯并芘超标事件", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "送检企业满意度", "≥90%"),
    ], head=("一级指标", "二级指标", "考核指标", "目标值（年度）"))  # fmt: skip
    signature(s, "沈柏舟", "0596-7748815", day(2024, 12, 6))
    return b


@variant("kac10-smokehouse-detail-lines", (12,), "project, OLD-NAT, a money detail block: lines "
         "not adding to their 合计, a trainee count below the goal's, a subsidy standard over the "
         "money")  # fmt: skip
def smokehouse_detail_lines() -> Book:
    b, s = book()
    project_head(s, year=2025, name="烤鳗熏烤设备更新项目", dept=DEPT, unit=UNIT,
                 money=one_year(85, 70, 15),
                 goals=["购置熏烤设备，年加工烤鳗300吨，培训熏烤操作工40人。"])  # fmt: skip
    top = s.row("资金明细（万元）", "熏烤设备购置", wan(45))
    s.row(None, "车间排烟与冷库改造", wan(30))
    s.row(None, "原料与成品检测化验", wan(8))
    s.row(None, "合计", mk(wan(85), "B102", "error", note="45 + 30 + 8 = 83，不等于合计85"))
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)
    indicators(s, [
        ("产出指标", "数量指标", "烤鳗加工量", "≥300吨"),
        (None, None, "熏烤操作工培训", mk(
            "≥30人", "D104", "warning", note="年度目标写培训40人，指标只有30人")),
        (None, "质量指标", "设备验收合格率", "≥95%"),
        (None, "时效指标", "设备安装完成时间", "2025年9月30日前"),
        (None, "成本指标", "烤鳗加工补助标准", mk(
            "≤0.3万元/吨", "B107", "warning",
            note="0.3万元/吨 × 300吨 = 90万元，超过年度资金85万元")),
        ("效益指标", "经济效益指标", "烤鳗加工产值", "≥2000万元"),
        ("满意度指标", "服务对象满意度指标", "加工企业满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "沈柏舟", "0596-7748815", day(2024, 11, 28))
    return b


@variant("kac11-smokehouse-points", (4, 10), "project, OLD-NAT, tier-1 points and indicator "
         "points both adding to 100, a header repeated after a page break, a 注 row, 填表说明 "
         "and signature lines, a rate raised in 百分点 (correct)")  # fmt: skip
def smokehouse_points() -> Book:
    b, s = book(widths=(16, 8, 16, 30, 18, 8))
    project_head(s, year=2025, name="烤鳗熏制车间节能改造项目", dept=DEPT, unit=UNIT,
                 money=one_year(110, 90, 20),
                 goals=["完成熏制车间余热回收改造，年加工烤鳗260吨，"
                        "吨产品能耗下降10%。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    indicators(s, [
        ("产出指标", 50, "数量指标", "余热回收装置安装", "≥4台", 15),
        (None, None, None, "烤鳗加工量", "≥260吨", 15),
        (None, None, "质量指标", "改造验收合格率", "≥95%", 10),
        (None, None, "时效指标", "改造完成时间", "2025年8月31日前", 5),
        (None, None, "成本指标", "吨产品能耗成本", "≤0.06万元/吨", 5),
    ], head=head, merged=(1, 2, 3))  # fmt: skip
    s.row("注：按本县表式，成本指标列在产出指标下。", merge=[(1, 6)])
    indicators(s, [
        ("效益指标", 30, "经济效益指标", "烤鳗出成率", "提高≥1.5百分点", 15),
        (None, None, "生态效益指标", "吨产品能耗下降率", "≥10%", 15),
        ("满意度指标", 20, "服务对象满意度指标", "车间职工满意度", "≥90%", 20),
    ], head=head, merged=(1, 2, 3))  # fmt: skip
    notes(s, "填表说明：1.一级指标分值合计100分，三级指标分值合计100分，两者不重复计算。",
          "2.能耗以2024年实际吨产品能耗为基数。")  # fmt: skip
    signature(s, "龚书瑶", "0596-7741932", day(2024, 11, 19))
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("kac12-cold-chain-export", (7,), "budget-system export: codes in the first columns, money "
         "on sheet 05-1, indicators on sheet 05-2 under a header on the third row, `=100%` text "
         "(correct)")  # fmt: skip
def cold_chain_export() -> Book:
    b, s = book("部门项目支出预算05-1", (16, 30, 16, 16, 16))
    s.title("2025年部门项目支出预算表", 5)
    s.row("项目编码", "项目名称", "资金总额（万元）", "财政拨款", "其他资金")
    s.row("350721250013", "烤鳗车间冷链改造项目", wan(80), wan(65), wan(15))
    s.row("合计", None, wan(80), wan(65), wan(15))
    t = b.sheet("部门项目支出绩效目标05-2", (16, 26, 14, 16, 28, 18))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位：苇汀县鳗业加工服务中心", merge=[(1, 6)])
    code, name = "350721250013", "烤鳗车间冷链改造项目"
    indicators(t, [
        (code, name, "产出指标", "数量指标", "冷库改造容积", "≥120立方米"),
        (code, name, "产出指标", "质量指标", "冷库温控达标率", "≥98%"),
        (code, name, "产出指标", "时效指标", "冷库投入使用时间", "2025年7月31日前"),
        (code, name, "成本指标", "经济成本指标", "冷库改造单位成本", "≤0.5万元/立方米"),
        (code, name, "效益指标", "经济效益指标", "烤鳗成品损耗率", "≤1.5%"),
        (code, name, "效益指标", "社会效益指标", "冷链操作安全培训覆盖率", "=100%"),
        (code, name, "满意度指标", "服务对象满意度指标", "入库企业满意度", "≥90%"),
    ], head=("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"),
       merged=())  # fmt: skip
    return b

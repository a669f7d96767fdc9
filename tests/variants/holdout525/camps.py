"""Settlement-wide returns (bo13–bo18): stacked projects, numbered tier labels, a two-year
project, a budget-system export and the township's department table."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout525.common import (
    CULTURE,
    FORESTRY,
    T3,
    TOWN,
    cash,
    first_sheet,
    indicators,
    money_rows,
    notes,
    period_rows,
    signature,
)
from tests.variants.holdout525.registry import variant
from tests.variants.kit import Book, day, mk, pct


@variant("bo13-stacked-two", (2, 12),
         "two projects stacked in one sheet (reindeer water points, birch-bark online sales), "
         "OLD-NAT, one value column, one satisfaction name with two values (correct)")  # fmt: skip
def bo13() -> Book:
    b, s = first_sheet("绩效目标表")
    project_head(s, year=2025, name="驯鹿夏季营地饮水点建设项目", dept=FORESTRY,
                 unit=f"{TOWN}人民政府", money=money_rows(30, 25, 5),
                 goals=["在夏季营地建设驯鹿饮水点10处。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "建成驯鹿饮水点数量", "≥10处"),
        (None, "质量指标", "饮水点水质检测达标率", "≥95%"),
        (None, "时效指标", "饮水点建成时间", "6月15日前"),
        (None, "成本指标", "单处饮水点建设成本", "≤2.5万元/处"),
        ("效益指标", "生态效益指标", "驯鹿下河饮水致河岸踩踏点减少", "≥5处"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.title("2025年度项目支出绩效目标申报表（二）", 6)
    project_head(s, year=2025, name="桦皮制品网络销售推广项目", dept=CULTURE, title="",
                 unit=f"{TOWN}桦皮制品合作社", money=money_rows(18, 15, 3),
                 goals=["开设网店并培训猎民主播，拓宽桦皮制品销路。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "培训猎民网络主播人数", "≥15人"),
        (None, "质量指标", "上架桦皮制品质检合格率", "≥98%"),
        (None, "时效指标", "网店开通时间", "4月30日前"),
        (None, "成本指标", "人均主播培训成本", "≤3000元/人"),
        ("效益指标", "经济效益指标", "桦皮制品网络销售额", "≥40万元"),
        ("满意度指标", "服务对象满意度指标", "服务对象满意度", "≥92%"),
    ])  # fmt: skip
    signature(s, "额尔敦", "0471-6586620", day(2024, 11, 28))
    return b


@variant("bo14-stacked-defects", (2, 1),
         "two projects stacked, OLD-NAT, one value column: the second project's money does not "
         "add up and a typed percent exceeds 100%")  # fmt: skip
def bo14() -> Book:
    b, s = first_sheet("绩效目标表")
    project_head(s, year=2025, name="驯鹿越冬苔藓储备项目", dept=FORESTRY,
                 unit=f"{TOWN}驯鹿饲养合作社", money=money_rows(24, 20, 4),
                 goals=["采集储备越冬苔藓300吨。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "越冬苔藓储备量", "≥300吨"),
        (None, "质量指标", "储备苔藓霉变率", "≤3%"),
        (None, "时效指标", "储备完成时间", "10月31日前"),
        (None, "成本指标", "苔藓采集储运单价", "≤700元/吨"),
        ("效益指标", "社会效益指标", "越冬饲草缺口户数", "≤0户"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    wrong = mk(cash(40), "B101", "error", row=True, note="30 + 5 = 35，不是40")
    project_head(s, year=2025, name="桦皮船展演队组建项目", dept=CULTURE, title="",
                 unit="北樾县民族文化馆", money=money_rows(wrong, 30, 5),
                 goals=["组建桦皮船展演队，在界河开展展演。"])  # fmt: skip
    indicators(s, (*T3, "指标值"), [
        ("产出指标", "数量指标", "桦皮船展演场次", "≥12场"),
        (None, "质量指标", "展演用桦皮船安全验收合格率",
         mk(pct(1.05), "T106", "error", note="显示105%，合格率上限100%")),
        (None, "时效指标", "展演队组建完成时间", "5月31日前"),
        (None, "成本指标", "每场展演成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "观看展演游客人次", "≥6000人次"),
        ("满意度指标", "服务对象满意度指标", "游客满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("bo15-numbered-labels", (5, 10),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, 1.数量指标, "
         "（一）), marks (*, ★), abbreviations, points at two levels (correct)")  # fmt: skip
def bo15() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, name="驯鹿与桦皮文化研学基地运营项目", dept=CULTURE,
                 unit=f"{TOWN}民族文化研学基地", money=money_rows(50, 40, 10),
                 goals=["全年开展驯鹿与桦皮文化研学24场，接待学生1200人次。"])  # fmt: skip
    indicators(s, (*T3, "指标值", "分值"), [
        ("一、产出指标（40分）", "1.数量指标", "研学活动场次", "≥24场", 10),
        (None, None, "接待研学学生人次", "≥1200人次", 10),
        (None, "2.质量指标", "研学课程评估合格率", "≥90%", 10),
        (None, "3.时效指标", "年度研学活动完成时间", "11月30日前", 10),
        ("二、成本指标（10分）", "（一）经济成本指标", "人均研学成本", "≤300元/人次", 10),
        ("三、效益指标（30分）", "★经济效益", "猎民讲解员人均增收", "≥6000元/人", 15),
        (None, "社会效益", "学生驯鹿文化知晓率提高", "≥10百分点", 15),
        ("四、*满意度指标（20分）", "服务对象满意度", "研学学生满意度", "≥90%", 10),
        (None, None, "带队教师满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant("bo16-two-year-header", (8, 1),
         "two-year project, NAT-2021, a two-row header over 中期 and 年度 columns, typed percent "
         "cells, a next-year deadline in 中期 (correct)")  # fmt: skip
def bo16() -> Book:
    b, s = first_sheet()
    project_head(s, year=2025, years=2, name="驯鹿迁徙通道苔藓植被恢复项目", dept=FORESTRY,
                 unit="北樾县林草工作站", money=period_rows((60, 50, 10), (30, 25, 5)),
                 goals=["两年补播苔藓600亩，设置警示牌40块，恢复迁徙通道植被。",
                        "2025年补播苔藓300亩，设置警示牌25块。"])  # fmt: skip
    s.row(*T3, "指标值", None, merge=[(4, 5)])
    s.row(None, None, None, "中期（2025—2026年）", "年度（2025年）")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=s.r - 1, start_column=c, end_row=s.r, end_column=c)
    s.table([
        ("产出指标", "数量指标", "苔藓补播面积", "≥600亩", "≥300亩"),
        (None, None, "迁徙通道警示牌设置数量", "≥40块", "≥25块"),
        (None, "质量指标", "补播苔藓成活率", pct(0.8), pct(0.8)),
        (None, "时效指标", "补播完成时间", "2026年9月30日前", "2025年9月30日前"),
        ("成本指标", "经济成本指标", "每亩补播成本", "≤800元/亩", "≤800元/亩"),
        ("效益指标", "生态效益指标", "通道内苔藓覆盖度提高", "≥8百分点", "≥4百分点"),
        (None, "可持续影响指标", "通道植被管护制度", "建立并执行", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    signature(s, "巴图", "0471-6584479", day(2024, 12, 3))
    return b


@variant("bo17-budget-export", (7, 4),
         "budget-system export: budget on sheet 05-1, indicators on sheet 05-2 with codes in the "
         "first columns, the header on row 3, repeated after a page break (correct)")  # fmt: skip
def bo17() -> Book:
    b, s = first_sheet("部门项目支出预算05-1", (16, 26, 12, 14, 14, 14))
    s.title("2025年部门项目支出预算表", 6)
    s.row("单位名称：北樾县林业和草原局", None, None, "金额单位：万元", merge=[(1, 3)])
    s.row("项目编码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    s.row("217003250012", "驯鹿疫病监测与防控", "延续项目", cash(36, "0.00"), cash(30, "0.00"),
          cash(6, "0.00"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 20, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 6)
    t.row("单位名称：北樾县林业和草原局", merge=[(1, 6)])
    head = ("项目编码", "项目名称", *T3, "指标值")
    code, name = "217003250012", "驯鹿疫病监测与防控"
    t.row(*head)
    t.table([
        (code, name, "产出指标", "数量指标", "驯鹿疫病采样头数", "≥1500头"),
        (code, name, "产出指标", "数量指标", "固定监测点个数", "≥8个"),
        (code, name, "产出指标", "质量指标", "样本检测准确率", "≥98%"),
        (code, name, "产出指标", "时效指标", "疫情报告时限", "≤24小时"),
        (code, name, "成本指标", "经济成本指标", "单头采样检测成本", "≤200元/头"),
    ])  # fmt: skip
    t.row(*head)
    t.table([
        (code, name, "效益指标", "社会效益指标", "驯鹿布病血清阳性率", "≤1%"),
        (code, name, "效益指标", "可持续影响指标", "监测数据入库率", "=100%"),
        (code, name, "满意度指标", "服务对象满意度指标", "养鹿户满意度", "≥90%"),
    ])  # fmt: skip
    notes(t, "说明：本表由预算管理一体化系统导出，第8行为分页后重复的表头。")
    t.row("导出日期：", day(2024, 12, 10), merge=[(2, 3)])
    return b


@variant("bo18-department-words", (12, 11, 5),
         "department, NAT-2021 with an evaluation tier, operator in words in 指标方向, bare "
         "numbers, a unit column: a 反向 rate with 大于等于, 等于 on a satisfaction")  # fmt: skip
def bo18() -> Book:
    b, s = first_sheet()
    tasks = [("驯鹿定居点服务", "维修驯鹿圈舍、补贴防疫", cash(60), "圈舍维修≥30座"),
             ("桦皮工坊运营", "运营猎民桦皮工坊", cash(50), "工坊产品≥2000件"),
             ("金额合计", None, cash(110), None)]  # fmt: skip
    department_head(s, year=2025, dept=f"{TOWN}人民政府",
                    budget=[tuple(cash(v) for v in (260, 220, 40, 150, 110))], tasks=tasks,
                    goal="保障猎民定居点驯鹿饲养，办好桦皮工坊，提升猎民收入。")  # fmt: skip
    indicators(s, (*T3, "指标方向", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "驯鹿圈舍维修座数", "大于等于", 30, "座"),
        (None, None, "桦皮工坊产品件数", "大于等于", 2000, "件"),
        (None, "质量指标", "工坊产品质检合格率", "大于等于", 95, "%"),
        ("成本指标", "经济成本指标", "每座圈舍维修费用", "小于等于", 1.2, "万元/座"),
        (mk("过程", "F108", "error", row=True, alt=("F103", "F104"),
            note="过程是绩效评价的一级指标"), "资金管理", "资金支付及时率", "大于等于", 95, "%"),
        ("效益指标", "社会效益指标", "定居点火灾事故发生率",
         mk("大于等于", "T108", "warning", row=True, note="反向的事故率用了大于等于"), 1, "%"),
        (None, "经济效益指标", "猎民人均可支配收入增长率", "大于等于", 6, "%"),
        ("满意度指标", "服务对象满意度指标", "猎民群众满意度",
         mk("等于", "T107", "warning", row=True, note="满意度写成恰好等于95%"), 95, "%"),
    ])  # fmt: skip
    signature(s, "阿拉坦", "0471-6580952", day(2024, 11, 20))
    return b

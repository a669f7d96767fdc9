"""Sand-fixing afforestation brigade returns of the 622nd held-out set (fh13–fh18)."""

from __future__ import annotations

from tests.variants.holdout622.common import (
    BRIG,
    FOREST,
    HEAD4,
    YEAR,
    book,
    dept,
    notes,
    proj,
    sign,
    table,
)
from tests.variants.holdout622.registry import variant
from tests.variants.kit import WAN, Book, day, mk, money, ok

HEAD_PTS = (*HEAD4, "分值")


@variant(
    "fh13-brigade-points-two-levels",
    (10,),
    "project, OLD-NAT, points on the tier-1 labels "
    "and on every indicator, a cover raised in 百分点, a cost equal to its money (correct)",
)
def brigade_points_two_levels() -> Book:
    b, s = book()
    proj(s, name="草方格沙障固沙及梭梭造林", unit=BRIG, dept=FOREST, total=260, fin=230,
         other=30, goals=["铺设草方格沙障3000亩，人工种植梭梭2000亩，共计治沙5000亩，"
                          "项目区植被覆盖度提高3个百分点。"])  # fmt: skip
    table(s, HEAD_PTS, [
        ("产出指标（50分）", "数量指标", "草方格沙障铺设面积", "≥3000亩", 15),
        (None, None, "梭梭人工造林面积", "≥2000亩", 10),
        (None, "质量指标", "造林成活率", "≥85%", 10),
        (None, "时效指标", "造林完成时间", f"{YEAR}年5月31日前", 5),
        (None, "成本指标", "造林及沙障综合补助标准", "≤520元/亩", 10),
        ("效益指标（40分）", "生态效益指标", "项目区植被覆盖度提高", "≥3百分点", 15),
        (None, None, "项目区年输沙量减少", "≥20%", 15),
        (None, "社会效益指标", "吸纳周边牧民务工", "≥30人", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "周边牧民满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("合计", None, None, None, 100)
    return b


@variant(
    "fh14-brigade-three-year-copied",
    (6, 8),
    "three-year project, OLD-NAT, 中期 and 年度 "
    "columns: 中期目标 copied to 年度目标, an area copied, a tier-2 left from the template",
)
def brigade_three_year_copied() -> Book:
    b, s = book()
    text = "完成人工造林15000亩，设置草方格沙障6000亩，沙区植被覆盖度提高5个百分点。"
    proj(s, name="沙区人工造林三年行动", unit=BRIG, dept=FOREST, mid=1200, total=400,
         fin=360, other=40, years=3, goals=[text, mk(
             text, "D204", "warning", note="三年的中期目标原样抄作年度目标")])  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ("产出指标", "数量指标", "人工造林面积", "≥15000亩",
         mk("≥15000亩", "D202", "warning", note="三年累计面积照抄到年度")),
        (None, None, "草方格沙障设置面积", "≥6000亩",
         ok("≥2000亩", note="抄来的年度目标写6000亩：与 D204 同一问题")),
        (None, "质量指标", "造林成活率", "≥85%", "≥85%"),
        (None, mk("时效指标", "F109", "warning", row=True, note="模板行未填"), None, None, None),
        (None, "成本指标", "人工造林补助标准", "≤250元/亩", "≤250元/亩"),
        ("效益指标", "生态效益指标", "沙区植被覆盖度提高", "≥5百分点", "≥2百分点"),
        ("满意度指标", "服务对象满意度指标", "周边农牧民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh15-brigade-page-break",
    (4,),
    "department, NAT-2021, weight column: a 注 row in the "
    "table, header repeated after a page break, subtotals, 填表说明, signature (correct)",
)
def brigade_page_break() -> Book:
    b, s = book()
    dept(s, name=BRIG, budget=(540, 500, 40, 210, 330), tasks=[
        ("草方格沙障压沙", "在流动沙丘前沿铺设草方格沙障", 180, "压沙4000亩"),
        ("防风固沙林抚育", "抚育防风固沙林并补植", 100, "抚育12000亩"),
        ("林草防火巡护", "防火期巡护和隐患排查", 50, "不发生森林草原火灾"),
        ("金额合计", None, 330, None),
    ], goal="完成草方格沙障压沙4000亩，抚育防风固沙林12000亩，全年不发生森林草原火灾。",
        filled=day(YEAR - 1, 12, 5))  # fmt: skip
    head = (*HEAD4, "权重")
    table(s, head, [
        ("成本指标", "经济成本指标", "草方格沙障压沙成本", "≤450元/亩", 10),
        ("产出指标", "数量指标", "草方格沙障压沙面积", "≥4000亩", 10),
        (None, None, "防风固沙林抚育面积", "≥12000亩", 10),
        (None, "质量指标", "沙障验收合格率", "≥95%", 10),
        (None, "时效指标", "压沙完成时间", f"{YEAR}年6月30日前", 10),
    ])  # fmt: skip
    notes(s, "注：压沙面积以县林业和草原局验收面积为准。", width=5)
    s.row("小计", None, None, None, 50)
    s.skip()
    table(s, head, [
        ("效益指标", "社会效益指标", "森林草原火灾", "0起", 10),
        (None, "生态效益指标", "项目区植被覆盖度提高", "≥2百分点", 15),
        (None, "可持续影响指标", "固沙林管护制度", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    notes(s, "填表说明：1.权重合计为100；2.金额单位为万元；3.小计、合计行不计入指标。",
          width=5)  # fmt: skip
    sign(s, "赵建疆", "0996-7520419", day(YEAR - 1, 12, 5))
    return b


@variant(
    "fh16-brigade-department-money",
    (12,),
    "department, NAT-2021: 基本 + 项目支出 ≠ 资金"
    "总额, a goal's area the indicator gives otherwise, a satisfaction rate under 社会效益",
)
def brigade_department_money() -> Book:
    b, s = book()
    total = mk(money(620, WAN), "B101", "error", note="基本支出 230 + 项目支出 370 = 600 ≠ 620")
    dept(s, name=BRIG, budget=(total, 560, 60, 230, 370), tasks=[
        ("草方格沙障压沙", "流动沙丘前沿压沙", 200, "压沙5000亩"),
        ("梭梭人工造林", "人工种植梭梭", 120, "造林3000亩"),
        ("沙区林木管护", "聘用护林员管护", 50, "管护8万亩"),
        ("金额合计", None, 370, None),
    ], goal="完成草方格沙障压沙5000亩，人工种植梭梭3000亩，管护沙区林木8万亩。")  # fmt: skip
    table(s, HEAD4, [
        ("成本指标", "经济成本指标", "压沙成本", "≤400元/亩"),
        ("产出指标", "数量指标", "草方格沙障压沙面积",
         mk("≥4000亩", "D104", "warning", row=True, note="总体目标和任务都写压沙5000亩")),
        (None, None, "梭梭人工造林面积", "≥3000亩"),
        (None, None, "管护沙区林木面积", "≥80000亩"),
        (None, "质量指标", "梭梭造林成活率", "≥80%"),
        (None, "时效指标", "压沙完成时间", f"{YEAR}年6月30日前"),
        ("效益指标", "社会效益指标", "沿线牧民满意度",
         mk("≥90%", "F201", "warning", row=True, note="满意度填在社会效益下")),
        (None, "生态效益指标", "流动沙丘固定面积", "≥5000亩"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant(
    "fh17-brigade-two-row-header",
    (7,),
    "project, OLD-NAT, two-row header 考核指标 · "
    "目标值（年度） · 评价标准, word operators, a unit column, 8万亩 as 80000 (correct)",
)
def brigade_two_row_header() -> Book:
    b, s = book()
    proj(
        s,
        name="沙区林木管护",
        unit=BRIG,
        dept=FOREST,
        total=420,
        fin=400,
        other=20,
        goals=["管护沙区林木8万亩，聘用生态护林员60人，林木保存率不低于90%。"],
    )
    s.row("考核指标", None, None, "目标值（年度）", None, "评价标准", merge=[(1, 3), (4, 5)])
    table(s, ("一级指标", "二级指标", "三级指标", "指标值", "计量单位", None), [
        ("产出指标", "数量指标", "管护沙区林木面积", "不少于80000", "亩", "每少1000亩扣1分"),
        (None, None, "聘用生态护林员", "不少于60", "人", "每少1人扣0.5分"),
        (None, "质量指标", "林木保存率", "不低于90", "%", "每低1个百分点扣1分"),
        (None, "时效指标", "火情报告时限", "不超过2", "小时", "超时1次扣1分"),
        (None, "成本指标", "林木管护补助标准", "不超过50", "元/亩", "超标准不得分"),
        ("效益指标", "生态效益指标", "鼠兔害发生面积下降率", "不低于10", "%", "未达到不得分"),
        (None, "社会效益指标", "护林员人均增收", "不低于15000", "元/年", "未达到不得分"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "不低于90", "%", "按问卷计分"),
    ])  # fmt: skip
    return b


@variant(
    "fh18-brigade-points-template",
    (6, 10, 13),
    "project, OLD-NAT, points on labels and "
    "indicators that differ, a template example value, a value without a name",
)
def brigade_points_template() -> Book:
    b, s = book()
    proj(
        s,
        name="沙区梭梭林补植补造",
        unit=BRIG,
        dept=FOREST,
        total=200,
        fin=180,
        other=20,
        goals=["补植补造梭梭林3000亩，苗木成活率不低于95%，5月15日前完成春季补植。"],
    )
    label = mk("产出指标（50分）", "W103", "error", note="其下分值 10+10+10+5+10 = 45")
    table(s, HEAD_PTS, [
        (label, "数量指标", "补植补造面积", "≥3000亩", 10),
        (None, None, "补植苗木株数",
         mk("≥**株", "X101", "error", note="模板示例值未改"), 10),
        (None, "质量指标", mk(None, "F110", "error", note="有值无名"), "≥95%", 10),
        (None, "时效指标", "春季补植完成时间", f"{YEAR}年5月15日前", 5),
        (None, "成本指标", "补植补造补助标准", "≤600元/亩", 10),
        ("效益指标（40分）", "生态效益指标", "补植区植被覆盖度提高", "≥2百分点", 20),
        (None, "社会效益指标", "带动护林员就业", "≥40人", 20),
        ("满意度指标（10分）", "服务对象满意度指标", "周边农牧民满意度", "≥90%", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95：由 W103 的缺口带出")
    notes(s, "注：分值合计100分。")
    return b

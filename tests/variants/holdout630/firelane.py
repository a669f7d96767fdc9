"""Forest-road fire lane returns: new lanes, road repair, firebreaks and lookout towers
(fp13–fp18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout630.common import (
    FARM,
    FORESTRY,
    YEAR,
    book,
    funds,
    indicators,
    notes,
    wan,
)
from tests.variants.holdout630.common import sign as signature
from tests.variants.holdout630.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

H4 = ("一级指标", "二级指标", "三级指标", "指标值")
H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
LANE = "石笋岭林区防火通道"


@variant("fp13-firelane-two-row-header", (4, 7, 11), "project, OLD-NAT, two-row header with "
         "operators in words and a unit column, 反向 indicators with 小于等于, 0起 on a fire "
         "count, a footnote, signature lines dated the year before (correct)")  # fmt: skip
def fp13() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name=f"{LANE}新建工程", dept=FORESTRY, unit=FARM,
                 money=funds((200, 180, 20)),
                 goals=["新建林区防火通道12公里，维修改造林道20公里，设置防火警示牌60块，"
                        "形成林区扑火车辆通行网络。"])  # fmt: skip
    top = s.row("一级指标", "二级指标", "三级指标", "年度预期目标", None, None, merge=[(4, 6)])
    s.row(None, None, None, "比较方式", "目标值", "计量单位")
    for c in (1, 2, 3):
        s.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    s.table([
        ("产出指标", "数量指标", "新建林区防火通道", "大于等于", 12, "公里"),
        (None, None, "维修改造林道", "大于等于", 20, "公里"),
        (None, None, "设置防火警示牌", "大于等于", 60, "块"),
        (None, "质量指标", "通道路基压实度达标率", "大于等于", 95, "%"),
        (None, None, "工程验收合格率", "等于", 100, "%"),
        (None, "时效指标", "工程完工时间", "小于等于", day(2025, 10, 31, CN_DATE), None),
        (None, "成本指标", "新建通道单位造价", "小于等于", 12, "万元/公里"),
        (None, None, "林道维修单位成本", "小于等于", 2, "万元/公里"),
        ("效益指标", "社会效益指标", "林区森林火灾发生次数", "等于", 0, "起"),
        (None, "生态效益指标", "森林火灾受害率", "小于等于", 0.8, "‰"),
        (None, "可持续影响指标", "防火通道设计使用年限", "大于等于", 10, "年"),
        ("满意度指标", "服务对象满意度指标", "护林员及周边群众满意度", "大于等于", 90, "%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, "注：单位造价按县林区道路工程定额测算，新建与维修合计184万元，未超过项目资金。")
    signature(s, "覃立松", "0839-6175260", day(2024, 12, 6), checker="蒲永年")
    return b


@variant("fp14-firelane-dates", (12,), "project, OLD-NAT, one value column: plan dates a year "
         "before the title's year, the goal's length against the indicator, a unit cost × length "
         "over the money")  # fmt: skip
def fp14() -> Book:
    b, s = book()
    start = mk(day(2024, 3, 1), "Y101", "error", row=True, alt=("Y102",),
               note="标题为2025年度，计划起止日期却在2024年")  # fmt: skip
    project_head(s, year=YEAR, name=f"{LANE}新建工程（二期）", dept=FORESTRY, unit=FARM,
                 money=funds((220, 200, 20)), start=start, end=day(2024, 11, 30),
                 goals=["新建林区防火通道15公里，维修林道10公里，"
                        "打通二期扑火车辆通道。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "新建林区防火通道",
         mk("≥12公里", "D104", "warning", row=True, note="年度目标写新建15公里，指标只有12公里")),
        (None, None, "维修林道", "≥10公里"),
        (None, "质量指标", "工程验收合格率", "100%"),
        (None, "时效指标", "工程完工时间", "10月31日前"),
        (None, "成本指标", "新建通道单位造价",
         mk("≤20万元/公里", "B107", "warning", row=True,
            note="20万元/公里 × 12公里 = 240万元，超过年度资金220万元")),
        (None, None, "林道维修单位成本", "≤1万元/公里"),
        ("效益指标", "社会效益指标", "扑火车辆可通达林班比例", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃立松", "0839-6175260", day(2024, 12, 6))
    return b


@variant("fp15-firelane-points-three-years", (8, 10), "three-year project, OLD-NAT, 中期 and "
         "年度 columns, tier points and indicator points both given (100 both ways), a rise in "
         "百分点 (correct)")  # fmt: skip
def fp15() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="林区防火通道网络三年建设", dept=FORESTRY,
                 unit=FARM, attr="新增项目", money=funds((600, 540, 60), (200, 180, 20)),
                 goals=["2025—2027年新建林区防火通道36公里、防火蓄水池9座，林区消防车辆"
                        "通达率提高15个百分点。",
                        "2025年新建防火通道12公里、蓄水池3座，通达率提高5个百分点。"])  # fmt: skip
    indicators(s, (*H5, "分值"), [
        ("产出指标（50分）", "数量指标", "新建防火通道", "≥36公里", "≥12公里", 10),
        (None, None, "新建防火蓄水池", "≥9座", "≥3座", 10),
        (None, "质量指标", "工程验收合格率", "100%", "100%", 10),
        (None, "时效指标", "工程完成时间", "2027年11月30日前", "2025年11月30日前", 10),
        (None, "成本指标", "新建通道单位造价", "≤12万元/公里", "≤12万元/公里", 10),
        ("效益指标（40分）", "社会效益指标", "林区消防车辆通达率", "提高≥15百分点",
         "提高≥5百分点", 10),
        (None, None, "火情处置到场时间", "≤40分钟", "≤50分钟", 10),
        (None, "生态效益指标", "森林火灾受害率", "≤0.8‰", "≤0.8‰", 10),
        (None, "可持续影响指标", "护林员巡护覆盖率", "≥95%", "≥95%", 10),
        ("满意度指标（10分）", "服务对象满意度指标", "周边群众满意度", "≥90%", "≥90%", 10),
        ("合计", None, None, None, None, 100),
    ])  # fmt: skip
    signature(s, "蒲永年", "0839-6175033", day(2024, 11, 28))
    return b


@variant("fp16-firelane-two-years-wrong", (8, 12), "two-year project, OLD-NAT, 中期 and 年度 "
         "columns: 年度目标 copied from 中期目标, an annual length above the period's, 年度资金 "
         "above 中期资金")  # fmt: skip
def fp16() -> Book:
    b, s = book()
    text = "完成石笋岭林场林区防火通道新建和防火警示设施配套，提升森林火灾应急通行和扑救能力。"
    annual = mk(wan(360), "B103", "error", note="年度资金360万元大于中期资金总额300万元")
    project_head(s, year=YEAR, years=2, name=f"{LANE}提升工程", dept=FORESTRY, unit=FARM,
                 money=funds((300, 270, 30), (annual, 330, 30)),
                 goals=[text, mk(text, "D204", "warning",
                                 note="年度目标与中期目标一字不差")])  # fmt: skip
    indicators(s, H5, [
        ("产出指标", "数量指标", "新建林区防火通道", "≥20公里",
         mk("≥24公里", "D201", "error", note="年度24公里超过两年合计20公里")),
        (None, None, "设置防火警示牌", "≥80块", "≥40块"),
        (None, "质量指标", "工程验收合格率", "100%", "100%"),
        (None, "时效指标", "工程完成时间", "2026年10月31日前", "2025年10月31日前"),
        (None, "成本指标", "新建通道单位造价", "≤10万元/公里", "≤10万元/公里"),
        ("效益指标", "社会效益指标", "扑火车辆可通达林班比例", "≥90%", "≥75%"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    signature(s, "蒲永年", "0839-6175033", day(2024, 11, 28))
    return b


@variant("fp17-firelane-stacked-wrong", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column: a firebreak length repeated under 质量, the second project's money not "
         "adding up")  # fmt: skip
def fp17() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="林区防火隔离带清理", dept=FORESTRY, unit=FARM,
                 money=funds((60, 50, 10)),
                 goals=["防火期前清理林区防火隔离带30公里，隔离带宽度达到设计标准。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "防火隔离带清理长度", "≥30公里"),
        (None, "质量指标", "防火隔离带清理长度",
         mk("≥30公里", "D101", "warning", row=True, alt=("D103", "F201"),
            note="数量指标下已有同一指标，又在质量指标下重复")),
        (None, None, "隔离带宽度达标率", "≥95%"),
        (None, "时效指标", "清理完成时间", "2025年3月31日前"),
        (None, "成本指标", "隔离带清理单位成本", "≤1.5万元/公里"),
        ("效益指标", "社会效益指标", "防火期林区森林火灾次数", "0起"),
        ("满意度指标", "服务对象满意度指标", "周边群众满意度", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    total = mk(wan(85), "B101", "error", row=True,
               note="中期、年度资金总额85万元，财政拨款60 + 其他资金20 = 80万元")  # fmt: skip
    money_rows = funds((85, 60, 20))
    money_rows[0][1] = total
    project_head(s, year=YEAR, title="", name="森林防火瞭望塔视频监控改造", dept=FORESTRY,
                 unit=FARM, money=money_rows,
                 goals=["改造林区瞭望塔4座并加装视频监控，"
                        "林区重点区域监控覆盖率达到85%。"])  # fmt: skip
    indicators(s, H4, [
        ("产出指标", "数量指标", "改造瞭望塔", "≥4座"),
        (None, "质量指标", "重点林区视频监控覆盖率", "≥85%"),
        (None, "时效指标", "改造完成时间", "2025年6月30日前"),
        (None, "成本指标", "单座改造成本", "≤20万元/座"),
        ("效益指标", "社会效益指标", "火情发现时间", "≤15分钟"),
        ("满意度指标", "服务对象满意度指标", "护林员满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "覃立松", "0839-6175260", day(2024, 12, 6))
    return b


@variant("fp18-firelane-department", (4, 5, 7), "department, NAT-2021, tier labels with ★, "
         "numbers and abbreviations, header 预期目标, a header repeated after a page break, a "
         "footnote explaining the total, a typed percent (correct)")  # fmt: skip
def fp18() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept="雾松县森林防火指挥部办公室",
                    budget=[[180, 165, 15, 70, 110]], tasks=[
        ("林道防火通道维护", "防火期前修整林道、清理路肩", 60, "维护防火通道45公里"),
        ("防火物资储备", "风力灭火机、二号工具补充", 30, "储备风力灭火机60台"),
        ("护林员巡护补助", "防火期专职巡护", 20, "落实护林员40人"),
        ("金额合计", None, 110, None),
    ], goal="维护林道防火通道45公里，补充防火物资，落实护林员40人，"
            "全年森林火灾不超过2起。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "预期目标")
    indicators(s, head, [
        ("★一、产出", "（一）数量", "维护林道防火通道", "≥45公里"),
        (None, None, "储备风力灭火机", "≥60台"),
        (None, None, "落实专职护林员", "≥40人"),
        (None, "（二）质量", "防火通道完好率", pct(0.95)),
        (None, "（三）时效", "通道维护完成时间", "2025年2月28日前"),
    ])  # fmt: skip
    indicators(s, head, [
        ("★二、成本", "（一）经济成本", "通道维护单位成本", "≤1.2万元/公里"),
        (None, None, "护林员巡护补助标准", "≤5000元/人"),
        ("★三、效益", "（一）社会效益", "全年森林火灾发生次数", "≤2起"),
        (None, "（二）生态效益", "森林覆盖率", "≥68%"),
        ("★四、满意度", "（一）服务对象满意度", "林区群众满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "注：其他资金15万元为上年结转资金，已含在资金总额180万元内；",
          "    项目支出110万元即上表三项任务之和。")  # fmt: skip
    signature(s, "蒲永年", "0839-6175033", day(2024, 11, 28))
    return b

"""Low-altitude flight service stations and aviation emergency rescue: 低空飞行服务站 and
航空应急救援 (ts07–ts12)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout321.common import (
    book,
    budget,
    indicators,
    multi_year,
    note,
    one_year,
    signature,
    wan,
)
from tests.variants.holdout321.registry import variant
from tests.variants.kit import Book, day, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ts07-fss-numbered-points", (5,),
         "project, NAT-2021, numbered tier labels with points (一、产出指标（40分）, "
         "（一）数量指标) and an indicator score column adding to each tier's points "
         "(correct)")  # fmt: skip
def fss_numbered_points() -> Book:
    b, s = book()
    project_head(s, year=2025, name="砾川市低空飞行服务站运行保障", dept="砾川市交通运输局",
                 unit="砾川市低空飞行服务站", money=one_year(260, 240, 20),
                 goals=("保障低空飞行服务站全年值守，受理飞行计划不少于3000架次，"
                        "发布低空气象情报不少于360次。",))  # fmt: skip
    indicators(s, (*HEAD, "分值"), [
        ("一、产出指标（40分）", "（一）数量指标", "受理低空飞行计划", "≥3000架次", 10),
        (None, None, "发布低空气象情报", "≥360次", 10),
        (None, "（二）质量指标", "飞行服务数据完整率", "≥98%", 10),
        (None, "（三）时效指标", "飞行计划受理平均时长", "≤30分钟", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "服务站年度运行维护费", "≤240万元", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "低空飞行服务覆盖半径", "≥150公里", 15),
        (None, "（二）可持续影响指标", "服务站全年值守天数", "≥360天", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "通航用户满意度", "≥90%", 10),
    ])  # fmt: skip
    return b


@variant("ts08-rescue-wrong-parent", (5,),
         "project, NAT-2021, labels with ★ and 1./2. numbering: a 时效指标 under 效益指标, "
         "=95% on a satisfaction rate")  # fmt: skip
def rescue_wrong_parent() -> Book:
    b, s = book()
    project_head(s, year=2025, name="直升机航空应急救援备勤", dept="望沅区应急管理局",
                 unit="望沅区应急救援指挥中心", money=one_year(380, 350, 30),
                 goals=("租赁救援直升机全年备勤不少于300天，开展联合演练4次，"
                        "提升山区和水域突发事件航空救援能力。",))  # fmt: skip
    indicators(s, HEAD, [
        ("★产出指标", "1.数量指标", "直升机应急备勤天数", "≥300天"),
        (None, None, "组织航空救援联合演练", "≥4次"),
        (None, "2.质量指标", "救援任务成功处置率", "≥95%"),
        (None, "3.时效指标", "接警至起飞平均时间", "≤20分钟"),
        ("★成本指标", "1.经济成本指标", "直升机备勤日均费用", "≤1.2万元/天"),
        ("★效益指标", "1.社会效益指标", "航空救援转运伤员", "≥60人"),
        (None, mk("2.时效指标", "F105", "error", row=True,
                  note="时效指标 belongs under 产出指标, not 效益指标"),
         "救援信息报送及时率", "≥98%"),
        (None, "3.可持续影响指标", "航空应急救援协同机制", "建立并执行"),
        ("★满意度指标", "1.服务对象满意度", "受援群众满意度",
         mk("=95%", "T107", "warning", note="= on a satisfaction rate: ≥95% meant")),
    ])  # fmt: skip
    return b


@variant("ts09-rescue-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: counts smaller in the year, rates, "
         "time limits, unit costs and a 0起 accident count legitimately equal "
         "(correct)")  # fmt: skip
def rescue_three_years() -> Book:
    b, s = book()
    project_head(s, year=2025, years=3, name="航空应急救援临时起降点建设",
                 dept="砾川市应急管理局", unit="砾川市航空应急救援中心",
                 money=multi_year((1500, 1350, 150), (520, 470, 50)), attr="新增项目",
                 goals=("三年建成航空应急救援临时起降点24个，培训救援人员900人次，"
                        "实现全市乡镇航空救援30分钟响应全覆盖。",
                        "2025年建成临时起降点8个，培训救援人员300人次，"
                        "航空救援覆盖60%的乡镇。"))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成航空救援临时起降点", "≥24个", "≥8个"),
        (None, None, "航空救援培训", "≥900人次", "≥300人次"),
        (None, "质量指标", "起降点验收合格率", "=100%", "=100%"),
        (None, "时效指标", "救援响应出动时间", "≤30分钟", "≤30分钟"),
        ("成本指标", "经济成本指标", "单个临时起降点建设成本", "≤45万元/个", "≤45万元/个"),
        (None, "社会成本指标", "救援飞行安全事故", "0起", "0起"),
        ("效益指标", "社会效益指标", "航空救援覆盖乡镇比例", "100%", "≥60%"),
        (None, "可持续影响指标", "起降点维护管理制度", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "受援群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ts10-fss-copied-year", (8,),
         "two-year project, NAT-2021, 中期 and 年度 columns: the 年度目标 copied from the 中期目标 "
         "and two cumulative counts copied into the year")  # fmt: skip
def fss_copied_year() -> Book:
    b, s = book()
    text = "建成低空飞行服务分站4个，布设低空监视雷达站点12处，实现全市低空飞行服务全覆盖。"
    project_head(s, year=2025, years=2, name="低空飞行服务分站网络建设",
                 dept="砾川市发展和改革委员会", unit="砾川市低空经济发展服务中心",
                 money=multi_year((900, 800, 100), (500, 450, 50)), attr="新增项目",
                 goals=(text, mk(text, "D204", "warning",
                                 note="年度目标 = 中期目标, 2-year project")))  # fmt: skip
    indicators(s, TWO, [
        ("产出指标", "数量指标", "建成低空飞行服务分站", "≥4个",
         mk("≥4个", "D202", "warning", note="cumulative count copied into the year")),
        (None, None, "布设低空监视雷达站点", "≥12处",
         mk("≥12处", "D202", "warning", note="cumulative count copied into the year")),
        (None, "质量指标", "飞行服务系统可用率", "≥99%", "≥99%"),
        (None, "时效指标", "飞行计划审批办结时限", "≤2小时", "≤2小时"),
        ("成本指标", "经济成本指标", "单个服务分站建设成本", "≤110万元/个", "≤110万元/个"),
        ("效益指标", "社会效益指标", "低空飞行服务覆盖县区", "≥9个", "≥5个"),
        (None, "可持续影响指标", "服务分站运行维护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "通航用户满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ts11-fss-page-break", (4,),
         "department, NAT-2021, weight column: a 说明 row, subtotal rows, the header repeated "
         "after a page break, a 合计 row, footnotes and a signature line (correct)")  # fmt: skip
def fss_page_break() -> Book:
    b, s = book()
    department_head(s, year=2025, dept="砾川市低空经济发展服务中心",
                    budget=[budget(980, 900, 80, 360, 620)],
                    tasks=[("低空飞行服务站运行", "飞行计划受理、情报发布、告警协助", wan(340),
                            "全年值守"),
                           ("低空航路划设与监视", "划设低空航路，布设监视设备", wan(280),
                            "航路可用"),
                           ("金额合计", None, wan(620), None)],
                    goal="保障低空飞行服务全年不间断，服务覆盖全市7个县（市、区）。")  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标值", "权重（%）")
    indicators(s, head, [
        ("产出指标", "数量指标", "受理低空飞行计划", "≥5000架次", 15),
        (None, None, "发布低空飞行情报", "≥720期", 10),
        (None, "质量指标", "飞行情报发布准确率", "≥98%", 15),
        (None, "时效指标", "飞行计划受理答复时限", "≤45分钟", 10),
    ])  # fmt: skip
    note(s, "说明：飞行计划架次按服务站系统受理记录统计，不含军航计划。", 5)
    s.row("小计", None, None, None, 50)
    s.skip()
    indicators(s, head, [
        ("成本指标", "经济成本指标", "服务站年度运行成本", "≤340万元", 10),
        ("效益指标", "社会效益指标", "低空飞行服务覆盖县（市、区）", "≥7个", 15),
        (None, "可持续影响指标", "低空飞行服务保障机制", "健全", 15),
        ("满意度指标", "服务对象满意度指标", "通航用户满意度", "≥90%", 10),
    ])  # fmt: skip
    s.row("小计", None, None, None, 50)
    s.row("合计", None, None, None, 100)
    note(s, "注：1.权重合计为100；2.年度运行成本含人员劳务、通信租赁和设备维保费用。", 5)
    signature(s, "谭若川", "0736-3307516", day(2024, 11, 26))
    return b


@variant("ts12-rescue-artefacts", (4, 9),
         "project, OLD-NAT, operator and unit columns, a money detail block, a 说明 row between "
         "tiers, a stamp line: a total split by a space, a line amount pasted twice")  # fmt: skip
def rescue_artefacts() -> Book:
    b, s = book()
    total = mk(
        "312.456 8",
        "X105",
        "warning",
        alt=("X103",),
        note="312.4568 split by a space and stored as text; 300 + 12.4568 holds",
    )
    project_head(s, year=2025, name="航空应急救援直升机租赁", dept="澄岭县应急管理局",
                 unit="澄岭县航空应急救援队", money=one_year(total, 300, 12.4568),
                 goals=("租赁救援直升机备勤240天，开展航空救援演练3次。",))  # fmt: skip
    s.row("资金明细（万元）", "直升机备勤租赁",
          mk("180万180万（含机组）", "X106", "error", alt=("B108",),
             note="180万 pasted twice; read as 180 the lines add up"))  # fmt: skip
    s.row(None, "救援吊挂装备购置", wan(82.4568))
    s.row(None, "救援培训演练", wan(50))
    s.ws.merge_cells(start_row=s.r - 2, start_column=1, end_row=s.r, end_column=1)
    head = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
    indicators(s, head, [
        ("产出指标", "数量指标", "直升机备勤天数", "≥", 240, "天"),
        (None, None, "开展航空救援演练", "≥", 3, "次"),
        (None, "质量指标", "救援任务完成率", "≥", pct(0.95), "%"),
        (None, "时效指标", "接警后起飞时间", "≤", 15, "分钟"),
        (None, "成本指标", "直升机日均备勤租赁费", "≤", 0.75, "万元/天"),
    ])  # fmt: skip
    note(s, "说明：备勤天数以空管部门批复的备勤计划为准。")
    s.table([
        ("效益指标", "社会效益指标", "航空救援转运人数", "≥", 40, "人"),
        (None, "可持续影响指标", "航空救援联动机制运行", "定性", "有效", None),
        ("满意度指标", "服务对象满意度指标", "受援对象满意度", "≥", pct(0.9), "%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "填表说明：指标值为数值的，比较符、计量单位分列填写。")
    note(s, "（单位盖章）")
    signature(s, "褚念衡", "0736-4418263", day(2024, 12, 2))
    return b

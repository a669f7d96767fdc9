"""Drainage pipe dredging returns (kfd01–kfd06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout826.common import YEAR, book, funds, indicators, note, one_year, sign, w
from tests.variants.holdout826.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值", "计量单位")


@variant("kfd01-pipe-dredging-percent", (1, 12),
         "project, OLD-NAT, operator and unit columns, typed percent cells, 万元 in the number "
         "format, a goal count with its part in brackets (correct)")  # fmt: skip
def pipe_dredging_percent() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榆埭区2025年排水管网清淤疏浚项目",
                 dept="榆埭区水务局（213004）", unit="榆埭区排水管理所",
                 money=one_year(w(96), w(90), w(6)),
                 goals=["全年清淤疏浚排水管道80公里（其中主干管30公里），清掏雨水口2400座，"
                        "5月31日前完成重点易涝片区管道疏通，减少管道堵塞引发的积水。"])  # fmt: skip
    indicators(s, [OP_HEAD], [
        ("产出指标", "数量指标", "排水管道清淤疏浚长度", "≥", 80, "公里"),
        (None, None, "主干管清淤长度", "≥", 30, "公里"),
        (None, None, "雨水口清掏数量", "≥", 2400, "座"),
        (None, "质量指标", "清淤后管道过水断面恢复率", "≥", pct(0.9), "%"),
        (None, None, "淤泥无害化处置率", "=", pct(1), "%"),
        (None, "时效指标", "重点片区汛前疏通完成时间", "≤", day(YEAR, 5, 31, CN_DATE), None),
        (None, "成本指标", "管道清淤综合单价", "≤", 0.9, "万元/公里"),
        (None, None, "雨水口清掏单价", "≤", 80, "元/座"),
        ("效益指标", "社会效益指标", "管道堵塞引发的内涝积水事件", "≤", 0, "起"),
        (None, "可持续影响指标", "管网清淤长效养护机制", "定性", "建立并执行", None),
        ("满意度指标", "服务对象满意度指标", "沿线居民满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    note(s, "注：清淤单价含淤泥外运及处置费；0.9×80＝72万元，80元×2400座＝19.2万元。")
    sign(s, "彭知远", "0571-6938214", (YEAR - 1, 11, 18))
    return b


@variant("kfd02-sewer-goal-mismatch", (1, 12),
         "project, OLD-NAT, one value column: the goal's 120公里 against an indicator's "
         "100公里, a deadline in the next year, a unit cost × length above the money")  # fmt: skip
def sewer_goal_mismatch() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹭渚县2025年城区雨污管道疏浚项目",
                 dept="鹭渚县住房和城乡建设局（406012）", unit="鹭渚县市政设施维护中心",
                 money=one_year(w(100), w(90), w(10)),
                 goals=["完成城区雨污管道疏浚120公里，清理检查井1500座，5月底前完成汛前疏通，"
                        "主城区积水点积水消退时间控制在2小时以内。"])  # fmt: skip
    s.row("一级指标", "二级指标", "三级指标", "指标值")
    s.table([
        ("产出指标", "数量指标", "雨污管道疏浚长度",
         mk("≥100公里", "D104", "warning", row=True,
            note="年度目标写疏浚120公里，指标只有100公里")),
        (None, None, "检查井清理数量", "≥1500座"),
        (None, "质量指标", "疏浚验收合格率", pct(0.95)),
        (None, "时效指标", "汛前疏通完成时间",
         mk("2026年5月31日前", "Y102", "error", alt=("Y103", "D104"),
            note="一年期项目（2025年），汛前疏通期限却写到2026年")),
        (None, "成本指标", "管道疏浚综合单价",
         mk("≤1.1万元/公里", "B107", "warning", row=True,
            note="1.1×100＝110（按目标120公里为132）万元，超过年度资金100万元")),
        ("效益指标", "社会效益指标", "主城区积水点积水消退时间", "≤2小时"),
        (None, "生态效益指标", "清淤淤泥规范处置率", "100%"),
        ("满意度指标", "服务对象满意度指标", "周边居民满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    sign(s, "甘映秋", "0739-5521870", (YEAR - 1, 11, 25))
    return b


@variant("kfd03-culvert-three-year", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns with a unit column: period "
         "counts above the year's, a later year the work prepares for (correct)")  # fmt: skip
def culvert_three_year() -> Book:
    b, s = book()
    project_head(s, year=YEAR, years=3, name="沅潭市主城区排水管网清淤修复三年行动",
                 dept="沅潭市城市管理局（318001）", unit="沅潭市排水有限公司",
                 money=funds((w(360), w(300), w(60)), (w(120), w(100), w(20))),
                 goals=["2025—2027年累计清淤疏浚主次干管260公里，修复破损管段18公里，建成管网"
                        "地理信息台账，为2028年推行厂网河一体化运维积累数据。",
                        "2025年清淤疏浚主次干管90公里，修复破损管段6公里，完成城东片区管网"
                        "普查。"])  # fmt: skip
    indicators(s, [TWO_HEAD], [
        ("产出指标", "数量指标", "主次干管清淤疏浚长度", "≥260", "≥90", "公里"),
        (None, None, "破损管段修复长度", "≥18", "≥6", "公里"),
        (None, None, "管网普查片区数", "≥4", "≥1", "个"),
        (None, "质量指标", "修复管段闭水试验合格率", "100%", "100%", "%"),
        (None, "时效指标", "年度清淤任务完成时间", "2027年11月30日前", "2025年11月30日前",
         None),
        ("成本指标", "经济成本指标", "管道清淤单价", "≤0.8", "≤0.8", "万元/公里"),
        (None, None, "破损管段修复单价", "≤6", "≤6", "万元/公里"),
        ("效益指标", "社会效益指标", "管网堵塞投诉件数下降率", "≥30%", "≥10%", "%"),
        (None, "可持续影响指标", "管网地理信息台账", "建立并持续更新", "完成城东片区建档",
         None),
        ("满意度指标", "服务对象满意度指标", "沿线商户满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    note(s, "说明：年度成本0.8×90＋6×6＝108万元，不超过年度资金120万元。")
    sign(s, "司马青禾", "0736-8870415", (YEAR - 1, 12, 2))
    return b


@variant("kfd04-box-culvert-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "a year's length above the period's, last season's deadline")  # fmt: skip
def box_culvert_copied() -> Book:
    b, s = book()
    text = ("三年内完成城西片区箱涵清淤36公里，清理排口淤积120处，消除易涝点12处，"
            "箱涵过流能力恢复至设计标准。")  # fmt: skip
    project_head(s, year=YEAR, years=3, name="鹭渚县城西片区箱涵清淤工程",
                 dept="鹭渚县水利局（406015）", unit="鹭渚县城西排涝管理站",
                 money=funds((w(450), w(450), w(0)), (w(150), w(150), w(0))),
                 goals=[text, mk(text, "D204", "warning",
                                 note="多年期项目的年度目标逐字照抄中期目标")])  # fmt: skip
    indicators(s, [TWO_HEAD], [
        ("产出指标", "数量指标", "箱涵清淤长度", "≥36",
         mk("≥40", "D201", "error", note="年度40公里超过三年合计36公里"), "公里"),
        (None, None, "排口淤积清理数量", "≥120", "≥40", "处"),
        (None, None, "易涝点消除数量", "≥12", "≥4", "处"),
        (None, "质量指标", "箱涵过流能力达标率", "≥95%", "≥95%", "%"),
        (None, "时效指标", "汛前清淤完成时间", "每年5月31日前",
         mk("2024年5月31日前", "Y102", "error", alt=("Y103",),
            note="2025—2027年项目的年度期限写成上一年汛期，上年遗留")),
        ("成本指标", "经济成本指标", "箱涵清淤单价", "≤3.5", "≤3.5", "万元/公里"),
        ("效益指标", "社会效益指标", "城西片区内涝积水点数量下降率", "≥60%", "≥20%", "%"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%", "≥90%", "%"),
    ])  # fmt: skip
    sign(s, "窦明川", "0739-5524406", (YEAR - 1, 11, 28))
    return b


HEAD4 = ("一级指标", "二级指标", "三级指标", "指标值")


@variant("kfd05-stacked-districts", (2,),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator "
         "name with different values in each project (correct)")  # fmt: skip
def stacked_districts() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="榆埭区城北片区雨水管道清淤项目",
                 dept="榆埭区水务局（213004）", unit="榆埭区排水管理所",
                 money=one_year(w(48), w(48), w(0)),
                 goals=["清淤城北片区雨水管道40公里，汛前完成下穿通道排水管疏通。"])  # fmt: skip
    indicators(s, [HEAD4], [
        ("产出指标", "数量指标", "管道清淤长度", "≥40公里"),
        (None, None, "下穿通道排水管疏通数量", "≥6处"),
        (None, "时效指标", "汛前疏通完成时间", "5月31日前"),
        (None, "成本指标", "管道清淤单价", "≤1.0万元/公里"),
        ("效益指标", "社会效益指标", "下穿通道积水断行次数", "≤1次"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="榆埭区城南片区合流管道清淤项目",
                 dept="榆埭区水务局（213004）", unit="榆埭区排水管理所",
                 money=one_year(w(66), w(60), w(6)),
                 goals=["清淤城南片区合流管道55公里，清掏沉泥井420座。"])  # fmt: skip
    indicators(s, [HEAD4], [
        ("产出指标", "数量指标", "管道清淤长度", "≥55公里"),
        (None, None, "沉泥井清掏数量", "≥420座"),
        (None, "质量指标", "清淤验收合格率", "≥95%"),
        (None, "成本指标", "管道清淤单价", "≤1.1万元/公里"),
        ("效益指标", "生态效益指标", "合流管道溢流污染投诉件数", "≤5件"),
        ("满意度指标", "服务对象满意度指标", "片区居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "彭知远", "0571-6938214", (YEAR - 1, 11, 18))
    return b


@variant("kfd06-stacked-grate-duplicate", (2, 12),
         "two projects stacked, OLD-NAT, one value column: the second project's money does "
         "not add up and it lists its grate cleaning twice with different values")  # fmt: skip
def stacked_grate_duplicate() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="鹭渚县老城区排水管道清疏项目",
                 dept="鹭渚县住房和城乡建设局（406012）", unit="鹭渚县市政设施维护中心",
                 money=one_year(w(52), w(50), w(2)),
                 goals=["清疏老城区排水管道45公里，清掏雨水箅子2600个。"])  # fmt: skip
    indicators(s, [HEAD4], [
        ("产出指标", "数量指标", "排水管道清疏长度", "≥45公里"),
        (None, None, "雨水箅子清掏数量", "≥2600个"),
        (None, "成本指标", "管道清疏单价", "≤1.0万元/公里"),
        ("效益指标", "社会效益指标", "老城区积水点数量", "≤3处"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=YEAR, title="", name="鹭渚县新城区排水管道清疏项目",
                 dept="鹭渚县住房和城乡建设局（406012）", unit="鹭渚县市政设施维护中心",
                 money=[("资金总额", mk(w(80), "B101", "error",
                                        note="资金总额80万元≠财政拨款70＋其他资金5"),
                         "其中：财政拨款", w(70)), ("其他资金", w(5), None, None)],
                 goals=["清疏新城区排水管道60公里，清掏雨水箅子3000个。"])  # fmt: skip
    indicators(s, [HEAD4], [
        ("产出指标", "数量指标", "排水管道清疏长度", "≥60公里"),
        (None, None, "雨水箅子清掏数量", "≥3000个"),
        (None, None, mk("雨水箅子清掏", "D103", "error", row=True, alt=("D102", "D101"),
                        note="与上一行是同一指标，只少两个字，数值却是3200个"), "≥3200个"),
        (None, "成本指标", "管道清疏单价", "≤1.2万元/公里"),
        ("效益指标", "社会效益指标", "新城区积水点数量", "≤2处"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "甘映秋", "0739-5521870", (YEAR - 1, 11, 25))
    return b

"""Island ecological restoration, shoreline and vegetation (海岛生态修复、岸线、植被): ud07 to
ud12."""

from __future__ import annotations

from tests.variants.holdout332.common import (
    YEAR,
    multi_year,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout332.registry import variant
from tests.variants.kit import YUAN, Book, mk, money, pct

H5 = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("ud07-shoreline-multiyear", (8, 5),
         "three-year project, NAT-2021, abbreviated tier labels, 中期 and 年度 columns, counts "
         "split by year, rates and unit costs equal (correct)")  # fmt: skip
def shoreline_multiyear() -> Book:
    b, s = start()
    project(s, "鹤洲群岛受损岸线整治修复", "澄屿县海岛生态修复中心",
            multi_year((900, 780, 120), (320, 280, 40)),
            ["三年修复鹤洲群岛受损岸线3.6公里，自然岸线保有率达到65%。",
             "本年修复岸线1.2公里，清理岛滩垃圾150吨。"],
            years=3)  # fmt: skip
    table(s, H5, [
        ("产出", "数量", "修复受损岸线长度", "≥3.6公里", "≥1.2公里"),
        (None, None, "清理岛滩垃圾", "≥450吨", "≥150吨"),
        (None, "质量", "岸线修复工程验收合格率", pct(1), pct(1)),
        (None, "时效", "年度工程节点完成率", "≥90%", "≥90%"),
        ("成本", "经济成本", "岸线修复单位成本", "≤240万元/公里", "≤240万元/公里"),
        (None, "生态环境成本", "施工引发海洋污染事件", "≤0起", "≤0起"),
        ("效益", "生态效益", "鹤洲群岛自然岸线保有率", "≥65%", "≥62%"),
        (None, "可持续影响", "修复岸线后期管护年限", "≥5年", "≥5年"),
        ("满意度", "服务对象满意度", "周边村居群众满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ud08-shoreline-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, two "
         "cumulative counts copied into the annual column")  # fmt: skip
def shoreline_copied() -> Book:
    b, s = start()
    goal = "修复南珂屿退化植被120亩，种植乡土苗木36000株，岛体植被覆盖率达到70%。"
    copied = mk(goal, "D204", "warning", note="三年期项目的年度目标与中期目标逐字相同")
    project(s, "南珂屿退化植被恢复", "澄屿县海岛生态修复中心",
            multi_year((600, 540, 60), (210, 190, 20)), [goal, copied], years=3)  # fmt: skip
    note = "累计量：年度值照抄中期值"
    table(s, H5, [
        ("产出指标", "数量指标", "恢复退化植被面积", "≥120亩",
         mk("≥120亩", "D202", "warning", note=note)),
        (None, None, "种植乡土苗木", "≥36000株", mk("≥36000株", "D202", "warning", note=note)),
        (None, "质量指标", "苗木成活率", "≥85%", "≥85%"),
        (None, "时效指标", "年度种植任务完成时间", f"{YEAR + 2}年5月31日前",
         f"{YEAR}年5月31日前"),
        ("成本指标", "经济成本指标", "植被恢复单位成本", "≤1.6万元/亩", "≤1.6万元/亩"),
        ("效益指标", "生态效益指标", "岛体植被覆盖率", "≥70%", "≥60%"),
        (None, "可持续影响指标", "修复区管护机制", "健全", "健全"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ud09-vegetation-percent-wrong", (1, 12),
         "project, OLD-NAT, operator and unit columns, percent cells: a 成活率 over 100 %, "
         "其他资金 formatted in 元 inside a 万元 block")  # fmt: skip
def vegetation_percent_wrong() -> Book:
    b, s = start()
    other = mk(money(150000, YUAN), "B105", "error",
               note="万元栏内的金额以元格式显示（150,000.00元）")  # fmt: skip
    project(s, "浮鹭礁岛体植被补植", "澄屿县林业站", one_year(95, 80, other),
            ["补植浮鹭礁岛体植被45亩，苗木成活率稳定在90%以上。"])  # fmt: skip
    b.file_mark("B101", "error", required=False, note="元格式的其他资金可能让总额对不上")
    table(s, ("一级指标", "二级指标", "三级指标", "比较符", "指标值", "计量单位"), [
        ("产出指标", "数量指标", "补植岛体植被面积", "≥", 45, "亩"),
        (None, "质量指标", "苗木成活率", "≥",
         mk(pct(1.05), "T106", "error", note="成活率不能超过 100%"), "%"),
        (None, None, "补植苗木乡土树种比例", "≥", pct(0.9), "%"),
        (None, "时效指标", "补植完成时间", "≤", "4月30日前", None),
        (None, "成本指标", "每亩补植成本", "≤", 2, "万元/亩"),
        ("效益指标", "生态效益指标", "补植区水土流失面积下降率", "≥", pct(0.3), "%"),
        (None, "可持续影响指标", "补植区管护期", "≥", 3, "年"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥", pct(0.9), "%"),
    ])  # fmt: skip
    return b


@variant("ud10-restoration-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: end date as a "
         "serial in a text cell, an amount split by a space, an amount pasted twice")  # fmt: skip
def restoration_artefacts() -> Book:
    b, s = start()
    end = mk("46022", "X104", "warning", note="计划完成日期是文本中的日期序列号（2025-12-31）")
    project(s, "北鳌岛外来入侵植物清除与乡土植被恢复", "澄屿县海岛生态修复中心",
            one_year(75, 70, 5), ["清除北鳌岛外来入侵植物6.5公顷，恢复乡土植被。"],
            end=end)  # fmt: skip
    table(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "清除外来入侵植物面积", "≥6.5公顷"),
        (None, "质量指标", "清除区复发率", "≤10%"),
        (None, "时效指标", "清除作业完成时间", "9月30日前"),
        (None, "成本指标", "每公顷清除成本", "≤6万元/公顷"),
        ("效益指标", "生态效益指标", "乡土植被覆盖率", "≥55%"),
        ("满意度指标", "服务对象满意度指标", "海岛管理部门满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "支出明细", "测算依据", "金额（万元）")
    s.row(
        1,
        "外来入侵植物清除",
        "6.5公顷×5.946万元/公顷",
        mk("38.6 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 38.65"),
    )
    s.row(
        2,
        "乡土苗木采购",
        "9600株×25元/株",
        mk("24万24万(含苗木运输)", "X106", "error", alt=("B108",), note="24万粘贴了两次"),
    )
    s.row(3, "养护及监测", "养护人员及监测样方", 12.35)
    s.row("合计", None, None, 75)
    return b


@variant("ud11-vegetation-notes", (4, 7),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, an instruction row inside the table, "
         "注 lines, 填表说明, signature and date lines below (correct)")  # fmt: skip
def vegetation_notes() -> Book:
    b, s = start()
    project(s, "鹤洲岛海岸防护林带修复", "澄屿县林业站", one_year(64, 60, 4),
            ["修复鹤洲岛海岸防护林带2.4公里，林带郁闭度逐步恢复。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    s.row("（三级指标由项目单位自行设定，定量指标须写明计量单位）", merge=[(1, 4)])
    s.table([
        ("产出指标", "数量指标", "修复防护林带长度", "≥2.4公里"),
        (None, None, "补植木麻黄等防护树种", "≥8000株"),
        (None, "质量指标", "补植苗木成活率", "≥85%"),
        (None, "时效指标", "补植完成时间", "5月31日前"),
        (None, "成本指标", "每公里修复成本", "≤26万元/公里"),
        ("效益指标", "生态效益指标", "林带风沙侵蚀面积下降率", "≥15%"),
        (None, "可持续影响指标", "林带管护责任制", "建立并执行"),
        ("满意度指标", "服务对象满意度指标", "岛上养殖户满意度", "≥85%"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["注1：下降率以项目实施前监测值为基数，填正数。",
              "注2：成本指标按项目资金测算，2.4公里×26万元/公里=62.4万元。",
              "填表说明：本表一式三份，报县财政局、县海洋与渔业局各一份。"], 4)  # fmt: skip
    sign(s, "黎叶川", "0598-7325718", (YEAR - 1, 12, 3))
    return b


@variant("ud12-restoration-second-sheet", (7, 10),
         "project: head on the first sheet, the table on a second sheet under 预期实现值 with a "
         "tier-1 score column and indicator scores, a rate raised in 百分点 (correct)")  # fmt: skip
def restoration_second_sheet() -> Book:
    b, s = start("项目信息")
    project(s, "南珂屿沙滩及沙丘植被修复", "澄屿县海岛生态修复中心", one_year(58, 50, 8),
            ["修复南珂屿沙滩1.1公里，恢复沙丘植被3公顷。"])  # fmt: skip
    t = b.sheet("绩效指标", (14, 8, 16, 30, 18, 10))
    t.title(f"{YEAR}年度项目绩效指标", 6)
    table(t, ("一级指标", "分值", "二级指标", "三级指标", "预期实现值", "指标分值"), [
        ("产出指标", 50, "数量指标", "修复沙滩岸线长度", "≥1.1公里", 15),
        (None, None, None, "恢复沙丘植被面积", "≥3公顷", 15),
        (None, None, "质量指标", "沙丘植被成活率", "≥80%", 10),
        (None, None, "时效指标", "修复工程完工时间", "10月31日前", 10),
        ("成本指标", 10, "经济成本指标", "沙滩修复单位成本", "≤38万元/公里", 10),
        ("效益指标", 30, "生态效益指标", "沙丘植被覆盖率", "提高≥3百分点", 20),
        (None, None, "可持续影响指标", "修复区管护制度", "健全", 10),
        ("满意度指标", 10, "服务对象满意度指标", "游客及周边群众满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    notes(t, ["注：一级指标分值与三级指标分值均按100分计。"])
    return b

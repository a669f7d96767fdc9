"""Returns wj13–wj18: oversight across both halves (header words, second sheet, department
money, points at two levels)."""

from __future__ import annotations

from tests.variants.holdout390.common import (
    YEAR,
    department,
    funds,
    indicators,
    note,
    project,
    sign,
    start,
    w,
)
from tests.variants.holdout390.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

PTS = ("一级指标", "一级分值", "二级指标", "三级指标", "指标值", "分值")


@variant("wj13-header-content-standard", (7, 4), "project, OLD-NAT, headers 指标内容 "
         "and 绩效标准, a 填表说明 row in the table, footnotes, a signature (correct)")  # fmt: skip
def wj13() -> Book:
    b, s = start()
    project(s, name="沅川市电竞场馆青少年保护专项检查项目", dept="沅川市文化广电旅游局（312001）",
            unit="沅川市文化市场综合执法支队", money=funds(50, 46, 4),
            goals=["检查全市电竞场馆未成年人保护措施，查处违规接纳未成年人行为。"])  # fmt: skip
    s.row("一级指标", "二级指标", "指标内容", "绩效标准")
    note(s, "（填表说明：绩效标准须写明比较符、数值和计量单位）")
    s.table([
        ("产出指标", "数量指标", "专项检查电竞场馆家数", "≥60家"),
        (None, "质量指标", "检查问题整改率", "≥95%"),
        (None, "时效指标", "专项检查完成时间", f"{YEAR}年9月30日前"),
        (None, "成本指标", "单家场馆检查成本", "≤0.5万元/家"),
        ("效益指标", "社会效益指标", "违规接纳未成年人案件发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ], merged=(1, 2))  # fmt: skip
    note(s, "注：1.检查范围含电竞酒店；2.成本指标按年度资金测算。")
    sign(s, "韦静澜", "0771-5520388", day(YEAR - 1, 12, 6, CN_DATE))
    return b


@variant("wj14-second-sheet", (7, 4), "project: head on the first sheet, the indicator table "
         "on a second sheet under 预期实现值, a 说明 row below: a rate given as a count, =95% on "
         "a satisfaction")  # fmt: skip
def wj14() -> Book:
    b, s = start("项目基本信息")
    project(s, name="鹭汀县电竞赛事观赛秩序保障项目", dept="鹭汀县文化体育局（405002）",
            unit="鹭汀县电竞赛事中心", money=funds(38, 38, 0),
            goals=["保障全年20场电竞赛事观赛秩序，落实未成年人观赛陪同制度。"])  # fmt: skip
    t = b.sheet("绩效指标", (18, 20, 32, 18, 18, 16))
    t.title(f"{YEAR}年度项目绩效指标", 4)
    indicators(t, [
        ("产出指标", "数量指标", "保障电竞赛事场次", "≥20场"),
        (None, "质量指标", "安保演练完成率",
         mk("4次", "T105", "error", note="完成率应为百分比")),
        (None, "成本指标", "单场赛事安保成本", "≤1.5万元/场"),
        ("效益指标", "社会效益指标", "观赛踩踏等安全事故发生数", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "青少年观众满意度",
         mk("=95%", "T107", "warning", note="满意度应为 ≥95%")),
    ], header=("一级指标", "二级指标", "三级指标", "预期实现值"))  # fmt: skip
    note(t, "说明：预期实现值按全年计划测算。", 4)
    return b


@variant("wj15-department-money", (12,), "department, NAT-2021: budget with a row of shares, "
         "key tasks adding to 项目支出 (correct)")  # fmt: skip
def wj15() -> Book:
    b, s = start()
    shares = (pct(1), pct(0.9231, "0.00%"), pct(0.0769, "0.00%"), pct(0.5769, "0.00%"),
              pct(0.4231, "0.00%"))  # fmt: skip
    department(s, dept="桐屿区文化市场管理中心", budget=[tuple(map(w, (520, 480, 40, 300, 220))),
               shares], goal="管好辖区电竞场馆和电竞酒店，保障未成年人合法权益。",
               tasks=[("电竞场馆日常监管", "巡查、建档、信用评价", w(80), "巡查480场次"),
                      ("电竞酒店整治", "入住登记核查与整改", w(65), "检查150家"),
                      ("青少年电竞培训监管", "培训机构抽查", w(45.5), "抽查30家"),
                      ("宣传教育", "防沉迷进社区", w(29.5), "开展24场"),
                      ("金额合计", None, w(220), None)])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单场次巡查成本", "≤0.15万元/场次"),
        ("产出指标", "数量指标", "电竞场馆巡查场次", "≥480场次"),
        (None, None, "电竞酒店检查家数", "≥150家"),
        (None, "质量指标", "场馆信用评价覆盖率", "≥95%"),
        ("效益指标", "社会效益指标", "未成年人违规入场下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "经营单位满意度", "≥88%"),
    ])  # fmt: skip
    return b


@variant("wj16-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 ≠ "
         "资金总额, key tasks not adding to 金额合计")  # fmt: skip
def wj16() -> Book:
    b, s = start()
    total = mk(w(450), "B101", "error", note="260 + 180 = 440，不是 450")
    department(s, dept="鹭汀县青少年网络素养教育指导中心",
               budget=[(total, w(410), w(40), w(260), w(180))],
               goal="开展青少年网络与电竞素养教育，指导培训机构落实防沉迷要求。",
               tasks=[("网络素养课程", "进校园课程", w(60), "开展100场"),
                      ("培训机构指导", "电竞培训机构合规指导", w(55), "指导35家"),
                      ("家长课堂", "家庭防沉迷指导", w(40), "开展20期"),
                      ("金额合计", None,
                       mk(w(180), "B102", "error", note="60 + 55 + 40 = 155"), None)])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "单场课程成本", "≤0.6万元/场"),
        ("产出指标", "数量指标", "网络素养课程场次", "≥100场"),
        (None, "质量指标", "课程评估合格率", "≥95%"),
        ("效益指标", "社会效益指标", "学生防沉迷知识知晓率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("wj17-points-two-levels", (10,), "project, NAT-2021, tier-1 score column and "
         "indicator scores both adding to 100, a rate raised in 百分点 (correct)")  # fmt: skip
def wj17() -> Book:
    b, s = start()
    project(s, name="沅川市电竞场馆等级评定项目", dept="沅川市文化广电旅游局（312001）",
            unit="沅川市电竞产业服务中心", money=funds(40, 36, 4),
            goals=["完成25家电竞场馆等级评定，推动达标场馆占比提升5个百分点。"])  # fmt: skip
    indicators(s, [
        ("成本指标", 10, "经济成本指标", "单家场馆评定成本", "≤0.6万元/家", 10),
        ("产出指标", 40, "数量指标", "参评电竞场馆家数", "≥25家", 15),
        (None, None, "质量指标", "评定结果复核一致率", "≥95%", 15),
        (None, None, "时效指标", "评定结果公布时间", f"{YEAR}年11月30日前", 10),
        ("效益指标", 30, "社会效益指标", "达标场馆占比提升", "≥5百分点", 15),
        (None, None, "可持续影响指标", "场馆分级管理制度", "建立并执行", 15),
        ("满意度指标", 20, "服务对象满意度指标", "参评场馆满意度", "≥90%", 20),
    ], header=PTS, merged=(1, 2, 3))  # fmt: skip
    return b


@variant("wj18-points-mismatch", (10, 4), "project, NAT-2021, tier-1 score column against "
         "indicator scores, header repeated after a page break: two tier scores off")  # fmt: skip
def wj18() -> Book:
    b, s = start()
    project(s, name="桐屿区青少年电竞训练基地监管评估项目", dept="桐屿区教育局（208004）",
            unit="桐屿区校外教育培训监管所", money=funds(48, 45, 3),
            goals=["对辖区青少年电竞训练基地开展24次监管评估并公布结果。"])  # fmt: skip
    out = mk(40, "W103", "error", note="15 + 10 + 10 = 35")
    sat = mk(20, "W103", "error", note="10 + 5 = 15")
    indicators(s, [
        ("成本指标", 10, "经济成本指标", "单次评估成本", "≤1.2万元/次", 10),
        ("产出指标", out, "数量指标", "训练基地评估次数", "≥24次", 15),
        (None, None, "质量指标", "评估报告复核一致率", "≥95%", 10),
        (None, None, "时效指标", "评估结果公布时间", f"{YEAR}年11月30日前", 10),
    ], header=PTS, merged=(1, 2, 3))  # fmt: skip
    s.row(*PTS)
    s.table([
        ("效益指标", 30, "社会效益指标", "基地超时训练问题下降率", "≥30%", 20),
        (None, None, "可持续影响指标", "基地评估档案", "建立并执行", 10),
        ("满意度指标", sat, "服务对象满意度指标", "训练基地满意度", "≥85%", 10),
        (None, None, None, "学员家长满意度", "≥90%", 5),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 90，可容忍")
    return b

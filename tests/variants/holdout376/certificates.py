"""Seafarers' certification: electronic certificates, exam banks, exams, assessments of training
institutions, seafarer's books and health certificates (vv07–vv12)."""

from __future__ import annotations

from tests.variants.holdout376.common import (
    YEAR,
    book,
    indicators,
    multi_year,
    one_year,
    project,
)
from tests.variants.holdout376.registry import variant
from tests.variants.kit import Book, mk, money

PERIOD_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")
POINTS_HEAD = ("一级指标", "一级指标分值", "二级指标", "三级指标", "指标值", "三级指标分值")


@variant("vv07-e-certificates-three-years", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: annual counts below the "
         "period, rates and unit costs equal in both (correct)")  # fmt: skip
def e_certificates() -> Book:
    b, s = book()
    project(s, name="船员电子证照系统建设项目", unit="澜汀海事局船员管理处", years=3,
            attr="新增项目", money_rows=multi_year((450, 420, 30), (160, 150, 10)),
            goals=["三年内完成船员证书电子化换发36000本，接入18个政务服务窗口，实现船员证照全程网办。",
                   "2025年完成换发12000本，接入6个窗口，线上办理率达到70%。"])  # fmt: skip
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "船员证书电子化换发数量", "≥36000本", "≥12000本"),
        (None, None, "接入政务服务窗口数", "≥18个", "≥6个"),
        (None, "质量指标", "电子证照数据准确率", "≥99%", "≥99%"),
        (None, "时效指标", "证书申办平均办结时限", "≤5个工作日", "≤5个工作日"),
        ("成本指标", "经济成本指标", "单本证书电子化处理成本", "≤30元/本", "≤30元/本"),
        ("效益指标", "社会效益指标", "船员证书线上办理率", "≥90%", "≥70%"),
        (None, "可持续影响指标", "电子证照系统可用率", "≥99.5%", "≥99.5%"),
        ("满意度指标", "服务对象满意度指标", "办证船员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vv08-exam-bank-copied", (8,),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: two cumulative counts "
         "copied from the period column, one annual count above its period count")  # fmt: skip
def exam_bank() -> Book:
    b, s = book()
    project(s, name="船员适任考试题库更新项目", unit="澜汀市船员考试评估中心", years=2,
            money_rows=multi_year((140, 140, 0), (80, 80, 0)),
            goals=["两年内新编适任考试题目6000道，培训考官240人次，完成题库全面更新。",
                   "2025年新编题目3500道，完成航海和轮机专业题库更新。"])  # fmt: skip
    copied = "a cumulative count identical in a two-year project's period and annual columns"
    indicators(s, PERIOD_HEAD, [
        ("产出指标", "数量指标", "新编考试题目数量", "≥6000道",
         mk("≥6000道", "D202", "warning", note=copied)),
        (None, None, "组织考官培训人次", "≥240人次",
         mk("≥240人次", "D202", "warning", note=copied)),
        (None, None, "聘请题库审校专家人数", "≥30人",
         mk("≥45人", "D201", "error", note="45 experts in 2025 but 30 for the two years")),
        (None, "质量指标", "题目审校差错率", "≤0.5%", "≤0.5%"),
        (None, "时效指标", "年度题库上线时间", "2026年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每道题目编审成本", "≤80元/道", "≤80元/道"),
        ("效益指标", "社会效益指标", "考试题目与现行公约要求符合率", "≥98%", "≥98%"),
        ("满意度指标", "服务对象满意度指标", "考生对题库适用性满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("vv09-exam-export", (7, 12),
         "budget-system export: 「部门项目支出预算05-1」 with codes in the first columns "
         "and the header on the third row, indicators on "
         "「部门项目支出绩效目标05-2」 (correct)")  # fmt: skip
def exam_export() -> Book:
    b, s = book("部门项目支出预算05-1", (10, 24, 24, 28, 12, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 8)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目编码", "项目名称", "项目类别", "资金总额", "财政拨款",
          "其他资金")  # fmt: skip
    code, unit, pcode = "415012", "澜汀市船员考试评估中心", "41501225000000012763"
    s.row(code, unit, pcode, "船员适任证书考试考务保障", "延续项目",
          money(95.6), money(85.6), money(10))  # fmt: skip
    s.row("合计", None, None, None, None, money(95.6), money(85.6), money(10))
    t = b.sheet("部门项目支出绩效目标05-2", (10, 24, 26, 12, 14, 26, 10, 10, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 9)
    t.row("单位名称：", unit)
    t.row("单位编码", "项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质",
          "指标值", "度量单位")  # fmt: skip
    name = "船员适任证书考试考务保障"
    for row in (
        ("产出指标", "数量指标", "组织适任考试场次", "≥", 48, "场"),
        ("产出指标", "数量指标", "参考船员人次", "≥", 5200, "人次"),
        ("产出指标", "质量指标", "考试组织差错率", "≤", 0.5, "%"),
        ("产出指标", "时效指标", "考试成绩发布时限", "≤", 10, "个工作日"),
        ("产出指标", "成本指标", "单场考试考务成本", "≤", 1.9, "万元/场"),
        ("效益指标", "社会效益指标", "考试异议复核办结率", "≥", 95, "%"),
        ("满意度指标", "服务对象满意度指标", "考生满意度", "≥", 90, "%"),
    ):
        t.row(code, pcode, name, *row)
    return b


@variant("vv10-assessment-artefacts", (9, 12),
         "project, OLD-NAT, one value column, a detail block under the table: the total split "
         "by a space, one line's amount pasted twice")  # fmt: skip
def assessment() -> Book:
    b, s = book()
    split = mk("86.2 5", "X105", "warning", alt=("X103",), note="read as 86.25")
    project(s, name="船员培训机构质量评估项目", unit="澜汀海事局船员管理处",
            money_rows=one_year(split, 76.25, 10),
            goals=["完成27家船员培训机构质量评估，督促问题整改。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "评估船员培训机构数量", "≥27家"),
        (None, "质量指标", "评估报告合格率", "≥95%"),
        (None, "时效指标", "评估结果公布时间", "2025年12月15日前"),
        (None, "成本指标", "单家机构评估费用", "≤3.1万元/家"),
        ("效益指标", "社会效益指标", "评估发现问题整改完成率", "≥90%"),
        ("满意度指标", "服务对象满意度指标", "受评机构满意度", "≥85%"),
    ])  # fmt: skip
    s.skip()
    s.row("项目资金明细", None, None, "金额（万元）", "测算依据", None, merge=[(1, 3), (5, 6)])
    twice = mk("25.25万25.25万", "X106", "error", alt=("B108",), note="read as 25.25")
    for line in (("评估专家劳务费", money(32.4), "27家×4人×0.3万元"),
                 ("现场核查差旅费", money(18.6), "按差旅标准测算"),
                 ("评估信息系统运维费", twice, "运维合同"),
                 ("评估资料印制费", money(10), "询价")):  # fmt: skip
        s.row(line[0], None, None, line[1], line[2], None, merge=[(1, 3), (5, 6)])
    s.row("合计", None, None, money(86.25), None, None, merge=[(1, 3), (5, 6)])
    b.file_mark("B101", "error", required=False, note="if the split total is not read")
    b.file_mark("B102", "error", required=False, note="if the doubled amount is not read")
    return b


@variant("vv11-seafarer-book-points", (10,),
         "project, NAT-2021, a tier-1 score column and an indicator score column both adding to "
         "100, a rate raised in 百分点 (correct)")  # fmt: skip
def seafarer_book() -> Book:
    b, s = book(widths=(14, 10, 18, 30, 14, 10))
    project(s, name="海员证便民签发服务项目", unit="澜汀海事局政务服务中心",
            money_rows=one_year(48, 42, 6),
            goals=["全年签发海员证5000本以上，平均签发时限压缩至3个工作日。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "签发海员证数量", "≥5000本", 15),
        (None, None, "质量指标", "证书签发差错率", "≤0.1%", 10),
        (None, None, "时效指标", "平均签发时限", "≤3个工作日", 15),
        ("成本指标", 20, "经济成本指标", "单证制证成本", "≤60元/本", 20),
        ("效益指标", 30, "社会效益指标", "证书一次性签发率较上年提高", "≥2百分点", 15),
        (None, None, "可持续影响指标", "签发业务网上预约率", "≥80%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "申办船员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


@variant("vv12-health-points-wrong", (10, 5),
         "project, NAT-2021, tier-1 and indicator score columns: two tier scores that do not match "
         "the indicators under them, and 时效指标 placed under 效益指标")  # fmt: skip
def health_points() -> Book:
    b, s = book(widths=(14, 10, 18, 30, 14, 10))
    project(s, name="船员健康证书查验与体检服务项目", unit="澜汀市船员服务中心",
            money_rows=one_year(54, 50, 4),
            goals=["为3000名船员提供健康证书查验和体检服务。"])  # fmt: skip
    indicators(s, POINTS_HEAD, [
        ("产出指标", mk(45, "W103", "error", note="15 + 10 + 15 = 40"), "数量指标",
         "体检服务船员人数", "≥3000人", 15),
        (None, None, "质量指标", "体检报告规范率", "≥98%", 10),
        (None, None, "时效指标", "体检结果出具时限", "≤3个工作日", 15),
        ("成本指标", 20, "经济成本指标", "人均体检补助", "≤180元/人", 20),
        ("效益指标", mk(25, "W103", "error", note="15 + 15 = 30"), "社会效益指标",
         "健康证书到期船员按时换证率", "≥95%", 15),
        (None, None, mk("时效指标", "F105", "error", note="时效 belongs under 产出指标"),
         "证书到期提醒发送及时率", "≥95%", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受检船员满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b

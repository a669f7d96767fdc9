"""Storm losses (台风灾后): notes, points, department money, a system export (ae13–ae18)."""

from __future__ import annotations

from tests.variants.holdout489.common import (
    HEAD,
    department,
    notes,
    one_year,
    project,
    sign,
    start,
    table,
)
from tests.variants.holdout489.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, money, pct

UNIT_S = "澄屿县水产技术推广站"
POINTS_HEAD = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")


@variant("ae13-storm-notes-page-break", (4,),
         "project, OLD-NAT, one value column: a note row inside the table, the header "
         "repeated after a page break, 填表说明, signature, a fill date in the year before "
         "(correct)")  # fmt: skip
def ae13() -> Book:
    b, s = start()
    project(s, "台风灾后紫菜筏架修复补助项目", UNIT_S, one_year(240, 200, 40),
            ["补助受灾社员修复紫菜筏架，尽快恢复养殖生产。"])  # fmt: skip
    table(s, HEAD, [
        ("产出指标", "数量指标", "修复紫菜筏架", "≥5000台"),
        (None, None, "补助受灾社员", "≥320户"),
        (None, "质量指标", "修复筏架验收合格率", "≥95%"),
    ])  # fmt: skip
    notes(s, "注：受灾筏架数量以乡镇农业服务中心现场核定结果为准。")
    s.skip()
    table(s, HEAD, [
        ("产出指标", "时效指标", "修复补助发放时间", "9月30日前"),
        (None, "成本指标", "筏架修复补助标准", "≤400元/台"),
        ("效益指标", "经济效益指标", "恢复紫菜养殖面积", "≥4200亩"),
        (None, "社会效益指标", "修复作业安全事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "受灾社员满意度", "≥90%"),
    ])  # fmt: skip
    notes(s, "填表说明：1.指标值须含比较符和计量单位；2.本表一式两份。",
          "附：受灾社员名册另附。")  # fmt: skip
    sign(s, "单礁明", "0577-6631 7702", day(2024, 12, 6, CN_DATE))
    s.row("单位负责人（签字）：", None, None, "单位（盖章）")
    return b


@variant("ae14-storm-points-mismatch", (10, 4),
         "project, NAT-2021, tier-1 score column and indicator score column: the 产出 scores "
         "fall short of the declared 40, a satisfaction target far too low")  # fmt: skip
def ae14() -> Book:
    b, s = start()
    project(s, "台风灾后海带养殖复产项目", UNIT_S, one_year(160, 130, 30),
            ["帮助受灾海带养殖户补苗复产。"])  # fmt: skip
    table(s, POINTS_HEAD, [
        ("产出指标", mk(40, "W103", "error", note="15 + 10 + 10 = 35，不是 40"),
         "数量指标", "补发海带苗绳", "≥200000米", 15),
        (None, None, "质量指标", "复产苗绳夹苗合格率", "≥90%", 10),
        (None, None, "时效指标", "复产补苗完成时间", "11月30日前", 10),
        ("成本指标", 20, "经济成本指标", "苗绳补助标准", "≤3元/米", 20),
        ("效益指标", 30, "经济效益指标", "恢复海带养殖面积", "≥1800亩", 15),
        (None, None, "社会效益指标", "帮扶受灾养殖户", "≥150户", 15),
        ("满意度指标", 10, "服务对象满意度指标", "受灾养殖户满意度",
         mk("≥60%", "T114", "warning", note="满意度目标远低于常见范围"), 10),
    ], merged=(1, 2, 3))  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，同一处缺口")
    return b


@variant("ae15-storm-points-two-levels", (10,),
         "project, NAT-2021, tier-1 and indicator scores both adding to 100, a rate raised in "
         "百分点 (correct)")  # fmt: skip
def ae15() -> Book:
    b, s = start()
    project(s, "紫菜养殖防台设施改造项目", UNIT_S, one_year(210, 180, 30),
            ["改造紫菜养殖防台锚固设施，提高灾后复养率。"])  # fmt: skip
    table(s, POINTS_HEAD, [
        ("产出指标", 40, "数量指标", "改造防台锚固点", "≥2400个", 15),
        (None, None, "质量指标", "锚固点抗拉检测合格率", "≥95%", 15),
        (None, None, "时效指标", "改造完成时间", "8月31日前", 10),
        ("成本指标", 20, "经济成本指标", "锚固点改造单价", "≤700元/个", 10),
        (None, None, "社会成本指标", "施工占用养殖海域时长", "≤30天", 10),
        ("效益指标", 30, "经济效益指标", "灾后复养率较上年提高", "≥5百分点", 15),
        (None, None, "可持续影响指标", "防台设施管护制度", "健全", 15),
        ("满意度指标", 10, "服务对象满意度指标", "养殖户满意度", "≥90%", 10),
    ], merged=(1, 2, 3))  # fmt: skip
    return b


NAT_DEPT = [
    ("产出指标", "数量指标", "修复受灾紫菜筏架", "≥4000台"),
    (None, None, "投保政策性养殖保险户数", "≥600户"),
    (None, "时效指标", "灾后补助发放时间", "10月31日前"),
    ("成本指标", "经济成本指标", "筏架修复补助标准", "≤400元/台"),
    ("效益指标", "社会效益指标", "筏架灾损率下降率", "≥10%"),
    (None, "可持续影响指标", "防台应急预案演练", "≥2次"),
    ("满意度指标", "服务对象满意度指标", "受灾养殖户满意度", "≥90%"),
]


@variant("ae16-storm-department-money", (12, 1),
         "department, NAT-2021: budget with typed percent shares, key tasks adding to 项目支出, "
         "a 下降率 with ≥ (correct)")  # fmt: skip
def ae16() -> Book:
    b, s = start()
    department(s, "澄屿县海洋与渔业局", [
        (500, 400, 100, 150, 350),
        (pct(1), pct(0.8), pct(0.2), pct(0.3), pct(0.7)),
    ], "做好台风灾后养殖设施修复，推广养殖保险，减轻灾损。", [
        ("灾后筏架修复补助", "补助受灾社员修复紫菜与海带筏架", 180, "尽快复产"),
        ("养殖保险保费补贴", "补贴社员投保政策性养殖保险", 90, "扩大参保面"),
        ("防台设施改造", "改造锚固点与避风设施", 80, "提高抗灾能力"),
        ("金额合计", None, 350, None),
    ])  # fmt: skip
    s.skip()
    table(s, HEAD, NAT_DEPT)
    sign(s, "童屿帆", "0577-6602 3318", day(2024, 11, 22))
    return b


@variant("ae17-storm-department-money-wrong", (12,),
         "department, NAT-2021: 资金总额 ≠ 基本支出 + 项目支出, tasks not adding to "
         "金额合计")  # fmt: skip
def ae17() -> Book:
    b, s = start()
    total = mk(420, "B101", "error", note="420 = 340 + 80，但 ≠ 120 + 280")
    department(s, "澄屿县渔业防灾减灾中心", [(total, 340, 80, 120, 280)],
               "完成受灾养殖设施修复，提升防台能力。", [
                   ("灾后筏架修复补助", "补助受灾社员修复筏架", 150, "尽快复产"),
                   ("养殖保险保费补贴", "补贴社员投保", 70, "扩大参保面"),
                   ("防台设施改造", "改造锚固点", 50, "提高抗灾能力"),
                   ("金额合计", None,
                    mk(280, "B102", "error", note="150 + 70 + 50 = 270，不是 280"), None),
               ])  # fmt: skip
    s.skip()
    table(s, HEAD, [
        ("产出指标", "数量指标", "修复受灾筏架", "≥3000台"),
        (None, "时效指标", "灾后补助发放时间", "10月31日前"),
        ("成本指标", "经济成本指标", "筏架修复补助标准", "≤400元/台"),
        ("效益指标", "社会效益指标", "受灾社员复产户数", "≥220户"),
        ("满意度指标", "服务对象满意度指标", "受灾社员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("ae18-storm-system-export", (9, 7),
         "budget-system export: money on 部门项目支出预算05-1 with codes first, the table on "
         "05-2 with the header on row 3: a split amount, a placeholder value")  # fmt: skip
def ae18() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 26, 14, 14, 14))
    s.title("2025年度部门项目支出预算表", 5)
    s.row("单位：万元")
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金")
    split = mk("236.457 5", "X105", "warning", alt=("X103",), note="数字被空格断开，应为 236.4575")
    s.row("33032525000117", "养殖渔船防台避风补助", money(260.4575, "0.0000"), split,
          money(24, "0.0000"))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (16, 22, 12, 16, 26, 14))
    t.title("2025年度部门项目支出绩效目标表", 6)
    t.row("单位名称：澄屿县渔港管理所")
    table(t, ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值"), [
        ("33032525000117", "养殖渔船防台避风补助", "产出指标", "数量指标", "补助避风渔船",
         "≥180艘"),
        (None, None, None, "时效指标", "补助发放时间", "11月30日前"),
        (None, None, None, "成本指标", "单船避风补助标准", "≤1.2万元/艘"),
        (None, None, "效益指标", "社会效益指标", "台风期间养殖渔船安全事故", "≤0起"),
        (None, None, None, "可持续影响指标", "渔船防台转移预案覆盖养殖户",
         mk("≥XX户", "X101", "error", note="残留占位符 XX")),
        (None, None, "满意度指标", "服务对象满意度指标", "渔船船东满意度", "≥90%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b

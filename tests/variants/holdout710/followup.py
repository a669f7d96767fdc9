"""Chronic-disease follow-up at the township health centres (kar01–kar06)."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout710.common import (
    BUREAU,
    FENGLING,
    LUWAN,
    TONGPING,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
)
from tests.variants.holdout710.registry import variant
from tests.variants.kit import Book, mk, money, pct

OP_HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
ONE_HEAD = ("一级指标", "二级指标", "三级指标", "指标值")
TWO_HEAD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("kar01-followup-percent-cells", (1, 11, 12),
         "project, OLD-NAT, operator column (指标性质) and unit column, rates typed as Excel "
         "percent cells, 万元 in the number format, a 下降率 with ≥ (correct)")  # fmt: skip
def kar01() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫岭镇高血压糖尿病患者健康管理随访项目", dept=BUREAU,
                 unit=FENGLING, money=one_year(38, 30, 8),
                 goals=["对辖区在册高血压患者2860人、2型糖尿病患者940人每季度面对面随访一次，"
                        "全年随访不少于15200人次，高血压患者规范管理率达到65%以上。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "高血压患者规范随访人数", "≥", 2860, "人"),
        (None, None, "2型糖尿病患者规范随访人数", "≥", 940, "人"),
        (None, None, "全年面对面随访人次", "≥", 15200, "人次"),
        (None, "质量指标", "高血压患者规范管理率", "≥", pct(0.65), "%"),
        (None, None, "管理人群血压控制率", "≥", pct(0.6), "%"),
        (None, None, "随访记录填写合格率", "≥", pct(0.95), "%"),
        (None, "时效指标", "随访信息录入系统时限", "≤", 5, "工作日"),
        (None, "成本指标", "每人次随访补助标准", "≤", 25, "元/人次"),
        ("效益指标", "社会效益指标", "辖区高血压并发症住院人次下降率", "≥", pct(0.05), "%"),
        (None, "可持续影响指标", "慢性病随访档案动态更新机制", "定性", "健全", None),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥", pct(0.9), "%"),
    ]
    indicators(s, OP_HEAD, rows)
    notes(
        s,
        "注：随访人次 = 在册患者（2860 + 940）人 × 4 次；补助 25 元/人次 × 15200 人次 = 38 万元。",
    )
    sign(s, "莫晓岚", "6612357")
    return b


@variant("kar02-followup-goal-mismatch", (11, 12),
         "project, OLD-NAT, one value column: the goal's patient count given otherwise by the "
         "indicator, a control rate under 时效, a unit cost × count above the money")  # fmt: skip
def kar02() -> Book:
    b, s = start()
    project_head(s, year=2025, name="芦湾镇老年人慢性病随访管理项目", dept=BUREAU, unit=LUWAN,
                 money=one_year(24, 20, 4),
                 goals=["全年对辖区在册65岁以上慢性病患者3200人每季度随访一次（合计12800人次），"
                        "患者血糖、血压控制情况逐季改善。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标",
         "在册慢性病患者随访人数", mk("≥2800人", "D104", "warning", row=True,
                                     note="年度目标写随访在册患者3200人")),
        (None, None, "季度面对面随访人次", "≥12800人次"),
        (None, "质量指标", "随访档案规范填写率", "≥95%"),
        (None, "时效指标", "季度随访完成时限", "每季度末月25日前"),
        (None, None, mk("糖尿病患者血糖控制达标率", "F201", "warning", row=True,
                        note="控制达标率是质量（或效益）指标，不是时效指标"), "≥55%"),
        (None, "成本指标", "每人次随访补助标准",
         mk("≤25元/人次", "B107", "warning", row=True,
            note="25元 × 12800人次 = 32万元，超过年度资金24万元")),
        ("效益指标", "社会效益指标", "慢性病患者急诊就诊人次下降率", "≥8%"),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(s, ONE_HEAD, rows)
    sign(s, "覃一帆", "6647021")
    return b


@variant("kar03-followup-three-year", (8,),
         "three-year project 2025–2027, NAT-2021, 中期 and 年度 columns: period counts above "
         "the year's, rates equal, a later year named as what the work prepares for "
         "(correct)")  # fmt: skip
def kar03() -> Book:
    b, s = start()
    project_head(s, year=2025, years=3, name="三镇慢性病一体化随访网络建设项目", dept=BUREAU,
                 unit=FENGLING, attr="新增项目", money=multi_year((150, 120, 30), (50, 40, 10)),
                 goals=["2025—2027年在枫岭、芦湾、桐坪三镇建成慢性病一体化随访网点3个，累计规范"
                        "管理高血压、糖尿病患者9000人，为2028年在全县推广积累经验。",
                        "2025年建成枫岭镇随访网点1个，规范管理患者3000人，"
                        "培训乡村医生60人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "建成随访网点数", "≥3个", "≥1个"),
        (None, None, "规范管理患者人数", "≥9000人", "≥3000人"),
        (None, None, "乡村医生随访技能培训人次", "≥180人次", "≥60人次"),
        (None, "质量指标", "慢性病患者规范管理率", "≥70%", "≥70%"),
        (None, "时效指标", "随访信息录入及时率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "每名患者年度管理经费", "≤160元/人", "≤160元/人"),
        ("效益指标", "社会效益指标", "管理人群血压控制率", "提高≥5百分点", "提高≥2百分点"),
        (None, "可持续影响指标", "随访网点运行维护机制", "健全", "建立"),
        ("满意度指标", "服务对象满意度指标", "管理患者满意度", "≥90%", "≥90%"),
    ]
    indicators(s, TWO_HEAD, rows)
    notes(
        s,
        "说明：年度经费 160元 × 3000人 = 48万元，在年度资金50万元以内；"
        "中期 9000人 × 160元 = 144万元。",
    )
    sign(s, "莫晓岚", "6612357", boss="韦承林")
    return b


@variant("kar04-followup-period-wrong", (8, 11),
         "two-year project 2025–2026, NAT-2021, 中期 and 年度 columns: a year's count above the "
         "period's, a cumulative count copied, a 反向 rate with ≥")  # fmt: skip
def kar04() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="桐坪镇慢性肾病早筛与随访项目", dept=BUREAU,
                 unit=TONGPING, attr="新增项目", money=multi_year((80, 70, 10), (45, 40, 5)),
                 goals=["2025—2026年为辖区高血压、糖尿病患者累计开展肾功能筛查4000人次，对筛查"
                        "异常患者建档随访600人，培训乡村医生120人次。",
                        "2025年开展肾功能筛查2000人次，建档随访异常患者300人，"
                        "培训乡村医生60人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "肾功能筛查人次", "≥4000人次", "≥2000人次"),
        (None, None, "异常患者建档随访人数", "≥600人",
         mk("≥800人", "D201", "error", alt=("D104",), note="年度800人大于实施期600人")),
        (None, None, "乡村医生培训人次", "≥120人次",
         mk("≥120人次", "D202", "warning", note="累计培训人次，年度照抄中期（年度目标60人次）")),
        (None, "质量指标", "筛查结果异常漏报率", "≤2%",
         mk("≥2%", "T108", "warning", row=True, note="漏报率是反向指标，年度写成≥")),
        (None, "时效指标", "异常结果告知时限", "≤7个工作日", "≤7个工作日"),
        ("成本指标", "经济成本指标", "每人次筛查检测费用", "≤180元/人次", "≤180元/人次"),
        ("效益指标", "社会效益指标", "早期肾损害检出人数", "≥240人", "≥120人"),
        ("满意度指标", "服务对象满意度指标", "受检患者满意度", "≥90%", "≥90%"),
    ]  # fmt: skip
    indicators(s, TWO_HEAD, rows)
    sign(s, "陆知秋", "6630418")
    return b


@variant("kar05-followup-stacked", (2, 4, 9),
         "two projects stacked in one sheet, OLD-NAT, one value column, the same indicator name "
         "with different values in each, =100% kept as text, notes and signature lines "
         "(correct)")  # fmt: skip
def kar05() -> Book:
    b, s = start()
    project_head(s, year=2025, name="枫岭镇高血压患者季度随访项目", dept=BUREAU, unit=FENGLING,
                 money=one_year(18, 15, 3),
                 goals=["对在册高血压患者2100人每季度随访一次，全年随访8400人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "季度随访人次", "≥8400人次"),
        (None, "质量指标", "规范管理率", "≥65%"),
        (None, None, "新登记患者建档率", "=100%"),
        (None, "时效指标", "随访及时率", "≥95%"),
        (None, "成本指标", "每人次随访补助标准", "≤20元/人次"),
        ("效益指标", "社会效益指标", "管理人群血压控制率", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%"),
    ]
    indicators(s, ONE_HEAD, rows)
    notes(s, "注：补助 20元/人次 × 8400人次 = 16.8万元，其余1.2万元用于随访表册印制。")
    s.skip()
    project_head(s, year=2025, name="枫岭镇2型糖尿病患者季度随访项目", dept=BUREAU,
                 unit=FENGLING, money=one_year(8, 8, 0), title="",
                 goals=["对在册2型糖尿病患者760人每季度随访一次，全年随访3040人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "季度随访人次", "≥3040人次"),
        (None, "质量指标", "规范管理率", "≥60%"),
        (None, "时效指标", "随访及时率", "≥95%"),
        (None, "成本指标", "每人次随访补助标准", "≤25元/人次"),
        ("效益指标", "社会效益指标", "管理人群血糖控制率", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%"),
    ]
    indicators(s, ONE_HEAD, rows)
    notes(s, "填表说明：1.两个项目分别申报、分别考核；2.随访人次按在册患者数 × 4 次计算。")
    sign(s, "莫晓岚", "6612357", boss="韦承林")
    return b


@variant("kar06-followup-export", (7,),
         "budget-system export: money on 部门项目支出预算05-1, goals and indicators on "
         "部门项目支出绩效目标05-2 with codes in the first columns and the header on the third "
         "row: last year's deadline, a near-duplicate rate under another tier-2")  # fmt: skip
def kar06() -> Book:
    b, s = start("部门项目支出预算05-1", (12, 22, 24, 30, 12, 12, 12))
    name = "枫岭镇慢性病患者随访服务项目"
    s.title("2025年部门项目支出预算表", 7)
    s.row("单位：万元")
    s.row("单位编码", "单位名称", "项目代码", "项目名称", "合计", "财政拨款", "其他资金")
    s.row("417003001", FENGLING, "52112525T000004417", name,
          money(32), money(28), money(4))  # fmt: skip
    t = b.sheet("部门项目支出绩效目标05-2", (12, 22, 30, 36, 12, 16, 28, 16))
    t.title("2025年部门项目支出绩效目标表", 8)
    t.row("单位：栎川县卫生健康局")
    goal = "对在册高血压、糖尿病患者2400人每季度随访一次，全年随访9600人次，规范管理率65%以上。"
    rows = [
        ("417003001", FENGLING, name, goal, "产出指标", "数量指标", "季度随访人次", "≥9600人次"),
        (None, None, None, None, None, "质量指标", "高血压患者规范管理率", "≥65%"),
        (None, None, None, None, None, "时效指标", "年度随访任务完成时限",
         mk("2024年12月31日前", "Y102", "error", alt=("Y101", "Y103"),
            note="上年申报表留下的期限，不在2025年度内")),
        (None, None, None, None, None, "成本指标", "每人次随访补助标准", "≤30元/人次"),
        (None, None, None, None, "效益指标", "社会效益指标", "高血压患者规范化管理率",
         mk("≥62%", "D103", "warning", row=True, alt=("D101", "D102", "F201"),
            note="与质量指标的“高血压患者规范管理率≥65%”是同一指标，值不同")),
        (None, None, None, None, "满意度指标", "服务对象满意度指标", "随访患者满意度", "≥90%"),
    ]  # fmt: skip
    indicators(t, ("单位编码", "单位名称", "项目名称", "年度绩效目标", "一级指标", "二级指标",
                   "三级指标", "指标值"), rows, merged=(1, 2, 3, 4, 5, 6))  # fmt: skip
    return b

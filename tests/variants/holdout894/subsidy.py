"""Per-pupil subsidies and aid for needy children in inclusive kindergartens (kht01–kht06)."""

from __future__ import annotations

from tests.variants.holdout894.common import book, indicators, notes, project_head, sign, wan
from tests.variants.holdout894.registry import variant
from tests.variants.kit import Book, day, mk, pct

DEPT = "蒲湾县教育局（317001）"


@variant("kht01-pupil-subsidy", (1, 12), "project, NAT-2021, per-pupil subsidy, typed percent "
         "cells, 下降率 with ≥ and a rate raised in 百分点 (correct)")  # fmt: skip
def kht01() -> Book:
    b, s = book()
    project_head(s, year=2025, name="普惠性民办幼儿园生均公用经费补助", dept=DEPT,
                 unit="蒲湾县学前教育管理中心",
                 money=[("年度资金总额", wan(360), "其中：财政拨款", wan(300)),
                        ("其他资金", wan(60), None, None)],
                 goals=["按每生每年1500元标准补助全县普惠性民办幼儿园18所，惠及在园幼儿2400人，"
                        "降低家庭保教费负担。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "生均公用经费补助标准", "≤1500元/人·年"),
        ("产出指标", "数量指标", "补助普惠性民办幼儿园数", "≥18所"),
        (None, None, "受助在园幼儿人数", "≥2400人"),
        (None, "质量指标", "补助资金足额拨付率", pct(1)),
        (None, None, "受助幼儿园年检合格率", pct(0.95)),
        (None, "时效指标", "补助资金拨付到园时间", "2025年10月31日前"),
        ("效益指标", "社会效益指标", "普惠性幼儿园覆盖率", "提高≥3百分点"),
        (None, None, "家庭保教费支出下降率", "≥10%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", pct(0.9)),
    ])  # fmt: skip
    sign(s, "柯岚", "0571-6683 2417", day(2024, 11, 12))
    return b


@variant("kht02-pupil-subsidy-crossed", (1, 12), "project, NAT-2021, per-pupil subsidy: goal's "
         "pupil count against the indicator, last year's deadline, a quality rate under "
         "时效")  # fmt: skip
def kht02() -> Book:
    b, s = book()
    project_head(s, year=2025, name="普惠性民办幼儿园生均补助", dept="槐岭县教育局（408102）",
                 unit="槐岭县教育局学前教育股",
                 money=[("年度资金总额", wan(480), "其中：财政拨款", wan(400)),
                        ("其他资金", wan(80), None, None)],
                 goals=["按每生每年1500元标准补助普惠性民办幼儿园22所，惠及在园幼儿3200人，"
                        "10月底前资金全部拨付到园。"])  # fmt: skip
    indicators(s, [
        ("成本指标", "经济成本指标", "生均补助标准", "≤1500元/人·年"),
        ("产出指标", "数量指标", "补助普惠性民办幼儿园数", "≥22所"),
        (None, None, "受助在园幼儿人数",
         mk("≥2300人", "D104", "warning", row=True,
            note="年度目标写惠及3200人（3200×1500元=480万元，与资金相符），指标却是2300人")),
        (None, "质量指标", "补助资金足额拨付率", pct(1)),
        (None, "时效指标", "补助资金拨付到园时间",
         mk("2024年10月31日前", "Y102", "error", alt=("Y103", "Y101"),
            note="2025年度项目的拨付期限写成上一年度，沿用了去年的表")),
        (None, None, mk("幼儿园保教质量评估达标率", "F201", "warning", row=True,
                        note="达标率是质量指标，填在时效指标下")),
        ("效益指标", "社会效益指标", "普惠性幼儿园在园幼儿占比", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬宁", "0739-5521 0863", day(2024, 12, 2))
    return b


@variant("kht03-teacher-subsidy-stacked", (2, 12), "two projects stacked, OLD-NAT, teacher pay "
         "subsidy and nursery-staff training, one indicator name in both (correct)")  # fmt: skip
def kht03() -> Book:
    b, s = book()
    project_head(s, year=2025, name="普惠性幼儿园教师工资补助", dept=DEPT, unit="蒲湾县教育局",
                 money=[("年度资金总额", wan(240), "其中：财政拨款", wan(240)),
                        ("其他资金", wan(0), None, None)],
                 goals=["对普惠性民办幼儿园400名专任教师按每人每月500元"
                        "发放工资补助。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "受补助专任教师人数", "≥400人"),
        (None, "质量指标", "教师持证上岗率", "≥95%"),
        (None, "时效指标", "补助资金按季拨付率", "=100%"),
        (None, "成本指标", "教师工资补助标准", "≤500元/人·月"),
        ("效益指标", "社会效益指标", "普惠园专任教师流失率", "≤8%"),
        ("满意度指标", "服务对象满意度指标", "受补助教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="幼儿园保育员轮训", dept=DEPT, unit="蒲湾县教师发展中心",
                 title="",
                 money=[("年度资金总额", wan(60), "其中：财政拨款", wan(45)),
                        ("其他资金", wan(15), None, None)],
                 goals=["轮训全县幼儿园保育员300人次，人均培训经费2000元。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "保育员培训人次", "≥300人次"),
        (None, "质量指标", "培训考核合格率", "≥92%"),
        (None, "时效指标", "补助资金按季拨付率", "≥95%"),
        (None, "成本指标", "人均培训费用", "≤2000元/人次"),
        ("效益指标", "可持续影响指标", "保育员持证比例", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "参训保育员满意度", "≥90%"),
    ])  # fmt: skip
    return b


@variant("kht04-stacked-toys-wrong", (2, 12), "two projects stacked, OLD-NAT: the second's money "
         "does not add up, its cost × count exceeds it, one indicator given twice")  # fmt: skip
def kht04() -> Book:
    b, s = book()
    project_head(s, year=2025, name="乡镇中心幼儿园保育员培训", dept="栎川县教育局（522306）",
                 unit="栎川县教师进修学校",
                 money=[("年度资金总额", wan(36), "其中：财政拨款", wan(36)),
                        ("其他资金", wan(0), None, None)],
                 goals=["培训乡镇中心幼儿园保育员180人次，人均2000元。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "保育员培训人次", "≥180人次"),
        (None, "质量指标", "培训考核合格率", "≥90%"),
        (None, "成本指标", "人均培训费用", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "乡镇园保育员持证率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    project_head(s, year=2025, name="普惠性幼儿园玩教具配备", dept="栎川县教育局（522306）",
                 unit="栎川县教育装备站", title="",
                 money=[("年度资金总额",
                         mk(wan(90), "B101", "error", note="90 ≠ 财政拨款60 + 其他资金20"),
                         "其中：财政拨款", wan(60)),
                        ("其他资金", wan(20), None, None)],
                 goals=["为30所普惠性幼儿园配备区角玩教具100套。"])  # fmt: skip
    indicators(s, [
        ("产出指标", "数量指标", "玩教具配备幼儿园数", "≥30所"),
        (None, None, "配备区角玩教具套数", "≥100套"),
        (None, None, mk("配备玩教具的幼儿园数量", "D102", "error", row=True, alt=("D103", "D101"),
                        note="与上两行的“玩教具配备幼儿园数”是同一指标，值却不同（30所/25所）"),
         "≥25所"),
        (None, "质量指标", "玩教具验收合格率", "≥98%"),
        (None, "成本指标", "每套玩教具配备标准",
         mk("≤1.2万元/套", "B107", "warning", row=True,
            note="1.2万元×100套=120万元，超过年度资金90万元")),
        ("效益指标", "社会效益指标", "幼儿区角活动开展率", "≥95%"),
        ("满意度指标", "服务对象满意度指标", "教师满意度", "≥90%"),
    ])  # fmt: skip
    return b


POINTS_HEAD = ("一级指标", "二级指标", "指标内容", "绩效标准", "分值")


@variant("kht05-needy-aid-points", (5, 7, 10), "project, NAT-2021, numbered tier labels with "
         "points and an indicator score column (100 both ways), headers 指标内容 and 绩效标准, "
         "0起 on an incident count (correct)")  # fmt: skip
def kht05() -> Book:
    b, s = book()
    project_head(s, year=2025, name="学前教育家庭经济困难幼儿资助", dept=DEPT,
                 unit="蒲湾县学生资助管理中心",
                 money=[("年度资金总额", wan(80), "其中：财政拨款", wan(64)),
                        ("其他资金", wan(16), None, None)],
                 goals=["按每生每年1000元资助家庭经济困难幼儿800人（其中脱贫家庭幼儿260人），"
                        "资助资金秋季学期开学前发放到位。"])  # fmt: skip
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.资助家庭经济困难幼儿人数", "≥800人", 15),
        (None, "（二）质量指标", "2.资助对象认定准确率", "≥98%", 10),
        (None, None, "3.资助对象错漏事件", "0起", 5),
        (None, "（三）时效指标", "4.资助资金发放到位时间", "2025年8月31日前", 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "5.生均资助标准", "≤1000元/人·年", 20),
        ("三、效益指标（30分）", "（一）社会效益指标", "6.困难家庭幼儿入园率", "提高≥2百分点", 15),
        (None, "（二）可持续影响指标", "7.资助政策知晓率", "≥90%", 15),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "8.受助家庭满意度", "≥90%", 10),
    ], header=POINTS_HEAD)  # fmt: skip
    notes(s, "注：一级指标分值合计100分，与各三级指标分值合计一致。")
    return b


@variant("kht06-needy-aid-points-wrong", (5, 10, 12), "project, NAT-2021, points at two levels: "
         "a tier's points against the indicators under it, the goal's count against the "
         "indicator")  # fmt: skip
def kht06() -> Book:
    b, s = book()
    project_head(s, year=2025, name="家庭经济困难幼儿入园资助", dept="槐岭县教育局（408102）",
                 unit="槐岭县学生资助中心",
                 money=[("年度资金总额", wan(90), "其中：财政拨款", wan(90)),
                        ("其他资金", wan(0), None, None)],
                 goals=["按每生每年1000元资助家庭经济困难幼儿900人，确保应助尽助。"])  # fmt: skip
    b.file_mark("W101", "error", required=False, note="指标分值合计95，随W103而来")
    indicators(s, [
        ("一、产出指标（40分）", "（一）数量指标", "1.资助幼儿人数",
         mk("≥800人", "D104", "warning", row=True,
            note="年度目标写资助900人（900×1000元=90万元，与资金相符），指标却是800人"), 20),
        (None, "（二）质量指标", "2.资助对象认定准确率", pct(0.98), 10),
        (None, "（三）时效指标", "3.资助资金发放到位率", pct(1), 10),
        ("二、成本指标（20分）", "（一）经济成本指标", "4.生均资助标准", "≤1000元/人·年", 20),
        (mk("三、效益指标（30分）", "W103", "error",
            note="其下指标分值15+10=25，与声明的30分不符"),
         "（一）社会效益指标", "5.困难家庭幼儿毛入园率", "≥92%", 15),
        (None, "（二）可持续影响指标", "6.资助政策知晓率", "≥90%", 10),
        ("四、满意度指标（10分）", "（一）服务对象满意度指标", "7.受助家庭满意度", "≥90%", 10),
    ], header=POINTS_HEAD)  # fmt: skip
    return b

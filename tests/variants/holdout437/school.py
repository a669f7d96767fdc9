"""Returns of the school as a whole: department money, flat lists, notes, template rows."""

from __future__ import annotations

from tests.variants.heads import department_head
from tests.variants.holdout437.common import (
    PLAIN,
    SCHOOL,
    YEAR,
    book,
    head,
    indicators,
    notes,
    signature,
    wan,
)
from tests.variants.holdout437.registry import variant
from tests.variants.kit import Book, C, day, mk, money, pct

FOUR = ("一级指标", "二级指标", "三级指标", "指标值")
GOAL = "办好马头琴与长调两个传习方向，完成普及教学、采录整理和展演任务，培养传承梯队。"


def share(v: float) -> C:
    return pct(v, "0.00%")


@variant("ye13-school-department-money", (12,), "department, NAT-2021: budget with typed "
         "shares, key tasks adding to 金额合计 = 项目支出, fill date the year before "
         "(correct)")  # fmt: skip
def ye13() -> Book:
    b, s = book("部门整体")
    department_head(s, year=YEAR, dept=SCHOOL, goal=GOAL, budget=[
        (money(420), money(390), money(30), money(260), money(160)),
        (share(1), share(0.9286), share(0.0714), share(0.619), share(0.381)),
    ], tasks=[
        ("马头琴普及教学", "中小学普及班及提高班", money(38), "普及班12个"),
        ("长调民歌采录", "老艺人曲目采录整理", money(60), "采录曲目100首"),
        ("惠民演出季", "苏木嘎查巡回演出", money(40), "演出30场"),
        ("师资培训", "音乐教师及辅导员轮训", money(22), "培训80人"),
        ("金额合计", None, money(160), None),
    ])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "开设马头琴普及班", "≥12个"),
        (None, None, "采录长调曲目", "≥100首"),
        (None, None, "惠民演出场次", "≥30场"),
        (None, None, "培训教师及辅导员", "≥80人"),
        (None, "质量指标", "学员结业考核合格率", "≥90%"),
        (None, "时效指标", "年度重点任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "单场惠民演出成本", "≤1.2万元/场"),
        ("效益指标", "社会效益指标", "马头琴长调艺术群众知晓率", "≥80%"),
        (None, "可持续影响指标", "传承梯队学员保有量", "≥150人"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖特根", "斯琴其木格", "0477-7261835", day(2024, 11, 18))
    return b


@variant("ye14-school-department-money-wrong", (12,), "department, NAT-2021: 基本支出 + 项目支出 "
         "≠ 资金总额, key tasks not adding to 金额合计")  # fmt: skip
def ye14() -> Book:
    b, s = book("部门整体")
    total = mk(money(300), "B101", "error", note="基本支出 190 + 项目支出 120 = 310 ≠ 300")
    department_head(s, year=YEAR, dept=SCHOOL, goal=GOAL, budget=[
        (total, money(270), money(30), money(190), money(120)),
    ], tasks=[
        ("马头琴普及教学", "中小学普及班", money(50), "普及班15个"),
        ("长调进校园", "中小学长调兴趣课程", money(45), "开课学校15个"),
        ("展演交流", "盟市展演及院团交流", money(20), "交流5次"),
        ("金额合计", None,
         mk(money(120), "B102", "error", note="50 + 45 + 20 = 115 ≠ 120"), None),
    ])  # fmt: skip
    indicators(s, FOUR, [
        ("产出指标", "数量指标", "开设马头琴普及班", "≥15个"),
        (None, None, "开设长调兴趣课程学校", "≥15个"),
        (None, None, "参加展演及交流活动", "≥5次"),
        (None, "质量指标", "展演节目获奖率", "≥40%"),
        (None, "时效指标", "年度重点任务按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每校长调课程补助", "≤3万元/校"),
        ("效益指标", "社会效益指标", "中小学长调课程覆盖率", "提高≥5百分点"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖特根", "乌日汗", "0477-7261835")
    return b


@variant("ye15-school-flat", (3, 1), "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 "
         "as operator · 指标值), typed percent cells, weights adding to 100 (correct)")  # fmt: skip
def ye15() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=SCHOOL, goal=GOAL, budget=[
        (money(260), money(240), money(20), money(170), money(90)),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("马头琴普及班在册学员", 15, "人", "≥", 360),
        ("长调曲目采录数量", 15, "首", "≥", 80),
        ("惠民演出场次", 10, "场", "≥", 24),
        ("学员结业考核合格率", 15, "%", "≥", pct(0.9)),
        ("学员中途流失率", 10, "%", "≤", pct(0.08)),
        ("单场惠民演出成本", 10, "万元/场", "≤", 1.2),
        ("马头琴长调艺术群众知晓率", 15, "%", "≥", pct(0.8)),
        ("学员及家长满意度", 10, "%", "≥", pct(0.92)),
    ])  # fmt: skip
    s.row("合计", 100, None, None, None)
    signature(s, "敖特根", "斯琴其木格", "0477-7261835")
    return b


@variant("ye16-school-flat-defects", (3,), "department, flat list in another order (指标名称 · "
         "指标值 · 指标性质 as operator · 计量单位 · 权重): money typed against a 套 unit, weights "
         "adding to 95")  # fmt: skip
def ye16() -> Book:
    b, s = book()
    department_head(s, year=YEAR, dept=SCHOOL, goal=GOAL, budget=[
        (money(210), money(200), money(10), money(150), money(60)),
    ])  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("马头琴普及班在册学员", 300, "≥", "人", 20),
        ("购置长调采录设备", mk("8万元", "T112", "error", note="value in 万元, unit column 套"),
         "≥", "套", 15),
        ("惠民演出场次", 20, "≥", "场", 15),
        ("学员结业考核合格率", 90, "≥", "%", 15),
        ("单场惠民演出成本", 1.2, "≤", "万元/场", 10),
        ("学员及家长满意度", 90, "≥", "%", 20),
    ])  # fmt: skip
    s.row("合计", None, None, None, 95)
    b.file_mark("W101", "error", note="weights 20 + 15 + 15 + 15 + 10 + 20 = 95 ≠ 100")
    signature(s, "敖特根", "乌日汗", "0477-7261835")
    return b


@variant("ye17-school-winter-notes", (4,), "project, OLD-NAT, one value column: an instruction "
         "row inside the table, the header repeated after a page break, 注 and 填表说明 rows, "
         "signature and date lines (correct)")  # fmt: skip
def ye17() -> Book:
    b, s = book()
    head(s, "牧区冬季马头琴长调巡回教学项目", wan(18, 18, 0),
         ["冬季组织教师赴牧区嘎查开展马头琴和长调巡回教学，服务牧区青少年。"],
         start=day(2025, 1, 6), end=day(2025, 3, 31))  # fmt: skip
    header = (*PLAIN[:4], "备注")
    indicators(s, header, [
        ("（填写说明：三级指标由项目单位填写，一级、二级指标不得删改）", None, None, None, None),
    ], merged=())  # fmt: skip
    s.ws.merge_cells(start_row=s.r, start_column=1, end_row=s.r, end_column=5)
    s.table([
        ("产出指标", "数量指标", "巡回教学嘎查数", "≥18个", None),
        (None, None, "受教牧区青少年人数", "≥300人", None),
        (None, "质量指标", "巡回教学课时达标率", "≥90%", None),
        (None, "时效指标", "巡回教学结束时间", "3月31日前", "冬春牧闲期"),
        (None, "成本指标", "每个嘎查教学成本", "≤1万元/个", None),
    ], merged=(1, 2))  # fmt: skip
    s.skip()
    s.row(*header)
    s.table([
        ("效益指标", "社会效益指标", "牧区青少年长调入门曲目掌握数", "≥2首", None),
        (None, "可持续影响指标", "嘎查留存兴趣小组", "≥6个", None),
        ("满意度指标", "服务对象满意度指标", "牧民家长满意度", "≥90%", None),
    ], merged=(1, 2))  # fmt: skip
    notes(s, [
        "注：1. 巡回教学在冬春牧闲期进行，3月底前结束。",
        "2. 每个嘎查教学成本含教师交通、食宿及教材费用。",
        "填表说明：指标值须写明比较符和计量单位，定性指标写明等级。",
    ])  # fmt: skip
    signature(s, "敖特根", "其其格", "0477-7261835", day(2024, 12, 2))
    return b


@variant("ye18-school-template-rows", (6, 13), "project, NAT-2021, header 预期目标: a tier-2 "
         "left from the template without indicator, a value without a name")  # fmt: skip
def ye18() -> Book:
    b, s = book()
    head(s, "马头琴长调传习学校校本教材编印项目", wan(16, 16, 0),
         ["编写并印制马头琴、长调校本教材，供普及班和兴趣课程使用。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "预期目标"), [
        ("产出指标", "数量指标", "编印校本教材种类", "≥4种"),
        (None, None, "教材印制册数", "≥2000册"),
        (None, "质量指标", "教材专家审定通过率", "=100%"),
        (None, "时效指标", "教材秋季开学前交付率", "=100%"),
        ("成本指标", "经济成本指标", "每册教材印制成本", "≤50元/册"),
        ("效益指标", "社会效益指标", "使用校本教材的学校", "≥15个"),
        (None, None, mk(None, "F110", "error", note="a value without an indicator name"),
         "≥85%"),
        (None, mk("生态效益指标", "F109", "warning", row=True,
                  note="template tier-2 left without indicator or value"), None, None),
        ("满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "敖特根", "斯琴其木格", "0477-7261835")
    return b

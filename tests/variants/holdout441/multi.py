"""Returns of more than one piece (yi13–yi18): stacked projects, multi-year projects with 中期
and 年度 columns, a budget-system export on two sheets, conversion artefacts."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout441.common import (
    DEPT,
    YEAR,
    book,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    wan,
)
from tests.variants.holdout441.registry import variant
from tests.variants.kit import CN_DATE, Book, Sheet, day, mk, pct

TIERS = ("一级指标", "二级指标", "三级指标", "指标值")
PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


def summer_camp(s: Sheet) -> None:
    """The first stacked project: a ballet summer camp, consistent throughout."""
    project_head(s, year=YEAR, name="乡村少儿芭蕾暑期训练营", dept=DEPT, unit="澜埠县少年宫",
                 money=one_year(18, 15, 3), goals=[
                     "暑期集中训练农村儿童100人，举办汇报演出1场。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "训练营学员", "≥100人"),
        (None, "质量指标", "学员结营考核合格率", "≥90%"),
        (None, "时效指标", "训练营结营时间", "2025年8月20日前"),
        (None, "成本指标", "人均训练营成本", "≤1800元/人"),
        ("效益指标", "社会效益指标", "学员暑期安全责任事故", "≤0起"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip


@variant("yi13-stacked-ballet-dance", (2,), "two projects stacked in one sheet, OLD-NAT, one "
         "value column, the same indicator name with different values (correct)")  # fmt: skip
def stacked_ballet_dance() -> Book:
    b, s = book("绩效目标表")
    summer_camp(s)
    s.skip()
    project_head(s, year=YEAR, name="民族舞蹈进校园项目", dept=DEPT, unit="澜埠县民族歌舞团",
                 money=one_year(22, 22, 0), title="", goals=[
                     "在16所农村学校开设民族舞蹈课，受益学生1600人。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "开设民族舞蹈课的农村学校", "≥16所"),
        (None, None, "受益学生", "≥1600人"),
        (None, "质量指标", "舞蹈课教案审核合格率", "=100%"),
        (None, "成本指标", "每校年度教学经费", "≤1.3万元"),
        ("效益指标", "社会效益指标", "学生课间舞普及率", "≥80%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥92%"),
    ])  # fmt: skip
    sign(s, "黎朝晖", "0876-5340263")
    return b


@variant("yi14-stacked-defects", (2, 9), "two projects stacked, OLD-NAT: the second project's "
         "money does not add up, a rate as a count, a date serial typed as text")  # fmt: skip
def stacked_defects() -> Book:
    b, s = book("绩效目标表")
    summer_camp(s)
    s.skip()
    total = mk(wan(26), "B101", "error", row=True, note="20 + 5 = 25, not 26")
    end = mk("46022", "X104", "warning", note="serial of 2025-12-31 stored as text")
    project_head(s, year=YEAR, name="乡村舞蹈辅导站建设项目", dept=DEPT,
                 unit="澜埠县文化馆", money=one_year(total, 20, 5), title="", end=end, goals=[
                     "在5个乡镇建成舞蹈辅导站，全年开展辅导课240次。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "建成乡镇舞蹈辅导站", "≥5个"),
        (None, None, "辅导课", "≥240次"),
        (None, "质量指标", "辅导站设施验收合格率", "≥95%"),
        (None, None, "辅导课学员出勤率",
         mk("30人", "T105", "error", note="an attendance rate given as a head count")),
        (None, "成本指标", "每站设施配置标准", "≤4万元"),
        ("效益指标", "社会效益指标", "周边儿童参与舞蹈活动比例", "≥50%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎朝晖", "0876-5340263")
    return b


@variant("yi15-ballet-three-years", (8,), "three-year project 2025–2027, NAT-2021, 中期 and "
         "年度 columns: counts smaller in the year, rates equal (correct)")  # fmt: skip
def ballet_three_years() -> Book:
    b, s = book()
    project_head(s, year=YEAR, name="乡村芭蕾苗子三年培养计划", dept=DEPT, unit="澜埠县少年宫",
                 years=3, attr="新增项目", money=multi_year((150, 135, 15), (50, 45, 5)),
                 goals=["三年选拔培养农村芭蕾苗子600人次，输送专业院校学员不少于6人。",
                        "2025年培养农村芭蕾苗子200人次，完成首轮选拔与基训。"])  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "培养农村芭蕾苗子", "≥600人次", "≥200人次"),
        (None, None, "输送专业院校学员", "≥6人", "≥1人"),
        (None, "质量指标", "年度考核达标率", "≥90%", "≥90%"),
        (None, "时效指标", "年度训练计划完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "人均年培养成本", "≤2500元/人次", "≤2500元/人次"),
        ("效益指标", "社会效益指标", "学员芭蕾基本功达标率", "提高≥10百分点", "提高≥4百分点"),
        (None, "可持续影响指标", "乡镇芭蕾辅导教师", "≥12人", "≥4人"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "谷晓岚", "0876-5321407")
    return b


@variant("yi16-export-two-sheets", (7, 12), "budget-system export: money and detail lines on "
         "sheet 05-1, the indicator table on sheet 05-2 under header 绩效目标值 on the third row, "
         "codes in the first columns (correct)")  # fmt: skip
def export_two_sheets() -> Book:
    b, s = book("项目支出预算05-1", (18, 24, 14, 14, 14, 14))
    code, name = "432817250100037", "农村少儿舞蹈公益课堂项目"
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：万元", merge=[(1, 6)])
    s.row("项目编码", "项目名称", "资金总额", "财政拨款", "其他资金", "项目期")
    s.row(code, name, wan(64), wan(60), wan(4), "1年")
    s.row("支出明细", "教师课时补助", wan(24), None, None, "1200课时×200元")
    s.row(None, "服装道具购置", wan(18), None, None, "600套×300元")
    s.row(None, "乡镇场地租赁", wan(12), None, None, "6处×2万元")
    s.row(None, "少儿舞蹈展演", wan(10), None, None, "4场×2.5万元")
    s.row("明细合计", None, wan(64))
    t = b.sheet("项目支出绩效目标05-2", (18, 20, 12, 14, 24, 8, 12, 10))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 8)
    t.row("单位名称：澜埠县青少年舞蹈培训中心", merge=[(1, 8)])
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标性质", "绩效目标值",
            "度量单位")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "公益课堂授课课时", "≥", 1200, "课时"),
        ("产出指标", "数量指标", "配发演出服装道具", "≥", 600, "套"),
        ("产出指标", "质量指标", "课堂教学督导合格率", "≥", pct(0.95), "%"),
        ("产出指标", "时效指标", "展演按期完成率", "≥", pct(0.95), "%"),
        ("产出指标", "成本指标", "每课时教师补助", "≤", 200, "元/课时"),
        ("效益指标", "社会效益指标", "参与公益课堂农村儿童", "≥", 900, "人"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥", pct(0.9), "%"),
    ]
    t.row(*head)
    t.table([(code, name, *r) for r in rows])
    return b


@variant("yi17-dance-years-copied", (8,), "three-year project 2026–2028 budgeted in 2026, "
         "NAT-2021, 中期 and 年度 columns: goal text and cumulative counts copied")  # fmt: skip
def dance_years_copied() -> Book:
    b, s = book()
    goal = "三年在12个乡镇建设少儿舞蹈基地，培训农村儿童1500人，排演节目9个。"
    project_head(s, year=YEAR + 1, name="乡镇少儿舞蹈基地建设项目", dept=DEPT,
                 unit="澜埠县民族歌舞团", years=3, money=multi_year((90, 84, 6), (30, 28, 2)),
                 goals=[goal, mk(goal, "D204", "warning", note="年度目标 copied from 中期目标")],
                 title=f"{YEAR + 1}年度项目支出绩效目标申报表")  # fmt: skip
    b.file_mark("B107", "warning", required=False, note="12 bases × 6万 beside a 30万 year")
    copied = "annual value of a cumulative count copied from the 中期 column"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "建设少儿舞蹈基地", "≥12个",
         mk("≥12个", "D202", "warning", note=copied)),
        (None, None, "培训农村儿童", "≥1500人", mk("≥1500人", "D202", "warning", note=copied)),
        (None, None, "排演少儿舞蹈节目", "≥9个", "≥3个"),
        (None, "质量指标", "基地建设验收合格率", "=100%", "=100%"),
        ("成本指标", "经济成本指标", "每个基地建设成本", "≤6万元", "≤6万元"),
        ("效益指标", "社会效益指标", "基地周边儿童参训比例", "≥40%", "≥40%"),
        ("满意度指标", "服务对象满意度指标", "学员家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "黎朝晖", "0876-5340263", filled=day(YEAR, 11, 26, CN_DATE))
    return b


@variant("yi18-ballet-artefacts", (9, 12), "project, OLD-NAT, one value column, detail lines "
         "under the table: a number split by a space, an amount pasted twice")  # fmt: skip
def ballet_artefacts() -> Book:
    b, s = book()
    fiscal = mk("38.2 5", "X105", "warning", alt=("X103",), note="split number, read as 38.25")
    project_head(s, year=YEAR, name="乡村芭蕾师资培养项目", dept=DEPT, unit="澜埠县少年宫",
                 money=one_year(42.25, fiscal, 4), goals=[
                     "培养乡村芭蕾兼职教师50人，送教课时600课时。"])  # fmt: skip
    indicators(s, TIERS, [
        ("产出指标", "数量指标", "培养乡村芭蕾兼职教师", "≥50人"),
        (None, None, "送教课时", "≥600课时"),
        (None, "质量指标", "教师结业考核合格率", "≥90%"),
        (None, "时效指标", "师资培训完成时间", "2025年11月30日前"),
        (None, "成本指标", "教师人均培养成本", "≤2050元/人"),
        ("效益指标", "社会效益指标", "村小芭蕾课开课率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "参训教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("序号", "支出内容", "金额（万元）", "测算依据", merge=[(4, 6)])
    s.row(1, "送教课时补助", mk("12万12万", "X106", "error", alt=("B108",),
                                note="pasted twice, read as 12"), "600课时×200元")  # fmt: skip
    s.row(2, "教师集中培训", wan(10.25), "50人×2050元")
    s.row(3, "培训场地租赁", wan(8), "4个月×2万元")
    s.row(4, "教学器材", wan(12), "把杆、地胶、音响")
    s.row("合计", None, wan(42.25))
    notes(s, "注：送教课时补助按县文旅局现行标准测算。")
    return b

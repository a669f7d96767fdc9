"""Money blocks: department tables with 资金总额, 财政拨款, 其他资金, 基本支出 and 项目支出, a
share row typed as percent cells and a list of tasks whose sum is 项目支出, and a project with a
budget breakdown and its 测算依据 (qx13–qx18)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout248.common import (
    ONE,
    book,
    ge,
    ge_pct,
    indicators,
    note,
    one_year_money,
    sign,
    wan,
)
from tests.variants.holdout248.registry import variant
from tests.variants.kit import Book, C, Sheet, mk, pct

DUAL = ("一级指标", "二级指标", "三级指标", "实施周期指标值", "年度指标值")


@variant("qx13-county-bureau", (1, 12), "department table, NAT-2021: 资金总额 = 财政拨款 + "
         "其他资金 = 基本支出 + 项目支出, five tasks adding to 项目支出 (not to 资金总额), a "
         "及时率 typed 100%, a 巩固率 ≥99% in a custom format, cost caps within their tasks "
         "(correct)")  # fmt: skip
def qx13() -> Book:
    b, s = book("部门整体绩效目标")
    department_head(
        s, year=2026, dept="白鹭县教育体育局",
        budget=[(wan(18600), wan(17450), wan(1150), wan(12300), wan(6300))],
        tasks=[
            ("学生资助", "落实各学段家庭经济困难学生资助政策", wan(2100), "应助尽助"),
            ("营养改善计划", "农村义务教育学生营养膳食补助", wan(1850), "按上课日足额供餐"),
            ("校舍维修改造", "中小学校舍及附属设施维修改造", wan(1600), "消除校舍安全隐患"),
            ("教师培训", "中小学幼儿园教师全员培训", wan(450), "提升教师专业能力"),
            ("学前教育普惠", "普惠性幼儿园生均公用经费补助", wan(300), "巩固普惠性学前教育"),
            ("金额合计", None, wan(6300), None),
        ],
        goal="保障全县各级各类学校正常运转，落实学生资助和营养改善政策，改善办学条件，"
             "提升教师队伍素质，巩固义务教育均衡发展成果。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助家庭经济困难学生人次", "≥9800人次"),
        (None, None, "营养改善计划受益学生数", "≥21000人"),
        (None, None, "维修改造校舍面积", "≥24000平方米"),
        (None, None, "培训教师人次", "≥3000人次"),
        (None, "质量指标", "义务教育巩固率", ge_pct(0.99)),
        (None, "时效指标", "资助资金发放及时率", pct(1)),
        ("成本指标", "经济成本指标", "校舍维修单位面积成本", "≤650元/平方米"),
        (None, None, "教师人均培训成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "义务教育阶段辍学学生人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "冯嘉懿", "黎承泽", "0797-46218530")
    return b


@variant("qx14-bureau-sums-off", (12,), "department table, NAT-2021: 基本支出 + 项目支出 short "
         "of 资金总额, tasks short of their 金额合计")  # fmt: skip
def qx14() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="凤栖市教育局",
        budget=[(mk(wan(24800), "B101", "error", row=True, note="16200 + 8400 = 24600"),
                 wan(22300), wan(2500), wan(16200), wan(8400))],
        tasks=[
            ("学生资助", "各学段学生资助及生源地助学贷款贴息", wan(3200), "资助政策全覆盖"),
            ("营养改善计划", "农村学生营养膳食补助", wan(2600), "供餐学校全覆盖"),
            ("校舍维修改造", "城乡中小学校舍维修", wan(1800), "校舍安全达标"),
            ("教师培训", "骨干教师和新任教师培训", wan(600), "完成年度培训任务"),
            ("金额合计", None, mk(wan(8400), "B102", "error", alt=("B101",),
                                   note="3200 + 2600 + 1800 + 600 = 8200"), None),
        ],
        goal="落实学生资助和营养改善政策，推进校舍维修改造，加强教师培训。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助学生人次", "≥15000人次"),
        (None, None, "维修校舍面积", "≥25000平方米"),
        (None, "质量指标", "校舍维修工程验收合格率", "100%"),
        (None, "时效指标", "资助资金发放及时率", "100%"),
        ("成本指标", "经济成本指标", "校舍维修单位面积成本", "≤700元/平方米"),
        ("效益指标", "社会效益指标", "因贫失学辍学学生人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "牛晨阳", "卢海音", "0391-72058146")
    return b


@variant("qx15-district-shares", (1, 8, 12), "department table, NAT-2021, 实施周期 and 年度 "
         "columns equal for a one-year department: shares typed as 100%/90%/10%/60%/40% that "
         "match the amounts, four tasks adding to 项目支出, a cost per 人次 equal to its task "
         "(correct)")  # fmt: skip
def qx15() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="合江区教育局",
        budget=[(wan(9600), wan(8640), wan(960), wan(5760), wan(3840)),
                (pct(1), pct(0.9), pct(0.1), pct(0.6), pct(0.4))],
        tasks=[
            ("学前教育普惠", "普惠性幼儿园奖补和公用经费补助", wan(1200),
             "普惠性幼儿园覆盖率稳步提高"),
            ("教师培训", "中小学教师全员轮训", wan(540), "完成教师年度培训"),
            ("学生资助", "家庭经济困难学生资助", wan(1300), "应助尽助"),
            ("校舍维修改造", "薄弱学校校舍维修", wan(800), "改善办学条件"),
            ("金额合计", None, wan(3840), None),
        ],
        goal="全面落实学生资助政策，扩大普惠性学前教育资源，完成教师全员轮训，改善薄弱学校"
             "办学条件。",
    )  # fmt: skip
    indicators(s, DUAL, [
        ("产出指标", "数量指标", "培训教师人次", "≥2700人次", "≥2700人次"),
        (None, None, "资助学生人次", "≥6500人次", "≥6500人次"),
        (None, "质量指标", "普惠性幼儿园覆盖率", ge_pct(0.9), ge_pct(0.9)),
        (None, "时效指标", "资助资金发放时间", "2026年12月15日前", "2026年12月15日前"),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤2000元/人次", "≤2000元/人次"),
        ("效益指标", "社会效益指标", "义务教育巩固率", ge_pct(0.98), ge_pct(0.98)),
        ("满意度指标", "服务对象满意度指标", "学生家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    note(s, "注：本表实施周期为2026年度，实施周期指标值与年度指标值一致。")
    sign(s, "石慕白", "汤静怡", "0830-31647259")
    return b


@variant("qx16-county-share-off", (1, 12), "department table, NAT-2021: a 基本支出 share "
         "typed 70% for 4500 of 7500, a task amount typed as text with a thousands "
         "separator")  # fmt: skip
def qx16() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="青川县教育局",
        budget=[(wan(7500), wan(6750), wan(750), wan(4500), wan(3000)),
                (pct(1), pct(0.9), pct(0.1),
                 mk(pct(0.7), "B111", "error", note="4500 ÷ 7500 = 60%"), pct(0.4))],
        tasks=[
            ("学生资助", "各学段家庭经济困难学生资助",
             mk("1,250.00", "X103", "warning", note="text with a separator"), "应助尽助"),
            ("营养改善计划", "农村学生营养膳食补助", wan(900), "按上课日供餐"),
            ("校舍维修改造", "中小学校舍维修", wan(600), "校舍安全达标"),
            ("教师培训", "乡村教师培训", wan(250), "完成年度培训任务"),
            ("金额合计", None, wan(3000), None),
        ],
        goal="落实学生资助和营养改善政策，完成校舍维修和教师培训任务。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助学生人次", "≥6200人次"),
        (None, None, "培训教师人次", "≥1600人次"),
        (None, "质量指标", "资助对象认定准确率", pct(1)),
        (None, "时效指标", "营养膳食补助下达时限", "≤30个工作日"),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "因贫失学辍学学生人数", "=0人"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "包文博", "戚晓萌", "0839-52604183")
    return b


def lines(s: Sheet, rows: list[tuple[str, C, str | None]], total: C) -> None:
    """A budget breakdown under the head: 支出内容 │ 金额 │ 测算依据, then its 合计."""
    s.row("项目支出明细", "支出内容", None, "金额（万元）", "测算依据", None,
          merge=[(2, 3), (5, 6)])  # fmt: skip
    top = s.r
    for name, amount, basis in rows:
        s.row(None, name, None, amount, basis, None, merge=[(2, 3), (5, 6)])
    s.row(None, "合计", None, total, None, None, merge=[(2, 3), (5, 6)])
    s.ws.merge_cells(start_row=top, start_column=1, end_row=s.r, end_column=1)


@variant("qx17-fee-relief-basis", (1, 12), "one-year project, NAT-2021, a 项目支出明细 block "
         "with 测算依据 (standard × count = each line, lines = 合计 = 年度资金总额), values typed "
         "as numbers with custom formats (≥2500人, ≥85%) (correct)")  # fmt: skip
def qx17() -> Book:
    b, s = book("Sheet1", (14, 16, 30, 18, 20, 12))
    project_head(
        s, year=2026, name="学前教育保教费减免及普惠园提质项目", dept="梅岭县教育局（221）",
        unit="梅岭县学前教育管理中心", money=one_year_money(wan(420), wan(380), wan(40)),
        goals=["2026年对普惠性幼儿园在园家庭经济困难幼儿减免保教费，培训普惠园教师，为农村"
               "普惠园配备玩教具，提升普惠性学前教育保教质量。"],
    )  # fmt: skip
    lines(s, [
        ("保教费减免补助", wan(300), "1200元/生·年×2500人"),
        ("普惠园教师培训", wan(60), "1500元/人×400人"),
        ("农村普惠园玩教具配备", wan(60), "3万元/所×20所"),
    ], wan(420))  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "减免保教费幼儿人数", ge(2500, "人")),
        (None, None, "培训普惠园教师人数", ge(400, "人")),
        (None, None, "配备玩教具农村普惠园数", ge(20, "所")),
        (None, "质量指标", "玩教具验收合格率", pct(1)),
        (None, "时效指标", "减免资金拨付时间", "2026年10月31日前"),
        ("成本指标", "经济成本指标", "生均保教费减免标准", "≤1200元/生·年"),
        (None, None, "教师人均培训成本", "≤1500元/人"),
        (None, None, "每所普惠园玩教具配备成本", "≤3万元/所"),
        ("效益指标", "社会效益指标", "普惠性幼儿园在园幼儿占比", ge_pct(0.85)),
        ("满意度指标", "服务对象满意度指标", "幼儿家长满意度", ge_pct(0.92)),
    ])  # fmt: skip
    note(s, "注：保教费减免标准按省定普惠性幼儿园收费标准核定；玩教具按所配备。")
    sign(s, "宋清扬", "詹佩玲", "0753-28460931")
    return b


@variant("qx18-bureau-yuan-task", (12,), "department table, NAT-2021: a task typed in 元 in a "
         "万元 block, a 时效指标 under 效益指标, a task target dated the year before")  # fmt: skip
def qx18() -> Book:
    b, s = book("Sheet1")
    department_head(
        s, year=2026, dept="溪口县教育局",
        budget=[(wan(13200), wan(12400), wan(800), wan(8900), wan(4300))],
        tasks=[
            ("学生资助", "各学段家庭经济困难学生资助", wan(2200), "应助尽助"),
            ("教师培训", "乡村教师和班主任培训",
             mk(wan(1200000), "B110", "error", alt=("B102",),
                note="typed in 元: 120 万元 makes the tasks add to 4300"), "完成年度培训任务"),
            ("校舍维修改造", "农村中小学校舍维修", wan(1380),
             mk("2025年10月底前完工", "Y103", "warning", alt=("Y101", "Y102"),
                note="last year's date in a 2026 table")),
            ("营养改善计划", "农村学生营养膳食补助", wan(600), "按上课日供餐"),
            ("金额合计", None, wan(4300), None),
        ],
        goal="落实学生资助和营养改善政策，完成教师培训和校舍维修任务，改善农村学校办学条件。",
    )  # fmt: skip
    indicators(s, ONE, [
        ("产出指标", "数量指标", "资助学生人次", "≥4400人次"),
        (None, None, "培训教师人次", "≥800人次"),
        (None, "质量指标", "校舍维修工程验收合格率", "100%"),
        ("成本指标", "经济成本指标", "教师人均培训成本", "≤1500元/人次"),
        ("效益指标", "社会效益指标", "因贫失学辍学学生人数", "=0人"),
        (None, mk("时效指标", "F105", "error", note="时效指标 belongs under 产出指标"),
         "资助资金发放时间", "2026年10月31日前"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    sign(s, "沈一鸣", "罗映雪", "0592-36087154")
    return b

"""Go and Chinese chess in community clubs and sports schools: department returns, flat lists,
a budget-system export and a template left half filled."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout371.common import YEAR, funds, indicators, notes, sign, start, wan
from tests.variants.holdout371.registry import variant
from tests.variants.kit import CN_DATE, Book, day, mk, pct

FLAT = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("vq13-flat-department", (3,), "department (a city 棋院), flat list (指标名称 · 权重 · "
         "计量单位 · 指标性质 as operator · 指标值), typed percents, ≤0起, "
         "weights 100 (correct)")  # fmt: skip
def flat_department() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="澄岙市棋院",
                    budget=[(wan(320), wan(280), wan(40), wan(120), wan(200))],
                    tasks=[("围棋进校园", "向中小学派驻围棋教练", wan(80), "覆盖学校40所"),
                           ("全市象棋联赛", "举办社区、学校象棋联赛", wan(70), "全年60场"),
                           ("棋类裁判员培训", "培训围棋、象棋裁判员", wan(50), "培训120人"),
                           ("金额合计", None, wan(200), None)],
                    goal="推动围棋、象棋进校园进社区，提升全民棋类运动参与水平。")  # fmt: skip
    s.skip()
    s.row("年度绩效指标", merge=[(1, 5)])
    rows = [
        ("围棋进校园覆盖学校数", 15, "所", "≥", 40),
        ("全市象棋联赛场次", 15, "场", "≥", 60),
        ("培训棋类裁判员人数", 10, "人", "≥", 120),
        ("裁判员考核通过率", 10, "%", "≥", pct(0.85)),
        ("赛事安全责任事故", 10, "起", "≤", 0),
        ("每场联赛组织费用", 10, "元/场", "≤", 8000),
        ("注册棋手人数增长率", 15, "%", "≥", pct(0.08)),
        ("服务对象满意度", 15, "%", "≥", pct(0.9)),
    ]
    indicators(s, [FLAT], rows, merged=())
    s.row("合计", 100)
    sign(s, "宁照川", "0597-6650921")
    return b


@variant("vq14-flat-defects", (3, 11), "department (a county 文化馆), flat list in another order "
         "(指标名称 · 指标值 · 计量单位 · 指标性质 as direction · 权重): a unit conflict, ≤ on a "
         "正向 count, weights adding to 95")  # fmt: skip
def flat_defects() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀县文化馆",
                    budget=[(wan(150), wan(130), wan(20), wan(60), wan(90))],
                    tasks=[("社区棋赛", "举办村（社区）围棋、象棋赛", wan(50), "全年40场"),
                           ("棋具购置", "为社区棋室购置棋具", wan(40), "购置棋具2000套"),
                           ("金额合计", None, wan(90), None)],
                    goal="办好群众身边的棋类赛事，社区棋室棋具配齐配足。")  # fmt: skip
    s.skip()
    rows = [
        ("社区棋赛场次", "≥40场", "场", "正向", 20),
        (
            "社区棋赛参赛人次",
            mk("≤3000人次", "T108", "warning", row=True, note="≤ on a count declared 正向"),
            "人次",
            "正向",
            20,
        ),
        (
            "棋具购置数量",
            mk("≥40万元", "T112", "error", note="万元 in the value, 套 in the unit column"),
            "套",
            "正向",
            15,
        ),
        ("社区棋室开放达标率", "≥90%", "%", "正向", 15),
        ("棋类公益讲座场次", "≥24场", "场", "正向", 10),
        ("居民满意度", "≥90%", "%", "正向", 15),
    ]
    indicators(s, [("指标名称", "指标值", "计量单位", "指标性质", "权重")], rows, merged=())
    b.file_mark("W101", "error", note="20 + 20 + 15 + 15 + 10 + 15 = 95, not 100")
    return b


@variant("vq15-department-money", (12,), "department (a district sports school for Go and chess), "
         "NAT-2021: budget with shares, key tasks adding to 项目支出 (correct)")  # fmt: skip
def department_money() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="栖霞湾区青少年棋类运动学校",
                    budget=[(wan(400), wan(340), wan(60), wan(160), wan(240)),
                            (pct(1), pct(0.85), pct(0.15), pct(0.4), pct(0.6))],
                    tasks=[("围棋专业训练", "常年开设围棋专业训练班", wan(100), "在训学员200人"),
                           ("象棋专业训练", "常年开设象棋专业训练班", wan(80), "在训学员150人"),
                           ("赛事承办", "承办区级以上棋类赛事", wan(60), "承办赛事8项"),
                           ("金额合计", None, wan(240), None)],
                    goal="培养青少年棋类后备人才，承办好各级棋类赛事。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "围棋在训学员人数", "≥200人"),
        (None, None, "象棋在训学员人数", "≥150人"),
        (None, None, "承办棋类赛事项数", "≥8项"),
        (None, "质量指标", "学员业余段级位晋级率", "≥60%"),
        (None, "时效指标", "赛事筹备按期完成率", "≥95%"),
        ("成本指标", "经济成本指标", "每项赛事承办费用", "≤7.5万元/项"),
        ("效益指标", "社会效益指标", "输送省级棋类集训队人数", "≥5人"),
        ("满意度指标", "服务对象满意度指标", "学员及家长满意度", "≥90%"),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值")], rows)
    return b


@variant("vq16-department-money-wrong", (12,), "department (a county chess association), "
         "NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, tasks not adding to 金额合计")  # fmt: skip
def department_money_wrong() -> Book:
    b, s = start()
    total = mk(wan(260), "B101", "error", note="100 + 150 = 250, not 260 (220 + 40 = 260)")
    department_head(s, year=YEAR, dept="枫渚区象棋协会",
                    budget=[(total, wan(220), wan(40), wan(100), wan(150))],
                    tasks=[("少儿象棋普及", "在社区、学校开设少儿象棋班", wan(80), "开班40个"),
                           ("象棋等级赛", "举办全年象棋等级赛", wan(50), "举办12期"),
                           ("裁判员培养", "培训象棋裁判员", wan(30), "培训60人"),
                           ("金额合计", None, mk(wan(150), "B102", "error",
                                                 note="80 + 50 + 30 = 160, not 150"), None)],
                    goal="普及少儿象棋，办好等级赛，建设裁判员队伍。")  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "少儿象棋班开班数", "≥40个"),
        (None, None, "等级赛期数", "≥12期"),
        (None, "质量指标", "裁判员考核合格率", "≥85%"),
        ("成本指标", "经济成本指标", "每期等级赛费用", "≤4万元/期"),
        ("效益指标", "社会效益指标", "少儿学棋人数", "≥1200人"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%"),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "指标值")], rows)
    return b


@variant("vq17-system-export", (4, 9), "budget-system export: sheets 05-1 (budget lines "
         "with codes) and 05-2 (indicators, header on the third row, codes in the first columns, "
         "OLD-NAT), text =100%, 填表说明 and a fill date in the year before (correct)")  # fmt: skip
def system_export() -> Book:
    b, s = start("部门项目支出预算05-1", (16, 30, 14, 12, 12, 12))
    s.title(f"{YEAR}年部门项目支出预算表", 6)
    s.row("单位：鹭汀县棋类运动协会", None, None, None, None, "单位：万元")
    s.row("项目编码", "项目名称", "支出功能分类", "合计", "财政拨款", "其他资金")
    code, name = "3302112500017", "鹭汀县社区棋院运营补助"
    s.row(code, name, "2070307", wan(35), wan(30), wan(5))
    notes(s, "注：合计35万元中其他资金5万元为协会会费收入。")
    t = b.sheet("部门项目支出绩效目标05-2", (16, 24, 12, 16, 28, 14, 16))
    t.title(f"{YEAR}年部门项目支出绩效目标表", 7)
    t.row("单位：鹭汀县棋类运动协会")
    head = ("项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "指标值", "备注")
    rows = [
        (code, name, "产出指标", "数量指标", "社区棋院年开放天数", "≥300天", None),
        (code, name, None, None, "围棋、象棋公益课课时", "≥240课时", None),
        (code, name, None, "质量指标", "公益课计划完成率", "=100%", "按计划全部完成"),
        (code, name, None, "成本指标", "每课时教练补贴", "≤300元/课时", None),
        (
            code,
            name,
            "效益指标",
            "社会效益指标",
            "棋院年接待棋友人次",
            "≥12000人次",
            "按自然年统计",
        ),
        (code, name, "满意度指标", "服务对象满意度指标", "棋友满意度", "≥90%", None),
    ]
    indicators(t, [head], rows, merged=(3, 4))
    notes(t, "填表说明：指标值应包含比较符、数值和计量单位；定性指标填写等级。", width=7)
    t.skip()
    t.row("填报人：鄢素秋", None, "联系电话：0593-7014426", None, "填报日期",
          day(YEAR - 1, 11, 28, CN_DATE))  # fmt: skip
    return b


@variant("vq18-template-rows", (6, 13), "project, NAT-2021, header 预期目标: two tier-2 "
         "labels left from the template left empty, a value without a name")  # fmt: skip
def template_rows() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="枫渚区社区棋类公益课堂项目", dept="枫渚区文化和旅游局（305）",
                 unit="枫渚区文化馆", money=funds((10, 10, 0), (10, 10, 0)),
                 goals=["在社区开设围棋、象棋公益课200课时，服务居民3000人次。"])  # fmt: skip
    rows = [
        ("产出指标", "数量指标", "社区棋类公益课课时", "≥200课时"),
        (None, None, mk(None, "F110", "error", note="a value with no indicator name"), "≥8个"),
        (None, "质量指标", "授课教练持证率", "≥90%"),
        (
            None,
            mk("时效指标", "F109", "warning", row=True, note="template row left empty"),
            None,
            None,
        ),
        ("成本指标", "经济成本指标", "每课时授课补贴", "≤200元/课时"),
        (
            None,
            mk("社会成本指标", "F109", "warning", row=True, note="template row left empty"),
            None,
            None,
        ),
        ("效益指标", "社会效益指标", "参与公益课居民人次", "≥3000人次"),
        ("满意度指标", "服务对象满意度指标", "居民满意度", "≥90%"),
    ]
    indicators(s, [("一级指标", "二级指标", "三级指标", "预期目标")], rows)
    sign(s, "裘望川", "0597-5183364")
    return b

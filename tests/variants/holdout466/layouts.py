"""Department forms, flat lists, notes and page breaks, a budget-system export and decorated
tier labels, over both halves of the theme (school milk and cochlear implants)."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout466.common import (
    YEAR,
    funds,
    indicators,
    note,
    signature,
    start,
    wan,
)
from tests.variants.holdout466.registry import variant
from tests.variants.kit import Book, mk, pct

HEAD = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "权重")


@variant("zh13-dept-money", (12,),
         "department, NAT-2021: budget with a 占比 line, key tasks with a 金额合计 equal to "
         "项目支出, all consistent (correct)")  # fmt: skip
def zh13() -> Book:
    b, s = start("部门整体")
    department_head(s, year=YEAR, dept="蓼川区残疾人联合会",
                    budget=[(wan(1200), wan(1080), wan(120), wan(420), wan(780)),
                            (pct(1), pct(0.9), pct(0.1), pct(0.35), pct(0.65))],
                    tasks=[("儿童人工耳蜗救助", "植入补助和术后调机", wan(480), "按时完成救助"),
                           ("听力言语康复训练", "定点机构康复训练补助", wan(300), "康复有效"),
                           ("金额合计", None, wan(780), None)],
                    goal="完成听障儿童人工耳蜗救助和康复训练，提升残疾人服务水平。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "人工耳蜗救助儿童数", "≥70人"),
        (None, None, "康复训练补助儿童数", "≥200人"),
        (None, "质量指标", "定点康复机构评估达标率", "≥95%"),
        ("成本指标", "经济成本指标", "每例人工耳蜗救助补助标准", "≤6万元/例"),
        (None, None, "每名儿童康复训练补助标准", "≤1.5万元/人"),
        ("效益指标", "社会效益指标", "受助儿童听觉言语康复有效率", "≥85%"),
        ("满意度指标", "服务对象满意度指标", "残疾儿童家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "庞亦舟", "0593-7719024")
    return b


@variant("zh14-dept-money-wrong", (12,),
         "department, NAT-2021: 基本支出 + 项目支出 ≠ 资金总额, a share that does not match its "
         "amount, tasks not adding up to 金额合计")  # fmt: skip
def zh14() -> Book:
    b, s = start("部门整体")
    total = mk(wan(1500), "B101", "error", note="基本支出 700 + 项目支出 760 = 1460")
    share = mk(pct(0.55), "B111", "error", note="760 ÷ 1500 = 50.67%")
    sum_ = mk(wan(760), "B102", "error", note="380 + 400 = 780")
    department_head(s, year=YEAR, dept="澄岭县教育局",
                    budget=[(total, wan(1400), wan(100), wan(700), wan(760)),
                            (pct(1), pct(0.9333, "0.00%"), pct(0.0667, "0.00%"),
                             pct(0.4667, "0.00%"), share)],
                    tasks=[("学生饮用奶推广", "全县中小学供奶", wan(380), "在校日按时供奶"),
                           ("营养改善计划", "农村学校营养膳食补助", wan(400), "膳食补助到位"),
                           ("金额合计", None, sum_, None)],
                    goal="保障学生饮用奶和营养膳食供应，改善学生营养状况。")  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "年度指标值"), [
        ("产出指标", "数量指标", "供奶学生人数", "≥5200人"),
        (None, "质量指标", "学生饮用奶抽检合格率", "=100%"),
        ("成本指标", "经济成本指标", "每生每日供奶补助标准", "≤1.6元/人·日"),
        ("效益指标", "社会效益指标", "学生营养不良检出率", "≤6%"),
        ("满意度指标", "服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "邬明澜", "0597-3381246")
    return b


@variant("zh15-implant-notes", (4,),
         "project, OLD-NAT, operator column and weight column: an instruction row, a header "
         "repeated after a page break, 小计 and 合计 rows, 填表说明 (correct)")  # fmt: skip
def zh15() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="澄岭县人工耳蜗植入儿童康复训练项目", dept="澄岭县残疾人联合会",
                 unit="澄岭县特殊教育学校", money=funds(wan(66), wan(60), wan(6)),
                 goals=["为本县人工耳蜗植入儿童提供全年康复训练和家长培训。"])  # fmt: skip
    indicators(s, HEAD, [
        ("（填写说明：指标值为定量的，请在指标性质列选择比较符）", "", "", "", "", ""),
        ("产出指标", "数量指标", "康复训练儿童数", "≥", "50人", 15),
        (None, None, "家长康复技能培训场次", "≥", "8场", 10),
        (None, "质量指标", "康复训练课程达标率", "≥", "95%", 15),
        (None, "成本指标", "每名儿童康复训练补助标准", "≤", "1.2万元/人", 10),
        ("小计", "", "", "", "", 50),
        ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "权重"),
        ("效益指标", "社会效益指标", "受助儿童听觉言语康复有效率", "≥", "85%", 20),
        (None, "可持续影响指标", "康复档案建档率", "=", "100%", 20),
        ("小计", "", "", "", "", 40),
        ("满意度指标", "服务对象满意度指标", "受助儿童家长满意度", "≥", "90%", 10),
        ("合计", "", "", "", "", 100),
    ])  # fmt: skip
    note(s, "填表说明：1.权重合计100分；2.小计行为各一级指标权重之和，不另计分。")
    signature(s, "温若溪", "0598-5532716")
    s.row("单位负责人（签字）：", None, None, "（单位盖章）")
    return b


@variant("zh16-flat-defects", (3, 11),
         "department, flat list (指标名称 · 指标值 · 指标性质 as direction · 计量单位 · 权重): a "
         "value unit against the unit column, a 反向 rate with ≥, weights 95")  # fmt: skip
def zh16() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="栖峰市残疾人联合会",
                    budget=[(wan(2400), wan(2300), wan(100), wan(900), wan(1500))],
                    goal="完成听障儿童人工耳蜗救助和康复，提升康复服务质量。")  # fmt: skip
    b.file_mark("W101", "error", note="权重 25+20+20+15+15 = 95，应为 100")
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("人工耳蜗救助儿童数", mk("≥38万元", "T112", "error", note="值写万元，单位列为人"),
         "正向", "人", 25),
        ("术后康复训练覆盖率", pct(0.95), "正向", "%", 20),
        ("术后设备故障返修率", mk("≥3%", "T108", "warning", row=True,
                                  note="返修率为反向指标，应为 ≤"), "反向", "%", 20),
        ("每例人工耳蜗救助补助标准", "≤6", "反向", "万元/例", 15),
        ("残疾儿童家长满意度", "≥90", "正向", "%", 15),
    ])  # fmt: skip
    signature(s, "卢嘉沐", "0593-2846715")
    return b


@variant("zh17-export-second-sheet", (5, 7),
         "budget-system export: money on sheet 项目支出预算05-1 with codes in the first columns, "
         "the indicator table on sheet 项目支出绩效目标05-2 under a header on the third row, "
         "tier labels marked (*, ★) and abbreviated (产出, 数量) (correct)")  # fmt: skip
def zh17() -> Book:
    b, s = start("项目支出预算05-1", (12, 14, 34, 16, 16, 16))
    s.title(f"{YEAR}年度项目支出预算表", 6)
    s.row("单位：万元")
    s.row("单位代码", "项目代码", "项目名称", "资金总额", "财政拨款", "其他资金")
    s.row("301008", "53010025001", "学生饮用奶营养改善项目", wan(240), wan(220), wan(20))
    s.row("301008", "53010025002", "学生饮用奶冷链抽检项目", wan(60), wan(60), wan(0))
    s.row("合计", None, None, wan(300), wan(280), wan(20))
    t = b.sheet("项目支出绩效目标05-2", (12, 14, 14, 14, 30, 16, 12))
    t.title(f"{YEAR}年度项目支出绩效目标表", 7)
    t.row("单位：澄岭县学生营养办公室", None, None, None, "项目：学生饮用奶营养改善项目")
    indicators(t, ("单位代码", "项目代码", "一级指标", "二级指标", "三级指标", "指标值",
                   "计量单位"), [
        ("301008", "53010025001", "*产出指标", "数量", "供奶学生人数", "≥5200", "人"),
        (None, None, None, None, "供奶学校数", "≥46", "所"),
        (None, None, None, "质量", "学生饮用奶抽检合格率", pct(1), "%"),
        (None, None, None, "时效", "开学后首次供奶时间", "≤10", "个工作日"),
        (None, None, None, "成本", "每生每日供奶补助标准", "≤1.6", "元/人·日"),
        (None, None, "★效益指标", "社会效益", "学生每日饮奶率", pct(0.85), "%"),
        (None, None, "满意度", "服务对象满意度", "学生及家长满意度", pct(0.9), "%"),
    ], merged=(1, 2, 3, 4))  # fmt: skip
    return b


@variant("zh18-tier-wrong-parent", (4, 5),
         "project, NAT-2021, numbered labels (一、 / 1.), a 注 row between tiers: one tier-2 under "
         "the wrong tier-1, a unit cost rounded to 0 in 万元")  # fmt: skip
def zh18() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="蓼川区学生饮用奶集中采购项目", dept="蓼川区教育局",
                 unit="蓼川区中小学后勤服务中心", money=funds(wan(120), wan(120), wan(0)),
                 goals=["集中采购学生饮用奶，保障全区学生在校日饮奶安全。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("一、产出指标", "1.数量指标", "集中采购学生饮用奶数量", "≥60万盒"),
        (None, "2.质量指标", "学生饮用奶抽检合格率", "=100%"),
        (None, mk("3.社会效益指标", "F105", "error", note="社会效益指标应属效益指标"),
         "学生每日饮奶率", "≥85%"),
        ("二、成本指标", "1.经济成本指标", "每盒学生饮用奶采购成本",
         mk("≤0万元/盒", "T115", "error", note="2元/盒按万元四舍五入成 0")),
        ("注：成本指标按集中采购中标价测算。", "", "", ""),
        ("三、效益指标", "1.可持续影响指标", "学校饮用奶管理制度覆盖率", "≥90%"),
        ("四、满意度指标", "1.服务对象满意度指标", "学生及家长满意度", "≥90%"),
    ])  # fmt: skip
    signature(s, "柴予宁", "0597-6620418")
    return b

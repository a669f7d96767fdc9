"""职业技能培训补贴 and 高校毕业生见习: su07–su12."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout297.common import (
    CW,
    QF,
    ZL,
    grid,
    multi_year,
    note,
    one_year,
    sign,
    start,
    two_row_header,
    wan,
)
from tests.variants.holdout297.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

FLAT_HEAD = ("指标名称", "权重", "计量单位", "指标性质", "指标值")


@variant("su07-training-subsidy-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "percent cells and bare numbers with % in the unit column, weights add to 100, "
         "=100% on an accuracy rate and =0 on an incident count (correct)")  # fmt: skip
def su07() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="柘岭市职业技能培训指导中心",
                    budget=[[money(1260), money(1200), money(60), money(420), money(840)]],
                    tasks=[["职业技能培训补贴", "按目录发放培训补贴", money(600), "补贴3000人"],
                           ["技能竞赛与评价", "市级技能大赛和等级认定", money(140), "办赛8项"],
                           ["实训基地运维", "公共实训基地设备维护", money(100), "正常运行"],
                           ["金额合计", "", money(840), ""]],
                    goal="全年开展补贴性职业技能培训，提升劳动者技能等级和就业质量。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 5)])
    grid(s, FLAT_HEAD, [
        ["职业技能培训补贴人数", 20, "人", "≥", 3000],
        ["取得职业资格或技能等级证书比例", 15, "%", "≥", pct(0.8)],
        ["培训后半年内就业率", 15, "%", "≥", pct(0.7)],
        ["补贴资金发放准确率", 10, "%", "=", pct(1)],
        ["人均培训补贴标准", 10, "元/人", "≤", 1800],
        ["培训安全事故", 5, "起", "=", 0],
        ["培训补贴申领办结时限", 10, "工作日", "≤", 15],
        ["参训人员满意度", 15, "%", "≥", 90],
    ], merged=())  # fmt: skip
    return b


@variant("su08-training-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 计量单位 · 指标方向 · 权重): "
         "an amount typed against a 门 unit, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def su08() -> Book:
    b, s = start("部门整体")
    department_head(s, year=2025, dept="澄湾区职业技能鉴定指导所",
                    budget=[[money(530), money(500), money(30), money(210), money(320)]],
                    tasks=[["线上培训课程开发", "开发新职业线上课程", money(90), "上线课程"],
                           ["项目制培训补贴", "企业新型学徒制补贴", money(230), "补贴1000人"],
                           ["金额合计", "", money(320), ""]],
                    goal="开发线上培训课程，推行企业新型学徒制，便利培训补贴申领。")  # fmt: skip
    unit = mk("≥12万元", "T112", "error", note="值带“万元”，计量单位列却是“门”")
    rate = mk("≥2%", "T108", "warning", row=True, note="投诉率是反向指标，应为“≤”")
    b.file_mark("W101", "error", note="权重 20+15+15+10+10+15+10 = 95，不是 100")
    grid(s, ("指标名称", "指标值", "计量单位", "指标方向", "权重"), [
        ["新型学徒制培训补贴人数", "≥1000", "人", "正向", 20],
        ["线上培训课程开发数量", unit, "门", "正向", 15],
        ["学徒制培训合格率", pct(0.9), "%", "正向", 15],
        ["补贴申领投诉率", rate, "%", "反向", 10],
        ["人均学徒制培训补贴", "≤2000", "元/人", "反向", 10],
        ["课程上线时间", "2025年10月31日前", "", "反向", 15],
        ["参训学员满意度", pct(0.9), "%", "正向", 10],
    ], merged=())  # fmt: skip
    return b


@variant("su09-trainee-multi-year", (8,),
         "three-year 见习 project, NAT-2021, 中期 and 年度 value columns: the 中期目标 text "
         "copied into 年度目标, an annual count above its period count, a cumulative count "
         "copied")  # fmt: skip
def su09() -> Book:
    b, s = start()
    goal = "三年内组织离校未就业高校毕业生和失业青年参加就业见习，提升就业能力。"
    project_head(s, year=2025, years=3, name="高校毕业生就业见习补贴",
                 dept=ZL, unit="柘岭市人才服务中心",
                 money=multi_year((wan(1500), wan(1380), wan(120)), (wan(500), wan(460), wan(40))),
                 goals=(goal, mk(goal, "D204", "warning", note="与中期目标逐字相同")))  # fmt: skip
    more = mk("≥36个", "D201", "error", note="年度新认定 36 个多于三年合计 30 个")
    same = mk("≥2400个", "D202", "warning", note="三年募集岗位累计数照抄到年度列")
    grid(s, ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值"), [
        ["产出指标", "数量指标", "组织就业见习人数", "≥3600人", "≥1200人"],
        [None, None, "新认定见习基地数量", "≥30个", more],
        [None, None, "募集见习岗位数量", "≥2400个", same],
        [None, "质量指标", "见习协议签订率", "=100%", "=100%"],
        [None, "时效指标", "见习补贴按月拨付及时率", "≥95%", "≥95%"],
        ["成本指标", "经济成本指标", "人均见习补贴", "≤0.38万元/人", "≤0.38万元/人"],
        ["效益指标", "社会效益指标", "见习期满留用率", "≥30%", "≥30%"],
        [None, "可持续影响指标", "见习基地动态管理机制", "健全", "健全"],
        ["满意度指标", "服务对象满意度指标", "见习人员满意度", "≥90%", "≥90%"],
    ])  # fmt: skip
    return b


@variant("su10-skills-base-two-year", (8, 7),
         "two-year 实训基地 project, OLD-NAT, two-row header (考核指标, 绩效目标值 over 实施期 "
         "and 年度), annual counts below the period counts, rates and times equal "
         "(correct)")  # fmt: skip
def su10() -> Book:
    b, s = start()
    project_head(s, year=2025, years=2, name="高技能人才公共实训基地建设",
                 dept=ZL, unit="柘岭市公共实训基地",
                 money=multi_year((wan(600), wan(520), wan(80)), (wan(320), wan(280), wan(40))),
                 goals=("两年内改造实训工位并开展高技能人才实训，形成覆盖主要产业的实训能力。",
                        "年内完成一期工位改造，开展数控、电工等工种实训。"))  # fmt: skip
    two_row_header(s, ("一级指标", "二级指标", "考核指标", "绩效目标值", None),
                   (None, None, None, "实施期", "年度"), spans=[(4, 5)])  # fmt: skip
    s.table([
        ["产出指标", "数量指标", "改造实训工位数量", "≥400个", "≥250个"],
        [None, None, "开展高技能人才实训人次", "≥3000人次", "≥1200人次"],
        [None, "质量指标", "实训人员技能等级提升率", "≥60%", "≥60%"],
        [None, "时效指标", "实训预约响应时间", "≤3个工作日", "≤3个工作日"],
        [None, "成本指标", "实训工位改造单价", "≤0.6万元/个", "≤0.6万元/个"],
        ["效益指标", "社会效益指标", "实训后取得高级工以上证书人数", "≥900人", "≥350人"],
        [None, "可持续影响指标", "实训基地共享运行机制", "建立并执行", "建立并执行"],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", pct(0.9), pct(0.9)],
    ], merged=(1, 2))  # fmt: skip
    return b


@variant("su11-training-second-sheet", (7, 9),
         "project: head on a first sheet with a split amount and a date serial typed as text, "
         "the indicator table on a second sheet under header 预期实现值")  # fmt: skip
def su11() -> Book:
    b, s = start("项目信息")
    split = mk("186.5 4", "X105", "warning", alt=("X103",), note="空格断开，应读作 186.54")
    serial = mk("46022", "X104", "warning", note="日期序列号存成文字（2025-12-31）")
    aim = "面向新职业开展补贴性技能培训，提高劳动者数字技能。"
    project_head(s, year=2025, name="新职业技能培训补贴", dept=CW,
                 unit="澄湾区就业训练中心", money=one_year(split, wan(170.54), wan(16)),
                 end=serial, goals=(aim,))  # fmt: skip
    t = b.sheet("绩效指标", (14, 16, 30, 16, 12))
    t.title("2025年度项目绩效指标", 5)
    grid(t, ("一级指标", "二级指标", "三级指标", "预期实现值", "计量单位"), [
        ["产出指标", "数量指标", "新职业技能培训人数", "≥900", "人"],
        [None, None, "开发新职业培训课程", "≥6", "门"],
        [None, "质量指标", "培训结业考核合格率", "≥90%", "%"],
        [None, "时效指标", "培训补贴拨付时限", "≤30", "工作日"],
        [None, "成本指标", "人均培训补贴", "≤1800", "元/人"],
        ["效益指标", "社会效益指标", "参训人员实现就业人数", "≥500", "人"],
        [None, "可持续影响指标", "新职业培训标准体系", "完备", None],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "%"],
    ])  # fmt: skip
    return b


@variant("su12-training-header-words", (7, 4),
         "project, OLD-NAT, headers 指标内容 and 绩效标准, a note row between tiers, a footnote "
         "explaining the total, 填表说明 and signature lines, fill date in the prior year "
         "(correct)")  # fmt: skip
def su12() -> Book:
    b, s = start()
    aim = "开展初级、中级家政服务技能培训，提升家政从业人员持证上岗比例。"
    project_head(s, year=2025, name="家政服务技能培训补贴", dept=QF,
                 unit="栖枫县职业技能培训中心", money=one_year(wan(96), wan(90), wan(6)),
                 goals=(aim,))  # fmt: skip
    grid(s, ("一级指标", "二级指标", "指标内容", "绩效标准", "备注"), [
        ["产出指标", "数量指标", "初级家政技能培训人数", "≥600人", None],
        [None, None, "中级家政技能培训人数", "≥300人", None],
        [None, "质量指标", "培训考核合格率", "≥90%", "以结业考核为准"],
        [None, "时效指标", "培训任务完成时间", "2025年11月30日前", None],
        [None, "成本指标", "初级培训补贴标准", "≤800元/人", None],
        [None, None, "中级培训补贴标准", "≤1600元/人", None],
    ])  # fmt: skip
    note(s, "注：以下效益和满意度指标按季度监测、年终汇总。", 5)
    s.table([
        ["效益指标", "社会效益指标", "参训人员持证上岗率", "≥80%", None],
        [None, "可持续影响指标", "家政培训与就业对接机制", "建立并执行", None],
        ["满意度指标", "服务对象满意度指标", "参训人员满意度", "≥90%", "抽样调查"],
    ], merged=(1, 2))  # fmt: skip
    note(s, "说明：补贴资金合计96万元，按初级600人×800元、中级300人×1600元测算。", 5)
    note(s, "填表说明：指标值应量化；定性指标填写等级。", 5)
    sign(s, "柯予棠", "0736-6315847", day(2024, 12, 12))
    return b

"""Animation (动画) classes: multi-year columns, flat lists, header words, PDF artefacts."""

from __future__ import annotations

from tests.variants.heads import department_head, project_head
from tests.variants.holdout427.common import (
    DEPT,
    PALACE,
    YEAR,
    indicators,
    multi_year,
    notes,
    one_year,
    sign,
    start,
    w,
)
from tests.variants.holdout427.registry import variant
from tests.variants.kit import Book, day, mk, ok, pct

PERIOD = ("一级指标", "二级指标", "三级指标", "中期指标值", "年度指标值")


@variant("xu07-anim-three-years", (8,),
         "three-year project, NAT-2021, 中期 and 年度 value columns, annual counts below the "
         "period, rates equal (correct)")  # fmt: skip
def xu07() -> Book:
    b, s = start()
    project_head(s, year=YEAR, years=3, name="少儿动画工作室建设", dept=DEPT, unit=PALACE,
                 money=multi_year((w(150), w(120), w(30)), (w(50), w(40), w(10))),
                 goals=["三年建成少儿动画工作室，完成原创短片30部，培训1500人次。",
                        "2025年完成工作室一期布置，原创短片10部，培训500人次。"],
                 attr="新增项目")  # fmt: skip
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "原创动画短片数", "≥30部", "≥10部"),
        (None, None, "培训学员人次", "≥1500人次", "≥500人次"),
        (None, "质量指标", "作品审片通过率", "≥90%", "≥90%"),
        (None, "时效指标", "工作室建设完成时间", "2027年12月31日前", "2025年12月31日前"),
        ("成本指标", "经济成本指标", "每部短片制作成本", "≤3万元/部", "≤3万元/部"),
        ("效益指标", "社会效益指标", "作品参赛获奖数", "≥9项", "≥3项"),
        (None, "可持续影响指标", "动画师资团队人数", "≥8人", "≥6人"),
        ("满意度指标", "服务对象满意度指标", "学员满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "邬晴川", "8326-4172")
    return b


@variant("xu08-anim-years-copied", (8,),
         "three-year project, NAT-2021, 中期 and 年度 columns: 年度目标 copied from 中期目标, "
         "cumulative counts copied into the annual column")  # fmt: skip
def xu08() -> Book:
    b, s = start()
    goal = "三年开设定格动画与配音课程36期，服务学员720人，出版学员作品集3册。"
    project_head(s, year=YEAR, years=3, name="定格动画与配音课程", dept=DEPT, unit=PALACE,
                 money=multi_year((w(90), w(75), w(15)), (w(30), w(25), w(5))),
                 goals=[goal, mk(goal, "D204", "warning", note="照抄中期目标")])  # fmt: skip
    note = "累计数量的年度值照抄中期值"
    indicators(s, PERIOD, [
        ("产出指标", "数量指标", "开设课程期数", "≥36期",
         mk("≥36期", "D202", "warning", note=note)),
        (None, None, "服务学员人数", "≥720人", mk("≥720人", "D202", "warning", note=note)),
        (None, "质量指标", "学员作品完成率", "≥90%", "≥90%"),
        ("成本指标", "经济成本指标", "每期课程成本", "≤2.5万元/期",
         ok("≤2.5万元/期", note="照抄的36期 × 2.5万元超过年度资金，B107 由此而来")),
        ("效益指标", "社会效益指标", "学员作品集出版数", "≥3册", "≥1册"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    sign(s, "钟意澄", "8326-4170")
    return b


@variant("xu09-anim-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · 指标值), "
         "a 下降率 with ≥, 0起 on an incident count, weights add to 100 (correct)")  # fmt: skip
def xu09() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀市青少年宫动画艺术中心",
                    budget=[(w(620), w(580), w(40), w(410), w(210))],
                    goal="全年开设动画课程40个班，培训6000人次，教学设备完好。")  # fmt: skip
    s.row("年度绩效指标", merge=[(1, 6)])
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    s.table([
        ("动画课程开班数", 20, "个", "≥", 40),
        ("培训学员人次", 20, "人次", "≥", 6000),
        ("教学设备完好率", 15, "%", "≥", pct(0.95)),
        ("学员作品版权投诉下降率", 10, "%", "≥", 20),
        ("安全责任事故发生数", 10, "起", "≤", 0),
        ("生均课时成本", 10, "元/课时", "≤", 60),
        ("家长满意度", 15, "%", "≥", 92),
        ("合计", 100, None, None, None),
    ])  # fmt: skip
    notes(s, ["注：投诉下降率为比上年下降的幅度，故取≥；事故发生数以0起为目标。"])
    sign(s, "邬晴川", "8326-4172")
    return b


@variant("xu10-anim-flat-defects", (3, 11),
         "department, flat list in another order (指标名称 · 指标值 · 指标性质 as direction · "
         "计量单位 · 权重): a unit conflict, a 反向 rate with ≥, weights adding to 95")  # fmt: skip
def xu10() -> Book:
    b, s = start()
    department_head(s, year=YEAR, dept="鹭汀市青少年宫数字艺术部",
                    budget=[(w(480), w(450), w(30), w(300), w(180))],
                    goal="开设数字动画课程，培训学员900人，完成原创短片12部。")  # fmt: skip
    s.row("部门整体绩效指标", merge=[(1, 6)])
    s.row("指标名称", "指标值", "指标性质", "计量单位", "权重")
    s.table([
        ("原创动画短片完成数",
         mk("≥12部", "T112", "error", note="值的单位“部”与计量单位“分钟”冲突"), "正向", "分钟", 20),
        ("教学设备故障率", mk("≥2%", "T108", "warning", row=True, note="反向指标用了≥"),
         "反向", "%", 15),
        ("学员作品入选率", "≥30%", "正向", "%", 15),
        ("培训学员人数", "≥900", "正向", "人", 20),
        ("家长满意度", "≥90%", "正向", "%", 15),
        ("生均培训成本", "≤1500", "反向", "元/人", 10),
    ])  # fmt: skip
    b.file_mark("W101", "error", note="权重合计 95，应为 100")
    sign(s, "钟意澄", "8326-4170")
    return b


@variant("xu11-anim-header-words", (4, 7),
         "project, OLD-NAT, headers 考核指标, 目标值（年度）, 评价标准; a 注 row inside "
         "the table, 填表说明 and signature lines below (correct)")  # fmt: skip
def xu11() -> Book:
    b, s = start()
    project_head(s, year=YEAR, name="动画启蒙公益课", dept=DEPT, unit=PALACE,
                 money=one_year(w(16), w(12), w(4)),
                 goals=["面向社区儿童开设动画启蒙公益课40场，受益1200人次。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "考核指标", "目标值（年度）", "评价标准"), [
        ("产出指标", "数量指标", "公益课场次", "≥40场", "每少1场扣0.5分"),
        (None, "质量指标", "授课教师持证率", "=100%", "未达标不得分"),
        (None, "时效指标", "课程完成时间", "2025年11月30日前", "逾期不得分"),
        (None, "成本指标", "每场课程成本", "≤0.35万元/场", "超支不得分"),
    ])  # fmt: skip
    notes(s, ["注：每场成本按本宫2024年同类课程决算数测算。"], width=5)
    s.table([
        ("效益指标", "社会效益指标", "受益儿童人次", "≥1200人次", "按签到表核定"),
        (None, "可持续影响指标", "动画启蒙课程资源包", "≥1套", "形成即得分"),
        ("满意度指标", "服务对象满意度指标", "家长满意度", "≥90%", "问卷调查"),
    ], merged=(1, 2))  # fmt: skip
    notes(s, ["填表说明：1.指标值应可量化；2.评价标准用于年终自评。"], width=5)
    sign(s, "邬晴川", "8326-4172")
    s.row("单位负责人（签字）：", None, "单位（盖章）", None, day(YEAR - 1, 11, 25))
    return b


@variant("xu12-anim-artefacts", (9,),
         "project, OLD-NAT, one value column, detail lines below the table: a date serial in "
         "text, a number split by a space, an amount pasted twice")  # fmt: skip
def xu12() -> Book:
    b, s = start()
    start_text = mk("45658", "X104", "warning", note="日期序列号存成文本（2025-01-01）")
    project_head(s, year=YEAR, name="动画课程数字化教学平台", dept=DEPT, unit=PALACE,
                 money=one_year(w(30), w(26), w(4)), start=start_text,
                 goals=["建成动画数字化教学平台，覆盖全部动画班级。"])  # fmt: skip
    indicators(s, ("一级指标", "二级指标", "三级指标", "指标值"), [
        ("产出指标", "数量指标", "正版动画软件授权数", "≥15套"),
        (None, "质量指标", "平台验收合格率", "=100%"),
        (None, "时效指标", "平台上线时间", "2025年9月1日前"),
        (None, "成本指标", "软件授权单价", "≤1.25万元/套"),
        ("效益指标", "社会效益指标", "平台覆盖班级数", "≥24个"),
        ("满意度指标", "服务对象满意度指标", "任课教师满意度", "≥90%"),
    ])  # fmt: skip
    s.skip()
    s.row("资金明细", "明细项目", "金额（万元）", "测算依据")
    s.table([
        (None, "动画软件正版授权",
         mk("18.457 5", "X105", "warning", alt=("X103",), note="18.4575 被空格断开"),
         "15套×1.2305万元/套"),
        (None, "渲染服务器租赁",
         mk("6万6万(含运维)", "X106", "error", alt=("B108",), note="金额粘贴两次"), "12个月"),
        (None, "课程耗材及展映", 5.5425, "按实际需求"),
        (None, "合计", 30, None),
    ], merged=(1,))  # fmt: skip
    return b

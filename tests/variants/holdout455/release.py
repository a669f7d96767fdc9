"""Release (野化放归) work of both centres: yw13 to yw18."""

from __future__ import annotations

from tests.variants.heads import project_head
from tests.variants.holdout455.common import (
    IND,
    TWO,
    department,
    funds,
    note,
    project,
    sign,
    table,
    wan,
)
from tests.variants.holdout455.registry import variant
from tests.variants.kit import Book, day, mk, money, pct

BASE = "丹岩县朱鹮野化放归基地"
PANDA = "青篁岭大熊猫繁育研究中心"
BUREAU = "檀岗市林业和草原局 417003"


@variant("yw13-release-budget-export", (2, 7),
         "budget-system export: 部门项目支出预算05-1 and 部门项目支出绩效目标05-2, "
         "project codes in the first columns, header on the third row, two projects in one "
         "sheet (correct)")  # fmt: skip
def yw13() -> Book:
    b = Book()
    m = b.sheet("部门项目支出预算05-1", (18, 24, 14, 14, 14, 14))
    m.title("2025年部门项目支出预算表", 6)
    m.row("单位名称：檀岗市大熊猫繁育研究中心", None, None, None, "单位：万元", merge=[(1, 4)])
    m.row("项目代码", "项目名称", "项目类别", "资金总额", "财政拨款", "其他资金")
    m.row("417003-25-0012", "大熊猫野化放归监测", "延续项目", money(88), money(76), money(12))
    m.row("417003-25-0019", "放归区社区共管", "一次性项目", money(42), money(42), money(0))
    m.row("合计", None, None, money(130), money(118), money(12))
    s = b.sheet("部门项目支出绩效目标05-2", (18, 20, 12, 14, 24, 10, 10, 10))
    s.title("2025年部门项目支出绩效目标表", 8)
    s.row("单位名称：檀岗市大熊猫繁育研究中心", merge=[(1, 8)])
    s.row("项目代码", "项目名称", "一级指标", "二级指标", "三级指标", "指标方向", "指标值",
          "度量单位")  # fmt: skip
    a, n = "417003-25-0012", "大熊猫野化放归监测"
    for r in [
        ("产出指标", "数量指标", "放归个体GPS项圈跟踪只数", "≥", 4, "只"),
        ("产出指标", "质量指标", "跟踪定位数据回收率", "≥", 85, "%"),
        ("产出指标", "成本指标", "单只放归个体年监测成本", "≤", 18, "万元/只"),
        ("效益指标", "生态效益指标", "放归个体存活率", "≥", 75, "%"),
        ("满意度指标", "服务对象满意度指标", "放归区村民满意度", "≥", 90, "%"),
    ]:
        s.row(a, n, *r)
    a, n = "417003-25-0019", "放归区社区共管"
    for r in [
        ("产出指标", "数量指标", "签订共管协议村数", "≥", 6, "个"),
        ("产出指标", "时效指标", "协议签订完成时间", "≤", "2025年9月30日", None),
        ("产出指标", "成本指标", "每村共管补助标准", "≤", 7, "万元/个"),
        ("效益指标", "社会效益指标", "聘用村民巡护员人数", "≥", 30, "人"),
        ("满意度指标", "服务对象满意度指标", "放归区村民满意度", "≥", 92, "%"),
    ]:
        s.row(a, n, *r)
    return b


@variant("yw14-release-notes-defect", (4, 11),
         "project, OLD-NAT, operator in words in its own column and a unit column, a 说明 row, "
         "the header repeated after a page break: a 死亡率 with 大于等于, a 完成率 of "
         "102")  # fmt: skip
def yw14() -> Book:
    b, s = project(year=2025, name="朱鹮野化放归及放归后监测", dept="菖溪县林业局 306012",
                   unit=BASE, money=funds(118, 100, 18),
                   goals=["放归朱鹮不少于30只，跟踪监测放归个体活动和存活情况。"])  # fmt: skip
    head = ("一级指标", "二级指标", "三级指标", "指标性质", "指标值", "计量单位")
    table(s, head, [
        ("产出指标", "数量指标", "野化放归朱鹮只数", "大于等于", 30, "只"),
        (None, None, "佩戴卫星跟踪器个体数", "大于等于", 12, "只"),
        (None, "质量指标", "放归个体当年死亡率", mk("大于等于", "T108", "warning", row=True,
                                             note="死亡率是反向指标，应为小于等于"), 15, "%"),
        (None, None, "放归后跟踪监测完成率", "大于等于",
         mk(102, "T106", "error", row=True, note="完成率不能超过100%"), "%"),
    ])  # fmt: skip
    note(s, "说明：放归个体死亡率按放归后12个月统计。")
    s.skip()
    table(s, head, [
        ("产出指标", "时效指标", "放归活动完成时间", "小于等于", "2025年10月31日", None),
        (None, "成本指标", "单只个体卫星跟踪器购置成本", "小于等于", 1.2, "万元/只"),
        ("效益指标", "生态效益指标", "放归地新增朱鹮营巢对数", "大于等于", 3, "对"),
        ("满意度指标", "服务对象满意度指标", "放归地村民满意度", "大于等于", 90, "%"),
    ])  # fmt: skip
    sign(s, "柯一帆", "0916-7350511", day(2024, 11, 21))
    return b


@variant("yw15-release-flat", (3, 1),
         "department, flat list (指标名称 · 权重 · 计量单位 · 指标性质 as operator · "
         "指标值) with percents typed in Excel, a 下降率 with ≥, 0起 on an incident "
         "count (correct)")  # fmt: skip
def yw15() -> Book:
    tasks = [
        ("大熊猫野化放归", "野化培训和放归后监测", money(210), "完成2只个体放归"),
        ("放归区巡护执法", "反盗猎巡护和社区宣传", money(90), "放归区无盗猎事件"),
        ("金额合计", None, money(300), None),
    ]
    b, s = department(year=2025, dept="梓峪县大熊猫保护站",
                      budget=[(money(520), money(450), money(70), money(220), money(300))],
                      tasks=tasks,
                      goal="完成大熊猫野化放归和放归区巡护，保障放归个体安全。")  # fmt: skip
    s.row("指标名称", "权重", "计量单位", "指标性质", "指标值")
    for r in [
        ("野化放归大熊猫个体数", 15, "只", "≥", 2),
        ("放归个体跟踪监测覆盖率", 15, "%", "=", pct(1)),
        ("放归区巡护里程", 10, "公里", "≥", 3000),
        ("放归区盗猎事件", 10, "起", "=", 0),
        ("救护个体死亡率下降率", 10, "%", "≥", pct(0.05)),
        ("单只放归个体监测成本", 10, "万元/只", "≤", 20),
        ("放归个体存活率", 10, "%", "≥", pct(0.75)),
        ("放归区群众保护知晓率", 10, "%", "≥", pct(0.85)),
        ("放归区群众满意度", 10, "%", "≥", pct(0.9)),
    ]:
        s.row(*r)
    s.row("合计", 100, None, None, None)
    sign(s, "邓若溪", "0739-5217702", day(2024, 11, 26))
    return b


@variant("yw16-release-stacked-multi-year", (2, 8),
         "two multi-year projects stacked, NAT-2021, 中期 and 年度 columns: the second "
         "project's 年度资金总额 ≠ 财政拨款 + 其他资金 and an annual count above its period "
         "count")  # fmt: skip
def yw16() -> Book:
    b, s = project(year=2025, years=3, name="大熊猫野化放归工程", dept=BUREAU, unit=PANDA,
                   money=funds(210, 180, 30, (600, 510, 90)),
                   goals=["三年野化放归大熊猫6只，建立放归个体长期监测体系。",
                          "2025年完成2只个体野化培训和放归，建成监测平台。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "野化放归大熊猫只数", "≥6只", "≥2只"),
        (None, "质量指标", "放归个体跟踪定位成功率", "≥85%", "≥85%"),
        ("成本指标", "经济成本指标", "单只个体野化培训成本", "≤80万元/只", "≤80万元/只"),
        ("效益指标", "生态效益指标", "放归个体存活率", "≥70%", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "放归区社区满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    s.skip(2)
    bad = mk(wan(160), "B101", "error", note="年度财政拨款 130 + 其他资金 20 = 150")
    project_head(s, year=2025, years=2, name="朱鹮野化放归扩群", dept="菖溪县林业局 306012",
                 unit=BASE, money=funds(bad, 130, 20, (300, 260, 40)), title="",
                 goals=["两年放归朱鹮80只，扩大野外种群分布范围。",
                        "2025年放归朱鹮40只，增设放归点。"])  # fmt: skip
    table(s, TWO, [
        ("产出指标", "数量指标", "野化放归朱鹮只数", "≥80只", "≥40只"),
        (None, None, "新建放归点", "≥2处", mk("≥3处", "D201", "error",
                                          note="年度 3 处大于实施期 2 处")),
        (None, "时效指标", "放归活动按期完成率", "≥95%", "≥95%"),
        ("成本指标", "经济成本指标", "单只朱鹮放归前训练成本", "≤2.5万元/只", "≤2.5万元/只"),
        ("效益指标", "生态效益指标", "放归个体当年存活率", "≥60%", "≥60%"),
        ("满意度指标", "服务对象满意度指标", "放归点村民满意度", "≥90%", "≥90%"),
    ])  # fmt: skip
    return b


@variant("yw17-release-tier-points", (5, 10),
         "project, NAT-2021, abbreviated tier labels with * and a tier-1 score column beside an "
         "indicator score column: 效益 declared 30 with indicators adding to 25, a deadline in "
         "the next year of a one-year project")  # fmt: skip
def yw17() -> Book:
    b, s = project(year=2025, name="朱鹮放归区觅食湿地修复", dept="菖溪县林业局 306012",
                   unit=BASE, money=funds(95, 80, 15),
                   goals=["修复放归区冬水田和浅水湿地600亩，改善朱鹮觅食条件。"])  # fmt: skip
    head = ("一级指标", "分值", "二级指标", "三级指标", "指标值", "分值")
    rows = [
        ("*产出", 50, "数量", "修复觅食湿地面积", "≥600亩", 20),
        (None, None, "质量", "修复工程验收合格率", "100%", 15),
        (None, None, "时效", "修复工程完工时间",
         mk("2026年3月31日前", "Y102", "error", row=True, alt=("Y103",),
            note="一年期项目（2025年），完工时间落在次年"), 15),
        ("*成本", 10, "经济成本", "每亩湿地修复成本", "≤0.12万元/亩", 10),
        ("*效益", mk(30, "W103", "error", alt=("W101",), note="其下指标分值 15 + 10 = 25"),
         "生态效益", "湿地内朱鹮觅食记录次数", "≥200次", 15),
        (None, None, "可持续影响", "湿地管护协议签订年限", "≥5年", 10),
        ("*满意度", 10, "服务对象满意度", "流转农户满意度", "≥90%", 10),
    ]  # fmt: skip
    table(s, head, rows, merged=(1, 2, 3))
    b.file_mark("W101", "error", required=False, note="指标分值合计 95，由效益指标少计引起")
    sign(s, "贺星澜", "0916-7350428", day(2024, 11, 19))
    return b


@variant("yw18-release-department-shares", (12, 1),
         "department, NAT-2021: a 占比 row of percents typed in Excel under the budget, tasks "
         "adding to 金额合计, 注 rows under the table (correct)")  # fmt: skip
def yw18() -> Book:
    tasks = [
        ("大熊猫野化培训", "野化培训圈舍运行和行为训练", money(300), "2只个体达到放归标准"),
        ("朱鹮放归合作", "与朱鹮基地合作开展放归地评估", money(150), "完成1处放归地评估"),
        ("放归科普", "放归纪录和自然教育", money(100), "公众参与放归宣传"),
        ("金额合计", None, money(550), None),
    ]
    budget = [
        (money(1000), money(800), money(200), money(450), money(550)),
        (pct(1), pct(0.8), pct(0.2), pct(0.45), pct(0.55)),
    ]
    b, s = department(year=2025, dept="檀岗市珍稀动物野化放归中心", budget=budget, tasks=tasks,
                      goal="推进大熊猫和朱鹮野化放归，完成放归地评估和科普宣传。")  # fmt: skip
    table(s, IND, [
        ("产出指标", "数量指标", "完成野化培训大熊猫只数", "≥2只"),
        (None, None, "完成放归地评估", "≥1处"),
        (None, "质量指标", "放归地评估报告通过率", "100%"),
        ("成本指标", "经济成本指标", "单只大熊猫野化培训成本", "≤150万元/只"),
        ("效益指标", "社会效益指标", "放归科普受众人次", "≥3万人次"),
        (None, "生态效益指标", "放归个体存活率", "≥70%"),
        ("满意度指标", "服务对象满意度指标", "放归地社区满意度", "≥90%"),
    ])  # fmt: skip
    note(s, "注：1.第二行为各项资金占资金总额的比例；2.金额合计仅含项目支出。")
    sign(s, "何芷岚", "0739-5213086", day(2024, 11, 18))
    return b
